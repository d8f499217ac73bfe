"""Find the quotations in a motion's text, each with its span and the citation the motion gives it.

Quotation marks are paired with a stack, left to right, the way a reader pairs them: curly
marks say which way they face; straight marks are read from the characters around them; a
right single mark between letters ("council’s", "don’t", "1990’s") is an apostrophe. A
quotation inside another ("… as a result of ‘speaking truth to power.’”) is returned after its
outer one with inner=True; the checker decides which of the two to report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from verifier.reading.citations import attach_citations, parse_bracketed, sentence_start
from verifier.errors import UnreadableMotion
from verifier.models import Motion, Quotation
from verifier.words import FOOTNOTE_AFTER_QUOTE

# A mark left open this long is unbalanced: it must not swallow the rest of the motion. The
# longest quotation in the Tower Hamlets motion is about 330 characters; a paragraph quoted
# whole from a report can run to a thousand or so.
MAX_QUOTE_CHARS = 1500
# Single marks are also apostrophes, so an open single mark is given up on sooner.
MAX_SINGLE_QUOTE_CHARS = 600
# One quoted word without a citation is a scare quote (the council was ‘outstanding’), not a
# quotation of a source; two or more words are kept.
MIN_WORDS_UNCITED = 2

# A quoted Title Case phrase of at most this many words, alone on its line (but for a label of
# at most MAX_HEADING_LABEL_WORDS words, "Motion:"), is the motion's title, not a quotation.
MAX_HEADING_WORDS = 10
MAX_HEADING_LABEL_WORDS = 3

# An uncited Title Case phrase of at most this many words is a name ("Transformation Advisory
# Board"), not words quoted from a report.
MAX_NAME_WORDS = 10
_NAME_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "by", "with",
                     "&", "de", "la"}

# Words right before a quoted name that make it the name of a document or a body: "the
# report “Best value inspection of the authority”", "a plan entitled ‘Fit for the Future’".
_NAMED_BY = re.compile(
    r"\b(?:report|document|paper|plan|strategy|review|letter|motion|programme|policy|"
    r"entitled|titled|called|named|headed)[ \t\u00a0]*$", re.IGNORECASE)

# A double quotation left unclosed is taken to its line's end only when it is this long.
MIN_UNCLOSED_WORDS = 6
# A bracketed citation at the very end of the quoted words.
_CITATION_INSIDE = re.compile(r"\s*[(\[]([^()\[\]]{1,80})[)\]][.,;]?\s*$")

DOUBLE, SINGLE = "double", "single"

# Characters that may stand just before a straight opening mark ("said: 'the…", "(“…").
# Bullets too: a straight mark right after "·" or "•" opens a quotation ('·"The lack…').
_OPENING_CONTEXT = set(" \t\n([{<“‘«—–-/:\u00a0·•▪◦‣●")


@dataclass(frozen=True)
class _Mark:
    pos: int
    family: str             # DOUBLE or SINGLE
    char: str
    can_open: bool
    can_close: bool


def find_quotations(text: str) -> tuple[Quotation, ...]:
    """Every quotation in the motion, in motion order, each with its citation attached."""
    spans = _pair_marks(text)
    quotations, marks, inside = [], {}, {}
    for open_pos, close_pos, after in spans:
        start, end = _strip(text, open_pos + 1, close_pos)
        if start >= end or not any(ch.isalnum() for ch in text[start:end]):
            continue
        # “… inadequate (para 5.6)”: a citation typed inside the marks is not quoted words.
        tail = _CITATION_INSIDE.search(text, start, end)
        if tail and text[start:tail.start()].rstrip()[-1:] not in "’”'\"":
            # (after an inner quotation's closing mark it is that inner quotation's citation)
            citation = parse_bracketed(text, tail.start(1), tail.end(1))
            if citation is not None and not citation.is_empty:
                start, end = _strip(text, start, tail.start())
                inside[start] = citation
        if start >= end:
            continue
        quotations.append(Quotation(text=text[start:end], start=start, end=end))
        marks[start] = (open_pos, after)
    quotations.sort(key=lambda q: (q.start, -q.end))
    quotations = _mark_inner(quotations)
    cited = attach_citations(text, quotations, marks)
    cited = tuple(replace(q, citation=inside[q.start]) if q.citation.is_empty and q.start in inside
                  else q for q in cited)
    return tuple(q for q in cited if not _is_named_title(text, q, marks) and (
        not q.citation.is_empty or _attributed_to_report(text, q, marks)
        or (len(q.text.split()) >= MIN_WORDS_UNCITED and not _is_heading(text, q)
            and not _is_name(q))))


# The motion's own sentence gives the quoted words to the report: "the inspectors called the
# council ‘dysfunctional’", "The report's verdict, in its own capitals: “A COUNCIL FAILING ITS
# RESIDENTS”" (issue 21). Then a scare word or a headline is a quotation of the report, to be
# judged; without such words it is the motion's own irony, and left alone.
_REPORT_SAYS = re.compile(
    r"\bthe\s+(?:(?:best\s+value\s+)?(?:inspection\s+)?report|inspectors?|inspection\s+team|"
    r"letter|secretary\s+of\s+state|minister)(?:['’]s)?\b[^.;!?“”\"]{0,60}?\b(?:says?|said|calls?|called|describes?|described|"
    r"found|finds|concluded|states?|stated|notes?|noted|warns?|warned|labels?|labell?ed|"
    r"stress(?:es|ed)?|wrote|writes?|recogni[sz](?:es|ed)|accept(?:s|ed)?|consider(?:s|ed)?|"
    r"brands?|branded|terms?|termed|verdict|words?|headline)\b|\baccording\s+to\s+the\s+"
    r"(?:report|inspectors?|letter)\b|"
    # what someone told the inspectors is what the report records ("As one officer told the
    # inspectors, the formal meetings were “theatre”": a residents' blog, netherby)
    r"\btold\s+(?:the\s+)?(?:inspectors?|inspection\s+team)\b", re.IGNORECASE)


def _attributed_to_report(text: str, quote: Quotation, marks: dict) -> bool:
    """Whether the motion's sentence, before the quotation, says the report said it."""
    if quote.inner:
        return False
    opening = marks.get(quote.start, (quote.start - 1, None))[0]
    begin = sentence_start(text, opening)
    return bool(_REPORT_SAYS.search(text, begin, opening))


