"""Word (.docx) reports read from the document's own structure (python-docx).

Headings are the paragraphs styled "Title" or "Heading N"; a paragraph's number is the one
typed at its start ("4.50<tab>We recommend …"), as councils' reports carry it; bullets are "List"
styles or numbered list items; a table is read row by row; footnotes are Word's own
(`w:footnoteReference` in the text, `word/footnotes.xml`) and become units of their own.
A .docx has no pages that a reader can know: every paragraph's page is 0.

Also here: `docx_lines`, a document's paragraphs and table cells one a line, for the motion side.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from index.errors import UnreadableSource
from index.models import Paragraph
from index.paragraphs import Block, split_blocks
from index.readers.limits import ReadLimits, read_limits

NAME = "docx"
# Bump when a change here changes what is read from the same file (see pdf_pypdf.VERSION).
VERSION = 4

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FOOTNOTES_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def read_file(path: Path, limits: ReadLimits | None = None) -> tuple[Paragraph, ...]:
    """A .docx report's units, read within `limits` (None: those in force)."""
    document = _open(_bytes(path), str(path), limits or read_limits())
    footnotes = _footnotes(document, str(path))
    blocks = []
    styles = {}
    numbering = _ListNumbering(document)
    for element in document.element.body.iterchildren(tag=(f"{_W}p", f"{_W}tbl")):
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            number = numbering.next(element)
            text = _paragraph_text(element, markers=True).strip()
            if text:
                if number and not text.startswith(number):
                    text = f"{number} {text}"       # Word prints it; the text does not hold it
                blocks.append(Block(text, _tag_of(element, document, styles)))
        elif tag == "tbl":
            for row in element.iter(f"{_W}tr"):
                cells = [" ".join(_paragraph_text(p, markers=True).strip()
                                  for p in cell.iter(f"{_W}p")).strip()
                         for cell in row.iter(f"{_W}tc")]
                text = " ".join(c for c in cells if c)
                if text:
                    blocks.append(Block(text, "tr"))
    return split_blocks(*_numbered_as_printed(blocks, footnotes))


def _numbered_as_printed(blocks: list[Block], footnotes: dict[str, str]):
    """Word numbers footnotes in the order they are cited, whatever their ids (LibreOffice
    starts the ids at 2): labels as the reader of the report sees them."""
    import re

    labels: dict[str, str] = {}
    for block in blocks:
        for note_id in re.findall(r"\x00(-?\d+)\x00", block.text):
            if note_id in footnotes and note_id not in labels:
                labels[note_id] = str(len(labels) + 1)
    renamed = [Block(re.sub(r"\x00(-?\d+)\x00",
                            lambda m: f"\x00{labels.get(m.group(1), '')}\x00", b.text), b.tag)
               for b in blocks]
    return renamed, {labels[i]: text for i, text in footnotes.items() if i in labels}


def docx_lines(data: bytes, name: str, limits: ReadLimits | None = None) -> list[str]:
    """The paragraphs (and table cells) of a .docx in document order, one a line."""
    document = _open(data, name, limits or read_limits())
    lines = []
    for block in document.element.body.iterchildren(tag=(f"{_W}p", f"{_W}tbl")):
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(_paragraph_text(block))
        elif tag == "tbl":
            for cell in block.iter(f"{_W}tc"):
                lines.extend(_paragraph_text(p) for p in cell.iter(f"{_W}p"))
    return lines


def _bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as e:
        raise UnreadableSource(f"{path}: cannot be read ({e.strerror})") from e


def _open(data: bytes, name: str, limits: ReadLimits):
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        names = archive.namelist()
    except zipfile.BadZipFile as e:
        raise UnreadableSource(f"{name}: damaged zip/Word file") from e
    if "word/document.xml" not in names:
        raise UnreadableSource(f"{name}: unsupported file type: a zip archive, not a .docx")
    _check_parts(archive, name, limits.docx_unpacked_mb)
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    def damaged(problem: str) -> str:
        return (f"{name}: damaged Word document ({problem}); open it in Word and save it "
                "again, or save it as .pdf or .txt")

    try:
        document = docx.Document(io.BytesIO(data))
    # python-docx reports a damaged file through whatever its parts fail with: a missing part
    # is a KeyError, a part that is not the XML it expects an AttributeError or TypeError.
    except (PackageNotFoundError, KeyError, ValueError, AttributeError, TypeError, IndexError,
            zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, LxmlError) as e:
        raise UnreadableSource(damaged(_docx_problem(e))) from e
    if getattr(document.element, "body", None) is None:   # a document.xml that is no document
        raise UnreadableSource(damaged("its parts are not what a Word document holds"))
    return document


