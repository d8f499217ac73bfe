"""The Flask app: configuration, what a stranger's page may not do, and errors turned into 4xx
pages or JSON.

    create_app(index_dir) → Flask app with the pages (web/pages.py) and the API (web/api.py)

Nothing a stranger's page can change (issue 11):
- a request whose Host is not one the server was started for is refused (400): a page on
  evil.example whose name the attacker points at 127.0.0.1 (DNS rebinding) reaches nothing;
- every state-changing request (POST, PUT, PATCH, DELETE: the forms, /api/check,
  /api/sources) that a browser marks as coming from another site is refused (403): its
  Origin (or, without one, its Referer) must name this server's own host, and
  Sec-Fetch-Site must not be "cross-site". A request with neither Origin nor Referer is a
  program's (curl, a script): browsers send Origin with every cross-site POST, so scripts on
  the same machine keep using the JSON API without a token. The forms also carry a CSRF token;
- every response says Content-Security-Policy (scripts only from /static, no inline script,
  frame-ancestors 'none'), X-Content-Type-Options: nosniff and Referrer-Policy.

No stack trace ever reaches a client: library errors become their message and a 4xx status,
anything else a plain 500 (logged with its traceback on the server).
"""

from __future__ import annotations

import hmac
import logging
import secrets
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from flask import Flask, current_app, jsonify, render_template, request, session
from werkzeug.exceptions import HTTPException

from web.errors import LIBRARY_ERRORS, WebError, status_of
from web.jobs import SourceJobs

DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024
# A pasted motion travels as a form field, which Flask caps at 500 kB by default.
MAX_FORM_FIELD_BYTES = 10 * 1024 * 1024
CSRF_FIELD = "csrf_token"
# The names a server on a loopback address answers to (`verifier serve --host 127.0.0.1`).
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1")
STATE_CHANGING = ("POST", "PUT", "PATCH", "DELETE")
SECURITY_HEADERS = {
    # Scripts, styles and fonts only from this server; no inline script, no plugins, no
    # framing (clickjacking), forms post only here. The favicon is a data: URL.
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; "
                               "form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",              # frame-ancestors for browsers without CSP 2
    # Our own pages get the Referer the cross-site check reads; other sites get nothing.
    "Referrer-Policy": "same-origin",
}
# Limits on one check (issue 11: a 200 KB motion with 2,000 invented quotations held a worker
# for 60 s). The Tower Hamlets motion is 4,000 characters with 17 quotations on 1 page, and the
# sample motion's 24 quotations took 3.7 s on a loaded 2-core machine; these leave room for the
# longest real motions and amendments while bounding a request's work. Measured: the 200 KB
# motion is refused at once (413), a 99 KB one with 1,403 quotations in 0.23 s (422), and 200
# quotations made of the report's own vocabulary (about 1 s each) stop at the time budget.
MAX_MOTION_CHARS = 100_000          # about 15,000 words: 413 beyond
MAX_MOTION_PAGES = 50               # a motion PDF's pages: 413 beyond
MAX_QUOTATIONS = 200                # 422 beyond: an agenda pack is a batch job
CHECK_SECONDS = 30                  # 422 when a check runs past it (gunicorn's timeout is 300)

log = logging.getLogger(__name__)


