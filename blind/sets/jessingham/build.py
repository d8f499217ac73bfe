#!/usr/bin/env python3
"""Render report.json and letter.json the old way: LaTeX -> DVI -> dvips -> PostScript ->
ps2pdf -> PDF, then read the rendering back with pdftotext and write each place's page (and each
footnote's page) into the JSON.

    python3 build.py

Needs latex, dvips, ps2pdf (ghostscript) and pdftotext on the PATH.
"""
import json
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


# ------------------------------------------------------------------ LaTeX text

def tex(text: str) -> str:
    """Plain text to LaTeX: specials escaped, straight double quotes turned into ``...''."""
    text = text.replace("\\", r"\textbackslash{}")
    for a, b in (("&", r"\&"), ("%", r"\%"), ("$", r"\$"), ("#", r"\#"), ("_", r"\_")):
        text = text.replace(a, b)
    text = re.sub(r'(^|[\s(\[])"', r"\1``", text)
    text = text.replace('"', "''")
    text = text.replace("–", "--").replace("—", "---")
    return text


def with_footnotes(place: dict, notes: list[dict]) -> str:
    """The place's text in LaTeX with its footnotes put back at their offsets."""
    text, out, pos = place["text"], "", 0
    for n in sorted((n for n in notes if n.get("place") == place["label"]), key=lambda n: n["offset"]):
        out += tex(text[pos:n["offset"]]) + r"\footnote{" + tex(n["text"]) + "}"
        pos = n["offset"]
    return out + tex(text[pos:])


PREAMBLE = r"""\documentclass[12pt,a4paper,oneside]{report}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{mathptmx}
\usepackage[british]{babel}
\usepackage[a4paper,top=2.8cm,bottom=3cm,left=3.4cm,right=3.1cm,headheight=15pt]{geometry}
\usepackage{fancyhdr}
\usepackage{longtable}
\usepackage{array}
\usepackage{titlesec}
\usepackage{tocloft}
\linespread{1.3}
\setlength{\parindent}{0pt}
\counterwithout{footnote}{chapter}
\titleformat{\chapter}[hang]{\Large\bfseries}{\thechapter}{1em}{}
\titlespacing*{\chapter}{0pt}{-10pt}{18pt}
\titleformat{\section}[hang]{\large\bfseries}{\thesection}{1em}{}
\titlespacing*{\section}{0pt}{16pt}{6pt}
\pagestyle{fancy}
\fancyhf{}
\renewcommand{\chaptermark}[1]{\markboth{\thechapter\quad #1}{}}
\renewcommand{\sectionmark}[1]{}
\fancyhead[L]{\small\itshape\nouppercase{\leftmark}}
\fancyhead[R]{\small\itshape SHORTTITLE}
\fancyfoot[C]{\small\thepage}
\renewcommand{\headrulewidth}{0.4pt}
\fancypagestyle{plain}{\fancyhf{}\fancyfoot[C]{\small\thepage}\renewcommand{\headrulewidth}{0pt}}
\newlength{\numwidth}\setlength{\numwidth}{3.4em}
\newcommand{\np}[1]{\par\medskip\noindent\hangindent=\numwidth\hangafter=0%
  \llap{\makebox[\numwidth][l]{#1}}\ignorespaces}
\begin{document}
"""


