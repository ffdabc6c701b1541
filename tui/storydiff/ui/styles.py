"""How each highlight is drawn: Content style strings built from theme variables only.

These live here rather than in ``app.tcss`` because they style stretches of text,
not widgets: Textual resolves the ``$variables`` against the active theme when
the text is drawn, so dark and light themes both work. (Component classes would
do for colours, but their partial styles drop ``reverse`` and mis-blend
translucent backgrounds in Textual 8.2.) Every colour comes with a non-colour
cue: bold, underline, italic, reverse, or a glyph from :mod:`highlights`.
"""

from __future__ import annotations

HIGHLIGHT_STYLES: dict[str, str] = {
    "change": "on $foreground 8%",
    "shared": "underline on $success 25%",
    "unique": "italic on $primary 30%",
    "figure-same": "bold",
    "figure-one-sided": "bold on $foreground 20%",
    "figure-consistent": "bold $text on $warning 45%",
    "figure-conflict": "bold underline $text on $error 70%",
    "search": "underline on $secondary 60%",
    "focus": "reverse bold",
    "note": "italic $text-muted",
    "label": "$text-muted",
}
"""Highlight tag -> style. Quietest (word changes) to loudest (conflicts, the jump target)."""
