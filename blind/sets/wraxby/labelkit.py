"""Small helpers for writing the labels of the Wraxby documents (used by labels_*.py).

S(section, start) returns the sentence of a place that begins with `start`, copied character for
character from report.json (or letter.json with role="letter"), so that source_text and evidence
are the source's own words.
"""
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORT = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
LETTER = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))


def _places(role):
    data = REPORT if role == "report" else LETTER
    out = {}
    for p in data["places"]:
        out[p["label"]] = (out[p["label"]] + "\n" + p["text"]) if p["label"] in out else p["text"]
    return out


PLACES = {"report": _places("report"), "letter": _places("letter")}


def S(section, start, role="report", end=None):
    """The sentence of `section` starting with `start` (through `end` if given)."""
    text = PLACES[role][section]
    i = text.find(start)
    if i < 0:
        raise ValueError(f"{role} {section}: no {start!r}")
    if end:
        j = text.find(end, i)
        if j < 0:
            raise ValueError(f"{role} {section}: no {end!r} after {start!r}")
        return text[i:j + len(end)]
    m = re.search(r"[.;:](?=[\s\u201d]|$)|\u201d\.", text[i:])
    stop = i + m.end() if m else len(text)
    return text[i:stop]


def Q(text, verdict, citation, *, section=None, source="report", cited=(), cited_pages=(),
      cited_document=None, source_text=None, context_dropped=None, kind="exact", strict=True,
      note="", concerns=True):
    d = {"text": text, "verdict": list(verdict) if isinstance(verdict, (list, tuple)) else [verdict],
         "citation": list(citation) if isinstance(citation, (list, tuple)) else [citation],
         "cited": list(cited), "cited_pages": list(cited_pages), "cited_document": cited_document,
         "section": section, "source": source if section or verdict != "not_found" else None,
         "kind": kind, "strict": strict, "note": note}
    if source_text:
        d["source_text"] = source_text
    if context_dropped:
        d["context_dropped"] = context_dropped
    if not concerns:
        d = {"text": text, "concerns": False, "verdict": [], "citation": [], "cited": [],
             "cited_pages": [], "cited_document": None, "section": None, "source": None,
             "kind": "not about the sources", "strict": True, "note": note}
    return d


def C(text, verdict, *, section=None, source="report", cited=(), cited_pages=(),
      cited_document=None, figures=(), evidence=None, evidence_section=None, absent_words=(),
      hedge=None, kind="", strict=True, note=""):
    return {"text": text,
            "verdict": list(verdict) if isinstance(verdict, (list, tuple)) else [verdict],
            "section": section, "source": source, "cited": list(cited),
            "cited_pages": list(cited_pages), "cited_document": cited_document,
            "figures": [{"text": t, "status": s, "source_figure": f} for t, s, f in figures],
            "evidence": evidence, "evidence_section": evidence_section if evidence_section else (section if evidence else None),
            "absent_words": list(absent_words), "hedge": hedge, "kind": kind, "strict": strict,
            "note": note}


def write(name, data):
    (HERE / name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    q = [x for x in data["quotes"] if x.get("concerns", True)]
    print(f"{name}: {len(q)} quotations about the sources (+{len(data['quotes']) - len(q)} not), "
          f"{len(data['claims'])} claims, {len(data['not_claims'])} not_claims")
