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
from verifier.rendering.marks import suggestion
from verifier.rendering.report import claim_json, quote_json, render_html
from verifier.rendering.vocabulary import plural

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
        "meeting": ({"council": result.meeting.council, "committee": result.meeting.committee,
                     "date": result.meeting.date, "source": result.meeting.source}
                    if result.meeting else None),
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


def pack_html(result: PackResult, back: str | None = None) -> str:
    """The pack's quotations about the sources, as `check --format html` shows a motion's,
    with the item and pack page on each card; `back` links to the triage page."""
    about = [pq for pq in result.quotes if pq.concerns_sources]
    titles = {i.id: (i.number, i.title) for i in result.items}
    places = []
    for pq in about:
        number, title = titles.get(pq.item, (None, ""))
        item = f"Item {number}: {title}" if number else title
        places.append(f"{item} · pack page {pq.pack_page}")
    other = len(result.quotes) - len(about)
    data = {"pack": {"path": result.path},
            "meeting": result.meeting.__dict__ if result.meeting else None}
    back_link = f'<p><a href="{html.escape(back)}">← All packs</a></p>' if back else ""
    preamble = (f"{back_link}<p><strong>{html.escape(pack_identity(data)['name'])}</strong></p>"
                f"<p>{plural(len(result.items), 'agenda item')}, {plural(result.pages, 'page')}. "
                f"{plural(other, 'other quotation')} (of legislation, residents, "
                f"the council's own papers) {'is' if other == 1 else 'are'} listed in the "
                "pack's JSON and not findings.</p>")
    report = CheckReport(result.path, result.text_chars, result.sources,
                         tuple(pq.result for pq in about),
                         claims=tuple(pc.result for pc in result.claims))
    return render_html(report, places=places, preamble=preamble)


FINDINGS_FIELDS = ["pack", "item", "item_title", "pack_page", "verdict", "citation", "cited",
                   "found_source", "found_section", "found_page", "motion_words", "source_words",
                   "suggested", "note", "pack_name", "source_url"]
ERRORS_FIELDS = ["pack", "sha256", "reason"]
CLAIMS_FIELDS = ["pack", "item", "item_title", "pack_page", "verdict", "cited", "claim",
                 "found_source", "found_section", "found_page", "source_words", "note",
                 "pack_name", "source_url"]
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
                yield dict(_placed(pack, items, q), verdict=q["verdict"], citation=q["citation"],
                           motion_words=_flat(q["text"]), suggested=suggestion(q) or "",
                           note=q["note"])
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
            "source_words": _flat(found.get("text", "")),
            # a pack `verifier fetch` wrote: its meeting and item, and the document's address
            "pack_name": pack["pack"].get("name", ""), "source_url": entry.get("source_url", "")}


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


def pack_identity(pack: dict) -> dict:
    """A pack's display name and meeting (council, committee, ISO date), from its JSON: the
    one place a pack is named. `meeting` is what the cover page said, or what a fetched
    meeting's record (a modern.gov manifest) put there instead; without it, the file's name."""
    meeting = pack.get("meeting") or {}
    council, committee, date = (meeting.get(k) or "" for k in ("council", "committee", "date"))
    # A pack `verifier fetch` wrote: its manifest's meeting (verifier.fetching.manifest) is
    # the council's own record, more trusted than what its cover page seemed to say.
    fetched = pack["pack"].get("fetched") or {}
    committee = fetched.get("committee") or committee
    date = fetched.get("meeting_date") or date
    stem = re.sub(r"\.[A-Za-z]+$", "", re.split(r"[\\/]", pack["pack"]["path"])[-1])
    when = human_date(date)
    if pack["pack"].get("name"):
        name = pack["pack"]["name"]
    elif council or committee:
        name = " · ".join(p for p in (council, committee, when) if p)
    else:
        name = f"{stem} · {when}" if when else stem
    return {"name": name, "file": stem, "council": council, "committee": committee,
            "date": date}


def human_date(iso: str) -> str:
    """"2025-03-19" as "19 March 2025"; anything else as it is."""
    found = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", iso or "")
    if not found:
        return iso or ""
    year, month, day = found.groups()
    months = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
    return f"{int(day)} {months[int(month) - 1]} {year}" if 1 <= int(month) <= 12 else iso


def severity(pack: dict) -> tuple:
    """Sort key, most urgent first: failed packs, then by problems (quotations and claims)."""
    if pack["status"] == "failed":
        return (0, 0)
    return (1, -(problems(pack) + claim_problems(pack)))


# The words the triage page's verdict filter offers, and what each selects.
_FILTERS = [("problem", "any problem"), ("misquote", "misquote"), ("paraphrase", "paraphrase"),
            ("not_found", "not found"), ("out_of_context", "out of context"),
            ("citation_wrong", "wrong citation"), ("claim", "a claim to check"),
            ("failed", "failed"), ("clean", "nothing wrong")]


