import json, re, os, subprocess
HERE = os.path.dirname(os.path.abspath(__file__))
REP = json.load(open(os.path.join(HERE, "report.json"), encoding="utf-8"))
LET = json.load(open(os.path.join(HERE, "letter.json"), encoding="utf-8"))
SOURCES = [{"pdf": "report.pdf", "title": REP["title"], "role": "report"},
           {"pdf": "letter.pdf", "title": LET["title"], "role": "letter", "alias": "Letter from SoS to CEX 14/11/24"}]

def Q(text, verdict, citation, cited, section, source="report", kind="exact", note="", pages=None,
      cdoc=None, st=None, cd=None, strict=True):
    if isinstance(verdict, str): verdict = [verdict]
    if isinstance(citation, str): citation = [citation]
    if source == "letter" and cdoc is None: cdoc = "letter"
    d = {"text": text, "verdict": verdict, "citation": citation, "cited": cited, "cited_pages": pages or [],
         "cited_document": cdoc, "section": section, "source": source if section else None}
    if st is not None: d["source_text"] = st
    if cd is not None: d["context_dropped"] = cd
    d.update({"kind": kind, "strict": strict, "note": note})
    return d

def C(text, verdict, section, cited, figures, evidence, kind, note="", source="report", pages=None, cdoc=None,
      ev_section=None, absent=None, hedge=None, strict=True):
    if isinstance(verdict, str): verdict = [verdict]
    if source == "letter" and cdoc is None and "letter" in text.lower(): cdoc = "letter"
    return {"text": text, "verdict": verdict, "section": section, "source": source if (section or evidence) else None,
            "cited": cited, "cited_pages": pages or [], "cited_document": cdoc,
            "figures": [{"text": a, "status": b, "source_figure": c} for a, b, c in figures],
            "evidence": evidence, "evidence_section": ev_section if ev_section is not None else (section if evidence else None),
            "absent_words": absent or [], "hedge": hedge, "kind": kind, "strict": strict, "note": note}
