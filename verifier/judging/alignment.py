"""A claim's propositions, clause by clause, aligned to the source sentences that carry them
(issue 19).

    split_clauses(statement) -> clauses
    align_clauses(statement, wanted, sentences, weight, vectors) -> (ClauseAlignment, ...)

A claim often joins several findings ("the committee met rarely and its chair had no
training"); a passage can carry one of them in the report's words and say nothing of the
other, and a whole-claim measure (the share of its words, one cosine over the claim) scores it
as well as a passage carrying both. Here each clause is read on its own: its content words are
matched to one sentence's, a word the sentence lacks counting at its similarity in meaning to
the sentence's nearest word ("praised" to "commended" counts about 0.6; "praised" to
"auditors" counts nothing). A claim is carried as well as its worst-carried clause.

Who says a thing ("the report found that"), the writer's own clauses ("and I welcome that") and
clauses of fewer than MIN_PROPOSITION_WORDS content words are not propositions to align.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from verifier.reading.figures import content_stems

# A clause is a proposition of its own with at least this many content words ("repairs were
# slow"); a shorter piece ("and rising", "but slowly") qualifies its neighbour and stays with it.
MIN_PROPOSITION_WORDS = 2
# A clause word the sentence lacks counts at its cosine to the sentence's nearest word
# (all-MiniLM-L6-v2, each word embedded alone) when at least this close: below it, words of one
# report's register (a "council" and a "committee") are near without meaning the same.
MIN_WORD_SIMILARITY = 0.55

# Where a claim joins two propositions: ";", "but", "while", "whereas", "although", ", and",
# a relative clause after a comma ("…, which …"), a dash. A bare "and" joins a proposition only
# when both sides have MIN_PROPOSITION_WORDS content words ("staff and councillors" is one).
_BREAK = re.compile(r"\s*;\s*|\s+[–—-]\s+|,?\s+(?:but|while|whereas|although|though)\s+|"
                    r",\s+(?:and\s+)?(?:which|who|where)\s+|,\s+and\s+|\s+and\s+(?=that\b)",
                    re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
# The writer speaking for themself: "I", "we", "our group" as a clause's subject.
_WRITERS_OWN = re.compile(r"^(?:and\s+|so\s+)?(?:I|we|our\s+group|this\s+group|my\s+group)\b"
                          r"(?!\s+(?:were|are)\s+told)", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Who says it, at a clause's head: up to a verb that takes what is said as its clause ("the
# inspectors admit", "Cllr Pask said the report showed that", "The headline is that"), within
# the clause's first MAX_FRAME_WORDS words. Not a verb that judges its object ("the inspectors
# praise the survey"): there the verb is the proposition.
MAX_FRAME_WORDS = 12
_FRAME_VERB = re.compile(
    r"\b(?:says?|said|suggest(?:s|ed)?|finds?|found|notes?|noted|states?|stated|conclude[sd]?|"
    r"confirm(?:s|ed)?|accept(?:s|ed)?|acknowledge[sd]?|admit(?:s|ted)?|recognise[sd]?|"
    r"recognize[sd]?|shows?|showed|reveal(?:s|ed)?|records?|recorded|reports?|reported|"
    r"observe[sd]?|told(?:\s+(?:the\s+)?inspectors|\s+us)?|makes?\s+clear|made\s+clear|"
    r"(?:is|was)\s+clear|is|was)\s+that\b|"
    r"\b(?:says?|said|suggest(?:s|ed)?|finds?|found|notes?|noted|states?|stated|concede[sd]?|"
    r"confirm(?:s|ed)?|accept(?:s|ed)?|acknowledge[sd]?|admit(?:s|ted)?|recognise[sd]?|"
    r"shows?|showed|reveal(?:s|ed)?)\b(?!\s+(?:that|to|of|on|in|by|it|them|so)\b)",
    re.IGNORECASE)
# A discourse marker at a clause's head: "In fairness,", "Finally,", "However,".
_LEAD = re.compile(r"^(?:(?:in|to\s+be|for)\s+\w+|\w+ly|however|indeed|still|yet),\s+",
                   re.IGNORECASE)


def said_part(clause: str) -> str:
    """What a clause says was said: without the frame of who says it and a discourse marker
    at its head."""
    clause = _LEAD.sub("", clause)
    head = " ".join(clause.split()[:MAX_FRAME_WORDS])
    frame = None
    for m in _FRAME_VERB.finditer(head):
        frame = m
    if frame is not None and frame.end() < len(clause):
        rest = clause[frame.end():].strip(" ,")
        if len(content_stems(rest)) >= MIN_PROPOSITION_WORDS:
            return rest
    return clause


@dataclass(frozen=True)
class WordMatch:
    """A clause word and the sentence word that carries it: the same stem (similarity 1.0), or
    the sentence's nearest word in meaning at its cosine."""
    word: str
    source_word: str
    similarity: float


