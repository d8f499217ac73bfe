"""Split a report's pages into its own units: numbered paragraphs, unnumbered text, footnotes.

The pipeline, in order:
1. `split_footnotes`: footnote texts at a page's foot become their own lines-of-record;
2. `find_candidates`: lines that could start a numbered paragraph (3.4, 4.50, 3.4.1) or a
   chapter ("3 Culture", "3. Culture");
3. `choose_numbering`: the longest run of candidates whose numbers increase, so that a table
   cell, a date or a wrapped cross-reference ("as noted in paragraph\\n4.31") cannot start a
   paragraph that does not fit the report's sequence;
4. `assemble`: lines joined into paragraph texts, line-end hyphens rejoined, footnote markers
   taken out, every character's page recorded.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from index.models import FOOTNOTE_CALL, Page, Paragraph, ParagraphKind
from index.text import keeps_line_end_hyphen

# A numbered paragraph starts a line: "4.50 Text", "3.4.1 Text", "4.50. Text".
_NUMBERED = re.compile(r"^(\d{1,2})\.(\d{1,3})(?:\.(\d{1,3}))?\.?(?=\s+\S)\s+")
# A paragraph numbered straight through: "8. The cost …", or "8." printed alone.
_FLAT_NUMBERED = re.compile(r"^(\d{1,3})\.(?:\s+(?=\S)|$)")
# Chapter headings that only name the chapter ("Chapter 2: Governance", "PART 3"), capitalised:
# "chapter 3." opening a line is a sentence's end wrapped ("We return to this point in" /
# "chapter 3."), no heading (issue 20: it cut a two-column summary in Typst).
_CHAPTER_NAMED = re.compile(r"^(?:Chapter|CHAPTER|Part|PART)\s+\d{1,2}\b")
_NUMBER_ALONE = re.compile(r"^(\d{1,2})\.(\d{1,3})(?:\.(\d{1,3}))?\.?$")
# A chapter heading: "4 Leadership", "4. Leadership and culture", "Chapter 4: Leadership";
# its title capitalised ("6 months" in a table's column of timescales is none: issue 20).
_CHAPTER = re.compile(r"^(?:[Cc]hapter\s+|CHAPTER\s+)?(\d{1,2})\.?[:\s]\s*"
                      r"([A-Z\u2018\u201c'\"].{1,90})$")
# A footnote at a page's foot or in a Notes list: "8 Source: ...", "8. Source ...".
# (LibreOffice may print the label glued to its text: "1Survey administered …"; asciidoctor-pdf
# prints it in brackets, "[1] Local Government Act 1999 …", as it prints the call: issue 20.)
_FOOTNOTE_START = re.compile(r"^(?:\[(?=\d{1,3}\]))?(\d{1,3})"
                             r"(?:(?<=^\[\d)\]|(?<=^\[\d\d)\]|(?<=^\[\d\d\d)\]|\.?)"
                             r"(?:\s+|(?=[A-Z]))(\S.*)$")
# A footnote's label in brackets, "[1] …": no paragraph or list is numbered so.
_BRACKETED_LABEL = re.compile(r"^\[\d{1,3}\]")
# A footnote marker glued to the word or punctuation it follows: "budgets.8 The", "culture’12,".
_MARKER = re.compile(r"(?<!\d[.,:;])(?<=[a-z\)\]\u2019\u201d'\"%.,;:])(\d{1,3})(?=[\s.,;:)]|$)")
_MARKER_AFTER_NUMBER = re.compile(r"(?<=\d[.,;:])(\d{1,3})(?=\s|$)")
# A call the PDF reader found by its glyphs (index.models.FOOTNOTE_CALL): taken out wherever
# it stands, after a figure too ("Act 1999¹ to" is not "Act 19991 to"), with the brackets it
# is printed in ("Act 1999[¹] to": asciidoctor-pdf, issue 20) and the space set before it
# ("2026/27. ¹ Without": rinohtype).
_MARKED_CALL = re.compile(r" ?\[?" + FOOTNOTE_CALL + r"(\d{1,3})(?:(?<=\[.\d)\]|(?<=\[.\d\d)\]|"
                          r"(?<=\[.\d\d\d)\])?")
# A call printed in brackets glued to the word or full stop it follows, "31 March 2024.[3]"
# (asciidoctor-pdf's, when its raised glyphs are not told apart: issue 20), "Act 1999[1]";
# "see [3]" after a space is a reference, "[2019]" a year.
_BRACKET_CALL = re.compile(r"(?<=[^\s\[])\[(\d{1,3})\](?=[\s.,;:)]|$)")
# A GOV.UK page printed from the browser prints its calls as words: "… in 2023 [footnote 4]."
_PRINTED_CALL = re.compile(r"\s?\[footnote\s+(\d{1,3})\]", re.IGNORECASE)
# A footnote call ending a line after its sentence: "… 2021.4", "… duty.”12".
_CALL_AT_END = re.compile(r"(?<=\D[.:?!’”])" + FOOTNOTE_CALL + r"?\d{1,3}$")
# "averaged 11.4 days": a decimal, the sentence read on after it in lower case; a call glued
# to a number's full stop ends its sentence ("Act 1989.8 The …") (issue 20: a chapter's
# endnotes found pages after their calls made "11.4" read "11" before call 4).
_DECIMAL_READ_ON = re.compile(r"\s+[a-z]")
# "£412.6 million", "4.5 per cent": a number, not a number followed by a footnote marker.
_AMOUNT_BEFORE = re.compile(r"[£$€]\d[\d,]*[.,]$")
_AMOUNT_AFTER = re.compile(r"\s*(?:million|billion|bn|m|k|per\s*cent|percent|%|pence|p)\b",
                           re.IGNORECASE)
# A recommendation set out under its own label: "R4 The council should …", "R4" alone on its
# line, "Recommendation 4: …" (issue 20: R1-R9 were read into the paragraph before them, so a
# citation "(R4)" could not be checked). Taken only as a run R1, R2, … (see find_labelled).
# GOV.UK's "Recommendation 4 (R4) The council should …" gives the label twice: its "(R4)" is
# the label's, not the recommendation's words. "Rec 4", "Rec. 4": the label shortened.
_RECOMMENDATION = re.compile(r"^(?:R(?:ec\.?)?\s?(\d{1,2})|"
                            r"Recommendation\s+R?(\d{1,2})(?:\s*\(R\s?\2\))?)"
                            r"[.:)]?(?:\s+(?=\S)|$)")
# A recommendation under a letter: "Recommendation A: The council should …" (a Google Docs or
# Chromium list whose marker is "Recommendation A:"; issue 20: A-H were read into the last
# numbered paragraph). Stored as the place "RA", as "Recommendation 4" is "R4", so that it
# never shares a label with an annex "A" or its paragraphs A.1, A.2 … The word is spelled
# out and the letter followed by a colon, full stop or bracket: "Recommendation A council …"
# is no label. Taken only as a run A, B, C … (see find_labelled).
_LETTERED_RECOMMENDATION = re.compile(r"^Recommendation\s+([A-Z])[.:)](?:\s+(?=\S)|$)")
# Fewer labelled recommendations in sequence than this are words that happen to open a line.
MIN_LABELLED_RUN = 2
# An annex's or appendix's paragraph under its letter: "A.1 Our fieldwork …", "B2 We met …",
# "A.3" alone on its line (issue 20: the annex paragraphs were read as text, their number lost).
# Taken only as a run A.1, A.2, … of one letter (see find_labelled).
_ANNEX_PARAGRAPH = re.compile(r"^([A-Z])(\.?)(\d{1,2})\.?(?:\s+(?=\S)|$)")
# A paragraph of the executive summary under its label: "ES1 The council …", "ES.2", taken
# only as a run ES1, ES2 … (a citation "(ES3)" names it; it was read as the summary's text,
# its label lost).
_SUMMARY_PARAGRAPH = re.compile(r"^ES\.?\s?(\d{1,2})\.?(?:\s+(?=\S)|$)")
# A table's note below its rows: "Source: …", "Note: …", "Base: 412 respondents".
_TABLE_NOTE = re.compile(r"^(?:sources?|notes?|base)\s*:\s*\S", re.IGNORECASE)
# … or after a sentence of its own on the note's line: "Figures in brackets are income. Source:
# council outturn report, July 2024."
_TABLE_NOTE_AFTER = re.compile(r"^[A-Z][^.;]*[a-z][.;]\s+(?:sources?|notes?)\s*:\s*\S",
                               re.IGNORECASE)
# A caption's line that runs on to the next: a bracket left open, or a word that joins.
_CAPTION_RUNS_ON = re.compile(
    r"(?:\b(?:of|and|or|the|for|by|in|to|on|with|from|at|per)|[-–—,(£$])$", re.IGNORECASE)
# A table's caption above its rows: "Table 3: Usable reserves", "Table 2 – Staff survey", or
# "Table 2" on a line of its own, its title the table's first line (Typst's figure caption),
# or in capitals, "TABLE 1. Staff survey results" (groff -mm's .TB); numbered in its chapter,
# "Table 2.1: Usable reserves" (LaTeX's report class).
_TABLE_CAPTION = re.compile(r"^(?:Table|TABLE)\s+(\d{1,3}(?:\.\d{1,2})?|[A-Z]\.?\d{1,2})"
                            r"(?:\s*[:.–—-]?\s+([A-Z\u2018\u201c'\"(].*)|\s*[:.]?)$")
# The heading of a chapter's endnotes (a line of its own; never page furniture, however many
# chapters end with one atop a page).
NOTES_HEADING = _NOTES_HEADING = re.compile(r"^(notes|endnotes|footnotes|references)$",
                                            re.IGNORECASE)
# Words after which a number at the next line's start is a cross-reference, not a paragraph.
_XREF_WORDS = re.compile(
    r"(?:\b(?:paragraphs?|paras?|sections?|chapters?|see|and|to|in|at|of|under|also|or|"
    r"page|pages|p|pp|figure|table|annex|appendix|£|\$)|[£$,(\-–])\s*$", re.IGNORECASE)
_XREF_WORD_AT_END = re.compile(
    r"\b(?:paragraphs?|paras?|sections?|chapters?|pages?|pp?|figure|table|annex|appendix)\s*$",
    re.IGNORECASE)
_ANNEX = re.compile(r"^(?:annex(?:e)?|appendix|schedule|glossary)\b(?:\s+[A-Z0-9]{1,3}\b)?[^.,;]*$",
                    re.IGNORECASE)
_BULLET = re.compile(r"^[•·▪◦‣●○■□\-–*]\s*")
# A letter's salutation and its valediction, each a block of its own (issue 20: a letter's
# paragraphs are cited by their order, which a salutation joined to the first one shifts).
_SALUTATION = re.compile(r"^Dear\s+[^.;:!?]{1,60},?$")
_VALEDICTION = re.compile(r"^Yours\s+(?:sincerely|faithfully|truly|ever)\b[^.;:!?]{0,20}$",
                         re.IGNORECASE)

# Chapters are numbered 1-30 or so; "2023 Annual report" at a line start is not chapter 2023.
MAX_CHAPTER = 40
# A chapter heading is a short line; a longer one is a sentence that happens to start with a number.
MAX_HEADING_WORDS = 12
# A heading in unnumbered text ("Executive Summary", "Our Main Findings") is a few words.
MAX_TEXT_HEADING_WORDS = 8
# At a page's top a heading may be in sentence case ("Executive summary"), and shorter.
MAX_PAGE_TOP_HEADING_WORDS = 4
# Fewer chapter.paragraph numbers than this, and a report may be numbered straight through …
MIN_DOTTED_PARAGRAPHS = 3
# … when at least this many "N." paragraphs follow in sequence.
MIN_FLAT_PARAGRAPHS = 5
# Footnotes rarely run past this many lines each at a page's foot.
MAX_FOOTNOTE_LINES_EACH = 6
# A page of at least this many lines whose typical line is under this share of the
# document's is set in columns: its own typical line is its measure.
MIN_LINES_FOR_PAGE_MEASURE = 12
NARROW_PAGE_RATIO = 0.75
# A line this much shorter than the page's typical line ends a paragraph of unnumbered text.
SHORT_LINE_RATIO = 0.72
# A block of at most this many lines, a paragraph's gap below it, is a block of its own even
# when it ends no sentence: a letter's date or subject line, an address (issue 20). Longer,
# the gap may be a taller line inside a paragraph.
MAX_GAPPED_BLOCK_LINES = 2


@dataclass(frozen=True)
class _Line:
    page_no: int
    text: str
    footnote: bool = False   # found in a footnote block at the page's foot
    gap_after: bool = False  # a paragraph's gap below it on the page (Page.breaks)
    aside: bool = False      # set in a side column beside the text (Page.asides)
    cell: bool = False       # set in a table's column beside its row (Page.cells)


@dataclass(frozen=True)
class _Candidate:
    line_index: int
    key: tuple[int, ...]     # (chapter,) for a heading, (chapter, para[, sub]) for a paragraph
    section: str             # as printed, trailing full stop dropped
    body: str                # the line's text after the number
    is_heading: bool


def split_paragraphs(pages: tuple[Page, ...] | list[Page]) -> tuple[Paragraph, ...]:
    """Recover the report's numbered paragraphs, unnumbered text and footnotes from its pages."""
    lines = drop_pull_quotes(split_footnotes(pages))
    candidates = find_candidates(lines)
    chosen = choose_numbering(candidates)
    dotted = sum(not c.is_heading for c in chosen)
    # Paragraphs numbered straight through, when they outnumber the chapter.paragraph ones
    # FLAT_OVER_DOTTED times over: groff's -ms numbers its headings "1. Introduction" and
    # "1.1. Background", and a report numbering its paragraphs 1. to 140. beneath them
    # otherwise lost every paragraph number to its dozen subheadings (issue 20).
    typical_of = _typical_line_lengths(lines)
    flat = choose_flat_numbering(lines, typical_of)
    if len(flat) >= MIN_FLAT_PARAGRAPHS and len(flat) > FLAT_OVER_DOTTED * dotted or \
            dotted < MIN_DOTTED_PARAGRAPHS and len(flat) >= MIN_FLAT_PARAGRAPHS:
        chosen = flat + find_flat_chapters(lines, {c.line_index for c in flat}, typical_of)
    labelled = find_labelled(lines, {c.line_index for c in chosen})
    chosen = chosen + _chapters_of_labelled(candidates, chosen, labelled)
    return assemble(lines, chosen + labelled)


