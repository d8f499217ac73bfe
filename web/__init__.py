"""The web edge: a form for fact-checkers and a JSON API over verifier/ and index/.

    from web import create_app
    app = create_app("path/to/index")
"""

from web.app import create_app

__all__ = ["create_app"]
