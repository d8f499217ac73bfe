"""Uploaded files: judge the type by content, save under a name the server makes.

A client's file name is never used as a path: motions go to a fresh temporary directory as
`motion.<type>`, and source PDFs to a fresh directory as `<slug of the name>.pdf` (the slug
becomes the document's id in the index, as `verifier index add` would name it).
"""

from __future__ import annotations

import io
import secrets
import shutil
import time
import zipfile
from pathlib import Path

import index
from web.errors import WebError

# Magic bytes of files people drop on a form by mistake; each is refused with its name.
_BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "a Word 97-2003 (or other OLE) document",
    b"{\\rtf": "a rich-text file",
    b"\x7fELF": "a program",
    b"MZ": "a Windows program",
}
MOTION_TYPES = ("pdf", "docx", "html", "text")
SUFFIX = {"pdf": ".pdf", "docx": ".docx", "html": ".html", "text": ".txt"}
SOURCE_TYPES = ("pdf", "html", "docx")


def sniff(data: bytes) -> str:
    """"pdf", "docx", "html" or "text" by content, or raise WebError(415) naming what it is."""
    if data[:1024].lstrip().startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            raise WebError(415, "unsupported file type: a damaged zip file") from None
        if "word/document.xml" in names:
            return "docx"
        raise WebError(415, "unsupported file type: a zip archive, not a .docx")
    for signature, what in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise WebError(415, f"unsupported file type: {what}; upload .txt, .pdf, .html or .docx")
    text = _decode(data)
    if text is None:
        raise WebError(415, "unsupported file type: binary data, not text; "
                            "upload .txt, .pdf, .html or .docx")
    head = text[:2048].lstrip().lower()
    if head.startswith("<?xml") and "?>" in head:       # XHTML: its XML declaration first
        head = head.split("?>", 1)[1].lstrip()
    return "html" if head.startswith(("<!doctype html", "<html", "<body", "<p", "<div")) else "text"


def _decode(data: bytes) -> str | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in data:
        return None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def pdf_pages(data: bytes) -> int | None:
    """How many pages a PDF has, without reading its text; None when it is not a PDF or
    cannot be opened (reading the motion then says what is wrong with it)."""
    if not data[:1024].lstrip().startswith(b"%PDF-"):
        return None
    return index.pdf_page_count(data)


def save_motion(data: bytes, directory: Path) -> Path:
    """Save an uploaded motion as `motion.<type>` in `directory` (a fresh temporary one)."""
    kind = sniff(data)
    path = Path(directory) / ("motion" + SUFFIX[kind])
    path.write_bytes(data)
    return path


def save_source(data: bytes, client_name: str, upload_dir: Path) -> Path:
    """Save an uploaded report under `upload_dir/<random>/<slug>.<pdf|html|docx>` (as `index
    add` reads them: a PDF, a saved GOV.UK HTML page, a .docx); refuse anything else."""
    if not data.strip():
        raise WebError(400, "the uploaded file is empty")
    try:
        kind = sniff(data)
    except WebError as e:
        raise WebError(415, e.message.replace("upload .txt, .pdf, .html or .docx",
                                              "upload a PDF, an HTML page or a .docx")) from None
    if kind not in SOURCE_TYPES:
        raise WebError(415, "unsupported file type: plain text, not a PDF, an HTML page or a "
                            ".docx; upload the report in one of those")
    folder = Path(upload_dir) / secrets.token_hex(8)
    folder.mkdir(parents=True)
    path = folder / (index.document_id(client_name or "document") + SUFFIX[kind])
    path.write_bytes(data)
    return path


# An upload folder no indexed document uses is deleted once it is this old: younger, it may
# be a PDF still waiting for (or being read by) the background job that adds it.
UNUSED_UPLOAD_SECONDS = 3600


def discard_upload(path: Path, upload_dir: Path) -> None:
    """Delete an uploaded source that the index did not keep (it failed, or was a duplicate)."""
    folder = Path(path).parent
    if folder.parent == Path(upload_dir):       # only the folders save_source makes
        shutil.rmtree(folder, ignore_errors=True)


def forget_unused_uploads(upload_dir: Path, documents) -> None:
    """Delete the upload folders no indexed document's file is in (e.g. a document since
    removed from the index), once they are UNUSED_UPLOAD_SECONDS old."""
    root = Path(upload_dir)
    if not root.is_dir():
        return
    used = {Path(doc.file).resolve().parent for doc in documents if doc.file}
    cutoff = time.time() - UNUSED_UPLOAD_SECONDS
    for folder in root.iterdir():
        try:
            if folder.is_dir() and folder.resolve() not in used \
                    and folder.stat().st_mtime < cutoff:
                shutil.rmtree(folder, ignore_errors=True)
        except FileNotFoundError:
            continue            # another worker removed it first


def display_name(client_name: str | None, fallback: str) -> str:
    """The last part of a client's file name, for messages and reports only (never a path)."""
    name = (client_name or "").replace("\\", "/").rsplit("/", 1)[-1].strip()
    name = "".join(ch for ch in name if ch.isprintable())[:120]
    return name or fallback
