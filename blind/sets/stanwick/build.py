"""Render report.json (rst2pdf, Stanwick house style) and letter.json (reportlab); then fill in
each place's page from the rendering."""
import json, re, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
import check_labels as ck  # only its word-matching helpers, to read the pages back

RST2PDF = "/opt/blindtools/bin/rst2pdf"

# footnotes: (place label, word after which the call goes) in document order
FOOTNOTE_AT = [("1.1", "Local Government Act 1999"), ("3.5", "submission to us"),
               ("4.10", "Accountability Act 2014"), ("5.1", "overview and scrutiny"),
               ("5.4", "audit committees")]

CAPTIONS = {"Table 1": "Table 1: External borrowing, reserves and debt servicing, 2020/21 to 2024/25",
            "Table 2": "Table 2: Capital programme 2025/26 to 2028/29",
            "Table 3": "Table 3: Staff survey, selected results (612 respondents)"}
TABLE_COLS = {"Table 1": ["Year", "External borrowing (£m)", "Usable reserves (£m)", "Debt servicing cost (£m)"],
              "Table 2": ["Scheme", "Budget 2025/26 to 2028/29 (£m)", "Status"],
              "Table 3": ["Statement", "Agree (%)", "Disagree (%)"]}


def esc(t):
    return t.replace("*", "\\*").replace("`", "\\`").replace("|", "\\|")


def table_rst(label, text):
    cols = TABLE_COLS[label]
    rest = text[len(" ".join(cols)):].strip()
    rows = []
    if label == "Table 1":
        toks = rest.split()
        rows = [toks[i:i + 4] for i in range(0, len(toks), 4)]
    elif label == "Table 2":
        for m in re.finditer(r"(.+?) (\d+\.\d) ?(On site|Design|Tender|Feasibility|Ongoing|Agreed|)(?= |$)", rest):
            rows.append([m.group(1).strip(), m.group(2), m.group(3)])
    else:
        for m in re.finditer(r"(.+?) (\d+) (\d+)(?= |$)", rest):
            rows.append([m.group(1).strip(), m.group(2), m.group(3)])
    assert " ".join(" ".join(c for c in r if c) for r in [cols] + rows) == text, (label, rows)
    out = [f".. class:: tablecaption\n\n{CAPTIONS[label]}\n",
           f".. list-table::\n   :header-rows: 1\n   :widths: {' '.join(['50'] + ['25'] * (len(cols) - 1))}\n"]
    for r in [cols] + rows:
        out.append("   * - " + esc(r[0]))
        for c in r[1:]:
            out.append("     - " + (esc(c) if c else ".."))
    return "\n".join(out).replace("     - ..", "     -") + "\n"


def report_rst(rep):
    fn = {lab: (n, anchor) for n, (lab, anchor) in enumerate(FOOTNOTE_AT, 1)}
    L = []
    L.append(".. header::\n\n   ###Section###\n")
    L.append(".. footer::\n\n   OFFICIAL  |  Page ###Page### of ###Total###\n")
    # cover
    L.append(".. class:: coversub\n\nMinistry of Housing, Communities and Local Government\n")
    L.append(".. raw:: pdf\n\n   Spacer 0 90\n")
    L.append(".. class:: covertitle\n\n" + rep["title"] + "\n")
    L.append(".. raw:: pdf\n\n   Spacer 0 20\n")
    L.append(".. class:: coversub\n\nReport of the inspection carried out under section 10 of the Local Government Act 1999\n")
    L.append(".. raw:: pdf\n\n   Spacer 0 200\n")
    L.append(".. class:: coversub\n\nJuly 2025\n")
    L.append(".. raw:: pdf\n\n   PageBreak cutePage\n")
    L.append(".. contents:: Contents\n   :depth: 1\n")
    L.append(".. raw:: pdf\n\n   PageBreak\n")
    chapter = None
    heading = None
    for p in rep["places"]:
        if p["chapter"] != chapter:
            if chapter is not None:
                L.append(".. raw:: pdf\n\n   PageBreak\n")
            chapter, heading = p["chapter"], None
            L.append(chapter + "\n" + "=" * len(chapter) + "\n")
        if p["heading"] and p["heading"] != heading:
            heading = p["heading"]
            L.append(".. class:: heading2\n\n" + heading + "\n")
        text = esc(p["text"])
        if p["label"] in fn:
            n, anchor = fn[p["label"]]
            text = text.replace(anchor, anchor + f" [#f{n}]_", 1)
        if p["kind"] == "table":
            L.append(table_rst(p["label"], p["text"]))
        elif p["kind"] == "summary":
            L.append(text + "\n")
        elif p["kind"] == "recommendation":
            L.append(".. class:: recheading\n\n" + p["label"] + "\n")
            L.append(text + "\n")
        else:
            parts = re.split(r" (?=\([a-h]\) )", text)
            L.append(p["label"] + "  " + parts[0] + "\n")
            for sp in parts[1:]:
                L.append(".. class:: subpara\n\n\\" + sp + "\n")
    L.append(".. raw:: pdf\n\n   PageBreak\n")
    L.append("Notes\n=====\n")
    for n, f in enumerate(rep["footnotes"], 1):
        L.append(f".. [#f{n}] {esc(f['text'])}\n")
    return "\n".join(L)


def fill_pages(data, pdf):
    pages = ck.rendered_pages.__wrapped__(pdf)
    page_tokens = [ck.words(p) for p in pages]
    tokens = [t for p in page_tokens for t in p]
    starts, total = [], 0
    for p in page_tokens:
        starts.append(total); total += len(p)
    def page_of(at):
        return max(i for i, s in enumerate(starts) if s <= at) + 1
    cursor = 0
    for p in data["places"]:
        needle = ck.joined_variants(ck.words(p["text"]), tokens)
        if p["kind"] == "table":
            at = ck.find_in_order(tokens, ck.words(CAPTIONS[p["label"]]), cursor)
        elif p["kind"] == "summary":
            at = ck.find_in_order(tokens, needle[:6], cursor)
        else:
            at = ck.find_in_order(tokens, needle, cursor)
        if at is None:
            print("NOT FOUND", p["label"]); p["page"] = None; continue
        cursor = at
        p["page"] = page_of(at)
    for f in data.get("footnotes", []):
        for i, pg in enumerate(pages):
            if ck.flat(f["text"]) in ck.flat(pg):
                f["page"] = i + 1
    return len(pages)


def build_report():
    rep = json.loads((HERE / "report.json").read_text())
    (HERE / "report.rst").write_text(report_rst(rep))
    subprocess.run([RST2PDF, "report.rst", "-s", "stanwick.yaml", "-o", "report.pdf"], cwd=HERE, check=True)
    n = fill_pages(rep, HERE / "report.pdf")
    (HERE / "report.json").write_text(json.dumps(rep, indent=1, ensure_ascii=False))
    print("report.pdf:", n, "pages")


def build_letter():
    import build_letter
    build_letter.render(HERE)
    let = json.loads((HERE / "letter.json").read_text())
    n = fill_pages(let, HERE / "letter.pdf")
    (HERE / "letter.json").write_text(json.dumps(let, indent=1, ensure_ascii=False))
    print("letter.pdf:", n, "pages")


if __name__ == "__main__":
    build_report()
    if (HERE / "letter.json").exists():
        sys.path.insert(0, str(HERE))
        build_letter()
