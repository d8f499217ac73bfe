"""Helpers for writing the Penmarsh labels (used by make_labels.py)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORT = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
LETTER = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))
SOURCES = [{"pdf": "report.pdf", "title": REPORT["title"], "role": "report"},
           {"pdf": "letter.pdf", "title": LETTER["title"], "role": "letter",
            "alias": "Letter from SoS to CEX 28/01/25"}]


def Q(text, verdict, citation, section, *, cited=(), source="report", kind="exact", source_text=None,
      context_dropped=None, cited_pages=(), cited_document=None, strict=True, note=""):
    if isinstance(verdict, str):
        verdict = [verdict]
    if isinstance(citation, str):
        citation = [citation]
    d = {"text": text, "verdict": verdict, "citation": citation, "cited": list(cited),
         "cited_pages": list(cited_pages), "cited_document": cited_document, "section": section,
         "source": source if section or verdict[0] != "not_found" else None,
         "kind": kind, "strict": strict, "note": note}
    if source_text:
        d["source_text"] = source_text
    if context_dropped:
        d["context_dropped"] = context_dropped
    return d


def C(text, verdict, section, evidence, *, ev_section=None, cited=(), cited_pages=(), cited_document=None,
      figures=(), hedge=None, kind="", source="report", absent_words=(), strict=True, note=""):
    if isinstance(verdict, str):
        verdict = [verdict]
    return {"text": text, "verdict": verdict, "section": section, "source": source,
            "cited": list(cited), "cited_pages": list(cited_pages), "cited_document": cited_document,
            "figures": [{"text": f[0], "status": f[1], "source_figure": f[2]} for f in figures],
            "evidence": evidence, "evidence_section": ev_section or section if evidence else None,
            "absent_words": list(absent_words), "hedge": hedge, "kind": kind, "strict": strict,
            "note": note}


def write(name, kind, quotes, claims, not_claims):
    data = {"document": name, "kind": kind, "sources": SOURCES, "quotes": quotes, "claims": claims,
            "not_claims": not_claims}
    out = HERE / (Path(name).stem + ".labels.json")
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(out.name, len(quotes), "quotes", len(claims), "claims", len(not_claims), "not_claims")
