"""A designed report drawn word by word, as desktop-publishing tools and PDF libraries draw one:
each word placed by its own text-drawing call at a computed x, lines justified, in one or two
columns, a coloured band at each page's top with the chapter's name, the page number at the
outer margin (left on even pages, right on odd), pull-quotes in tinted boxes repeating a
sentence of the text, footnotes in small type at the foot of the column, and bold paragraph
numbers drawn apart from the words they number (issue 20).

The text is this module's own: sentences of the kind an inspection report prints, put together
by a seeded generator, so that every test knows each paragraph's number and exact words.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.colors import Color, white
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

# Bitstream Vera, shipped with reportlab: embedded as a subset of the glyphs drawn, which has no
# space when every word is drawn on its own (PDFium must then find the words by their gaps).
for _name in ("Vera", "VeraBd", "VeraIt"):
    pdfmetrics.registerFont(TTFont(_name, f"{_name}.ttf"))

_SUBJECTS = ["The council", "The cabinet", "Senior officers", "The audit committee",
             "Members", "The chief executive", "The corporate leadership team",
             "Scrutiny", "The monitoring officer", "Staff we spoke to", "The leader",
             "The section 151 officer", "Partners", "The improvement board"]
_VERBS = ["has not yet agreed", "described", "could not show", "recognised", "reported",
          "set out", "did not challenge", "has begun to address", "accepted",
          "was unable to evidence", "told us about", "has strengthened"]
_OBJECTS = ["a credible medium-term financial strategy", "the risks in its capital programme",
            "a culture in which concerns are raised openly", "the governance of its companies",
            "how decisions are recorded and published", "the pace of its transformation plan",
            "a clear line of sight from priorities to budgets",
            "the findings of its internal auditors", "the savings it has already banked",
            "its approach to procurement and contract management",
            "the performance of its housing repairs service",
            "the capacity of its finance team", "an overspend of £4.2 million in 2023/24",
            "arrangements for member and officer relations"]
SUBHEADINGS = ["Financial resilience", "Decision making", "Member and officer relations",
               "Scrutiny and challenge", "Capacity and skills", "Partnership working"]
_TAILS = ["", "", "", " over the last two years", " since the peer review in 2022",
          " in the time available", " with any consistency", " to the standard expected",
          ", although progress has been uneven", " at the meetings we observed"]
CHAPTERS = ["Introduction", "Leadership and culture", "Governance", "Financial management",
            "Use of resources", "Service delivery", "Partnerships and community",
            "Capacity for improvement"]


@dataclass
class Para:
    label: str                  # as printed: "12", "2.3.1", "" for unnumbered text
    text: str                   # its words, as a reader should give them back
    chapter: int                # 1-based index into the report's chapters
    footnote: str = ""          # a footnote whose call follows the paragraph's first sentence
    pull_quote: bool = False    # a tinted box after it repeats its first sentence


@dataclass
class Design:
    columns: int = 2
    justify: bool = True
    numbering: str = "flat"     # "flat" (1, 2, 3 … through the report) or "dotted" (2.3.1)
    number_place: str = "inline"    # "inline" (at the line's start) or "hanging" (outdented)
    number_font: str = "Helvetica-Bold"
    number_colour: tuple[float, float, float] = (0, 0, 0)
    number_size: float = 9.5
    number_suffix: str = ""     # printed after a number: "" ("12"), "." ("12.")
    numbers_last: bool = False  # the page's numbers drawn after all its words
    band: bool = True
    pull_quotes: bool = True
    footnotes: bool = True
    body_font: str = "Helvetica"
    body_size: float = 9.5
    leading: float = 12.5
    paragraph_space: float = 6.0
    word_by_word: bool = True   # False: each line one drawString (the neighbour reportlab draws)
    space_factor: float = 1.0   # the gap between words of a line not justified, in spaces
    band_first: bool = False    # the band and page number drawn before the page's words
    notes_per_column: bool = False  # a column's footnotes drawn when it is full, not at the end
    quote_inside: bool = False  # a pull quote's box set after its paragraph's third line
    quote_marks: bool = True    # a pull quote printed between quotation marks
    subheadings: bool = False   # a bold subheading before every fifth paragraph
    chapter_numbers: bool = True    # a chapter's heading printed "2 Governance", or "Governance"
    title: str = "Best Value Inspection of Thornbury Borough Council"


@dataclass
class Report:
    paragraphs: list[Para]
    chapters: list[str] = field(default_factory=lambda: list(CHAPTERS))


def sentences(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        out.append(f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)}"
                   f"{rng.choice(_TAILS)}.")
    return " ".join(out)


def make_report(seed: int = 7, chapters: int = 5, per_chapter: int = 20,
                numbering: str = "flat") -> Report:
    """Paragraphs numbered through the report (1 … chapters*per_chapter) or in three levels
    (chapter.section.paragraph), each of two to six sentences, some with a footnote or a
    pull-quote."""
    rng = random.Random(seed)
    paragraphs, n, notes = [], 0, 0
    for ch in range(1, chapters + 1):
        for k in range(1, per_chapter + 1):
            n += 1
            label = f"{n}" if numbering == "flat" else f"{ch}.{(k - 1) // 4 + 1}.{(k - 1) % 4 + 1}"
            footnote = ""
            if rng.random() < 0.15:
                notes += 1
                footnote = (f"Source: council papers of {rng.randint(1, 28)} March 2024, "
                            f"item {notes}.")
            paragraphs.append(Para(label, sentences(rng, rng.randint(2, 6)), ch, footnote,
                                   pull_quote=rng.random() < 0.1))
    return Report(paragraphs)


class _Writer:
    def __init__(self, path: Path, design: Design, report: Report):
        self.c = canvas.Canvas(str(path), pagesize=A4)
        self.d, self.r = design, report
        self.page = 0
        self.margin_top = A4[1] - (70 if design.band else 50)
        self.bottom = 60
        inner, outer, gutter = 62, 50, 20
        width = A4[0] - inner - outer
        self.col_width = (width - gutter * (design.columns - 1)) / design.columns
        self.gutter, self.inner, self.outer = gutter, inner, outer
        self.footnote_no = 0
        self.numbers: list[tuple[float, float, str]] = []

    # -- pages and columns ---------------------------------------------------------------
    def col_x(self, col: int) -> float:
        left = self.inner if self.page % 2 else self.outer   # odd pages: inner margin left
        return left + col * (self.col_width + self.gutter)

    def new_page(self, chapter: str) -> None:
        if self.page:
            self.finish_page()
        self.page += 1
        self.chapter = chapter
        self.col = 0
        self.y = self.margin_top
        self.notes: list[list[str]] = [[] for _ in range(self.d.columns)]
        self.limit = self.bottom
        if self.d.band_first:
            self.furniture()

    def finish_page(self) -> None:
        c, d = self.c, self.d
        if d.numbers_last:
            for x, y, label in self.numbers:
                self.draw_number(x, y, label)
        self.numbers = []
        if not d.notes_per_column:
            for col in range(d.columns):
                self.column_notes(col)
        else:
            self.column_notes(self.col)
        if not d.band_first:
            self.furniture()
        c.showPage()

    def furniture(self) -> None:
        """The band with the chapter's name and the page number at the outer margin."""
        c, d = self.c, self.d
        if d.band:
            c.setFillColor(Color(0.1, 0.3, 0.5))
            c.rect(0, A4[1] - 44, A4[0], 44, stroke=0, fill=1)
            c.setFillColor(white)
            c.setFont("Helvetica-Bold", 11)
            c.drawString(self.col_x(0), A4[1] - 28, self.chapter)
            c.setFillColor(Color(0, 0, 0))
        c.setFont("Helvetica", 8)
        number = str(self.page)
        if self.page % 2:
            c.drawRightString(A4[0] - 30, 30, number)
        else:
            c.drawString(30, 30, number)

    def column_notes(self, col: int) -> None:
        """The column's footnotes at its foot, small type, a short rule above."""
        c, notes = self.c, self.notes[col]
        if not notes:
            return
        y = self.bottom - 6 + 9 * sum(len(n) for n in notes)
        c.setLineWidth(0.4)
        c.line(self.col_x(col), y + 8, self.col_x(col) + 50, y + 8)
        for lines in notes:
            for line in lines:
                self.words(line.split(" "), self.col_x(col), y, "Helvetica", 7, False,
                           self.col_width)
                y -= 9

    def need(self, height: float) -> None:
        if self.y - height < self.limit:
            if self.d.notes_per_column:
                self.column_notes(self.col)
                self.notes[self.col] = []
            if self.col + 1 < self.d.columns:
                self.col += 1
                self.y = self.margin_top
                self.limit = self.bottom
            else:
                self.new_page(self.chapter)

    # -- drawing -------------------------------------------------------------------------
    def words(self, words: list[str], x: float, y: float, font: str, size: float,
              justify: bool, width: float, call: tuple[int, str] | None = None) -> None:
        """Each word drawn on its own at its x; `call` (word index, digits): a footnote call
        drawn small and raised right after that word."""
        c = self.c
        c.setFont(font, size)
        if not self.d.word_by_word:
            c.drawString(x, y, " ".join(words))
            return
        widths = [stringWidth(w, font, size) for w in words]
        if call is not None:       # the call widens the word it follows
            widths[call[0]] += stringWidth(call[1], font, size * 0.65) + 0.5
        space = stringWidth(" ", font, size) * self.d.space_factor
        if justify and len(words) > 1:
            space = (width - sum(widths)) / (len(words) - 1)
        for i, (w, wd) in enumerate(zip(words, widths)):
            c.drawString(x, y, w)
            if call is not None and call[0] == i:
                c.setFont(font, size * 0.65)
                c.drawString(x + wd - stringWidth(call[1], font, size * 0.65), y + size * 0.4,
                             call[1])
                c.setFont(font, size)
            x += wd + space

    def draw_number(self, x: float, y: float, label: str) -> None:
        self.c.setFillColor(Color(*self.d.number_colour))
        self.c.setFont(self.d.number_font, self.d.number_size)
        self.c.drawString(x, y, label)
        self.c.setFillColor(Color(0, 0, 0))

    def wrap(self, words: list[str], font: str, size: float, width: float,
             first_width: float) -> list[list[str]]:
        lines, line, w, room = [], [], 0.0, first_width
        space = stringWidth(" ", font, size)
        for word in words:
            wd = stringWidth(word, font, size)
            if line and w + space + wd > room:
                lines.append(line)
                line, w, room = [], 0.0, width
            w += (space if line else 0) + wd
            line.append(word)
        if line:
            lines.append(line)
        return lines

    def heading(self, text: str) -> None:
        self.need(30)
        self.y -= 6
        self.c.setFont("Helvetica-Bold", 13)
        self.words(text.split(" "), self.col_x(self.col), self.y, "Helvetica-Bold", 13, False,
                   self.col_width)
        self.y -= 22

    def subheading(self, text: str) -> None:
        self.need(2 * self.d.leading)
        self.words(text.split(" "), self.col_x(self.col), self.y, "Helvetica-Bold",
                   self.d.body_size + 0.5, False, self.col_width)
        self.y -= self.d.leading + 2

    def paragraph(self, p: Para) -> None:
        d = self.d
        indent = 0.0
        if p.label and d.number_place == "inline":
            indent = max(18.0, stringWidth(p.label, d.number_font, d.number_size) + 5)
        words = p.text.split(" ")
        call_after = None
        if p.footnote and d.footnotes:
            self.footnote_no += 1
            call_after = next(i for i, w in enumerate(words) if w.endswith("."))
        lines = self.wrap(words, d.body_font, d.body_size, self.col_width,
                          self.col_width - indent)
        k, quoted = 0, False
        for n, line in enumerate(lines):
            self.need(d.leading)
            x = self.col_x(self.col)
            if n == 0 and p.label:
                nx = x if d.number_place == "inline" else \
                    x - stringWidth(p.label, d.number_font, d.number_size) - 6
                printed = p.label + d.number_suffix
                if d.numbers_last:
                    self.numbers.append((nx, self.y, printed))
                else:
                    self.draw_number(nx, self.y, printed)
            x += indent if n == 0 else 0
            last = n == len(lines) - 1
            call = (call_after - k, str(self.footnote_no)) \
                if call_after is not None and k <= call_after < k + len(line) else None
            self.words(line, x, self.y, d.body_font, d.body_size, d.justify and not last,
                       self.col_width - (indent if n == 0 else 0), call)
            if call_after is not None and k <= call_after < k + len(line):
                note = f"{self.footnote_no} {p.footnote}"
                self.notes[self.col].append(
                    [" ".join(x) for x in self.wrap(note.split(" "), "Helvetica", 7,
                                                    self.col_width, self.col_width)])
                self.bottom_for_notes()
            k += len(line)
            self.y -= d.leading
            if p.pull_quote and d.pull_quotes and d.quote_inside and n == 2 and \
                    len(lines) > 4:
                self.pull_quote(p.text.split(". ")[0].rstrip(".") + ".")
                quoted = True
        self.y -= d.paragraph_space
        if p.pull_quote and d.pull_quotes and not quoted:
            self.pull_quote(p.text.split(". ")[0].rstrip(".") + ".")

    def bottom_for_notes(self) -> None:
        lines = sum(len(n) for n in self.notes[self.col])
        self.limit = self.bottom + 9 * lines + 10

    def pull_quote(self, sentence: str) -> None:
        d = self.d
        quoted = f"“{sentence}”" if d.quote_marks else sentence
        lines = self.wrap(quoted.split(" "), "Helvetica-Oblique", 12,
                          self.col_width - 20, self.col_width - 20)
        height = 16 * len(lines) + 16
        self.need(height)
        x = self.col_x(self.col)
        self.c.setFillColor(Color(0.85, 0.92, 0.97))
        self.c.rect(x, self.y - height + 12, self.col_width, height, stroke=0, fill=1)
        self.c.setFillColor(Color(0.1, 0.3, 0.5))
        y = self.y - 4
        for line in lines:
            self.words(line, x + 10, y, "Helvetica-Oblique", 12, False, self.col_width - 20)
            y -= 16
        self.c.setFillColor(Color(0, 0, 0))
        self.y -= height + 4


def designed_pdf(path: Path, report: Report, design: Design | None = None) -> Path:
    """Draw `report` as `design` says; returns `path`."""
    path = Path(path)
    d = design or Design()
    w = _Writer(path, d, report)
    w.new_page(report.chapters[0])
    for line in w.wrap(d.title.split(" "), "Helvetica-Bold", 14, w.col_width, w.col_width):
        w.words(line, w.col_x(0), w.y, "Helvetica-Bold", 14, False, w.col_width)
        w.y -= 18
    w.y -= 12
    chapter = 0
    for p in report.paragraphs:
        if p.chapter != chapter:
            chapter = p.chapter
            if chapter > 1:
                w.new_page(report.chapters[chapter - 1])
            w.heading(f"{chapter} {report.chapters[chapter - 1]}" if d.chapter_numbers
                      else report.chapters[chapter - 1])
        elif d.subheadings and report.paragraphs.index(p) % 5 == 2:
            w.subheading(SUBHEADINGS[report.paragraphs.index(p) % len(SUBHEADINGS)])
        w.paragraph(p)
    w.finish_page()
    w.c.save()
    return path
