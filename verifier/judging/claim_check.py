"""Judge the claims of a motion against the sources (issue 10).

    check_claims(motion_text, quotations, sources, documents) ->
        find_claims → for each claim: the cited paragraphs (a chapter, a page, a document, or
        every paragraph when nothing is cited) → its figures, cited place first then anywhere
        → its statement: content words carried and similarity in meaning, cited place first,
        then the passages nearest in words and in meaning → ClaimResult

Figures are judged deterministically (verifier.reading.figures). Statements are judged by two
measures of a passage: the share of the claim's content words it carries (weighted by rarity)
and the cosine similarity of MiniLM embeddings, over the passage and each of its sentences.
The thresholds below were fitted on labelled claims about the example report and measured on
held-out ones (docs/claims.md). A claim the evidence does not settle either way is
`unverifiable`, never `not_supported`: a false alarm on a true claim is the worst outcome.
"""

from __future__ import annotations

import functools
from dataclasses import replace
import math
import re

from index import Document, Paragraph, ParagraphKind
from verifier.judging.alignment import (ClauseAlignment, align_clauses, carried_by_all,
                                        quantity_turned, said_part)
from verifier.judging.context import ContextKind, governed_claim
from verifier.reading.claims import find_claims, stated_part
from verifier.search.corpus import Corpus
from verifier.search.documents import resolve_document
from verifier.reading.figures import (FRACTIONS, as_read, clause_of, rival_in_clause, years_apart, contrasting_measures, measure_of, names_measure, MAX_DERIVED_SPAN, WORD_VALUES, MIN_DIFFER_SHARED, MIN_SHARED_CONTEXT,
                                      FigureMatch,
                                      arithmetic, compare, content_stems, derive, derivations, derived_at,
                                      figures_with_groups, find_dates, find_figures, listed_total, match_in,
                                      groups_named, names_group, sentence_at, stem, key_stem,
                                      glued_key_stem, years_in)
from verifier.search.matching import Sources
from verifier.thresholds import (ELSEWHERE_MARGIN, MAX_ABSENT_SIMILARITY,  # noqa: F401
                                 MAX_NEVER_DISCUSSED_SIMILARITY, MIN_SUPPORT_SIMILARITY,
                                 MIN_SUPPORT_SIMILARITY_ALONE, MIN_SUPPORT_SIMILARITY_WITH_WORDS,
                                 MIN_MEASURE_SIMILARITY)
from verifier.models import (Claim, ClaimNote, ClaimReason, ClaimResult, ClaimSaid, ClaimVerdict,
                             Figure, FigureResult, FigureStatus, Match, Quotation)

# The statement thresholds were chosen by bench/claims_fit.py on the 33 `fit` rows of
# examples/claims/ (fewest false alarms, then most right verdicts, ties to the more cautious
# setting); measured on held-out rows they were not fitted on: docs/claims.md. Those on
# similarity in meaning (MIN_SUPPORT_SIMILARITY, MIN_SUPPORT_SIMILARITY_WITH_WORDS,
# ELSEWHERE_MARGIN, MAX_ABSENT_SIMILARITY, MAX_NEVER_DISCUSSED_SIMILARITY) are the model's:
# verifier/thresholds.py.
# A passage carries a claim's statement when it is close in meaning, or carries this share of
# its content words (by rarity) and is at least MIN_SUPPORT_SIMILARITY_WITH_WORDS close.
MIN_SUPPORT_COVERAGE = 0.70
# A statement with no figure to check is supported on its words alone only when its passage
# clears the stricter cut-offs: this share of its words (and MIN_SUPPORT_SIMILARITY_WITH_WORDS),
# or MIN_SUPPORT_SIMILARITY_ALONE in meaning. Between the two rules true claims in other words
# and claims turned round in other words ("the inspectors praise the survey", "costs met by the
# Government") score alike: unverifiable. Chosen by bench/claims_loso.py on the blind fit half,
# leave one set out (docs/claims.md).
MIN_SUPPORT_COVERAGE_ALONE = 0.80
# The share of a motion's paragraph citations that must name nothing the sources have (not even
# the chapter) before its claims are taken to lean on a report that is not indexed.
MIN_SHARE_NOT_INDEXED = 0.5
# … and is not supported only if it carries at most this share of them.
MAX_ABSENT_COVERAGE = 0.35
# A sentence that carries this share of the claim's words but not its negation (or adds one)
# says the opposite ("has published" against "has not yet published").
MIN_OPPOSITE_COVERAGE = 0.5
# A passage close enough to carry a claim, one of whose sentences carries this share of its
# words turned round, is not proof either way: unverifiable, never supported ("scrutiny has not
# been given the resources it needs" against "scrutiny is adequately resourced").
MIN_DOUBT_COVERAGE = 0.3
# How many paragraphs nearest in words are compared in meaning, besides the cited ones and the
# nearest in meaning (the FAISS search).
WORD_CANDIDATES = 5
# A chapter citation is compared in meaning on its paragraphs nearest in words only.
CHAPTER_CANDIDATES = 10
# A figure that holds is set aside for one that differs when the differing one's sentence
# carries at least this share of the claim's words (by rarity) and this much more than every
# sentence where it holds: the same number said of another thing (issue 19).
MIN_FIGURE_TOPIC = 0.5
FIGURE_TOPIC_MARGIN = 0.25
# How many of the passages nearest a claim that is not plainly carried are read for a sentence
# that says the opposite.
OPPOSITE_CANDIDATES = 3
# Two statements joined in one claim: "…; …", "…, but …", "…, while …".
_CONTRASTED = re.compile(r";\s+|,?\s+(?:but|while|whereas)\s+", re.IGNORECASE)
# A clause is read on its own for the opposite only with this many content words.
MIN_CLAUSE_WORDS = 3
# How many words after a negation it bears on.
NEGATION_REACH = 4
# Negation words whose presence on one side only turns a statement round.
NEGATIONS = frozenset({"not", "no", "never", "nor", "neither", "none", "nothing", "cannot",
                       "t", "without", "insufficient", "lack", "lacks", "failed", "fails"})

# Words of direction and judgement and their opposites (as stems, see figures.stem): a claim
# that the sentence carrying its words contradicts with the opposite word is not supported.
_PAIRS = [("improv", "fall fallen declin worsen deteriorat"), ("increas rise risen grown grow",
          "fall fallen decreas declin reduc cut"), ("strong", "weak"), ("good", "poor"),
          ("highest", "lowest"), ("high", "low"), ("effective", "ineffective"),
          ("adequat", "inadequat"), ("regular often frequent", "rare rarely seldom"),
          ("prais commend welcom", "criticis"), ("complet", "incomplet"),
          ("well", "poorly"), ("sound", "unsound"), ("transparen", "opaque")]
OPPOSITES = [(frozenset(stem(w) for w in a.split()), frozenset(stem(w) for w in b.split()))
             for a, b in _PAIRS]


def check_claims(motion_text: str, quotations: tuple[Quotation, ...] | list[Quotation],
                 sources: Sources, documents: tuple[Document, ...]) -> tuple[ClaimResult, ...]:
    """Find the claims in a motion and judge each against the sources."""
    claims = find_claims(motion_text, quotations)
    if not claims:
        return ()
    layout = _layout(sources.corpus)
    _embed_at_once(claims, sources, layout)
    judged: list[ClaimResult] = []
    for claim in claims:
        anchor = _anchor_of(claim, judged[-1] if judged else None, sources, layout)
        judged.append(check_claim(claim, sources, documents, layout, anchor))
    results = tuple(r for r in judged if not _the_writers_own(r))
    if _sources_not_the_ones_cited(quotations, claims, sources):
        results = tuple(_unverifiable_when_absent(r) for r in results)
    return results


# A sentence attributed only by the one before it that no source bears on is more likely the
# writer's own ("Members know why: a decade of austerity, two years of inflation …" after a
# finding) than a claim the sources fail to carry: never called not_supported (a "check by
# hand" on it stays). Figures found, or a place that says the opposite, are the sources bearing
# on it.
_NOTHING_BEARS = frozenset({ClaimReason.NOT_CARRIED, ClaimReason.EVIDENCE_UNCLEAR,
                            ClaimReason.NEVER_DISCUSSED, ClaimReason.NOTHING_TO_COMPARE})


def _the_writers_own(result: ClaimResult) -> bool:
    if result.claim.distant:
        # a figure stated far from any attribution is the sources' only if they give it, in
        # digits ("in four years" holds of too much to tie the sentence to them)
        return not any(f.status is FigureStatus.HOLDS and any(c.isdigit() for c in f.figure.text)
                       for f in result.figures)
    return result.claim.borrowed and result.verdict is ClaimVerdict.NOT_SUPPORTED and \
        all(r in _NOTHING_BEARS or r is ClaimReason.FIGURE_NOT_FOUND for r in result.reasons) and \
        not any(f.status is not FigureStatus.ABSENT for f in result.figures)


# Attribution that hedges: "the report suggests", "appears to accept", "is said to praise".
_HEDGE = re.compile(r"\b(?:suggest(?:s|ed)?|appears?\s+to|appeared\s+to|seems?\s+to|seemed\s+to|"
                    r"(?:is|are|was|were)\s+said\s+to|apparently|reportedly|implies|implied)\b",
                    re.IGNORECASE)


def _about(result: ClaimResult, cited_document: Document | None) -> ClaimResult:
    """The document a claim is judged against (its id, or the name it gives one that is not
    indexed) and its hedge, for the JSON."""
    citation = result.claim.citation
    about = None
    if citation.document:
        about = cited_document.id if cited_document is not None else citation.document
    elif result.found is not None:
        about = result.found.document_id
    hedge = _HEDGE.search(result.claim.text)
    return replace(result, about_document=about,
                   hedge=" ".join(hedge.group().lower().split()) if hedge else None)


def _sources_not_the_ones_cited(quotations, claims, sources: Sources) -> bool:
    """Whether the motion plainly cites a report that is not among the sources: at least half
    of its citations of paragraphs name paragraphs of which no source has even the chapter
    (verdicts.source_not_indexed). Then a claim found nowhere says nothing about the report it
    leans on. One such citation among many is a slip ("paragraph 134" of a report numbered to
    120), not another report."""
    from verifier.judging.verdicts import source_not_indexed

    citations = [c for c in [q.citation for q in quotations] + [c.citation for c in claims]
                 if c.sections and not c.document and all(x[:1].isdigit() for x in c.sections)]
    unknown = sum(source_not_indexed(c, sources.corpus) for c in citations)
    return unknown > 0 and unknown >= MIN_SHARE_NOT_INDEXED * len(citations)


def _unverifiable_when_absent(result: ClaimResult) -> ClaimResult:
    """`not_supported` for an uncited claim carried by nothing becomes `unverifiable` when the
    sources are not the ones the motion cites: a verdict read aloud must not accuse a claim of
    a report that was never indexed."""
    if result.verdict is not ClaimVerdict.NOT_SUPPORTED or result.claim.citation.sections:
        return result
    return _not_judged(result, ClaimNote.CITED_REPORT_NOT_INDEXED)


def _not_judged(result: ClaimResult, why: ClaimNote) -> ClaimResult:
    return replace(result, verdict=ClaimVerdict.UNVERIFIABLE,
                   reasons=(ClaimReason.REPORT_NOT_INDEXED,) + result.reasons,
                   said=result.said + (ClaimSaid(why),))


def claim_unconfirmed(result: ClaimResult) -> ClaimResult:
    """A claim's verdict when the sources confirm none of the motion's citations
    (verdicts.sources_unconfirmed): unverifiable, not unsupported, with other figures or
    elsewhere, since the report it leans on may not be indexed."""
    if result.verdict not in (ClaimVerdict.NOT_SUPPORTED, ClaimVerdict.FIGURE_DIFFERS,
                              ClaimVerdict.ELSEWHERE):
        return result
    return _not_judged(result, ClaimNote.NO_CITATION_CONFIRMED)


