#!/opt/blindtools/bin/python
"""Build report.docx/report.pdf and letter.docx/letter.pdf for the Ashcombe set, then
write report.json and letter.json with pages read back from the rendering (pdftotext).
Run: /opt/blindtools/bin/python build.py   (python3 build.py re-executes under that Python)"""
import os, sys, re, json, subprocess, copy
HERE = os.path.dirname(os.path.abspath(__file__))
try:
    import docx  # noqa
except ImportError:
    os.execv("/opt/blindtools/bin/python", ["/opt/blindtools/bin/python"] + sys.argv)
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT
sys.path.insert(0, HERE)
from content import *  # noqa

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FN_RE = re.compile(r"\{fn:(\d+)\}")
HEADER_PREFIX = "Ashcombe Best Value Inspection | "


def plain(t):
    return FN_RE.sub("", t)


def add_field(par, instr, placeholder="1"):
    r = par.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r._r.append(fc)
    r = par.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r._r.append(it)
    r = par.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r._r.append(fc)
    par.add_run(placeholder)
    r = par.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r._r.append(fc)


def set_cols(section, n):
    sp = section._sectPr
    for c in sp.findall(qn("w:cols")):
        sp.remove(c)
    cols = OxmlElement("w:cols"); cols.set(qn("w:num"), str(n)); cols.set(qn("w:space"), "1134")
    sp.append(cols)


def add_text_with_fns(par, text, fn_ids):
    pos = 0
    for m in FN_RE.finditer(text):
        if m.start() > pos:
            par.add_run(text[pos:m.start()])
        n = int(m.group(1))
        r = par.add_run()
        rpr = r._r.get_or_add_rPr()
        va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript"); rpr.append(va)
        ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), str(n)); r._r.append(ref)
        fn_ids.append(n)
        pos = m.end()
    if pos < len(text):
        par.add_run(text[pos:])


def numbered(doc, label, text, fn_ids, indent=1.27):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(indent); pf.first_line_indent = Cm(-indent)
    pf.tab_stops.add_tab_stop(Cm(indent))
    pf.space_after = Pt(12)
    r = p.add_run(label + "\t")
    add_text_with_fns(p, text, fn_ids)
    return p


def heading(doc, text, level):
    p = doc.add_paragraph()
    r = p.add_run(text); r.bold = True
    r.font.size = Pt(18 if level == 1 else 13)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F) if level == 1 else RGBColor(0, 0, 0)
    p.paragraph_format.space_before = Pt(0 if level == 1 else 10)
    p.paragraph_format.space_after = Pt(12 if level == 1 else 6)
    p.paragraph_format.keep_with_next = True
    return p


def set_header(section, text):
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(text); r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def add_table(doc, t):
    cap = doc.add_paragraph()
    r = cap.add_run(t["caption"]); r.bold = True
    cap.paragraph_format.keep_with_next = True
    cap.paragraph_format.space_after = Pt(4)
    rows = t["rows"]
    tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tbl.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = tbl.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(cell)
            run.font.size = Pt(10)
            if i == 0:
                run.bold = True
            if j > 0:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if len(rows[0]) == 5:
        widths = [Cm(7.6), Cm(1.8), Cm(1.8), Cm(1.8), Cm(2.6)]
    else:
        widths = [Cm(7.0), Cm(4.3), Cm(4.3)]
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for j, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[j].twips)))
    for row in tbl.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w
            for par in row.cells[j].paragraphs:
                par.paragraph_format.line_spacing = 1.0
                par.paragraph_format.space_after = Pt(2)
    sp = doc.add_paragraph(); sp.paragraph_format.space_after = Pt(4)


