"""Helpers for writing the label files: source words are always copied out of report.json and
letter.json by these functions (never retyped), and a label's text is copied out of the document."""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORT = json.loads((HERE / "report.json").read_text())
LETTER = json.loads((HERE / "letter.json").read_text())
PLACES = {"report": {}, "letter": {}}
for role, data in (("report", REPORT), ("letter", LETTER)):
    for p in data["places"]:
        PLACES[role].setdefault(p["label"], []).append(p["text"])

SOURCES = [{"pdf": "report.pdf", "title": REPORT["title"], "role": "report"},
           {"pdf": "letter.pdf", "title": LETTER["title"], "role": "letter",
            "alias": "Letter from SoS to CEX 04/02/25"}]

SAME = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})


def place(section, role="report"):
    return "\n".join(PLACES[role][section])


def words_of(section, start, end=None, role="report"):
    """The exact words of a place from `start` through `end` (inclusive), or to the sentence end."""
    text = place(section, role)
    i = text.translate(SAME).find(start.translate(SAME))
    assert i >= 0, (section, start)
    if end is None:
        m = re.search(r"[.!?](\s|$)", text[i:])
        j = i + (m.end() if m else len(text) - i)
        return text[i:j].strip()
    k = text.translate(SAME).find(end.translate(SAME), i)
    assert k >= 0, (section, end)
    return text[i:k + len(end)]


class Doc:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
        self.text = (HERE / name).read_text(encoding="utf-8")
        self.quotes, self.claims, self.not_claims = [], [], []

    def exact(self, fragment):
        i = self.text.translate(SAME).find(fragment.translate(SAME))
        assert i >= 0, ("not in document", fragment)
        return self.text[i:i + len(fragment)]

    def Q(self, text, verdict, citation, section, cited=(), source="report", kind="exact",
          note="", source_text=None, context_dropped=None, pages=(), doc=None, strict=True):
        label = {"text": self.exact(text), "verdict": list(verdict), "citation": list(citation),
                 "cited": list(cited), "cited_pages": list(pages), "cited_document": doc,
                 "section": section, "source": source if section or source == "letter" else None,
                 "kind": kind, "strict": strict, "note": note}
        if verdict[0] == "not_found":
            label["source"] = None
        if source_text:
            label["source_text"] = source_text
        if context_dropped:
            label["context_dropped"] = context_dropped
        self.quotes.append(label)

    def C(self, text, verdict, section, evidence=None, ev_section=None, cited=(), figures=(),
          kind="", note="", hedge=None, pages=(), doc=None, absent=(), source="report",
          strict=True):
        label = {"text": self.exact(text), "verdict": list(verdict), "section": section,
                 "source": source if (section or evidence) else None,
                 "cited": list(cited), "cited_pages": list(pages), "cited_document": doc,
                 "figures": [{"text": self.exact(f[0]), "status": f[1], "source_figure": f[2]}
                             for f in figures],
                 "evidence": evidence, "evidence_section": ev_section if evidence else None,
                 "absent_words": list(absent), "hedge": hedge, "kind": kind, "strict": strict,
                 "note": note}
        self.claims.append(label)

    def N(self, text):
        self.not_claims.append(self.exact(text))

    def write(self):
        out = {"document": self.name, "kind": self.kind, "sources": SOURCES,
               "quotes": self.quotes, "claims": self.claims, "not_claims": self.not_claims}
        path = HERE / (Path(self.name).stem + ".labels.json")
        path.write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")
        print(path.name, len(self.quotes), "quotes", len(self.claims), "claims",
              len(self.not_claims), "not_claims")
