"""Render fpdf2-report.pdf in this folder (issue 20): run from the repository's root,

    python tests/resources/rendered/make_fpdf2.py

with fpdf2 installed and DejaVu's fonts in /usr/share/fonts/truetype/dejavu (Debian:
fonts-dejavu-core). CI needs neither: the PDF is committed. The text is tests/designed.py's
own (make_report, seed 11). Each word is placed by its own text() call at a computed x,
justified; each paragraph's number hangs in the left margin in bold orange, with no full
stop; pull quotes sit in tinted boxes in a side column; a footnote's call is drawn small and
raised after its sentence, its text at the page's foot; an orange band carries the chapter's
name, and the page number sits at the outer margin.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from designed import make_report  # noqa: E402
from fpdf import FPDF  # noqa: E402

numbering = "flat"
rep = make_report(seed=11, numbering=numbering)
pdf = FPDF(format="A4", unit="pt")
pdf.set_auto_page_break(False)
D = "/usr/share/fonts/truetype/dejavu/"
pdf.add_font("dv", "", D + "DejaVuSerif.ttf")
pdf.add_font("dv", "B", D + "DejaVuSerif-Bold.ttf")
pdf.add_font("dv", "I", D + "DejaVuSerif-Italic.ttf")
pdf.add_font("ds", "B", D + "DejaVuSans-Bold.ttf")
W, H = 595, 842
TEXT_X, TEXT_W = 90, 330          # main column
SIDE_X, SIDE_W = 440, 120         # side column of pull quotes
TOP, BOTTOM = 80, 770
SIZE, LEAD = 10, 13.5
state = {"y": TOP, "page": 0, "side_y": TOP}

def new_page(chapter):
    if state["page"]:
        page_notes()
    pdf.add_page()
    state["page"] += 1
    state["y"] = TOP
    state["side_y"] = TOP + 40
    pdf.set_fill_color(230, 120, 40)
    pdf.rect(0, 0, W, 40, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("helvetica", "B", 11)
    pdf.text(TEXT_X, 26, chapter)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("helvetica", "", 8)
    n = str(state["page"])
    if state["page"] % 2:
        pdf.text(W - 40 - pdf.get_string_width(n), 810, n)
    else:
        pdf.text(40, 810, n)

def wrap(words, width, font=("dv", "", SIZE)):
    pdf.set_font(*font)
    lines, line = [], []
    for w in words:
        trial = " ".join(line + [w])
        if line and pdf.get_string_width(trial) > width:
            lines.append(line); line = []
        line.append(w)
    if line: lines.append(line)
    return lines

def draw_words(line, x, y, width, justify, font=("dv", "", SIZE), call=None):
    """`call`: (index of the word it follows, its digits)."""
    pdf.set_font(*font)
    ws = [pdf.get_string_width(w) for w in line]
    if call is not None:
        pdf.set_font(font[0], font[1], font[2] * 0.6)
        ws[call[0]] += pdf.get_string_width(call[1]) + 0.5
        pdf.set_font(*font)
    space = pdf.get_string_width(" ")
    if justify and len(line) > 1:
        space = (width - sum(ws)) / (len(line) - 1)
    for i, (w, wd) in enumerate(zip(line, ws)):
        pdf.text(x, y, w)
        if call is not None and call[0] == i:
            pdf.set_font(font[0], font[1], font[2] * 0.6)
            pdf.text(x + wd - pdf.get_string_width(call[1]), y - font[2] * 0.4, call[1])
            pdf.set_font(*font)
        x += wd + space


notes = []


def page_notes():
    """The page's footnotes at its foot, small type."""
    y = 800 - 10 * len(notes)
    for n, note in notes:
        pdf.set_font("dv", "", 7.5)
        pdf.text(TEXT_X, y, f"{n} {note}")
        y += 10
    notes.clear()

chapter = 0
footnote_no = 0
for p in rep.paragraphs:
    if p.chapter != chapter:
        chapter = p.chapter
        new_page(rep.chapters[chapter - 1])
        pdf.set_font("helvetica", "B", 14)
        pdf.text(TEXT_X, state["y"], f"{chapter}  {rep.chapters[chapter - 1]}")
        state["y"] += 28
    lines = wrap(p.text.split(" "), TEXT_W)
    call_at = None
    if p.footnote:
        footnote_no += 1
        call_at = next(i for i, w in enumerate(p.text.split(" ")) if w.endswith("."))
    done = 0
    for k, line in enumerate(lines):
        if state["y"] > BOTTOM - 10 * len(notes):
            new_page(rep.chapters[chapter - 1])
        if k == 0:
            pdf.set_font("ds", "B", SIZE)
            pdf.set_text_color(230, 120, 40)
            pdf.text(TEXT_X - 8 - pdf.get_string_width(p.label), state["y"], p.label)
            pdf.set_text_color(0, 0, 0)
        call = None
        if call_at is not None and done <= call_at < done + len(line):
            call = (call_at - done, str(footnote_no))
            notes.append((footnote_no, p.footnote))
        draw_words(line, TEXT_X, state["y"], TEXT_W, k < len(lines) - 1, call=call)
        done += len(line)
        state["y"] += LEAD
    state["y"] += 6
    if p.pull_quote:
        q = "“" + p.text.split(". ")[0].rstrip(".") + ".”"
        ql = wrap(q.split(" "), SIDE_W, ("dv", "I", 11))
        if state["side_y"] + 15 * len(ql) < BOTTOM:
            pdf.set_fill_color(250, 230, 210)
            pdf.rect(SIDE_X - 5, state["side_y"] - 14, SIDE_W + 10, 15 * len(ql) + 10, style="F")
            for line in ql:
                draw_words(line, SIDE_X, state["side_y"], SIDE_W, False, ("dv", "I", 11))
                state["side_y"] += 15
            state["side_y"] += 20
page_notes()
pdf.output(str(HERE / "fpdf2-report.pdf"))
