"""The nouns of the checking side: a Motion becomes Quotations, then Matches, Verdicts, a Report.

Frozen dataclasses of plain types, so a check can run in a worker process and its result pickle.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Verdict(str, Enum):
    """How the quoted words compare with the source (the JSON uses these exact strings)."""

    VERBATIM = "verbatim"
    MINOR = "minor"
    MISQUOTE = "misquote"
    PARAPHRASE = "paraphrase"
    NOT_FOUND = "not_found"
    # The words are the source's, but cut from the denial, condition or attribution that
    # governs them in the source's sentence (verifier/judging/context.py).
    OUT_OF_CONTEXT = "out_of_context"


class CitationVerdict(str, Enum):
    """Whether the motion's citation points where the words really are."""

    CORRECT = "correct"
    WRONG = "wrong"
    MISSING = "missing"
    UNVERIFIABLE = "unverifiable"


@dataclass(frozen=True)
class Motion:
    """A motion's text as read from its file (or standard input)."""

    path: str               # as the user gave it; "-" for standard input
    text: str               # UTF-8 decoded, "\r\n" turned into "\n"
    repairs: tuple[str, ...] = ()   # what decoding repaired, in words ("decoded 2 HTML …")


@dataclass(frozen=True)
class Citation:
    """Where the motion says a quotation comes from."""

    sections: tuple[str, ...] = ()      # paragraph or chapter numbers as written: "3.4", "10", "4.4.1"
    pages: tuple[int, ...] = ()         # 1-based page numbers ("p. 23", "pages 23-24" → 23, 24)
    document: str | None = None         # a named document: "Letter from SoS to CEX 12/11/24"
    page_labels: tuple[str, ...] = ()   # printed page numbers that are not arabic: "p. iii"
    footnotes: tuple[str, ...] = ()     # footnote numbers: "(footnote 19)"
    text: str = ""                      # the citation as written in the motion
    start: int = -1                     # its offsets in the motion text (-1 when none)
    end: int = -1
    # Given at the end of the quotation's sentence, after words of the motion's own ("“…” and
    # residents will pay (para 3.4)."): it may cite those words rather than the quotation.
    after_clause: bool = False
    # Named in an earlier sentence of the passage, not the quotation's own ("In his letter of
    # 15 October the Secretary of State said … . The Council was invited to make “…”"): it
    # confirms where the words are, and is never judged wrong.
    carried: bool = False
    # A number alone, with no word naming it a paragraph ("“…” (47)", "“…” [47]", "at 47"):
    # a paragraph only of a report numbered straight through (1 to 140), so it is read as one
    # only when the sources number so (verdicts.straight_through), else it is no citation
    # (a list's "(2)", a footnote's call that has no footnote).
    bare: bool = False
    # A citation that may name another place than the one the words were taken from: "(ibid.)"
    # (the place cited before, which writers use for the same report as often as for the same
    # paragraph), or a paragraph of a document that is not indexed ("(Peer Challenge report,
    # para 2.5)": the report may quote it). It confirms where the words are and is never
    # judged wrong: elsewhere it is unverifiable (issue 21).
    loose: bool = False

    @property
    def is_empty(self) -> bool:
        return not (self.sections or self.pages or self.page_labels or self.footnotes
                    or self.document)


@dataclass(frozen=True)
class Quotation:
    """A quotation in the motion: its words without the quotation marks, where it is, what it cites."""

    text: str               # == motion.text[start:end]
    start: int
    end: int
    citation: Citation = field(default_factory=Citation)
    inner: bool = False     # a fragment quoted inside the motion's own words (nested marks)


@dataclass(frozen=True)
class Difference:
    """One word-level difference between the motion's words and the source's."""

    kind: str               # "added" | "removed" | "changed"
    quote: str              # the motion's words ("" when removed)
    source: str             # the source's words ("" when added)


