#!/usr/bin/env python3
"""Render the Zelborough report and letter as GOV.UK HTML publications, print them with headless
Chromium (browser-style header and footer: date, title, URL, "3/41"), and fill in report.json /
letter.json pages from pdftotext.

    python3 build.py          (any Python 3; needs chromium and pdftotext)
"""
import html
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))          # /work/blindkit, for check_labels' matcher
import make_sources as S                             # noqa: E402

PRINTED = "29/09/2026, 09:41"
REPORT_URL = ("https://www.gov.uk/government/publications/best-value-inspection-of-zelborough-council/"
              "best-value-inspection-of-zelborough-council")
LETTER_URL = ("https://www.gov.uk/government/publications/best-value-inspection-of-zelborough-council/"
              "letter-from-the-secretary-of-state-to-the-chief-executive-of-zelborough-council")

CSS = """
@page { size: A4; margin: 16mm 12mm 16mm 12mm;
  @top-left { content: "%(printed)s"; font: 8pt "Liberation Sans", Arial, sans-serif; }
  @top-center { content: "%(tabtitle)s"; font: 8pt "Liberation Sans", Arial, sans-serif; }
  @bottom-left { content: "%(url)s"; font: 8pt "Liberation Sans", Arial, sans-serif; }
  @bottom-right { content: counter(page) "/" counter(pages); font: 8pt "Liberation Sans", Arial, sans-serif; }
}
body { font-family: "Liberation Sans", Arial, sans-serif; color: #0b0c0c; margin: 0; font-size: 19px; line-height: 1.6; }
a { color: #1d70b8; }
.govuk-header { background: #0b0c0c; color: #fff; padding: 10px 15px; font-weight: bold; font-size: 26px; }
.govuk-header span { font-weight: normal; font-size: 16px; margin-left: 30px; }
.breadcrumbs { font-size: 14px; margin: 12px 15px; }
.breadcrumbs a { color: #0b0c0c; }
.pub-header { background: #1d70b8; color: #fff; padding: 20px 15px 25px 15px; }
.pub-header .type { font-size: 19px; margin: 0 0 6px 0; }
.pub-header h1 { font-size: 36px; margin: 0 0 14px 0; line-height: 1.1; }
.pub-header .published { font-size: 16px; margin: 0; }
main { margin: 0 15px; max-width: 600px; }
.licence { font-size: 14px; border-bottom: 1px solid #b1b4b6; padding: 15px 0; }
.contents h2 { font-size: 24px; margin: 25px 0 10px 0; }
.contents ol { list-style: none; padding: 0; font-size: 16px; }
.contents li { margin: 0 0 5px 0; }
h2 { font-size: 27px; margin: 35px 0 15px 0; line-height: 1.15; }
h3 { font-size: 20px; margin: 25px 0 10px 0; }
p { margin: 0 0 22px 0; }
p.num { padding-left: 3.2em; text-indent: -3.2em; }
p.num .n { display: inline-block; width: 3.2em; text-indent: 0; }
ul.alpha { list-style: none; margin: -6px 0 14px 3.2em; padding: 0; }
ul.alpha li { margin: 0 0 6px 0; }
sup a { font-size: 12px; text-decoration: underline; }
table { border-collapse: collapse; width: 100%%; margin: 10px 0 22px 0; font-size: 15px; page-break-inside: avoid; }
caption { text-align: left; font-weight: bold; font-size: 17px; padding-bottom: 8px; }
th, td { text-align: left; border-bottom: 1px solid #b1b4b6; padding: 7px 10px 7px 0; vertical-align: top; }
td.numeric, th.numeric { text-align: right; }
.footnotes ol { padding-left: 25px; font-size: 15px; }
.footnotes li { margin-bottom: 8px; }
.letter-head { margin: 25px 0; }
.footer { border-top: 1px solid #b1b4b6; margin-top: 40px; padding: 15px; font-size: 13px; color: #505a5f; }
""".strip()