class _Layout:
    """Every paragraph of the corpus (`places`: document index, position in its text, the
    paragraph), and which of them carry a claim's content stems, with the stems' rarity.

    Words are looked up in the index's word postings (index/postings.py, through the Corpus),
    the keys quotations are searched by: a paragraph carries a stem when one of its tokens is
    a content word with that stem (figures.key_stem), and a stem weighs by how few
    paragraphs carry it. One tokeniser and one index for both; a stem is looked up when a
    claim first asks for it, not every paragraph stemmed in advance."""

    def __init__(self, corpus: Corpus):
        self.corpus = corpus
        self.places: list[tuple[int, int, Paragraph]] = []
        self._place_at: dict[tuple[int, int], int] = {}
        for d, text in enumerate(corpus.texts):
            for p_index, paragraph in enumerate(text.paragraphs):
                if paragraph.kind is ParagraphKind.FOOTNOTE and not paragraph.text.strip():
                    continue
                self._place_at[d, p_index] = len(self.places)
                self.places.append((d, p_index, paragraph))
        self._n = max(len(self.places), 1)
        self.default_idf = math.log(1 + self._n)
        self._carried: dict[str, frozenset[int]] = {}
        self._token_paragraph: dict[int, object] = {}
        # `stems[k]`: the stems paragraph k carries (as a container: `stem in stems[k]`);
        # `idf`: each stem the corpus carries -> its weight (`stem in idf`, `idf[stem]`).
        self.stems = _StemsAt(self)
        self.idf = _Rarity(self)

    def weight(self, stem: str) -> float:
        return math.log(1 + self._n / (1 + len(self.carrying(stem))))

    def carrying(self, stem: str) -> frozenset[int]:
        """The places (indices into `places`) that carry `stem`."""
        found = self._carried.get(stem)
        if found is None:
            found = self._carried[stem] = self._look_up(stem)
        return found

    def _look_up(self, stem: str) -> frozenset[int]:
        import numpy as np

        keys = self._by_stem.get(stem, ())
        at: set[int] = set()
        for docs in self.corpus.positions(keys).values():
            for d, tokens in docs.items():
                for p_index in np.unique(self._paragraph_of(d)[np.asarray(tokens)]).tolist():
                    k = self._place_at.get((d, p_index))
                    if k is not None:
                        at.add(k)
        # "team’s": a word that is no content word alone carries its stem glued to an
        # apostrophe and letters (figures.content_stems reads it as one word).
        glued = self._glued_by_stem.get(stem, ())
        for docs in self.corpus.positions(glued).values():
            for d, tokens in docs.items():
                for t in tokens:
                    k = self._place_at.get((d, int(self._paragraph_of(d)[t])))
                    if k is not None and k not in at and self._glued(d, int(t)):
                        at.add(k)
        return frozenset(at)

    @functools.cached_property
    def _by_stem(self) -> dict[str, list[str]]:
        """The corpus's word keys by their stem (figures.key_stem): `stem` undone against the
        words the documents have. Generating every form a stem could come from and asking the
        index for each cost a dense pack's first check a second (issue 23)."""
        return _keys_by(key_stem, self.corpus.vocabulary)

    @functools.cached_property
    def _glued_by_stem(self) -> dict[str, list[str]]:
        """Keys that carry a stem only glued to an apostrophe ("team’s": figures.glued_key_stem)."""
        return _keys_by(glued_key_stem, self.corpus.vocabulary)

    def _glued(self, d: int, t: int) -> bool:
        """Whether document d's token t has an apostrophe and a word right after it."""
        text = self.corpus.texts[d]
        if t + 1 >= len(text.token_paragraph) or text.token_paragraph[t + 1] != \
                text.token_paragraph[t]:
            return False
        token, after = text.tokens[t], text.tokens[t + 1]
        words = text.paragraph_of(t).text
        return after.start == token.end + 1 and words[token.end] in "'’" and \
            after.text[:1].isalpha()

    def _paragraph_of(self, d: int):
        """Document d's token -> paragraph position, as a numpy array."""
        import numpy as np

        found = self._token_paragraph.get(d)
        if found is None:
            found = self._token_paragraph[d] = np.asarray(self.corpus.texts[d].token_paragraph,
                                                          dtype=np.int64)
        return found


def _keys_by(stem_of, keys) -> dict[str, list[str]]:
    by_stem: dict[str, list[str]] = {}
    for key in sorted(keys):
        a_stem = stem_of(key)
        if a_stem is not None:
            by_stem.setdefault(a_stem, []).append(key)
    return by_stem


class _StemsAt:
    """`layout.stems[k]`: which stems paragraph k carries, asked one stem at a time."""

    def __init__(self, layout: _Layout):
        self._layout = layout

    def __getitem__(self, k: int) -> _Carried:
        return _Carried(self._layout, k)

    def __len__(self) -> int:
        return len(self._layout.places)


class _Carried:
    __slots__ = ("_layout", "_k")

    def __init__(self, layout: _Layout, k: int):
        self._layout, self._k = layout, k

    def __contains__(self, stem) -> bool:
        return self._k in self._layout.carrying(stem)


class _Rarity:
    """`layout.idf`: the weight of each stem some paragraph carries."""

    def __init__(self, layout: _Layout):
        self._layout = layout

    def __contains__(self, stem) -> bool:
        return bool(self._layout.carrying(stem))

    def __getitem__(self, stem: str) -> float:
        if stem not in self:
            raise KeyError(stem)
        return self._layout.weight(stem)

    def get(self, stem: str, default=None):
        return self[stem] if stem in self else default


@functools.lru_cache(maxsize=8)
def _layout(corpus: Corpus) -> _Layout:
    return _Layout(corpus)


def check_claim(claim: Claim, sources: Sources, documents: tuple[Document, ...],
                layout: _Layout, anchor: tuple[int, ...] = ()) -> ClaimResult:
    """The verdict on one claim, with its evidence, the document it is about and its hedge.
    `anchor`: the places the sentence it continues was found at (_anchor_of)."""
    corpus = sources.corpus
    cited_document = None
    if claim.citation.document:
        cited_document = resolve_document(claim.citation.document, documents, corpus.part_names,
                                           corpus.letter_text)
    return _about(_judge_claim(claim, cited_document, sources, layout, anchor), cited_document)


def _anchor_of(claim: Claim, before: ClaimResult | None, sources: Sources,
               layout: _Layout) -> tuple[int, ...]:
    """Where a claim attributed only by the sentence before it ("Their value has since fallen by
    about £25 million.") stands: the paragraph that sentence was found in, and its neighbours
    in the same document (a report turns to the next paragraph as a writer turns to the next
    sentence). Nothing when that sentence was not found carried."""
    if not claim.borrowed or before is None or before.found is None:
        return ()
    placed = before.verdict in (ClaimVerdict.SUPPORTED, ClaimVerdict.ELSEWHERE) or (
        before.said and before.said[0].what is ClaimNote.UNCLEAR and
        _carries((before.said[0].coverage, before.said[0].similarity)))     # _on_words_alone
    if not placed:
        return ()
    k = _place_of(before.found, sources, layout)
    if k is None:
        return ()
    return tuple(kk for kk in (k, k + 1, k - 1)
                 if 0 <= kk < len(layout.places) and layout.places[kk][0] == layout.places[k][0])


# A citation names one claim's place when it names at most this many paragraphs (a chapter
# names a subject, not the two figures a difference is computed from).
MAX_ANCHORED_PLACES = 3


def _derived_where_anchored(figures, anchor: list[int], layout: _Layout, said: str = ""):
    """Each amount or count found nowhere, computed as a difference of two figures close
    together in a place the claim is anchored to (derived_at); or found to differ from one end
    of that difference, which is not what the claim states ("will go up by £15 million" of
    "rise from £24 million to £39 million" differs from neither)."""
    if not anchor or len(anchor) > MAX_ANCHORED_PLACES:
        return figures
    out = []
    for r, k, at in figures:
        if r.status in (FigureStatus.ABSENT, FigureStatus.DIFFERS):
            for kk in anchor:
                found = derived_at(r.figure, _figure_text(layout.places[kk][2]), said)
                if found is not None and (r.status is FigureStatus.ABSENT or
                                          r.source_figure in found.source.text.split(" − ")):
                    r = FigureResult(r.figure, FigureStatus.HOLDS, found.sentence,
                                     found.source.text, _section(layout.places[kk][2]),
                                     f"{found.source.text} ≈ {as_read(r.figure)}")
                    k, at = kk, {kk: 0}
                    break
        out.append((r, k, at))
    return tuple(out)


# A date found in one place only of the document or paragraph the claim names holds there when
# the place carries this share of the claim's words (and is near it in meaning): "The council
# has until December 3 to respond, according to the letter" of the letter's "may make
# representations … by 3 December 2026", whose words around the date are not the claim's.
MIN_DATED_COVERAGE = 0.5


def _dated_where_anchored(dates, anchor: list[int], statement: str, words, sources: Sources,
                          layout: _Layout):
    out = []
    wanted = list(dict.fromkeys(words))
    for r, k, at in dates:
        if r.status is FigureStatus.ABSENT:
            places = [kk for kk in anchor
                      if any(compare(r.figure, d) for d in find_dates(layout.places[kk][2].text))]
            if len(places) == 1:
                kk = places[0]
                coverage, similarity = _score(statement, wanted, kk, sources, layout)
                if coverage >= MIN_DATED_COVERAGE and \
                        similarity >= MIN_SUPPORT_SIMILARITY_WITH_WORDS:
                    text = layout.places[kk][2].text
                    source = next(d for d in find_dates(text) if compare(r.figure, d))
                    r = FigureResult(r.figure, FigureStatus.HOLDS,
                                     sentence_at(text, source.start, source.end), source.text,
                                     _section(layout.places[kk][2]), arithmetic(r.figure, source))
                    k, at = kk, {kk: 0}
        out.append((r, k, at))
    return tuple(out)


_TIME_UNITS = frozenset({"years", "months", "weeks", "days"})


def _lasting_where_anchored(figures, anchor: list[int], statement: str, words,
                            sources: Sources, layout: _Layout):
    """A length of time found nowhere beside the claim's words ("commissioners be appointed for
    two years", said of the letter), judged against the one length in that unit the document or
    paragraph it names gives, where that place carries the claim as a date's must
    (MIN_DATED_COVERAGE) and the length shares a word of its own with the claim's ("for a period
    of three years" of "a team of three Commissioners"): a letter proposes one term, and a
    claim naming the letter with another misstates it. Two lengths in that unit: not judged."""
    out = []
    wanted = list(dict.fromkeys(words))
    for r, k, at in figures:
        if r.status is FigureStatus.ABSENT and r.figure.unit in _TIME_UNITS and \
                r.figure.bound in ("=", "~") and anchor:
            found = [(kk, f) for kk in anchor
                     for f in find_figures(_figure_text(layout.places[kk][2]))
                     if f.unit == r.figure.unit]
            own = set(r.figure.context) - {stem(r.figure.unit)}
            if len(found) == 1 and own & set(found[0][1].context):
                kk, source = found[0]
                coverage, similarity = _score(statement, wanted, kk, sources, layout)
                # or the words round the length are the place's: a speaker's frame ("The
                # Member for Mill End ward said …") is not what the letter must carry
                near = sum(w in layout.stems[kk] for w in own) / len(own)
                if max(coverage, near) >= MIN_DATED_COVERAGE and \
                        similarity >= MIN_SUPPORT_SIMILARITY_WITH_WORDS:
                    text = _figure_text(layout.places[kk][2])
                    holds = compare(r.figure, source)
                    r = FigureResult(r.figure, FigureStatus.HOLDS if holds else FigureStatus.DIFFERS,
                                     sentence_at(text, source.start, source.end), source.text,
                                     _section(layout.places[kk][2]),
                                     arithmetic(r.figure, source) if holds else None)
                    k, at = kk, {kk: 0}
        out.append((r, k, at))
    return tuple(out)


def _counted_where_cited(figures, k: int, statement: str, words, sources: Sources,
                         layout: _Layout, claim: Claim | None = None):
    """An amount, count or share found nowhere in the sources, judged against the one paragraph
    the claim cites by number, where that paragraph carries the claim (MIN_DATED_COVERAGE of its
    words, or close in meaning). There the figure holds when the paragraph states it (same
    value and unit, of no other year, group or measure: _same_figure) and the two share a word
    of their own ("We have spent £9.4m on the Quay to date (para 6.12)" of "the council has
    spent £9.4 million on it so far": the place named ties the figure to the claim, as its few
    words round it cannot), or states the sum of a list the paragraph gives in one sentence
    (listed_total). Else it is judged against the one figure of its unit there ("KRL
    lost £7.4 million last year (para 7.2)" of the paragraph's "a loss of £4.7 million"), the
    two sharing a word of their own: the claim misstates the figure of the place it names
    (issue 19). Two figures of that unit there: not judged."""
    out = []
    wanted = list(dict.fromkeys(words))
    text = _figure_text(layout.places[k][2])
    carried = None

    def carries() -> bool:
        nonlocal carried
        if carried is None:
            coverage, similarity = _score(statement, wanted, k, sources, layout)
            carried = (coverage >= MIN_DATED_COVERAGE and
                       similarity >= MIN_SUPPORT_SIMILARITY_WITH_WORDS) or \
                similarity >= MIN_SUPPORT_SIMILARITY
        return carried

    claim_values = frozenset(f.value for f in claim.figures) if claim is not None else None
    claim_years = frozenset(years_in(claim.text)) if claim is not None else frozenset()
    for r, kk, at in figures:
        if r.status is FigureStatus.ABSENT and r.figure.unit in ("£", "", "%") and \
                not r.figure.vague and claim is not None:
            same = _same_figure(r.figure, text, layout, k, claim_values, claim_years,
                                _measure(claim, r.figure), _closeness(sources), statement)
            if same is not None and set(r.figure.context) & set(same.context) and carries():
                out.append((FigureResult(r.figure, FigureStatus.HOLDS,
                                         sentence_at(text, same.start, same.end), same.text,
                                         _section(layout.places[k][2]),
                                         arithmetic(r.figure, same)), k, {k: 0}))
                continue
            total = listed_total(r.figure, text)
            if total is not None and carries():
                out.append((FigureResult(r.figure, FigureStatus.HOLDS, total.sentence,
                                         total.source.text, _section(layout.places[k][2]),
                                         f"{total.source.text} ≈ {as_read(r.figure)}"), k, {k: 0}))
                continue
        if r.status is FigureStatus.ABSENT and r.figure.unit in ("£", "", "%") and \
                r.figure.bound == "=" and not r.figure.vague and not r.figure.rounded:
            found = [f for f in find_figures(text) if f.unit == r.figure.unit]
            if len(found) == 1 and set(r.figure.context) & set(found[0].context) and \
                    not compare(r.figure, found[0]):
                if carries():
                    source = found[0]
                    r = FigureResult(r.figure, FigureStatus.DIFFERS,
                                     sentence_at(text, source.start, source.end), source.text,
                                     _section(layout.places[k][2]))
                    kk, at = k, {}
        out.append((r, kk, at))
    return tuple(out)


