"""The memory and time budget every reader works within, whatever the file (issue 24).

A hostile or damaged file must cost a bounded amount: a one-page PDF whose content stream
inflates to 300 MB took 4 GB and 45 s to read, a .docx that unpacked to 800 MB took 1.65 GB,
100,000 nested divs kept the HTML reader busy for minutes. Each limit below is what the
reader refuses past, with one line naming the file and the limit:

- PDF (pypdfium2 or pypdf, which cannot bound themselves): read in a child process whose
  address space is capped at `pdf_memory_mb` and which is killed when a page takes more than
  `page_seconds` or the file more than `seconds` (index.readers.bounded).
- .docx: the parts' unpacked size (`docx_unpacked_mb`), checked before anything is parsed.
- HTML: the markup's size (`html_mb`), its elements (`html_elements`) and their nesting
  (`html_depth`), checked before and as soon as it is parsed; every walk is linear.

Defaults are the documented ones (README, "Limits on reading"); each can be changed with an
environment variable (`VERIFIER_READ_MEMORY_MB`, `VERIFIER_READ_PAGE_SECONDS`,
`VERIFIER_READ_SECONDS`, `VERIFIER_DOCX_UNPACKED_MB`, `VERIFIER_HTML_MB`,
`VERIFIER_HTML_ELEMENTS`, `VERIFIER_HTML_DEPTH`), so the command line, the web server and
batch workers read under the same ones; a caller may pass its own.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass

from index.errors import SourceError

# The child's whole address space (Python, PDFium and the page being read). The 100- and
# 150-page reports and an 800-page agenda pack read in a child of 57-74 MB resident (64 MB of
# address space is enough for the 34-page example); a web worker with the model loaded is about
# 250 MB, so the two stay under 1 GB together (docs/benchmarks.md, "Hostile files").
PDF_MEMORY_MB = 512
# Wall time for one page of a PDF, and for the whole file. A page reads in milliseconds with
# PDFium and in a tenth of a second with pypdf; the 800-page pack took 6.4 s with PDFium, the
# 150-page report 25 s with pypdf, on a two-core machine under a load of 18
# (docs/benchmarks.md, "Hostile files"). A web check's reading counts against its own 30 s
# (web/checking.py), whichever ends first.
PAGE_SECONDS = 20
READ_SECONDS = 300
# The parts of a .docx, unpacked: text, styles and images. A 300-page report with its
# photographs is under 60 MB; parsing keeps several times the XML in memory.
DOCX_UNPACKED_MB = 256
# The longest GOV.UK HTML publication is about 1 MB of markup; a page parsed into a tree takes
# about ten times its size.
HTML_MB = 20
# GOV.UK pages nest about 25 deep; past this a page is built to hurt a reader, not to be read.
HTML_DEPTH = 512
# A 1 MB GOV.UK report page has about 20,000 elements; a parsed element takes about a kilobyte
# (BeautifulSoup), so this bounds the tree to a few hundred MB.
HTML_ELEMENTS = 250_000

_ENVIRONMENT = {
    "pdf_memory_mb": "VERIFIER_READ_MEMORY_MB",
    "page_seconds": "VERIFIER_READ_PAGE_SECONDS",
    "seconds": "VERIFIER_READ_SECONDS",
    "docx_unpacked_mb": "VERIFIER_DOCX_UNPACKED_MB",
    "html_mb": "VERIFIER_HTML_MB",
    "html_depth": "VERIFIER_HTML_DEPTH",
    "html_elements": "VERIFIER_HTML_ELEMENTS",
}


@dataclass(frozen=True)
class ReadLimits:
    """What reading one document may cost; past any of these the reader refuses the file."""

    pdf_memory_mb: int = PDF_MEMORY_MB
    page_seconds: float = PAGE_SECONDS
    seconds: float = READ_SECONDS
    docx_unpacked_mb: int = DOCX_UNPACKED_MB
    html_mb: int = HTML_MB
    html_depth: int = HTML_DEPTH
    html_elements: int = HTML_ELEMENTS

    def within(self, seconds: float) -> ReadLimits:
        """The same limits with no more than `seconds` of time (a request's remaining budget)."""
        return dataclasses.replace(self, seconds=max(0.0, min(self.seconds, seconds)))


def read_limits() -> ReadLimits:
    """The limits in force: the defaults, each overridden by its environment variable.

    Raises:
        SourceError: a variable that is not a positive number (named in the message).
    """
    values = {}
    for field, variable in _ENVIRONMENT.items():
        raw = os.environ.get(variable, "").strip()
        if not raw:
            continue
        try:
            value = float(raw)
        except ValueError:
            value = 0.0
        if value <= 0:
            raise SourceError(f"{variable}={raw!r}: not a positive number")
        values[field] = value if field.endswith("seconds") else int(value)
    return ReadLimits(**values)