def _chapters_of_labelled(candidates: list[_Candidate], chosen: list[_Candidate],
                          labelled: list[_Candidate]) -> list[_Candidate]:
    """The chapter headings with no numbered paragraph of their own that head labelled places:
    "10. Recommendations" above Recommendations A-H, the chapter after the last one chosen
    (issue 20: dropped as a stray line, it and the text under it were read into 9.6)."""
    if not chosen or not labelled:
        return []
    last = max(chosen, key=lambda c: c.line_index)
    if last.key[0] >= MAX_CHAPTER:
        return []
    nexts = [c for c in candidates if c.is_heading and c.key == (last.key[0] + 1,)
             and c.line_index > last.line_index and c.section]
    # (the first labelled place after that chapter's start: a summary's ES1, ES2 … come
    # before every chapter)
    first_label = min((c.line_index for c in labelled if c.line_index > last.line_index),
                      default=-1)
    return [c for c in nexts[:1] if c.line_index < first_label]


# A chapter's title in a report numbered straight through ("2 Introduction and scope" above
# paragraph 12.): its number has no full stop, as the paragraphs' have.
_FLAT_CHAPTER = re.compile(r"^(\d{1,2})\s+([A-Z\u2018\u201c'\"][^.:;]{1,90})$")
# The same with the full stop, or a section below it ("1. Introduction", "2.3. Background",
# "2.3 Background", as groff's -ms numbers its headings): a heading only when the line is
# set as one (`_set_as_heading`), for a paragraph's own number has the full stop too.
_FLAT_SECTION = re.compile(r"^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+([A-Z\u2018\u201c'\"][^.;]{1,90})$")
# A report numbered straight through is read so when its paragraphs outnumber those of the
# chapter.paragraph reading this many times over (its numbered subheadings, "1.1. Background",
# are a few to a chapter; a report numbered 3.4, 3.5 … has no run of "1." to "40.").
FLAT_OVER_DOTTED = 2


def choose_flat_numbering(lines: list[_Line], typical_of: dict[int, int]) -> list[_Candidate]:
    """The paragraphs numbered straight through ("8. Text" or "8." alone), a line set as a
    heading ("1. Introduction") none of them unless the sequence wants its number there."""
    candidates = find_flat_candidates(lines)
    headings = {c.line_index for c in candidates
                if _set_as_heading(lines, c.line_index, c.body, typical_of)}
    chain = choose_numbering([c for c in candidates if c.line_index not in headings])
    # "47. The findings" over a list: a short line is a paragraph after all when its number is
    # the one missing between its neighbours in the sequence
    taken = {c.key[0]: c.line_index for c in chain}
    for c in candidates:
        if c.line_index in headings and c.key[0] not in taken and \
                taken.get(c.key[0] - 1, len(lines)) < c.line_index < taken.get(c.key[0] + 1, -1):
            chain.append(c)
    return sorted(chain, key=lambda c: c.line_index)


def _set_as_heading(lines: list[_Line], i: int, body: str, typical_of: dict[int, int]) -> bool:
    """Line i (its text after the number `body`) is set as a heading: a few words, no
    sentence's end, a line short of the page's measure, and the next line no run-on of it."""
    line = lines[i]
    if not body or len(body.split()) > MAX_HEADING_WORDS or re.search(r"[.,:;\-]$", body) or \
            re.search(r"\s\d{1,3}$", body):   # a contents line's page number ("2 Context 2")
        return False
    if len(line.text) >= SHORT_LINE_RATIO * typical_of.get(line.page_no, 80):
        return False
    following = lines[i + 1].text if i + 1 < len(lines) else ""
    return not following[:1].islower()


def find_flat_chapters(lines: list[_Line], taken: set[int],
                       typical_of: dict[int, int] | None = None) -> list[_Candidate]:
    """The chapter titles of a report numbered straight through, numbered 1, 2, 3 … in order:
    headings, not places (chapter 2 is not paragraph 2), so a paragraph before one never
    takes in the title and the subheading under it. A title numbered with a full stop or
    below a chapter ("1. Introduction", "1.2. Background") counts when set as a heading."""
    typical_of = typical_of or _typical_line_lengths(lines)
    found = []
    for i, line in enumerate(lines):
        if line.footnote or i in taken:
            continue
        m = _FLAT_CHAPTER.match(line.text)
        if m and len(m.group(2).split()) <= MAX_HEADING_WORDS and not re.search(r"\d$", m.group(2)):
            found.append(_Candidate(i, (int(m.group(1)),), "", m.group(2).strip(), True))
            continue
        m = _FLAT_SECTION.match(line.text)
        if m and _set_as_heading(lines, i, m.group(2).strip(), typical_of):
            found.append(_Candidate(i, tuple(int(n) for n in m.group(1).split(".")), "",
                                    m.group(2).strip(), True))
    found = _without_contents_lines(found, taken)
    # the longest run of strictly increasing numbers, in document order (a stray "3 Leadership"
    # quoted in the text, or a contents line, falls out)
    best_len = [1] * len(found)
    back = [-1] * len(found)
    for i, cand in enumerate(found):
        for j in range(i):
            if found[j].key < cand.key and best_len[j] + 1 > best_len[i]:
                best_len[i], back[i] = best_len[j] + 1, j
    if not found or max(best_len) < MIN_LABELLED_RUN:
        return []
    i = best_len.index(max(best_len))
    chain = []
    while i >= 0:
        chain.append(found[i])
        i = back[i]
    return chain[::-1]


def _without_contents_lines(found: list[_Candidate], taken: set[int]) -> list[_Candidate]:
    """The chapter titles less those of a table of contents: a title followed by the next
    title that is not below it ("1 Executive summary" then "2 Introduction and scope"), with
    no numbered paragraph between (issue 20: a contents list without page numbers, 1 to 11,
    outran the chapters themselves, whose "2 Introduction and scope" atop a page was then
    read into paragraph 8, and every paragraph's heading was the last contents line). A title
    over its first section ("1. Introduction" then "1.1. Background") stays."""
    paragraphs = sorted(taken)
    kept = []
    for cand, following in zip(found, found[1:] + [None]):
        if following is not None and following.key[:len(cand.key)] != cand.key:
            at = bisect.bisect_right(paragraphs, cand.line_index)
            if at == len(paragraphs) or paragraphs[at] > following.line_index:
                continue
        kept.append(cand)
    return kept


def find_labelled(lines: list[_Line], taken: set[int]) -> list[_Candidate]:
    """Places under labels of their own, each a place whose section is its label:
    recommendations (R1, R2 … or Recommendation 1, 2 …: "R4"; Recommendation A, B …: "RA"),
    the executive summary's (ES1, ES2 …) and the paragraphs of each annex or appendix (A.1,
    A.2 … or B1, B2 …, as printed). Only a run numbered 1, 2, 3 … in
    order counts: "R2 funding" or "M1 motorway" opening one line is not a place."""
    found = [_Candidate(i, (int(m.group(1) or m.group(2)),), f"R{m.group(1) or m.group(2)}",
                        body, False)
             for i, m, body in _lines_opening_with(lines, _RECOMMENDATION, taken)]
    lettered = [_Candidate(i, (ord(m.group(1)) - ord("A") + 1,), f"R{m.group(1)}", body, False)
                for i, m, body in _lines_opening_with(lines, _LETTERED_RECOMMENDATION, taken)]
    summary = [_Candidate(i, (int(m.group(1)),), f"ES{m.group(1)}", body, False)
               for i, m, body in _lines_opening_with(lines, _SUMMARY_PARAGRAPH, taken)]
    chosen = _longest_run(found) + _longest_run(lettered) + _longest_run(summary)
    taken = taken | {c.line_index for c in chosen}
    by_letter: dict[str, list[_Candidate]] = {}
    for i, m, body in _lines_opening_with(lines, _ANNEX_PARAGRAPH, taken):
        by_letter.setdefault(m.group(1), []).append(
            _Candidate(i, (int(m.group(3)),), f"{m.group(1)}{m.group(2)}{m.group(3)}", body,
                       False))
    for letter, found in by_letter.items():
        runs = _all_runs(found)
        if not runs:
            # an annex of one paragraph, "B.1" right under its heading "Annex B Financial
            # indicators" (issue 20: read into the last paragraph of annex A)
            runs = [c for c in found[:1] if c.key == (1,) and c.line_index > 0 and
                    re.match(rf"(?i:annex|appendix)\s+{letter}\b", lines[c.line_index - 1].text)]
        chosen += runs
    return sorted(chosen, key=lambda c: c.line_index)


