#!/usr/bin/env python3
"""Re-check every label of pack-*.labels.json against report.json, letter.json and pdftotext."""
import json, re, subprocess, sys
def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"').replace("\u2013", "-")
    return re.sub(r"\s+", " ", s).strip()
def low(s): return norm(s).lower()
rep = json.load(open("report.json")); let = json.load(open("letter.json"))
places = {"report": {p["label"]: p for p in rep["places"]}, "letter": {p["label"]: p for p in let["places"]}}
alltext = [low(p["text"]) for d in (rep, let) for p in d["places"]]
errors = 0
def err(q, m):
    global errors; errors += 1; print("FAIL", q.get("id"), m)
def page_text(pdf, n):
    return norm(subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), pdf, "-"], capture_output=True, text=True).stdout)
for lab in ["pack-council.labels.json", "pack-audit.labels.json"]:
    L = json.load(open(lab)); pdf = L["pack"]
    verdicts = set(); cits = set(); nc = 0; cells = 0
    texts = {}
    for q in L["quotes"]:
        t = norm(q["text"]); v = q["verdict"][0]; c = q["citation"][0]
        verdicts.add(v); cits.add(c); texts.setdefault(t, []).append(q["item"])
        pt = page_text(pdf, q["pack_page"])
        if t[:30] not in pt: err(q, "start not on pack page %d" % q["pack_page"])
        it = [i for i in L["items"] if i["number"] == q["item"]][0]
        if not it["first_page"] <= q["pack_page"] <= it["last_page"]: err(q, "page outside item")
        if not q["concerns"]:
            nc += 1
            if any(low(q["text"]) in a for a in alltext): err(q, "non-concerning quote found in sources")
            if q["section"] is not None or q["source"] is not None: err(q, "non-concerning has section/source")
            continue
        if v == "not_found":
            if any(low(q["text"]) in a for a in alltext): err(q, "not_found but found")
            if q["section"] is not None: err(q, "not_found has section")
        else:
            pl = places[q["source"]].get(q["section"])
            if pl is None: err(q, "no such section"); continue
            st = low(pl["text"])
            if v in ("verbatim", "out_of_context"):
                if low(q["text"]) not in st: err(q, "words not in section %s" % q["section"])
            else:
                if low(q["text"]) in st: err(q, "%s but verbatim substring" % v)
            if v != "verbatim":
                if "source_text" not in q or low(q["source_text"]) not in st: err(q, "source_text not in section")
            if v == "out_of_context":
                if "context_dropped" not in q or low(q["context_dropped"]) not in st: err(q, "context_dropped not in section")
                if low(q["context_dropped"]) in low(q["text"]): err(q, "context not dropped")
        # citation
        holds = False
        if q["cited_document"] == "other": exp = "unverifiable"
        elif not q["cited"] and not q["cited_pages"] and q["cited_document"] is None: exp = "missing"
        else:
            sec = q["section"]; src = q["source"]
            for cl in q["cited"]:
                if cl == sec: holds = True
                if cl == "executive summary" and src == "report" and sec and places["report"].get(sec, {}).get("chapter", "") == "1 Executive summary": holds = True
            if src == "report" and sec:
                for cp in q["cited_pages"]:
                    if cp == places["report"][sec]["page"] or low(q.get("source_text", q["text"]))[:30] in low(page_text("report.pdf", cp)): holds = True
            if q["cited_document"] == "letter" and not q["cited"] and src == "letter": holds = True
            if v == "not_found": holds = False
            exp = "correct" if holds else "wrong"
        if c != exp: err(q, "citation %s, expected %s" % (c, exp))
        if "\u201c" in q["text"] or "\u201d" in q["text"]: err(q, "quote marks inside text")
    reps = [t for t, its in texts.items() if len(set(its)) > 1]
    print(lab, len(L["quotes"]), "quotes; verdicts", sorted(verdicts), "; citations", sorted(cits), "; not concerning", nc, "; repeated across items", len(reps))
    # furniture regexes should each match something
    full = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout.split("\n")
    for r in L["furniture"]:
        print("  furniture", r, sum(1 for l in full if re.match(r, l)), "lines")
print("errors:", errors)
sys.exit(1 if errors else 0)
