"""Render report.json as report.pdf with borb, using a page layout of our own (single column,
running header with short title and chapter, 'Page N' footer, footnotes at the foot of the page,
key-finding boxes, tables that continue across a page break).  Then render letter.pdf
(reportlab) from letter.json.  Pages of every place and footnote are written back to the JSON."""
import json, re, subprocess, sys
from borb.pdf import (Document, Page, PDF, Paragraph, HeterogeneousParagraph, Chunk,
                      FixedColumnWidthTable, TrueTypeFont, HexColor, X11Color, LayoutElement,
                      Table)
from decimal import Decimal

FD = "/usr/share/fonts/truetype/liberation2/"
REG = TrueTypeFont.from_file(FD + "LiberationSans-Regular.ttf")
BOLD = TrueTypeFont.from_file(FD + "LiberationSans-Bold.ttf")
ITAL = TrueTypeFont.from_file(FD + "LiberationSans-Italic.ttf")
TEAL = HexColor("#00625A")
LIGHT = HexColor("#E3F1EF")
GREY = HexColor("#555555")
W, H = 595, 842
ML, MR, MT, MB = 78, 64, 86, 72
CW = W - ML - MR
SHORT = "Corrington MBC Best Value Inspection"
J = LayoutElement.TextAlignment.JUSTIFIED

report = json.load(open("report.json"))
import importlib.util
spec = importlib.util.spec_from_file_location("mk", "make_report_json.py")

KEY_FINDINGS = {
 "Executive summary": None,
 "2 Governance and decision-making": "Key finding: the formal decision-making framework is routinely bypassed. Seventeen key decisions in a single year were missing from the forward plan, and the statutory officers are not at the table when decisions are shaped.",
 "3 Culture and member-officer relationships": "Key finding: almost half of the staff who responded to our survey are afraid to speak up, and a majority of members have seen bullying or intimidation. The code of conduct process commands little confidence.",
 "4 Financial management": "Key finding: four consecutive years of overspending have reduced the general fund reserve to less than half its 2021 level. On current plans it will fall to about a third of the minimum prudent level by March 2026.",
 "6 Scrutiny and audit": "Key finding: scrutiny and audit provide little effective challenge. Fewer than two in five internal audit recommendations due in 2023/24 had been implemented.",
 "7 Procurement and contract management": "Key finding: waivers have become a routine route to market rather than an exception, and more than a third of them were signed off after the money had been committed.",
 "8 Corrington Riverside": "Key finding: the scheme’s approved budget has risen by £37 million through four separate decisions, none of which tested the affordability of the whole.",
}
TABLE1_ROWS = None
ns = {}
exec(open("make_report_json.py").read().split("def ch(")[0].replace('TITLE =', 'TITLE_ =') , ns)
TABLE1_ROWS = ns["TABLE1_ROWS"]
TABLE2_ROWS = [["Year", "Net budget", "Outturn", "Variance", "General fund reserve at year end"],
 ["2020/21", "£212.4m", "£210.9m", "-£1.5m", "£18.4m"],
 ["2021/22", "£218.7m", "£222.3m", "+£3.6m", "£14.8m"],
 ["2022/23", "£226.1m", "£229.0m", "+£2.9m", "£11.9m"],
 ["2023/24", "£233.8m", "£245.4m", "+£11.6m", "£7.9m"],
 ["2024/25 (forecast)", "£241.6m", "£248.3m", "+£6.7m", "£5.1m"],
 ["2025/26 (forecast)", "£249.0m", "£250.9m", "+£1.9m", "£3.2m"]]
SOURCES = {"Table 1": "Source: inspection staff survey, September 2024 (1,412 responses).", "Table 2": "Source: council outturn reports 2020/21 to 2023/24; medium-term financial strategy, November 2024."}
TABLES = {"Table 1": ("Table 1: Staff survey 2024, selected statements (percentage of those answering)", TABLE1_ROWS, [250, 70, 70, 63]),
          "Table 2": ("Table 2: Revenue outturn and general fund reserve, 2020/21 to 2025/26", TABLE2_ROWS, [95, 75, 75, 70, 138])}
for lab, (_, rows, _) in TABLES.items():
    want = " ".join(" ".join(r) for r in rows)
    got = next(p["text"] for p in report["places"] if p["label"] == lab)
    assert want == got, lab

def para(text, font=REG, size=10, color=X11Color.BLACK, align=J, **kw):
    return Paragraph(text, font=font, font_size=size, font_color=color, text_alignment=align, **kw)

