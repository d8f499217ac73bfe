#!/usr/bin/env python3
"""Render report.json and letter.json as a council-inspection house style would: Markdown ->
pandoc -> ODT (reference document with OFFICIAL header, 'Page N of M' footer, A4, Arial) ->
LibreOffice -> PDF. Then read the PDFs back (pdftotext) and fill in each place's page."""
import json, re, shutil, subprocess, sys, tempfile, zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))
import check_labels as cl  # only its text helpers, to find where each place starts


def reference_odt(path: Path, header: str | None, footer_total: bool) -> None:
    raw = subprocess.run(["pandoc", "--print-default-data-file", "reference.odt"],
                         capture_output=True, check=True).stdout
    tmp = Path(tempfile.mkdtemp())
    (tmp / "in.odt").write_bytes(raw)
    with zipfile.ZipFile(tmp / "in.odt") as z:
        names = z.namelist()
        files = {n: z.read(n) for n in names}
    s = files["styles.xml"].decode("utf-8")
    s = s.replace('style:font-name="Times New Roman" fo:font-size="12pt"',
                  'style:font-name="Arial" fo:font-size="11.5pt"')
    s = s.replace('fo:language="en" fo:country="US"', 'fo:language="en" fo:country="GB"')
    s = s.replace('''<style:paragraph-properties fo:margin-top="0.0598in"
      fo:margin-bottom="0.0598in"
      style:contextual-spacing="false" />''',
                  '<style:paragraph-properties fo:margin-top="0in" fo:margin-bottom="0.11in" '
                  'fo:line-height="118%" style:contextual-spacing="false" />')
    s = re.sub(r'(<style:style style:name="Heading_20_1".*?style:class="text">)',
               r'\1<style:paragraph-properties fo:break-before="page" fo:margin-bottom="0.15in"/>', s, flags=re.S)
    s = s.replace('''fo:font-size="14pt"
      fo:font-style="italic" fo:font-weight="bold"''', 'fo:font-size="12pt" fo:font-weight="bold"')
    s = s.replace('fo:page-width="8.5in"\n      fo:page-height="11in"', 'fo:page-width="8.268in"\n      fo:page-height="11.693in"')
    s = s.replace('<style:header-style />', '<style:header-style><style:header-footer-properties '
                  'fo:min-height="0.3in" fo:margin-bottom="0.2in"/></style:header-style>')
    foot = 'Page <text:page-number text:select-page="current">1</text:page-number>'
    if footer_total:
        foot += ' of <text:page-count>1</text:page-count>'
    head = f'<style:header><text:p text:style-name="MP1">{header}</text:p></style:header>' if header else ''
    s = re.sub(r'<style:footer>.*?</style:footer>',
               head + f'<style:footer><text:p text:style-name="MP1">{foot}</text:p></style:footer>', s, flags=re.S)
    files["styles.xml"] = s.encode("utf-8")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), files.pop("mimetype"), compress_type=zipfile.ZIP_STORED)
        for n, b in files.items():
            z.writestr(n, b, compress_type=zipfile.ZIP_DEFLATED)


def md_escape(text: str) -> str:
    return text.replace("*", "\\*")


def report_markdown(data: dict) -> str:
    notes = {f["place"]: f for f in data["footnotes"]}
    out = ["---", f"title: {data['title']}", "subtitle: Report of the inspection team",
           "date: October 2026", "---", "",
           "Presented to the Secretary of State for Housing, Communities and Local Government "
           "under section 10 of the Local Government Act 1999.", "",
           "# Contents", ""]
    chapters = []
    for p in data["places"]:
        if p["chapter"] not in chapters:
            chapters.append(p["chapter"])
    out += [f"{c}  " for c in chapters] + [""]
    chapter = heading = None
    defs = []
    for p in data["places"]:
        if p["chapter"] != chapter:
            chapter, heading = p["chapter"], None
            out += [f"# {chapter}", ""]
        if p["heading"] != heading:
            heading = p["heading"]
            if heading:
                out += [f"## {heading}", ""]
        if p["kind"] == "table":
            rows = p["rows"]
            out.append("| " + " | ".join(rows[0]) + " |")
            aligns = ["---" if i == 0 or not re.fullmatch(r"[-\d.,]+", rows[1][i]) else "--:"
                      for i in range(len(rows[0]))]
            if p["label"] == "Table 2":
                aligns = ["---", "----", "--------------", "------", "----------"]
            out.append("|" + "|".join(aligns) + "|")
            for r in rows[1:]:
                out.append("| " + " | ".join(r) + " |")
            out += ["", f": {p['caption']}", ""]
            continue
        call = ""
        if p["label"] in notes:
            n = notes[p["label"]]
            call = f"[^{n['number']}]"
            defs.append(f"[^{n['number']}]: {n['text']}")
        if p["kind"] == "recommendation":
            lead = f"**Recommendation {p['label'][1:]}:** "
        else:
            lead = f"**{p['label']}.** "
        out += [lead + md_escape(p["text"]) + call, ""]
    return "\n".join(out + [""] + defs) + "\n"


def letter_markdown(data: dict) -> str:
    out = ["::: {custom-style=\"Letterhead\"}", "**Ministry of Housing, Communities and Local Government**  ",
           "2 Marsham Street  ", "London SW1P 4DF  ", "Our ref: MC/2026/041733", ":::", "", "&nbsp;", "",
           "The Leader of the Council  ", "Fenwold District Council  ", "Council Offices  ",
           "Market Place  ", "Wrangby  ", "Lincolnshire", "",
           "14 October 2026", "",
           "Dear Leader,", "",
           "**Best Value Inspection of Fenwold District Council: proposed intervention**", ""]
    for p in data["places"]:
        out += [md_escape(p["text"]), ""]
    out += ["Yours sincerely,", "", "", "**Rosalind Tyrwhitt MP**  ",
            "Minister of State for Local Government", ""]
    return "\n".join(out)


def render(md: str, stem: str, ref: Path) -> Path:
    (HERE / f"{stem}.md").write_text(md, encoding="utf-8")
    subprocess.run(["pandoc", f"{stem}.md", "-f", "markdown+smart", "-o", f"{stem}.odt",
                    f"--reference-doc={ref}"], cwd=HERE, check=True)
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", f"{stem}.odt"],
                   cwd=HERE, check=True, capture_output=True)
    return HERE / f"{stem}.pdf"


def fill_pages(json_path: Path) -> None:
    data = json.loads(json_path.read_text(encoding="utf-8"))
    pdf = HERE / data["file"]
    cl.rendered_pages.cache_clear()
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
            needle = cl.words(place["caption"])
        at = cl.find_in_order(tokens, needle, cursor)
        if at is None:
            print("NOT FOUND", place["label"]); continue
        cursor = at
        place["page"] = max(i for i, s in enumerate(starts) if s <= at) + 1
    for f in data.get("footnotes", []):
        needle = cl.words(f["text"])
        at = cl.find_in_order(tokens, needle, 0)
        f["page"] = None if at is None else max(i for i, s in enumerate(starts) if s <= at) + 1
    json_path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json_path.name, len(pages), "pages")


def main():
    ref = HERE / "reference-report.odt"
    reference_odt(ref, "OFFICIAL", True)
    data = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
    render(report_markdown(data), "report", ref)
    fill_pages(HERE / "report.json")
    lref = HERE / "reference-letter.odt"
    reference_odt(lref, None, False)
    data = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))
    render(letter_markdown(data), "letter", lref)
    fill_pages(HERE / "letter.json")


if __name__ == "__main__":
    main()
