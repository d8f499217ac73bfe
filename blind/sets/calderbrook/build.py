#!/opt/blindtools/bin/python
"""Build the Calderbrook inspection report and the minister's letter with PyMuPDF's Story.

    /opt/blindtools/bin/python build.py

1. report_source.txt (the authoring text) -> report.json (places, footnotes);
2. report.json -> report.pdf: one Story per chapter laid out by MuPDF with a DocumentWriter,
   then the cover block, running header and "page N" drawn with page.insert_text;
3. letter.json -> letter.pdf (letter.json is written from LETTER below);
4. the page of each place and footnote is read back from pdftotext and written into the json.
"""
import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
import check_labels as cl  # noqa: E402  (only its tokeniser, to read pages back)

COUNCIL = "Calderbrook Borough Council"
TITLE = "Best Value Inspection of Calderbrook Borough Council"
A4 = pymupdf.paper_rect("a4")
BODY = pymupdf.Rect(72, 80, 523, 774)
NAVY = (0.09, 0.23, 0.36)
TEAL = (0.0, 0.42, 0.45)

CSS = """
html { margin: 0; }
body { margin: 0; padding: 0;  font-family: sans-serif; font-size: 11pt; line-height: 1.6; color: #222222; }
h1 { font-family: serif; font-size: 21pt; color: #173a5c; margin-top: 0; margin-bottom: 10pt; }
h2 { font-family: serif; font-size: 13pt; color: #006b73; margin-top: 12pt; margin-bottom: 4pt; }
p { margin-top: 0; margin-bottom: 0; text-align: justify; }
p.para b { color: #173a5c; }
div.box { background-color: #e6f0f1; border: 1px solid #006b73; padding: 8pt; margin-bottom: 12pt; }
div.box h3 { font-family: serif; font-size: 12pt; color: #006b73; margin-top: 0; margin-bottom: 4pt; }
div.box li { font-size: 9.5pt; margin-bottom: 2pt; }
div.about { background-color: #eef2f6; border: 1px solid #173a5c; padding: 10pt; margin-bottom: 16pt; }
p.caption { font-family: serif; font-weight: bold; font-size: 10pt; color: #173a5c; margin-top: 6pt; margin-bottom: 4pt; text-align: left; }
table { border-collapse: collapse; margin-bottom: 10pt; width: 100%; }
th { font-size: 8.5pt; background-color: #173a5c; color: #ffffff; padding: 3pt; text-align: left; }
td { font-size: 8.5pt; padding: 3pt; border-bottom: 1px solid #9fb3c8; }
td.n { text-align: right; }
div.notes { border-top: 1px solid #555555; margin-top: 14pt; padding-top: 4pt; }
p.fn { font-size: 8pt; line-height: 1.3; margin-bottom: 3pt; text-align: left; }
p.rec { margin-left: 28pt; text-indent: -28pt; }
p.contents { margin-bottom: 3pt; text-align: left; }
"""


# ------------------------------------------------------------------ report.json from the source

def parse_source(path: Path) -> dict:
    chapters, cur = [], None
    title = TITLE
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if not line:
            continue
        if line.startswith("@title "):
            title = line[7:]
        elif line.startswith("@summary "):
            cur = {"number": None, "title": line[9:], "blocks": [], "findings": [], "fns": []}
            chapters.append(cur)
        elif line.startswith("@chapter "):
            num, name = [s.strip() for s in line[9:].split("|", 1)]
            cur = {"number": num, "title": name, "blocks": [], "findings": [], "fns": []}
            chapters.append(cur)
        elif line == "@findings":
            cur["mode"] = "findings"
        elif line.startswith("- ") and cur.get("mode") == "findings":
            cur["findings"].append(line[2:])
        elif line.startswith("@heading "):
            cur["mode"] = None
            cur["blocks"].append(("heading", line[9:]))
        elif line.startswith("@para ") or line.startswith("@rec "):
            cur["mode"] = None
            kind = "para" if line.startswith("@para ") else "rec"
            label, text = [s.strip() for s in line.split(" ", 1)[1].split("|", 1)]
            cur["blocks"].append((kind, label, text))
        elif line.startswith("@table "):
            label, caption = [s.strip() for s in line[7:].split("|", 1)]
            cur["blocks"].append(("table", label, caption, []))
            cur["mode"] = "table"
        elif line.startswith("@fn "):
            num, text = [s.strip() for s in line[4:].split("|", 1)]
            cur["fns"].append((int(num), text))
        elif cur.get("mode") == "table":
            cur["blocks"][-1][3].append([c.strip() for c in line.split("|")])
        else:
            raise SystemExit(f"cannot read: {line}")
    return {"title": title, "chapters": chapters}


