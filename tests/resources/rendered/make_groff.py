"""Render the groff -ms reports in this folder (issue 20): run from the repository's root,

    python tests/resources/rendered/make_groff.py

with groff and Ghostscript's ps2pdf on PATH (Debian: groff, ghostscript). CI needs neither: the
PDFs are committed. The text is tests/designed.py's own (make_report, seed 5), so a test knows
each paragraph's number and words. groff hyphenates at line ends, justifies, prints the
chapter's title as the running header (the left header string), the page number at the
foot, and Ghostscript embeds its fonts without a space: PDFium glued words ("overthe").
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
from designed import make_report  # noqa: E402

# file stem: (numbering, two columns, how a paragraph's number is printed)
RENDERINGS = {
    "groff-ms-bold-numbers": ("flat", True, "bold"),
    "groff-ms-indented-paragraphs": ("flat", False, "ip"),
}


def source(numbering: str, two_columns: bool, style: str) -> str:
    report = make_report(seed=5, numbering=numbering)
    lines = [".nr PS 10", ".nr VS 12", ".nr PD 0.5v", ".nr PI 0", ".hy 1", ".ds CH",
             ".ds RF %", ".TL", "Best Value Inspection of Thornbury", ".AU",
             "Inspection team", ".LP"]
    if two_columns:
        lines.append(".2C")
    chapter = 0
    for p in report.paragraphs:
        if p.chapter != chapter:
            chapter = p.chapter
            title = report.chapters[chapter - 1]
            lines += [".SH", f"{chapter} {title}", f".ds LH {title}"]
        if style == "bold":
            lines += [".LP", f"\\fB{p.label}\\fP\\ \\ {p.text}"]
        else:
            lines += [f'.IP "\\fB{p.label}\\fP" 4', p.text]
    return "\n".join(lines) + "\n"


def main() -> None:
    for stem, (numbering, two_columns, style) in RENDERINGS.items():
        ps = subprocess.run(["groff", "-k", "-ms", "-Tps"], input=source(numbering,
                            two_columns, style).encode("utf-8"), capture_output=True,
                            check=True).stdout
        subprocess.run(["ps2pdf", "-", str(HERE / f"{stem}.pdf")], input=ps, check=True)


if __name__ == "__main__":
    main()
