#!/usr/bin/env python3
"""Render the Eastwick inspection report and the Secretary of State's letter.

    python3 build.py

report: report_content.py -> report.xml (DocBook 4.5) -> xsltproc (docbook-xsl fo + custom.xsl)
        -> report.fo -> Apache FOP -> report.pdf; then report.json with the page each place
        starts on (read back from pdftotext).
letter: letter_content.py -> letter.xml (DocBook 4.5 article) -> letter.fo -> letter.pdf;
        letter.json likewise.
"""
import json
import re
import subprocess
import sys
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent.parent))        # /work/blindkit: the checker's own reading

import report_content as R                            # noqa: E402
import letter_content as L                            # noqa: E402
from check_labels import (words, find_in_order, joined_variants,  # noqa: E402
                          rendered_pages)

DOCBOOK_FO = "/usr/share/xml/docbook/stylesheet/docbook-xsl/fo/docbook.xsl"
FN = re.compile(r"\{fn:(.*?)\}")


def x(s):
    return escape(s, quote=False)


def plain(s):
    return FN.sub("", s)


def with_footnotes(s):
    out, last = [], 0
    for m in FN.finditer(s):
        out.append(x(s[last:m.start()]))
        out.append(f"<footnote><para>{x(m.group(1))}</para></footnote>")
        last = m.end()
    out.append(x(s[last:]))
    return "".join(out)


def money(v):
    return f"({abs(v):.1f})" if v < 0 else f"{v:.1f}"


def table_rows(n):
    t = R.TABLES[n]
    if "rows" in t:
        return t["head"], t["rows"]
    rows, tb, tv = [], 0.0, 0.0
    for name, budget, var in t["raw"]:
        rows.append([name, money(budget), money(round(budget + var, 1)), money(var)])
        tb += budget
        tv += var
    rows.append(["Total", money(round(tb, 1)), money(round(tb + tv, 1)), money(round(tv, 1))])
    return t["head"], rows


def table_xml(n):
    t = R.TABLES[n]
    head, rows = table_rows(n)
    cols = len(head)
    widths = ["3*"] + ["1*"] * (cols - 1)
    colspecs = "".join(f'<colspec colname="c{i}" colwidth="{w}"/>' for i, w in enumerate(widths))
    th = "".join(f"<entry>{x(h)}</entry>" for h in head)
    body = "".join("<row>" + "".join(
        '<entry' + ('' if i == 0 else ' align="right"') + f'>{x(c)}</entry>' for i, c in enumerate(r))
        + "</row>" for r in rows)
    return (f'<table frame="all" id="table{n}"><title>{x(t["title"])}</title>'
            f'<tgroup cols="{cols}">{colspecs}<thead><row>{th}</row></thead>'
            f"<tbody>{body}</tbody></tgroup></table>"
            f'<para role="tablenote">{x(t["note"])}</para>')


def build_report_xml():
    places = []
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<book lang="en">',
             f"<bookinfo><title>{x(R.TITLE)}</title><subtitle>{x(R.SUBTITLE)}</subtitle>"
             f"<corpauthor>Ministry of Housing, Communities and Local Government</corpauthor>"
             f"<pubdate>{R.DATE}</pubdate>"
             "<legalnotice><para>\u00a9 Crown copyright 2025</para><para>This publication is "
             "licensed under the terms of the Open Government Licence v3.0 except where otherwise "
             "stated.</para><para>This report was presented to the Secretary of State under "
             "section 10 of the Local Government Act 1999.</para></legalnotice></bookinfo>",
             "<preface id=\"foreword\"><title>Foreword</title>"]
    for p in R.FOREWORD:
        parts.append(f"<para>{x(p)}</para>")
        places.append({"label": "foreword", "kind": "foreword", "chapter": "Foreword",
                       "heading": None, "page": None, "text": p})
    parts.append("<para role=\"signature\">Lead Inspector</para></preface>")
    footnotes = []
    for c, (ctitle, sections) in enumerate(R.CHAPTERS, 1):
        printed = f"{c} {ctitle}"
        parts.append(f'<chapter id="ch{c}"><title>{x(ctitle)}</title>')
        for s, (stitle, paras) in enumerate(sections, 1):
            parts.append(f"<section><title>{x(stitle)}</title>")
            if paras == "RECS":
                parts.append("<para>We make the following recommendations to the council.</para>")
                for r, text in enumerate(R.RECOMMENDATIONS, 1):
                    parts.append(f'<formalpara role="recommendation"><title>Recommendation {r}'
                                 f"</title><para>{x(text)}</para></formalpara>")
                    places.append({"label": f"R{r}", "kind": "recommendation", "chapter": printed,
                                   "heading": stitle, "page": None, "text": text})
                parts.append("</section>")
                continue
            p = 0
            for para in paras:
                if isinstance(para, tuple):
                    n = para[1]
                    parts.append(table_xml(n))
                    head, rows = table_rows(n)
                    cells = head + [c_ for row in rows for c_ in row]
                    places.append({"label": f"Table {n}", "kind": "table", "chapter": printed,
                                   "heading": stitle, "page": None, "text": " ".join(cells)})
                    continue
                p += 1
                label = f"{c}.{s}.{p}"
                parts.append(f'<para><phrase role="paranum">{label}</phrase>\u2002'
                             f"{with_footnotes(para)}</para>")
                for m in FN.finditer(para):
                    # docbook-xsl numbers footnotes afresh in each chapter
                    in_chapter = sum(1 for f in footnotes if f["chapter"] == c)
                    footnotes.append({"number": in_chapter + 1, "page": None, "chapter": c,
                                      "text": m.group(1), "place": label})
                places.append({"label": label, "kind": "summary" if c == 1 and False else
                               "paragraph", "chapter": printed, "heading": stitle,
                               "page": None, "text": plain(para)})
            parts.append("</section>")
        parts.append("</chapter>")
    parts.append('<glossary id="glossary"><title>Glossary</title>')
    for term, d in R.GLOSSARY:
        parts.append(f"<glossentry><glossterm>{x(term)}</glossterm><glossdef><para>{x(d)}"
                     "</para></glossdef></glossentry>")
    parts.append("</glossary>")
    parts.append(f'<appendix id="appa"><title>{x(R.APPENDIX_TITLE)}</title>')
    for a, text in enumerate(R.APPENDIX, 1):
        parts.append(f'<para><phrase role="paranum">A.{a}</phrase>\u2002{x(text)}</para>')
        places.append({"label": f"A.{a}", "kind": "annex",
                       "chapter": f"Appendix A {R.APPENDIX_TITLE}", "heading": None,
                       "page": None, "text": text})
    parts.append("</appendix></book>\n")
    return "\n".join(parts), places, footnotes


