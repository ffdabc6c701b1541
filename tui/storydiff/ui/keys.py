"""Every key binding of the reader, declared once.

The footer, the help screen, the command palette and the README's keys table all
read these tables, so a key cannot be documented in one place and bound to
something else in another. Each binding has an ``id``, which makes it
remappable through Textual's keymaps (``App.set_keymap({"pair.next-figure": "."})``).
"""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding, BindingType
from textual.keys import key_to_character


@dataclass(frozen=True)
class KeySpec:
    """One binding plus the category the palette and help group it under."""

    key: str
    """Textual key string; several keys separated by commas."""
    action: str
    """Action run on the screen (or app) that owns the table."""
    description: str
    """Short label for the footer and palette."""
    category: str
    """navigate, jump, view, pair, search, app: the palette's ``category: action`` prefix."""
    id: str
    """Stable id, for keymaps and tests."""
    show: bool = False
    """Whether the footer shows it (only the main keys, so 80 columns suffice)."""
    key_display: str | None = None
    """How the key is written in the footer, help and README, when not the key name."""
    help: str = ""
    """A longer explanation for the help screen and the palette."""
    priority: bool = False
    """Run before the focused widget's own binding of the key (the overview's ``enter`` over
    its table's), so the footer and help show the key as the screen's."""

    def binding(self, action: str | None = None) -> Binding:
        """The Textual binding for this spec (``action``: run another node's, "app.quit")."""
        return Binding(
            self.key,
            action or self.action,
            self.description,
            show=self.show,
            key_display=self.key_display,
            priority=self.priority,
            id=self.id,
            tooltip=self.help,
        )

    @property
    def keys_text(self) -> str:
        """The keys as a person types them, for help and README."""
        return self.key_display or typed(self.key.split(","))


CATEGORIES = {
    "navigate": "Move",
    "jump": "Jump",
    "view": "View",
    "pair": "Articles",
    "search": "Search",
    "app": "General",
}
"""Category -> the help screen's heading for it, in the order help lists them."""


def typed(keys: list[str]) -> str:
    """Textual key names as a person types them: ``question_mark`` is ``?``, ``space`` stays
    ``space`` (a blank would vanish), names such as ``pagedown`` stay names."""
    shown = []
    for key in keys:
        character = key_to_character(key)
        printable = character is not None and character.isprintable() and not character.isspace()
        shown.append(character if character is not None and printable else key)
    return " / ".join(shown)


APP_KEYS: tuple[KeySpec, ...] = (
    KeySpec(
        "question_mark,f1",
        "help",
        "Help",
        "app",
        "app.help",
        show=True,
        key_display="?",
        help="Show the keys of this screen and the legend",
    ),
    KeySpec(
        "ctrl+p",
        "command_palette",
        "Palette",
        "app",
        "app.palette",
        help="Search every action by name",
    ),
    KeySpec(
        "o",
        "overview",
        "Overview",
        "app",
        "app.overview",
        help="The whole story: facts, claims, shared wording, quotes and sources of all articles",
    ),
    KeySpec("q", "quit", "Quit", "app", "app.quit", show=True, help="Leave storydiff"),
)
"""Keys that work everywhere."""

