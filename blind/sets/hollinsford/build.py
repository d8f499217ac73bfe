#!/usr/bin/env python3
"""Render report.json and letter.json to HTML and then PDF with headless Chromium,
then fill each place's 1-based page from pdftotext of the rendering."""
import json, html, re, subprocess, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)

def esc(s): return html.escape(s, quote=False)

REPORT_CSS = """
@page { size: A4; margin: 22mm 20mm 24mm 20mm;
  @top-left { content: "Best Value Inspection of Hollinsford Council"; font: 8pt Arial, sans-serif; color:#555; }
  @top-right { content: "OFFICIAL"; font: bold 8pt Arial, sans-serif; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, sans-serif; } }
@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-center { content: none; } }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 11.5pt; line-height: 1.45; color: #0b0c0c; }
.cover { height: 240mm; page-break-after: always; position: relative; }
.cover .crest { font-size: 12pt; letter-spacing: 0.05em; margin-top: 10mm; border-left: 6px solid #1d70b8; padding-left: 4mm; }
.cover h1 { font-size: 30pt; line-height: 1.15; margin-top: 60mm; }
.cover .sub { font-size: 14pt; margin-top: 8mm; }
.cover .date { position: absolute; bottom: 0; font-size: 12pt; }
h2.chapter { font-size: 20pt; color: #1d70b8; page-break-before: always; margin: 0 0 6mm 0; border-bottom: 2px solid #1d70b8; padding-bottom: 2mm; }
h3 { font-size: 13pt; margin: 6mm 0 2mm 0; }
.para { display: flex; margin: 0 0 3mm 0; }
.num { flex: 0 0 14mm; font-weight: bold; }
.txt { flex: 1; text-align: left; }
sup { font-size: 7pt; line-height: 0; }
table { border-collapse: collapse; margin: 3mm 0 5mm 14mm; width: calc(100% - 14mm); font-size: 10.5pt; }
caption { text-align: left; font-weight: bold; margin-bottom: 2mm; }
td, th { border: 1px solid #777; padding: 1.5mm 2mm; vertical-align: top; }
th { background: #dee0e2; text-align: left; }
.notes { margin-top: 8mm; border-top: 1px solid #999; padding-top: 2mm; font-size: 9pt; }
.notes p { margin: 0 0 1.5mm 0; }
.rec { display: flex; margin: 0 0 3mm 0; border-left: 4px solid #1d70b8; padding-left: 2mm; }
.rec .num { flex: 0 0 12mm; }
"""

def render_report(doc):
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (esc(doc["title"]), REPORT_CSS)]
    out.append("<div class='cover'><div class='crest'>Ministry of Housing, Communities and Local Government</div>"
               "<h1>%s</h1><div class='sub'>Report of the Lead Inspector and Assistant Inspectors appointed under section 10 of the Local Government Act 1999</div>"
               "<div class='date'>February 2025</div></div>" % esc(doc["title"]))
    fntext = {f["number"]: f["text"] for f in doc["footnotes"]}
    chapter = None; heading = None; pending = []
    def flush_notes():
        if pending:
            out.append("<div class='notes'><p><b>Notes</b></p>" + "".join("<p>%d. %s</p>" % (n, esc(fntext[n])) for n in pending) + "</div>")
            pending.clear()
    for pl in doc["places"]:
        if pl["chapter"] != chapter:
            flush_notes()
            chapter = pl["chapter"]; heading = None
            out.append("<h2 class='chapter'>%s</h2>" % esc(chapter))
        if pl["heading"] and pl["heading"] != heading:
            heading = pl["heading"]
            out.append("<h3>%s</h3>" % esc(heading))
        if pl["kind"] == "table":
            rows = pl["rows"]
            t = "<table><caption>%s</caption><tr>%s</tr>" % (esc(pl["caption"]), "".join("<th>%s</th>" % esc(c) for c in rows[0]))
            for r in rows[1:]:
                t += "<tr>%s</tr>" % "".join("<td>%s</td>" % esc(c) for c in r)
            out.append(t + "</table>")
            continue
        calls = "".join("<sup>%d</sup>" % n for n in (pl.get("fn") or []))
        pending.extend(pl.get("fn") or [])
        if pl["kind"] == "foreword":
            out.append("<div class='para'><div class='txt'>%s</div></div>" % esc(pl["text"]))
            out.append("<p style='margin-left:0'><i>Lead Inspector, on behalf of the inspection team</i></p>")
        elif pl["kind"] == "recommendation":
            out.append("<div class='rec'><div class='num'>%s</div><div class='txt'>%s</div></div>" % (esc(pl["label"]), esc(pl["text"])))
        else:
            out.append("<div class='para'><div class='num'>%s</div><div class='txt'>%s%s</div></div>" % (esc(pl["label"]), esc(pl["text"]), calls))
        if chapter == "9 Conclusions and recommendations" and pl["label"] == "9.4":
            out.append("<h3>Recommendations</h3>"); heading = "Recommendations"
    flush_notes()
    out.append("</body></html>")
    return "".join(out)