@dataclass(frozen=True)
class Match:
    """Where a quotation's words were found in an indexed document."""

    document_id: str
    title: str
    section: str | None     # the paragraph number where the words really are
    page: int               # 1-based page of the match's first character
    paragraph_order: int
    span_start: int         # offsets into the paragraph's text
    span_end: int
    text: str               # the source's words over that span
    score: float            # 0 to 1: share of the quotation's words matched (cosine for semantic)
    method: str             # "exact" | "ellipsis" | "fuzzy" | "splice" | "semantic"
    parts: tuple["Match", ...] = ()   # for a splice: the passages stitched together
    last_page: int = 0      # 1-based page of the match's last character (0: same as page)
    printed_pages: tuple[str, ...] = ()   # the page numbers printed on pages page..last_page
    footnote: str | None = None           # the footnote's number when the words are in one
    heading: str | None = None            # the chapter heading the words sit under
    # the numbers of the paragraphs after `section` that the words run on into ("2.2" when a
    # quotation starts at the end of 2.1 and goes on into 2.2); either is a right citation
    continued: tuple[str, ...] = ()
    # in a document that numbers no paragraph (a letter), the paragraph's place counted from
    # its salutation ("Dear …,"), as writers cite a letter's paragraphs; else None
    counted: int | None = None


@dataclass(frozen=True)
class QuoteResult:
    """The verdicts on one quotation."""

    quotation: Quotation
    verdict: Verdict
    citation: CitationVerdict
    found: Match | None
    differences: tuple[Difference, ...] = ()
    also_found: tuple[Match, ...] = ()
    suggestion: str | None = None     # the words and citation to use instead, when there are any
    reasons: tuple[Reason, ...] = ()  # why, as codes: the verdict's, the citation's, then any others
    # what the note says, in order, as data: verifier/rendering/notes.py puts it in words
    said: tuple["Said", ...] = ()


class Note(str, Enum):
    """One thing a quotation's note says (a Said's kind); verifier/rendering/notes.py words it."""

    # the words (judge_words, judge_meaning)
    VERBATIM = "verbatim"                         # places: where
    VERBATIM_IN_CAPITALS = "verbatim_in_capitals"
    SPELLED_OTHERWISE = "spelled_otherwise"       # differences: the pairs
    CAPITALISATION = "capitalisation"
    PUNCTUATION = "punctuation"
    EDITS_MARKED = "edits_marked"                 # counts: (omissions, insertions)
    STITCHED = "stitched"                         # places: the passages
    ARTICLE = "article"                           # differences
    MISSPELLING = "misspelling"                   # differences
    OTHER_SPELLING = "other_spelling"             # differences
    MISQUOTED = "misquoted"                       # differences: all of them
    PARAPHRASE = "paraphrase"                     # similarity
    NOT_FOUND = "not_found"
    SAME_SUBJECT_ONLY = "same_subject_only"       # places: the passage on the subject
    MEANING_DIFFERS = "meaning_differs"           # details: what disagrees (misquote)
    NEAR_BUT_DIFFERS = "near_but_differs"         # details (not found)
    NEAREST_NOT_CITED = "nearest_not_cited"       # places: the nearest passage
    NEAREST = "nearest"                           # places: the nearest passage, if any
    # what disagrees in meaning (meaning_disagreements: a Said's details)
    FIGURE_NOT_THERE = "figure_not_there"         # words: missing; source_words: the passage's
    QUOTATION_DENIES = "quotation_denies"         # words: the negation
    PASSAGE_DENIES = "passage_denies"             # source_words: the negation
    QUOTATION_SAYS_ALL = "quotation_says_all"     # words: "all"
    AMOUNT_DIFFERS = "amount_differs"             # words, source_words
    MODAL_DIFFERS = "modal_differs"               # words, source_words
    # the citation (judge_citation, judge_item_citation)
    DOCUMENT_NOT_INDEXED = "document_not_indexed"     # words: the document named
    PART_NOT_READ = "part_not_read"                   # words: the part named
    INDEX_LIST_HINT = "index_list_hint"
    CITE_INSTEAD = "cite_instead"                     # places; words: a bracket of the motion's own
    NO_PAGES = "no_pages"                             # words: the source's title
    PRINTED_PAGE_COUNTED = "printed_page_counted"     # words: the page; counts: the PDF's page
    PDF_PAGE_COUNTED = "pdf_page_counted"             # counts: the page; words: as printed
    CITED_ELSEWHERE = "cited_elsewhere"               # words: the citation; places: where
    NO_CAPTION = "no_caption"                         # words: the item; places: where
    CITATION_UNCHECKABLE = "citation_uncheckable"     # places: where the words are
    UNNUMBERED_PLACE = "unnumbered_place"             # words: the citation; places: where
    PARAGRAPHS_NOT_INDEXED = "paragraphs_not_indexed" # words: the numbers
    # the rest
    BRACKET_BACKS_OWN_WORDS = "bracket_backs_own_words"   # words: the bracket
    REPORT_NOT_INDEXED = "report_not_indexed"
    ALSO_AT = "also_at"                           # places
    DENIAL_LEFT_OUT = "denial_left_out"           # words: what was left out
    ATTRIBUTION_LEFT_OUT = "attribution_left_out"
    QUALIFICATION_LEFT_OUT = "qualification_left_out"
    CONDITION_LEFT_OUT = "condition_left_out"
    CONTEXT_NOTED = "context_noted"               # words: what the sentence adds, left out
    SUGGESTED = "suggested"                       # words: the suggestion
    SUGGESTED_EACH = "suggested_each"             # words: the suggestion, passage by passage