def create_app(index_dir: str | Path, *, model_path: str | None = None,
               max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
               state_dir: str | Path | None = None, upload_dir: str | Path | None = None,
               secret_key: str | None = None, sample_motion: str = "",
               allowed_hosts: tuple[str, ...] = LOCAL_HOSTS, samples_job: str | None = None,
               config: dict | None = None) -> Flask:
    """The web app over the index in `index_dir`.

    Args:
        state_dir: where stored reports and job statuses go; every server worker must share
            it (default: a new temporary directory).
        upload_dir: where uploaded source PDFs are kept (default: `<index_dir>/uploads`).
        secret_key: signs the session cookie that holds the CSRF token; workers must share
            it (default: a random one).
        sample_motion: text the check form starts with.
        allowed_hosts: the host names (without port) requests may be addressed to; "*" for any
            (behind a proxy that checks Host itself).
        samples_job: the id of the job (web/jobs.py) adding the sample sources, if one runs:
            until it ends, checks answer 503 with Retry-After and the form says why.
        config: overrides, e.g. the limits MAX_MOTION_CHARS, MAX_MOTION_PAGES, MAX_QUOTATIONS,
            CHECK_SECONDS.
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
        SAMPLES_JOB=samples_job,
        ALLOWED_HOSTS=tuple(h.lower().strip("[]") for h in allowed_hosts),
        MAX_MOTION_CHARS=MAX_MOTION_CHARS,
        MAX_MOTION_PAGES=MAX_MOTION_PAGES,
        MAX_QUOTATIONS=MAX_QUOTATIONS,
        CHECK_SECONDS=CHECK_SECONDS,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        JSON_SORT_KEYS=False,
    )
    app.config.update(config or {})
    app.json.sort_keys = False
    app.extensions["verifier_jobs"] = SourceJobs(app.config["STATE_DIR"], index_dir, model_path,
                                                 app.config["UPLOAD_DIR"])

    from web.api import api
    from web.pages import pages

    from verifier.rendering.report import page_count
    app.add_template_filter(page_count, "page_count")
    app.register_blueprint(pages)
    app.register_blueprint(api, url_prefix="/api")
    app.before_request(_check_host)
    app.before_request(_check_same_site)
    app.before_request(_check_csrf)
    app.before_request(_wait_for_samples)
    app.after_request(_add_security_headers)
    app.context_processor(lambda: {"csrf_token": csrf_token,
                                   "max_upload_mb": _megabytes(app.config["MAX_CONTENT_LENGTH"])})
    _register_error_handlers(app)
    return app


# ---- strangers ---------------------------------------------------------------------------------

def host_name(host: str) -> str:
    """"Example.org:8000" → "example.org", "[::1]:8000" → "::1"."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:].split("]", 1)[0]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _check_host():
    """Refuse a request addressed to a name the server was not started for (DNS rebinding)."""
    allowed = current_app.config["ALLOWED_HOSTS"]
    if "*" in allowed:
        return None
    name = host_name(request.host)
    if name not in allowed:
        raise WebError(400, f"this server does not answer to the host name {name!r}; "
                            "start it with `verifier serve --allowed-host NAME` to allow it")
    return None


def _check_same_site():
    """Refuse a state-changing request that a browser says comes from another site."""
    if request.method not in STATE_CHANGING:
        return None
    if request.headers.get("Sec-Fetch-Site", "").lower() == "cross-site":
        raise _cross_site("another site")
    origin = request.headers.get("Origin")
    if origin is not None:
        if _origin_host(origin) != request.host.lower():
            raise _cross_site(origin)
        return None
    referer = request.headers.get("Referer")
    if referer and _origin_host(referer) != request.host.lower():
        raise _cross_site(_origin_host(referer) or "another page")
    return None


def _origin_host(url: str) -> str:
    """The host:port an Origin or Referer names ("" for "null" or anything unparsable)."""
    try:
        return urlsplit(url.strip()).netloc.lower()
    except ValueError:
        return ""


def _cross_site(where: str) -> WebError:
    return WebError(403, f"refused: the request came from {where}, not from this server's own "
                         "pages; use the form on this site (scripts: send no Origin header)")


def _add_security_headers(response):
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response


# ---- CSRF ------------------------------------------------------------------------------------

def csrf_token() -> str:
    """This session's CSRF token, made on first use and kept in the signed session cookie."""
    if CSRF_FIELD not in session:
        session[CSRF_FIELD] = secrets.token_urlsafe(32)
    return session[CSRF_FIELD]


def _check_csrf():
    """Refuse a form POST whose token does not match the session's (the JSON API has none:
    it takes no cookies, and _check_same_site refuses what a browser sends it from elsewhere)."""
    if request.method != "POST" or _is_api():
        return None
    sent = request.form.get(CSRF_FIELD, "")
    expected = session.get(CSRF_FIELD, "")
    if not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
        raise WebError(400, "The form has expired or did not come from this site. "
                            "Reload the page and try again.")
    return None


# ---- a new server's samples (issue 25) ----------------------------------------------------------

# Checks answer 503 while the sample sources are being added; a client tries again after this.
SAMPLES_RETRY_AFTER_SECONDS = 10
CHECKS = ("/check", "/api/check")


def _wait_for_samples():
    """Refuse a check while the samples are being indexed: it would be checked against half an
    index, or none."""
    if request.method != "POST" or request.path not in CHECKS:
        return None
    if not current_app.extensions["verifier_jobs"].pending(current_app.config["SAMPLES_JOB"]):
        return None
    response = _error_response(503, "the sample report and letter are still being indexed; "
                                    f"try again in {SAMPLES_RETRY_AFTER_SECONDS} s")
    response = current_app.make_response(response)
    response.headers["Retry-After"] = str(SAMPLES_RETRY_AFTER_SECONDS)
    return response


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

