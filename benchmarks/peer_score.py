"""Score ``storydiff.api.figures_in_text`` against other projects' figure-extraction suites.

Suites (data only, in ``../shared/peer-tests/``; see its README): quantulum3's annotated
sentences and spelled-out numbers, and Microsoft Recognizers-Text's English specs.

How a case is scored:
* An expected figure is **found** when a storydiff figure of an allowed kind overlaps its span
  and has its value. Values are compared in the unit as written (4,000 km = 4000; 5 cents =
  5 cent, which storydiff reports as 0.05 USD, so cents/pence/dimes are converted), with a
  relative tolerance of 0.1%. Ranges compare their ends; hedged bounds ("more than 30")
  compare the bound.
* A storydiff figure is a **false positive** when it overlaps no expected figure and its kind
  belongs to the file's category (a Recognizers file annotates only its own kind of figure,
  so a year in a currency sentence is not counted against us).
* Categories: money, percent, counts (digit numbers), number words, ranges and hedges, units
  (length, mass, time, ages: the simple units of news). Quantulum's other physical units
  (temperature, energy, compound units...) are reported as "other units" and left out of the
  overall score, as are date and duration spans (Recognizers' extractor files, spans only).

Run: ``PYTHONPATH=tui python benchmarks/peer_score.py [--misses] [--suite NAME]``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storydiff.api import figures_in_text
from storydiff.core.figures.normalise import LOWER, UPPER

PEER = Path(__file__).resolve().parents[2] / "shared" / "peer-tests"
IN_SCOPE = ("money", "percent", "counts", "number words", "ranges and hedges", "units")
EXTRA = ("other units", "dates (spans)", "durations (spans)")
TOLERANCE = 1e-3

KINDS = {
    "money": {"money"},
    "percent": {"percent"},
    "counts": {"number", "count", "year", "rank"},
    "number words": {"number", "count", "money", "quantity", "duration", "age", "percent"},
    "ranges and hedges": None,
    "units": {"quantity", "duration", "age"},
    "other units": {"quantity", "duration", "age"},
    "dates (spans)": {"date", "weekday", "time", "year"},
    "durations (spans)": {"duration", "age"},
}
"""Which storydiff kinds may answer an expected figure of each category (None: any)."""

SUBUNIT = {"cent": 0.01, "penny": 0.01, "pence": 0.01, "dime": 0.1}
QUANTULUM_MONEY = {"dollar", "euro", "pound sterling", "cent", "penny", "dime", "yen"}
QUANTULUM_UNITS = {
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "decade",
    "century",
    "metre",
    "kilometre",
    "centimetre",
    "millimetre",
    "nanometre",
    "mile",
    "inch",
    "foot",
    "yard",
    "kilogram",
    "gram",
    "milligram",
    "tonne",
    "pound-mass",
    "ounce",
    "litre",
    "gallon",
    "square kilometre",
    "square mile",
    "acre",
    "hectare",
    "centilitre",
}


@dataclass
class Expected:
    category: str
    text: str
    start: int | None
    end: int | None
    values: tuple[float, ...] | None
    """Candidate values (any may match); None when only the span is tested."""
    bounds: tuple[float | None, float | None] | None = None
    """For ranges and hedges: (low, high), None for an open end."""


@dataclass
class Tally:
    tp: int = 0
    fn: int = 0
    fp: int = 0
    misses: list[str] = field(default_factory=list)

    def scores(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=TOLERANCE, abs_tol=1e-9)


def figure_bounds(fig: dict[str, Any]) -> tuple[float | None, float | None]:
    value, high, q = fig["value"], fig.get("high"), fig["qualifier"]
    if high is not None:
        return value, high
    if q in UPPER:
        return None, value
    if q in LOWER:
        return value, None
    return value, value


def figure_values(fig: dict[str, Any]) -> list[float]:
    out = [v for v in (fig["value"], fig.get("high")) if v is not None]
    if fig.get("high") is not None and fig["value"] is not None:
        out.append((fig["value"] + fig["high"]) / 2)
    return out


def matches(exp: Expected, fig: dict[str, Any]) -> bool:
    allowed = KINDS[exp.category]
    if allowed is not None and fig["kind"] not in allowed:
        return False
    if exp.start is not None and not (fig["start"] < exp.end and exp.start < fig["end"]):
        return False
    if exp.bounds is not None:
        got = figure_bounds(fig)
        return all(
            e is None or (g is not None and close(e, g))
            for e, g in zip(exp.bounds, got, strict=True)
        )
    if exp.values is None:
        return True
    return any(close(e, g) for e in exp.values for g in figure_values(fig))


def counts_against(category: str, fig: dict[str, Any]) -> bool:
    """Whether an unmatched figure is a false positive for a file of this category."""
    if category == "units (no time)":  # Recognizers' dimension file leaves time to its own
        return fig["kind"] == "quantity"
    if category == "ranges and hedges":
        return fig.get("high") is not None or fig["qualifier"] in UPPER + LOWER
    allowed = KINDS[category]
    if category == "counts":
        return fig["kind"] in allowed and any(c.isdigit() for c in fig["text"])
    if category == "number words":
        return fig["kind"] in allowed and not any(c.isdigit() for c in fig["text"])
    return allowed is not None and fig["kind"] in allowed


def score_case(
    text: str,
    expected: list[Expected],
    fp_categories: list[str],
    tallies: dict[str, Tally],
    label: str,
) -> None:
    figures = figures_in_text(text)
    used: set[int] = set()
    for exp in expected:
        hit = next((k for k, f in enumerate(figures) if k not in used and matches(exp, f)), None)
        tally = tallies[exp.category]
        if hit is None:
            tally.fn += 1
            got = [
                f"{f['text']!r}={f['value']}/{f['kind']}"
                for f in figures
                if exp.start is None or (f["start"] < exp.end and exp.start < f["end"])
            ]
            tally.misses.append(
                f"MISS {label}: {exp.text!r} {exp.values or exp.bounds} got {got} | {text[:90]!r}"
            )
        else:
            used.add(hit)
            tally.tp += 1
    for k, fig in enumerate(figures):
        if k in used:
            continue
        overlaps = any(
            e.start is not None and fig["start"] < e.end and e.start < fig["end"] for e in expected
        )
        for category in fp_categories:
            if not overlaps and counts_against(category, fig):
                category = "units" if category == "units (no time)" else category
                tallies[category].fp += 1
                tallies[category].misses.append(
                    f"EXTRA {label}: {fig['text']!r}={fig['value']}/{fig['kind']} | {text[:90]!r}"
                )
                break


def interval_bounds(value: str) -> tuple[float | None, float | None] | None:
    """ "(30,)" -> (30, None); "[20,30)" -> (20, 30); "(,700]" -> (None, 700)."""
    inner = value.strip()[1:-1].split(",")
    if len(inner) != 2:
        return None
    return tuple(float(x) if x.strip() else None for x in inner)  # type: ignore[return-value]


def recognizers(tallies: dict[str, Tally]) -> None:
    files = {
        "CurrencyModel": "money",
        "PercentModel": "percent",
        "NumberModel": "counts",
        "NumberRangeModel": "ranges and hedges",
        "DimensionModel": "units",
        "AgeModel": "units",
        "DateExtractor": "dates (spans)",
        "DurationExtractor": "durations (spans)",
    }
    for name, category in files.items():
        for case in json.loads((PEER / "recognizers-text" / f"{name}.json").read_text()):
            text = case["Input"]
            expected = [_recognizers_expected(category, r) for r in case["Results"]]
            fp = [category]
            if name == "NumberModel":
                fp = ["counts", "number words"]
            if name == "DimensionModel":
                fp = ["units (no time)"]
            score_case(text, [e for e in expected if e], fp, tallies, f"RT/{name}")


def _recognizers_expected(category: str, r: dict[str, Any]) -> Expected | None:
    start = r["Start"]
    end = start + r["Length"] if "Length" in r else r["End"] + 1
    res = r.get("Resolution") or {}
    raw = res.get("value")
    if category == "counts" and any(c.isalpha() for c in r["Text"]):
        category = "number words"
    if category == "ranges and hedges":
        return Expected(category, r["Text"], start, end, None, interval_bounds(raw))
    if raw in (None, "null"):
        return Expected(category, r["Text"], start, end, None)
    try:
        value = float(str(raw).rstrip("%"))
    except ValueError:
        return None
    value *= SUBUNIT.get(str(res.get("unit", "")).lower(), 1.0)
    return Expected(category, r["Text"], start, end, (value,))


def quantulum(tallies: dict[str, Tally]) -> None:
    for name in ("quantities.json", "quantities.ambiguity.json"):
        for case in json.loads((PEER / "quantulum3" / name).read_text()):
            text = case["req"]
            expected = [_quantulum_expected(text, r) for r in case["res"]]
            score_case(
                text,
                expected,
                list(IN_SCOPE[:2]) + ["counts", "number words", "units", "other units"],
                tallies,
                f"Q3/{name.split('.')[1]}",
            )
    for case in json.loads((PEER / "quantulum3" / "extract_spellout_values.json").read_text()):
        _spellout(case, tallies["number words"])


def _quantulum_expected(text: str, r: dict[str, Any]) -> Expected:
    unit = r["unit"]
    start = text.find(r["surface"])
    end = start + len(r["surface"])
    value = float(r["value"]) * SUBUNIT.get(unit, 1.0)
    unc = r.get("uncertainty")
    if unit in QUANTULUM_MONEY:
        category = "money"
    elif unit == "percentage":
        category = "percent"
    elif unit == "dimensionless":
        category = "counts" if any(c.isdigit() for c in r["surface"]) else "number words"
    elif unit in QUANTULUM_UNITS:
        category = "units"
    else:
        category = "other units"
    values = (value, value - unc) if unc else (value,)
    return Expected(category, r["surface"], start, end, values)


def _spellout(case: dict[str, Any], tally: Tally) -> None:
    """Spelled-out numbers: values in order, no spans."""
    got = [f["value"] for f in figures_in_text(case["req"]) if f["value"] is not None]
    expected = [float(v) for v in case["res"]]
    for value in expected:
        hit = next((g for g in got if close(g, value)), None)
        if hit is None:
            tally.fn += 1
            tally.misses.append(f"MISS Q3/spellout: {value} got {got} | {case['req']!r}")
        else:
            got.remove(hit)
            tally.tp += 1
    for value in got:
        tally.fp += 1
        tally.misses.append(f"EXTRA Q3/spellout: {value} | {case['req']!r}")


def report(title: str, tallies: dict[str, Tally], show_misses: bool) -> None:
    print(f"\n{title}")
    print(f"  {'category':<20} {'P':>6} {'R':>6} {'F1':>6}   tp  fn  fp")
    total = Tally()
    for category in IN_SCOPE + EXTRA:
        t = tallies.get(category)
        if t is None or t.tp + t.fn + t.fp == 0:
            continue
        p, r, f = t.scores()
        print(f"  {category:<20} {p:6.3f} {r:6.3f} {f:6.3f} {t.tp:4d}{t.fn:4d}{t.fp:4d}")
        if category in IN_SCOPE:
            total.tp, total.fn, total.fp = total.tp + t.tp, total.fn + t.fn, total.fp + t.fp
    p, r, f = total.scores()
    print(
        f"  {'overall (in scope)':<20} {p:6.3f} {r:6.3f} {f:6.3f} "
        f"{total.tp:4d}{total.fn:4d}{total.fp:4d}"
    )
    if show_misses:
        for category in IN_SCOPE + EXTRA:
            for line in tallies.get(category, Tally()).misses:
                print(f"    [{category}] {line}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every miss and extra")
    parser.add_argument("--suite", choices=("quantulum3", "recognizers-text"))
    args = parser.parse_args(argv)
    if not PEER.is_dir():
        print(f"peer suites not found at {PEER}", file=sys.stderr)
        return 2
    if args.suite in (None, "quantulum3"):
        q: dict[str, Tally] = defaultdict(Tally)
        quantulum(q)
        report("quantulum3", q, args.misses)
    if args.suite in (None, "recognizers-text"):
        rt: dict[str, Tally] = defaultdict(Tally)
        recognizers(rt)
        report("Recognizers-Text", rt, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
