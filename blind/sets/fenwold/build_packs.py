#!/usr/bin/env /opt/blindtools/bin/python
"""Build the two modern.gov agenda packs.

Each paper (pack_src/*.md) -> pandoc -> .docx (a reference document in the council's style:
Arial 12, a 'Page X of Y' footer on officers' reports) -> LibreOffice -> PDF. The cover and
agenda are made the same way, after a first pass has counted each item's pages. Everything is
merged with pypdf, and a reportlab overlay stamps 'Agenda Item N' at the top of each item's first
page and the pack's page number ('Page 23') at the foot of every page after the agenda.
Writes pack-<name>.pdf and pack_src/<name>.layout.json (the item pages, for the labels)."""
import io, json, subprocess, sys, tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm
from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
SRC = HERE / "pack_src"
BUILD = HERE / "pack_build"

PACKS = {
    "council": {
        "title": "Fenwold District Council, Council, 26 November 2026",
        "cover": "council_cover.md", "agenda": "council_agenda.md",
        "items": [("1", "Apologies for Absence", []),
                  ("2", "Declarations of Interest", []),
                  ("3", "Minutes of the meeting held on 24 September 2026", ["c3_minutes.md"]),
                  ("4", "Chairman's Announcements", []),
                  ("5", "Questions from Members of the Public", ["c5_public_questions.md"]),
                  ("6", "Best Value Inspection of Fenwold District Council: Report and Proposed Intervention",
                   ["c6_report.md", "c6_appA.md", "c6_appB.md", "@letter.pdf"]),
                  ("7", "Motion on Notice: Best Value Inspection", ["c7_motion.md"]),
                  ("8", "Amendment to the Motion at Item 7", ["c8_amendment.md"]),
                  ("9", "Questions from Members", ["c9_member_questions.md"]),
                  ("10", "Urgent Business", [])],
    },
    "audit": {
        "title": "Fenwold District Council, Audit and Standards Committee, 3 December 2026",
        "cover": "audit_cover.md", "agenda": "audit_agenda.md",
        "items": [("1", "Apologies for Absence and Substitutions", []),
                  ("2", "Declarations of Interest", []),
                  ("3", "Minutes of the meeting held on 17 September 2026", ["a3_minutes.md"]),
                  ("4", "Best Value Inspection: Governance, Audit and Standards Recommendations",
                   ["a4_report.md", "a4_appA.md"]),
                  ("5", "Code of Conduct Complaints: Annual Report 2025/26 and Backlog",
                   ["a5_complaints.md"]),
                  ("6", "Review of the Whistleblowing Policy", ["a6_whistle.md", "a6_policy.md"]),
                  ("7", "Internal Audit Progress Report", ["a7_internal_audit.md"]),
                  ("8", "External Audit: Progress on the Auditor's Recommendations", ["a8_external_audit.md"]),
                  ("9", "Work Programme 2026/27", ["a8_work_programme.md"])],
    },
}


def add_field(paragraph, instr):
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", instr), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if tag == "w:instrText":
            el.set(qn("xml:space"), "preserve"); el.text = instr
        else:
            el.set(qn("w:fldCharType"), attr)
        run._r.append(el)
    t = OxmlElement("w:t"); t.text = "1"; run._r.append(t)
    end = OxmlElement("w:fldChar"); end.set(qn("w:fldCharType"), "end"); run._r.append(end)


def reference_docx(path: Path, footer: bool, landscape: bool = False) -> None:
    raw = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"],
                         capture_output=True, check=True).stdout
    d = docx.Document(io.BytesIO(raw))
    for name in ("Normal", "Body Text", "First Paragraph", "Compact", "Title", "Subtitle", "Date",
                 "Heading 1", "Heading 2", "Heading 3", "Block Text", "Table Caption"):
        try:
            st = d.styles[name]
        except KeyError:
            continue
        st.font.name = "Arial"
        rpr = st.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = OxmlElement("w:rFonts"); rpr.append(fonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(a), "Arial")
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if fonts.get(qn(a)) is not None:
                del fonts.attrib[qn(a)]
        if name in ("Normal", "Body Text", "First Paragraph", "Block Text"):
            st.font.size = Pt(12)
            st.paragraph_format.line_spacing = 1.35
            st.paragraph_format.space_after = Pt(9)
        if name.startswith("Heading"):
            st.font.color.rgb = None
            st.font.size = Pt({"Heading 1": 15, "Heading 2": 13, "Heading 3": 12}[name])
            st.font.bold = True
        if name == "Compact":
            st.font.size = Pt(10)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.5), Cm(2.6)
    sec.footer_distance = Cm(1.3)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    if footer:
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        fp.add_run("Page ")
        add_field(fp, "PAGE")
        fp.add_run(" of ")
        add_field(fp, "NUMPAGES")
        for r in fp.runs:
            r.font.size = Pt(9); r.font.name = "Arial"
    d.save(path)


