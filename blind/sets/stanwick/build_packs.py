"""Build the two agenda packs in Stanwick District Council's own template, and their labels.

    /opt/blindtools/bin/python build_packs.py      (after build.py: the letter is Appendix A)
"""
import json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE / "packsrc"))
sys.path.insert(0, str(HERE.parent.parent))
import engine as E
import pack1 as P1
import pack2 as P2
import check_labels as ck

TMP = HERE / "packsrc" / "build"
SOURCES = [{"pdf": "report.pdf", "title": "Best Value Inspection of Stanwick District Council", "role": "report"},
           {"pdf": "letter.pdf", "title": "Letter from the Secretary of State to the Chief Executive of Stanwick District Council, 22 July 2025",
            "role": "letter", "alias": "Letter from SoS to CEX 22/07/25"}]
QUOTED = re.compile(r"\u201c([^\u201d]+)\u201d|\"([^\"]+)\"|\u2018([^\u2019]+)\u2019(?![a-z])")
FURNITURE = [r"^\s*Page \d+\s*$", r"^\s*Agenda Item \d+[a-z]?\s*$", r"^\s*Page \d+ of \d+\s*$",
             r"^\s*This page is intentionally left blank\s*$"]


def paper(name, producer, blocks, stamp=None):
    out = TMP / f"{name}.pdf"
    {"rl": E.rl_paper, "docx": E.docx_paper, "html": E.html_paper}[producer](blocks, out)
    if stamp:
        E.stamp_item(out, stamp)
    return out


