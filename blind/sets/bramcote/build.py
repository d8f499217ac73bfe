"""Render report.json and letter.json to report.pdf and letter.pdf (reportlab platypus), then fill each
place's page (and each endnote's) from pdftotext of the rendering.  /opt/blindtools/bin/python build.py"""
import json, re, subprocess, sys
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_LEFT, TA_CENTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table, TableStyle,
                                PageBreak, Flowable, NextPageTemplate, KeepTogether, CondPageBreak)

HERE = Path(__file__).resolve().parent
LIB = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("Arial", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Bold", LIB + "LiberationSans-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Italic", LIB + "LiberationSans-Italic.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("Arial", 0, 0, "Arial"); addMapping("Arial", 1, 0, "Arial-Bold"); addMapping("Arial", 0, 1, "Arial-Italic")

GOV_BLUE = colors.HexColor("#1d70b8")
DARK = colors.HexColor("#0b0c0c")
body = ParagraphStyle("body", fontName="Arial", fontSize=11, leading=15.5, textColor=DARK)
num = ParagraphStyle("num", parent=body, fontName="Arial-Bold")
h2 = ParagraphStyle("h2", parent=body, fontName="Arial-Bold", fontSize=13, leading=17, spaceBefore=10, spaceAfter=6, keepWithNext=1)
band = ParagraphStyle("band", parent=body, fontName="Arial-Bold", fontSize=18, leading=22, textColor=colors.white)
note = ParagraphStyle("note", parent=body, fontSize=9, leading=12)
cell = ParagraphStyle("cell", parent=body, fontSize=9.5, leading=12)
cellb = ParagraphStyle("cellb", parent=cell, fontName="Arial-Bold", textColor=colors.white)
caption = ParagraphStyle("caption", parent=body, fontName="Arial-Bold", fontSize=10, spaceBefore=6, spaceAfter=4)


def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SetChapter(Flowable):
    """Zero-size marker: the running header of the pages that follow names this chapter."""
    def __init__(self, title):
        super().__init__(); self.title = title; self.width = self.height = 0
    def wrap(self, *a): return (0, 0)
    def draw(self): self.canv._next_chapter = self.title


def on_page(canv, doc):
    title = getattr(canv, "_next_chapter", "")
    canv.saveState()
    canv.setFont("Arial", 8.5); canv.setFillColor(colors.HexColor("#505a5f"))
    canv.drawString(20 * mm, A4[1] - 12 * mm, title)
    canv.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "Best Value Inspection of Bramcote Metropolitan Borough Council")
    canv.setStrokeColor(GOV_BLUE); canv.setLineWidth(1.2)
    canv.line(20 * mm, A4[1] - 14 * mm, A4[0] - 20 * mm, A4[1] - 14 * mm)
    canv.setFont("Arial", 9); canv.setFillColor(DARK)
    canv.drawCentredString(A4[0] / 2, 10 * mm, f"Page {doc.page}")
    canv.restoreState()


def on_cover(canv, doc):
    canv.saveState()
    canv.setFillColor(GOV_BLUE); canv.rect(0, A4[1] - 70 * mm, A4[0], 70 * mm, stroke=0, fill=1)
    canv.setFillColor(colors.white); canv.setFont("Arial-Bold", 12)
    canv.drawString(20 * mm, A4[1] - 20 * mm, "Ministry of Housing, Communities and Local Government")
    canv.restoreState()


def chapter_band(title):
    t = Table([[Paragraph(esc(title), band)]], colWidths=[170 * mm])
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), GOV_BLUE), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                           ("TOPPADDING", (0, 0), (-1, -1), 9), ("BOTTOMPADDING", (0, 0), (-1, -1), 11)]))
    return t


def para_rows(places, notes_seen):
    rows = []
    for p in places:
        text = esc(p["text"])
        for c in p.get("calls", []):
            anchor = esc(c["after"])
            i = text.index(anchor) + len(anchor)
            text = text[:i] + f"<super><font size=7>{c['note']}</font></super>" + text[i:]
            notes_seen.append(c["note"])
        rows.append([Paragraph(esc(p["label"]), num), Paragraph(text, body)])
    t = Table(rows, colWidths=[16 * mm, 154 * mm], splitByRow=1)
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
    return t


