#!/opt/blindtools/bin/python
"""Render report.json -> report.docx and letter.json -> letter.docx -> letter.pdf.

Report house style: a council-circulated Word file. Chapter and sub-headings use Word's
Heading 1 / Heading 2 styles. Paragraph numbers are typed as text followed by a tab
("2.3.1<TAB>The council ...") in every chapter EXCEPT chapter 5 (Scrutiny), whose
sub-headings and paragraphs are numbered by a real Word multilevel list (numbering.xml,
w:numPr), so their numbers do not appear in the paragraph text. Footnotes are real Word
footnotes (word/footnotes.xml). Also writes report-check.pdf (LibreOffice) for checking only.

Run: /opt/blindtools/bin/python build.py   (python3 build.py works if python-docx is importable)
"""
import json, os, re, subprocess, sys, copy
try:
    import docx  # noqa: F401
except ImportError:  # system python3 without python-docx: re-run under the tools Python
    os.execv('/opt/blindtools/bin/python', ['/opt/blindtools/bin/python'] + sys.argv)
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import make_sources as S  # noqa: E402  (chapter titles, tables, footnote anchors)

W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
FOOTNOTES_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml'


def base_styles(doc):
    st = doc.styles
    st['Normal'].font.name = 'Arial'
    st['Normal'].font.size = Pt(12)
    st['Normal'].paragraph_format.space_after = Pt(12)
    st['Normal'].paragraph_format.line_spacing = 1.5
    for name, size in (('Heading 1', 16), ('Heading 2', 13), ('Title', 26)):
        s = st[name]
        s.font.name = 'Arial'
        s.font.size = Pt(size)
        s.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    st['Heading 1'].paragraph_format.page_break_before = False
    st['Heading 1'].paragraph_format.space_before = Pt(18)
    st['Heading 2'].paragraph_format.space_before = Pt(12)
    for sec in doc.sections:
        sec.page_height = Cm(29.7)
        sec.page_width = Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(2.5)
        sec.top_margin = sec.bottom_margin = Cm(2.3)


def header_footer(doc, header_text, footer_text):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header_text
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].bold = True
    if footer_text:
        fp = sec.footer.paragraphs[0]
        fp.text = footer_text
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.runs[0].font.size = Pt(8)


def numbered_para(doc, number, text, footnotes_here):
    """Paragraph with its number typed as text, then a tab, hanging indent."""
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.left_indent = Cm(1.5)
    pf.first_line_indent = Cm(-1.5)
    pf.tab_stops.add_tab_stop(Cm(1.5))
    if number is not None:
        p.add_run(number + '\t')
    add_text_with_footnotes(p, text, footnotes_here)
    return p


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.items = []  # (id, text)

    def ref_run(self, p, fid):
        r = p.add_run()
        rPr = r._r.get_or_add_rPr()
        rPr.append(parse_xml(f'<w:vertAlign {nsdecls("w")} w:val="superscript"/>'))
        r._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="{fid}"/>'))

    def attach(self):
        body = []
        body.append(f'<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>')
        body.append(f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')
        for fid, text in self.items:
            t = text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            body.append(
                f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>')
        xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               f'<w:footnotes xmlns:w="{W_NS}">' + ''.join(body) + '</w:footnotes>')
        part = Part(PackURI('/word/footnotes.xml'), FOOTNOTES_CT, xml.encode('utf-8'),
                    self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)
        # settings: declare the separators as Word does
        settings = self.doc.settings.element
        fpr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
        settings.append(fpr)


FN = None


def add_text_with_footnotes(p, text, footnotes_here):
    """footnotes_here: list of (after, number, fn_text) anchored in this paragraph."""
    pos = 0
    for after, number, fn_text in sorted(footnotes_here, key=lambda f: text.index(f[0])):
        end = text.index(after) + len(after)
        p.add_run(text[pos:end])
        FN.items.append((number, fn_text))
        FN.ref_run(p, number)
        pos = end
    if pos < len(text):
        p.add_run(text[pos:])


def add_multilevel_numbering(doc, chapter_no):
    """A real multilevel list for one chapter: level 1 = 'N.%2', level 2 = 'N.%2.%3'."""
    numbering = doc.part.numbering_part.element
    abs_id = 90
    num_id = 90
    lvls = []
    lvls.append(f'<w:lvl w:ilvl="0"><w:start w:val="{chapter_no}"/><w:numFmt w:val="decimal"/>'
                f'<w:lvlText w:val="%1"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="850" w:hanging="850"/></w:pPr></w:lvl>')
    lvls.append(f'<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                f'<w:lvlText w:val="{chapter_no}.%2"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="850"/></w:tabs><w:ind w:left="850" w:hanging="850"/></w:pPr></w:lvl>')
    lvls.append(f'<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
                f'<w:lvlText w:val="{chapter_no}.%2.%3"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="850"/></w:tabs><w:ind w:left="850" w:hanging="850"/></w:pPr></w:lvl>')
    absnum = parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abs_id}">'
                       f'<w:multiLevelType w:val="multilevel"/>' + ''.join(lvls) + '</w:abstractNum>')
    first_num = numbering.find(qn('w:num'))
    if first_num is not None:
        first_num.addprevious(absnum)
    else:
        numbering.append(absnum)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>'))
    return num_id


