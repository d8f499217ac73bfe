"""The web edge through Flask's test client: every page, every API route, every error.

The index is a report the test draws (two pages, paragraphs 3.1-4.50) plus a one-page letter,
added once per session with the real bundled model. Response bodies are validated against
the schemas of web/openapi.json.
"""

import csv
import io
import json
import re
import shutil
import time

import jsonschema
import pytest

from conftest import EXAMPLES
from index import add_pdf, open_index
from pdfs import PageSpec, make_pdf
from verifier.judging.check import check_motion
from verifier.reading.motions import motion_from_text
from verifier.rendering.report import to_json
from web import create_app
from web.api import OPENAPI
from verifier.rendering.marks import Segment, mark_words, suggestion

pytestmark = pytest.mark.model

REPORT_TITLE = "Best Value Inspection of the Borough of Fenmarsh"
REPORT_PAGES = [
    PageSpec([
        "3 Culture",
        "3.1 The inspection team spoke to 84 officers and 23 councillors over six weeks. The",
        "council's culture was described to us as cautious and inward-looking.",
        "3.2 The lack of trust between councillors, officers and partners is deeply concerning",
        "and is not conducive to good governance and decision-making.",
        "3.3 Staff told us that they did not feel able to raise concerns, and that managers",
        "rarely acted on the concerns that were raised.",
        "4 Leadership",
        "4.1 Many good managers had left the organisation as a result of 'speaking truth to",
        "power'.",
    ]),
    [
        "4.2 Some appointments were considered inappropriate by staff, who spoke of a 'friends",
        "and family culture' in parts of the organisation.",
        "4.5 The council has not yet published a credible improvement plan.",
        "4.50 We recommend that the council publishes an improvement plan within three months.",
    ],
]
LETTER_PAGES = [[
    "Dear Chief Executive,",
    "The Inspectors found insufficient evidence that the organisation is open and transparent,",
    "and values the constructive criticism required to drive improvement.",
    "Yours sincerely,",
]]

# One quotation of each kind the results page draws differently.
MOTION = (
    "This Council notes:\n"
    "- “The lack of trust between councillors, officers and partners is very concerning and is "
    "not conducive to good decision-making.” (Section 3.5)\n"
    "- “Many good managers had left the organisation as a result of ‘speaking truth to "
    "power’.” (para 4.1)\n"
    "- “The council is a beacon of excellence in every service it provides.” (Section 4.5)\n"
    "- <script>alert(1)</script> “published a credible improvement plan” (4.50)\n"
)


