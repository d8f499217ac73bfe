# -*- coding: utf-8 -*-
"""Draw the two CMIS-style agenda packs of Lydford MBC and their labels.

Papers are produced the way the council's officers would: the cover and agenda by the
committee system (reportlab), officers' reports written in Word and saved to PDF
(python-docx -> LibreOffice), internal audit's report from its HTML template (weasyprint),
the Monitoring Officer's notices from groff -ms, the rest reportlab.  pypdf merges them and
stamps the pack's page number bottom-centre.  Run: /opt/blindtools/bin/python build_packs.py
"""
import json
from packlib import (q, other, LABELS, CUR, reportlab_paper, docx_paper, html_paper, groff_paper,
                     pages_of, assemble, locate, HERE, BUILD)

REPORT = {"pdf": "report.pdf", "title": "Best Value Inspection of Lydford Metropolitan Borough Council", "role": "report"}
LETTER = {"pdf": "letter.pdf", "title": "Letter from the Secretary of State to the Chief Executive of Lydford Metropolitan Borough Council, 20 May 2025",
          "role": "letter", "alias": "Letter from SoS to CEX 20/05/25"}


def build_pack(name, committee, date, time_, venue, members, agenda, papers_fn):
    """agenda: list of (number, title, has_papers); papers_fn(item) -> list of pdf paths."""
    LABELS.clear()
    item_pdfs = {}
    for number, ititle, has in agenda:
        CUR["item"] = number
        if has:
            item_pdfs[number] = papers_fn(number)
    offset = 2
    items, page = [], offset + 1
    for number, ititle, has in agenda:
        if not has:
            continue
        n = sum(pages_of(p) for p in item_pdfs[number])
        items.append({"number": number, "title": ititle, "first_page": page, "last_page": page + n - 1})
        page += n
    # cover and agenda
    cover = [("sp", 30), ("h1", "Lydford Metropolitan Borough Council"), ("sp", 8),
             ("h1", "Agenda"), ("sp", 4), ("h2", committee), ("sp", 4),
             ("p", "Date: " + date), ("p", "Time: " + time_), ("p", "Venue: " + venue), ("sp", 8),
             ("p", "Membership: " + members), ("sp", 10),
             ("small", "Contact: Democratic Services, Council House, Victoria Square, Lydford. "
                       "Tel 0121 496 0000. Email democratic.services@lydford.gov.uk"),
             ("small", "Agenda published on the council's website (CMIS). This meeting may be filmed or "
                       "recorded. Members of the public are welcome to attend the public part of the meeting.")]
    c_pdf = reportlab_paper(name + "-cover", cover, numbered=False)
    rows = [["Item", "Business", "Pages"]]
    for number, ititle, has in agenda:
        it = next((i for i in items if i["number"] == number), None)
        pr = "(Pages %d - %d)" % (it["first_page"] - offset, it["last_page"] - offset) if it else ""
        rows.append([number, ititle, pr])
    ag = [("h1", "Agenda"), ("p", committee + " \u2013 " + date), ("table", rows, [14, 118, 32])]
    a_pdf = reportlab_paper(name + "-agenda", ag, numbered=False)
    papers = [p for number, _, has in agenda if has for p in item_pdfs[number]]
    out = HERE / f"pack-{name}.pdf"
    banners = {i["first_page"]: "Item %s \u2013 %s" % (i["number"], i["title"]) for i in items}
    assemble(out, [c_pdf, a_pdf], papers, offset, banners)
    labels = [dict(l) for l in LABELS]
    npages = locate(out, labels, items)
    data = {"pack": out.name, "title": "Lydford Metropolitan Borough Council, %s, %s" % (committee, date),
            "publisher": "CMIS", "pages": npages, "printed_page_offset": offset,
            "sources": [REPORT, LETTER],
            "furniture": ["^\\s*Page \\d+\\s*$", "^\\s*Page \\d+ of \\d+\\s*$", "^\\s*Item \\d+ \u2013 .+$"],
            "image_only_pages": [], "blank_pages": [],
            "agenda": [{"number": n, "title": t, "papers": h} for n, t, h in agenda],
            "items": items, "quotes": labels}
    (HERE / f"pack-{name}.labels.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(out.name, npages, "pages,", len(labels), "quotations")


if __name__ == "__main__":
    import sys
    which = sys.argv[1:] or ["cabinet", "audit"]
    if "cabinet" in which:
        import pack_cabinet
        build_pack("cabinet", *pack_cabinet.META, pack_cabinet.papers)
    if "audit" in which:
        import pack_audit
        build_pack("audit", *pack_audit.META, pack_audit.papers)
