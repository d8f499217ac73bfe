#!/usr/bin/env python3
"""Render report.json and letter.json with groff -mm (tbl for the tables), PostScript to PDF
by ps2pdf, then read the pages back with pdftotext and record where each place starts."""
import json, re, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from content_report import FOOTNOTES, TABLE1, TABLE2  # noqa: E402

def esc(s):
    s = s.replace("\\", "\\\\")
    return s

def line(s):
    """A text line that groff will not take for a request."""
    s = esc(s)
    return "\\&" + s if s[:1] in ".'" else s

FN = {after: (anchor, text) for _, after, anchor, text in FOOTNOTES}

def body(label, text):
    if label in FN:
        anchor, note = FN[label]
        i = text.index(anchor) + len(anchor)
        return "\n".join([line(text[:i]) + "\\*F" + ("" if text[i:i+1] == " " else "\\c"),
                          ".FS", line(note), ".FE", line(text[i:].lstrip())])
    return line(text)

def tbl(rows, fmt, caption, cont=True):
    out = [".TB \"%s\"" % caption, ".TS H", "center box tab(|);", fmt + "."]
    out.append("|".join("\\fB%s\\fP" % c for c in rows[0]))
    out.append("_")
    out.append(".TH")
    for r in rows[1:]:
        out.append("|".join(("T{\n%s\nT}" % esc(c)) if i == 0 else esc(c) for i, c in enumerate(r)))
    out.append(".TE")
    return out

def report_mm(data):
    L = [
        ".nr Hy 1", ".nr Ej 1", ".nr Hb 1", ".nr Hs 1", ".nr Hu 1", ".nr Fs 1",
        ".ds HF 3 3 2 2", ".ds HP 14 12 11 11", ".S 12 16", ".nr Ps 1",
        ".ds Ch \\&",
        ".PH \"''''\"",
        ".PF \"'OFFICIAL'- % -''\"",
        # cover
        ".SP 2i", ".ce 99", ".S 22 28", "\\fBBest Value Inspection of", "Lydford Metropolitan Borough Council\\fP",
        ".S 13 18", ".SP 0.6i", "Report to the Secretary of State for",
        "Housing, Communities and Local Government", ".SP 0.4i", "April 2025", ".SP 2i", ".S 10 13",
        "Presented pursuant to section 10 of the Local Government Act 1999", ".ce 0", ".S 12 16",
        ".PH \"'Lydford MBC Best Value Inspection''\\\\\\\\*[Ch]'\"", ".ds Ch Contents", ".SK",
        # contents
        ".S 14", "\\fBContents\\fP", ".S 12 16", ".SP", ".VL 0.5i",
    ]
    chapters = []
    for p in data["places"]:
        if p["chapter"] not in chapters:
            chapters.append(p["chapter"])
    for c in chapters:
        m = re.match(r"(\d+) (.*)", c)
        L += [".LI \"%s\"" % (m.group(1) if m else "\\&"), m.group(2) if m else c]
    L += [".LE", ".ds Ch Executive summary", ".SK"]
    cur_ch, cur_head, in_list = None, None, False
    for p in data["places"]:
        if p["kind"] == "table":
            if in_list:
                L.append(".LE"); in_list = False
            if p["label"] == "Table 1":
                L += tbl(TABLE1, "lw(2.9i) | n | n | n", "Staff survey results, February 2025 (1,212 responses)")
            else:
                L += tbl(TABLE2, "l | n | n | n", "Council reserves, 2021 to 2026 (\\(Po million)")
            continue
        if p["chapter"] != cur_ch:
            if in_list:
                L.append(".LE"); in_list = False
            cur_ch, cur_head = p["chapter"], None
            m = re.match(r"(\d+) (.*)", cur_ch)
            if m:
                L += [".ds Ch %s" % esc(cur_ch), ".H 1 \"%s\"" % m.group(2)]
            else:
                L += [".ds Ch %s" % esc(cur_ch), ".HU \"%s\"" % cur_ch]
                if cur_ch.startswith("Executive"):
                    L.append(".nr H1 0")
        if p["heading"] and p["heading"] != cur_head:
            if in_list:
                L.append(".LE"); in_list = False
            cur_head = p["heading"]
            L += [".nr Hu 2", ".HU \"%s\"" % cur_head, ".nr Hu 1"]
        if p["kind"] == "summary":
            L += [".P", body(p["label"], p["text"])]
            continue
        if not in_list:
            L.append(".VL 0.55i"); in_list = True
        L += [".LI \"%s\"" % p["label"], body(p["label"], p["text"])]
    if in_list:
        L.append(".LE")
    L += [".SP 2", ".ce", "\\(em \\(em \\(em"]
    return "\n".join(L) + "\n"