@pytest.fixture(scope="session")
def web_index(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("web")
    report = make_pdf(root / "fenmarsh-report.pdf", REPORT_PAGES, header=REPORT_TITLE)
    letter = make_pdf(root / "letter.pdf", LETTER_PAGES, header=None)
    add_pdf(root / "index", report, title=REPORT_TITLE, aliases=("BVI report",))
    add_pdf(root / "index", letter, title="Letter from the Secretary of State, 12 November 2024",
            aliases=("Letter from SoS to CEX 12/11/24",))
    return root / "index"


@pytest.fixture
def app(web_index, tmp_path):
    index_dir = tmp_path / "index"
    shutil.copytree(web_index, index_dir)       # tests that add sources get their own copy
    app = create_app(index_dir, state_dir=tmp_path / "state", sample_motion="Sample “motion”.",
                     max_upload_bytes=1024 * 1024)
    yield app
    app.extensions["verifier_jobs"].wait()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture(scope="session")
def spec():
    return json.loads(OPENAPI.read_text(encoding="utf-8"))


def csrf(client) -> str:
    page = client.get("/").get_data(as_text=True)
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def assert_schema(spec, body, name):
    """Validate `body` against components/schemas/`name` of the OpenAPI description."""
    schema = {"$ref": f"#/components/schemas/{name}", "components": spec["components"]}
    jsonschema.validate(body, schema, cls=jsonschema.Draft202012Validator)


def assert_documented(spec, path, method, status, body):
    """The response is one the description lists for that route, and matches its schema."""
    responses = spec["paths"][path][method]["responses"]
    assert str(status) in responses, f"{method.upper()} {path} {status} is not documented"
    schema = responses[str(status)]["content"]["application/json"]["schema"]
    jsonschema.validate(body, {**schema, "components": spec["components"]},
                        cls=jsonschema.Draft202012Validator)


def pdf_bytes(tmp_path, pages, name="doc.pdf") -> bytes:
    return make_pdf(tmp_path / name, pages).read_bytes()


def docx_bytes(text: str) -> bytes:
    import docx

    document = docx.Document()
    for line in text.split("\n"):
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ---- marks: the words shown with <ins>/<del> -----------------------------------------------

MARK_CASES = [
    pytest.param("is very concerning", "is deeply concerning",
                 [("same", "is"), ("ins", "very"), ("same", "concerning")],
                 [("same", "is"), ("del", "deeply"), ("same", "concerning")], id="word-changed"),
    pytest.param("good decision-making", "good governance and decision-making",
                 [("same", "good"), ("same", "decision-making")],
                 [("same", "good"), ("del", "governance and"), ("same", "decision-making")],
                 id="words-left-out"),
    pytest.param("‘speaking truth to power’.", "'speaking truth to power'.",
                 [("same", "‘speaking truth to power’.")],
                 [("same", "'speaking truth to power'.")], id="curly-quotes-are-not-a-change"),
    pytest.param("Officers, and partners", "officers and partners",
                 [("same", "Officers, and partners")], [("same", "officers and partners")],
                 id="case-and-comma-are-not-a-change"),
    pytest.param("a beacon of excellence in every service", "the improvement plan is late",
                 [("same", "a beacon of excellence in every service")],
                 [("same", "the improvement plan is late")], id="paraphrase-left-unmarked"),
]


@pytest.mark.parametrize("quote, source, motion_marks, source_marks", MARK_CASES)
def test_mark_words(quote, source, motion_marks, source_marks):
    motion, found = mark_words(quote, source)
    assert motion == tuple(Segment(k, t) for k, t in motion_marks)
    assert found == tuple(Segment(k, t) for k, t in source_marks)


SUGGESTION_CASES = [
    pytest.param({"verdict": "verbatim", "citation": "correct",
                  "found": {"text": "x", "section": "3.2", "title": "R", "page": 1}}, None,
                 id="nothing-to-correct"),
    pytest.param({"verdict": "minor", "citation": "correct",
                  "found": {"text": "x y", "section": "5.35", "title": "R", "page": 1}}, None,
                 id="marked-omission-is-fine"),
    pytest.param({"verdict": "minor", "citation": "missing",
                  "found": {"text": "x y", "section": "5.35", "title": "R", "page": 1}},
                 "“x y” (Section 5.35)", id="minor-but-uncited"),
    pytest.param({"verdict": "verbatim", "citation": "wrong",
                  "found": {"text": "the words", "section": "3.2", "title": "R", "page": 1}},
                 "“the words” (Section 3.2)", id="wrong-citation"),
    pytest.param({"verdict": "misquote", "citation": "correct",
                  "found": {"text": "the\nwords", "section": None, "title": "Letter", "page": 2}},
                 "“the words” (Letter, p. 2)", id="unnumbered-source"),
    pytest.param({"verdict": "not_found", "citation": "unverifiable", "found": None}, None,
                 id="not-found"),
]


@pytest.mark.parametrize("quote, expected", SUGGESTION_CASES)
def test_suggestion(quote, expected):
    assert suggestion(quote) == expected


# ---- pages ----------------------------------------------------------------------------------

def test_check_form_lists_documents_checked_and_starts_empty(client):
    page = client.get("/").get_data(as_text=True)
    assert page.count('type="checkbox" name="sources"') == 2
    assert page.count(" checked>") == 2
    assert REPORT_TITLE in page
    # empty, with a button that fills it (issue 25: a long sample had to be deleted first)
    assert re.search(r'<textarea id="text"[^>]*></textarea>', page)
    assert "Sample “motion”." not in page
    assert '<label for="text">' in page and '<label for="file">' in page


def test_the_sample_button_fills_the_form_without_javascript(client):
    page = client.get("/").get_data(as_text=True)
    form = re.search(r'<form method="get" action="/"[^>]*>(.*?)</form>', page, re.S).group(1)
    button = re.search(r'<button type="submit" name="(\w+)" value="(\w+)"[^>]*>([^<]+)</button>',
                       form)
    assert button.group(3) == "Try the sample motion"
    filled = client.get(f"/?{button.group(1)}={button.group(2)}").get_data(as_text=True)
    assert re.search(r'<textarea id="text"[^>]*>Sample “motion”.</textarea>', filled)
    assert filled.count(" checked>") == 2


def test_without_a_sample_there_is_no_sample_button(web_index, tmp_path):
    app = create_app(web_index, state_dir=tmp_path / "state")
    page = app.test_client().get("/?sample=1").get_data(as_text=True)
    assert "Try the sample motion" not in page
    assert re.search(r'<textarea id="text"[^>]*></textarea>', page)


def test_check_form_posts_to_results_page(client):
    response = client.post("/check", data={"csrf_token": csrf(client), "text": MOTION,
                                           "sources": ["fenmarsh-report", "letter"]})
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    # summary first, then one card per quotation in motion order
    assert page.index("4 quotations") < page.index('id="q1"')
    assert page.count('class="card ') == 4
    order = [page.index(f'id="q{n}"') for n in range(1, 5)]
    assert order == sorted(order)
    # verdict and citation badges carry words, not only colours
    assert "Misquoted" in page and "Citation wrong" in page and "Not found" in page
    # the changed and missing words are marked in the motion's and the source's words
    assert "<ins>very</ins>" in page
    assert "<del>deeply</del>" in page and "<del>governance and</del>" in page
    assert 'href="/sources/fenmarsh-report/3.2">paragraph 3.2</a>' in page
    assert "Suggested correction" in page
    assert "(Section 3.2)" in page
    assert "<script>alert" not in page
    for fmt in ("json", "csv", "html"):
        assert f"/report.{fmt}" in page


def test_results_downloads(client, spec):
    response = client.post("/check", data={"csrf_token": csrf(client), "text": MOTION,
                                           "sources": ["fenmarsh-report"]})
    base = response.headers["Location"]
    as_json = client.get(base + "/report.json")
    assert as_json.status_code == 200 and as_json.mimetype == "application/json"
    assert "attachment" in as_json.headers["Content-Disposition"]
    assert_schema(spec, as_json.get_json(), "CheckReport")
    assert [q["verdict"] for q in as_json.get_json()["quotes"]] == \
        ["misquote", "verbatim", "not_found", "verbatim"]
    as_csv = client.get(base + "/report.csv")
    assert as_csv.headers["Content-Type"] == "text/csv; charset=utf-8"      # one charset
    assert client.get(base + "/report.html").headers["Content-Type"] == \
        "text/html; charset=utf-8"
    assert as_csv.mimetype == "text/csv" and as_csv.get_data(as_text=True).startswith("kind,n,text,")
    as_html = client.get(base + "/report.html").get_data(as_text=True)
    assert as_html.startswith("<!doctype html>") and "<script" not in as_html


UPLOAD_CASES = [
    pytest.param("motion.txt", lambda tmp: MOTION.encode("utf-8"), id="utf8-text"),
    pytest.param("motion.txt", lambda tmp: MOTION.replace("<script>alert(1)</script>", "")
                 .encode("cp1252", "replace"), id="windows-1252-text"),
    pytest.param("motion.html", lambda tmp: ("<html><body><p>" + MOTION.replace("<", "&lt;")
                                             .replace("\n", "</p><p>") + "</p></body></html>")
                 .encode("utf-8"), id="html-page"),
    pytest.param("motion.docx", lambda tmp: docx_bytes(MOTION), id="word-docx"),
    pytest.param("Motion (final).PDF", lambda tmp: pdf_bytes(tmp, [
        ["“The lack of trust between councillors, officers and partners is very concerning",
         "and is not conducive to good decision-making.” (Section 3.5)"]]), id="pdf"),
    pytest.param("motion.txt", lambda tmp: docx_bytes(MOTION), id="docx-named-txt"),
]


@pytest.mark.parametrize("name, make", UPLOAD_CASES)
def test_upload_motion_each_type(client, tmp_path, name, make):
    data = make(tmp_path)
    response = client.post("/api/check", data={"file": (io.BytesIO(data), name)},
                           content_type="multipart/form-data")
    assert response.status_code == 200, response.get_json()
    body = response.get_json()
    assert body["motion"]["path"] == name                  # the client's name, not a temp path
    assert body["quotes"][0]["verdict"] == "misquote"
    assert body["quotes"][0]["found"]["section"] == "3.2"


def test_form_upload_wins_over_text(client):
    response = client.post("/check", data={
        "csrf_token": csrf(client), "text": "nothing quoted here", "sources": ["fenmarsh-report"],
        "file": (io.BytesIO(MOTION.encode()), "motion.txt")}, content_type="multipart/form-data")
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "<code>motion.txt</code>" in page and page.count('class="card ') == 4


def test_sources_page_lists_documents(client):
    page = client.get("/sources").get_data(as_text=True)
    assert REPORT_TITLE in page and "also: BVI report" in page
    assert '<td class="num">2</td>' in page                # pages
    assert re.search(r"<time datetime=\"\d{4}-\d\d-\d\dT", page)


def test_add_source_by_form_runs_in_background(client, app, tmp_path):
    data = pdf_bytes(tmp_path, [["Annual Governance Statement", "1.1 The council met twice.",
                                 "1.2 The audit committee met four times."]])
    response = client.post("/sources", data={"csrf_token": csrf(client), "title": "",
                                             "aliases": "AGS; governance statement",
                                             "file": (io.BytesIO(data), "../../AGS 2024.pdf")},
                           content_type="multipart/form-data")
    assert response.status_code == 303
    job_id = re.search(r"job=([0-9a-f]+)", response.headers["Location"]).group(1)
    app.extensions["verifier_jobs"].wait()
    status = client.get(f"/api/jobs/{job_id}").get_json()
    assert status["state"] == "done" and status["document"]["id"] == "ags-2024"
    assert status["document"]["aliases"] == ["AGS", "governance statement"]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Added" in page and "Annual Governance Statement" in page
    # kept under a generated folder in the upload dir, never under the client's path
    saved = list((app.config["UPLOAD_DIR"]).glob("*/*.pdf"))
    assert [p.name for p in saved] == ["ags-2024.pdf"]


def test_add_source_by_form_reports_a_bad_pdf(client, app):
    response = client.post("/sources", data={
        "csrf_token": csrf(client), "file": (io.BytesIO(b"%PDF-1.4\nnot really"), "bad.pdf")},
        content_type="multipart/form-data")
    app.extensions["verifier_jobs"].wait()
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Could not add bad.pdf" in page
    assert str(app.config["UPLOAD_DIR"]) not in page


def test_document_and_paragraph_viewer(client):
    page = client.get("/sources/fenmarsh-report").get_data(as_text=True)
    assert 'href="/sources/fenmarsh-report/4.50"' in page
    page = client.get("/sources/fenmarsh-report/4.5").get_data(as_text=True)
    assert "<h1>Paragraph 4.5</h1>" in page
    assert "credible improvement plan" in page
    assert 'href="/sources/fenmarsh-report/4.2"' in page      # before
    assert 'href="/sources/fenmarsh-report/4.50"' in page     # after
    assert "p. 2" in page


# ---- API ------------------------------------------------------------------------------------

def test_api_check_is_exactly_the_report_json(client, app, spec):
    response = client.post("/api/check", json={"text": MOTION})
    assert response.status_code == 200
    expected = to_json(check_motion(motion_from_text(MOTION, "pasted text"),
                                    open_index(app.config["INDEX_DIR"])))
    # the same but for when each was checked (a second apart, perhaps)
    assert {**response.get_json(), "checked_at": None} == {**expected, "checked_at": None}
    assert list(response.get_json()) == list(expected)       # same key order
    assert_documented(spec, "/api/check", "post", 200, response.get_json())


def test_api_check_named_sources(client):
    body = client.post("/api/check", json={"text": MOTION, "sources": ["letter"]}).get_json()
    assert [s["id"] for s in body["sources"]] == ["letter"]


def test_api_sources(client, spec):
    body = client.get("/api/sources").get_json()
    assert_documented(spec, "/api/sources", "get", 200, body)
    assert [d["id"] for d in body["sources"]] == ["fenmarsh-report", "letter"]
    assert all("file" not in d for d in body["sources"])      # no server paths
    one = client.get("/api/sources/letter").get_json()
    assert_documented(spec, "/api/sources/{id}", "get", 200, one)


def test_api_paragraph(client, spec):
    body = client.get("/api/sources/fenmarsh-report/paragraphs/4.50").get_json()
    assert_documented(spec, "/api/sources/{id}/paragraphs/{section}", "get", 200, body)
    assert body["section"] == "4.50" and body["first_page"] == 2
    assert body["previous"]["section"] == "4.5" and body["next"] is None


def test_api_add_source(client, tmp_path, spec):
    data = pdf_bytes(tmp_path, [["Peer Review of Fenmarsh", "2.1 The peer team visited in May."]])
    response = client.post("/api/sources", data={
        "file": (io.BytesIO(data), "peer-review.pdf"), "title": "LGA peer review",
        "alias": ["peer review", "LGA"]}, content_type="multipart/form-data")
    assert response.status_code == 201
    assert_documented(spec, "/api/sources", "post", 201, response.get_json())
    assert response.get_json()["title"] == "LGA peer review"
    assert response.get_json()["aliases"] == ["peer review", "LGA"]
    assert "peer-review" in [d["id"] for d in client.get("/api/sources").get_json()["sources"]]
    again = client.post("/api/sources", data={"file": (io.BytesIO(data), "peer-review.pdf")},
                        content_type="multipart/form-data")
    assert again.status_code == 200
    assert_documented(spec, "/api/sources", "post", 200, again.get_json())


@pytest.mark.parametrize("name", ["report-govuk.html", "report.docx"])
def test_api_a_report_may_be_added_as_an_html_page_or_a_docx(client, name):
    data = (EXAMPLES / name).read_bytes()
    response = client.post("/api/sources", data={"file": (io.BytesIO(data), name)},
                           content_type="multipart/form-data")
    assert response.status_code == 201, response.get_json()
    doc_id = response.get_json()["id"]
    motion = ("“Trust between the key groups on which good governance depends has broken "
              "down.” (para 3.4)")
    body = client.post("/api/check", json={"text": motion, "sources": [doc_id]}).get_json()
    (quote,) = body["quotes"]
    assert (quote["verdict"], quote["citation"], quote["found"]["section"]) == \
        ("verbatim", "correct", "3.4")


def test_api_remove_source(client, tmp_path, spec):
    data = pdf_bytes(tmp_path, [["Peer Review of Fenmarsh", "2.1 The peer team visited in May."]])
    client.post("/api/sources", data={"file": (io.BytesIO(data), "peer-review.pdf")},
                content_type="multipart/form-data")
    motion = "“The peer team visited in May.” (para 2.1)"
    assert client.post("/api/check", json={"text": motion}).get_json()["quotes"][0][
        "verdict"] == "verbatim"
    response = client.delete("/api/sources/peer-review")
    assert response.status_code == 200
    assert_documented(spec, "/api/sources/{id}", "delete", 200, response.get_json())
    assert response.get_json()["removed"]["id"] == "peer-review"
    assert client.get("/api/sources/peer-review").status_code == 404
    assert client.post("/api/check", json={"text": motion}).get_json()["quotes"][0][
        "verdict"] == "not_found"
    again = client.delete("/api/sources/peer-review")
    assert again.status_code == 404
    assert_documented(spec, "/api/sources/{id}", "delete", 404, again.get_json())


def test_remove_source_by_form(client):
    page = client.get("/sources").get_data(as_text=True)
    assert 'href="/sources/letter/remove"' in page and "<form" not in page.split("<h2>")[0], \
        "a link to a page that asks first, not a button that removes at once"
    confirm = client.get("/sources/letter/remove").get_data(as_text=True)
    assert "Remove this source?" in confirm and 'action="/sources/letter/remove"' in confirm
    refused = client.post("/sources/letter/remove", data={"csrf_token": "forged"})
    assert refused.status_code == 400 and client.get("/api/sources/letter").status_code == 200
    response = client.post("/sources/letter/remove", data={"csrf_token": csrf(client)})
    assert response.status_code == 303
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Removed:" in page and 'href="/sources/letter/remove"' not in page
    assert "Removed:</strong> Letter" not in client.get("/sources").get_data(as_text=True), \
        "said once, after the removal"
    assert [d["id"] for d in client.get("/api/sources").get_json()["sources"]] == \
        ["fenmarsh-report"]


@pytest.mark.parametrize("query", [
    "removed=Call+0800+123456+to+restore+your+documents",
    "removed=%3Cb%3Eyour+index+was+deleted%3C%2Fb%3E",
])
def test_the_removal_banner_never_echoes_the_address(client, query):
    """Issue 24: the banner named whatever `?removed=` said. It names what this session
    removed, from the server's signed session cookie, or nothing."""
    page = client.get("/sources?" + query).get_data(as_text=True)
    assert "Removed:" not in page and "0800" not in page and "deleted" not in page


CLASHING_REPORT = [["Best Value Inspection of the Borough of Westmarsh",
                    "3.1 Westmarsh is a different council whose report has the same file name."]]


@pytest.mark.parametrize("form, status, new_id, note", [
    pytest.param({}, 201, "fenmarsh-report-2",
                 "the id fenmarsh-report was taken by another document, so this one was added as "
                 "fenmarsh-report-2 (send replace=true to replace it instead)", id="new-id"),
    pytest.param({"replace": "true"}, 201, "fenmarsh-report", None, id="replace"),
])
def test_api_a_taken_id_is_never_silently_replaced(client, tmp_path, spec, form, status, new_id,
                                                   note):
    before = client.get("/api/sources/fenmarsh-report").get_json()
    data = pdf_bytes(tmp_path, CLASHING_REPORT)
    response = client.post("/api/sources", data={
        "file": (io.BytesIO(data), "fenmarsh-report.pdf"), **form},
        content_type="multipart/form-data")
    assert response.status_code == status, response.get_json()
    body = response.get_json()
    assert_documented(spec, "/api/sources", "post", status, body)
    assert body["id"] == new_id and body["notes"] == ([note] if note else [])
    ids = [d["id"] for d in client.get("/api/sources").get_json()["sources"]]
    if note:
        assert ids == ["fenmarsh-report", "fenmarsh-report-2", "letter"]
        assert client.get("/api/sources/fenmarsh-report").get_json() == before
    else:
        assert ids == ["fenmarsh-report", "letter"]
        assert client.get("/api/sources/fenmarsh-report").get_json()["sha256"] != before["sha256"]


def test_api_a_document_without_numbered_paragraphs_warns(client, tmp_path):
    data = pdf_bytes(tmp_path, [["Dear Chief Executive,", "Thank you for your letter of 3 May.",
                                 "Yours sincerely,"]])
    body = client.post("/api/sources", data={"file": (io.BytesIO(data), "reply.pdf")},
                       content_type="multipart/form-data").get_json()
    assert body["notes"] == ["no numbered paragraphs were found in it (fine for a letter; in a "
                             "report, citations of paragraph numbers cannot be checked against "
                             "it)"]


@pytest.mark.parametrize("replace, new_id", [(None, "fenmarsh-report-2"),
                                             ("on", "fenmarsh-report")])
def test_form_a_taken_id_is_never_silently_replaced(client, app, tmp_path, replace, new_id):
    data = pdf_bytes(tmp_path, CLASHING_REPORT)
    form = {"csrf_token": csrf(client), "file": (io.BytesIO(data), "fenmarsh-report.pdf")}
    if replace:
        form["replace"] = replace
    response = client.post("/sources", data=form, content_type="multipart/form-data")
    app.extensions["verifier_jobs"].wait()
    job_id = re.search(r"job=([0-9a-f]+)", response.headers["Location"]).group(1)
    status = client.get(f"/api/jobs/{job_id}").get_json()
    assert status["state"] == "done" and status["document"]["id"] == new_id
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    clash = "Note: the id fenmarsh-report was taken by another document"
    assert (clash in page) == (replace is None)
    titles = [d.title for d in open_index(app.config["INDEX_DIR"]).documents()]
    assert (REPORT_TITLE in titles) == (replace is None)


def test_api_check_with_damaged_vectors_is_a_500_that_says_so(client, app):
    (vectors,) = app.config["INDEX_DIR"].glob("fenmarsh-report-*.faiss")
    vectors.write_bytes(vectors.read_bytes()[:100])
    invented = "“The council is a beacon of excellence in every service it provides.” (4.5)"
    response = client.post("/api/check", json={"text": invented})
    assert response.status_code == 500
    message = response.get_json()["error"]
    assert "vectors of document fenmarsh-report are damaged" in message
    assert "verifier index remove fenmarsh-report" in message
    assert str(app.config["INDEX_DIR"]) not in message
    assert not re.search(r"RuntimeError|faiss::|Traceback", message)


def test_api_add_source_on_a_full_disk_is_507_and_leaves_no_stray_file(client, app, tmp_path,
                                                                       monkeypatch):
    import errno

    import index.store

    def no_space(fd):       # where a full disk shows itself on filesystems that allocate late
        raise OSError(errno.ENOSPC, "No space left on device")

    index_dir = app.config["INDEX_DIR"]
    def files():        # the upload folder is the web edge's to tidy, not the index's
        return sorted(p.name for p in index_dir.iterdir() if p.name != "uploads")

    before = files()
    data = pdf_bytes(tmp_path, [["Peer Review of Fenmarsh", "2.1 The peer team visited."]])
    monkeypatch.setattr(index.store.os, "fsync", no_space)
    response = client.post("/api/sources", data={"file": (io.BytesIO(data), "peer.pdf")},
                           content_type="multipart/form-data")
    monkeypatch.undo()
    assert response.status_code == 507
    assert response.get_json() == {"error": "cannot write the index: disk full (no space left "
                                            "on the device); it was left as it was"}
    assert files() == before


def test_api_check_of_a_damaged_docx_is_422_in_plain_words(client):
    import zipfile

    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>unclosed")
    response = client.post("/api/check", data={"file": (io.BytesIO(data.getvalue()),
                                                         "motion.docx")},
                           content_type="multipart/form-data")
    assert response.status_code == 422
    message = response.get_json()["error"]
    assert "damaged Word document" in message
    assert not re.search(r"[A-Z][a-z]+Error|KeyError|Traceback", message)


def test_api_openapi_describes_every_route(client, app, spec):
    served = client.get("/api/openapi.json").get_json()
    assert served == spec and served["openapi"].startswith("3.1")
    routes = {re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule).replace("{doc_id}", "{id}")
              .replace("{job_id}", "{id}")
              for rule in app.url_map.iter_rules() if rule.rule.startswith("/api/")}
    assert routes == set(spec["paths"])
    jsonschema.Draft202012Validator.check_schema(
        {"$defs": spec["components"]["schemas"]})


