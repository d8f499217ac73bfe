"""The web's words and details (issue 25): one vocabulary with the reports, claims counted with
the quotations, the Remove button, sources told apart, and what a report says about itself."""

import csv
import html
import io
import re
from importlib.metadata import version

import pytest

from test_web import (MOTION as QUOTES, REPORT_TITLE, app, assert_schema, client, csrf,  # noqa: F401
                      docx_bytes, spec, web_index)
from verifier.rendering.vocabulary import CITATION_WORDS, CLAIM_WORDS, VERDICT_WORDS

pytestmark = pytest.mark.model

# The four quotations of test_web (misquoted + citation wrong, verbatim, not found, verbatim +
# citation wrong) and three claims: supported, not supported (a problem), unverifiable.
MOTION = QUOTES + (
    "- The inspection team spoke to more than 80 officers and 23 councillors (para 3.1).\n"
    "- Paragraph 4.5 confirms that the council has published a credible improvement plan.\n"
    "- Paragraph 4.9 praises the council’s complaints handling.\n"
)


def checked(client, query="", sources=("fenmarsh-report", "letter")) -> tuple[str, str]:
    """(the results page, its address) for MOTION."""
    response = client.post("/check", data={"csrf_token": csrf(client), "text": MOTION,
                                           "sources": list(sources)})
    base = response.headers["Location"]
    return client.get(base + query).get_data(as_text=True), base


def summary_of(page: str) -> str:
    return html.unescape(re.search(r'<p class="summary-line"><strong>(.*?)</strong>', page,
                                   re.S).group(1))


def badges_of(page: str) -> dict[str, str]:
    """{filter key: "2 misquoted"} of the summary's badges."""
    return {key: f"{n} {words}" for key, n, words in re.findall(
        r'data-filter="(\w+)" href="[^"]+"[^>]*><span class="num">(\d+)</span> ([^<]+)</a>', page)}


def test_the_summary_and_its_badges_say_the_same_words(client):
    page, _ = checked(client)
    summary, badges = summary_of(page), badges_of(page)
    assert summary.startswith("4 quotations: 2 verbatim, 1 misquoted, 1 not found; ")
    assert "2 citations wrong" in summary and "claims without quotation marks: " in summary
    assert badges["misquote"] == "1 misquoted" and badges["citation_wrong"] == "2 citations wrong"
    for key, badge in badges.items():
        assert badge in summary, f"badge {badge!r} ({key}) is not in the summary {summary!r}"
    # claims are counted and have badges of their own
    assert {"claims_supported", "claims_not_supported", "claims_unverifiable"} <= set(badges)
    assert '<span class="num">7</span> all' in page


def test_cards_use_the_labels_of_the_vocabulary(client):
    page, base = checked(client)
    card = page[page.index('id="q1"'):page.index('id="q2"')]
    assert f'>{VERDICT_WORDS["misquote"].label}</span>' in card
    assert f'>{CITATION_WORDS["wrong"].label}</span>' in card
    assert f'>{CLAIM_WORDS["not_supported"].label}</span>' in page
    report = client.get(base + "/report.html").get_data(as_text=True)
    # the HTML report: the same labels, in the same capitalisation, and the same summary
    assert f'v-misquote">{VERDICT_WORDS["misquote"].label}</span>' in report
    assert f'c-wrong">{CITATION_WORDS["wrong"].label}</span>' in report
    assert f'k-not_supported">{CLAIM_WORDS["not_supported"].label}</span>' in report
    assert html.escape(summary_of(page), quote=False) in report


def test_a_claim_badge_shows_only_its_claims(client):
    page, base = checked(client, "?show=claims_not_supported")
    assert re.findall(r'id="([qc]\d+)"', page) == ["c2"]
    assert "Showing 1 of 7 quotations and claims: Not supported (claims)." in page


def test_problems_first_puts_a_problem_claim_before_the_fine_quotations(client):
    page, _ = checked(client, "?order=problems")
    order = re.findall(r'<li class="card [^"]*" id="([qc]\d+)" data-tone="(\w+)"', page)
    tones = [tone for _, tone in order]
    assert tones == sorted(tones, key=["bad", "warn", "good"].index)
    ids = [n for n, _ in order]
    assert ids.index("c2") < ids.index("q2")      # not supported before verbatim
    assert set(ids) == {"q1", "q2", "q3", "q4", "c1", "c2", "c3"}