PAIR_KEYS: tuple[KeySpec, ...] = (
    KeySpec(
        "j,down",
        "cursor(1)",
        "Next paragraph",
        "navigate",
        "pair.down",
        key_display="j / ↓",
        help="Move the cursor to the next aligned row",
    ),
    KeySpec(
        "k,up",
        "cursor(-1)",
        "Previous paragraph",
        "navigate",
        "pair.up",
        key_display="k / ↑",
        help="Move the cursor to the previous aligned row",
    ),
    KeySpec(
        "space,pagedown",
        "page(1)",
        "Page down",
        "navigate",
        "pair.page-down",
        key_display="space",
        help="Move a screenful down",
    ),
    KeySpec(
        "b,pageup",
        "page(-1)",
        "Page up",
        "navigate",
        "pair.page-up",
        key_display="b",
        help="Move a screenful up",
    ),
    KeySpec(
        "g,home",
        "edge(0)",
        "Top",
        "navigate",
        "pair.top",
        key_display="g",
        help="Go to the first row",
    ),
    KeySpec(
        "G,end",
        "edge(1)",
        "Bottom",
        "navigate",
        "pair.bottom",
        key_display="G",
        help="Go to the last row",
    ),
    KeySpec(
        "n",
        "step('any', 1)",
        "Next diff",
        "jump",
        "pair.next-diff",
        show=True,
        help="Next difference of any kind",
    ),
    KeySpec(
        "N",
        "step('any', -1)",
        "Previous diff",
        "jump",
        "pair.prev-diff",
        help="Previous difference of any kind",
    ),
    KeySpec(
        "f",
        "step('figure', 1)",
        "Next figure",
        "jump",
        "pair.next-figure",
        show=True,
        help="Next figure the articles state differently",
    ),
    KeySpec(
        "F",
        "step('figure', -1)",
        "Previous figure",
        "jump",
        "pair.prev-figure",
        help="Previous figure difference",
    ),
    KeySpec(
        "u",
        "step('unique', 1)",
        "Next unique",
        "jump",
        "pair.next-unique",
        show=True,
        help="Next claim only one article makes",
    ),
    KeySpec(
        "U",
        "step('unique', -1)",
        "Previous unique",
        "jump",
        "pair.prev-unique",
        help="Previous unique claim",
    ),
    KeySpec(
        "s",
        "step('shared', 1)",
        "Next shared",
        "jump",
        "pair.next-shared",
        help="Next passage both articles word (nearly) the same way",
    ),
    KeySpec(
        "S",
        "step('shared', -1)",
        "Previous shared",
        "jump",
        "pair.prev-shared",
        help="Previous shared passage",
    ),
    KeySpec(
        "m",
        "moved",
        "Moved counterpart",
        "jump",
        "pair.moved",
        help="Jump to where a moved paragraph sits in the other article",
    ),
    KeySpec(
        "tab",
        "other_side",
        "Other pane",
        "view",
        "pair.other-pane",
        help="Make the other article the active pane: its header is lit, and the status line "
        "gives its paragraph number (◀ ¶3)",
    ),
    KeySpec(
        "c",
        "compact",
        "Compact",
        "view",
        "pair.compact",
        help="Compact rows: a paragraph only one article has spans both panes, with no filler "
        "opposite (config: [reader] compact)",
    ),
    KeySpec("x", "swap", "Swap", "pair", "pair.swap", help="Swap the left and right articles"),
    KeySpec(
        "right_square_bracket",
        "next_pair(1)",
        "Next pair",
        "pair",
        "pair.next-pair",
        key_display="]",
        help="Compare the next pair of articles",
    ),
    KeySpec(
        "left_square_bracket",
        "next_pair(-1)",
        "Previous pair",
        "pair",
        "pair.prev-pair",
        key_display="[",
        help="Compare the previous pair of articles",
    ),
    KeySpec(
        "a",
        "articles",
        "Articles",
        "pair",
        "pair.articles",
        show=True,
        help="Choose the left and right articles",
    ),
    KeySpec(
        "p",
        "figures",
        "Figures",
        "view",
        "pair.figures",
        show=True,
        help="List every figure pair with its verdict and reason",
    ),
    KeySpec(
        "slash",
        "search",
        "Search",
        "search",
        "pair.search",
        show=True,
        key_display="/",
        help="Search both articles",
    ),
    KeySpec(
        "e",
        "export",
        "Export",
        "app",
        "pair.export",
        show=True,
        help="Write this comparison as HTML, Markdown or JSON",
    ),
)
"""Keys of the pair view, the screen people live in."""

SEARCH_KEYS: tuple[KeySpec, ...] = (
    KeySpec(
        "enter,down",
        "match(1)",
        "Next match",
        "search",
        "search.next",
        key_display="enter / ↓",
        help="Go to the next match",
    ),
    KeySpec(
        "up",
        "match(-1)",
        "Previous match",
        "search",
        "search.prev",
        key_display="↑",
        help="Go to the previous match",
    ),
    KeySpec(
        "escape", "close", "Close search", "search", "search.close", help="Close the search bar"
    ),
)
"""Keys of the search bar."""

