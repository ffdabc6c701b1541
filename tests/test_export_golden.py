"""Golden files per export format, fed one deliberately hostile, hand-built comparison.

The comparison is fixed dataclasses (not the output of the analysis), so the goldens
change only when an exporter changes. Regenerate them after an intended change with
``STORYDIFF_UPDATE_GOLDEN=1 pytest tests/test_export_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hostile import HOSTILE, hostile_comparison
from storydiff.export import EXPORTERS, SUFFIXES, export

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("STORYDIFF_UPDATE_GOLDEN") == "1"


def test_hostile_fixture_carries_every_hostile_string() -> None:
    # The safety tests below are only meaningful if each hostile string is really in the data.
    c = hostile_comparison()
    body = "\n".join(c.left.paragraphs + c.right.paragraphs + c.left.dropped + (c.left.title,))
    assert [h for h in HOSTILE if h not in body] == []


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_export_matches_its_golden_file(fmt: str) -> None:
    path = GOLDEN / f"comparison{SUFFIXES[fmt]}"
    out = export(hostile_comparison(), fmt)
    if UPDATE or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(out, encoding="utf-8", newline="\n")
        if not UPDATE:
            pytest.fail(f"{path.name} was missing and has been written; review and commit it")
    expected = path.read_text(encoding="utf-8")
    assert out == expected, (
        f"{fmt} output changed; if intended, rerun with "
        "STORYDIFF_UPDATE_GOLDEN=1 and review the diff of tests/golden/"
    )


def test_every_registered_format_is_pure_and_repeatable() -> None:
    # Exporters are pure functions: the same comparison always gives the same text.
    c = hostile_comparison()
    assert {fmt: export(c, fmt) for fmt in EXPORTERS} == {fmt: export(c, fmt) for fmt in EXPORTERS}
    assert set(EXPORTERS) == {"json", "md", "html", "text"} <= set(SUFFIXES)