def run(cmd, **kw):
    r = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if r.returncode:
        sys.stderr.write(r.stdout[-3000:] + r.stderr[-3000:])
        raise SystemExit(f"failed: {' '.join(cmd)}")
    return r


def render(stem, xsl):
    run(["xsltproc", "--output", str(HERE / f"{stem}.fo"), str(HERE / xsl), str(HERE / f"{stem}.xml")])
    run(["fop", "-q", "-fo", str(HERE / f"{stem}.fo"), "-pdf", str(HERE / f"{stem}.pdf")])


def fill_pages(pdf, places, footnotes=()):
    rendered_pages.cache_clear()
    pages = rendered_pages(pdf)
    page_tokens = [words(p) for p in pages]
    tokens = [t for p in page_tokens for t in p]
    starts, total = [], 0
    for p in page_tokens:
        starts.append(total)
        total += len(p)
    cursor = 0
    for place in places:
        if place["kind"] == "table":
            # where its caption ("Table 2. ...") is printed; the header row repeats on the
            # page the table runs on to
            n = place["label"].split()[-1]
            first = next(i for i, pg in enumerate(pages)
                         if f"Table {n}." in pg and starts[i] + len(page_tokens[i]) > cursor)
            place["page"] = first + 1
            continue
        else:
            needle = joined_variants(words(place["text"]), tokens)
            at = find_in_order(tokens, needle, cursor)
        if at is None:
            raise SystemExit(f"{pdf.name}: cannot find place {place['label']}")
        cursor = at
        place["page"] = max(i for i, s in enumerate(starts) if s <= at) + 1
    for fn in footnotes:
        needle = words(fn["text"])
        hits = [i + 1 for i, p in enumerate(page_tokens)
                if find_in_order(p, needle) is not None]
        fn["page"] = hits[-1] if hits else None
    return len(pages)


def body_offset(pdf):
    """PDF page of printed page 1: the first page whose footer is '1' after the roman pages."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                         text=True).stdout.split("\f")
    for i, page in enumerate(out):
        lines = [l.strip() for l in page.strip().splitlines() if l.strip()]
        if lines and lines[-1] == "1":
            return i          # PDF page i+1 is printed page 1
    return 0


def main():
    xml, places, footnotes = build_report_xml()
    (HERE / "report.xml").write_text(xml, encoding="utf-8")
    render("report", "custom.xsl")
    n = fill_pages(HERE / "report.pdf", places, footnotes)
    offset = body_offset(HERE / "report.pdf")
    report = {
        "title": R.TITLE,
        "kind": "report",
        "file": "report.pdf",
        "producer": "DocBook XML 4.5 via xsltproc (docbook-xsl 1.79 fo) and Apache FOP 2.8",
        "numbering": "three-level",
        "page_offset": offset,
        "furniture": ["<chapter number and title> (running header, centre)",
                      "Best Value Inspection of Eastwick City Council (running header on front matter)",
                      "page number in the footer, centre: lower-case roman (i, ii, iii) in the "
                      "front matter, arabic from 1 in the body"],
        "places": places,
        "footnotes": [{k: v for k, v in f.items() if k not in ("place", "chapter")} for f in footnotes],
    }
    (HERE / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    print(f"report.pdf: {n} pages, {len(places)} places, body page 1 = PDF page {offset + 1}")

    xml, lplaces = L.build_xml()
    (HERE / "letter.xml").write_text(xml, encoding="utf-8")
    render("letter", "letter.xsl")
    n = fill_pages(HERE / "letter.pdf", lplaces)
    letter = {"title": L.TITLE, "kind": "letter", "file": "letter.pdf",
              "producer": "DocBook XML 4.5 via xsltproc (docbook-xsl fo) and Apache FOP 2.8",
              "numbering": "unnumbered", "page_offset": 0,
              "furniture": ["Page N of M"], "places": lplaces, "footnotes": []}
    (HERE / "letter.json").write_text(json.dumps(letter, ensure_ascii=False, indent=1) + "\n",
                                      encoding="utf-8")
    print(f"letter.pdf: {n} pages, {len(lplaces)} places")


if __name__ == "__main__":
    main()
