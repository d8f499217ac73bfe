# Draws pack-full-council.pdf (modern.gov style) and pack-cabinet.pdf (CMIS style) with
# reportlab, then writes pack-*.labels.json, locating every labelled quotation's pack_page
# by reading the rendering back with pdftotext.
#   cd blind/sets/greyhaven && /opt/blindtools/bin/python build_packs.py
import json, os, sys
os.chdir(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ".")
from packlib import *
import pack_fc, pack_cab

SOURCES = [{"pdf": "report.pdf", "title": REPORT["title"], "role": "report"},
           {"pdf": "letter.pdf", "title": LETTER["title"], "role": "letter",
            "alias": "Letter from SoS to CEX 16/01/25"}]


def render(mod, pdf, publisher, prev):
    pk = Pack(pdf)
    st = {"item_first": {}, "paper": None, "paper_first": {}, "banner": {}, "paper_of_page": {}}
    story = mod.story(pk, st, prev)
    counts = prev.get("paper_counts", {})

    def deco(canv, doc):
        n = canv.getPageNumber()
        st["paper_of_page"][n] = st["paper"]
        W, Hh = A4
        canv.saveState()
        if publisher == "modern.gov":
            if n > 3:
                canv.setFont("Helvetica-Bold", 10)
                canv.drawCentredString(W / 2, 9 * mm, "Page %d" % (n - 3))
            if n in st["banner"]:
                canv.setFont("Helvetica-Bold", 13)
                canv.drawRightString(W - 18 * mm, Hh - 12 * mm, st["banner"][n])
            p = st["paper"]
            if p in mod.OWN_FOOTER and n > 3:
                x = n - st["paper_first"][p] + 1
                canv.setFont("Helvetica", 8.5)
                canv.drawRightString(W - 20 * mm, 17 * mm, "Page %d of %d" % (x, counts.get(p, 99)))
        else:  # CMIS
            canv.setFont("Helvetica", 9)
            canv.drawCentredString(W / 2, 8 * mm, "%d" % n)
            p = st["paper"]
            if p is not None:
                x = n - st["paper_first"][p] + 1
                canv.setFont("Helvetica", 8.5)
                canv.drawRightString(W - 20 * mm, 16 * mm, "Page %d of %d" % (x, counts.get(p, 99)))
                canv.drawString(20 * mm, 16 * mm, mod.PAPER_FOOT.get(p, ""))
        canv.restoreState()

    doc = BaseDocTemplate(pdf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=20 * mm, bottomMargin=26 * mm, title=mod.TITLE,
                          author="Greyhaven Borough Council")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPageEnd=deco)])
    doc.build(story)
    total = max(st["paper_of_page"])
    # spans of items and papers
    firsts = sorted(st["item_first"].items(), key=lambda kv: kv[1])
    item_pages = {}
    for i, (num, f) in enumerate(firsts):
        last = firsts[i + 1][1] - 1 if i + 1 < len(firsts) else total
        item_pages[num] = (f, last)
    pc = {}
    for n, p in st["paper_of_page"].items():
        if p is not None:
            pc[p] = pc.get(p, 0) + 1
    return pk, {"item_pages": item_pages, "paper_counts": pc, "total": total}


def locate(pk, info, pdf):
    pages = [norm(t) for t in pdftext_pages(pdf)]
    problems = []
    for q in pk.quotes:
        a, b = info["item_pages"][q["item"]]
        t = norm(q["text"])
        hits = [n for n in range(a, b + 1) if t in pages[n - 1]]
        if not hits:
            # quotation broken over a page: find the page holding its start
            for k in range(len(t), 10, -5):
                hits = [n for n in range(a, b + 1) if pages[n - 1].endswith(t[:k]) or (t[:k] in pages[n - 1] and k < len(t))]
                if hits:
                    break
        if not hits:
            problems.append(q["id"])
            continue
        q["pack_page"] = hits[0]
    return problems


def main():
    for mod, pdf, publisher, off in [(pack_fc, "pack-full-council.pdf", "modern.gov", 3),
                                     (pack_cab, "pack-cabinet.pdf", "CMIS", 0)]:
        pk, info = render(mod, pdf, publisher, {})
        pk, info2 = render(mod, pdf, publisher, info)
        assert info2["item_pages"] == info["item_pages"], (info, info2)
        assert info2["paper_counts"] == info["paper_counts"]
        probs = locate(pk, info2, pdf)
        if probs:
            print("NOT LOCATED:", probs)
        agenda = [{"number": a[0], "title": a[1], "papers": a[2]} for a in mod.AGENDA]
        items = []
        for a in mod.AGENDA:
            if a[0] in info2["item_pages"]:
                f, l = info2["item_pages"][a[0]]
                items.append({"number": a[0], "title": a[1], "first_page": f, "last_page": l})
        labels = {"pack": pdf, "title": mod.TITLE, "publisher": publisher,
                  "pages": info2["total"], "printed_page_offset": off,
                  "sources": SOURCES, "furniture": mod.FURNITURE,
                  "image_only_pages": [], "blank_pages": [],
                  "agenda": agenda, "items": items, "quotes": pk.quotes}
        json.dump(labels, open(pdf.replace(".pdf", ".labels.json"), "w"), ensure_ascii=False, indent=1)
        print(pdf, info2["total"], "pages,", len(pk.quotes), "quotes,",
              sum(1 for q in pk.quotes if not q["concerns"]), "not concerning")
        print("  items:", info2["item_pages"])


if __name__ == "__main__":
    main()
