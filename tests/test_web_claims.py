"""Claim cards on the web results page and claims in /api/check (issue 10)."""

import pytest

from test_web import app, assert_schema, client, csrf, spec, web_index  # noqa: F401 (fixtures)

pytestmark = pytest.mark.model

MOTION = (
    "This Council notes:\n"
    "- “Many good managers had left the organisation as a result of ‘speaking truth to "
    "power’.” (para 4.1)\n"
    "- The inspection team spoke to more than 80 officers and 23 councillors (para 3.1).\n"
    "- Paragraph 4.5 confirms that the council has published a credible <b>improvement</b> plan.\n"
    "- Paragraph 4.9 praises the council’s complaints handling.\n"
)


def test_results_page_shows_claim_cards_after_the_quotations(client):
    response = client.post("/check", data={"csrf_token": csrf(client), "text": MOTION,
                                           "sources": ["fenmarsh-report", "letter"]})
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert page.index('id="q1"') < page.index('<h2 id="claims-heading">Claims without quotation marks') \
        < page.index('id="c1"')
    assert page.count('class="card claim-') == 3
    assert "Supported" in page and "Not supported" in page and "Unverifiable" in page
    assert "more than 80: <span" in page and ">holds</span>" in page
    assert "<mark>" in page                       # the words that carry the claim are marked
    assert "<b>freely</b>" not in page            # the motion's text is escaped


def test_api_check_gives_claims_in_the_documented_shape(client, spec):
    body = client.post("/api/check", json={"text": MOTION}).get_json()
    assert_schema(spec, body, "CheckReport")
    assert [c["verdict"] for c in body["claims"]] == ["supported", "not_supported", "unverifiable"]
    assert body["summary"]["claims"] == 3 and body["summary"]["claims_supported"] == 1
    first = body["claims"][0]
    assert MOTION[first["start"]:first["end"]] == first["text"]
    assert [(f["text"], f["status"]) for f in first["figures"]] == [("more than 80", "holds"),
                                                                      ("23", "holds")]


def test_the_csv_lists_the_claims_after_the_quotations(client):
    """A claim whose figure differs is a row of the spreadsheet too, of kind claim (issue 25)."""
    import csv
    import io

    response = client.post("/check", data={"csrf_token": csrf(client), "text": MOTION,
                                           "sources": ["fenmarsh-report", "letter"]})
    rows = list(csv.DictReader(io.StringIO(
        client.get(response.headers["Location"] + "/report.csv").get_data(as_text=True))))
    assert [(r["kind"], r["n"]) for r in rows] == [("quotation", "1"), ("claim", "C1"),
                                                   ("claim", "C2"), ("claim", "C3")]
    assert [r["verdict"] for r in rows[1:]] == ["supported", "not_supported", "unverifiable"]
    assert rows[1]["citation"] == "" and rows[1]["found_section"] == "3.1"


def test_a_claim_names_the_document_it_is_about_and_its_hedge(client, spec):
    """about_document and hedge (issue 19): the document judged against, the hedge reported."""
    motion = ("This Council notes:\n"
              "- The report suggests that the inspection team spoke to more than 80 officers "
              "(para 3.1).\n"
              "- The inspection team spoke to 23 councillors (para 3.1).\n")
    body = client.post("/api/check", json={"text": motion}).get_json()
    assert_schema(spec, body, "CheckReport")
    first, second = body["claims"]
    assert (first["about_document"], first["hedge"]) == ("fenmarsh-report", "suggests")
    assert (second["about_document"], second["hedge"]) == ("fenmarsh-report", None)
