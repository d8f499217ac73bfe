# -*- coding: utf-8 -*-
"""Small helpers used to write the .labels.json files by hand (in make_labels_*.py): they look
up a place's text so that source_text/evidence are copied from report.json, never retyped."""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORT = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
LETTER = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))


def _places(src):
    out = {}
    for p in (REPORT if src == "report" else LETTER)["places"]:
        out[p["label"]] = out.get(p["label"], "") + ("\n" if p["label"] in out else "") + p["text"]
    return out


PLACES = {"report": _places("report"), "letter": _places("letter")}


def sent(section, start, src="report"):
    """The sentence of `section` that begins with `start` (or the run from `start` to the end of
    its sentence), copied from the source."""
    text = PLACES[src][section]
    i = text.find(start)
    if i < 0:
        raise SystemExit(f"{section}: no {start!r} in {text!r}")
    m = re.search(r"[.!?](\u201d)?(\s|$)", text[i + len(start) - 1:])
    end = i + len(start) - 1 + (m.end() if m else len(text))
    return text[i:end].strip()


def run(section, words_, src="report"):
    """`words_` checked to be in `section` exactly."""
    if words_ not in PLACES[src][section]:
        raise SystemExit(f"{section}: {words_!r} not in {PLACES[src][section]!r}")
    return words_


SOURCES = [
    {"pdf": "report.pdf", "title": REPORT["title"], "role": "report"},
    {"pdf": "letter.pdf", "title": LETTER["title"], "role": "letter",
     "alias": "Letter from SoS to CEX 06/03/25"},
]


def Q(text, verdict, citation, section, source="report", cited=(), pages=(), doc=None,
      kind="exact", note="", strict=True, source_text=None, context_dropped=None):
    if isinstance(verdict, str):
        verdict = [verdict]
    if isinstance(citation, str):
        citation = [citation]
    q = {"text": text, "verdict": verdict, "citation": citation, "cited": list(cited),
         "cited_pages": list(pages), "cited_document": doc, "section": section,
         "source": source if section else None}
    if source_text:
        q["source_text"] = source_text
    if context_dropped:
        q["context_dropped"] = context_dropped
    q.update({"kind": kind, "strict": strict, "note": note})
    return q


def C(text, verdict, section, evidence=None, source="report", cited=(), pages=(), doc=None,
      figures=(), kind="", note="", strict=True, hedge=None, absent=(), evidence_section=None):
    if isinstance(verdict, str):
        verdict = [verdict]
    if evidence:
        run(evidence_section or section, evidence, source)
    return {"text": text, "verdict": verdict, "section": section,
            "source": source if (section or evidence) else None,
            "cited": list(cited), "cited_pages": list(pages), "cited_document": doc,
            "figures": [{"text": t, "status": s, "source_figure": f} for t, s, f in figures],
            "evidence": evidence, "evidence_section": (evidence_section or section) if evidence else None,
            "absent_words": list(absent), "hedge": hedge, "kind": kind, "strict": strict,
            "note": note}


def write(name, document, kind, quotes, claims, not_claims):
    doc_text = (HERE / document).read_text(encoding="utf-8")
    for q in quotes:
        n = doc_text.count(q["text"])
        if n != 1:
            print(f"warning: quote {q['text'][:50]!r} occurs {n} times")
    data = {"document": document, "kind": kind, "sources": SOURCES, "quotes": quotes,
            "claims": claims, "not_claims": not_claims}
    (HERE / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n",
                             encoding="utf-8")
    print(f"{name}: {len(quotes)} quotes, {len(claims)} claims, {len(not_claims)} not_claims")