def assemble(pack_name, cover_args, agenda_head, agenda_items, notes, papers_by_item, quotes, title):
    """papers_by_item: list of (number, title, desc, [pdf paths] or None)."""
    blank = TMP / "blank.pdf"; E.blank_page(blank)
    body, layout, page = [], [], 3          # cover = 1, agenda = 2
    blanks = []
    for num, ttl, desc, pdfs in papers_by_item:
        if not pdfs:
            layout.append((num, ttl, desc, None)); continue
        first = page
        for p in pdfs:
            body.append(p); page += E.npages(p)
        last = page - 1
        if (last - first + 1) % 2:          # duplex: each item's papers start on a right-hand page
            body.append(blank); blanks.append(page); page += 1
        layout.append((num, ttl, desc, (first, last)))
    rows = [(n, t, d, (f"(Pages {r[0]} - {r[1]})" if r else "")) for n, t, d, r in layout]
    cov = TMP / f"{pack_name}-cover.pdf"; E.cover(cov, *cover_args)
    ag = TMP / f"{pack_name}-agenda.pdf"; E.agenda(ag, agenda_head, rows, notes, 2)
    assert E.npages(ag) == 1, "agenda must fit one page"
    out = HERE / f"{pack_name}.pdf"
    E.merge([cov, ag] + body, out)
    # labels
    pages = ck.rendered_pages.__wrapped__(out)
    items = [{"number": n, "title": t, "first_page": r[0], "last_page": r[1]} for n, t, d, r in layout if r]
    spans = {i["number"]: (i["first_page"], i["last_page"]) for i in items}
    qs = []
    for q in quotes:
        q = dict(q); nth = q.pop("_nth", 0)
        a, b = spans[q["item"]]
        hits = []                            # pages where the words open a quotation
        head = ck.words(q["text"])[:6]
        for pg in range(a, b + 1):
            flat = " ".join(pages[pg - 1].split())
            for m in QUOTED.finditer(flat):
                if ck.words(next(g for g in m.groups() if g))[:6] == head:
                    hits.append(pg)
        assert len(hits) > nth, (q["id"], hits)
        q["pack_page"] = hits[nth]
        for k in ("source_text", "context_dropped"):
            if k in q and q[k] is None: del q[k]
        if not q["concerns"]:
            for k in ("verdict", "citation", "cited", "cited_pages", "cited_document", "section", "source"):
                q.pop(k, None)
        qs.append(q)
    labels = {"pack": out.name, "title": title, "publisher": "Stanwick District Council in-house template (neither modern.gov nor CMIS)",
              "pages": len(pages), "printed_page_offset": 0, "sources": SOURCES, "furniture": FURNITURE,
              "image_only_pages": [], "blank_pages": blanks,
              "agenda": [{"number": n, "title": t, "papers": bool(r)} for n, t, d, r in layout],
              "items": items, "quotes": qs}
    (HERE / f"{pack_name}.labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False))
    print(out.name, len(pages), "pages,", len(qs), "quotations; blanks", blanks)


NOTICE = ["Members of the Council are summoned to attend the meeting for the transaction",
          "of the business set out in the agenda.", "",
          "Chief Executive", "",
          "Enquiries: Democratic Services, 01632 960 300, democratic.services@stanwick.gov.uk",
          "The meeting will be webcast live and may be recorded. Members of the public are welcome",
          "to attend. Please tell us in advance if you need any assistance to do so."]


def pack1():
    t5 = "Best Value Inspection: the Administration's Response"
    p4 = paper("p1-item4", "rl", P1.item4, "Agenda Item 4")
    p5 = paper("p1-item5", "docx", P1.item5, "Agenda Item 5")
    p5b = paper("p1-item5-app2", "docx", P1.item5_app2)
    p7d = paper("p1-item7-appD", "docx", P1.item7_appD)
    p6 = paper("p1-item6", "html", P1.item6, "Agenda Item 6")
    p7 = paper("p1-item7", "docx", P1.item7, "Agenda Item 7")
    appA_cover = TMP / "p1-appA-cover.pdf"
    E.rl_paper([("space", 250), ("h1", "Appendix A"), ("p", "Letter from the Secretary of State for Housing, Communities and Local Government to the Chief Executive, 22 July 2025")], appA_cover)
    p7b = paper("p1-item7-appB", "docx", P1.app_b)
    p7c = paper("p1-item7-appC", "docx", P1.app_c)
    items = [
        ("1", "Apologies for absence", "To receive apologies for absence.", None),
        ("2", "Declarations of interest", "To receive any declarations of disclosable pecuniary or other registrable interests.", None),
        ("3", "Chairman's announcements", None, None),
        ("4", "Public questions", "To receive questions from members of the public under Council Procedure Rule 10.", [p4]),
        ("5", t5, "Report of the Leader of the Council.", [p5, p5b]),
        ("6", "Motion on notice: Best Value Inspection", "Proposed by Councillor P. Okafor, seconded by Councillor T. Ashdown.", [p6]),
        ("7", "Best Value Inspection: Secretary of State's Proposals for Intervention",
         "Joint report of the Chief Executive, the Director of Finance and the Head of Legal and Democratic Services.",
         [p7, appA_cover, HERE / "letter.pdf", p7b, p7c, p7d]),
    ]
    quotes = P1.q4 + P1.q5 + P1.q5_app2 + P1.q6 + P1.q7
    cover_args = ("#F2C14E", [("Extraordinary Meeting of the Council", "Arial-Bold", 20),
                              ("Thursday, 7 August 2025 at 7.00 pm", "Arial", 14),
                              ("Council Chamber, Council Offices, Quay Street, Stanwick", "Arial", 12),
                              ("", "Arial", 8),
                              ("Business: the report of the Best Value inspection of the council", "Arial-Italic", 12),
                              ("Agenda published: Wednesday, 30 July 2025", "Arial", 11)], NOTICE)
    assemble("pack-stanwick-council-2025-08-07", cover_args,
             "AGENDA \u2013 Extraordinary Meeting of the Council, Thursday 7 August 2025, 7.00 pm", items,
             ["Copies of the inspectors' report and the Secretary of State's letter are available on the council's website and in the Members' Room.",
              "Part 2 (exempt) business: none.",
              "Members are reminded to declare any interest at Item 2 or as soon as it becomes apparent."],
             items, quotes, "Stanwick District Council, Extraordinary Meeting of the Council, 7 August 2025")


def pack2():
    p4a = paper("p2-item4a", "html", P2.item4a, "Agenda Item 4a")
    p6a = paper("p2-item6a", "docx", P2.item6a, "Agenda Item 6a")
    p6b = paper("p2-item6b", "html", P2.item6b, "Agenda Item 6b")
    p7a = paper("p2-item7a", "rl", P2.item7a, "Agenda Item 7a")
    p7b = paper("p2-item7b", "docx", P2.item7b, "Agenda Item 7b")
    p7b2 = paper("p2-item7b-appB", "docx", P2.app_b_rev)
    p7b3 = paper("p2-item7b-appE", "rl", P2.app_e)
    items = [
        ("4a", "Written question from a member", "Questions from Councillor P. Okafor to the Leader of the Council and from Councillor T. Ashdown to the Cabinet Member for Finance, with the answers.", [p4a]),
        ("6a", "Amendment to the motion on notice at Item 6", "Proposed by Councillor G. Pettifer, seconded by Councillor A. Warde.", [p6a]),
        ("6b", "Second amendment to the motion on notice at Item 6", "Proposed by Councillor E. Marsh, seconded by Councillor S. Delaney.", [p6b]),
        ("7a", "Statement of the Independent Person", "Circulated at the request of the Independent Person (Standards).", [p7a]),
        ("7b", "Best Value Inspection: supplementary information",
         "Revised Appendices B and C, Appendix D (letter from the Stanwick and District Chamber of Commerce) and Appendix E (draft directions).", [p7b, p7b2, p7b3]),
    ]
    quotes = P2.q4a + P2.q4b + P2.q6a + P2.q6b + P2.q7a + P2.q7b + P2.q7c
    cover_args = ("#E07B39", [("SUPPLEMENTARY AGENDA No. 1", "Arial-Bold", 20),
                              ("Extraordinary Meeting of the Council", "Arial-Bold", 15),
                              ("Thursday, 7 August 2025 at 7.00 pm", "Arial", 14),
                              ("Council Chamber, Council Offices, Quay Street, Stanwick", "Arial", 12),
                              ("", "Arial", 8),
                              ("The following papers were not available when the agenda was published.", "Arial-Italic", 11),
                              ("Supplementary agenda published: Tuesday, 5 August 2025", "Arial", 11)],
                  ["Please bring these papers with you to the meeting, with the main agenda.", "",
                   "Chief Executive", "",
                   "Enquiries: Democratic Services, 01632 960 300, democratic.services@stanwick.gov.uk"])
    assemble("pack-stanwick-council-2025-08-07-supplementary", cover_args,
             "SUPPLEMENTARY AGENDA \u2013 Extraordinary Meeting of the Council, Thursday 7 August 2025", items,
             ["Reason for lateness: the written question, the amendment and the Independent Person's statement were received after the agenda was published. "
              "The Chairman has agreed under section 100B(4)(b) of the Local Government Act 1972 that they be considered as matters of urgency, so that members have them before the debate.",
              "Item numbers follow the main agenda: Item 4a is taken with Item 4, Items 6a and 6b with Item 6, and Items 7a and 7b with Item 7."],
             items, quotes, "Stanwick District Council, Extraordinary Meeting of the Council, 7 August 2025: Supplementary Agenda No. 1")


if __name__ == "__main__":
    TMP.mkdir(parents=True, exist_ok=True)
    pack1()
    pack2()
