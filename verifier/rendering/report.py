"""Render a CheckReport: the versioned JSON contract, text for a terminal, CSV, and HTML.

`to_json` is the contract (schema "verifier/check/1"); the other formats are views of it.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections import Counter
from importlib.metadata import PackageNotFoundError, version

from verifier.words import section_name
from verifier.rendering.marks import Segment, mark_words
from verifier.rendering.notes import quote_note
from verifier.rendering.vocabulary import (CITATION_WORDS, CLAIM_WORDS, FIGURE_WORDS,
                                           VERDICT_WORDS, counted, page_count, plural,
                                           short_hash, source_label)
from verifier.rendering.claim_notes import claim_note
from verifier.models import (CheckReport, CitationVerdict, ClaimResult, ClaimVerdict, QuoteResult,
                             Verdict)

SCHEMA = "verifier/check/1"


def verifier_version() -> str:
    """This verifier's version ("0.1.0"), as installed; "unknown" outside an installation."""
    try:
        return version("verifier")
    except PackageNotFoundError:
        return "unknown"

def quote_json(result: QuoteResult) -> dict:
    q = result.quotation
    found = None
    if result.found is not None:
        m = result.found
        found = {"source": m.document_id, "title": m.title, "section": place_of(m),
                 "page": m.page, "text": m.text, "score": m.score}
    return {
        "text": q.text, "start": q.start, "end": q.end,
        "cited": list(q.citation.sections), "cited_pages": list(q.citation.pages),
        "cited_document": q.citation.document,
        "verdict": result.verdict.value, "citation": result.citation.value,
        "found": found,
        "differences": [{"kind": d.kind, "quote": d.quote, "source": d.source}
                        for d in result.differences],
        "note": quote_note(result),
        "reasons": [r.value for r in result.reasons],
        "suggestion": result.suggestion,
    }


def place_of(m) -> str | None:
    """The paragraph the words are in, as a citation names it: its number, or a letter's
    paragraph by its count from "Dear …," (Match.counted)."""
    if m.section is not None:
        return m.section
    return str(m.counted) if getattr(m, "counted", None) else None


def found_json(m) -> dict | None:
    if m is None:
        return None
    return {"source": m.document_id, "title": m.title, "section": place_of(m),
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
                     "status": f.status.value, "source_text": f.source_text,
                     "source_figure": f.source_figure, "arithmetic": f.arithmetic}
                    for f in result.figures],
        "found": found_json(result.found),
        "words_found": list(result.words_found), "words_missing": list(result.words_missing),
        "note": claim_note(result),
        "about_document": result.about_document,
        "hedge": result.hedge,
        "reasons": [reason.value for reason in result.reasons],
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
        "checked_at": report.checked_at or None,
        "verifier_version": verifier_version(),
        "sources": [{"id": s.id, "title": s.title, "pages": s.pages, "sha256": s.sha256,
                     "format": s.format or None}
                    for s in report.sources],
        "quotes": [quote_json(r) for r in report.results],
        "claims": [claim_json(c) for c in report.claims],
        "summary": summary(report),
    }


def render_json(report: CheckReport) -> str:
    return json.dumps(to_json(report), indent=2, ensure_ascii=False) + "\n"


# A row a quotation ("kind": quotation, its number as the text view gives it) or a claim
# ("kind": claim, numbered C1, C2 …; its citation cell is empty: a claim's verdict says it all).
# Every row also says when and by which version it was checked, and the SHA-256 of the
# document its words were found in (or, not found, of the one it cites), so a spreadsheet
# passed on still says what it was checked against (issue 25).
CSV_FIELDS = ["kind", "n", "text", "start", "end", "cited", "cited_pages", "cited_document", "verdict",
              "citation", "found_source", "found_section", "found_page", "found_text", "score",
              "note", "checked_at", "verifier_version", "source_sha256"]


# A spreadsheet runs a cell that begins with one of these as a formula ("=HYPERLINK(…)",
# "+1+1", "-2+3", "@SUM(…)"; a tab or carriage return first can hide the sign): OWASP's
# CSV-injection advice is to start such a cell with an apostrophe, which shows as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """`value` as a CSV cell no spreadsheet will run: text that begins like a formula gets
    a leading apostrophe; numbers and other text are unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def source_sha256(report: CheckReport, found_id: str | None, cited_document: str | None) -> str:
    """The SHA-256 of the source a row is about: where its words were found, else the source
    it cites by id (a citation by title or alias names no one file), else the only source."""
    hashes = {s.id: s.sha256 for s in report.sources}
    if found_id in hashes:
        return hashes[found_id]
    if cited_document in hashes:
        return hashes[cited_document]
    return report.sources[0].sha256 if len(report.sources) == 1 else ""


