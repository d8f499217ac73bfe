"""verifier/search/session.py: one checking session per process, renewed when the index changes.

The documents are the eval kit's toy report and letter, stored with made-up unit vectors: a
lexical check needs no model, and these tests must not load one.
"""

import pytest

from conftest import SHARED, store_without_model
from index import open_index
from verifier.judging.check import check_motion
from verifier.errors import NoSources
from verifier.models import Motion
from verifier.search.session import Session, forget_sessions, open_session

REPORT = SHARED / "eval-kit" / "sources" / "toy-report.pdf"
LETTER = SHARED / "eval-kit" / "sources" / "toy-letter.pdf"
REPORT_QUOTE = "“The lack of trust between councillors” (Section 3.2)"




@pytest.fixture
def session_dir(tmp_path, shared):
    forget_sessions()
    store_without_model(tmp_path / "index", REPORT, "Toy report")
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
    store_without_model(session_dir, LETTER, "Toy letter")       # another writer, as `index add` would be
    after = check_motion(Motion("m", REPORT_QUOTE), session)
    assert [s.id for s in after.sources] == ["toy-letter", "toy-report"]
    assert after.results[0].verdict.value == "verbatim"


def test_removing_a_document_is_seen_at_the_next_check(session_dir):
    session = open_session(session_dir)
    store_without_model(session_dir, LETTER, "Toy letter")
    assert len(check_motion(Motion("m", REPORT_QUOTE), session).sources) == 2
    open_index(session_dir).remove("toy-report")
    documents = session.documents()
    assert [d.id for d in documents] == ["toy-letter"]
    assert [t.document.id for t in session.corpus(documents).texts] == ["toy-letter"]
    open_index(session_dir).remove("toy-letter")
    with pytest.raises(NoSources):
        check_motion(Motion("m", REPORT_QUOTE), session)


# Lexical cases only (no model): each matcher once, against the stored postings and against
# the corpus laid out whole in memory, which is how every check ran before postings were kept.
LEXICAL = [
    pytest.param("“The lack of trust between councillors” (Section 3.2)", id="exact"),
    pytest.param("“Staff told us that they did not feel able to raise concerns … managers "
                 "rarely acted on the concerns” (Section 3.3)", id="marked"),
    pytest.param("“The council has not yet published a credible improvement plan. Call-in "
                 "powers were used twice.” (Section 4.5)", id="splice"),
    pytest.param("“Many good managers had fled the organisation as a result of speaking truth "
                 "to power” (Section 4.2)", id="fuzzy"),
    pytest.param("“Scrutiny comittees met eleven times in the last municipal year” (5.1)",
                 id="typo"),
    pytest.param("The scrutiny function was “weak and confused” (Section 3.4).", id="short"),
]


def _in_memory(session_dir, motion):
    """The results of a corpus laid out whole, in memory: over a copy of the index whose
    postings are gone."""
    import shutil
    import sqlite3
    from contextlib import closing

    from verifier.judging.check import check_quotation, keep_outer_or_inner
    from verifier.search.corpus import Corpus
    from verifier.search.matching import Sources
    from verifier.reading.quotations import find_quotations

    copy = session_dir.parent / "without-postings"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(session_dir, copy)
    with closing(sqlite3.connect(copy / "index.db")) as conn, conn:
        conn.executescript("DELETE FROM words; DELETE FROM word_layouts")
    index = open_index(copy)
    documents = index.documents()
    corpus = Corpus(documents, index)
    assert corpus._memory and not corpus._stored_ids, "laid out whole, in memory"
    return keep_outer_or_inner([check_quotation(q, Sources(corpus), documents)
                                for q in find_quotations(motion)])


@pytest.mark.parametrize("motion", LEXICAL)
def test_stored_postings_give_the_results_of_the_whole_corpus(session_dir, motion):
    from verifier.search.corpus import LAYOUT

    store_without_model(session_dir, LETTER, "Toy letter")
    expected = _in_memory(session_dir, motion)
    got = check_motion(Motion("m", motion), open_session(session_dir)).results
    assert set(open_index(session_dir).word_layouts(LAYOUT)) == {"toy-report", "toy-letter"}
    forget_sessions()        # a new process: postings read back from the index
    again = check_motion(Motion("m", motion), open_session(session_dir)).results
    assert list(got) == list(again) == expected
    assert expected[0].found is not None


def _snapshot(directory):
    import hashlib

    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in directory.iterdir()}


@pytest.mark.parametrize("age", [
    pytest.param("DROP TABLE words; DROP TABLE word_layouts", id="no-postings-tables"),
    pytest.param("UPDATE words SET layout = 'words-1-older'; "
                 "UPDATE word_layouts SET layout = 'words-1-older'", id="an-older-tokeniser"),
    pytest.param("DELETE FROM words; DELETE FROM word_layouts", id="none-stored"),
])
def test_a_check_lays_out_stale_postings_in_memory_and_never_writes(session_dir, caplog, age):
    """An index whose postings another tokeniser made (or none) is read, not refused; the
    check says once that `verifier index refresh` would store them, and writes nothing."""
    import sqlite3

    from verifier.search.corpus import LAYOUT

    with sqlite3.connect(session_dir / "index.db") as conn:
        conn.executescript(age)
    forget_sessions()
    assert open_index(session_dir).word_layouts(LAYOUT) == {}
    before = _snapshot(session_dir)
    for _ in range(2):
        forget_sessions()       # a new session each time: the notice is still said once
        report = check_motion(Motion("m", REPORT_QUOTE), open_session(session_dir))
        assert report.results[0].verdict.value == "verbatim"
    assert _snapshot(session_dir) == before, "a check wrote to the index"
    said = [r.getMessage() for r in caplog.records if "index refresh" in r.getMessage()]
    assert len(said) == 1 and "toy-report" in said[0]
    assert open_index(session_dir).refresh_postings() == 1
    assert set(open_index(session_dir).word_layouts(LAYOUT)) == {"toy-report"}
    assert open_index(session_dir).refresh_postings() == 0


def test_replacing_a_document_drops_its_postings(session_dir):
    from verifier.search.corpus import LAYOUT

    check_motion(Motion("m", REPORT_QUOTE), open_session(session_dir))
    index = open_index(session_dir)
    assert set(index.word_layouts(LAYOUT)) == {"toy-report"}
    index.remove("toy-report")
    assert index.word_layouts(LAYOUT) == {}
    assert index.word_counts(LAYOUT, ["trust"]) == {"trust": {}}


@pytest.mark.parametrize("model, warns", [
    pytest.param(None, False, id="the-bundled-model"),
    pytest.param("mpnet", True, id="another-model"),
])
def test_another_model_is_warned_of_the_cut_offs_to_re_measure(tmp_path, caplog, model, warns):
    """The model is named, not loaded: the warning comes when the session takes it up."""
    forget_sessions()
    if model:
        (tmp_path / model).mkdir()
        model = tmp_path / model
    session = open_session(tmp_path / "empty-index", model_path=model, create=True)
    session.embedder
    session.embedder            # once a session
    said = [r.getMessage() for r in caplog.records if "re-measure" in r.getMessage()]
    if not warns:
        assert said == []
        return
    (line,) = said
    assert line.startswith(f"warning: {model.resolve()}: the cut-offs on similarity in meaning "
                           "were measured on all-MiniLM-L6-v2; re-measure them")
    for name in ("MIN_PARAPHRASE_SIMILARITY 0.65", "MIN_SUPPORT_SIMILARITY 0.7",
                 "MAX_NEVER_DISCUSSED_SIMILARITY 0.6"):
        assert name in line
    forget_sessions()