def report_tex(data: dict) -> str:
    places, notes = data["places"], data["footnotes"]
    out = [PREAMBLE.replace("SHORTTITLE", tex(data["short_title"]))]
    out.append(r"""\pagenumbering{roman}
\begin{titlepage}
\vspace*{3cm}
{\large Report of the Best Value inspection team\par}
\vspace{1.2cm}
{\Huge\bfseries %s\par}
\vspace{1.5cm}
{\large Presented to the Secretary of State for Housing, Communities and Local Government under section 10 of the Local Government Act 1999\par}
\vfill
{\large %s\par}
\vspace{1cm}
{\small Inspection team: Lead Inspector; Finance Inspector; Governance Inspector; Inspection Officer\par}
\end{titlepage}
\setcounter{page}{2}
\tableofcontents
""" % (tex(data["title"]), tex(data["date"])))
    chapter = None
    section = None
    for place in places:
        if place["chapter"] != chapter:
            chapter = place["chapter"]
            section = None
            if chapter == "Foreword":
                out.append("\\chapter*{Foreword}\\addcontentsline{toc}{chapter}{Foreword}"
                           "\\markboth{Foreword}{}\n")
            elif chapter.startswith("Annex"):
                name = chapter.replace("Annex A ", "Annex A\\quad ")
                out.append("\\chapter*{%s}\\addcontentsline{toc}{chapter}{%s}\\markboth{%s}{}\n"
                           % (name, name, name))
            else:
                title = chapter.split(" ", 1)[1]
                if chapter.startswith("1 "):
                    out.append("\\clearpage\\pagenumbering{arabic}\n")
                out.append("\\chapter{%s}\n" % tex(title))
                if chapter.startswith("10 "):
                    out.append("We make the following recommendations. They are addressed to the "
                               "council and should be read with the findings in chapters 3 to 9.\n")
        if place.get("heading") != section and place.get("heading"):
            section = place["heading"]
            out.append("\\section{%s}\n" % tex(section))
        kind = place["kind"]
        if kind == "foreword":
            paras = place["text"].split("\n\n")
            out.append("\n\n".join(tex(p) for p in paras))
            out.append("\n\n\\bigskip\\noindent Lead Inspector\\\\ On behalf of the inspection team\\\\ "
                       + tex(data["date"]) + "\n")
        elif kind == "table":
            out.append(table_tex(place))
        else:
            out.append("\\np{%s}%s\n" % (place["label"], with_footnotes(place, notes)))
    out.append("\\end{document}\n")
    return "".join(out)


def table_tex(place: dict) -> str:
    rows, spec = place["rows"], place["colspec"]
    ncol = len(rows[0])

    def row(cells, bold=False):
        cells = cells + [""] * (ncol - len(cells))
        filled = [c for c in cells[1:] if c]
        if not filled:          # a heading row inside the table
            return "\\multicolumn{%d}{l}{\\textbf{%s}}\\\\\n" % (ncol, tex(cells[0]))
        f = (lambda c: "\\textbf{%s}" % tex(c)) if bold else tex
        return " & ".join(f(c) for c in cells) + "\\\\\n"

    caption = "%s: %s" % (place["label"], tex(place["caption"]))
    if place["label"] == "Table 2":      # the budget table: longtable, may cross a page
        body = "".join(row(r, bold=r[0].startswith(("Net expenditure", "Total funding",
                                                     "Budget gap", "Remaining gap",
                                                     "Cumulative")))
                       for r in rows[1:])
        head = row(rows[0], bold=True)
        return ("\n\\begingroup\\small\\setlength{\\LTpre}{12pt}\\setlength{\\LTpost}{12pt}\n"
                "\\begin{longtable}{%s}\n"
                "\\caption*{\\normalsize\\textbf{%s}}\\\\\n\\hline\n%s\\hline\n\\endfirsthead\n"
                "\\multicolumn{%d}{l}{\\textit{%s (continued)}}\\\\\n\\hline\n%s\\hline\n\\endhead\n"
                "\\hline\\multicolumn{%d}{r}{\\textit{continued overleaf}}\\\\\n\\endfoot\n"
                "\\hline\n\\endlastfoot\n%s\\end{longtable}\\endgroup\n"
                % (spec, caption, head, ncol, place["label"], head, ncol, body))
    body = "".join(row(r) for r in rows[1:])
    return ("\n\\begin{center}\\small\n\\textbf{%s}\\\\[6pt]\n\\begin{tabular}{%s}\n\\hline\n%s\\hline\n"
            "%s\\hline\n\\end{tabular}\n\\end{center}\n" % (caption, spec, row(rows[0], True), body))


