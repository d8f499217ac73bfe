"""How the library's exceptions (and the web's own) become HTTP statuses.

web/ is an edge: it is the one place besides the CLI where these are caught.
"""

from __future__ import annotations

import index
from verifier import errors as verifier_errors


class WebError(Exception):
    """A request the web edge refuses itself: bad JSON, a missing field, a wrong file type."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


# Most specific first: the first class an exception is an instance of gives the status.
STATUS_BY_ERROR = (
    (index.IndexUnavailable, 404),        # no such document or paragraph
    (index.UnreadablePDF, 422),
    (index.ModelMismatch, 409),           # the index was built with another model
    (index.ModelUnavailable, 503),        # the server's model: not the client's fault
    (index.SourceError, 422),
    (verifier_errors.UnreadableMotion, 422),
    (verifier_errors.NoSources, 422),
    (verifier_errors.OverLimit, 422),     # out of time: the reason is in the message
    (verifier_errors.VerifierError, 422),
)

LIBRARY_ERRORS = (index.SourceError, verifier_errors.VerifierError)


def status_of(error: Exception) -> int:
    """The HTTP status for a WebError or a library error."""
    if isinstance(error, WebError):
        return error.status
    for cls, status in STATUS_BY_ERROR:
        if isinstance(error, cls):
            return status
    return 500