def _tags(pack: dict) -> list[str]:
    if pack["status"] == "failed":
        return ["failed"]
    tags = []
    about = [q for q in pack["quotes"] if q["concerns_sources"]]
    tags += sorted({q["verdict"] for q in about if q["verdict"] in PROBLEM_VERDICTS})
    if any(q["citation"] == "wrong" for q in about):
        tags.append("citation_wrong")
    if claim_problems(pack):
        tags.append("claim")
    return tags + (["problem"] if tags else ["clean"])


def _pack_card(pack: dict, link: str | None) -> str:
    e = html.escape
    who = pack_identity(pack)
    title = f'<a href="{e(link)}">{e(who["name"])}</a>' if link else e(who["name"])
    if pack["pack"].get("source_url", "").startswith(("https://", "http://")):
        # fetched by `verifier fetch`: the document's address
        title += f' (<a href="{e(pack["pack"]["source_url"])}">source</a>)'
    meta = f'{e(who["file"])} · {plural(pack["pack"]["pages"] or 0, "page")}'
    tags = _tags(pack)
    attrs = (f'data-council="{e(who["council"])}" data-committee="{e(who["committee"])}" '
             f'data-date="{e(who["date"])}" data-tags="{" ".join(tags)}"')
    if pack["status"] == "failed":
        return (f'<li class="card tone-bad" {attrs}><div class="card-head"><h3>{title}</h3>'
                f'<span class="badge tone-bad">failed</span></div><p class="meta">{meta}</p>'
                f'<p>{e(pack["error"] or "")}</p></li>')
    s = pack["summary"]
    found = [plural(s[v.value], words) for v, words in (
        (Verdict.MISQUOTE, "misquote"), (Verdict.PARAPHRASE, "paraphrase"),
        (Verdict.NOT_FOUND, "not found"), (Verdict.OUT_OF_CONTEXT, "out of context"))
        if s[v.value]]
    if s["citation_wrong"]:
        found.append(plural(s["citation_wrong"], "wrong citation"))
    n_problems, n_claims = problems(pack), claim_problems(pack)
    tone = "bad" if n_problems or n_claims else "good"
    badge = (f'<span class="badge tone-{tone}">'
             f'{plural(n_problems + n_claims, "finding") if tone == "bad" else "nothing wrong"}'
             "</span>")
    lines = [f'{plural(s["quotes"], "quotation")} about the sources'
             f'{" (" + ", ".join(found) + ")" if found else ""}; '
             f'{plural(s["other_quotes"], "other quotation")} (not findings)',
             f'{plural(s.get("claims", 0), "claim")} about the sources, '
             f'{plural(n_claims, "claim")} to check']
    return (f'<li class="card tone-{tone}" {attrs}><div class="card-head"><h3>{title}</h3>'
            f'{badge}</div><p class="meta">{meta} · '
            f'{plural(len(pack["items"]), "agenda item")}</p>'
            f'<p>{"<br>".join(e(x) for x in lines)}</p></li>')


def quoted_paragraphs(packs: list[tuple[dict, str | None]]) -> list[dict]:
    """Across packs, the source paragraphs people quote: per paragraph how often quoted and
    misquoted, and its wrong versions grouped (the same misquote in three packs is one row
    with three packs). Most quoted first."""
    places: dict[tuple, dict] = {}
    for pack, link in packs:
        if pack["status"] != "ok":
            continue
        who = pack_identity(pack)["name"]
        for q in pack["quotes"]:
            found = q["found"]
            if not q["concerns_sources"] or not found:
                continue
            key = (found["source"], found.get("section") or f"p. {found.get('page')}")
            place = places.setdefault(key, {"source": found["source"],
                                            "title": found.get("title", found["source"]),
                                            "place": key[1], "quoted": 0, "misquoted": 0,
                                            "packs": {}, "versions": {}})
            place["quoted"] += 1
            place["packs"][who] = link
            if q["verdict"] == "misquote":
                place["misquoted"] += 1
                words = " ".join(re.sub(r"[^\w\s%]", " ", q["text"].lower()).split())
                version = place["versions"].setdefault(words, {"text": _flat(q["text"]),
                                                               "packs": {}})
                version["packs"][who] = link
    return sorted(places.values(), key=lambda p: (-p["quoted"], -p["misquoted"], p["source"],
                                                  p["place"]))


# The most quoted paragraphs the triage page lists (the rest are in findings.csv).
MAX_PARAGRAPHS_LISTED = 40


def _paragraphs_html(paragraphs: list[dict]) -> str:
    e = html.escape
    if not paragraphs:
        return "<p>No quotation about the sources was found in these packs.</p>"

    def links(packs: dict) -> str:
        return ", ".join(f'<a href="{e(link)}">{e(name)}</a>' if link else e(name)
                         for name, link in sorted(packs.items()))
    rows = []
    for p in paragraphs[:MAX_PARAGRAPHS_LISTED]:
        tone = "bad" if p["misquoted"] else "good"
        versions = "".join(
            f'<li><q>{e(v["text"])}</q> — {plural(len(v["packs"]), "pack")}: '
            f'{links(v["packs"])}</li>'
            for v in sorted(p["versions"].values(), key=lambda v: -len(v["packs"])))
        rows.append(
            f'<li class="card tone-{tone}"><div class="card-head"><h3>{e(p["place"])} · '
            f'{e(p["title"])}</h3><span class="badge tone-{tone}">'
            f'{plural(p["misquoted"], "misquote")}</span></div>'
            f'<p>Quoted {plural(p["quoted"], "time")} in {plural(len(p["packs"]), "pack")}: '
            f'{links(p["packs"])}</p>'
            f'{"<p>Wrong versions:</p><ul>" + versions + "</ul>" if versions else ""}</li>')
    more = len(paragraphs) - MAX_PARAGRAPHS_LISTED
    tail = f"<p>{plural(more, 'more paragraph')} in findings.csv.</p>" if more > 0 else ""
    return f'<ul class="cards">{"".join(rows)}</ul>{tail}'


