#!/opt/blindtools/bin/python
"""Render the Pelsworth report (Texinfo through texi2pdf) and the Secretary of State's letter
(reportlab), then write report.json and letter.json with each place's page.

    /opt/blindtools/bin/python build.py
"""
import json, re, subprocess, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
TITLE = "Best Value Inspection of Pelsworth District Council"
LETTER_TITLE = "Letter from the Secretary of State to the Chief Executive of Pelsworth District Council"

TABLE_HEAD = ["Statement", "Agree (%)", "Disagree (%)"]
TABLE_ROWS = [
    ("I am proud to work for the council", 71, 11),
    ("I would recommend the council as a place to work", 46, 27),
    ("I understand the council's priorities", 63, 14),
    ("I have confidence in the council's senior leadership", 38, 36),
    ("I have confidence in the council's political leadership", 24, 49),
    ("Members and officers work well together", 29, 41),
    ("I would feel safe raising a concern about a councillor", 26, 47),
    ("I would feel safe raising a concern about a senior officer", 44, 31),
    ("I would feel safe raising a concern about my manager", 58, 19),
    ("I have been contacted directly by a member about an operational matter", 33, 52),
    ("I have felt pressured by a member to act against my professional judgement", 18, 64),
    ("My workload is manageable", 37, 46),
    ("I have the resources I need to do my job", 41, 39),
    ("My team is adequately staffed", 28, 55),
    ("I receive regular supervision from my manager", 67, 15),
    ("I am kept informed about changes that affect me", 35, 40),
    ("Decisions are explained to staff", 30, 44),
    ("The council acts on the results of staff surveys", 19, 51),
    ("I expect to be working for the council in two years' time", 52, 21),
    ("I have experienced bullying or harassment at work in the last year", 17, 71),
    ("I know how to report bullying or harassment", 74, 9),
    ("Councillors treat staff with respect", 34, 38),
    ("I feel able to challenge decisions I disagree with", 39, 35),
    ("I have the training I need to do my job", 62, 16),
    ("My manager supports my wellbeing", 69, 12),
    ("The council values diversity", 48, 17),
    ("Senior leaders are visible", 32, 45),
    ("The council is changing for the better", 22, 43),
]
TABLE_CAPTION = "Table 1: Staff survey results, April to May 2025 (412 respondents)"

FN = re.compile(r"\^\[([^\]]*)\]")


def parse(src):
    """Chapters, headings and numbered places from report_src.txt."""
    places, footnotes, chapters = [], [], []
    chapter = heading = None
    n_ch, fn_no = 0, 0
    for line in src.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("# "):
            n_ch += 1
            chapter = f"{n_ch} {line[2:]}"
            heading = None
            chapters.append(("chapter", line[2:], []))
        elif line.startswith("@ "):
            letter, title = line[2:].split(" ", 1)
            chapter = f"Appendix {letter} {title}"
            heading = None
            chapters.append(("appendix", title, []))
        elif line.startswith("## "):
            heading = line[3:]
            chapters[-1][2].append(("heading", heading))
        elif line == "TABLE":
            cells = TABLE_HEAD + [c for r in TABLE_ROWS for c in (r[0], str(r[1]), str(r[2]))]
            place = {"label": "Table 1", "kind": "table", "chapter": chapter, "heading": heading,
                     "page": None, "text": " ".join(cells)}
            places.append(place)
            chapters[-1][2].append(("table", place))
        else:
            label, body = line.split(" ", 1)
            kind = "paragraph"
            if label.startswith("R"):
                kind = "recommendation"
            elif label[0] in "AB":
                kind = "annex"
            notes = []
            for m in FN.finditer(body):
                fn_no += 1
                notes.append(fn_no)
                footnotes.append({"number": fn_no, "page": None, "text": m.group(1)})
            plain = FN.sub("", body)
            place = {"label": label, "kind": kind, "chapter": chapter, "heading": heading,
                     "page": None, "text": plain}
            places.append(place)
            chapters[-1][2].append(("place", place, body))
    return places, footnotes, chapters


