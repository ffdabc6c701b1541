"""The overview's lists: claims by coverage, and quotes with their drift marked.

Option ids say what choosing an option opens: ``claim:<group>:<mention>:<section>`` (a claim
may be listed in two sections) and ``quote:<group>:<version>``; headings are disabled options.
"""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from storydiff.core.overview.model import ClaimGroup, Overview
from storydiff.present.labels import (
    article_labels,
    quote_counts,
    quote_segments,
    speaker_text,
)
from storydiff.present.safe_text import visible


def _heading(text: str) -> Option:
    return Option(Content.styled(text, "bold $text-accent"), disabled=True)


def _claim_index(overview: Overview) -> dict[int, int]:
    """Claim group identity -> its index in ``overview.claims`` (groups are not hashable
    by value alone: two groups may hold equal sentences)."""
    return {id(g): k for k, g in enumerate(overview.claims)}


def _index_of(index: dict[int, int], group: ClaimGroup) -> int:
    return index[id(group)]


class ClaimList(OptionList):
    """Claims only one article makes, claims missing from only one, then the shared ones."""

    def __init__(self, overview: Overview, *, id: str | None = None) -> None:
        self.overview = overview
        labels = article_labels(overview)
        index = _claim_index(overview)
        options: list[Option] = []
        self._section = 0
        for i, label in enumerate(labels):
            only = overview.only_in(i)
            if only:
                options.append(self._heading(f"Only in {label} ({len(only)})"))
                options += [self._option(_index_of(index, g), g, labels) for g in only]
        for i, label in enumerate(labels):
            missing = overview.missing_only_from(i)
            if missing:
                options.append(self._heading(f"Missing only from {label} ({len(missing)})"))
                options += [self._option(_index_of(index, g), g, labels) for g in missing]
        shared = [g for g in overview.claims if len(g.articles) > 1]
        if shared:
            options.append(self._heading(f"Made by several articles ({len(shared)})"))
            options += [self._option(_index_of(index, g), g, labels) for g in shared]
        super().__init__(*options, id=id)

    def _heading(self, text: str) -> Option:
        self._section += 1
        return _heading(text)

    def _option(self, k: int, group: ClaimGroup, labels: list[str]) -> Option:
        where = ", ".join(labels[i] for i in group.articles)
        prompt = Content.assemble(visible(group.text), "\n", (f"  {where}", "dim italic"))
        return Option(prompt, id=f"claim:{k}:0:{self._section}")


class QuoteList(OptionList):
    """Each quotation's versions; words a version has and the reference lacks are marked."""

    def __init__(self, overview: Overview, *, id: str | None = None) -> None:
        labels = article_labels(overview)
        options: list[Option] = []
        for g, group in enumerate(overview.quotes):
            who = visible(group.speaker or "") or "unattributed"
            drift = (
                f", attributed to {visible(', '.join(group.speakers))}"
                if len(group.speakers) > 1
                else ""
            )
            options.append(
                _heading(f"{who}: {quote_counts(group)}{drift}")
            )
            for v, version in enumerate(group.versions):
                parts: list[Content | tuple[str, str] | str] = [
                    (f"{labels[version.article]}: ", "bold"),
                    "“",
                ]
                for text, changed in quote_segments(version):
                    parts.append((text, "bold underline $text-warning") if changed else text)
                parts.append("”")
                note = f"  said by {speaker_text(version)}"
                if v == group.reference:
                    note += " · reference wording"
                if version.dropped:
                    note += " · leaves out: " + visible(" ".join(version.dropped))
                prompt = Content.assemble(*parts, "\n", (note, "dim italic"))
                options.append(Option(prompt, id=f"quote:{g}:{v}"))
        super().__init__(*options, id=id)