def footnotes_part(doc, used):
    parts = [f'<w:footnotes xmlns:w="{W_NS}">',
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for n in used:
        txt = FOOTNOTES[n].replace("&", "&amp;").replace("<", "&lt;")
        parts.append(f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
                     f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                     f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {txt}</w:t></w:r></w:p></w:footnote>')
    parts.append("</w:footnotes>")
    blob = "".join(parts).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                blob, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def base_doc():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"; st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Arial")
    st.paragraph_format.line_spacing = 1.5
    s = doc.sections[0]
    s.page_height = Cm(29.7); s.page_width = Cm(21.0)
    s.left_margin = s.right_margin = Cm(2.54); s.top_margin = s.bottom_margin = Cm(2.54)
    return doc


def build_report():
    doc = base_doc()
    fn_ids = []
    s0 = doc.sections[0]
    # footer (linked through all sections)
    f = s0.footer
    fp = f.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("OFFICIAL"); r.bold = True; r.font.size = Pt(9)
    fp2 = f.add_paragraph(); fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp2.add_run("Page ").font.size = Pt(9)
    add_field(fp2, "PAGE"); fp2.add_run(" of ")
    add_field(fp2, "NUMPAGES")
    for run in fp2.runs:
        run.font.size = Pt(9)
    set_header(s0, "OFFICIAL")
    # cover
    for _ in range(5):
        doc.add_paragraph()
    p = doc.add_paragraph(); r = p.add_run(TITLE); r.bold = True; r.font.size = Pt(26)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    p = doc.add_paragraph(); r = p.add_run("Report of the Inspection Team to the Secretary of State for Housing, Communities and Local Government"); r.font.size = Pt(14)
    p = doc.add_paragraph(); r = p.add_run(DATE); r.font.size = Pt(14)
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph(); r = p.add_run("Presented to Parliament pursuant to section 15(11) of the Local Government Act 1999"); r.font.size = Pt(10)
    # contents
    p = doc.add_paragraph(); p.add_run().add_break(WD_BREAK.PAGE)
    heading(doc, "Contents", 1)
    doc.add_paragraph("Executive summary")
    for num, title, _ in CHAPTERS:
        doc.add_paragraph(f"{num}\t{title}").paragraph_format.tab_stops.add_tab_stop(Cm(1.0))
    # exec summary: two columns
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_cols(sec, 1)
    set_header(sec, HEADER_PREFIX + "Executive summary")
    heading(doc, "Executive summary", 1)
    sec = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(sec, 2)
    for t in EXEC_SUMMARY:
        p = doc.add_paragraph(); add_text_with_fns(p, t, fn_ids)
        p.paragraph_format.space_after = Pt(8)
        p.paragraph_format.line_spacing = 1.15
    places = []
    for t in EXEC_SUMMARY:
        places.append({"label": "executive summary", "kind": "summary", "chapter": "Executive summary",
                       "heading": None, "text": plain(t)})
    for num, title, blocks in CHAPTERS:
        sec = doc.add_section(WD_SECTION.NEW_PAGE)
        set_cols(sec, 1)
        set_header(sec, f"{HEADER_PREFIX}Chapter {num} – {title}")
        chap = f"{num} {title}"
        heading(doc, chap, 1)
        i = 0
        for head, items in blocks:
            if head == "RECS":
                heading(doc, "Recommendations", 2).paragraph_format.page_break_before = True
                for k, t in enumerate(items, 1):
                    p = numbered(doc, f"R{k}", t, fn_ids)
                    places.append({"label": f"R{k}", "kind": "recommendation", "chapter": chap,
                                   "heading": "Recommendations", "text": plain(t)})
                continue
            heading(doc, head, 2)
            for t in items:
                if isinstance(t, tuple):
                    tb = TABLE1 if t[1] == 1 else TABLE2
                    add_table(doc, tb)
                    places.append({"label": f"Table {t[1]}", "kind": "table", "chapter": chap, "heading": head,
                                   "text": " ".join(c for row in tb["rows"] for c in row),
                                   "caption": tb["caption"]})
                    continue
                i += 1
                numbered(doc, f"{num}.{i}", t, fn_ids)
                places.append({"label": f"{num}.{i}", "kind": "paragraph", "chapter": chap, "heading": head,
                               "text": plain(t)})
    aname, atitle, aparas = ANNEX
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    set_cols(sec, 1)
    set_header(sec, f"{HEADER_PREFIX}{aname} – {atitle}")
    heading(doc, f"{aname}: {atitle}", 1)
    for k, t in enumerate(aparas, 1):
        numbered(doc, f"A.{k}", t, fn_ids)
        places.append({"label": f"A.{k}", "kind": "annex", "chapter": f"{aname}: {atitle}", "heading": None,
                       "text": plain(t)})
    footnotes_part(doc, fn_ids)
    doc.save(os.path.join(HERE, "report.docx"))
    return places, fn_ids


def build_letter():
    doc = base_doc()
    s0 = doc.sections[0]
    fp = s0.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("OFFICIAL"); r.font.size = Pt(9)
    for line in LETTER["from"]:
        p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.paragraph_format.space_after = Pt(0); p.add_run(line).font.size = Pt(10)
    doc.add_paragraph()
    for line in LETTER["to"]:
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0); p.add_run(line)
    p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT; p.add_run(LETTER_DATE)
    doc.add_paragraph(LETTER["salutation"])
    p = doc.add_paragraph(); p.add_run(LETTER["subject"]).bold = True
    places = []
    for k, t in enumerate(LETTER["paras"], 1):
        p = doc.add_paragraph(t); p.paragraph_format.space_after = Pt(8)
        p.paragraph_format.line_spacing = 1.15
        places.append({"label": str(k), "kind": "paragraph", "chapter": None, "heading": None, "text": t})
    doc.add_paragraph(LETTER["signoff"])
    doc.add_paragraph()
    for line in LETTER["signer"]:
        p = doc.add_paragraph(); p.paragraph_format.space_after = Pt(0); p.add_run(line)
    for st in ("Normal",):
        doc.styles[st].font.size = Pt(11)
    doc.save(os.path.join(HERE, "letter.docx"))
    return places


