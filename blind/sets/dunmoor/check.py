"""Self-check of the labels against report.json, report.html, letter.json, pdftotext letter.pdf and the documents."""
import json, re, html, subprocess, sys
from collections import Counter

R = json.load(open("report.json", encoding="utf-8"))
Lt = json.load(open("letter.json", encoding="utf-8"))
P = {"report": {p["label"]: p for p in R["places"]}, "letter": {p["label"]: p for p in Lt["places"]}}
errors = []

def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"').replace("\u2026", "...")
    return re.sub(r"\s+", " ", s).strip()

# rendering checks
raw = open("report.html", encoding="utf-8").read()
body = raw[raw.index('<div class="govspeak">'):raw.index('</main>')]
txt = norm(html.unescape(re.sub(r"<[^>]+>", " ", body)))
txt = norm(re.sub(r"\[footnote \d+\]", " ", txt))
for p in R["places"]:
    t = norm(p["text"]) if p["kind"] == "table" else norm(p["label"] + " " + p["text"])
    if t not in txt:
        errors.append(f"html missing place {p['label']}")
for f in R["footnotes"]:
    if norm(f["text"]) not in txt:
        errors.append(f"html missing footnote {f['number']}")
pdf = norm(subprocess.run(["pdftotext", "letter.pdf", "-"], capture_output=True, text=True).stdout)
for p in Lt["places"]:
    if norm(p["text"]) not in pdf:
        errors.append(f"pdf missing letter para {p['label']}")
    pg = norm(subprocess.run(["pdftotext", "-f", str(p["page"]), "-l", str(p["page"]), "letter.pdf", "-"], capture_output=True, text=True).stdout)
    if norm(p["text"])[:60] not in pg:
        errors.append(f"letter para {p['label']} not starting on page {p['page']}")
alltext = " ".join(norm(p["text"]) for s in P.values() for p in s.values()).lower() + " " + txt.lower() + " " + pdf.lower()

def place(src, lab):
    return P.get(src, {}).get(lab)

OPEN = set('"\u201c\u2018\'')
CLOSE = set('"\u201d\u2019\'')

def check_doc(lp):
    lab = json.load(open(lp, encoding="utf-8"))
    doc = open(lab["document"], encoding="utf-8").read()
    vc = Counter(); cc = Counter(); clv = Counter()
    for q in lab["quotes"]:
        t = q["text"]; tag = f"{lp} Q[{t[:40]}]"
        vc[q["verdict"][0]] += 1; cc[q["citation"][0]] += 1
        n = doc.count(t)
        if n != 1: errors.append(f"{tag}: occurs {n} times"); continue
        i = doc.index(t)
        if doc[i-1] not in OPEN or doc[i+len(t)] not in CLOSE:
            errors.append(f"{tag}: not directly inside quotation marks ({doc[i-1]!r},{doc[i+len(t)]!r})")
        v = q["verdict"][0]
        sec = q["section"]
        pl = place(q["source"], sec) if sec else None
        if sec and not pl: errors.append(f"{tag}: section {sec} does not exist"); continue
        nt = norm(t)
        if v == "verbatim":
            pt = norm(pl["text"])
            if nt[1:] not in pt or nt[0].lower() != pt[pt.index(nt[1:]) - 1].lower():
                errors.append(f"{tag}: not verbatim in {sec}")
        elif v == "not_found":
            if nt.lower() in alltext: errors.append(f"{tag}: not_found but present")
        else:
            st = q.get("source_text")
            if not st or st not in pl["text"]: errors.append(f"{tag}: source_text not in {sec}")
            if v in ("minor", "misquote", "paraphrase") and nt[1:].lower() in norm(pl["text"]).lower():
                errors.append(f"{tag}: {v} but actually verbatim")
            if v == "out_of_context":
                cd = q.get("context_dropped")
                if not cd or cd not in st: errors.append(f"{tag}: context_dropped not in source_text")
                if nt[1:] not in norm(pl["text"]): errors.append(f"{tag}: OOC words not verbatim in place")
        c = q["citation"][0]
        for cl in q["cited"]:
            if not place(q["source"] or "report", cl) and not (q["cited_document"] == "letter"):
                if c != "wrong": errors.append(f"{tag}: cited {cl} does not exist")
        if c == "correct" and q["cited_document"] != "letter" and sec not in q["cited"]:
            errors.append(f"{tag}: citation correct but {sec} not cited")
        if c == "correct" and q["cited_document"] == "letter" and q["source"] != "letter":
            errors.append(f"{tag}: letter citation but source not letter")
        if c == "wrong" and sec in q["cited"]: errors.append(f"{tag}: wrong but section cited")
        if c == "missing" and (q["cited"] or q["cited_pages"] or q["cited_document"]): errors.append(f"{tag}: missing but cites")
        if c == "unverifiable" and not (q["cited_pages"] or q["cited_document"] == "other"): errors.append(f"{tag}: unverifiable without page/other")
    for cl in lab["claims"]:
        t = cl["text"]; tag = f"{lp} C[{t[:40]}]"
        clv[cl["verdict"][0]] += 1
        n = doc.count(t)
        if n != 1: errors.append(f"{tag}: occurs {n} times")
        if cl["evidence"]:
            pl = place(cl["source"], cl["evidence_section"])
            if not pl or cl["evidence"] not in pl["text"]: errors.append(f"{tag}: evidence not in {cl['evidence_section']}")
        for w in cl["absent_words"]:
            if w.lower() in alltext: errors.append(f"{tag}: absent word {w} present")
        for f in cl["figures"]:
            if f["text"] not in t: errors.append(f"{tag}: figure {f['text']} not in claim")
        v = cl["verdict"][0]
        if v == "elsewhere" and cl["section"] in cl["cited"]: errors.append(f"{tag}: elsewhere but section cited")
        if v == "unverifiable" and cl["cited_document"] != "other": errors.append(f"{tag}: unverifiable w/o other")
        if v == "figure_differs" and not any(f["status"] == "differs" for f in cl["figures"]): errors.append(f"{tag}: no differing figure")
        if cl["source"] == "letter" and cl["cited_document"] != "letter": errors.append(f"{tag}: letter claim without cited_document letter")
    for s in lab["not_claims"]:
        if doc.count(s) != 1: errors.append(f"{lp} not_claim missing: {s[:50]}")
    # quoted spans not labelled
    labelled = {q["text"] for q in lab["quotes"]}
    spans = re.findall(r'[“"]([^”"\n]+)[”"]', doc) + re.findall(r"(?<![A-Za-z])'([^'\n]+)'(?![A-Za-z])", doc)
    unl = [s for s in spans if s not in labelled]
    print(f"{lp}: {len(lab['quotes'])} quotes {dict(vc)}; citations {dict(cc)}; {len(lab['claims'])} claims {dict(clv)}; {len(lab['not_claims'])} not_claims")
    for s in unl: print("   unlabelled quoted span:", s[:90])

for lp in sys.argv[1:]:
    check_doc(lp)
print(f"{len(R['places'])} report places ({sum(p['kind']=='paragraph' for p in R['places'])} numbered paragraphs), {len(Lt['places'])} letter paragraphs")
print("\n".join(errors) if errors else "ALL CHECKS PASS")
