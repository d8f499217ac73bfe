#!/opt/blindtools/bin/python
# -*- coding: utf-8 -*-
"""Draw the two Ulverdale agenda packs.

Each paper is HTML rendered by wkhtmltopdf (papers with their own "Page X of Y" get a
wkhtmltopdf footer; appendix tables are rendered landscape; the scanned letters are rasterised
and put back as an image-only page). The papers are merged with pypdf and the pack's own stamps
(modern.gov: "Page N" at the foot and "Agenda Item N" banners; CMIS: the bare pack page number
bottom-centre) are drawn by a reportlab overlay merged onto each page.

Run build.py first (the scanned letter in pack 1 takes its words from it).
Writes pack-council.pdf, pack-cabinet.pdf and their .labels.json.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import packs_common as PC  # noqa: E402
import pack_council as P1  # noqa: E402
import pack_cabinet as P2  # noqa: E402

REPORT = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
LETTER = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))
SOURCES = [{"pdf": "report.pdf", "title": REPORT["title"], "role": "report"},
           {"pdf": "letter.pdf", "title": LETTER["title"], "role": "letter",
            "alias": "Letter from SoS to CEX 04/02/25"}]
OWN = "Page [page] of [topage]"


def place_quotes(quotes, items, pages):
    by_item = {i["number"]: i for i in items}
    problems = 0
    for qd in quotes:
        it = by_item[qd["item"]]
        page = PC.locate(pages, qd["text"], it["first_page"], it["last_page"])
        if page is None:
            print(f"  !! {qd['id']} not found whole on one page of item {qd['item']}: {qd['text'][:50]}")
            problems += 1
        qd["pack_page"] = page
    return problems


def order(q):
    keys = ["id", "text", "concerns", "item", "pack_page", "verdict", "citation", "section", "source",
            "cited", "cited_pages", "cited_document", "source_text", "context_dropped", "kind",
            "strict", "note"]
    return {k: q[k] for k in keys if k in q}


# ------------------------------------------------------------------ pack 1: modern.gov

def build_council():
    css = P1.CSS
    items = [  # (number, title, [pdfs])
        ("3", "Minutes of the Previous Meeting", [PC.render("c-minutes", P1.minutes(), css)]),
        ("5", "Public Questions", [PC.render("c-pq", P1.public_questions(), css)]),
        ("6", "Best Value Inspection and Proposed Statutory Intervention", [
            PC.render("c-cx", P1.cx_report(), css, footer_right=OWN,
                      footer_left="Council 12 February 2025 – Best Value Inspection"),
            PC.render("c-app1", P1.appendix1(), css + ".grid td, .grid th { padding: 2pt 5pt; }", landscape=True, footer_right=OWN,
                      footer_left="Appendix 1"),
            PC.scanned("c-app2", P1.scanned_letter(), css, seed=11),
            PC.render("c-app3", P1.appendix3(), css, footer_right=OWN, footer_left="Appendix 3"),
            PC.render("c-app4", P1.appendix4(), css, footer_right=OWN, footer_left="Appendix 4"),
        ]),
        ("7", "Notice of Motion: Best Value Inspection", [PC.render("c-motion", P1.motion(), css)]),
        ("8", "Amendment to the Notice of Motion at Item 7",
         [PC.render("c-amend", P1.amendment(), css)]),
        ("9", "Questions from Members", [PC.render("c-mq", P1.members_questions(), css)]),
        ("10", "Minutes of the Audit and Governance Committee",
         [PC.render("c-agmin", P1.audit_minutes(), css)]),
    ]
    # cover and agenda carry no stamp; the pack's "Page N" starts on the first paper
    probe_c = PC.render("c-cover-probe", P1.cover(), css)
    probe_a = PC.render("c-agenda-probe", P1.agenda({n: (10, 99) for n, _, _ in items}), css)
    offset = PC.npages(probe_c) + PC.npages(probe_a)
    pdf_page = offset + 1
    ranges, item_rows, banners, image_only, landscape = {}, [], {}, [], []
    for number, title, pdfs in items:
        first = pdf_page
        for pdf in pdfs:
            n = PC.npages(pdf)
            if "app2" in pdf.name:
                image_only += list(range(pdf_page, pdf_page + n))
            if "app1" in pdf.name:
                landscape += list(range(pdf_page, pdf_page + n))
            pdf_page += n
        last = pdf_page - 1
        ranges[number] = (first - offset, last - offset)
        banners[first] = f"Agenda Item {number}"
        item_rows.append({"number": number, "title": title, "first_page": first, "last_page": last})
    cover = PC.render("c-cover", P1.cover(), css)
    agenda = PC.render("c-agenda", P1.agenda(ranges), css)
    assert PC.npages(cover) + PC.npages(agenda) == offset

    def stamps(n):
        d = []
        if n > offset:
            d.append(("foot-centre", f"Page {n - offset}"))
        if n in banners:
            d.append(("banner", banners[n]))
        return d

    parts = [cover, agenda] + [p for _, _, pdfs in items for p in pdfs]
    out = HERE / "pack-council.pdf"
    total = PC.merge_and_stamp(parts, out, stamps)
    pages = PC.pdf_pages(out)
    quotes = P1.labels()
    bad = place_quotes(quotes, item_rows, pages)
    agenda_rows = [
        {"number": "1", "title": "Apologies for Absence", "papers": False},
        {"number": "2", "title": "Declarations of Interest", "papers": False},
        {"number": "3", "title": "Minutes of the Previous Meeting", "papers": True},
        {"number": "4", "title": "Announcements", "papers": False},
        {"number": "5", "title": "Public Questions", "papers": True},
        {"number": "6", "title": "Best Value Inspection and Proposed Statutory Intervention", "papers": True},
        {"number": "7", "title": "Notice of Motion: Best Value Inspection", "papers": True},
        {"number": "8", "title": "Amendment to the Notice of Motion at Item 7", "papers": True},
        {"number": "9", "title": "Questions from Members", "papers": True},
        {"number": "10", "title": "Minutes of the Audit and Governance Committee", "papers": True},
    ]
    labels = {"pack": out.name, "title": P1.TITLE, "publisher": "modern.gov", "pages": total,
              "printed_page_offset": offset, "sources": SOURCES,
              "furniture": [r"^\s*Page \d+\s*$", r"^\s*Agenda Item \d+\s*$",
                            r"^\s*Page \d+ of \d+\s*$", r"^\s*Public Document Pack\s*$",
                            r"^Council 12 February 2025 – Best Value Inspection$",
                            r"^Appendix [134]$"],
              "image_only_pages": image_only, "blank_pages": [], "landscape_pages": landscape,
              "agenda": agenda_rows, "items": item_rows, "quotes": [order(q) for q in quotes]}
    (HERE / "pack-council.labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1),
                                                   encoding="utf-8")
    print(f"pack-council.pdf: {total} pages, {len(quotes)} quotations, {bad} not placed; "
          f"items {[(i['number'], i['first_page'], i['last_page']) for i in item_rows]}; "
          f"image-only {image_only}, landscape {landscape}")


# ------------------------------------------------------------------ pack 2: CMIS

def build_cabinet():
    css = P2.CSS
    foot = dict(footer_right=OWN, footer_left=P2.FOOT_L)
    items = [
        ("3", "Minutes of the meeting held on 11 February 2025",
         [PC.render("k-min", P2.minutes(), css, **foot)]),
        ("4", "Deputations and petitions", [PC.render("k-dep", P2.deputations(), css, **foot)]),
        ("5", "Best Value Inspection: Improvement and Recovery Plan", [
            PC.render("k-bv", P2.bv_report(), css, **foot),
            PC.render("k-appA", P2.action_plan(), css, landscape=True, **foot),
            PC.scanned("k-appB", P2.commissioner_letter(), css, seed=5),
            PC.render("k-appC", P2.head(5, "Best Value Inspection: Improvement and Recovery Plan")
                      + P1.appendix4("Draft Improvement and Recovery Plan", "6 March 2025", "Appendix C"),
                      css, **foot),
        ]),
        ("6", "Revenue Budget Monitoring 2024/25 – Quarter 3",
         [PC.render("k-rbm", P2.budget_monitoring(), css, **foot),
          PC.render("k-rbm-app", P2.budget_appendices(), css, **foot)]),
        ("7", "Castlegate Centre – Options Appraisal", [PC.render("k-cg", P2.castlegate(), css, **foot),
                                                        PC.render("k-cg-app", P2.castlegate_appendix(), css, **foot)]),
        ("8", "Ulverdale Local Plan Review – Regulation 18 Consultation",
         [PC.render("k-lp", P2.local_plan(), css, **foot),
          PC.render("k-lp-app", P2.local_plan_appendix(), css, landscape=True, **foot)]),
        ("9", "Recommendations of the Overview and Scrutiny Management Board: Best Value Inspection",
         [PC.render("k-osmb", P2.scrutiny_recs(), css, **foot)]),
        ("10", "Forward Plan of Key Decisions", [PC.render("k-fp", P2.forward_plan(), css, **foot)]),
    ]
    # the cover runs to a fixed number of pages whatever the ranges say
    probe = PC.render("k-cover-probe", P2.cover({n: (10, 99) for n, _, _ in items}), css, **foot)
    cover_n = PC.npages(probe)
    pdf_page = cover_n + 1
    ranges, item_rows, image_only, landscape = {}, [], [], []
    for number, title, pdfs in items:
        first = pdf_page
        for pdf in pdfs:
            n = PC.npages(pdf)
            if "appB" in pdf.name:
                image_only += list(range(pdf_page, pdf_page + n))
            if "appA" in pdf.name:
                landscape += list(range(pdf_page, pdf_page + n))
            pdf_page += n
        item_rows.append({"number": number, "title": title, "first_page": first,
                          "last_page": pdf_page - 1})
        ranges[number] = (first, pdf_page - 1)
    cover = PC.render("k-cover", P2.cover(ranges), css, **foot)
    assert PC.npages(cover) == cover_n

    parts = [cover] + [p for _, _, pdfs in items for p in pdfs]
    out = HERE / "pack-cabinet.pdf"
    total = PC.merge_and_stamp(parts, out, lambda n: [("foot-centre-bold", str(n))])
    pages = PC.pdf_pages(out)
    quotes = P2.labels()
    bad = place_quotes(quotes, item_rows, pages)
    agenda_rows = [{"number": "1", "title": "Apologies for absence", "papers": False},
                   {"number": "2", "title": "Declarations of interest", "papers": False}] + \
                  [{"number": i["number"], "title": i["title"], "papers": True} for i in item_rows]
    labels = {"pack": out.name, "title": P2.TITLE, "publisher": "CMIS", "pages": total,
              "printed_page_offset": 0, "sources": SOURCES,
              "furniture": [r"^\s*\d+\s*$", r"^\s*Page \d+ of \d+\s*$", r"^Cabinet – 18 March 2025$",
                            r"^Ulverdale Metropolitan Borough Council – Cabinet – 18 March 2025$"],
              "image_only_pages": image_only, "blank_pages": [], "landscape_pages": landscape,
              "agenda": agenda_rows, "items": item_rows, "quotes": [order(q) for q in quotes]}
    (HERE / "pack-cabinet.labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1),
                                                   encoding="utf-8")
    print(f"pack-cabinet.pdf: {total} pages, {len(quotes)} quotations, {bad} not placed; "
          f"items {[(i['number'], i['first_page'], i['last_page']) for i in item_rows]}; "
          f"image-only {image_only}, landscape {landscape}")


if __name__ == "__main__":
    build_council()
    build_cabinet()
