#!/usr/bin/env python3
"""Render the Kingsmere report (content.py) as a Google-Docs-style HTML page, print it to PDF with
headless Chromium, and write report.json with the page each place starts on (read back from the
PDF with pdftotext). Then render the letter (letter.json) the same way.

    python3 build.py          (uses /opt/blindtools/bin/python or any python3; needs chromium, pdftotext)
"""
import html, json, re, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))          # /work/blindkit: check_labels' tokeniser
import content as C
from check_labels import words, find_in_order, joined_variants

FN = re.compile(r"\{(\d+)\}")

CSS = """
@page { size: A4; margin: 25.4mm 25.4mm 25.4mm 25.4mm;
  @bottom-right { content: "Page " counter(page); font-family: Arial, 'Liberation Sans', sans-serif;
                  font-size: 9pt; color: #444; }
  @top-left { content: "Kingsmere District Council: Best Value Inspection"; font-family: Arial, 'Liberation Sans', sans-serif;
               font-size: 9pt; color: #666; vertical-align: bottom; padding-bottom: 3mm; border-bottom: 0.5pt solid #999; } }
@page :first { @bottom-right { content: none; } @top-left { content: none; border-bottom: none; } }
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.7;
       color: #000; margin: 0; }
.runhead { position: fixed; top: -15mm; left: 0; right: 0; font-size: 9pt; color: #666;
           border-bottom: 0.5pt solid #999; padding-bottom: 1mm; }
.titlepage { break-after: page; }
.titlepage .t1 { margin-top: 60mm; font-size: 26pt; color: #0b5394; font-weight: bold; line-height: 1.2; }
.titlepage .t2 { margin-top: 8mm; font-size: 14pt; color: #434343; }
.titlepage .t3 { margin-top: 110mm; font-size: 11pt; color: #434343; }
.toc { break-after: page; }
.toc h1 { font-size: 18pt; }
.toc table { width: 100%; border-collapse: collapse; }
.toc td { padding: 2mm 0; color: #1155cc; text-decoration: underline; }
.toc td.pg { text-align: right; text-decoration: none; width: 15mm; }
h1 { font-size: 17pt; color: #0b5394; font-weight: normal; margin: 0 0 5mm 0; }
h2 { font-size: 13pt; color: #3d85c6; font-weight: normal; margin: 8mm 0 3mm 0; break-after: avoid; }
ol.chapters { list-style: none; padding: 0; margin: 0; counter-reset: ch; }
li.chapter { counter-increment: ch; counter-reset: para; break-before: page; }
li.chapter.first { break-before: auto; }
ol.paras { padding-left: 13mm; margin: 0; }
ol.paras > li { counter-increment: para; margin: 0 0 5.6mm 0; }
ol.paras > li::marker { content: counter(ch) "." counter(para) "   "; }
ol.recs { padding-left: 0; margin: 0; counter-reset: rec; list-style-position: inside; }
ol.recs > li { counter-increment: rec; margin: 0 0 4mm 0; }
ol.recs > li::marker { content: "Recommendation " counter(rec, upper-alpha) ": "; font-weight: bold; color: #0b5394; }
.annex { break-before: page; }
p.ap { margin: 0 0 4.6mm 0; padding-left: 13mm; text-indent: -13mm; }
span.an { display: inline-block; width: 13mm; text-indent: 0; }
sup { font-size: 7pt; line-height: 0; }
.notes { margin-top: 8mm; border-top: 0.5pt solid #999; padding-top: 2mm; font-size: 9pt; }
.notes p { margin: 0 0 1.5mm 0; }
table.data { border-collapse: collapse; width: 100%; margin: 3mm 0 6mm 0; font-size: 10pt; }
table.data caption { caption-side: top; text-align: left; font-weight: bold; padding-bottom: 2mm; }
table.data th { background: #0b5394; color: #fff; text-align: left; padding: 2.2mm; font-weight: bold; }
table.data td { border-bottom: 0.5pt solid #bbb; padding: 2.6mm 2.2mm; }
table.data thead { display: table-header-group; }
table.data tr { break-inside: avoid; }
"""


def esc(t):
    return html.escape(t, quote=False)


