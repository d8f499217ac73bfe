"""Words as the matcher compares them: one tokeniser for quotations and sources alike.

A token keeps its character span in the text it came from, so every match can be mapped back
to the exact characters of the motion and of the report. Comparison uses a token's `key`:
case-folded, ligatures and accents plain, British and American spellings made one.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# A number with its decimal point or thousands separators is one word ("£3.4", "1,206", "4.50"),
# so "£4.3 million" against "£3.4 million" is one changed number, not two reordered digits.
_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|\d+", re.UNICODE)

# Spellings that differ between British and American English count as a minor difference.
# Keys are folded to the British form; only whole words listed here or matching the -ize rule.
_SPELLINGS = {
    "color": "colour", "colors": "colours", "behavior": "behaviour", "behaviors": "behaviours",
    "favor": "favour", "favorable": "favourable", "honor": "honour", "labor": "labour",
    "neighbor": "neighbour", "neighborhood": "neighbourhood", "rumor": "rumour",
    "endeavor": "endeavour", "center": "centre", "centers": "centres", "program": "programme",
    "programs": "programmes", "judgement": "judgment", "defense": "defence", "offense": "offence",
    "license": "licence", "practise": "practice", "catalog": "catalogue", "dialog": "dialogue",
    "fulfill": "fulfil", "enrollment": "enrolment", "skillful": "skilful", "gray": "grey",
    "analyze": "analyse", "analyzed": "analysed", "paralyze": "paralyse", "toward": "towards",
    "canceled": "cancelled", "traveled": "travelled", "modeling": "modelling",
    "counseling": "counselling", "labeled": "labelled", "signaled": "signalled",
}
# -ize/-ise: "organization" and "organisation" are one word; short words ("size") are left.
_IZE = re.compile(r"(?<=\w{3})iz(e|es|ed|ing|ation|ations|er|ers)$")

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


@dataclass(frozen=True)
class Token:
    text: str       # as printed
    key: str        # as compared
    start: int      # character span in the text it came from
    end: int


@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """The comparison key of one word (cached: a report repeats its words many times)."""
    if word[:1].isdigit():
        return word.replace(",", "")
    w = unicodedata.normalize("NFKD", word.casefold())
    w = "".join(c for c in w if not unicodedata.combining(c))
    w = _SPELLINGS.get(w, w)
    return _IZE.sub(r"is\1", w)


def tokenize(text: str) -> list[Token]:
    """Words and numbers of `text` (punctuation, quote marks and bullets are not tokens)."""
    return [Token(m.group(), fold(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]


# A footnote marker copied into a quotation with the words: "budgets.8 The", "culture’12,".
FOOTNOTE_MARKER = re.compile(r"(?<=[a-z\u2019\u201d'\")\].,;:])(?<!\d[.,;:])\d{1,2}(?=[\s.,;:)]|$)")


# A page number pasted with the text of a PDF, on a line of its own inside a quotation.
PAGE_LINE = re.compile(r"(?<=\n)[ \t]*(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4})[ \t]*(?=\n)",
                       re.IGNORECASE)


def without_markers(tokens: list[Token], text: str) -> list[Token]:
    """Tokens of `text` less footnote markers glued to the word before them, and less page
    numbers pasted on lines of their own ("…by some\nPage 3 of 5\nappointments…")."""
    markers = {m.start() for m in FOOTNOTE_MARKER.finditer(text)}
    pages = [(m.start(), m.end()) for m in PAGE_LINE.finditer(text)]
    return [t for t in tokens if t.start not in markers
            and not any(a <= t.start < b for a, b in pages)]


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
    text = re.sub(r"[•·▪◦‣●]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    # A space before punctuation is a typesetting accident, not a different text.
    return re.sub(r" (?=[,.;:!?)])", "", text)
