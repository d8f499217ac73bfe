"""The HTML pages: Check (form → results), Sources (list, add a PDF), the paragraph viewer.

Every form works without JavaScript: a POST answers with a redirect (303) to a page that can
be reloaded and bookmarked. web/static/app.js only adds copy buttons and live progress.
The results page filters and orders its cards by query (`?show=misquote`, `?order=problems`),
so its summary badges are plain links.
"""

from __future__ import annotations

from datetime import date

from flask import (Blueprint, Response, current_app, flash, get_flashed_messages, redirect,
                   render_template, request, send_file, url_for)

from verifier.rendering.marks import mark_words, suggestion
from verifier.rendering.report import TONE, TONE_ORDER, checked_when, tone_of
from verifier.rendering.vocabulary import (CITATION_WORDS, CLAIM_WORDS, FIGURE_TONE, FIGURE_WORDS,
                                           FORMAT_WORDS,
                                           VERDICT_WORDS, after, short_hash, source_label)
from verifier.search.documents import source_format
from web.checking import (check, find_paragraph, motion_from_input, open_store,
                          paragraph_json, remove_document)
from web.errors import WebError
from verifier.rendering.report import claim_cited, claim_source_segments
from verifier.rendering.claimreview import is_web_address, publish, render_claimreview
from web.results import FILES, load_draft_reviews, load_report, report_dir, save_report
from web.uploads import display_name, save_source

pages = Blueprint("pages", __name__)

# The summary's badges, each a link that shows only its cards: the key is a verdict,
# "citation_" + a citation verdict or "claims_" + a claim verdict, as in the JSON summary;
# the words are the vocabulary's, as in the summary line ("2 misquoted", "1 citation wrong").
FILTERS = ({v: w for v, w in VERDICT_WORDS.items()}
           | {f"citation_{c}": w for c, w in CITATION_WORDS.items() if c != "correct"}
           | {f"claims_{c}": w for c, w in CLAIM_WORDS.items()})
ORDERS = ("motion", "problems")


@pages.app_template_filter("source_label")
def source_label_filter(doc) -> str:
    """"report, PDF, 34 pages" for an indexed document (index.Document, or its JSON as a job
    gives it) or a report's source: with the title, what tells two sources apart (issue 25)."""
    if isinstance(doc, dict):
        return source_label(doc["id"], _format_of(doc), doc["pages"])
    return source_label(doc.id, source_format(doc.reader, doc.file), doc.pages)


@pages.app_template_filter("source_format_words")
def source_format_words(doc) -> str:
    """"PDF", "HTML" or ".docx" for an indexed document."""
    return FORMAT_WORDS[source_format(doc.reader, doc.file)]


def _format_of(doc: dict) -> str:
    return doc.get("format") or source_format(doc.get("reader", ""), doc.get("file", ""))


@pages.app_template_filter("short_hash")
def short_hash_filter(sha256: str) -> str:
    return short_hash(sha256 or "")


@pages.get("/")
def check_form():
    """The form, empty: "Try the sample motion" (`?sample=1`, a plain link) fills it."""
    documents = open_store().documents()
    sample = current_app.config["SAMPLE_MOTION"]
    jobs, samples_job = current_app.extensions["verifier_jobs"], current_app.config["SAMPLES_JOB"]
    return render_template("check.html", documents=documents, selected=None,
                           text=sample if request.args.get("sample") and sample else "",
                           has_sample=bool(sample),
                           samples_job=samples_job if jobs.pending(samples_job) else None)


@pages.post("/check")
def check_submit():
    chosen = request.form.getlist("sources")
    text = request.form.get("text")
    upload = request.files.get("file")
    motion = motion_from_input(text, upload)
    if not chosen and open_store().documents():
        raise WebError(400, "choose at least one source document to check against")
    report = check(motion, chosen or None)
    report_id = save_report(report, current_app.config["STATE_DIR"], motion,
                            _word_original(upload))
    return redirect(url_for("pages.results", report_id=report_id), code=303)


@pages.get("/results/<report_id>")
def results(report_id: str):
    loaded = load_report(report_id, current_app.config["STATE_DIR"])
    if loaded is None:
        raise WebError(404, "no such report (reports are kept for a day); check the motion again")
    data, page = loaded
    cards = [_card(n, q) for n, q in zip(page["numbers"], data["quotes"])]
    claim_cards = [_claim_card(n, c) for n, c in enumerate(data.get("claims", []), start=1)]
    show = request.args.get("show", "")
    show = show if show in FILTERS else ""
    order = request.args.get("order", "motion")
    order = order if order in ORDERS else "motion"
    shown = [c for c in cards + claim_cards if not show or show in c["keys"]]
    if order == "problems":         # worst first, claims among them; the motion's order among equals
        shown.sort(key=lambda c: TONE_ORDER.index(c["tone"]))
    s = data["summary"]
    return render_template("results.html", report=data, summary=page["summary"],
                           warning=page["warning"], repairs=page.get("repairs", []),
                           cards=shown if order == "problems" else
                           [c for c in shown if c["kind"] == "quotation"],
                           claim_cards=[] if order == "problems" else
                           [c for c in shown if c["kind"] == "claim"],
                           total=len(cards) + len(claim_cards),
                           filters=[(key, s.get(key, 0), after(s.get(key, 0), w), w.tone)
                                    for key, w in FILTERS.items() if not key.startswith("claims_")],
                           claim_filters=[(key, s.get(key, 0), after(s.get(key, 0), w), w.tone)
                                          for key, w in FILTERS.items() if key.startswith("claims_")],
                           show=show, show_label=FILTERS[show].label if show else "", order=order,
                           report_id=report_id, tone=TONE,
                           checked_at=checked_when(data.get("checked_at") or ""),
                           same_titles=same_titles(data["sources"]))


