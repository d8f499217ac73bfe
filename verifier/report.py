"""Render a CheckReport: the versioned JSON contract, text for a terminal, CSV, and HTML.

`to_json` is the contract (schema "verifier/check/1"); the other formats are views of it.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections import Counter

from verifier.marks import Segment, mark_words
from verifier.models import (CheckReport, CitationVerdict, ClaimResult, ClaimVerdict, QuoteResult,
                             Verdict)

SCHEMA = "verifier/check/1"

def quote_json(result: QuoteResult) -> dict:
    q = result.quotation
    found = None
    if result.found is not None:
        m = result.found
        found = {"source": m.document_id, "title": m.title, "section": m.section,
                 "page": m.page, "text": m.text, "score": m.score}
    return {
        "text": q.text, "start": q.start, "end": q.end,
        "cited": list(q.citation.sections), "cited_pages": list(q.citation.pages),
        "cited_document": q.citation.document,
        "verdict": result.verdict.value, "citation": result.citation.value,
        "found": found,
        "differences": [{"kind": d.kind, "quote": d.quote, "source": d.source}
                        for d in result.differences],
        "note": result.note,
    }


def found_json(m) -> dict | None:
    if m is None:
        return None
    return {"source": m.document_id, "title": m.title, "section": m.section,
            "page": m.page, "text": m.text, "score": m.score}


def claim_json(result: ClaimResult) -> dict:
    """One claim as the JSON contract has it (issue 10)."""
    c = result.claim
    return {
        "text": c.text, "start": c.start, "end": c.end,
        "cited": list(c.citation.sections), "cited_pages": list(c.citation.pages),
        "cited_document": c.citation.document,
        "verdict": result.verdict.value,
        "figures": [{"text": f.figure.text, "value": f.figure.value, "unit": f.figure.unit,
                     "status": f.status.value, "source_text": f.source_text}
                    for f in result.figures],
        "found": found_json(result.found),
        "words_found": list(result.words_found), "words_missing": list(result.words_missing),
        "note": result.note,
    }


def claims_summary(report: CheckReport) -> dict:
    verdicts = Counter(c.verdict.value for c in report.claims)
    out = {"claims": len(report.claims)}
    out.update({f"claims_{v.value}": verdicts.get(v.value, 0) for v in ClaimVerdict})
    return out


def summary(report: CheckReport) -> dict:
    verdicts = Counter(r.verdict.value for r in report.results)
    citations = Counter(r.citation.value for r in report.results)
    out = {"quotes": len(report.results)}
    out.update({v.value: verdicts.get(v.value, 0) for v in Verdict})
    out.update({f"citation_{c.value}": citations.get(c.value, 0) for c in CitationVerdict})
    out.update(claims_summary(report))
    return out


def to_json(report: CheckReport) -> dict:
    return {
        "schema": SCHEMA,
        "motion": {"path": report.motion_path, "chars": report.motion_chars},
        "sources": [{"id": s.id, "title": s.title, "pages": s.pages, "sha256": s.sha256}
                    for s in report.sources],
        "quotes": [quote_json(r) for r in report.results],
        "claims": [claim_json(c) for c in report.claims],
        "summary": summary(report),
    }


def render_json(report: CheckReport) -> str:
    return json.dumps(to_json(report), indent=2, ensure_ascii=False) + "\n"


CSV_FIELDS = ["n", "text", "start", "end", "cited", "cited_pages", "cited_document", "verdict",
              "citation", "found_source", "found_section", "found_page", "found_text", "score",
              "note"]


def render_csv(report: CheckReport) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for n, r in enumerate(report.results, start=1):
        q, m = r.quotation, r.found
        writer.writerow({
            "n": n, "text": q.text, "start": q.start, "end": q.end,
            "cited": "; ".join(q.citation.sections),
            "cited_pages": "; ".join(str(p) for p in q.citation.pages),
            "cited_document": q.citation.document or "",
            "verdict": r.verdict.value, "citation": r.citation.value,
            "found_source": m.document_id if m else "", "found_section": (m.section or "") if m else "",
            "found_page": m.page if m else "", "found_text": m.text if m else "",
            "score": m.score if m else "", "note": r.note,
        })
    return out.getvalue()


def summary_line(report: CheckReport) -> str:
    s = summary(report)
    if not s["quotes"]:
        return "No quotations found in the motion."
    parts = [f"{s[v.value]} {v.value.replace('_', ' ')}" for v in Verdict if s[v.value]]
    cites = [f"{s['citation_' + c.value]} {c.value}" for c in CitationVerdict
             if s["citation_" + c.value]]
    return (f"{s['quotes']} quotation{'s' if s['quotes'] != 1 else ''}: " + ", ".join(parts)
            + "; citations: " + ", ".join(cites) + ".")


def place_name(match) -> str:
    if match.section:
        return f"paragraph {match.section}"
    if match.footnote:
        return f"footnote {match.footnote}"
    return match.title


def _flat(text: str) -> str:
    return " ".join(text.split())


def result_marks(result: QuoteResult):
    """Word marks for a result: only where the words differ (a misquote) are they drawn."""
    quote = _flat(result.quotation.text)
    source = _flat(result.found.text) if result.found else ""
    if result.verdict is Verdict.MISQUOTE and result.found is not None:
        return mark_words(quote, source)
    return (Segment("same", quote),), (Segment("same", source),)


def _html_segments(segments, tag: str) -> str:
    return " ".join(f"<{tag}>{html.escape(s.text)}</{tag}>" if s.kind != "same"
                    else html.escape(s.text) for s in segments)


# ---------------------------------------------------------------- HTML (self-contained)

def render_html(report: CheckReport) -> str:
    """One self-contained page (inline CSS, no scripts) a user can mail to a colleague."""
    e = html.escape
    cards = []
    for n, r in enumerate(report.results, start=1):
        q = r.quotation
        cited = ", ".join(list(q.citation.sections) + [f"p. {p}" for p in q.citation.pages]
                          + ([q.citation.document] if q.citation.document else [])) or "nothing"
        found = ""
        motion_marks, source_marks = result_marks(r)
        if r.found is not None:
            where = place_name(r.found)
            found = (f'<p><b>Source</b> ({e(where)}, p. {r.found.page}): '
                     f'<span class="src">{_html_segments(source_marks, "del")}</span></p>')
        diffs = "".join(
            f'<li>{"<del>" + e(d.source) + "</del> " if d.source else ""}'
            f'{"<ins>" + e(d.quote) + "</ins>" if d.quote else ""}</li>' for d in r.differences)
        cards.append(
            f'<section class="card"><h2>Quotation {n}</h2>'
            f'<p><span class="badge v-{r.verdict.value}">{e(r.verdict.value.replace("_", " "))}</span> '
            f'<span class="badge c-{r.citation.value}">citation {e(r.citation.value)}</span> '
            f'<span class="cited">cited: {e(cited)}</span></p>'
            f'<p><b>Motion</b>: <q>{_html_segments(motion_marks, "ins")}</q></p>{found}'
            f'{"<ul class=diffs>" + diffs + "</ul>" if diffs else ""}'
            f'<p class="note">{e(r.note)}</p></section>')
    sources = "".join(f"<li>{e(s.title)} ({s.pages} pages, <code>{e(s.id)}</code>)</li>"
                      for s in report.sources)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Quotation check: {e(report.motion_path)}</title>
<style>
body{{font-family:system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}}
.card{{border:1px solid #bbb;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}}
.badge{{display:inline-block;padding:.1rem .5rem;border-radius:4px;font-weight:600;color:#fff}}
.v-verbatim,.v-minor,.c-correct{{background:#1b6e2f}} .v-misquote,.v-not_found,.c-wrong{{background:#a4161a}}
.v-paraphrase,.c-missing,.c-unverifiable{{background:#7a5200}}
del{{background:#fdd;text-decoration:line-through}} ins{{background:#dfd;text-decoration:none}}
.src{{font-style:italic}} .note{{color:#333}} .cited{{color:#555}}
</style></head><body>
<h1>Quotation check</h1>
<p>Motion: <code>{e(report.motion_path)}</code> ({report.motion_chars} characters).</p>
<p><strong>{e(summary_line(report))}</strong></p>
<h2>Sources</h2><ul>{sources}</ul>
{''.join(cards)}
{claims_html(report)}
</body></html>
"""


