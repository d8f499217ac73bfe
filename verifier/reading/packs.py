"""Split an agenda pack's pages into its agenda items.

An agenda pack (modern.gov, CMIS) is a cover, an agenda listing numbered items ("1. Apologies",
"8. Opposition Motion Debate", "8a", "12(b)"), then each item's papers in order. Where an item's
papers start is read, most trusted first, from:

1. the agenda's own "(Pages 45 - 60)" against the "Page N" footers the pack prints (the reader
   keeps each page's printed number as its label);
2. an "Agenda Item 8a" banner stamped atop the item's first page;
3. the item's title (or "8a Title") printed as a heading near the top of a page.

The result is a partition of the pack: what comes before the first item (the cover and the
agenda, number None), then one item per agenda entry whose papers are in the pack, in page
order. Items with no papers ("1. Apologies") take no pages and are not listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from verifier.models import AgendaItem

# The agenda is on one of the pack's first pages (after a cover, sometimes a contents page).
AGENDA_WITHIN_PAGES = 4
# An agenda runs over at most this many pages (a full council's agenda with notes: 3-4).
MAX_AGENDA_PAGES = 6
# How far the next agenda entry's number may jump ("8" → "11" when items 9, 10 are withdrawn);
# a bigger jump is a paper's own numbered paragraph ("12. Public questions" in minutes).
MAX_ITEM_NUMBER_JUMP = 3
# A banner or a heading that starts an item sits within this many lines of a page's top.
HEADING_ZONE_LINES = 4
# A banner stamped over a finished page comes among its last lines of text.
BANNER_TAIL_LINES = 2
# An entry's "Pages 3 - 4" may come this many lines after its number and title (a paragraph
# saying what the item is for between them), before the next entry.
MAX_ENTRY_LINES = 8
# The pack's own page numbers are on at least this share of the numbered pages after the
# agenda (scans print none; the reader takes the pack's number where a page has two). A long
# paper's own "1", "2" … can run on the pack's beat over its pages by chance: half is too few.
MIN_ON_BEAT_SHARE = 0.75
# How many pages an agenda's "(Pages a - b)" may be off the item's own banner or heading
# (an agenda printed before a page was added to an earlier paper: off by one).
MAX_RANGE_SLIP = 2
# An agenda title this short is too common to find as a heading ("Minutes", "Apologies").
MIN_HEADING_MATCH_CHARS = 8

_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|"
           "december")
# "8. Opposition Motion Debate", "8a Amendment", "12(b) Report", "8.1 Motion", "Item 9: Report".
_ENTRY = re.compile(
    r"^(?:[Ii]tem\s+)?(?P<number>\d{1,2}(?:\.\d{1,2})?(?:[a-zA-Z](?![a-zA-Z])|\s?\([a-z0-9]{1,4}\))?)"
    r"[.):]?\s+(?P<title>(?!(?i:" + _MONTHS + r")\b)[A-Z\u201c\"'(].{2,})$")
_PAGES = re.compile(r"\(\s*(?:pages?|pp\.?):?\s*(\d{1,4})(?:\s*(?:[-–—]|to)\s*(\d{1,4}))?\s*\)", re.IGNORECASE)
# CMIS prints an entry's pages on a line of their own, without brackets: "Pages 3 - 4" (or
# "Pages 3 to 4"); others "pp. 3 - 4".
_PAGES_LINE = re.compile(r"\(?\s*(?:pages?|pp\.?):?\s*(\d{1,4})(?:\s*(?:[-–—]|to)\s*(\d{1,4}))?\s*\)?",
                         re.IGNORECASE)
# An entry's number on a line of its own, its title on the next (an agenda table's number cell
# laid out apart from its title's: "5." then "Notice of Motion: Governance Review").
_NUMBER_ALONE = re.compile(r"^(?:[Ii]tem\s+)?\d{1,2}(?:\.\d{1,2})?(?:[a-z]|\s?\([a-z0-9]{1,4}\))?[.):]?$")
# ("Supplementary Agenda", "Additional Agenda": the late items' pack)
_AGENDA_HEADING = re.compile(r"^(?!agenda\s+item\b)(?:(?:supplementary|additional|supplemental)\s+)?"
                             r"(?:a\s?g\s?e\s?n\s?d\s?a|agenda(?:\s+\w+){0,3})$", re.IGNORECASE)
_BANNER = re.compile(r"^agenda\s+item\s+(\S+(?:\s?\([a-z0-9]{1,4}\))?)$", re.IGNORECASE)
# CMIS heads each item's first page "Item 7 – Best Value Inspection: Response to the Report".
_ITEM_HEADING = re.compile(r"^item\s+(\d{1,2}(?:\.\d{1,2})?[a-z]?(?:\s?\([a-z0-9]{1,4}\))?)\s*[–—:-]\s*\S",
                           re.IGNORECASE)


@dataclass(frozen=True)
class AgendaEntry:
    """One item as the agenda lists it."""

    number: str                 # as printed, normalised: "8", "8a", "12(b)", "8.1"
    title: str
    printed_pages: tuple[int, int] | None   # the agenda's "(Pages 45 - 60)", if given
    agenda_page: int            # 0-based index of the pack page that lists it


def split_items(pages: list[tuple[str, ...]], labels: list[str | None]) -> tuple[AgendaItem, ...]:
    """The pack's items, as a partition of its pages (0-based page lists in, 1-based out).

    Args:
        pages: each page's lines, furniture removed.
        labels: each page's printed page number ("Page 7" → "7"), None where none is printed.
    """
    entries = read_agenda(pages)
    agenda_end = max((e.agenda_page for e in entries), default=-1)
    starts = locate_items(entries, pages, labels, agenda_end)
    if not starts:
        starts = banner_items(pages, headings=True)
    else:
        starts = _with_banners(starts, entries, pages, agenda_end)
    return partition(starts, len(pages), front_title="Cover and agenda" if entries
                     else "Before the first item")


def item_key(number: str) -> tuple:
    """A sortable key: "8" < "8a" < "8(b)" < "9" < "12(b)"."""
    m = re.match(r"(\d+)(?:\.(\d+))?\s*\(?([a-z0-9]*)\)?", number.lower())
    if not m:
        return (10_000, 0, number)
    sub = m.group(3) or ""
    return (int(m.group(1)), int(m.group(2) or 0), sub)


def normalise_number(number: str) -> str:
    """"8 a" → "8a", "12 (b)" → "12(b)", "8A" → "8a": the number as an item id would print it."""
    return re.sub(r"\s+", "", number).lower()


def read_agenda(pages: list[tuple[str, ...]]) -> list[AgendaEntry]:
    """The numbered entries of the agenda, in order, each number after the one before."""
    start = next((p for p in range(min(AGENDA_WITHIN_PAGES, len(pages)))
                  if any(_AGENDA_HEADING.match(line) for line in pages[p][:12])), None)
    if start is None:
        # an "Agenda" heading atop the cover and the agenda is read as a running header: the
        # agenda is then the first page that lists items 1, 2, 3 … in order
        start = next((p for p in range(min(AGENDA_WITHIN_PAGES, len(pages)))
                      if _lists_items(pages[p])), None)
    if start is None:
        return []
    entries: list[AgendaEntry] = []
    for p in range(start, min(start + MAX_AGENDA_PAGES, len(pages))):
        lines = pages[p]
        page_entries = []
        for i, line in enumerate(lines):
            if _BANNER.match(line):
                break
            m = _ENTRY.match(line)
            if not m and _NUMBER_ALONE.match(line.strip()) and i + 1 < len(lines):
                m = _ENTRY.match(f"{line.strip()} {lines[i + 1].strip()}")
                i += 1          # the title's line: the pages are looked for after it
            if not m:
                continue
            number = normalise_number(m.group("number"))
            previous = page_entries[-1] if page_entries else (entries[-1] if entries else None)
            title, printed = _title_and_pages(m.group("title"),
                                              lines[i + 1:i + 1 + MAX_ENTRY_LINES])
            if not _follows(previous.number if previous else None, number) and not (
                    printed is not None and _after(previous.number if previous else None, number)):
                continue
            page_entries.append(AgendaEntry(number, title, printed, p))
        if entries and not _continues_agenda(lines, page_entries):
            break       # (a cover that says "Agenda" and lists nothing does not start it)
        entries.extend(page_entries)
    return entries


# An agenda without its heading still lists this many items in order.
MIN_LISTED_ITEMS = 3


def _lists_items(lines: tuple[str, ...]) -> bool:
    numbers = []
    for line in lines:
        m = _ENTRY.match(line)
        if m and _follows(numbers[-1] if numbers else None, normalise_number(m.group("number"))):
            numbers.append(normalise_number(m.group("number")))
    return len(numbers) >= MIN_LISTED_ITEMS


def _after(previous: str | None, number: str) -> bool:
    """Whether an entry that gives its pages ("(Pages 5 - 9)", "Pages 5 - 9") may stand after
    the one before, however far its number jumps: a supplementary agenda lists only the late
    items, numbered as in the meeting's agenda ("8", then "12"), and a paper's own numbered
    paragraph gives no pages of the pack."""
    return previous is None or item_key(number) > item_key(previous)


def _follows(previous: str | None, number: str) -> bool:
    if previous is None:
        return item_key(number)[0] <= MAX_ITEM_NUMBER_JUMP
    a, b = item_key(previous), item_key(number)
    return b > a and b[0] - a[0] <= MAX_ITEM_NUMBER_JUMP


def _continues_agenda(lines: tuple[str, ...], page_entries: list[AgendaEntry]) -> bool:
    """A page after the agenda's first continues it when its first line is the next entry
    (a paper opens with its own heading: "MINUTES OF THE MEETING …", then its paragraphs)."""
    if not page_entries or not lines:
        return False
    first = _ENTRY.match(lines[0])
    return bool(first) and normalise_number(first.group("number")) == page_entries[0].number


def _title_and_pages(title: str, following: tuple[str, ...]) -> tuple[str, tuple[int, int] | None]:
    m = _PAGES.search(title)
    if m is None:
        for k, line in enumerate(following):
            only = _PAGES_LINE.fullmatch(line.strip())
            if only:
                m = only
                break
            if _ENTRY.match(line) or _NUMBER_ALONE.match(line.strip()):
                break
            ending = _PAGES.search(line)
            if ending and not line[ending.end():].strip(" .;"):
                # a long title wrapped, its "(Pages 2 - 3)" ending the next line ("3. Best
                # Value Inspection: Response to the Report of the" / "Inspectors (Pages 2 - 3)")
                m = ending
                if k == 0:
                    title = f"{title} {line[:ending.start()].strip()}"
                break
    printed = None
    if m is not None:
        first = int(m.group(1))
        printed = (first, int(m.group(2) or first))
    title = _PAGES.sub("", title).strip(" .-–—:")
    return title, printed


def locate_items(entries: list[AgendaEntry], pages: list[tuple[str, ...]],
                 labels: list[str | None], agenda_end: int) -> list[tuple[int, AgendaEntry]]:
    """(0-based first page, entry) for each entry whose papers are found, in page order."""
    by_label: dict[str, list[int]] = {}
    for p, label in enumerate(labels):
        if p > agenda_end and label is not None:
            by_label.setdefault(label, []).append(p)
    offset = _pack_page_offset(entries, by_label)
    if offset is not None and not _on_beat(offset, labels, agenda_end):
        offset = None       # the papers' own numbers, each restarting at 1: not the pack's
    banners = {}
    for p in range(agenda_end + 1, len(pages)):
        number = _banner_of(pages[p])
        if number is not None:
            banners.setdefault(number, p)
    starts: list[tuple[int, AgendaEntry]] = []
    floor = agenda_end + 1
    for entry in entries:
        page = None
        if entry.printed_pages is not None and offset is not None:
            # The pack's own "Page N" stands at the same distance from the pack page on every
            # page; a paper's own page numbers (a letter's "1") do not.
            wanted = entry.printed_pages[0] + offset
            if wanted in by_label.get(str(entry.printed_pages[0]), ()):
                page = _nearby_start(entry, wanted, banners, pages, floor)
        if page is None:
            page = banners.get(entry.number)
        if page is None:
            page = _heading_page(entry, pages, floor, tuple(e.title for e in entries))
        if page is None or page < floor:
            continue
        starts.append((page, entry))
        floor = page
    # Two entries on one page: the later one (8a after 8, same page) keeps it only if the
    # earlier has no page of its own; keep the first, drop the rest.
    kept: list[tuple[int, AgendaEntry]] = []
    for page, entry in starts:
        if kept and kept[-1][0] == page:
            continue
        kept.append((page, entry))
    return kept


def _banner_of(lines: tuple[str, ...]) -> str | None:
    """The item number a page's "Agenda Item 5" banner or "Item 5 – Title" heading gives."""
    for line in _banner_zone(lines):
        m = _BANNER.match(line) or _ITEM_HEADING.match(line)
        if m:
            return normalise_number(m.group(1))
    return None