def data_table(place, spec, widths):
    rows = [[Paragraph(esc(h), cellb) for h in spec["head"]]]
    rows += [[Paragraph(esc(c), cell) for c in r] for r in spec["rows"]]
    t = Table(rows, colWidths=widths, repeatRows=1, splitByRow=1)
    t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), GOV_BLUE), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#b1b4b6")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f2f1")])]))
    return [CondPageBreak(30 * mm), Paragraph(esc(place["caption"]), caption), t, Spacer(1, 8)]


def build_report():
    R = json.load(open(HERE / "report.json"))
    notes = {f["number"]: f["text"] for f in R["footnotes"]}
    doc = BaseDocTemplate(str(HERE / R["file"]), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=22 * mm, bottomMargin=20 * mm, title=R["title"],
                          author="MHCLG", subject="Best Value inspection report")
    frame = Frame(20 * mm, 20 * mm, 170 * mm, A4[1] - 42 * mm, id="body")
    doc.addPageTemplates([PageTemplate("cover", [frame], onPage=on_cover),
                          PageTemplate("main", [frame], onPage=on_page)])
    S = []
    S += [Spacer(1, 70 * mm), Paragraph(esc(R["title"]), ParagraphStyle("t", parent=body, fontName="Arial-Bold", fontSize=26, leading=32)),
          Spacer(1, 10 * mm),
          Paragraph("Report of the inspection carried out under section 10 of the Local Government Act 1999", body),
          Spacer(1, 6 * mm), Paragraph("Lead Inspector, Assistant Inspector (Finance) and Assistant Inspector (Governance)", body),
          Spacer(1, 6 * mm), Paragraph("Presented to the Secretary of State: July 2026. Published: 22 September 2026", body),
          NextPageTemplate("main")]
    chapters = []
    for p in R["places"]:
        if not chapters or chapters[-1][0] != p["chapter"]:
            chapters.append((p["chapter"], []))
        chapters[-1][1].append(p)
    # contents
    S += [SetChapter("Contents"), PageBreak(), chapter_band("Contents")] + \
         [Paragraph(esc(c), ParagraphStyle("toc", parent=body, spaceBefore=4)) for c, _ in chapters]
    for chap, places in chapters:
        S += [SetChapter(chap), PageBreak(), chapter_band(chap), Spacer(1, 6)]
        notes_seen = []
        # group by heading, keeping tables in place
        group, heading = [], "\0"
        def flush():
            if group:
                S.append(para_rows(group, notes_seen)); group.clear()
        for p in places:
            if p["heading"] != heading:
                flush(); heading = p["heading"]
                if heading:
                    S.append(Paragraph(esc(heading), h2))
            if p["kind"] == "table":
                flush()
                spec = R["tables"][p["label"]]
                widths = [80 * mm, 30 * mm, 30 * mm, 30 * mm] if len(spec["head"]) == 4 else [55 * mm] + [23 * mm] * 5
                if p["label"] == "Table 2":
                    S.append(Spacer(1, TABLE2_SPACE))
                S += data_table(p, spec, widths)
            else:
                group.append(p)
        flush()
        if notes_seen:
            S.append(Spacer(1, 8)); S.append(Paragraph("Notes", ParagraphStyle("nh", parent=note, fontName="Arial-Bold")))
            for n in notes_seen:
                S.append(Paragraph(f"{n}. {esc(notes[n])}", note))
    doc.build(S)
    return R


TABLE2_SPACE = 0


def pdf_pages(path):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout.decode()
    return out.split("\f")[:-1]


