import json, re, subprocess
R = json.load(open("report.json")); L = json.load(open("letter.json"))
RP = {p["label"]: p for p in R["places"]}; LP = {p["label"]: p for p in L["places"]}
SOURCES = [{"pdf": "report.pdf", "title": R["title"], "role": "report"},
           {"pdf": "letter.pdf", "title": L["title"], "role": "letter", "alias": "Letter from SoS to Leader and CEX 04/03/25"}]
def nz(t):
    t = t.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("…", "...")
    return re.sub(r"\s+", " ", t).strip().lower()
def place(src, sec):
    return (RP if src == "report" else LP)[sec]
def where(text):
    return [("report", k) for k, p in RP.items() if nz(text) in nz(p["text"])] + [("letter", k) for k, p in LP.items() if nz(text) in nz(p["text"])]

def Q(text, verdict, citation, section, source="report", cited=(), pages=(), cdoc=None, st=None, ctx=None, kind="exact", strict=True, note=""):
    d = {"text": text, "verdict": verdict if isinstance(verdict, list) else [verdict],
         "citation": citation if isinstance(citation, list) else [citation], "cited": list(cited), "cited_pages": list(pages),
         "cited_document": cdoc, "section": section, "source": source if section else None, "kind": kind, "strict": strict, "note": note}
    if st: d["source_text"] = st
    if ctx: d["context_dropped"] = ctx
    return d

def C(text, verdict, section, source="report", cited=(), pages=(), cdoc=None, figures=(), evidence=None, esec=None, absent=(), hedge=None, kind="", strict=True, note=""):
    return {"text": text, "verdict": verdict if isinstance(verdict, list) else [verdict], "section": section,
            "source": source if (section or evidence) else None, "cited": list(cited), "cited_pages": list(pages), "cited_document": cdoc,
            "figures": [{"text": a, "status": b, "source_figure": c} for a, b, c in figures],
            "evidence": evidence, "evidence_section": esec if esec else (section if evidence else None),
            "absent_words": list(absent), "hedge": hedge, "kind": kind, "strict": strict, "note": note}

def check(doc, lab):
    D = open(doc).read(); errs = []
    pdf = {}
    for f in ["report.pdf"]:
        n = max(p["page"] for p in R["places"])
        pdf = {i: nz(subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), f, "-"], capture_output=True, text=True).stdout.replace("\u00ad\n", "")) for i in range(1, n + 1)}
    for q in lab["quotes"]:
        t = q["text"]
        if D.count(t) != 1: errs.append(("quote count", D.count(t), t))
        # inside marks?
        i = D.find(t)
        if i > 0 and D[i-1] not in "“\"‘'": errs.append(("no open mark", t))
        if i >= 0 and D[i+len(t)] not in "”\"’'": errs.append(("no close mark", t))
        for o in lab["quotes"]:
            if o is not q and t in o["text"]: errs.append(("substring of other quote", t, o["text"]))
        v = q["verdict"][0]; src = q["source"]; sec = q["section"]
        w = where(t)
        if v in ("verbatim", "out_of_context"):
            if v == "verbatim" and "minor" in q["verdict"]:
                pass
            elif (src, sec) not in w: errs.append(("verbatim not in section", t, w))
            if v == "verbatim" and len(w) > 1 and "also in" not in q["note"]: errs.append(("ambiguous", t, w))
        if v == "not_found" and w: errs.append(("not_found but found", t, w))
        if v in ("minor", "misquote", "paraphrase", "out_of_context"):
            if nz(q.get("source_text", "")) not in nz(place(src, sec)["text"]) or not q.get("source_text"): errs.append(("source_text", t))
        if v == "out_of_context" and nz(q.get("context_dropped", "x")) not in nz(place(src, sec)["text"]): errs.append(("ctx", t))
        if v != "not_found" and v not in ("verbatim", "out_of_context") and w: errs.append(("non-verbatim text found verbatim", t, w))
        # citations
        c = q["citation"][0]
        if c == "correct":
            if q["cited_document"] == "letter": ok = src == "letter"
            elif q["cited"]: ok = sec in q["cited"]
            elif q["cited_pages"]: ok = any(nz((q.get("source_text") or t))[:40] in pdf[pg] for pg in q["cited_pages"])
            else: ok = False
            if not ok: errs.append(("citation correct?", t))
        if c == "wrong":
            if sec in q["cited"]: errs.append(("citation wrong but holds", t))
            for pg in q["cited_pages"]:
                if nz(t)[:30] in pdf.get(pg, ""): errs.append(("wrong page holds", t))
        if c == "missing" and (q["cited"] or q["cited_pages"] or q["cited_document"]): errs.append(("missing but cites", t))
    for c in lab["claims"]:
        t = c["text"]
        if D.count(t) != 1: errs.append(("claim count", D.count(t), t))
        if c["evidence"] and nz(c["evidence"]) not in nz(place(c["source"], c["evidence_section"])["text"]): errs.append(("evidence", t))
        for a in c["absent_words"]:
            if any(a.lower() in p["text"].lower() for p in R["places"] + L["places"]) or any(a.lower() in f["text"].lower() for f in R["footnotes"]): errs.append(("absent word present", a))
        v = c["verdict"][0]
        if v == "supported" and c["cited"] and c["section"] not in c["cited"]: errs.append(("supported but section not cited", t))
        if v == "elsewhere" and c["section"] in c["cited"]: errs.append(("elsewhere but cited", t))
        for pg in c["cited_pages"]:
            pass
    for n in lab["not_claims"]:
        if D.count(n) != 1: errs.append(("not_claim", n))
    return errs

def summary(lab):
    from collections import Counter
    return {"quotes": len(lab["quotes"]), "claims": len(lab["claims"]), "not_claims": len(lab["not_claims"]),
            "quote_verdicts": dict(Counter(q["verdict"][0] for q in lab["quotes"])),
            "citation": dict(Counter(q["citation"][0] for q in lab["quotes"])),
            "claim_verdicts": dict(Counter(c["verdict"][0] for c in lab["claims"]))}

def S(sec, a, b=None, src="report"):
    t = place(src, sec)["text"]; i = t.index(a)
    if b is None: return a
    j = t.index(b, i) + len(b); return t[i:j]
def sent(sec, a, src="report"):
    """the sentence of place sec starting with a"""
    t = place(src, sec)["text"]; i = t.index(a); j = t.find(". ", i)
    return t[i:] if j < 0 else t[i:j+1]
