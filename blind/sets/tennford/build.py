#!/usr/bin/env python3
"""Render report.json and letter.json to report.pdf and letter.pdf with pandoc + xelatex,
then write into each place the PDF page where it starts (found with pdftotext).

    python3 build.py
"""
import json, re, subprocess, unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUILD = HERE / "_build"
BUILD.mkdir(exist_ok=True)

HEADER = r"""
\usepackage{fancyhdr}
\usepackage{titlesec}
\usepackage{xcolor}
\usepackage{tocloft}
\usepackage[document]{ragged2e}
\definecolor{govgreen}{HTML}{00703C}
\setsansfont{TeX Gyre Heros}
\titleformat{\chapter}[block]{\sffamily\bfseries\LARGE\color{govgreen}}{}{0pt}{}
\titlespacing*{\chapter}{0pt}{0pt}{18pt}
\titleformat{\section}{\sffamily\bfseries\large}{}{0pt}{}
\titlespacing*{\section}{0pt}{14pt}{6pt}
\renewcommand{\cfttoctitlefont}{\sffamily\bfseries\LARGE\color{govgreen}}
\renewcommand{\cftchapfont}{\sffamily}
\renewcommand{\cftchappagefont}{\sffamily}
\setlength{\cftchapnumwidth}{0pt}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\footnotesize\sffamily Best Value Inspection of Tennford District Council}
\fancyhead[R]{\footnotesize\sffamily\leftmark}
\fancyfoot[C]{\small\thepage}
\renewcommand{\headrulewidth}{0.4pt}
\fancypagestyle{plain}{\fancyhf{}\fancyfoot[C]{\small\thepage}\renewcommand{\headrulewidth}{0pt}}
\setlength{\parskip}{9pt}
\setlength{\parindent}{0pt}
\renewcommand{\footnotesize}{\fontsize{8.5pt}{10pt}\selectfont}
\pagenumbering{roman}
"""

COVER = r"""
\begin{titlepage}
\sffamily
\begin{flushright}{\small OFFICIAL}\end{flushright}
\vspace*{2cm}
{\color{govgreen}\rule{\linewidth}{3pt}}\par
\vspace{1.2cm}
{\fontsize{30pt}{36pt}\selectfont\bfseries Best Value Inspection of\\[4pt] Tennford District Council\par}
\vspace{1cm}
{\Large Report of the inspection team\par}
\vspace{0.6cm}
{\large Presented to Parliament pursuant to section 15(5) of the Local Government Act 1999\par}
\vfill
{\large May 2025\par}
\vspace{0.5cm}
{\color{govgreen}\rule{\linewidth}{1pt}}\par
{\small Ministry of Housing, Communities and Local Government\par}
\end{titlepage}
"""


def md_escape(text):
    return text.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("#", "\\#")


def with_calls(place, notes):
    text = place["text"]
    calls = sorted(place.get("footnote_calls", []), key=lambda c: -c["offset"])
    text = md_escape(text)  # offsets: no escapes are needed in our texts, checked below
    assert text == place["text"], place["label"]
    for c in calls:
        text = text[:c["offset"]] + f"[^{c['number']}]" + text[c["offset"]:]
    return text


def report_markdown(report):
    notes = {f["number"]: f["text"] for f in report["footnotes"]}
    out, chapter, heading = [], None, None
    for p in report["places"]:
        if p["chapter"] != chapter:
            chapter, heading = p["chapter"], None
            if len(out) == 0:
                out.append("```{=latex}\n\\clearpage\\pagenumbering{arabic}\n```\n")
            out.append(f"# {chapter} {{-}}\n\n```{{=latex}}\n\\markboth{{{chapter}}}{{}}\n```\n")
        if p["heading"] != heading and p["heading"]:
            heading = p["heading"]
            out.append(f"## {heading} {{-}}\n")
        if p["kind"] == "table":
            head, rows = p["header"], p["rows"]
            align = ["-" * 44] + ["-" * 9 + ":"] * (len(head) - 1)
            lines = ["| " + " | ".join(head) + " |", "|" + "|".join(align) + "|"]
            lines += ["| " + " | ".join(r) + " |" for r in rows]
            out.append("\n".join(lines) + f"\n\n: {p['caption']}\n")
        elif p["kind"] == "recommendation":
            out.append(f"**{p['label']}:** {with_calls(p, notes)}\n")
        else:
            out.append(f"**{p['label']}** {with_calls(p, notes)}\n")
    out.append("\n")
    for n, t in sorted(notes.items()):
        out.append(f"[^{n}]: {t}\n")
    return "\n".join(out)


def run_pandoc(md_path, pdf_path, extra):
    cmd = ["pandoc", str(md_path), "-o", str(pdf_path), "--pdf-engine=xelatex",
           "-V", "mainfont=TeX Gyre Pagella"] + extra
    subprocess.run(cmd, check=True, cwd=HERE)


