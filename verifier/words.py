"""Words as the matcher compares them: one tokeniser for quotations and sources alike.

The tokeniser itself (`Token`, `fold`, `tokenize`, the footnote markers it leaves out) is
index/'s (index/text.py), since the index stores each document's word postings in its keys;
here are the rules of quotations and claims built on it: negations, modals and qualifiers,
page furniture and footnote markers pasted into a quotation, section names.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from typing import Protocol

from index import (BRACKET_FOOTNOTE, FOOTNOTE_MARKER, Token, fold,  # noqa: F401
                   furniture_pattern, keeps_line_end_hyphen, tokenize)

# Words whose presence or absence turns a sentence's meaning round.
NEGATIONS = frozenset({"not", "no", "never", "nor", "none", "nothing", "neither", "without",
                       "cannot", "t", "longer", "unable", "insufficient", "lack"})
MODALS = frozenset({"must", "should", "shall", "will", "would", "may", "might", "can", "could",
                    "ought", "need", "needs"})
QUALIFIERS = frozenset({"some", "many", "most", "all", "few", "several", "often", "rarely",
                        "sometimes", "always", "partly", "largely", "only", "also", "very",
                        "extremely", "significant", "significantly", "particularly", "generally",
                        "broadly", "mostly", "slightly", "seriously", "deeply", "limited"})
_NUMBER_WORDS = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                           "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty",
                           "hundred", "thousand", "million", "billion", "half", "twice", "once",
                           "first", "second", "third", "dozen"})


# A footnote marker copied right after a quotation's closing mark: one or two digits (or
# superscripts), then a space, punctuation, a bracket or the end ('…data"19 (para 5.112)').
FOOTNOTE_AFTER_QUOTE = re.compile(r"(?:\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})(?=[\s.,;:(\[]|$)")


# A page number pasted with the text of a PDF, on a line of its own inside a quotation.
PAGE_LINE = re.compile(r"(?<=\n)[ \t]*(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4})[ \t]*(?=\n)",
                       re.IGNORECASE)
# Lines of page furniture pasted inside a quotation (issue 8): "Page 13 of 34", a bare page
# number, a browser print's date-and-title line ("12/11/2024, 14:03 Best Value … - GOV.UK") and
# its address line with the "10/34" counter, or the counter alone.
_PAGE_SIGNAL = re.compile(
    r"[ \t]*(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}|\d{1,4}\s*/\s*\d{1,4}"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]m)?\b.*"
    r"|(?:https?://|www\.)\S+(?:\s+\d{1,4}\s*/\s*\d{1,4})?)[ \t]*", re.IGNORECASE)
# Next to a page signal: a running header (a short line with no closing punctuation) and, above
# it, the page's footnotes ("11 Local Government Association, …" and their continuation lines).
_HEADER_LINE = re.compile(r"[ \t]*[A-Z][^\n]{0,100}(?<![.,;!?])[ \t]*")
MAX_HEADER_WORDS = 12
_FOOTNOTE_LINE = re.compile(r"[ \t]*\d{1,3}\.?\s+[A-Z].*")
MAX_FOOTNOTE_LINES = 6
# A paragraph number pasted at the start: "4.12 The …".
_LEADING_NUMBER = re.compile(r"\A\s*\d{1,2}(?:\.\d{1,3}){1,2}\s+(?=[A-Z\u2018\u201c])")
# A word broken at a line end, kept as the PDF's paste has it: "manage-\nment", "manage- ment".
# A hyphen at a line end, then the word's rest: on the next line, or after the lines of page
# furniture that clean_paste blanked ("sub-com-⏎Page 22 of 34⏎[running header]⏎mittees").
# Any hyphen character counts: WeasyPrint prints U+2010 where it hyphenates.
_BROKEN_WORD = re.compile(r"(?<=[^\W\d_])[-\u2010\u2011](?:[ \t]*\n\s*|[ \t]+)(?=[a-z])")


def _lines(text: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for line in text.split("\n"):
        spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def furniture_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the page furniture pasted inside a quotation: page signals and the
    running header and footnote lines next to them. Only lines strictly inside the quotation
    count (its first and last lines are the quoted words)."""
    lines = _lines(text)
    dropped: set[int] = set()
    for k in range(1, len(lines) - 1):
        a, b = lines[k]
        if not _PAGE_SIGNAL.fullmatch(text[a:b]):
            continue
        dropped.add(k)
        # The running header after the signal (LibreOffice: "Page 13 of 34" then the header) or
        # before it (Chromium: the header, then the page number).
        for j in (k + 1, k - 1):
            if 0 < j < len(lines) - 1 and j not in dropped:
                line = text[lines[j][0]:lines[j][1]]
                if _HEADER_LINE.fullmatch(line) and len(line.split()) <= MAX_HEADER_WORDS:
                    dropped.add(j)
                    break
        # The footnotes at the foot of the page, above the signal.
        for j in range(k - 1, max(0, k - 1 - MAX_FOOTNOTE_LINES), -1):
            if _FOOTNOTE_LINE.fullmatch(text[lines[j][0]:lines[j][1]]):
                dropped.update(range(j, k))
                break
    return [lines[k] for k in sorted(dropped)]


