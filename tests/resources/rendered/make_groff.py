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

# file stem: (numbering, two columns, how a paragraph's number is printed: "stop-under-NH",
# bold with a full stop under chapters numbered by groff, "stop-under-SH" under unnumbered
# ones, each with .FS footnotes)
RENDERINGS = {
    "groff-ms-bold-numbers": ("flat", True, "bold"),
    "groff-ms-indented-paragraphs": ("flat", False, "ip"),
    "groff-ms-numbered-headings": ("flat", False, "numbered-headings"),
    "groff-ms-numbered-chapters": ("flat", False, "stop-under-NH"),
    "groff-ms-unnumbered-chapters": ("flat", False, "stop-under-SH"),
}


def source(numbering: str, two_columns: bool, style: str) -> str:
    report = make_report(seed=5, numbering=numbering)
    if style == "numbered-headings":
        return numbered_headings_source(report)
    # ("stop": groff's own paragraph spacing and indent, every hyphenation, the page number
    # centred at the foot)
    setting = [".hy 14", ".ds CH", ".ds CF %"] if style.startswith("stop") else \
        [".nr PD 0.5v", ".nr PI 0", ".hy 1", ".ds CH", ".ds RF %"]
    lines = [".nr PS 10", ".nr VS 12", *setting, ".TL", "Best Value Inspection of Thornbury",
             ".AU", "Inspection team", ".LP"]
    if two_columns:
        lines.append(".2C")
    chapter = 0
    for p in report.paragraphs:
        if p.chapter != chapter:
            chapter = p.chapter
            title = report.chapters[chapter - 1]
            heading = {"stop-under-NH": [".NH 1", title], "stop-under-SH": [".SH", title]}
            lines += heading.get(style, [".SH", f"{chapter} {title}"]) + [f".ds LH {title}"]
        if style == "bold":
            lines += [".LP", f"\\fB{p.label}\\fP\\ \\ {p.text}"]
        elif style.startswith("stop"):
            lines += [".LP", f"\\fB{p.label}.\\fP {p.text}"]
            if p.footnote:
                lines[-1] += "\\**"
                lines += [".FS", p.footnote, ".FE"]
        else:
            lines += [f'.IP "\\fB{p.label}\\fP" 4', p.text]
    return "\n".join(lines) + "\n"


def numbered_headings_source(report) -> str:
    """groff -ms's own numbered headings ("1. Introduction", "1.1. Findings", .NH) over
    paragraphs numbered straight through in bold with a full stop ("47. Members …", .LP),
    footnotes by .FS with groff's raised calls, the chapter's title as the right running
    header and the page number centred at the foot, then an annex of paragraphs A1 to A6."""
    lines = [".nr PS 11", ".nr VS 13", ".hy 14", ".ds LH Best Value Inspection", ".ds CH",
             ".ds CF %", ".TL", "Best Value Inspection of Thornbury", ".AU",
             "Inspection team"]
    chapter = 0
    for p in report.paragraphs:
        if p.chapter != chapter:
            chapter, section = p.chapter, 0
            title = report.chapters[chapter - 1]
            lines += [f".ds RH {title}", ".NH 1", title]
        if int(p.label) % 5 == 1:
            section += 1
            lines += [".NH 2", SUBHEADINGS[(chapter + section) % len(SUBHEADINGS)]]
        lines += [".LP", f"\\fB{p.label}.\\fP {p.text}"]
        if p.footnote:
            lines[-1] += "\\**"
            lines += [".FS", p.footnote, ".FE"]
    lines += [".ds RH Annex A", ".NH 1", "Annex A: the inspection's scope"]
    lines += [f".LP\n\\fBA{n}\\fP {text}" for n, text in enumerate(ANNEX, start=1)]
    return "\n".join(lines) + "\n"


# Subheadings under a chapter, one ending in a year as budget headings do.
SUBHEADINGS = ["Context", "Findings", "Budget setting for 2024/25", "Member and officer relations",
               "Raising concerns", "Oversight of companies"]

# The annex's paragraphs, A1 to A6.
ANNEX = [
    "The inspection was commissioned under section 10 of the Local Government Act 1999.",
    "Inspectors read the council's papers for the three years before the inspection began.",
    "They interviewed members, officers and partners over six weeks in the spring.",
    "A staff survey was run for the inspection and answered by a third of the staff.",
    "The council was shown a draft of this report and corrected matters of fact.",
    "The inspection team thanks everyone who gave time to speak to it.",
]


def main() -> None:
    for stem, (numbering, two_columns, style) in RENDERINGS.items():
        ps = subprocess.run(["groff", "-k", "-ms", "-Tps"], input=source(numbering,
                            two_columns, style).encode("utf-8"), capture_output=True,
                            check=True).stdout
        subprocess.run(["ps2pdf", "-", str(HERE / f"{stem}.pdf")], input=ps, check=True)


if __name__ == "__main__":
    main()