def _nearby_start(entry: AgendaEntry, wanted: int, banners: dict[str, int],
                  pages: list[tuple[str, ...]], floor: int) -> int:
    """The page the agenda's "(Pages a - b)" gives, unless the item's own banner or heading
    is a page or two away and not on it: an agenda printed before a page was added to an
    earlier paper (or one counting its cover differently) is off by one from the pages it
    lists, while the paper's "Item 5 – …" or "Agenda Item 5" stands on its first page."""
    banner = banners.get(entry.number)
    if _banner_of(pages[wanted]) == entry.number:
        return wanted       # (an earlier page's "Item 5 – …" is a paper's own heading)
    if banner is not None and abs(banner - wanted) <= MAX_RANGE_SLIP and banner >= floor:
        return banner
    if banner is None and not _headed_by(entry, pages[wanted]):
        for near in sorted(range(max(floor, wanted - MAX_RANGE_SLIP),
                                 min(len(pages), wanted + MAX_RANGE_SLIP + 1)),
                           key=lambda p: abs(p - wanted)):
            if near != wanted and _headed_by(entry, pages[near]):
                return near
    return wanted


def _headed_by(entry: AgendaEntry, lines: tuple[str, ...]) -> bool:
    """Whether a page's top lines are the entry's title as the agenda prints it ("8a Title"
    or "Title"), or a line holding all its words."""
    title = _words(entry.title)
    if len(title) < MIN_HEADING_MATCH_CHARS:
        return False
    numbered = _words(f"{entry.number} {entry.title}")
    return any(_words(line) in (title, numbered) or _names_item(line, title, False)
               for line in lines[:HEADING_ZONE_LINES])