def letter_tex(data: dict) -> str:
    paras = "\n\n".join(tex(p["text"]) for p in data["places"])
    return r"""\documentclass[11pt,a4paper]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\usepackage{mathptmx}
\usepackage[british]{babel}
\usepackage[a4paper,top=1.5cm,bottom=1.8cm,left=2.5cm,right=2.5cm]{geometry}
\pagestyle{empty}
\setlength{\parindent}{0pt}\setlength{\parskip}{4pt}
\begin{document}
\begin{flushright}
{\large\bfseries %(from)s}\\[2pt]
{\small 2 Marsham Street\\ London SW1P 4DF\\[6pt] Our reference: %(ref)s}
\end{flushright}
\vspace{4pt}
%(to)s

\vspace{4pt}
%(date)s

\textbf{%(subject)s}

%(salutation)s

%(paras)s

Yours sincerely,

\vspace{0.9cm}
\textbf{%(signatory)s}

\vspace{6pt}
{\small cc: The Leader of the Council; the Leaders of the other political groups}
\end{document}
""" % {"from": tex(data["letterhead"]), "ref": tex(data["reference"]),
       "to": "\\\\\n".join(tex(l) for l in data["addressee"]), "date": tex(data["date"]),
       "subject": tex(data["subject"]), "salutation": tex(data["salutation"]), "paras": paras,
       "signatory": "\\\\\n".join(tex(l) for l in data["signatory"])}


# ------------------------------------------------------------------ rendering

def render(tex_source: str, out_pdf: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        (tmp / "doc.tex").write_text(tex_source, encoding="utf-8")
        for _ in range(3):          # contents, longtable widths
            r = subprocess.run(["latex", "-interaction=nonstopmode", "doc.tex"], cwd=tmp,
                               capture_output=True, text=True, errors="replace")
            if r.returncode != 0 or not (tmp / "doc.dvi").exists():
                print(r.stdout[-3000:])
                raise SystemExit("latex failed")
        subprocess.run(["dvips", "-q", "-o", "doc.ps", "doc.dvi"], cwd=tmp, check=True)
        subprocess.run(["ps2pdf", "-sPAPERSIZE=a4", "doc.ps", "doc.pdf"], cwd=tmp, check=True)
        shutil.copy(tmp / "doc.tex", out_pdf.with_suffix(".tex"))
        shutil.copy(tmp / "doc.pdf", out_pdf)


def squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower().replace("ﬁ", "fi").replace("ﬂ", "fl"))


def fill_pages(data: dict, pdf: Path) -> None:
    """Each place's page: where its opening words first appear, reading on from the last."""
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    pages = out.split("\f")[:-1]
    stream, starts = "", []
    for p in pages:
        starts.append(len(stream))
        stream += squash(p)

    def page_of(at):
        return max(i for i, s in enumerate(starts) if s <= at) + 1

    cursor = 0
    for place in data["places"]:
        key = squash(place["rows"][1][0] if place["kind"] == "table" else place["text"])
        at = -1
        for n in (40, 25, 15):
            at = stream.find(key[:n], cursor)
            if at >= 0:
                break
        if at < 0:
            print("page not found for", place["label"])
            place["page"] = None
            continue
        cursor = at
        place["page"] = page_of(at)
    for note in data.get("footnotes", []):
        at = stream.find(squash(note["text"])[:40])
        note["page"] = page_of(at) if at >= 0 else None
    # printed arabic 1 is the page of chapter 1
    first = next((p for p in data["places"] if p["chapter"] and p["chapter"].startswith("1 ")), None)
    if first and data["kind"] == "report":
        data["page_offset"] = first["page"] - 1
    data["pages"] = len(pages)


def main() -> None:
    report_path = HERE / "report.json"
    report = json.loads(report_path.read_text(encoding="utf-8"))
    render(report_tex(report), HERE / report["file"])
    fill_pages(report, HERE / report["file"])
    chapters = sorted({p["chapter"] for p in report["places"]
                       if p["chapter"] and p["chapter"] != "Foreword"},
                      key=lambda c: [p["chapter"] for p in report["places"]].index(c))
    report["furniture"] = ([report["short_title"]] + ["Foreword"] + chapters
                           + ["Contents", "page number alone at the foot (roman ii-iv, then arabic)",
                              "Table 2 (continued)", "continued overleaf"])
    report_path.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"report.pdf: {report['pages']} pages, page_offset {report['page_offset']}")

    letter_path = HERE / "letter.json"
    if letter_path.exists():
        letter = json.loads(letter_path.read_text(encoding="utf-8"))
        render(letter_tex(letter), HERE / letter["file"])
        fill_pages(letter, HERE / letter["file"])
        letter_path.write_text(json.dumps(letter, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"letter.pdf: {letter['pages']} pages")


if __name__ == "__main__":
    main()