def set_numpr(p, num_id, ilvl):
    pPr = p._p.get_or_add_pPr()
    pPr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def add_table(doc, t):
    cap = doc.add_paragraph(t['caption'])
    cap.runs[0].bold = True
    cap.paragraph_format.keep_with_next = True
    rows = t['rows']
    tbl = doc.add_table(rows=len(rows), cols=len(rows[0]))
    tbl.style = 'Table Grid'
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = tbl.cell(i, j)
            cell.text = val
            if i == 0:
                cell.paragraphs[0].runs[0].bold = True
    doc.add_paragraph()


def build_report(data):
    global FN
    doc = Document()
    FN = Footnotes(doc)
    base_styles(doc)
    header_footer(doc, 'OFFICIAL', data['title'])
    fn_by_place = {}
    for f in S.FOOTNOTES:
        fn_by_place.setdefault(f['place'], []).append((f['after'], f['number'], f['text']))
    places = {p['label']: p for p in data['places']}

    # cover
    for _ in range(6):
        doc.add_paragraph()
    doc.add_paragraph(data['title'], style='Title')
    doc.add_paragraph('Report of the inspection team appointed under section 10 of the Local Government Act 1999')
    doc.add_paragraph('September 2026')
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # contents (typed, as councils often do)
    doc.add_paragraph('Contents', style='Heading 1')
    doc.add_paragraph('Foreword')
    for ci, (ct, _subs) in enumerate(S.CHAPTERS, start=1):
        doc.add_paragraph(f'{ci}\t{ct}')
    doc.add_paragraph('10\tRecommendations')
    doc.add_paragraph('List of tables', style='Heading 2')
    for t in (S.TABLE1, S.TABLE2):
        doc.add_paragraph(t['caption'])
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # foreword
    doc.add_paragraph('Foreword', style='Heading 1')
    doc.add_paragraph(places['foreword']['text'])
    doc.add_paragraph('Lead Inspector, on behalf of the inspection team')

    ml_num = add_multilevel_numbering(doc, S.MULTILEVEL_CHAPTER)

    for ci, (ctitle, subs) in enumerate(S.CHAPTERS, start=1):
        h = doc.add_paragraph(f'{ci} {ctitle}', style='Heading 1')
        h.paragraph_format.page_break_before = True
        for si, (stitle, paras) in enumerate(subs, start=1):
            if ci == S.MULTILEVEL_CHAPTER:
                h2 = doc.add_paragraph(stitle, style='Heading 2')
                set_numpr(h2, ml_num, 1)
            else:
                doc.add_paragraph(f'{ci}.{si} {stitle}', style='Heading 2')
            for pi, _ in enumerate(paras, start=1):
                label = f'{ci}.{si}.{pi}'
                text = places[label]['text']
                if ci == S.MULTILEVEL_CHAPTER:
                    p = doc.add_paragraph()
                    set_numpr(p, ml_num, 2)
                    add_text_with_footnotes(p, text, fn_by_place.get(label, []))
                else:
                    numbered_para(doc, label, text, fn_by_place.get(label, []))
                for t in (S.TABLE1, S.TABLE2):
                    if (t['chapter_index'], t['sub_index'], t['after_para']) == (ci, si, pi):
                        add_table(doc, t)

    h = doc.add_paragraph('10 Recommendations', style='Heading 1')
    h.paragraph_format.page_break_before = True
    for ri in range(1, len(S.RECS) + 1):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(1.5)
        pf.first_line_indent = Cm(-1.5)
        pf.tab_stops.add_tab_stop(Cm(1.5))
        r = p.add_run(f'R{ri}\t')
        r.bold = True
        p.add_run(places[f'R{ri}']['text'])

    FN.attach()
    out = os.path.join(HERE, data['file'])
    doc.save(out)
    return out