def paper_pdf(md: str, ref: Path) -> Path:
    src = SRC / md
    out = BUILD / (src.stem + ".docx")
    subprocess.run(["pandoc", str(src), "-f", "markdown+smart+pipe_tables", "-o", str(out),
                    f"--reference-doc={ref}"], check=True)
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", str(BUILD), str(out)],
                   check=True, capture_output=True)
    return BUILD / (src.stem + ".pdf")


def refs():
    r = {"report": BUILD / "ref-report.docx", "plain": BUILD / "ref-plain.docx",
         "landscape": BUILD / "ref-landscape.docx"}
    reference_docx(r["report"], True)
    reference_docx(r["plain"], False)
    reference_docx(r["landscape"], True, landscape=True)
    return r


def style_for(md: str) -> str:
    if "minutes" in md or "cover" in md or "agenda" in md or "motion" in md or "amendment" in md \
            or "questions" in md:
        return "plain"
    if md in ("c6_appB.md", "a4_appA.md"):
        return "landscape"
    return "report"


def stamp(n_pages_sizes, offset, banners):
    """One overlay page per pack page: 'Page N' at the foot, 'Agenda Item N' banners."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for i, (w, h) in enumerate(n_pages_sizes, 1):
        c.setPageSize((w, h))
        if i > offset:
            c.setFont("Helvetica", 10)
            c.drawCentredString(w / 2, 16, f"Page {i - offset}")
        if i in banners:
            c.setFont("Helvetica-Bold", 14)
            c.drawRightString(w - 40, h - 34, f"Agenda Item {banners[i]}")
        c.showPage()
    c.save()
    buf.seek(0)
    return PdfReader(buf)


def build(name: str, spec: dict, r: dict) -> None:
    item_pdfs = {}
    for number, title, papers in spec["items"]:
        paths = []
        for md in papers:
            paths.append(HERE / md[1:] if md.startswith("@") else paper_pdf(md, r[style_for(md)]))
        item_pdfs[number] = paths
    cover = paper_pdf(spec["cover"], r["plain"])
    # first pass: printed page ranges, counting from the first page after cover and agenda
    counts = {k: sum(len(PdfReader(p).pages) for p in v) for k, v in item_pdfs.items()}
    ranges, printed = {}, 1
    for number, title, papers in spec["items"]:
        if counts[number]:
            ranges[number] = (printed, printed + counts[number] - 1)
            printed += counts[number]
    agenda_md = (SRC / spec["agenda"]).read_text(encoding="utf-8")
    for number, (a, b) in ranges.items():
        agenda_md = agenda_md.replace("{pages%s}" % number, f"(Pages {a} - {b})" if a != b else f"(Page {a})")
    (BUILD / spec["agenda"]).write_text(agenda_md, encoding="utf-8")
    tmp = SRC / ("_" + spec["agenda"])
    tmp.write_text(agenda_md, encoding="utf-8")
    agenda = paper_pdf(tmp.name, r["plain"])
    tmp.unlink()
    writer = PdfWriter()
    for p in [cover, agenda]:
        for page in PdfReader(p).pages:
            writer.add_page(page)
    offset = len(writer.pages)
    layout = {"pack": f"pack-{name}.pdf", "printed_page_offset": offset, "items": []}
    banners = {}
    for number, title, papers in spec["items"]:
        first = len(writer.pages) + 1
        for p in item_pdfs[number]:
            for page in PdfReader(p).pages:
                writer.add_page(page)
        if len(writer.pages) >= first:
            banners[first] = number
            layout["items"].append({"number": number, "title": title, "first_page": first,
                                    "last_page": len(writer.pages)})
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in writer.pages]
    overlay = stamp(sizes, offset, banners)
    for page, over in zip(writer.pages, overlay.pages):
        page.merge_page(over)
    layout["pages"] = len(writer.pages)
    layout["agenda"] = [{"number": n, "title": t, "papers": bool(p)} for n, t, p in spec["items"]]
    with open(HERE / f"pack-{name}.pdf", "wb") as f:
        writer.write(f)
    (SRC / f"{name}.layout.json").write_text(json.dumps(layout, indent=1), encoding="utf-8")
    print(name, layout["pages"], "pages; items:", [(i["number"], i["first_page"], i["last_page"]) for i in layout["items"]])


def main():
    BUILD.mkdir(exist_ok=True)
    r = refs()
    for name in sys.argv[1:] or PACKS:
        build(name, PACKS[name], r)


if __name__ == "__main__":
    main()
