#!/usr/bin/env python3
"""Build the Wraxby report and letter.

    python3 build.py

authoring/report.src -> report.ms  -> (groff -ms -t -Tps, ps2pdf) -> report.pdf, report.json
authoring/letter.src -> letter.ms  -> (groff -ms -Tps, ps2pdf)    -> letter.pdf, letter.json

The report is built twice so that the contents page carries the real page numbers. After the
second build each place's page is read back from the PDF (pdftotext) and written into
report.json / letter.json.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))          # /work/blindkit: reuse its word matching
import check_labels as cl                             # noqa: E402

TITLE = "Best Value Inspection of Wraxby District Council"
SHORT = "Wraxby District Council: Best Value Inspection"

ESC = {"£": r"\(Po", "\u201c": r"\(lq", "\u201d": r"\(rq", "\u2018": r"\(oq", "\u2019": r"\(cq",
       "\u2013": r"\(en", "\u2014": r"\(em", "é": r"\('e"}


def uni(s):
    return s.replace("\\u201c", "\u201c").replace("\\u201d", "\u201d")


def esc(s):
    s = s.replace("\\", "\\e")
    for k, v in ESC.items():
        s = s.replace(k, v)
    return s


def textline(s):
    """A groff text line: protect a leading control character."""
    s = esc(s)
    return "\\&" + s if s[:1] in ".'" else s


# ------------------------------------------------------------------ tables

SURVEY = [
    ("I feel able to raise concerns without fear of reprisal", "41%", "47%"),
    ("Senior leaders communicate a clear vision for the council", "29%", "52%"),
    ("Members and officers treat each other with respect", "36%", "44%"),
    ("I understand how decisions affecting my service are made", "33%", "49%"),
    ("I have the resources I need to do my job well", "45%", "38%"),
    ("My line manager supports me", "74%", "12%"),
    ("I would recommend the council as a place to work", "38%", "40%"),
    ("I have seen or experienced bullying or harassment at work in the last 12 months", "23%", "61%"),
]
SURVEY_HEAD = ("Statement", "Agree", "Disagree")
SURVEY_CAPTION = "Table 1: Staff survey, selected results"
SURVEY_NOTE = "Base: 412 respondents. Source: inspection staff survey, March 2026."

YEARS = ("2025/26 outturn", "2026/27 budget", "2027/28 forecast", "2028/29 forecast")
SERVICES = [
    ("Housing and homelessness", (6.2, 6.1, 6.5, 6.9)),
    ("of which temporary accommodation", None),       # memorandum line, not added
    ("Waste and recycling", (4.2, 4.3, 4.4, 4.6)),
    ("Planning and regulatory services", (1.9, 1.8, 1.8, 1.9)),
    ("Leisure and culture", (1.3, 1.2, 1.2, 1.2)),
    ("Revenues and benefits", (1.6, 1.5, 1.5, 1.6)),
    ("Customer services", (0.9, 0.9, 0.9, 1.0)),
    ("Wraxby Quays project costs", (0.9, 1.0, 1.1, 1.1)),
    ("Corporate and democratic core", (2.4, 2.6, 2.7, 2.8)),
    ("Finance, legal and human resources", (2.6, 2.9, 3.0, 3.1)),
    ("Agency and interim staff (corporate)", (0.9, 0.4, 0.4, 0.3)),
    ("Capital financing costs", (3.1, 3.3, 3.5, 3.6)),
    ("Pay and price inflation (unallocated)", None),   # balancing line, computed
    ("Commercial property income", (-1.7, -1.9, -1.8, -1.8)),
    ("Investment income", (-0.4, -0.3, -0.3, -0.2)),
]
TA = (4.5, 4.1, 4.4, 4.8)
COST = (23.9, 23.8, 25.9, 27.6)         # net cost of services
SAVINGS = (0.0, -2.1, -2.1, -2.1)
COUNCIL_TAX = (10.4, 10.9, 11.3, 11.7)
RATES = (6.6, 7.2, 5.4, 4.6)
GRANTS = (3.0, 3.3, 2.8, 1.8)


def money(x):
    if x is None:
        return "\u2013"
    return f"({-x:.1f})" if x < 0 else f"{x:.1f}"


def inflation():
    known = [round(sum(v[i] for n, v in SERVICES if v), 1) for i in range(4)]
    return tuple(round(COST[i] - known[i], 1) for i in range(4))


def budget_rows():
    infl = inflation()
    assert all(x >= 0 for x in infl), infl
    net = [round(COST[i] + SAVINGS[i], 1) for i in range(4)]
    assert abs(net[1] - 21.7) < 0.05, net
    funding = [round(COUNCIL_TAX[i] + RATES[i] + GRANTS[i], 1) for i in range(4)]
    reserves = (round(net[0] - funding[0], 1), round(net[1] - funding[1], 1), 0.0, 0.0)
    gap = (None, 0.0, round(net[2] - funding[2], 1), round(net[3] - funding[3], 1))
    assert gap[3] == 7.4, gap
    rows = []
    for name, v in SERVICES:
        if name.startswith("of which"):
            v = TA
        elif v is None:
            v = infl
        rows.append((name, [money(x) if x else "\u2013" for x in v]))
    rows.append(("Net cost of services", [money(x) for x in COST]))
    rows.append(("Savings identified", [money(x) if x else "\u2013" for x in SAVINGS]))
    rows.append(("Net revenue budget", [money(x) for x in net]))
    rows.append(("Council tax", [money(x) for x in COUNCIL_TAX]))
    rows.append(("Retained business rates", [money(x) for x in RATES]))
    rows.append(("Government grants", [money(x) for x in GRANTS]))
    rows.append(("Total funding", [money(x) for x in funding]))
    rows.append(("Use of general fund reserve", [money(x) if x else "\u2013" for x in reserves]))
    rows.append(("Budget gap (cumulative)", [money(x) for x in gap]))
    return rows


BUDGET_CAPTION = "Table 2: Revenue budget and medium term financial strategy (\u00a3 million)"
BUDGET_NOTE = "Figures in brackets are income or savings. Source: Wraxby District Council, medium term financial strategy, February 2026."


def table_ms(name):
    if name == "survey":
        out = [".KS" if False else "", ".LP", "\\fB" + esc(SURVEY_CAPTION) + "\\fP", ".TS H",
               "center box tab(@);", "lb cb cb", "lw(3.6i) nw(0.7i) nw(0.7i).",
               "@".join(SURVEY_HEAD), "=", ".TH"]
        for r in SURVEY:
            out.append("T{\n" + esc(r[0]) + "\nT}@" + r[1] + "@" + r[2])
        out += [".TE", ".LP", "\\s-1" + esc(SURVEY_NOTE) + "\\s0"]
        return "\n".join(x for x in out if x)
    if name == "budget":
        out = [".LP", "\\fB" + esc(BUDGET_CAPTION) + "\\fP", ".ps 10", ".vs 12", ".TS H", "center box tab(@);",
               "lb cb cb cb cb", "lb cb cb cb cb", "lw(2.3i) nw(0.6i) nw(0.6i) nw(0.6i) nw(0.6i).",
               "@" + "@".join(y.split()[0] for y in YEARS), "@" + "@".join(y.split()[1] for y in YEARS), "=", ".TH"]
        for name_, cells in budget_rows():
            bold = name_ in ("Net cost of services", "Net revenue budget", "Total funding",
                             "Budget gap (cumulative)")
            label = ("\\fB" + esc(name_) + "\\fP") if bold else (
                "\\h'1m'\\fI" + esc(name_) + "\\fP" if name_.startswith("of which") else esc(name_))
            if name_ in ("Net cost of services", "Council tax"):
                out.append("_")
            out.append(label + "@" + "@".join(esc(c) for c in cells))
        out += [".TE", ".LP", "\\s-1" + esc(BUDGET_NOTE) + "\\s0"]
        return "\n".join(out)
    raise KeyError(name)


def table_text(name):
    if name == "survey":
        cells = list(SURVEY_HEAD) + [c for r in SURVEY for c in r]
        return " ".join(cells)
    cells = [""] + [y.split()[0] for y in YEARS] + [""] + [y.split()[1] for y in YEARS]
    for name_, row in budget_rows():
        cells += [name_] + row
    return " ".join(cells)


GLOSSARY = [
    ("CIPFA", "Chartered Institute of Public Finance and Accountancy"),
    ("Forward plan", "The notice of key decisions the executive intends to take"),
    ("Key decision", "An executive decision above the financial threshold in the constitution"),
    ("MTFS", "Medium term financial strategy"),
    ("Section 114", "A report by the chief finance officer under the Local Government"),
    ("", "Finance Act 1988 that expenditure is likely to exceed resources"),
    ("Section 151 officer", "The officer responsible for the council's financial affairs"),
    ("Section 5 report", "A report by the Monitoring Officer under the Local Government and"),
    ("", "Housing Act 1989 on a proposal or decision that would be unlawful"),
    ("Statutory officers", "The head of paid service, the section 151 officer and the"),
    ("", "Monitoring Officer"),
    ("Urgency powers", "The provisions of the constitution that allow a key decision to be"),
    ("", "taken without the usual notice"),
    ("WEL", "Wraxby Estates Limited, the council's wholly owned company"),
]


# ------------------------------------------------------------------ the report

PREAMBLE = r""".\" report.ms: generated by build.py from authoring/report.src; do not edit
.nr PS 12
.nr VS 16
.nr PO 1.25i
.nr LL 5.8i
.nr HM 1.15i
.nr FM 1.2i
.nr PD 0.7v
.nr PI 2n
.nr FL 5.8i
.hy 6
.ds chap \&
.ds CH
.OH '\s-1\fI\E*[chap]\fP''\fI%s\fP\s0'
.EH '\s-1\fI%s\fP''\fI\E*[chap]\fP\s0'
.OF ''\s-1%\s0''
.EF ''\s-1%\s0''
"""


def parse_src():
    items, chapter, heading = [], None, None
    for line in uni((HERE / "authoring" / "report.src").read_text(encoding="utf-8")).splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        tag, _, rest = line.partition(" ")
        items.append((tag, rest))
    return items


def render_report(contents_pages):
    items = parse_src()
    out = [PREAMBLE.replace("%s", esc(SHORT), 2).replace("%s", esc(SHORT))]
    # cover
    out += [".LP", ".sp 1.2i", ".ce 100", "\\s+3\\fBWraxby District Council\\fP\\s0", ".sp 0.6i",
            "\\s[+10]\\fB" + esc("Best Value Inspection") + "\\fP\\s0", ".sp 0.3i",
            "\\s[+10]\\fB" + esc("of Wraxby District Council") + "\\fP\\s0", ".sp 0.8i",
            "\\s+2Report of the inspection team\\s0", ".sp 0.3i", "September 2026", ".sp 2.5i",
            "\\s-1Ministry of Housing, Communities and Local Government\\s0", ".ce 0", ".bp"]
    # contents
    out += [".ds chap Contents", ".SH", "\\s+4Contents\\s0", ".LP", ".ta 5.7iR", ".nf"]
    for tag, rest in items:
        if tag == "CH":
            out.append(esc(rest) + "\\a\t" + str(contents_pages.get(rest, 0)))
    out += [".fi", ".bp"]
    chapter = heading = None
    n = r = a = 0
    places, footnotes, fn_no = [], [], 0
    first = True
    for tag, rest in items:
        if tag == "CH":
            chapter, heading = rest, None
            if not first:
                out.append(".bp")
            first = False
            # the header of the page this chapter opens on is printed before .bp returns, so
            # the string is set before the break
            out[-1:] = [".ds chap " + esc(rest), out[-1]] if out[-1] == ".bp" else out[-1:] + [".ds chap " + esc(rest)]
            out += [".SH", "\\s+4" + esc(rest) + "\\s0"]
            continue
        if tag == "SH":
            heading = rest
            out += [".SH", esc(rest)]
            continue
        if tag == "TABLE":
            label = "Table 1" if rest == "survey" else "Table 2"
            places.append({"label": label, "kind": "table", "chapter": chapter,
                           "heading": heading, "page": None, "text": table_text(rest)})
            out.append(table_ms(rest))
            continue
        if tag == "GLOSSARY":
            out += [".LP", ".nf", ".ta 1.6i"] + [textline(a) + "\t" + textline(b) for a, b in GLOSSARY] + [".fi"]
            continue
        if tag == "SIGN":
            out += [".LP", ".nf", "\\fI" + esc(rest) + "\\fP", ".fi"]
            continue
        if tag == "F":
            label, kind, mark = "foreword", "foreword", ""
        elif tag == "P":
            n += 1
            label, kind, mark = str(n), "paragraph", f"{n}."
        elif tag == "R":
            r += 1
            label, kind, mark = f"R{r}", "recommendation", f"R{r}"
        elif tag == "A":
            a += 1
            label, kind, mark = f"A{a}", "annex", f"A{a}"
        else:
            raise ValueError(tag)
        pieces = re.split(r"\{fn:(.*?)\}", rest)
        plain = "".join(pieces[0::2]).strip()
        places.append({"label": label, "kind": kind, "chapter": chapter, "heading": heading,
                       "page": None, "text": plain})
        out += [".LP" if tag in ("P", "F") else ".IP \\fB" + mark + "\\fP 4n"]
        body = []
        for i, piece in enumerate(pieces):
            if i % 2 == 0:
                piece = piece.strip()
                if piece:
                    body.append(textline(piece))
            else:
                fn_no += 1
                body[-1] += "\\**"
                body += [".FS", textline(piece), ".FE"]
                footnotes.append({"number": fn_no, "page": None, "text": piece})
        if tag == "P":
            body[0] = "\\fB" + mark + "\\fP " + body[0]
        out += body
    (HERE / "report.ms").write_text("\n".join(out) + "\n", encoding="utf-8")
    ps = subprocess.run("groff -ms -t -Tps -dpaper=a4 -P-pa4 report.ms", shell=True, cwd=HERE,
                        capture_output=True, check=True)
    if ps.stderr:
        print(ps.stderr.decode(), file=sys.stderr)
    (HERE / "report.ps").write_bytes(ps.stdout)
    subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", "report.ps", "report.pdf"], cwd=HERE, check=True)
    (HERE / "report.ps").unlink()
    return places, footnotes


def page_of(pdf, texts):
    pages = cl.rendered_pages.__wrapped__(pdf)
    page_tokens = [cl.words(p) for p in pages]
    tokens = [t for p in page_tokens for t in p]
    starts, total = [], 0
    for p in page_tokens:
        starts.append(total)
        total += len(p)
    result, cursor = [], 0
    for text in texts:
        needle = cl.joined_variants(cl.words(text), tokens)
        at = cl.find_in_order(tokens, needle, cursor)
        if at is None:
            at = cl.find_in_order(tokens, needle, 0)
        if at is None:
            result.append(None)
            continue
        cursor = at
        result.append(max(i for i, s in enumerate(starts) if s <= at) + 1)
    return result, pages


def build_report():
    places, footnotes = render_report({})
    # chapter pages from the first pass
    pdf = HERE / "report.pdf"
    pages = cl.rendered_pages.__wrapped__(pdf)
    chap_pages = {}
    for tag, rest in parse_src():
        if tag == "CH":
            for i, p in enumerate(pages[2:], 3):
                head = " ".join(p.split())
                if rest in " ".join(head.split()[:12]) and rest not in chap_pages:
                    chap_pages[rest] = i
                    break
    places, footnotes = render_report(chap_pages)
    found, pages = page_of(pdf, [p["text"] for p in places])
    for p, pg in zip(places, found):
        if pg is None and p["kind"] != "table":
            print("NOT FOUND:", p["label"], file=sys.stderr)
        p["page"] = pg
        if p["kind"] == "table":
            # a table's cells are not in reading order: its page is where its caption is
            cap = SURVEY_CAPTION if p["label"] == "Table 1" else BUDGET_CAPTION
            p["page"] = next(i for i, t in enumerate(pages, 1) if cap.split(":")[0] + ":" in t
                             and cl.contains_run(cl.words(t), cl.words(cap)))
    for f in footnotes:
        f["page"] = next(i for i, t in enumerate(pages, 1)
                         if cl.contains_run(cl.words(t), cl.words(f["text"])))
    data = {"title": TITLE, "kind": "report", "file": "report.pdf",
            "producer": "groff -ms -t -Tps (GNU groff 1.22.4, tbl) and ps2pdf (Ghostscript)",
            "numbering": "sequential", "page_offset": 0,
            "furniture": [SHORT] + ["Contents"] + [rest for tag, rest in parse_src() if tag == "CH"] + ["N"],
            "places": places, "footnotes": footnotes}
    (HERE / "report.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    print(f"report.pdf: {len(pages)} pages, {len(places)} places, {len(footnotes)} footnotes")


# ------------------------------------------------------------------ the letter

LETTER_TITLE = ("Letter from the Minister of State for Local Government to the Chief Executive of "
                "Wraxby District Council, 16 September 2026")


def build_letter():
    lines = uni((HERE / "authoring" / "letter.src").read_text(encoding="utf-8")).splitlines()
    paras = [l for l in lines if l.strip() and not l.startswith("#")]
    out = [r""".\" letter.ms: generated by build.py from authoring/letter.src
