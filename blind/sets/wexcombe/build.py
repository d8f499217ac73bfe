#!/usr/bin/env python3
"""Render report.json and letter.json with ConTeXt MkIV, then fill in the pages each place
starts on (read back from the rendering with pdftotext).

    /opt/blindtools/bin/python report_src.py   # (re)writes report.json from the source text
    /opt/blindtools/bin/python build.py
"""
import json, re, subprocess, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
import check_labels as ck   # only its word tokens and in-order search, to read pages back

SUB = {"\\": r"\textbackslash{}", "%": r"\%", "&": r"\&", "#": r"\#", "$": r"\$", "_": r"\_",
       "{": r"\{", "}": r"\}", "~": r"\lettertilde{}", "^": r"\letterhat{}"}

def esc(t):
    return "".join(SUB.get(c, c) for c in t)

PREAMBLE = r"""
\mainlanguage[uk]
\setuppapersize[A4]
\setuplayout[backspace=30mm, width=150mm, topspace=15mm, header=12mm, footer=12mm, height=middle]
\setupbodyfont[dejavu,10.5pt]
\setupinterlinespace[line=1.45em]
\setupwhitespace[medium]
\setupindenting[no]
\setupcolors[state=start]
\definecolor[govgreen][r=0.0,g=0.35,b=0.33]
\defineconversionset[frontpart:pagenumber][][romannumerals]
\defineconversionset[bodypart:pagenumber][][numbers]
\defineconversionset[appendixpart:pagenumber][][numbers]
\setupuserpagenumber[numberconversionset=pagenumber]
\setuppagenumbering[location=]
\setupheadertexts[{\tfx Best Value Inspection of Wexcombe Borough Council}][{\tfx\getmarking[chapter]}]
\setupheader[style=\tfx, color=govgreen]
\setupfootertexts[{\tfx\userpagenumber}]
\setuphead[chapter][page=yes, style={\bfc}, color=govgreen, after={\blank[big]}, numberstyle={\bfc}]
\setuphead[section][number=no, style={\bfa}, color=govgreen, before={\blank[big]}, after={\blank[small]}]
\setuphead[subsection][number=no, style={\bf}]
\setupcombinedlist[content][list={chapter}]
\setupnotation[footnote][style=\tfx]
\setupfootnotes[rule=on]
\def\np#1{\par\hangindent=3em\hangafter=0\noindent\llap{\hbox to 3em{\bf #1\hss}}\ignorespaces}
\setupxtable[frame=off, bottomframe=on, offset=3pt, framecolor=gray]
\setupxtable[head][topframe=on, bottomframe=on, style=bold, background=color, backgroundcolor=lightgray]
\setupcaptions[style=\bf, headstyle=\bf, location=top, align=flushleft]
"""

def table_tex(p):
    cols = len(p["header"])
    split = p["label"] == "Table 2"
    out = [r"\startplacetable[location={%s}, number=no, title={%s: %s}]" % ("here,split" if split else "here", p["label"], esc(p["caption"])),
           r"\startxtable[split=repeat, header=repeat, option=stretch]" if split else r"\startxtable[option=stretch]",
           r"\startxtablehead"]
    row = lambda cells, first_wide: r"\startxrow " + " ".join(
        (r"\startxcell[width=%s] %s \stopxcell" % (("0.36\\textwidth" if i == 0 and first_wide else ("0.62\\textwidth" if i == 0 else "broad")), esc(c)))
        if i == 0 else r"\startxcell[align={flushright,nothyphenated}] %s \stopxcell" % esc(c)
        for i, c in enumerate(cells)) + r" \stopxrow"
    wide = cols > 4
    out.append(row(p["header"], wide))
    out.append(r"\stopxtablehead")
    out.append(r"\startxtablebody")
    for r in p["rows"]:
        out.append(row(r, wide))
    out += [r"\stopxtablebody", r"\stopxtable", r"\stopplacetable"]
    return "\n".join(out)

def para_tex(p, notes):
    t = p["text"]
    body = esc(t)
    for f in notes.get(p["label"], []):
        a = esc(f["anchor"])
        body = body.replace(a, a + r"\footnote{%s}" % esc(f["text"]), 1)
    return body

