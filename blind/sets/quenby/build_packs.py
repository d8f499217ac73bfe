#!/usr/bin/env python3
"""Build the two modern.gov-style agenda packs and their labels.
Papers: python-docx -> LibreOffice (minutes, officer report, public questions, reference from
council), Chromium (improvement plan, external auditor's report), reportlab (decision notice,
internal audit report, work programme, cover and agenda); merged with pypdf and stamped."""
import json, subprocess, sys
from pathlib import Path
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from check_labels import words, find_in_order  # noqa: E402
from pack_common import BUILD, fill, docx_paper, chromium_paper, stamp_pack, n_pages  # noqa: E402
import pack_cabinet as C  # noqa: E402
import pack_audit as A  # noqa: E402

SS = getSampleStyleSheet()
ST = {"title": ParagraphStyle("t", parent=SS["Title"], fontName="Helvetica-Bold", fontSize=17, leading=21, alignment=0),
      "sub": ParagraphStyle("s", parent=SS["Normal"], fontName="Helvetica-Oblique", fontSize=11, leading=14, spaceAfter=10),
      "h": ParagraphStyle("h", parent=SS["Heading2"], fontName="Helvetica-Bold", fontSize=12.5, spaceBefore=10, spaceAfter=5),
      "p": ParagraphStyle("p", parent=SS["Normal"], fontName="Helvetica", fontSize=12, leading=17, spaceAfter=9)}


def rl_paper(name, blocks, quotes, footer=None, font="Helvetica"):
    out = BUILD / f"{name}.pdf"
    def on_page(c, d):
        if footer:
            c.setFont("Helvetica", 8); c.drawString(20 * mm, 16 * mm, footer)
            c.drawRightString(190 * mm, 16 * mm, f"Page {d.page}")
    story = []
    for style, text in blocks:
        if style == "table":
            data = [[Paragraph(escape(fill(c, quotes)), ST["p"]) for c in row] for row in text]
            t = Table(data, repeatRows=1, hAlign="LEFT")
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
        else:
            story.append(Paragraph(escape(fill(text, quotes)), ST[style]))
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                      bottomMargin=24 * mm).build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out


def docx_blocks(blocks, quotes):
    out = []
    for k, v in blocks:
        if k == "np":
            out.append((k, (v[0], fill(v[1], quotes))))
        elif k == "table":
            h, rows, w = v
            out.append((k, (h, [[fill(c, quotes) for c in r] for r in rows], w)))
        else:
            out.append((k, fill(v, quotes) if isinstance(v, str) else v))
    return out


def cover_agenda(name, council_line, committee, date, venue, members, items, contact):
    """items: (number, title, description, (first, last) printed pages or None)."""
    out = BUILD / f"{name}.pdf"
    story = [Paragraph("Quenby City Council", ST["title"]), Spacer(1, 8),
             Paragraph(f"<b>{committee}</b>", ParagraphStyle("c", parent=ST["p"], fontSize=15, leading=19)),
             Paragraph(f"Date: {date}", ST["p"]), Paragraph(f"Venue: {venue}", ST["p"]), Spacer(1, 10),
             Paragraph(f"Membership: {members}", ST["p"]), Spacer(1, 10),
             Paragraph(council_line, ST["p"]), Spacer(1, 14),
             Paragraph(f"Contact: {contact}", ST["p"]),
             Paragraph("This meeting will be webcast live on the council’s website. Members of the public may attend.", ST["p"]),
             PageBreak(), Paragraph("AGENDA", ST["title"]), Spacer(1, 6)]
    for num, title, desc, pages in items:
        pg = f"(Pages {pages[0]} - {pages[1]})" if pages else ""
        story.append(Paragraph(f"<b>{num}.&nbsp;&nbsp;{escape(title)}</b>&nbsp;&nbsp;&nbsp;{pg}", ST["p"]))
        if desc:
            story.append(Paragraph(escape(desc), ParagraphStyle("d", parent=ST["p"], leftIndent=18, fontSize=10, leading=13)))
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=25 * mm,
                      bottomMargin=25 * mm).build(story)
    return out


