"""Render a batch run: each pack's JSON (schema "verifier/batch/1") and HTML report, and over
all packs the findings and errors spreadsheets and a triage page.

`pack_json` is the contract; the CSVs and the triage page are built from those JSON objects, so
that packs kept from an earlier run (--resume) are rendered exactly like fresh ones.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections import Counter
from functools import cache
from importlib import metadata

from verifier.models import CheckReport, CitationVerdict, ClaimVerdict, PackResult, Verdict
from verifier.rendering.report import claim_json, quote_json, render_html

SCHEMA = "verifier/batch/1"
# What makes a quotation a problem, as `verifier check` exits 1 for by default.
PROBLEM_VERDICTS = frozenset({"misquote", "paraphrase", "not_found", "out_of_context"})
PROBLEM_CITATIONS = frozenset({"wrong"})
# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@cache
def verifier_version() -> str:
    """This verifier's version, recorded in each pack's JSON: --resume checks a pack again
    when another version checked it."""
    try:
        return metadata.version("verifier")
    except metadata.PackageNotFoundError:    # run from a tree that was never installed
        return "unknown"


def pack_json(result: PackResult) -> dict:
    """The pack's JSON object, exactly as the contract says."""
    quotes = []
    for pq in result.quotes:
        quote = quote_json(pq.result)
        quote.update({"item": pq.item, "pack_page": pq.pack_page,
                      "concerns_sources": pq.concerns_sources})
        quotes.append(quote)
    return {
        "schema": SCHEMA,
        "verifier": verifier_version(),
        "pack": {"path": result.path, "sha256": result.sha256, "pages": result.pages},
        "status": result.status.value,
        "error": result.error,
        "items": [{"id": i.id, "number": i.number, "title": i.title,
                   "first_page": i.first_page, "last_page": i.last_page} for i in result.items],
        "sources": [{"id": s.id, "title": s.title, "pages": s.pages, "sha256": s.sha256}
                    for s in result.sources],
        "quotes": quotes,
        "claims": [dict(claim_json(pc.result), item=pc.item, pack_page=pc.pack_page)
                   for pc in result.claims],
        "summary": dict(pack_summary(quotes), **claim_counts(result.claims)),
    }


def claim_counts(claims) -> dict:
    verdicts = Counter(pc.result.verdict.value for pc in claims)
    out = {"claims": len(claims)}
    out.update({f"claims_{v.value}": verdicts.get(v.value, 0) for v in ClaimVerdict})
    return out


def pack_summary(quotes: list[dict]) -> dict:
    """The check summary over the quotations that concern the sources, plus the others' count."""
    about = [q for q in quotes if q["concerns_sources"]]
    verdicts = Counter(q["verdict"] for q in about)
    citations = Counter(q["citation"] for q in about)
    out = {"quotes": len(about)}
    out.update({v.value: verdicts.get(v.value, 0) for v in Verdict})
    out.update({f"citation_{c.value}": citations.get(c.value, 0) for c in CitationVerdict})
    out["other_quotes"] = len(quotes) - len(about)
    return out


def is_problem(quote: dict) -> bool:
    return quote["concerns_sources"] and (quote["verdict"] in PROBLEM_VERDICTS
                                          or quote["citation"] in PROBLEM_CITATIONS)


def problems(pack: dict) -> int:
    return sum(1 for q in pack["quotes"] if is_problem(q))


def claim_problems(pack: dict) -> int:
    return sum(1 for c in pack.get("claims", []) if c["verdict"] in PROBLEM_CLAIMS)


def has_problems(pack: dict) -> bool:
    """A checked pack with a quotation or a claim to look at (what `check` exits 1 for)."""
    return pack["status"] == "ok" and bool(problems(pack) or claim_problems(pack))


def pack_html(result: PackResult) -> str:
    """The pack's quotations about the sources, as `check --format html` shows a motion's,
    with the item and pack page on each card."""
    about = [pq for pq in result.quotes if pq.concerns_sources]
    titles = {i.id: (i.number, i.title) for i in result.items}
    places = []
    for pq in about:
        number, title = titles.get(pq.item, (None, ""))
        item = f"Item {number}: {title}" if number else title
        places.append(f"{item} · pack page {pq.pack_page}")
    other = len(result.quotes) - len(about)
    preamble = (f"<p>{len(result.items)} agenda items, {result.pages} pages. "
                f"{other} other quotation{'s' if other != 1 else ''} (of legislation, residents, "
                f"the council's own papers) are listed in the pack's JSON and are not findings.</p>")
    report = CheckReport(result.path, result.text_chars, result.sources,
                         tuple(pq.result for pq in about),
                         claims=tuple(pc.result for pc in result.claims))
    return render_html(report, places=places, preamble=preamble)


FINDINGS_FIELDS = ["pack", "item", "item_title", "pack_page", "verdict", "citation", "cited",
                   "found_source", "found_section", "found_page", "motion_words", "source_words",
                   "suggested", "note"]
ERRORS_FIELDS = ["pack", "sha256", "reason"]
CLAIMS_FIELDS = ["pack", "item", "item_title", "pack_page", "verdict", "cited", "claim",
                 "found_source", "found_section", "found_page", "source_words", "note"]
# Claim verdicts that are a finding to look at, as problems are for quotations.
PROBLEM_CLAIMS = frozenset({"not_supported", "figure_differs", "elsewhere"})


