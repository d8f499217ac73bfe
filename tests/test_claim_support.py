"""The statement rule's two sets of cut-offs (verifier/judging/claim_check.py): `_carries`, that
places a claim (where its figures are looked for, what a sentence continuing it is about, which
other paragraph carries it), and `_carries_alone`, that says a claim with no figure is
supported on its words alone, fitted by bench/claims_loso.py on the blind corpus's fit half,
leave one set out (docs/claims.md).

Each row is a passage's two measures against a claim, (share of the claim's content words it
carries by rarity, best cosine over the passage and its sentences), with the kind of claim that
scores so. No model is loaded: the measures are given."""

import pytest

from verifier.judging.claim_check import _carries, _carries_alone


@pytest.mark.parametrize("coverage, similarity, places, supports", [
    # A claim in the report's own words, read back closely.
    pytest.param(1.00, 0.76, True, True, id="own-words-close"),
    pytest.param(0.89, 0.73, True, True, id="most-words-close"),
    # A claim in other words, one sentence of the paragraph very close in meaning.
    pytest.param(0.42, 0.85, True, True, id="other-words-very-close"),
    # Most of the paragraph's words with the judgement turned round in other words ("the
    # inspectors praise the survey" of a paragraph that finds the survey out of date; "costs met
    # by the Government" of a letter saying the council meets them) score 0.63-0.77 in meaning
    # and three quarters of the words, as true claims in other words also do: the passage is
    # the claim's place (its figures are looked for there), but on words alone the claim is
    # unclear, for a person to read, never `supported`.
    pytest.param(0.75, 0.63, True, False, id="turned-round-most-words"),
    pytest.param(0.63, 0.77, True, False, id="turned-round-close-in-meaning"),
    pytest.param(0.71, 0.76, True, False, id="said-of-another-figure"),
    # On the subject only: some of the words, middling similarity.
    pytest.param(0.55, 0.53, False, False, id="on-the-subject"),
    # Every word there but far in meaning (the words scattered over a long paragraph).
    pytest.param(1.00, 0.35, False, False, id="words-scattered"),
])
def test_what_the_statement_rule_carries(coverage, similarity, places, supports):
    assert _carries((coverage, similarity)) is places
    assert _carries_alone((coverage, similarity)) is supports