LETTER_CSS = """
@page { size: A4; margin: 18mm 22mm 20mm 22mm; }
body { font-family: Arial, "Liberation Sans", sans-serif; font-size: 10.5pt; line-height: 1.38; }
.head { display: flex; justify-content: space-between; margin-bottom: 8mm; }
.dept { font-weight: bold; font-size: 11pt; border-left: 5px solid #00625e; padding-left: 3mm; }
.addr { text-align: right; font-size: 9.5pt; }
p { margin: 0 0 3mm 0; }
.sig { margin-top: 8mm; }
"""

def render_letter(doc):
    m = doc["meta"]
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>" % (esc(doc["title"]), LETTER_CSS)]
    out.append("<div class='head'><div class='dept'>Ministry of Housing,<br>Communities and<br>Local Government</div>"
               "<div class='addr'>%s</div></div>" % "<br>".join(esc(x) for x in m["from_lines"]))
    out.append("<p>%s</p>" % "<br>".join(esc(x) for x in m["to_lines"]))
    out.append("<p>%s</p>" % esc(m["date"]))
    out.append("<p>%s</p>" % esc(m["salutation"]))
    out.append("<p><b>%s</b></p>" % esc(m["subject"]))
    for pl in doc["places"]:
        out.append("<p>%s</p>" % esc(pl["text"]))
    out.append("<div class='sig'><p>%s</p><p><b>%s</b><br>%s</p></div>" % (esc(m["close"]), esc(m["signer"]), esc(m["signer_role"])))
    out.append("</body></html>")
    return "".join(out)

def chromium(htmlfile, pdf):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, "file://" + os.path.join(HERE, htmlfile)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", s).strip()

def pages_of(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    return [norm(subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True, text=True).stdout) for i in range(1, n + 1)]

def fill_pages(doc, pdf):
    pages = pages_of(pdf)
    start = 0
    for pl in doc["places"]:
        probe = norm(pl["text"])[:60] if pl["kind"] != "table" else norm(pl["caption"])[:40]
        found = None
        for i in range(start, len(pages)):
            if probe in pages[i]:
                found = i; break
        if found is None:
            sys.exit("cannot place %s: %r" % (pl["label"], probe))
        pl["page"] = found + 1; start = found
    for f in doc.get("footnotes", []):
        probe = "%d. %s" % (f["number"], norm(f["text"])[:40])
        hits = [i + 1 for i, t in enumerate(pages) if probe in t]
        if len(hits) != 1: sys.exit("footnote %s: %r" % (f["number"], hits))
        f["page"] = hits[0]
    return len(pages)

def main():
    rep = json.load(open("report.json"))
    open("report.html", "w").write(render_report(rep))
    chromium("report.html", "report.pdf")
    n = fill_pages(rep, "report.pdf")
    json.dump(rep, open("report.json", "w"), indent=1, ensure_ascii=False)
    print("report.pdf", n, "pages,", len(rep["places"]), "places")
    if os.path.exists("letter.json"):
        let = json.load(open("letter.json"))
        open("letter.html", "w").write(render_letter(let))
        chromium("letter.html", "letter.pdf")
        n = fill_pages(let, "letter.pdf")
        json.dump(let, open("letter.json", "w"), indent=1, ensure_ascii=False)
        print("letter.pdf", n, "pages,", len(let["places"]), "places")

if __name__ == "__main__":
    main()