@dataclass(frozen=True)
class ClauseAlignment:
    """One proposition of a claim and the sentence that carries it best.

    `carried` (0 to 1): the clause's content words, weighted by rarity, each counted 1 when the
    sentence has it, at its similarity when the sentence has a word near it in meaning, else 0.
    """
    clause: str
    sentence: str
    carried: float
    matches: tuple[WordMatch, ...]
    missing: tuple[str, ...]


def _spans(pattern: re.Pattern, text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of text[start:end] between the matches of `pattern`, as spans."""
    out, at = [], start
    for m in pattern.finditer(text, start, end):
        out.append((at, m.start()))
        at = m.end()
    return out + [(at, end)]


# Who says it, as a piece of its own: "On scrutiny, the report suggests", "the letter says".
_FRAME = re.compile(r"\b(?:report|inspectors?|inspection|letter|review|minister|it|they)\s+"
                    r"(?:also\s+|clearly\s+|\w+ly\s+)?\w+$", re.IGNORECASE)


def _words_in(text: str) -> int:
    """The content words of a piece, none when it only says who says so."""
    text = text.strip(" ,.;")
    return 0 if _FRAME.search(text) else len(content_stems(text))


def split_clauses(statement: str) -> list[str]:
    """The propositions of a claim's statement, in order: pieces at the breaks above, a piece
    too short to state anything kept with its neighbour (the text between them kept too); the
    writer's own asides left out."""
    spans = []
    for a, b in _spans(_BREAK, statement, 0, len(statement)):
        parts = _spans(_AND, statement, a, b)
        # "repairs were slow and complaints went unanswered": two propositions when both have
        # words enough to state something
        if len(parts) == 2 and all(_words_in(statement[x:y]) >= MIN_PROPOSITION_WORDS
                                   for x, y in parts):
            spans += parts
        else:
            spans.append((a, b))
    kept: list[list[int]] = []
    for a, b in spans:
        piece = statement[a:b]
        if _WRITERS_OWN.match(piece.strip(" ,")) and len(spans) > 1:
            # "and I accept, that scrutiny has …": the writer's aside, then what was said
            rest = piece.partition(", that ")[2]
            if not rest:
                continue
            a = b - len(rest)
            if kept:        # the aside itself is not kept between the clause and what follows
                kept.append([a, b])
                continue
        if kept and _words_in(statement[a:b]) < MIN_PROPOSITION_WORDS:
            kept[-1][1] = b
        else:
            kept.append([a, b])
    if len(kept) > 1 and _words_in(statement[kept[0][0]:kept[0][1]]) < MIN_PROPOSITION_WORDS:
        kept[1][0] = kept[0][0]
        kept = kept[1:]
    clauses = [statement[a:b].strip(" ,.;") for a, b in kept]
    return [c for c in clauses if c] or [statement]


def _words(text: str) -> list[tuple[str, str]]:
    """(surface word, stem) of each content word of `text`."""
    out = []
    for m in _WORD.finditer(text):
        stems = content_stems(m.group())
        if len(stems) == 1:
            out.append((m.group().lower(), stems[0]))
    return out


def align_clauses(statement: str, wanted: Sequence[str], sentences: Sequence[str],
                  weight: Callable[[str], float],
                  vectors: Callable[[list[str]], object] | None = None) -> tuple[ClauseAlignment, ...]:
    """Each clause of `statement` with the sentence of `sentences` that carries it best.

    `wanted`: the claim's content stems that are weighed (who says it left out); `weight`: a
    stem's rarity in the sources; `vectors`: unit vectors for a list of words (None: by the
    same stem only, as when no model is loaded)."""
    wanted_set = set(wanted)
    clauses = [(c, [(w, s) for w, s in dict.fromkeys(_words(said_part(c))) if s in wanted_set])
               for c in split_clauses(statement)]
    clauses = [(c, ws) for c, ws in clauses if ws]
    sentence_words = [list(dict.fromkeys(_words(s))) for s in sentences]
    if not clauses or not sentences:
        return ()
    near: dict[tuple[str, str], float] = {}
    if vectors is not None:
        claim_words = sorted({w for _, ws in clauses for w, _ in ws})
        source_words = sorted({w for ws in sentence_words for w, _ in ws})
        if claim_words and source_words:
            a = vectors(claim_words)
            b = vectors(source_words)
            sims = a @ b.T
            for i, cw in enumerate(claim_words):
                for j, sw in enumerate(source_words):
                    if sims[i, j] >= MIN_WORD_SIMILARITY:
                        near[cw, sw] = float(sims[i, j])
    out = []
    for clause, words in clauses:
        total = sum(weight(s) for _, s in words) or 1.0
        best = None
        for sentence, s_words in zip(sentences, sentence_words):
            stems = {s: w for w, s in s_words}
            matches, missing, got = [], [], 0.0
            for w, s in words:
                if s in stems:
                    matches.append(WordMatch(w, stems[s], 1.0))
                    got += weight(s)
                    continue
                sim, source_word = max(((near.get((w, sw), 0.0), sw) for sw, _ in s_words),
                                       default=(0.0, ""))
                if sim > 0.0:
                    matches.append(WordMatch(w, source_word, round(sim, 3)))
                    got += weight(s) * sim
                else:
                    missing.append(w)
            carried = got / total
            if best is None or carried > best.carried:
                best = ClauseAlignment(clause, sentence, carried, tuple(matches), tuple(missing))
        out.append(best)
    return tuple(out)


def carried_by_all(alignments: Sequence[ClauseAlignment]) -> float:
    """How well the worst-carried proposition is carried (0 when there is none)."""
    return min((a.carried for a in alignments), default=0.0)


# A claim that says all (or none) where the sentence carrying it says some: "all the
# committee's reports were late" against "several reports were late".
_UNIVERSAL = re.compile(r"\b(?:all|every|each|always|any|entire(?:ly)?|whole|wholly|fully|"
                        r"consistently|invariably)\b", re.IGNORECASE)
_PARTIAL = re.compile(r"\b(?:some|several|many|most|few|a\s+number\s+of|sometimes|often|"
                      r"occasionally|partly|partially|in\s+places|not\s+all|not\s+always|"
                      r"inconsistent(?:ly)?|mixed|varied|uneven(?:ly)?)\b", re.IGNORECASE)
# What must or will be against what may be, is proposed or is hoped for: "commissioners will
# take over" against "the Secretary of State is minded to appoint".
_CERTAIN = re.compile(r"\b(?:will|must|shall|has\s+to|have\s+to|is\s+required|are\s+required|"
                      r"has\s+(?:decided|directed)|have\s+(?:decided|directed))\b", re.IGNORECASE)
_POSSIBLE = re.compile(r"\b(?:may|might|could|minded\s+to|propos\w*|consider(?:s|ing)?\s+"
                       r"(?:whether|that)|intends?\s+to|hopes?\s+to|would\s+like|if)\b",
                       re.IGNORECASE)


def quantity_turned(clause: str, sentence: str) -> str | None:
    """"quantifier" when the clause says all where the sentence says some; "modality" when the
    clause says it will be where the sentence says it may be; else None."""
    if _UNIVERSAL.search(clause) and not _PARTIAL.search(clause) and \
            _PARTIAL.search(sentence) and not _UNIVERSAL.search(sentence):
        return "quantifier"
    if _CERTAIN.search(clause) and not _POSSIBLE.search(clause) and \
            _POSSIBLE.search(sentence) and not _CERTAIN.search(sentence):
        return "modality"
    return None