class PasteSources(Protocol):
    """What the sources hold, as a pasted quotation is cleaned against it (the corpus:
    verifier/search/corpus.py): their words, and the furniture learnt from their pages."""

    furniture: tuple[str, ...]      # index.text.furniture_pattern of each furniture line

    def holds_word(self, key: str) -> bool: ...

    def holds_run(self, keys: Sequence[str]) -> bool: ...


# A learnt furniture line is looked for inside a pasted line (a paste whose line breaks were
# lost: "… training Ashcombe Best Value Inspection | Chapter 3 – Organisational culture budgets
# …") only where it could be nothing else: of at least this many words, and with a page number
# in it ("Page # of #") or this many characters; or one word in capitals ("OFFICIAL"). As
# printed: case counts there.
MIN_INLINE_FURNITURE_WORDS = 3
MIN_INLINE_FURNITURE_CHARS = 16
MIN_CAPITALS_FURNITURE_CHARS = 4


def learnt_furniture_spans(text: str, sources: PasteSources | None) -> list[tuple[int, int]]:
    """Character spans of the furniture learnt from the sources (index.text.furniture_pattern)
    inside a quotation: a line strictly inside it that is one of the patterns (any case), and
    a distinctive pattern printed inside a line, away from the quotation's two ends, whose
    words the sources' own text does not hold in a row ("the Best Value Inspection found"
    quotes a sentence, when the running header is "Best Value Inspection")."""
    patterns = sources.furniture if sources is not None else ()
    if not patterns:
        return []
    wanted = {p.casefold() for p in patterns}
    lines = _lines(text)
    spans = [lines[k] for k in range(1, len(lines) - 1)
             if text[lines[k][0]:lines[k][1]].strip()
             and furniture_pattern(text[lines[k][0]:lines[k][1]]).casefold() in wanted]
    regex = _inline_furniture(tuple(patterns))
    if regex is not None:
        end = len(text.rstrip())
        for m in regex.finditer(text):
            if not text[:m.start()].strip() or m.end() >= end:
                continue
            keys = [t.key for t in tokenize(m.group())]
            if len(keys) > 1 and sources.holds_run(keys):
                continue
            spans.append((m.start(), m.end()))
    return spans


@functools.lru_cache(maxsize=64)
def _inline_furniture(patterns: tuple[str, ...]) -> re.Pattern | None:
    """One regex of the distinctive patterns, as printed ("#": any number), longest first."""
    inline = sorted((p for p in patterns if _distinctive(p)), key=len, reverse=True)
    if not inline:
        return None
    return re.compile("|".join(
        r"(?<!\w)" + r"\s+".join(re.escape(w).replace(re.escape("#"), r"\d+")
                              for w in p.split()) + r"(?!\w)" for p in inline))


def _distinctive(pattern: str) -> bool:
    words = pattern.split()
    if len(words) == 1:
        return len(pattern) >= MIN_CAPITALS_FURNITURE_CHARS and pattern.isupper()
    if len(words) < MIN_INLINE_FURNITURE_WORDS:
        return False
    return "#" in pattern and any(c.isalpha() for c in pattern) or \
        len(pattern) >= MIN_INLINE_FURNITURE_CHARS


def clean_paste(text: str, sources: PasteSources | None = None) -> str:
    """The quotation as the report has it, less what a paste from its PDF or web page adds:
    page furniture inside it (by the general rules, and as the sources' readers learnt it from
    their pages), footnote markers, a leading paragraph number, bullet glyphs and
    private-use characters, and words broken at a line end, joined or kept by the one rule
    of index.text.keeps_line_end_hyphen, with what the sources hold ("decision-\nmaking"
    stays two words where a source has "decision making" in a row)."""
    text = _repair_in_place(text)
    chars = list(text)
    def blank(a: int, b: int):
        for i in range(a, b):
            if chars[i] != "\n":
                chars[i] = " "
    for a, b in furniture_spans(text) + learnt_furniture_spans(text, sources):
        blank(a, b)
    for pattern in (BRACKET_FOOTNOTE, FOOTNOTE_MARKER, _LEADING_NUMBER):
        for m in pattern.finditer(text):
            blank(m.start(), m.end())
    for i, c in enumerate(chars):
        if c in _GLYPHS or "\ue000" <= c <= "\uf8ff":
            chars[i] = " "
    cleaned = "".join(chars)

    def join(m):
        before = re.search(r"[^\W\d_]+\Z", cleaned[:m.start()]).group()
        after = re.match(r"[^\W\d_]+", cleaned[m.end():]).group()
        pair = [fold(before), fold(after)]
        hyphenated = sources is not None and sources.holds_run(pair)
        joined = sources is not None and sources.holds_word(fold(before + after))
        return m.group() if keeps_line_end_hyphen(before, after, hyphenated, joined) else ""
    cleaned = _BROKEN_WORD.sub(join, cleaned)
    if sources is None:
        return cleaned

    def close_up(m):
        before = re.search(r"[^\W\d_]+\Z", cleaned[:m.start()]).group()
        after = re.match(r"[^\W\d_]+", cleaned[m.end():]).group()
        apart = sources.holds_word(fold(before)) and sources.holds_word(fold(after))
        return "" if sources.holds_word(fold(before + after)) and not apart else m.group()
    return _IN_WORD_HYPHEN.sub(close_up, cleaned)


