#!/usr/bin/env python3
"""Build the Ivelbury report and letter.

report_src.txt -> report.tex -> report.pdf (lualatex, KOMA scrreprt) and report.json
letter_src.txt -> letter.tex -> letter.pdf (lualatex, KOMA scrlttr2) and letter.json
Page numbers in the JSON are found by searching `pdftotext` output page by page.
Run: python3 build.py
"""
import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

TITLE = "Best Value Inspection of Ivelbury District Council"
SHORT = "Ivelbury District Council: Best Value Inspection"
LETTER_TITLE = "Letter from the Minister of State for Local Government to the Chief Executive of Ivelbury District Council, 19 November 2026"


def tex_escape(s):
    s = s.replace("\\", r"\textbackslash{}")
    for a, b in (("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        s = s.replace(a, b)
    return s


def typog(s):
    # apostrophes as printed
    return s.replace("'", "’")


FN = re.compile(r"\^\{([^}]*)\}")


def plain(s):
    return typog(FN.sub("", s))


def to_tex(s):
    out, pos = [], 0
    for m in FN.finditer(s):
        out.append(tex_escape(typog(s[pos:m.start()])))
        out.append(r"\footnote{" + tex_escape(typog(m.group(1))) + "}")
        pos = m.end()
    out.append(tex_escape(typog(s[pos:])))
    return "".join(out)


def parse_report():
    places, footnotes, body = [], [], []
    chapter = heading = None
    chapno = 0
    para = 0
    rec = 0
    table = None
    for line in open("report_src.txt", encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("%"):
            continue
        if table is not None:
            if line == "@ENDTABLE":
                rows = table["rows"]
                places.append({"label": "Table 1", "kind": "table", "chapter": chapter, "heading": heading,
                               "page": None, "text": " ".join(c for r in rows for c in r)})
                body.append(("table", table["caption"], rows))
                table = None
            else:
                table["rows"].append([typog(c.strip()) for c in line.split("|")])
            continue
        if line == "@FOREWORD":
            chapter, heading = "Foreword", None
            body.append(("foreword",))
            continue
        if line.startswith("@CHAPTER "):
            chapno += 1
            name = line[9:]
            chapter, heading = f"{chapno} {name}", None
            body.append(("chapter", name))
            continue
        if line.startswith("@HEADING "):
            heading = typog(line[9:])
            body.append(("heading", heading))
            continue
        if line == "@RECS":
            chapter, heading = "Recommendations", None
            body.append(("recs",))
            continue
        if line.startswith("@ANNEX "):
            chapter, heading = line[7:], None
            body.append(("annex", line[7:]))
            continue
        if line.startswith("@TABLE "):
            table = {"caption": line[7:], "rows": []}
            continue
        kind, text = line[:2].strip(), line[2:]
        for m in FN.finditer(text):
            footnotes.append({"number": len(footnotes) + 1, "page": None, "text": typog(m.group(1))})
        if chapter == "Foreword" and kind not in ("P", "R", "B"):
            places.append({"label": "foreword", "kind": "foreword", "chapter": "Foreword", "heading": None,
                           "page": None, "text": plain(line)})
            body.append(("fwtext", to_tex(line)))
            continue
        if kind == "P":
            para += 1
            label, pkind = str(para), "paragraph"
        elif kind == "R":
            rec += 1
            label, pkind = f"R{rec}", "recommendation"
        elif kind == "B":
            label = f"B{sum(1 for p in places if p['kind'] == 'annex') + 1}"
            pkind = "annex"
        else:
            sys.exit("bad line: " + line)
        places.append({"label": label, "kind": pkind, "chapter": chapter, "heading": heading,
                       "page": None, "text": plain(text)})
        body.append(("para", pkind, label, to_tex(text)))
    return places, footnotes, body


PREAMBLE = r"""\documentclass[11pt,a4paper,oneside,headings=small,parskip=half,toc=flat]{scrreprt}
\usepackage{fontspec}
\setmainfont{TeX Gyre Termes}
\setsansfont{TeX Gyre Heros}
\usepackage[a4paper,left=38mm,right=28mm,top=32mm,bottom=30mm,headsep=10mm,footskip=14mm]{geometry}
\usepackage[automark,headsepline]{scrlayer-scrpage}
\usepackage{array,booktabs}
\usepackage{chngcntr}
\counterwithout{footnote}{chapter}
\linespread{1.22}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \emergencystretch=4em
\pagestyle{scrheadings}
\clearpairofpagestyles
\ihead{\small\leftmark}
\ohead{\small Ivelbury District Council: Best Value Inspection}
\cfoot*{\pagemark}
\renewcommand*{\chaptermarkformat}{\thechapter\enskip}
\renewcommand*{\chapterpagestyle}{scrheadings}
\setkomafont{pageheadfoot}{\normalfont\sffamily}
\setkomafont{disposition}{\normalfont\sffamily\bfseries}
\deffootnote[1.5em]{1.5em}{1em}{\textsuperscript{\thefootnotemark}\ }
\newcommand{\pnum}[1]{\par\noindent\llap{\makebox[14mm][l]{\sffamily\bfseries\small #1}}\ignorespaces}
\begin{document}
"""


def report_tex(body):
    t = [PREAMBLE]
    t.append(r"""\begin{titlepage}
\sffamily
\vspace*{10mm}
{\large Ministry of Housing, Communities and Local Government\par}
\vspace{60mm}
{\Huge\bfseries Best Value Inspection of\\[4mm] Ivelbury District Council\par}
\vspace{12mm}
{\Large Report of the inspection team\par}
\vspace{8mm}
{\large September 2026\par}
\vfill
{\small Presented to the Secretary of State under section 10 of the Local Government Act 1999\par}
\end{titlepage}
\pagenumbering{roman}
\setcounter{page}{2}
\tableofcontents
""")
    for item in body:
        k = item[0]
        if k == "foreword":
            t.append(r"\addchap{Foreword}" + "\n")
        elif k == "fwtext":
            t.append(item[1] + "\n\n")
        elif k == "chapter":
            if item[1] == "Introduction":
                t.append(r"\vspace{8mm}\noindent\textit{Lead Inspector, on behalf of the inspection team}" + "\n"
                         + r"\par\noindent\textit{30 September 2026}" + "\n\n")
                t.append(r"\cleardoublepage\pagenumbering{arabic}" + "\n")
            t.append(r"\chapter{" + tex_escape(item[1]) + "}\n")
        elif k == "heading":
            t.append(r"\section*{" + tex_escape(item[1]) + "}\n")
        elif k == "recs":
            t.append(r"\addchap{Recommendations}" + "\n" +
                     "We make the following recommendations to the council. They should be read together with our conclusions in Chapter 9.\n\n")
        elif k == "annex":
            t.append(ANNEX_A)
            t.append(r"\addchap{" + tex_escape(item[1]) + "}\n")
        elif k == "table":
            cap, rows = item[1], item[2]
            t.append(r"\par\bigskip\noindent\begin{minipage}{\linewidth}\centering\small" + "\n")
            t.append(r"\textbf{\sffamily " + tex_escape(cap) + r"}\par\medskip" + "\n")
            t.append(r"\begin{tabular}{>{\raggedright\arraybackslash}p{72mm}rrr}\toprule" + "\n")
            for i, r in enumerate(rows):
                cells = [tex_escape(c) for c in r]
                if i == 0:
                    cells = [r"\textbf{" + c + "}" for c in cells]
                t.append(" & ".join(cells) + r"\\" + ("\\midrule" if i == 0 else "") + "\n")
            t.append(r"\bottomrule\end{tabular}\par\smallskip" + "\n" +
                     r"{\footnotesize Source: inspection staff survey; see Annex B.}\end{minipage}\par\bigskip" + "\n")
        elif k == "para":
            _, pkind, label, text = item
            if pkind == "recommendation":
                t.append(r"\par\medskip\noindent\textbf{\sffamily Recommendation " + label[1:] + r"}\par\nopagebreak" + "\n"
                         + r"\noindent " + text + "\n\n")
            else:
                t.append(r"\pnum{" + label + "}" + text + "\n\n")
    t.append(r"\end{document}" + "\n")
    return "".join(t)


ANNEX_A = r"""\addchap{Annex A: People and organisations we met}
During the inspection we met or spoke with the following, individually or in groups. We have not named individuals.

\begin{itemize}\setlength{\itemsep}{0pt}
\item The Leader of the Council and members of the Cabinet
\item The leaders of the opposition groups
\item The chairs and members of the Overview and Scrutiny Committee, the Audit and Governance Committee and the Planning Committee
\item Other councillors, individually and in two focus groups
\item The Chief Executive, the Monitoring Officer and the interim chief finance officer
\item Directors, heads of service and managers across the council
\item Staff in focus groups, including front-line staff in the waste, planning, housing and revenues services
\item The council's trade union representatives
\item The board and managing director of Ivel Valley Homes Ltd
\item The council's external auditor and internal audit provider
\item Representatives of the county council, the integrated care board, the police and the voluntary sector
\item Town and parish council representatives
\item The Local Government Association
\end{itemize}
"""


def run(cmd):
    r = subprocess.run(cmd, capture_output=True, text=True)
    return r


def latex(name):
    for _ in range(2):
        r = run(["lualatex", "-interaction=nonstopmode", "-halt-on-error", name + ".tex"])
        if r.returncode != 0:
            print(r.stdout[-3000:])
            sys.exit("lualatex failed on " + name)


def norm(s):
    s = s.replace("\ufb01", "fi").replace("\ufb02", "fl").replace("\ufb00", "ff").replace("\ufb03", "ffi").replace("\ufb04", "ffl")
    return re.sub(r"\s+", " ", s).strip()


def page_texts(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", run(["pdfinfo", pdf]).stdout).group(1))
    return [norm(run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"]).stdout) for i in range(1, n + 1)]


def find_pages(items, pages, start=0, probe=70):
    cur = start
    for it in items:
        found = False
        for n in (probe, 30):
            key = norm(it["text"])[:n]
            for i in range(cur, len(pages)):
                if key in pages[i]:
                    it["page"] = i + 1
                    cur = i
                    found = True
                    break
            if found:
                break
        if not found:
            sys.exit("cannot find on any page: " + key)


def build_report():
    places, footnotes, body = parse_report()
    open("report.tex", "w", encoding="utf-8").write(report_tex(body))
    latex("report")
    pages = page_texts("report.pdf")
    find_pages([p for p in places if p["kind"] != "table"], pages)
    # table: find by its first row
    for p in places:
        if p["kind"] == "table":
            for i, pg in enumerate(pages):
                if "Table 1: Results of the inspection staff survey" in pg:
                    p["page"] = i + 1
    find_pages(footnotes, pages, probe=40)
    # first page printed "1"
    offset = next(i for i, pg in enumerate(pages) if pg.startswith("1 Introduction") or " 1 Introduction " in pg[:200] and "Contents" not in pg)
    data = {"title": TITLE, "kind": "report", "file": "report.pdf", "producer": "lualatex (KOMA-Script scrreprt)",
            "numbering": "sequential", "page_offset": offset,
            "furniture": [SHORT, "<chapter number and title> (running header, left)", "<page number, roman in front matter, arabic from Chapter 1> (foot, centre)"],
            "places": places, "footnotes": footnotes}
    json.dump(data, open("report.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"report.pdf: {len(pages)} pages, {len(places)} places, {len(footnotes)} footnotes, page_offset {offset}")


def build_letter():
    paras = [l.rstrip("\n") for l in open("letter_src.txt", encoding="utf-8") if l.strip() and not l.startswith("%")]
    places = [{"label": str(i + 1), "kind": "paragraph", "chapter": None, "heading": None, "page": None,
               "text": typog(p)} for i, p in enumerate(paras)]
    body = "\n\n".join(tex_escape(typog(p)) for p in paras)
    tex = r"""\documentclass[11pt,a4paper,fromalign=right,fromrule=off,foldmarks=false,parskip=half,backaddress=off,subject=titled]{scrlttr2}
\usepackage{fontspec}
\setmainfont{TeX Gyre Heros}
\hyphenpenalty=10000 \exhyphenpenalty=10000 \emergencystretch=4em
\setkomavar{fromname}{Minister of State for Local Government}
\setkomavar{fromaddress}{Ministry of Housing, Communities and Local Government\\2 Marsham Street\\London SW1P 4DF}
\setkomavar{fromemail}{correspondence@communities.gov.uk}
\setkomavar{date}{19 November 2026}
\setkomavar{yourref}{}
\setkomavar{subject}{Best Value Inspection of Ivelbury District Council}
\setkomavar{signature}{Rt Hon Rosalind Ashby-Keene MP\\Minister of State for Local Government}
\renewcommand*{\raggedsignature}{\raggedright}
\begin{document}
\begin{letter}{The Chief Executive\\Ivelbury District Council\\Council Offices, Market Street\\Ivelbury\\IV1 2DC}
\opening{Dear Chief Executive,}
""" + body + r"""
\closing{Yours sincerely,}
\end{letter}
\end{document}
"""
    open("letter.tex", "w", encoding="utf-8").write(tex)
    latex("letter")
    pages = page_texts("letter.pdf")
    find_pages(places, pages)
    data = {"title": LETTER_TITLE, "kind": "letter", "file": "letter.pdf", "producer": "lualatex (KOMA-Script scrlttr2)",
            "numbering": "unnumbered", "page_offset": 0, "furniture": [], "places": places, "footnotes": []}
    json.dump(data, open("letter.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print(f"letter.pdf: {len(pages)} pages, {len(places)} places")


if __name__ == "__main__":
    what = sys.argv[1:] or ["report", "letter"]
    if "report" in what:
        build_report()
    if "letter" in what and os.path.exists("letter_src.txt"):
        build_letter()
    for ext in (".aux", ".log", ".toc", ".out"):
        for n in ("report", "letter"):
            if os.path.exists(n + ext):
                os.remove(n + ext)
