"""Small helpers used to write the labels: they look up places in report.json / letter.json so
that every source_text, context_dropped and evidence is copied from the source, not retyped."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPORT = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
LETTER = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))


def place_text(source, label):
    data = REPORT if source == "report" else LETTER
    return "\n".join(p["text"] for p in data["places"] if p["label"] == label)


def sub(source, label, words):
    """`words` exactly as they stand in the place (checked)."""
    text = place_text(source, label)
    if words not in text:
        raise SystemExit(f"not in {source} {label}: {words!r}")
    return words


def Q(text, verdict, citation, cited=(), section=None, source="report", cited_pages=(),
      cited_document=None, source_text=None, context_dropped=None, kind="exact", strict=True,
      note=""):
    verdict = [verdict] if isinstance(verdict, str) else list(verdict)
    citation = [citation] if isinstance(citation, str) else list(citation)
    label = {"text": text, "verdict": verdict, "citation": citation, "cited": list(cited),
             "cited_pages": list(cited_pages), "cited_document": cited_document,
             "section": section, "source": source if section or verdict[0] != "not_found" else None}
    if source_text:
        label["source_text"] = sub(source, section, source_text)
    if context_dropped:
        label["context_dropped"] = sub(source, section, context_dropped)
    label.update({"kind": kind, "strict": strict, "note": note})
    return label


def C(text, verdict, section=None, source="report", cited=(), cited_pages=(), cited_document=None,
      figures=(), evidence=None, evidence_section=None, absent_words=(), hedge=None, kind="",
      strict=True, note=""):
    verdict = [verdict] if isinstance(verdict, str) else list(verdict)
    ev_section = evidence_section or section
    label = {"text": text, "verdict": verdict, "section": section,
             "source": source if (section or evidence) else None,
             "cited": list(cited), "cited_pages": list(cited_pages),
             "cited_document": cited_document,
             "figures": [{"text": f[0], "status": f[1], "source_figure": f[2]} for f in figures],
             "evidence": sub(source, ev_section, evidence) if evidence else None,
             "evidence_section": ev_section if evidence else None,
             "absent_words": list(absent_words), "hedge": hedge, "kind": kind,
             "strict": strict, "note": note}
    return label


def write(name, kind, quotes, claims, not_claims):
    doc = (HERE / name).read_text(encoding="utf-8")
    for q in quotes:
        if q["text"] not in doc:
            raise SystemExit(f"quote not in document: {q['text']!r}")
    for c in claims:
        if c["text"] not in doc:
            raise SystemExit(f"claim not in document: {c['text']!r}")
    for n in not_claims:
        if n not in doc:
            raise SystemExit(f"not_claim not in document: {n!r}")
    out = {"document": name, "kind": kind,
           "sources": [{"pdf": "report.pdf", "title": REPORT["title"], "role": "report"},
                       {"pdf": "letter.pdf", "title": LETTER["title"], "role": "letter",
                        "alias": "Letter from SoS to CEX 14/05/25"}],
           "quotes": quotes, "claims": claims, "not_claims": not_claims}
    stem = name.rsplit(".", 1)[0]
    (HERE / f"{stem}.labels.json").write_text(json.dumps(out, ensure_ascii=False, indent=1),
                                              encoding="utf-8")
    print(name, len(quotes), "quotes", len(claims), "claims", len(not_claims), "not_claims")