# ---- errors: every one a 4xx with a message, JSON on the API, a page on the site ------------

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64

API_ERRORS = [
    pytest.param("post", "/api/check", {"data": "{not json", "content_type": "application/json"},
                 400, "not valid JSON", id="bad-json"),
    pytest.param("post", "/api/check", {"data": "[1, 2]", "content_type": "application/json"},
                 400, "JSON object", id="json-not-an-object"),
    pytest.param("post", "/api/check", {"json": {}}, 400, "missing \"text\"", id="missing-text"),
    pytest.param("post", "/api/check", {"json": {"text": "  \n"}}, 400, "no motion",
                 id="blank-text"),
    pytest.param("post", "/api/check", {"json": {"text": 5}}, 400, "must be a string",
                 id="text-not-a-string"),
    pytest.param("post", "/api/check", {"json": {"text": "x", "sources": "letter"}}, 400,
                 "list of document ids", id="sources-not-a-list"),
    pytest.param("post", "/api/check", {"json": {"text": "“x” (3.1)", "sources": ["nope"]}},
                 422, "unknown source nope", id="unknown-source-id"),
    pytest.param("post", "/api/check", {"data": "text", "content_type": "text/plain"}, 415,
                 "application/json", id="wrong-content-type"),
    pytest.param("post", "/api/check", {"data": {"file": (io.BytesIO(PNG), "motion.txt")}},
                 415, "PNG image", id="image-named-txt"),
    pytest.param("post", "/api/check", {"data": {"file": (io.BytesIO(b"ab\x00\x01" * 50),
                                                          "motion.txt")}},
                 415, "binary data", id="binary-file"),
    pytest.param("post", "/api/check", {"data": {"file": (io.BytesIO(b"PK\x03\x04junk"),
                                                          "motion.docx")}},
                 415, "damaged zip", id="broken-zip"),
    pytest.param("post", "/api/check", {"data": {"file": (io.BytesIO(b" \n"), "motion.txt")}},
                 400, "empty", id="empty-file"),
    pytest.param("post", "/api/check", {"data": {"file": (io.BytesIO(b"%PDF-1.4 broken"),
                                                          "motion.pdf")}},
                 422, "motion.pdf: corrupt or truncated PDF", id="damaged-pdf-motion"),
    pytest.param("post", "/api/check", {"data": {"file": (io.BytesIO(b"x" * (1024 * 1024 + 1)),
                                                          "motion.txt")}},
                 413, "larger than the limit of 1 MB", id="too-large"),
    pytest.param("post", "/api/check", {"json": {"text": "w " * (1024 * 1024)}}, 413,
                 "larger than the limit", id="too-large-json"),
    pytest.param("get", "/api/sources/nope", {}, 404, "nope", id="unknown-source"),
    pytest.param("get", "/api/sources/nope/paragraphs/3.1", {}, 404, "nope",
                 id="paragraph-of-unknown-source"),
    pytest.param("get", "/api/sources/fenmarsh-report/paragraphs/4.6", {}, 404,
                 "no paragraph numbered 4.6", id="unknown-section"),
    pytest.param("get", "/api/jobs/0123456789abcdef", {}, 404, "no job", id="unknown-job"),
    pytest.param("post", "/api/sources", {"json": {"file": "x"}}, 415, "multipart",
                 id="add-source-not-multipart"),
    pytest.param("post", "/api/sources",
                 {"data": {"title": "x"}, "content_type": "multipart/form-data"}, 400,
                 "missing \"file\"",
                 id="add-source-no-file"),
    pytest.param("post", "/api/sources", {"data": {"file": (io.BytesIO(b"hello"), "r.pdf")}},
                 415, "not a PDF", id="add-source-text-named-pdf"),
    pytest.param("post", "/api/sources", {"data": {"file": (io.BytesIO(PNG), "r.pdf")}},
                 415, "PNG image", id="add-source-image"),
    pytest.param("post", "/api/sources", {"data": {"file": (io.BytesIO(b"%PDF-1.4 junk"),
                                                            "r.pdf")}},
                 422, "r.pdf", id="add-source-damaged-pdf"),
    pytest.param("get", "/api/nothing-here", {}, 404, "not found", id="unknown-route"),
    pytest.param("get", "/api/check", {}, 405, "not allowed", id="wrong-method"),
]


