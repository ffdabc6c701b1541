"""The reader on the fixed pair, for snapshot tests (``snap_compare`` runs this file)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tui"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storydiff.ui.app import StorydiffApp  # noqa: E402

from snapshot_apps.fixture import ARTICLES, fixed_compare  # noqa: E402

app = StorydiffApp(ARTICLES, compare=fixed_compare)

if __name__ == "__main__":
    app.run()
