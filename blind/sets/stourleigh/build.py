#!/usr/bin/env python3
"""Render the Stourleigh report (AsciiDoc -> asciidoctor-pdf) and fill in pages.

    /opt/blindtools/bin/python build.py

1. content.py holds the inspectors' words; report.json is written from it (make_json);
2. report.adoc is generated and rendered with asciidoctor-pdf and stourleigh-theme.yml;
3. the page on which each place starts is found with pdftotext and written back to report.json.
"""
import json
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import content  # noqa: E402


def adoc_escape(text):
    # nothing in the report needs AsciiDoc markup; guard the characters that would trigger it
    return text.replace("{", "\\{").replace("}", "\\}") if "{fn:" not in text else text


def inline(text):
    def fn(m):
        n = int(m.group(1))
        return "footnote:[" + content.FOOTNOTES[n] + "]"
    return re.sub(r"\{fn:(\d+)\}", fn, text)


def to_adoc():
    lines = [
        "= " + content.TITLE,
        ":doctype: book",
        ":title-page:",
        ":toc:",
        ":toclevels: 1",
        ":toc-title: Contents",
        ":table-caption!:",
        ":sectnums!:",
        ":notitle!:",
        ":author: Lead Inspector and Assistant Inspector",
        ":revdate: March 2025",
        ":revremark: Presented to the Secretary of State for Housing, Communities and Local Government",
        ":pdf-theme: stourleigh-theme.yml",
        ":pdf-themesdir: .",
        ":footnote-caption!:",
        "",
    ]
    first = True
    for item in content.DOC:
        kind = item[0]
        if kind == "chapter":
            title = item[1]
            if title == "Foreword":
                lines += ["[preface]", "== Foreword", ""]
            else:
                lines += ["== " + title, ""]
        elif kind == "heading":
            lines += ["=== " + item[1], ""]
        elif kind == "p":
            label, text = item[1], item[2]
            body = inline(text)
            if re.fullmatch(r"[\dC]+\.\d+", label):
                body = label + " " + body
            lines += [body, ""]
        elif kind == "sidebar":
            lines += ["." + item[1], "****"]
            for s in item[2]:
                lines += ["* " + s]
            lines += ["****", ""]
        elif kind == "table":
            rows = item[3]
            n = len(rows[0])
            cols = "3,1,1,1" if n == 4 else "1,1,1,2,1"
            lines += ["." + item[2], f'[cols="{cols}",options="header"]', "|==="]
            for row in rows:
                lines += ["|" + " |".join(row)]
            lines += ["|===", ""]
        elif kind == "recs":
            lines += [".Recommendations to the council", '[cols="1,8,2",options="header"]', "|===",
                      "|No. |Recommendation |Timescale"]
            for label, text, when in item[1]:
                lines += [f"|{label} |{text} |{when}"]
            lines += ["|===", ""]
        elif kind == "plain":
            lines += [item[1], ""]
        elif kind == "list":
            lines += ["* " + x for x in item[1]] + [""]
    return "\n".join(lines) + "\n"


def words(text):
    import unicodedata
    t = unicodedata.normalize("NFKC", text).translate(str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'}))
    return re.findall(r"[£$]?\d+(?:[.,]\d+)*%?|[a-z]+(?:'[a-z]+)?", t.lower())


def fill_pages(data, pdf):
    sys.path.insert(0, str(HERE.parent.parent))
    import check_labels as cl   # the same reading of the PDF the checker uses
    pages = cl.rendered_pages(pdf)
    page_tokens = [cl.words(p) for p in pages]
    tokens = [t for p in page_tokens for t in p]
    starts, total = [], 0
    for p in page_tokens:
        starts.append(total)
        total += len(p)
    cursor = 0
    for place in data["places"]:
        needle = cl.joined_variants(cl.words(place["text"]), tokens)
        if place["kind"] == "table":
            needle = needle[:3]
        at = cl.find_in_order(tokens, needle, cursor)
        if at is None:
            print("page not found for", place["label"])
            continue
        place["page"] = max(i for i, s in enumerate(starts) if s <= at) + 1
        cursor = at
    # footnotes: asciidoctor-pdf numbers them afresh in each chapter and sets them at its end
    chapter_of = {}
    number, chapter = 0, None
    for item in content.DOC:
        if item[0] == "chapter":
            chapter, number = item[1], 0
        elif item[0] == "p":
            for n in re.findall(r"\{fn:(\d+)\}", item[2]):
                number += 1
                chapter_of[int(n)] = number
    notes = []
    for n, text in sorted(content.FOOTNOTES.items()):
        at = cl.find_in_order(tokens, cl.words(text), 0)
        page = max(i for i, s in enumerate(starts) if s <= at) + 1 if at is not None else None
        notes.append({"number": chapter_of[n], "page": page, "text": text})
    data["footnotes"] = notes
    # the printed page 1 is the foreword's page
    fw = next(p for p in data["places"] if p["kind"] == "foreword")
    data["page_offset"] = fw["page"] - 1
    return data


def main():
    data = content.make_json()
    (HERE / "report.adoc").write_text(to_adoc(), encoding="utf-8")
    subprocess.run(["asciidoctor-pdf", "-a", "pdf-themesdir=" + str(HERE), "report.adoc"],
                   cwd=HERE, check=True)
    data = fill_pages(data, HERE / "report.pdf")
    data["furniture"] = ["Best Value Inspection: Stourleigh", "<chapter title> (running header)",
                         "<printed page number> (footer, from the Foreword on)"]
    (HERE / "report.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print("places:", len(data["places"]), "page_offset:", data["page_offset"])


if __name__ == "__main__":
    main()
