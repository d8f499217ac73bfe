#!/usr/bin/env python3
"""Render report.json -> report.pdf and letter.json -> letter.pdf with fpdf2.

House style: a designed report as exported from a desktop-publishing tool. Every word of the
report is placed by its own pdf.text(x, y, word) call at a computed x position (justified
lines, ragged last line), one wide body column, a narrow outer side column on some pages
(Key finding boxes, pull-quotes repeating a body sentence), paragraph numbers hanging in the
left margin in colour, footnotes at the page foot called by raised small digits, running footer
with a thin rule. After rendering, the page on which each place and footnote starts is written
back into report.json / letter.json.

    /opt/blindtools/bin/python build.py      (run tools/make_json.py first to regenerate the data)
"""
import json
from pathlib import Path
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONTS = "/usr/share/fonts/truetype/liberation/"
ACCENT = (0, 98, 114)
ACCENT2 = (196, 88, 24)
GREY = (90, 90, 90)
TINT = (226, 239, 241)

NUM_X, BODY_X, BODY_W = 14.0, 32.0, 113.0
SIDE_X, SIDE_W = 154.0, 42.0
TOP, BOTTOM = 22.0, 272.0
FOOT_RULE = 279.0

# sidebars: (place label beside which it is drawn, kind, text)
SIDEBARS = [
    ("1.1.3", "key", "Nearly half of staff who answered our survey said they would not feel able to raise concerns without fear of reprisal."),
    ("1.1.6", "pull", "Our concern is with the way the council as a whole takes and records its decisions."),
    ("2.1.3", "key", "126 interviews and focus groups, 14 meetings observed, more than 2,600 documents reviewed."),
    ("3.1.3", "pull", "No notes were kept of these meetings."),
    ("3.2.2", "key", "Only 9 of the 51 members attended the most recent code of conduct training."),
    ("3.3.2", "pull", "In waste and street cleansing, 61% of respondents said they would recommend the council as a place to work."),
    ("4.1.3", "key", "27 key decisions were taken under urgency in 2025; eleven were not on the forward plan."),
    ("4.2.3", "pull", "The council's initial response, which questioned the Monitoring Officer's motives, was inappropriate."),
    ("5.1.2", "key", "General fund reserve: £18.4m in March 2022, £7.9m in March 2026."),
    ("5.2.3", "pull", "The investment was deliberate, but the risks were not properly assessed and have not been managed since."),
    ("5.3.2", "key", "Outturn overspend of £6.2m in 2025/26, against £2.9m forecast at quarter three."),
    ("6.1.2", "pull", "Neither call-in led to any change in the decision."),
    ("7.1.2", "key", "Contract waivers: 61 in 2022/23, 142 in 2024/25."),
    ("7.2.3", "pull", "The failings are of process and record keeping, but they are serious."),
    ("8.1.2", "key", "78% of residents satisfied with waste and recycling."),
]


class Doc(FPDF):
    def __init__(self, title, footer=True):
        super().__init__(format="A4", unit="mm")
        self.set_auto_page_break(False)
        for style, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                         ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
            self.add_font("Sans", style, FONTS + f)
        self.doc_title, self.with_footer = title, footer

    def words_at(self, x, y, text, size, style="", color=(0, 0, 0)):
        """Place a run of words one by one with ordinary spacing; return the x after it."""
        self.set_font("Sans", style, size)
        self.set_text_color(*color)
        space = self.get_string_width(" ")
        for w in text.split():
            self.text(x, y, w)
            x += self.get_string_width(w) + space
        return x

    def draw_footer(self):
        if not self.with_footer or self.page_no() == 1:
            return
        self.set_draw_color(*ACCENT)
        self.set_line_width(0.2)
        self.line(NUM_X, FOOT_RULE, 196, FOOT_RULE)
        self.words_at(NUM_X, FOOT_RULE + 5, self.doc_title, 8, color=GREY)
        self.set_font("Sans", "B", 8)
        n = str(self.page_no())
        self.set_text_color(*ACCENT)
        self.text(196 - self.get_string_width(n), FOOT_RULE + 5, n)


