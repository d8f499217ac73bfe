"""The one exception tree of verifier/. Only the edges (CLI, web) turn these into messages."""


class VerifierError(Exception):
    """Root of every error verifier/ raises on purpose."""

    exit_code = 2

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class UnreadableMotion(VerifierError):
    """A motion file that is missing, empty, of an unsupported type, or in an undetectable encoding."""


class NoSources(VerifierError):
    """Nothing to check against: the index is empty or a named source is not in it."""


class OverLimit(VerifierError):
    """A motion past a limit the caller set: too many quotations, too long, or out of time."""


class ServiceError(VerifierError):
    """A council web service that is not there, is switched off, or answers nonsense."""
