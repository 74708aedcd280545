"""Forms: the admin paste form and the analyst filter forms."""

from __future__ import annotations

from django import forms
from django.conf import settings

from .models import Event, Person


class PasteForm(forms.Form):
    raw_text = forms.CharField(
        label="Article",
        strip=False,  # the raw paste is kept byte for byte
        error_messages={"required": "The paste is empty."},
        widget=forms.Textarea(attrs={"rows": 24, "cols": 100, "class": "vLargeTextField"}),
        help_text=(
            "Paste the article as copied from the news page (plain text) or its HTML. "
            "Title, outlet, byline, dates, dek and Related Stories are recognised."
        ),
    )
    outlet = forms.CharField(
        required=False, max_length=200, help_text="Overrides the outlet found in the paste."
    )
    url = forms.URLField(label="URL", required=False, max_length=1000, assume_scheme="https")
    published_at = forms.DateTimeField(
        required=False,
        label="Publication time",
        help_text="Overrides the time found in the paste (UTC), e.g. 2025-03-12 21:07.",
    )

    def clean_raw_text(self) -> str:
        text = self.cleaned_data["raw_text"]
        if not text.strip():
            raise forms.ValidationError("The paste is empty.")
        size = len(text.encode("utf-8", "replace"))
        limit = settings.NEWSROOM_MAX_PASTE_BYTES
        if size > limit:
            raise forms.ValidationError(
                f"The paste is {size / 1_048_576:.1f} MB; the limit is "
                f"{limit / 1_048_576:.1f} MB. Paste the article text only."
            )
        return text


class MergeForm(forms.Form):
    """Choose, among the rows selected in the admin, the one the others merge into."""

    target = forms.ModelChoiceField(queryset=Person.objects.none())

    def __init__(self, *args, choices, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["target"].queryset = choices


class PersonMergeForm(MergeForm):
    target = forms.ModelChoiceField(
        queryset=Person.objects.none(),
        label="Keep this person",
        help_text="The others are merged into it: their names become aliases, their quotes move.",
    )


class EventMergeForm(MergeForm):
    target = forms.ModelChoiceField(
        queryset=Event.objects.none(),
        label="Keep this event",
        help_text="The others are merged into it: their articles, quotes and dates move.",
    )


class EventSplitForm(forms.Form):
    name = forms.CharField(max_length=300, label="Name of the new event")
