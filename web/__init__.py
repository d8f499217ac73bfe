"""The web edge: a form for fact-checkers and a JSON API over verifier/ and index/.

    from web import create_app
    app = create_app("path/to/index")
"""

__all__ = ["create_app"]


def __getattr__(name: str):
    # Imported on first use, so the buffering front (`python -m web.front`, asyncio and h11
    # alone) and the command line's start-up do not load Flask, the index and the model code.
    if name == "create_app":
        from web.app import create_app
        return create_app
    raise AttributeError(f"module 'web' has no attribute {name!r}")
