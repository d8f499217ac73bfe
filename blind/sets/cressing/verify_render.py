"""Check that every place's text and every footnote appear in the PDF text (pdftotext)."""
import json, re, subprocess
def norm(s): return re.sub(r"\s+", " ", s).strip()
def pages(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    return [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True, text=True).stdout for i in range(1, n + 1)]
for jf in ["report.json", "letter.json"]:
    meta = json.load(open(jf)); pg = pages(meta["file"])
    chapters = {p["chapter"] for p in meta["places"] if p["chapter"]}
    clean = []
    for t in pg:
        lines = [l for l in t.split("\n") if l.strip() not in chapters | {meta["title"]} and not l.startswith("https://www.gov.uk") and not re.match(r"^Page \d+( of \d+)?$", l.strip())]
        clean.append(norm(" ".join(lines)))
    body = " ".join(clean)
    fns = {f["text"] for f in meta.get("footnotes", [])}
    for f in meta.get("footnotes", []):
        body = body.replace(norm("%d. %s" % (f["number"], f["text"])), " ")
        assert norm(f["text"]) in clean[f["page"] - 1], ("fn page", f)
    body = norm(body)
    bad = 0
    for p in meta["places"]:
        t = norm(p["text"])
        if p["kind"] == "table":
            ok = all(c in body for c in t.split("%")[:1])
        else:
            ok = t in body
        if not ok:
            # allow footnote calls: a digit run inserted after some word
            pat = re.escape(t).replace(r"\ ", r"\d{0,2} ")
            ok = re.search(pat, body) is not None
        # page check: first 45 chars on the stated page
        okp = norm(p["text"])[:34] in clean[p["page"] - 1] or p["kind"] == "table"
        if not ok or not okp:
            bad += 1; print("PROBLEM", jf, p["label"], ok, okp)
    print(jf, len(meta["places"]), "places checked,", bad, "problems")