def _runs(found: list[_Candidate]) -> list[list[_Candidate]]:
    """The runs numbered 1, 2, 3 … in document order among `found` (keys of one number)."""
    runs: list[list[_Candidate]] = []
    for cand in found:
        if runs and cand.key[0] == runs[-1][-1].key[0] + 1:
            runs[-1].append(cand)
        elif cand.key[0] == 1:
            runs.append([cand])
    return [run for run in runs if len(run) >= MIN_LABELLED_RUN]


def _longest_run(found: list[_Candidate]) -> list[_Candidate]:
    return max(_runs(found), key=len, default=[])


def _all_runs(found: list[_Candidate]) -> list[_Candidate]:
    """Every run of one letter's paragraphs: an annex A in each of two appendices restarts."""
    return [cand for run in _runs(found) for cand in run]


def place_kind(section: str | None) -> ParagraphKind:
    """The kind of place a label names: "R4" a recommendation, "A.1" an annex paragraph,
    "Table 3" a table, a number ("4.12", "87") a numbered paragraph."""
    if section and re.fullmatch(r"R(?:\d{1,2}|[A-Z])", section):
        return ParagraphKind.RECOMMENDATION
    if section and section.startswith("Table "):
        return ParagraphKind.TABLE
    if section and re.fullmatch(r"ES\d{1,2}", section):
        return ParagraphKind.SUMMARY
    if section and _ANNEX_PARAGRAPH.match(section):
        return ParagraphKind.ANNEX
    return ParagraphKind.NUMBERED


@dataclass(frozen=True)
class Block:
    """A whole block of text as a source's markup gives it (HTML, .docx): a heading, a
    paragraph, a list item, a table row. A footnote reference in `text` is written
    "\\x00label\\x00", so it is never taken for one of the words."""

    text: str
    tag: str        # "h1"-"h6" for a heading, "li" for a list item, "p", "tr", "caption", …


def split_blocks(blocks: list[Block], footnotes: dict[str, str]) -> tuple[Paragraph, ...]:
    """The report's units from its blocks, as `split_paragraphs` gives them from a PDF's
    lines: numbered paragraphs (with the bullets, table and text that follow them), chapter
    headings, unnumbered text, and each footnote right after the unit that cites it. There
    are no pages: every unit's page is 0."""
    blocks = _without_pull_quote_blocks(blocks)
    numbered = choose_numbered_blocks([(_take_markers(b.text)[0], b.tag.startswith("h"))
                                       for b in blocks])
    units: list[_Unit] = []
    labels_of: dict[int, list[str]] = {}
    heading: str | None = None
    current: _Unit | None = None
    for i, block in enumerate(blocks):
        text, labels = _take_markers(block.text)
        if i in numbered:
            section, _, is_heading = numbered[i]
            text, labels = _take_markers(_after_number(block.text))
            if is_heading:
                heading = text
            unit = _Unit(place_kind(section), section, heading, None, [_Line(0, text)])
            units.append(unit)
            current = None if is_heading else unit
        elif block.tag.startswith("h"):
            if block.tag in ("h1", "h2") or _CHAPTER_NAMED.match(text) or _ANNEX.match(text):
                heading = text
            units.append(_Unit(ParagraphKind.TEXT, None, heading, None, [_Line(0, text)]))
            current = None
        elif _TABLE_CAPTION.match(text) and i + 1 < len(blocks) and blocks[i + 1].tag == "tr":
            # "Table 1: Staff survey results" above a table's rows: the caption text of its
            # own, the rows the place "Table 1" (issue 20)
            units.append(_Unit(ParagraphKind.TEXT, None, heading, None, [_Line(0, text)]))
            current = _Unit(ParagraphKind.TABLE, f"Table {_TABLE_CAPTION.match(text).group(1)}",
                            text, None, [])
            units.append(current)
        elif current is not None and current.kind is ParagraphKind.TABLE and block.tag != "tr":
            # the table ended: what follows is text of its own
            current = _Unit(ParagraphKind.TEXT, None, heading, None,
                            [_Line(0, f"• {text}" if block.tag == "li" else text)])
            units.append(current)
        elif current is not None:
            current.lines.append(_Line(0, f"• {text}" if block.tag == "li" else text))
        else:
            units.append(_Unit(ParagraphKind.TEXT, None, heading, None,
                               [_Line(0, f"• {text}" if block.tag == "li" else text)]))
        labels_of.setdefault(id(units[-1]), []).extend(labels)
    paragraphs: list[Paragraph] = []
    placed: set[str] = set()

    def add(kind, section, unit_heading, text, label=None):
        if text:
            paragraphs.append(Paragraph(
                order=len(paragraphs), section=section, heading=unit_heading, kind=kind,
                first_page=0, last_page=0, text=text, page_starts=((0, 0),), label=label))

    for unit in _name_parts(_one_table_a_label(units)):
        add(unit.kind, unit.section, unit.heading, " ".join(ln.text for ln in unit.lines
                                                             if ln.text))
        for label in labels_of.get(id(unit), ()):
            if label in footnotes and label not in placed:
                placed.add(label)
                add(ParagraphKind.FOOTNOTE, None, unit.heading, footnotes[label], label)
    for label, text in footnotes.items():
        if label not in placed:
            add(ParagraphKind.FOOTNOTE, None, heading, text, label)
    return tuple(paragraphs)


def _without_pull_quote_blocks(blocks: list[Block]) -> list[Block]:
    """The blocks without pull quotes: a paragraph that is a quotation whole, whose words are
    printed in the text as well (drop_pull_quotes, for a source whose markup gives whole
    paragraphs: a .docx's indented, larger quotation repeating a sentence)."""
    keys = [_letters(_take_markers(b.text)[0]) if not b.tag.startswith("h") and b.tag != "tr"
            and _OPENS_QUOTE.match(b.text.strip()) and _CLOSES_QUOTE.search(b.text.strip())
            else None for b in blocks]
    if not any(keys):
        return blocks
    texts = [_letters(_take_markers(b.text)[0]) for b in blocks]
    dropped = {i for i, key in enumerate(keys) if key and len(key) >= MIN_PULL_QUOTE_CHARS
               and any(key in text for j, text in enumerate(texts) if j != i)}
    return [b for i, b in enumerate(blocks) if i not in dropped]


def _take_markers(text: str) -> tuple[str, list[str]]:
    """Footnote references taken out of the words ("[footnote 3]" is not the report's text)."""
    labels = re.findall(r"\x00(\w*)\x00", text)
    text = re.sub(r"\s*\x00\w*\x00", "", text)
    return re.sub(r"\s+", " ", text).strip(), [label for label in labels if label]


def _after_number(text: str) -> str:
    """"4.50 We recommend" -> "We recommend"; "Chapter 4: Leadership" -> "Leadership";
    "R4 The council should" -> "The council should"."""
    m = _RECOMMENDATION.match(text) or _LETTERED_RECOMMENDATION.match(text) or \
        _ANNEX_PARAGRAPH.match(text)
    if m:
        return text[m.end():]
    return re.sub(r"^(?:chapter\s+)?\d{1,3}(?:\.\d{1,3}){0,2}\.?[:\s]?\s*", "", text,
                  flags=re.IGNORECASE)


def choose_numbered_blocks(blocks: list[tuple[str, bool]]) -> dict[int, tuple[str, str, bool]]:
    """The blocks (of a source whose markup gives whole paragraphs: HTML, .docx) that start
    the report's numbered paragraphs and chapters, chosen as for a PDF's lines.

    Args:
        blocks: (text, is_heading_markup) in document order; only headings may be chapters.
    Returns:
        block index -> (section, text after the number, is_chapter_heading)
    """
    candidates = []
    for i, (text, heading) in enumerate(blocks):
        m = _NUMBERED.match(text)
        if m and not heading:
            parts = [int(g) for g in m.groups() if g is not None]
            body = text[m.end():]
            if not body[:1].islower() and 0 < parts[0] <= MAX_CHAPTER and parts[1] > 0:
                candidates.append(_Candidate(i, tuple(parts), m.group(0).strip().rstrip("."),
                                             body, False))
            continue
        m = _CHAPTER.match(text) if heading else None
        if m:
            chapter, title = int(m.group(1)), m.group(2).strip()
            if 1 <= chapter <= MAX_CHAPTER and len(title.split()) <= MAX_HEADING_WORDS:
                candidates.append(_Candidate(i, (chapter,), str(chapter), title, True))
    chosen = choose_numbering(candidates)
    if sum(not c.is_heading for c in chosen) < MIN_DOTTED_PARAGRAPHS:
        flat = []
        for i, (text, heading) in enumerate(blocks):
            m = _FLAT_NUMBERED.match(text)
            if m and not heading and int(m.group(1)) > 0 and text[m.end():][:1].strip() and \
                    not text[m.end():][:1].islower():
                flat.append(_Candidate(i, (int(m.group(1)),), m.group(1), text[m.end():], False))
        flat = choose_numbering(flat)
        if len(flat) >= MIN_FLAT_PARAGRAPHS:
            chosen = flat
    taken = {c.line_index for c in chosen}
    chosen += find_labelled([_Line(0, "" if heading else text) for text, heading in blocks], taken)
    return {c.line_index: (c.section, c.body, c.is_heading) for c in chosen}


# ---------------------------------------------------------------- 1. footnotes at the page foot

def page_markers(text: str) -> set[str]:
    """Numbers that look like footnote markers glued to the text they follow."""
    return {m.group(1) for m in _MARKER.finditer(text)} | \
        {m.group(1) for m in _MARKED_CALL.finditer(text)} | \
        {m.group(1) for m in _BRACKET_CALL.finditer(text)}


def loose_markers(text: str) -> set[str]:
    """Markers glued to a number's full stop ("Act 1989.8 The"): footnotes only in sequence."""
    return {m.group(1) for m in _MARKER_AFTER_NUMBER.finditer(text)}