def _options(values) -> str:
    e = html.escape
    return "".join(f'<option value="{e(v)}">{e(v)}</option>' for v in sorted(set(values)) if v)


def triage_html(packs: list[tuple[dict, str | None]], css: str = "") -> str:
    """The morning page: every pack by severity, filters, the CSVs, and the paragraphs people
    quote. Self-contained: `css` (the web app's stylesheet) is inlined.

    Args:
        packs: (pack JSON, link to its HTML report relative to the page, or None).
    """
    e = html.escape
    ordered = sorted(packs, key=lambda entry: (severity(entry[0]),
                                               pack_identity(entry[0])["name"]))
    oks = [p for p, _ in packs if p["status"] == "ok"]
    failed = len(packs) - len(oks)
    with_problems = sum(1 for p in oks if has_problems(p))
    quotes = sum(p["summary"]["quotes"] for p in oks)
    quote_problems = sum(problems(p) for p in oks)
    claims = sum(p["summary"].get("claims", 0) for p in oks)
    claims_to_check = sum(claim_problems(p) for p in oks)
    pages = sum(p["pack"]["pages"] or 0 for p, _ in packs)
    who = [pack_identity(p) for p, _ in packs]
    filters = "".join(f'<option value="{k}">{e(words)}</option>' for k, words in _FILTERS)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Agenda packs: quotation check</title>
<style>
{css}
.filters{{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:end}}
.filters label{{display:flex;flex-direction:column;font-size:.9rem;min-width:0;max-width:100%}}
.filters select,.filters input{{font:inherit;max-width:100%}}
.card h3,.card p,.card li{{overflow-wrap:anywhere}} .card h3{{margin:.25rem 0}}
</style></head><body>
<header class="site"><div class="wrap"><span class="brand">verifier</span></div></header>
<main class="wrap" id="top">
<h1>Agenda packs: quotation check</h1>
<p><strong>{plural(len(packs), "pack")}, {plural(pages, "page")}: {with_problems} with
problems, {failed} failed.</strong> {plural(quotes, "quotation")} about the sources
({quote_problems} with a problem), {plural(claims, "claim")} about them ({claims_to_check} to
check).</p>
<p class="hint">Counts are of the quotations that cite or quote the indexed sources; the other
quotations are not findings. The claims to check are statements outside quotation marks that the
sources do not support, state with other figures, or hold elsewhere.
Spreadsheets: <a href="findings.csv">findings.csv</a> (quotations),
<a href="claims.csv">claims.csv</a>, <a href="errors.csv">errors.csv</a> (failed packs).
<a href="#paragraphs">The report paragraphs people quote</a>.</p>
<form class="filters" id="filters" aria-label="Show only">
<label>Verdict <select name="tag"><option value="">all</option>{filters}</select></label>
<label>Council <select name="council"><option value="">all</option>{_options(w["council"] for w in who)}</select></label>
<label>Committee <select name="committee"><option value="">all</option>{_options(w["committee"] for w in who)}</select></label>
<label>From <input type="date" name="from"></label>
<label>To <input type="date" name="to"></label>
</form>
<p class="hint" id="shown" aria-live="polite"></p>
<ul class="cards" id="packs">
{''.join(_pack_card(pack, link) for pack, link in ordered)}
</ul>
<h2 id="paragraphs">The report paragraphs people quote</h2>
<p class="hint">Each source paragraph quoted in these packs: how often, how often misquoted,
and the wrong versions, each once with the packs it is in.</p>
{_paragraphs_html(quoted_paragraphs(packs))}
</main>
<script>
(function () {{
  var form = document.getElementById("filters");
  var cards = document.querySelectorAll("#packs > li");
  function apply() {{
    var f = form.elements, shown = 0;
    cards.forEach(function (card) {{
      var d = card.dataset, ok =
        (!f.tag.value || d.tags.split(" ").indexOf(f.tag.value) >= 0) &&
        (!f.council.value || d.council === f.council.value) &&
        (!f.committee.value || d.committee === f.committee.value) &&
        (!f.from.value || (d.date && d.date >= f.from.value)) &&
        (!f.to.value || (d.date && d.date <= f.to.value));
      card.hidden = !ok; if (ok) shown++;
    }});
    document.getElementById("shown").textContent =
      shown + (shown === 1 ? " pack" : " packs") + " of " + cards.length + " shown";
  }}
  form.addEventListener("input", apply); form.addEventListener("change", apply); apply();
}})();
</script>
</body></html>
"""
