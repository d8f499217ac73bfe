"""Helpers used to write the .labels.json files of this set (run make_labels.py)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORT = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
LETTER = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))
SOURCES = [{"pdf": "report.pdf", "title": REPORT["title"], "role": "report"},
           {"pdf": "letter.pdf", "title": LETTER["title"], "role": "letter",
            "alias": "Letter from SoS to CEX 16/10/25"}]


def place(source, label):
    data = REPORT if source == "report" else LETTER
    for p in data["places"]:
        if p["label"] == label:
            return p["text"]
    raise KeyError(label)


def _check_in(source, section, words, what):
    if words is not None and section is not None:
        assert words in place(source, section), f"{what} not in {source} {section}: {words}"


def Q(text, verdict, citation, cited, section, source, kind, note, source_text=None,
      context_dropped=None, cited_pages=None, cited_document=None, strict=True):
    _check_in(source, section, source_text, "source_text")
    _check_in(source, section, context_dropped, "context_dropped")
    d = {"text": text, "verdict": verdict, "citation": citation, "cited": cited,
         "cited_pages": cited_pages or [], "cited_document": cited_document,
         "section": section, "source": source}
    if source_text:
        d["source_text"] = source_text
    if context_dropped:
        d["context_dropped"] = context_dropped
    d.update({"kind": kind, "strict": strict, "note": note})
    return d


def C(text, verdict, section, source, cited, evidence, figures, kind, note, hedge=None,
      cited_pages=None, cited_document=None, absent=None, strict=True, evidence_section=None):
    ev_sec = evidence_section or section
    _check_in(source, ev_sec, evidence, "evidence")
    return {"text": text, "verdict": verdict, "section": section, "source": source,
            "cited": cited, "cited_pages": cited_pages or [], "cited_document": cited_document,
            "figures": [{"text": t, "status": s, "source_figure": f} for t, s, f in figures],
            "evidence": evidence, "evidence_section": ev_sec if evidence else None,
            "absent_words": absent or [], "hedge": hedge, "kind": kind, "strict": strict,
            "note": note}


def write(name, document, kind, quotes, claims, not_claims):
    doc = (HERE / document).read_text(encoding="utf-8")
    for q in quotes:
        assert q["text"] in doc, ("quote", q["text"])
    for c in claims:
        assert c["text"] in doc, ("claim", c["text"])
    for n in not_claims:
        assert n in doc, ("not_claim", n)
    out = {"document": document, "kind": kind, "sources": SOURCES, "quotes": quotes,
           "claims": claims, "not_claims": not_claims}
    (HERE / name).write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{name}: {len(quotes)} quotes, {len(claims)} claims, {len(not_claims)} not_claims")
