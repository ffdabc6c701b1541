"""The headless Python API of INTERFACE.md, on real seed text."""

from __future__ import annotations

from helpers import SEED_FILES as SEEDS
from storydiff.api import compare_texts, figures_in_text


def _text(i: int) -> str:
    return SEEDS[i].read_text(encoding="utf-8")


def test_compare_texts_returns_the_comparison_document_with_the_given_names() -> None:
    doc = compare_texts(_text(0), _text(2), left_name="digital", right_name="tampa")
    assert doc["schema"] == "storydiff/comparison@1"
    assert (doc["left"]["path"], doc["right"]["path"]) == ("digital", "tampa")
    assert set(doc) >= {"left", "right", "blocks", "shared", "figures", "unique", "stats"}


def test_offsets_in_the_document_point_into_the_paragraphs() -> None:
    doc = compare_texts(_text(1), _text(3))
    for passage in doc["shared"]:
        for side in ("left", "right"):
            at = passage[side]
            piece = doc[side]["paragraphs"][at["paragraph"]][at["start"]:at["end"]]
            assert piece.split()[:1] and len(piece.split()) >= 3
    for side in ("left", "right"):
        for claim in doc["unique"][side]:
            paragraph = doc[side]["paragraphs"][claim["paragraph"]]
            assert paragraph[claim["start"]:claim["end"]] == claim["text"]


def test_figures_in_text_gives_value_unit_hedge_and_span() -> None:
    text = "DeepSeek claimed it for under $6 million, far less than the billions others spend."
    figures = figures_in_text(text)
    money = [f for f in figures if f["unit"] == "USD" and f["value"] == 6_000_000.0]
    assert money, figures
    first = money[0]
    assert first["qualifier"] == "under"
    assert text[first["start"]:first["end"]] == first["text"]