def split_footnotes(pages) -> list[_Line]:
    """All lines in reading order, the footnote block at each page's foot flagged as such.

    A page's footnote block is the run of lines at its foot, below the last numbered
    paragraph start, that begins "N text" where N is a marker glued to a word higher up the
    same page; a chapter heading such as "5 Scrutiny" at a page's foot is not taken, because
    no "…word5 " marker points at it.
    """
    out: list[_Line] = []
    last_label, last_paragraph = 0, -1
    pending: set[str] = set()   # calls printed on earlier pages whose footnote is not yet read
    for page in pages:
        lines = list(page.lines or page.text.split("\n"))
        start, labels = _footnote_block_start(lines, last_label, last_paragraph, pending)
        if labels:
            last_label = max(labels)
        body = " ".join(lines if start is None else lines[:start])
        pending |= page_markers(body) | loose_markers(body)
        pending -= {str(n) for n in labels}
        numbers = [int(m.group(1)) for m in map(_FLAT_NUMBERED.match,
                                                 lines if start is None else lines[:start]) if m]
        last_paragraph = max([last_paragraph] + numbers)
        breaks = set(getattr(page, "breaks", ()))
        asides = set(getattr(page, "asides", ()))
        cells = set(getattr(page, "cells", ()))
        for i, text in enumerate(lines):
            out.append(_Line(page.page_no, text, footnote=start is not None and i >= start,
                             gap_after=i in breaks, aside=i in asides, cell=i in cells))
    return out


# A chapter's heading numbered as paragraphs numbered straight through are: "3. Recommendations".
_CHAPTER_HEADING_LINE = re.compile(r"^\d{1,2}\.\s+[A-Z][^.;:!?]{0,60}$")


def _footnote_block_start(lines: list[str], last_label: int, last_paragraph: int = -1,
                          pending: set[str] | frozenset = frozenset()
                          ) -> tuple[int | None, list[int]]:
    """Where the page's footnote block starts (None: none) and its labels, bottom up;
    `last_paragraph`: the number of the last paragraph numbered straight through on the
    pages before (-1: none yet); `pending`: the calls printed on those pages whose footnotes
    were not read yet."""
    best = None
    labels_seen: list[int] = []
    flat = [int(f.group(1)) if f else 0 for f in map(_FLAT_NUMBERED.match, lines)]
    # (a chapter's heading numbered so, "3. Recommendations" under groff -ms's .NH, is no
    # paragraph numbered straight through where one is above: counted, it made "2." of an
    # appendix's list under it, after its "1.", a footnote)
    body = [0 if _CHAPTER_HEADING_LINE.match(line) else n for n, line in zip(flat, lines)]
    # (a page's first line is a note's only in brackets, its call pages before: a chapter's
    # notes carried over onto a page of their own)
    first = 0 if lines and _BRACKETED_LABEL.match(lines[0]) else 1
    for i in range(len(lines) - 1, first - 1, -1):
        if _NUMBERED.match(lines[i]):
            break   # footnotes sit below every numbered paragraph on the page
        previous = max(body[:i], default=0) or max(flat[:i], default=0)
        if flat[i] == previous + 1 and previous - 1 in flat[:i] + [last_paragraph]:
            # "21. The audit committee …" under "20." and no higher number up the page: the
            # next paragraph numbered straight through, not a footnote (issue 20: groff -ms, a
            # footnote's call "2" above made "2. Leadership and culture" and "21." footnote
            # 2); footnotes "2." and "3." under paragraph 18. stay footnotes, and so do "1."
            # and "2." on a page before the numbered paragraphs begin
            break
        m = _FOOTNOTE_START.match(lines[i])
        if not m:
            continue
        label = m.group(1)
        if m.group(2)[:1].islower() or i and _XREF_WORD_AT_END.search(lines[i - 1]):
            continue   # "…required by section\n4 of the 1989 Act": a wrapped reference
        body_above = " ".join(lines[:i])
        in_sequence = int(label) == last_label + 1 or (
            labels_seen and int(label) == labels_seen[-1] - 1)
        # A footnote whose call is on an earlier page, its body carried over to this one
        # (paged-media CSS moves it so): the next footnote of the document, right above the
        # next one down this page's foot, or below paragraphs numbered past it ("62." above
        # "6. The phrase was used …" is no paragraph 6).
        flat_above = [int(f.group(1)) for f in map(_FLAT_NUMBERED.match, lines[:i]) if f]
        # Or the notes gathered at a chapter's end (a Google Docs or Chromium layout: issue 20),
        # their calls pages before: the next footnote, its call printed on an earlier page and
        # still unread, the block ending a sentence (a chapter's title at a page's foot,
        # "3 Culture", ends none).
        carried = int(label) == last_label + 1 and (
            bool(labels_seen) and int(label) == labels_seen[-1] - 1
            or bool(flat_above) and int(label) + 1 < max(flat_above)
            or label in pending and _ends_sentence(lines[-1]))
        # A label in brackets, "[2] Statutory guidance …", is a note's, whatever its order: its
        # call on this page or one before (asciidoctor-pdf numbers each chapter's notes from 1
        # and prints them at the chapter's end; issue 20).
        bracketed = bool(_BRACKETED_LABEL.match(lines[i])) and label in pending
        if label not in page_markers(body_above) and not carried and not bracketed and not (
                in_sequence and label in loose_markers(body_above)):
            continue
        if labels_seen and int(label) >= labels_seen[-1]:
            break   # labels must increase down the page
        if len(lines) - i > MAX_FOOTNOTE_LINES_EACH * (len(labels_seen) + 1):
            break
        labels_seen.append(int(label))
        best = i
    return best, labels_seen


# A pull quote: a few short lines set apart in a box or a larger type, opening with a quotation
# mark and closing with one, that repeat words printed in the text (issue 20: Chromium and
# WeasyPrint layouts read the box into the paragraph it floats beside or follows).
_OPENS_QUOTE = re.compile(r"^[“\"‘']")
_CLOSES_QUOTE = re.compile(r"[”\"’'][.,]?$")
MAX_PULL_QUOTE_LINES = 8
# Its words (letters and digits) at least this long: a short quoted phrase on a line of its
# own ("“Team Ashcombe”") may well recur in the text without being a box.
MIN_PULL_QUOTE_CHARS = 40
# Its lines all shorter than this share of the page's typical line: a box or a larger type.
PULL_QUOTE_LINE_RATIO = 0.8
# A pull quote printed without quotation marks is known by lines each set apart: at least
# this many of them (one line alone may be any short paragraph).
MIN_UNMARKED_LINES = 2


def _letters(text: str) -> str:
    """Letters and digits only, lower-cased: a line's words whatever its hyphens and spaces."""
    return re.sub(r"[^0-9a-z]", "", text.lower())


def drop_pull_quotes(lines: list[_Line]) -> list[_Line]:
    """The lines without the pull quotes: a quotation in a box of short lines whose words are
    printed in the text as well (the text is where they are the report's; the box only
    repeats them)."""
    if not any(_OPENS_QUOTE.match(line.text) for line in lines) and not any(
            a.gap_after and b.gap_after for a, b in zip(lines, lines[1:])):
        return lines
    typical = _typical_line_lengths(lines)
    keys = [_letters(line.text) if not line.footnote else "" for line in lines]
    whole = "".join(keys)
    offsets = [0]
    for key in keys:
        offsets.append(offsets[-1] + len(key))
    dropped: set[int] = set()
    for i, line in enumerate(lines):
        if line.footnote or not _OPENS_QUOTE.match(line.text.strip()):
            continue
        # A block after a paragraph's gap or a sentence's end, a gap below it, is set apart
        # however long its lines (a box across a single column, or atop the next: issue 20).
        apart = i > 0 and (lines[i - 1].gap_after or _ends_sentence(lines[i - 1].text))
        long_lines = False
        for j in range(i, min(i + MAX_PULL_QUOTE_LINES, len(lines))):
            if lines[j].page_no != line.page_no or lines[j].footnote:
                break
            if len(lines[j].text) >= PULL_QUOTE_LINE_RATIO * typical[line.page_no]:
                if not apart and not lines[j].gap_after:
                    break
                long_lines = True
            if _CLOSES_QUOTE.search(lines[j].text.strip()):
                # (or each of its lines a gap below it: set wider than the text, in a larger
                # type, wherever it stands, inside a paragraph too)
                spaced = all(lines[x].gap_after for x in range(i, j + 1))
                if long_lines and not lines[j].gap_after or long_lines and not apart and \
                        not spaced:
                    break
                # elsewhere: in the text without the box, which may stand inside the lines
                # of the paragraph it repeats
                block = whole[offsets[i]:offsets[j + 1]]
                if len(block) >= MIN_PULL_QUOTE_CHARS and \
                        block in whole[:offsets[i]] + whole[offsets[j + 1]:]:
                    dropped.update(range(i, j + 1))
                break
    dropped |= _unmarked_pull_quotes(lines, whole, offsets, dropped)
    return [line for k, line in enumerate(lines) if k not in dropped] if dropped else lines


# A sentence's end inside a block: a pull quote is one sentence (a summary's paragraph in a
# larger type, which may repeat the text too, is more).
_INNER_SENTENCE_END = re.compile(r"[.!?][”’\"']?\s+[A-Z“‘]")


def _unmarked_pull_quotes(lines: list[_Line], whole: str, offsets: list[int],
                          dropped: set[int]) -> set[int]:
    """Pull quotes printed without quotation marks: a block of MIN_UNMARKED_LINES lines or
    more, each but the last with a paragraph's gap below it (set in a larger type, or more
    widely, than the text), on one page, one sentence (a capital to a full stop), whose words
    are printed in the text as well (issue 20: a designed report's tinted boxes)."""
    found: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].gap_after and not lines[j].footnote and \
                lines[j].page_no == lines[i].page_no and j not in dropped:
            j += 1
        # lines[i:j] each have a gap below them: the box's lines but its last (the step from it
        # to the text below may be any), perhaps with the last line of the paragraph before it
        # and a heading after it
        last = j + 1 if j < len(lines) and lines[j].page_no == lines[i].page_no and \
            not lines[j].footnote and j not in dropped else j
        if last - i >= MIN_UNMARKED_LINES and j - i <= MAX_PULL_QUOTE_LINES + 2:
            spans = sorted(((a, b) for a in range(i, j) for b in range(a + MIN_UNMARKED_LINES,
                                                                         last + 1)
                            if b - a <= MAX_PULL_QUOTE_LINES), key=lambda ab: ab[0] - ab[1])
            for a, b in spans:
                text = " ".join(line.text for line in lines[a:b])
                block = whole[offsets[a]:offsets[b]]
                if text[:1].isupper() and _ends_sentence(text) and \
                        not _INNER_SENTENCE_END.search(text) and \
                        len(block) >= MIN_PULL_QUOTE_CHARS and \
                        block in whole[:offsets[a]] + whole[offsets[b]:]:
                    found.update(range(a, b))
                    break
        i = max(j, i + 1)
    return found


# ---------------------------------------------------------------- 2. candidates