def texi_escape(s):
    return s.replace("@", "@@").replace("{", "@{").replace("}", "@}")


def write_texi(chapters, path):
    out = [r"\input texinfo", "@setfilename report.info", "@documentencoding UTF-8",
           "@documentlanguage en_GB", f"@settitle {TITLE}", "@afourpaper", "@fonttextsize 11",
           "@setchapternewpage odd", "@paragraphindent 0", "",
           "@titlepage", f"@title {TITLE}",
           "@subtitle Report of an inspection under section 10 of the Local Government Act 1999",
           "@subtitle August 2025",
           "@author Lead Inspector", "@author Assistant Inspector (Finance)",
           "@author Assistant Inspector (Governance)",
           "@page", "@vskip 0pt plus 1filll",
           "Presented to the Secretary of State for Housing, Communities and Local Government.",
           "", "Published by the Ministry of Housing, Communities and Local Government, October 2025.",
           "", "© Crown copyright 2025", "@end titlepage", "", "@headings double",
           "@evenheading @thispage @| @| @thischapter",
           "@oddheading @thischapter @| @| @thispage",
           "@evenfooting @| @thistitle @|", "@oddfooting @| @thistitle @|", "", "@contents", ""]
    for kind, title, items in chapters:
        out.append(f"@{'chapter' if kind == 'chapter' else 'appendix'} {title}")
        out.append("")
        for it in items:
            if it[0] == "heading":
                out += [f"@unnumberedsec {it[1]}", ""]
            elif it[0] == "table":
                out += ["@noindent", f"@strong{{{TABLE_CAPTION}}}", "",
                        "@multitable @columnfractions .66 .16 .18",
                        "@headitem " + " @tab ".join(TABLE_HEAD)]
                for r in TABLE_ROWS:
                    out.append(f"@item {texi_escape(r[0])} @tab {r[1]} @tab {r[2]}")
                out += ["@end multitable", ""]
            else:
                place, body = it[1], it[2]
                body = texi_escape(FN.sub(lambda m: "\0" + m.group(1) + "\1", body))
                body = body.replace("\0", "@footnote{").replace("\1", "}")
                if place["kind"] == "recommendation":
                    head = f"@strong{{Recommendation {place['label'][1:]}:}}"
                else:
                    head = f"@strong{{{place['label']}}}"
                out += [f"@noindent {head} {body}", ""]
    out.append("@bye")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ pages

def fold(t):
    return unicodedata.normalize("NFKC", t).replace("’", "'").replace("“", '"').replace("”", '"')


def toks(t):
    return re.findall(r"[£$]?\d+(?:[.,]\d+)*%?|[a-z]+(?:'[a-z]+)?", fold(t).lower())


def pdf_pages(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         check=True).stdout.decode()
    return out.split("\f")[:-1]


def locate(pages, text, start_page=0, n=7):
    """First page (1-based, from start_page) holding the opening n words of text together."""
    want = " ".join(toks(text)[:n])
    for i in range(start_page, len(pages)):
        if want in " ".join(toks(pages[i])):
            return i + 1
    return None


def fill_pages(places, footnotes, pdf):
    pages = pdf_pages(pdf)
    cur = 0
    for p in places:
        text = p["text"] if p["kind"] != "table" else TABLE_HEAD[0] + " " + " ".join(TABLE_HEAD[1:])
        pg = locate(pages, text, cur)
        if p["kind"] == "table":
            pg = locate(pages, "Statement I am proud to work", cur, 6)
        if pg is None:
            raise SystemExit(f"cannot place {p['label']}")
        p["page"] = pg
        cur = pg - 1
    for f in footnotes:
        f["page"] = locate(pages, f["text"], 0, 6)
    return pages


