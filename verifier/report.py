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
from verifier.models import CheckReport, CitationVerdict, QuoteResult, Verdict

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


def summary(report: CheckReport) -> dict:
    verdicts = Counter(r.verdict.value for r in report.results)
    citations = Counter(r.citation.value for r in report.results)
    out = {"quotes": len(report.results)}
    out.update({v.value: verdicts.get(v.value, 0) for v in Verdict})
    out.update({f"citation_{c.value}": citations.get(c.value, 0) for c in CitationVerdict})
    return out


def to_json(report: CheckReport) -> dict:
    return {
        "schema": SCHEMA,
        "motion": {"path": report.motion_path, "chars": report.motion_chars},
        "sources": [{"id": s.id, "title": s.title, "pages": s.pages, "sha256": s.sha256}
                    for s in report.sources],
        "quotes": [quote_json(r) for r in report.results],
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

def render_html(report: CheckReport, places: list[str] | None = None, preamble: str = "") -> str:
    """One self-contained page (inline CSS, no scripts) a user can mail to a colleague.

    `places`, one per result, says where each quotation is (an agenda pack's item and page);
    `preamble` is more HTML put above the cards.
    """
    e = html.escape
    cards = []
    for n, r in enumerate(report.results, start=1):
        place = f'<p class="place">{e(places[n - 1])}</p>' if places else ""
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
            f'<section class="card"><h2>Quotation {n}</h2>{place}'
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
.src{{font-style:italic}} .note{{color:#333}} .cited{{color:#555}} .place{{color:#555;margin:0}}
</style></head><body>
<h1>Quotation check</h1>
<p>Motion: <code>{e(report.motion_path)}</code> ({report.motion_chars} characters).</p>
<p><strong>{e(summary_line(report))}</strong></p>
<h2>Sources</h2><ul>{sources}</ul>
{preamble}
{''.join(cards)}
</body></html>
"""
