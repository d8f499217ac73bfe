"""A claim's propositions aligned clause by clause to the sentences that carry them
(verifier/judging/alignment.py, claim_check.clause_turned; issue 19). Sentences are our own,
written in the manner of inspection reports and of the councillors and papers that cite them."""

import pytest

from verifier.judging.alignment import align_clauses, carried_by_all, split_clauses
from verifier.judging.claim_check import aligned_measures, clause_turned
from verifier.reading.figures import content_stems


@pytest.mark.parametrize("statement, clauses", [
    pytest.param("Repairs were slow and complaints went unanswered for months",
                 ["Repairs were slow", "complaints went unanswered for months"],
                 id="and-joins-two-findings"),
    pytest.param("Staff and councillors share one office",
                 ["Staff and councillors share one office"], id="and-joins-two-nouns"),
    pytest.param("The audit committee met only twice; its chair had no finance training",
                 ["The audit committee met only twice", "its chair had no finance training"],
                 id="semicolon"),
    pytest.param("Reserves have fallen to £4m, which leaves the council exposed to any overspend",
                 ["Reserves have fallen to £4m", "leaves the council exposed to any overspend"],
                 id="relative-clause"),
    pytest.param("The waste contract has been varied many times, and we have said so for years",
                 ["The waste contract has been varied many times"],
                 id="the-writers-own-aside-left-out"),
    pytest.param("On planning, the report suggests, and I accept, that enforcement has been "
                 "starved of staff",
                 ["On planning, the report suggests, and I accept, that enforcement has been "
                  "starved of staff"],
                 id="aside-then-what-was-said"),
    pytest.param("Morale is low but improving",
                 ["Morale is low but improving"], id="short-qualifier-stays"),
])
def test_split_clauses(statement, clauses):
    assert split_clauses(statement) == clauses


def _align(statement, sentences, vectors=None):
    wanted = list(dict.fromkeys(content_stems(statement)))
    return align_clauses(statement, wanted, sentences, lambda s: 1.0, vectors)


@pytest.mark.parametrize("statement, sentences, carried", [
    # Both findings, each in a sentence of its own: carried.
    pytest.param("Repairs were slow and complaints went unanswered",
                 ["Tenants said repairs were slow.", "Many complaints went unanswered."],
                 1.0, id="each-clause-its-sentence"),
    # One finding carried, the other never said: the claim is as carried as its worst clause.
    pytest.param("Repairs were slow and complaints went unanswered",
                 ["Tenants said repairs were slow.", "The council answers letters promptly."],
                 0.0, id="second-finding-not-there"),
    # The words scattered over two sentences about other things carry no one clause.
    pytest.param("The planning department is understaffed",
                 ["Planning is a service of its own.", "The department is understaffed."],
                 2 / 3, id="scattered-words"),
])
def test_align_clauses_by_stem(statement, sentences, carried):
    assert carried_by_all(_align(statement, sentences)) == pytest.approx(carried)


@pytest.fixture(scope="module")
def vectors(embedder):
    return embedder.embed


@pytest.mark.parametrize("statement, sentence, at_least, at_most", [
    # A verb in other words counts at its nearness in meaning ...
    pytest.param("The inspectors praised the planning service",
                 "The inspectors commended the planning service.", 0.8, 0.99,
                 id="praised-commended"),
    # ... a word on another subject does not count.
    pytest.param("The inspectors praised the planning service",
                 "The inspectors visited the parking service.", 0.0, 0.6,
                 id="another-service"),
])
def test_align_clauses_by_meaning(vectors, statement, sentence, at_least, at_most):
    carried = carried_by_all(_align(statement, [sentence], vectors))
    assert at_least <= carried <= at_most


@pytest.mark.parametrize("statement, sentence, turned", [
    pytest.param("The committee has an independent member",
                 "The committee has no independent member.", "negation", id="negation"),
    pytest.param("Collection rates have improved",
                 "Collection rates have fallen in each of the last three years.", "opposite",
                 id="opposite-word"),
    pytest.param("All of the council's contracts were awarded without competition",
                 "Several of the council's contracts were awarded without competition.",
                 "quantifier", id="all-against-several"),
    pytest.param("Commissioners will take over the council's housing functions",
                 "Commissioners may take over the council's housing functions.",
                 "modality", id="will-against-may"),
    pytest.param("Several contracts were awarded without competition",
                 "Several contracts were awarded without competition.", None,
                 id="the-same-way-round"),
    pytest.param("Not one complaint was upheld",
                 "Not one complaint was upheld by the panel.", None, id="both-negated"),
])
def test_clause_turned(statement, sentence, turned):
    alignment, = _align(statement, [sentence])
    assert clause_turned(alignment) == turned


def test_aligned_measures_reads_the_neighbours():
    """A clause the paragraph lacks but the next paragraph carries counts for `aligned_near`
    only: a claim often joins what two paragraphs running say."""
    statement = "Repairs were slow and complaints went unanswered"
    wanted = list(dict.fromkeys(content_stems(statement)))
    m = aligned_measures(statement, wanted, ["Tenants told us repairs were slow.",
                                             "Many complaints went unanswered."], lambda s: 1.0)
    assert m["aligned"] == pytest.approx(0.0)
    assert m["aligned_near"] == pytest.approx(1.0)
    assert m["clauses"] == 2 and m["turned"] is None


@pytest.mark.parametrize("clause, said", [
    pytest.param("In fairness, the auditors concede the pension fund was well managed",
                 "the pension fund was well managed", id="marker-then-verb-of-saying"),
    pytest.param("One manager, and I stress one, told the inspectors that budget meetings were "
                 "a formality", "budget meetings were a formality", id="aside-then-told-that"),
    pytest.param("The bottom line is that the council cannot set a balanced budget",
                 "the council cannot set a balanced budget", id="is-that"),
    pytest.param("Cllr Wren said the report showed that the housing waiting list had grown",
                 "the housing waiting list had grown", id="two-frames"),
    # A verb that judges its object is the proposition itself: kept.
    pytest.param("The inspectors praise the council's tenant engagement panel",
                 "The inspectors praise the council's tenant engagement panel", id="praise-kept"),
    # A frame with too little after it to state anything is not a frame.
    pytest.param("The report found nothing", "The report found nothing", id="nothing-after"),
])
def test_said_part(clause, said):
    from verifier.judging.alignment import said_part
    assert said_part(clause) == said


@pytest.mark.parametrize("statement, weighed", [
    pytest.param("In fairness, the inspectors admit the library service was rated highly",
                 ["library", "servic", "rated", "high"], id="frame-words-not-weighed"),
    pytest.param("The inspectors praise the council's tenant engagement panel",
                 None, id="nothing-dropped"),
])
def test_what_is_said(statement, weighed):
    from verifier.judging.claim_check import _what_is_said
    words = content_stems(statement)
    assert _what_is_said(statement, words) == (weighed or list(dict.fromkeys(words)))