class Flow:
    def __init__(self, doc):
        self.doc, self.page, self.pageno = doc, None, 0
        self.chapter = ""
        self.page_chapter = {}
        self.page_notes = {}
    def new_page(self):
        self.page = Page(); self.doc.append_page(self.page); self.pageno += 1
        self.y = H - MT
        self.page_chapter[self.pageno] = self.chapter
        self.page_notes[self.pageno] = []
    def notes_height(self, extra=()):
        notes = self.page_notes.get(self.pageno, []) + list(extra)
        if not notes:
            return 0
        return 14 + sum(self.note_el(n).get_size(available_space=(CW, 400))[1] + 3 for n in notes)
    def note_el(self, n):
        return HeterogeneousParagraph([Chunk(f"{n['number']} ", font=BOLD, font_size=7.5), Chunk(n["text"], font=REG, font_size=7.5)])
    def add(self, el, space_before=6, notes=(), keep=0, x_indent=0):
        w, h = el.get_size(available_space=(CW - x_indent, 2000))
        if self.page is None or self.y - space_before - h - keep < MB + self.notes_height(notes):
            self.new_page(); space_before = 0
        self.y -= space_before
        el.paint(available_space=(ML + x_indent, self.y - h, CW - x_indent, h), page=self.page)
        self.y -= h
        self.page_notes[self.pageno].extend(notes)
        return self.pageno
    def finish(self):
        for i in range(self.doc.get_number_of_pages()):
            pg, n = self.doc.get_page(i), i + 1
            if n == 1:
                continue
            hd = HeterogeneousParagraph([Chunk(SHORT, font=BOLD, font_size=8, font_color=TEAL),
                                         Chunk("   |   " + self.page_chapter.get(n, ""), font=REG, font_size=8, font_color=GREY)])
            w, h = hd.get_size(available_space=(CW, 30))
            hd.paint(available_space=(ML, H - 52 - h, CW, h), page=pg)
            ft = Paragraph(f"Page {n}", font=REG, font_size=8.5, font_color=GREY,
                           text_alignment=LayoutElement.TextAlignment.RIGHT)
            w, h = ft.get_size(available_space=(CW, 30))
            ft.paint(available_space=(W - MR - w, 38, w, h), page=pg)
            notes = self.page_notes.get(n) or []
            if notes:
                y = MB + self.notes_height() - 10
                rule = Paragraph(" ", font=REG, font_size=2, border_width_top=1, border_color=GREY)
                rule.paint(available_space=(ML, y, 120, 4), page=pg)
                y -= 6
                for note in notes:
                    el = self.note_el(note)
                    w, h = el.get_size(available_space=(CW, 400))
                    el.paint(available_space=(ML, y - h, CW, h), page=pg)
                    y -= h + 3

def table_rows(flow, label):
    caption, rows, widths = TABLES[label]
    first_page = None
    def row_el(cells, header=False):
        t = FixedColumnWidthTable(number_of_columns=len(cells), number_of_rows=1,
                                  column_widths=[Decimal(x) for x in widths])
        for i, c in enumerate(cells):
            t.append_layout_element(Paragraph(c, font=BOLD if header else REG, font_size=9.5,
                                              font_color=X11Color.WHITE if header else X11Color.BLACK,
                                              text_alignment=LayoutElement.TextAlignment.LEFT if i == 0 else LayoutElement.TextAlignment.CENTERED,
                                              background_color=TEAL if header else None))
        t.set_padding_on_all_cells(5, 4, 5, 4)
        return t
    p = flow.add(para(caption, font=BOLD, size=9, color=TEAL, align=LayoutElement.TextAlignment.LEFT), space_before=10, keep=60)
    first_page = p
    header = row_el(rows[0], True)
    hh = header.get_size(available_space=(CW, 200))[1]
    flow.add(header, space_before=4)
    for r in rows[1:]:
        el = row_el(r)
        h = el.get_size(available_space=(CW, 200))[1]
        if flow.y - h < MB + flow.notes_height():
            flow.new_page()
            flow.add(para(caption.split(":")[0] + " (continued)", font=ITAL, size=8.5, color=GREY, align=LayoutElement.TextAlignment.LEFT), space_before=0)
            flow.add(row_el(rows[0], True), space_before=4)
        flow.add(el, space_before=0)
    flow.add(para(SOURCES[label], font=ITAL, size=7.5, color=GREY, align=LayoutElement.TextAlignment.LEFT), space_before=3)
    return first_page