def make_pack(pack_name, title, items_spec, cover_args, quotes, occ, furniture):
    """items_spec: list of (number, title, desc, [paper pdfs])."""
    # cover/agenda once to count its pages, then again with page ranges
    cover = cover_agenda(pack_name + "_cover", *cover_args[:5], [(n, t, d, None) for n, t, d, _ in items_spec], cover_args[6])
    ncover = n_pages(cover)
    ranges, p = {}, 1
    for n, t, d, papers in items_spec:
        k = sum(n_pages(x) for x in papers)
        if k:
            ranges[n] = (p, p + k - 1); p += k
    cover = cover_agenda(pack_name + "_cover", *cover_args[:5], [(n, t, d, ranges.get(n)) for n, t, d, _ in items_spec], cover_args[6])
    assert n_pages(cover) == ncover
    papers = [cover] + [x for _, _, _, ps in items_spec for x in ps]
    banners = {ncover + ranges[n][0] - 1: f"Agenda Item {n}" for n in ranges}
    out = HERE / f"{pack_name}.pdf"
    stamp_pack(papers, banners, out, ncover)
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, check=True).stdout.decode()
    pages = text.split("\f")[:-1]
    items = [{"number": n, "title": t, "first_page": ranges[n][0] + ncover, "last_page": ranges[n][1] + ncover}
             for n, t, d, _ in items_spec if n in ranges]
    byn = {i["number"]: i for i in items}
    labels = []
    for qid, qd in quotes.items():
        it = byn[qd["item"]]
        head = words(qd["text"])[:6]
        want, seen, where = occ.get(qid, 1), 0, None
        for pg in range(it["first_page"], it["last_page"] + 1):
            toks = words(pages[pg - 1])
            for i in range(len(toks) - len(head) + 1):
                if toks[i:i + len(head)] == head:
                    seen += 1
                    if seen == want:
                        where = pg
                        break
            if where:
                break
        if where is None:
            print("NOT LOCATED", pack_name, qid, qd["text"][:50])
        d = dict(qd); d["pack_page"] = where
        labels.append(d)
    data = {"pack": f"{pack_name}.pdf", "title": title, "publisher": "modern.gov", "pages": len(pages),
            "printed_page_offset": ncover,
            "sources": [{"pdf": "report.pdf", "title": C.REPORT, "role": "report"},
                        {"pdf": "letter.pdf", "title": C.LETTER, "role": "letter", "alias": "Secretary of State’s letter of 14 October 2025"}],
            "furniture": COMMON_FURNITURE + furniture,
            "image_only_pages": [], "blank_pages": [],
            "agenda": [{"number": n, "title": t, "papers": n in ranges} for n, t, d, _ in items_spec],
            "items": items, "quotes": labels}
    json.dump(data, open(HERE / f"{pack_name}.labels.json", "w"), ensure_ascii=False, indent=1)
    print(pack_name, len(pages), "pages,", len(labels), "quotes")


COMMON_FURNITURE = ["^\\s*Page \\d+\\s*$", "^\\s*Agenda Item \\d+\\s*$",
                    "^Quenby City Council: Best Value Inspection — .*$",
                    "^2 Marsham Street, London SW1P 4DF · www.gov.uk/mhclg$"]


