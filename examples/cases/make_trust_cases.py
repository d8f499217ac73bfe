"""Write the issue-8 cases (verdict trust): motions pasted from the example report's own PDFs,
meaning reversals, and the example motion against sources that are not the ones it quotes.

    .venv/bin/python examples/cases/make_trust_cases.py

Each case folder (trust-*) gets motion.txt and labels.json (the eval kit's format). Pasted quotations are
cut from pypdf's text of ../report.pdf (LibreOffice) and ../report-chromium.pdf (Chromium)
exactly as a copy and paste carries them: hard line breaks, "con-\\ncerned", double spaces,
footnote digits ("1989.8 Their"), "Page N of M", running headers, bullets; some get a browser
print's date/title or address line, a "[footnote N]" marker or a leading paragraph number; a few
have one real word changed next to the artefact (labelled misquote).
"""
import json
import re
from pathlib import Path

from pypdf import PdfReader

HERE = Path(__file__).resolve().parent
EXAMPLES = HERE.parent
REPORT = {"pdf": "../../report.pdf",
          "title": "Best Value Inspection of the London Borough of Eastmarsh", "role": "report"}
CHROMIUM = dict(REPORT, pdf="../../report-chromium.pdf")
LETTER = {"pdf": "../../letter.pdf",
          "title": "Letter from the Secretary of State to the Chief Executive, 12 November 2024",
          "role": "letter", "alias": "Letter from SoS to CEX 12/11/24"}
OTHER = {"pdf": "../ravensholt-long/report.pdf",
         "title": "Best Value Inspection of the Borough of Ravensholt", "role": "report"}
HEADER = "Best Value Inspection: London Borough of Eastmarsh"
_TEXT = {}


def pdf_text(name):
    if name not in _TEXT:
        _TEXT[name] = "\n".join(p.extract_text() for p in PdfReader(EXAMPLES / name).pages)
    return _TEXT[name]


def paste(name, first, last):
    text = pdf_text(name)
    start = re.search(r"[\s-]+".join(map(re.escape, first.split())), text).start()
    end = re.search(r"[\s\S]{0,80}?".join(map(re.escape, last.split())), text[start:]).end()
    return text[start:start + end]


def label(text, verdict, citation, section, kind, source="report"):
    return {"text": text, "verdict": verdict, "citation": citation, "section": section,
            "source": source if section or verdict[0] != "not_found" else None,
            "kind": kind, "strict": True}


def inside(text, after, extra):
    assert after in text, after
    return text.replace(after, after + extra + "\n", 1)


def pasted_case(pdf, folder, sources):
    """Clean pastes (verbatim) and pastes with one real change (misquote)."""
    rows = [  # (first words, last words, section, kind, transform, verdict)
        ("We have seen evidence that staff", "done in the Council.", "4.4", "hyphen_line_end", None, "verbatim"),
        ("The Authority employs four political", "the Mayor’s instructions.", "4.6", "footnote_after_year", None, "verbatim"),
        ("The Authority’s own analysis shows", "because of press coverage.", "4.38", "page_break_furniture", None, "verbatim"),
        ("Most  directors  said" if pdf == "report.pdf" else "Most directors said", "later discussions.", "4.42", "double_spaces", None, "verbatim"),
        ("Most  directors  said" if pdf == "report.pdf" else "Most directors said", "later discussions.", "4.42", "leading_paragraph_number", lambda t: "4.42 " + t, "verbatim"),
        ("Strong leadership, both political", "welcome challenge.", "4.1", "browser_date_title", lambda t: inside(t, t.split("\n")[0] + "\n", "12/11/2024, 14:03 Best Value Inspection of the London Borough of Eastmarsh - GOV.UK"), "verbatim"),
        ("Strong leadership, both political", "welcome challenge.", "4.1", "browser_address_counter", lambda t: inside(t, t.split("\n")[0] + "\n", "https://www.gov.uk/government/publications/eastmarsh-best-value-inspection 10/34"), "verbatim"),
        ("The perception of many interviewees", "decision-making requires.", "4.50", "running_header_inside", lambda t: inside(t, t.split("\n")[1] + "\n", "Page 15 of 34\n" + HEADER), "verbatim"),
        ("Since 2022 the Mayor’s Office has grown", "without open competition.", "4.4", "gov_uk_footnote", lambda t: t.replace("open competition.", "open competition[footnote 7]."), "verbatim"),
        ("The statutory guidance stresses", "welcome challenge.", "4.1", "lower_case_start", lambda t: t.replace("The statutory", "the statutory"), "verbatim"),
        ("The terms of reference required", "continuous improvement.", "1.3", "bullets", None, "verbatim"),
        ("The terms of reference required", "continuous improvement.", "1.3", "private_use_bullets", lambda t: t.replace("•", "\uf0b7"), "verbatim"),
        ("We have seen evidence that staff", "done in the Council.", "4.4", "changed_next_to_hyphen", lambda t: t.replace("inappropriate", "unlawful"), "misquote"),
        ("The Authority employs four political", "the Mayor’s instructions.", "4.6", "number_next_to_footnote", lambda t: t.replace("four political", "six political"), "misquote"),
        ("The Authority’s own analysis shows", "because of press coverage.", "4.38", "negation_next_to_furniture", lambda t: t.replace("had withdrawn", "had not withdrawn"), "misquote"),
        ("The terms of reference required", "continuous improvement.", "1.3", "word_dropped_among_bullets", lambda t: t.replace("financial management and the", "financial management and"), "misquote"),
    ]
    lines = ["Motion: the Best Value Inspection of Eastmarsh (quotations pasted from the PDF)", "",
             "This Council notes:", ""]
    labels = []
    for first, last, section, kind, transform, verdict in rows:
        text = paste(pdf, first, last)
        if transform:
            text = transform(text)
        lines += [f"- The report says: “{text}” (Section {section})", ""]
        labels.append(label(text, [verdict], ["correct"], section, kind))
    write(folder, "\n".join(lines), sources, labels)


