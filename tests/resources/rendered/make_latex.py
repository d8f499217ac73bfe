"""Render the LaTeX report in this folder (issue 20): run from the repository's root,

    python tests/resources/rendered/make_latex.py

with latex, dvips and Ghostscript's ps2pdf on PATH (Debian: texlive-latex-base,
texlive-latex-extra for fancyhdr, ghostscript). CI needs none of them: the PDF is committed.
The text is tests/designed.py's own (make_report, seed 5). LaTeX's T1 font encoding without
the cm-super fonts gives dvips bitmap (Type 3) fonts without a ToUnicode map: a PDF reader
gets the ligatures ff, fi, ffi as the codes 0x1B-0x1F and "£" as "¿".
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from designed import make_report  # noqa: E402

PREAMBLE = [
    r"\documentclass[11pt,a4paper]{article}", r"\usepackage[T1]{fontenc}",
    r"\usepackage{fancyhdr}", r"\pagestyle{fancy}", r"\fancyhf{}",
    r"\fancyhead[L]{Best Value Inspection of Thornbury}", r"\fancyhead[R]{\leftmark}",
    r"\fancyfoot[C]{\thepage}", r"\renewcommand{\sectionmark}[1]{\markboth{#1}{}}",
    r"\setlength{\parindent}{0pt}", r"\setlength{\parskip}{6pt}", r"\begin{document}",
    r"\title{Best Value Inspection of Thornbury}\maketitle"]


def escape(text: str) -> str:
    return text.replace("£", r"\pounds{}").replace("%", r"\%").replace("&", r"\&")


def source() -> str:
    """Sections for chapters (a running header of the chapter's title), each paragraph's bold
    number with its full stop hanging in the left margin, footnotes by \\footnote."""
    report = make_report(seed=5)
    lines = list(PREAMBLE)
    chapter = 0
    for p in report.paragraphs:
        if p.chapter != chapter:
            chapter = p.chapter
            lines.append(r"\section{%s}" % report.chapters[chapter - 1])
        note = r"\footnote{%s}" % escape(p.footnote) if p.footnote else ""
        lines.append(r"\noindent\llap{\textbf{%s.}\hspace{1em}}%s%s" % (p.label, escape(p.text),
                                                                       note) + "\n")
    lines.append(r"\end{document}")
    return "\n".join(lines) + "\n"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tex = Path(tmp) / "report.tex"
        tex.write_text(source(), encoding="utf-8")
        for _ in range(2):      # twice: the running headers' marks
            subprocess.run(["latex", "-interaction=batchmode", tex.name], cwd=tmp, check=True,
                           capture_output=True)
        subprocess.run(["dvips", "-q", "report.dvi", "-o", "report.ps"], cwd=tmp, check=True)
        subprocess.run(["ps2pdf", "report.ps", str(HERE / "latex-t1-hanging-numbers.pdf")],
                       cwd=tmp, check=True)


if __name__ == "__main__":
    main()
