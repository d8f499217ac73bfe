"""Hostile files of issue 24, built at any size: the tests make them small (with small limits),
bench/hostile_bench.py at the issue's full size.

Each is a real file of its format that a reader would open: a PDF whose one page has a huge
content stream, a .docx whose XML unpacks far past its zipped size, a .docx whose document
declares an XML entity, an HTML page of deeply nested divs, an HTML page that begins with an
XML declaration. Everything is written a piece at a time, so building the full-size files
holds no more than a few MB in memory.
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

# Drawing operators of one line from (0,0) to (1,1): each becomes a path object in PDFium, so
# 300 MB of them is what took a PDF reader 4 GB (issue 24).
_STROKE = b"0 0 m 1 1 l S\n"
_TEXT = b"BT /F1 12 Tf 72 720 Td (1.1 The council must act on the findings of this report.) Tj ET\n"


def big_stream_pdf(path: Path, stream_mb: float) -> Path:
    """A one-page PDF with a line of text and a Flate content stream that inflates to
    `stream_mb` MB of drawing operators (300 MB zips to about 1 MB)."""
    path = Path(path)
    squeeze = zlib.compressobj(9)
    compressed = [squeeze.compress(_TEXT)]
    block = _STROKE * (1 << 16)                   # about 0.9 MB
    left = int(stream_mb * (1 << 20))
    while left > 0:
        piece = block[:left]
        compressed.append(squeeze.compress(piece))
        left -= len(piece)
    compressed.append(squeeze.flush())
    stream = b"".join(compressed)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream +
        b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    with open(path, "wb") as out:
        out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(objects, 1):
            offsets.append(out.tell())
            out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
        out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                  % (len(objects) + 1, xref))
    return path


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')


def _paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>"


def docx(path: Path, body_xml: str, doctype: str = "") -> Path:
    """A .docx (the three parts Word needs) whose body is `body_xml`, its document.xml
    preceded by `doctype` if given."""
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + doctype +
                f'<w:document xmlns:w="{_W_NS}"><w:body>{body_xml}</w:body></w:document>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)
    return Path(path)


def docx_with_entity(path: Path) -> Path:
    """A .docx whose document.xml declares an entity and uses it in the text (issue 24: exit 70)."""
    return docx(path, _paragraph("1.1 The council &council; must act.") +
                _paragraph("1.2 The authority must improve."),
                doctype='<!DOCTYPE w:document [<!ENTITY council "of Eastmarsh">]>')


def docx_bomb(path: Path, unpacked_mb: float, declared_honestly: bool = True) -> Path:
    """A .docx whose document.xml unpacks to `unpacked_mb` MB (a paragraph, then blank space
    between elements, which deflate packs about 1000 to 1). With `declared_honestly` False the
    archive declares the part's real size in no header: it is streamed, sizes unknown until
    written, as a zip bomb built by hand may do."""
    head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<w:document xmlns:w="{_W_NS}"><w:body>'
            + _paragraph("1.1 The council must act on the findings of this report.")).encode()
    tail = b"</w:body></w:document>"
    padding = b" " * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        info = zipfile.ZipInfo("word/document.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as part:
            part.write(head)
            left = int(unpacked_mb * (1 << 20))
            while left > 0:
                piece = padding[:left]
                part.write(piece)
                left -= len(piece)
            part.write(tail)
    if not declared_honestly:
        _declare_small(Path(path), "word/document.xml")
    return Path(path)


def _declare_small(path: Path, member: str) -> None:
    """Rewrite `member`'s uncompressed size in the central directory as 1 KB (a lying bomb)."""
    archive = zipfile.ZipFile(path)
    info = archive.getinfo(member)
    archive.close()
    data = bytearray(path.read_bytes())
    name = member.encode()
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_len = int.from_bytes(data[at + 28:at + 30], "little")
        if data[at + 46:at + 46 + name_len] == name:
            if int.from_bytes(data[at + 24:at + 28], "little") != 0xFFFFFFFF:
                data[at + 24:at + 28] = (1024).to_bytes(4, "little")
            else:       # zip64: the size is in the extra field
                extra_len = int.from_bytes(data[at + 30:at + 32], "little")
                extra = at + 46 + name_len
                end = extra + extra_len
                while extra < end:
                    tag = int.from_bytes(data[extra:extra + 2], "little")
                    size = int.from_bytes(data[extra + 2:extra + 4], "little")
                    if tag == 1:
                        data[extra + 4:extra + 12] = (1024).to_bytes(8, "little")
                        break
                    extra += 4 + size
            break
        at = data.find(b"PK\x01\x02", at + 4)
    assert info.file_size > 1024
    path.write_bytes(bytes(data))


def nested_html(path: Path, depth: int) -> Path:
    """A GOV.UK-like page whose report paragraphs sit inside `depth` nested divs (100,000: 1.1 MB)."""
    with open(path, "w", encoding="utf-8") as out:
        out.write('<!DOCTYPE html><html><head><title>Report</title></head><body><main>'
                  '<h1>Best Value Inspection</h1><div class="govspeak">')
        out.write("<div>" * depth)
        out.write("<p>1.1 The council must act on the findings of this report.</p>")
        out.write("</div>" * depth)
        out.write("</div></main></body></html>")
    return Path(path)


def xml_declared_html(path: Path) -> Path:
    """A report page that begins with an XML declaration and has no <html> root (issue 24: a
    seven-line BeautifulSoup warning on stderr)."""
    Path(path).write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<body><main><h1>Best Value Inspection of Eastmarsh</h1><div class="govspeak">'
        '<h2>1 Summary</h2><p>1.1 The council must act on the findings of this report.</p>'
        '<p>1.2 The authority has improved its governance since 2023.</p></div></main></body>\n',
        encoding="utf-8")
    return Path(path)
