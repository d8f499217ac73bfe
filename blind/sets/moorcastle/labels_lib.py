"""Small helpers used by make_labels.py to write the .labels.json files (the labels themselves are
written out by hand in make_labels.py; these only fill the repeated fields)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORT = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
LETTER = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))
SOURCES = [{"pdf": "report.pdf", "title": REPORT["title"], "role": "report"},
           {"pdf": "letter.pdf", "title": LETTER["title"], "role": "letter",
            "alias": "Letter from Minister to CEX 14/10/26"}]


def Q(text, verdict, citation, cited=(), section=None, source="report", kind="exact", note="",
      pages=(), doc=None, source_text=None, context_dropped=None, strict=True):
    if isinstance(verdict, str):
        verdict = [verdict]
    if isinstance(citation, str):
        citation = [citation]
    d = {"text": text, "verdict": verdict, "citation": citation, "cited": list(cited),
         "cited_pages": list(pages), "cited_document": doc, "section": section,
         "source": source if section or verdict[0] != "not_found" else None}
    if source_text:
        d["source_text"] = source_text
    if context_dropped:
        d["context_dropped"] = context_dropped
    d.update(kind=kind, strict=strict, note=note)
    return d


def C(text, verdict, section=None, source="report", cited=(), pages=(), doc=None, figures=(),
      evidence=None, evidence_section=None, absent=(), hedge=None, kind="", strict=True, note=""):
    if isinstance(verdict, str):
        verdict = [verdict]
    return {"text": text, "verdict": verdict, "section": section,
            "source": source if (section or evidence) else None,
            "cited": list(cited), "cited_pages": list(pages), "cited_document": doc,
            "figures": [{"text": t, "status": s, "source_figure": f} for t, s, f in figures],
            "evidence": evidence, "evidence_section": evidence_section or (section if evidence else None),
            "absent_words": list(absent), "hedge": hedge, "kind": kind, "strict": strict, "note": note}


def write(name, kind, quotes, claims, not_claims):
    data = {"document": name, "kind": kind, "sources": SOURCES, "quotes": quotes,
            "claims": claims, "not_claims": not_claims}
    out = HERE / (name.rsplit(".", 1)[0] + ".labels.json")
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(out.name, len(quotes), "quotes", len(claims), "claims", len(not_claims), "not claims")