def _is_named_title(text: str, quote: Quotation, marks: dict) -> bool:
    """A document's name in quotation marks right after the word that says so: the report
    “Best value inspection of the authority”. Its words are a title, in any case, whatever
    citation the sentence carries: checked as a quotation they would be 'misquoted'."""
    words = quote.text.split()
    # Lower case first ("the Leader called the report “deeply unfair”") is words, not a name.
    if quote.inner or len(words) > MAX_NAME_WORDS or quote.text[-1] in ".!?…,;:" \
            or "\n" in quote.text or not (quote.text[0].isupper() or quote.text[0].isdigit()):
        return False
    opening = marks.get(quote.start, (quote.start - 1, None))[0]
    return bool(_NAMED_BY.search(text, max(0, opening - 40), opening))


def _is_name(quote: Quotation) -> bool:
    """A name or title in quotation marks, not a quotation: the “Improvement and Assurance
    Plan”, the ‘Transformation Advisory Board’. Title Case throughout, short, unpunctuated."""
    words = quote.text.split()
    if len(words) > MAX_NAME_WORDS or quote.text[-1] in ".!?…,;:" or "\n" in quote.text:
        return False
    capitalised = [w for w in words if w[0].isupper()]
    return len(capitalised) >= 2 and all(
        w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_SMALL_WORDS for w in words)


def _is_heading(text: str, quote: Quotation) -> bool:
    """A quoted title standing as a heading: “Restoring Trust in Our Council” on its own line.

    Short, Title Case, no closing punctuation, and next to at most a label such as "Motion:".
    """
    words = quote.text.split()
    if len(words) > MAX_HEADING_WORDS or quote.text[-1] in ".!?…,;:" or "\n" in quote.text:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or len(w) <= 3 for w in words):
        return False
    line_start = text.rfind("\n", 0, quote.start) + 1
    line_end = text.find("\n", quote.end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start:quote.start - 1] + " " + text[quote.end + 1:line_end]
    return len(re.findall(r"\w+", rest)) <= MAX_HEADING_LABEL_WORDS


