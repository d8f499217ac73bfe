#!/usr/bin/env python3
"""Build the two modern.gov agenda packs: every paper a python-docx document converted by
LibreOffice, merged with pypdf, each page stamped 'Page N' (reportlab overlay) and each item's
first page bannered 'Agenda Item N'; then write pack-*.labels.json, finding each quotation's page
in the pack with pdftotext.  Run: /opt/blindtools/bin/python build_packs.py"""
import json, os, shutil, subprocess, tempfile
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm
import packkit
from packkit import Paper, Labeller, merge_pack, count_pages, locate
import pack_council, pack_audit

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "pack_src")
REPORT_TITLE = json.load(open(os.path.join(HERE, "report.json")))["title"]
LETTER_TITLE = json.load(open(os.path.join(HERE, "letter.json")))["title"]


def convert(paths):
    profile = tempfile.mkdtemp(prefix="lo-yarnford-")
    try:
        subprocess.run(["libreoffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", SRC] + paths, check=True,
                       capture_output=True, timeout=900)
    finally:
        shutil.rmtree(profile, ignore_errors=True)
    return [os.path.splitext(p)[0] + ".pdf" for p in paths]


def front(module, printed):
    """Cover and agenda; printed: {item: (first printed page, last printed page)}."""
    committee, date, time, venue = module.MEETING
    d = Paper(own_footer=False)
    p = d.p("Public Document Pack", bold=True, size=11); p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.p("")
    d.title("YARNFORD CITY COUNCIL", 22)
    d.title(committee, 18)
    d.p("")
    d.table([["Date:", date], ["Time:", time], ["Venue:", venue]], [3.0, 13.0], header=False, size=12)
    d.p("Membership:", bold=True)
    for m in module.MEMBERS:
        d.p(m, size=10.5)
    d.p("Quorum: " + ("16 members" if committee == "Council" else "3 members"), size=10.5)
    d.p("")
    d.p("Contact: Fiona Charlton, Democratic Services Officer. Tel: 01964 552 044. Email: democratic.services@yarnford.gov.uk", size=10)
    d.p("This meeting will be webcast live and the recording will be available on the council’s website. Members of the public may attend and are welcome to film or record the meeting in accordance with the council’s protocol.", italic=True, size=9.5)
    d.page_break()
    d.title("Information for Members of the Public", 14)
    for head, body in [
        ("Access to information", "You have the right to attend this meeting and to see the agenda, reports and minutes, except where exempt information is being considered. Papers are published on the council’s website at least five clear working days before the meeting."),
        ("Recording and webcasting", "The meeting is webcast. By entering the meeting room you are consenting to being filmed and to the possible use of those images and sound recordings for webcasting and training purposes."),
        ("Questions and petitions", "Residents may ask a question at meetings of Council if it is received by the Head of Democratic Services by noon seven clear working days before the meeting. Details of the Petition Scheme are on the council’s website."),
        ("Fire evacuation", "If the fire alarm sounds, please leave by the nearest exit and assemble in the Civic Centre car park. Do not use the lifts."),
        ("Accessibility", "The Council Chamber and committee rooms have hearing loops and step-free access. Please contact Democratic Services if you need this agenda in another format or language."),
    ]:
        d.h(head); d.p(body, size=11)
    d.page_break()
    d.title("AGENDA", 16)
    d.p("PART I – ITEMS TO BE CONSIDERED IN PUBLIC", bold=True)
    for number, title, has, note in module.AGENDA:
        para = d.doc.add_paragraph()
        pf = para.paragraph_format; pf.left_indent = Cm(1.2); pf.first_line_indent = Cm(-1.2)
        pf.tab_stops.add_tab_stop(Cm(1.2)); pf.space_after = Pt(2); pf.keep_with_next = True
        r = para.add_run(f"{number}.\t{title}"); r.bold = True
        q = d.p(note + (f" (Pages {printed[number][0]} - {printed[number][1]})" if has else ""), indent=1.2, size=10.5)
        q.paragraph_format.space_after = Pt(10)
    d.p("PART II – EXEMPT ITEMS", bold=True)
    d.p("There are no exempt items on this agenda.")
    d.p("Anthony Kell\nDirector of Law and Governance\nCivic Centre, Yarnford", size=10.5)
    d.p("Published: " + ("13 October 2026" if committee == "Council" else "3 November 2026"), size=10)
    return d


def build(name, module):
    os.makedirs(SRC, exist_ok=True)
    L = Labeller()
    papers = module.build(L, SRC)
    docx_paths, item_files = [], []
    for number, title, has, _ in module.AGENDA:
        if not has:
            continue
        files = []
        for k, paper in enumerate(papers[number]):
            path = os.path.join(SRC, f"{name}-item{int(number):02d}-{k}.docx")
            paper.save(path); docx_paths.append(path); files.append(os.path.splitext(path)[0] + ".pdf")
        item_files.append((number, files))
    convert(docx_paths)
    printed, n = {}, 0
    for number, files in item_files:
        c = sum(count_pages(f) for f in files)
        printed[number] = (n + 1, n + c); n += c
    fr = front(module, printed)
    fpath = os.path.join(SRC, f"{name}-front.docx"); fr.save(fpath)
    convert([fpath])
    out = os.path.join(HERE, f"pack-{name}.pdf")
    total, ranges, offset = merge_pack(os.path.splitext(fpath)[0] + ".pdf", item_files, out)
    problems = locate(L.labels, out, ranges)
    quotes = []
    for i, lab in enumerate(L.labels, 1):
        order = ["text", "concerns", "item", "pack_page", "verdict", "citation", "section", "source",
                 "cited", "cited_pages", "cited_document", "source_text", "context_dropped", "kind", "strict", "note"]
        q = {"id": f"Q{i}"}
        q.update({k: lab[k] for k in order if k in lab})
        quotes.append(q)
    sources = [{"pdf": "report.pdf", "title": REPORT_TITLE, "role": "report"},
               {"pdf": "letter.pdf", "title": LETTER_TITLE, "role": "letter",
                "alias": "Secretary of State's letter of 17 September 2026"}]
    labels = {"pack": f"pack-{name}.pdf", "title": module.TITLE, "publisher": "modern.gov", "pages": total,
              "printed_page_offset": offset, "sources": sources,
              "furniture": ["^\\s*Page \\d+\\s*$", "^\\s*Agenda Item \\d+\\s*$", "^.*Page \\d+ of \\d+\\s*$",
                            "^\\s*Public Document Pack\\s*$"],
              "image_only_pages": [], "blank_pages": [],
              "agenda": [{"number": n_, "title": t, "papers": h} for n_, t, h, _ in module.AGENDA],
              "items": [{"number": n_, "title": t, "first_page": ranges[n_][0], "last_page": ranges[n_][1]}
                        for n_, t, h, _ in module.AGENDA if h],
              "quotes": quotes}
    json.dump(labels, open(os.path.join(HERE, f"pack-{name}.labels.json"), "w", encoding="utf-8"),
              ensure_ascii=False, indent=1)
    concerns = [q for q in quotes if q["concerns"]]
    verdicts = {}
    for q in concerns:
        verdicts[q["verdict"][0]] = verdicts.get(q["verdict"][0], 0) + 1
    print(f"pack-{name}.pdf: {total} pages, offset {offset}, {len(quotes)} quotations "
          f"({len(quotes) - len(concerns)} not concerning), verdicts {verdicts}")
    for p in problems:
        print("  !", p)


if __name__ == "__main__":
    build("full-council", pack_council)
    build("audit-governance", pack_audit)
