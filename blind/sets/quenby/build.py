#!/usr/bin/env python3
"""Render report.json and letter.json with calibre's ebook-convert (HTML -> PDF), then fill in
the page on which each place and footnote starts (two passes: the second prints the contents
page numbers)."""
import html, json, os, re, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))          # /work/blindkit for check_labels' tokeniser
from check_labels import words, find_in_order, joined_variants  # noqa: E402

ENV = dict(os.environ, QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox", QT_QPA_PLATFORM="offscreen")
SHORT = "Quenby City Council: Best Value Inspection"

CSS = """
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 12.5pt; line-height: 1.6; color: #0b0c0c; }
h1 { page-break-before: always; font-size: 20pt; color: #1d4f7c; margin-top: 0; border-bottom: 2px solid #1d4f7c; padding-bottom: 6pt; }
h2 { font-size: 13.5pt; color: #1d4f7c; margin-top: 16pt; margin-bottom: 4pt; }
p.para { margin: 0 0 12pt 0; text-align: left; }
span.num { font-weight: bold; display: inline-block; min-width: 3.2em; }
sup { font-size: 7.5pt; }
.cover { text-align: left; }
.cover .crest { font-size: 12pt; letter-spacing: 2px; color: #555; margin-top: 30pt; }
.cover .t { font-size: 30pt; font-weight: bold; color: #1d4f7c; margin-top: 90pt; line-height: 1.15; }
.cover .s { font-size: 15pt; margin-top: 18pt; }
.cover .d { font-size: 13pt; margin-top: 120pt; }
.cover .who { font-size: 11pt; margin-top: 14pt; color: #333; }
table.data { border-collapse: collapse; width: 100%; font-size: 11pt; margin: 6pt 0 12pt 0; }
table.data th { background: #1d4f7c; color: white; padding: 4pt; text-align: left; }
table.data td { border-bottom: 1px solid #b1b4b6; padding: 5pt; vertical-align: top; }
p.caption { font-weight: bold; font-size: 10.5pt; margin-bottom: 2pt; }
td.n { text-align: right; }
.notes { margin-top: 18pt; border-top: 1px solid #999; font-size: 9pt; }
.notes p { margin: 2pt 0; }
table.toc td { padding: 3pt 6pt; font-size: 12pt; }
table.recs td.r { font-weight: bold; width: 3em; }
"""


def esc(t):
    return html.escape(t, quote=False)


def para_html(place, calls):
    text = esc(place["text"])
    for after, n in calls.get(place["label"], []):
        a = esc(after)
        i = text.find(a)
        assert i >= 0, (place["label"], after)
        j = i + len(a)
        text = text[:j] + f'<sup><a href="#fn{n}" id="fnref{n}">{n}</a></sup>' + text[j:]
    return text


# where each footnote call sits: after these words of the paragraph
CALL_AFTER = {1: "Local Government Act 1999", 2: "Local Audit and Accountability Act 2014",
              3: "response rate of 38%.", 4: "in the past four years.", 5: "access to information procedure rules",
              6: "£7.9 million in March 2025.", 7: "minimum revenue provision", 8: "compared with 52 waivers in 2021/22.",
              9: "three of them severe."}

TABLES = {
 "Table 1": ("Table 1: Selected results of the inspection staff and member surveys",
             ["Survey statement", "Staff agreeing", "Councillors agreeing"],
             [["I am proud to work for / serve Quenby City Council", "71%", "84%"],
              ["I would feel safe raising a concern about wrongdoing", "53%", "61%"],
              ["I trust the council’s senior leadership", "29%", "45%"],
              ["My workload is manageable", "37%", "n/a"],
              ["Scrutiny is effective in holding the cabinet to account", "n/a", "42%"],
              ["Members and officers work well together", "34%", "39%"]]),
 "Table 2": ("Table 2: Principal schemes in the capital programme 2025/26 to 2029/30 (£ million)",
             ["Scheme", "Approved budget", "Current estimate", "Of which borrowing", "Business case date"],
             [r.split("|") for r in """Riverside Quays regeneration|48.0|93.0|61.5|2021
Northgate leisure centre|18.5|27.2|24.0|2022
Housing revenue account new build|86.0|91.4|38.0|2024
Highways maintenance|42.0|42.0|12.0|n/a
Schools condition programme|23.6|23.6|0.0|n/a
Quenby Markets Ltd loan facility|15.0|22.5|22.5|2020
City centre public realm|11.8|14.9|9.6|2023
Fleet replacement|9.2|9.2|9.2|2024
ICT modernisation|7.5|10.8|4.1|2023
Cemetery extension|3.1|3.1|3.1|2022
Flood alleviation (Quen Beck)|12.4|13.0|2.0|2024
Other schemes|64.6|61.3|1.0|various
Total|341.7|412.0|187.0|""".splitlines()]),
}


def table_html(label):
    cap, head, rows = TABLES[label]
    out = [f'<p class="caption">{esc(cap)}</p><table class="data"><thead><tr>']
    out += [f"<th>{esc(h)}</th>" for h in head]
    out.append("</tr></thead><tbody>")
    for r in rows:
        out.append("<tr>" + "".join(f'<td class="{"n" if i else ""}">{esc(c)}</td>' for i, c in enumerate(r)) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def report_html(rep, chapter_pages):
    places, notes = rep["places"], {f["number"]: f for f in rep["footnotes"]}
    calls = {}
    for f in rep["footnotes"]:
        calls.setdefault(f["_after"], []).append((CALL_AFTER[f["number"]], f["number"]))
    chapters = []
    for pl in places:
        if pl["chapter"] not in chapters:
            chapters.append(pl["chapter"])
    body = [f"""<div class="cover"><div class="crest">MINISTRY OF HOUSING, COMMUNITIES AND LOCAL GOVERNMENT</div>
<div class="t">{esc(rep['title'])}</div>
<div class="s">Report of the inspection team to the Secretary of State for Housing, Communities and Local Government</div>
<div class="d">September 2025</div>
<div class="who">Lead Inspector · Finance Inspector · Governance Inspector · Assistant Inspector</div>
<div class="who">Presented to the Secretary of State under section 13 of the Local Government Act 1999</div></div>"""]
    body.append('<h1 id="contents">Contents</h1><table class="toc">')
    for c in chapters:
        pg = chapter_pages.get(c, "")
        body.append(f"<tr><td>{esc(c)}</td><td>{pg}</td></tr>")
    body.append("</table>")
    for c in chapters:
        body.append(f'<h1 id="ch{chapters.index(c)}">{esc(c)}</h1>')
        heading = None
        chap_notes = []
        rec_open = False
        for pl in [x for x in places if x["chapter"] == c]:
            if pl["heading"] != heading and pl["kind"] not in ("table",):
                if rec_open:
                    body.append("</tbody></table>"); rec_open = False
                heading = pl["heading"]
                body.append(f"<h2>{esc(heading)}</h2>")
            if pl["kind"] == "table":
                body.append(table_html(pl["label"]))
            elif pl["kind"] == "recommendation":
                if not rec_open:
                    body.append('<table class="data recs"><thead><tr><th>No.</th><th>Recommendation</th></tr></thead><tbody>')
                    rec_open = True
                body.append(f'<tr><td class="r">{pl["label"]}</td><td>{para_html(pl, calls)}</td></tr>')
            else:
                body.append(f'<p class="para"><span class="num">{pl["label"]}</span> {para_html(pl, calls)}</p>')
            for after, n in calls.get(pl["label"], []):
                chap_notes.append(n)
        if rec_open:
            body.append("</tbody></table>")
        if chap_notes:
            body.append('<div class="notes"><p><b>Notes</b></p>')
            for n in chap_notes:
                body.append(f'<p id="fn{n}">{n}. {esc(notes[n]["text"])}</p>')
            body.append("</div>")
    return f"<html><head><meta charset='utf-8'><title>{esc(rep['title'])}</title><style>{CSS}</style></head><body>" + "\n".join(body) + "</body></html>"


def convert(src, dst, header, footer, extra=()):
    cmd = ["ebook-convert", str(src), str(dst), "--pdf-header-template", header, "--pdf-footer-template", footer,
           "--paper-size", "a4", "--pdf-page-margin-top", "60", "--pdf-page-margin-bottom", "54",
           "--pdf-page-margin-left", "62", "--pdf-page-margin-right", "62",
           "--pdf-default-font-size", "15", "--pdf-sans-family", "Liberation Sans",
           "--title", "Best Value Inspection of Quenby City Council", "--authors", "MHCLG",
           "--level1-toc", "//h:h1", "--use-auto-toc", "--page-breaks-before", "//h:h1", "--disable-font-rescaling", *extra]
    r = subprocess.run(cmd, env=ENV, capture_output=True, text=True)
    if r.returncode:
        sys.exit(r.stdout[-2000:] + r.stderr[-2000:])


def pages_of(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True).stdout
    return out.decode("utf-8").split("\f")[:-1]


def locate(pdf, texts):
    """1-based page where each text starts (same tokenising as the checker)."""
    pages = pages_of(pdf)
    page_tokens = [words(p) for p in pages]
    tokens = [t for p in page_tokens for t in p]
    starts, total = [], 0
    for p in page_tokens:
        starts.append(total); total += len(p)
    res, cursor = [], 0
    for t in texts:
        needle = joined_variants(words(t), tokens)
        at = find_in_order(tokens, needle, cursor)
        if at is None:
            at = find_in_order(tokens, needle, 0)
        if at is None:
            res.append(None); continue
        cursor = at
        res.append(max(i for i, s in enumerate(starts) if s <= at) + 1)
    return res


def build_report():
    rep = json.load(open(HERE / "report.json"))
    header = ('<div style="font-family: Liberation Sans, sans-serif; font-size: 8pt; color: #555; border-bottom: 0.5px solid #999; '
              f'padding-bottom: 2pt">{SHORT} &#8212; _SECTION_</div>')
    footer = '<div style="font-family: Liberation Sans, sans-serif; font-size: 9pt; text-align: center">Page _PAGENUM_</div>'
    chapter_pages = {}
    for _ in range(2):
        (HERE / "report.html").write_text(report_html(rep, chapter_pages), encoding="utf-8")
        convert(HERE / "report.html", HERE / "report.pdf", header, footer,
                ["--pdf-page-numbers"] if False else [])
        pages = pages_of(HERE / "report.pdf")
        chapters = []
        for pl in rep["places"]:
            if pl["chapter"] not in chapters:
                chapters.append(pl["chapter"])
        # a chapter starts on the page whose body begins with its title (after the header line)
        for c in chapters:
            for i, pg in enumerate(pages[2:], 3):
                lines = [l.strip() for l in pg.splitlines() if l.strip()]
                if len(lines) > 1 and c in lines[1:3]:
                    chapter_pages[c] = i
                    break
    found = locate(HERE / "report.pdf", [TABLES[pl["label"]][0] if pl["kind"] == "table" else pl["text"]
                                         for pl in rep["places"]])
    for pl, pg in zip(rep["places"], found):
        pl["page"] = pg
        if pg is None:
            print("NOT FOUND", pl["label"])
    fpages = locate(HERE / "report.pdf", [f"{f['number']}. {f['text']}" for f in rep["footnotes"]])
    for f, pg in zip(rep["footnotes"], fpages):
        f["page"] = pg
    json.dump(rep, open(HERE / "report.json", "w"), ensure_ascii=False, indent=1)
    print("report.pdf:", len(pages), "pages")


LETTER_LAYOUT = {
 "from_block": "<b>Rt Hon Daniel Prescombe MP</b><br>Secretary of State for Housing, Communities and Local Government<br>Ministry of Housing, Communities and Local Government<br>2 Marsham Street<br>London SW1P 4DF",
 "to_block": "Chief Executive<br>Quenby City Council<br>Civic Centre<br>Market Street<br>Quenby QN1 1AA",
 "date": "14 October 2025",
 "salutation": "Dear Chief Executive,",
 "subject": "BEST VALUE INSPECTION OF QUENBY CITY COUNCIL: PROPOSED INTERVENTION",
 "close": "Yours sincerely,",
 "signature": "<b>RT HON DANIEL PRESCOMBE MP</b><br>Secretary of State for Housing, Communities and Local Government",
}


def build_letter():
    let = json.load(open(HERE / "letter.json"))
    meta = LETTER_LAYOUT
    body = [f"""<div style="text-align:right; font-size:10pt; line-height:1.3">{meta['from_block']}</div>
<div style="font-size:10.5pt; margin-top: 10pt; line-height:1.3">{meta['to_block']}</div>
<p style="text-align:right; font-size:10.5pt">{esc(meta['date'])}</p>
<p style="font-size:10.5pt">{esc(meta['salutation'])}</p>
<p style="font-size:10.5pt; font-weight:bold">{esc(meta['subject'])}</p>"""]
    for pl in let["places"]:
        body.append(f'<p style="font-size:10.5pt; margin: 0 0 7pt 0; line-height:1.33">{esc(pl["text"])}</p>')
    body.append(f"""<p style="font-size:10.5pt; margin-top:12pt">{esc(meta['close'])}</p>
<p style="font-size:10.5pt; margin-top:26pt; line-height:1.3">{meta['signature']}</p>""")
    htm = (f"<html><head><meta charset='utf-8'><title>{esc(let['title'])}</title>"
           f"<style>body {{ font-family: 'Liberation Sans', Arial, sans-serif; }}</style></head><body>"
           + "\n".join(body) + "</body></html>")
    (HERE / "letter.html").write_text(htm, encoding="utf-8")
    footer = '<div style="font-family: Liberation Sans, sans-serif; font-size: 7.5pt; text-align: center; color:#555">2 Marsham Street, London SW1P 4DF &#183; www.gov.uk/mhclg</div>'
    convert(HERE / "letter.html", HERE / "letter.pdf", "<div></div>", footer,
            ["--pdf-page-margin-top", "40", "--pdf-default-font-size", "14"])
    found = locate(HERE / "letter.pdf", [pl["text"] for pl in let["places"]])
    for pl, pg in zip(let["places"], found):
        pl["page"] = pg
        if pg is None:
            print("NOT FOUND letter", pl["label"])
    json.dump(let, open(HERE / "letter.json", "w"), ensure_ascii=False, indent=1)
    print("letter.pdf:", len(pages_of(HERE / "letter.pdf")), "pages")


if __name__ == "__main__":
    build_report()
    if (HERE / "letter.json").exists():
        build_letter()