def _judge_claim(claim: Claim, cited_document: Document | None, sources: Sources,
                 layout: _Layout, anchor: tuple[int, ...] = ()) -> ClaimResult:
    corpus = sources.corpus
    citation = claim.citation
    if citation.document and cited_document is None:
        # its figures are not in the sources: absent, each reported as the claim gives it
        return ClaimResult(claim, ClaimVerdict.UNVERIFIABLE,
                           tuple(FigureResult(f, FigureStatus.ABSENT) for f in claim.figures),
                           said=(ClaimSaid(ClaimNote.DOCUMENT_NOT_INDEXED,
                                           words=(citation.document,)),),
                           reasons=(ClaimReason.DOCUMENT_NOT_INDEXED,))
    in_document = [k for k, (d, _, _) in enumerate(layout.places)
                   if cited_document is None or corpus.texts[d].document.id == cited_document.id]
    located = bool(citation.sections or citation.pages or citation.page_labels)
    cited = [k for k in in_document
             if _cited(layout.places[k][2], citation,
                       corpus.texts[layout.places[k][0]].document.page_labels)] \
        if located else in_document
    paged = bool(citation.pages or citation.page_labels)
    if located and not cited and not (citation.sections and not paged and all(
            _past_the_numbering(s, [layout.places[k][2] for k in in_document])
            for s in citation.sections)):
        where = citation.sections or tuple(map(str, citation.pages)) + citation.page_labels
        return ClaimResult(claim, ClaimVerdict.UNVERIFIABLE, said=(ClaimSaid(
            ClaimNote.CITED_PLACE_NOT_INDEXED, words=tuple(where),
            pages=not citation.sections),), reasons=(ClaimReason.CITED_PLACE_NOT_INDEXED,))
    # A paragraph past the end of a run the report numbers without a gap ("paragraph 134" of a
    # report numbered 1 to 120) does not exist: the claim is looked for everywhere else, and
    # found there it is 'elsewhere'. A gap in the run would mean a number the reader missed.
    everywhere = list(range(len(layout.places)))

    text = claim.statement or claim.text
    # the words weighed are those of what the sources are said to say, not of who says so
    # ("The Member for Mill End ward said that the report found that …")
    stated = stated_part(claim.text)
    words = content_stems(stated if stated != claim.text else text)
    claim_values = frozenset(f.value for f in claim.figures)
    close = _closeness(sources)
    figures = tuple(_check_figure(f, cited, everywhere, layout, words, text, claim_values,
                                  cited_by_name=located, close=close,
                                  measure=_measure(claim, f))
                    for f in claim.figures)
    figures = _parts_of_wholes(claim, _pairs_found(claim, _together(figures, layout), cited,
                                                 everywhere, layout))
    figures = _computed(_spanned(figures), layout, claim)
    figures = _derived_where_anchored(figures, cited if located else list(anchor), layout,
                                      claim.text)
    # A date the claim gives is checked where the report gives one of the same event ("wrote on
    # 7 September" against "I wrote to you on 7 October"); one the sources never give (the
    # meeting's own) says nothing either way.
    naming = {f.text for f in find_dates(claim.text) if _names_a_document(claim.text, f)}
    dates = tuple(_check_figure(f, cited, everywhere, layout, words, text)
                  for f in find_dates(text) if f.text not in naming)
    if cited_document is not None or (located and len(cited) <= MAX_ANCHORED_PLACES):
        dates = _dated_where_anchored(dates, cited, text, words, sources, layout)
        figures = _lasting_where_anchored(figures, cited, text, words, sources, layout)
    if citation.sections and len(cited) == 1:
        figures = _counted_where_cited(figures, cited[0], text, words, sources, layout, claim)
    figures += tuple(d for d in dates if d[0].status is not FigureStatus.ABSENT)
    # "most", "a majority", "a handful" the sources give no figure for (they say it in words of
    # their own, or not at all) leave the statement to decide; reported, as absent (issue 19)
    vague = tuple(r for r, _, _ in figures if r.figure.vague and r.status is FigureStatus.ABSENT)
    figures = tuple(x for x in figures if x[0] not in vague)
    if figures:
        result = _judge_with_figures(claim, figures, words, cited, located, sources, layout)
    else:
        result = _on_words_alone(_judge_statement(claim, words, cited, located, sources, layout))
    if vague:
        result = replace(result, figures=result.figures + vague)
    if located and not cited:
        result = replace(result, reasons=result.reasons + (ClaimReason.CITED_PLACE_DOES_NOT_EXIST,),
                         said=(ClaimSaid(ClaimNote.NO_SUCH_PARAGRAPH, words=citation.sections),)
                         + result.said)
    return result


# ---------------------------------------------------------------- figures

# A source sentence that opens by framing its figures within a part ("In waste and street
# cleansing, 61% …", "Among managers, …", "Of these, 62% said …") gives them of that part only:
# a claim that names nothing of the frame states them of the whole (issue 19). Frames that set
# only a time or a discourse step ("In 2023/24,", "In addition,", "In our survey,") are not parts.
_FRAME = re.compile(r"^(?:In|Among|Amongst|Within|For|Across)\s+([^,.;:]{3,70}?),\s|"
                    r"^Of\s+(these|those|them|which|this\s+group|that\s+group|the\s+latter)\b,?",
                    re.IGNORECASE)
_NOT_PARTS = frozenset(stem(w) for w in (
    "addition particular practice total summary short contrast general response turn fact "
    "survey surveys year years month months period quarter last recent past previous latest "
    "case cases view opinion words event respect terms comparison overall inspection "
    "interviews review".split()))
_PART_NAMED_BACK = re.compile(r"\b(?:of|among|amongst)\s+(?:these|those|them|whom|which)\b|"
                              r"\bwho\s+(?:had|did|were|have)\b", re.IGNORECASE)


def _framed_apart(claim_text: str, sentence: str, source_figure: str, measure: str = "") -> bool:
    """Whether the source sentence frames its figure within a part the claim does not name.
    `measure`: what the claim says its figure counts (a share "of staff")."""
    m = _FRAME.match(sentence)
    if not m or not claim_text or sentence.find(source_figure) < m.end():
        return False
    if m.group(2):
        # "Of these, 62% said …": a share of those just counted, not of everyone the claim
        # names ("62% of staff"); a claim naming no base ("62% said …") says the same
        return bool(measure) and not _PART_NAMED_BACK.search(claim_text)
    if _MONTHS_OR_YEARS.search(m.group(1)):
        return False
    frame = [w for w in content_stems(m.group(1)) if w not in _NOT_PARTS]
    return bool(frame) and not set(content_stems(claim_text)) & set(frame)


_OF_THOSE_WHO = re.compile(r"^\)?\s+of\s+(?:those|the\s+ones|people|staff|respondents|members)"
                           r"\s+(?:who|that|which)\s+(?!(?:responded|replied|answered|took\s+part|"
                           r"completed|returned)\b)", re.IGNORECASE)


def _of_those_who(sentence: str, source_figure: str) -> bool:
    """Whether the sentence gives its share as one of a part named by what they did ("54% of
    those who had raised a concern"), not of everyone (those who answered the survey are
    everyone it counts)."""
    at = sentence.find(source_figure)
    return at >= 0 and bool(_OF_THOSE_WHO.match(sentence[at + len(source_figure):]))


_MONTHS_OR_YEARS = re.compile(r"\b(?:19|20)\d\d\b|\b(?:January|February|March|April|May|June|"
                              r"July|August|September|October|November|December)\b")


def _measure(claim: Claim | None, figure) -> str:
    """The word naming what a claim's figure counts ("overspend" of "a £2.1m overspend")."""
    if claim is None or not claim.start <= figure.start < claim.end:
        return ""
    return measure_of(claim.text, figure.start - claim.start, figure.end - claim.start)


def _of_another_measure(measure: str, source, text: str, claim_text: str) -> bool:
    """Whether the source says its figure (at `source` of `text`) is of a measure of money that
    is another thing than the claim's (figures.contrasting_measures: "savings" against an
    "overspend"), and the claim does not name the source's word itself. Measured on the blind
    fit half, a wider rule (the source's sentence must name the claim's word, or the two words
    be close in meaning) cost right supports on writers' own words ("bailout" for "exceptional
    financial support", "paper loss" for "a fall of") and caught no false one."""
    if not measure:
        return False
    theirs = measure_of(text, source.start, source.end)
    return bool(theirs) and contrasting_measures(measure, theirs) and \
        not names_measure(claim_text, theirs)


def _of_the_measure(measure: str, source, text: str, sentence: str, layout: _Layout, k: int,
                    close) -> bool:
    """Whether a source figure (at `source` of `text`, paragraph k) may count what the claim's
    figure counts (`measure`, figures.measure_of): its sentence or the paragraph's opening names
    it, or the word the source gives for its own figure is that word in other words
    (MIN_MEASURE_SIMILARITY in meaning: "employees" for "staff"). A table's cell is of its row
    and column, not of the words beside it; a claim that names no measure is not judged here."""
    if not measure or layout.places[k][2].kind is ParagraphKind.TABLE or \
            names_measure(sentence + "\n" + _topic_sentences(layout, k), measure):
        return True
    theirs = measure_of(text, source.start, source.end)
    return bool(theirs) and close is not None and close(measure, theirs) >= MIN_MEASURE_SIMILARITY


def _closeness(sources: Sources):
    """How close in meaning two words naming what a figure counts are (cosine), or None
    without a model: "employees" and "staff" are one measure, "councillors" and "staff" not."""
    if not sources.meaning:
        return None

    @functools.lru_cache(maxsize=256)
    def close(a: str, b: str) -> float:
        return max(sources.similarities(a, [b]), default=0.0)
    return close


def _check_figure(figure, cited: list[int], everywhere: list[int], layout: _Layout, words=(),
                  claim_text: str = "", claim_values=None, cited_by_name: bool = False,
                  measure: str = "", close=None):
    """Holds in a cited paragraph, else anywhere; else differs (cited first); else absent.

    A figure that holds only in a sentence about something else does not hold: when another
    sentence carries the claim's words far better and has a figure of the same unit that
    differs, the claim misstates that one ("five years running" of the reserves paragraph's
    "each of the last four years", not of "a five-year supply of housing land").

    Returns (FigureResult, the paragraph it was judged at, every paragraph of that pool where it
    holds): a figure often holds in a table and in the paragraph that discusses it.
    """
    wanted = list(dict.fromkeys(words))
    claim_years = years_in(claim_text)
    clause = clause_of(figure, claim_text) if claim_text else None
    for pool in (cited, everywhere):
        holding, best_differs = [], None
        for k in pool:
            text = _figure_text(layout.places[k][2])
            found = match_in(figure, text, anchored=pool is cited and cited_by_name,
                             stated=tuple(claim_values or ()), clause=clause)
            if found is None:
                continue
            topic = _coverage(wanted, frozenset(content_stems(found.sentence)), layout)
            if found.holds and _other_years(claim_years, found.sentence):
                continue    # "£11.2 million in 2023/24" where the report's £11.2 million is
                            # the forecast for 2024/25: another year's figure
            if found.holds and _of_a_longer_span(claim_years, found.source, found.sentence):
                # "31 complaints in 2023/24 alone" of "31 complaints between April 2022 and
                # March 2024": the right number, of another period
                if best_differs is None or found.shared > best_differs[0].shared:
                    best_differs = (replace(found, holds=False), k, topic)
                continue
            later = _superseded(figure, found.source, text, claim_text) if found.holds else None
            if later is not None:
                if best_differs is None or found.shared > best_differs[0].shared:
                    best_differs = (FigureMatch(False, found.shared, later[0], later[1]), k, topic)
                continue
            instead = _of_the_claims_year(figure, found.source, found.sentence, claim_values) \
                if found.holds else None
            if instead is not None:
                # the same number of another year: the claim misstates the figure of its own
                # year when the sentence gives one (never enough alone to hold)
                if instead is not found.source and not compare(figure, instead) and \
                        (best_differs is None or found.shared > best_differs[0].shared):
                    best_differs = (FigureMatch(False, found.shared, instead, found.sentence), k,
                                    topic)
                continue
            if found.holds and layout.places[k][2].kind is ParagraphKind.TABLE and \
                    _another_column(wanted, layout.places[k][2].text, found.source.start -
                                    (len(text) - len(layout.places[k][2].text))):
                continue    # "34 per cent of staff agreed" of a 34 under "Neither"
            if found.holds and figure.group and not found.source.group and \
                    not names_group(_topic_sentences(layout, k), figure.group) and \
                    not (pool is cited and cited_by_name and
                         not groups_named(_topic_sentences(layout, k))):
                continue    # "47% of councillors" where the report's 47% are of respondents
                            # to a survey it never says councillors answered (in the paragraph
                            # the claim names, respondents of no group named are the claim's)
            if found.holds and not figure.group and \
                    text[found.source.start:found.source.end] == found.source.text and \
                    _of_another_measure(measure, found.source, text, claim_text):
                continue    # the number, of another measure ("a £2.1m overspend" of "savings
                            # of £2.1m"): not shown to be the claim's figure (never a
                            # difference: the claim may count something the source sets apart)
            if found.holds and (measure or figure.group) and \
                    _of_those_who(found.sentence, found.source.text) and \
                    not _PART_NAMED_BACK.search(claim_text):
                # "54% of staff would not feel safe …" of "More than half (54%) of those who
                # had raised a concern …": a share of some, said of all: it differs
                if best_differs is None or found.shared > best_differs[0].shared:
                    best_differs = (replace(found, holds=False), k, topic)
                continue
            if found.holds and _framed_apart(claim_text, found.sentence, found.source.text,
                                             measure):
                # "61% of staff" of "In the parks team, 61% of respondents": the same number, of
                # a part the claim does not name: not the claim's. A share "Of these, 62% …"
                # said of everyone ("62% of staff") misstates what it is of: it differs
                if _FRAME.match(found.sentence).group(2) and \
                        (best_differs is None or found.shared > best_differs[0].shared):
                    best_differs = (replace(found, holds=False), k, topic)
                continue
            if found.holds:
                holding.append((found.shared, -len(holding), found, k, topic))
            elif not figure.group and \
                    text[found.source.start:found.source.end] == found.source.text and \
                    not _of_the_measure(measure, found.source, text, found.sentence, layout, k,
                                        close):
                continue    # another number of another thing: the claim's figure is not tied
                            # to it ("£3.4m overspend" beside the sentence's "savings of £2.1m")
            elif figure.year is not None and _dated_otherwise(figure.year, found):
                continue    # "12 in 2021/22" is not misstated by the 41 of 2023/24
            elif best_differs is None or found.shared > best_differs[0].shared:
                best_differs = (found, k, topic)
        if holding and best_differs is not None and \
                max(h[0] for h in holding) < MIN_DIFFER_SHARED and \
                best_differs[2] >= MIN_FIGURE_TOPIC and \
                best_differs[2] >= max(h[4] for h in holding) + FIGURE_TOPIC_MARGIN:
            holding = []    # (a figure that holds among as many of the claim's words as a
                            # differing one would need is not a coincidence: "Eleven of those
                            # decisions … forward plan")
        if holding:
            _, _, found, k, _ = max(holding)
            return (FigureResult(figure, FigureStatus.HOLDS, found.sentence, found.source.text,
                                 _section(layout.places[k][2]),
                                 arithmetic(figure, found.source)), k,
                    {kk: shared for shared, _, _, kk, _ in holding})
        if best_differs is not None:
            found, k, _ = best_differs
            return FigureResult(figure, FigureStatus.DIFFERS, found.sentence, found.source.text,
                                _section(layout.places[k][2])), k, {}
    return FigureResult(figure, FigureStatus.ABSENT), None, {}