def letter_mm(data):
    L = [".nr Hy 1", ".S 11 14", ".PH \"''''\"", ".PF \"''''\"",
         ".ad r", ".S 9 11", "\\fBMinistry of Housing, Communities and Local Government\\fP", ".br",
         "2 Marsham Street", ".br", "London SW1P 4DF", ".br", ".S 11 14", ".ad b", ".SP 0.4i",
         ".nf", "The Chief Executive", "Lydford Metropolitan Borough Council", "Council House",
         "Victoria Square", "Lydford", ".fi", ".SP",
         ".ad r", data["date"], ".ad b", ".SP", "Dear Chief Executive,", ".SP",
         "\\fB" + esc(data["heading"]) + "\\fP"]
    for p in data["places"]:
        L += [".P", line(p["text"])]
    L += [".SP", "Yours sincerely,", ".SP 0.7i", ".nf",
          "\\fISecretary of State for Housing, Communities and Local Government\\fP", ".fi"]
    return "\n".join(L) + "\n"

def render(mm_text, stem):
    (HERE / f"{stem}.mm").write_text(mm_text, encoding="utf-8")
    ps = subprocess.run(["groff", "-k", "-mm", "-t", "-Tps", f"{stem}.mm"], cwd=HERE,
                        capture_output=True, check=True)
    if ps.stderr:
        sys.stderr.write(ps.stderr.decode())
    subprocess.run(["ps2pdf", "-", f"{stem}.pdf"], input=ps.stdout, cwd=HERE, check=True)

def fill_pages(json_path):
    sys.path.insert(0, str(HERE.parent.parent))
    import check_labels as C
    data = json.loads(json_path.read_text(encoding="utf-8"))
    pages = C.rendered_pages.__wrapped__(HERE / data["file"])
    page_tokens = [C.words(p) for p in pages]
    tokens = [t for p in page_tokens for t in p]
    starts, total = [], 0
    for p in page_tokens:
        starts.append(total); total += len(p)
    cursor = 0
    for place in data["places"]:
        needle = C.joined_variants(C.words(place["text"]), tokens)
        if place["kind"] == "table":
            cap = {"Table 1": "Staff survey results, February 2025", "Table 2": "Council reserves, 2021 to 2026"}
            at = C.find_in_order(tokens, C.words(cap[place["label"]]), 0)
        else:
            at = C.find_in_order(tokens, needle, cursor)
        if at is None:
            print("NOT FOUND", place["label"]); continue
        if place["kind"] != "table":
            cursor = at
        place["page"] = max(i for i, s in enumerate(starts) if s <= at) + 1
    for fn in data.get("footnotes", []):
        at = C.find_in_order(tokens, C.words(fn["text"]), 0)
        fn["page"] = max(i for i, s in enumerate(starts) if s <= at) + 1 if at is not None else None
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json_path.name, len(pages), "pages")

if __name__ == "__main__":
    rep = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
    render(report_mm(rep), "report")
    fill_pages(HERE / "report.json")
    let = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))
    render(letter_mm(let), "letter")
    fill_pages(HERE / "letter.json")