@dataclass(frozen=True)
class Said:
    """One thing a quotation's note says, as data: its kind and the words, places and figures
    it names (the judge decides it; the edges word it: verifier/rendering/notes.py)."""

    what: Note
    places: tuple[Match, ...] = ()
    words: tuple[str, ...] = ()             # the motion's words, a citation, a name
    source_words: tuple[str, ...] = ()      # the source's words
    differences: tuple[Difference, ...] = ()
    counts: tuple[int, ...] = ()
    similarity: float | None = None
    details: tuple["Said", ...] = ()


class Reason(str, Enum):
    """Why a quotation got its verdicts, as codes (the JSON's "reasons"); the note says the same
    in words for a reader."""

    WORDS_AS_IN_SOURCE = "words_as_in_source"             # verbatim
    EDITS_MARKED_OR_HARMLESS = "edits_marked_or_harmless"  # minor
    WORDS_CHANGED = "words_changed"                       # misquote
    PASSAGES_STITCHED = "passages_stitched"               # misquote: separate passages joined
    MEANING_IN_OTHER_WORDS = "meaning_in_other_words"     # paraphrase
    NOT_IN_THE_SOURCES = "not_in_the_sources"             # not_found
    DENIAL_LEFT_OUT = "denial_left_out"                   # out of context: "We do not suggest that"
    ATTRIBUTION_LEFT_OUT = "attribution_left_out"         # out of context: "One officer told us"
    CONDITION_LEFT_OUT = "condition_left_out"             # out of context: "Unless the council acts"
    QUALIFICATION_LEFT_OUT = "qualification_left_out"     # out of context: "…, but the council's …"
    QUOTED_REPORT_NOT_INDEXED = "quoted_report_not_indexed"   # its citations match no source
    CITED_PLACE_HOLDS_THEM = "cited_place_holds_them"     # citation correct
    CITED_PLACE_DOES_NOT = "cited_place_does_not"         # citation wrong
    NOTHING_CITED = "nothing_cited"                       # citation missing
    CITATION_NOT_CHECKABLE = "citation_not_checkable"     # citation unverifiable
    CITATION_BACKS_OWN_WORDS = "citation_backs_own_words" # the bracket closes the motion's words
    ALSO_ELSEWHERE = "also_elsewhere"                     # the same words at other places too


@dataclass(frozen=True)
class SourceInfo:
    id: str
    title: str
    pages: int
    sha256: str
    format: str = ""        # "pdf", "html" or "docx" (verifier.rendering.vocabulary.source_format)


