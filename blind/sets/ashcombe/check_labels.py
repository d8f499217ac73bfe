"""Self-check of the labels against report.json, letter.json, pdftotext and the documents."""
import json, re, subprocess, sys, os
HERE = os.path.dirname(os.path.abspath(__file__))
REP = json.load(open(os.path.join(HERE, "report.json"))); LET = json.load(open(os.path.join(HERE, "letter.json")))
def norm(s):
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').replace("…", "...")
    return re.sub(r"\s+", " ", s).strip().lower()
def places(src):
    d = {}
    for p in (REP if src == "report" else LET)["places"]:
        d.setdefault(p["label"], []).append(p)
    return d
RP, LP = places("report"), places("letter")
def ptext(src, label):
    return " ".join(p["text"] for p in (RP if src == "report" else LP).get(label, []))
def pdfpage(n, pdf="report.pdf"):
    t = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), os.path.join(HERE, pdf), "-"], capture_output=True, text=True).stdout
    t = re.sub(r"([a-z])\d\b", r"\1", t)  # footnote calls after words
    return norm(t)
errs = []
def err(*a): errs.append(" ".join(str(x) for x in a))
for lf in sys.argv[1:]:
    L = json.load(open(os.path.join(HERE, lf)))
    doc = open(os.path.join(HERE, L["document"])).read()
    for q in L["quotes"]:
        t = q["text"]
        n = len(re.findall(r'[“"‘\']' + re.escape(t) + r'[”"’\']', doc))
        if n != 1: err(lf, "quote marks count", n, t[:50])
        if doc.count(t) != 1: err(lf, "quote substring count", doc.count(t), t[:50])
        v = q["verdict"][0]; sec = q["section"]; src = q["source"]
        if sec:
            st = ptext(src, sec)
            if not st: err(lf, "no section", sec, t[:40])
            if v == "verbatim" and norm(t) not in norm(st): err(lf, "verbatim not in section", sec, t[:50])
            if v != "verbatim" and v != "not_found":
                if q["source_text"] not in st: err(lf, "source_text not in section", sec, q["source_text"][:50])
            if v == "out_of_context" and q["context_dropped"] not in st: err(lf, "context_dropped missing", sec)
        else:
            alltext = norm(" ".join(p["text"] for p in REP["places"] + LET["places"]))
            if norm(t) in alltext: err(lf, "not_found but found", t)
        c = q["citation"][0]
        probe = norm(t) if v == "verbatim" else norm(q.get("source_text", t))
        if c == "correct":
            ok = False
            for lab in q["cited"]:
                if probe in norm(ptext(src, lab)) or (v not in ("verbatim", "minor") and lab == sec): ok = True
            for pg in q["cited_pages"]:
                if probe in pdfpage(pg): ok = True
            if not q["cited"] and not q["cited_pages"] and q["cited_document"] == "letter" and src == "letter": ok = True
            if not ok: err(lf, "citation correct fails", t[:50])
        if c == "wrong":
            for lab in q["cited"]:
                if norm(t) in norm(ptext(src or "report", lab)): err(lf, "wrong but holds", lab, t[:40])
            for pg in q["cited_pages"]:
                if norm(t) in pdfpage(pg): err(lf, "wrong but on page", pg, t[:40])
        if c == "missing" and (q["cited"] or q["cited_pages"] or q["cited_document"]): err(lf, "missing but cites", t[:40])
    for cl in L["claims"]:
        t = cl["text"]
        if doc.count(t) != 1: err(lf, "claim count", doc.count(t), t[:50])
        if cl["evidence"]:
            src = cl["source"]; es = ptext(src, cl["evidence_section"])
            if cl["evidence"] not in es: err(lf, "evidence not in section", cl["evidence_section"], cl["evidence"][:50])
        for lab in cl["cited"]:
            if not ptext(cl["source"] or "report", lab) and cl["kind"] != "nonexistent_paragraph" and "nonexistent" not in cl["kind"]:
                err(lf, "cited label missing", lab, t[:40])
        for w in cl["absent_words"]:
            allt = (" ".join(p["text"] for p in REP["places"] + LET["places"]) + " ".join(f["text"] for f in REP["footnotes"])).lower()
            if w.lower() in allt: err(lf, "absent word present", w)
        for pg in cl["cited_pages"]:
            if norm(cl["evidence"][:60]) not in pdfpage(pg): err(lf, "claim page", pg)
    for nc in L["not_claims"]:
        if doc.count(nc) != 1: err(lf, "not_claim count", doc.count(nc), nc[:50])
    qv = {}; cv = {}
    for q in L["quotes"]: qv[q["verdict"][0]] = qv.get(q["verdict"][0], 0) + 1
    for q in L["claims"]: cv[q["verdict"][0]] = cv.get(q["verdict"][0], 0) + 1
    print(lf, len(L["quotes"]), qv, len(L["claims"]), cv)
print("\n".join(errs) if errs else "ALL OK")
