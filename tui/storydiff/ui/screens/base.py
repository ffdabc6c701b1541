"""The base of the reader's full screens: typed access to the app's session and settings."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.screen import Screen

from storydiff.config import Config
from storydiff.ui.session import Session

if TYPE_CHECKING:  # the app imports the screens, so only the type checker imports it here
    from storydiff.ui.app import StorydiffApp


class ReaderScreen(Screen[None]):
    """A screen of :class:`~storydiff.ui.app.StorydiffApp`. Textual types ``self.app`` as
    any ``App``; these properties say which one, so the session's fields are checked."""

    @property
    def session(self) -> Session:
        """The articles, kept comparisons, overview and analyser this screen works on."""
        return cast("StorydiffApp", self.app).session

    @property
    def config(self) -> Config:
        """The user's settings."""
        return cast("StorydiffApp", self.app).config