# A compound the motion hyphenates that the source's reader closed up, its hyphen taken for a
# line end's ("well-resourced" read "wellresourced": ashcombe's 7.1, issue 21): joined when
# the sources use the joined word and cannot have the two halves apart (one is no word of
# theirs), so no passage that keeps the hyphen is lost.
_IN_WORD_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


_GLYPHS = frozenset("•·▪◦‣●")
# Characters a copy from a PDF viewer or a web page leaves inside words, unseen: the soft
# hyphen (and pdfium's U+FFFE for it), zero-width spaces and joiners, a byte order mark.
_INVISIBLE = "\u00ad\ufffe\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE_IN_WORD = re.compile(rf"[^\W\d_]+(?:[{_INVISIBLE}][ \t]*\n?[ \t]*[^\W\d_]+)+")
_INVISIBLE_ANY = re.compile(rf"[{_INVISIBLE}]")
# Apostrophes that are letters to Unicode (ʼ U+02BC, ʻ U+02BB): a word's "’s" stays its own.
_LETTER_APOSTROPHES = str.maketrans({"\u02bc": "\u2019", "\u02bb": "\u2018"})
# "[t]he", "[W]e": a bracketed first letter whose case the motion changed is the word itself.
_BRACKETED_INITIAL = re.compile(r"\[([^\W\d_])\](?=[^\W\d_])")


def _repair_in_place(text: str) -> str:
    """The same text, the same length (tokens' spans index into it): a word broken by an
    invisible character is joined ("particu\u00adlarly" → "particularly" and a space after),
    others become spaces; letter apostrophes are apostrophes; "[t]he" is "  the"."""
    text = text.translate(_LETTER_APOSTROPHES)
    if any(c in text for c in _INVISIBLE):
        def join(m):
            word = re.sub(rf"[{_INVISIBLE}\s]", "", m.group())
            return word + " " * (len(m.group()) - len(word))
        text = _INVISIBLE_IN_WORD.sub(join, text)
        text = _INVISIBLE_ANY.sub(" ", text)
    return _BRACKETED_INITIAL.sub(lambda m: "  " + m.group(1), text)


def without_markers(tokens: list[Token], text: str) -> list[Token]:
    """Tokens of `text` less footnote markers glued to the word before them, and less page
    numbers pasted on lines of their own ("…by some\nPage 3 of 5\nappointments…")."""
    markers = {m.start() for m in FOOTNOTE_MARKER.finditer(text)}
    spans = [(m.start(), m.end()) for m in PAGE_LINE.finditer(text)]
    spans += [(m.start(), m.end()) for m in BRACKET_FOOTNOTE.finditer(text)]
    return [t for t in tokens if t.start not in markers
            and not any(a <= t.start < b for a, b in spans)]


def is_number(word: str) -> bool:
    return any(c.isdigit() for c in word) or word.casefold() in _NUMBER_WORDS


_QUOTES = {ord(c): "'" for c in "\u2018\u2019\u201a\u201b\u2032`\u00b4"}
_QUOTES.update({ord(c): '"' for c in "\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb"})
_DASHES = {ord(c): "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"}