def plain(text: str) -> str:
    return re.sub(r"\[\^\d+\]", "", text)


def report_data(src: dict) -> dict:
    places, footnotes = [], []
    for ch in src["chapters"]:
        chapter = ch["title"] if ch["number"] is None else f"{ch['number']} {ch['title']}"
        heading = None
        for block in ch["blocks"]:
            if block[0] == "heading":
                heading = block[1]
            elif block[0] in ("para", "rec"):
                label = block[1]
                kind = "recommendation" if block[0] == "rec" else "paragraph"
                if label == "ES":
                    label, kind = "executive summary", "summary"
                places.append({"label": label, "kind": kind, "chapter": chapter,
                               "heading": heading, "page": None, "text": plain(block[2])})
            elif block[0] == "table":
                rows = block[3]
                cells = [c for row in rows for c in row if c]
                places.append({"label": block[1], "kind": "table", "chapter": chapter,
                               "heading": heading, "page": None, "text": " ".join(cells)})
        for num, text in ch["fns"]:
            footnotes.append({"number": num, "page": None, "text": text})
    return {"title": src["title"], "kind": "report", "file": "report.pdf",
            "producer": "PyMuPDF Story (MuPDF HTML/CSS layout) with DocumentWriter",
            "numbering": "two-level", "page_offset": 0,
            "furniture": [COUNCIL, "<chapter title> (running header, right)", "page N"],
            "places": places, "footnotes": footnotes}


# ------------------------------------------------------------------ HTML

def esc(text: str) -> str:
    return html.escape(text, quote=False)


def inline(text: str) -> str:
    return re.sub(r"\[\^(\d+)\]", r"<sup>\1</sup>", esc(text))


def chapter_blocks(ch: dict) -> list[tuple[str, str]]:
    """The chapter as blocks: ("flow", html) may break across pages, ("keep", html) may not."""
    head = ch["title"] if ch["number"] is None else f"{ch['number']}&#160;&#160;{esc(ch['title'])}"
    out = [("keep", f"<h1>{head}</h1>")]
    if ch["findings"]:
        items = "".join(f"<li>{esc(f)}</li>" for f in ch["findings"])
        out.append(("keep", f'<div class="box"><h3>Key findings</h3><ul>{items}</ul></div>'))
    pending = ""
    for block in ch["blocks"]:
        if block[0] == "heading":
            pending = f"<h2>{esc(block[1])}</h2>"       # kept with the paragraph after it
        elif block[0] == "para":
            num = "" if block[1] == "ES" else f"<b>{block[1]}</b>&#160;&#160; "
            out.append(("flow", f'{pending}<p class="para">{num}{inline(block[2])}</p>'))
            pending = ""
        elif block[0] == "rec":
            out.append(("flow", f'{pending}<p class="rec"><b>{block[1]}</b>&#160;&#160;&#160; {inline(block[2])}</p>'))
            pending = ""
        elif block[0] == "table":
            rows = block[3]
            h = "".join(f"<th>{esc(c)}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(
                ('<td class="n">' if i else '<td>') + esc(c) + '</td>' for i, c in enumerate(r)) + "</tr>"
                for r in rows[1:])
            out.append(("keep", f'{pending}<p class="caption">{esc(block[2])}</p><table><tr>{h}</tr>{body}</table>'))
            pending = ""
    if ch["fns"]:
        notes = "".join(f'<p class="fn"><sup>{n}</sup> {esc(t)}</p>' for n, t in ch["fns"])
        out.append(("keep", f'<div class="notes">{notes}</div>'))
    return out


