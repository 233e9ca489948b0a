"""The one base error of the package and its kinds.

Every failure a user can cause (a bad post, a bad query, a store that cannot
be opened) is a :class:`KGError`, so the CLI needs a single ``except`` to turn
it into one clear line and an exit status.
"""

from __future__ import annotations

from pathlib import Path


class KGError(Exception):
    """Base of every error this package raises on purpose."""


class InputError(KGError):
    """A source file that cannot be turned into a post; names the file and the cause."""

    def __init__(self, path: Path | str, cause: str) -> None:
        self.path = Path(path)
        self.cause = cause
        super().__init__(f"{path}: {cause}")


class UsageError(KGError):
    """A request that names something that does not exist (a format, an option, a query
    variable, an input path): the caller's mistake, which the CLI reports as bad usage."""


class StoreError(KGError):
    """The graph store cannot be opened, read or written."""


class QueryError(KGError):
    """A SPARQL query that is malformed, or a saved query that does not exist."""


class ExportError(KGError):
    """An export that cannot be written (unknown format, unwritable path)."""


class UnknownVariable(QueryError, UsageError):
    """A binding for a variable the query does not have."""


class UnknownFormat(ExportError, UsageError):
    """An output format, or an option of one, that does not exist."""


class MissingInput(InputError, UsageError):
    """A path given to build that is not there."""


class LookupFailed(KGError):
    """A name that matches no entity, or more than one."""


class BuildFailed(KGError):
    """A strict build that found bad files, and so wrote nothing; ``problems`` names them."""

    def __init__(self, problems: list[InputError]) -> None:
        self.problems = problems
        super().__init__(f"{len(problems)} bad file(s); nothing was written")


class ExtractionFailed(KGError):
    """The NLP pipeline raised on a post (the build skips that post and names it), or a
    worker process running it died (the build stops there, the posts written before it
    whole). ``path`` names the post when it is known; ``detail`` holds the traceback,
    from the worker process if it came from one."""

    def __init__(self, message: str, path: Path | str | None = None, detail: str = "") -> None:
        self.message = message
        self.path = Path(path) if path else None
        self.detail = detail
        super().__init__(f"{path}: {message}" if path else message)

    def __reduce__(self) -> tuple:  # it crosses from a worker process
        return type(self), (self.message, self.path, self.detail)