# ---------------------------------------------------------------- claims (issue 10)

CLAIM_WORDS = {"supported": "Supported", "elsewhere": "Elsewhere in the report",
               "figure_differs": "Figure differs", "not_supported": "Not supported",
               "unverifiable": "Unverifiable"}
FIGURE_WORDS = {"holds": "holds", "differs": "differs", "absent": "not in the sources"}


def claims_summary_line(report: CheckReport) -> str:
    s = claims_summary(report)
    if not s["claims"]:
        return ""
    parts = [f"{s['claims_' + v.value]} {v.value.replace('_', ' ')}" for v in ClaimVerdict
             if s["claims_" + v.value]]
    return f"{s['claims']} claim{'s' if s['claims'] != 1 else ''} without quotation marks: " \
        + ", ".join(parts) + "."


def claim_source_segments(found_text: str, words_found) -> tuple[Segment, ...]:
    """The source passage with the words that carry the claim marked ("mark")."""
    from verifier.figures import stem

    wanted = {stem(w) for w in words_found}
    segments: list[Segment] = []
    for word in found_text.split():
        core = "".join(ch for ch in word if ch.isalnum())
        kind = "mark" if core and not core[0].isdigit() and stem(core) in wanted else "same"
        if segments and segments[-1].kind == kind:
            segments[-1] = Segment(kind, segments[-1].text + " " + word)
        else:
            segments.append(Segment(kind, word))
    return tuple(segments)


