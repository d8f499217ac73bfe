"""Small helpers for writing the labels of this set by hand: each label is written out in
make_labels.py; these functions only copy the document's own characters (curly quotes) into the
label text, fill the defaults, and stop at once when a source text is not the place's words."""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORT = {p["label"]: p for p in json.loads((HERE / "report.json").read_text())["places"]}
LETTER = {p["label"]: p for p in json.loads((HERE / "letter.json").read_text())["places"]}
OFFSET = json.loads((HERE / "report.json").read_text())["page_offset"]

ONE = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def norm(s):
    return " ".join(s.translate(ONE).split())


def words(s):
    return re.findall(r"[£$]?\d+(?:[.,]\d+)*%?|[a-z]+(?:'[a-z]+)?", s.translate(ONE).lower())


class Doc:
    def __init__(self, name, kind, letter_alias):
        self.name, self.kind = name, kind
        self.text = (HERE / name).read_text(encoding="utf-8")
        self.flat = " ".join(self.text.split())
        self.quotes, self.claims, self.not_claims = [], [], []
        self.alias = letter_alias

    def exact(self, text):
        """The document's own spelling of `text` (curly quotes and all)."""
        folded = self.flat.translate(ONE)
        want = " ".join(text.split()).translate(ONE)
        at = folded.find(want)
        if at < 0:
            raise SystemExit(f"{self.name}: not in the document: {text!r}")
        return self.flat[at:at + len(want)]

    def place(self, source, section):
        table = REPORT if source == "report" else LETTER
        if section not in table:
            raise SystemExit(f"no place {section} in the {source}")
        return table[section]

    def must_be_in(self, source, section, words_text, what):
        if words_text is None:
            return
        place = " ".join(words(self.place(source, section)["text"]))
        if " ".join(words(words_text)) not in place:
            raise SystemExit(f"{what} is not {source} {section}'s words: {words_text!r}")

    def citation_for(self, section, source, cited, pages, doc):
        if not (cited or pages or doc):
            return "missing"
        if doc == "other":
            return "unverifiable"
        if source == "letter" and doc == "letter" and not cited:
            return "correct"
        if section is None:
            return "wrong"
        place = self.place(source, section)
        ok = any(c == section or section.startswith(c + ".")
                 or c.lower() in (place.get("chapter") or "").lower() for c in cited)
        if pages and place.get("page"):
            ok = ok or any(p in (place["page"], place["page"] - OFFSET) for p in pages)
        return "correct" if ok else "wrong"

    def q(self, text, verdict, section, source="report", cited=(), pages=(), doc=None,
          citation=None, source_text=None, context_dropped=None, kind="exact", note="",
          strict=True):
        verdict = [verdict] if isinstance(verdict, str) else list(verdict)
        if section is not None:
            self.must_be_in(source, section, source_text, "source_text")
            self.must_be_in(source, section, context_dropped, "context_dropped")
        if doc is None and source == "letter" and section is not None and not cited:
            pass
        cit = citation or [self.citation_for(section, source, list(cited), list(pages), doc)]
        cit = [cit] if isinstance(cit, str) else cit
        label = {"text": self.exact(text), "verdict": verdict, "citation": cit,
                 "cited": list(cited), "cited_pages": list(pages), "cited_document": doc,
                 "section": section, "source": source if verdict[0] != "not_found" else None,
                 "kind": kind, "strict": strict, "note": note}
        if source_text:
            label["source_text"] = source_text
        if context_dropped:
            label["context_dropped"] = context_dropped
        self.quotes.append(label)

    def c(self, text, verdict, section, evidence=None, ev_section=None, source="report",
          cited=(), pages=(), doc=None, figures=(), kind="", hedge=None, absent=(), note="",
          strict=True):
        verdict = [verdict] if isinstance(verdict, str) else list(verdict)
        ev_section = ev_section or section
        if evidence:
            self.must_be_in(source, ev_section, evidence, "evidence")
        figs = [{"text": f[0], "status": f[1], "source_figure": f[2] if len(f) > 2 else None}
                for f in figures]
        self.claims.append({"text": self.exact(text), "verdict": verdict, "section": section,
                            "source": source if (section or evidence) else None,
                            "cited": list(cited), "cited_pages": list(pages),
                            "cited_document": doc, "figures": figs, "evidence": evidence,
                            "evidence_section": ev_section if evidence else None,
                            "absent_words": list(absent), "hedge": hedge, "kind": kind,
                            "strict": strict, "note": note})

    def n(self, text):
        self.not_claims.append(self.exact(text))

    def save(self, report_title, letter_title):
        stem = self.name.rsplit(".", 1)[0]
        data = {"document": self.name, "kind": self.kind,
                "sources": [{"pdf": "report.pdf", "title": report_title, "role": "report"},
                            {"pdf": "letter.pdf", "title": letter_title, "role": "letter",
                             "alias": self.alias}],
                "quotes": self.quotes, "claims": self.claims, "not_claims": self.not_claims}
        (HERE / f"{stem}.labels.json").write_text(json.dumps(data, ensure_ascii=False, indent=1),
                                                  encoding="utf-8")
        print(f"{self.name}: {len(self.quotes)} quotes, {len(self.claims)} claims, "
              f"{len(self.not_claims)} not_claims")
