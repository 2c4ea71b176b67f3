"""Named failures of the pipeline.

Every error a reader of the console can cause (a broken article, a bad metadata
entry) is a ``SeedError`` whose message is one line that starts with the file it
is about. The MkDocs hook turns it into a ``PluginError``; the command line prints
it. Nothing else should escape the pipeline as an exception.
"""

from __future__ import annotations

from pathlib import PurePath


class SeedError(Exception):
    """Base class: a one-line, user-facing problem with an input file."""

    def __init__(self, path: PurePath | str, problem: str) -> None:
        self.path = str(path)
        self.problem = " ".join(problem.split())  # always one line
        super().__init__(f"{self.path}: {self.problem}")


class UnreadableSeedError(SeedError):
    """The file is not UTF-8 text we can show: binary, wrong encoding, control bytes."""


class EmptySeedError(SeedError):
    """The file holds no text (empty, or whitespace only)."""


class SeedNameError(SeedError):
    """The file name cannot become a page address."""


class SourcesFileError(SeedError):
    """``seeds/sources.yml`` is malformed or has an entry we cannot use."""
