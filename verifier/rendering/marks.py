"""Mark where a quotation's words and the source's words differ, for every view of a result (terminal, HTML report, web page).

Works on the `verifier/check/1` JSON of one quotation, so the page can be drawn from a stored
report. Words are compared case-blind, without punctuation and with curly quotes made
straight: the same tolerance as the "minor" verdict, so a comma never lights up as a change.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from verifier.words import FOOTNOTE_MARKER, fold

# Below this share of shared words the two texts are different sentences (a paraphrase):
# marking nearly every word would be noise, so the page shows them plain.
MIN_SHARED_WORDS = 0.4

_WORD = re.compile(r"\S+")
_PIECE = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*|[%£$€]")


@dataclass(frozen=True)
class Segment:
    """A run of words shown as they are ("same") or marked: "ins" in the motion's words,
    "del" in the source's."""

    kind: str       # "same" | "ins" | "del"
    text: str


def _key(word: str) -> str:
    """A word as the matcher compares it (verifier.words.fold: case, accents, British/American
    spelling made one), less punctuation and a footnote marker glued to it ("budget.3")."""
    word = FOOTNOTE_MARKER.sub("", word)
    return "".join(fold(piece) for piece in _PIECE.findall(word))


def mark_words(quote: str, source: str) -> tuple[tuple[Segment, ...], tuple[Segment, ...]]:
    """(motion segments, source segments): the motion's extra words as "ins", the source's
    missing words as "del". Texts too unlike to align come back unmarked."""
    q_words = _WORD.findall(quote)
    s_words = _WORD.findall(source)
    q_keys = [_key(w) for w in q_words]
    s_keys = [_key(w) for w in s_words]
    matcher = difflib.SequenceMatcher(a=q_keys, b=s_keys, autojunk=False)
    shared = sum(block.size for block in matcher.get_matching_blocks())
    if not q_words or not s_words or shared / max(len(q_words), len(s_words)) < MIN_SHARED_WORDS:
        return (Segment("same", " ".join(q_words)),), (Segment("same", " ".join(s_words)),)
    motion, found = [], []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            motion.append(Segment("same", " ".join(q_words[i1:i2])))
            found.append(Segment("same", " ".join(s_words[j1:j2])))
            continue
        if i2 > i1 and any(q_keys[i1:i2]):
            motion.append(Segment("ins", " ".join(q_words[i1:i2])))
        elif i2 > i1:
            motion.append(Segment("same", " ".join(q_words[i1:i2])))
        if j2 > j1 and any(s_keys[j1:j2]):
            found.append(Segment("del", " ".join(s_words[j1:j2])))
        elif j2 > j1:
            found.append(Segment("same", " ".join(s_words[j1:j2])))
    return tuple(motion), tuple(found)


# How check_quotation ends a note that offers a correction (verifier.judging.verdicts.suggest).
_SUGGESTED = re.compile(r"Suggested: (?:quote each passage with its own citation: )?(.+)\.\Z",
                        re.DOTALL)


def suggestion(quote: dict) -> str | None:
    """The words and citation a motion should use instead, when the check found better ones:
    the correction the check's note offers (every passage of a splice, each with its citation,
    in the motion's citation style; none from a weak match)."""
    if "suggestion" in quote:
        return quote["suggestion"]
    if "note" in quote:     # a report stored before the JSON carried the correction
        m = _SUGGESTED.search(quote["note"] or "")
        return m.group(1) if m else None
    # A report stored before notes carried the correction.
    found = quote.get("found")
    if not found:
        return None
    # Marked omissions ("…", "[…]") are the motion's right: nothing to correct then.
    if quote["verdict"] in ("verbatim", "minor") and quote["citation"] not in ("wrong", "missing"):
        return None
    words = " ".join(found["text"].split())
    if found.get("section"):
        where = f"Section {found['section']}"
    else:
        where = f"{found['title']}, p. {found['page']}"
    return f"\u201c{words}\u201d ({where})"