def _pair_marks(text: str) -> list[tuple[int, int, int]]:
    """(opening mark offset, closing mark offset, offset just after the quotation) for every
    pair of quotation marks, and for a double quotation left unclosed at its line's end."""
    stack: list[_Mark] = []
    pairs: list[tuple[int, int, int]] = []
    unclosed: list[_Mark] = []
    for mark in _read_marks(text):
        unclosed += [m for m in stack if mark.pos - m.pos > _limit(m.family)]
        stack = [m for m in stack if mark.pos - m.pos <= _limit(m.family)]
        if mark.can_close:
            index = _matching_opener(stack, mark)
            if index is not None:
                opener = stack[index]
                unclosed += stack[index + 1:]
                del stack[index:]        # anything opened after it and still open was unbalanced
                pairs.append((opener.pos, mark.pos, mark.pos + 1))
                continue
        if mark.can_open:
            # Nested quotations alternate double and single marks, so a second “ (or a second
            # opening ") while one is open means the first was never closed.
            unclosed += [m for m in stack if m.char == mark.char]
            stack = [m for m in stack if m.char != mark.char]
            stack.append(mark)
    unclosed += stack
    inside_pairs = [(a, b) for a, b, _ in pairs]
    for opener in unclosed:
        if opener.family == DOUBLE and not any(a < opener.pos < b for a, b in inside_pairs):
            closed = _close_at_line_end(text, opener.pos)
            if closed is not None:
                pairs.append(closed)
    return sorted(pairs)


def _close_at_line_end(text: str, open_pos: int) -> tuple[int, int, int] | None:
    """A quotation whose closing mark was forgotten: "… not been identified. (para 5.7)\n".

    It ends where its line ends, before a bracketed citation there, if it reads as a finished
    sentence of a few words; the motion's later marks are never swallowed.
    """
    line_end = text.find("\n", open_pos)
    line_end = len(text) if line_end < 0 else line_end
    segment = text[open_pos + 1:line_end]
    if any(c in segment for c in "“”\"") or len(segment.split()) < MIN_UNCLOSED_WORDS:
        return None
    citation = re.search(r"[(\[][^()\[\]]{1,80}[)\]][.,;]?\s*$", segment)
    end = open_pos + 1 + (citation.start() if citation else len(segment.rstrip()))
    if not citation and not text[:end].rstrip().endswith((".", "!", "?")):
        return None
    return (open_pos, end, end)


def _matching_opener(stack: list[_Mark], mark: _Mark) -> int | None:
    """The open mark this closing mark closes, or None.

    A single mark never closes across an open double mark (it is then an apostrophe inside
    the double quotation); a double mark does, and the single marks it passes are dropped.
    """
    for index in range(len(stack) - 1, -1, -1):
        opener = stack[index]
        if opener.family == mark.family:
            return index
        if mark.family == SINGLE and opener.family == DOUBLE:
            return None
    return None


_MARK_CHARS = re.compile("[“”„\"‘’'«»]")


def _read_marks(text: str) -> list[_Mark]:
    marks = []
    n = len(text)
    # Only the marks are looked at: a 100-page pack's text is read by the regex engine, not
    # character by character in Python (issue 23: 0.5 ms a page of a pack with none).
    for found in _MARK_CHARS.finditer(text):
        pos, ch = found.start(), found.group()
        prev = text[pos - 1] if pos > 0 else " "
        nxt = text[pos + 1] if pos + 1 < n else " "
        between_letters = prev.isalnum() and nxt.isalnum()
        if ch in "“«„":
            # A “ typed where ” belongs (autocorrect facing the wrong way) still closes.
            closes = ch == "“" and not prev.isspace() and not nxt.isalnum() and pos > 0
            marks.append(_Mark(pos, DOUBLE, ch, True, closes))
        elif ch in "”»":
            # … and a ” at a quotation's start still opens.
            opens = ch == "”" and prev in _OPENING_CONTEXT and not nxt.isspace()
            marks.append(_Mark(pos, DOUBLE, ch, opens, True))
        elif ch == "‘":
            if not between_letters and not nxt.isspace():
                marks.append(_Mark(pos, SINGLE, ch, True, False))
        elif ch == "’":
            # "council’s", "1990’s", "’90s": apostrophes. "Members’ " may still close a
            # quotation: _drop_possessive_closers decides.
            if between_letters or prev.isspace():
                continue
            marks.append(_Mark(pos, SINGLE, ch, False, True))
        else:
            family = DOUBLE if ch == '"' else SINGLE
            if family == SINGLE and (between_letters or _elided_year(text, pos)):
                continue
            can_open = prev in _OPENING_CONTEXT and not nxt.isspace()
            # '…performance data"19 (para 5.112)': a footnote marker glued to the closing mark.
            can_close = not prev.isspace() and (
                not nxt.isalnum() or bool(FOOTNOTE_AFTER_QUOTE.match(text, pos + 1)))
            if can_open or can_close:
                marks.append(_Mark(pos, family, ch, can_open, can_close))
    return _drop_possessive_closers(text, marks)