class Layout:
    """Flows the report into pages, word by word."""

    def __init__(self, report, hints, contents_pages):
        self.r, self.hints = report, hints
        self.pdf = Doc(report["title"])
        self.y = TOP
        self.notes_here = []          # footnotes on the current page: (number, lines)
        self.side_y = TOP
        self.place_page, self.note_page, self.chapter_page = {}, {}, {}
        self.contents_pages = contents_pages
        self.calls = {}
        for n, (label, after) in hints["calls"].items():
            self.calls.setdefault(label, []).append((after, int(n)))
        self.notes = {f["number"]: f["text"] for f in report["footnotes"]}

    # -- pages
    def new_page(self):
        if self.pdf.page_no() > 0:
            self.finish_page()
        self.pdf.add_page()
        self.y, self.side_y, self.notes_here = TOP, TOP, []

    def finish_page(self):
        self.draw_notes()
        self.pdf.draw_footer()

    def note_lines(self, number):
        self.pdf.set_font("Sans", "", 7.5)
        return self.wrap(self.notes[number].split(), BODY_W + 8, "", 7.5, [])

    def notes_height(self, extra=()):
        lines = sum(len(l) for _, l in self.notes_here) + sum(len(self.note_lines(n)) for n in extra)
        return 0 if lines == 0 else 5 + lines * 3.4

    def bottom(self, extra=()):
        return BOTTOM - self.notes_height(extra)

    def draw_notes(self):
        if not self.notes_here:
            return
        pdf = self.pdf
        y = BOTTOM - self.notes_height() + 3
        pdf.set_draw_color(*GREY)
        pdf.set_line_width(0.15)
        pdf.line(BODY_X, y - 1.5, BODY_X + 40, y - 1.5)
        y += 2
        for number, lines in self.notes_here:
            pdf.set_font("Sans", "", 6)
            pdf.set_text_color(*ACCENT)
            pdf.text(BODY_X - 4, y - 1, str(number))
            for line in lines:
                self.draw_line(line, BODY_X, y, BODY_W + 8, 7.5, "", (60, 60, 60), justify=False)
                y += 3.4
            self.note_page[number] = pdf.page_no()

    # -- words
    def wrap(self, words, width, style, size, calls):
        """Greedy line breaking; each word a (text, call-number or None)."""
        self.pdf.set_font("Sans", style, size)
        space = self.pdf.get_string_width(" ")
        items = []
        for i, w in enumerate(words):
            call = next((n for (after, n) in calls if w.rstrip(".,;:") == after and n not in [c for _, c in items]), None)
            items.append((w, call))
        lines, line, used = [], [], 0.0
        for w, call in items:
            ww = self.pdf.get_string_width(w) + (1.6 if call else 0)
            if line and used + space + ww > width:
                lines.append(line)
                line, used = [], 0.0
            used += (space if line else 0) + ww
            line.append((w, call))
        if line:
            lines.append(line)
        return lines

    def draw_line(self, line, x0, y, width, size, style, color, justify):
        pdf = self.pdf
        pdf.set_font("Sans", style, size)
        space = pdf.get_string_width(" ")
        widths = [pdf.get_string_width(w) + (1.6 if c else 0) for w, c in line]
        gap = space
        if justify and len(line) > 1:
            gap = space + (width - sum(widths) - space * (len(line) - 1)) / (len(line) - 1)
            gap = min(gap, space * 2.6)
        x = x0
        for (w, call), ww in zip(line, widths):
            pdf.set_font("Sans", style, size)
            pdf.set_text_color(*color)
            pdf.text(x, y, w)
            if call:
                pdf.set_font("Sans", "", size * 0.6)
                pdf.set_text_color(*ACCENT)
                pdf.text(x + pdf.get_string_width(w) + 0.3 if False else x + ww - 1.4, y - size * 0.13, str(call))
            x += ww + gap

    def paragraph(self, place, number=None, size=10.5, style="", color=(0, 0, 0), lead=6.3, after=3.8):
        calls = self.calls.get(place["label"], []) if place else []
        lines = self.wrap(place["text"].split(), BODY_W, style, size, calls)
        first = True
        for i, line in enumerate(lines):
            line_calls = [c for _, c in line if c]
            if self.y + lead > self.bottom(line_calls) or (first and self.y + 2 * lead > self.bottom()):
                self.new_page()
            if first:
                self.place_page[place["label"]] = self.pdf.page_no()
                if number:
                    self.pdf.set_font("Sans", "B", 9)
                    self.pdf.set_text_color(*ACCENT2)
                    self.pdf.text(NUM_X, self.y + 4, number)
                self.sidebar_for(place["label"])
                first = False
            self.draw_line(line, BODY_X, self.y + 4, BODY_W, size, style, color,
                           justify=i < len(lines) - 1)
            for c in line_calls:
                self.notes_here.append((c, self.note_lines(c)))
            self.y += lead
        self.y += after

    def sidebar_for(self, label):
        for where, kind, text in SIDEBARS:
            if where != label:
                continue
            pdf = self.pdf
            size = 8.5 if kind == "key" else 10
            style = "" if kind == "key" else "I"
            lines = self.wrap(text.split(), SIDE_W - 6, style, size, [])
            h = len(lines) * (size * 0.45) + (12 if kind == "key" else 8)
            y = max(self.side_y, self.y)
            if y + h > self.bottom():
                y = max(self.side_y, TOP)
                if y + h > self.bottom():
                    continue
            if kind == "key":
                pdf.set_fill_color(*TINT)
                pdf.rect(SIDE_X, y, SIDE_W, h, style="F")
                pdf.set_fill_color(*ACCENT)
                pdf.rect(SIDE_X, y, 1.2, h, style="F")
                self.pdf.words_at(SIDE_X + 4, y + 6, "Key finding", 8.5, "B", ACCENT)
                yy = y + 11.5
                for line in lines:
                    self.draw_line(line, SIDE_X + 4, yy, SIDE_W - 6, size, "", (30, 30, 30), False)
                    yy += size * 0.45
            else:
                pdf.set_draw_color(*ACCENT2)
                pdf.set_line_width(0.6)
                pdf.line(SIDE_X, y + 1, SIDE_X + 14, y + 1)
                self.pdf.words_at(SIDE_X, y + 9, "\u201c", 22, "B", ACCENT2)
                yy = y + 13
                for line in lines:
                    self.draw_line(line, SIDE_X + 2, yy, SIDE_W - 4, size, "I", ACCENT2, False)
                    yy += size * 0.45
            self.side_y = y + h + 6

    def heading(self, text, size=11.5, before=3.0, after=3.0):
        if self.y + before + 6 + 3 * 5.2 > self.bottom():
            self.new_page()
        else:
            self.y += before
        self.pdf.words_at(BODY_X, self.y + 4.5, text, size, "B", ACCENT)
        self.y += 6 + after

    def chapter(self, title):
        self.new_page()
        self.chapter_page[title] = self.pdf.page_no()
        if title == "Foreword":
            self.pdf.set_fill_color(*ACCENT)
            self.pdf.rect(0, 0, 210, 9, style="F")
            self.pdf.words_at(BODY_X, 70, "Foreword", 28, "B", ACCENT)
            self.y = 84
            return
        num, name = title.split(" ", 1)
        if title.startswith("Annex"):
            num, name = title.split(" ", 2)[1], title.split(" ", 2)[2]
            self.pdf.words_at(BODY_X, 40, "Annex", 16, "B", ACCENT2)
        pdf = self.pdf
        pdf.set_fill_color(*ACCENT)
        pdf.rect(0, 0, 210, 9, style="F")
        pdf.words_at(BODY_X, 64, num, 64, "B", ACCENT)
        pdf.words_at(BODY_X, 82, name, 24, "B", (20, 20, 20))
        pdf.set_draw_color(*ACCENT2)
        pdf.set_line_width(1)
        pdf.line(BODY_X, 89, BODY_X + 30, 89)
        self.y = 98

    def table(self, place):
        hint = self.hints["tables"][place["label"]]
        cells = hint["cells"]
        rows = [cells[i:i + 3] for i in range(0, len(cells), 3)]
        h = 8 + len(rows) * 7.5 + 6
        if self.y + h > self.bottom():
            self.new_page()
        self.place_page[place["label"]] = self.pdf.page_no()
        pdf = self.pdf
        pdf.words_at(BODY_X, self.y + 4, place["label"] + ": " + hint["caption"], 9.5, "B", ACCENT)
        y = self.y + 8
        colx = [BODY_X + 2, BODY_X + 84, BODY_X + 99] if len(rows[0][0]) > 8 and "Statement" in rows[0][0] \
            else [BODY_X + 2, BODY_X + 64, BODY_X + 90]
        for r, row in enumerate(rows):
            if r == 0:
                pdf.set_fill_color(*ACCENT)
            else:
                pdf.set_fill_color(*(TINT if r % 2 else (255, 255, 255)))
            pdf.rect(BODY_X, y, BODY_W, 7.5, style="F")
            for c, cell in enumerate(row):
                color = (255, 255, 255) if r == 0 else (20, 20, 20)
                pdf.words_at(colx[c], y + 5, cell, 8.8, "B" if r == 0 else "", color)
            y += 7.5
        self.y = y + 6

    def recommendations(self, recs):
        pdf = self.pdf
        if self.y + 30 > self.bottom():
            self.new_page()
        # header row
        def header():
            pdf.set_fill_color(*ACCENT)
            pdf.rect(BODY_X, self.y, BODY_W + 40, 8, style="F")
            pdf.words_at(BODY_X + 2, self.y + 5.5, "No.", 9, "B", (255, 255, 255))
            pdf.words_at(BODY_X + 16, self.y + 5.5, "Recommendation to the council", 9, "B", (255, 255, 255))
            self.y += 8
        header()
        for n, place in enumerate(recs):
            lines = self.wrap(place["text"].split(), BODY_W + 40 - 20, "", 9.5, [])
            h = len(lines) * 4.8 + 4
            if self.y + h > self.bottom():
                self.new_page()
                header()
            pdf.set_fill_color(*(TINT if n % 2 == 0 else (243, 248, 249)))
            pdf.rect(BODY_X, self.y, BODY_W + 40, h, style="F")
            self.place_page[place["label"]] = pdf.page_no()
            pdf.words_at(BODY_X + 2, self.y + 5.5, place["label"], 9.5, "B", ACCENT2)
            yy = self.y + 5.5
            for i, line in enumerate(lines):
                self.draw_line(line, BODY_X + 16, yy, BODY_W + 40 - 20, 9.5, "", (20, 20, 20),
                               justify=i < len(lines) - 1)
                yy += 4.8
            self.y += h
        self.y += 4

    # -- document
    def cover(self):
        pdf = self.pdf
        pdf.add_page()
        pdf.set_fill_color(*ACCENT)
        pdf.rect(0, 0, 210, 297, style="F")
        pdf.set_fill_color(*ACCENT2)
        pdf.rect(0, 200, 210, 4, style="F")
        pdf.words_at(24, 60, "Best Value Inspection", 34, "B", (255, 255, 255))
        pdf.words_at(24, 76, "of Vellingham Borough Council", 26, "", (255, 255, 255))
        pdf.words_at(24, 100, "Report of the inspection team", 14, "", (220, 236, 238))
        pdf.words_at(24, 108, "Presented to the Secretary of State for Housing, Communities and Local Government", 10, "", (220, 236, 238))
        pdf.words_at(24, 230, "November 2026", 14, "B", (255, 255, 255))

    def contents(self):
        self.new_page()
        pdf = self.pdf
        pdf.words_at(BODY_X, 40, "Contents", 24, "B", ACCENT)
        y = 58
        for title in [p for p in self.chapter_titles]:
            num, name = title.split(" ", 1) if title != "Foreword" else ("", title)
            if title.startswith("Annex"):
                num = ""
            pdf.words_at(BODY_X, y, num or " ", 11, "B", ACCENT2)
            if title.startswith("Annex"):
                annex, letter, rest = title.split(" ", 2)
                name = f"{annex} {letter}: {rest}"
            pdf.words_at(BODY_X + 14, y, name, 11, "", (20, 20, 20))
            page = str(self.contents_pages.get(title, ""))
            pdf.set_font("Sans", "", 11)
            pdf.text(BODY_X + BODY_W + 40 - pdf.get_string_width(page), y, page)
            y += 9
        y += 8
        for line in ("Paragraphs are numbered by chapter. Footnotes appear at the foot of the page.",
                     "Recommendations to the council are set out at chapter 9."):
            pdf.words_at(BODY_X, y, line, 9, "I", GREY)
            y += 5

    def build(self):
        places = self.r["places"]
        self.chapter_titles = []
        for p in places:
            if p["chapter"] not in self.chapter_titles:
                self.chapter_titles.append(p["chapter"])
        self.cover()
        self.contents()
        chapter = heading = None
        recs = [p for p in places if p["kind"] == "recommendation"]
        for p in places:
            if p["chapter"] != chapter:
                chapter, heading = p["chapter"], None
                self.chapter(chapter)
            if p["heading"] != heading:
                heading = p["heading"]
                if heading:
                    self.heading(heading)
            label = p["label"]
            if p["kind"] == "recommendation":
                if label == recs[0]["label"]:
                    self.recommendations(recs)
                continue
            if p["kind"] == "foreword":
                self.paragraph(p, size=11, style="I" if p["text"].startswith("Lead Inspector") else "", color=(30, 30, 30), lead=6.4, after=4.5)
                continue
            if p["kind"] == "table":
                self.table(p)
            elif label.count(".") == 1 and label[0].isdigit():
                self.paragraph(p, number=label, size=11.5, style="B", color=(35, 60, 66), lead=6.0, after=3.8)
            else:
                self.paragraph(p, number=label)
        self.finish_page()
        return self.pdf


