"""The cut-offs on similarity in meaning, kept with the model they were measured on.

A passage's similarity to a quotation or a claim is the cosine of their embeddings; where a
paraphrase ends and an invention begins is a fact about one model's vectors, not about meaning.
Every cut-off below was measured on MEASURED_ON (all-MiniLM-L6-v2, the bundled model). A check
with another `--model` still runs, and says once which of these to re-measure and how:
bench/quotes_fit.py measures the quotations' ones for a model on the labelled quotations (the
examples and the blind corpus's fit half) and proposes each value; bench/claims_fit.py fits the
claims' ones on the labelled claims. docs/thresholds.md says how to use both.
"""

from __future__ import annotations

from index import DEFAULT_MODEL_NAME

# The model every cut-off here was measured on.
MEASURED_ON = DEFAULT_MODEL_NAME

# ---- quotations (verifier/search/matching.py, verifier/judging/verdicts.py) -----------------

# Cosine similarity (all-MiniLM-L6-v2) at which a passage says the same thing in other words.
# Measured on the example report (bench/ notes): paraphrases of a passage score 0.56-0.67
# against it, invented claims on the report's topics 0.45-0.64 against their nearest chunk.
# So anywhere in the sources a passage must be close to count ...
MIN_PARAPHRASE_SIMILARITY = 0.65
# ... while the paragraph the motion cites is believed at a lower similarity: an invented
# claim rarely sits that close to the very paragraph it cites (0.2-0.45 measured).
MIN_CITED_PARAPHRASE_SIMILARITY = 0.5

# Sentence runs whose similarity to the quotation is within this of the best are as good: the
# shortest is the one to suggest (a paraphrase's correction is the sentence that carries the
# meaning, not the whole paragraph).
SENTENCE_TIE = 0.03
# A passage near in meaning is "clearly the one quoted" (so a figure or negation it contradicts
# makes a misquote, not a not_found) only when it is the paragraph cited and at least as close
# as a paraphrase found anywhere must be (MIN_PARAPHRASE_SIMILARITY in matching).
MIN_REVERSAL_SIMILARITY = 0.65

# ---- claims (verifier/judging/claim_check.py; fitted by bench/claims_fit.py) -------------------

# A passage carries a claim's statement when it is this close in meaning …
MIN_SUPPORT_SIMILARITY = 0.70
# … and a statement with no figure to check is supported on its words alone only at this (or
# claim_check.MIN_SUPPORT_COVERAGE_ALONE of its words): fitted on the blind fit half, leave one
# set out (bench/claims_loso.py, docs/claims.md).
MIN_SUPPORT_SIMILARITY_ALONE = 0.80
# … or carries MIN_SUPPORT_COVERAGE of its content words (by rarity) and is at least this
# close: a claim in the report's own words scores 0.4-0.7 against a long paragraph.
MIN_SUPPORT_SIMILARITY_WITH_WORDS = 0.40
# Another paragraph is said to carry a claim the cited one does not only when it clears the
# support rule and is clearly closer than every cited paragraph (a margin in cosine): two
# paragraphs on the same subject must not turn a true citation into "elsewhere".
ELSEWHERE_MARGIN = 0.15
# A claim is not supported only when no cited paragraph comes near it, in words or meaning;
# between these and the support rule the evidence is unclear (unverifiable).
MAX_ABSENT_SIMILARITY = 0.45
# A claim naming a thing no source mentions ("its pension fund") is about a subject the sources
# never discuss only if no passage is this close to it in meaning either: a passage that is
# (the letter's "before a final decision is taken") says it in other words.
MAX_NEVER_DISCUSSED_SIMILARITY = 0.60

# ---- claims' figures (verifier/judging/claim_check.py, _check_figure) ------------------------

# A figure that holds in a sentence that never names what the claim says it counts is the
# claim's only when the word the source gives for its own figure is this close in meaning
# ("employees" 0.72, "workforce" 0.61 for "staff"; "borrowing" 0.68 for "debt"). Single words
# are a poor measure of meaning ("deficit" and "shortfall" 0.32, "councillors" and "staff"
# 0.56), so a word below this never makes a figure differ: it only fails to tie the figure to
# the claim's (issue 19). Chosen on word pairs of our own, before the blind fit half was scored.
MIN_MEASURE_SIMILARITY = 0.60

COSINE_THRESHOLDS = ("MIN_PARAPHRASE_SIMILARITY", "MIN_CITED_PARAPHRASE_SIMILARITY",
                     "SENTENCE_TIE", "MIN_REVERSAL_SIMILARITY", "MIN_SUPPORT_SIMILARITY",
                     "MIN_SUPPORT_SIMILARITY_ALONE",
                     "MIN_SUPPORT_SIMILARITY_WITH_WORDS", "ELSEWHERE_MARGIN",
                     "MAX_ABSENT_SIMILARITY", "MAX_NEVER_DISCUSSED_SIMILARITY",
                     "MIN_MEASURE_SIMILARITY")


def model_warning(model_name: str) -> str | None:
    """What to say when checking with a model the cut-offs were not measured on (else None)."""
    if model_name == MEASURED_ON:
        return None
    values = ", ".join(f"{name} {globals()[name]}" for name in COSINE_THRESHOLDS)
    return (f"{model_name}: the cut-offs on similarity in meaning were measured on "
            f"{MEASURED_ON}; re-measure them for this model before trusting its verdicts by "
            f"meaning ({values}; verifier/thresholds.py); measure them with bench/quotes_fit.py "
            f"--model PATH and bench/claims_fit.py --model PATH (docs/thresholds.md)")