def _on_beat(offset: int, labels: list[str | None], agenda_end: int) -> bool:
    """Whether the pack prints its own numbers at this distance from its pages: on most of the
    pages after the agenda that print a number. A paper's own "Page 4 of 5" or "4", each
    paper restarting at 1, falls at one distance on a page here and there, and two entries'
    pages may agree on it by chance (a pack of papers each numbered on its own, with no
    number of the pack's, had its first items placed pages off: tests/agenda_packs.py)."""
    numbered = [p for p in range(agenda_end + 1, len(labels)) if labels[p] is not None]
    on_beat = sum(1 for p in numbered if labels[p] == str(p - offset))
    return on_beat >= MIN_ON_BEAT_SHARE * len(numbered)


def _pack_page_offset(entries: list[AgendaEntry], by_label: dict[str, list[int]]) -> int | None:
    """How far the pack's printed "Page N" stands from the pack page (the cover and agenda
    before page 1), if the pack prints one: the distance most of the agenda's "(Pages a - b)"
    agree on, where at least two do; None if it prints none."""
    votes: dict[int, int] = {}
    for entry in entries:
        if entry.printed_pages is None:
            continue
        for page in dict.fromkeys(by_label.get(str(entry.printed_pages[0]), ())):
            votes[page - entry.printed_pages[0]] = votes.get(page - entry.printed_pages[0], 0) + 1
    if not votes:
        return None
    offset, count = max(votes.items(), key=lambda kv: (kv[1], -kv[0]))
    printed = sum(1 for e in entries if e.printed_pages is not None)
    return offset if count >= min(2, printed) else None