def about_html(src: dict) -> str:
    rows = []
    for ch in src["chapters"]:
        name = ch["title"] if ch["number"] is None else f"{ch['number']}&#160;&#160;{esc(ch['title'])}"
        rows.append(f'<p class="contents">{name}</p>')
    return f"""
<div class="about"><h3 style="font-family: serif; font-size: 14pt; color: #173a5c; margin-top: 0">About this report</h3>
<p>This report sets out the findings of the Best Value inspection of Calderbrook Borough Council,
carried out under section 10 of the Local Government Act 1999 on behalf of the Secretary of State
for Housing, Communities and Local Government. It was submitted to the Secretary of State on
25 March 2025.</p>
<p>Paragraphs are numbered by chapter. Each chapter opens with a summary of key findings and
closes with its notes. Our recommendations, numbered R1 to R10, are set out at the end of
Chapter 9. Individuals are referred to by their roles, not by name.</p>
<p>Inspection team: Lead Inspector; Assistant Inspector (finance); Assistant Inspector (governance).</p>
</div>
<h2>Contents</h2>
{''.join(rows)}
"""


# ------------------------------------------------------------------ rendering

GAP = 9


def lay_out(writer, blocks: list[tuple[str, str]]) -> int:
    """Flow blocks onto fresh pages, one Story a block (MuPDF draws a box's background on the
    next page too when one Story breaks inside it, so boxes and tables are kept whole and only
    plain paragraphs break); return the number of pages."""
    n, dev, top = 0, None, None

    def new_page():
        nonlocal n, dev, top
        if dev is not None:
            writer.end_page()
        dev, top = writer.begin_page(A4), BODY.y0
        n += 1

    new_page()
    for mode, html_text in blocks:
        story = pymupdf.Story(html_text, user_css=CSS)
        if top > BODY.y1 - 30:
            new_page()
        if mode == "keep" or html_text.startswith("<h2>"):
            probe = pymupdf.Story(html_text, user_css=CSS)
            more, filled = probe.place(pymupdf.Rect(BODY.x0, top, BODY.x1, BODY.y1))
            if more or (html_text.startswith("<h2>") and pymupdf.Rect(filled).y1 > BODY.y1 - 40):
                if top > BODY.y0:
                    new_page()
        more = 1
        while more:
            more, filled = story.place(pymupdf.Rect(BODY.x0, top, BODY.x1, BODY.y1))
            story.draw(dev)
            top = pymupdf.Rect(filled).y1 + GAP
            if more:
                new_page()
    writer.end_page()
    return n


def build_report(src: dict) -> None:
    tmp = HERE / "report.tmp.pdf"
    writer = pymupdf.DocumentWriter(str(tmp))
    running = [None]                                   # cover: no header
    dev = writer.begin_page(A4)                        # the cover is drawn afterwards
    writer.end_page()
    running += ["About this report"] * lay_out(writer, [("flow", about_html(src))])
    for ch in src["chapters"]:
        name = ch["title"] if ch["number"] is None else f"Chapter {ch['number']}: {ch['title']}"
        running += [name] * lay_out(writer, chapter_blocks(ch))
    writer.close()

    doc = pymupdf.open(tmp)
    cover = doc[0]
    cover.draw_rect(pymupdf.Rect(0, 0, A4.width, 520), color=None, fill=NAVY)
    cover.draw_rect(pymupdf.Rect(0, 520, A4.width, 532), color=None, fill=TEAL)
    cover.insert_textbox(pymupdf.Rect(60, 90, 540, 130), "Report to the Secretary of State",
                         fontname="helv", fontsize=12, color=(0.8, 0.9, 0.92))
    cover.insert_textbox(pymupdf.Rect(60, 240, 540, 400), TITLE, fontname="tiro",
                         fontsize=30, color=(1, 1, 1), lineheight=1.25)
    cover.insert_textbox(pymupdf.Rect(60, 430, 540, 500), "Inspection under section 10 of the\n"
                         "Local Government Act 1999", fontname="helv", fontsize=12, color=(1, 1, 1))
    cover.insert_textbox(pymupdf.Rect(60, 580, 540, 640), "March 2025", fontname="tiro",
                         fontsize=16, color=NAVY)
    cover.insert_textbox(pymupdf.Rect(60, 740, 540, 790), "Lead Inspector and Assistant Inspectors\n"
                         "appointed by the Secretary of State for Housing, Communities and Local Government",
                         fontname="helv", fontsize=8.5, color=(0.35, 0.35, 0.35))
    for i, page in enumerate(doc):
        if running[i] is None:
            continue
        page.insert_text((68, 50), COUNCIL, fontname="hebo", fontsize=8, color=NAVY)
        w = pymupdf.get_text_length(running[i], fontname="helv", fontsize=8)
        page.insert_text((527 - w, 50), running[i], fontname="helv", fontsize=8, color=(0.3, 0.3, 0.3))
        page.draw_line((68, 56), (527, 56), color=TEAL, width=0.6)
        label = f"page {i + 1}"
        w = pymupdf.get_text_length(label, fontname="helv", fontsize=8.5)
        page.insert_text((527 - w, 812), label, fontname="helv", fontsize=8.5, color=(0.3, 0.3, 0.3))
    doc.set_metadata({"title": TITLE, "author": "Best Value inspection team",
                      "producer": "PyMuPDF Story"})
    doc.save(HERE / "report.pdf", garbage=3, deflate=True)
    doc.close()
    tmp.unlink()