@dataclass(frozen=True)
class CheckReport:
    """Everything `verifier check` says about one motion."""

    motion_path: str
    motion_chars: int
    sources: tuple[SourceInfo, ...]
    results: tuple[QuoteResult, ...]
    # One per result: its number as `verifier quotes` shows it ("2", or "2a" for a quotation
    # inside quotation 2); empty means 1, 2, 3 … (verifier.reading.quotations.number_quotations).
    labels: tuple[str, ...] = ()
    claims: tuple["ClaimResult", ...] = ()   # statements outside quotation marks (issue 10)
    repairs: tuple[str, ...] = ()   # the motion's decoding repairs (Motion.repairs)
    checked_at: str = ""            # when it was checked: ISO 8601, UTC, to the second



# ---------------------------------------------------------------- agenda packs (verifier batch)

@dataclass(frozen=True)
class AgendaItem:
    """One agenda item's papers in a pack, or what comes before the first item."""

    id: str                 # unique in the pack: "front", "item-8a", "item-12(b)"
    number: str | None      # as printed, normalised ("8", "8a", "12(b)"); None before item 1
    title: str
    first_page: int         # 1-based pack pages, inclusive
    last_page: int


@dataclass(frozen=True)
class PackQuote:
    """A quotation found in a pack, checked, and placed in the pack."""

    result: QuoteResult     # its quotation's start/end are offsets in the pack's text
    item: str               # an AgendaItem.id
    pack_page: int          # 1-based page of the pack where the quotation starts
    concerns_sources: bool  # it cites or quotes an indexed source: a finding, not just listed


@dataclass(frozen=True)
class Meeting:
    """The meeting an agenda pack is for; blank what is not known."""

    council: str            # "London Borough of Eastmarsh"
    committee: str          # "Council", "Cabinet"
    date: str               # ISO "2025-03-19", or ""
    source: str             # where these come from: "cover" (the pack's first page), "manifest"


class PackStatus(str, Enum):
    """How checking one agenda pack ended (the batch JSON's `status` words)."""

    OK = "ok"               # read, split and checked: its findings are in the result
    FAILED = "failed"       # not checked: the result's `error` says why in plain words


@dataclass(frozen=True)
class PackResult:
    """What checking one agenda pack gave, or why it failed (a failure is data, not raised)."""

    path: str               # as given on the command line
    sha256: str
    pages: int
    status: PackStatus
    error: str | None
    items: tuple[AgendaItem, ...] = ()
    sources: tuple[SourceInfo, ...] = ()
    quotes: tuple[PackQuote, ...] = ()
    text_chars: int = 0
    claims: tuple[PackClaim, ...] = ()
    meeting: Meeting | None = None


# ---------------------------------------------------------------- claims (issue 10)

class ClaimVerdict(str, Enum):
    """Whether the sources carry a claim made without quotation marks (the JSON's words)."""

    SUPPORTED = "supported"             # the cited place carries it, figures included
    ELSEWHERE = "elsewhere"             # another paragraph carries it, not the cited one
    FIGURE_DIFFERS = "figure_differs"   # the same context in the source has another number
    NOT_SUPPORTED = "not_supported"     # neither the cited place nor any passage carries it
    UNVERIFIABLE = "unverifiable"       # the cited place is not indexed, or the evidence is unclear


class ClaimReason(str, Enum):
    """Why a claim got its verdict, as codes (the JSON's "reasons"); the note (ClaimResult.said,
    worded by verifier/rendering/claim_notes.py) says the same in words for a reader."""

    FIGURES_HOLD = "figures_hold"                     # supported: every figure is in the place
    STATEMENT_CARRIED = "statement_carried"           # supported: its words or meaning are there
    CARRIED_ELSEWHERE = "carried_elsewhere"           # elsewhere: not in the place cited
    CITED_PLACE_DOES_NOT_EXIST = "cited_place_does_not_exist"   # "paragraph 134" of 1-120
    FIGURE_DIFFERS = "figure_differs"                 # the source has another number
    SAYS_THE_OPPOSITE = "says_the_opposite"           # not_supported
    GIVEN_AS_ANOTHERS_VIEW = "given_as_anothers_view"  # the report reports it, does not find it
    DENIED_OR_CONDITIONAL = "denied_or_conditional"   # the report denies it, or only on a condition
    NEVER_DISCUSSED = "never_discussed"               # no source mentions its subject
    NOT_CARRIED = "not_carried"                       # no passage comes near it
    DOCUMENT_NOT_INDEXED = "document_not_indexed"     # unverifiable: it rests on another document
    CITED_PLACE_NOT_INDEXED = "cited_place_not_indexed"
    REPORT_NOT_INDEXED = "report_not_indexed"         # the motion's citations name another report
    FIGURE_NOT_FOUND = "figure_not_found"             # a figure is nowhere in its context
    MAY_SAY_THE_OPPOSITE = "may_say_the_opposite"     # check by hand
    ONLY_RECOMMENDED = "only_recommended"             # the passage says it should be, not that it is
    EVIDENCE_UNCLEAR = "evidence_unclear"             # on the subject, not plainly carrying it
    NOTHING_TO_COMPARE = "nothing_to_compare"