# Inflated at most this much at a time while a part's size is measured.
_INFLATE_CHUNK = 1 << 20
# Where an XML part's document type declaration would be (it must precede the root element).
_PROLOGUE_BYTES = 64 << 10


def _check_parts(archive: zipfile.ZipFile, name: str, most_mb: int) -> None:
    """Refuse a .docx whose parts unpack to more than `most_mb` MB, or whose XML declares a
    document type, before any part is parsed.

    A zip bomb (881 KB unpacking to 800 MB of XML) took 1.65 GB to refuse as "malformed XML"
    (issue 24). The sizes the archive declares are checked first; then each part is inflated
    a chunk at a time and counted, as a file may declare less than it holds (zipfile's own
    read() inflates a whole part before it cuts it to the declared size). Word never writes a
    <!DOCTYPE>: one in a part declares entities (issue 24: an exit-70 crash), which verifier
    would not resolve, so the text read would silently lack them.
    """
    most = most_mb << 20
    too_big = UnreadableSource(f"{name}: its parts unpack to more than {most_mb} MB; is it "
                               "a Word document?")
    if sum(info.file_size for info in archive.infolist()) > most:
        raise too_big
    total = 0
    try:
        for info in archive.infolist():
            with archive.open(info) as part:
                first = True
                while chunk := part.read(_INFLATE_CHUNK):
                    if first and info.filename.endswith((".xml", ".rels")) and \
                            _declares_doctype(chunk[:_PROLOGUE_BYTES]):
                        raise UnreadableSource(
                            f"{name}: its XML declares a document type (<!DOCTYPE>), which "
                            "Word never writes; open it in Word and save it again")
                    first = False
                    total += len(chunk)
                    if total > most:
                        raise too_big
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as e:
        # RuntimeError: an encrypted entry; NotImplementedError: an unknown compression
        raise UnreadableSource(f"{name}: damaged Word document (its compressed contents are "
                               "corrupt); open it in Word and save it again, or save it as "
                               ".pdf or .txt") from e


def _declares_doctype(head: bytes) -> bool:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):         # an XML part in UTF-16
        head = head.decode("utf-16", "ignore").encode("utf-8")
    return b"<!DOCTYPE" in head


def _tag_of(element, document, styles: dict) -> str:
    """"h1".."h6" for Title/Heading styles, "li" for list items, else "p"."""
    p_pr = element.find(f"{_W}pPr")
    style_id = None
    if p_pr is not None:
        style = p_pr.find(f"{_W}pStyle")
        style_id = style.get(f"{_W}val") if style is not None else None
        outline = p_pr.find(f"{_W}outlineLvl")
        if outline is not None:
            return f"h{min(int(outline.get(f'{_W}val', '0')) + 1, 6)}"
    if style_id not in styles:
        name = ""
        if style_id:
            try:
                name = document.styles.get_by_id(style_id, 1).name or ""
            except (KeyError, ValueError):
                name = style_id
        styles[style_id] = name.lower()
    name = styles[style_id]
    if name == "title":
        return "h1"
    if name.startswith("heading"):
        level = name.removeprefix("heading").strip()
        return f"h{min(int(level) + 1, 6)}" if level.isdigit() else "h2"
    if name.startswith("list") or (p_pr is not None and p_pr.find(f"{_W}numPr") is not None):
        return "li"
    return "p"


