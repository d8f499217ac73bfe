#!/opt/blindtools/bin/python
"""Draw pack-council.pdf (modern.gov style) and pack-audit.pdf (CMIS style) with reportlab,
then write pack-*.labels.json (pack_page of each quotation found with pdftotext)."""
import os, json, sys
HERE = os.path.dirname(os.path.abspath(__file__)); os.chdir(HERE); sys.path.insert(0, HERE)
from packlib import *
import council_content, audit_content

REPORT_TITLE = json.load(open("report.json"))["title"]
LETTER_TITLE = json.load(open("letter.json"))["title"]
SOURCES = [{"pdf": "report.pdf", "title": REPORT_TITLE, "role": "report"},
           {"pdf": "letter.pdf", "title": LETTER_TITLE, "role": "letter", "alias": "Letter from Minister to CEX 20/02/25"}]

def build(pdf, content, style, prev):
    """prev: page log of the previous pass (list of (page, item, paper)) or None."""
    state = {"item": None, "paper": None}
    log = []
    # ranges from previous pass
    item_rng, paper_rng = {}, {}
    if prev:
        for pg, it, pa in prev:
            a, b = item_rng.get(it, (pg, pg)); item_rng[it] = (min(a, pg), max(b, pg))
            if pa:
                a, b = paper_rng.get(pa, (pg, pg)); paper_rng[pa] = (min(a, pg), max(b, pg))
    front = (item_rng.get("agenda", (0, 0))[1]) if prev else 0
    def on_end(canv, doc):
        pg = canv.getPageNumber()
        log.append((pg, state["item"], state.get("paper")))
        canv.saveState()
        if style == "modern.gov":
            canv.setFont("Helvetica", 10)
            if prev and pg > front:
                canv.drawCentredString(W / 2, 12 * mm, "Page %d" % (pg - front))
            it = state["item"]
            if prev and it in item_rng and item_rng[it][0] == pg and it not in ("cover", "agenda"):
                canv.setFont("Helvetica-Bold", 12)
                canv.rect(W - 62 * mm, H - 16 * mm, 44 * mm, 9 * mm)
                canv.drawCentredString(W - 40 * mm, H - 13 * mm, "Agenda Item %s" % it)
        else:
            canv.setFont("Helvetica", 9)
            if pg >= 2:
                canv.drawCentredString(W / 2, 10 * mm, "%d" % pg)
            pa = state.get("paper")
            if prev and pa in paper_rng:
                a, b = paper_rng[pa]
                canv.drawRightString(W - 20 * mm, 17 * mm, "Page %d of %d" % (pg - a + 1, b - a + 1))
        canv.restoreState()
    doc = BaseDocTemplate(pdf, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=22 * mm, bottomMargin=26 * mm,
                          title=content.TITLE, author="Hollinsford Council", creator=("modern.gov" if style == "modern.gov" else "CMIS"))
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=on_end)])
    R = Registry()
    S = styles("Helvetica" if style == "modern.gov" else "Times-Roman", 10.5 if style == "modern.gov" else 12)
    # printed page ranges of items for the agenda
    pages = {}
    for it, (a, b) in item_rng.items():
        if it in ("cover", "agenda"): continue
        pages[it] = (a - front, b - front) if style == "modern.gov" else (a, b)
    doc.build(content.story(R, S, state, pages))
    return log, R, item_rng, front

def make(pdf, content, style, labels_name, furniture):
    log = None
    for _ in range(4):
        new, R, item_rng, front = build(pdf, content, style, log)
        if new == log: break
        log = new
    else:
        raise SystemExit("layout did not settle")
    items = []
    for num, title, papers in content.AGENDA:
        if papers:
            a, b = item_rng[num]
            items.append({"number": num, "title": title, "first_page": a, "last_page": b})
    n = locate_quotes(pdf, R.quotes, items, furniture)
    labels = {"pack": pdf, "title": content.TITLE, "publisher": style, "pages": n,
              "printed_page_offset": front if style == "modern.gov" else 0,
              "sources": SOURCES, "furniture": furniture, "image_only_pages": [], "blank_pages": [],
              "agenda": [{"number": a, "title": t, "papers": p} for a, t, p in content.AGENDA],
              "items": items, "quotes": R.quotes}
    json.dump(labels, open(labels_name, "w"), indent=1, ensure_ascii=False)
    print(pdf, n, "pages,", len(R.quotes), "quotations,", sum(1 for q in R.quotes if not q["concerns"]), "not concerning")

make("pack-council.pdf", council_content, "modern.gov", "pack-council.labels.json",
     ["^\\s*Page \\d+\\s*$", "^\\s*Agenda Item \\d+\\s*$"])
make("pack-audit.pdf", audit_content, "CMIS", "pack-audit.labels.json",
     ["^\\s*Page \\d+ of \\d+\\s*$", "^\\s*\\d+\\s*$"])
