"""The reader on three articles with a fixed overview and fixed pair comparisons."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tui"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storydiff.ui.app import StorydiffApp  # noqa: E402

from snapshot_apps.fixture import fixed_compare  # noqa: E402
from snapshot_apps.overview_fixture import ARTICLES, overview_of  # noqa: E402

app = StorydiffApp(ARTICLES, compare=fixed_compare, overview=overview_of)

if __name__ == "__main__":
    app.run()
