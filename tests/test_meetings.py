"""Which meeting a pack is for, from its cover page (verifier.reading.meetings): a table of the
covers committee systems print, and the page's display name (rendering.batch_report)."""

from __future__ import annotations

import pytest

from verifier.models import Meeting
from verifier.reading.meetings import read_meeting
from verifier.rendering.batch_report import pack_identity

COVERS = [
    pytest.param(["Public Document Pack", "LONDON BOROUGH OF EASTMARSH", "COUNCIL",
                  "Council, Wednesday 19 March 2025",
                  "Members of the Council are summoned to attend this meeting."], "",
                 ("London Borough of Eastmarsh", "Council", "2025-03-19"),
                 id="modern.gov-shouted-names"),
    # greyhaven (blind corpus, fit): modern.gov, the date after "Date:", "Published:" later
    pytest.param(["Public Document Pack", "Greyhaven Borough Council", "Council", "Date:",
                  "Wednesday, 26 February 2025", "Time:", "7.00 pm",
                  "To all Members of the Council: you are hereby summoned",
                  "Published: Tuesday, 18 February 2025"], "",
                 ("Greyhaven Borough Council", "Council", "2025-02-26"),
                 id="modern.gov-date-on-its-own-line-published-later"),
    pytest.param(["Agenda", "Greyhaven Borough Council", "Cabinet", "Date",
                  "Tuesday 11 February 2025", "Time", "6.30 pm"], "",
                 ("Greyhaven Borough Council", "Cabinet", "2025-02-11"), id="cmis-agenda-cover"),
    pytest.param(["Royal Borough of Kingsmere", "Overview and Scrutiny Committee",
                  "Thursday, 3rd April, 2025 at 7.30 pm"], "",
                 ("Royal Borough of Kingsmere", "Overview and Scrutiny Committee", "2025-04-03"),
                 id="ordinal-day-and-commas"),
    pytest.param(["A motion with no cover", "This Council notes the report."],
                 "council-2025-05-14.pdf", ("", "", "2025-05-14"), id="date-from-the-file-name"),
    pytest.param(["Minutes", "To all Members of the Council of the Borough"], "pack.pdf",
                 ("", "", ""), id="a-sentence-about-the-council-is-not-its-name"),
]


@pytest.mark.parametrize("cover, name, expected", COVERS)
def test_read_meeting(cover, name, expected):
    meeting = read_meeting(cover, name)
    assert (meeting.council, meeting.committee, meeting.date) == expected


@pytest.mark.parametrize("meeting, path, name", [
    (Meeting("London Borough of Eastmarsh", "Council", "2025-03-19", "cover"),
     "/srv/packs/council-2025-03-19.pdf",
     "London Borough of Eastmarsh · Council · 19 March 2025"),
    (Meeting("", "", "2025-05-14", "cover"), "C:\\packs\\pack-7.pdf", "pack-7 · 14 May 2025"),
    (None, "/very/long/absolute/path/to/agenda-pack.pdf", "agenda-pack"),
])
def test_a_pack_is_named_by_its_meeting_not_its_path(meeting, path, name):
    data = {"pack": {"path": path}, "meeting": meeting.__dict__ if meeting else None}
    assert pack_identity(data)["name"] == name