def build_report():
    report = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
    hints = json.loads((HERE / "tools/layout_hints.json").read_text(encoding="utf-8"))
    contents = {}
    for _ in range(2):       # the second pass knows the chapters' pages for the contents page
        lay = Layout(report, hints, contents)
        pdf = lay.build()
        contents = lay.chapter_page
    pdf.output(str(HERE / report["file"]))
    for p in report["places"]:
        p["page"] = lay.place_page[p["label"]]
    for f in report["footnotes"]:
        f["page"] = lay.note_page[f["number"]]
    (HERE / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    print(f"report.pdf: {pdf.page_no()} pages")


def build_letter():
    letter = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))
    pdf = Doc(letter["title"], footer=False)
    pdf.set_margins(25, 20, 25)
    pdf.add_page()
    pdf.set_auto_page_break(True, 20)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "B", 12)
    pdf.cell(0, 6, "Ministry of Housing, Communities and Local Government", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    pdf.set_text_color(*GREY)
    pdf.cell(0, 4.5, "The Rt Hon Daniel Whitcombe MP, Secretary of State for Housing, Communities and Local Government", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 4.5, "2 Marsham Street, London SW1P 4DF", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("Sans", "", 10.5)
    for line in ("Ms Adaeze Okafor", "Chief Executive", "Vellingham Borough Council", "Civic Centre, Market Square",
                 "Vellingham VL1 2CC"):
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 5, "18 November 2026", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.cell(0, 5, "Dear Ms Okafor,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "B", 10.5)
    pdf.multi_cell(0, 5, "BEST VALUE INSPECTION OF VELLINGHAM BOROUGH COUNCIL: INTERVENTION", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "", 10.5)
    for p in letter["places"]:
        if pdf.will_page_break(5.2 * 2):
            pdf.add_page()
        p["page"] = pdf.page_no()
        pdf.multi_cell(0, 5.2, p["text"], align="J", new_x="LMARGIN", new_y="NEXT")
        p["page"] = p["page"] if pdf.page_no() == p["page"] else p["page"]
        pdf.ln(3)
    pdf.ln(2)
    pdf.cell(0, 5, "Yours sincerely,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.set_font("Sans", "B", 10.5)
    pdf.cell(0, 5, "THE RT HON DANIEL WHITCOMBE MP", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10.5)
    pdf.cell(0, 5, "Secretary of State for Housing, Communities and Local Government", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(HERE / letter["file"]))
    (HERE / "letter.json").write_text(json.dumps(letter, indent=1, ensure_ascii=False))
    print(f"letter.pdf: {pdf.page_no()} pages")


if __name__ == "__main__":
    build_report()
    build_letter()