def test_the_remove_button_looks_destructive_and_stands_apart(client):
    page = client.get("/sources/letter/remove").get_data(as_text=True)
    form = re.search(r'<form method="post"[^>]*>(.*?)</form>', page, re.S).group(1)
    assert re.search(r'<button type="submit" class="warning-button">Remove this source</button>',
                     form)
    assert "primary" not in form and "<a " not in form, "the way out is not beside the button"
    after = page[page.index("</form>"):]
    assert re.search(r'<p class="cancel"><a href="/sources">Cancel: keep it</a></p>', after)
    css = client.get("/static/style.css").get_data(as_text=True)
    rule = re.search(r"^button\.warning-button \{([^}]*)\}", css, re.M).group(1)
    assert "#d4351c" in rule          # GOV.UK's warning red


def test_two_sources_of_one_title_are_told_apart(client, app):
    """The report added again as a .docx under the same title: every page names id and format."""
    words = "3.1 The inspection team spoke to 84 officers and 23 councillors over six weeks."
    response = client.post("/sources", data={
        "csrf_token": csrf(client), "title": REPORT_TITLE,
        "file": (io.BytesIO(docx_bytes(words)), "fenmarsh-report.docx")},
        content_type="multipart/form-data")
    app.extensions["verifier_jobs"].wait()
    added = client.get(response.headers["Location"]).get_data(as_text=True)
    assert f"{REPORT_TITLE} (fenmarsh-report-2, .docx, no pages, 1 paragraph)" in added
    table = client.get("/sources").get_data(as_text=True)
    rows = re.findall(r"<tr>\s*<td>.*?</tr>", table, re.S)
    cells = [re.sub(r"<[^>]+>", "", " | ".join(re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)))
             for row in rows if REPORT_TITLE in row]
    assert [c.split(" | ")[1:3] for c in cells] == [["fenmarsh-report", "PDF"],
                                                    ["fenmarsh-report-2", ".docx"]]
    form = client.get("/").get_data(as_text=True)
    assert f"{REPORT_TITLE} <span class=\"muted\">(fenmarsh-report, PDF, 2 pages)" in form
    assert f"{REPORT_TITLE} <span class=\"muted\">(fenmarsh-report-2, .docx, no pages)" in form
    page, base = checked(client, sources=("fenmarsh-report", "fenmarsh-report-2"))
    assert "(fenmarsh-report, PDF, 2 pages; SHA-256" in page
    assert "(fenmarsh-report-2, .docx, no pages; SHA-256" in page
    # where the words were found names which of the two
    card = page[page.index('id="q2"'):page.index('id="q3"')]
    assert f"{REPORT_TITLE} <code>fenmarsh-report</code>)" in card
    report = client.get(base + "/report.html").get_data(as_text=True)
    assert f"{REPORT_TITLE} <code>fenmarsh-report</code>):" in report
    assert "(fenmarsh-report-2, .docx, no pages; SHA-256" in report
    assert f"{REPORT_TITLE} (fenmarsh-report-2, .docx, no pages, 1 paragraph)" in \
        client.get("/sources/fenmarsh-report-2/remove").get_data(as_text=True).replace(
            "<strong>", "").replace("</strong>", "")


def test_the_reports_say_when_by_which_version_and_against_which_files(client, app, spec):
    page, base = checked(client, sources=("fenmarsh-report",))
    doc = client.get("/api/sources").get_json()["sources"]
    sha = next(d["sha256"] for d in doc if d["id"] == "fenmarsh-report")
    ours = version("verifier")

    data = client.get(base + "/report.json").get_json()
    assert_schema(spec, data, "CheckReport")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", data["checked_at"])
    assert data["verifier_version"] == ours
    assert data["sources"] == [{"id": "fenmarsh-report", "title": REPORT_TITLE, "pages": 2,
                                "sha256": sha, "format": "pdf"}]

    report = client.get(base + "/report.html").get_data(as_text=True)
    when = data["checked_at"][:16].replace("T", " ") + " UTC"
    assert f'Checked <time datetime="{data["checked_at"]}">{when}</time> by verifier {ours}.' \
        in report
    assert f'<code class="sha256" title="{sha}" data-sha256="{sha}">{sha[:12]}</code>' in report
    assert f'<code class="sha256" title="{sha}" data-sha256="{sha}">{sha[:12]}</code>' in page
    assert f"by verifier {ours}." in page

    rows = list(csv.DictReader(io.StringIO(client.get(base + "/report.csv").get_data(as_text=True))))
    assert rows and {r["checked_at"] for r in rows} == {data["checked_at"]}
    assert {r["verifier_version"] for r in rows} == {ours}
    # found in the report, or citing it: the report's hash; one source checked: the same
    assert {r["source_sha256"] for r in rows} == {sha}
