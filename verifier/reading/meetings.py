"""Which meeting an agenda pack is for: the council, the committee and the date, read from the
pack's cover page (the first page's lines).

    read_meeting(cover_lines, file_name) -> Meeting

modern.gov covers say "Public Document Pack", the council ("LONDON BOROUGH OF EASTMARSH",
"Greyhaven Borough Council"), the committee ("COUNCIL", "Cabinet") and "Date: Wednesday, 26
February 2025"; CMIS covers open with "Agenda" and put the date on the line after "Date".
What cannot be read stays empty (a date may come from a file named "council-2025-03-19.pdf");
a fetched meeting's record (a modern.gov manifest) is more trusted than any of this and
replaces it (verifier.rendering.batch_report.pack_identity reads the JSON's `meeting`).
"""

from __future__ import annotations

import re

from verifier.models import Meeting

# The cover is the first page; its meeting's details are near the top.
COVER_LINES = 30
# A council's name is short ("Royal Borough of Kensington and Chelsea"): a longer line ending
# in "Council" is a sentence about it ("To all Members of the Council").
MAX_COUNCIL_WORDS = 6
# A committee's name is short ("Overview and Scrutiny Committee", "Cabinet").
MAX_COMMITTEE_WORDS = 7

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_COUNCIL = re.compile(
    r"^(?:(?:the\s+)?(?:royal\s+|london\s+)?borough\s+of\s+[a-z][\w' &-]+"
    r"|(?:city\s+of\s+)?[a-z][\w' &-]*?\s+(?:(?:metropolitan\s+)?borough|district|county|city|"
    r"town|parish)\s+council|[a-z][\w' &-]*?\s+council)$", re.IGNORECASE)
_DATE = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r"),?\s+(\d{4})\b", re.IGNORECASE)
_ISO_IN_NAME = re.compile(r"(?<!\d)(20\d\d)-(\d\d)-(\d\d)(?!\d)")
# Dates on a cover that are not the meeting's.
_NOT_THE_MEETING = re.compile(r"\b(?:published|despatch(?:ed)?|dispatch(?:ed)?|issued|printed)\b",
                              re.IGNORECASE)
# Cover lines that are not a committee's name.
_FURNITURE = re.compile(
    r"^(?:public\s+document\s+pack|agenda|supplementary|date|time|venue|place|contact|"
    r"enquiries|membership|members|to\b|dear\b|notice|summons|please|this\s+meeting)\b",
    re.IGNORECASE)


def read_meeting(cover: list[str] | tuple[str, ...], file_name: str = "") -> Meeting:
    """The meeting a pack's cover names (blank what it does not say)."""
    lines = [" ".join(line.split()) for line in cover[:COVER_LINES] if line.strip()]
    council, at = "", -1
    for k, line in enumerate(lines):
        if _COUNCIL.match(line) and line.lower() not in ("council", "the council") and \
                len(line.split()) <= MAX_COUNCIL_WORDS and line[0].isupper():
            council, at = _tidy(line), k
            break
    committee = ""
    # The committee is named under the council; without a council, a first line is a title.
    for line in lines[at + 1:] if council else ():
        name = line.split(",")[0].strip()
        if _DATE.search(name) or _FURNITURE.match(name) or not re.search(r"[A-Za-z]", name):
            continue
        if len(name.split()) <= MAX_COMMITTEE_WORDS and not name.endswith("."):
            committee = _tidy(name)
        break
    return Meeting(council, committee, _meeting_date(lines) or _date_in_name(file_name),
                   "cover")


def _meeting_date(lines: list[str]) -> str:
    for line in lines:
        if _NOT_THE_MEETING.search(line):
            continue
        found = _DATE.search(line)
        if found:
            day, month, year = found.groups()
            return f"{year}-{MONTHS.index(month.lower()) + 1:02d}-{int(day):02d}"
    return ""


def _date_in_name(name: str) -> str:
    found = _ISO_IN_NAME.search(name)
    if not found or not ("01" <= found.group(2) <= "12" and "01" <= found.group(3) <= "31"):
        return ""
    return "-".join(found.groups())


def _tidy(name: str) -> str:
    """A name as written, or in title case when the cover shouts it ("LONDON BOROUGH OF …")."""
    if not name.isupper():
        return name
    small = {"of", "and", "the", "for", "on", "in"}
    words = name.lower().split()
    return " ".join(w if k and w in small else w[:1].upper() + w[1:] for k, w in enumerate(words))