def render_csv(report: CheckReport) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    stamp = {"checked_at": report.checked_at, "verifier_version": verifier_version()}
    for n, r in zip(numbers(report), report.results):
        q, m = r.quotation, r.found
        stamp["source_sha256"] = source_sha256(report, m.document_id if m else None,
                                               q.citation.document)
        writer.writerow({key: spreadsheet_safe(value) for key, value in {**stamp, 
            "kind": "quotation", "n": n, "text": q.text, "start": q.start, "end": q.end,
            "cited": "; ".join(q.citation.sections),
            "cited_pages": "; ".join(str(p) for p in q.citation.pages),
            "cited_document": q.citation.document or "",
            "verdict": r.verdict.value, "citation": r.citation.value,
            "found_source": m.document_id if m else "", "found_section": (m.section or "") if m else "",
            "found_page": m.page if m else "", "found_text": m.text if m else "",
            "score": m.score if m else "", "note": quote_note(r),
        }.items()})
    for n, c in enumerate(report.claims, 1):
        claim, m = c.claim, c.found
        stamp["source_sha256"] = source_sha256(report, m.document_id if m else None,
                                               c.about_document)
        writer.writerow({key: spreadsheet_safe(value) for key, value in {**stamp, 
            "kind": "claim", "n": f"C{n}", "text": claim.text, "start": claim.start,
            "end": claim.end, "cited": "; ".join(claim.citation.sections),
            "cited_pages": "; ".join(str(p) for p in claim.citation.pages),
            "cited_document": claim.citation.document or "",
            "verdict": c.verdict.value, "citation": "",
            "found_source": m.document_id if m else "", "found_section": (m.section or "") if m else "",
            "found_page": m.page if m else "", "found_text": m.text if m else "",
            "score": c.similarity if m else "", "note": claim_note(c),
        }.items()})
    return out.getvalue()


def numbers(report: CheckReport) -> tuple[str, ...]:
    """Each result's number as the reader sees it ("3", or "2a" inside quotation 2): the
    same as `verifier quotes` shows for the motion."""
    if len(report.labels) == len(report.results):
        return report.labels
    return tuple(str(n) for n in range(1, len(report.results) + 1))


# When more than this share of a motion's quotations are nowhere in the sources, the likelier
# cause is the sources, not the motion (issue 8: a Tower Hamlets motion checked against
# another council's report); from MIN_NOT_FOUND_TO_WARN quotations, so one stray quotation in
# a short motion does not set it off.
MOST_NOT_FOUND_SHARE = 0.5
MIN_NOT_FOUND_TO_WARN = 2


def sources_line(report: CheckReport) -> str:
    """"Sources used: Title (id, PDF, 34 pages); …": what the check was run against."""
    if not report.sources:
        return "Sources used: none."
    return "Sources used: " + "; ".join(
        f"{s.title} ({source_label(s.id, s.format, s.pages)})"
        for s in report.sources) + "."


def sources_warning(report: CheckReport) -> str | None:
    """A warning when most quotations were not found: the sources may not be the motion's."""
    total = len(report.results)
    missing = sum(r.verdict is Verdict.NOT_FOUND for r in report.results)
    if missing < MIN_NOT_FOUND_TO_WARN or missing <= total * MOST_NOT_FOUND_SHARE:
        return None
    return (f"{missing} of {total} quotations were not found: are these the reports the "
            f"motion quotes? {sources_line(report)}")


def _quoted(words: str) -> str:
    return f"\u2018{' '.join(words.split())}\u2019"


def describe_difference(d) -> str:
    """One difference in words: "changed ‘must’ to ‘should’", "added ‘not’", "left out ‘very’"."""
    if d.kind == "changed" or (d.quote and d.source):
        return f"changed {_quoted(d.source)} to {_quoted(d.quote)}"
    if d.quote:
        return f"added {_quoted(d.quote)}"
    return f"left out {_quoted(d.source)}"


# Worst first: a card, a block or a row takes the worse of its verdict's and its citation's.
TONE_ORDER = ("bad", "warn", "good")
TONE = {**{v: w.tone for v, w in VERDICT_WORDS.items()},
        **{c: w.tone for c, w in CITATION_WORDS.items()}}


def tone_of(verdict: str, citation: str) -> str:
    """"bad", "warn" or "good": the worse of a verdict's tone and its citation's (a verbatim
    quotation with a wrong citation is not fine)."""
    return min(TONE[verdict], TONE[citation], key=TONE_ORDER.index)