def para_html(text, fn_start):
    return FN.sub(lambda m: f"<sup>{m.group(1)}</sup>", esc(text))


def table_html(t):
    head = "".join(f"<th>{esc(h)}</th>" for h in t["head"])
    rows = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in t["rows"])
    return (f'<table class="data"><caption>{esc(t["caption"])}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")


def report_html(toc_pages):
    out = ['<div class="titlepage"><div class="t1">' + esc(C.TITLE) + '</div>'
           '<div class="t2">Report of the inspection team to the Secretary of State for Housing, '
           'Communities and Local Government</div>'
           f'<div class="t3">{esc(C.DATE)}</div></div>']
    toc_rows = []
    for num, title, _, _ in C.CHAPTERS:
        toc_rows.append((f"{num}. {title}", toc_pages.get(num, "")))
    toc_rows.append(("10. Recommendations", toc_pages.get("10", "")))
    for letter, title, _ in C.ANNEXES:
        toc_rows.append((title, toc_pages.get(letter, "")))
    out.append('<div class="toc"><h1>Contents</h1><table>' + "".join(
        f'<tr><td>{esc(a)}</td><td class="pg">{b}</td></tr>' for a, b in toc_rows) + "</table></div>")
    out.append('<ol class="chapters">')
    notes_no = 0
    for ci, (num, title, sections, notes) in enumerate(C.CHAPTERS):
        out.append(f'<li class="chapter{" first" if ci == 0 else ""}"><h1>{num}. {esc(title)}</h1>')
        pno = 0
        for heading, paras in sections:
            if heading:
                out.append(f"<h2>{esc(heading)}</h2>")
            out.append('<ol class="paras">')
            for p in paras:
                pno += 1
                out.append(f"<li>{para_html(p, notes_no)}</li>")
                label = f"{num}.{pno}"
                for t in (C.TABLE1, C.TABLE2):
                    if t["after"] == label:
                        out.append("</ol>" + table_html(t) + '<ol class="paras">')
            out.append("</ol>")
        if notes:
            out.append('<div class="notes">')
            for n in notes:
                notes_no += 1
                out.append(f"<p><sup>{notes_no}</sup> {esc(n)}</p>")
            out.append("</div>")
        out.append("</li>")
    out.append('<li class="chapter"><h1>10. Recommendations</h1>')
    out.append(f"<p>{esc(C.REC_INTRO)}</p><ol class=\"recs\">")
    for r in C.RECOMMENDATIONS:
        out.append(f"<li>{esc(r)}</li>")
    out.append("</ol></li></ol>")
    for letter, title, paras in C.ANNEXES:
        out.append(f'<div class="annex"><h1>{esc(title)}</h1>')
        for i, p in enumerate(paras, 1):
            out.append(f'<p class="ap"><span class="an">{letter}.{i}</span>{esc(p)}</p>')
        out.append("</div>")
    return ("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>"
            + esc(C.TITLE) + "</title><style>" + CSS + "</style></head><body>"
            + "\n".join(out) + "</body></html>")


def print_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", str(html_path)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def page_tokens(pdf):
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return [words(p) for p in out.split("\f")[:-1]]


def locate(pages, text, cursor=0):
    tokens = [t for p in pages for t in p]
    starts, total = [], 0
    for p in pages:
        starts.append(total)
        total += len(p)
    needle = joined_variants(words(text), tokens)
    at = find_in_order(tokens, needle, cursor)
    if at is None:
        at = find_in_order(tokens, needle, 0)
    if at is None:
        return None, cursor
    return max(i for i, s in enumerate(starts) if s <= at) + 1, at


def places():
    out, fns, n_fn = [], [], 0
    for num, title, sections, notes in C.CHAPTERS:
        chapter = f"{num}. {title}"
        pno = 0
        for heading, paras in sections:
            for p in paras:
                pno += 1
                out.append({"label": f"{num}.{pno}", "kind": "paragraph", "chapter": chapter,
                            "heading": heading, "page": None, "text": FN.sub("", p)})
                for t in (C.TABLE1, C.TABLE2):
                    if t["after"] == f"{num}.{pno}":
                        cells = [t["caption"]] + t["head"] + [c for r in t["rows"] for c in r if c]
                        out.append({"label": t["label"], "kind": "table", "chapter": chapter,
                                    "heading": t["heading"], "page": None, "text": " ".join(cells)})
        for n in notes:
            n_fn += 1
            fns.append({"number": n_fn, "page": None, "text": n})
    for i, r in enumerate(C.RECOMMENDATIONS):
        out.append({"label": "ABCDEFGH"[i], "kind": "recommendation", "chapter": "10. Recommendations",
                    "heading": None, "page": None, "text": r})
    for letter, title, paras in C.ANNEXES:
        for i, p in enumerate(paras, 1):
            out.append({"label": f"{letter}.{i}", "kind": "annex", "chapter": title,
                        "heading": None, "page": None, "text": p})
    return out, fns


def build_report():
    hp, pdf = HERE / "report.html", HERE / "report.pdf"
    toc = {}
    for _ in range(2):                       # second pass fills the contents page numbers
        hp.write_text(report_html(toc), encoding="utf-8")
        print_pdf(hp, pdf)
        pages = page_tokens(pdf)
        cursor = 0
        for num, title, _, _ in C.CHAPTERS + [("10", "Recommendations", None, None)]:
            pg, cursor = locate(pages[2:], f"{num}. {title}", cursor)
            toc[num] = pg + 2 if pg else ""
        for letter, title, _ in C.ANNEXES:
            pg, cursor = locate(pages[2:], title, cursor)
            toc[letter] = pg + 2 if pg else ""
    pls, fns = places()
    cursor = 0
    for p in pls:
        if p["kind"] == "table":
            pg, _ = locate(pages, p["text"].split(" ", 1)[0] + " " + p["text"].split(" ")[1] + ":", cursor)
            pg, _ = locate(pages, " ".join(p["text"].split()[:6]), cursor)
        else:
            pg, cursor = locate(pages, p["text"], cursor)
        p["page"] = pg
    for f in fns:
        pg, _ = locate(pages, f["text"])
        f["page"] = pg
    data = {"title": C.TITLE, "kind": "report", "file": "report.pdf",
            "producer": "Chromium headless print-to-pdf of HTML (imitating Google Docs 'Download as PDF')",
            "numbering": "two-level", "page_offset": 0,
            "furniture": [C.SHORT, "Page N"], "places": pls, "footnotes": fns}
    (HERE / "report.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"report.pdf: {len(pages)} pages, {len(pls)} places, {len(fns)} footnotes")


def build_letter():
    data = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))
    L = data["render"]
    css = """@page { size: A4; margin: 20mm 25mm 20mm 25mm; }
    body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.35; }
    .crest { font-size: 10pt; color: #333; border-bottom: 1pt solid #000; padding-bottom: 3mm; margin-bottom: 6mm; }
    .crest b { font-size: 13pt; }
    .addr { float: right; text-align: right; font-size: 9.5pt; }
    p { margin: 0 0 3.5mm 0; } .to { margin-bottom: 6mm; } .sig { margin-top: 8mm; }"""
    body = [f'<div class="crest"><div class="addr">{"<br>".join(map(esc, L["from_address"]))}</div>'
            f'<b>{esc(L["department"])}</b><br>{esc(L["from"])}</div>',
            '<div class="to">' + "<br>".join(map(esc, L["to"])) + "</div>",
            f'<p>{esc(L["date"])}</p>', f'<p>{esc(L["salutation"])}</p>',
            f'<p><b>{esc(data["title"])}</b></p>']
    for p in data["places"]:
        body.append(f"<p>{esc(p['text'])}</p>")
    body.append('<div class="sig">' + "<br>".join(map(esc, L["signoff"])) + "</div>")
    hp = HERE / "letter.html"
    hp.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><style>" + css +
                  "</style></head><body>" + "\n".join(body) + "</body></html>", encoding="utf-8")
    print_pdf(hp, HERE / "letter.pdf")
    pages = page_tokens(HERE / "letter.pdf")
    cursor = 0
    for p in data["places"]:
        pg, cursor = locate(pages, p["text"], cursor)
        p["page"] = pg
    (HERE / "letter.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"letter.pdf: {len(pages)} pages, {len(data['places'])} places")


if __name__ == "__main__":
    build_report()
    if (HERE / "letter.json").exists():
        build_letter()
