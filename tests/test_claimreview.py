"""`check --format claimreview` (issue 26): one schema.org ClaimReview a quotation or claim with
a problem, checked against the properties Google's Fact Check structured-data documentation
lists, not against a schema written from our own output."""

import datetime as dt
import json
import re

import pytest
from click.testing import CliRunner

from index import add_pdf
from pdfs import make_pdf
from test_word import REPORT_PAGES, REPORT_TITLE, TEXT_MOTION
from verifier.cli import main
from verifier.rendering import claimreview

# Google Search Central, "Fact check (ClaimReview) structured data", structured data type
# definitions (developers.google.com/search/docs/appearance/structured-data/factcheck, as
# tabulated by Full Fact's markup investigation, fullfact.github.io/markup-investigation):
# (type, property, status). ClaimReview.author is "the publisher of the fact check article",
# an Organization or Person with its name and url.
GOOGLE_PROPERTIES = [
    ("ClaimReview", "claimReviewed", "required"),
    ("ClaimReview", "reviewRating", "required"),
    ("ClaimReview", "url", "required"),
    ("ClaimReview", "author", "recommended"),
    ("ClaimReview", "datePublished", "recommended"),
    ("ClaimReview", "itemReviewed", "recommended"),
    ("Claim", "appearance", "recommended"),
    ("Claim", "author", "recommended"),
    ("Claim", "datePublished", "recommended"),
    ("Claim", "firstAppearance", "recommended"),
    ("Rating", "alternateName", "required"),
    ("Rating", "bestRating", "recommended"),
    ("Rating", "name", "recommended"),
    ("Rating", "ratingValue", "recommended"),
    ("Rating", "worstRating", "recommended"),
    ("Organization", "name", "recommended"),
    ("Organization", "url", "recommended"),
]
# What we cannot know, said here rather than silently left out: when the motion was made.
NOT_KNOWN = {("Claim", "datePublished")}


def _objects(review: dict) -> dict[str, dict]:
    return {"ClaimReview": review, "Claim": review["itemReviewed"],
            "Rating": review["reviewRating"], "Organization": review["author"]}


@pytest.fixture(scope="module")
def reviews(tmp_path_factory, embedder):
    root = tmp_path_factory.mktemp("claimreview")
    report = make_pdf(root / "report.pdf", REPORT_PAGES, header=REPORT_TITLE)
    add_pdf(root / "index", report, title=REPORT_TITLE)
    motion = root / "motion.txt"
    motion.write_text(TEXT_MOTION, encoding="utf-8")
    result = CliRunner().invoke(main, [
        "check", str(motion), "--index", str(root / "index"), "--format", "claimreview",
        "--publisher", "Fenmarsh Fact Check", "--publisher-url", "https://facts.example.org/m1",
        "--council", "Fenmarsh Borough Council"])
    assert result.exit_code == 1, result.output
    return json.loads(result.stdout)


@pytest.mark.model
@pytest.mark.parametrize("kind, prop, status", GOOGLE_PROPERTIES,
                         ids=[f"{k}.{p}" for k, p, _ in GOOGLE_PROPERTIES])
def test_every_property_google_lists_is_there(reviews, kind, prop, status):
    assert reviews
    for review in reviews:
        holder = _objects(review)[kind]
        if (kind, prop) in NOT_KNOWN:
            assert prop not in holder
        else:
            assert holder.get(prop) not in (None, "", [], {}), (kind, prop, status)


@pytest.mark.model
def test_the_reviews_say_what_the_check_found(reviews):
    assert [r["@type"] for r in reviews] == ["ClaimReview", "ClaimReview"]
    assert all(r["@context"] == "https://schema.org" for r in reviews)
    misquote, cite = reviews
    assert misquote["claimReviewed"] == ("The lack of trust between councillors, officers and "
                                         "partners is very concerning")
    assert misquote["reviewRating"]["alternateName"] == "Misquoted"
    assert misquote["reviewRating"]["ratingValue"] == 2
    assert misquote["reviewBody"].startswith(f"paragraph 3.2, p. 1, {REPORT_TITLE}: “The lack "
                                             "of trust between councillors, officers and "
                                             "partners is deeply concerning")
    assert cite["reviewRating"]["alternateName"] == "Citation wrong"
    assert cite["reviewRating"]["name"] == "Verbatim; citation wrong"
    claim = misquote["itemReviewed"]
    assert claim["@type"] == "Claim"
    assert claim["appearance"] == {"@type": "CreativeWork",
                                   "name": "Motion on the Best Value Inspection",
                                   "alternateName": "motion.txt",
                                   "author": {"@type": "Organization",
                                              "name": "Fenmarsh Borough Council"}}
    assert misquote["author"] == {"@type": "Organization", "name": "Fenmarsh Fact Check",
                                  "url": "https://facts.example.org/m1"}
    for review in reviews:
        assert review["url"] == "https://facts.example.org/m1"
        assert dt.date.fromisoformat(review["datePublished"]) == dt.date.today()
        rating = review["reviewRating"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        # Google: "Don't include the rating in the claimReviewed field."
        assert rating["alternateName"].lower() not in review["claimReviewed"].lower()


@pytest.mark.parametrize("args, message", [
    pytest.param([], "error: --format claimreview needs --publisher NAME and --publisher-url "
                 "URL: a published ClaimReview names its author and the page that carries it",
                 id="no-publisher"),
    pytest.param(["--publisher", "Fact Org"], "error: --format claimreview needs --publisher "
                 "NAME and --publisher-url URL: a published ClaimReview names its author and "
                 "the page that carries it", id="no-publisher-url"),
    pytest.param(["--publisher", "Fact Org", "--publisher-url", "facts.example.org"],
                 "error: --publisher-url facts.example.org: not a web address (http:// or "
                 "https://)", id="publisher-url-not-a-web-address"),
])
def test_claimreview_needs_a_publisher(tmp_path, args, message):
    """Refused before any checking: no index is needed to say so."""
    motion = tmp_path / "motion.txt"
    motion.write_text(TEXT_MOTION, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(motion), "--index", str(tmp_path / "none"),
                                       "--format", "claimreview", *args])
    assert result.exit_code == 2, result.output
    assert result.stderr.splitlines() == [message]
    assert result.stdout == ""