def report_tex(d):
    notes = {}
    for f in d["footnotes"]:
        notes.setdefault(f["place"], []).append(f)
    L = [PREAMBLE.lstrip(), r"\starttext",
         r"""\startstandardmakeup[headerstate=empty, footerstate=empty]
\vskip 35mm
{\color[govgreen]{\bfd Best Value Inspection of\crlf Wexcombe Borough Council}}
\blank[3*big]
{\bfa Report of the inspection team}
\blank[big]
{\tfa January 2025}
\vfill
{\tf Presented to the Secretary of State for Housing, Communities and Local Government under section 10 of the Local Government Act 1999}
\blank[big]
{\tfx Ministry of Housing, Communities and Local Government}
\stopstandardmakeup""",
         r"\startfrontmatter",
         r"\startchapter[title={Contents}, incrementnumber=no, list=]" if False else r"\starttitle[title={Contents}]",
         r"\placecontent", r"\stoptitle"]
    cur_ch, cur_head, part = None, None, "front"
    places = d["places"]
    def close_chapter():
        L.append(r"\stopchapter")
    for p in places:
        ch = p["chapter"]
        if ch != cur_ch:
            if cur_ch is not None:
                close_chapter()
            if p["kind"] == "paragraph" and part == "front":
                L += [r"\stopfrontmatter", r"\startbodymatter", r"\setupuserpagenumber[number=1]"]
                part = "body"
            if p["kind"] == "annex" and part == "body":
                L += [r"\stopbodymatter", r"\startappendices", r"\setuphead[chapter][number=no]"]
                # Annex A (no numbered places) comes first
                L += [r"\startchapter[title={Annex A: Terms of reference}]", esc(d["annex_a"]) + r"\par",
                      r"\blank[big]{\it The inspection team: a lead inspector, an assistant inspector with a background in local government finance, and an assistant inspector with a background in governance and law.}\par",
                      r"\stopchapter"]
                part = "annex"
            title = re.sub(r"^\d+ ", "", ch) if part == "body" else ch
            L.append(r"\startchapter[title={%s}]" % esc(title))
            cur_ch, cur_head = ch, None
        if p["heading"] != cur_head and p["kind"] not in ("recommendation",):
            if p["heading"]:
                L.append(r"\startsection[title={%s}] \stopsection" % esc(p["heading"]))
            cur_head = p["heading"]
        k = p["kind"]
        if k == "table":
            L.append(table_tex(p))
        elif k == "paragraph":
            L.append(r"\np{%s}%s\par" % (p["label"], para_tex(p, notes)))
        elif k == "annex":
            L.append(r"\np{%s}%s\par" % (p["label"], para_tex(p, notes)))
        elif k == "recommendation":
            n = p["label"][1:]
            L.append(r"\blank[medium]{\bf\color[govgreen]{Recommendation %s}}\par\nobreak %s\par" % (n, para_tex(p, notes)))
        else:
            L.append(para_tex(p, notes) + r"\par")
    close_chapter()
    L += [r"\stopappendices", r"\stoptext"]
    return "\n".join(L)

def run_context(stem):
    for _ in range(2):
        r = subprocess.run(["context", "--batchmode", f"{stem}.tex"], cwd=HERE,
                           capture_output=True, text=True)
    if not (HERE / f"{stem}.pdf").exists() or r.returncode:
        print(r.stdout[-3000:]); raise SystemExit(f"context failed on {stem}.tex")

def fill_pages(d, pdf):
    pages = ck.rendered_pages.__wrapped__(HERE / pdf)
    toks = [ck.words(p) for p in pages]
    flat_t = [t for p in toks for t in p]
    starts, tot = [], 0
    for p in toks:
        starts.append(tot); tot += len(p)
    cursor = 0
    for p in d["places"]:
        needle = ck.joined_variants(ck.words(p["text"]), flat_t)
        if p["kind"] in ("table", "summary"):
            needle = needle[:8] if p["kind"] == "summary" else needle[len(p.get("header", [])):][:3]
        at = ck.find_in_order(flat_t, needle, cursor)
        if at is None:
            at = ck.find_in_order(flat_t, needle, 0)
        if at is None:
            print("NOT FOUND", p["label"], p["text"][:60]); continue
        cursor = at if p["kind"] != "table" else cursor
        p["page"] = max(i for i, s in enumerate(starts) if s <= at) + 1
    for f in d.get("footnotes", []):
        w = ck.words(f["text"])
        for i, pt in enumerate(toks):
            if ck.find_in_order(pt, w) is not None and i + 1 >= next(p["page"] for p in d["places"] if p["label"] == f["place"]):
                f["page"] = i + 1; break
    return len(pages)

def main():
    d = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
    (HERE / "report.tex").write_text(report_tex(d), encoding="utf-8")
    run_context("report")
    n = fill_pages(d, "report.pdf")
    first = next(p for p in d["places"] if p["label"] == "1")["page"]
    d["page_offset"] = first - 1
    chapters = []
    for p in d["places"]:
        t = re.sub(r"^\d+ ", "", p["chapter"])
        if t not in chapters:
            chapters.append(t)
    d["furniture"] = ["Best Value Inspection of Wexcombe Borough Council"] + chapters + [
        "a page number alone at the foot of each page: i-iii in the front matter, then 1-%d" % (n - d["page_offset"])]
    (HERE / "report.json").write_text(json.dumps(d, ensure_ascii=False, indent=1), encoding="utf-8")
    print("report.pdf:", n, "pages; page_offset", d["page_offset"])
    if (HERE / "letter.json").exists():
        import build_letter
        build_letter.main()

if __name__ == "__main__":
    main()
