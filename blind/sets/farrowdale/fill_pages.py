"""Fill 'page' of every place and footnote in report.json/letter.json from pdftotext of the rendering."""
import json, subprocess, re, sys

def pages(pdf):
    n = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout).group(1))
    out = []
    for i in range(1, n + 1):
        t = subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], capture_output=True, text=True).stdout
        out.append(norm(t))
    return out

def norm(t):
    t = t.replace("\u00ad\n", "").replace("\u00ad", "")
    t = t.replace("ﬁ", "fi").replace("ﬂ", "fl").replace("ﬀ", "ff").replace("ﬃ", "ffi")
    return re.sub(r"\s+", " ", t)

def fill(jf):
    J = json.load(open(jf)); P = pages(J["file"]); start = 0
    for p in J["places"]:
        key = norm(p["text"])[:60]
        if p["kind"] == "table":
            key = " ".join(p["header"][:3])
        if p["kind"] == "summary":
            key = norm(p["paras"][0])[:60]
        hit = [i for i in range(start, len(P)) if key in P[i]]
        if not hit:
            sys.exit(f"NOT FOUND {p['label']}: {key}")
        p["page"] = hit[0] + 1; start = hit[0]
    for fn in J.get("footnotes", []):
        key = norm(fn["text"])[:50]
        hit = [i for i in range(len(P)) if key in P[i]]
        assert len(hit) == 1, (fn, hit)
        fn["page"] = hit[0] + 1
        pl = next(p for p in J["places"] if p["label"] == fn["place"])
        # check the call mark is on the same page as the footnote text
        pre = norm(pl["text"][:fn["offset"]])[-25:]
        assert pre in P[hit[0]], ("call mark page?", fn["number"], pre)
    json.dump(J, open(jf, "w"), ensure_ascii=False, indent=1)
    print(jf, "pages filled; last place on page", J["places"][-1]["page"], "of", len(P))

fill("report.json"); fill("letter.json")
