"""Helpers shared by labels_article.py and labels_press.py.

Each label is written once here, in Python, and checked against report.json / letter.json and the
document before the .labels.json file is written: quotation and claim texts must occur exactly once
in the document, and every source_text, context_dropped and evidence must be a substring of the
named place's text.
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPORT = json.load(open(os.path.join(HERE, "report.json"), encoding="utf-8"))
LETTER = json.load(open(os.path.join(HERE, "letter.json"), encoding="utf-8"))
PLACES = {("report", p["label"]): p["text"] for p in REPORT["places"]}
PLACES.update({("letter", p["label"]): p["text"] for p in LETTER["places"]})

SOURCES = [
    {"pdf": "report.pdf", "title": REPORT["title"], "role": "report"},
    {"pdf": "letter.pdf", "title": LETTER["title"], "role": "letter",
     "alias": "Letter from the Minister of State to CEX 19/11/26"},
]


def _norm(s):
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", s).strip()


class Doc:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
        self.text = open(os.path.join(HERE, name), encoding="utf-8").read()
        self.quotes, self.claims, self.not_claims = [], [], []
        self.errors = []

    def _place(self, source, section):
        if section is None:
            return None
        t = PLACES.get((source, section))
        if t is None:
            self.errors.append(f"no place {source} {section}")
        return t

    def _sub(self, what, words, source, section):
        t = self._place(source, section)
        if words is not None and t is not None and words not in t:
            self.errors.append(f"{what} not in {source} {section}: {words}")

    def q(self, text, verdict, citation, section, source="report", cited=(), cited_pages=(), cited_document=None,
          source_text=None, context_dropped=None, kind="exact", strict=True, note=""):
        if isinstance(verdict, str):
            verdict = [verdict]
        if isinstance(citation, str):
            citation = [citation]
        n = self.text.count(text)
        if n != 1:
            self.errors.append(f"quote occurs {n} times: {text}")
        if verdict[0] == "verbatim" and section is not None:
            t = self._place(source, section)
            core = _norm(text).strip(" ,.;:").lower()
            if t is not None and core not in _norm(t).lower():
                self.errors.append(f"verbatim quote not in {section}: {text}")
        if verdict[0] in ("minor", "misquote", "paraphrase", "out_of_context") and not source_text:
            self.errors.append(f"source_text missing: {text}")
        self._sub("source_text", source_text, source, section)
        self._sub("context_dropped", context_dropped, source, section)
        if verdict[0] == "not_found":
            source, section = None, None
        self.quotes.append({"text": text, "verdict": verdict, "citation": citation, "cited": list(cited),
                            "cited_pages": list(cited_pages), "cited_document": cited_document,
                            "section": section, "source": source, "source_text": source_text,
                            "context_dropped": context_dropped, "kind": kind, "strict": strict, "note": note})

    def c(self, text, verdict, section, source="report", cited=(), cited_pages=(), cited_document=None,
          figures=(), evidence=None, evidence_section=None, absent_words=(), hedge=None, kind="", strict=True, note=""):
        if isinstance(verdict, str):
            verdict = [verdict]
        n = self.text.count(text)
        if n != 1:
            self.errors.append(f"claim occurs {n} times: {text}")
        if evidence_section is None:
            evidence_section = section
        if evidence is not None:
            self._sub("evidence", evidence, source, evidence_section)
        for w in absent_words:
            for (src, lab), t in PLACES.items():
                if w.lower() in t.lower():
                    self.errors.append(f"absent word {w} used in {src} {lab}")
        figs = [{"text": f[0], "status": f[1], "source_figure": f[2]} for f in figures]
        for f in figs:
            if f["text"] not in text:
                self.errors.append(f"figure {f['text']} not in claim: {text}")
        self.claims.append({"text": text, "verdict": verdict, "section": section,
                            "source": source if section is not None or evidence is not None else None,
                            "cited": list(cited), "cited_pages": list(cited_pages), "cited_document": cited_document,
                            "figures": figs, "evidence": evidence, "evidence_section": evidence_section if evidence else None,
                            "absent_words": list(absent_words), "hedge": hedge, "kind": kind, "strict": strict, "note": note})

    def nc(self, text):
        n = self.text.count(text)
        if n != 1:
            self.errors.append(f"not_claim occurs {n} times: {text}")
        self.not_claims.append(text)

    def write(self):
        if self.errors:
            print("\n".join(self.errors))
            sys.exit(f"{self.name}: {len(self.errors)} errors")
        out = {"document": self.name, "kind": self.kind, "sources": SOURCES,
               "quotes": self.quotes, "claims": self.claims, "not_claims": self.not_claims}
        fn = os.path.join(HERE, self.name + ".labels.json")
        fn = fn.replace(".txt.labels.json", ".labels.json")
        json.dump(out, open(fn, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
        from collections import Counter
        print(f"{os.path.basename(fn)}: {len(self.quotes)} quotes {dict(Counter(q['verdict'][0] for q in self.quotes))}; "
              f"{len(self.claims)} claims {dict(Counter(c['verdict'][0] for c in self.claims))}; {len(self.not_claims)} not_claims")