def claim_cited(claim: dict) -> str:
    cited = list(claim["cited"]) + [f"p. {p}" for p in claim["cited_pages"]]
    if claim["cited_document"]:
        cited.append(claim["cited_document"])
    return ", ".join(cited)


def claims_html(report: CheckReport) -> str:
    """The claims as cards for the self-contained HTML report, after the quotations."""
    e = html.escape
    cards = []
    for n, result in enumerate(report.claims, start=1):
        c = claim_json(result)
        found = ""
        if c["found"] is not None:
            f = c["found"]
            where = f"paragraph {f['section']}, " if f["section"] else ""
            marked = " ".join(f"<mark>{e(s.text)}</mark>" if s.kind == "mark" else e(s.text)
                              for s in claim_source_segments(f["text"], c["words_found"]))
            found = (f'<p><b>Source</b> ({e(where)}p. {f["page"]}, {e(f["title"])}): '
                     f'<span class="src">{marked}</span></p>')
        figures = "".join(
            f'<li>{e(g["text"])}: <b>{e(FIGURE_WORDS[g["status"]])}</b>'
            f'{" (“" + e(g["source_text"]) + "”)" if g["source_text"] else ""}</li>'
            for g in c["figures"])
        cards.append(
            f'<section class="card claim"><h2>Claim {n}</h2>'
            f'<p><span class="badge k-{c["verdict"]}">{e(CLAIM_WORDS[c["verdict"]])}</span> '
            f'<span class="cited">cited: {e(claim_cited(c) or "nothing")}</span></p>'
            f'<p><b>Motion</b>: {e(_flat(c["text"]))}</p>{found}'
            f'{"<ul class=figures>" + figures + "</ul>" if figures else ""}'
            f'<p class="note">{e(c["note"])}</p></section>')
    if not cards:
        return ""
    style = ("<style>.k-supported{background:#1b6e2f} .k-figure_differs,.k-not_supported{background:#a4161a}"
             " .k-elsewhere,.k-unverifiable{background:#7a5200} mark{background:#fff3a8}</style>")
    return (f"{style}<h2>Claims without quotation marks</h2>"
            f"<p><strong>{e(claims_summary_line(report))}</strong></p>" + "".join(cards))
