"""Text rules the index needs, and the checking side builds on: sentences and words.

`sentence_spans` cuts a paragraph into sentences (chunks are windows of whole sentences).
`tokenize` gives the words and numbers of a text as compared: each `Token` keeps its character
span, so a match maps back to the exact characters of the motion and of the report, and its
`key` is case-folded, ligatures and accents plain, British and American spellings made one.
The word postings (index/postings.py) are made of these keys; verifier/words.py adds the
rules of quotations and claims on top.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

# A sentence ends at . ! ? (and any closing quote or bracket) followed by space and a capital,
# a digit or an opening quote. Abbreviations common in the reports are not ends.
_SENTENCE_END = re.compile(r"[.!?][\"'’”)\]]*\s+(?=[\"'‘“(\[]?[A-Z0-9])")
_ABBREVIATIONS = ("e.g.", "i.e.", "etc.", "para.", "paras.", "no.", "nos.", "p.", "pp.", "mr.",
                  "mrs.", "ms.", "dr.", "cllr.", "st.", "vol.", "fig.", "cf.", "ch.", "s.")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences in `text`, surrounding spaces excluded."""
    spans = []
    start = _skip_space(text, 0)
    for m in _SENTENCE_END.finditer(text):
        end = m.start() + len(m.group().rstrip())
        if _ends_in_abbreviation(text[start:end]):
            continue
        if end > start:
            spans.append((start, end))
        start = m.end()
    tail = text[start:].rstrip()
    if tail:
        spans.append((start, start + len(tail)))
    return spans


def _ends_in_abbreviation(sentence: str) -> bool:
    last = sentence.rsplit(None, 1)[-1].lower() if sentence.strip() else ""
    return last.lstrip("([\"'‘“") in _ABBREVIATIONS