def stamp_lines(lines: tuple[str, ...] | list[str]) -> list[int]:
    """Which of a page's lines are the committee system's "Agenda Item 8a" stamp (atop the page
    or last in its text): furniture, not the paper's words, though the reader keeps them for
    split_items. A sentence or a citation running over the page break reads through it."""
    n = len(lines)
    zone = set(range(min(n, HEADING_ZONE_LINES))) | set(range(max(0, n - BANNER_TAIL_LINES), n))
    return [i for i in sorted(zone) if _BANNER.match(lines[i].strip())]


def _banner_zone(lines: tuple[str, ...]) -> list[str]:
    """Where a banner is in a page's text: atop it, or last when the committee system stamped
    it over the page after the page was made (its text then comes after the page's own)."""
    return list(lines[:HEADING_ZONE_LINES]) + list(lines[-BANNER_TAIL_LINES:])


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _heading_page(entry: AgendaEntry, pages: list[tuple[str, ...]], floor: int,
                  others: tuple[str, ...] = ()) -> int | None:
    """The first page from `floor` headed by the entry's title; `others`: every entry's."""
    title = _words(entry.title)
    if len(title) < MIN_HEADING_MATCH_CHARS:
        return None
    numbered = _words(f"{entry.number} {entry.title}")
    for p in range(floor, len(pages)):
        for line in pages[p][:HEADING_ZONE_LINES]:
            words = _words(line)
            if words in (title, numbered) or (words.startswith(numbered) and
                                              len(words) <= len(numbered) + 12):
                return p
    # No page is headed by the agenda's words as printed: a paper's own heading names the
    # item in longer words ("REPORT OF THE CHIEF EXECUTIVE: BEST VALUE GOVERNANCE REVIEW"
    # for "Best Value Governance Review"), else opens with half of them ("PETITION: MARSH
    # LANE LIBRARY" for "Petitions") and names no other item ("REPORT OF THE AUDIT
    # COMMITTEE" is not "Report of the Cabinet").
    for loose in (False, True):
        for p in range(floor, len(pages)):
            for line in pages[p][:HEADING_ZONE_LINES]:
                if _names_item(line, title, loose) and not (loose and any(
                        _names_item(line, other, False) for other in others if _words(other) != title)):
                    return p
    return None