.nr PS 12
.nr VS 13.5
.nr PO 1.25i
.nr LL 5.8i
.nr HM 0.6i
.nr FM 0.8i
.nr PD 0.6v
.ds CH
.ds CF
.LP
.rj 6
\fBMinistry of Housing, Communities and Local Government\fP
\s-1Minister of State for Local Government\s0
\s-12 Marsham Street\s0
\s-1London SW1P 4DF\s0
.sp 0.3
\s-1Our ref: MSLG/2026/0914\s0
.sp 0.5
.LP
.nf
Dr Alan Fenwright
Interim Chief Executive
Wraxby District Council
Council Offices, Market Hill
Wraxby
.fi
.sp 0.5
16 September 2026
.sp 0.5
.LP
Dear Dr Fenwright,
.sp 0.3
.LP
\fBBEST VALUE INSPECTION OF WRAXBY DISTRICT COUNCIL\fP"""]
    places = []
    for i, p in enumerate(paras, 1):
        places.append({"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
                       "page": None, "text": p})
        out += [".LP", textline(p)]
    out += [".LP", "Yours sincerely,", ".sp 2.5", ".LP", ".nf", "\\fBHelen Marchbank MP\\fP",
            "Minister of State for Local Government", ".fi", ".sp 0.5", ".LP",
            "\\s-1cc: The Leader of Wraxby District Council; the external auditor\\s0"]
    (HERE / "letter.ms").write_text("\n".join(out) + "\n", encoding="utf-8")
    ps = subprocess.run("groff -ms -Tps -dpaper=a4 -P-pa4 letter.ms", shell=True, cwd=HERE,
                        capture_output=True, check=True)
    (HERE / "letter.ps").write_bytes(ps.stdout)
    subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", "letter.ps", "letter.pdf"], cwd=HERE, check=True)
    (HERE / "letter.ps").unlink()
    found, pages = page_of(HERE / "letter.pdf", [p["text"] for p in places])
    for p, pg in zip(places, found):
        p["page"] = pg
    data = {"title": LETTER_TITLE, "kind": "letter", "file": "letter.pdf",
            "producer": "groff -ms -Tps (GNU groff 1.22.4) and ps2pdf (Ghostscript)",
            "numbering": "unnumbered", "page_offset": 0, "furniture": [],
            "places": places, "footnotes": []}
    (HERE / "letter.json").write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    print(f"letter.pdf: {len(pages)} pages, {len(places)} places")


if __name__ == "__main__":
    build_report()
    if (HERE / "authoring" / "letter.src").exists():
        build_letter()
