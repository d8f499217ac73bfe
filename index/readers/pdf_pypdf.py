"""Each page's raw text from pypdf: the only module that touches pypdf.

pypdf is pure Python and slow (about 55 pages a second on the 150-page report), but it has read
every report verifier was tested on. Imported only when used. It starts no processes of its own: a caller who wants
several PDFs read at once hands them to its own pool.
"""

from __future__ import annotations

import io
import logging
import zlib
from collections.abc import Callable
from pathlib import Path

import pypdf
from pypdf.errors import DependencyError, FileNotDecryptedError, LimitReachedError, PyPdfError

from index.errors import UnreadablePDF
from index.text import with_tex_ligatures

NAME = "pypdf"
# Bump when a change here changes what is read from the same file: documents indexed by an
# older version are read again (index.build). Every reader's version moves with the shared
# splitter too (index/paragraphs.py): 2 stores labelled recommendations (R1, R2 …) as places;
# 3 annex paragraphs (A.1) and tables ("Table 3") as places of their own kinds (issue 20);
# 4 a compound's hyphen at a line end kept by index.text.keeps_line_end_hyphen (issue 20);
# 6 TeX's T1 ligature codes read as ligatures, paragraphs numbered straight through under
# numbered headings (groff -ms), "Recommendation 4 (R4)" labelled once (issue 20);
# 7 lettered recommendations (Recommendation A: "RA"), a chapter's notes gathered at its end,
# a contents list without page numbers no run of chapter titles (issue 20);
# 8 a running header that is the chapter's title alone (or wrapped) over its heading, table
# captions in capitals, wrapped, or numbered "2.1", summary paragraphs ES1, ES2 …, "Rec 4", a
# chapter's heading no executive summary place (issue 20).
VERSION = 8


def extract_texts(source: Path | bytes, name: str,
                  on_page: Callable[[int], None] | None = None, breaks: bool = True,
                  calls: bool = True) -> list[str]:
    """Each page's raw text, with every failure turned into one UnreadablePDF.

    `on_page(n)` is called before page n (1-based) is read (index.readers.bounded names it).
    `breaks` and `calls` are pdf_pdfium's (paragraph gaps, footnote calls marked): pypdf finds
    neither, whatever they are.
    """
    # pypdf logs and warns about every irregularity it repairs; a user only needs our verdict.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    stream = io.BytesIO(source) if isinstance(source, bytes) else str(source)
    try:
        reader = pypdf.PdfReader(stream, strict=False)
        if reader.is_encrypted:
            _decrypt(reader, name)
        if len(reader.pages) == 0:
            raise UnreadablePDF(f"{name}: the PDF has no pages")
        texts = []
        for page_no, page in enumerate(reader.pages, 1):
            if on_page is not None:
                on_page(page_no)
            texts.append(with_tex_ligatures(page.extract_text() or ""))
        return texts
    except UnreadablePDF:
        raise
    except LimitReachedError as e:
        # Not damage: pypdf refuses to inflate a stream or follow a structure past a limit set
        # against decompression bombs and loops. Say which one.
        raise UnreadablePDF(f"{name}: refused by a pypdf safety limit: {_which_limit(e)} "
                            f"({e}); if you trust the file, try --reader pdfium") from e
    except FileNotDecryptedError as e:
        raise UnreadablePDF(f"{name}: encrypted PDF: it needs a password") from e
    except _PDF_ERRORS as e:
        detail = str(e).splitlines()[0] if str(e) else "no detail"
        raise UnreadablePDF(f"{name}: corrupt or truncated PDF ({type(e).__name__}: "
                            f"{detail})") from e


def _which_limit(e: Exception) -> str:
    message = str(e).lower()
    if "decompress" in message or "output length" in message:
        return "a stream inflates past pypdf's 75 MB limit on decompressed size"
    if "cycl" in message or "loop" in message or "self reference" in message:
        return "the file's structure refers to itself in a loop"
    if "depth" in message or "recovery" in message or "exceeds" in message or "size" in message:
        return "the file declares sizes or nesting beyond pypdf's limits"
    return "a limit pypdf sets against malicious files"


def _decrypt(reader, name: str) -> None:
    """Open an encrypted PDF with the empty user password, as a viewer does, or refuse it."""
    try:
        opened = reader.decrypt("")
    except DependencyError as e:
        # AES needs the cryptography package (a dependency of verifier): a broken install.
        raise UnreadablePDF(f"{name}: AES-encrypted PDF, and the cryptography package that "
                            f"opens it is missing ({e})") from e
    except (PyPdfError, NotImplementedError, ValueError, KeyError) as e:
        raise UnreadablePDF(f"{name}: encrypted PDF that cannot be opened ({e})") from e
    if not opened:
        raise UnreadablePDF(f"{name}: encrypted PDF: it needs a password (verifier reads only "
                            "PDFs that open without one)")


# pypdf signals a broken file through many exception types, not only its own; all mean the same
# to a user.
_PDF_ERRORS = (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError,
               AssertionError, RecursionError, NotImplementedError, OSError, ZeroDivisionError,
               zlib.error)
