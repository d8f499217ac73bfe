"""verifier/session.py: one checking session per process, renewed when the index changes.

The documents are the eval kit's toy report and letter, stored with made-up unit vectors: a
lexical check needs no model, and these tests must not load one.
"""

import numpy as np
import pytest

from conftest import SHARED
from index import ReadReport, file_sha256, make_chunks, open_index, read_pages, split_paragraphs
from verifier.check import check_motion
from verifier.errors import NoSources
from verifier.models import Motion
from verifier.session import Session, forget_sessions, open_session

REPORT = SHARED / "eval-kit" / "sources" / "toy-report.pdf"
LETTER = SHARED / "eval-kit" / "sources" / "toy-letter.pdf"
REPORT_QUOTE = "“The lack of trust between councillors” (Section 3.2)"


def store(directory, pdf, title):
    pages = read_pages(pdf)
    paragraphs = split_paragraphs(pages)
    chunks = make_chunks(paragraphs)
    vectors = np.zeros((len(chunks), 384), dtype="float32")
    vectors[:, 0] = 1.0
    open_index(directory, create=True).save_document(
        ReadReport(str(pdf), file_sha256(pdf), pages, paragraphs), title, (), chunks, vectors,
        "all-MiniLM-L6-v2")


@pytest.fixture
def session_dir(tmp_path):
    forget_sessions()
    store(tmp_path / "index", REPORT, "Toy report")
    yield tmp_path / "index"
    forget_sessions()


def test_one_session_per_index_in_a_process(session_dir):
    session = open_session(session_dir)
    assert isinstance(session, Session)
    assert open_session(str(session_dir)) is session
    assert open_session(session.index) is session
    assert open_session(session_dir, model_path="/elsewhere") is not session


def test_check_motion_with_an_index_uses_the_process_session(session_dir):
    session = open_session(session_dir)
    check_motion(Motion("m", REPORT_QUOTE), open_index(session_dir))
    documents = session.documents()
    assert session.corpus(documents) is session.corpus(documents)      # laid out once
    text = session.corpus(documents).texts[0]
    check_motion(Motion("m", REPORT_QUOTE), session)
    assert session.corpus(session.documents()).texts[0] is text


def test_adding_a_document_is_seen_at_the_next_check(session_dir):
    session = open_session(session_dir)
    before = check_motion(Motion("m", REPORT_QUOTE), session)
    assert [s.id for s in before.sources] == ["toy-report"]
    store(session_dir, LETTER, "Toy letter")       # another writer, as `index add` would be
    after = check_motion(Motion("m", REPORT_QUOTE), session)
    assert [s.id for s in after.sources] == ["toy-letter", "toy-report"]
    assert after.results[0].verdict.value == "verbatim"


def test_removing_a_document_is_seen_at_the_next_check(session_dir):
    session = open_session(session_dir)
    store(session_dir, LETTER, "Toy letter")
    assert len(check_motion(Motion("m", REPORT_QUOTE), session).sources) == 2
    open_index(session_dir).remove("toy-report")
    documents = session.documents()
    assert [d.id for d in documents] == ["toy-letter"]
    assert [t.document.id for t in session.corpus(documents).texts] == ["toy-letter"]
    open_index(session_dir).remove("toy-letter")
    with pytest.raises(NoSources):
        check_motion(Motion("m", REPORT_QUOTE), session)