# ------------------------------------------------------------------ the letter

LETTER_DATE = "15 May 2025"
LETTER = [
    "I am writing to inform you that the Secretary of State has today received and published the report of the Best Value inspection of Calderbrook Borough Council, carried out under section 10 of the Local Government Act 1999. I am grateful to the inspection team for their thorough work, and to the members and officers of the council who cooperated with it.",
    "The report makes for very concerning reading. The inspectors conclude that the council is failing to comply with its Best Value duty in relation to governance, culture and leadership, financial management, scrutiny and procurement. They describe a council in which decisions have been taken without proper regard to risk, in which staff do not feel safe to raise concerns, and whose general fund reserve has fallen by two-thirds in three years.",
    "I recognise that the council has begun to take steps to address these failings, including the appointment of an interim Chief Executive and the approval of a draft improvement plan. I also note the strength of some frontline services, which the inspectors rightly acknowledge. However, I agree with the inspectors that the council does not currently have the capacity to secure the necessary improvement on its own.",
    "The Secretary of State is therefore minded to exercise powers of intervention under section 15 of the Local Government Act 1999. The proposed package includes directions requiring the council to take specified actions, and the appointment of a Lead Commissioner and a Finance Commissioner for a period of three years, with functions relating to governance, finance and the appointment of statutory officers.",
    "The proposed directions would require the council, among other things, to prepare an improvement and recovery plan within six months, to the satisfaction of the commissioners, and to report on its progress every six months. Commissioners would also be empowered to exercise the council's functions relating to Calderbrook Homes Ltd should that prove necessary.",
    "The council, and anyone else with an interest, may make representations on the proposed intervention package by 5pm on 29 May 2025. The Secretary of State will consider all representations carefully before reaching a final decision.",
    "I want to be clear that intervention is not a judgement on the many staff who work hard for the residents of Calderbrook. Its purpose is to support the council to recover, and I hope that members of all groups will work constructively with the commissioners to that end.",
    "I am copying this letter to the council's external auditor, to the Member of Parliament for Calderbrook, and to the Leaders of the opposition groups on the council.",
]
LETTER_TITLE = ("Letter from the Minister of State for Local Government to the Chief Executive "
                "and the Leader of Calderbrook Borough Council, 15 May 2025")

LETTER_CSS = """
body { font-family: sans-serif; font-size: 10.5pt; line-height: 1.35; }
p { margin-top: 0; margin-bottom: 7pt; }
p.addr { margin-bottom: 0; }
"""