def summary_line(report: CheckReport) -> str:
    """"5 quotations: 3 verbatim, 2 misquoted; 4 citations correct, 1 citation wrong. 2 claims
    without quotation marks: 1 supported, 1 with a figure that differs." The counts read as the
    badges do (verifier.rendering.vocabulary)."""
    return " ".join(x for x in (quotes_summary_line(report), claims_summary_line(report)) if x)


def quotes_summary_line(report: CheckReport) -> str:
    s = summary(report)
    if not s["quotes"]:
        return "No quotations found in the motion."
    parts = [counted(s[v], w) for v, w in VERDICT_WORDS.items() if s[v]]
    cites = [counted(s["citation_" + c], w) for c, w in CITATION_WORDS.items()
             if s["citation_" + c]]
    return f"{plural(s['quotes'], 'quotation')}: " + ", ".join(parts) + "; " + ", ".join(cites) + "."


def page_of(page: int, before: str = "", after: str = "") -> str:
    """"p. 7" with what goes around it, or "" for a source without pages (page 0)."""
    return f"{before}p. {page}{after}" if page else ""


def place_name(match) -> str:
    if match.section:
        return section_name(match.section)
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
    shared = shared_titles(report)
    for k, (n, r) in enumerate(zip(numbers(report), report.results)):
        place = f'<p class="place">{e(places[k])}</p>' if places else ""
        q = r.quotation
        cited = cited_text(q.citation) or "nothing"
        found = ""
        motion_marks, source_marks = result_marks(r)
        if r.found is not None:
            where = place_name(r.found)
            title = "" if where == r.found.title else f", {e(r.found.title)}"
            if r.found.title in shared:
                title += f" <code>{e(r.found.document_id)}</code>"
            found = (f'<p><b>Source</b> ({e(where)}{page_of(r.found.page, ", ")}{title}): '
                     f'<span class="src">{_html_segments(source_marks, "del")}</span></p>')
        diffs = "".join(f"<li>{_html_difference(d)}</li>" for d in r.differences)
        tone = tone_of(r.verdict.value, r.citation.value)
        cards.append(
            f'<section class="card tone-{tone}"><h2>Quotation {e(n)}</h2>{place}'
            f'<p><span class="badge v-{r.verdict.value}">{e(VERDICT_WORDS[r.verdict.value].label)}</span> '
            f'<span class="badge c-{r.citation.value}">{e(CITATION_WORDS[r.citation.value].label)}</span> '
            f'<span class="cited">cited: {e(cited)}</span></p>'
            f'<p><b>Motion</b>: <q>{_html_segments(motion_marks, "ins")}</q></p>{found}'
            f'{"<ul class=diffs>" + diffs + "</ul>" if diffs else ""}'
            f'<p class="note">{e(quote_note(r))}</p></section>')
    sources = "".join(
        f"<li>{e(s.title)} ({e(source_label(s.id, s.format, s.pages))}; SHA-256 "
        f'<code class="sha256" title="{e(s.sha256)}" data-sha256="{e(s.sha256)}">'
        f"{e(short_hash(s.sha256))}</code>)</li>"
        for s in report.sources) or "<li>none</li>"
    checked = (f'Checked <time datetime="{e(report.checked_at)}">{e(checked_when(report.checked_at))}'
               f"</time> by " if report.checked_at else "Checked by ")
    warning = sources_warning(report)
    warning = f'<p class="warning"><strong>{e(warning)}</strong></p>' if warning else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Quotation check: {e(report.motion_path)}</title>
