"""The overview's tables: facts (one column per article), shared wording, and sources.

Built from an :class:`~storydiff.core.overview.model.Overview` and nothing else; every cell
is a Rich ``Text`` (a DataTable parses ``str`` cells as markup, and article text is data).
Verdicts carry a mark (◆ = ≈ ≠) besides their colour.
"""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from storydiff.core.overview.model import FactRow, Overview
from storydiff.present.labels import (
    article_labels,
    cell_text,
    credited_by,
    share_text,
)
from storydiff.present.safe_text import visible
from storydiff.present.vocabulary import VERDICT_GLYPHS

CONFLICT = VERDICT_GLYPHS["conflict"]
"""Marks a fact in conflict and stands between the figures it disagrees on."""

CELL_STYLES = {
    "reference": "bold",
    "same": "",
    "consistent": "",
    "conflict": "bold reverse",
}
"""Rich styles per verdict: conflicts are reversed (loud in any theme), references bold."""

FACT_WIDTH = 24
"""Narrowest width of the fact label column; article columns take what their figures need."""
SUMMARY_WIDTH = 36
"""The fact column widens up to this for its longest label ("Microsoft · discovery date") or
a conflict's values (two figures of about 15 characters and the sign between them), and cuts
longer ones with an ellipsis: wider, it would leave a narrow terminal no outlet column."""


def conflict_values(row: FactRow) -> str:
    """The figures a conflict row disagrees on, reference first (``Wednesday ≠ Tuesday``): shown
    under the fact in the fixed column, so they are read without scrolling to the columns of
    the outlets that state them."""
    reference = row.cell(row.reference)
    texts = [reference.figure.text] if reference else []
    for cell in row.cells:
        if cell.verdict == "conflict" and cell.figure.text not in texts:
            texts.append(cell.figure.text)
    return visible(f" {CONFLICT} ".join(texts))


class FactTable(DataTable):
    """One row per fact, one column per article that states any of them (an article stating
    none would be a column of dashes: a folder of 2,000 notes had 2,000 columns, most empty);
    cell keys are ``row:article``."""

    def __init__(self, overview: Overview, *, id: str | None = None) -> None:
        # The fact column stays put when many outlets scroll the table sideways.
        super().__init__(id=id, cursor_type="cell", zebra_stripes=True, fixed_columns=1)
        self.overview = overview
        self.articles = overview.stating()
        """The article of each column after the fact column."""

    def column_of(self, article: int) -> int:
        """The table column showing ``article`` (column 0 is the fact label)."""
        return 1 + self.articles.index(article)

    def on_mount(self) -> None:
        labels = article_labels(self.overview)
        facts = self.overview.facts
        summaries = [conflict_values(row) if row.conflict else "" for row in facts]
        texts = [row.fact for row in facts] + summaries
        width = min(SUMMARY_WIDTH, max((len(text) + 2 for text in texts), default=0))
        self.add_column(Text("fact"), key="fact", width=max(FACT_WIDTH, width))
        for i in self.articles:
            self.add_column(Text(labels[i]), key=str(i))
        for r, row in enumerate(facts):
            flag = Text(f"{CONFLICT} ", style="bold") if row.conflict else Text("  ")
            label = flag + Text(visible(row.fact))
            if summaries[r]:
                label.append("\n  " + visible(summaries[r]), style="bold")
            cells: list[Text] = [label]
            for i in self.articles:
                cell = row.cell(i)
                cells.append(
                    Text(cell_text(cell), style=CELL_STYLES.get(cell.verdict, ""))
                    if cell
                    else Text("–", style="dim")
                )
            self.add_row(*cells, key=str(r), height=2 if summaries[r] else 1)
        if self.overview.facts:
            first = self.overview.facts[0]
            stated = [i for i in self.articles if first.cell(i)]
            self.move_cursor(column=self.column_of(stated[0]) if stated else 1)

    def on_resize(self) -> None:
        """Scroll sideways only as far as the cursor needs at the new width. The first cursor
        move happens before the article columns have their widths, and its scroll was kept:
        a table a few characters too wide hid the first article under the fact column."""
        self.scroll_to(x=0, animate=False, immediate=True)
        self.move_cursor(column=self.cursor_column)

    def chosen(self) -> tuple[int, int] | None:
        """(fact row, article) under the cursor, or None on the label column or an empty cell."""
        row, column = self.cursor_coordinate
        if column == 0 or row >= len(self.overview.facts) or column > len(self.articles):
            return None
        article = self.articles[column - 1]
        return (row, article) if self.overview.facts[row].cell(article) else None


class CopyTable(DataTable):
    """Pairs sharing wording, most shared first; row keys are indices into ``copying``."""

    def __init__(self, overview: Overview, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.overview = overview

    def on_mount(self) -> None:
        labels = article_labels(self.overview)
        self.add_column(Text("articles"), key="pair")
        self.add_column(Text("share"), key="bar", width=12)
        self.add_column(Text("shared wording"), key="shared")
        for k, p in enumerate(self.overview.copying):
            share = max(p.left_share, p.right_share)
            bar = Text("█" * round(share * 10) + "·" * (10 - round(share * 10)))
            self.add_row(
                Text(f"{labels[p.left]} ⇄ {labels[p.right]}"), bar, Text(share_text(p)), key=str(k)
            )


class SourceTable(DataTable):
    """Whom the articles credit: name, kind, and which articles credit it."""

    def __init__(self, overview: Overview, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.overview = overview

    def on_mount(self) -> None:
        labels = article_labels(self.overview)
        self.add_column(Text("credited"), key="name")
        self.add_column(Text("kind"), key="kind")
        self.add_column(Text("credited by"), key="by")
        n = len(labels)
        for k, (name, kind, arts) in enumerate(credited_by(self.overview)):
            by = ", ".join(labels[a] for a in arts) + ("" if len(arts) < n else " (all)")
            self.add_row(Text(visible(name)), Text(kind), Text(by), key=str(k))
