"""index/fetch.py: fetches that go only where they should, within a total deadline and a size
cap (issue 24). Every server here is local (tests/local_site.py); the limits are small."""

from __future__ import annotations

import socket
import time

import pytest
from click.testing import CliRunner

from index import FetchFailed, Limits, fetch
from index.fetch import redirect_refusal
from local_site import Answer, LocalSite, redirect
from verifier.cli import main

PAGE = b"<html><body><main><h1>Report</h1><p>1.1 We found a council in difficulty.</p></main>" \
       b"</body></html>"
SMALL = Limits(deadline_s=1.0, max_bytes=1000)


@pytest.fixture
def ftp_listener():
    """A socket listening where an ftp:// redirect points: it must never be connected to."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.setblocking(False)
    yield listener
    listener.close()


def _accepted(listener) -> bool:
    try:
        connection, _ = listener.accept()
    except BlockingIOError:
        return False
    connection.close()
    return True


@pytest.mark.parametrize("routes, path, final", [
    pytest.param({"/page": Answer(PAGE)}, "/page", "/page", id="plain-page"),
    pytest.param({"/old": redirect("/page", 301), "/page": Answer(PAGE)}, "/old", "/page",
                 id="same-host-redirect-relative"),
    pytest.param({"/a": redirect("/b", 307), "/b": redirect("/page?x=1", 308),
                  "/page": Answer(PAGE)}, "/a", "/page?x=1", id="two-hops-same-host"),
    pytest.param({"/page": Answer(PAGE, length=False)}, "/page", "/page",
                 id="no-content-length-ends-with-connection"),
])
def test_fetches_that_arrive(routes, path, final):
    with LocalSite(routes) as site:
        fetched = fetch(site.url(path), SMALL)
    assert fetched.data == PAGE
    assert fetched.url == site.url(final)
    assert fetched.content_type == "text/html"


def _cross_host(site):
    return {"/page": redirect(site.url("/page", host="localhost"))}


def _loop(site):
    return {"/a": redirect("/b"), "/b": redirect(site.url("/a"))}


def _chain(site):
    return {f"/{n}": redirect(f"/{n + 1}") for n in range(10)}


@pytest.mark.parametrize("routes, path, problem", [
    pytest.param(_cross_host, "/page", "redirected to another host (http://localhost:",
                 id="redirect-to-another-host"),
    pytest.param(lambda s: {"/page": redirect("file:///etc/passwd")}, "/page",
                 "redirected to file:///etc/passwd; only http and https", id="redirect-to-file"),
    pytest.param(_loop, "/a", "the server redirects in a loop (back to http://127.0.0.1:",
                 id="redirect-loop"),
    pytest.param(_chain, "/0", "more than 5 redirects", id="too-many-redirects"),
    pytest.param(lambda s: {"/page": Answer(status=302)}, "/page",
                 "a redirect) without saying where", id="redirect-nowhere"),
    pytest.param(lambda s: {}, "/missing", "the server answered 404 Not Found", id="not-found"),
    pytest.param(lambda s: {"/page": Answer(b"x" * 5000)}, "/page",
                 "the answer is larger than 1,000 bytes", id="over-the-cap-by-its-length"),
    pytest.param(lambda s: {"/page": Answer(b"x" * 5000, length=False)}, "/page",
                 "the answer is larger than 1,000 bytes", id="over-the-cap-without-a-length"),
    pytest.param(lambda s: {"/page": Answer(PAGE[:200], drip_s=0.02)}, "/page",
                 "no complete answer within 1 s", id="drip-body"),
    pytest.param(lambda s: {"/page": Answer(PAGE, drip_headers_s=0.03)}, "/page",
                 "no complete answer within 1 s", id="drip-headers"),
])
def test_fetches_refused_in_one_line(routes, path, problem):
    with LocalSite({}) as site:
        site.routes.update(routes(site))
        url = site.url(path)
        started = time.monotonic()
        with pytest.raises(FetchFailed) as caught:
            fetch(url, SMALL)
        elapsed = time.monotonic() - started
    message = caught.value.message
    assert message.startswith(f"{url}: ") and problem in message, message
    assert "\n" not in message
    # The deadline is for the whole fetch: a drip is cut at it, not at each read's timeout.
    assert elapsed < SMALL.deadline_s + 1.5


def test_a_redirect_to_ftp_is_refused_without_connecting(ftp_listener):
    port = ftp_listener.getsockname()[1]
    with LocalSite({"/page": redirect(f"ftp://127.0.0.1:{port}/report.pdf")}) as site:
        with pytest.raises(FetchFailed) as caught:
            fetch(site.url("/page"), SMALL)
    assert f"redirected to ftp://127.0.0.1:{port}/report.pdf; only http and https" in \
        caught.value.message
    assert not _accepted(ftp_listener)


@pytest.mark.parametrize("url, problem", [
    pytest.param("ftp://127.0.0.1:21/report.pdf", "only http and https addresses can be fetched",
                 id="ftp"),
    pytest.param("file:///etc/passwd", "only http and https addresses can be fetched", id="file"),
    pytest.param("http:///report", "no host in the address", id="no-host"),
])
def test_addresses_never_fetched(url, problem):
    with pytest.raises(FetchFailed) as caught:
        fetch(url, SMALL)
    assert caught.value.message == f"{url}: {problem}"


@pytest.mark.parametrize("status, transient", [
    pytest.param(500, True, id="500-try-again"),
    pytest.param(503, True, id="503-try-again"),
    pytest.param(429, True, id="429-try-again"),
    pytest.param(404, False, id="404-final"),
    pytest.param(403, False, id="403-final"),
])
def test_error_statuses_say_whether_to_try_again(status, transient):
    with LocalSite({"/x": Answer(b"no", status=status)}) as site:
        with pytest.raises(FetchFailed) as caught:
            fetch(site.url("/x"), SMALL)
    assert (caught.value.status, caught.value.transient) == (status, transient)


@pytest.mark.parametrize("source, target, allowed", [
    ("http://www.gov.uk/a", "http://www.gov.uk/b", True),
    ("http://www.gov.uk/a", "https://www.gov.uk/a", True),          # the usual upgrade
    ("http://WWW.gov.uk/a", "https://www.GOV.uk/a", True),          # host names ignore case
    ("https://www.gov.uk:443/a", "https://www.gov.uk/b", True),     # the default port, spelt
    ("https://www.gov.uk/a", "http://www.gov.uk/a", False),         # a downgrade
    ("https://www.gov.uk/a", "https://evil.example/a", False),
    ("https://www.gov.uk/a", "https://gov.uk/a", False),            # another host, if close
    ("https://www.gov.uk/a", "https://www.gov.uk:8443/a", False),   # another port
    ("https://www.gov.uk/a", "ftp://www.gov.uk/a", False),
    ("https://www.gov.uk/a", "javascript:alert(1)", False),
])
def test_redirect_rule(source, target, allowed):
    assert (redirect_refusal(source, target) is None) == allowed


# ---- `index add URL` goes through the same module ----------------------------------------

def _add(url, index_dir, env=None):
    return CliRunner().invoke(main, ["index", "add", url, "--index", str(index_dir)], env=env)


@pytest.mark.parametrize("routes, env, problem", [
    pytest.param(_cross_host, {}, "redirected to another host", id="cross-host"),
    pytest.param(_loop, {}, "redirects in a loop", id="loop"),
    pytest.param(lambda s: {"/page": Answer(PAGE, drip_s=0.05)}, {"VERIFIER_FETCH_TIMEOUT": "1"},
                 "no complete answer within 1 s", id="drip-with-the-deadline-set"),
    pytest.param(lambda s: {"/page": Answer(PAGE * 20000)}, {"VERIFIER_FETCH_MAX_MB": "1"},
                 "larger than 1 MB", id="over-a-cap-set-in-the-environment"),
    pytest.param(lambda s: {"/page": Answer(PAGE)}, {"VERIFIER_FETCH_TIMEOUT": "soon"},
                 "VERIFIER_FETCH_TIMEOUT=soon: not a positive number", id="bad-setting"),
])
def test_index_add_url_refuses_in_one_line_and_writes_nothing(tmp_path, routes, env, problem):
    with LocalSite({}) as site:
        site.routes.update(routes(site))
        url = site.url("/page" if "/page" in site.routes else "/a")
        result = _add(url, tmp_path / "idx", env)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and problem in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "idx").exists()


def test_a_proxy_named_by_the_environment_is_asked_for_the_whole_address(monkeypatch):
    """An office behind a proxy: `http_proxy` is honoured (urllib did), the rules still hold."""
    address = "http://democracy.council.invalid/page"
    with LocalSite({address: Answer(PAGE),
                    "http://democracy.council.invalid/away": redirect("http://elsewhere.invalid/")
                    }) as proxy:
        monkeypatch.setenv("http_proxy", proxy.url())
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.delenv("NO_PROXY", raising=False)
        assert fetch(address, SMALL).data == PAGE
        with pytest.raises(FetchFailed) as caught:
            fetch("http://democracy.council.invalid/away", SMALL)
        monkeypatch.setenv("no_proxy", "council.invalid")
        with pytest.raises(FetchFailed) as unproxied:
            fetch(address, SMALL)     # now asked directly: no such host
    assert proxy.requests == [address, "http://democracy.council.invalid/away"]
    assert "redirected to another host (http://elsewhere.invalid/)" in caught.value.message
    assert "could not be fetched" in unproxied.value.message
