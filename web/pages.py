"""The HTML pages: Check (form → results), Sources (list, add a PDF), the paragraph viewer.

Every form works without JavaScript: a POST answers with a redirect (303) to a page that can
be reloaded and bookmarked. web/static/app.js only adds copy buttons and live progress.
The results page filters and orders its cards by query (`?show=misquote`, `?order=problems`),
so its summary badges are plain links.
"""

from __future__ import annotations

from flask import (Blueprint, current_app, flash, get_flashed_messages, redirect,
                   render_template, request, send_file, url_for)

from verifier.rendering.marks import mark_words, suggestion
from verifier.rendering.report import TONE, TONE_ORDER, tone_of
from web.checking import (check, find_paragraph, motion_from_input, open_store,
                          paragraph_json, remove_document)
from web.errors import WebError
from verifier.rendering.report import CLAIM_WORDS, FIGURE_WORDS, claim_cited, claim_source_segments
from web.results import FILES, load_report, report_dir, save_report
from web.uploads import display_name, save_source

pages = Blueprint("pages", __name__)

VERDICT_WORDS = {"verbatim": "Verbatim", "minor": "Minor differences", "misquote": "Misquoted",
                 "paraphrase": "Paraphrase", "not_found": "Not found",
                 "out_of_context": "Out of context"}
CITATION_WORDS = {"correct": "Citation correct", "wrong": "Citation wrong",
                  "missing": "No citation", "unverifiable": "Citation unverifiable"}
# The summary's badges, each a link that shows only its cards: (key, label) where the key is
# a verdict or "citation_" + a citation verdict, as in the JSON summary.
FILTERS = (("verbatim", "verbatim"), ("minor", "minor"), ("misquote", "misquoted"),
           ("paraphrase", "paraphrase"), ("not_found", "not found"),
           ("out_of_context", "out of context"),
           ("citation_wrong", "wrong citation"), ("citation_missing", "no citation"),
           ("citation_unverifiable", "citation unverifiable"))
ORDERS = ("motion", "problems")


@pages.get("/")
def check_form():
    documents = open_store().documents()
    jobs, samples_job = current_app.extensions["verifier_jobs"], current_app.config["SAMPLES_JOB"]
    return render_template("check.html", documents=documents, selected=None,
                           text=current_app.config["SAMPLE_MOTION"],
                           samples_job=samples_job if jobs.pending(samples_job) else None)


@pages.post("/check")
def check_submit():
    chosen = request.form.getlist("sources")
    text = request.form.get("text")
    motion = motion_from_input(text, request.files.get("file"))
    if not chosen and open_store().documents():
        raise WebError(400, "choose at least one source document to check against")
    report = check(motion, chosen or None)
    report_id = save_report(report, current_app.config["STATE_DIR"])
    return redirect(url_for("pages.results", report_id=report_id), code=303)


@pages.get("/results/<report_id>")
def results(report_id: str):
    loaded = load_report(report_id, current_app.config["STATE_DIR"])
    if loaded is None:
        raise WebError(404, "no such report (reports are kept for a day); check the motion again")
    data, page = loaded
    cards = [_card(n, q) for n, q in zip(page["numbers"], data["quotes"])]
    show = request.args.get("show", "")
    show = show if show in dict(FILTERS) else ""
    order = request.args.get("order", "motion")
    order = order if order in ORDERS else "motion"
    shown = [c for c in cards if not show or show in (c["q"]["verdict"],
                                                      "citation_" + c["q"]["citation"])]
    if order == "problems":         # worst first; the motion's order among equals
        shown.sort(key=lambda c: TONE_ORDER.index(c["tone"]))
    return render_template("results.html", report=data, summary=page["summary"],
                           warning=page["warning"], repairs=page.get("repairs", []),
                           cards=shown, total=len(cards),
                           filters=[(key, label, TONE[key.replace("citation_", "")])
                                    for key, label in FILTERS],
                           show=show, show_label=dict(FILTERS).get(show, ""), order=order,
                           report_id=report_id, tone=TONE,
                           claim_cards=[_claim_card(n, c) for n, c in
                                        enumerate(data.get("claims", []), start=1)],
                           claims_summary=_claims_summary(data))


@pages.get("/results/<report_id>/report.<fmt>")
def download(report_id: str, fmt: str):
    folder = report_dir(report_id, current_app.config["STATE_DIR"])
    if folder is None or fmt not in FILES:
        raise WebError(404, "no such report (reports are kept for a day)")
    name, mimetype = FILES[fmt]
    return send_file(folder / name, mimetype=mimetype, as_attachment=True,
                     download_name=f"verifier-report-{report_id[:8]}.{fmt}")


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


def _card(n: str, quote: dict) -> dict:
    """What one result card shows, worked out from the quotation's JSON."""
    found = quote["found"]
    motion_words, source_words = mark_words(quote["text"], found["text"] if found else "")
    cited = list(quote["cited"]) + [f"p. {p}" for p in quote["cited_pages"]]
    if quote["cited_document"]:
        cited.append(quote["cited_document"])
    return {
        "n": n, "q": quote, "found": found,
        "verdict_word": VERDICT_WORDS.get(quote["verdict"], quote["verdict"]),
        "citation_word": CITATION_WORDS.get(quote["citation"], quote["citation"]),
        "cited": ", ".join(cited),
        "tone": tone_of(quote["verdict"], quote["citation"]),
        "motion_words": motion_words, "source_words": source_words,
        "suggestion": suggestion(quote),
    }


# Claim cards (issue 10): the tone of each claim verdict and figure status.
CLAIM_TONE = {"supported": "good", "elsewhere": "warn", "figure_differs": "bad",
              "not_supported": "bad", "unverifiable": "warn"}
FIGURE_TONE = {"holds": "good", "differs": "bad", "absent": "warn"}


def _claim_card(n: int, claim: dict) -> dict:
    """What one claim card shows, worked out from the claim's JSON."""
    found = claim["found"]
    return {
        "n": n, "c": claim, "found": found, "tone": CLAIM_TONE.get(claim["verdict"], "warn"),
        "verdict_word": CLAIM_WORDS.get(claim["verdict"], claim["verdict"]),
        "cited": claim_cited(claim),
        "source_words": claim_source_segments(found["text"], claim.get("words_found", ()))
        if found else (),
        "figure_words": FIGURE_WORDS, "figure_tone": FIGURE_TONE,
    }


def _claims_summary(data: dict) -> str:
    s = data.get("summary", {})
    if not s.get("claims"):
        return ""
    parts = [f"{s.get('claims_' + v, 0)} {v.replace('_', ' ')}" for v in CLAIM_WORDS
             if s.get("claims_" + v)]
    return f"{s['claims']} claim{'s' if s['claims'] != 1 else ''}: " + ", ".join(parts) + "."
