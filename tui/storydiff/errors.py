"""One exception family whose messages are written for the person at the terminal.

The CLI turns any :class:`StorydiffError` into ``storydiff: error: <message>``
and exit status 2; nothing else in the program prints tracebacks for bad input.
"""


class StorydiffError(Exception):
    """Base of every error a user can cause; ``str(error)`` is the message shown."""


class InputError(StorydiffError):
    """A path or file that cannot be read as an article (missing, empty, binary, too big...)."""


class UsageError(StorydiffError):
    """The command line asks for something impossible (too few articles, unknown format...)."""
