"""The Flask app: configuration, CSRF for the forms, and errors turned into 4xx pages or JSON.

    create_app(index_dir) → Flask app with the pages (web/pages.py) and the API (web/api.py)

No stack trace ever reaches a client: library errors become their message and a 4xx status,
anything else a plain 500 (logged with its traceback on the server).
"""

from __future__ import annotations

import hmac
import logging
import secrets
import tempfile
from pathlib import Path

from flask import Flask, current_app, jsonify, render_template, request, session
from werkzeug.exceptions import HTTPException

from web.errors import LIBRARY_ERRORS, WebError, status_of
from web.jobs import SourceJobs

DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024
# A pasted motion travels as a form field, which Flask caps at 500 kB by default.
MAX_FORM_FIELD_BYTES = 10 * 1024 * 1024
CSRF_FIELD = "csrf_token"

log = logging.getLogger(__name__)


def create_app(index_dir: str | Path, *, model_path: str | None = None,
               max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
               state_dir: str | Path | None = None, upload_dir: str | Path | None = None,
               secret_key: str | None = None, sample_motion: str = "",
               config: dict | None = None) -> Flask:
    """The web app over the index in `index_dir`.

    Args:
        state_dir: where stored reports and job statuses go; every server worker must share
            it (default: a new temporary directory).
        upload_dir: where uploaded source PDFs are kept (default: `<index_dir>/uploads`).
        secret_key: signs the session cookie that holds the CSRF token; workers must share
            it (default: a random one).
        sample_motion: text the check form starts with.
    """
    app = Flask(__name__)
    index_dir = Path(index_dir).expanduser()
    app.config.update(
        INDEX_DIR=index_dir,
        MODEL_PATH=model_path,
        MAX_CONTENT_LENGTH=max_upload_bytes,
        MAX_FORM_MEMORY_SIZE=MAX_FORM_FIELD_BYTES,
        STATE_DIR=Path(state_dir) if state_dir else Path(tempfile.mkdtemp(prefix="verifier-web-")),
        UPLOAD_DIR=Path(upload_dir) if upload_dir else index_dir / "uploads",
        SECRET_KEY=secret_key or secrets.token_hex(32),
        SAMPLE_MOTION=sample_motion,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        JSON_SORT_KEYS=False,
    )
    app.config.update(config or {})
    app.json.sort_keys = False
    app.extensions["verifier_jobs"] = SourceJobs(app.config["STATE_DIR"], index_dir, model_path)

    from web.api import api
    from web.pages import pages

    app.register_blueprint(pages)
    app.register_blueprint(api, url_prefix="/api")
    app.before_request(_check_csrf)
    app.context_processor(lambda: {"csrf_token": csrf_token,
                                   "max_upload_mb": _megabytes(app.config["MAX_CONTENT_LENGTH"])})
    _register_error_handlers(app)
    return app


# ---- CSRF ------------------------------------------------------------------------------------

def csrf_token() -> str:
    """This session's CSRF token, made on first use and kept in the signed session cookie."""
    if CSRF_FIELD not in session:
        session[CSRF_FIELD] = secrets.token_urlsafe(32)
    return session[CSRF_FIELD]


def _check_csrf():
    """Refuse a form POST whose token does not match the session's (the JSON API has none:
    it takes no cookies, so a forged cross-site request gains nothing)."""
    if request.method != "POST" or _is_api():
        return None
    sent = request.form.get(CSRF_FIELD, "")
    expected = session.get(CSRF_FIELD, "")
    if not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
        raise WebError(400, "The form has expired or did not come from this site. "
                            "Reload the page and try again.")
    return None


# ---- errors ----------------------------------------------------------------------------------

def _is_api() -> bool:
    return request.path == "/api" or request.path.startswith("/api/")


def _error_response(status: int, message: str):
    if _is_api():
        return jsonify({"error": message}), status
    return render_template("error.html", status=status, message=message), status


def _register_error_handlers(app: Flask) -> None:
    @app.errorhandler(WebError)
    def web_error(e: WebError):
        return _error_response(e.status, e.message)

    def library_error(e):
        return _error_response(status_of(e), _without_paths(e.message))

    for cls in LIBRARY_ERRORS:
        app.register_error_handler(cls, library_error)

    @app.errorhandler(413)
    def too_large(e):
        limit = _megabytes(app.config["MAX_CONTENT_LENGTH"])
        return _error_response(413, f"the upload is larger than the limit of {limit} MB")

    @app.errorhandler(HTTPException)
    def http_error(e: HTTPException):
        return _error_response(e.code or 500, e.description or e.name)

    @app.errorhandler(Exception)
    def internal_error(e: Exception):      # the edge: log it, tell the client nothing more
        log.exception("unhandled error on %s %s", request.method, request.path)
        return _error_response(500, "internal server error")


def _without_paths(message: str) -> str:
    """A library message without the server's index directory in it."""
    folder = str(current_app.config["INDEX_DIR"])
    message = message.replace(folder + ": ", "").replace(" " + folder, "")
    return message.replace(folder, "the index")


def _megabytes(n: int | None) -> str:
    if not n:
        return "unlimited"
    mb = n / (1024 * 1024)
    return f"{mb:g}" if mb >= 1 else f"{mb:.2f}"

