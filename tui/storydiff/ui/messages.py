"""Messages the analysis worker posts to the pair screen (thread-safe via ``post_message``)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from storydiff.core.model import Comparison


@dataclass
class AnalysisProgress(Message):
    """A step of the analysis started; coalesced, only the latest matters."""

    pair: tuple[int, int]
    step: str
    done: float

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, AnalysisProgress)


@dataclass
class AnalysisReady(Message):
    """The comparison of ``pair`` (left index, right index) is ready."""

    pair: tuple[int, int]
    comparison: Comparison


@dataclass
class AnalysisFailed(Message):
    """The analysis raised; the screen says so in one line instead of crashing."""

    pair: tuple[int, int]
    error: str