def _skip_space(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


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
    """Words and numbers of `text` (punctuation, quote marks and bullets are not tokens). A
    year with a footnote marker glued on ("1989.8") is two tokens, so the marker can be left out."""
    tokens = []
    links = [(m.start(), m.end()) for m in BRACKET_FOOTNOTE.finditer(text)] \
        if "[footnote" in text.lower() else []
    for m in _WORD.finditer(text):
        word, start = m.group(), m.start()
        if links and any(a <= start < b for a, b in links):
            continue
        cut = _YEAR_MARKER.match(word)
        if cut and FOOTNOTE_MARKER.match(text, start + cut.end()):
            tokens.append(Token(cut.group(1), fold(cut.group(1)), start, start + 4))
            tokens.append(Token(word[cut.end():], fold(word[cut.end():]), start + cut.end(), m.end()))
            continue
        tokens.append(Token(word, fold(word), start, m.end()))
    return _units_as_words(tokens, text)


# How a number's unit is written does not change the number: "£2.1m" is "£2.1 million",
# "48 per cent" is "48%" (a sign, which is no token). Part of the layout's name (postings.py).
UNIT_WORDS = {"m": "million", "mn": "million", "bn": "billion"}
PER_CENT = ("per", "cent")


# The unit may follow the number, and "cent" follow "per", across a line break: a pack's
# "rose by 34 per⏎cent" is "34%" (issue 23: a quotation wrapped there came back misquoted).
_UNIT_AFTER_NUMBER = re.compile(r"\d\s?(?:m|mn|bn|percent|per\s+cent)\b", re.IGNORECASE)
_UNIT_GAP = re.compile(r"\s?")
_PER_CENT_GAP = re.compile(r"[ \t]*\n?[ \t]*")


def _units_as_words(tokens: list[Token], text: str) -> list[Token]:
    if not _UNIT_AFTER_NUMBER.search(text):
        return tokens           # most paragraphs: nothing to do
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        after_number = bool(out) and out[-1].key[:1].isdigit() and \
            _UNIT_GAP.fullmatch(text, out[-1].end, token.start) is not None
        if after_number and token.key in UNIT_WORDS:
            out.append(Token(token.text, UNIT_WORDS[token.key], token.start, token.end))
        elif after_number and token.key == "percent":
            pass
        elif after_number and token.key == PER_CENT[0] and i + 1 < len(tokens) and \
                tokens[i + 1].key == PER_CENT[1] and \
                _PER_CENT_GAP.fullmatch(text, token.end, tokens[i + 1].start) is not None:
            i += 1
        else:
            out.append(token)
        i += 1
    return out


_YEAR_MARKER = re.compile(r"((?:19|20)\d\d)[.,](?=\d{1,2}$)")


# A footnote marker copied into a quotation with the words: "budgets.8 The", "culture’12,", and
# after a year, where the digits would otherwise read as one number ("Act 1989.8 Their",
# "in 2024,7 and"); a marker is one or two digits, a decimal or thousands part is longer or
# followed by a lower-case unit ("£3.4 million").
FOOTNOTE_MARKER = re.compile(
    r"(?<=[a-z\u2019\u201d'\")\].,;:])(?<!\d[.,;:])\d{1,2}(?=[\s.,;:)]|$)"
    r"|(?<=\b(?:19|20)\d\d[.,;:])\d{1,2}(?=\s+(?:[A-Z\u2018\u201c]|and\b|but\b|or\b)|\s*$)")
# GOV.UK's footnote links, in the motion's paste or in a source's text: "Act 1989[footnote 8]."
BRACKET_FOOTNOTE = re.compile(r"\s?\[footnote \d{1,3}\]", re.IGNORECASE)


# --- A hyphen at a line end (issue 20) -----------------------------------------------------------
# "well-" at a line's end and "resourced" on the next: the typesetter's hyphen in one word
# ("inade-" + "quate"), or the author's in a compound ("deep-rooted")? Every reader that joins
# lines (index.paragraphs for both PDF readers, verifier.words for a pasted quotation and an
# agenda pack's text) asks this one rule. What the document itself does decides first: the
# hyphenated form elsewhere keeps the hyphen, the joined form elsewhere joins. Else a general
# English word list decides: a joined form that is no English word ("wellresourced",
# "deeprooted", "costeffective") keeps its hyphen. The list is SCOWL's (index/data/README.md),
# not the embedding model's tokenizer vocabulary: a WordPiece vocabulary holds about 20,000
# whole words and splits common inflected ones ("safeguarding", "stakeholders") into pieces,
# so it would keep the typesetter's hyphen in them.
_ENGLISH_WORDS = "data/english-words.txt.gz"


@functools.lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    import gzip
    from importlib.resources import files

    data = files("index").joinpath(_ENGLISH_WORDS).read_bytes()
    return frozenset(gzip.decompress(data).decode("utf-8").split())


def is_english_word(word: str) -> bool:
    """Whether `word` (any case) is a word of the general English word list."""
    return word.casefold() in _english_words()


def keeps_line_end_hyphen(left: str, right: str, hyphenated_elsewhere: bool,
                          joined_elsewhere: bool) -> bool:
    """True when "left-" at a line end and "right" on the next line are a hyphenated compound
    (the hyphen is the author's), False when they are one word the typesetter broke.

    `hyphenated_elsewhere`: the document has "left-right" (or, for a paste, its source has the
    two words in a row); `joined_elsewhere`: it has "leftright" as one word."""
    if hyphenated_elsewhere:
        return True
    if joined_elsewhere:
        return False
    if not is_english_word(left) and not is_english_word(right):
        # neither half a word: a name the typesetter broke ("Har-" / "bourside" wards), not
        # a compound, whose halves are words or prefixes ("socio-economic") (issue 20)
        return False
    return not is_english_word(left + right)


# --- Page furniture learnt from a document (issue 20) --------------------------------------------
# The running headers, footers and page numbers a PDF reader removed from a document's pages
# (index/readers/furniture.py learns them from what repeats) are stored with it as patterns,
# and a quotation pasted from its PDF with one of them inside is cleaned of it (verifier/words.py).


def furniture_pattern(line: str) -> str:
    """A furniture line as stored and compared: spaces collapsed, each run of digits "#"
    ("Page 4 of 16" -> "Page # of #"), so one pattern stands for every page's line."""
    return re.sub(r"\d+", "#", " ".join(line.split()))


def furniture_patterns(pages) -> tuple[str, ...]:
    """The distinct patterns of the furniture removed from these pages (Page.furniture), in
    the order first met."""
    return tuple(dict.fromkeys(furniture_pattern(line) for page in pages
                               for line in page.furniture if line.strip()))


# TeX's T1 ("Cork") fonts put the ligatures ff, fi, fl, ffi and ffl at codes 0x1B-0x1F; a font
# embedded without a ToUnicode map (LaTeX through dvips and ps2pdf, bitmap Type 3 fonts) gives
# a PDF reader those codes as characters, which Python takes for spaces ("o cer" for
# "officer", issue 20). Each becomes Unicode's own ligature, one character as the code was (a
# reader's offsets into the page's characters hold), spelt out by NFKC where text is made
# plain (index.readers.furniture.normalise_text). No text has these control codes otherwise.
# The same fonts put "£" where Latin-1 has "¿" (0xBF): "¿4.2 million" is "£4.2 million", an
# inverted question mark before a figure being no English.
TEX_LIGATURES = {0x1B: "\ufb00", 0x1C: "\ufb01", 0x1D: "\ufb02", 0x1E: "\ufb03", 0x1F: "\ufb04"}
_TEX_CODES = re.compile("[\x1b-\x1f]|\u00bf(?=\\d)")
_TEX_POUND = re.compile("\u00bf(?=\\d)")


def with_tex_ligatures(text: str) -> str:
    """Text with TeX's T1 ligature codes (0x1B-0x1F) read as the ligatures they print, and
    its pound sign (0xBF, "¿") before a figure as "£"; one character for one."""
    if not _TEX_CODES.search(text):
        return text
    return _TEX_POUND.sub("£", text.translate(TEX_LIGATURES))

