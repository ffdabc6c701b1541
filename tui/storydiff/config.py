"""User settings: a small TOML file in the per-user config folder.

Looked for at ``$STORYDIFF_CONFIG`` if set, else ``$XDG_CONFIG_HOME/storydiff/config.toml``,
else ``~/.config/storydiff/config.toml``. A missing file means the defaults; a file that
cannot be read or says something storydiff does not know is one :class:`UsageError` line
naming the file and the setting, so a typo is never silently ignored::

    theme = "textual-light"          # any Textual theme name

    [reader]
    compact = true                   # start with compact rows (the c key toggles them)

    [export]
    format = "html"                  # html, md or json: the export dialog's first choice
    folder = "~/Documents/storydiff" # where the export dialog proposes to write

    [keys]                           # binding id = keys, as in the README's keys table
    "pair.next-figure" = "."
    "app.quit" = "q,ctrl+q"

Reading the file needs no Textual (``storydiff --help`` names it at no cost); the theme and
key ids are names only the reader knows, so :mod:`storydiff.ui.settings` checks them, and
applies the settings, when the reader opens.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storydiff.errors import UsageError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

CONFIG_ENV = "STORYDIFF_CONFIG"
EXPORT_FORMATS = ("html", "md", "json")
"""The formats the export dialog offers (the same names as ``compare --format``)."""

_KNOWN = {"theme": (), "reader": ("compact",), "export": ("format", "folder"), "keys": None}
"""Top-level settings and, for tables, their known keys (None: any key, checked later)."""


@dataclass(frozen=True)
class Config:
    """The settings in force; every field has the behaviour of a missing file as default."""

    theme: str | None = None
    """A Textual theme name, or None for Textual's default."""
    export_format: str = "html"
    export_dir: Path | None = None
    """None: the current folder, as before there was a config file."""
    keys: Mapping[str, str] = field(default_factory=dict)
    """Binding id -> keys, handed to ``App.set_keymap``."""
    compact_rows: bool = False
    """Start the pair view with compact rows: a paragraph only one article has spans both
    panes instead of facing filler of its own height."""
    path: Path | None = None
    """The file these settings were read from, or None if there was none."""


def config_path() -> Path:
    """Where the config file is looked for (it may not exist)."""
    explicit = os.environ.get(CONFIG_ENV, "").strip()
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".config") / "storydiff" / "config.toml"


def load_config(path: Path | None = None) -> Config:
    """The settings at ``path`` (default :func:`config_path`); defaults if there is no file."""
    explicit = path is not None or bool(os.environ.get(CONFIG_ENV, "").strip())
    path = path or config_path()
    if not path.exists():
        if explicit:  # a file the user named must exist; the default place may be empty
            raise UsageError(f"{path}: config file not found (named by {CONFIG_ENV})")
        return Config()
    if not path.is_file():
        raise UsageError(f"{path}: the config path is not a file")
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"{path}: cannot read the config file ({error})") from None
    return parse_config(text, path=path)


def parse_config(text: str, *, path: Path | None = None) -> Config:
    """Settings from TOML text; UsageError naming the file and setting for anything wrong.

    >>> parse_config('theme = "nord"\\n[export]\\nformat = "md"').export_format
    'md'
    """
    where = str(path) if path else "config"
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"{where}: not valid TOML ({error})") from None
    _check_names(data, where)
    export = data.get("export", {})
    keys = data.get("keys", {})
    fmt = _string(export, "format", f"{where}: export.format") or "html"
    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"{where}: export.format must be one of {', '.join(EXPORT_FORMATS)}, "
                         f"not {fmt!r}")
    folder = _string(export, "folder", f"{where}: export.folder")
    compact = data.get("reader", {}).get("compact", False)
    if not isinstance(compact, bool):
        raise UsageError(f"{where}: reader.compact must be true or false")
    for binding_id, value in keys.items():
        if not isinstance(value, str) or not value.strip():
            raise UsageError(f"{where}: keys.{binding_id} must be a string of keys, such as "
                             '"ctrl+n" or "n,down"')
    return Config(theme=_string(data, "theme", f"{where}: theme") or None, export_format=fmt,
                  export_dir=Path(folder).expanduser() if folder else None,
                  keys={str(k): v.strip() for k, v in keys.items()}, path=path,
                  compact_rows=compact)


def _check_names(data: dict[str, Any], where: str) -> None:
    for name, value in data.items():
        if name not in _KNOWN:
            raise UsageError(f"{where}: unknown setting {name!r} (known: {', '.join(_KNOWN)})")
        inner = _KNOWN[name]
        if inner == ():
            continue
        if not isinstance(value, dict):
            raise UsageError(f"{where}: {name} must be a table ([{name}])")
        unknown = [k for k in value if inner is not None and k not in inner]
        if unknown:
            raise UsageError(f"{where}: unknown setting {name}.{unknown[0]} "
                             f"(known: {', '.join(inner or ())})")


def _string(table: Mapping[str, Any], key: str, label: str) -> str:
    value = table.get(key, "")
    if not isinstance(value, str):
        raise UsageError(f"{label} must be a string")
    return value.strip()