ARTICLE_KEYS: tuple[KeySpec, ...] = (
    KeySpec("j", "move(1)", "Down", "navigate", "articles.down", help="Highlight the next article"),
    KeySpec(
        "k", "move(-1)", "Up", "navigate", "articles.up", help="Highlight the previous article"
    ),
    KeySpec(
        "l",
        "choose('left')",
        "As left",
        "pair",
        "articles.left",
        show=True,
        help="Use the highlighted article as the left one",
    ),
    KeySpec(
        "r",
        "choose('right')",
        "As right",
        "pair",
        "articles.right",
        show=True,
        help="Use the highlighted article as the right one",
    ),
    KeySpec(
        "enter",
        "open",
        "Compare",
        "pair",
        "articles.open",
        show=True,
        priority=True,
        help="Compare the chosen pair",
    ),
    KeySpec(
        "escape",
        "dismiss_list",
        "Back",
        "pair",
        "articles.back",
        show=True,
        help="Back to the pair",
    ),
)
"""Keys of the article list."""

FIGURE_KEYS: tuple[KeySpec, ...] = (
    KeySpec(
        "enter",
        "jump",
        "Jump to figure",
        "jump",
        "figures.jump",
        show=True,
        priority=True,
        help="Show the chosen figure pair in both panes",
    ),
    KeySpec(
        "escape,p",
        "dismiss_panel",
        "Back",
        "view",
        "figures.back",
        show=True,
        key_display="escape",
        help="Close the figures panel",
    ),
)
"""Keys of the figures panel."""

OVERVIEW_KEYS: tuple[KeySpec, ...] = (
    KeySpec(
        "enter",
        "open",
        "Open pair",
        "pair",
        "overview.open",
        show=True,
        priority=True,
        help="Open the two articles side by side at the chosen figure, passage, claim or quote",
    ),
    KeySpec(
        "right_square_bracket",
        "tab(1)",
        "Next tab",
        "view",
        "overview.next-tab",
        show=True,
        key_display="]",
        help="Show the next tab: facts, claims, copying, quotes, sources",
    ),
    KeySpec(
        "left_square_bracket",
        "tab(-1)",
        "Previous tab",
        "view",
        "overview.prev-tab",
        key_display="[",
        help="Show the previous tab",
    ),
    KeySpec(
        "a",
        "articles",
        "Articles",
        "pair",
        "overview.articles",
        show=True,
        help="Choose two articles and compare them (works while the overview is still building)",
    ),
)
"""Keys of the overview screen (arrows move inside its tables and lists)."""

GROUPS: tuple[tuple[str, tuple[KeySpec, ...]], ...] = (
    ("Overview", OVERVIEW_KEYS),
    ("Pair view", PAIR_KEYS),
    ("Search bar", SEARCH_KEYS),
    ("Article list", ARTICLE_KEYS),
    ("Figures panel", FIGURE_KEYS),
    ("Everywhere", APP_KEYS),
)
"""Every table, named for where it applies, in the order help and README list them."""


ALWAYS_SHOWN = tuple(spec for spec in APP_KEYS if spec.show)
"""``?`` and ``q``: each screen binds them first, so its footer shows them first and a
narrow terminal, which cuts the footer's end, never hides how to get help or leave."""


def bindings(specs: tuple[KeySpec, ...]) -> list[BindingType]:
    """Textual bindings for a node's ``BINDINGS``."""
    return [spec.binding() for spec in specs]


def screen_bindings(specs: tuple[KeySpec, ...]) -> list[BindingType]:
    """A screen's ``BINDINGS``: led by :data:`ALWAYS_SHOWN`, run on the app."""
    return [spec.binding(f"app.{spec.action}") for spec in ALWAYS_SHOWN] + bindings(specs)


def spec_by_id(binding_id: str | None) -> KeySpec | None:
    """The spec a bound key came from (help uses it to find the category)."""
    for _, specs in GROUPS:
        for spec in specs:
            if spec.id == binding_id:
                return spec
    return None


def markdown_table() -> str:
    """The README keys table, generated so a test can keep the README true."""
    lines = ["| keys | action | where |", "|---|---|---|"]
    for where, specs in GROUPS:
        for spec in specs:
            keys = spec.keys_text.replace("|", "\\|")
            lines.append(f"| `{keys}` | {spec.help or spec.description} | {where} |")
    return "\n".join(lines) + "\n"
