"""The JSON API: check a motion, list and add sources, read a paragraph. Described in
web/openapi.json (served at /api/openapi.json).

Every error is `{"error": message}` with a 4xx status (see web/errors.py).
"""

from __future__ import annotations

import json
from pathlib import Path

from flask import Blueprint, current_app, jsonify, request

import index
from verifier.rendering.report import to_json
from web.checking import (check, document_json, find_paragraph, motion_from_input,
                          open_store, paragraph_json, remove_document)
from web.errors import WebError
from web.jobs import addition_notes
from web.uploads import discard_upload, display_name, forget_unused_uploads, save_source

OPENAPI = Path(__file__).resolve().parent / "openapi.json"

api = Blueprint("api", __name__)


@api.post("/check")
def check_motion_api():
    """Check a motion sent as JSON {"text", "sources"?} or as a multipart upload ("file")."""
    if request.mimetype == "multipart/form-data":
        text = request.form.get("text")
        sources = [s for s in request.form.getlist("sources") if s.strip()]
        motion = motion_from_input(text, request.files.get("file"))
    elif request.mimetype == "application/json":
        body = _json_body()
        text = body.get("text")
        if text is None:
            raise WebError(400, "missing \"text\": the motion's text")
        if not isinstance(text, str):
            raise WebError(400, "\"text\" must be a string")
        sources = body.get("sources")
        if sources is not None and not (isinstance(sources, list)
                                        and all(isinstance(s, str) for s in sources)):
            raise WebError(400, "\"sources\" must be a list of document ids")
        motion = motion_from_input(text, None)
    else:
        raise WebError(415, "send application/json {\"text\": …} or multipart/form-data "
                            "with a \"file\"")
    return jsonify(to_json(check(motion, sources or None)))


@api.get("/sources")
def list_sources():
    return jsonify({"sources": [document_json(doc) for doc in open_store().documents()]})


@api.post("/sources")
def add_source():
    """Add an uploaded report: a PDF, an HTML page or a .docx (field "file"; "title" and
    repeated "alias" optional); waits for it."""
    if request.mimetype != "multipart/form-data":
        raise WebError(415, "upload the report as multipart/form-data, field \"file\"")
    upload = request.files.get("file")
    if upload is None or not upload.filename:
        raise WebError(400, "missing \"file\": the report (a PDF, an HTML page or a .docx)")
    name = display_name(upload.filename, "upload.pdf")
    path = save_source(upload.read(), name, current_app.config["UPLOAD_DIR"])
    aliases = tuple(a.strip() for a in request.form.getlist("alias") if a.strip())
    replace = request.form.get("replace", "").strip().lower() in ("1", "true", "on", "yes")
    upload_dir = current_app.config["UPLOAD_DIR"]
    try:
        document, added = index.add_pdf(current_app.config["INDEX_DIR"], path,
                                        title=request.form.get("title", "").strip() or None,
                                        aliases=aliases,
                                        model_path=current_app.config["MODEL_PATH"],
                                        replace=replace)
    except index.SourceError as e:
        discard_upload(path, upload_dir)
        raise type(e)(e.message.replace(str(path), name)) from None
    except BaseException:
        discard_upload(path, upload_dir)
        raise
    if not added:                       # the index has this file already, under its own copy
        discard_upload(path, upload_dir)
    forget_unused_uploads(upload_dir, open_store().documents())
    body = document_json(document)
    if added:
        body["notes"] = addition_notes(current_app.config["INDEX_DIR"], document,
                                       index.document_id(path), added,
                                       "send replace=true to replace it instead")
    return jsonify(body), 201 if added else 200


@api.get("/sources/<doc_id>")
def get_source(doc_id: str):
    return jsonify(document_json(open_store().document(doc_id)))


@api.delete("/sources/<doc_id>")
def remove_source(doc_id: str):
    """Remove a document and its vectors from the index; 404 if there is none."""
    return jsonify({"removed": document_json(remove_document(doc_id))})


@api.get("/sources/<doc_id>/paragraphs/<section>")
def get_paragraph(doc_id: str, section: str):
    doc, paragraphs, position = find_paragraph(open_store(), doc_id, section)
    return jsonify(paragraph_json(doc, paragraphs, position))


@api.get("/jobs/<job_id>")
def get_job(job_id: str):
    """The status of a PDF being added from the Sources page."""
    status = current_app.extensions["verifier_jobs"].status(job_id)
    if status is None:
        raise WebError(404, f"no job {job_id}")
    return jsonify(status)


@api.get("/openapi.json")
def openapi():
    return jsonify(json.loads(OPENAPI.read_text(encoding="utf-8")))


def _json_body() -> dict:
    data = request.get_data(cache=True)
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise WebError(400, "the request body is not valid JSON") from None
    if not isinstance(body, dict):
        raise WebError(400, "the request body must be a JSON object")
    return body
