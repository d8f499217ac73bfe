"""Build the two modern.gov-style agenda packs and their labels.

    /opt/blindtools/bin/python build_packs.py

Each paper is made the way a council makes it (python-docx then LibreOffice, HTML then
Chromium, reportlab), the cover and agenda are drawn separately with reportlab, everything is
merged with pypdf and every page after the agenda is stamped "Page N" at the foot, with an
"Agenda Item N" banner on the first page of each item's papers. Quotation labels are kept in
pack_labels_src.py; this script finds the page each one starts on (within its item's pages)."""
import json, sys, re
from pathlib import Path
from packlib import *
import pack_council, pack_scrutiny, pack_labels_src

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
import check_labels as cl


def cover_and_agenda(name, meta, items, offset_pages, first_numbered):
    """Cover (1 page) + agenda; items: list of (number, title, note, pages or None)."""
    S = SS
    cover = [Spacer(1, 12 * mm), Paragraph("Public Document Pack", ParagraphStyle("pdp", parent=S["h1"], fontSize=20, leading=24)),
             Spacer(1, 14 * mm), Paragraph("HEMBURY CITY COUNCIL", S["h1"]), Spacer(1, 6 * mm)]
    for k, v in meta["cover"]:
        cover.append(Paragraph(f"<b>{esc(k)}</b> {esc(v)}", S["body"]))
    cover += [Spacer(1, 8 * mm), Paragraph(esc(meta["membership"]), S["body"]), Spacer(1, 8 * mm),
              Paragraph(esc(meta["contact"]), S["small"]), Spacer(1, 6 * mm),
              Paragraph(esc(meta["chief"]), S["body"]), PageBreak()]
    ag = [Paragraph("AGENDA", S["h1"]), Paragraph("PART I – ITEMS WHICH ARE LIKELY TO BE CONSIDERED WITH THE PRESS AND PUBLIC PRESENT", S["h2"])]
    rows = []
    for number, title, note, span in items:
        right = f"(Pages {span[0]} - {span[1]})" if span and span[0] != span[1] else (f"(Page {span[0]})" if span else "")
        body = f"<b>{esc(title)}</b>" + (f"<br/>{esc(note)}" if note else "")
        rows.append([Paragraph(f"<b>{esc(number)}.</b>", S["cell"]), Paragraph(body, S["cell"]), Paragraph(right, S["cell"])])
    t = Table(rows, colWidths=[14 * mm, 120 * mm, 36 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 10)]))
    ag += [t, Spacer(1, 8 * mm), Paragraph(esc(meta["agenda_foot"]), S["small"])]
    out = BUILD / f"{name}_front.pdf"
    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
    doc.build(cover + ag)
    return out


def build(name, module):
    spec = module.SPEC
    papers = spec["papers"]()              # list of (item number, pdf path)
    agenda_items = spec["agenda"]
    # page ranges: numbering starts at 1 on the first paper
    spans, n = {}, 1
    for item, pdf in papers:
        k = n_pages(pdf)
        first, last = spans.get(item, (n, n))[0], n + k - 1
        spans[item] = (first, last)
        n += k
    items = [(num, title, note, spans.get(num)) for num, title, note in agenda_items]
    front = cover_and_agenda(name, spec["meta"], items, None, None)
    offset = n_pages(front)
    seen, stamped = set(), []
    for item, pdf in papers:
        banner = None if item in seen else f"Agenda Item {item}"
        seen.add(item)
        stamped.append((pdf, banner))
    out = HERE / f"{name}.pdf"
    merge_and_stamp(out, [front], stamped, offset)
    pages = cl.rendered_pages(out)
    total = len(pages)
    item_pages = {k: (v[0] + offset, v[1] + offset) for k, v in spans.items()}
    labels = {"pack": out.name, "title": spec["title"], "publisher": "modern.gov", "pages": total,
              "printed_page_offset": offset,
              "sources": [{"pdf": "report.pdf", "title": "Best Value Inspection of Hembury City Council", "role": "report"},
                          {"pdf": "letter.pdf", "title": "Letter from the Secretary of State to the Chief Executive of Hembury City Council, 14 May 2025",
                           "role": "letter", "alias": "Secretary of State's letter of 14 May 2025"}],
              "furniture": ["^\\s*Page \\d+\\s*$", "^\\s*Agenda Item \\d+[a-z]?\\s*$", "^\\s*Page \\d+ of \\d+\\s*$",
                            "^.*\\t*Page \\d+ of \\d+\\s*$"] + spec["furniture"],
              "image_only_pages": [], "blank_pages": [],
              "agenda": [{"number": num, "title": title, "papers": num in spans} for num, title, note in agenda_items],
              "items": [{"number": num, "title": title, "first_page": item_pages[num][0], "last_page": item_pages[num][1]}
                        for num, title, note in agenda_items if num in spans],
              "quotes": []}
    for q in pack_labels_src.QUOTES[name]:
        q = dict(q)
        lo, hi = item_pages[q["item"]]
        head = cl.words(q["text"])[:6]
        skip = q.pop("occurrence", 1)
        found = None
        needle = cl.words(q["text"])
        for p in range(lo, hi + 1):
            toks = cl.words(pages[p - 1])
            count = sum(1 for i in range(len(toks)) if toks[i:i + len(needle)] == needle)
            if count == 0 and skip == 1 and cl.find_in_order(toks, head) is not None:
                count = 1          # the quotation runs on to the next page
            if count >= skip:
                found = p
                break
            skip -= count
        if found is None:
            print("NOT PLACED", name, q["id"], q["text"][:50])
        q["pack_page"] = found
        labels["quotes"].append(q)
    (HERE / f"{name}.labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1), encoding="utf-8")
    print(name, total, "pages; offset", offset, "; items", {k: v for k, v in item_pages.items()},
          "; quotes", len(labels["quotes"]))


if __name__ == "__main__":
    which = sys.argv[1:] or ["pack-council", "pack-scrutiny"]
    for name in which:
        build(name, pack_council if name == "pack-council" else pack_scrutiny)
