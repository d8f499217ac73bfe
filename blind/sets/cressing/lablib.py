"""Small helpers to write and self-check the labels (run by labels_*.py)."""
import json, re, subprocess

REP = json.load(open("report.json"))
LET = json.load(open("letter.json"))
RP = {p["label"]: p for p in REP["places"]}
LP = {p["label"]: p for p in LET["places"]}
REPORT_TITLE = REP["title"]
LETTER_TITLE = LET["title"]
SOURCES = [{"pdf": "report.pdf", "title": REPORT_TITLE, "role": "report"},
           {"pdf": "letter.pdf", "title": LETTER_TITLE, "role": "letter",
            "alias": "Letter from Minister to CEX 20/03/25"}]
PAGES = {}


def page_text(pdf, n):
    k = (pdf, n)
    if k not in PAGES:
        t = subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), pdf, "-"], capture_output=True, text=True).stdout
        PAGES[k] = norm(t)
    return PAGES[k]


def norm(s):
    s = s.replace("\u201c", '"').replace("\u201d", '"').replace("\u2018", "'").replace("\u2019", "'")
    return re.sub(r"\s+", " ", s).strip()


def place(source, label):
    return (RP if source == "report" else LP)[label]["text"]


class Doc:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
        self.text = open(name).read()
        self.quotes, self.claims, self.not_claims = [], [], []
        self.errors = []

    def err(self, *a):
        self.errors.append(" ".join(str(x) for x in a))

    def Q(self, text, verdict, citation, cited=(), section=None, source="report", cited_pages=(),
          cited_document=None, source_text=None, context_dropped=None, kind="exact", strict=True, note=""):
        verdict = [verdict] if isinstance(verdict, str) else list(verdict)
        citation = [citation] if isinstance(citation, str) else list(citation)
        n = self.text.count(text)
        if n != 1:
            self.err("quote count", n, text)
        else:
            i = self.text.index(text)
            if self.text[i - 1] not in "\"'\u201c\u2018" or self.text[i + len(text)] not in "\"'\u201d\u2019":
                self.err("quote not in marks", text)
        if section is not None:
            st = place(source, section)
            if verdict[0] == "verbatim":
                q = norm(text)
                if q[:1].lower() + q[1:] not in norm(st) and q not in norm(st) and q[:1].upper() + q[1:] not in norm(st):
                    self.err("not verbatim", section, text)
            if source_text is not None and source_text not in st:
                self.err("source_text not in", section, source_text)
            if context_dropped is not None and context_dropped not in st:
                self.err("context_dropped not in", section, context_dropped)
        if verdict[0] in ("minor", "misquote", "paraphrase", "out_of_context") and not source_text:
            self.err("needs source_text", text)
        for c in cited:
            if c not in (LP if cited_document == "letter" else RP) and citation[0] != "wrong":
                self.err("cited missing place", c)
        for pg in cited_pages:
            ok = norm(source_text or text) in page_text("report.pdf", pg)
            if ok != (citation[0] == "correct"):
                self.err("page check", pg, ok, text)
        if citation[0] == "correct" and cited and section and cited_document != "letter" and source == "report":
            if section not in cited:
                self.err("correct citation but section not cited", text)
        d = {"text": text, "verdict": verdict, "citation": citation, "cited": list(cited),
             "cited_pages": list(cited_pages), "cited_document": cited_document, "section": section,
             "source": source if section else None, "kind": kind, "strict": strict, "note": note}
        if source_text is not None:
            d["source_text"] = source_text
        if context_dropped is not None:
            d["context_dropped"] = context_dropped
        self.quotes.append(d)

    def C(self, text, verdict, section, source="report", cited=(), cited_pages=(), cited_document=None,
          figures=(), evidence=None, evidence_section=None, absent_words=(), hedge=None, kind="", strict=True, note=""):
        verdict = [verdict] if isinstance(verdict, str) else list(verdict)
        n = self.text.count(text)
        if n != 1:
            self.err("claim count", n, text)
        if evidence is not None:
            es = evidence_section or section
            if evidence not in place(source, es):
                self.err("evidence not in", es, evidence)
        for w in absent_words:
            for p in REP["places"] + LET["places"]:
                if w.lower() in p["text"].lower():
                    self.err("absent word present", w, p["label"])
        for f in figures:
            if f["text"] not in text:
                self.err("figure text not in claim", f["text"])
        self.claims.append({"text": text, "verdict": verdict, "section": section,
                            "source": source if (section or evidence) else None,
                            "cited": list(cited), "cited_pages": list(cited_pages),
                            "cited_document": cited_document, "figures": list(figures),
                            "evidence": evidence, "evidence_section": (evidence_section or section) if evidence else None,
                            "absent_words": list(absent_words), "hedge": hedge, "kind": kind,
                            "strict": strict, "note": note})

    def N(self, text):
        if self.text.count(text) < 1:
            self.err("not_claim missing", text)
        self.not_claims.append(text)

    def save(self):
        out = {"document": self.name, "kind": self.kind, "sources": SOURCES, "quotes": self.quotes,
               "claims": self.claims, "not_claims": self.not_claims}
        json.dump(out, open(self.name.rsplit(".", 1)[0] + ".labels.json", "w"), ensure_ascii=False, indent=1)
        from collections import Counter
        print(self.name, len(self.quotes), "quotes", dict(Counter(q["verdict"][0] for q in self.quotes)),
              "| citations", dict(Counter(q["citation"][0] for q in self.quotes)))
        print("  ", len(self.claims), "claims", dict(Counter(c["verdict"][0] for c in self.claims)))
        for e in self.errors:
            print("  ERROR:", e)


def F(text, status, source_figure=None):
    return {"text": text, "status": status, "source_figure": source_figure}
