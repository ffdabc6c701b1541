"""The command palette's provider: every bound action, named ``category: action``."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from storydiff.ui import keys


class StorydiffCommands(Provider):
    """Offers the actions of the screen the palette was opened from, plus the global ones."""

    def _specs(self) -> list[tuple[keys.KeySpec, bool]]:
        """(spec, runs on the app?) for the screen underneath and the app."""
        screen_ids = {b.id for b in getattr(type(self.screen), "BINDINGS", ()) if hasattr(b, "id")}
        found = [
            (s, False)
            for _, group in keys.GROUPS
            if group is not keys.APP_KEYS  # screens bind ? and q too, to run on the app
            for s in group
            if s.id in screen_ids
        ]
        return found + [(s, True) for s in keys.APP_KEYS if s.action != "command_palette"]

    @staticmethod
    def _name(spec: keys.KeySpec) -> str:
        return f"{spec.category}: {spec.description.lower()}"

    @staticmethod
    def _help(spec: keys.KeySpec) -> str:
        # The palette parses help as markup; keys like "[" and "]" must be escaped.
        return escape(f"{spec.help}   key: {spec.keys_text}")

    async def _run(self, spec: keys.KeySpec, on_app: bool) -> None:
        if on_app:
            await self.app.run_action(spec.action)
        else:
            await self.app.run_action(spec.action, default_namespace=self.screen)

    async def discover(self) -> Hits:
        for spec, on_app in self._specs():
            yield DiscoveryHit(
                self._name(spec),
                partial(self._run, spec, on_app),
                help=self._help(spec),
            )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for spec, on_app in self._specs():
            name = self._name(spec)
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score,
                    matcher.highlight(name),
                    partial(self._run, spec, on_app),
                    help=self._help(spec),
                )
