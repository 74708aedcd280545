"""The admin is where staff paste articles and correct what extraction got wrong."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.db import models, transaction
from django.http import HttpRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from . import services
from .forms import EventMergeForm, EventSplitForm, PasteForm, PersonMergeForm
from .models import (
    Article,
    DatedStatement,
    Event,
    EventMention,
    Outlet,
    Person,
    PersonAlias,
    Quote,
    RelatedStory,
    Role,
)
from .search import search_index_update, search_index_update_people


class CompactTextMixin:
    """Inline rows stay short: two-line text areas instead of ten."""

    formfield_overrides = {
        models.TextField: {"widget": forms.Textarea(attrs={"rows": 2, "cols": 60})},
    }


class QuoteInline(CompactTextMixin, admin.TabularInline):
    model = Quote
    fk_name = "article"
    extra = 0
    fields = ("text", "speaker", "speaker_description", "kind", "status", "event", "paragraph")
    readonly_fields = ("paragraph",)
    autocomplete_fields = ("speaker", "event")
    show_change_link = True


class RoleInline(admin.TabularInline):
    model = Role
    extra = 0
    fields = ("person", "title", "stated_on", "paragraph")
    readonly_fields = ("paragraph",)
    autocomplete_fields = ("person",)


class DatedStatementInline(CompactTextMixin, admin.TabularInline):
    model = DatedStatement
    extra = 0
    fields = ("date", "precision", "expression", "sentence", "event")
    readonly_fields = ("expression",)
    autocomplete_fields = ("event",)


class EventMentionInline(CompactTextMixin, admin.TabularInline):
    model = EventMention
    extra = 0
    fields = ("event", "sentence", "source")
    readonly_fields = ("source",)
    autocomplete_fields = ("event",)


class RelatedStoryInline(admin.TabularInline):
    model = RelatedStory
    fk_name = "article"
    extra = 0
    fields = ("title", "linked_article")
    readonly_fields = ("title", "linked_article")
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ("title", "outlet", "published_at", "quote_count", "created_at")
    list_filter = ("outlet", "is_html")
    search_fields = ("title", "dek")
    date_hierarchy = "published_at"
    list_select_related = ("outlet",)
    actions = ("reextract",)
    inlines = (
        RoleInline,
        QuoteInline,
        DatedStatementInline,
        EventMentionInline,
        RelatedStoryInline,
    )
    readonly_fields = (
        "view_on_site_link",
        "raw_text",
        "fingerprint",
        "is_html",
        "sanitized_html",
        "boilerplate_removed",
        "warnings",
        "extractor_version",
        "extracted_at",
        "created_at",
        "created_by",
        "published_text",
        "body",
    )
    fieldsets = (
        (None, {"fields": ("view_on_site_link", "title", "outlet", "url", "byline", "dek")}),
        ("Dates", {"fields": ("published_at", "published_text", "updated_at")}),
        ("Body", {"fields": ("body",)}),
        (
            "Provenance",
            {
                "classes": ("collapse",),
                "fields": (
                    "raw_text",
                    "is_html",
                    "sanitized_html",
                    "boilerplate_removed",
                    "warnings",
                    "fingerprint",
                    "extractor_version",
                    "extracted_at",
                    "created_at",
                    "created_by",
                ),
            },
        ),
    )

    def get_queryset(self, request):
        from django.db.models import Count, Q

        return (
            super()
            .get_queryset(request)
            .annotate(_quote_count=Count("quotes", filter=~Q(quotes__status=Quote.Status.REJECTED)))
        )

    @admin.display(description="quotes", ordering="_quote_count")
    def quote_count(self, obj):
        return obj._quote_count

    @admin.display(description="Body paragraphs")
    def body(self, obj):
        return format_html_join(
            "",
            '<p id="p-{}"><small>¶{}</small> {}</p>',
            ((i, i, text) for i, text in enumerate(obj.paragraphs)),
        )

    @admin.display(description="Public page")
    def view_on_site_link(self, obj):
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), obj.get_absolute_url())

    def add_view(self, request: HttpRequest, form_url="", extra_context=None):
        """The paste form replaces the model form: parse, sanitize, extract, store."""
        if not self.has_add_permission(request):
            raise PermissionError
        form = PasteForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            data = form.cleaned_data
            try:
                article = services.article_ingest(
                    raw_text=data["raw_text"],
                    outlet_name=data["outlet"] or None,
                    url=data["url"] or None,
                    published_at=data["published_at"],
                    user=request.user,
                )
            except services.DuplicateArticleError as exc:
                url = reverse("admin:articles_article_change", args=[exc.existing.pk])
                form.add_error(
                    "raw_text",
                    format_html('{} <a href="{}">Open the stored article</a>.', str(exc), url),
                )
            except services.IngestError as exc:
                form.add_error("raw_text", str(exc))
            else:
                people = article.mentions.values("person").distinct().count()
                counts = (
                    f"{article.quotes.count()} quotes, {people} people, "
                    f"{article.dated_statements.count()} dated statements"
                )
                messages.success(request, f"Stored “{article.title}”: {counts}.")
                for warning in article.warnings:
                    messages.warning(request, warning)
                return HttpResponseRedirect(
                    reverse("admin:articles_article_change", args=[article.pk])
                )
        context = {
            **self.admin_site.each_context(request),
            "title": "Paste an article",
            "form": form,
            "opts": self.model._meta,
            "has_view_permission": self.has_view_permission(request),
            "add": True,
            "limit_mb": settings.NEWSROOM_MAX_PASTE_BYTES / 1_048_576,
        }
        return TemplateResponse(request, "admin/articles/article/paste.html", context)

    @admin.action(description="Re-run extraction (keeps human corrections)")
    def reextract(self, request, queryset):
        kept = new = 0
        for article in queryset.select_related("outlet"):
            result = services.article_reextract(article=article)
            kept += result.kept_quotes
            new += result.new_quotes
        self.message_user(
            request,
            f"Re-extracted {queryset.count()} article(s): {new} quotes from extraction, "
            f"{kept} curated quotes kept.",
        )

    def save_formset(self, request, form, formset, change):
        """Edits to quotes are curation: mark them so re-extraction keeps them."""
        if formset.model is Quote:
            with transaction.atomic():
                instances = formset.save(commit=False)
                for quote in instances:
                    _mark_quote_edit(quote, formset)
                    quote.save()
                for obj in formset.deleted_objects:
                    obj.delete()
                search_index_update(form.instance)
            return
        super().save_formset(request, form, formset, change)


def _mark_quote_edit(quote: Quote, formset) -> None:
    changed = next((f.changed_data for f in formset.forms if f.instance is quote), [])
    if "speaker" in changed:
        quote.speaker_locked = True
    if {"text", "kind", "speaker_description", "event"} & set(changed) and "status" not in changed:
        quote.status = Quote.Status.EDITED


def merge_action(model_admin, request, queryset, *, form_class, merge, noun: str, action: str):
    """Admin action: ask which of the selected rows to keep, then merge the others into it."""
    if queryset.count() < 2:
        model_admin.message_user(request, f"Select at least two {noun} to merge.", messages.WARNING)
        return None
    chosen = queryset.model.objects.filter(pk__in=queryset.values("pk"))
    form = form_class(request.POST if "apply" in request.POST else None, choices=chosen)
    if form.is_valid():
        target = form.cleaned_data["target"]
        for source in chosen.exclude(pk=target.pk):
            merge(source=source, target=target)
        model_admin.message_user(request, f"Merged into {target}.")
        return None
    context = {
        **model_admin.admin_site.each_context(request),
        "title": f"Merge {noun}",
        "form": form,
        "objects": chosen,
        "action": action,
        "opts": model_admin.model._meta,
    }
    return TemplateResponse(request, "admin/articles/merge.html", context)


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 1
    fields = ("name",)


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ("name", "current_role", "quote_count", "mention_count")
    search_fields = ("name", "aliases__name", "current_role")
    readonly_fields = ("slug",)
    fields = ("name", "slug", "current_role")
    inlines = (PersonAliasInline,)
    actions = ("merge_people",)

    def get_queryset(self, request):
        return super().get_queryset(request).with_counts()

    @admin.display(ordering="quote_count")
    def quote_count(self, obj):
        return obj.quote_count

    @admin.display(ordering="mention_count")
    def mention_count(self, obj):
        return obj.mention_count

    def save_model(self, request, obj, form, change):
        from .extraction.names import person_key, surname_key

        obj.name_key, obj.surname_key = person_key(obj.name), surname_key(obj.name)
        if not obj.slug:
            from .models import unique_slug

            obj.slug = unique_slug(Person, obj.name)
        super().save_model(request, obj, form, change)

    def save_formset(self, request, form, formset, change):
        from .extraction.names import person_key

        instances = formset.save(commit=False)
        for alias in instances:
            alias.name_key = person_key(alias.name)
            alias.save()
        for obj in formset.deleted_objects:
            obj.delete()
        search_index_update_people([form.instance.pk])

    @admin.action(description="Merge selected people into one")
    def merge_people(self, request, queryset):
        return merge_action(
            self,
            request,
            queryset,
            form_class=PersonMergeForm,
            merge=services.person_merge,
            noun="people",
            action="merge_people",
        )


@admin.register(Quote)
class QuoteAdmin(admin.ModelAdmin):
    list_display = ("short_text", "speaker", "kind", "status", "article", "said_on")
    list_filter = ("status", "kind", "article__outlet")
    search_fields = ("text", "speaker__name", "speaker_description")
    list_select_related = ("speaker", "article")
    autocomplete_fields = ("speaker", "event")
    readonly_fields = ("article", "paragraph", "start", "end_paragraph", "end", "sentence")
    actions = ("confirm", "reject")

    @admin.display(description="quote")
    def short_text(self, obj):
        return obj.text[:90]

    @admin.action(description="Confirm selected quotes")
    def confirm(self, request, queryset):
        for quote in queryset:
            services.quote_set_status(quote=quote, status=Quote.Status.CONFIRMED)
        self.message_user(request, f"Confirmed {queryset.count()} quote(s).")

    @admin.action(description="Reject selected quotes")
    def reject(self, request, queryset):
        for quote in queryset:
            services.quote_set_status(quote=quote, status=Quote.Status.REJECTED)
        self.message_user(request, f"Rejected {queryset.count()} quote(s).")

    def save_model(self, request, obj, form, change):
        if change and "speaker" in form.changed_data:
            obj.speaker_locked = True
        edited = {"text", "kind", "speaker_description"} & set(form.changed_data)
        if change and edited and "status" not in form.changed_data:
            obj.status = Quote.Status.EDITED
        super().save_model(request, obj, form, change)
        search_index_update(obj.article)


@admin.register(Event)
class EventAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "date", "place", "name_locked")
    list_filter = ("kind",)
    search_fields = ("name", "place")
    autocomplete_fields = ("people",)
    readonly_fields = ("slug",)
    inlines = (EventMentionInline,)
    actions = ("merge_events",)

    def save_model(self, request, obj, form, change):
        if change and "name" in form.changed_data:
            obj.name_locked = True
        if not obj.slug:
            from .models import unique_slug

            obj.slug = unique_slug(Event, obj.name)
        super().save_model(request, obj, form, change)

    @admin.action(description="Merge selected events into one")
    def merge_events(self, request, queryset):
        return merge_action(
            self,
            request,
            queryset,
            form_class=EventMergeForm,
            merge=services.event_merge,
            noun="events",
            action="merge_events",
        )

    def get_urls(self):
        return [
            path(
                "<int:pk>/split/",
                self.admin_site.admin_view(self.split_view),
                name="articles_event_split",
            ),
            *super().get_urls(),
        ]

    def split_view(self, request, pk: int):
        """Move some of an event's articles to a new event."""
        event = get_object_or_404(Event, pk=pk)
        if not self.has_change_permission(request, event):
            raise PermissionError
        articles = Article.objects.filter(event_mentions__event=event).distinct()
        form = EventSplitForm(request.POST or None)
        chosen = [a for a in articles if str(a.pk) in request.POST.getlist("articles")]
        if request.method == "POST" and form.is_valid() and chosen:
            new = services.event_split(event=event, articles=chosen, name=form.cleaned_data["name"])
            self.message_user(request, f"Moved {len(chosen)} article(s) to “{new.name}”.")
            return HttpResponseRedirect(reverse("admin:articles_event_change", args=[new.pk]))
        if request.method == "POST" and not chosen:
            messages.error(request, "Choose at least one article to move.")
        return TemplateResponse(
            request,
            "admin/articles/event_split.html",
            {
                **self.admin_site.each_context(request),
                "title": f"Split “{event.name}”",
                "form": form,
                "event": event,
                "articles": articles,
                "opts": self.model._meta,
            },
        )


@admin.register(EventMention)
class EventMentionAdmin(admin.ModelAdmin):
    list_display = ("event", "article", "source")
    list_filter = ("source",)
    autocomplete_fields = ("event", "article")
    list_select_related = ("event", "article")

    def save_model(self, request, obj, form, change):
        if not change:
            obj.source = "manual"
        super().save_model(request, obj, form, change)


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ("name", "slug")
    search_fields = ("name",)
    readonly_fields = ("slug",)


admin.site.site_header = "Newsroom admin"
admin.site.site_title = "Newsroom"
