#!/opt/blindtools/bin/python
"""Render the Kelsford report and letter with fpdf2 and write report.json / letter.json.

    /opt/blindtools/bin/python build.py

The words come from content.py; pages of each place are read back from the rendering with
pdftotext (the same tokenising as blind/check_labels.py) and written into the JSON."""

import json
import re
import subprocess
import sys

sys.dont_write_bytecode = True
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))          # blind/check_labels.py for page look-up
import content as C                                   # noqa: E402
import check_labels as CL                             # noqa: E402

FONT_DIR = "/usr/share/fonts/truetype/liberation/"
HEADER = "Kelsford Borough Council: Best Value Inspection"
NAVY = (0, 48, 87)


def typo(s: str) -> str:
    """Straight apostrophes to typographic ones (both in the PDF and in the JSON)."""
    return s.replace("'", "\u2019")


def plain(s: str) -> str:
    """Text without footnote calls."""
    return typo(re.sub(r"\{\d+\}", "", s))


class Report(FPDF):
    def __init__(self):
        super().__init__(format="A4", unit="mm")
        for style, f in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
            self.add_font("Lib", style, FONT_DIR + f"LiberationSans-{f}.ttf")
        self.set_margins(20, 22, 20)
        self.set_auto_page_break(True, 22)
        self.cover = True

    def header(self):
        if self.cover:
            return
        self.set_font("Lib", "", 8.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 10)
        self.cell(0, 5, HEADER, align="L")
        self.set_draw_color(*NAVY)
        self.line(20, 16, 190, 16)
        self.set_text_color(0, 0, 0)
        self.set_xy(20, 22)

    def footer(self):
        if self.cover:
            return
        self.set_y(-15)
        self.set_font("Lib", "", 8.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Page {self.page_no()}", align="R")
        self.set_text_color(0, 0, 0)


def write_with_calls(pdf, par, text, size):
    """Write text into a text_columns paragraph, footnote calls as superscripts."""
    for piece in re.split(r"(\{\d+\})", typo(text)):
        if not piece:
            continue
        m = re.fullmatch(r"\{(\d+)\}", piece)
        if m:
            pdf.char_vpos = "SUP"
            par.write(m.group(1))
            pdf.char_vpos = "LINE"
        else:
            par.write(piece)


def chapter_heading(pdf, number, title):
    pdf.set_font("Lib", "B", 17)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(0, 9, f"{number} {title}" if number else title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)


def draw_table(pdf, t, body_size=9.5):
    pdf.set_font("Lib", "B", 10)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(0, 6, typo(t["caption"]), new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(1)
    pdf.set_font("Lib", "", body_size)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY)
    aligns = ["LEFT"] + ["RIGHT"] * (len(t["header"]) - 1)
    with pdf.table(col_widths=t["widths"], headings_style=head, line_height=6,
                   text_align=aligns, borders_layout="HORIZONTAL_LINES",
                   cell_fill_color=(234, 239, 246), cell_fill_mode="ROWS") as table:
        for row in [t["header"]] + t["rows"]:
            r = table.row()
            for cell in row:
                r.cell(typo(cell))
    pdf.ln(5)


def endnotes(pdf, numbers):
    if not numbers:
        return
    pdf.ln(4)
    if pdf.y > 250:
        pdf.add_page()
    pdf.set_draw_color(120, 120, 120)
    pdf.line(20, pdf.y, 80, pdf.y)
    pdf.ln(2)
    pdf.set_font("Lib", "B", 9)
    pdf.cell(0, 5, "Notes", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Lib", "", 8.5)
    for n in numbers:
        pdf.multi_cell(0, 4.6, f"{n}  {typo(C.FOOTNOTES[n])}", new_x="LMARGIN", new_y="NEXT")


def build_report():
    pdf = Report()
    pdf.set_title(C.TITLE)
    pdf.set_author("Best Value inspection team")
    # ---------------- cover
    pdf.add_page()
    pdf.set_fill_color(*NAVY)
    pdf.rect(0, 0, 210, 70, style="F")
    pdf.set_xy(20, 95)
    pdf.set_font("Lib", "B", 26)
    pdf.set_text_color(*NAVY)
    pdf.multi_cell(170, 12, C.TITLE, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Lib", "", 13)
    pdf.set_text_color(40, 40, 40)
    pdf.multi_cell(170, 7, "Report of an inspection carried out under section 10 of the Local "
                   "Government Act 1999", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 7, C.DATE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(20, 260)
    pdf.set_font("Lib", "", 9)
    pdf.multi_cell(170, 5, "Presented to the Secretary of State for Housing, Communities and "
                   "Local Government", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)
    pdf.cover = False
    # ---------------- contents
    pdf.add_page()
    chapter_heading(pdf, "", "Contents")
    pdf.set_font("Lib", "", 11)
    entries = ["Executive summary"] + [f"{n}  {t}" for n, t, *_ in C.CHAPTERS] + \
              ["Recommendations", "Annex A: Methodology"]
    for e in entries:
        pdf.cell(0, 8, typo(e), new_x="LMARGIN", new_y="NEXT")
    # ---------------- executive summary (full width)
    pdf.add_page()
    chapter_heading(pdf, "", "Executive summary")
    pdf.set_font("Lib", "", 11)
    for para in C.SUMMARY:
        pdf.multi_cell(0, 6.4, typo(para), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.5)
    # ---------------- chapters in two columns
    for number, title, sections, tables in C.CHAPTERS:
        pdf.add_page()
        chapter_heading(pdf, number, title)
        calls = []
        size = 10.5
        with pdf.text_columns(ncols=2, gutter=9, text_align="JUSTIFY", line_height=1.45) as cols:
            for heading, paras in sections:
                if heading:
                    pdf.set_font("Lib", "B", 10.5)
                    pdf.set_text_color(*NAVY)
                    with cols.paragraph(top_margin=0, bottom_margin=0, text_align="LEFT") as par:
                        par.write(typo(heading))
                    pdf.set_text_color(0, 0, 0)
                for label, text in paras:
                    calls += [int(n) for n in re.findall(r"\{(\d+)\}", text)]
                    with cols.paragraph(bottom_margin=0) as par:
                        pdf.set_font("Lib", "B", size)
                        par.write(label + "  ")
                        pdf.set_font("Lib", "", size)
                        write_with_calls(pdf, par, text, size)
        pdf.ln(4)
        for key in tables:
            if pdf.y > 200:
                pdf.add_page()
            draw_table(pdf, C.TABLES[key])
        endnotes(pdf, calls)
    # ---------------- recommendations (full-width table)
    pdf.add_page()
    chapter_heading(pdf, "", "Recommendations")
    pdf.set_font("Lib", "", 10)
    pdf.multi_cell(0, 5.5, typo("Our recommendations are addressed to the council. The owner "
                   "shown is the member or officer we consider should be accountable for each."),
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY)
    with pdf.table(col_widths=(18, 112, 40), headings_style=head, line_height=5.6,
                   text_align=("LEFT", "LEFT", "LEFT"), padding=2,
                   cell_fill_color=(234, 239, 246), cell_fill_mode="ROWS") as table:
        r = table.row()
        for h in ("No.", "Recommendation", "Owner"):
            r.cell(h)
        for label, text, owner in C.RECOMMENDATIONS:
            r = table.row()
            r.cell(label, style=FontFace(emphasis="BOLD"))
            r.cell(typo(text))
            r.cell(typo(owner))
    # ---------------- annex
    pdf.add_page()
    chapter_heading(pdf, "", "Annex A: Methodology")
    pdf.set_font("Lib", "", 10.5)
    for label, text in C.ANNEX:
        pdf.set_font("Lib", "B", 10.5)
        pdf.write(6, label + "  ")
        pdf.set_font("Lib", "", 10.5)
        pdf.write(6, typo(text))
        pdf.ln(9)
    # ---------------- annexes B and C (unnumbered text, not places)
    pdf.add_page()
    chapter_heading(pdf, "", "Annex B: Terms of reference")
    pdf.set_font("Lib", "", 10.5)
    pdf.multi_cell(0, 6, typo(C.TOR_INTRO), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for item in C.TOR:
        pdf.set_x(26)
        pdf.multi_cell(0, 6, "\u2022  " + typo(item), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.add_page()
    chapter_heading(pdf, "", "Annex C: Glossary")
    pdf.set_font("Lib", "", 10)
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=NAVY)
    with pdf.table(col_widths=(45, 125), headings_style=head, line_height=5.6, padding=1.5,
                   borders_layout="HORIZONTAL_LINES") as table:
        r = table.row()
        r.cell("Term")
        r.cell("Meaning")
        for term, meaning in C.GLOSSARY:
            r = table.row()
            r.cell(typo(term))
            r.cell(typo(meaning))
    pdf.output(str(HERE / "report.pdf"))


def build_letter():
    pdf = FPDF(format="A4", unit="mm")
    for style, f in (("", "Regular"), ("B", "Bold")):
        pdf.add_font("Lib", style, FONT_DIR + f"LiberationSans-{f}.ttf")
    pdf.set_margins(25, 16, 25)
    pdf.set_auto_page_break(True, 14)
    pdf.add_page()
    pdf.set_font("Lib", "B", 12)
    pdf.cell(0, 6, "Ministry of Housing, Communities and Local Government", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Lib", "", 9.5)
    pdf.cell(0, 5, "2 Marsham Street, London SW1P 4DF", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Lib", "", 10.5)
    for line in ("The Chief Executive", "Kelsford Borough Council", "Civic Centre", "Market Place",
                 "Kelsford", "KF1 1AA"):
        pdf.cell(0, 5.2, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 5.2, C.LETTER_DATE, align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.cell(0, 5.2, "Dear Chief Executive,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Lib", "B", 10.5)
    pdf.multi_cell(0, 5.2, "BEST VALUE INSPECTION OF KELSFORD BOROUGH COUNCIL: PROPOSED INTERVENTION", align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Lib", "", 10.5)
    for para in C.LETTER:
        pdf.multi_cell(0, 5.2, typo(para), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(2)
    for line in ("Yours sincerely,", "", "", "RT HON HELEN MARWOOD MP",
                 "Secretary of State for Housing, Communities and Local Government"):
        pdf.cell(0, 5.2, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(HERE / "letter.pdf"))


def pages_of(pdf_path, places):
    """Fill each place's page the way check_labels.py reads it."""
    pages = CL.rendered_pages(pdf_path)
    page_tokens = [CL.words(p) for p in pages]
    tokens = [t for p in page_tokens for t in p]
    starts, total = [], 0
    for p in page_tokens:
        starts.append(total)
        total += len(p)
    cursor = 0
    for place in places:
        needle = CL.joined_variants(CL.words(place["text"]), tokens)
        at = CL.find_in_order(tokens, needle, cursor)
        if at is None:
            at = CL.find_in_order(tokens, needle, 0)
        if at is None:
            print("NOT FOUND:", place["label"])
            continue
        if place["kind"] not in ("table", "summary"):
            cursor = at
        place["page"] = max(i for i, s in enumerate(starts) if s <= at) + 1
    return places


def report_json():
    places = []
    for para in C.SUMMARY:
        places.append({"label": "executive summary", "kind": "summary", "chapter": "Executive summary",
                       "heading": None, "page": None, "text": plain(para)})
    footnotes = []
    for number, title, sections, tables in C.CHAPTERS:
        chapter = f"{number} {title}"
        for heading, paras in sections:
            for label, text in paras:
                places.append({"label": label, "kind": "paragraph", "chapter": typo(chapter),
                               "heading": typo(heading) if heading else None, "page": None,
                               "text": plain(text)})
                for n in re.findall(r"\{(\d+)\}", text):
                    footnotes.append({"number": int(n), "page": None, "text": typo(C.FOOTNOTES[int(n)])})
        for key in tables:
            t = C.TABLES[key]
            cells = [t["caption"]] + [c for row in [t["header"]] + t["rows"] for c in row]
            places.append({"label": t["label"], "kind": "table", "chapter": typo(chapter),
                           "heading": None, "page": None, "text": typo(" ".join(cells))})
    for label, text, owner in C.RECOMMENDATIONS:
        places.append({"label": label, "kind": "recommendation", "chapter": "Recommendations",
                       "heading": None, "page": None, "text": typo(text)})
    for label, text in C.ANNEX:
        places.append({"label": label, "kind": "annex", "chapter": "Annex A: Methodology",
                       "heading": None, "page": None, "text": typo(text)})
    pdf_path = HERE / "report.pdf"
    pages_of(pdf_path, places)
    # footnote pages: where the note's text stands in the rendering
    notes = [{"label": str(f["number"]), "kind": "note", "text": f"{f['number']} {f['text']}"}
             for f in footnotes]
    pages_of(pdf_path, notes)
    for f, n in zip(footnotes, notes):
        f["page"] = n.get("page")
    data = {"title": C.TITLE, "kind": "report", "file": "report.pdf", "producer": "fpdf2",
            "numbering": "two-level", "page_offset": 0,
            "furniture": [HEADER, "Page N"], "places": places, "footnotes": footnotes}
    (HERE / "report.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    print("report:", len(places), "places,", len(CL.rendered_pages(pdf_path)), "pages")


def letter_json():
    places = [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None, "page": None,
               "text": typo(p)} for i, p in enumerate(C.LETTER, 1)]
    pages_of(HERE / "letter.pdf", places)
    data = {"title": "Letter from the Secretary of State to the Chief Executive of Kelsford "
                     "Borough Council, " + C.LETTER_DATE,
            "kind": "letter", "file": "letter.pdf", "producer": "fpdf2", "numbering": "unnumbered",
            "page_offset": 0, "furniture": [], "places": places, "footnotes": []}
    (HERE / "letter.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    print("letter:", len(places), "places,", len(CL.rendered_pages(HERE / "letter.pdf")), "pages")


if __name__ == "__main__":
    build_report()
    build_letter()
    report_json()
    letter_json()