class FigureStatus(str, Enum):
    HOLDS = "holds"
    DIFFERS = "differs"
    ABSENT = "absent"


@dataclass(frozen=True)
class Figure:
    """A number the motion states, with its unit, its bound and the words around it."""

    text: str               # as written in the motion: "over 5,000", "48%", "£3.4 million"
    start: int              # offsets in the motion text
    end: int
    value: float            # 5000.0, 48.0, 3400000.0
    unit: str               # "%" | "£" | "" (a count) | "times" …, as normalised by figures.py
    bound: str = "="        # "=" exact, ">" more than, ">=" at least, "<" fewer than, "<=" at most,
                            # "~" about, "≲" nearly (just under)
    context: tuple[str, ...] = ()   # comparison keys of the content words near the number
    rounded: bool = False   # a share said in words ("a third", "one in four"): rounded by nature
    group: str = ""         # whom a share or count is of, when it says: "staff", "councillors" …
    # the year written beside it ("£4.8 million in 2021/22": (2021, 2022)), when one is
    year: tuple[int, int] | None = None
    # a share or count in words with no number of its own ("most", "a majority", "a handful",
    # "almost all"), or a multiple as an adjective or participle ("fourfold", "more than
    # quadrupling"): checked against the source's figure, but never what makes a sentence a
    # claim, nor, when the sources give no figure for it, what makes a claim unverifiable
    vague: bool = False


@dataclass(frozen=True)
class Claim:
    """A sentence outside quotation marks that attributes something to the sources."""

    text: str               # == motion.text[start:end]
    start: int
    end: int
    citation: Citation = field(default_factory=Citation)
    figures: tuple[Figure, ...] = ()
    statement: str = ""     # the claim less its reference words ("as per section 4.10, ")
    # attributed only by the sentence before it ("Eleven of those …", a figure stated within
    # reach of an attribution): a claim if the sources bear on it, else the writer's own words
    borrowed: bool = False
    # a figure stated beyond that reach, after the document has attributed to the sources (a
    # news story's "Interest bills have risen by 78% in two years" under a heading of its own):
    # a claim only if one of its figures is found in the sources (issue 19)
    distant: bool = False


@dataclass(frozen=True)
class FigureResult:
    """How one of a claim's figures compares with the source."""

    figure: Figure
    status: FigureStatus
    source_text: str | None = None      # the source's sentence holding the figure compared
    source_figure: str | None = None    # the source's figure itself: "84", "eleven times"
    section: str | None = None          # where that sentence is
    # How it holds, in words: "47% ≈ nearly half (just under 50%)", "79 ÷ 41 = 1.93 ≈ nearly
    # doubled (just under ×2)".
    arithmetic: str | None = None


@dataclass(frozen=True)
class ClaimResult:
    """The verdict on one claim, with its evidence."""

    claim: Claim
    verdict: ClaimVerdict
    figures: tuple[FigureResult, ...] = ()
    found: Match | None = None          # the passage that carries it (or the cited one, compared)
    words_found: tuple[str, ...] = ()   # the claim's content words the passage carries
    words_missing: tuple[str, ...] = ()
    similarity: float = 0.0             # cosine of the statement and the passage (0 when not measured)
    # what the note says, in order, as data: verifier/rendering/claim_notes.py puts it in words
    said: tuple["ClaimSaid", ...] = ()
    about_document: str | None = None   # the indexed document's id it is judged against, or the
                                        # name it gives a document that is not indexed
    hedge: str | None = None            # "suggests", "appears to", "is said to": reported, never
                                        # a reason to pass the claim
    reasons: tuple[ClaimReason, ...] = ()   # why, as codes: the verdict's first