def spreadsheet_safe(value) -> str:
    """A cell a spreadsheet shows as text: one starting like a formula gets a leading quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def findings_csv(packs: list[dict]) -> str:
    """One row per quotation about the sources, over all packs (in the order given)."""
    def rows(pack, items):
        for q in pack["quotes"]:
            if q["concerns_sources"]:
                suggested = re.search(r"Suggested: (.*)$", q["note"])
                yield dict(_placed(pack, items, q), verdict=q["verdict"], citation=q["citation"],
                           motion_words=_flat(q["text"]),
                           suggested=suggested.group(1) if suggested else "", note=q["note"])
    return _sheet(FINDINGS_FIELDS, packs, rows)


def claims_csv(packs: list[dict]) -> str:
    """One row per claim (statement outside quotation marks about the sources), all packs."""
    def rows(pack, items):
        for c in pack.get("claims", []):       # packs kept from before claims were checked
            yield dict(_placed(pack, items, c), verdict=c["verdict"], claim=_flat(c["text"]),
                       note=c["note"])
    return _sheet(CLAIMS_FIELDS, packs, rows)


def _sheet(fields: list[str], packs: list[dict], rows) -> str:
    """A spreadsheet of `rows(pack, items by id)` over the packs, formula-safe."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    for pack in packs:
        for row in rows(pack, {i["id"]: i for i in pack["items"]}):
            writer.writerow({k: spreadsheet_safe(v) for k, v in row.items()})
    return out.getvalue()


def _placed(pack: dict, items: dict, entry: dict) -> dict:
    """The cells a finding (quotation or claim) shares: where it is, what it cites, where the
    sources have it."""
    item = items.get(entry["item"], {})
    found = entry["found"] or {}
    cited = list(entry["cited"]) + [f"p. {p}" for p in entry["cited_pages"]] + \
        ([entry["cited_document"]] if entry["cited_document"] else [])
    return {"pack": pack["pack"]["path"], "item": item.get("number") or "",
            "item_title": item.get("title", ""), "pack_page": entry["pack_page"],
            "cited": "; ".join(cited), "found_source": found.get("source", ""),
            "found_section": found.get("section") or "", "found_page": found.get("page", ""),
            "source_words": _flat(found.get("text", ""))}


def errors_csv(failures: list[tuple[str, str, str]]) -> str:
    """One row per pack that failed: (path, sha256, reason)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(ERRORS_FIELDS)
    for row in failures:
        writer.writerow([spreadsheet_safe(v) for v in row])
    return out.getvalue()


def _flat(text: str) -> str:
    return " ".join(text.split())


def triage_html(packs: list[tuple[dict, str | None]]) -> str:
    """The morning page: every pack with its counts, failed and problem packs first.

    Args:
        packs: (pack JSON, link to its HTML report relative to the page, or None).
    """
    e = html.escape

    def order(entry):
        pack, _ = entry
        return (pack["status"] != "failed", -problems(pack) if pack["status"] == "ok" else 0,
                pack["pack"]["path"])

    rows = []
    for pack, link in sorted(packs, key=order):
        name = e(pack["pack"]["path"])
        name = f'<a href="{e(link)}">{name}</a>' if link else name
        if pack["status"] == "failed":
            rows.append(f'<tr class="failed"><td>{name}</td><td>{pack["pack"]["pages"] or ""}</td>'
                        f'<td colspan="9">failed: {e(pack["error"] or "")}</td></tr>')
            continue
        s = pack["summary"]
        n = has_problems(pack)
        cells = "".join(f"<td>{s[k]}</td>" for k in ("quotes", "verbatim", "minor", "misquote",
                                                    "paraphrase", "not_found", "out_of_context",
                                                    "citation_wrong",
                                                    "other_quotes"))
        cells += f"<td>{claim_problems(pack)}</td>"
        rows.append(f'<tr class="{"problem" if n else "clean"}"><td>{name}</td>'
                    f'<td>{pack["pack"]["pages"]}</td>{cells}</tr>')
    failed = sum(1 for p, _ in packs if p["status"] == "failed")
    with_problems = sum(1 for p, _ in packs if has_problems(p))
    head = "".join(f"<th>{h}</th>" for h in (
        "pack", "pages", "about the sources", "verbatim", "minor", "misquote", "paraphrase",
        "not found", "out of context", "wrong citation", "other quotes", "claims to check"))
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda packs: quotation check</title>
<style>
body{{font-family:system-ui,sans-serif;margin:1rem auto;max-width:70rem;padding:0 1rem;color:#1a1a1a}}
table{{border-collapse:collapse;width:100%}} th,td{{border:1px solid #bbb;padding:.25rem .5rem;text-align:right}}
td:first-child,th:first-child{{text-align:left}} tr.failed td{{background:#fdd}}
tr.problem td:first-child{{border-left:6px solid #a4161a}} tr.clean td:first-child{{border-left:6px solid #1b6e2f}}
</style></head><body>
<h1>Agenda packs: quotation check</h1>
<p><strong>{len(packs)} pack{'s' if len(packs) != 1 else ''}: {with_problems} with problems,
{failed} failed.</strong> Counts are of the quotations that cite or quote the indexed sources;
the other quotations are not findings. "Claims to check" counts statements outside quotation
marks that the sources do not support, state with other figures, or hold elsewhere
(<code>claims.csv</code>).</p>
<table><thead><tr>{head}</tr></thead><tbody>
{''.join(rows)}
</tbody></table>
</body></html>
"""
