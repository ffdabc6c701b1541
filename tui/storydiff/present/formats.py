"""The export formats as a person picks them: their names in the reader and their file
suffixes. Kept here, below the exporters, so the reader names and suffixes a file without
importing them (the exporters themselves reach the reader as a function, see
:class:`storydiff.ui.session.Session`)."""

from __future__ import annotations

SUFFIXES: dict[str, str] = {"json": ".json", "md": ".md", "html": ".html", "text": ".txt"}
"""Format name -> the file suffix a saved export gets."""