class ClaimNote(str, Enum):
    """One thing a claim's note says (a ClaimSaid's kind); verifier/rendering/claim_notes.py
    words it. "place": the passage named (places[0]); "cited": the claim's own citation."""

    # where the claim cannot be judged at all
    DOCUMENT_NOT_INDEXED = "document_not_indexed"         # words: the document named
    CITED_PLACE_NOT_INDEXED = "cited_place_not_indexed"   # words: the places; pages: by page
    NO_SUCH_PARAGRAPH = "no_such_paragraph"               # words: the paragraphs cited
    NO_WORDS_TO_COMPARE = "no_words_to_compare"
    NOTHING_TO_COMPARE = "nothing_to_compare"
    # its figures
    FIGURES_DIFFER = "figures_differ"                     # details: one FIGURE_DIFFERS each
    FIGURE_DIFFERS = "figure_differs"       # words: the claim's; source_words: the source's
                                            # figure and sentence; places: where
    FIGURES_IN = "figures_in"                             # places: the place
    FIGURES_IN_AND_ELSEWHERE = "figures_in_and_elsewhere"  # places: the cited one, the others
    FIGURES_NOT_IN_CITED = "figures_not_in_cited"         # places: where they are
    FIGURES_THERE_TOO = "figures_there_too"
    FIGURES_NOT_IN_CONTEXT = "figures_not_in_context"     # words: the figures not found
    # its statement (place, similarity, coverage: the share of its words by rarity)
    CARRIED = "carried"
    CARRIED_ELSEWHERE = "carried_elsewhere"
    SAYS_THE_OPPOSITE = "says_the_opposite"               # source_words: the sentence
    MAY_SAY_THE_OPPOSITE = "may_say_the_opposite"         # source_words: the sentence
    ONLY_RECOMMENDED = "only_recommended"                 # source_words: the sentence
    NOT_CARRIED = "not_carried"
    UNCLEAR = "unclear"
    UNCLEAR_NOT_WHERE_CITED = "unclear_not_where_cited"   # cited_similarity: at the cited place
    NEVER_MENTIONED = "never_mentioned"                   # words: the things never mentioned
    # the report's own sentence governs the words that carry it (verifier/judging/context.py)
    GIVEN_AS_DENIED = "given_as_denied"                   # source_words: the words
    GIVEN_AS_ANOTHERS_VIEW = "given_as_anothers_view"
    GIVEN_ON_A_CONDITION = "given_on_a_condition"
    # not judged: the sources may not be the ones the motion cites
    CITED_REPORT_NOT_INDEXED = "cited_report_not_indexed"
    NO_CITATION_CONFIRMED = "no_citation_confirmed"


@dataclass(frozen=True)
class ClaimSaid:
    """One thing a claim's note says, as data: its kind and the places, words and measures it
    names (the judge decides it; the edges word it: verifier/rendering/claim_notes.py)."""

    what: ClaimNote
    places: tuple[Match, ...] = ()
    words: tuple[str, ...] = ()             # the claim's words, figures or citation
    source_words: tuple[str, ...] = ()      # the source's words
    similarity: float | None = None         # cosine, 0 to 1, of the claim and places[0]
    coverage: float | None = None           # share of the claim's words (by rarity), 0 to 1
    cited_similarity: float | None = None   # cosine at the place cited, when places[0] is not
    pages: bool = False                     # the citation names pages, not paragraphs
    details: tuple["ClaimSaid", ...] = ()



@dataclass(frozen=True)
class PackClaim:
    """A claim found in a pack's item, checked, and placed in the pack."""

    result: ClaimResult     # its claim's start/end are offsets in the pack's text
    item: str               # an AgendaItem.id
    pack_page: int
