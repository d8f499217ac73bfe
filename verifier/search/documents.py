"""Which indexed document a citation names: "(Letter from SoS to CEX 12/11/24)", "(Report, 7.3)",
and the places of the documents citations name (`CitationPlaces`: numbered paragraphs, known
sections, part names, a letter's text).

Titles and aliases are compared word by word after expanding the abbreviations of English
local government (SoS, CEX, DLUHC, MHCLG, BVI…) and writing dates one way.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path, PurePath

from index import Document, Paragraph

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
# A title this long spelled out whole in a citation names its document (a short title such as
# "Report" or "Letter" names nothing on its own).
MIN_WHOLE_TITLE_WORDS = 3
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
    # A name that spells out one document's whole title names it, whatever it adds (a
    # footnote's "Best Value Inspection of Greyhaven Borough Council, January 2025" is the
    # report, though the letter's title shares the date and the report's does not).
    # A name that calls its document a report names no letter ("MHCLG inspection report" is
    # not the Ministry's letter, whose letterhead is its title; issue 23).
    not_letters = "report" in cited and "letter" not in cited and letters is not None
    whole = [doc for doc in documents if len(_words(doc.title)) >= MIN_WHOLE_TITLE_WORDS
             and _words(doc.title) <= cited
             and not (not_letters and letters(doc.id) is not None)]
    if len(whole) == 1:
        return whole[0]
    # "Eastfield report": the place names it, "report" does not tell two reports apart. A date
    # alone tells nothing ("BVI Report (2024)", "Best Value Inspection Report, November 2024":
    # the report, not the letter dated 12 November 2024 that shares only the date; issue 23).
    telling = cited - _GENERIC_WORDS
    if not telling or all(w.isdigit() or w in _MONTHS for w in telling):
        telling = cited
    scores = {}
    for doc in documents:
        if not_letters and letters(doc.id) is not None:
            continue
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


# Words a citation's name may hold that name a place in a document, not a document: "(Report,
# Chapter 2, paragraph 5)", "(BVI, executive summary, para 3)".
_PLACE_WORDS = {"chapter", "chapters", "section", "sections", "part", "parts", "page", "pages",
                "paragraph", "paragraphs", "para", "paras", "annex", "annexe", "appendix", "app",
                "summary", "executive", "exec", "foreword", "recommendation", "recommendations",
                "conclusion", "conclusions", "introduction", "p", "pp", "see", "also", "final",
                "published", "dated"}
# How many of a document's first paragraphs (its cover: "Report to the Secretary of State")
# name it as well as its title.
COVER_PARAGRAPHS = 8


def names_another_document(name: str, documents: Sequence[Document],
                           opening: Callable[[str], str] = lambda _id: "") -> bool:
    """Whether a citation's name that resolves to no indexed document names a document of its
    own ("Peer Challenge report", "Annual Governance Statement"), not the report by a name
    of the writer's: it holds a telling word (not a date, a place word or a word every report
    title shares) found in no indexed document's title, aliases, file name or `opening(id)`
    (its first paragraphs)."""
    telling = {w for w in _words(name) if not w.isdigit() and w not in _MONTHS} \
        - _GENERIC_WORDS - _REPORT_WORDS - _PLACE_WORDS
    if not telling:
        return False
    known: set[str] = set()
    for doc in documents:
        for label in (doc.title, *doc.aliases, Path(doc.file).stem, opening(doc.id)):
            known |= _words(label)
    return bool(telling - known)


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


# A part of a report is named by a short line: a heading, not a sentence.
MAX_PART_NAME = 60
# A letter: at most this many paragraphs; its salutation within the first LETTER_ENDS
# paragraphs (and LETTER_END_CHARS characters), or its sign-off within the last.
MAX_LETTER_PARAGRAPHS = 200
LETTER_ENDS = 12
LETTER_END_CHARS = 1500
_SALUTATION = re.compile(r"\bDear\s+[A-Z]")
_SIGN_OFF = re.compile(r"\bYours\s+(?:sincerely|faithfully)\b", re.IGNORECASE)
# Citations whose numbered paragraphs a corpus keeps between checks.
MAX_CACHED_CITATIONS = 4096


class CitationPlaces:
    """The places of a corpus's documents that citations name, looked up in the index and
    kept for the session: `documents` (in the corpus's order), `index`, and
    `paragraphs_of(document id)`, a document's paragraphs as the corpus laid them out."""

    def __init__(self, documents: Sequence[Document], index,
                 paragraphs_of: Callable[[str], Sequence[Paragraph]]):
        self.documents = tuple(documents)
        self._index = index
        self._paragraphs_of = paragraphs_of
        self._lock = threading.Lock()
        self._known: dict[str, bool] = {}       # section -> whether a document has it
        self._numbered: dict[tuple, list] = {}          # numbered_paragraphs' answers
        self._letters: dict[str, str | None] = {}       # letter_text's answers

    def numbered_paragraphs(self, sections: Iterable[str],
                            document_ids: Iterable[str] | None = None
                            ) -> list[tuple[int, int, str]]:
        """(document index, paragraph order, text) of every paragraph numbered one of
        `sections` (in the documents of `document_ids` only, if given), by document then
        reading order."""
        sections = set(sections)
        only = None if document_ids is None else set(document_ids)
        if not sections:
            return []
        key = (frozenset(sections), None if only is None else frozenset(only))
        found = self._numbered.get(key)
        if found is None:
            # Kept for the session: the next motion cites the same paragraphs, and at 50
            # reports "3.4" is fifty paragraphs read again per quotation.
            position = {doc.id: d for d, doc in enumerate(self.documents)
                        if only is None or doc.id in only}
            found = [(position[doc_id], order, text) for doc_id, order, text in
                     self._index.numbered_paragraphs(sections, list(position))]
            with self._lock:
                if len(self._numbered) > MAX_CACHED_CITATIONS:
                    self._numbered.clear()
                self._numbered[key] = found
        return list(found)

    def known_sections(self, sections: Iterable[str]) -> set[str]:
        """Those of `sections` that some document numbers a paragraph by, leads a paragraph
        number with ("3" of "3.4"), or names a chapter or part by ("Chapter 3")."""
        sections = set(sections)
        unknown = [s for s in sections if s not in self._known]
        if unknown:
            found = self._index.known_sections(unknown, [d.id for d in self.documents])
            found |= {s for s in unknown if s not in found and "." not in s and any(
                re.match(rf"(?:chapter|part)\s+{re.escape(s)}\b", h, re.IGNORECASE)
                for h in self._part_headings)}
            with self._lock:
                self._known.update((s, s in found) for s in unknown)
        return {s for s in sections if self._known[s]}

    @functools.cached_property
    def _part_headings(self) -> tuple[str, ...]:
        """Headings that name a chapter or part ("Chapter 3: Governance")."""
        return tuple(self._index.headings_like(("chapter", "part"),
                                               [d.id for d in self.documents]))

    @functools.cached_property
    def part_names(self) -> dict[str, set[str]]:
        """Each document's headings and short unnumbered lines ("Executive Summary", "Annex A"),
        lower-cased: the names a motion may cite a part of a report by."""
        short = self._index.short_texts(MAX_PART_NAME)
        return {doc.id: {" ".join(c.lower().split()) for c in short.get(doc.id, ())}
                for doc in self.documents}

    def letter_text(self, document_id: str) -> str | None:
        """The opening and closing text of the document if it reads as a letter (a salutation
        near its start or a sign-off near its end), else None: what a citation such as
        "(Letter from SoS to CEX 12/11/24)" is compared with when the letter's title is its
        letterhead. Read once per document, and only when a citation asks."""
        if document_id in self._letters:
            return self._letters[document_id]
        found = None
        paragraphs = self._paragraphs_of(document_id)
        n = len(paragraphs)
        if 0 < n <= MAX_LETTER_PARAGRAPHS:
            ends = sorted(set(range(min(n, LETTER_ENDS))) | set(range(max(0, n - LETTER_ENDS), n)))
            if hasattr(paragraphs, "prefetch"):
                paragraphs.prefetch(ends)
            opening = " ".join(paragraphs[i].text for i in range(min(n, LETTER_ENDS)))
            closing = " ".join(paragraphs[i].text for i in range(max(0, n - LETTER_ENDS), n))
            if _SALUTATION.search(opening[:LETTER_END_CHARS]) or \
                    _SIGN_OFF.search(closing[-LETTER_END_CHARS:]):
                found = opening[:LETTER_END_CHARS] + " " + closing[-LETTER_END_CHARS:]
        with self._lock:
            self._letters[document_id] = found
        return found
