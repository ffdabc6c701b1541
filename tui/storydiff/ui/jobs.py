"""One way to run an analysis in the background: a Textual thread worker that posts its
progress, result or error back to the screen that started it, as messages.

A thread keeps the event loop free while the analysis runs (the analyser may hand the work
on to a child process, see :mod:`storydiff.ui.analyser`). Only one job of a group runs at a
time on a screen: starting another cancels the one before, whose late messages are dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from functools import partial
from typing import Generic, TypeVar

from textual.dom import DOMNode
from textual.message import Message
from textual.worker import Worker, get_current_worker

from storydiff.ui.offload import Cancelled, Progress

T = TypeVar("T")

Job = Callable[[Progress, Callable[[], bool]], T]
"""The work: called with a progress callback and a ``cancelled()`` question."""


@dataclass
class JobProgress(Message):
    """A step of job ``job`` started; coalesced, only the latest matters."""

    job: Hashable
    step: str
    done: float

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, JobProgress)


@dataclass
class JobDone(Message, Generic[T]):
    """Job ``job`` finished with ``result``."""

    job: Hashable
    result: T


@dataclass
class JobFailed(Message):
    """Job ``job`` raised; the screen says so in one line instead of crashing."""

    job: Hashable
    error: str


def start(owner: DOMNode, job_id: Hashable, job: Job[T], *, group: str) -> Worker[None]:
    """Run ``job`` in a thread worker of ``owner``, which receives the job's messages under
    ``job_id``; an earlier job of ``group`` on ``owner`` is cancelled."""
    return owner.run_worker(
        partial(_run, owner, job_id, job), thread=True, exclusive=True, group=group
    )


def _run(owner: DOMNode, job_id: Hashable, job: Job[T]) -> None:
    """The worker's body: post progress while the job runs, then its result or error, unless
    the worker was cancelled meanwhile."""
    worker = get_current_worker()

    def progress(step: str, done: float) -> None:
        if not worker.is_cancelled:
            owner.post_message(JobProgress(job_id, step, done))

    try:
        result = job(progress, lambda: worker.is_cancelled)
    except Cancelled:
        return
    except Exception as error:  # noqa: BLE001 - shown as one line, the app keeps running
        owner.post_message(JobFailed(job_id, f"{type(error).__name__}: {error}"))
        return
    if not worker.is_cancelled:
        owner.post_message(JobDone(job_id, result))