MEANING = [  # (quotation, section, acceptable verdicts, kind)
    ("The inspectors were satisfied that the Mayor had weighed the officers’ written concerns before the grant awards were confirmed", "5.75", ["misquote", "not_found"], "reversal_no_evidence"),
    ("All members of the Audit Committee have been given risk management training since 2021", "5.59", ["misquote", "not_found"], "reversal_none_to_all"),
    ("Every directorate publishes the decisions its officers take under delegation promptly", "5.17", ["misquote", "not_found"], "reversal_some_to_every"),
    ("The staff survey drew 2,400 responses, a response rate of about half of the workforce", "1.5", ["not_found", "misquote"], "figures_changed"),
    ("We found evidence that those concerns were considered by the Mayor before the awards were confirmed", "5.75", ["misquote"], "negation_dropped"),
    ("Reasons for the changes were recorded in most cases.", "5.74", ["misquote"], "negation_dropped"),
    ("The Mayor took 241 individual decisions in 2023/24.", "5.7", ["misquote"], "number"),
    ("Interviewees said the Town Hall treats any disagreement with the political leadership as disloyalty and keeps information closely guarded.", "3.3", ["paraphrase"], "paraphrase"),
    ("The Mayor must take 214 decisions personally each year", "5.7", ["paraphrase", "misquote", "not_found"], "paraphrase_modal_added"),
    ("Most directors told us they did not feel able to give candid advice to the political leadership", "4.42", ["paraphrase", "not_found"], "reversal_most_did"),
]


def meaning_case(folder):
    lines = ["Motion on the inspection of Eastmarsh (what the report is said to say)", ""]
    labels = []
    for text, section, verdicts, kind in MEANING:
        lines += [f"- The inspectors wrote “{text}” (Section {section}).", ""]
        cites = ["correct", "unverifiable"] if verdicts[0] != "misquote" else ["correct"]
        labels.append(label(text, verdicts, cites, section if verdicts[0] != "not_found" else None, kind))
    write(folder, "\n".join(lines), [REPORT], labels)


def elsewhere_case(folder, sources, letter_indexed):
    """The example motion's report quotations against sources that do not include the report:
    nothing may be called misquoted or wrongly cited."""
    demo = json.loads((EXAMPLES / "cases" / "demo" / "labels.json").read_text(encoding="utf-8"))
    labels = []
    for q in demo["quotes"]:
        if q.get("ignore") or q["kind"].startswith("nested") or q["kind"] == "fragment":
            # Not found, a wrapper is reported whole and its fragments with it.
            labels.append(dict(q, ignore=True))
            continue
        if q.get("source") == "letter" and letter_indexed:
            labels.append(dict(q))
            continue
        labels.append(dict(q, verdict=["not_found", "paraphrase"], citation=["unverifiable"],
                           section=None, source=None, kind="source_not_indexed_" + q["kind"]))
    motion = (EXAMPLES / "motion.txt").read_text(encoding="utf-8")
    write(folder, motion, sources, labels)


def write(folder, motion, sources, labels):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "motion.txt").write_text(motion + "\n", encoding="utf-8")
    (folder / "labels.json").write_text(json.dumps(
        {"motion": "motion.txt", "sources": sources, "quotes": labels},
        indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    pasted_case("report.pdf", HERE / "trust-pasted-libreoffice", [REPORT, LETTER])
    pasted_case("report-chromium.pdf", HERE / "trust-pasted-chromium", [CHROMIUM, LETTER])
    meaning_case(HERE / "trust-meaning")
    elsewhere_case(HERE / "trust-letter-only", [LETTER], letter_indexed=True)
    elsewhere_case(HERE / "trust-other-council", [OTHER], letter_indexed=False)