@pytest.mark.parametrize("method, url, kwargs, status, words", API_ERRORS)
def test_api_errors(client, spec, method, url, kwargs, status, words):
    response = getattr(client, method)(url, **kwargs)
    assert response.status_code == status
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert_schema(spec, body, "Error")
    assert words.lower() in body["error"].lower()
    assert "Traceback" not in body["error"] and "/tmp" not in body["error"]
    template = next((p for p in spec["paths"] if re.fullmatch(
        re.sub(r"\\{\w+\\}", "[^/]+", re.escape(p)), url)), None)
    if template and method in spec["paths"][template] and status != 405:
        assert_documented(spec, template, method, status, body)


def test_api_needs_no_csrf_token(client):
    assert client.post("/api/check", json={"text": MOTION}).status_code == 200


def form(client, **fields):
    return {"csrf_token": csrf(client), **fields}


PAGE_ERRORS = [
    pytest.param("post", "/check", lambda c: {"text": MOTION}, 400, "did not come from this site",
                 id="csrf-missing"),
    pytest.param("post", "/check", lambda c: {"text": MOTION, "csrf_token": "forged"}, 400,
                 "did not come from this site", id="csrf-wrong"),
    pytest.param("post", "/sources", lambda c: {"file": (io.BytesIO(b"%PDF-1.4"), "a.pdf")}, 400,
                 "did not come from this site", id="csrf-missing-on-upload"),
    pytest.param("post", "/check", lambda c: form(c, text=" ", sources=["letter"]), 400,
                 "no motion", id="no-motion"),
    pytest.param("post", "/check", lambda c: form(c, text=MOTION), 400, "choose at least one",
                 id="no-source-chosen"),
    pytest.param("post", "/check", lambda c: form(c, text=MOTION, sources=["nope"]), 422,
                 "unknown source nope", id="unknown-source"),
    pytest.param("post", "/check", lambda c: form(c, sources=["letter"],
                                                  file=(io.BytesIO(PNG), "motion.pdf")),
                 415, "PNG image", id="wrong-file-type"),
    pytest.param("post", "/check", lambda c: form(c, sources=["letter"], file=(
        io.BytesIO(b"y" * (1024 * 1024 + 1)), "motion.txt")), 413, "larger than the limit",
        id="too-large"),
    pytest.param("post", "/sources", lambda c: form(c, file=(io.BytesIO(b"plain"), "r.pdf")),
                 415, "not a PDF", id="add-source-not-pdf"),
    pytest.param("post", "/sources", lambda c: form(c, title="x"), 400, "choose a report file",
                 id="add-source-no-file"),
    pytest.param("get", "/results/0123456789abcdef01234567", None, 404, "no such report",
                 id="unknown-report"),
    pytest.param("get", "/results/..%2f..%2fetc", None, 404, "", id="report-id-path-trick"),
    pytest.param("get", "/results/0123456789abcdef01234567/report.pdf", None, 404,
                 "no such report", id="unknown-download"),
    pytest.param("get", "/sources/nope", None, 404, "nope", id="unknown-source-page"),
    pytest.param("get", "/sources/fenmarsh-report/9.9", None, 404, "no paragraph numbered 9.9",
                 id="unknown-paragraph-page"),
]