def page(title, url, body, extra=""):
    tabtitle = f"{title} - GOV.UK"
    css = CSS % {"printed": PRINTED, "tabtitle": tabtitle, "url": url} + extra
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(tabtitle)}</title>
<style>{css}</style></head>
<body>
<header class="govuk-header">GOV.UK <span>Menu</span></header>
<nav class="breadcrumbs"><a href="https://www.gov.uk/">Home</a> › <a href="https://www.gov.uk/housing-local-and-community">Housing, local and community</a> › <a href="https://www.gov.uk/housing-local-and-community/local-government">Local government</a></nav>
{body}
<div class="footer">All content is available under the Open Government Licence v3.0, except where otherwise stated.<br>© Crown copyright</div>
</body></html>
"""


def inline(text):
    out = html.escape(text, quote=False)
    return re.sub(r"\[\[(\d+)\]\]", lambda m: f'<sup id="fnref:{m[1]}"><a href="#fn:{m[1]}" class="govuk-link">[footnote {m[1]}]</a></sup>', out)


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def report_html():
    toc = ['<li><a href="#executive-summary">Executive summary</a></li>']
    for num, title, _ in S.CHAPTERS:
        toc.append(f'<li><a href="#{slug(num + " " + title)}">{num}. {html.escape(title)}</a></li>')
    toc += ['<li><a href="#recommendations">Recommendations</a></li>',
            '<li><a href="#annex-a-methodology">Annex A: Methodology</a></li>']
    parts = [f"""<div class="pub-header"><p class="type">Independent report</p>
<h1>{S.TITLE}</h1><p class="published">Published 24 September 2026</p></div>
<main>
<div class="licence">© Crown copyright 2026<br>This publication is licensed under the terms of the Open Government Licence v3.0 except where otherwise stated. To view this licence, visit nationalarchives.gov.uk/doc/open-government-licence/version/3.<br>This publication is available at {REPORT_URL}</div>
<nav class="contents"><h2>Contents</h2><ol>{''.join(toc)}</ol></nav>
<h2 id="executive-summary">Executive summary</h2>"""]
    parts += [f"<p>{inline(p)}</p>" for p in S.SUMMARY]
    for num, title, blocks in S.CHAPTERS:
        parts.append(f'<h2 id="{slug(num + " " + title)}">{num}. {html.escape(title)}</h2>')
        for b in blocks:
            if b[0] == "h3":
                parts.append(f"<h3>{html.escape(b[1])}</h3>")
            elif b[0] == "p":
                parts.append(f'<p class="num"><span class="n">{b[1]}</span>{inline(b[2])}</p>')
                if len(b) > 3:
                    parts.append('<ul class="alpha">' + "".join(f"<li>{inline(i)}</li>" for i in b[3]) + "</ul>")
            elif b[0] == "table":
                _, label, caption, header, rows = b
                th = "".join(f'<th scope="col"{" class=numeric" if i else ""}>{html.escape(h)}</th>' for i, h in enumerate(header))
                trs = "".join("<tr>" + "".join(
                    (f'<th scope="row">{html.escape(c)}</th>' if i == 0 else f'<td class="numeric">{html.escape(c)}</td>')
                    for i, c in enumerate(r)) + "</tr>" for r in rows)
                parts.append(f"<table><caption>{html.escape(caption)}</caption><thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>")
    parts.append('<h2 id="recommendations">Recommendations</h2>')
    for label, text in S.RECOMMENDATIONS:
        parts.append(f'<p><strong>Recommendation {label[1:]} ({label})</strong></p><p>{inline(text)}</p>')
    parts.append('<h2 id="annex-a-methodology">Annex A: Methodology</h2>')
    for label, text in S.ANNEX:
        parts.append(f'<p class="num"><span class="n">{label}</span>{inline(text)}</p>')
    parts.append('<div class="footnotes"><h2 id="footnotes">Footnotes</h2><ol>' + "".join(
        f'<li id="fn:{n}"><p>{html.escape(t)} <a href="#fnref:{n}" class="govuk-link">↩</a></p></li>' for n, t in S.FOOTNOTES)
        + "</ol></div></main>")
    return page(S.TITLE, REPORT_URL, "\n".join(parts))


def letter_html():
    body = [f"""<div class="pub-header"><p class="type">Correspondence</p>
