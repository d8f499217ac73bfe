"""Build the two agenda packs: each paper is written as .docx (python-docx), converted by
LibreOffice, merged with pypdf and stamped with the pack's furniture (reportlab overlay).
Then each quotation label's pack_page is found in the merged PDF and the labels are written.

    /opt/blindtools/bin/python build_packs.py
"""
import json, os, re, io, sys, subprocess, importlib.util
from pathlib import Path
from docx.shared import Pt, Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from docxkit import new_document, footer, page_break, table

HERE = Path(__file__).resolve().parent
os.chdir(HERE)
TMP = HERE / "_papers"
TMP.mkdir(exist_ok=True)
LINE = {"c-": 1.5, "a-": 1.6}

REPORT = json.load(open("report.json"))
RPAGE = {p["label"]: p["page"] for p in REPORT["places"]}


def sub_pages(text):
    return re.sub(r"\{p:([^}]+)\}", lambda m: str(RPAGE[m.group(1)]), text)


def render_docx(name, blocks, cmis_footer=None, size=12):
    """blocks: ("h1"|"h2"|"p"|"b"|"quote"|"small"|"c"|"r", text) | ("table", rows, widths) | ("pb",)."""
    doc = new_document(size=size, line=LINE.get(name[:2], 1.3), after=10 if name.startswith("a-") else 8, margins=2.6 if name.startswith("a-") else 2.3)
    for b in blocks:
        kind = b[0]
        if kind == "pb":
            page_break(doc); continue
        if kind == "table":
            table(doc, b[1], widths=b[2], size=10)
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
            continue
        text = sub_pages(b[1])
        if kind == "h1":
            p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(size + 4)
        elif kind == "h2":
            p = doc.add_paragraph(); r = p.add_run(text); r.bold = True
            p.paragraph_format.keep_with_next = True
        elif kind == "b":
            p = doc.add_paragraph(); p.add_run(text).bold = True
        elif kind == "c":
            p = doc.add_paragraph(); r = p.add_run(text); r.bold = True; r.font.size = Pt(size + 2)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "r":
            p = doc.add_paragraph(text); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "quote":
            p = doc.add_paragraph(); r = p.add_run(text); r.italic = True
            p.paragraph_format.left_indent = Cm(1.2); p.paragraph_format.right_indent = Cm(1.2)
        elif kind == "small":
            p = doc.add_paragraph(); p.add_run(text).font.size = Pt(size - 2)
        else:
            doc.add_paragraph(text)
    if cmis_footer:
        footer(doc, cmis_footer + "    Page ", fields=("PAGE", "NUMPAGES"), size=8,
               align=WD_ALIGN_PARAGRAPH.RIGHT)
    path = TMP / f"{name}.docx"
    doc.save(path)
    return path


def convert(paths):
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(TMP)]
                   + [str(p) for p in paths], check=True, capture_output=True)
    return [TMP / (Path(p).stem + ".pdf") for p in paths]


