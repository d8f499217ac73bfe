# Re-checks report.json / letter.json pages and every pack label against the renderings.
import json, subprocess, re, sys

def pages(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    return [" ".join(subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True, text=True).stdout.split()) for i in range(1, n + 1)]

def norm(s): return " ".join(s.split())
def typo(s): return norm(s).replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'").lower()

errs = []
R = json.load(open("report.json")); L = json.load(open("letter.json"))
RP = {p["label"]: p for p in R["places"]}; LP = {p["label"]: p for p in L["places"]}
for doc in (R, L):
    pg = pages(doc["file"])
    for p in doc["places"]:
        t = norm(p["text"])
        here = pg[p["page"] - 1]
        if t[:45] not in here:
            errs.append("start of %s not on page %s" % (p["label"], p["page"]))
        both = here + " " + (pg[p["page"]] if p["page"] < len(pg) else "")
        if t not in both and p["kind"] != "table":
            # allow footnote call marks directly after the text
            errs.append("text of %s not found whole" % p["label"])
        if p["kind"] == "table" and t not in here:
            print("NB table text order differs in pdftotext:", p["label"])
    for f in doc.get("footnotes", []):
        if norm(f["text"]) not in pg[f["page"] - 1]:
            errs.append("footnote %s" % f["number"])
    if doc is R:
        labels_by_page = {}
allsrc = [typo(p["text"]) for p in R["places"]] + [typo(p["text"]) for p in L["places"]]

for pack in ("pack-full-council", "pack-cabinet"):
    lab = json.load(open(pack + ".labels.json"))
    pg = pages(lab["pack"])
    assert len(pg) == lab["pages"]
    verdicts = set(); nc = 0
    texts = {}
    for q in lab["quotes"]:
        i = q["id"]
        verdicts.add(q["verdict"][0]); nc += (not q["concerns"])
        t = norm(q["text"])
        page = pg[q["pack_page"] - 1]
        it = [x for x in lab["items"] if x["number"] == q["item"]][0]
        if not (it["first_page"] <= q["pack_page"] <= it["last_page"]):
            errs.append("%s page outside item" % i)
        k = page.find(t)
        if k < 0:
            nxt = pg[q["pack_page"]] if q["pack_page"] < len(pg) else ""
            k = (page + " " + nxt).find(t)
            if k < 0 or k >= len(page):
                errs.append("%s not on its page" % i); continue
            page = page + " " + nxt
        if page[k - 1] not in "“\"‘'":
            errs.append("%s not preceded by a quote mark: %r" % (i, page[k - 5:k]))
        endc = page[k + len(t): k + len(t) + 1]
        if endc not in "”\"’'":
            errs.append("%s not followed by a closing mark: %r" % (i, page[k + len(t):k + len(t) + 5]))
        src = None
        if q["source"] == "report": src = RP[q["section"]]["text"]
        if q["source"] == "letter": src = LP[q["section"]]["text"]
        v = q["verdict"][0]
        found_any = any(typo(q["text"]) in s for s in allsrc)
        if not q["concerns"]:
            if found_any or q["source"] is not None: errs.append("%s non-concerning but in source" % i)
            continue
        if v == "not_found":
            if found_any or q["source"]: errs.append("%s not_found but found" % i)
        elif v in ("verbatim", "out_of_context"):
            if typo(q["text"]) not in typo(src): errs.append("%s not verbatim in %s" % (i, q["section"]))
        else:
            if typo(q["text"]) in typo(src): errs.append("%s is verbatim but labelled %s" % (i, v))
        if q["source_text"] is not None and q["source_text"] not in src:
            errs.append("%s source_text not in source" % i)
        if v == "out_of_context":
            if not q["context_dropped"] or q["context_dropped"] not in src: errs.append("%s context_dropped" % i)
        # citations
        c = q["citation"][0]
        cp = q["cited_pages"]
        holds = (q["section"] in q["cited"]) or (q["source"] == "report" and any(RP[q["section"]]["page"] == x for x in cp)) \
            or (q["source"] == "letter" and q["cited_document"] == "letter")
        for x in q["cited"]:
            if x not in RP and x != "9.2": errs.append("%s cites unknown %s" % (i, x))
        if c == "correct" and not holds: errs.append("%s citation not correct" % i)
        if c == "wrong" and (holds or not (q["cited"] or cp)): errs.append("%s citation not wrong" % i)
        if c == "missing" and (q["cited"] or cp or q["cited_document"]): errs.append("%s citation not missing" % i)
        if v == "not_found" and c == "wrong":
            for x in q["cited"]:
                if x in RP and typo(q["text"]) in typo(RP[x]["text"]): errs.append(i)
    print(pack, len(pg), "pages", len(lab["quotes"]), "quotes; verdicts", sorted(verdicts), "; not concerning", nc)
print("\n".join(errs) if errs else "ALL CHECKS PASSED")