@pytest.mark.parametrize("method, url, make_data, status, words", PAGE_ERRORS)
def test_page_errors(client, method, url, make_data, status, words):
    kwargs = {}
    if make_data is not None:
        kwargs = {"data": make_data(client), "content_type": "multipart/form-data"}
    response = getattr(client, method)(url, **kwargs)
    assert response.status_code == status
    assert response.mimetype == "text/html"
    page = response.get_data(as_text=True)
    assert words in page
    assert 'role="alert"' in page and "Traceback" not in page


def test_unexpected_error_shows_no_trace(client, monkeypatch):
    import web.pages

    def broken():
        raise RuntimeError("secret internals at /srv/app.py line 3")

    monkeypatch.setattr(web.pages, "open_store", broken)
    response = client.get("/sources")
    assert response.status_code == 500
    page = response.get_data(as_text=True)
    assert "internal server error" in page and "secret internals" not in page


def test_output_is_escaped(client):
    motion = "The report said “<b>bold</b> & <img src=x onerror=alert(1)>” (Section 3.1)."
    response = client.post("/check", data=form(client, text=motion, sources=["fenmarsh-report"]))
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_the_results_page_says_what_reading_the_motion_repaired(client):
    motion = "The report said &quot;The lack of trust is deeply concerning&quot; (Section 3.2)."
    response = client.post("/check", data=form(client, text=motion, sources=["fenmarsh-report"]))
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "verifier decoded 2 HTML character references (&amp;quot;)." in page


def test_upload_limit_is_configurable(web_index, tmp_path):
    app = create_app(web_index, state_dir=tmp_path, max_upload_bytes=100)
    response = app.test_client().post("/api/check", data={
        "file": (io.BytesIO(b"z" * 200), "m.txt")}, content_type="multipart/form-data")
    assert response.status_code == 413
    assert response.get_json() == {"error": "the upload is larger than the limit of 0.00 MB"}
    assert create_app(web_index, state_dir=tmp_path).config["MAX_CONTENT_LENGTH"] == \
        50 * 1024 * 1024


# ---- serve ----------------------------------------------------------------------------------

def test_serve_help():
    from click.testing import CliRunner

    from verifier.cli.serve import serve

    result = CliRunner().invoke(serve, ["--help"])
    assert result.exit_code == 0
    for option in ("--index", "--host", "--port", "--workers", "--max-upload-mb"):
        assert option in result.output


def test_serve_refuses_an_unusable_index(tmp_path):
    from click.testing import CliRunner

    from verifier.cli.serve import serve

    (tmp_path / "file").write_text("x")
    result = CliRunner().invoke(serve, ["--index", str(tmp_path / "file" / "index")])
    assert result.exit_code == 2
    assert "error:" in result.output


