"""Which indexed document a citation names (verifier.search.documents.resolve_document)."""

from __future__ import annotations

import pytest

from index import Document
from verifier.search.documents import resolve_document


def doc(id_: str, title: str, aliases=()) -> Document:
    return Document(id_, title, tuple(aliases), f"{id_}.pdf", "0" * 64, 10, 100, 100,
                    "2026-01-01T00:00:00Z", "all-MiniLM-L6-v2")


DOCUMENTS = (
    doc("report", "Best Value Inspection of Westford City Council"),
    doc("letter", "Letter from the Secretary of State to the Chief Executive of Westford City "
                  "Council, 9 March 2026"),
)


@pytest.mark.parametrize("name, expected", [
    # A footnote spells out the report's title and adds its date, which the letter's title
    # shares: the whole title names the report.
    pytest.param("Best Value Inspection of Westford City Council, March 2026", "report",
                 id="whole-title-with-a-date"),
    pytest.param("Best Value Inspection of Westford City Council", "report", id="whole-title"),
    pytest.param("Secretary of State's letter of 9 March", "letter", id="letter-by-its-date"),
    pytest.param("Best Value Inspection of Ashby District Council", None,
                 id="another-councils-report"),
])
def test_a_citation_names_a_document(name, expected):
    found = resolve_document(name, DOCUMENTS)
    assert (found.id if found else None) == expected


# A letter indexed under its letterhead, dated as reports are published (issue 23: packs citing
# the report by a short name and its year, or by its publisher, were judged `wrong`, the name
# taken as the letter's).
LETTERHEAD = (
    doc("report", "Best Value Inspection: London Borough of Eastmarsh", ("BVI report",)),
    doc("letter", "Ministry of Housing, Communities and Local Government",
        ("Letter from SoS to CEX 12/11/24",)),
)
LETTER_TEXT = {"letter": "Ministry of Housing, Communities and Local Government 12 November "
                         "2024 Dear Chief Executive … Secretary of State"}


@pytest.mark.parametrize("name, expected", [
    pytest.param("BVI Report (2024)", "report", id="short-name-and-a-year"),
    pytest.param("Best Value Inspection Report, November 2024", "report",
                 id="report-and-a-month-the-letter-shares"),
    pytest.param("MHCLG inspection report", None, id="a-report-by-its-publisher-is-no-letter"),
    pytest.param("MHCLG letter of 12 November 2024", "letter", id="the-letter-by-its-letterhead"),
    pytest.param("Letter from SoS to CEX 12/11/24", "letter", id="the-letter-by-its-alias"),
])
def test_a_report_by_date_or_publisher_is_not_the_letter(name, expected):
    found = resolve_document(name, LETTERHEAD, letters=LETTER_TEXT.get)
    assert (found.id if found else None) == expected
