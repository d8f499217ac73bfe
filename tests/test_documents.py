"""index/documents.py, the Index's part that reads documents, paragraphs and chunks: tables of
its look-ups on small documents stored in a real index with placeholder vectors (no model)."""

import hashlib

import numpy as np
import pytest

from index import IndexUnavailable, Paragraph, ParagraphKind, ReadReport, make_chunks, open_index
import index.documents as index_documents


def para(order, text, section=None, heading=None, page=1, kind=ParagraphKind.NUMBERED):
    return Paragraph(order, section, heading, kind, page, page, text, ((0, page),))


REPORT = [
    para(0, "Chapter 3: Governance", heading="Chapter 3: Governance", kind=ParagraphKind.TEXT),
    para(1, "Scrutiny is weak.", "3.1", "Chapter 3: Governance"),
    para(2, "Papers arrive late.", "3.10", "Chapter 3: Governance", page=2),
    para(3, "Reserves are low.", "4.1", "4_Finance (50% of the budget)", page=3),
    para(4, "Members need training.", "10.2", "Chapter 10: Members", page=3),
]
OTHER = [
    para(0, "Scrutiny is strong.", "3.1", "Chapter 3: Scrutiny"),
    para(1, "A long closing paragraph that is not the name of any part of the report at all.",
         "3.2", "Chapter 3: Scrutiny"),
]


def store(index, name, paragraphs, salt=""):
    chunks = make_chunks(paragraphs)
    vectors = np.zeros((len(chunks), 384), dtype="float32")
    vectors[:, 0] = 1
    index.save_document(ReadReport(f"/reports/{name}.pdf",
                                   hashlib.sha256((name + salt).encode()).hexdigest(), (),
                                   tuple(paragraphs)),
                        name.title(), (), chunks, vectors, "all-MiniLM-L6-v2", replace=True)


@pytest.fixture
def index(tmp_path):
    index = open_index(tmp_path / "idx", create=True)
    store(index, "report", REPORT)
    store(index, "other", OTHER)
    return index


@pytest.mark.parametrize("sections, ids, expected", [
    pytest.param(["3.1"], ["report", "other"], [("report", 1), ("other", 0)],
                 id="by-the-order-of-the-documents-asked"),
    pytest.param(["3.1"], ["other", "report"], [("other", 0), ("report", 1)],
                 id="the-other-order"),
    pytest.param(["3.1", "3.10", "10.2"], ["report"], [("report", 1), ("report", 2),
                                                        ("report", 4)], id="by-reading-order"),
    pytest.param(["3"], ["report"], [], id="a-chapter-numbers-no-paragraph"),
    pytest.param(["3.1"], ["missing"], [], id="a-document-not-indexed"),
    pytest.param([], ["report"], [], id="nothing-asked"),
])
def test_numbered_paragraphs(index, sections, ids, expected):
    assert [(d, order) for d, order, _ in index.numbered_paragraphs(sections, ids)] == expected


@pytest.mark.parametrize("sections, ids, known", [
    pytest.param({"3.1", "3.10", "9.9"}, ["report"], {"3.1", "3.10"}, id="paragraphs"),
    pytest.param({"3", "10", "1"}, ["report"], {"3", "10"}, id="a-chapter-leads-its-numbers"),
    pytest.param({"3.2"}, ["report"], set(), id="another-documents-paragraph"),
    pytest.param({"3.2"}, ["report", "other"], {"3.2"}, id="either-document"),
])
def test_known_sections(index, sections, ids, known):
    assert index.known_sections(sections, ids) == known


def test_known_sections_past_the_sql_limit_scan_the_table(index, monkeypatch):
    """Past SQLite's limit on `?`s the same answer comes from one scan of the table."""
    monkeypatch.setattr(index_documents, "MAX_SQL_VARIABLES", 4)
    ids = ["report"] + [f"absent-{k}" for k in range(5)]
    assert index.known_sections({"3", "10", "3.10", "9"}, ids) == {"3", "10", "3.10"}


@pytest.mark.parametrize("prefixes, ids, headings", [
    pytest.param(["chapter 3"], ["report", "other"],
                 {"Chapter 3: Governance", "Chapter 3: Scrutiny"}, id="any-case"),
    pytest.param(["Chapter 3"], ["other"], {"Chapter 3: Scrutiny"}, id="those-documents-only"),
    pytest.param(["4_F"], ["report"], {"4_Finance (50% of the budget)"},
                 id="an-underscore-is-no-wildcard"),
    pytest.param(["4%"], ["report"], set(), id="a-per-cent-sign-is-no-wildcard"),
    pytest.param(["Chapter 1"], ["report"], {"Chapter 10: Members"}, id="a-prefix"),
])
def test_headings_like(index, prefixes, ids, headings):
    assert index.headings_like(prefixes, ids) == headings


def test_short_texts_are_headings_and_short_paragraphs(index):
    names = index.short_texts(30)
    assert names["other"] == {"Chapter 3: Scrutiny", "Scrutiny is strong."}
    assert "Chapter 3: Governance" in names["report"] and "Scrutiny is weak." in names["report"]


@pytest.mark.parametrize("page, text", [
    pytest.param(1, "Chapter 3: Governance\nScrutiny is weak.", id="first-page"),
    pytest.param(3, "Reserves are low.\nMembers need training.", id="two-paragraphs"),
    pytest.param(7, "", id="no-such-page"),
])
def test_page_text(index, page, text):
    assert index.page_text("report", page) == text


def test_paragraphs_at_reads_only_those_asked(index):
    found = index.paragraphs_at("report", [4, 1, 99])
    assert {order: p.section for order, p in found.items()} == {1: "3.1", 4: "10.2"}


def test_a_replaced_file_is_never_served_its_old_paragraphs(index):
    assert index.paragraph("other", "3.1").text == "Scrutiny is strong."
    store(index, "other", [para(0, "Scrutiny has improved.", "3.1")], salt="new")
    assert [p.text for p in index.paragraphs("other")] == ["Scrutiny has improved."]


def test_chunks_and_their_places(index):
    chunks = index.chunks("report")
    assert [(c.paragraph_order, c.section, c.page) for c in chunks] == \
        [(p.order, p.section, p.first_page) for p in REPORT]
    found = index._documents.chunks_at({("report", 0), ("report", 3)})
    assert found == {("report", 0): chunks[0], ("report", 3): chunks[3]}


@pytest.mark.parametrize("call", [
    lambda i: i.document("missing"), lambda i: i.paragraphs("missing"),
    lambda i: i.chunks("missing"),
])
def test_an_unknown_document_is_index_unavailable(index, call):
    with pytest.raises(IndexUnavailable, match="missing: no such document"):
        call(index)
