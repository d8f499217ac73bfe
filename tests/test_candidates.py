"""verifier/search/matching.py's candidate vote over an index of many reports sharing a vocabulary.

Past VOTE_BUDGET occurrences only a quotation's rarest words vote and the buckets they rank
first are scored again by all its rarer words. These cases hold the fuzzy matcher's answer to
that of the full vote, on quotations cut from the example report's numbered paragraphs and
edited as motions edit them, against twelve copies of the report: the first as printed, the
others with words swapped for the report's own, as different councils' reports share words.
"""

import random
from dataclasses import replace

import pytest

from conftest import EXAMPLES
from index import read_pages, split_paragraphs
from verifier.search import matching
from verifier.search.corpus import Corpus
from verifier.search.matching import Sources, match_fuzzy, prepare
from verifier.models import Citation, Quotation
from verifier.words import tokenize


REPORT_PDF = EXAMPLES / "report.pdf"
COPIES = 12
EDITS = ["drop", "change", "add", "two changes", "drop and add", "three changes"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The copies stored in an index (placeholder vectors: this is lexical), as `index add`
    stores them, postings and all."""
    import hashlib

    import numpy as np

    from index import ReadReport, make_chunks, open_index

    paragraphs = split_paragraphs(read_pages(REPORT_PDF))
    vocabulary = sorted({t.text for p in paragraphs for t in tokenize(p.text) if len(t.text) > 5})
    index = open_index(tmp_path_factory.mktemp("candidates") / "idx", create=True)
    for k in range(COPIES):
        rng = random.Random(k)
        copy = paragraphs if k == 0 else tuple(
            replace(p, text=" ".join(rng.choice(vocabulary) if len(w) > 5 and rng.random() < 0.5
                                     else w for w in p.text.split()))
            for p in paragraphs)
        chunks = make_chunks(copy)
        vectors = np.zeros((len(chunks), 384), dtype="float32")
        vectors[:, 0] = 1
        index.save_document(ReadReport(f"/reports/report-{k:02d}.pdf",
                                       hashlib.sha256(b"%d" % k).hexdigest(), (), copy),
                            f"Report {k}", (), chunks, vectors, "all-MiniLM-L6-v2")
    return Corpus(index.documents(), index)


def _quotations():
    paragraphs = [p for p in split_paragraphs(read_pages(REPORT_PDF))
                  if p.section and len(p.text.split()) >= 30]
    cases = []
    for n, paragraph in enumerate(paragraphs[::6]):
        words = paragraph.text.split()[3:3 + 12 + n % 10]
        edit = EDITS[n % len(EDITS)]
        rng = random.Random(n)
        for step in edit.split(" and "):
            times = {"two changes": 2, "three changes": 3}.get(step, 1)
            for _ in range(times):
                at = rng.randrange(1, len(words) - 1)
                if step == "drop":
                    del words[at]
                elif step == "add":
                    words.insert(at, "clearly")
                else:
                    words[at] = "unacceptable"
        cases.append(pytest.param(" ".join(words), paragraph.section,
                                  id=f"{paragraph.section}-{edit.replace(' ', '-')}"))
    return cases


def _best(quote, corpus, budget, monkeypatch):
    monkeypatch.setattr(matching, "VOTE_BUDGET", budget)
    found = match_fuzzy(quote, Sources(corpus))
    return found and (found[0].document_index, found[0].token_start, found[0].token_end,
                      round(found[0].score, 6))


@pytest.mark.parametrize("text, section", _quotations())
def test_the_rarest_words_vote_finds_what_every_word_does(corpus, monkeypatch, text, section):
    quote = prepare(Quotation(text, 0, len(text), Citation()), corpus)
    counts = corpus.counts(quote.keys)
    occurrences = sum(sum(counts[k].values()) for k in set(quote.keys)
                      if sum(counts[k].values()) <= max(0.01 * corpus.total_tokens, 50))
    budget = 300
    assert occurrences > budget, "the budgeted vote is what this case tests"
    full = _best(quote, corpus, 10 ** 12, monkeypatch)
    assert _best(quote, corpus, budget, monkeypatch) == full
    # … and what it finds is the paragraph cut (in a copy that kept its words, at times).
    assert full, text
    d, start, _, _ = full
    assert corpus.texts[d].paragraph_of(start).section == section
