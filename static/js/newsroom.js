// Newsroom page behaviour on top of htmx: error messages, focus after swaps. No inline scripts
// (CSP), everything hangs off htmx events.
(function () {
  "use strict";

  function errorBox() {
    return document.getElementById("request-error");
  }

  function showError(text) {
    var box = errorBox();
    if (!box) return;
    box.textContent = text;
    box.hidden = false;
  }

  function clearError() {
    var box = errorBox();
    if (box && !box.hidden) {
      box.hidden = true;
      box.textContent = "";
    }
  }

  document.addEventListener("htmx:beforeRequest", clearError);

  // A failed request leaves the region as it was and says so, instead of a blank region.
  document.addEventListener("htmx:responseError", function (event) {
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    var text = status === 404
      ? "That page no longer exists (404). Reload to see the current list."
      : "The server could not answer (" + status + "). The list below was not updated; try again.";
    showError(text);
  });
  document.addEventListener("htmx:sendError", function () {
    showError("No connection to the server. The list below was not updated; try again.");
  });
  document.addEventListener("htmx:timeout", function () {
    showError("The server took too long to answer. Try again.");
  });

  function isTyping() {
    var el = document.activeElement;
    return el && (el.tagName === "INPUT" || el.tagName === "SELECT" || el.tagName === "TEXTAREA");
  }

  // After a swap, move focus to the new region's heading (keyboard and screen-reader users land
  // on what changed), except while the user is typing or choosing in a form control.
  document.addEventListener("htmx:afterSettle", function (event) {
    var elt = event.detail.elt;
    var requested = event.detail.requestConfig && event.detail.requestConfig.target;
    if (requested && requested.id === "load-more") {
      var firsts = document.querySelectorAll("[data-first-of-page]");
      if (firsts.length) firsts[firsts.length - 1].focus({ preventScroll: true });
      return;
    }
    if (isTyping()) return;
    var region = elt && elt.isConnected ? elt : null;
    if (!region && requested && requested.id) region = document.getElementById(requested.id);
    if (!region) return;
    var heading = region.querySelector("h2[tabindex], h1[tabindex]");
    if (heading) heading.focus({ preventScroll: false });
  });

  // Paragraph anchors: make the targeted paragraph focusable for screen readers.
  function markTarget() {
    if (!location.hash || location.hash.indexOf("#p-") !== 0) return;
    var target = document.getElementById(location.hash.slice(1));
    if (target) target.setAttribute("tabindex", "-1");
  }
  window.addEventListener("hashchange", markTarget);
  document.addEventListener("DOMContentLoaded", markTarget);
})();
