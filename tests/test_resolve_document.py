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