@pages.get("/results/<report_id>/report.<fmt>")
def download(report_id: str, fmt: str):
    folder = report_dir(report_id, current_app.config["STATE_DIR"])
    if folder is None or fmt not in FILES:
        raise WebError(404, "no such report (reports are kept for a day)")
    name, mimetype = FILES[fmt]
    return send_file(folder / name, mimetype=mimetype, as_attachment=True,
                     download_name=f"verifier-report-{report_id[:8]}.{fmt}")


@pages.get("/results/<report_id>/report.claimreview")
def download_claimreview(report_id: str):
    """The ClaimReviews, published by the name and page the form gives (a published review
    names its author: there is no default)."""
    folder = report_dir(report_id, current_app.config["STATE_DIR"])
    if folder is None:
        raise WebError(404, "no such report (reports are kept for a day)")
    publisher = request.args.get("publisher", "").strip()
    publisher_url = request.args.get("publisher_url", "").strip()
    if not publisher or not publisher_url:
        raise WebError(400, "a ClaimReview names who publishes it: give the publisher's name "
                            "and the address of the page that carries the reviews")
    if not is_web_address(publisher_url):
        raise WebError(400, f"{publisher_url}: not a web address (http:// or https://)")
    reviews = publish(load_draft_reviews(folder), publisher, publisher_url, date.today())
    return Response(render_claimreview(reviews), mimetype="application/ld+json",
                    headers={"Content-Disposition": "attachment; filename="
                             f"verifier-claimreview-{report_id[:8]}.jsonld"})


def _word_original(upload) -> bytes | None:
    """The uploaded motion's bytes when it is a Word file (written back with comments)."""
    if upload is None or not upload.filename:
        return None
    upload.stream.seek(0)
    data = upload.read()
    return data if data.startswith(b"PK\x03\x04") else None


@pages.get("/sources")
def sources():
    job_id = request.args.get("job", "")
    job = current_app.extensions["verifier_jobs"].status(job_id) if job_id else None
    # The banner names what this session removed, from the signed session cookie: never words
    # from the address, which anyone can write (issue 24: "?removed=Call 0800 123456 …").
    removed = "; ".join(get_flashed_messages(category_filter=["removed"]))
    return render_template("sources.html", documents=open_store().documents(), job=job,
                           removed=removed)


@pages.post("/sources")
def sources_add():
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        raise WebError(400, "choose a report file to add (a PDF, an HTML page or a .docx)")
    name = display_name(upload.filename, "upload.pdf")
    path = save_source(upload.read(), name, current_app.config["UPLOAD_DIR"])
    aliases = tuple(a.strip() for a in request.form.get("aliases", "").split(";") if a.strip())
    job_id = current_app.extensions["verifier_jobs"].submit(
        path, name, title=request.form.get("title", "").strip() or None, aliases=aliases,
        replace=request.form.get("replace") == "on")
    return redirect(url_for("pages.sources", job=job_id), code=303)


@pages.get("/sources/<doc_id>/remove")
def source_remove_confirm(doc_id: str):
    """Ask first: a source removed by a stray click would silently change every check."""
    return render_template("remove.html", doc=open_store().document(doc_id))


@pages.post("/sources/<doc_id>/remove")
def source_remove(doc_id: str):
    removed = remove_document(doc_id)
    flash(f"{removed.title} ({removed.id})", "removed")
    return redirect(url_for("pages.sources"), code=303)


@pages.get("/sources/<doc_id>")
def document(doc_id: str):
    store = open_store()
    doc = store.document(doc_id)
    return render_template("document.html", doc=doc, paragraphs=store.paragraphs(doc.id))


@pages.get("/sources/<doc_id>/<section>")
def paragraph(doc_id: str, section: str):
    doc, paragraphs, position = find_paragraph(open_store(), doc_id, section)
    return render_template("paragraph.html", doc=doc,
                           p=paragraph_json(doc, paragraphs, position))


def same_titles(sources: list[dict]) -> set[str]:
    """The titles two or more of a report's sources share: where words were found in one of
    them, its id is shown too."""
    titles = [s["title"] for s in sources]
    return {t for t in titles if titles.count(t) > 1}


def _card(n: str, quote: dict) -> dict:
    """What one result card shows, worked out from the quotation's JSON."""
    found = quote["found"]
    motion_words, source_words = mark_words(quote["text"], found["text"] if found else "")
    cited = list(quote["cited"]) + [f"p. {p}" for p in quote["cited_pages"]]
    if quote["cited_document"]:
        cited.append(quote["cited_document"])
    return {
        "kind": "quotation", "keys": (quote["verdict"], "citation_" + quote["citation"]),
        "n": n, "q": quote, "found": found,
        "verdict_word": VERDICT_WORDS[quote["verdict"]].label,
        "citation_word": CITATION_WORDS[quote["citation"]].label,
        "cited": ", ".join(cited),
        "tone": tone_of(quote["verdict"], quote["citation"]),
        "motion_words": motion_words, "source_words": source_words,
        "suggestion": suggestion(quote),
    }


def _claim_card(n: int, claim: dict) -> dict:
    """What one claim card shows, worked out from the claim's JSON."""
    found = claim["found"]
    words = CLAIM_WORDS[claim["verdict"]]
    return {
        "kind": "claim", "keys": ("claims_" + claim["verdict"],),
        "n": n, "c": claim, "found": found, "tone": words.tone, "verdict_word": words.label,
        "cited": claim_cited(claim),
        "source_words": claim_source_segments(found["text"], claim.get("words_found", ()))
        if found else (),
        "figure_words": FIGURE_WORDS, "figure_tone": FIGURE_TONE,
    }