def pdf_pages(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         check=True).stdout.decode()
    return out.split("\f")[:-1]


def norm(s):
    s = unicodedata.normalize("NFKC", s).translate(str.maketrans("‘’“”–—", "''\"\"--"))
    return " ".join(re.findall(r"[£]?\d+(?:[.,]\d+)*%?|[a-z]+", s.lower()))


def fill_pages(data, pdf, prefix):
    pages = [norm(p) for p in pdf_pages(pdf)]
    for p in data["places"]:
        first = " ".join(norm(p["text"]).split()[:3])
        if p["kind"] == "table":
            key = norm(p["label"] + " " + p["caption"])
        elif prefix and p["kind"] != "recommendation":
            key = norm(p["label"]) + " " + first
        elif p["kind"] == "recommendation":
            key = norm(p["label"]) + " " + first
        else:
            key = first
        hits = [i + 1 for i, t in enumerate(pages) if key in t]
        if len(hits) != 1:
            print("page?", p["label"], hits)
        p["page"] = hits[0] if hits else None
    return pages


def build_report():
    report = json.loads((HERE / "report.json").read_text())
    (BUILD / "header.tex").write_text(HEADER)
    (BUILD / "cover.tex").write_text(COVER)
    (BUILD / "report.md").write_text(report_markdown(report))
    run_pandoc(BUILD / "report.md", HERE / "report.pdf",
               ["-V", "documentclass=report", "--top-level-division=chapter", "--toc",
                "--toc-depth=1", "-V", "toc-title=Contents", "-V", "colorlinks=false",
                "-V", "fontsize=12pt", "-V", "linestretch=1.3",
                "-V", "geometry:a4paper,margin=3cm,headheight=15pt",
                "-H", str(BUILD / "header.tex"), "-B", str(BUILD / "cover.tex")])
    pages = fill_pages(report, HERE / "report.pdf", True)
    # printed page 1 is the first page of Chapter 1
    ch1 = next(p["page"] for p in report["places"] if p["label"] == "1.1")
    report["page_offset"] = ch1 - 1
    for f in report["footnotes"]:
        hits = [i + 1 for i, t in enumerate(pages) if norm(f['text']) in t]
        f["page"] = hits[-1] if hits else None
        if len(hits) != 1:
            print("footnote page?", f["number"], hits)
    (HERE / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n")
    print("report.pdf:", len(pages), "pages; page_offset", report["page_offset"])


LETTER_HEADER = r"""
\usepackage{xcolor}
\definecolor{govgreen}{HTML}{00703C}
\setsansfont{TeX Gyre Heros}
\pagestyle{empty}
\setlength{\parskip}{7pt}
\setlength{\parindent}{0pt}
"""


def build_letter():
    import letter_src as L
    letter = json.loads((HERE / "letter.json").read_text())
    md = [r"""```{=latex}
\begin{minipage}[t]{0.55\textwidth}\sffamily
{\color{govgreen}\rule{3pt}{40pt}}\hspace{6pt}\parbox[b]{0.85\linewidth}{\bfseries Ministry of Housing,\\ Communities \&\\ Local Government}
\end{minipage}\hfill
\begin{minipage}[t]{0.4\textwidth}\sffamily\footnotesize\raggedleft
\textbf{Rebecca Tolland MP}\\ Minister of State for Local Government\\[4pt]
Ministry of Housing, Communities\\ and Local Government\\ 2 Marsham Street\\ London SW1P 4DF\\[4pt]
Our reference: MC2025/04417
\end{minipage}
\vspace{1cm}
```
"""]
    md.append("\\\n".join(L.ADDRESS) + "\n")
    md.append(f"```{{=latex}}\n\\hfill {L.DATE}\n```\n")
    md.append("Dear Chief Executive,\n")
    md.append(f"**{L.SUBJECT.upper()}**\n")
    for p in letter["places"]:
        md.append(md_escape(p["text"]) + "\n")
    md.append("Yours sincerely,\n\n```{=latex}\n\\vspace{1.2cm}\n```\n")
    md.append("**" + L.SIGNATURE[0] + "**\\\n" + L.SIGNATURE[1] + "\n")
    (BUILD / "letter.md").write_text("\n".join(md))
    (BUILD / "letter-header.tex").write_text(LETTER_HEADER)
    run_pandoc(BUILD / "letter.md", HERE / "letter.pdf",
               ["-V", "documentclass=article", "-H", str(BUILD / "letter-header.tex"),
                "-V", "geometry:a4paper,margin=2.2cm", "-V", "fontsize=10.5pt"])
    pages = fill_pages(letter, HERE / "letter.pdf", False)
    (HERE / "letter.json").write_text(json.dumps(letter, indent=1, ensure_ascii=False) + "\n")
    print("letter.pdf:", len(pages), "pages")


if __name__ == "__main__":
    build_report()
    build_letter()