def surface(text: str) -> str:
    """Text with quote and dash styles made one and whitespace collapsed, case kept.

    Two passages whose surfaces are equal read the same to a reader: the test for `verbatim`.
    """
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).translate(_DASHES)
    text = re.sub(r"[•·▪◦‣●\ue000-\uf8ff]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    # A space before punctuation is a typesetting accident, not a different text.
    return re.sub(r" (?=[,.;:!?)])", "", text)


# A recommendation stored under its label ("R4"): named so, not as a paragraph.
# An amendment pasted with its tracked changes opens each change so: "[deleted: …]",
# "[inserted: …]" (claims split the two texts; a citation after an insertion's "]" is its).
TRACKED_OPENING = re.compile(r"\[(?:deleted|inserted|deletion|insertion|added|removed|del|ins)"
                             r"\s*:\s*", re.IGNORECASE)


def in_tracked_change(text: str, pos: int) -> bool:
    """Whether `pos` is inside an amendment's "[inserted: …" not yet closed."""
    opening = text.rfind("[", 0, pos)
    return opening >= 0 and "]" not in text[opening:pos] and \
        TRACKED_OPENING.match(text, opening) is not None


_RECOMMENDATION_LABEL = re.compile(r"^R\d{1,2}$")
# A lettered recommendation, stored as "RB" (index/paragraphs.py): printed "Recommendation B".
_LETTERED_RECOMMENDATION_LABEL = re.compile(r"^R([A-Z])$")


def section_name(section: str, style: str = "paragraph") -> str:
    """How a place is named in a note or a suggestion: "paragraph 4.50" (in the motion's own
    style: "Section 4.50", "para 4.50"), "recommendation R4", or "recommendation B"."""
    if _RECOMMENDATION_LABEL.match(section):
        return f"recommendation {section}"
    if _LETTERED_RECOMMENDATION_LABEL.match(section):
        return f"recommendation {section[1]}"
    if section.startswith("Table "):
        return section          # a table stored as a place of its own (issue 20)
    if PART_NAME.fullmatch(section):
        return f"the {section}"     # "the executive summary", "the foreword"
    return f"{style} {section}"


# The word a motion names an annex or appendix by, spelled out or cut short: "Annex A",
# "Annexe A" (the British spelling), "Appendix A", "App. A", "Appx A" (issue 21: "(App. A,
# para 3)" was read as the report's paragraph 3, a false wrong citation).
ANNEX_WORD = r"annexe?|appendix|app\.|appx\.?|apx\.?"


# A part of a report a motion cites by name, not a document of its own: "(executive summary)",
# "(foreword)", "(conclusions)", "(summary of recommendations)".
PART_NAME = re.compile(r"(?:executive\s+)?summary|foreword|introduction|conclusions?|"
                       r"(?:summary\s+of\s+)?recommendations", re.IGNORECASE)


# ---------------------------------------------------------------- one word, spelled otherwise

_SMALL_NUMBERS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_SMALL_NUMBERS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                       "eighty": 80, "ninety": 90})


def number_in_words(text: str) -> int | None:
    """The number a few words write ("forty-one", "forty one", "one hundred and twenty"), or
    None: up to 999, as a quotation may write a report's "41"."""
    words = [w for w in re.split(r"[\s\-‐‑]+", text.casefold()) if w]
    if not words or not 1 <= len(words) <= 5:
        return None
    current = 0
    for n, word in enumerate(words):
        if word == "and" and 0 < n < len(words) - 1:
            continue
        if word == "hundred" and 0 < current < 10:
            current *= 100
            continue
        value = _SMALL_NUMBERS.get(word)
        if value is None:
            return None
        if current % 10 or (current % 100 and value >= 10):
            return None     # "four two", "twenty thirty": no number
        current += value
    return current


# The English verbs with a past in -t beside one in -ed (a closed class).
_PAST_IN_T = {"learnt": "learned", "spelt": "spelled", "burnt": "burned", "dreamt": "dreamed",
              "leapt": "leaped", "spoilt": "spoiled", "smelt": "smelled", "spilt": "spilled",
              "knelt": "kneeled", "dwelt": "dwelled"}
_OUR = re.compile(r"(?<=.{2})our(?=(?:s|ed|ing|ite|ites|able|ably|er|ers)?$)")


def _spelling_key(word: str) -> str:
    """British and American spellings of one word alike: "organise"/"organize",
    "organisation"/"organization", "analyse"/"analyze", "judgement"/"judgment",
    "colour"/"color", "learnt"/"learned"."""
    w = word.casefold()
    w = _PAST_IN_T.get(w, w)
    w = w.replace("iz", "is").replace("yz", "ys").replace("ement", "ment")
    return _OUR.sub("or", w)


def spelled_otherwise(quote_word: str, source_word: str) -> bool:
    """Whether two words are one word written two ways: a number in words and in figures ("six"
    and "6") or a British and an American spelling ("learnt" and "learned"). Quoting the one
    for the other changes nothing the source says."""
    q, s = quote_word.casefold(), source_word.casefold()
    if q == s:
        return True
    for a, b in ((q, s), (s, q)):
        if a in _SMALL_NUMBERS and b.isdigit():
            return _SMALL_NUMBERS[a] == int(b)
    return q.isalpha() and s.isalpha() and q[:1] == s[:1] and _spelling_key(q) == _spelling_key(s)