def find_candidates(lines: list[_Line]) -> list[_Candidate]:
    """Lines that may start a numbered paragraph or a chapter, judged line by line."""
    candidates = []
    for i, line in enumerate(lines):
        if line.footnote:
            continue
        previous = lines[i - 1].text if i > 0 else ""
        if _XREF_WORDS.search(previous) and not _ends_sentence(previous):
            continue
        m = _NUMBERED.match(line.text) or _NUMBER_ALONE.match(line.text)
        if m and m.re is _NUMBER_ALONE:
            # The number printed on a line of its own (a hanging number set in the margin):
            # the paragraph's text starts on the next line.
            following = lines[i + 1].text if i + 1 < len(lines) else ""
            if following[:1].islower() or not following[:1].isalnum() and \
                    following[:1] not in "‘“'\"(£":
                continue
        if m:
            body = line.text[m.end():]
            if body[:1].islower():
                continue
            parts = [int(g) for g in m.groups() if g is not None]
            if parts[0] == 0 or parts[0] > MAX_CHAPTER or parts[1] == 0:
                continue
            section = m.group(0).strip().rstrip(".")
            candidates.append(_Candidate(i, tuple(parts), section, body, False))
            continue
        m = _CHAPTER.match(line.text)
        if m:
            chapter, title = int(m.group(1)), m.group(2).strip()
            if not 1 <= chapter <= MAX_CHAPTER or len(title.split()) > MAX_HEADING_WORDS:
                continue
            if title.endswith((".", ",", ";")) or re.search(r"\d$", title):
                continue   # a sentence or a date ("12 November 2024"), not a heading
            candidates.append(_Candidate(i, (chapter,), str(chapter), title, True))
    return candidates


def _lines_opening_with(lines: list[_Line], pattern: re.Pattern, taken: set[int]):
    """(index, match, text after it) for each line (not a footnote, not taken) that opens with
    `pattern` and starts a sentence there or on the next line (not "R2 funding, as …")."""
    for i, line in enumerate(lines):
        if line.footnote or i in taken:
            continue
        m = pattern.match(line.text)
        if not m:
            continue
        body = line.text[m.end():]
        following = body or (lines[i + 1].text if i + 1 < len(lines) else "")
        if following and not following[:1].islower():
            yield i, m, body


def find_flat_candidates(lines: list[_Line]) -> list[_Candidate]:
    """Lines that may start a paragraph numbered straight through: "8. Text" or "8." alone."""
    candidates = []
    for i, m, body in _lines_opening_with(lines, _FLAT_NUMBERED, set()):
        number = int(m.group(1))
        if number == 0:
            continue
        candidates.append(_Candidate(i, (number,), str(number), body, False))
    return candidates


def _ends_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", ":", "?", "!", "”", "’", '"'))


# ---------------------------------------------------------------- 3. the report's numbering

# How many candidates back a chain's previous step is looked for.
CHAIN_WINDOW = 400
# What a dotted number that skips a chapter costs the chain (a chain is worth 1 a paragraph):
# a chapter lost whole is rare, and a table's decimals alone on their lines ("37.2", "38.9",
# "40.6" below chapter 2) would otherwise be paragraphs of chapters 37 to 40 that shut out
# the rest of chapter 2 (issue 20: a table over a page break in the last chapter).
CHAPTER_SKIP_COST = 0.3


def choose_numbering(candidates: list[_Candidate]) -> list[_Candidate]:
    """The largest set of candidates whose numbers strictly increase, cheapest gaps first.

    Dynamic programming over candidates in document order (a longest increasing subsequence
    with a small cost per skipped number), so a table of contents, a date or a table cell
    that breaks the report's own sequence is left out.
    """
    import numpy as np

    n = len(candidates)
    if n == 0:
        return []
    # The cost of a step from key a to key b, computed for the CHAIN_WINDOW candidates before
    # b at once: b must be greater; within a chapter, 0.01 a paragraph number skipped (a
    # sub-paragraph "3.4.1" may follow "3.4"), a chapter heading alone never follows its own
    # chapter; across chapters, CHAPTER_SKIP_COST a chapter skipped (0.01 in numbering
    # straight through) and 0.01 a first paragraph number skipped, plus 0.001.
    keys = [c.key for c in candidates]
    first = np.array([k[0] for k in keys], dtype=np.int64)
    para = np.array([k[1] if len(k) > 1 else 0 for k in keys], dtype=np.int64)
    length = np.array([len(k) for k in keys], dtype=np.int64)
    # Tuples compare as these codes do: a missing part (-1) sorts before any number.
    order = np.array([sum((part + 1) << (20 * (2 - place)) for place, part in
                          enumerate(tuple(k) + (-1,) * (3 - len(k)))) for k in keys],
                     dtype=np.int64)
    best = np.ones(n)      # value of the best chain ending at i
    back = [-1] * n
    for i in range(1, n):
        lo = max(0, i - CHAIN_WINDOW)
        a0, a1 = first[lo:i], para[lo:i]
        b0, b1, b_len = first[i], para[i], length[i]
        same = a0 == b0
        possible = order[lo:i] < order[i]
        if b_len == 1:
            possible &= ~same
        step = b1 - a1 - np.where((b_len == 3) & (b1 == a1), 0, 1)
        skip = CHAPTER_SKIP_COST if b_len >= 2 else 0.01
        cost = np.where(same, 0.01 * np.maximum(step, 0),
                        skip * (b0 - a0 - 1) + 0.01 * max(b1 - 1, 0) + 0.001)
        value = np.where(possible, (best[lo:i] + 1.0) - cost, -np.inf)
        j = int(np.argmax(value))
        if value[j] > best[i]:
            best[i], back[i] = value[j], lo + j
    i = int(np.argmax(best))
    chain = []
    while i >= 0:
        chain.append(candidates[i])
        i = back[i]
    chain.reverse()
    # A chapter heading with no numbered paragraph of its own is a stray line, not a chapter.
    chapters_with_paras = {c.key[0] for c in chain if not c.is_heading}
    chain = [c for c in chain if not c.is_heading or c.key[0] in chapters_with_paras]
    return [_nearest_heading(c, candidates, chain) if c.is_heading else c for c in chain]


def _nearest_heading(heading: _Candidate, candidates: list[_Candidate],
                     chain: list[_Candidate]) -> _Candidate:
    """The same chapter's heading nearest its first paragraph: a table of contents lists
    "1 Introduction" too, pages before the chapter itself."""
    first_para = next((c.line_index for c in chain
                       if not c.is_heading and c.key[0] == heading.key[0]), None)
    if first_para is None:
        return heading
    later = [c for c in candidates if c.is_heading and c.key == heading.key
             and heading.line_index < c.line_index < first_para]
    return later[-1] if later else heading


# ---------------------------------------------------------------- 4. assembling the texts

# A table's header row over a run of labelled rows ("No. Date Description" over "V1 …") is
# a few lines; repeated atop the next page, its cells may take a line each.
MAX_ROW_HEAD_LINES = 3
# A line of prose ends in a stop or a comma (a row's cells, "V1 Mar 2022 … 412", end in none).
_ROW_IS_PROSE = re.compile(r"[.,;:!?]$")
MAX_REPEATED_HEAD_LINES = 6

# Units that own the lines after their start until the next place or heading.
_PLACE_KINDS = (ParagraphKind.NUMBERED, ParagraphKind.RECOMMENDATION, ParagraphKind.ANNEX,
                ParagraphKind.TABLE, ParagraphKind.SUMMARY)

@dataclass
class _Unit:
    kind: ParagraphKind
    section: str | None
    heading: str | None
    label: str | None
    lines: list[_Line]
    # a heading's line of its own (a chapter's, a subheading's): never a part's prose
    is_heading: bool = False


