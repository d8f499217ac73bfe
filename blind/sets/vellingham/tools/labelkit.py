"""Small helpers for writing the labels files (the labels themselves are written by hand)."""
import json
from pathlib import Path
HERE = Path(__file__).resolve().parent.parent
REPORT = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
LETTER = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))
SOURCES = [{"pdf": "report.pdf", "title": REPORT["title"], "role": "report"},
           {"pdf": "letter.pdf", "title": LETTER["title"], "role": "letter",
            "alias": "Letter from SoS to CEX 18/11/26"}]


def Q(text, verdict, citation, cited=(), section=None, source="report", kind="exact", note="",
      cited_pages=(), cited_document=None, source_text=None, context_dropped=None, strict=True):
    d = {"text": text, "verdict": list(verdict) if isinstance(verdict, (list, tuple)) else [verdict],
         "citation": list(citation) if isinstance(citation, (list, tuple)) else [citation],
         "cited": list(cited), "cited_pages": list(cited_pages), "cited_document": cited_document,
         "section": section, "source": source if section or source == "letter" else None,
         "kind": kind, "strict": strict, "note": note}
    if source_text:
        d["source_text"] = source_text
    if context_dropped:
        d["context_dropped"] = context_dropped
    return d


def F(text, status, source_figure):
    return {"text": text, "status": status, "source_figure": source_figure}


def C(text, verdict, section, evidence, evidence_section=None, cited=(), figures=(), kind="", note="",
      hedge=None, cited_pages=(), cited_document=None, absent_words=(), source="report", strict=True):
    return {"text": text, "verdict": list(verdict) if isinstance(verdict, (list, tuple)) else [verdict],
            "section": section, "source": source if (section or evidence) else None,
            "cited": list(cited), "cited_pages": list(cited_pages), "cited_document": cited_document,
            "figures": list(figures), "evidence": evidence,
            "evidence_section": evidence_section if evidence_section else (section if evidence else None),
            "absent_words": list(absent_words), "hedge": hedge, "kind": kind, "strict": strict, "note": note}


def write(name, document, kind, quotes, claims, not_claims):
    out = {"document": document, "kind": kind, "sources": SOURCES, "quotes": quotes,
           "claims": claims, "not_claims": not_claims}
    (HERE / name).write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(name, len(quotes), "quotes", len(claims), "claims", len(not_claims), "not_claims")