def build(contents_pages):
    doc = Document()
    flow = Flow(doc)
    # cover
    flow.new_page()
    cover = [("Ministry of Housing, Communities and Local Government", REG, 11, GREY, 0),
             (report["title"], BOLD, 26, TEAL, 40),
             ("Report of the inspection team appointed under section 10 of the Local Government Act 1999", REG, 12, X11Color.BLACK, 18),
             ("Lead Inspector: Margaret Ellwood CBE", REG, 11, X11Color.BLACK, 60),
             ("Assistant Inspectors: Rajesh Padmore and Colin Westerby", REG, 11, X11Color.BLACK, 4),
             ("January 2025", BOLD, 12, X11Color.BLACK, 40)]
    flow.y = H - 200
    for t, f, s, c, sp in cover:
        flow.add(para(t, font=f, size=s, color=c, align=LayoutElement.TextAlignment.LEFT), space_before=sp)
    # contents
    flow.chapter = "Contents"
    flow.new_page()
    flow.add(para("Contents", font=BOLD, size=18, color=TEAL, align=LayoutElement.TextAlignment.LEFT))
    chapters = []
    for p in report["places"]:
        if p["chapter"] not in chapters:
            chapters.append(p["chapter"])
    for c in chapters:
        t = FixedColumnWidthTable(number_of_columns=2, number_of_rows=1, column_widths=[Decimal(380), Decimal(73)])
        t.append_layout_element(Paragraph(c, font=REG, font_size=10.5))
        t.append_layout_element(Paragraph(str(contents_pages.get(c, "")), font=REG, font_size=10.5, text_alignment=LayoutElement.TextAlignment.RIGHT))
        t.no_borders()
        flow.add(t, space_before=4)
    pages = {}
    chap_pages = {}
    notes_by_place = {}
    for n in report["footnotes"]:
        notes_by_place.setdefault(n["call_after"][0], []).append(n)
    current = None
    cur_heading = None
    for idx, p in enumerate(report["places"]):
        if p["chapter"] != current:
            if current in KEY_FINDINGS and KEY_FINDINGS[current]:
                flow.add(para(KEY_FINDINGS[current], font=BOLD, size=9.5, color=TEAL, background_color=LIGHT,
                              padding_top=8, padding_bottom=8, padding_left=10, padding_right=10,
                              border_width_left=3, border_color=TEAL, align=LayoutElement.TextAlignment.LEFT), space_before=14)
            current = p["chapter"]; cur_heading = None
            flow.chapter = current
            flow.new_page()
            chap_pages[current] = flow.pageno
            if current == "Annex A":
                flow.add(para("Annex A: Terms of reference, method and evidence", font=BOLD, size=18, color=TEAL, align=LayoutElement.TextAlignment.LEFT))
            else:
                flow.add(para(current, font=BOLD, size=18, color=TEAL, align=LayoutElement.TextAlignment.LEFT))
        if p["heading"] != cur_heading and p["heading"]:
            cur_heading = p["heading"]
            flow.add(para(cur_heading, font=BOLD, size=11.5, color=TEAL, align=LayoutElement.TextAlignment.LEFT), space_before=12, keep=40)
        if p["kind"] == "table":
            pages[idx] = table_rows(flow, p["label"])
            continue
        notes = notes_by_place.get(p["label"], [])
        text = p["text"]
        chunks = []
        lab = p["label"]
        if p["kind"] == "paragraph":
            chunks.append(Chunk(lab + "  ", font=BOLD, font_size=10.5, font_color=TEAL))
        elif p["kind"] == "recommendation":
            chunks.append(Chunk(lab + "  ", font=BOLD, font_size=10.5, font_color=TEAL))
        elif p["kind"] == "annex":
            chunks.append(Chunk(lab + "  ", font=BOLD, font_size=10.5, font_color=TEAL))
            head, rest = text.split(". ", 1)
            chunks.append(Chunk(head + ". ", font=BOLD, font_size=10.5))
            text = rest
        pieces = [text]
        calls = []
        for n in notes:
            word = n["call_after"][1]
            a, b = pieces[-1].split(word, 1) if word in pieces[-1] else (pieces[-1], None)
            if b is None:
                raise SystemExit(f"footnote call {word} not in {lab}")
            pieces[-1:] = [a + word, b]
            calls.append(n["number"])
        for i, piece in enumerate(pieces):
            if piece:
                chunks.append(Chunk(piece.strip() if i == 0 else piece, font=REG, font_size=10.5))
            if i < len(calls):
                chunks.append(Chunk(str(calls[i]), font=REG, font_size=6.5, font_color=TEAL))
        el = HeterogeneousParagraph(chunks, text_alignment=J,
                                    multiplied_leading=1.45,
                                    background_color=LIGHT if p["kind"] == "recommendation" else None,
                                    padding_left=6 if p["kind"] == "recommendation" else 0,
                                    padding_right=6 if p["kind"] == "recommendation" else 0,
                                    padding_top=4 if p["kind"] == "recommendation" else 0,
                                    padding_bottom=4 if p["kind"] == "recommendation" else 0)
        pages[idx] = flow.add(el, space_before=8, notes=notes)
        for n in notes:
            n["page"] = pages[idx]
    flow.finish()
    return doc, pages, chap_pages

doc, pages, chap_pages = build({})
doc, pages, chap_pages2 = build(chap_pages)
TABLE_PAGES = {}
assert chap_pages == chap_pages2
PDF.write(what=doc, where_to="report.pdf")
for idx, pg in pages.items():
    report["places"][idx]["page"] = pg
json.dump(report, open("report.json", "w"), indent=1, ensure_ascii=False)
print("report.pdf:", doc.get_number_of_pages(), "pages")

if "--no-letter" not in sys.argv:
    subprocess.run([sys.executable, "build_letter.py"], check=True)
