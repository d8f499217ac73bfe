"""The nouns of the source side: what a report becomes, stage by stage.

Plain frozen dataclasses (str, int, float, tuple) so that every stage output pickles for
worker processes and Dask. pypdf objects, numpy arrays and FAISS handles never appear here.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from enum import Enum


# Put before a footnote call that a PDF reader found by its glyphs (smaller, raised digits right
# after a word, a figure or a stop: "Act 1999\ue0001 to"), so that index.paragraphs takes the
# call out wherever it stands. Only the index's own reading of a source keeps it
# (index.readers.read_source); every other reader of pages gets the digits as printed.
FOOTNOTE_CALL = "\ue000"
# Put at the end of a line that a PDF reader saw followed by a paragraph's gap (more space
# below it than between the page's lines); index.readers.furniture turns it into Page.breaks.
PARAGRAPH_GAP = "\ue001"
# Put at the start of a line that a PDF reader saw set beside the text column, to its right:
# a side column's key-finding box or pull quote (issue 20); index.readers.furniture turns it
# into Page.asides.
ASIDE = "\ue002"
# Put at the start of a line that a PDF reader saw set in a table's column beside the lines of
# its row, right of them and back up on their first baseline: a recommendation's "6 months"
# or "June 2026" in a column of timescales (issue 20); index.readers.furniture turns it into
# Page.cells.
CELL = "\ue003"


class ParagraphKind(str, Enum):
    """What a stored unit of report text is."""

    NUMBERED = "numbered"   # a numbered paragraph (3.4, 4.50, 10.17) or a numbered chapter heading
    TEXT = "text"           # unnumbered text: foreword, summary, a letter, headings without numbers
    FOOTNOTE = "footnote"   # a footnote's text, at the page foot or in a chapter's "Notes" list
    # Places a citation names by a label of their own (issue 20), `section` holding the label:
    RECOMMENDATION = "recommendation"   # "R4" (printed "R4" or "Recommendation 4")
    ANNEX = "annex"         # an annex or appendix paragraph: "A.1", "B2"
    TABLE = "table"         # a table's cells, row by row: "Table 3" (its caption is `heading`)
    SUMMARY = "summary"     # a paragraph of the executive summary: "executive summary"
    FOREWORD = "foreword"   # a paragraph of the foreword or preface: "foreword"


@dataclass(frozen=True)
class Page:
    """One page's text as a reader sees it, furniture (headers, footers, page numbers) removed."""

    page_no: int            # 1-based, as a PDF viewer counts
    text: str               # lines joined with "\n"; ligatures, soft hyphens and odd spaces normalised
    lines: tuple[str, ...] = ()
    label: str | None = None    # the page number printed on the page ("7", "iii"), if any
    breaks: tuple[int, ...] = ()    # indices of the lines followed by a paragraph's gap
    furniture: tuple[str, ...] = ()     # the lines removed from it as furniture, as printed
    asides: tuple[int, ...] = ()    # indices of the lines set in a side column beside the text
    cells: tuple[int, ...] = ()     # indices of the lines set in a table's column beside their row


@dataclass(frozen=True)
class Paragraph:
    """One unit of report text: a numbered paragraph, unnumbered text, or a footnote.

    `page_starts` traces every character to its page: ((0, first_page), (offset, next_page), …)
    gives the offset in `text` at which each page's contribution begins.
    """

    order: int                      # 0-based position in the document
    section: str | None             # the number as printed ("4.50", "3.4.1", "3") or the place's
                                    # label ("R4", "A.1", "Table 3"); None if unnumbered
    heading: str | None             # the chapter heading the paragraph sits under (a table's caption)
    kind: ParagraphKind
    first_page: int                 # 1-based; 0 in a source without pages (HTML, .docx)
    last_page: int
    text: str
    page_starts: tuple[tuple[int, int], ...] = ()
    label: str | None = None        # a footnote's own number ("8"); None otherwise

    def page_at(self, offset: int) -> int:
        """The 1-based page on which the character at `offset` of `text` is printed."""
        if not self.page_starts:
            return self.first_page
        offsets = [start for start, _ in self.page_starts]
        i = bisect.bisect_right(offsets, offset) - 1
        return self.page_starts[max(i, 0)][1]


@dataclass(frozen=True)
class Chunk:
    """A window of one paragraph's text, the unit that is embedded and searched by meaning."""

    paragraph_order: int
    section: str | None
    page: int               # the page on which the chunk starts
    start: int              # offsets into the paragraph's text
    end: int
    text: str


@dataclass(frozen=True)
class Reading:
    """What a reader made of one source (a PDF, a GOV.UK HTML page, a .docx), before storing.

    Every reader gives the same units: numbered paragraphs with their headings, unnumbered
    text, footnotes of their own. Only a PDF has pages; an HTML page or a .docx has none, and
    its paragraphs' pages are 0.
    """

    path: str                       # the file, or the address a page was fetched from
    reader: str                     # which reader, and its version: "pdfium 1", "govuk-html 1"
    pages: tuple[Page, ...]         # () when the source has no pages
    paragraphs: tuple[Paragraph, ...]
    warnings: tuple[str, ...] = ()  # in plain words, for the person who added the source

    @property
    def paginated(self) -> bool:
        return bool(self.pages)


@dataclass(frozen=True)
class ReadReport:
    """What reading one source yields before anything is stored."""

    path: str
    sha256: str
    pages: tuple[Page, ...]
    paragraphs: tuple[Paragraph, ...]
    reader: str = ""                # Reading.reader; "" for a report saved by older code


@dataclass(frozen=True)
class Document:
    """A document in the index, as `verifier index list` shows it."""

    id: str
    title: str
    aliases: tuple[str, ...]
    file: str
    sha256: str
    pages: int
    paragraphs: int
    chunks: int
    added: str              # ISO 8601, UTC
    model: str              # the embedding model the chunks were embedded with
    page_labels: tuple[str, ...] = ()   # printed page number of each page ("" when none)
    reader: str = ""        # the reader that made it ("pypdf 1"); pages == 0: a source with none

    def to_json(self) -> dict:
        return {
            "id": self.id, "title": self.title, "aliases": list(self.aliases), "file": self.file,
            "sha256": self.sha256, "pages": self.pages, "paragraphs": self.paragraphs,
            "chunks": self.chunks, "added": self.added, "model": self.model,
            "reader": self.reader,
        }


@dataclass(frozen=True)
class ChunkHit:
    """A chunk found by meaning: its document, the chunk, and cosine similarity (-1 to 1)."""

    document_id: str
    chunk: Chunk
    score: float
