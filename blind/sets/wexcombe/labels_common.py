"""Helpers for writing the labels files (the truth is typed by hand in labels_*.py)."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parent
REPORT = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
LETTER = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))
SOURCES = [{"pdf": "report.pdf", "title": REPORT["title"], "role": "report"},
           {"pdf": "letter.pdf", "title": LETTER["title"], "role": "letter",
            "alias": "Letter from SoS to CEX 13/02/25"}]

def place_text(source, label):
    d = REPORT if source == "report" else LETTER
    return "\n".join(p["text"] for p in d["places"] if p["label"] == label)

def Q(text, verdict, citation, section, source="report", cited=(), cited_pages=(), cited_document=None,
      source_text=None, context_dropped=None, kind="exact", strict=True, note=""):
    if isinstance(verdict, str): verdict = [verdict]
    if isinstance(citation, str): citation = [citation]
    if section and source:
        t = place_text(source, section)
        assert t, (section, source)
        for s in (source_text, context_dropped):
            if s: assert s in t, (text, s)
    q = {"text": text, "verdict": verdict, "citation": citation, "cited": list(cited),
         "cited_pages": list(cited_pages), "cited_document": cited_document,
         "section": section, "source": source if section else None}
    if source_text: q["source_text"] = source_text
    if context_dropped: q["context_dropped"] = context_dropped
    q.update(kind=kind, strict=strict, note=note)
    return q

def C(text, verdict, section, evidence, source="report", cited=(), cited_pages=(), cited_document=None,
      figures=(), absent_words=(), hedge=None, kind="", strict=True, note=""):
    if isinstance(verdict, str): verdict = [verdict]
    if evidence:
        t = place_text(source, section if section else None) if section else ""
        assert evidence in t, (text, section, evidence)
    return {"text": text, "verdict": verdict, "section": section if verdict[0] not in ("not_supported", "unverifiable") or evidence else None,
            "source": source if (section or evidence) else None,
            "cited": list(cited), "cited_pages": list(cited_pages), "cited_document": cited_document,
            "figures": [{"text": a, "status": b, "source_figure": c} for a, b, c in figures],
            "evidence": evidence, "evidence_section": section if evidence else None,
            "absent_words": list(absent_words), "hedge": hedge, "kind": kind, "strict": strict, "note": note}

def F(text, status, source_figure=None):
    return (text, status, source_figure)

def write(name, document, kind, quotes, claims, not_claims):
    doc = (HERE / document).read_text(encoding="utf-8")
    for x in quotes + claims:
        assert x["text"] in doc, ("NOT IN DOC", x["text"])
    for n in not_claims:
        assert n in doc, ("NOT IN DOC", n)
    out = {"document": document, "kind": kind, "sources": SOURCES, "quotes": quotes,
           "claims": claims, "not_claims": not_claims}
    (HERE / name).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(name, len(quotes), "quotes", len(claims), "claims", len(not_claims), "not_claims")