def _names_item(line: str, title: str, opening_only: bool) -> bool:
    """Whether a heading line names the agenda item titled `title` (words, plurals aside):
    it holds all of the title's words in a run (`opening_only`: it opens with at least half
    of them). Only a line set as a heading counts: in capitals, or short and no sentence."""
    text = line.strip()
    letters = [c for c in text if c.isalpha()]
    if not letters or text.endswith(".") or not (
            sum(c.isupper() for c in letters) >= 0.8 * len(letters) or len(text.split()) <= 8):
        return False

    def stems(words: str) -> list[str]:
        return [w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words.split()]

    have, want = stems(_words(text)), stems(_words(title))
    if not want or len(have) > len(want) + 10:
        return False
    if opening_only:
        opening = max(1, (len(want) + 1) // 2)
        return len(have) >= opening and have[:opening] == want[:opening]
    return any(have[i:i + len(want)] == want for i in range(len(have) - len(want) + 1))


def _with_banners(starts: list[tuple[int, AgendaEntry]], entries: list[AgendaEntry],
                  pages: list[tuple[str, ...]], agenda_end: int) -> list[tuple[int, AgendaEntry]]:
    """The located items and each "Agenda Item N" banner's item the agenda as read did not
    give a page (an agenda whose table the PDF's text lays out out of order, a number set in
    the middle of its row: issue 23's packs of another publisher, no item found), each on its
    banner's page, titled as the agenda lists it where it does."""
    have = {entry.number for _, entry in starts}
    pages_taken = {page for page, _ in starts}
    listed = {entry.number: entry for entry in entries}
    added = []
    for page, entry in banner_items(pages):
        if page <= agenda_end or entry.number in have or page in pages_taken:
            continue
        have.add(entry.number)
        added.append((page, listed.get(entry.number, entry)))
    if not added:
        return starts
    return sorted(starts + added, key=lambda start: start[0])


def banner_items(pages: list[tuple[str, ...]], headings: bool = False
                 ) -> list[tuple[int, AgendaEntry]]:
    """Items from "Agenda Item N" banners alone (a pack whose agenda was not found);
    `headings`: CMIS's "Item 8 – Title" atop a page too (no banners and no agenda read: a
    supplementary agenda's late items; not beside an agenda read, where minutes quoting the
    last meeting's "Item 5 – …" would start items of their own)."""
    starts: list[tuple[int, AgendaEntry]] = []
    for p, lines in enumerate(pages):
        for k, line in enumerate(_banner_zone(lines)):
            m = _BANNER.match(line) or (
                headings and k < HEADING_ZONE_LINES and _ITEM_HEADING.match(line))
            if m:
                title = next((ln for ln in lines if ln.strip() and not _BANNER.match(ln)), "")
                starts.append((p, AgendaEntry(normalise_number(m.group(1)), title, None, p)))
                break
    return starts


def partition(starts: list[tuple[int, AgendaEntry]], n_pages: int,
              front_title: str) -> tuple[AgendaItem, ...]:
    """Items covering pages 1..n_pages: the front matter, then each located item."""
    items: list[AgendaItem] = []
    first = starts[0][0] if starts else n_pages
    if first > 0:
        items.append(AgendaItem("front", None, front_title, 1, first))
    seen: dict[str, int] = {}
    for k, (page, entry) in enumerate(starts):
        last = starts[k + 1][0] - 1 if k + 1 < len(starts) else n_pages - 1
        base = "item-" + re.sub(r"[^0-9a-z.]+", "", entry.number)
        seen[base] = seen.get(base, 0) + 1
        item_id = base if seen[base] == 1 else f"{base}-{seen[base]}"
        items.append(AgendaItem(item_id, entry.number, entry.title, page + 1, last + 1))
    return tuple(items)
