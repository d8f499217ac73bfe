"""Small python-docx helpers shared by build.py and build_packs.py."""
import copy, subprocess, os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml.ns import qn
from docx.oxml import parse_xml, OxmlElement

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def new_document(font="Arial", size=12, line=1.4, after=10, margins=2.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    st.paragraph_format.line_spacing = line
    st.paragraph_format.space_after = Pt(after)
    for name in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        h = doc.styles[name]
        h.font.name = font
        h.font.color.rgb = RGBColor(0, 0, 0)
        rpr = h.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts"); rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            rf.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    doc.styles["Heading 1"].font.size = Pt(size + 6)
    doc.styles["Heading 2"].font.size = Pt(size + 1)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(margins)
        s.page_height, s.page_width = Cm(29.7), Cm(21.0)
    return doc


def add_list(doc, num_id, levels):
    """A Word multilevel list: levels = [(lvlText, indent_left_twips, hanging_twips), ...]."""
    numbering = doc.part.numbering_part.element
    lv = []
    for i, (text, left, hang) in enumerate(levels):
        lv.append(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                  f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                  f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{left}"/></w:tabs>'
                  f'<w:ind w:left="{left}" w:hanging="{hang}"/></w:pPr></w:lvl>')
    absn = parse_xml(f'<w:abstractNum {W} w:abstractNumId="{num_id}">'
                     f'<w:multiLevelType w:val="multilevel"/>{"".join(lv)}</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    numbering.append(parse_xml(f'<w:num {W} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/></w:num>'))


def number(par, num_id, ilvl):
    ppr = par._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {W}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def field_run(par, instr, size=None):
    r = par.add_run()
    r._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="begin"/>'))
    r2 = par.add_run()
    r2._r.append(parse_xml(f'<w:instrText {W} xml:space="preserve"> {instr} </w:instrText>'))
    r3 = par.add_run()
    r3._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="separate"/>'))
    r4 = par.add_run("1")
    r5 = par.add_run()
    r5._r.append(parse_xml(f'<w:fldChar {W} w:fldCharType="end"/>'))
    if size:
        for r in (r, r2, r3, r4, r5):
            r.font.size = Pt(size)


def footer(doc, before, after="", fields=("PAGE",), size=9, align=WD_ALIGN_PARAGRAPH.CENTER,
           between=" of "):
    for s in doc.sections:
        p = s.footer.paragraphs[0]
        p.alignment = align
        r = p.add_run(before); r.font.size = Pt(size)
        for i, f in enumerate(fields):
            if i:
                rr = p.add_run(between); rr.font.size = Pt(size)
            field_run(p, f, size)
        if after:
            r = p.add_run(after); r.font.size = Pt(size)


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table(doc, rows, widths=None, size=10, header=True, style="Table Grid"):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    if widths:
        t.autofit = False
        for j, wd in enumerate(widths):
            t.columns[j].width = Cm(wd)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            p = c.paragraphs[0]
            p.paragraph_format.line_spacing = 1.0
            p.paragraph_format.space_after = Pt(2)
            run = p.add_run(cell)
            run.font.size = Pt(size)
            if header and i == 0:
                run.bold = True
            if widths:
                c.width = Cm(widths[j])
    return t


def to_pdf(docx_path, outdir="."):
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", outdir,
                    docx_path], check=True, capture_output=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
