"""The layers: the core, input, exporters, settings and API never load Textual or Rich, and the
core never loads the input code.

harlequin's pattern: an import-linter contract in pyproject.toml, and the same rule
checked again in a fresh interpreter, because a lazy import can hide from a linter.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import ROOT

HEADLESS = ["storydiff", "storydiff.api", "storydiff.core.compare", "storydiff.sources.load",
            "storydiff.sources.fetch", "storydiff.config", "storydiff.export",
            "storydiff.export.json_format", "storydiff.export.html",
            "storydiff.export.markdown", "storydiff.export.text", "storydiff.cli",
            "storydiff.present", "storydiff.present.spans", "storydiff.present.safe_text",
            "storydiff.present.wording", "storydiff.present.vocabulary",
            "storydiff.present.counts", "storydiff.present.labels"]


def _modules_after_import(module: str) -> set[str]:
    code = f"import json, sys, {module}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout))


@pytest.mark.parametrize("module", HEADLESS)
def test_headless_module_loads_no_textual_or_rich(module: str) -> None:
    loaded = _modules_after_import(module)
    ui = sorted(m for m in loaded if m.split(".")[0] in ("textual", "rich") or
                m.startswith("storydiff.ui"))
    assert ui == [], f"importing {module} loaded {ui[:5]}"


@pytest.mark.parametrize("module", ["storydiff.core.compare", "storydiff.core.overview"])
def test_the_analysis_loads_no_input_code(module: str) -> None:
    # The core works on Article objects: reading files and pages is the sources package's job,
    # so the analysis never pays for (or depends on) the downloader and the page extractor.
    loaded = _modules_after_import(module)
    inputs = sorted(m for m in loaded if m.split(".")[0] in ("urllib3", "trafilatura") or
                    m.startswith("storydiff.sources"))
    assert inputs == [], f"importing {module} loaded {inputs[:5]}"


def test_api_runs_a_comparison_without_loading_textual() -> None:
    # Running the analysis, not just importing it, must stay headless too.
    code = ("import sys; from storydiff.api import compare_texts;"
            "compare_texts('A first paragraph about the deal.', 'A second paragraph.');"
            "print(any(m.startswith(('textual', 'rich')) for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def test_import_linter_contracts_hold() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tui")}
    run = subprocess.run([_tool("lint-imports")], cwd=ROOT, capture_output=True, text=True,
                         env=env)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]


def test_source_is_ruff_clean() -> None:
    run = subprocess.run([_tool("ruff"), "check", "tui", "tests", "benchmarks"], cwd=ROOT,
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:]


def test_the_package_type_checks_clean() -> None:
    """mypy over ``tui/storydiff`` with pyproject's ``[tool.mypy]`` settings finds no error, so
    a screen reading a field the session lacks, or a side spelled as a plain string where
    "left" or "right" is meant, fails here rather than in the reader."""
    pytest.importorskip("mypy", reason="mypy is not installed (pip install -e '.[test]')")
    run = subprocess.run([sys.executable, "-m", "mypy"], cwd=ROOT, capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
