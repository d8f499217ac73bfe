"""A checked motion's problems as schema.org ClaimReview (JSON-LD), as fact-checkers publish
verdicts for search engines and Google's Fact Check Explorer (issue 26).

One ClaimReview a quotation or claim with a problem (verifier.rendering.findings). The
properties are the ones Google's Fact Check structured-data documentation lists as required
(claimReviewed, reviewRating with its alternateName, url) and recommended (author,
datePublished, itemReviewed: a Claim with its appearance, firstAppearance and, when the council
is known, author; the rating's bestRating, worstRating, ratingValue and name). The Claim's own
datePublished (when the motion was made) is not known to us and is left out. A review is made in two steps, so the web can keep the
reviews of a check and name the publisher when one is asked for: `draft_reviews` (all but who
publishes them, and when) then `publish` (author, url, datePublished).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import PurePath

from verifier.models import CheckReport
from verifier.rendering.findings import BEST_RATING, PROBLEMS, WORST_RATING, find_problems

CONTEXT = "https://schema.org"
# Google shows at most this many characters of claimReviewed without wrapping on a phone; the
# motion's words are kept whole all the same (they are what was checked), only the name is cut.
SHORT_CLAIM = 75
# A motion's first line is its title when it is at most this long ("Motion: Best Value
# Inspection"); a longer first line is a sentence of the motion, and the file names it instead.
MAX_TITLE = 150


# A review's url is the page that carries it: a web address, never "javascript:" or a bare name.
_WEB_ADDRESS = re.compile(r"https?://[^\s/]+", re.IGNORECASE)


def is_web_address(url: str) -> bool:
    """Whether `url` can be a ClaimReview's url and its publisher's: http(s) and a host."""
    return _WEB_ADDRESS.match(url) is not None


def motion_title(path: str, text: str) -> str:
    """What the motion is called: its first line when that reads as a title, else its file's
    name ("motion from standard input" when it came that way)."""
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            if len(line) <= MAX_TITLE:
                return line
            break
    return "motion from standard input" if path == "-" else PurePath(path).name


def draft_reviews(report: CheckReport, title: str, council: str | None = None,
                  problems=PROBLEMS) -> list[dict]:
    """A ClaimReview for each problem, without author, url and datePublished (see `publish`).

    `title` names the motion (`motion_title`); `council`, when known, is the author of the
    motion's words.
    """
    # The motion is where its words appear, and first: the claim reviewed is the motion's.
    appearance = {"@type": "CreativeWork", "name": title}
    if report.motion_path != "-" and PurePath(report.motion_path).name != title:
        appearance["alternateName"] = PurePath(report.motion_path).name
    if council:
        appearance["author"] = {"@type": "Organization", "name": council}
    reviews = []
    for finding in find_problems(report, problems):
        words = " ".join(finding.motion_words.split())
        claim = {"@type": "Claim", "appearance": appearance, "firstAppearance": appearance}
        if council:
            claim["author"] = {"@type": "Organization", "name": council}
        if finding.where is None:
            body = "The indexed sources do not hold these words."
        else:
            body = f"{finding.where}: “{finding.source_words}”"
        noun = "Quotation" if finding.kind == "quotation" else "Claim"
        short = words if len(words) <= SHORT_CLAIM else words[:SHORT_CLAIM - 1].rstrip() + "…"
        reviews.append({
            "@context": CONTEXT, "@type": "ClaimReview",
            "name": f"{noun} in {title}: “{short}”",
            "claimReviewed": words,
            "itemReviewed": claim,
            "reviewRating": {"@type": "Rating", "ratingValue": finding.rating_value,
                             "bestRating": BEST_RATING, "worstRating": WORST_RATING,
                             "alternateName": finding.rating, "name": finding.verdicts},
            "reviewBody": body,
        })
    return reviews


def publish(reviews: list[dict], publisher: str, publisher_url: str,
            published: dt.date) -> list[dict]:
    """The reviews with their author (the publisher, an Organization), url (the page that
    carries them) and datePublished."""
    author = {"@type": "Organization", "name": publisher, "url": publisher_url}
    return [{**review, "author": author, "url": publisher_url,
             "datePublished": published.isoformat()} for review in reviews]


def render_claimreview(reviews: list[dict]) -> str:
    """The reviews as one JSON-LD document: a list, each review with its own @context."""
    return json.dumps(reviews, indent=2, ensure_ascii=False) + "\n"