class _ListNumbering:
    """The numbers Word prints before paragraphs in a numbered list ("5.1.2" for a paragraph
    at level 2 of a list whose levels read "%1.%2.%3"): a report whose chapter is a Word
    multilevel list has its paragraph numbers in the numbering, not in the text (blind corpus,
    fit half: a circulated .docx). Only decimal numbers are given (bullets and letters are
    list items, not places); counters restart below a level that moves on, as Word's do."""

    def __init__(self, document):
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}   # numId → ilvl → (fmt, text, start)
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except (NotImplementedError, KeyError, AttributeError):
            return
        abstract = {}
        for node in root.iter(f"{_W}abstractNum"):
            levels = {}
            for lvl in node.iter(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                text = lvl.find(f"{_W}lvlText")
                start = lvl.find(f"{_W}start")
                levels[int(lvl.get(f"{_W}ilvl", "0"))] = (
                    fmt.get(f"{_W}val", "") if fmt is not None else "",
                    text.get(f"{_W}val", "") if text is not None else "",
                    int(start.get(f"{_W}val", "1")) if start is not None else 1)
            abstract[node.get(f"{_W}abstractNumId")] = levels
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is not None and ref.get(f"{_W}val") in abstract:
                self.levels[num.get(f"{_W}numId")] = abstract[ref.get(f"{_W}val")]

    def next(self, element) -> str:
        """The number Word prints before this paragraph, or "" (none, or not decimal)."""
        p_pr = element.find(f"{_W}pPr")
        num_pr = p_pr.find(f"{_W}numPr") if p_pr is not None else None
        if num_pr is None or not self.levels:
            return ""
        num_id_node, ilvl_node = num_pr.find(f"{_W}numId"), num_pr.find(f"{_W}ilvl")
        num_id = num_id_node.get(f"{_W}val") if num_id_node is not None else None
        ilvl = int(ilvl_node.get(f"{_W}val", "0")) if ilvl_node is not None else 0
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl][2] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        fmt, text, _ = levels[ilvl]
        if fmt != "decimal" or not text:
            return ""

        def level_value(m):
            k = int(m.group(1)) - 1
            if k not in counters:
                counters[k] = levels.get(k, ("", "", 1))[2]
            return str(counters[k])
        import re
        number = re.sub(r"%(\d)", level_value, text).strip()
        return number if re.fullmatch(r"\d+(?:\.\d+)*\.?", number) else ""


def _footnotes(document, name: str) -> dict[str, str]:
    """id -> text of Word's footnotes (the separators, ids -1 and 0, left out)."""
    for rel in document.part.rels.values():
        if rel.reltype == _FOOTNOTES_RT and not rel.is_external:
            # python-docx's own parser settings: entities are never resolved (an external
            # one would read a file of this machine into the footnotes), nothing fetched.
            parser = etree.XMLParser(resolve_entities=False, no_network=True,
                                     remove_blank_text=True)
            try:
                root = etree.fromstring(rel.target_part.blob, parser)
            except etree.LxmlError as e:
                raise UnreadableSource(f"{name}: damaged Word document (its footnotes' XML is "
                                       "malformed); open it in Word and save it again, or "
                                       "save it as .pdf or .txt") from e
            notes = {}
            for note in root.iter(f"{_W}footnote"):
                note_id = note.get(f"{_W}id", "")
                kind = note.get(f"{_W}type")
                if kind in ("separator", "continuationSeparator") or not note_id.lstrip("-").isdigit() \
                        or int(note_id) <= 0:
                    continue
                text = " ".join(_paragraph_text(p).strip() for p in note.iter(f"{_W}p"))
                notes[note_id] = " ".join(text.split())
            return notes
    return {}


def _paragraph_text(element, markers: bool = False) -> str:
    parts = []
    # Elements only: a comment, a processing instruction or an entity reference that a DOCTYPE
    # declared has a function as its tag (issue 24: 'cython_function_or_method' has no rsplit).
    for node in element.iter(tag=etree.Element):
        tag = node.tag.rsplit("}", 1)[-1]
        if tag == "t" and node.text:
            parts.append(node.text)
        elif tag == "tab":
            parts.append("\t" if not markers else " ")
        elif tag in ("br", "cr"):
            parts.append("\n" if not markers else " ")
        elif tag == "footnoteReference" and markers:
            parts.append(f"\x00{node.get(f'{_W}id', '')}\x00")
    return "".join(parts)


def _docx_problem(error: BaseException) -> str:
    """What is wrong with a damaged .docx, in words rather than the exception's name."""
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    if isinstance(error, (zipfile.BadZipFile, zlib.error, EOFError)):
        return "its compressed contents are corrupt"
    if isinstance(error, LxmlError):
        return "its XML is malformed"
    if isinstance(error, (KeyError, PackageNotFoundError)):
        return "a part of the document is missing"
    return "its parts are not what a Word document holds"