def build_report():
    places, footnotes, chapters = parse(HERE / "report_src.txt")
    texi = HERE / "report.texi"
    write_texi(chapters, texi)
    for _ in range(1):
        subprocess.run(["texi2pdf", "--batch", "-q", "--clean", texi.name], cwd=HERE, check=True)
    pdf = HERE / "report.pdf"
    pages = fill_pages(places, footnotes, pdf)
    # printed page 1 is the first page of chapter 1 (title and contents pages are roman)
    first = places[0]["page"]
    data = {"title": TITLE, "kind": "report", "file": "report.pdf",
            "producer": "texi2pdf (GNU Texinfo 6.8, pdfTeX)", "numbering": "two-level",
            "page_offset": first - 1,
            "furniture": [TITLE + " (centred footer on every page after the title page)",
                          "Chapter N: <chapter title> (running head, e.g. 'Chapter 3: Leadership and governance')",
                          "Appendix A: Terms of reference / Appendix B: Staff survey (running head)",
                          "page number in the running head (i-ii on the contents, arabic from chapter 1)",
                          "footnote numbers and footnote text at the foot of the page"],
            "places": places, "footnotes": footnotes}
    (HERE / "report.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    print(f"report.pdf: {len(pages)} pages, {len(places)} places, {len(footnotes)} footnotes")


# ------------------------------------------------------------------ letter

def build_letter():
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    font = "Helvetica"
    for cand in ["/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                 "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"]:
        if Path(cand).exists():
            pdfmetrics.registerFont(TTFont("Body", cand))
            font = "Body"
            break
    body = ParagraphStyle("b", fontName=font, fontSize=10.5, leading=14, spaceAfter=8)
    small = ParagraphStyle("s", parent=body, fontSize=9, leading=11.5, spaceAfter=0)
    right = ParagraphStyle("r", parent=small, alignment=TA_RIGHT)
    head = ParagraphStyle("h", parent=body, fontSize=13, leading=16, spaceAfter=2)
    paras = [l for l in (HERE / "letter_src.txt").read_text(encoding="utf-8").splitlines() if l.strip()]
    story = [Paragraph("Ministry of Housing, Communities &amp; Local Government", head),
             Paragraph("Rt Hon Daniel Fairbrother MP<br/>Secretary of State for Housing, Communities "
                       "and Local Government", small), Spacer(1, 4 * mm),
             Table([[Paragraph("The Chief Executive<br/>Pelsworth District Council<br/>Council Offices"
                               "<br/>Market Place<br/>Pelsworth", small),
                     Paragraph("2 Marsham Street<br/>London SW1P 4DF<br/><br/>16 October 2025", right)]],
                   colWidths=[85 * mm, 75 * mm], style=[("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                       ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0)]),
             Spacer(1, 6 * mm), Paragraph("Dear Chief Executive,", body),
             Paragraph("<b>Best Value inspection of Pelsworth District Council</b>", body)]
    for p in paras:
        story.append(Paragraph(p.replace("&", "&amp;"), body))
    story += [Paragraph("Yours sincerely,", body), Spacer(1, 10 * mm),
              Paragraph("<b>Rt Hon Daniel Fairbrother MP</b>", body)]

    def foot(c, doc):
        c.setFont(font, 8)
        c.drawCentredString(A4[0] / 2, 12 * mm, f"Page {doc.page}")
    doc = SimpleDocTemplate(str(HERE / "letter.pdf"), pagesize=A4, leftMargin=25 * mm,
                            rightMargin=25 * mm, topMargin=20 * mm, bottomMargin=20 * mm,
                            title=LETTER_TITLE, author="MHCLG")
    doc.build(story, onFirstPage=foot, onLaterPages=foot)
    pages = pdf_pages(HERE / "letter.pdf")
    places = []
    for i, p in enumerate(paras, 1):
        places.append({"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
                       "page": locate(pages, p), "text": p})
    data = {"title": LETTER_TITLE, "kind": "letter", "file": "letter.pdf",
            "producer": "reportlab", "numbering": "unnumbered", "page_offset": 0,
            "date": "16 October 2025", "furniture": ["Page N"], "places": places, "footnotes": []}
    (HERE / "letter.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    print(f"letter.pdf: {len(pages)} pages, {len(places)} places")


if __name__ == "__main__":
    build_report()
    build_letter()