def overlay(stamps):
    """stamps: list of (x, y, text, font, size, boxed) for one page -> a PdfReader page."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for x, y, text, font, size, boxed in stamps:
        c.setFont(font, size)
        w = c.stringWidth(text, font, size)
        if boxed:
            c.setFillGray(0.15)
            c.rect(x - w - 14, y - 6, w + 20, size + 12, fill=1, stroke=0)
            c.setFillGray(1)
            c.drawString(x - w - 4, y, text)
            c.setFillGray(0)
        else:
            c.drawCentredString(x, y, text)
    c.save()
    buf.seek(0)
    return PdfReader(buf).pages[0]


def checker():
    spec = importlib.util.spec_from_file_location("check_labels", HERE / ".." / ".." / "check_labels.py")
    m = importlib.util.module_from_spec(spec); sys.modules["check_labels"] = m; spec.loader.exec_module(m)
    return m


def build(pack):
    """pack: module-like dict with front(ranges) -> blocks, papers -> [(item, name, blocks, cmis_footer)]"""
    papers = pack["papers"]
    paths = [render_docx(name, blocks, foot) for item, name, blocks, foot in papers]
    pdfs = convert(paths)
    counts = [len(PdfReader(p).pages) for p in pdfs]
    # front sheet, twice: the first time to learn its length
    front_path = render_docx(pack["name"] + "-front", pack["front"]({}, 0))
    front_pages = len(PdfReader(convert([front_path])[0]).pages)
    offset = front_pages
    ranges, pos = {}, offset + 1
    for (item, name, blocks, foot), n in zip(papers, counts):
        lo, hi = ranges.get(item, (pos, pos))
        ranges[item] = (min(lo, pos), pos + n - 1)
        pos += n
    front_path = render_docx(pack["name"] + "-front", pack["front"](ranges, offset))
    front_pdf = convert([front_path])[0]
    assert len(PdfReader(front_pdf).pages) == front_pages, "front sheet length changed"
    writer = PdfWriter()
    page_no = 0
    first_of_item = set()
    seen = set()
    for item, name, blocks, foot in papers:
        if item not in seen:
            seen.add(item)
            first_of_item.add(name)
    for pdf, (item, name, blocks, foot) in [(front_pdf, (None, "front", None, None))] + list(zip(pdfs, papers)):
        for i, page in enumerate(PdfReader(pdf).pages):
            page_no += 1
            stamps = pack["stamp"](page_no, offset, item, i == 0 and name in first_of_item)
            added = writer.add_page(page)
            if stamps:
                added.merge_page(overlay(stamps))
    out = pack["name"] + ".pdf"
    with open(out, "wb") as f:
        writer.write(f)
    return out, offset, ranges, page_no


def finish_labels(pack, out, offset, ranges, total):
    cl = checker()
    pages = cl.rendered_pages(Path(out).resolve())
    items = []
    for number, title in pack["agenda"]:
        if number in ranges:
            lo, hi = ranges[number]
            items.append({"number": number, "title": title, "first_page": lo, "last_page": hi})
    quotes = []
    for q in pack["quotes"]:
        lo, hi = ranges[q["item"]]
        head = cl.words(q["text"])[:6]
        found = None
        for pg in range(lo, hi + 1):
            if q.get("after_page") and pg < q["after_page"]:
                continue
            if cl.find_in_order(cl.words(pages[pg - 1]), head) is not None and \
                    cl.contains_run(cl.words(pages[pg - 1]), cl.words(q["text"])) or \
                    (cl.find_in_order(cl.words(pages[pg - 1]), head) is not None and q.get("split_ok")):
                found = pg
                break
        if found is None:
            print("QUOTE NOT FOUND WHOLE ON ONE PAGE:", q["id"], q["text"][:60])
            for pg in range(lo, hi + 1):
                if cl.find_in_order(cl.words(pages[pg - 1]), head) is not None:
                    found = pg; break
        q = dict(q)
        q.pop("after_page", None); q.pop("split_ok", None)
        for k in ("source_text", "context_dropped", "text"):
            if q.get(k):
                q[k] = sub_pages(q[k])
        q["cited_pages"] = [int(sub_pages(str(p))) for p in q.get("cited_pages", [])]
        q["pack_page"] = found
        quotes.append(q)
    labels = {"pack": out, "title": pack["title"], "publisher": pack["publisher"], "pages": total,
              "printed_page_offset": offset,
              "sources": [{"pdf": "report.pdf", "title": REPORT["title"], "role": "report"},
                          {"pdf": "letter.pdf", "title": json.load(open("letter.json"))["title"],
                           "role": "letter", "alias": "Letter from SoS to CEX 04/02/25"}],
              "furniture": pack["furniture"], "image_only_pages": [], "blank_pages": [],
              "agenda": [{"number": n, "title": t, "papers": n in ranges} for n, t in pack["agenda"]],
              "items": items, "quotes": quotes}
    if pack.get("claims"):
        labels["claims"] = pack["claims"]
    json.dump(labels, open(pack["name"] + ".labels.json", "w"), ensure_ascii=False, indent=1)
    print(out, total, "pages, offset", offset, "items", ranges, len(quotes), "quotes")


if __name__ == "__main__":
    import importlib
    which = sys.argv[1:] or ["council", "audit"]
    for mod in [importlib.import_module("pack_" + w) for w in which]:
        pk = mod.PACK
        out, offset, ranges, total = build(pk)
        finish_labels(pk, out, offset, ranges, total)
