"""Small helpers the writer used to type the labels (make_labels_*.py); not needed to read them."""
import json

REPORT = json.load(open("report.json"))
LETTER = json.load(open("letter.json"))
SOURCES = [{"pdf": "report.pdf", "title": REPORT["title"], "role": "report"},
           {"pdf": "letter.pdf", "title": LETTER["title"], "role": "letter",
            "alias": "Letter from the Minister of State for Local Government to the Chief Executive, 14 May 2025"}]


def place(section, source="report"):
    data = REPORT if source == "report" else LETTER
    for p in data["places"]:
        if p["label"] == section:
            return p["text"]
    raise KeyError(section)


def Q(text, verdict, citation, section, kind, note, cited=(), pages=(), doc=None, source="report",
      source_text=None, context_dropped=None, strict=True, concerns=True):
    if isinstance(verdict, str):
        verdict = [verdict]
    if isinstance(citation, str):
        citation = [citation]
    q = {"text": text, "verdict": verdict, "citation": citation, "cited": list(cited),
         "cited_pages": list(pages), "cited_document": doc, "section": section,
         "source": source if section or verdict[0] != "not_found" else None,
         "kind": kind, "strict": strict, "note": note}
    if verdict[0] == "not_found":
        q["source"] = None
    if source_text:
        q["source_text"] = source_text
    if context_dropped:
        q["context_dropped"] = context_dropped
    if not concerns:
        q["concerns"] = False
        q["source"] = None
    return q


def C(text, verdict, section, evidence, kind, note, cited=(), pages=(), doc=None, source="report",
      figures=(), hedge=None, absent=(), strict=True, evidence_section=None):
    if isinstance(verdict, str):
        verdict = [verdict]
    return {"text": text, "verdict": verdict, "section": section, "source": source,
            "cited": list(cited), "cited_pages": list(pages), "cited_document": doc,
            "figures": [{"text": t, "status": s, "source_figure": f} for t, s, f in figures],
            "evidence": evidence, "evidence_section": evidence_section or section,
            "absent_words": list(absent), "hedge": hedge, "kind": kind, "strict": strict,
            "note": note}


def write(path, document, kind, quotes, claims, not_claims):
    fold = lambda t: t.translate(str.maketrans("‘’“”", "''\"\""))
    doc = fold(open(document, encoding="utf-8").read())
    for q in quotes:
        n = doc.count(fold(q["text"]))
        if n != 1:
            print("quote occurs", n, "times:", q["text"][:60])
    for c in claims:
        if doc.count(fold(c["text"])) != 1:
            print("claim occurs", doc.count(fold(c["text"])), "times:", c["text"][:60])
    out = {"document": document, "kind": kind, "sources": SOURCES, "quotes": quotes,
           "claims": claims, "not_claims": not_claims}
    json.dump(out, open(path, "w", encoding="utf-8"), indent=1, ensure_ascii=False)
    print(path, len([q for q in quotes if q.get("concerns", True)]), "quotes (+",
          len([q for q in quotes if not q.get("concerns", True)]), "not concerning),",
          len(claims), "claims,", len(not_claims), "not_claims")