def assemble(lines: list[_Line], chosen: list[_Candidate]) -> tuple[Paragraph, ...]:
    """Group lines into units and join each unit's lines into its text."""
    starts = {c.line_index: c for c in chosen}
    # A heading line just before a chapter's first paragraph names the chapter.
    units: list[_Unit] = []
    footnotes: list[_Unit] = []
    heading: str | None = None
    current: _Unit | None = None
    in_notes = False
    typical_of = _typical_line_lengths(lines)
    resume = 0
    heads = _repeated_heads(lines, chosen) | _repeating_boxes(lines, chosen)
    apart: _Unit | None = None       # the last unit of lines set apart (asides, heads)
    apart_lines: set[int] = set()
    row_letters: set[str] = set()    # the letters of runs read as a table's rows ("V1", "V2")
    annex_letters: set[str] = set()  # and of every run of annex-like labels seen so far

    for i, line in enumerate(lines):
        typical = typical_of[line.page_no]
        if line.footnote:
            m = _FOOTNOTE_START.match(line.text)
            if m:
                footnotes.append(_Unit(ParagraphKind.FOOTNOTE, None, heading, m.group(1),
                                       [_Line(line.page_no, m.group(2))]))
            elif footnotes:
                footnotes[-1].lines.append(line)
            continue
        beside_place = line.cell and current is not None and current.kind in (
            ParagraphKind.RECOMMENDATION, ParagraphKind.ANNEX)
        # (a header row under a table's caption is the table's own first row)
        table_head = i in heads and current is not None and \
            current.kind is ParagraphKind.TABLE and not current.lines
        if (line.aside or i in heads and not table_head or beside_place) and i not in starts:
            # a side column's box or pull quote: text of its own beside the paragraph, which
            # goes on after it; a table's header row over labelled places; a table's cell
            # beside a recommendation set in its row ("6 months"), none of its words, which a
            # table's rows keep (issue 20)
            if apart is None or apart is not units[-1] or i - 1 not in apart_lines:
                apart = _Unit(ParagraphKind.TEXT, None, heading, None, [])
                units.append(apart)
            apart.lines.append(line)
            apart_lines.add(i)
            continue
        cand = starts.get(i)
        if cand is not None and current is not None and current.kind is ParagraphKind.TABLE \
                and not cand.is_heading and place_kind(cand.section) is ParagraphKind.ANNEX \
                and (cand.section[0] in row_letters or cand.section[0] not in annex_letters
                     and len(current.lines) <= MAX_ROW_HEAD_LINES
                     and not _ROW_IS_PROSE.search(line.text.strip())):
            # "V1", "V2" … a run that opens under a table's caption: the table's rows,
            # labelled in its first column, never an annex's paragraphs (issue 20: pandoc
            # through LibreOffice, a table of contract variations read as annex paragraphs);
            # (opening the table, under its header row at most, its first line a row's cells,
            # no sentence: an annex's A.1 after a table is the annex's; so is its A.4 after a
            # table under A.3)
            row_letters.add(cand.section[0])
            annex_letters.add(cand.section[0])
            current.lines.append(line)
            continue
        if cand is not None and place_kind(cand.section) is ParagraphKind.ANNEX:
            annex_letters.add(cand.section[0])
        if cand is not None:
            in_notes = False
            if cand.is_heading and not cand.section:
                # a chapter of a report numbered straight through: a heading, not a place
                heading = cand.body
                units.append(_Unit(ParagraphKind.TEXT, None, heading, None,
                                   [_Line(line.page_no, line.text)], is_heading=True))
                current = None
                continue
            if cand.is_heading:
                heading = cand.body
                current = _Unit(ParagraphKind.NUMBERED, cand.section, heading, None,
                                [_Line(line.page_no, cand.body)])
                units.append(current)
                current = None
                continue
            current = _Unit(place_kind(cand.section), cand.section, heading, None,
                            [_Line(line.page_no, cand.body)])
            units.append(current)
            continue
        if _NOTES_HEADING.match(line.text):
            in_notes = True
            continue
        if in_notes:
            m = _FOOTNOTE_START.match(line.text)
            if m:
                footnotes.append(_Unit(ParagraphKind.FOOTNOTE, None, heading, m.group(1),
                                       [_Line(line.page_no, m.group(2))]))
            elif footnotes:
                footnotes[-1].lines.append(line)
            continue
        if _ANNEX.match(line.text) and line.text[:1].isupper() and (
                len(line.text) <= 0.6 * typical or i + 1 in starts):
            # (not "schedule of rates …" wrapped to a line start; a long title over the
            # annex's first place, "Annex B Financial indicators" over "B.1", on a page of
            # short table rows whose measure it passes, is the annex's heading too)
            # "Annex A Recommendations": the numbered chapters end; what follows is unnumbered.
            heading = line.text
            units.append(_Unit(ParagraphKind.TEXT, None, heading, None, [line], is_heading=True))
            current = None
            continue
        caption = _TABLE_CAPTION.match(line.text)
        if caption and _opens_block(lines, i):
            # "Table 2: Staff survey results": the caption is text of its own and the table's
            # name; the rows below it, to the next place or heading, are the table, a place
            # a citation can name ("Table 2"), not part of the paragraph above (issue 20).
            units.append(_Unit(ParagraphKind.TEXT, None, heading, None, [line]))
            current = _Unit(ParagraphKind.TABLE, f"Table {caption.group(1)}", line.text, None, [])
            units.append(current)
            continue
        if current is not None and current.kind is ParagraphKind.TABLE and not current.lines \
                and i not in starts and units[-2].lines[-1].page_no == line.page_no and \
                _caption_runs_on(units[-2].lines[-1].text, line.text):
            # "Table 1. Selected results of the staff survey (percentage of" / "respondents
            # agreeing)": the caption wrapped, its second line no row of the table (issue 20:
            # DocBook through FOP; the repeated header row then went unrecognised too)
            units[-2].lines.append(line)
            current.heading = f"{current.heading} {line.text}"
            continue
        if current is not None and current.kind is ParagraphKind.TABLE and \
                (_TABLE_NOTE.match(line.text) or _TABLE_NOTE_AFTER.search(line.text)):
            # "Source: staff survey" under a table: the table's note, not one of its rows
            current = _Unit(ParagraphKind.TEXT, None, heading, None, [line])
            units.append(current)
            continue
        if i < resume:
            continue    # a table's header row repeated atop its continued page
        if current is not None and current.kind is ParagraphKind.TABLE and current.lines and \
                line.page_no != current.lines[-1].page_no:
            repeated = _repeated_head(current.lines, lines, i)
            if repeated:
                resume = i + repeated
                continue
        if current is not None and current.kind is ParagraphKind.TABLE and current.lines and \
                line.page_no != current.lines[0].page_no and \
                lines[i - 1].page_no == line.page_no:
            # the header row repeated on the continued page but drawn after its rows, the
            # page's next paragraph or its end right below it (wkhtmltopdf's <thead>: issue 20)
            repeated = _repeated_head(current.lines, lines, i)
            if repeated and (i + repeated in starts or i + repeated >= len(lines) or
                             lines[i + repeated].page_no != line.page_no):
                resume = i + repeated
                continue
        if current is not None and current.kind in _PLACE_KINDS:
            # (a row's last cell over the next row of a run read as the table's rows is none)
            # (nor the header row over the first: "No. Date Description" over "V1 …")
            below = starts.get(i + 1)
            next_row = current.kind is ParagraphKind.TABLE and below is not None and \
                not below.is_heading and place_kind(below.section) is ParagraphKind.ANNEX and (
                    below.section[:1] in row_letters or below.section[:1] not in annex_letters
                    and len(current.lines) < MAX_ROW_HEAD_LINES
                    and not _ROW_IS_PROSE.search(lines[i + 1].text.strip()))
            if not next_row and _is_subheading(line, lines, i, starts, typical,
                                               after_rows=current.kind is ParagraphKind.TABLE):
                if _CHAPTER_NAMED.match(line.text):
                    heading = line.text
                elif _CHAPTER.match(line.text) and not line.text[:1].isupper():
                    heading = _CHAPTER.match(line.text).group(2)
                units.append(_Unit(ParagraphKind.TEXT, None, heading, None, [line],
                                   is_heading=True))
                current = None
                continue
            if current.kind is ParagraphKind.NUMBERED and \
                    _opens_next_chapter(line, lines[i - 1], current.section):
                # "4 Recommendations" after 3.6's full stop, over a table of R1, R2 … or an
                # unnumbered part: the next chapter's heading, though no 4.1 follows it
                heading = _CHAPTER.match(line.text).group(2)
                units.append(_Unit(ParagraphKind.TEXT, None, heading, None, [line],
                                   is_heading=True))
                current = None
                continue
            if current.kind is not ParagraphKind.TABLE and _heads_page(lines, i, typical):
                # "Recommendations" atop the page after the last paragraph's full stop: an
                # unnumbered part begins (issue 20), its text no part of that paragraph
                heading = line.text
                units.append(_Unit(ParagraphKind.TEXT, None, heading, None, [line],
                                   is_heading=True))
                current = None
                continue
            current.lines.append(line)
            continue
        # Unnumbered text: before the first numbered paragraph, a letter, or after a subheading.
        new_page = i == 0 or lines[i - 1].page_no != line.page_no
        if _CHAPTER_NAMED.match(line.text) and len(line.text.split()) <= MAX_HEADING_WORDS or \
                _is_text_heading(line, "" if new_page else lines[i - 1].text, typical) or \
                _names_part_over_prose(lines, i):
            # "Executive Summary", "Foreword", "Annex A": a heading of its own, and the name
            # of the part that follows (a motion may cite "(Executive Summary)"), its number
            # aside ("1. Executive summary")
            part = _CHAPTER_NUMBER_BEFORE.sub("", line.text.strip())
            heading = part if _PART_HEADING.match(part) else line.text
            units.append(_Unit(ParagraphKind.TEXT, None, heading, None, [line], is_heading=True))
            current = None
            continue
        under_heading = bool(units) and units[-1].is_heading and \
            units[-1].lines[-1] is lines[i - 1]
        if _heads_place(lines, i, starts, typical) or \
                under_heading and _heads_prose(lines, i, typical):
            # a subheading over the chapter's first paragraph, or under a heading over prose:
            # the part it is in stays its name ("Our overall conclusion" under "Executive
            # summary"); under another heading (a title's last line) it names what follows
            if not (_heads_place(lines, i, starts, typical) or
                    _PART_HEADING.match((heading or "").strip())):
                heading = line.text
            units.append(_Unit(ParagraphKind.TEXT, None, heading, None, [line],
                               is_heading=True))
            current = None
            continue
        salutation = _SALUTATION.match(line.text) or _VALEDICTION.match(line.text)
        if current is None or current.kind is not ParagraphKind.TEXT or salutation:
            # a letter's "Dear Chief Executive," and "Yours sincerely," are blocks of their
            # own, however close the lines around them are set: its writers count its
            # paragraphs from the first after the one to the last before the other
            current = _Unit(ParagraphKind.TEXT, None, heading, None, [])
            units.append(current)
        current.lines.append(line)
        if _ends_text_paragraph(line, typical) or salutation or line.gap_after and (
                _ends_sentence(line.text) or len(current.lines) <= MAX_GAPPED_BLOCK_LINES
                and (len(line.text) < SHORT_LINE_RATIO * typical or _follows_salutation(units))):
            # a short last line, a paragraph's gap below a sentence, or below a block of a
            # line or two that ends none short of the measure (a letter's date) or under the
            # salutation (its subject line); a full line over a gap runs on (Typst sets a
            # paragraph's first line apart when a two-line label stands beside it)
            current = None

    vocabulary = _Vocabulary(lines)
    labels = {u.label for u in footnotes}
    paragraphs = []
    ordered = _interleave_footnotes(_name_parts(_one_table_a_label(units)), footnotes)
    marker_state: dict = {}
    for unit in ordered:
        text, page_starts = _join_lines(unit.lines, vocabulary)
        if unit.kind is ParagraphKind.FOOTNOTE or not (labels or FOOTNOTE_CALL in text
                                                       or _PRINTED_CALL.search(text)):
            text, page_starts = _strip_calls(text, page_starts, keep_digits=True)
        else:
            # a table's "7.3" is a decimal, never "7." and a footnote call
            text, page_starts = _strip_markers(text, page_starts, labels, marker_state,
                                               loose=unit.kind is not ParagraphKind.TABLE)
        if not text.strip():
            continue
        paragraphs.append(Paragraph(
            order=len(paragraphs), section=unit.section, heading=unit.heading, kind=unit.kind,
            first_page=page_starts[0][1], last_page=page_starts[-1][1], text=text,
            page_starts=tuple(page_starts), label=unit.label))
    return tuple(paragraphs)


# A table's header row ("No.", "Recommendation") is a line or two.
MAX_HEAD_LINES = 3


def _repeated_heads(lines: list[_Line], chosen: list[_Candidate]) -> set[int]:
    """The lines of a table's header row over labelled places (recommendations R1, R2 … in a
    table), known by its repeat atop the table's next page: the lines above the first place,
    back to the paragraph's last sentence, and the same words atop a later page before the
    run's last place (issue 20: "Recommendations No. Recommendation to the council" read into
    the paragraph above R1, and its repeat into R2)."""
    labelled = sorted(c.line_index for c in chosen
                      if place_kind(c.section) in (ParagraphKind.RECOMMENDATION,
                                                   ParagraphKind.ANNEX))
    if len(labelled) < MIN_LABELLED_RUN:
        return set()
    starts = {c.line_index for c in chosen}
    head: list[int] = []
    j = labelled[0] - 1
    while j >= 0 and len(head) < MAX_HEAD_LINES and j not in starts and \
            not lines[j].footnote and not _TABLE_CAPTION.match(lines[j].text) and \
            not (_ends_sentence(lines[j].text) and
                                           len(lines[j].text.split()) > 2):  # (not "No.")
        head.insert(0, j)
        j -= 1
    texts = [lines[k].text for k in head]
    # The repeat's words, however its cells are broken into lines: "No. Recommendation
    # Timescale" on one line over the table, its cells a line each atop the next page
    # (asciidoctor-pdf; issue 20). At least the head's last line is repeated whole.
    whole, last = _letters(" ".join(texts)), _letters(texts[-1]) if texts else ""
    found: set[int] = set()
    for i in range(labelled[0] + 1, labelled[-1]):
        if lines[i].page_no == lines[i - 1].page_no:
            continue
        for n in range(MAX_REPEATED_HEAD_LINES, 0, -1):
            if i + n > len(lines) or any(k in starts or lines[k].page_no != lines[i].page_no
                                         for k in range(i, i + n)):
                continue
            key = _letters(" ".join(ln.text for ln in lines[i:i + n]))
            if last and len(key) >= len(last) and whole.endswith(key):
                found |= set(range(i, i + n))
                break
    return found | set(head) if found else set()


