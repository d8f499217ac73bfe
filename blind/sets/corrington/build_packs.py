"""Build the two CMIS-style agenda packs and their labels.
Papers: python-docx -> LibreOffice, HTML -> Chromium, reportlab, groff -ms; cover and agenda
(reportlab) made separately; merged with pypdf; the pack's page number stamped bottom-centre
on every page after the agenda ('Page N')."""
import json, re, sys
sys.path.insert(0, "/work/blindkit")
from check_labels import words, find_in_order, flat   # the same tokeniser the checker uses
import packlib
from packlib import Quotes, render_docx, render_html, render_rl, render_groff, merge_and_number, page_count, pdf_pages_text
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
import pack_cabinet, pack_standards

RENDER = {"docx": render_docx, "html": render_html, "rl": render_rl, "groff": render_groff}
SOURCES = [{"pdf": "report.pdf", "title": "Best Value Inspection of Corrington Metropolitan Borough Council", "role": "report"},
           {"pdf": "letter.pdf", "title": "Letter from the Secretary of State to the Chief Executive of Corrington Metropolitan Borough Council",
            "role": "letter", "alias": "Secretary of State’s letter of 22 January 2025"}]


def cover_pdf(mod, path):
    st = ParagraphStyle("s", fontName="Arial", fontSize=11, leading=15)
    big = ParagraphStyle("b", fontName="Arial-Bold", fontSize=30, leading=36, spaceAfter=20)
    mid = ParagraphStyle("m", fontName="Arial-Bold", fontSize=16, leading=21, spaceAfter=8)
    story = [Paragraph("Corrington Metropolitan Borough Council", mid), Spacer(1, 30 * mm), Paragraph("Agenda", big),
             Paragraph(mod.COMMITTEE, mid), Paragraph(mod.DATE, st), Paragraph(mod.VENUE, st), Spacer(1, 14 * mm),
             Paragraph("<b>Membership</b>", st)] + [Paragraph(m, st) for m in mod.MEMBERS] + [
             Spacer(1, 14 * mm), Paragraph("<b>Contact:</b> " + mod.CONTACT, st), Spacer(1, 6 * mm),
             Paragraph("This agenda and the reports are available on the council’s website (CMIS) at www.corrington.gov.uk/cmis. "
                       "Meetings are webcast live; by entering the meeting room you consent to being filmed.", st)]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                      bottomMargin=25 * mm).build(story)


def agenda_pdf(mod, path, items):
    st = ParagraphStyle("s", fontName="Arial", fontSize=11.5, leading=15.5)
    h = ParagraphStyle("h", fontName="Arial-Bold", fontSize=15, leading=19, spaceAfter=10)
    story = [Paragraph(mod.COMMITTEE.upper() + " – AGENDA", h), Paragraph(mod.DATE + ", " + mod.VENUE, st), Spacer(1, 8 * mm)]
    rows = []
    for num, title, rng in items:
        rows.append([Paragraph(f"<b>{num}.</b>", st), Paragraph(f"<b>{title}</b>", st),
                     Paragraph(("(Page %d)" % rng[0] if rng[0] == rng[1] else f"(Pages {rng[0]} - {rng[1]})") if rng else "", st)])
    t = Table(rows, colWidths=[12 * mm, 115 * mm, 35 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]))
    story += [t, Spacer(1, 8 * mm),
              Paragraph("Members of the public may ask questions at meetings of the Cabinet and its committees in accordance with the Council Procedure Rules. "
                        "Please contact Democratic Services by 12 noon three clear working days before the meeting.", st)]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=25 * mm,
                      bottomMargin=25 * mm).build(story)


def build(mod, name, extra_items_before, extra_items_after):
    Q = Quotes()
    papers = mod.papers(Q)
    files = []
    for num, title, kind, blocks, footer in papers:
        path = packlib.WORK / f"{name}-item{num}.pdf"
        RENDER[kind](blocks, path, footer)
        files.append((num, title, path, page_count(path)))
    cover = packlib.WORK / f"{name}-cover.pdf"; cover_pdf(mod, cover)
    # page ranges, numbered from the first paper (CMIS: cover and agenda unnumbered)
    start = 1; ranges = {}
    for num, title, path, n in files:
        ranges[num] = (start, start + n - 1); start += n
    agenda_items = [(k, v, None) for k, v in mod.SHORT_ITEMS.items()] + \
                   [(num, title, ranges[num]) for num, title, _, _ in files] + [(k, v, None) for k, v in mod.LATE_ITEMS.items()]
    agenda = packlib.WORK / f"{name}-agenda.pdf"; agenda_pdf(mod, agenda, agenda_items)
    offset = 1 + page_count(agenda)
    out = f"pack-{name}.pdf"
    merge_and_number([cover, agenda] + [f[2] for f in files], out, offset)
    pages = pdf_pages_text(out)
    items = [{"number": num, "title": title, "first_page": ranges[num][0] + offset, "last_page": ranges[num][1] + offset}
             for num, title, _, _ in files]
    by_item = {i["number"]: i for i in items}
    problems = []
    for k, q in enumerate(Q.labels, 1):
        q["id"] = f"Q{k}"
        it = by_item[q["item"]]
        head = words(q["text"])[:6]
        for p in range(it["first_page"], it["last_page"] + 1):
            if find_in_order(words(pages[p - 1]), head) is not None:
                q["pack_page"] = p
                break
        if q["pack_page"] is None:
            problems.append(f"{q['id']} not found in item {q['item']}: {q['text'][:50]}")
        elif flat(q["text"]) not in flat("\n".join(pages)) and " ".join(words(q["text"])) not in " ".join(words("\n".join(pages))):
            problems.append(f"{q['id']} broken in the text (page break or cell wrap?): {q['text'][:50]}")
        if not q["concerns"]:
            for key in ("verdict", "citation", "section", "source", "cited", "cited_pages"):
                q.pop(key, None)
        for key in ("source_text", "context_dropped"):
            if q.get(key) is None:
                q.pop(key, None)
    labels = {"pack": out, "title": mod.TITLE, "publisher": "CMIS", "pages": len(pages), "printed_page_offset": offset,
              "producer": "papers: python-docx + LibreOffice, HTML + Chromium, reportlab, groff -ms; cover and agenda reportlab; merged and stamped with pypdf",
              "sources": SOURCES,
              "furniture": ["^\\s*Page \\d+\\s*$", "^\\s*Page \\d+ of \\d+\\s*$"] +
                           ["^\\s*" + re.escape(f[4]) + "(\\s+Page \\d+ of \\d+)?\\s*$" for f in papers],
              "image_only_pages": [], "blank_pages": [],
              "agenda": [{"number": n, "title": t, "papers": r is not None} for n, t, r in agenda_items],
              "items": items, "quotes": Q.labels}
    json.dump(labels, open(f"pack-{name}.labels.json", "w"), indent=1, ensure_ascii=False)
    c = sum(q["concerns"] for q in Q.labels)
    verdicts = sorted({q["verdict"][0] for q in Q.labels if q["concerns"]})
    print(f"{out}: {len(pages)} pages, offset {offset}, {len(Q.labels)} quotations ({c} concern the sources, {len(Q.labels) - c} do not); verdicts {verdicts}")
    for p in problems:
        print("  PROBLEM", p)


if __name__ == "__main__":
    which = sys.argv[1:] or ["cabinet", "standards"]
    if "cabinet" in which:
        build(pack_cabinet, "cabinet", None, None)
    if "standards" in which:
        build(pack_standards, "standards", None, None)