# (a financial year "2023/24" labels a row, it is no cell; "£4.2 million" is one cell)
_TABLE_TOKEN = re.compile(r"\(\S*?\)|(?:19|20)\d\d[/-]\d\d\b|"
                          r"[-+]?£?\d[\d,.]*(?:\s+(?:million|billion|thousand|bn|m)\b)?%?|"
                          r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _another_column(wanted, table: str, at: int) -> bool:
    """Whether the cell at `at` of a table read row by row ("Statement Agree Neither Disagree
    I feel able … 38% 15% 47% …") sits under a column the claim does not name, where the claim
    names another ("agreed" of a 34 under "Neither"). Read only where the header is words, one
    a column, as many as a row has numbers."""
    tokens = [(m.group(), m.start()) for m in _TABLE_TOKEN.finditer(table)
              if not m.group().startswith("(")]
    is_number = [t[0][0] in "-+£0123456789" and not re.fullmatch(r"(?:19|20)\d\d[/-]\d\d", t[0])
                 for t in tokens]
    if True not in is_number:
        return False
    first = is_number.index(True)
    width = 0
    while first + width < len(tokens) and is_number[first + width]:
        width += 1
    # the header row: the row labels' own column name, then one word a column
    header = [t for t, _ in tokens[:first]]
    if width < 2 or len(header) < 1 + width:
        return False
    columns = [stem(w.lower()) for w in header[1:1 + width]]
    named = {c for c in columns if c in set(wanted)}
    if len(named) != 1:
        return False
    where = next((i for i, (_, start) in enumerate(tokens) if start >= at), None)
    if where is None or not is_number[where]:
        return False
    column = 0
    while where - column - 1 >= 0 and is_number[where - column - 1]:
        column += 1
    return column < width and columns[column] not in named


# "the letter of 14 November", "her letter dated 12 November", "the 14 November letter": the
# date names the document cited, it is not a fact the document states.
_DOCUMENT_BEFORE = re.compile(r"\b(?:letter|report|review|statement)\s+(?:of|dated|sent\s+on|on)"
                              r"\s+(?:the\s+)?$", re.IGNORECASE)
_DOCUMENT_AFTER = re.compile(r"^(?:\s+\d{4})?\s+(?:letter|report)\b", re.IGNORECASE)


def _names_a_document(text: str, date) -> bool:
    start, end = date.start, date.end
    return bool(_DOCUMENT_BEFORE.search(text[max(0, start - 30):start]) or
                _DOCUMENT_AFTER.match(text[end:end + 20]))


def _dated_otherwise(year: tuple[int, int], found) -> bool:
    """Whether a source figure that differs from a claim's figure of `year` is of other years
    only: its own year, or else every year its sentence names. A figure of one year never
    misstates another year's."""
    def apart(first: int, last: int) -> bool:
        return years_apart(year, (first, last))
    if found.source.year is not None:
        return apart(*found.source.year)
    named = [(int(y[:4]), int(y[:4]) + (1 if len(y) > 4 else 0)) for y in years_in(found.sentence)]
    return bool(named) and all(apart(*y) for y in named)


def _of_another_year(figure, source, sentence: str, claim_values=None) -> bool:
    """Whether the source's figure that holds is of another year than the claim's, by the years
    written beside each: "£9.2m in 2021/22" is not the report's "£9.2 million in 2023/24" (its
    2021/22 figure is £4.8 million). A figure the claim leaves undated is the latest one: not
    the report's "52% in 2019" when the sentence compares it with a later year's figure of the
    same unit ("34% … in 2024, compared with 52% in 2019") that the claim does not also give
    (`claim_values`: the claim's figures; "rose from 22 to 63" gives both; None when the
    figure is an anchor for arithmetic, not the claim's statement)."""
    return _of_the_claims_year(figure, source, sentence, claim_values) is not None


# An earlier year's figure given as the point of comparison: "…, compared with 52% in 2019"
_COMPARED_WITH = re.compile(r"(?:compared\s+(?:with|to)|against|than|versus|vs\.?|up\s+from|"
                            r"down\s+from)\s+(?:the\s+|a\s+|just\s+|only\s+)?$", re.IGNORECASE)


def _of_the_claims_year(figure, source, sentence: str, claim_values=None):
    """When the source's `source` is of another year than the claim's figure (see
    _of_another_year): the figure of the claim's year in that sentence, which the claim
    misstates (the same unit, dated the claim's year; for an undated claim, where the source
    gives its figure as the point of comparison, the one other figure it compares with), or
    `source` itself when there is none to say. Else None."""
    if source.year is None:
        return None
    if figure.year is not None:
        if not years_apart(figure.year, source.year):
            return None
        dated = [f for f in find_figures(sentence) if f.unit == source.unit and f.year and
                 not years_apart(figure.year, f.year)]
        return dated[0] if len(dated) == 1 else source
    if claim_values is None:
        return None
    at = sentence.find(source.text)
    if at < 0 or not _COMPARED_WITH.search(sentence[max(0, at - 25):at]):
        return None     # "rose from 212 in 2021 to 634": "had 212" may speak of 2021
    later = any(int(y[:4]) > source.year[1] for y in years_in(sentence))
    others = [f for f in find_figures(sentence) if f.unit == source.unit
              and f.value != source.value and f.value not in claim_values]
    if not (later and others):
        return None
    return others[0] if len(others) == 1 else source


# A claim of the present: "still stands at", "is now", "currently".
_PRESENT = re.compile(r"\b(?:still|now|currently|today|at\s+present|remains?|stands?)\b",
                      re.IGNORECASE)
# A later sentence that goes on with the same thing: "By 31 March 2024 it had fallen to …".
_SAME_THING_ON = re.compile(r"\b(?:it|this|which)\s+(?:had|has|was|is|stood|fell|rose)\b",
                            re.IGNORECASE)


def _superseded(figure, source, text: str, claim_text: str):
    """For a claim of the present without a year ("Our reserve still stands at more than £12
    million"), holding only against a figure the source dates ("stood at £14.2 million at 31
    March 2021"): the figure of a later year that the next sentences give of the same thing
    ("By 31 March 2024 it had fallen to £5.3 million"), when the claim's does not hold for it.
    That later one is what the claim misstates. Else None."""
    if source.year is None or years_in(claim_text) or not _PRESENT.search(claim_text):
        return None
    own = sentence_at(text, source.start, source.end)
    after = text.find(own) + len(own)
    if after < len(own):
        return None
    for later in find_figures(text[after:]):
        sentence = sentence_at(text[after:], later.start, later.end)
        years = [int(y[:4]) for y in years_in(sentence)]
        if later.unit != source.unit or not years or max(years) <= source.year[1]:
            continue
        if not (_SAME_THING_ON.search(sentence) or
                len(set(later.context) & set(figure.context)) >= MIN_SHARED_CONTEXT):
            continue
        return None if compare(figure, later) else (later, sentence)
    return None


# "between April 2022 and March 2024", "from 2019 to 2024": a period of years in words.
_SPAN = re.compile(r"\b(?:between|from)\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)(?:[/-]\d\d)?\s+"
                   r"(?:and|to)\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b")
# A period this many years long or longer is not one year's, nor one financial year's.
MIN_SPAN_YEARS = 2


def _of_a_longer_span(claim_years: set[str], source, sentence: str) -> bool:
    """Whether the source gives a figure as the total of a period of years the sentence names
    ("between April 2022 and March 2024") where the claim gives it to one year or financial
    year: the source's only figure of its unit there, so not one end of a change ("fell from
    £20m in 2019 to £5m in 2024" gives 2024's)."""
    if len(claim_years) != 1:
        return False
    span = _SPAN.search(sentence)
    if span is None or int(span.group(2)) - int(span.group(1)) < MIN_SPAN_YEARS:
        return False
    return sum(f.unit == source.unit for f in find_figures(sentence)) == 1


def _other_years(claim_years: set[str], sentence: str) -> bool:
    """Whether the sentence holding a figure is about other years than the claim's: both name
    years and none is shared (a calendar year counts as shared with a financial year it opens
    or closes)."""
    if not claim_years:
        return False
    years = years_in(sentence)
    if not years:
        return False
    plain = {y[:4] for y in claim_years} | {y[:2] + y[-2:] for y in claim_years if "/" in y}
    return not (claim_years & years) and not ({y for y in years if "/" not in y} & plain)


MIN_NUMBERED_RUN = 3


def _past_the_numbering(section: str, paragraphs) -> bool:
    """Whether `section` ("8.16", "134", "4.3.6") is beyond the last of its run (chapter 8's
    paragraphs, or the report's sequential ones), numbered 1 to N without a gap."""
    head, _, last = section.rpartition(".")
    if not last.isdigit():
        return False
    numbers = set()
    for paragraph in paragraphs:
        if paragraph.section is None:
            continue
        h, _, n = paragraph.section.rpartition(".")
        if h == head and n.isdigit():
            numbers.add(int(n))
    if len(numbers) < MIN_NUMBERED_RUN:
        return False
    return numbers == set(range(1, max(numbers) + 1)) and int(last) > max(numbers)


def _together(figures, layout: _Layout):
    """A claim's figure not found in its own context holds where another of its figures holds,
    when the source has the same number beside it (in that sentence or within MAX_DERIVED_SPAN
    of it in the paragraph): the figures of one claim are one statement ("21 of the 38 senior
    managers … had left": 21 holds in "Of the 38 officers at head of service level or above in
    May 2022, 21 had left", so 38 does too; "64 actions and only 11 were done": "… containing
    64 actions. Only 11 had been completed …"). A figure that differs elsewhere is judged here
    too: the number beside the ones that hold is the one the claim reports."""
    held = [(r, k) for r, k, _ in figures if r.status is FigureStatus.HOLDS and r.source_text]
    if not held:
        return figures
    out = []
    values = frozenset(r.figure.value for r, _, _ in figures)
    for r, k, at in figures:
        if r.status is not FigureStatus.HOLDS and r.figure.unit != "date":
            for h, kk in held:
                found = _held_in(r.figure, _beside(h, _figure_text(layout.places[kk][2])), layout,
                                 kk, values)
                if found is not None:
                    r, k, at = found, kk, {kk: 0}
                    break
        out.append((r, k, at))
    return tuple(out)


# "two of the nine posts", "17 out of 41": a part and its whole
_PART_OF = re.compile(r"^\s*(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+|our\s+|all\s+)?"
                      r"(?:[A-Za-z]+[’']s?\s+)?$", re.IGNORECASE)   # "31 of the council's 43"


def _part_of_pairs(text: str, figures) -> list[tuple[int, int]]:
    """Indices (part, whole) of the figures of `text` written "N of M" (offsets into `text`)."""
    return [(i, i + 1) for i in range(len(figures) - 1)
            if figures[i].unit == figures[i + 1].unit == "" and
            _PART_OF.match(text[figures[i].end:figures[i + 1].start])]


# A part and its whole found together in a source's sentence ("18 of the 31 respondents") are
# the claim's "18 of 31 councillors who responded" whatever words surround them, when the whole
# is at least this large or the sentence shares a word with the claim's figures: "3 of 5" is
# common enough to meet by chance.
MIN_DISTINCT_WHOLE = 10


def _claims_part_of_pairs(claim: Claim, own) -> list[tuple[int, int]]:
    """_part_of_pairs of the claim's own figures, whose offsets are the motion's."""
    return _part_of_pairs(claim.text, [replace(f, start=f.start - claim.start,
                                               end=f.end - claim.start) for f in own])


def _pairs_found(claim: Claim, figures, cited: list[int], everywhere: list[int], layout: _Layout):
    """The claim's "N of M" figures not both found in their own context, held where a source's
    sentence gives the same N of the same M (the cited places first)."""
    own = [r.figure for r, _, _ in figures]
    out = list(figures)
    for i, j in _claims_part_of_pairs(claim, own):
        if figures[i][0].status is FigureStatus.HOLDS and figures[j][0].status is FigureStatus.HOLDS:
            continue
        part, whole = own[i], own[j]
        if part.bound != "=" or whole.bound != "=":
            continue
        found = _pair_in(part, whole, cited, layout) or _pair_in(part, whole, everywhere, layout)
        if found is None:
            continue
        k, sentence, a, b = found
        section = _section(layout.places[k][2])
        out[i] = (FigureResult(part, FigureStatus.HOLDS, sentence, a.text, section,
                               arithmetic(part, a)), k, {k: 0})
        out[j] = (FigureResult(whole, FigureStatus.HOLDS, sentence, b.text, section,
                               arithmetic(whole, b)), k, {k: 0})
    return tuple(out)


def _pair_in(part, whole, pool: list[int], layout: _Layout):
    context = set(part.context) | set(whole.context)
    for k in pool:
        text = _figure_text(layout.places[k][2])
        theirs = find_figures(text)
        for a, b in _part_of_pairs(text, theirs):
            if theirs[a].value != part.value or theirs[b].value != whole.value:
                continue
            sentence = sentence_at(text, theirs[a].start, theirs[b].end)
            if whole.value >= MIN_DISTINCT_WHOLE or context & set(content_stems(sentence)):
                return k, sentence, theirs[a], theirs[b]
    return None


def _parts_of_wholes(claim: Claim, figures):
    """A claim's "N of M" is one figure: where the whole M holds, the part is the one the
    source's sentence gives of that whole ("only two of the nine posts … were held by interim
    officers" against "four of the nine posts … were held by interim officers" differs, though
    a "two" holds in the sentence before, of Chief Executives)."""
    if len(figures) < 2:
        return figures
    own = [r.figure for r, _, _ in figures]
    out = list(figures)
    for i, j in _claims_part_of_pairs(claim, own):
        whole, k, _ = figures[j]
        if whole.status is not FigureStatus.HOLDS or not whole.source_text:
            continue
        sentence = whole.source_text
        theirs = find_figures(sentence)
        parts = [theirs[a] for a, b in _part_of_pairs(sentence, theirs)
                 if compare(whole.figure, theirs[b])]
        if not parts:
            continue
        part = own[i]
        holding = [p for p in parts if compare(part, p)]
        status = FigureStatus.HOLDS if holding else FigureStatus.DIFFERS
        source = (holding or parts)[0]
        out[i] = (FigureResult(part, status, sentence, source.text, whole.section,
                               arithmetic(part, source) if holding else None), k,
                  {k: 0} if holding else {})
    return tuple(out)


def _spanned(figures):
    """A number of years the claim states ("up from 14% three years earlier", "three times as
    many as two years before") holds when the years of the source's sentences holding its other
    figures span it: 38% "in 2023/24" and 14% "in 2020/21" are three years apart. The claim's
    figures are one statement, so their sentences date it; a span that differs is not judged
    (the sentences may date other things than the claim's interval)."""
    held = [(r, k) for r, k, _ in figures if r.status is FigureStatus.HOLDS and r.source_text
            and r.figure.unit not in ("years", "date")]
    years = sorted({int(y[:4]) for r, _ in held for y in years_in(r.source_text)})
    if len(years) < 2:
        return figures
    span = Figure(text=f"{years[0]} to {years[-1]}", start=0, end=0,
                  value=float(years[-1] - years[0]), unit="years", bound="=")
    out = []
    for r, k, at in figures:
        if r.status is not FigureStatus.HOLDS and r.figure.unit == "years" and \
                compare(r.figure, span):
            last, k = held[-1]
            r = FigureResult(r.figure, FigureStatus.HOLDS, last.source_text, span.text,
                             last.section, f"{span.text} = {years[-1] - years[0]} years "
                             f"≈ {as_read(r.figure)}")
            at = {k: 0}
        out.append((r, k, at))
    return tuple(out)


def _held_in(figure, text: str, layout: _Layout, k: int, claim_values=None,
             claim_years=frozenset(), measure: str = "", close=None,
             claim_text: str = "") -> FigureResult | None:
    """The claim's figure holding in `text` (a part of paragraph k), or None."""
    same = _same_figure(figure, text, layout, k, claim_values, claim_years, measure, close,
                        claim_text)
    if same is None:
        return None
    return FigureResult(figure, FigureStatus.HOLDS, sentence_at(text, same.start, same.end),
                        same.text, _section(layout.places[k][2]), arithmetic(figure, same))


def _same_figure(figure, text: str, layout: _Layout, k: int, claim_values=None,
                 claim_years=frozenset(), measure: str = "", close=None, claim_text: str = ""):
    """The figure of `text` (a part of paragraph k) that states the claim's figure: same unit,
    the value holding, of the same year, and no other group ("48% of councillors" is not the
    report's 48% of staff, nor a share of a survey the caption says was of staff)."""
    theirs = figures_with_groups(text)
    for at, source in enumerate(theirs):
        if source.unit != figure.unit or not compare(figure, source):
            continue
        if rival_in_clause(figure, at, text, theirs, tuple(claim_values or ()),
                           clause_of(figure, claim_text) if claim_text else None) is not None:
            continue    # "9 … did not set out the options" of "17 did not set out the options
                        # …, and 9 did not include comments": the number of another clause
        sentence = sentence_at(text, source.start, source.end)
        if _of_another_year(figure, source, sentence, claim_values) or \
                _of_a_longer_span(set(claim_years), source, sentence):
            continue
        if figure.group and source.group and source.group != figure.group:
            continue
        if figure.group and not source.group and figure.unit == "%" and \
                not names_group(_topic_sentences(layout, k), figure.group):
            continue
        if not figure.group and _of_another_measure(measure, source, text, claim_text):
            continue    # "a £2.1m overspend" is not the paragraph's "savings of £2.1 million"
        if _framed_apart(claim_text, sentence, source.text, measure):
            continue    # "61% of staff" is not "In the parks team, 61% of respondents"
        return source
    return None


def _beside(held: FigureResult, paragraph: str) -> str:
    """The part of a paragraph within MAX_DERIVED_SPAN characters of the sentence holding a
    figure (the sentence itself when it is not found there)."""
    at = paragraph.find(held.source_text or "")
    if at < 0:
        return held.source_text or ""
    return paragraph[max(0, at - MAX_DERIVED_SPAN):at + len(held.source_text) + MAX_DERIVED_SPAN]


def _computed(figures, layout: _Layout, claim: Claim | None = None):
    """A figure the claim computes ("nearly doubled, from 41 to 79", "nine of 26, roughly a
    third", "just £0.6m, less than a fifth of what was forecast") holds when the arithmetic
    agrees on figures that hold: two of the claim's own, or one of them and a figure of the
    same unit beside it in the source. Arithmetic on numbers the claim chose makes a figure
    differ in one case only (_misstated_multiple)."""
    held = [(r, k) for r, k, _ in figures if r.status is FigureStatus.HOLDS and r.source_text]
    if not held:
        return figures
    out = []
    for r, k, at in figures:
        if r.status is FigureStatus.ABSENT and (r.figure.unit in ("times", "%", "£", "")
                                                or r.figure.rounded):
            # a share written in digits ("18 of 31 … that's 58 per cent") only from two of the
            # claim's own figures: one beside them in the source could be any share
            found = _by_arithmetic(r.figure, held, layout,
                                   own_only=r.figure.unit == "%" and not r.figure.rounded)
            if found is not None:
                r, k = found
                at = {k: 0}
            elif claim is not None:
                wrong = _misstated_multiple(claim, r.figure, held)
                if wrong is not None:
                    r, k = wrong
                    at = {}
        out.append((r, k, at))
    return tuple(out)


def _misstated_multiple(claim: Claim, figure, held):
    """A multiple the claim states of its own change ("have quadrupled, from 12 to 37"), where
    both ends hold in one sentence of the source and divide to another multiple (37 ÷ 12 = 3.1):
    the claim misstates the change it gives. The one case where arithmetic makes a figure
    differ: the claim wrote the pair, beside the multiple, and the source confirms the pair."""
    if figure.unit != "times" or figure.bound not in ("=", "≲"):
        return None
    own = [(h, kk) for h, kk in held if h.figure.unit not in ("times", "%", "date")]
    if len(own) != 2 or own[0][0].source_text != own[1][0].source_text:
        return None
    (a, ka), (b, _) = sorted(own, key=lambda hk: hk[0].figure.start)
    between = claim.text[a.figure.end - claim.start:b.figure.start - claim.start]
    before = claim.text[figure.end - claim.start:a.figure.start - claim.start]
    if not (re.fullmatch(r"\s+to\s+", between) and re.fullmatch(r"\W*from\s+", before)):
        return None
    derived = derive(figure, a.figure, b.figure)
    if derived is None or compare(figure, replace(figure, value=derived[0], bound="=")):
        return None
    return FigureResult(figure, FigureStatus.DIFFERS, a.source_text, derived[1], a.section,
                        f"{derived[1]}, not {figure.text}"), ka


# Bounds that half the numbers satisfy: a figure computed under one is found beside the claim's
# own only when the source gives one figure to compute it with.
ONE_SIDED = frozenset({">", ">=", "<", "<="})


def _by_arithmetic(figure, held, layout: _Layout, own_only: bool = False):
    own = [(h, kk) for h, kk in held if h.figure.unit not in ("times", "%", "date")]
    # two of the claim's own figures that hold, in the order the claim gives them
    for i, (a, ka) in enumerate(own):
        for b, kb in own[i + 1:]:
            first, second = sorted((a, b), key=lambda h: h.figure.start)
            how = _computes(figure, first.figure, second.figure)
            if how is not None:
                return FigureResult(figure, FigureStatus.HOLDS, second.source_text, how,
                                    second.section, f"{how} ≈ {as_read(figure)}"), kb
    # one that holds, and a figure of the same unit beside it in the source
    for h, kk in ([] if own_only else own):
        near = _beside(h, _figure_text(layout.places[kk][2]))
        anchor = _same_figure(h.figure, near, layout, kk)
        if anchor is None:
            continue
        partners = [f for f in find_figures(near) if f.unit == anchor.unit and f.start != anchor.start]
        if figure.bound in ONE_SIDED and len(partners) > 1:
            continue    # "more than halved" holds for some pair of almost any list of amounts
        for other in partners:
            # the claim's own figure is the one it reports now: "approved 112 waivers … three
            # times as many as two years before" is 112 ÷ 37, whatever order the source has
            how = _computes(figure, other, anchor)
            if how is not None:
                return FigureResult(figure, FigureStatus.HOLDS,
                                    sentence_at(near, min(other.start, anchor.start),
                                                max(other.end, anchor.end)), how,
                                    h.section, f"{how} ≈ {as_read(figure)}"), kk
    return None


def _computes(figure, first, second) -> str | None:
    """The arithmetic in words when `figure` is what `first` and `second` compute to, else None."""
    for value, how in derivations(figure, first, second):
        if compare(figure, replace(figure, value=value, bound="=")):
            return how
    return None


def _figure_text(paragraph: Paragraph) -> str:
    """A place's text as its figures are read: a table's cells under its caption, which says
    whose they are ("Table 1: Staff survey results … 51%")."""
    if paragraph.kind is ParagraphKind.TABLE and paragraph.heading:
        return f"{paragraph.heading}: {paragraph.text}"
    return paragraph.text


def _topic_sentences(layout: _Layout, k: int) -> str:
    """The opening sentences of a paragraph and of the one before it in the same document:
    where a report says whose views its survey's respondents gave ("Staff views of the council
    as an employer are mixed. In our survey 78% …"). Not the figure's own sentence: there "the
    conduct of a member" names whom the concerns are about, not who answered."""
    if layout.places[k][2].kind is ParagraphKind.TABLE:
        return layout.places[k][2].heading or ""    # whose the cells are is the caption's to say
    places = [k]
    before = k - 1
    while before >= 0 and layout.places[before][2].kind is ParagraphKind.FOOTNOTE:
        before -= 1     # a footnote read between two paragraphs is not the one before
    if before >= 0 and layout.places[before][0] == layout.places[k][0]:
        places.append(before)
    return "\n".join(opening for p in places
                     for opening in _sentences(layout.places[p][2].text, pairs=False)[:1])


def _best_place(candidates, figures, words, layout: _Layout) -> int:
    """The paragraph where most of the claim's figures hold, then the one whose words round
    them agree most, then the one carrying most of its words: 3.8 that discusses the survey rather than Table 1 in 3.7 that lists it."""
    return max(candidates, key=lambda k: (sum(k in at for _, _, at in figures),
                                          sum(at.get(k, 0) for _, _, at in figures),
                                          _coverage(words, layout.stems[k], layout), -k))


def _judge_with_figures(claim, figures, words, cited, located, sources, layout) -> ClaimResult:
    results = tuple(r for r, _, _ in figures)
    cited_set = set(cited)
    differs = [(r, k) for r, k, _ in figures if r.status is FigureStatus.DIFFERS]
    holds = [(r, k) for r, k, _ in figures if r.status is FigureStatus.HOLDS]
    places = {kk for r, _, at in figures for kk in at}
    if differs:
        r, k = differs[0]
        said = ClaimSaid(ClaimNote.FIGURES_DIFFER, details=tuple(
            ClaimSaid(ClaimNote.FIGURE_DIFFERS, places=(_place(layout, sources, kk),),
                      words=(d.figure.text,), source_words=(d.source_figure, d.source_text))
            for d, kk in differs))
        return _result(claim, ClaimVerdict.FIGURE_DIFFERS, results, k, words, layout, sources,
                       said, reason=ClaimReason.FIGURE_DIFFERS)
    if holds and len(holds) == len(figures):
        in_cited = [k for _, k in holds if k in cited_set]
        if len(in_cited) == len(holds) or not located:
            k = _best_place([kk for kk in places if kk in cited_set] or places, figures, words,
                            layout)
            return _result(claim, ClaimVerdict.SUPPORTED, results, k, words, layout, sources,
                           ClaimSaid(ClaimNote.FIGURES_IN, places=(_place(layout, sources, k),)),
                           reason=ClaimReason.FIGURES_HOLD)
        outside = [k for _, k in holds if k not in cited_set]
        if in_cited:
            # Some figures in the cited place, others elsewhere: the claim draws on both.
            k = in_cited[0]
            return _result(claim, ClaimVerdict.SUPPORTED, results, k, words, layout, sources,
                           ClaimSaid(ClaimNote.FIGURES_IN_AND_ELSEWHERE, places=tuple(
                               _place(layout, sources, o) for o in dict.fromkeys([k] + outside))),
                           reason=ClaimReason.FIGURES_HOLD)
        k = _best_place([kk for kk in places if kk not in cited_set], figures, words, layout)
        return _result(claim, ClaimVerdict.ELSEWHERE, results, k, words, layout, sources,
                       ClaimSaid(ClaimNote.FIGURES_NOT_IN_CITED,
                                 places=(_place(layout, sources, k),)),
                       reason=ClaimReason.CARRIED_ELSEWHERE)
    # Some figure is nowhere in the sources in its context: the statement decides, and the
    # claim is at best unverifiable as written …
    judged = _judge_statement(claim, words, cited, located, sources, layout)
    # … unless the passage that carries the statement has every figure too: there the claim's
    # own words are the figures' context ("has shrunk by two-thirds in four years, from £9.4
    # million to £3.1 million" of "The general reserve fell from £9.4 million in 2022 …").
    if judged.verdict in (ClaimVerdict.SUPPORTED, ClaimVerdict.ELSEWHERE) and judged.found:
        k = _place_of(judged.found, sources, layout)
        for kk, there in _carrying_near(claim, words, k, judged, cited, located, sources, layout):
            anchored = _computed(_spanned(_in_place(figures, kk, layout,
                                                    frozenset(f.value for f in claim.figures),
                                                    frozenset(years_in(claim.text)), claim,
                                                    _closeness(sources))), layout, claim)
            if all(r.status is FigureStatus.HOLDS for r, _, _ in anchored):
                return replace(there, figures=tuple(r for r, _, _ in anchored),
                               reasons=there.reasons + (ClaimReason.FIGURES_HOLD,),
                               said=there.said + (ClaimSaid(ClaimNote.FIGURES_THERE_TOO),))
    absent = tuple(r.figure.text for r in results if r.status is FigureStatus.ABSENT)
    verdict = judged.verdict
    if verdict in (ClaimVerdict.SUPPORTED, ClaimVerdict.ELSEWHERE):
        verdict = ClaimVerdict.UNVERIFIABLE
    elif not holds and verdict is ClaimVerdict.UNVERIFIABLE and _far(judged):
        verdict = ClaimVerdict.NOT_SUPPORTED
    said = (ClaimSaid(ClaimNote.FIGURES_NOT_IN_CONTEXT, words=absent),) + judged.said
    reasons = judged.reasons
    if verdict is ClaimVerdict.UNVERIFIABLE:
        reasons = (ClaimReason.FIGURE_NOT_FOUND,) + tuple(
            r for r in reasons if r not in (ClaimReason.STATEMENT_CARRIED, ClaimReason.CARRIED_ELSEWHERE))
    elif verdict is ClaimVerdict.NOT_SUPPORTED and judged.verdict is not ClaimVerdict.NOT_SUPPORTED:
        reasons = (ClaimReason.NOT_CARRIED, ClaimReason.FIGURE_NOT_FOUND)
    return ClaimResult(claim, verdict, results, judged.found, judged.words_found,
                       judged.words_missing, judged.similarity, said, reasons=reasons)


def _carrying_near(claim, words, k: int | None, judged: ClaimResult, cited, located,
                   sources: Sources, layout: _Layout):
    """The place that carries a claim's statement (k, judged there), then its neighbours in the
    same document that carry it too, each with the verdict there: two paragraphs in turn may
    both carry a statement ("the site was bought for £27.5 million …"; "… an impairment of
    £8.3 million"), and the one nearest in words need not be the one holding its figures."""
    if k is None:
        return
    yield k, judged
    wanted = list(dict.fromkeys(words))
    statement = claim.statement or claim.text
    for kk in (k + 1, k - 1):
        if not 0 <= kk < len(layout.places) or layout.places[kk][0] != layout.places[k][0]:
            continue
        score = _score(statement, wanted, kk, sources, layout)
        if not _carries(score):
            continue
        inside = not located or kk in cited
        there = _result(claim, ClaimVerdict.SUPPORTED if inside else ClaimVerdict.ELSEWHERE, (),
                        kk, wanted, layout, sources,
                        _at(ClaimNote.CARRIED if inside else ClaimNote.CARRIED_ELSEWHERE, kk,
                            layout, sources, score), score,
                        reason=ClaimReason.STATEMENT_CARRIED if inside else
                        ClaimReason.CARRIED_ELSEWHERE)
        if there.verdict in (ClaimVerdict.SUPPORTED, ClaimVerdict.ELSEWHERE):
            yield kk, there


def _place_of(found, sources: Sources, layout: _Layout) -> int | None:
    """The layout index of the paragraph a result was found at."""
    for k, (d, _, paragraph) in enumerate(layout.places):
        if paragraph.order == found.paragraph_order and \
                sources.corpus.texts[d].document.id == found.document_id:
            return k
    return None


def _in_place(figures, k: int | None, layout: _Layout, claim_values=None, claim_years=frozenset(),
              claim: Claim | None = None, close=None):
    """Each figure not yet found, looked for again in paragraph k by value and unit (and what
    it counts, when the claim says: _of_the_measure)."""
    if k is None:
        return figures
    text = _figure_text(layout.places[k][2])
    out = []
    for r, kk, at in figures:
        if r.status is FigureStatus.ABSENT and r.figure.unit != "date":
            found = _held_in(r.figure, text, layout, k, claim_values, claim_years,
                             _measure(claim, r.figure), close,
                             (claim.statement or claim.text) if claim is not None else "")
            if found is not None:
                r, kk, at = found, k, {k: 0}
        out.append((r, kk, at))
    return tuple(out)


def _far(result: ClaimResult) -> bool:
    return result.similarity < MAX_ABSENT_SIMILARITY


# ---------------------------------------------------------------- statements

def _what_is_said(statement: str, words) -> list[str]:
    """The claim's words that state what the sources are said to say: not those of a frame at
    its head that `stated_part` leaves ("In fairness, the inspectors admit …", "One officer, and
    I stress one, told the inspectors that …", "The headline is that …"). A passage need not
    carry who says it (fit half, leave one set out: 434 -> 436 of 571 right, no false support
    more; docs/claims.md)."""
    said = frozenset(content_stems(said_part(statement)))
    wanted = list(dict.fromkeys(words))
    return [w for w in wanted if w in said] or wanted


def _judge_statement(claim, words, cited, located, sources, layout) -> ClaimResult:
    statement = claim.statement or claim.text
    wanted = list(dict.fromkeys(words))
    # support is weighed on what is said; the opposite on every word, the frame's too (weighed
    # on fewer words, "has not had the officer support it needs" found its opposite in a
    # sentence on the officer's support that the frame's words had kept below the cut-off)
    said = _what_is_said(statement, words)
    if not wanted:
        return ClaimResult(claim, ClaimVerdict.UNVERIFIABLE,
                           said=(ClaimSaid(ClaimNote.NO_WORDS_TO_COMPARE),),
                           reasons=(ClaimReason.NOTHING_TO_COMPARE,))
    cited_pool = cited
    if len(cited) > CHAPTER_CANDIDATES:
        cited_pool = _nearest_in_words(wanted, cited, layout, CHAPTER_CANDIDATES)
    cited_scores = {k: _score(statement, said, k, sources, layout) for k in cited_pool}
    best_cited = max(cited_scores, key=lambda k: _rank(cited_scores[k]), default=None)
    prescribed = None
    if best_cited is not None:
        score = cited_scores[best_cited]
        opposite = _opposite(claim, wanted, layout.places[best_cited][2].text, layout)
        if opposite is not None and _carries(score):
            return _result(claim, ClaimVerdict.NOT_SUPPORTED, (), best_cited, wanted, layout,
                           sources, _at(ClaimNote.SAYS_THE_OPPOSITE, best_cited, layout, sources,
                                        score, opposite),
                           score, reason=ClaimReason.SAYS_THE_OPPOSITE)
        if _carries(score):
            doubt = _opposite(claim, wanted, layout.places[best_cited][2].text, layout,
                              MIN_DOUBT_COVERAGE)
            if doubt is not None:
                return _result(claim, ClaimVerdict.UNVERIFIABLE, (), best_cited, wanted, layout,
                               sources, _at(ClaimNote.MAY_SAY_THE_OPPOSITE, best_cited, layout,
                                            sources, score, doubt), score,
                               reason=ClaimReason.MAY_SAY_THE_OPPOSITE)
            # a passage that says it should be does not say it is: not carried, and another
            # passage may say the opposite (that it is not)
            prescribed = _only_prescribed(claim, wanted, layout.places[best_cited][2].text, layout)
            if prescribed is None:
                return _result(claim, ClaimVerdict.SUPPORTED, (), best_cited, wanted, layout,
                               sources, _at(ClaimNote.CARRIED, best_cited, layout, sources, score),
                               score, reason=ClaimReason.STATEMENT_CARRIED)
            prescribed = (best_cited, prescribed)
    if not located or prescribed is not None:
        return _unsupported(claim, best_cited, cited_scores, wanted, layout, sources,
                            prescribed=prescribed)
    # Elsewhere: the paragraphs nearest in words and in meaning, outside the cited place.
    cited_set = set(cited)
    others = [k for k in _nearest_in_words(wanted, range(len(layout.places)), layout, WORD_CANDIDATES)
              if k not in cited_set]
    others += [k for k in _nearest_in_meaning(statement, sources, layout) if k not in cited_set]
    other_scores = {k: _score(statement, said, k, sources, layout) for k in dict.fromkeys(others)}
    best_other = max(other_scores, key=lambda k: _rank(other_scores[k]), default=None)
    cited_top = cited_scores[best_cited][1] if best_cited is not None else 0.0
    if best_other is not None and _carries(other_scores[best_other]) and \
            other_scores[best_other][1] >= cited_top + ELSEWHERE_MARGIN and \
            _opposite(claim, wanted, layout.places[best_other][2].text, layout) is None:
        score = other_scores[best_other]
        return _result(claim, ClaimVerdict.ELSEWHERE, (), best_other, wanted, layout, sources,
                       _at(ClaimNote.CARRIED_ELSEWHERE, best_other, layout, sources, score), score,
                       reason=ClaimReason.CARRIED_ELSEWHERE)
    nearest = None if best_other is None else (best_other, other_scores[best_other])
    return _unsupported(claim, best_cited, cited_scores, wanted, layout, sources, nearest)


def _absent(score: tuple[float, float]) -> bool:
    """A passage plainly off the subject: few of the claim's words, far in meaning."""
    return score[0] <= MAX_ABSENT_COVERAGE and score[1] < MAX_ABSENT_SIMILARITY


# A thing the claim names ("the council's pension fund", "its library service", "the leisure
# centres"): the words after a determiner or a possessive, as a noun phrase opens.
_DETERMINERS = frozenset("the its their his her our a an".split())
_WORD = re.compile(r"[A-Za-z]+(?:[’'][a-z]+|(?<=s)[’'](?!\w))?")     # "councillors’" too
MAX_NAMED_WORDS = 2


_PRONOUN_CONTRACTIONS = re.compile(r"^(?:that|it|there|what|who|he|she|here|where|this)[’']s$",
                                   re.IGNORECASE)
# A document named in the claim's own words ("the Local Government Ombudsman's annual letter",
# "the CIPFA resilience index"): a claim resting on it is unverifiable, not about nothing.
_OTHER_DOCUMENT = re.compile(r"\b(?:letter|report|review|audit|index|survey|assessment|study|"
                             r"inspection|judgement|judgment|ruling|opinion|code)\b", re.IGNORECASE)


def _named_things(text: str, known) -> list[str]:
    """The words of each noun phrase the claim opens with a determiner or a possessive, up to
    its first word the sources know (the phrase's head, most often: "its pension fund")."""
    words = _WORD.findall(text)
    out = []
    for i, word in enumerate(words):
        if word.lower() in _DETERMINERS or (re.search(r"[’']s$|s[’']$", word) and
                                            not _PRONOUN_CONTRACTIONS.match(word)):
            for w in words[i + 1:i + 1 + MAX_NAMED_WORDS]:
                if re.search(r"[’']", w) or stem(w) in known or w.lower() in _STOP_NAMED or \
                        w.lower() in _QUANTITY_WORDS:
                    break       # "a five-fold increase", "the three reported": a quantity
                if len(w) >= 4:
                    out.append(w)
    return out


def never_discussed(claim: Claim, layout: _Layout) -> tuple[str, ...]:
    """The things the claim names that no indexed source ever mentions, in the claim's own
    spelling ("pension"): then the sources do not discuss its subject at all (issue 19)."""
    from verifier.reading.figures import REFERENCE_WORDS, STOPWORDS

    text = claim.text       # as written: the statement loses a plural's apostrophe
    words = []
    for word in _named_things(text, layout.idf):
        if word.lower() in STOPWORDS or word.lower() in REFERENCE_WORDS or \
                word.lower() in _NOT_THINGS:
            continue
        at = text.find(word)
        if _OTHER_DOCUMENT.search(text[at:at + len(word) + 40]):
            return ()       # a document of its own that is not a source: unverifiable
        words.append(word)
    return tuple(dict.fromkeys(words))


_STOP_NAMED = frozenset("report letter inspectors inspection".split())
# A number in words opens a quantity, not a thing the sources might never mention.
_QUANTITY_WORDS = frozenset(WORD_VALUES) | frozenset(FRACTIONS) | frozenset(
    f + "s" for f in FRACTIONS if f != "half") | {"halves", "dozen", "hundreds", "thousands"}


# Words after "the" that name no subject of their own, or who speaks rather than what about
# (a letter's "minister" need not be in its indexed paragraphs).
_NOT_THINGS = frozenset("same other first last next previous current recent whole entire "
                        "council's following latest minister ministers government department "
                        "commissioners commissioner chief executive leader deputy chair "
                        "inspectors inspector".split())


def _unsupported(claim, best_cited, cited_scores, wanted, layout, sources,
                 nearest_other=None, prescribed=None) -> ClaimResult:
    if best_cited is None:
        return ClaimResult(claim, ClaimVerdict.UNVERIFIABLE,
                           said=(ClaimSaid(ClaimNote.NOTHING_TO_COMPARE),),
                           reasons=(ClaimReason.NOTHING_TO_COMPARE,))
    score = cited_scores[best_cited]
    absent = never_discussed(claim, layout)
    nearest = max([score[1]] + ([nearest_other[1][1]] if nearest_other else []))
    if absent and nearest < MAX_NEVER_DISCUSSED_SIMILARITY:
        return _result(claim, ClaimVerdict.NOT_SUPPORTED, (), best_cited, wanted, layout, sources,
                       replace(_at(ClaimNote.NEVER_MENTIONED, best_cited, layout, sources, score),
                               words=absent), score, reason=ClaimReason.NEVER_DISCUSSED)
    if _absent(score) and nearest_other is not None and not _absent(nearest_other[1]):
        # "section 3.6 and other parts of the report commend …": off the subject where cited,
        # but another passage is on it. Not plainly carried, not plainly absent either.
        k, other = nearest_other
        return _result(claim, ClaimVerdict.UNVERIFIABLE, (), k, wanted, layout, sources,
                       replace(_at(ClaimNote.UNCLEAR_NOT_WHERE_CITED, k, layout, sources, other),
                               cited_similarity=score[1]),
                       other, reason=ClaimReason.EVIDENCE_UNCLEAR)
    # On the subject but not plainly carried: a passage one of whose sentences carries most of
    # the claim's words turned round says the opposite ("has not been given the resources it
    # needs" against "adequately resourced"), whichever of the nearest it is.
    candidates = sorted(cited_scores.items(), key=lambda kv: _rank(kv[1]), reverse=True)
    # each clause of a claim joining two statements ("… adequately resourced; the problem, they
    # say, is status") is turned round on its own: the other's words would dilute it
    stated = stated_part(claim.text)
    clauses = [list(dict.fromkeys(content_stems(c)))
               for c in _CONTRASTED.split(stated if stated != claim.text
                                          else claim.statement or claim.text)]
    readings = [wanted] + ([c for c in clauses if len(c) >= MIN_CLAUSE_WORDS]
                           if len(clauses) > 1 else [])
    for k, on in candidates[:OPPOSITE_CANDIDATES] + ([nearest_other] if nearest_other else []):
        if _absent(on):
            continue
        opposite = next((o for o in (_opposite(claim, words, layout.places[k][2].text, layout)
                                     for words in readings) if o is not None), None)
        if opposite is not None:
            return _result(claim, ClaimVerdict.NOT_SUPPORTED, (), k, wanted, layout, sources,
                           _at(ClaimNote.SAYS_THE_OPPOSITE, k, layout, sources, on, opposite), on,
                           reason=ClaimReason.SAYS_THE_OPPOSITE)
    if prescribed is not None:
        k, sentence = prescribed
        return _result(claim, ClaimVerdict.UNVERIFIABLE, (), k, wanted, layout, sources,
                       _at(ClaimNote.ONLY_RECOMMENDED, k, layout, sources, cited_scores[k],
                           sentence), cited_scores[k], reason=ClaimReason.ONLY_RECOMMENDED)
    if _absent(score):
        return _result(claim, ClaimVerdict.NOT_SUPPORTED, (), best_cited, wanted, layout, sources,
                       _at(ClaimNote.NOT_CARRIED, best_cited, layout, sources, score), score,
                       reason=ClaimReason.NOT_CARRIED)
    return _result(claim, ClaimVerdict.UNVERIFIABLE, (), best_cited, wanted, layout, sources,
                   _at(ClaimNote.UNCLEAR, best_cited, layout, sources, score), score,
                   reason=ClaimReason.EVIDENCE_UNCLEAR)


def _carries(score: tuple[float, float]) -> bool:
    coverage, similarity = score
    return similarity >= MIN_SUPPORT_SIMILARITY or (
        coverage >= MIN_SUPPORT_COVERAGE and similarity >= MIN_SUPPORT_SIMILARITY_WITH_WORDS)


def _carries_alone(score: tuple[float, float]) -> bool:
    coverage, similarity = score
    return similarity >= MIN_SUPPORT_SIMILARITY_ALONE or (
        coverage >= MIN_SUPPORT_COVERAGE_ALONE and similarity >= MIN_SUPPORT_SIMILARITY_WITH_WORDS)


def _on_words_alone(result: ClaimResult) -> ClaimResult:
    """A statement with no figure, carried by the locating rule (`_carries`) but not clearly
    (`_carries_alone`): unverifiable, its passage named for a person to read. The looser rule
    still places a claim whose figures are then found there, and a sentence continuing it."""
    if result.verdict is not ClaimVerdict.SUPPORTED or \
            result.reasons != (ClaimReason.STATEMENT_CARRIED,):
        return result
    said = result.said[0]
    if _carries_alone((said.coverage, said.similarity)):
        return result
    return replace(result, verdict=ClaimVerdict.UNVERIFIABLE,
                   said=(replace(said, what=ClaimNote.UNCLEAR),) + result.said[1:],
                   reasons=(ClaimReason.EVIDENCE_UNCLEAR,))


def _rank(score: tuple[float, float]) -> tuple[bool, float]:
    return (_carries(score), score[1] + 0.25 * score[0])


def _coverage(wanted: list[str], stems: frozenset[str], layout: _Layout) -> float:
    total = sum(layout.weight(s) for s in wanted)
    return sum(layout.weight(s) for s in wanted if s in stems) / total if total else 0.0


def _embed_at_once(claims, sources: Sources, layout: _Layout) -> None:
    """Embed in one batch each what the claims will be compared with: every passage of each
    document (once per process, kept by the document's sha256) and the claims' statements.
    A claim embedded a few passages at a time took ~90% of a dense pack's time (issue 23)."""
    meaning = sources.meaning
    if meaning is None or not hasattr(meaning, "pin"):
        return
    by_document: dict[int, list[str]] = {}
    for d, _, paragraph in layout.places:
        by_document.setdefault(d, []).extend(_passages(paragraph.text))
    for d, passages in by_document.items():
        document = sources.corpus.texts[d].document
        meaning.pin(f"{document.sha256}:{document.id}", passages)
    meaning.embed([c.statement or c.text for c in claims])


def _passages(text: str) -> list[str]:
    """What a claim is compared with in a paragraph: all of it, and each of its sentences."""
    return [text] + [s for s in _sentences(text, pairs=False) if s != text]


def _score(statement: str, wanted: list[str], k: int, sources: Sources,
           layout: _Layout) -> tuple[float, float]:
    """(share of the claim's words by rarity, best cosine over the passage and its sentences)."""
    text = layout.places[k][2].text
    coverage = _coverage(wanted, layout.stems[k], layout)
    passages = _passages(text)
    similarities = sources.similarities(statement, passages)
    return coverage, max(similarities, default=0.0)


def _sentences(text: str, pairs: bool = True) -> list[str]:
    """The sentences of a passage; with `pairs`, each with the one after it too (a claim often
    joins two). Pairs are left out where each text is embedded: that doubles the cost."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z‘“'\"(])", text)
    joined = [a + " " + b for a, b in zip(parts, parts[1:])] if pairs else []
    return [p for p in parts + joined if len(p.split()) >= 3]


def _nearest_in_words(wanted: list[str], pool, layout: _Layout, n: int) -> list[int]:
    scored = sorted(pool, key=lambda k: -_coverage(wanted, layout.stems[k], layout))
    return scored[:n]


def _nearest_in_meaning(statement: str, sources: Sources, layout: _Layout) -> list[int]:
    out = []
    for hit in sources.search_by_meaning(statement):
        for k, (d, _, paragraph) in enumerate(layout.places):
            if paragraph.order == hit.chunk.paragraph_order and \
                    sources.corpus.texts[d].document.id == hit.document_id:
                out.append(k)
                break
    return out


def _opposite(claim: Claim, wanted: list[str], text: str, layout: _Layout,
              min_coverage: float = MIN_OPPOSITE_COVERAGE) -> str | None:
    """The sentence of `text` that carries the claim's words with the negation turned round,
    unless another sentence of it carries them as well the claim's way round: "It has no
    independent member" backs the claim that the paragraph's first sentence, on the
    committee's chair, would seem to deny."""
    statement = claim.statement or claim.text
    opposite, agreeing = None, 0.0
    for sentence in _sentences(text):
        stems = frozenset(content_stems(sentence))
        coverage = _coverage(wanted, stems, layout)
        if coverage < min_coverage:
            continue
        # A negation counts only where it bears on words both sides share, and on the same
        # thing: in "the finances are not in immediate crisis, … and its arrangements … are
        # weak" the "not" is about the finances, not the arrangements a claim is about
        # (paragraph 6.16); "has no independent member" is not turned round by a sentence
        # about a member that never says "independent".
        shared = set(wanted) & stems
        claim_says, sentence_says = _negated(statement, shared), _negated(sentence, shared)
        if claim_says != sentence_says and (sentence_says or _negation_about(statement, shared)) \
                or _reversed(statement, sentence):
            if opposite is None or coverage > opposite[1]:
                opposite = (sentence, coverage)
        else:
            agreeing = max(agreeing, coverage)
    if opposite is None or agreeing >= opposite[1]:
        return None
    return opposite[0]


# What a report says should be, not what is: a recommendation, a requirement.
_PRESCRIBES = re.compile(r"\b(?:should|must|ought\s+to|needs?\s+to|(?:is|are)\s+required\s+to|"
                         r"recommend(?:s|ed|ation)?)\b", re.IGNORECASE)


def _only_prescribed(claim: Claim, wanted: list[str], text: str, layout: _Layout) -> str | None:
    """The sentence of `text` that carries the claim's words, when every sentence that does
    says what should be ("The Audit Committee should appoint at least one independent member"
    against "the report found that the Audit Committee has an independent member"); None when
    one states it as so, or when the claim itself speaks of what should be."""
    if _PRESCRIBES.search(claim.text):
        return None
    carrying = [s for s in _sentences(text, pairs=False)
                if _coverage(wanted, frozenset(content_stems(s)), layout) >= MIN_OPPOSITE_COVERAGE]
    if carrying and all(_PRESCRIBES.search(_carrying_clause(s, wanted, layout)) for s in carrying):
        return carrying[0]
    return None


_CLAUSE_BREAK = re.compile(r",?\s+(?:and|but|while|whereas)\s+(?=that\b|the\b|it\b|we\b)|;\s*")


def _carrying_clause(sentence: str, wanted: list[str], layout: _Layout) -> str:
    """The clause of a sentence that carries most of the claim's words: "We conclude that
    partnership working has weakened, and that the Authority needs to rebuild …" states the
    weakening; its second clause prescribes something else."""
    clauses = [c for c in _CLAUSE_BREAK.split(sentence) if c.strip()]
    return max(clauses, key=lambda c: _coverage(wanted, frozenset(content_stems(c)), layout))


def _negation_words(text: str) -> list[tuple[int, list[str]]]:
    """Each negation of `text` that states a polarity, with the words it reaches. Not one
    followed by "since" or "until" ("has not been revised since 2019" says what "was last
    revised in 2019" says)."""
    words = re.findall(r"[^\W\d_]+|\d+", text.lower().replace("n’t", " not").replace("n't", " not"))
    out = []
    for i, w in enumerate(words):
        if w in NEGATIONS:
            reach = words[i + 1:i + 1 + NEGATION_REACH + 2]
            if any(x in ("since", "until") for x in reach):
                continue
            out.append((i, [x for x in words[i + 1:i + 1 + NEGATION_REACH] if not x.isdigit()]))
    return out


def _negated(text: str, shared: set[str]) -> bool:
    """Whether a negation in `text` bears on one of the `shared` stems: one of them is within
    NEGATION_REACH words after it ("has no independent member", "nor has the improvement
    work")."""
    return any(any(stem(x) in shared for x in reach) for _, reach in _negation_words(text))


def _negation_about(text: str, shared: set[str]) -> bool:
    """Whether what a negation of the claim bears on is all in the sentence too: the content
    words it reaches, up to the first of the shared ones, are shared ("has no independent
    member" is not denied by a sentence that speaks of a member but never of one independent)."""
    for _, reach in _negation_words(text):
        stems = content_stems(" ".join(reach))
        hit = next((k for k, x in enumerate(stems) if x in shared), None)
        if hit is not None and all(x in shared for x in stems[:hit + 1]):
            return True
    return False


def _reversed(claim_text: str, sentence: str) -> str | None:
    """A word of the claim whose opposite the sentence uses instead ("improved" against
    "fallen"), or None."""
    claim_stems = set(content_stems(claim_text))
    sentence_stems = set(content_stems(sentence))
    for one, other in OPPOSITES:
        for a, b in ((one, other), (other, one)):
            if claim_stems & a and not claim_stems & b and sentence_stems & b and not sentence_stems & a:
                return sorted(claim_stems & a)[0]
    return None


# ---------------------------------------------------------------- evidence

def _result(claim, verdict, figures, k, wanted, layout, sources, said: ClaimSaid, score=None,
            reason: ClaimReason | None = None) -> ClaimResult:
    d, p_index, paragraph = layout.places[k]
    reasons = (reason,) if reason else ()
    if verdict in (ClaimVerdict.SUPPORTED, ClaimVerdict.ELSEWHERE):
        # Carried by words the report gives as someone else's view, denies or makes
        # conditional: the claim states as the report's finding what it is not (issue 19).
        context = governed_claim(paragraph.text, claim.text)
        if context is not None:
            verdict = ClaimVerdict.NOT_SUPPORTED
            said = ClaimSaid(GOVERNED_NOTES[context.kind], source_words=(context.words,))
            reasons = (ClaimReason.GIVEN_AS_ANOTHERS_VIEW if context.kind is ContextKind.ATTRIBUTION
                       else ClaimReason.DENIED_OR_CONDITIONAL,)
    stems = layout.stems[k]
    found_words = tuple(dict.fromkeys(w for w in wanted if w in stems))
    missing = tuple(dict.fromkeys(w for w in wanted if w not in stems))
    match = replace(_place(layout, sources, k), score=round(score[1], 4) if score else 1.0)
    return ClaimResult(claim, verdict, tuple(figures), match, _surface_words(claim, found_words),
                       _surface_words(claim, missing), round(score[1], 4) if score else 0.0,
                       (said,), reasons=reasons)


def _place(layout: _Layout, sources: Sources, k: int) -> Match:
    """Paragraph k, whole, as a Match: the evidence a result shows, a place its note names."""
    d, _, paragraph = layout.places[k]
    doc = sources.corpus.texts[d].document
    return Match(document_id=doc.id, title=doc.title, section=paragraph.section,
                 page=paragraph.first_page, paragraph_order=paragraph.order, span_start=0,
                 span_end=len(paragraph.text), text=paragraph.text, score=1.0, method="claim",
                 last_page=paragraph.last_page, heading=paragraph.heading,
                 footnote=paragraph.label if paragraph.kind is ParagraphKind.FOOTNOTE else None)


def _at(what: ClaimNote, k: int, layout: _Layout, sources: Sources, score: tuple[float, float],
        sentence: str | None = None) -> ClaimSaid:
    """A note on a statement at paragraph k: its measures there, and the sentence it names."""
    return ClaimSaid(what, places=(_place(layout, sources, k),),
                     source_words=(sentence,) if sentence is not None else (),
                     similarity=score[1], coverage=score[0])


# What the note says when the report's own sentence governs the words that carry a claim.
GOVERNED_NOTES = {
    ContextKind.DENIAL: ClaimNote.GIVEN_AS_DENIED,
    ContextKind.ATTRIBUTION: ClaimNote.GIVEN_AS_ANOTHERS_VIEW,
    ContextKind.CONDITION: ClaimNote.GIVEN_ON_A_CONDITION,
}


def _surface_words(claim: Claim, stems: tuple[str, ...]) -> tuple[str, ...]:
    """The claim's own spelling of each stem ("respondents" for "respondent")."""
    from verifier.reading.figures import stem

    spelled = {}
    for word in re.findall(r"[^\W\d_]+", claim.text):
        spelled.setdefault(stem(word), word)
    return tuple(spelled.get(s, s) for s in stems)


def _cited(paragraph: Paragraph, citation, page_labels: tuple[str, ...] = ()) -> bool:
    """Whether a claim's citation names the paragraph: its number, its chapter, or a page it
    is on, by the PDF's count or as printed on the page (`page_labels`: "14" on the PDF's
    sixteenth page of a report whose cover and contents are not numbered)."""
    for s in citation.sections:
        if paragraph.section is not None and (paragraph.section == s or paragraph.section.startswith(s + ".")):
            return True
        if "." not in s and re.match(rf"(?:chapter|part)\s+{re.escape(s)}\b", paragraph.heading or "",
                                     re.IGNORECASE):
            return True
    printed = set(page_labels[paragraph.first_page - 1:paragraph.last_page])
    for p in citation.pages:
        if paragraph.first_page <= p <= paragraph.last_page or str(p) in printed:
            return True
    return any(label in printed for label in citation.page_labels)


def _section(paragraph: Paragraph) -> str | None:
    return paragraph.section


# ---------------------------------------------------------------- measures (bench/claims_loso.py)

# A claim's parts, each a statement a passage may carry on its own: "… was weak and the
# committee rarely met", "…; …".
_PARTS = re.compile(r";\s*|,?\s+(?:and|but|while|whereas)\s+", re.IGNORECASE)
MIN_PART_WORDS = 2


def _parts(statement: str) -> list[list[str]]:
    parts = [list(dict.fromkeys(content_stems(p))) for p in _PARTS.split(statement)]
    return [p for p in parts if len(p) >= MIN_PART_WORDS]


def _measures(statement: str, wanted: list[str], k: int, sources: Sources,
              layout: _Layout) -> dict:
    """Every measure of how well passage k carries a claim (bench/claims_loso.py)."""
    d, _, paragraph = layout.places[k]
    text = paragraph.text
    sentences = [s for s in _sentences(text, pairs=False) if s != text]
    pairs = [a + " " + b for a, b in zip(sentences, sentences[1:])]
    similarities = sources.similarities(statement, [text] + sentences + pairs)
    para, sent = similarities[0], similarities[1:1 + len(sentences)]
    pair = similarities[1 + len(sentences):]
    sentence_stems = [frozenset(content_stems(s)) for s in sentences or [text]]
    parts = _parts(statement)
    neighbours = [kk for kk in (k - 1, k + 1)
                  if 0 <= kk < len(layout.places) and layout.places[kk][0] == d]
    return {
        "k": k,
        "coverage": _coverage(wanted, layout.stems[k], layout),
        "similarity": max([para] + sent),
        "sim_paragraph": para,
        "sim_sentence": max(sent, default=para),
        "sim_pair": max(pair, default=max([para] + sent)),
        "sentence_coverage": max(_coverage(wanted, s, layout) for s in sentence_stems),
        "part_coverage": min((_coverage(p, layout.stems[k], layout) for p in parts),
                             default=_coverage(wanted, layout.stems[k], layout)),
        "parts": len(parts),
        "neighbour_similarity": max((_score(statement, wanted, kk, sources, layout)[1]
                                     for kk in neighbours), default=0.0),
        "opposite": _opposite_claimless(statement, wanted, text, layout),
        "words": len(wanted),
        "length": len(text.split()),
        # the texts themselves, so a new measure can be tried on the rows without re-running
        "text": text,
        "neighbours": [layout.places[kk][2].text for kk in neighbours],
    }


def clause_turned(alignment: ClauseAlignment) -> str | None:
    """How the sentence carrying a clause says the opposite of it: "negation" (a negation
    turned round on the words they share, or matched in meaning), "opposite" (a word's
    opposite), "quantifier" or "modality" (alignment.quantity_turned); else None."""
    clause, sentence = alignment.clause, alignment.sentence
    shared = {stem(m.word) for m in alignment.matches} | \
        {stem(m.source_word) for m in alignment.matches}
    claim_says, sentence_says = _negated(clause, shared), _negated(sentence, shared)
    if claim_says != sentence_says and (sentence_says or _negation_about(clause, shared)):
        return "negation"
    if _reversed(clause, sentence):
        return "opposite"
    return quantity_turned(clause, sentence)


def aligned_measures(statement: str, wanted: list[str], texts: list[str], weight,
                     vectors=None) -> dict:
    """The clause-by-clause measures of a passage (`texts`: the paragraph, then its
    neighbours): how well the worst-carried clause is carried by one sentence of the paragraph
    (`aligned`) or of it and its neighbours (`aligned_near`), the mean over clauses, how many
    clauses, and whether the sentence carrying a clause says its opposite (`turned`)."""
    own = _sentences(texts[0], pairs=False) or [texts[0]]
    near = own + [x for t in texts[1:] for x in (_sentences(t, pairs=False) or [t])]
    here = align_clauses(statement, wanted, own, weight, vectors)
    around = align_clauses(statement, wanted, near, weight, vectors)
    turned = [t for t in map(clause_turned, here) if t]
    return {"aligned": carried_by_all(here), "aligned_near": carried_by_all(around),
            "aligned_mean": sum(a.carried for a in here) / len(here) if here else 0.0,
            "clauses": len(here), "turned": turned[0] if turned else None}


def _opposite_claimless(statement, wanted, text, layout) -> bool:
    class _C:       # _opposite reads only the statement
        pass
    c = _C()
    c.statement, c.text = statement, statement
    return _opposite(c, wanted, text, layout) is not None


def statement_measures(claim, words, cited, located, sources, layout) -> dict:
    """The measures of each passage the statement rule weighs for a claim: the cited pool (its
    CHAPTER_CANDIDATES nearest in words when larger) and the cited paragraphs nearest in
    meaning; with the place the rule chose and whether it carried the claim there."""
    statement = claim.statement or claim.text
    wanted = list(dict.fromkeys(words))
    if not wanted:
        return {"candidates": [], "located": located}
    pool = cited if len(cited) <= CHAPTER_CANDIDATES else \
        _nearest_in_words(wanted, cited, layout, CHAPTER_CANDIDATES)
    cited_set = set(cited)
    meaning = [k for k in _nearest_in_meaning(statement, sources, layout) if k in cited_set]
    candidates = []
    for k in dict.fromkeys(list(pool) + meaning):
        m = _measures(statement, wanted, k, sources, layout)
        m["in_pool"] = k in pool
        m["meaning_rank"] = meaning.index(k) if k in meaning else -1
        m["carries"] = _carries((m["coverage"], m["similarity"]))
        m["rank"] = _rank((m["coverage"], m["similarity"]))
        candidates.append(m)
    return {"candidates": candidates, "located": located, "cited": len(cited),
            "statement": statement, "wanted": wanted,
            "weights": {w: layout.weight(w) for w in wanted}}
