"""Render report.json to report.pdf with rinohtype (Book template, own style sheet).

    /opt/blindtools/bin/python build.py
"""
import json, re, sys
from pathlib import Path
from rinoh.attribute import OverrideDefault
from rinoh.dimension import CM
from rinoh.frontend.rst import ReStructuredTextReader
from rinoh.paragraph import Paragraph
from rinoh.reference import Field, PAGE_NUMBER, DOCUMENT_TITLE, SECTION_TITLE
from rinoh.structure import TableOfContentsSection
from rinoh.style import StyleSheetFile
from rinoh.template import (BodyPageTemplate, TitlePageTemplate, ContentsPartTemplate,
                            FixedDocumentPartTemplate, TitlePartTemplate)
from rinoh.templates import Book
from rinoh.text import Tab

HERE = Path(__file__).resolve().parent
CHAPTER_TITLE = [Paragraph(Field(SECTION_TITLE(1)), style='body matter chapter title')]


class InspectionReport(Book):
    parts = OverrideDefault(['title', 'front_matter', 'contents'])
    title = TitlePartTemplate(page_number_format='number', end_at_page='any')
    front_matter = FixedDocumentPartTemplate(flowables=[TableOfContentsSection()],
                                             page_number_format='lowercase roman',
                                             end_at_page='any')
    contents = ContentsPartTemplate(page_number_format='number', end_at_page='any')
    contents_page = BodyPageTemplate(base='page', header_footer_distance=0.6*CM,
                                     header_text=(Field(DOCUMENT_TITLE) + Tab() + Tab()
                                                  + 'OFFICIAL'),
                                     footer_text=(Field(SECTION_TITLE(1)) + Tab() + Tab()
                                                  + 'Page ' + Field(PAGE_NUMBER)),
                                     chapter_header_text=(Field(DOCUMENT_TITLE) + Tab() + Tab()
                                                          + 'OFFICIAL'),
                                     chapter_footer_text=(Field(SECTION_TITLE(1)) + Tab() + Tab()
                                                          + 'Page ' + Field(PAGE_NUMBER)),
                                     chapter_title_height=1.6*CM,
                                     chapter_title_flowables=[])
    contents_right_page = BodyPageTemplate(base='contents_page')
    contents_left_page = BodyPageTemplate(base='contents_page')
    front_matter_page = BodyPageTemplate(base='page', header_footer_distance=0.6*CM,
                                         header_text=None,
                                         footer_text=Tab() + Tab() + Field(PAGE_NUMBER))
    front_matter_right_page = BodyPageTemplate(base='front_matter_page',
                                               chapter_title_flowables=[],
                                               chapter_title_height=0.2*CM)
    front_matter_left_page = BodyPageTemplate(base='front_matter_page')


def rst_escape(text):
    return text.replace('*', r'\*').replace('`', r'\`').replace('|', r'\|')


def underline(title, ch):
    return f"{title}\n{ch * (len(title) + 2)}\n"


def list_table(caption, rows, widths):
    out = [f".. list-table:: {caption}", f"   :header-rows: 1", f"   :widths: {widths}", ""]
    for r in rows:
        out.append("   * - " + rst_escape(r[0]))
        for c in r[1:]:
            out.append("     - " + rst_escape(c))
    return "\n".join(out) + "\n"


GLOSSARY = [
    ("Best Value duty", "The duty under section 3 of the Local Government Act 1999 to make arrangements to secure continuous improvement in the way functions are exercised, having regard to a combination of economy, efficiency and effectiveness."),
    ("Call-in", "The power of the Overview and Scrutiny Committee to review an executive decision that has been made but not yet implemented."),
    ("Capitalisation direction", "Permission from government to treat revenue costs as capital expenditure, funded by borrowing or capital receipts."),
    ("CIPFA", "The Chartered Institute of Public Finance and Accountancy."),
    ("Key decision", "An executive decision which is likely to result in significant expenditure or savings, or to be significant in its effects on communities, as defined in the council's constitution."),
    ("Monitoring Officer", "The officer designated under section 5 of the Local Government and Housing Act 1989 to report on any proposal, decision or omission that is or may be unlawful or maladministration."),
    ("MTFS", "Medium term financial strategy."),
    ("Section 151 Officer", "The officer responsible for the proper administration of the council's financial affairs under section 151 of the Local Government Act 1972."),
    ("Shareholder committee", "The committee of Cabinet through which the council exercises its rights as the owner of Hembury Quayside Developments Limited."),
    ("Waiver", "A decision to set aside a requirement of the contract procedure rules for a particular contract."),
]


def to_rst(data):
    t, st = data["title"], "Report of the inspection team, April 2025"
    out = ["=" * (len(t) + 2), t, "=" * (len(t) + 2), "",
           "-" * (len(st) + 2), st, "-" * (len(st) + 2), "",
           ":Author: Presented to the Secretary of State for Housing, Communities and Local Government",
           ":Date: May 2025", ""]
    notes = {f["place"]: f for f in data["footnotes"]}
    chapter = heading = None
    for p in data["places"]:
        if p["chapter"] != chapter:
            chapter, heading = p["chapter"], None
            if chapter.startswith("Annex"):
                pass
            out.append(underline(chapter, "="))
            if chapter.startswith("9"):
                pass
        if p["heading"] != heading and p["heading"] and p["kind"] != "table":
            heading = p["heading"]
            out.append(underline(heading, "-"))
        label, text = p["label"], rst_escape(p["text"])
        if p["kind"] == "table":
            rows = data["tables"][label]
            widths = "52 16 16 16" if len(rows[0]) == 4 else "28 18 18 18 18"
            out.append(list_table(data["table_captions"][label], rows, widths))
            continue
        if label in notes:
            after = notes[label]["text"] and p["footnote_after"]
            text = text.replace(after, after + " [#]_", 1)
        if p["kind"] == "recommendation":
            out.append(f"**Recommendation {label[1:]}**\n\n{text}\n")
        else:
            out.append(f"{label} {text}\n")
        if label in notes:
            out.append(f".. [#] {rst_escape(notes[label]['text'])}\n")
    out.append(underline("Glossary", "="))
    for term, definition in GLOSSARY:
        out.append(f"{term}\n   {definition}\n")
    return "\n".join(out)


def main():
    data = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
    rst = to_rst(data)
    (HERE / "report.rst").write_text(rst, encoding="utf-8")
    tree = ReStructuredTextReader().parse(str(HERE / "report.rst"))
    stylesheet = StyleSheetFile(str(HERE / "hembury.rts"))
    config = InspectionReport.Configuration('hembury', stylesheet=stylesheet)
    config.variables['paper_size'] = 'A4'
    document = config.document(tree)
    document.render(str(HERE / "report"))


if __name__ == "__main__":
    main()


if __name__ == "__main__" and "--no-letter" not in sys.argv:
    import runpy
    runpy.run_path(str(HERE / "build_letter.py"))
