"""Run a long analysis in a separate process, so the reader stays responsive while it runs.

A Textual thread worker keeps the event loop free of blocking calls, but not of Python's
global interpreter lock: a thread that computes for seconds takes the lock back after every
few milliseconds the event loop spends waiting for input, and each keypress, which passes
through hundreds of loop turns, then takes seconds. The overview of a folder of hundreds of
articles is such a computation, so the app hands it to a child interpreter and the thread
worker only waits on a pipe (which releases the lock) and relays progress.

The child is a plain ``subprocess`` talking pickles over its standard input and output, not
a ``multiprocessing`` process: forking a process that runs threads can copy a held lock, and
multiprocessing's other start methods pass the parent's ``sys.stderr`` file descriptor to a
helper process, which under a running Textual app is a capture object without one.
"""

from __future__ import annotations

import os
import pickle
import selectors
import subprocess
import sys
from collections.abc import Callable, Sequence
from typing import IO, Any

from storydiff.core.model import Article

Progress = Callable[[str, float], None]

POLL_SECONDS = 0.1
"""How often the waiting thread checks whether the worker was cancelled: a tenth of a second
is below what a person notices after pressing q, and costs nothing while the child works."""

AVAILABLE = os.name != "nt"
"""Whether this platform can wait on a pipe with a timeout (``selectors`` handles only
sockets on Windows); where it cannot, callers run the work in their own thread."""

_CHILD = "from storydiff.ui.offload import child_main; child_main()"


class Cancelled(Exception):
    """The caller stopped waiting; the child process was ended."""


def text_size(articles: Sequence[Article]) -> int:
    """Characters of paragraph text in ``articles``: what the analysis's time and its
    result's memory grow with."""
    return sum(len(p) for a in articles for p in a.paragraphs)


def worth_a_process(articles: Sequence[Article], min_chars: int) -> bool:
    """Whether work on ``articles`` is big enough (``min_chars`` of text or more) to pay the
    child's start (about 0.4 s: a fresh interpreter importing the analysis), and this
    platform can run one."""
    return AVAILABLE and text_size(articles) >= min_chars


def call_in_process(
    function: Callable[..., Any],
    *arguments: Any,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> Any:
    """``function(*arguments, progress=...)`` in a child interpreter; its progress is relayed
    to ``progress`` here, its exception re-raised here. ``function`` must be importable by
    name (a module-level function), and ``arguments`` and the result picklable."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    assert child.stdin is not None and child.stdout is not None
    try:
        with child.stdin:
            pickle.dump((function, arguments), child.stdin, protocol=pickle.HIGHEST_PROTOCOL)
        return _relay(child, child.stdout, progress, cancelled)
    finally:
        if child.poll() is None:
            child.kill()
        child.wait()
        child.stdout.close()


def _relay(
    child: subprocess.Popen[bytes],
    output: IO[bytes],
    progress: Progress,
    cancelled: Callable[[], bool],
) -> Any:
    """Pass on the child's messages until it sends its result or error."""
    with selectors.DefaultSelector() as selector:
        selector.register(output, selectors.EVENT_READ)
        while True:
            if cancelled():
                raise Cancelled
            if not selector.select(POLL_SECONDS):
                continue
            try:
                kind, payload = pickle.load(output)
            except EOFError:
                code = child.wait()
                raise RuntimeError(f"the analysis process stopped (exit code {code})") from None
            if kind == "progress":
                progress(*payload)
            elif kind == "error":
                raise payload
            else:
                return payload


def child_main() -> None:
    """The child's body: read the call, run it, write progress, then the result or error."""
    output = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must not corrupt the message stream

    def send(kind: str, payload: Any) -> None:
        pickle.dump((kind, payload), output, protocol=pickle.HIGHEST_PROTOCOL)
        output.flush()

    function, arguments = pickle.load(sys.stdin.buffer)
    try:
        send("result", function(*arguments, progress=lambda s, d: send("progress", (s, d))))
    except Exception as error:  # noqa: BLE001 - the parent shows it as one line
        send("error", error)
