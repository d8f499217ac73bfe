"""Helpers for writing the label files (label_minutes.py, label_amendment.py)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORT = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
LETTER = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))
SOURCES = [{"pdf": "report.pdf", "title": REPORT["title"], "role": "report"},
           {"pdf": "letter.pdf", "title": LETTER["title"], "role": "letter",
            "alias": "Letter from SoS to CEX 24/06/25"}]


def text_of(section, source="report"):
    data = REPORT if source == "report" else LETTER
    found = [p["text"] for p in data["places"] if p["label"] == section]
    assert found, (source, section)
    return "\n".join(found)


def piece(section, words, source="report"):
    """`words` checked to be in the place's text (so labels copy the source exactly)."""
    t = text_of(section, source)
    assert words in t, (section, words)
    return words


def Q(text, verdict, citation, section=None, source="report", cited=(), pages=(), doc=None,
      source_text=None, context_dropped=None, kind="exact", strict=True, note=""):
    if isinstance(verdict, str):
        verdict = [verdict]
    if isinstance(citation, str):
        citation = [citation]
    lab = {"text": text, "verdict": verdict, "citation": citation, "cited": list(cited),
           "cited_pages": list(pages), "cited_document": doc,
           "section": section, "source": source if section or verdict[0] != "not_found" else None}
    if source_text:
        lab["source_text"] = piece(section, source_text, source)
    if context_dropped:
        lab["context_dropped"] = piece(section, context_dropped, source)
    lab.update({"kind": kind, "strict": strict, "note": note})
    return lab


def C(text, verdict, section, evidence, source="report", cited=(), pages=(), doc=None,
      figures=(), hedge=None, absent=(), kind="", strict=True, note="", ev_section=None):
    if isinstance(verdict, str):
        verdict = [verdict]
    ev_section = ev_section or section
    if evidence:
        evidence = piece(ev_section, evidence, source)
    return {"text": text, "verdict": verdict, "section": section,
            "source": source if (section or evidence) else None,
            "cited": list(cited), "cited_pages": list(pages), "cited_document": doc,
            "figures": [{"text": a, "status": b, "source_figure": c} for a, b, c in figures],
            "evidence": evidence, "evidence_section": ev_section if evidence else None,
            "absent_words": list(absent), "hedge": hedge, "kind": kind, "strict": strict,
            "note": note}


def write(document, kind, quotes, claims, not_claims):
    doc = (HERE / document).read_text(encoding="utf-8")
    for q in quotes:
        n = doc.count(q["text"])
        assert n >= 1, ("quote not in document", q["text"])
    for c in claims:
        assert doc.count(c["text"]) >= 1, ("claim not in document", c["text"])
    for s in not_claims:
        assert s in doc, ("not_claim not in document", s)
    out = {"document": document, "kind": kind, "sources": SOURCES, "quotes": quotes,
           "claims": claims, "not_claims": not_claims}
    name = Path(document).stem + ".labels.json"
    (HERE / name).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{name}: {len(quotes)} quotes, {len(claims)} claims, {len(not_claims)} not_claims")