<h1>{S.LETTER_TITLE}</h1><p class="published">Published {S.LETTER_DATE}</p></div>
<main>
<div class="letter-head"><p><strong>The Rt Hon Joanna Pellew MP</strong><br>Secretary of State for Housing, Communities and Local Government<br>Ministry of Housing, Communities and Local Government<br>2 Marsham Street<br>London SW1P 4DF</p>
<p>Dr Miriam Okafor<br>Chief Executive<br>Zelborough Council<br>Civic Centre, Esplanade Road<br>Zelborough</p>
<p>{S.LETTER_DATE}</p></div>
<p>Dear Dr Okafor,</p>
<p><strong>Best Value inspection of Zelborough Council: intervention</strong></p>"""]
    body += [f"<p>{inline(t)}</p>" for t in S.LETTER]
    body.append("<p>Yours sincerely,</p><p><strong>The Rt Hon Joanna Pellew MP</strong><br>Secretary of State for Housing, Communities and Local Government</p></main>")
    return page(S.LETTER_TITLE, LETTER_URL, "\n".join(body),
                "\nbody { font-size: 14px; line-height: 1.35; } main { max-width: none; } p { margin: 0 0 9px 0; }"
                "\n.pub-header { padding: 10px 15px 12px 15px; } .pub-header h1 { font-size: 24px; }"
                "\n.letter-head { margin: 12px 0; } .footer { margin-top: 15px; }")


def print_pdf(html_path, pdf_path):
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_path}", str(html_path)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def fill_pages(json_path):
    """Each place's start page, found in pdftotext's output with check_labels' own matcher."""
    import check_labels as C
    data = json.loads(json_path.read_text(encoding="utf-8"))
    pdf = json_path.parent / data["file"]
    C.rendered_pages.cache_clear()
    pages = C.rendered_pages(pdf)
    page_tokens = [C.words(p) for p in pages]
    tokens = [t for p in page_tokens for t in p]
    starts, total = [], 0
    for p in page_tokens:
        starts.append(total)
        total += len(p)
    cursor = 0
    for place in data["places"]:
        needle = C.joined_variants(C.words(place["text"]), tokens)
        if place["kind"] in ("table", "summary"):
            at = C.find_in_order(tokens, needle[:6], cursor)
        else:
            at = C.find_in_order(tokens, needle, cursor)
        if at is None:
            print("NOT FOUND:", place["label"], file=sys.stderr)
            continue
        cursor = at
        place["page"] = max(i for i, s in enumerate(starts) if s <= at) + 1
    for fn in data.get("footnotes", []):
        for i, p in enumerate(pages):
            if C.contains_run(C.words(p), C.words(fn["text"])):
                fn["page"] = i + 1
    n = len(pages)
    data["furniture"] = [PRINTED, f"{data['title']} - GOV.UK",
                         REPORT_URL if data["kind"] == "report" else LETTER_URL, f"N/{n}"]
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{json_path.name}: {n} pages")


def main():
    S.main()
    (HERE / "report.html").write_text(report_html(), encoding="utf-8")
    (HERE / "letter.html").write_text(letter_html(), encoding="utf-8")
    print_pdf(HERE / "report.html", HERE / "report.pdf")
    print_pdf(HERE / "letter.html", HERE / "letter.pdf")
    fill_pages(HERE / "report.json")
    fill_pages(HERE / "letter.json")


if __name__ == "__main__":
    main()