def fill_pages(jpath):
    sys.path.insert(0, str(HERE.parent.parent))
    import check_labels as C
    D = json.load(open(jpath))
    pages = pdf_pages(HERE / D["file"])
    toks = [C.words(p) for p in pages]
    flat = [t for p in toks for t in p]
    starts, tot = [], 0
    for p in toks:
        starts.append(tot); tot += len(p)
    cur = 0
    for pl in D["places"]:
        needle = C.joined_variants(C.words(pl["text"]), flat)
        if pl["kind"] in ("table", "summary"):
            # the page where its first words appear
            at = C.find_in_order(flat, needle[:4], cur)
        else:
            at = C.find_in_order(flat, needle, cur)
        if at is None:
            print("NOT FOUND", pl["label"]); continue
        cur = at
        pl["page"] = max(i for i, s in enumerate(starts) if s <= at) + 1
    for f in D.get("footnotes", []):
        for i, p in enumerate(pages):
            if C.flat(f["text"])[:50] in C.flat(p):
                f["page"] = i + 1
    json.dump(D, open(jpath, "w"), ensure_ascii=False, indent=1)
    return D, len(pages)


def build_letter():
    L = json.load(open(HERE / "letter.json"))
    def lp(canv, doc):
        canv.saveState(); canv.setFont("Arial", 8.5)
        canv.drawCentredString(A4[0] / 2, 10 * mm, f"Page {doc.page} of {LETTER_PAGES}")
        canv.restoreState()
    def first(canv, doc):
        canv.saveState()
        canv.setFillColor(DARK); canv.setFont("Arial-Bold", 12)
        canv.drawString(22 * mm, A4[1] - 22 * mm, "Ministry of Housing,")
        canv.drawString(22 * mm, A4[1] - 27.5 * mm, "Communities and")
        canv.drawString(22 * mm, A4[1] - 33 * mm, "Local Government")
        canv.setFont("Arial", 8.5)
        for i, line in enumerate(["The Rt Hon Gareth Linley MP", "Secretary of State for Housing,", "Communities and Local Government",
                                  "2 Marsham Street", "London SW1P 4DF", "", "Our reference: BV/2026/0417"]):
            canv.drawString(140 * mm, A4[1] - 22 * mm - i * 4 * mm, line)
        canv.restoreState(); lp(canv, doc)
    doc = BaseDocTemplate(str(HERE / L["file"]), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm,
                          topMargin=20 * mm, bottomMargin=18 * mm, title=L["title"])
    f1 = Frame(22 * mm, 18 * mm, 166 * mm, A4[1] - 70 * mm, id="f1")
    f2 = Frame(22 * mm, 18 * mm, 166 * mm, A4[1] - 38 * mm, id="f2")
    doc.addPageTemplates([PageTemplate("first", [f1], onPage=first), PageTemplate("rest", [f2], onPage=lp)])
    lb = ParagraphStyle("lb", parent=body, fontSize=10.5, leading=14.5, spaceAfter=8)
    S = [NextPageTemplate("rest"),
         Paragraph("Ms Helen Okafor<br/>Chief Executive<br/>Bramcote Metropolitan Borough Council<br/>Civic Centre, Market Street<br/>Bramcote BR1 1HX", lb),
         Paragraph(L["date"], lb), Paragraph("Dear Ms Okafor,", lb),
         Paragraph("<b>BEST VALUE INSPECTION OF BRAMCOTE METROPOLITAN BOROUGH COUNCIL</b>", lb)]
    S += [Paragraph(esc(p["text"]), lb) for p in L["places"]]
    S += [Paragraph("Yours sincerely,", lb), Spacer(1, 14 * mm),
          Paragraph("<b>" + esc(L["signer"][0]) + "</b><br/>" + esc(L["signer"][1]), lb)]
    doc.build(S)


LETTER_PAGES = 2

if __name__ == "__main__":
    if len(sys.argv) > 1:
        TABLE2_SPACE = float(sys.argv[1])
    build_report()
    D, n = fill_pages(HERE / "report.json")
    print("report.pdf:", n, "pages")
    build_letter()
    D, n = fill_pages(HERE / "letter.json")
    print("letter.pdf:", n, "pages")
