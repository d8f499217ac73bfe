"""Pages of raw text made plain: what every PDF reader's output goes through.

Ligatures and odd spaces normalised, soft hyphens dropped, running headers, footers and page
numbers removed wherever they repeat (a report's own, or the date, title, address and "5/36"
a browser prints on every page), then the no-text-layer check, on what is left.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

from index.errors import UnreadablePDF
from index.models import ASIDE, CELL, PARAGRAPH_GAP, Page
from index.paragraphs import NOTES_HEADING

# How many lines at the top and at the bottom of a page may be running headers or footers.
FURNITURE_ZONE_LINES = 3
# The bottom zone is deeper: footnotes may follow the footer in the text a reader returns.
FOOTER_ZONE_LINES = 8
# A top/bottom line that recurs (digits ignored) on this share of pages is page furniture.
# Not 0.5: reports alternate odd/even headers, so each appears on about half the pages.
FURNITURE_MIN_SHARE = 0.3
# A line atop this many consecutive pages is a running header, however few pages it spans.
MIN_RUN_PAGES = 3
# Fewer characters than this on every page means there is no text layer to speak of.
MIN_TEXT_CHARS = 20

_PAGE_NUMBER = re.compile(
    r"^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|/)\s*\d{1,4})?$", re.IGNORECASE)
_CHAPTER_LIKE = re.compile(r"^\d{1,2}\.?\s+[A-Z]")
# "2.11" or "8." printed alone: a paragraph's number in the margin, never a page number.
_PARAGRAPH_NUMBER_ALONE = re.compile(r"^(?:\d{1,3}\.|\d{1,2}\.\d{1,3}(?:\.\d{1,3})?\.?)$")
# "2.12 We consider that …": a paragraph's first line, though a report may end each chapter
# with the same sentence (issue 20: a margin number put back before its line).
_PARAGRAPH_START = re.compile(r"^\d{1,2}\.\d{1,3}(?:\.\d{1,3})?\.?\s+[A-Z\u2018\u201c]")
# ("Agenda Item 5.1" atop one page and "Agenda Item 5.2" atop the next: sub-items, issue 23)
_ITEM_BANNER = re.compile(r"^(?:agenda\s+)?item\s+\d{1,2}(?:\.\d{1,2})?[a-z]?(?:\s?\([a-z0-9]{1,4}\))?"
                          r"(?:\s*[–—:-]\s*\S.*)?$", re.IGNORECASE)
# A number alone on its line, perhaps between dashes: "7", "- 7 -", "–7–", "-13".
_SIGNED_NUMBER = re.compile(r"^[-–—]?\s*(\d{1,4})\s*[-–—]?$")
_PAGE_N_OF_M = re.compile(r"\bpage\s+\d{1,4}\s+of\s+\d{1,4}\b", re.IGNORECASE)

# Characters NFKC leaves alone that a reader of the report would not tell apart from a space.
_SPACES = {ord(c): " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007"
           "\u2008\u2009\u200a\u202f\u205f\u3000\t"}
_INVISIBLE = {ord(c): None for c in "\u00ad\u200b\u200c\u200d\u2060\ufeff\x00"}
_HYPHENS = {ord(c): "-" for c in "\u2010\u2011"}       # HYPHEN, NON-BREAKING HYPHEN
_SOFT_HYPHEN_AT_END = re.compile(r"\u00ad[ \t]*\r?\n")
# Bullets that reach pypdf as control codes (reportlab's standard-font encoding puts "•" at
# 0x7F; WinAnsi has it at 0x95, which some producers leave undecoded).
_BULLETS = {0x7F: "•", 0x95: "•"}
# Word's Symbol-font bullets arrive as private-use code points (U+F0B7, U+F0A7, …).
_BULLETS.update({c: "•" for c in range(0xF020, 0xF100)})
_SPACE_RUN, _WHITE_RUN, _DIGIT_RUN = re.compile(r" {2,}"), re.compile(r"\s+"), re.compile(r"\d+")
# Whether a text holds any character the tables above change: str.translate looks each
# character up in a dict (0.3 ms a page), a regex class scans in C; most pages hold none.
_TRANSLATED = re.compile("[" + "".join(re.escape(chr(c)) for c in
                                       sorted({*_SPACES, *_INVISIBLE, *_BULLETS})) + "]")


def make_pages(raw_pages: list[str], name: str,
               min_chars: int = MIN_TEXT_CHARS) -> tuple[Page, ...]:
    """Pages of clean lines from each page's raw text, furniture removed.

    The text layer is judged after the furniture goes: a scan whose only text is a running
    header and "Page n of 12" (a scanner's stamp, or a producer's) has nothing to read.

    Raises:
        UnreadablePDF: no text layer worth the name.
    """
    line_lists = [normalise_text(text).split("\n") for text in raw_pages]
    line_lists = [[ln.strip() for ln in lines if ln.replace(PARAGRAPH_GAP, "").strip()]
                  for lines in line_lists]
    gaps = [{i for i, ln in enumerate(lines) if ln.endswith(PARAGRAPH_GAP)} for lines in line_lists]
    beside = [{i for i, ln in enumerate(lines) if ln.startswith(ASIDE)} for lines in line_lists]
    in_cells = [{i for i, ln in enumerate(lines) if ln.startswith(CELL)} for lines in line_lists]
    line_lists = [[ln.replace(PARAGRAPH_GAP, "").replace(ASIDE, "").replace(CELL, "").strip()
                   for ln in lines] for lines in line_lists]
    labels = printed_page_numbers(line_lists)
    raw_chars = sum(len(" ".join(lines)) for lines in line_lists)
    kept = remove_furniture(line_lists)
    before_lists = line_lists
    breaks = [_kept_indices(before, after, gap) for before, after, gap in
              zip(line_lists, kept, gaps)]
    asides = [_kept_indices(before, after, marked) for before, after, marked in
              zip(line_lists, kept, beside)]
    cells = [_kept_indices(before, after, marked) for before, after, marked in
             zip(line_lists, kept, in_cells)]
    line_lists = kept
    if sum(len(" ".join(lines)) for lines in line_lists) < min_chars:
        if raw_chars >= max(min_chars, MIN_TEXT_CHARS) * 2 and len(line_lists) > 2:
            # Text there, but all of it the same line on every page (digits aside): a scan
            # stamped with a header and "Page n of 12", or a file of nothing but furniture.
            raise UnreadablePDF(f"{name}: no body text: its only text is a line repeated on "
                                "every page (a running header, footer or page number); if it "
                                "is a scan, it needs OCR first, e.g. with OCRmyPDF")
        left = " ".join(" ".join(lines) for lines in line_lists if lines).strip()
        if left:
            # A few words (a form's labels, a title): a text layer, but nothing to check with.
            shown = left if len(left) <= 40 else left[:40].rsplit(" ", 1)[0] + " …"
            raise UnreadablePDF(f"{name}: too little text to check quotations against "
                                f"({len(left)} characters in all: “{shown}”); if its pages "
                                "are images, it needs OCR first, e.g. with OCRmyPDF")
        raise UnreadablePDF(f"{name}: no text layer (a scanned PDF?): it needs OCR first, "
                            "e.g. with OCRmyPDF")
    return tuple(Page(page_no=n, text="\n".join(lines), lines=tuple(lines), label=label,
                      breaks=gap, furniture=_removed(before, lines), asides=aside,
                      cells=cell)
                 for n, (before, lines, label, gap, aside, cell) in
                 enumerate(zip(before_lists, line_lists, labels, breaks, asides, cells),
                           start=1))


# A line at a page's edge that prints the page number beside words ("3 Financial management |
# 6", "Wendlebury BVI report 7", "7 | Introduction"): a few words, the number first or last.
_LEADING_NUMBER = re.compile(r"^(\d{1,4})(?![\d.,/:])")
_TRAILING_NUMBER = re.compile(r"(?<![\d.,/:£$€])(\d{1,4})$")
MAX_EDGE_NUMBER_WORDS = 8
# Such lines are page furniture when their number runs with the pages (at one distance from
# the PDF's page number) on at least this share of the pages, and on three or more.
EDGE_NUMBER_MIN_SHARE = 0.5


def _edge_numbers(line: str) -> set[int]:
    """The numbers a short line of more than a number prints first or last."""
    line = line.strip()
    if len(line.split()) > MAX_EDGE_NUMBER_WORDS or not re.search(r"[^\d\s]", line):
        return set()
    return {int(m.group(1)) for m in (_LEADING_NUMBER.search(line), _TRAILING_NUMBER.search(line))
            if m}


def _numbered_edge_beat(pages: list[list[str]]) -> int | None:
    """The distance between the PDF's page number and the number that the first or the last
    line of most pages prints beside a few words (a footer whose words change with the
    chapter, "3 Financial management | 6", recurs on no page whole: issue 20), or None."""
    offsets: Counter[int] = Counter()
    for n, lines in enumerate(pages, start=1):
        found = {number - n for line in (lines[:1] + lines[-1:]) for number in _edge_numbers(line)}
        offsets.update(found)
    if not offsets:
        return None
    offset, count = offsets.most_common(1)[0]
    return offset if count >= max(3, EDGE_NUMBER_MIN_SHARE * len(pages)) else None


def _removed(before: list[str], after: list[str]) -> tuple[str, ...]:
    """The lines of `before` that are not in `after` (`before` less some lines, order kept)."""
    removed, j = [], 0
    for line in before:
        if j < len(after) and after[j] == line:
            j += 1
        else:
            removed.append(line)
    return tuple(removed)


def _kept_indices(before: list[str], after: list[str], marked: set[int]) -> tuple[int, ...]:
    """The indices in `after` (`before` with furniture lines taken out, order kept) of the
    lines of `before` whose indices are `marked`."""
    found, j = [], 0
    for i, line in enumerate(before):
        if j < len(after) and after[j] == line:
            if i in marked:
                found.append(j)
            j += 1
    return tuple(found)


def pages_without_text(pages: tuple[Page, ...]) -> tuple[int, ...]:
    """1-based numbers of the pages left with no text: scanned pages, or blank ones."""
    return tuple(p.page_no for p in pages if len(p.text) < MIN_TEXT_CHARS)


def normalise_text(text: str) -> str:
    """Ligatures (NFKC), odd spaces, soft hyphens and zero-width characters made plain."""
    # A hyphen at a line end may be any of Unicode's: WeasyPrint prints U+2010 where it
    # hyphenates, and a soft hyphen a producer kept is printed as one there. All are "-" to
    # the one rule on line-end hyphens (index.text.keeps_line_end_hyphen).
    text = _SOFT_HYPHEN_AT_END.sub("-\n", text)
    if "\u2010" in text or "\u2011" in text:      # (translate looks up every character)
        text = text.translate(_HYPHENS)
    if _TRANSLATED.search(text):
        text = text.translate(_INVISIBLE).translate(_BULLETS)
    text = unicodedata.normalize("NFKC", text)
    if _TRANSLATED.search(text):
        text = text.translate(_SPACES)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _SPACE_RUN.sub(" ", text)


# (a line's key is asked for at each edge, again for each zone line, and by the running
# headers' rules: each line's made once, 0.39 -> 0.28 ms a plain pack page in make_pages,
# issue 23; a running header's line is the same string on every page)
@functools.lru_cache(maxsize=4096)
def _furniture_key(line: str) -> str:
    """A line with its digits blurred, so "Page 3 of 40" and "Page 4 of 40" compare equal."""
    # (" ".join(split()) is _WHITE_RUN's " " for every run, \s being str.isspace, at a third
    # of its cost: a key for every zone line of every page)
    return _DIGIT_RUN.sub("#", " ".join(line.lower().split()))


def is_page_number(line: str) -> bool:
    """"7", "- 7 -", "Page 3 of 40", "3/40", "vii"; not "2022/23" (a year, not page 2022 of
    23: a table's header row atop a page, issue 20)."""
    line = line.strip()
    m = _PAGE_NUMBER.match(line) or _PAGE_N_OF_M.search(line)
    if m:
        numbers = [int(n) for n in re.findall(r"\d+", m.group(0))]
        return len(numbers) < 2 or numbers[0] <= numbers[1]
    return bool(_ROMAN.match(line))


_ROMAN = re.compile(r"^[-–—\s]*([ivxlc]{1,7})[-–—\s]*$", re.IGNORECASE)
_NUMBER_IN_FOOTER = re.compile(r"(?:^|\bpage\s+)[-–—\s]*(\d{1,4})\b(?:\s*(?:of|/)\s*\d{1,4})?[-–—\s]*$",
                               re.IGNORECASE)


def printed_page_numbers(pages: list[list[str]]) -> list[str | None]:
    """The page number printed in each page's header or footer ("7" from "- 7 -" or
    "Page 7 of 40", "iii" from front matter), so that a motion citing "p. 7" can mean the
    printed page even where it is not the PDF's seventh."""
    candidates: list[list[str]] = []
    for lines in pages:
        found = []
        zone = lines[-FURNITURE_ZONE_LINES:][::-1] + lines[:FURNITURE_ZONE_LINES]
        for line in zone:
            m = _NUMBER_IN_FOOTER.search(line.strip()) if is_page_number(line) else None
            if m:
                found.append(m.group(1))
                continue
            roman = _ROMAN.match(line)
            if roman:
                found.append(roman.group(1).lower())
        candidates.append(found)
    # A page may print two numbers: an agenda pack's own "Page 23" and its paper's "Page 1 of
    # 5". The pack's runs with the pages at one distance; where a page has both, that one is
    # its number.
    beats = Counter(int(c) - n for n, found in enumerate(candidates) for c in found if c.isdigit())
    beat = beats.most_common(1)[0][0] if beats and beats.most_common(1)[0][1] >= 3 else None
    labels: list[str | None] = []
    for n, found in enumerate(candidates):
        on_beat = [c for c in found if c.isdigit() and int(c) - n == beat]
        labels.append(on_beat[0] if on_beat else (found[0] if found else None))
    return labels


def remove_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Drop running headers, footers and page numbers from the top and bottom of each page.

    A line near the top or the bottom is furniture when it is a page number ("12", "- 7 -",
    "Page 3 of 40") or when, digits blurred, it recurs there on enough pages. The lines are
    looked for in a zone, not only at the very ends: some producers draw the footer before
    the footnotes, so the footer sits above them in the text.
    """
    # Counted at each edge apart: a running line recurs at the same edge, and a letter's
    # sender atop its first page ("Minister of State for Local Government") is no footer where
    # the signature block at the foot of its last page repeats it (issue 20).
    counts: Counter[str] = Counter()
    seen_on: dict[str, list[int]] = {}
    for top in (True, False):
        edge_counts: Counter[str] = Counter()
        for page_index, lines in enumerate(pages):
            keys = {_furniture_key(lines[i]) for i in _zone(lines, top)}
            edge_counts.update(keys)
            for key in keys:
                seen_on.setdefault(key, []).append(page_index)
        for key, n in edge_counts.items():
            counts[key] = max(counts[key], n)
    seen_on = {key: sorted(set(where)) for key, where in seen_on.items()}
    threshold = max(2, FURNITURE_MIN_SHARE * len(pages))
    # A chapter's own running header ("Chapter 4: Leadership" atop each of its pages) recurs
    # on fewer pages than the report's, but on consecutive ones.
    in_runs = {key for key, where in seen_on.items() if len(where) >= MIN_RUN_PAGES and
               sum(b - a == 1 for a, b in zip(where, where[1:])) >= MIN_RUN_PAGES - 1}
    recurring = {key for key, n in counts.items() if n >= threshold} | in_runs

    # Bare page numbers run with the pages at a fixed offset (a cover unnumbered: offset -1);
    # a bare number off that beat at a page's foot is a table cell ("187").
    offsets: Counter[int] = Counter()
    for n, lines in enumerate(pages, start=1):
        numbers = {int(m.group(1)) for i in _zone(lines) if is_page_number(lines[i])
                   for m in [_NUMBER_IN_FOOTER.search(lines[i].strip())] if m}
        offsets.update({number - n for number in numbers})
    beat = offsets.most_common(1)[0][0] if offsets and offsets.most_common(1)[0][1] >= 2 else None
    numbered_edge = _numbered_edge_beat(pages)

    def furniture(line: str, at_edge: bool, page_no: int) -> bool:
        if _PARAGRAPH_NUMBER_ALONE.match(line.strip()) or _PARAGRAPH_START.match(line.strip()):
            return False    # "2.11" printed alone at a page's top starts a paragraph
        if NOTES_HEADING.match(line.strip()):
            return False    # "Notes" atop the page ending each chapter heads its endnotes
        if _ITEM_BANNER.match(line.strip()):
            return False    # "Agenda Item 6" atop a pack's page says where an item starts
        key = _furniture_key(line)
        if key in recurring:
            # "1 Introduction" both in the contents and atop chapter 1 is not a running header.
            return not _CHAPTER_LIKE.match(line.strip()) or counts[key] >= max(3, threshold)
        if at_edge and numbered_edge is not None and \
                page_no + numbered_edge in _edge_numbers(line):
            return True     # "3 Financial management | 6": a footer printing the page number
        bare = _SIGNED_NUMBER.match(line.strip())
        if bare:
            # A bare number ("7", "- 7 -") is a page number only at the very edge, and on the
            # beat: "-13" in a table's last row above the footer is a cell (issue 20).
            return at_edge and (beat is None or int(bare.group(1)) - page_no == beat)
        return is_page_number(line)

    drops = []
    for page_no, lines in enumerate(pages, start=1):
        edge = set(range(FURNITURE_ZONE_LINES)) | \
            set(range(len(lines) - FURNITURE_ZONE_LINES, len(lines)))
        outermost = {0, len(lines) - 1}
        drops.append({i for i in _zone(lines)
                      if furniture(lines[i], i in edge if beat is not None else i in outermost,
                                   page_no)})
    # then what runs at the edges of what is left (a chapter's title under the page number)
    running = _running_edges(pages, [[line for i, line in enumerate(lines) if i not in drop]
                                     for lines, drop in zip(pages, drops)])
    # A running header printed whole on most pages, its constant half (the report's title) on
    # a line of its own, may come on one line with the changing half (the chapter's title) on
    # a page of its own: "Annex A: People we met Ivelbury District Council: Best Value
    # Inspection" (issue 20). Long recurring lines are such halves.
    halves = {key for key in recurring if len(key) >= RUNNING_PREFIX_CHARS
              and len(key.split()) >= RUNNING_PREFIX_WORDS}
    cleaned = []
    for lines, drop in zip(pages, drops):
        drop |= _running_at_edges(lines, drop, running, halves)
        cleaned.append([line for i, line in enumerate(lines) if i not in drop])
    return cleaned


# A running header or footer that changes with the chapter ("Ashcombe Best Value Inspection |
# Chapter 3 – Organisational culture", or the chapter's title alone at each page's foot) recurs
# whole only on its chapter's pages, which may be two. It is learnt from the document: the
# outermost line at the same edge of two consecutive pages, or a line there whose opening words
# (at least RUNNING_PREFIX_WORDS of them, RUNNING_PREFIX_CHARS characters) open the outermost
# line of RUNNING_PREFIX_PAGES pages or more in two wordings or more.
RUNNING_PREFIX_WORDS = 4
RUNNING_PREFIX_CHARS = 16
RUNNING_PREFIX_PAGES = 3
# How many lines deep a running header or footer is peeled from each edge.
MAX_RUNNING_LINES = 2


def _edge_lines(lines: list[str], drop: set[int], top: bool) -> list[int]:
    """The indices of the outermost lines at one edge, those already dropped skipped."""
    order = range(len(lines)) if top else range(len(lines) - 1, -1, -1)
    return [i for i in order if i not in drop][:MAX_RUNNING_LINES]


def _prefix(key: str) -> str | None:
    words = key.split()
    prefix = " ".join(words[:RUNNING_PREFIX_WORDS])
    if len(words) > RUNNING_PREFIX_WORDS and len(prefix) >= RUNNING_PREFIX_CHARS \
            and not re.match(r"^[#r]?#?[.)]?\s", prefix):
        return prefix
    return None


def _running_edges(pages: list[list[str]],
                   remaining: list[list[str]]) -> dict[bool, tuple[set[str], set[str]]]:
    """For each edge (top True, bottom False): the keys that are the outermost line of two
    consecutive pages once the other furniture is gone, and the opening words that begin a
    line at that edge (within MAX_RUNNING_LINES + 1 of it) of many pages."""
    out = {}
    titles = _chapter_titles(pages)
    for top in (True, False):
        keys = [_furniture_key(lines[0 if top else -1]) if lines else None for lines in remaining]
        repeated = {a for a, b in zip(keys, keys[1:]) if a is not None and a == b}
        wordings: dict[str, set[str]] = {}
        pages_of: Counter[str] = Counter()
        for lines in pages:
            near = lines[:MAX_RUNNING_LINES + 1] if top else lines[-MAX_RUNNING_LINES - 1:]
            found = {}
            for line in near:
                key = _furniture_key(line)
                prefix = _prefix(key)
                if prefix:
                    found[prefix] = key
            for prefix, key in found.items():
                wordings.setdefault(prefix, set()).add(key)
                pages_of[prefix] += 1
        prefixes = {p for p, n in pages_of.items()
                    if n >= RUNNING_PREFIX_PAGES and len(wordings[p]) >= 2}
        if len(titles & repeated) >= MIN_TITLE_HEADERS:
            # The edge runs the chapter's title: so it does atop a chapter of one page too,
            # where it recurs on no other page (groff's header string, a designed report's
            # band; issue 20).
            repeated |= titles
        # The edge runs the chapter's heading whole ("Chapter 4: Leadership and culture"
        # under the report's title): so it does on the one page of a chapter's after its
        # first, where it recurs on no other page (issue 20: read into the paragraph that
        # crossed onto that page). Taken only under the header's constant half, dropped above
        # it: atop the chapter's first page the same words are its heading.
        forms: Counter[str] = Counter()
        for lines in pages:
            for i in range(1, min(len(lines), MAX_RUNNING_LINES + 1)) if top else ():
                m = _TITLED_HEADER.match(_furniture_key(lines[i]))
                # (on a page that does not open that chapter: atop its first page a chapter's
                # heading comes under the header's constant half in the same words)
                if m and m.group(2) in titles and not _opens_its_chapter(lines, i):
                    forms[m.group(1)] += 1
        titled = {form + title for form, n in forms.items() if n >= RUNNING_PREFIX_PAGES
                  for title in titles}
        out[top] = (repeated, prefixes, titled - repeated)
    return out


def _opens_its_chapter(lines: list[str], i: int) -> bool:
    """Whether the chapter heading on line i ("Chapter 7: Procurement") has its chapter's
    first paragraph ("7.1 …") on the same page: its heading, not its running header."""
    m = re.search(r"\d{1,2}", lines[i])
    return m is not None and any(re.match(rf"{m.group()}\.1\.?\s", line.strip())
                                 for line in lines[i + 1:])


# A running header that is a chapter's heading whole, digits blurred: "chapter #: culture".
# The word is needed: "73. Members has strengthened …" atop a page is a paragraph numbered
# straight through, whose first line reads as a heading.
_TITLED_HEADER = re.compile(r"^((?:chapter|part|section)\s+#\.?:?\s+)(.+)$")


# A numbered chapter's heading: "3 Culture", "3. Culture", "Chapter 3: Culture" (its title).
_CHAPTER_HEADING = re.compile(r"^(?:chapter\s+)?\d{1,2}\.?:?\s+([A-Z][^.;:!?]{1,60})$",
                              re.IGNORECASE)
# How many chapters' titles must be found running at an edge before every chapter's title
# there is taken for its running header.
MIN_TITLE_HEADERS = 2


def _chapter_titles(pages: list[list[str]]) -> set[str]:
    """The keys of the titles of the numbered chapters' headings ("3 Culture": "culture"),
    or, in a report with none, of the unnumbered headings set over a numbered paragraph
    ("Introduction" over "1. We were appointed …": groff -ms's .SH, issue 20)."""
    found, unnumbered = set(), set()
    for lines in pages:
        for i, line in enumerate(lines):
            m = _CHAPTER_HEADING.match(line.strip())
            if m and len(m.group(1).split()) <= MAX_EDGE_NUMBER_WORDS:
                found.add(_furniture_key(m.group(1)))
            elif 0 < i < len(lines) - 1 and _heads_numbered_paragraph(lines, i):
                unnumbered.add(_furniture_key(line))
    return found or unnumbered


# A paragraph numbered straight through or in chapters opening a line: "12. The", "3.4 The".
_NUMBERED_OPENING = re.compile(r"^\d{1,3}(?:\.\d{1,3}){0,2}\.?\s+[A-Z\u2018\u201c]")


def _heads_numbered_paragraph(lines: list[str], i: int) -> bool:
    """Line i is a short title, no word broken above it, over a numbered paragraph's first
    line (a full line of words: not a contents list's "1 Introduction" under "Executive
    summary")."""
    # (the rarest condition first: a page of prose has few lines under which a number opens)
    below = lines[i + 1].strip()
    if not _NUMBERED_OPENING.match(below):
        return False
    text, above = lines[i].strip(), lines[i - 1].strip()
    return bool(text[:1].isupper() and len(text.split()) <= MAX_EDGE_NUMBER_WORDS and
                not re.search(r"[.,;:!?\d]$", text) and not _NUMBERED_OPENING.match(text) and
                not above.endswith("-") and len(below.split()) > MAX_EDGE_NUMBER_WORDS)


def _running_at_edges(lines: list[str], drop: set[int],
                      running: dict[bool, tuple[set[str], set[str]]],
                      halves: set[str] = frozenset()) -> set[int]:
    found = set()
    for top, (repeated, prefixes, titled) in running.items():
        peeled: set[str] = set()
        edge = _edge_lines(lines, drop, top)
        if top and _wrapped_over_heading(lines, edge, drop):
            found |= set(edge)
            continue
        for n, i in enumerate(edge):
            if _PARAGRAPH_NUMBER_ALONE.match(lines[i].strip()) or \
                    _PARAGRAPH_START.match(lines[i].strip()):
                break       # "2.12" alone atop a page starts a paragraph, as "2.13" the next
            if _ITEM_BANNER.match(lines[i].strip()):
                # "Agenda Item 5" atop one page and "Agenda Item 6" atop the next (two items of
                # a page each) recur, digits blurred, at the same edge of consecutive pages:
                # still each item's start, kept for split_items (issue 23).
                continue
            key = _furniture_key(lines[i])
            if key in peeled:
                break       # the header's chapter title again below it: the chapter's heading
            if key in repeated or _prefix(key) in prefixes or _holds_half(key, halves) or \
                    _heads_own_heading(lines, edge[n + 1:], key, drop | found, top, i) or \
                    top and key in titled and any(j < i for j in drop | found) and \
                    not _opens_its_chapter(lines, i):
                found.add(i)
                peeled.add(key)
            else:
                break
    return found


def _heads_own_heading(lines: list[str], below: list[int], key: str, drop: set[int],
                       top: bool, i: int | None = None) -> bool:
    """Whether the line is a running header's changing half printed over the same words: the
    header's constant half dropped above it, and the very next line the same ("3 Culture"
    atop a chapter of one page, over its heading "3 Culture"; issue 20). Such a chapter's
    title never recurs, so only the heading under it gives it away. A producer that draws
    the page's margins after its text (WeasyPrint, wkhtmltopdf) gives the header last: at the
    foot, next to a dropped line of furniture, the very words of a line of the page, a
    heading's (the chapter's, atop it or where the chapter starts; not digits blurred: a
    list of notes holds lines alike; not a sentence's end: "sustainable." wraps alike) are
    the header."""
    if not top:
        words = " ".join(lines[i].split()) if i is not None else ""
        # (words: a table's cell "39%" at the page's foot is in another row too: issue 20)
        heading_like = (words[:1].isupper() or words[:1].isdigit()) and \
            any(c.isalpha() for c in words)
        return heading_like and not words.endswith((".", ",", ";", ":", "?", "!")) and \
            (i - 1 in drop or i + 1 in drop) and any(
            j != i and j not in drop and " ".join(lines[j].split()) == words
            for j in range(len(lines)))
    if not below or not (_furniture_key(lines[below[0]]) == key or
                         _same_chapter_heading(lines[i], lines[below[0]])):
        return False
    # The header's constant half dropped above it; or, a header that is the chapter's title
    # alone ("6 Scrutiny and audit" atop each page of chapter 6: DocBook through FOP), the
    # page's first line, a chapter's heading in form, over its heading (issue 20: read into
    # the paragraph that crossed onto the chapter's first page).
    return any(j < below[0] for j in drop) or i is not None and \
        all(j in drop for j in range(i)) and bool(_CHAPTER_HEADING.match(lines[i].strip()))


def _wrapped_over_heading(lines: list[str], edge: list[int], drop: set[int]) -> bool:
    """Whether the page's first two lines are its header wrapped in a narrow box, over the
    chapter's heading in the same words: "7 Procurement and" and "contract management" over
    "7 Procurement and contract management" (DocBook through FOP; issue 20: read into the
    paragraph that crossed onto the chapter's first page)."""
    if len(edge) < 2 or edge[1] != edge[0] + 1 or any(j not in drop for j in range(edge[0])):
        return False
    below = next((j for j in range(edge[1] + 1, len(lines)) if j not in drop), None)
    if below is None or not _CHAPTER_HEADING.match(lines[below].strip()):
        return False
    joined = f"{lines[edge[0]].strip()} {lines[edge[1]].strip()}"
    return _furniture_key(joined) == _furniture_key(lines[below]) or \
        _same_chapter_heading(joined, lines[below])


def _same_chapter_heading(a: str, b: str) -> bool:
    """Whether two lines are one chapter's heading, printed alike but for the number's stop:
    "7 Services to residents" (the header groff -mm prints) over "7. Services to residents"."""
    first, second = _CHAPTER_HEADING.match(a.strip()), _CHAPTER_HEADING.match(b.strip())
    return bool(first and second) and \
        re.match(r"\D*(\d+)", a.strip()).group(1) == re.match(r"\D*(\d+)", b.strip()).group(1) \
        and _furniture_key(first.group(1)) == _furniture_key(second.group(1))


def _holds_half(key: str, halves: set[str]) -> bool:
    """Whether the line (its key) begins or ends with one of the running header's halves and
    holds more (PDFium may glue the halves: "… we metIvelbury District Council: …")."""
    return any(key != half and (key.endswith(half) or key.startswith(half)) for half in halves)


def _zone(lines: list[str], top: bool | None = None) -> list[int]:
    """Indices of the lines where headers (top True) and footers (False) may sit, or both."""
    head = range(min(FURNITURE_ZONE_LINES, len(lines))) if top is not False else ()
    foot = range(max(0, len(lines) - FOOTER_ZONE_LINES), len(lines)) if top is not True else ()
    return sorted(set(head) | set(foot))