# A box's title over the lines it holds: "Key finding: culture", "Summary of findings".
MAX_BOX_TITLE_WORDS = 6


def _repeating_boxes(lines: list[_Line], chosen: list[_Candidate]) -> set[int]:
    """The lines of a box set among the numbered paragraphs that repeats their words: a
    short title after a paragraph's last sentence, gaps above and below it, then one item or more (a bullet and its
    lines, or a block up to a paragraph's gap), each item's words printed in the text outside
    the box (issue 20: asciidoctor-pdf's "Key finding" sidebars, read into the paragraph
    above them). Text of its own, as a pull quote in a side column is; a box whose words are
    its own (a case study, a quotation) is not known so and stays where it stands."""
    starts = {c.line_index for c in chosen}
    if not starts:
        return set()
    first = min(starts)
    keys = [_letters(line.text) if not line.footnote else "" for line in lines]
    whole = "".join(keys)
    offsets = [0]
    for key in keys:
        offsets.append(offsets[-1] + len(key))
    found: set[int] = set()
    for i in range(first + 1, len(lines) - 1):
        title = lines[i].text.strip()
        if i in starts or lines[i].footnote or not title[:1].isupper() or \
                len(title.split()) > MAX_BOX_TITLE_WORDS or re.search(r"[.;,!?]$", title) or \
                not _ends_sentence(lines[i - 1].text) or i + 1 in starts or \
                not (lines[i - 1].gap_after and lines[i].gap_after):
            continue        # (a title set apart: a paragraph's gap above it and below it)
        items: list[tuple[int, int]] = []       # [a, b) line ranges
        j = i + 1
        while j < len(lines) and j not in starts and not lines[j].footnote:
            bullet = bool(_BULLET.match(lines[j].text))
            if bullet or not items:
                items.append((j, j + 1))
            elif lines[j - 1].gap_after or lines[j - 1].page_no != lines[j].page_no and \
                    _ends_sentence(lines[j - 1].text):
                break
            else:
                items[-1] = (items[-1][0], j + 1)
            j += 1
            if not bullet and len(items) == 1 and lines[j - 1].gap_after and \
                    not _BULLET.match(lines[items[0][0]].text):
                break       # a block without bullets: up to its gap
        if not items:
            continue
        inside = whole[offsets[i]:offsets[items[-1][1]]]
        outside = whole[:offsets[i]] + "\0" + whole[offsets[items[-1][1]]:]
        if len(inside) < MIN_PULL_QUOTE_CHARS:
            continue
        if all(len(whole[offsets[a]:offsets[b]]) >= MIN_PULL_QUOTE_CHARS // 2 and
               _letters(_BULLET.sub("", " ".join(ln.text for ln in lines[a:b]))) in outside
               for a, b in items):
            found |= set(range(i, items[-1][1]))
    return found


# The parts of a report a citation names by name ("(executive summary)", "(foreword)"): the
# paragraphs under such a heading are places under its name, lower-cased.
_PART_HEADING = re.compile(r"^(?:(executive\s+)?summary|(foreword|preface))$", re.IGNORECASE)
# A chapter's number before its heading's words: "1 ", "1. ", "Chapter 1: ".
_CHAPTER_NUMBER_BEFORE = re.compile(r"^(?:chapter\s+)?\d{1,2}\.?:?\s+", re.IGNORECASE)


def _name_parts(units: list[_Unit]) -> list[_Unit]:
    """The text under an "Executive summary" or "Foreword" heading as places named so, its
    headings not (issue 20: a report numbered straight through, its chapter 1 "Executive
    summary" paragraphs 1-8, had the chapter's heading "1 Executive summary" and a subheading
    stored as the summary, so "(executive summary)" was judged against them alone)."""
    out = []
    for unit in units:
        m = _PART_HEADING.match((unit.heading or "").strip())
        own_heading = len(unit.lines) == 1 and _CHAPTER_NUMBER_BEFORE.sub(
            "", unit.lines[0].text.strip()) == unit.heading.strip() if unit.heading else False
        if m and unit.kind is ParagraphKind.TEXT and not own_heading and not unit.is_heading:
            unit = _Unit(ParagraphKind.FOREWORD if m.group(2) else ParagraphKind.SUMMARY,
                         " ".join(unit.heading.lower().split()), unit.heading, unit.label,
                         unit.lines)
        out.append(unit)
    return out


def _one_table_a_label(units: list[_Unit]) -> list[_Unit]:
    """A table's label on one unit: the one with the most rows (a list of tables in the front
    matter names "Table 1: …" too); the others are text under their caption."""
    best: dict[str, _Unit] = {}
    for unit in units:
        if unit.kind is ParagraphKind.TABLE and (
                unit.section not in best or len(unit.lines) > len(best[unit.section].lines)):
            best[unit.section] = unit
    return [unit if unit.kind is not ParagraphKind.TABLE or best[unit.section] is unit else
            _Unit(ParagraphKind.TEXT, None, unit.heading, None, unit.lines) for unit in units]


def _caption_runs_on(caption: str, below: str) -> bool:
    """Whether a table's caption line goes on in the line below it: a bracket it opened is
    closed there, it ends on a word that joins, or the line below opens in lower case."""
    caption = caption.strip()
    return caption.count("(") > caption.count(")") or bool(_CAPTION_RUNS_ON.search(caption)) or \
        below[:1].islower() and not _ends_sentence(caption)


def _opens_block(lines: list[_Line], i: int) -> bool:
    """True when line i starts a block of its own: the first on its page, or after a line
    that ends a sentence or is heading-like ("… set out in\nTable 2: …" is a wrapped
    reference, not a caption)."""
    if i == 0 or lines[i - 1].page_no != lines[i].page_no or i + 1 >= len(lines):
        return i + 1 < len(lines)
    # "… shown in Table 1.7": a sentence ended by a footnote call
    previous = re.sub(r"(?<=[.:?!’”])" + FOOTNOTE_CALL + r"?\d{1,3}$", "",
                      lines[i - 1].text.strip())
    return _ends_sentence(previous) or (_is_heading_like(previous)
                                        and not _XREF_WORDS.search(previous))


def _interleave_footnotes(units: list[_Unit], footnotes: list[_Unit]) -> list[_Unit]:
    """Footnotes placed after the unit that was being read on their page (document order)."""
    if not footnotes:
        return units
    pending = list(footnotes)
    # Place each footnote after the last unit that starts on or before the footnote's page.
    result: list[_Unit] = []
    k = 0
    for unit in units:
        first_page = unit.lines[0].page_no if unit.lines else 0
        while k < len(pending) and pending[k].lines[0].page_no < first_page:
            result.append(pending[k])
            k += 1
        result.append(unit)
    result.extend(pending[k:])
    return result


def _typical_line_lengths(lines: list[_Line]) -> dict[int, int]:
    """Each page's typical full line: the document's, or the page's own where its lines are
    much shorter (a summary set in two columns, issue 20: there a sentence ending a column's
    line does not end its paragraph, nor is a short line a heading)."""
    document = _typical_line_length(lines)
    by_page: dict[int, list[_Line]] = {}
    for line in lines:
        by_page.setdefault(line.page_no, []).append(line)
    typical = {}
    for page_no, page_lines in by_page.items():
        own = _typical_line_length(page_lines)
        narrow = sum(not ln.footnote for ln in page_lines) >= MIN_LINES_FOR_PAGE_MEASURE and \
            own < NARROW_PAGE_RATIO * document
        typical[page_no] = own if narrow else document
    return typical


def _typical_line_length(lines: list[_Line]) -> int:
    lengths = sorted(len(ln.text) for ln in lines if not ln.footnote)
    if not lengths:
        return 80
    return lengths[int(len(lengths) * 0.8)]   # the 80th percentile: a full justified line


def letter_paragraph_numbers(paragraphs) -> dict[int, int]:
    """A letter's paragraphs numbered as its readers count them when they cite "paragraph 4
    of the letter": 1 is the first after the salutation ("Dear …,") and the subject line
    under it, the last the one before the valediction ("Yours sincerely,"); a heading or a
    bulleted item is no paragraph of the count. Returns {paragraph order: number}; empty for
    a document that numbers its paragraphs, or has no salutation to count from."""
    paragraphs = list(paragraphs)
    if any((p.section or "")[:1].isdigit() for p in paragraphs):
        return {}
    start = next((i for i, p in enumerate(paragraphs)
                  if _SALUTATION.match(p.text.strip())), None)
    if start is None:
        return {}
    body = []
    for p in paragraphs[start + 1:]:
        text = p.text.strip()
        if getattr(p.kind, "value", p.kind) == ParagraphKind.FOOTNOTE.value or not text:
            continue
        if _VALEDICTION.match(text):
            break
        if _BULLET.match(text) or not _ends_sentence(text) and \
                len(text.split()) <= MAX_HEADING_WORDS:
            continue    # the subject line, a heading, a list's item
        body.append(p)
    return {p.order: n for n, p in enumerate(body, start=1)}


# A table's header row is at most this many lines as a reader gives them (a line a cell).
MAX_HEAD_LINES = 8


def _repeated_head(table: list[_Line], lines: list[_Line], i: int) -> int:
    """How many lines from line i (the first of a page the table continues on) repeat the
    table's own first lines, its header row repeated atop the page (Word's "repeat as header
    row", HTML's <thead>), however the reader cut them into lines: no rows of the table
    (issue 20). 0 when they do not."""
    heads = {" ".join(" ".join(ln.text for ln in table[:m]).split())
             for m in range(1, min(MAX_HEAD_LINES, len(table) - 1) + 1)}
    found, text = 0, ""
    for n in range(MAX_HEAD_LINES):
        if i + n >= len(lines) or lines[i + n].page_no != lines[i].page_no:
            break
        text = " ".join((text + " " + lines[i + n].text).split())
        if text in heads:
            found = n + 1
    return found


def _follows_salutation(units: list[_Unit]) -> bool:
    """Whether the last unit is the first after a letter's salutation ("Dear …,")."""
    return len(units) >= 2 and len(units[-2].lines) == 1 and \
        bool(_SALUTATION.match(units[-2].lines[0].text))


def _ends_text_paragraph(line: _Line, typical: int) -> bool:
    return _ends_sentence(line.text) and len(line.text) < SHORT_LINE_RATIO * typical


