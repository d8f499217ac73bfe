"""Helpers to write the labels: source words are copied from report.json / letter.json, never
typed by hand, and every label's text is checked against the document as it is written."""
import json
import re
from difflib import SequenceMatcher
from pathlib import Path

HERE = Path(__file__).resolve().parent
SRC = {r: json.loads((HERE / f"{r}.json").read_text(encoding="utf-8")) for r in ("report", "letter")}
PLACES = {}
for r, d in SRC.items():
    for p in d["places"]:
        key = (r, p["label"])
        PLACES[key] = PLACES[key] + "\n" + p["text"] if key in PLACES else p["text"]
SOURCES = [{"pdf": "report.pdf", "title": SRC["report"]["title"], "role": "report"},
           {"pdf": "letter.pdf", "title": SRC["letter"]["title"], "role": "letter",
            "alias": "Letter from Minister to CEX 04/03/25"}]


def sentences(text):
    return [s for s in re.split(r"(?<=[.!?”])\s+(?=[A-Z“\"‘])|\n", text) if s]


def best(role, label, probe):
    text = PLACES[(role, label)]
    return max(sentences(text), key=lambda s: SequenceMatcher(None, s.lower(), probe.lower()).ratio())


def need(role, label, words):
    assert words in PLACES[(role, label)], (role, label, words)
    return words


class Doc:
    def __init__(self, path, kind):
        self.path, self.kind = path, kind
        self.text = (HERE / path).read_text(encoding="utf-8")
        self.quotes, self.claims, self.not_claims = [], [], []

    def has(self, t):
        assert t in self.text, f"not in {self.path}: {t!r}"

    def fix(self, t):
        """The text as the document writes it (typographic apostrophes on a web page)."""
        return t if t in self.text else t.replace("'", "’")

    def q(self, text, verdict, citation, cited=(), section=None, source="report", pages=(),
          doc=None, source_text=None, dropped=None, kind="exact", strict=True, note="", concerns=True):
        text = self.fix(text)
        self.has(text)
        if isinstance(verdict, str):
            verdict = [verdict]
        if isinstance(citation, str):
            citation = [citation]
        if source_text is None and verdict[0] in ("minor", "misquote", "paraphrase", "out_of_context"):
            source_text = best(source, section, text)
        if source_text:
            need(source, section, source_text)
        if dropped:
            need(source, section, dropped)
        if doc is None and source == "letter" and (cited or citation[0] != "missing"):
            doc = "letter"
        lab = {"text": text, "verdict": verdict, "citation": citation, "cited": list(cited),
               "cited_pages": list(pages), "cited_document": doc, "section": section,
               "source": source if section or verdict[0] != "not_found" else None,
               "kind": kind, "strict": strict, "note": note}
        if not concerns:
            lab.update(concerns=False, verdict=[], citation=[], section=None, source=None)
        if source_text:
            lab["source_text"] = source_text
        if dropped:
            lab["context_dropped"] = dropped
        self.quotes.append(lab)

    def c(self, text, verdict, section, source="report", cited=(), pages=(), doc=None,
          figures=(), evidence=None, absent=(), hedge=None, kind="", strict=True, note=""):
        text = self.fix(text)
        figures = [(self.fix(f[0]),) + tuple(f[1:]) for f in figures]
        self.has(text)
        if isinstance(verdict, str):
            verdict = [verdict]
        if evidence is None and section:
            evidence = best(source, section, text)
        if evidence:
            need(source, section, evidence)
        if doc is None and source == "letter" and section:
            doc = "letter"
        figs = [{"text": f[0], "status": f[1], "source_figure": f[2]} for f in figures]
        for f in figs:
            self.has(f["text"]) if f["text"] in text else None
            assert f["text"] in text, (text, f["text"])
        self.claims.append({"text": text, "verdict": verdict, "section": section,
                            "source": source if section else None, "cited": list(cited),
                            "cited_pages": list(pages), "cited_document": doc,
                            "figures": figs, "evidence": evidence,
                            "evidence_section": section if evidence else None,
                            "absent_words": list(absent), "hedge": hedge, "kind": kind,
                            "strict": strict, "note": note})

    def nc(self, *texts):
        for t in texts:
            t = self.fix(t)
            self.has(t)
            self.not_claims.append(t)

    def write(self):
        out = {"document": self.path, "kind": self.kind, "sources": SOURCES,
               "quotes": self.quotes, "claims": self.claims, "not_claims": self.not_claims}
        name = self.path.rsplit(".", 1)[0] + ".labels.json"
        (HERE / name).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(name, len(self.quotes), "quotes", len(self.claims), "claims", len(self.not_claims), "not claims")
