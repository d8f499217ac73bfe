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


class FetchFailed(UnreadableSource):
    """An address not fetched: no answer, an error status, past its deadline or size cap, or a
    redirect to another host, another scheme or in a loop (index/fetch.py)."""

    def __init__(self, message: str, status: int | None = None, transient: bool = False):
        super().__init__(message)
        self.status = status          # the HTTP status the server answered, if it answered
        self.transient = transient    # worth trying again later: a timeout, a 5xx, a reset


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
