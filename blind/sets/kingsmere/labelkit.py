"""Small helpers for writing the labels: look up places, assert that quoted source words are the
place's words before they go into a label."""
import json, sys
from pathlib import Path
HERE = Path(__file__).resolve().parent
R = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
L = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))
PL = {"report": {p["label"]: p["text"] for p in R["places"]},
      "letter": {p["label"]: p["text"] for p in L["places"]}}
SOURCES = [{"pdf": "report.pdf", "title": R["title"], "role": "report"},
           {"pdf": "letter.pdf", "title": L["title"], "role": "letter",
            "alias": "Letter from SoS to Leader and CEX 19/09/24"}]


def words_of(role, section, text):
    if text is None:
        return None
    assert text in PL[role][section], f"not in {role} {section}: {text}"
    return text


def Q(text, verdict, citation, cited, section, kind, note, source="report", source_text=None,
      context_dropped=None, cited_pages=(), cited_document=None, strict=True):
    if isinstance(verdict, str):
        verdict = [verdict]
    if isinstance(citation, str):
        citation = [citation]
    if section is None:
        source = None
    return {"text": text, "verdict": verdict, "citation": citation, "cited": list(cited),
            "cited_pages": list(cited_pages), "cited_document": cited_document,
            "section": section, "source": source,
            "source_text": words_of(source, section, source_text) if section else None,
            "context_dropped": words_of(source, section, context_dropped) if section else None,
            "kind": kind, "strict": strict, "note": note}


def C(text, verdict, section, cited, evidence, kind, note, figures=(), source="report",
      evidence_section=None, cited_pages=(), cited_document=None, hedge=None, absent_words=(),
      strict=True):
    if isinstance(verdict, str):
        verdict = [verdict]
    ev_section = evidence_section or section
    if evidence:
        words_of(source, ev_section, evidence)
    return {"text": text, "verdict": verdict, "section": section,
            "source": source if (section or evidence) else None,
            "cited": list(cited), "cited_pages": list(cited_pages), "cited_document": cited_document,
            "figures": [{"text": a, "status": b, "source_figure": c} for a, b, c in figures],
            "evidence": evidence, "evidence_section": ev_section if evidence else None,
            "absent_words": list(absent_words), "hedge": hedge, "kind": kind, "strict": strict,
            "note": note}


def write(document, kind, quotes, claims, not_claims):
    doc = (HERE / document).read_text(encoding="utf-8")
    for q in quotes:
        n = doc.count(q["text"])
        assert n >= 1, f"quote not in document: {q['text']}"
    for c in claims:
        assert c["text"] in doc, f"claim not in document: {c['text']}"
    for n in not_claims:
        assert n in doc, f"not_claim not in document: {n}"
    out = {"document": document, "kind": kind, "sources": SOURCES, "quotes": quotes,
           "claims": claims, "not_claims": not_claims}
    name = document.rsplit(".", 1)[0] + ".labels.json"
    (HERE / name).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{name}: {len(quotes)} quotes, {len(claims)} claims, {len(not_claims)} not_claims")
