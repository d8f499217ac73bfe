"""Which indexed document a citation names: "(Letter from SoS to CEX 12/11/24)", "(Report, 7.3)".

Titles and aliases are compared word by word after expanding the abbreviations of English
local government (SoS, CEX, DLUHC, MHCLG, BVI…) and writing dates one way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path, PurePath

from index import Document

# A source's format, from the reader that read it (Document.reader: "pdfium 2",
# "govuk-html 2", "docx 2"); a document from before readers were recorded is told by its file.
READER_FORMATS = {"pdfium": "pdf", "pypdf": "pdf", "govuk-html": "html", "docx": "docx"}


def source_format(reader: str, file: str = "") -> str:
    """"pdf", "html" or "docx": what a source was read from, by its reader (Document.reader)
    and file name (two sources of one title are told apart by it, issue 25)."""
    name = reader.split(" ", 1)[0]
    if name in READER_FORMATS:
        return READER_FORMATS[name]
    suffix = PurePath(file).suffix.lower()
    return {".html": "html", ".htm": "html", ".docx": "docx"}.get(suffix, "pdf")


ABBREVIATIONS = {
    "sos": "secretary of state",
    "cex": "chief executive",
    "ceo": "chief executive",
    "ce": "chief executive",
    "dluhc": "department for levelling up housing and communities",
    "mhclg": "ministry of housing communities and local government",
    "bvi": "best value inspection",
    "bv": "best value",
    "lga": "local government association",
    "cllr": "councillor",
    "govt": "government",
    "dept": "department",
    "ltr": "letter",
}
_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"]
_STOP = {"the", "of", "to", "from", "a", "an", "and", "for", "on", "in", "by", "at", "s"}
# Words that name "the report" itself rather than a particular document.
_REPORT_WORDS = {"report", "inspection", "best", "value", "bvi", "inspectors", "findings"}
# Words that every inspection report's title shares: they cannot tell one report from another.
_GENERIC_WORDS = {"report", "inspection", "best", "value", "council", "borough", "district",
                  "county", "city", "london", "final", "inspectors", "inspector", "authority"}
# Share of the citation's words a title or alias must contain to be the document it names.
MIN_NAME_OVERLAP = 0.6
# … and of a letter's opening and closing, when its title is its letterhead: more, since these
# hold many names ("Letter from the Minister for Local Government" is not the Secretary of
# State's letter from the Ministry of Housing, Communities and Local Government).
MIN_LETTER_OVERLAP = 0.75


def _words(text: str) -> set[str]:
    text = text.lower()
    # 12/11/24 and 12.11.2024 → "12 november 2024"
    def date(m):
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        if not 1 <= month <= 12:
            return m.group(0)
        year = year if len(year) == 4 else "20" + year
        return f"{day} {_MONTHS[month - 1]} {year}"
    text = re.sub(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})\b", date, text)
    text = re.sub(r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1", text)
    text = re.sub(r"\b(" + "|".join(m[:3] for m in _MONTHS) + r")[a-z]*\b",
                  lambda m: _MONTHS[[x[:3] for x in _MONTHS].index(m.group(1))], text)
    out = []
    for word in re.findall(r"[a-z0-9]+", text):
        out.extend(ABBREVIATIONS.get(word, word).split())
    return {w for w in out if w not in _STOP}


def resolve_document(name: str, documents: tuple[Document, ...] | list[Document],
                     parts: dict[str, set[str]] | None = None,
                     letters: Callable[[str], str | None] | None = None) -> Document | None:
    """The indexed document a citation names, or None when none fits well enough.

    `parts` maps a document id to the names of its own parts (headings such as "Executive
    Summary", "Foreword", "Annex A"): "(Executive Summary)" names a part of the report.
    `letters(id)` gives a document's opening and closing text if it reads as a letter
    (letterhead, addressee, date, salutation; sign-off), else None: "(Letter from SoS to CEX
    12/11/24)" names the letter indexed under its letterhead.
    """
    cited = _words(name)
    if not cited or not documents:
        return None
    # "Eastfield report": the place names it, "report" does not tell two reports apart.
    telling = cited - _GENERIC_WORDS or cited
    scores = {}
    for doc in documents:
        for label in (doc.title, *doc.aliases, Path(doc.file).stem):
            have = _words(label)
            if have:
                score = len(telling & have) / len(telling)
                scores[doc.id] = max(scores.get(doc.id, 0.0), score)
    best_score = max(scores.values(), default=0.0)
    leaders = [doc for doc in documents if scores.get(doc.id) == best_score]
    if best_score >= MIN_NAME_OVERLAP and len(leaders) == 1:
        return leaders[0]
    if best_score >= MIN_NAME_OVERLAP:
        return None     # two documents fit as well: the name does not say which
    # "(Annex A, R3)": the part's name is what comes before the first comma.
    for wanted in dict.fromkeys([" ".join(name.lower().split()),
                                 " ".join(name.split(",")[0].lower().split())]):
        for doc in documents:
            names = (parts or {}).get(doc.id, ())
            if any(part == wanted or part.startswith((wanted + " ", wanted + ":"))
                   for part in names):
                return doc
    letter = _letter_named(cited, documents, letters) if letters is not None else None
    if letter is not None:
        return letter
    if cited <= _REPORT_WORDS | {"report"}:
        # "(Report, 7.3)": the one indexed document that reads like the report.
        reports = [d for d in documents if _words(d.title) & {"report", "inspection"}]
        if len(reports) == 1:
            return reports[0]
    return None


def _letter_named(cited: set[str], documents,
                  letters: Callable[[str], str | None]) -> Document | None:
    """The one indexed letter whose opening and closing hold most of the citation's words
    (its date among them, if it gives one): "Letter from SoS to CEX 12/11/24" against
    "… Secretary of State … Chief Executive … 12 November 2024 Dear Ms Okafor …"."""
    if "letter" not in cited:
        return None
    wanted = cited - {"letter"}
    dates = {w for w in wanted if w.isdigit() or w in _MONTHS}
    found = []
    for doc in documents:
        text = letters(doc.id)
        if text is None:
            continue
        have = _words(text) | _words(doc.title)
        if dates <= have and (not wanted or
                              len(wanted & have) / len(wanted) >= MIN_LETTER_OVERLAP):
            found.append(doc)
    return found[0] if len(found) == 1 else None
