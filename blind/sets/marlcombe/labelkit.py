# -*- coding: utf-8 -*-
"""Small helpers for writing the labels: source words are looked up in report.json and
letter.json (matched with typography folded) and copied from there character for character,
so a label's source_text / evidence is always the source's own text."""
import json
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
_PUNCT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                        "\u2013": "-", "\u2014": "-"})


def _fold(s):
    return unicodedata.normalize("NFKC", s).translate(_PUNCT)


SRC = {}
for role in ("report", "letter"):
    d = json.loads((HERE / f"{role}.json").read_text(encoding="utf-8"))
    SRC[role] = {p["label"]: p["text"] for p in d["places"]}
    SRC[role + "_title"] = d["title"]

REPORT_TITLE = SRC["report_title"]
LETTER_TITLE = SRC["letter_title"]


def src(label, words, role="report"):
    """The exact words of place `label` matching `words` (typography aside)."""
    text = SRC[role][label]
    f, w = _fold(text), _fold(words)
    i = f.find(w)
    if i < 0:
        raise SystemExit(f"not in {role} {label}: {words!r}")
    assert len(f) == len(text)
    return text[i:i + len(w)]


def Q(text, verdict, citation, section, source="report", cited=(), pages=(), doc=None,
      source_text=None, context_dropped=None, kind="exact", strict=True, note=""):
    lab = {"text": text, "verdict": list(verdict), "citation": list(citation),
           "cited": list(cited), "cited_pages": list(pages), "cited_document": doc,
           "section": section, "source": source if section or source == "letter" else None,
           "kind": kind, "strict": strict, "note": note}
    if section is None:
        lab["source"] = None
    if source_text:
        lab["source_text"] = src(section, source_text, source)
    if context_dropped:
        lab["context_dropped"] = src(section, context_dropped, source)
    return lab


def C(text, verdict, section, evidence=None, source="report", cited=(), pages=(), doc=None,
      figures=(), ev_section=None, absent=(), hedge=None, kind="", strict=True, note=""):
    ev_section = ev_section or section
    lab = {"text": text, "verdict": list(verdict), "section": section,
           "source": source if (section or evidence) else None,
           "cited": list(cited), "cited_pages": list(pages), "cited_document": doc,
           "figures": [{"text": t, "status": s, "source_figure": sf} for t, s, sf in figures],
           "evidence": src(ev_section, evidence, source) if evidence else None,
           "evidence_section": ev_section if evidence else None,
           "absent_words": list(absent), "hedge": hedge, "kind": kind, "strict": strict,
           "note": note}
    return lab


def sources(alias):
    return [{"pdf": "report.pdf", "title": REPORT_TITLE, "role": "report"},
            {"pdf": "letter.pdf", "title": LETTER_TITLE, "role": "letter", "alias": alias}]


def write(name, document, kind, alias, quotes, claims, not_claims):
    doc = (HERE / document).read_text(encoding="utf-8")
    for lab in quotes + claims:
        if _fold(lab["text"]) not in _fold(doc):
            raise SystemExit(f"{name}: not in document: {lab['text'][:60]!r}")
    for s in not_claims:
        if _fold(s) not in _fold(doc):
            raise SystemExit(f"{name}: not_claim not in document: {s[:60]!r}")
    data = {"document": document, "kind": kind, "sources": sources(alias),
            "quotes": quotes, "claims": claims, "not_claims": not_claims}
    (HERE / name).write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{name}: {len(quotes)} quotes, {len(claims)} claims, {len(not_claims)} not_claims")
