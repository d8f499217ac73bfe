"""The one exception tree of index/. Only the edges (CLI, web) turn these into messages."""


class SourceError(Exception):
    """Root of every error index/ raises on purpose."""

    exit_code = 2

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class UnreadableSource(SourceError):
    """A source that cannot be read: missing, of no known format, an address that does not answer."""


class UnreadablePDF(UnreadableSource):
    """A file that is not a readable PDF: missing, not a PDF, corrupt, encrypted, empty, or scanned."""


class IndexUnavailable(SourceError):
    """The index directory is missing, unreadable or unwritable, or holds no such document."""


class ModelMismatch(SourceError):
    """An index built with one embedding model searched with another."""


class ModelUnavailable(SourceError):
    """The embedding model cannot be loaded from the path given."""


class IndexDamaged(SourceError):
    """A file of the index (its database or a document's vectors) is truncated or corrupt."""


class IndexWriteFailed(SourceError):
    """The index could not be written (disk full, an input/output error); it was left as it was."""
