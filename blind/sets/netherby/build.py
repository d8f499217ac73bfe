#!/usr/bin/env python3
"""Render report.json and letter.json with groff's ms macros (tbl for the tables) to PDF:
    python3 build.py            (writes report.ms, report.pdf, letter.ms, letter.pdf)
"""
import json
import subprocess
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHORT = "Netherby: Best Value Inspection"


def esc(text):
    """Text for a troff input line: backslashes doubled, and guarded at the line start."""
    return "\\&" + text.replace("\\", "\\e")


def chapter_head(ch):
    num, _, name = ch.partition(" ")
    return name


def report_ms(data):
    fns = {}
    for f in data["footnotes"]:
        fns.setdefault(f["place"], []).append(f)
    out = [
        ".nr PS 12", ".nr VS 15", ".nr LL 5.8i", ".nr PO 1.2i", ".nr PD 0.5v",
        ".nr HM 1i", ".nr FM 1i", ".nr FL 5.9i",
        ".hy 6", ".ds LH", ".ds CH", ".ds RH", ".ds CF",
        # cover
        ".sp 2i", ".ce 3", ".ps 20", ".vs 26", "\\f[B]" + esc("Best Value Inspection of"), esc("Netherby Borough Council") + "\\f[R]",
        ".sp 0.5i", ".ps 13", ".vs 17", ".ce 4",
        esc("Report of the inspection carried out under section 10"),
        esc("of the Local Government Act 1999"), "", esc("March 2025"),
        ".sp 3i", ".ps 10", ".vs 13", ".ce 2", esc("Presented to the Secretary of State for Housing, Communities and Local Government"),
        esc("by the Lead Inspector and the assistant inspectors"),
        ".ps 11", ".vs 14",
        ".bp",
        ".SH", esc("Contents"), ".LP", ".nf", ".in 0.3i",
    ]
    chapters = []
    for p in data["places"]:
        if p["chapter"] not in chapters:
            chapters.append(p["chapter"])
    for c in chapters:
        out.append(esc(c))
    out += [".in 0", ".fi", ".sp 1i", ".LP", ".ps 10",
            esc("Paragraph numbers are given in the margin. Recommendations are numbered R1 to R10."),
            ".ps 11",
            f".ds LH {SHORT}", ".pn 1"]
    current = None
    last_head = None
    for p in data["places"]:
        if p["chapter"] != current:
            current = p["chapter"]
            last_head = None
            name = chapter_head(current) if current[0].isdigit() else current
            out += [f".ds RH {name}", ".bp", ".ds CF - % -"]
            if current[0].isdigit():
                out += [".NH 1", esc(name)]
            else:
                out += [".SH", esc(name)]
        if p["heading"] and p["heading"] != last_head:
            last_head = p["heading"]
            out += [".SH", "\\f[I]" + esc(p["heading"]) + "\\f[P]"]
        if p["kind"] == "table":
            out += [".KS", ".sp 0.5v", ".ce", "\\f[B]" + esc(p["caption"]) + "\\f[R]", ".TS", "center box tab(@);"]
            rows = p["rows"]
            ncol = len(rows[0])
            out.append(("lb " + "cb " * (ncol - 1)).strip())
            out.append(("l " + "n " * (ncol - 1)).strip() + ".")
            out.append(" @ ".join(["\\&" + c for c in rows[0]]).replace(" @ ", "@"))
            out.append("_")
            for r in rows[1:]:
                out.append("@".join("\\&" + c for c in r))
            out += [".TE", ".sp 0.5v", ".KE"]
            continue
        text = p["text"]
        for f in fns.get(p["label"], []):
            i = text.index(f["anchor"]) + len(f["anchor"])
            text = text[:i] + "\x00" + text[i:]
        body = esc(text).replace("\x00", "\\**")
        if p["kind"] == "summary":
            out += [".PP", body]
        else:
            out += [f".IP {p['label']} 0.55i", body]
        for f in fns.get(p["label"], []):
            out += [".FS", esc(f["text"]), ".FE"]
    return "\n".join(out) + "\n"


def letter_ms(data):
    pl = [p["text"] for p in data["places"]]
    out = [".nr PS 11", ".nr VS 14", ".nr LL 6i", ".nr PO 1.1i", ".nr PD 0.6v", ".nr HM 0.8i",
           ".ds LH", ".ds CH", ".ds RH", ".ds CF", ".hy 6",
           ".LP", ".ad r", ".nf", "\\f[B]" + esc("Ministry of Housing, Communities and Local Government") + "\\f[R]",
           esc("Minister of State for Local Government"), "", esc("Our reference: BVI/NBC/0325"),
           "", esc(data["date"]), ".fi", ".ad b", ".sp 1",
           ".nf", esc("The Chief Executive"), esc("Netherby Borough Council"), esc("Civic Centre"),
           esc("Ness Road"), esc("Netherby"), ".fi", ".sp 1",
           ".LP", esc(pl[0]), ".LP", "\\f[B]" + esc(pl[1]) + "\\f[R]"]
    for t in pl[2:-2]:
        out += [".PP", esc(t)]
    out += [".sp 1", ".LP", esc(pl[-2]), ".sp 3", ".LP", "\\f[B]" + esc(pl[-1]) + "\\f[R]"]
    return "\n".join(out) + "\n"


def render(ms_text, stem):
    src = HERE / f"{stem}.ms"
    src.write_text(ms_text, encoding="utf-8")
    with open(HERE / f"{stem}.pdf", "wb") as pdf:
        subprocess.run(["groff", "-k", "-ms", "-t", "-Tpdf", str(src)], stdout=pdf, check=True)


if __name__ == "__main__":
    render(report_ms(json.loads((HERE / "report.json").read_text(encoding="utf-8"))), "report")
    render(letter_ms(json.loads((HERE / "letter.json").read_text(encoding="utf-8"))), "letter")
    print("wrote report.pdf and letter.pdf")