def build_letter() -> None:
    paras = "".join(f"<p>{esc(t)}</p>" for t in LETTER)
    body = f"""
<p class="addr">The Chief Executive</p>
<p class="addr">The Leader of the Council</p>
<p class="addr">Calderbrook Borough Council</p>
<p class="addr">Town Hall, Market Street</p>
<p class="addr">Calderbrook</p>
<p>BB9 4QT</p>
<p>Our ref: MIN/LG/2025/0418</p>
<p>{LETTER_DATE}</p>
<p>Dear Chief Executive and Leader,</p>
<p><b>BEST VALUE INSPECTION OF CALDERBROOK BOROUGH COUNCIL</b></p>
{paras}
<p>Yours sincerely,</p>
<p style="margin-top: 22pt; margin-bottom: 0"><b>Rt Hon Miriam Oakes-Thornley MP</b></p>
<p>Minister of State for Local Government and English Devolution</p>
"""
    tmp = HERE / "letter.tmp.pdf"
    writer = pymupdf.DocumentWriter(str(tmp))
    story = pymupdf.Story(body, user_css=LETTER_CSS)
    more, first = 1, True
    while more:
        dev = writer.begin_page(A4)
        more, _ = story.place(pymupdf.Rect(68, 150 if first else 70, 527, 790))
        story.draw(dev)
        writer.end_page()
        first = False
    writer.close()
    doc = pymupdf.open(tmp)
    p = doc[0]
    p.draw_rect(pymupdf.Rect(68, 48, 72, 102), color=None, fill=(0.0, 0.38, 0.33))
    p.insert_text((80, 62), "Ministry of Housing,", fontname="hebo", fontsize=11)
    p.insert_text((80, 76), "Communities &", fontname="hebo", fontsize=11)
    p.insert_text((80, 90), "Local Government", fontname="hebo", fontsize=11)
    for k, line in enumerate(["Minister of State for Local Government", "and English Devolution",
                              "2 Marsham Street", "London SW1P 4DF"]):
        w = pymupdf.get_text_length(line, fontname="helv", fontsize=8.5)
        p.insert_text((527 - w, 60 + 11 * k), line, fontname="helv", fontsize=8.5)
    for i, page in enumerate(doc):
        label = f"{i + 1}"
        page.insert_text((295, 815), label, fontname="helv", fontsize=8)
    doc.save(HERE / "letter.pdf", garbage=3, deflate=True)
    doc.close()
    tmp.unlink()
    places = [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
               "page": None, "text": t} for i, t in enumerate(LETTER, 1)]
    data = {"title": LETTER_TITLE, "kind": "letter", "file": "letter.pdf",
            "producer": "PyMuPDF Story (MuPDF HTML/CSS layout) with DocumentWriter",
            "numbering": "unnumbered", "page_offset": 0, "furniture": ["N (page number, foot centre)"],
            "date": "2025-05-15", "places": places, "footnotes": []}
    fill_pages(data, HERE / "letter.pdf")
    (HERE / "letter.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")


# ------------------------------------------------------------------ pages read back

def fill_pages(data: dict, pdf: Path) -> None:
    pages = cl.rendered_pages.__wrapped__(pdf)
    page_tokens = [cl.words(p) for p in pages]
    tokens = [t for p in page_tokens for t in p]
    starts, total = [], 0
    for p in page_tokens:
        starts.append(total)
        total += len(p)

    def page_of(at):
        return max(i for i, s in enumerate(starts) if s <= at) + 1

    cursor = 0
    for place in data["places"]:
        needle = cl.joined_variants(cl.words(place["text"]), tokens)
        at = cl.find_in_order(tokens, needle if place["kind"] != "table" else needle[:3], cursor)
        if at is None:
            at = cl.find_in_order(tokens, needle[:6], 0)
        if at is None:
            print("NOT FOUND:", place["label"], place["text"][:60])
            continue
        cursor = at
        place["page"] = page_of(at)
    for fn in data.get("footnotes", []):
        needle = cl.words(fn["text"])
        at = cl.find_in_order(tokens, needle, 0)
        if at is not None:
            fn["page"] = page_of(at)
        else:
            print("FOOTNOTE NOT FOUND:", fn["number"])


def main() -> None:
    src = parse_source(HERE / "report_source.txt")
    data = report_data(src)
    build_report(src)
    fill_pages(data, HERE / "report.pdf")
    (HERE / "report.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    build_letter()
    n = len(pymupdf.open(HERE / "report.pdf"))
    print(f"report.pdf: {n} pages, {len(data['places'])} places; letter.pdf written")


if __name__ == "__main__":
    main()
