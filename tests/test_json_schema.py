"""The JSON export against a JSON Schema of ``storydiff/comparison@1`` written from INTERFACE.md."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from helpers import SEED_FILES as SEEDS
from hostile import hostile_comparison
from storydiff.core.compare import compare
from storydiff.export.json_format import comparison_to_dict, render
from storydiff.sources.load import load_article

jsonschema = pytest.importorskip("jsonschema")

SCHEMA = json.loads((Path(__file__).parent / "comparison.schema.json").read_text("utf-8"))


def errors(document: dict[str, Any]) -> list[str]:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(document)]


def test_schema_itself_is_valid_draft_2020_12() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_hand_built_comparison_document_follows_the_schema() -> None:
    assert errors(json.loads(render(hostile_comparison()))) == []


@pytest.mark.parametrize(("a", "b"), [(0, 2), (1, 3), (4, 0)])
def test_real_seed_comparison_follows_the_schema(a: int, b: int) -> None:
    if len(SEEDS) < 5:
        pytest.skip("seed articles missing")
    document = json.loads(render(compare(load_article(SEEDS[a]), load_article(SEEDS[b]))))
    assert errors(document) == []


def test_schema_rejects_a_renamed_key() -> None:
    # The schema must be able to fail: renaming a contract key is exactly what it guards.
    document = comparison_to_dict(hostile_comparison())
    document["figure"] = document.pop("figures")
    assert any("'figures' is a required property" in e for e in errors(document))


def test_schema_rejects_an_unknown_verdict_and_a_lonely_pair_with_two_sides() -> None:
    document = comparison_to_dict(hostile_comparison())
    bad = copy.deepcopy(document)
    bad["figures"][0]["kind"] = "disagree"
    assert errors(bad)
    lonely = copy.deepcopy(document)
    lonely["figures"][2]["right"] = lonely["figures"][0]["right"]  # a left_only pair
    assert errors(lonely)


def test_schema_rejects_a_negative_offset() -> None:
    document = comparison_to_dict(hostile_comparison())
    document["shared"][0]["left"]["start"] = -1
    assert errors(document)