def _possessive(text: str, pos: int, capital_too: bool = False) -> bool:
    """A mark after a plural "s" and before a lowercase word: "Members’ allowances" (or, with
    `capital_too`, before any word: "the Members’ Code")."""
    return (pos > 0 and text[pos - 1] in "sS" and pos + 2 < len(text)
            and text[pos + 1] == " "
            and (text[pos + 2].islower() or capital_too and text[pos + 2].isupper()))


def _drop_possessive_closers(text: str, marks: list[_Mark]) -> list[_Mark]:
    """Drop a possessive-looking closing single mark when a later closer on the same line fits.

    In "the ‘Members’ allowances scheme’" the quotation closes at the last mark.
    """
    kept = []
    for i, mark in enumerate(marks):
        if mark.family == SINGLE and mark.can_close and not mark.can_open \
                and _possessive(text, mark.pos, capital_too=True):
            line_end = text.find("\n", mark.pos)
            line_end = len(text) if line_end < 0 else line_end
            later = [m for m in marks[i + 1:] if m.pos < line_end and m.family == SINGLE]
            if later and later[0].can_open and not later[0].can_close:
                later = []      # a new quotation opens first: this mark closes the current one
            if any(m.can_close and not _possessive(text, m.pos, capital_too=True) for m in later):
                continue
        kept.append(mark)
    return kept


def _elided_year(text: str, pos: int) -> bool:
    """A straight mark standing for dropped digits: "the '90s"."""
    return text[pos + 1:pos + 4].rstrip("s").isdigit() and text[pos + 3:pos + 4] in ("s", "")


def _limit(family: str) -> int:
    return MAX_QUOTE_CHARS if family == DOUBLE else MAX_SINGLE_QUOTE_CHARS


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _mark_inner(quotations: list[Quotation]) -> list[Quotation]:
    """Flag each quotation lying inside another as inner (its outer comes first in the list)."""
    result = []
    for i, q in enumerate(quotations):
        inside = any(o.start <= q.start and q.end <= o.end for o in quotations[:i])
        result.append(Quotation(text=q.text, start=q.start, end=q.end, inner=inside)
                      if inside else q)
    return result


def refuse_overlong(motion: Motion) -> None:
    """Raise UnreadableMotion if the motion's quotation marks hold a quotation too long to check.

    Called when a motion yields no quotation: a pair of double marks further apart than
    MAX_QUOTE_CHARS, with no other double mark between, is a quotation nobody can check as
    one (a 200,000-word "quotation", or a closing mark forgotten until the end), and "no
    quotations found" would hide it.
    """
    doubles = [m for m in _read_marks(motion.text) if m.family == DOUBLE]
    for opener, closer in zip(doubles, doubles[1:]):
        if opener.can_open and closer.can_close and closer.pos - opener.pos > MAX_QUOTE_CHARS:
            quoted = motion.text[opener.pos + 1:closer.pos]
            line = motion.text.count("\n", 0, opener.pos) + 1
            name = "standard input" if motion.path == "-" else motion.path
            raise UnreadableMotion(
                f"{name}: the quotation that opens on line {line} runs for "
                f"{len(quoted.split()):,} words ({len(quoted):,} characters) to its closing "
                f"mark; quotations of up to {MAX_QUOTE_CHARS:,} characters are checked, so "
                "quote a shorter passage or add the closing mark it is missing")


def number_quotations(quotations) -> tuple[str, ...]:
    """The number a reader is shown for each quotation, in the order given: "1", "2", … for
    the motion's own quotations, and "2a", "2b" for those quoted inside quotation 2. Both
    `verifier quotes` and `verifier check` use it, so a number means one quotation in both."""
    labels, outer, inner = [], 0, 0
    for q in quotations:
        if q.inner and outer:
            inner += 1
            labels.append(f"{outer}{_letters(inner)}")
        else:
            outer, inner = outer + 1, 0
            labels.append(str(outer))
    return tuple(labels)


def _letters(n: int) -> str:
    """1 → "a", 26 → "z", 27 → "aa" (a motion rarely quotes more than a few inside one)."""
    out = ""
    while n:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out