def _is_text_heading(line: _Line, previous: str, typical: int) -> bool:
    """A short title-like line in unnumbered text, after a finished sentence or a page start."""
    text = line.text.strip()
    words = text.split()
    if not words or len(words) > MAX_TEXT_HEADING_WORDS or len(text) > 0.6 * typical:
        return False
    if not text[:1].isupper() or text.endswith((".", ",", ";", ":", "-")) or _BULLET.match(text):
        return False
    previous = _CALL_AT_END.sub("", previous.strip())
    if previous and not _ends_sentence(previous) and not _is_heading_like(previous):
        return False
    small = {"of", "and", "the", "to", "for", "in", "on", "a", "an", "by", "with", "from"}
    if not previous and len(words) <= MAX_PAGE_TOP_HEADING_WORDS and not re.search(r"\d", text):
        return True     # "Executive summary" opening a page: a heading in sentence case
    return all(w[:1].isupper() or w.lower() in small or w[:1].isdigit() for w in words)


def _names_part_over_prose(lines: list[_Line], i: int) -> bool:
    """Line i is "Executive summary" (or "Foreword") alone, over prose: a heading in sentence
    case wherever it stands (a browser-printed GOV.UK page left it at a page's foot after the
    contents, and the summary's first paragraph took it in), but not a contents list's line,
    whose lines are titles, not sentences."""
    # ("1. Executive summary" too: groff -ms's .NH over a summary of labelled paragraphs)
    if not _PART_HEADING.match(_CHAPTER_NUMBER_BEFORE.sub("", lines[i].text.strip())) or \
            i + 1 >= len(lines):
        return False
    following = lines[i + 1]
    return not following.footnote and (len(following.text.split()) > MAX_TEXT_HEADING_WORDS
                                       or _ends_sentence(following.text))


def _heads_place(lines: list[_Line], i: int, starts, typical: int) -> bool:
    """Line i is a short title in sentence case over a numbered place's first line, after a
    finished sentence or a heading: "Our overall conclusion" over "1 This report sets out …"
    (issue 20: read as a paragraph of the summary, and stored as the executive summary)."""
    if i + 1 not in starts or i + 1 >= len(lines) or lines[i + 1].page_no != lines[i].page_no:
        return False
    previous = "" if i == 0 or lines[i - 1].page_no != lines[i].page_no else \
        _CALL_AT_END.sub("", lines[i - 1].text.strip())
    if previous and not _ends_sentence(previous) and not _is_heading_like(previous):
        return False
    return _is_text_heading(lines[i], "", typical)


def _opens_next_chapter(line: _Line, previous: _Line, section: str | None) -> bool:
    """Whether the line is the next chapter's heading ("4 Recommendations", "4. Annexes") on
    a line of its own after a sentence of the last paragraph (section) of the chapter before."""
    m = _CHAPTER.match(line.text.strip())
    if not m or not section or "." not in section or line.footnote or \
            len(line.text.split()) > MAX_HEADING_WORDS or _ends_sentence(line.text):
        return False
    chapter = section.split(".")[0]
    return chapter.isdigit() and int(m.group(1)) == int(chapter) + 1 and \
        _ends_sentence(_CALL_AT_END.sub("", previous.text.strip()))


def _heads_prose(lines: list[_Line], i: int, typical: int) -> bool:
    """Line i, under a heading, is a short title in sentence case over a full line of prose
    ("Our overall conclusion" under "Executive summary"): a subheading, no words of the
    part's first paragraph."""
    if i + 1 >= len(lines) or lines[i + 1].page_no != lines[i].page_no or \
            lines[i + 1].footnote:
        return False
    below = lines[i + 1].text
    return (len(below.split()) > MAX_TEXT_HEADING_WORDS or len(below) >= SHORT_LINE_RATIO * typical
            or _ends_sentence(below)) and _is_text_heading(lines[i], "", typical)


def _heads_page(lines: list[_Line], i: int, typical: int) -> bool:
    """True when line i, first on its page, is a heading: the page before ended a sentence,
    the line is a short title (_is_text_heading at a page's top) and text follows it there."""
    line = lines[i]
    if i == 0 or lines[i - 1].page_no == line.page_no or i + 1 >= len(lines) or \
            lines[i + 1].page_no != line.page_no or not lines[i + 1].text[:1].isupper():
        return False
    previous = _CALL_AT_END.sub("", lines[i - 1].text.strip())
    return _ends_sentence(previous) and _is_text_heading(line, "", typical)


def _is_heading_like(text: str) -> bool:
    return len(text.split()) <= MAX_TEXT_HEADING_WORDS and not text.endswith((",", ";"))


def _is_subheading(line: _Line, lines: list[_Line], i: int, starts, typical: int,
                   after_rows: bool = False) -> bool:
    """A short title-like line right before a numbered paragraph: a heading inside a chapter.

    `after_rows`: the line follows a table's rows, which end in no full stop; a line with no
    figure in it is then a heading, not a row."""
    text = line.text
    if i + 1 >= len(lines) or (i + 1) not in starts:
        return False
    # (a line with a paragraph's gap above and below it may be longer: a heading in a narrow
    # column; issue 20)
    set_apart = i > 0 and lines[i - 1].gap_after and line.gap_after
    if _ends_sentence(text) or text.endswith((",", ";", "-")) or \
            len(text) > (SET_APART_HEADING_RATIO if set_apart else 0.6) * typical:
        return False
    if after_rows and not re.search(r"\d", text):
        return text[:1].isupper() and len(text.split()) <= MAX_HEADING_WORDS
    previous = lines[i - 1].text if i > 0 else ""
    previous = _CALL_AT_END.sub("", previous)   # a footnote marker at its end
    if not _ends_sentence(previous) and not previous.endswith(":"):
        return False
    # ("2 Recommendations" over R1, a chapter of labelled places with no numbered paragraph:
    # read into the last paragraph of chapter 1)
    return (text[:1].isupper() or bool(_CHAPTER.match(text))) and \
        len(text.split()) <= MAX_HEADING_WORDS


# A heading with a paragraph's gap above and below it is at most this share of a typical line.
SET_APART_HEADING_RATIO = 0.9


class _Vocabulary:
    """The document's own words, to tell a line-end hyphen that splits a word from a compound."""

    def __init__(self, lines: list[_Line]):
        self.words: set[str] = set()
        self.compounds: set[str] = set()
        broken_before = False
        for line in lines:
            text = line.text.lower()
            words = re.findall(r"[a-z]+", text)
            broken_after = text.rstrip().endswith("-")
            # Halves of a word broken at a line end are not words of the document.
            if broken_before and words:
                words = words[1:]
            if broken_after and words:
                words = words[:-1]
            self.words.update(words)
            self.compounds.update(re.findall(r"[a-z]+-[a-z]+", text))
            broken_before = broken_after

    def keep_hyphen(self, left: str, right: str) -> bool:
        """True when "left-" at a line end and "right" on the next line form a hyphenated compound
        (index.text.keeps_line_end_hyphen, with what this document does elsewhere)."""
        left_l, right_l = left.lower(), right.lower()
        return keeps_line_end_hyphen(left_l, right_l, f"{left_l}-{right_l}" in self.compounds,
                                     left_l + right_l in self.words)


def _join_lines(lines: list[_Line], vocabulary: _Vocabulary) -> tuple[str, list[tuple[int, int]]]:
    """Lines into one text; line-end hyphens rejoined; each page's first offset recorded."""
    text = ""
    page_starts: list[tuple[int, int]] = []
    for line in lines:
        piece = line.text.strip()
        if not piece:
            continue
        if text:
            m = re.search(r"([A-Za-z]+)-$", text)
            n = re.match(r"([a-z]+)", piece)
            if m and n and not vocabulary.keep_hyphen(m.group(1), n.group(1)):
                text = text[:-1]            # "inade-" + "quate": one word broken at the line end
            elif not (m and piece[:1].isalnum()):
                text += " "                 # "plain-" + "English" stays "plain-English"
        if not page_starts or page_starts[-1][1] != line.page_no:
            page_starts.append((len(text), line.page_no))
        text += piece
    return text, page_starts or [(0, lines[0].page_no if lines else 1)]


def _strip_calls(text: str, page_starts, keep_digits: bool):
    """The glyph-found calls' marks (keep_digits: only the marks) and the calls a browser
    printed as words ("[footnote 4]", in a footnote's own text too) taken out, offsets shifted."""
    if FOOTNOTE_CALL not in text and "[" not in text:
        return text, page_starts
    pattern = (FOOTNOTE_CALL if keep_digits else _MARKED_CALL.pattern) + \
        f"|(?i:{_PRINTED_CALL.pattern})" + ("" if keep_digits else f"|{_BRACKET_CALL.pattern}")
    removed = [(m.start(), m.end() - m.start()) for m in re.finditer(pattern, text)]
    return re.sub(pattern, "", text), [
        (o - sum(n for at, n in removed if at < o), p) for o, p in page_starts]


def _strip_markers(text: str, page_starts, labels: set[str], state: dict, loose: bool = True):
    """Footnote markers taken out of the sentence they sit in, page offsets shifted to match.

    A marker glued to a word ("budgets.8 The") is taken when 8 is a footnote's label; one
    glued to a number's full stop ("Act 1989.8 The") only when 8 is the next footnote in
    sequence, since "Table 1.7 " might be just a number.
    """
    candidates = [(m, False) for m in _MARKER.finditer(text)] + \
        [(m, True) for m in (_MARKER_AFTER_NUMBER.finditer(text) if loose else ())] + \
        [(m, None) for m in _MARKED_CALL.finditer(text)] + \
        [(m, None) for m in _PRINTED_CALL.finditer(text)] + \
        [(m, None) for m in _BRACKET_CALL.finditer(text) if m.group(1) in labels]
    candidates.sort(key=lambda c: c[0].start())
    removed: list[tuple[int, int]] = []   # (offset in the original text, length)
    pieces = []
    last = 0
    for m, loose in candidates:
        label = m.group(1)
        if loose is None:       # found by its glyphs, or printed as words: a call
            state["last"] = int(label)
            pieces.append(text[last:m.start()])
            removed.append((m.start(), m.end() - m.start()))
            last = m.end()
            continue
        if label not in labels:
            continue
        if loose and (int(label) != state.get("last", 0) + 1
                      or _AMOUNT_BEFORE.search(text, 0, m.start())
                      or _AMOUNT_AFTER.match(text, m.end())
                      or _DECIMAL_READ_ON.match(text, m.end())
                      and text[m.start() - 1:m.start()] == "."):
            continue
        state["last"] = int(label)
        pieces.append(text[last:m.start()])
        removed.append((m.start(), m.end() - m.start()))
        last = m.end()
    if not removed:
        return text, page_starts
    pieces.append(text[last:])
    new_text = "".join(pieces)

    def shift(offset: int) -> int:
        return offset - sum(length for at, length in removed if at < offset)

    return new_text, [(shift(o), p) for o, p in page_starts]