<style>
body{{font-family:system-ui,sans-serif;max-width:50rem;margin:1rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}}
.card{{border:1px solid #bbb;border-left:6px solid #bbb;border-radius:6px;padding:.5rem 1rem;margin:1rem 0}}
.tone-good{{border-left-color:#1b6e2f}} .tone-bad{{border-left-color:#a4161a}} .tone-warn{{border-left-color:#7a5200}}
.badge{{display:inline-block;padding:.1rem .5rem;border-radius:4px;font-weight:600;color:#fff}}
.v-verbatim,.v-minor,.c-correct{{background:#1b6e2f}} .v-misquote,.v-not_found,.c-wrong{{background:#a4161a}}
.v-paraphrase,.v-out_of_context,.c-missing,.c-unverifiable{{background:#7a5200}}
ins{{background:#fbd9db;color:#7c0d12;text-decoration:underline wavy #a4161a}}
del{{background:#fdf0c8;color:#5c3d00;text-decoration:underline dashed #7a5200}}
.src{{font-style:italic}} .note{{color:#333}} .cited{{color:#555}} .place{{color:#555;margin:0}}
.warning{{border-left:4px solid #7a5200;background:#fdf3dc;padding:.5rem 1rem}}
</style></head><body>
<h1>Quotation check</h1>
<p>Motion: <code>{e(report.motion_path)}</code> ({report.motion_chars:,} characters).</p>
<p class="stamp">{checked}verifier {e(verifier_version())}.</p>
<h2>Sources used</h2><ul>{sources}</ul>
{warning}
<p><strong>{e(summary_line(report))}</strong></p>
{preamble}
<p class="cited">Marked in the motion: words it added or changed (not in the source).
Marked in the source: its words the motion left out or replaced.</p>
{''.join(cards)}
{claims_html(report)}
</body></html>
"""


def shared_titles(report: CheckReport) -> set[str]:
    """Titles two or more sources share: a place in one of them names its id too (issue 25)."""
    titles = [s.title for s in report.sources]
    return {t for t in titles if titles.count(t) > 1}


def _html_difference(d) -> str:
    e = html.escape
    if d.quote and d.source:
        return f"changed <del>{e(d.source)}</del> to <ins>{e(d.quote)}</ins>"
    if d.quote:
        return f"added <ins>{e(d.quote)}</ins>"
    return f"left out <del>{e(d.source)}</del>"


def checked_when(checked_at: str) -> str:
    """"2026-12-07 02:21 UTC" from an ISO 8601 time in UTC."""
    return checked_at[:16].replace("T", " ") + " UTC" if len(checked_at) >= 16 else checked_at


# ---------------------------------------------------------------- claims (issue 10)

def claims_summary_line(report: CheckReport) -> str:
    """"2 claims without quotation marks: 1 supported, 1 with a figure that differs." or ""."""
    s = claims_summary(report)
    if not s["claims"]:
        return ""
    parts = [counted(s["claims_" + v], w) for v, w in CLAIM_WORDS.items() if s["claims_" + v]]
    return f"{plural(s['claims'], 'claim')} without quotation marks: " + ", ".join(parts) + "."


def claim_source_segments(found_text: str, words_found) -> tuple[Segment, ...]:
    """The source passage with the words that carry the claim marked ("mark")."""
    from verifier.reading.figures import stem

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


def cited_text(citation) -> str:
    """What a citation points at, for a reader: "4.4, p. 23, footnote 15, Letter …"."""
    parts = list(citation.sections)
    pages = [str(p) for p in citation.pages] + list(citation.page_labels)
    if pages:
        parts.append("p. " + ", ".join(pages))
    parts += [f"footnote {f}" for f in citation.footnotes]
    if citation.document:
        parts.append(citation.document)
    return ", ".join(parts)


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
            where = f"{section_name(f['section'])}, " if f["section"] else ""
            marked = " ".join(f"<mark>{e(s.text)}</mark>" if s.kind == "mark" else e(s.text)
                              for s in claim_source_segments(f["text"], c["words_found"]))
            title = e(f["title"]) + (f" <code>{e(f['source'])}</code>"
                                     if f["title"] in shared_titles(report) else "")
            found = (f'<p><b>Source</b> ({e(where)}{page_of(f["page"], "", ", ")}{title}): '
                     f'<span class="src">{marked}</span></p>')
        figures = "".join(
            f'<li>{e(g["text"])}: <b>{e(FIGURE_WORDS[g["status"]])}</b>'
            f'{" (“" + e(g["source_text"]) + "”)" if g["source_text"] else ""}</li>'
            for g in c["figures"])
        cards.append(
            f'<section class="card claim"><h2>Claim {n}</h2>'
            f'<p><span class="badge k-{c["verdict"]}">{e(CLAIM_WORDS[c["verdict"]].label)}</span> '
            f'<span class="cited">cited: {e(claim_cited(c) or "nothing")}</span></p>'
            f'<p><b>Motion</b>: {e(_flat(c["text"]))}</p>{found}'
            f'{"<ul class=figures>" + figures + "</ul>" if figures else ""}'
            f'<p class="note">{e(c["note"])}</p></section>')
    if not cards:
        return ""
    style = ("<style>.k-supported{background:#1b6e2f} .k-figure_differs,.k-not_supported{background:#a4161a}"
             " .k-elsewhere,.k-unverifiable{background:#7a5200} mark{background:#fff3a8}</style>")
    return f"{style}<h2>Claims without quotation marks</h2>" + "".join(cards)