# the motion's path and text, what it is called
TITLES = [
    pytest.param("m.txt", "Motion: Best Value\nThe Council notes …", "Motion: Best Value",
                 id="first-line"),
    pytest.param("m.txt", "\n\n  Motion  on   scrutiny \nText", "Motion on scrutiny",
                 id="blank-lines-and-spaces"),
    pytest.param("/x/motion-12.pdf", "A" * 151 + "\nmore", "motion-12.pdf",
                 id="a-long-first-line-is-no-title"),
    pytest.param("-", "B" * 200, "motion from standard input", id="standard-input"),
]


@pytest.mark.parametrize("path, text, title", TITLES)
def test_motion_title(path, text, title):
    assert claimreview.motion_title(path, text) == title


def test_publish_adds_the_author_url_and_date():
    drafts = [{"@type": "ClaimReview", "claimReviewed": "x"}]
    published = claimreview.publish(drafts, "Org", "https://o.example", dt.date(2026, 1, 2))
    assert published == [{"@type": "ClaimReview", "claimReviewed": "x",
                          "author": {"@type": "Organization", "name": "Org",
                                     "url": "https://o.example"},
                          "url": "https://o.example", "datePublished": "2026-01-02"}]
    assert drafts == [{"@type": "ClaimReview", "claimReviewed": "x"}]     # not changed
    assert re.match(r"\[\n  \{", claimreview.render_claimreview(published))


# verdict, citation verdict: a problem by default?, the rating's words, its value
RATINGS = [
    pytest.param("verbatim", "correct", None, None, id="right-no-problem"),
    pytest.param("minor", "missing", None, None, id="uncited-is-no-problem-by-default"),
    pytest.param("verbatim", "wrong", "Citation wrong", 4, id="wrong-citation"),
    pytest.param("misquote", "wrong", "Misquoted", 2, id="the-worse-of-the-two"),
    pytest.param("paraphrase", "correct", "Paraphrased", 3, id="paraphrase"),
    pytest.param("out_of_context", "correct", "Out of context", 3, id="out-of-context"),
    pytest.param("not_found", "unverifiable", "Not found", 1, id="not-found"),
]


@pytest.mark.parametrize("verdict, citation, words, value", RATINGS)
def test_a_quotation_is_rated_by_its_worse_verdict(verdict, citation, words, value):
    from verifier.models import CheckReport, CitationVerdict, Quotation, QuoteResult, Verdict
    from verifier.rendering.findings import find_problems

    result = QuoteResult(quotation=Quotation(text="words", start=3, end=8),
                         verdict=Verdict(verdict), citation=CitationVerdict(citation), found=None)
    report = CheckReport(motion_path="m.txt", motion_chars=20, sources=(), results=(result,))
    found = find_problems(report)
    assert [(f.rating, f.rating_value) for f in found] == ([(words, value)] if words else [])
    # --fail-on decides what a problem is: every verdict named makes one.
    assert len(find_problems(report, {verdict})) == 1


@pytest.mark.parametrize("url, ok", [
    pytest.param("https://facts.example.org/m1", True, id="https"),
    pytest.param("HTTP://facts.example.org", True, id="http-any-case"),
    pytest.param("facts.example.org/m1", False, id="no-scheme"),
    pytest.param("javascript:alert(1)", False, id="javascript"),
    pytest.param("https:///path-only", False, id="no-host"),
])
def test_is_web_address(url, ok):
    assert claimreview.is_web_address(url) is ok
