import json
REPORT = {"pdf": "report.html", "title": "Best Value Inspection of Dunmoor Metropolitan Borough Council", "role": "report"}
LETTER = {"pdf": "letter.pdf", "title": "Letter from the Secretary of State to the Chief Executive of Dunmoor Metropolitan Borough Council",
          "role": "letter", "alias": "Letter from SoS to CEX 14/01/25"}

def Q(text, verdict, citation, cited=(), section=None, source="report", pages=(), cdoc=None,
      source_text=None, context_dropped=None, kind="exact", strict=True, note=""):
    if isinstance(verdict, str): verdict = [verdict]
    if isinstance(citation, str): citation = [citation]
    d = {"text": text, "verdict": verdict, "citation": citation, "cited": list(cited),
         "cited_pages": list(pages), "cited_document": cdoc, "section": section,
         "source": source if section else None}
    if source_text: d["source_text"] = source_text
    if context_dropped: d["context_dropped"] = context_dropped
    d.update({"kind": kind, "strict": strict, "note": note})
    return d

def F(text, status, source_figure=None):
    return {"text": text, "status": status, "source_figure": source_figure}

def C(text, verdict, section, source="report", cited=(), pages=(), cdoc=None, figures=(),
      evidence=None, evidence_section=None, absent=(), hedge=None, kind="", strict=True, note=""):
    if isinstance(verdict, str): verdict = [verdict]
    return {"text": text, "verdict": verdict, "section": section, "source": source if section else None,
            "cited": list(cited), "cited_pages": list(pages), "cited_document": cdoc,
            "figures": list(figures), "evidence": evidence,
            "evidence_section": evidence_section if evidence_section is not None else (section if evidence else None),
            "absent_words": list(absent), "hedge": hedge, "kind": kind, "strict": strict, "note": note}

def write(path, document, kind, quotes, claims, not_claims, sources=(REPORT, LETTER)):
    json.dump({"document": document, "kind": kind, "sources": list(sources), "quotes": quotes,
               "claims": claims, "not_claims": not_claims},
              open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