def cabinet():
    Q = C.Q
    mins = docx_paper("cab_minutes", docx_blocks(C.minutes(), Q), "Cabinet 21.10.25 – Minutes", page_x_of_y=False)
    pq = docx_paper("cab_pq", docx_blocks(C.public_questions(), Q), "Public questions – Cabinet 11.11.25", page_x_of_y=False)
    rep = docx_paper("cab_report", docx_blocks(C.officer_report(), Q), "Cabinet – 11 November 2025 – Best Value Inspection response")
    plan = chromium_paper("cab_plan", C.improvement_plan_html(Q))
    dn = rl_paper("cab_decision", [({"title": "title", "h": "h", "p": "p"}[s], t) for t, s in C.decision_notice()], Q,
                  footer="Record of urgent officer decision CEX/2025/017")
    ref = docx_paper("cab_ref", docx_blocks(C.council_reference(), Q), "Reference from Council 30.10.25", font="Calibri", page_x_of_y=False)
    items = [("1", "Apologies for absence", None, []),
             ("2", "Declarations of interest", "Members are reminded to declare any disclosable pecuniary or other registrable interests.", []),
             ("3", "Minutes", "To confirm the minutes of the meeting held on 21 October 2025.", [mins]),
             ("4", "Public questions", "To receive questions from members of the public.", [pq]),
             ("5", "Best Value Inspection: Response to the Report and Draft Improvement and Recovery Plan", "Report of the Chief Executive. Key decision.",
              [rep, plan, HERE / "letter.pdf", HERE / "report.pdf"]),
             ("6", "Record of Urgent Decision: Riverside Quays", "To note the urgent decision taken by the Chief Executive on 24 October 2025.", [dn]),
             ("7", "Reference from Council: Notice of Motion on the Best Value Inspection", "To consider the motion referred by Council on 30 October 2025.", [ref]),
             ("8", "Exclusion of the press and public", "No exempt items are expected.", [])]
    make_pack("pack-cabinet", "Quenby City Council, Cabinet, 11 November 2025", items,
              ("Notice is hereby given of a meeting of the Cabinet. Chief Executive, Civic Centre, Quenby. Published 3 November 2025.",
               "Cabinet", "Tuesday, 11 November 2025 at 6.00 pm", "Council Chamber, Civic Centre, Market Street, Quenby QN1 1AA",
               "Councillors R. Hindley (Leader), S. Achterberg, P. Bowes, M. Ceylan, D. Farrow, A. Nasser, J. Ogunsanya, L. Pritchard, T. Wray",
               None, "Democratic Services, 01632 960 214, democratic.services@quenby.gov.uk"), Q, C.OCC,
              ["^\\s*Page \\d+ of \\d+\\s*$", "^Cabinet – 11 November 2025 – Best Value Inspection response",
               "^Cabinet 21.10.25 – Minutes", "^Public questions – Cabinet 11.11.25", "^Record of urgent officer decision CEX/2025/017",
               "^Reference from Council 30.10.25"])


def audit():
    Q = A.Q
    mins = docx_paper("aud_minutes", docx_blocks(A.minutes(), Q), "Audit and Governance Committee 28.10.25", page_x_of_y=False)
    aar = chromium_paper("aud_aar", A.auditor_report_html())
    ia = rl_paper("aud_ia", A.internal_audit(), Q, footer="Internal Audit Progress Report – December 2025")
    wp = rl_paper("aud_wp", A.work_programme(), Q, footer="A&G work programme")
    ags = rl_paper("aud_ags", A.ags(), Q, footer="AGS 2024/25 action plan update – December 2025")
    items = [("1", "Apologies and substitutions", None, []),
             ("2", "Declarations of interest", None, []),
             ("3", "Minutes of the previous meeting", "To approve the minutes of the special meeting held on 28 October 2025.", [mins]),
             ("4", "Best Value Inspection of Quenby City Council: Report and Secretary of State’s Letter", "For information. Members asked on 28 October 2025 for the report and letter to be included with the agenda for this meeting.", [HERE / "letter.pdf", HERE / "report.pdf"]),
             ("5", "External Auditor’s Annual Report 2024/25", "Report of Harrow Lane Audit LLP.", [aar]),
             ("6", "Internal Audit Progress Report", "Report of the Head of Internal Audit.", [ia]),
             ("7", "Annual Governance Statement 2024/25: Action Plan Update", "Report of the Interim Monitoring Officer.", [ags]),
             ("8", "Work Programme", None, [wp])]
    make_pack("pack-audit", "Quenby City Council, Audit and Governance Committee, 2 December 2025", items,
              ("Notice is hereby given of a meeting of the Audit and Governance Committee. Published 24 November 2025.",
               "Audit and Governance Committee", "Tuesday, 2 December 2025 at 2.00 pm", "Committee Room 2, Civic Centre, Market Street, Quenby",
               "Mr G. Halloran (Independent Chair), Councillors N. Addy, B. Castleford, E. Lumb, R. Moorhouse, J. Pickles, F. Quigley, S. Tandy; Ms A. Reddish (Independent Member)",
               None, "Democratic Services, 01632 960 214"), Q, A.OCC,
              ["^Audit and Governance Committee 28.10.25", "^Internal Audit Progress Report – December 2025",
               "^AGS 2024/25 action plan update – December 2025", "^A&G work programme"])


if __name__ == "__main__":
    cabinet()
    audit()