def to_pdf(name):
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", HERE,
                    os.path.join(HERE, name + ".docx")], check=True, stdout=subprocess.DEVNULL)


def pages_text(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for i in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True, text=True).stdout
        out.append(norm(t))
    return out


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"\s+", " ", s).strip()


def find_page(pages, probe, start):
    probe = norm(probe)
    for i in range(start, len(pages)):
        if probe in pages[i]:
            return i + 1
    return None


def assign_pages(places, pages):
    cur = 0
    for pl in places:
        if pl["kind"] == "table":
            probe = pl["caption"]
            pg = find_page(pages, probe, cur)
        else:
            words = pl["text"].split()
            pg = None
            for n in (10, 7, 5, 3):
                probe = " ".join(words[:n])
                pg = find_page(pages, probe, cur)
                if pg:
                    break
        if pg is None:
            raise SystemExit(f"page not found for {pl['label']}: {pl['text'][:60]}")
        pl["page"] = pg
        cur = pg - 1


if __name__ == "__main__":
    places, fn_ids = build_report()
    to_pdf("report")
    pages = pages_text(os.path.join(HERE, "report.pdf"))
    assign_pages(places, pages)
    fns = []
    for n in fn_ids:
        pg = find_page(pages, FOOTNOTES[n][:40], 0)
        fns.append({"number": n, "page": pg, "text": FOOTNOTES[n]})
    for pl in places:
        pl.pop("caption", None)
    report = {"title": TITLE, "kind": "report", "file": "report.pdf", "producer": "LibreOffice from python-docx",
              "numbering": "two-level", "page_offset": 0,
              "furniture": ["OFFICIAL", "Page N of M", "Ashcombe Best Value Inspection | Chapter N – <chapter title>",
                            "Ashcombe Best Value Inspection | Executive summary"],
              "pages": len(pages), "places": places, "footnotes": fns}
    json.dump(report, open(os.path.join(HERE, "report.json"), "w"), ensure_ascii=False, indent=1)
    lplaces = build_letter()
    to_pdf("letter")
    lpages = pages_text(os.path.join(HERE, "letter.pdf"))
    assign_pages(lplaces, lpages)
    letter = {"title": "Letter from the Secretary of State to the Chief Executive, London Borough of Ashcombe, " + LETTER_DATE,
              "kind": "letter", "file": "letter.pdf", "producer": "LibreOffice from python-docx",
              "numbering": "unnumbered", "page_offset": 0, "date": LETTER_DATE, "furniture": ["OFFICIAL"],
              "pages": len(lpages), "places": lplaces, "footnotes": []}
    json.dump(letter, open(os.path.join(HERE, "letter.json"), "w"), ensure_ascii=False, indent=1)
    print("report pages", len(pages), "places", len(places), "| letter pages", len(lpages))