def build_letter(data):
    doc = Document()
    base_styles(doc)
    header_footer(doc, '', None)
    p = doc.add_paragraph()
    r = p.add_run('Ministry of Housing, Communities and Local Government')
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph('Secretary of State for Housing, Communities and Local Government\n2 Marsham Street\nLondon SW1P 4DF')
    doc.add_paragraph('The Chief Executive\nElmsworth District Council\nCouncil Offices, Market Square\nElmsworth')
    doc.add_paragraph(data['date'])
    doc.add_paragraph('Dear Chief Executive,')
    h = doc.add_paragraph()
    h.add_run('Best Value Inspection of Elmsworth District Council: intervention').bold = True
    for pl in data['places']:
        doc.add_paragraph(pl['text'])
    doc.add_paragraph('Yours sincerely,')
    doc.add_paragraph('\n\nSecretary of State for Housing, Communities and Local Government')
    out = os.path.join(HERE, 'letter.docx')
    doc.save(out)
    return out


def to_pdf(docx_path, pdf_name):
    outdir = os.path.join(HERE, '_lo')
    os.makedirs(outdir, exist_ok=True)
    subprocess.run(['libreoffice', '--headless', '--convert-to', 'pdf', '--outdir', outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    src = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + '.pdf')
    dst = os.path.join(HERE, pdf_name)
    os.replace(src, dst)
    os.rmdir(outdir)
    return dst


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def fill_pages(json_path, pdf_path):
    data = json.load(open(json_path, encoding='utf-8'))
    n = int(re.search(r'Pages:\s+(\d+)', subprocess.run(['pdfinfo', pdf_path], capture_output=True, text=True).stdout).group(1))
    pages = [norm(subprocess.run(['pdftotext', '-f', str(i), '-l', str(i), pdf_path, '-'],
                                 capture_output=True, text=True).stdout) for i in range(1, n + 1)]
    for pl in data['places']:
        head = norm(pl['text'])[:60]
        hits = [i + 1 for i, t in enumerate(pages) if head in t]
        if not hits:  # starts on one page, continues on next
            head = norm(pl['text'])[:25]
            hits = [i + 1 for i, t in enumerate(pages) if head in t]
        pl['page'] = hits[0] if hits else None
        assert pl['page'], pl['label']
    with open(json_path, 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    return n


if __name__ == '__main__':
    report = json.load(open(os.path.join(HERE, 'report.json'), encoding='utf-8'))
    rd = build_report(report)
    to_pdf(rd, 'report-check.pdf')  # for the writer's own checking only; pages stay null
    letter_json = os.path.join(HERE, 'letter.json')
    letter = json.load(open(letter_json, encoding='utf-8'))
    ld = build_letter(letter)
    lpdf = to_pdf(ld, 'letter.pdf')
    n = fill_pages(letter_json, lpdf)
    print('report.docx, report-check.pdf, letter.docx, letter.pdf (%d pages) written' % n)