def test_build_app_warms_the_model_and_serves(web_index, tmp_path):
    from verifier.cli.serve import ServerSettings, build_app

    settings = ServerSettings(index_dir=web_index, model_path=None, max_upload_bytes=1000,
                              samples=True, state_dir=tmp_path, secret_key="k" * 64)
    app = build_app(settings)
    assert app.config["MAX_CONTENT_LENGTH"] == 1000 and app.secret_key == "k" * 64
    assert "Nadia Quayle" in app.config["SAMPLE_MOTION"]    # examples/motion.txt
    assert app.test_client().get("/api/sources").status_code == 200


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_runs_gunicorn(web_index, tmp_path):
    """`verifier serve` in a subprocess: gunicorn gthread workers answer the API."""
    import subprocess
    import sys
    import time
    import urllib.error
    import urllib.request

    index_dir = tmp_path / "index"
    shutil.copytree(web_index, index_dir)
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-c", "from verifier.cli.serve import serve; serve()", "--index",
         str(index_dir), "--port", str(port), "--no-samples", "--threads", "2",
         "--allowed-host", "verifier.lan"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with urllib.request.urlopen(base + "/api/sources", timeout=60) as r:
                    sources = json.load(r)
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "server did not start"
                time.sleep(0.5)
        assert [d["id"] for d in sources["sources"]] == ["fenmarsh-report", "letter"]
        request = urllib.request.Request(base + "/api/check", method="POST",
                                         data=json.dumps({"text": MOTION}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=60) as r:
            assert json.load(r)["summary"]["quotes"] == 4
        for headers, status in [({"Host": "evil.example"}, 400),
                                ({"Host": "verifier.lan"}, 200),
                                ({"Origin": "https://evil.example"}, 403)]:
            request = urllib.request.Request(base + "/api/check", method="POST",
                                             data=json.dumps({"text": MOTION}).encode(),
                                             headers={"Content-Type": "application/json",
                                                      **headers})
            try:
                with urllib.request.urlopen(request, timeout=60) as r:
                    assert (r.status, headers) == (status, headers)
            except urllib.error.HTTPError as e:
                assert (e.code, headers) == (status, headers)
    finally:
        proc.terminate()
        output = proc.communicate(timeout=30)[0]
    assert "gthread" in output and "Traceback" not in output


# ---- nothing a stranger's page can change (issue 11) ----------------------------------------

def upload(name: str, data: bytes):
    return (io.BytesIO(data), name)


CROSS_SITE = [
    pytest.param("/api/check", lambda c: {"file": upload("m.txt", MOTION.encode())},
                 {"Origin": "https://evil.example"}, id="api-check-multipart-foreign-origin"),
    pytest.param("/api/sources", lambda c: {"file": upload("r.pdf", b"%PDF-1.4 x")},
                 {"Origin": "https://evil.example"}, id="api-sources-foreign-origin"),
    pytest.param("/api/check", lambda c: {"file": upload("m.txt", MOTION.encode())},
                 {"Origin": "null"}, id="api-check-sandboxed-origin-null"),
    pytest.param("/api/check", lambda c: {"file": upload("m.txt", MOTION.encode())},
                 {"Referer": "https://evil.example/page.html"}, id="api-check-foreign-referer"),
    pytest.param("/api/check", lambda c: {"file": upload("m.txt", MOTION.encode())},
                 {"Sec-Fetch-Site": "cross-site"}, id="api-check-sec-fetch-cross-site"),
    pytest.param("/api/check", lambda c: {"file": upload("m.txt", MOTION.encode())},
                 {"Origin": "http://localhost:9999"}, id="api-check-other-port"),
    pytest.param("/check", lambda c: form(c, text=MOTION, sources=["letter"]),
                 {"Origin": "https://evil.example"}, id="form-check-with-token-foreign-origin"),
    pytest.param("/sources", lambda c: form(c, file=upload("r.pdf", b"%PDF-1.4 x")),
                 {"Origin": "https://evil.example"}, id="form-add-source-foreign-origin"),
]


@pytest.mark.parametrize("url, make_data, headers", CROSS_SITE)
def test_cross_site_posts_are_refused(client, app, url, make_data, headers):
    before = sorted(p.name for p in (app.config["UPLOAD_DIR"]).glob("*/*")) \
        if app.config["UPLOAD_DIR"].exists() else []
    response = client.post(url, data=make_data(client), headers=headers,
                           content_type="multipart/form-data")
    assert response.status_code == 403
    body = response.get_data(as_text=True)
    assert "another site" in body or "came from" in body
    assert [d.id for d in open_index(app.config["INDEX_DIR"]).documents()] == \
        ["fenmarsh-report", "letter"]
    after = sorted(p.name for p in (app.config["UPLOAD_DIR"]).glob("*/*")) \
        if app.config["UPLOAD_DIR"].exists() else []
    assert after == before


SAME_SITE = [
    pytest.param({}, id="script-without-origin"),
    pytest.param({"Origin": "http://localhost"}, id="own-origin"),
    pytest.param({"Referer": "http://localhost/"}, id="own-referer"),
    pytest.param({"Sec-Fetch-Site": "same-origin", "Origin": "http://localhost"},
                 id="same-origin-fetch"),
]


@pytest.mark.parametrize("headers", SAME_SITE)
def test_same_site_and_script_posts_are_served(client, headers):
    response = client.post("/api/check", data={"file": upload("m.txt", MOTION.encode())},
                           headers=headers, content_type="multipart/form-data")
    assert response.status_code == 200
    assert len(response.get_json()["quotes"]) == 4


HOSTS = [
    pytest.param("evil.example", 400, id="rebinding-name"),
    pytest.param("evil.example:8000", 400, id="rebinding-name-with-port"),
    pytest.param("localhost:8000", 200, id="localhost"),
    pytest.param("127.0.0.1:8000", 200, id="loopback-ip"),
    pytest.param("[::1]:8000", 200, id="loopback-ipv6"),
]


@pytest.mark.parametrize("host, status", HOSTS)
def test_foreign_host_is_refused(client, host, status):
    for method, url, kwargs in [("get", "/", {}), ("get", "/api/sources", {}),
                                ("post", "/api/check", {"json": {"text": MOTION}})]:
        response = getattr(client, method)(url, headers={"Host": host}, **kwargs)
        assert response.status_code == status, (method, url)
        if status == 400:
            assert "does not answer to the host name" in response.get_data(as_text=True)


def test_allowed_hosts_are_the_ones_given(web_index, tmp_path):
    app = create_app(web_index, state_dir=tmp_path, allowed_hosts=("verifier.example.org",))
    client = app.test_client()
    assert client.get("/api/sources", headers={"Host": "verifier.example.org"}).status_code == 200
    assert client.get("/api/sources", headers={"Host": "localhost"}).status_code == 400
    anything = create_app(web_index, state_dir=tmp_path, allowed_hosts=("*",)).test_client()
    assert anything.get("/api/sources", headers={"Host": "any.example"}).status_code == 200


@pytest.mark.parametrize("host, allowed, expected", [
    pytest.param("127.0.0.1", (), ("localhost", "127.0.0.1", "::1"), id="loopback"),
    pytest.param("0.0.0.0", ("verifier.lan",), ("localhost", "127.0.0.1", "::1", "verifier.lan"),
                 id="every-interface-needs-names"),
    pytest.param("192.168.1.5", ("Verifier.LAN",),
                 ("localhost", "127.0.0.1", "::1", "192.168.1.5", "verifier.lan"),
                 id="lan-address"),
])
def test_serve_host_names(host, allowed, expected):
    from verifier.cli.serve import host_names

    assert host_names(host, allowed) == expected


@pytest.mark.parametrize("url", ["/", "/sources", "/api/sources", "/static/app.js",
                                 "/results/0123456789abcdef01234567"])
def test_security_headers(client, url):
    headers = client.get(url).headers
    csp = headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "same-origin"


def test_pages_have_no_inline_script(client):
    """The CSP forbids inline script: every script is a file, no on* handler, no javascript:."""
    response = client.post("/check", data=form(client, text=MOTION, sources=["fenmarsh-report"]))
    pages = [client.get(u).get_data(as_text=True) for u in
             ("/", "/sources", response.headers["Location"], "/results/nope")]
    for page in pages:
        assert re.findall(r"<script(?![^>]*\bsrc=)", page) == []
        assert re.search(r"\son[a-z]+\s*=", page) is None
        assert "javascript:" not in page and "style=" not in page


# ---- limits -----------------------------------------------------------------------------------

def invented_quotations(n: int, words: int = 6) -> str:
    return "\n".join(f"The council notes “invented finding number {i} of the report that "
                     + " ".join(["zzz"] * words) + f"” (Section 3.{i % 9 + 1})."
                     for i in range(n))


def test_a_200_kb_motion_of_2000_quotations_is_refused_at_once(client):
    motion = invented_quotations(2000)
    motion += " " * max(0, 200_000 - len(motion))
    response = client.post("/api/check", json={"text": motion})
    assert response.status_code == 413
    assert "the limit is 100,000" in response.get_json()["error"]


LIMITS = [
    pytest.param({"MAX_QUOTATIONS": 5}, lambda: {"json": {"text": invented_quotations(6)}}, 422,
                 "6 quotations; the limit is 5", id="quotations"),
    pytest.param({"MAX_MOTION_CHARS": 1000}, lambda: {"json": {"text": "x" * 1001}}, 413,
                 "1,001 characters long; the limit is 1,000", id="motion-chars-pasted"),
    pytest.param({"MAX_MOTION_CHARS": 1000}, lambda: {
        "data": {"file": upload("m.txt", ("“" + "y " * 600 + "” (3.1)").encode())},
        "content_type": "multipart/form-data"}, 413, "the limit is 1,000",
        id="motion-chars-uploaded"),
    pytest.param({"MAX_MOTION_PAGES": 2}, "pdf-of-3-pages", 413,
                 "the PDF has 3 pages; a motion of more than 2 pages", id="motion-pdf-pages"),
    pytest.param({"CHECK_SECONDS": 0}, lambda: {"json": {"text": MOTION}}, 422,
                 "ran out of time after 0 of 5 quotations", id="time-budget"),
]


@pytest.mark.parametrize("config, make, status, words", LIMITS)
def test_limits(web_index, tmp_path, spec, config, make, status, words):
    app = create_app(web_index, state_dir=tmp_path / "state", config=config)
    if make == "pdf-of-3-pages":
        data = pdf_bytes(tmp_path, [["“The council is cautious.” (3.1)"], ["two"], ["three"]])
        kwargs = {"data": {"file": upload("motion.pdf", data)},
                  "content_type": "multipart/form-data"}
    else:
        kwargs = make()
    response = app.test_client().post("/api/check", **kwargs)
    assert response.status_code == status
    assert words in response.get_json()["error"]
    assert_documented(spec, "/api/check", "post", status, response.get_json())


def test_limits_hold_on_the_form_too(web_index, tmp_path):
    app = create_app(web_index, state_dir=tmp_path / "state", config={"MAX_QUOTATIONS": 2})
    client = app.test_client()
    response = client.post("/check", data=form(client, text=MOTION, sources=["letter"]))
    assert response.status_code == 422
    assert "5 quotations; the limit is 2" in response.get_data(as_text=True)


# ---- bad files --------------------------------------------------------------------------------

def damaged_docx(kind: str) -> bytes:
    import zipfile

    good = docx_bytes(MOTION)
    if kind == "truncated":
        return good[:len(good) // 2]
    source, out = zipfile.ZipFile(io.BytesIO(good)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name in source.namelist():
            if kind == "no-content-types" and name == "[Content_Types].xml":
                continue
            data = source.read(name)
            if name == "word/document.xml":
                data = {"bad-xml": b"<w:document", "not-a-document": b"<?xml version='1.0'?><a/>"
                        }.get(kind, data)
            z.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize("kind", ["no-content-types", "bad-xml", "not-a-document", "truncated"])
@pytest.mark.parametrize("url", ["/api/check", "/check"])
def test_a_damaged_docx_is_a_plain_4xx(client, kind, url):
    data = {"file": upload("motion.docx", damaged_docx(kind)), "sources": ["letter"]}
    if url == "/check":
        data = form(client, **data)
    response = client.post(url, data=data, content_type="multipart/form-data")
    assert 400 <= response.status_code < 500
    text = response.get_data(as_text=True)
    assert "motion.docx" in text and "damaged" in text
    assert not re.search(r"\b\w+(Error|Exception)\b", text)
    assert "/tmp" not in text


def uploads_left(app) -> list[str]:
    folder = app.config["UPLOAD_DIR"]
    return sorted(str(p.relative_to(folder)) for p in folder.glob("*/*")) if folder.exists() else []


def test_uploads_the_index_did_not_keep_are_deleted(client, app, tmp_path):
    bad = client.post("/api/sources", data={"file": upload("broken.pdf", b"%PDF-1.4\nnot a pdf")},
                      content_type="multipart/form-data")
    assert bad.status_code == 422 and uploads_left(app) == []
    letter = open_index(app.config["INDEX_DIR"]).document("letter")
    again = client.post("/api/sources", data={"file": upload("copy.pdf", open(letter.file, "rb")
                                                             .read())},
                        content_type="multipart/form-data")
    assert again.status_code == 200 and uploads_left(app) == []     # a duplicate
    client.post("/sources", data=form(client, file=upload("junk.pdf", b"%PDF-1.4\njunk")),
                content_type="multipart/form-data")
    app.extensions["verifier_jobs"].wait()
    assert uploads_left(app) == []


def test_uploads_no_document_uses_are_deleted_once_old(client, app, tmp_path):
    import os

    from web.uploads import UNUSED_UPLOAD_SECONDS, forget_unused_uploads

    added = client.post("/api/sources", data={"file": upload("Peer Review.pdf", pdf_bytes(
        tmp_path, [["2.1 The peer team spent four days on site in May 2024."]]))},
        content_type="multipart/form-data")
    assert added.status_code == 201
    root = app.config["UPLOAD_DIR"]
    (kept,) = uploads_left(app)
    removed, new = root / "0011223344556677", root / "8899aabbccddeeff"
    for folder in (removed, new):
        folder.mkdir(parents=True)
        (folder / "removed.pdf").write_bytes(b"%PDF-1.4")
    stale = time.time() - UNUSED_UPLOAD_SECONDS - 10
    for folder in (removed, root / kept.split("/")[0]):
        os.utime(folder, (stale, stale))
    forget_unused_uploads(root, open_index(app.config["INDEX_DIR"]).documents())
    assert uploads_left(app) == sorted([kept, "8899aabbccddeeff/removed.pdf"])


# ---- CSV a spreadsheet will not run -----------------------------------------------------------

@pytest.mark.parametrize("cell, expected", [
    pytest.param("=HYPERLINK(\"http://evil.example\")", "'=HYPERLINK(\"http://evil.example\")",
                 id="equals"),
    pytest.param("+1+1", "'+1+1", id="plus"),
    pytest.param("-2+3", "'-2+3", id="minus"),
    pytest.param("@SUM(A1)", "'@SUM(A1)", id="at"),
    pytest.param("\t=1", "'\t=1", id="tab"),
    pytest.param("\r=1", "'\r=1", id="carriage-return"),
    pytest.param("The council = the members", "The council = the members", id="inside-is-fine"),
    pytest.param(3, 3, id="number"),
])
def test_spreadsheet_safe(cell, expected):
    from verifier.rendering.report import spreadsheet_safe

    assert spreadsheet_safe(cell) == expected


def test_csv_download_escapes_formulas(client):
    motion = "The motion says “=1+1 is what the council was cautious about” (3.1)."
    response = client.post("/check", data=form(client, text=motion, sources=["fenmarsh-report"]))
    rows = list(csv.DictReader(io.StringIO(
        client.get(response.headers["Location"] + "/report.csv").get_data(as_text=True))))
    assert rows[0]["text"] == "'=1+1 is what the council was cautious about"
    assert all(not v.startswith(("=", "+", "-", "@")) for row in rows for v in row.values())


# ---- results a reader triages at a glance (issue 11) -----------------------------------------

def results_page(client, sources=("fenmarsh-report",), query="") -> str:
    response = client.post("/check", data=form(client, text=MOTION, sources=list(sources)))
    return client.get(response.headers["Location"] + query).get_data(as_text=True)


def cards_of(page: str) -> list[tuple[str, str]]:
    """(number, tone) of each card, in page order."""
    return [(n, t) for t, n in re.findall(r'<li class="card tone-(\w+) [^"]*" id="q(\w+)"', page)]


def test_a_card_takes_the_worse_of_its_verdict_and_its_citation(client):
    # 1 misquoted + wrong citation, 2 verbatim + correct, 3 not found + unverifiable,
    # 4 verbatim but cited 4.50 for words in 4.5: not fine
    assert cards_of(results_page(client)) == [("1", "bad"), ("2", "good"), ("3", "bad"),
                                              ("4", "bad")]


def test_summary_badges_include_unverifiable_and_filter_the_cards(client):
    page = results_page(client)
    links = dict(re.findall(r'data-filter="(\w+)" href="([^"]+)"', page))
    assert set(links) == {"verbatim", "misquote", "not_found", "citation_wrong",
                          "citation_unverifiable"}
    base = re.search(r'href="(/results/\w+)/report.json"', page).group(1)
    for key, shown in [("citation_wrong", ["1", "4"]), ("citation_unverifiable", ["3"]),
                       ("verbatim", ["2", "4"])]:
        filtered = client.get(links[key].replace("&amp;", "&")).get_data(as_text=True)
        assert [n for n, _ in cards_of(filtered)] == shown
        assert f"Showing {len(shown)} of 4 quotations" in filtered
    assert cards_of(client.get(base + "?show=nonsense").get_data(as_text=True)) == \
        cards_of(page)


def test_problems_first(client):
    page = results_page(client, query="?order=problems")
    assert [n for n, _ in cards_of(page)] == ["1", "3", "4", "2"]
    assert "<strong>problems first</strong>" in page


def test_added_and_changed_words_are_wrong_not_fine(client):
    page = results_page(client)
    card = page[page.index('id="q1"'):page.index('id="q2"')]
    assert "<ins>very</ins>" in card and "<del>deeply</del>" in card
    assert "changed <del>deeply</del> to <ins>very</ins>" in card
    css = client.get("/static/style.css").get_data(as_text=True)
    ins = re.search(r"^ins \{([^}]*)\}", css, re.M).group(1)
    deleted = re.search(r"^del \{([^}]*)\}", css, re.M).group(1)
    assert "var(--wrong-bg)" in ins and "var(--missing-bg)" in deleted
    assert "good" not in ins + deleted


def test_the_page_names_its_sources_and_warns_when_most_are_not_found(client):
    page = results_page(client, sources=("letter",))
    assert "Letter from the Secretary of State, 12 November 2024" in page
    assert "4 of 4 quotations were not found: are these the reports the motion quotes? " \
           "Sources used: Letter from the Secretary of State" in page
    assert page.index("Sources used") < page.index('id="q1"')
    assert "are these the reports" not in results_page(client)


# ---------------------------------------------------------------- Word and ClaimReview (issue 26)

@pytest.mark.parametrize("upload", [
    pytest.param(None, id="pasted-text-gives-a-new-document"),
    pytest.param(("motion.docx", docx_bytes), id="a-word-motion-comes-back-with-comments"),
])
def test_results_offer_word_and_claimreview(client, upload):
    import docx

    fields = {"sources": ["fenmarsh-report"]}
    if upload is None:
        fields["text"] = MOTION
    else:
        fields["file"] = (io.BytesIO(upload[1](MOTION)), upload[0])
    response = client.post("/check", data=form(client, **fields),
                           content_type="multipart/form-data")
    base = response.headers["Location"]
    page = client.get(base).get_data(as_text=True)
    assert f"{base}/report.docx" in page and f"{base}/report.claimreview" in page
    as_word = client.get(base + "/report.docx")
    assert as_word.status_code == 200 and "attachment" in as_word.headers["Content-Disposition"]
    document = docx.Document(io.BytesIO(as_word.data))
    comments = [c.text for c in document.comments]
    assert comments[-1].startswith("Checked by verifier. 4 quotations")
    assert [c.split(":")[0] for c in comments[:-1]] == ["Quotation 1", "Quotation 3", "Quotation 4"]
    assert "Many good managers" not in " ".join(comments[:-1])     # verbatim, cited right
    reviews = client.get(base + "/report.claimreview", query_string={
        "publisher": "Fenmarsh Fact Check", "publisher_url": "https://facts.example.org/"})
    assert reviews.status_code == 200 and reviews.mimetype == "application/ld+json"
    data = json.loads(reviews.data)
    assert [r["reviewRating"]["alternateName"] for r in data] == ["Misquoted", "Not found",
                                                                 "Citation wrong"]
    assert {r["author"]["name"] for r in data} == {"Fenmarsh Fact Check"}


@pytest.mark.parametrize("query, words", [
    pytest.param({}, "a ClaimReview names who publishes it", id="no-publisher"),
    pytest.param({"publisher": "Org", "publisher_url": "javascript:alert(1)"},
                 "not a web address", id="not-a-web-address"),
])
def test_claimreview_download_needs_a_publisher(client, query, words):
    response = client.post("/check", data=form(client, text=MOTION, sources=["fenmarsh-report"]))
    answer = client.get(response.headers["Location"] + "/report.claimreview", query_string=query)
    assert answer.status_code == 400 and words in answer.get_data(as_text=True)


@pytest.mark.parametrize("data, kind", [
    pytest.param(b"<!DOCTYPE html><html><body><p>3.1 Text.</p></body></html>", "html",
                 id="html5"),
    pytest.param(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD '
                 b'XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
                 b'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>3.1 Text.</p></body>'
                 b'</html>', "html", id="xhtml-with-its-xml-declaration"),
    pytest.param(b'<?xml version="1.0"?><note>not a page</note>', "text", id="other-xml"),
    pytest.param(b"The council notes \xe2\x80\x9cthe words\xe2\x80\x9d (3.1).", "text",
                 id="plain-text"),
])
def test_sniff(data, kind):
    from web.uploads import sniff

    assert sniff(data) == kind
