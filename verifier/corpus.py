"""The indexed documents' words, laid out once per check for fast lexical search.

Each document's paragraphs are tokenised into one sequence of comparison keys (so a quotation
that runs over a paragraph or page boundary is still one run of words), with every token's
paragraph and character span kept so a hit maps back to the report's exact characters.
"""

from __future__ import annotations

import bisect
import functools
import math
from collections import defaultdict
from dataclasses import dataclass, field

from index import Document, Paragraph
from verifier.words import Token, tokenize


# A part of a report is named by a short line: a heading, not a sentence.
MAX_PART_NAME = 60


@dataclass
class DocumentText:
    document: Document
    paragraphs: tuple[Paragraph, ...]
    tokens: list[Token] = field(default_factory=list)
    token_paragraph: list[int] = field(default_factory=list)   # index into paragraphs
    joined: str = " "                                         # " key key key … "
    token_offsets: list[int] = field(default_factory=list)     # where each token starts in joined

    def __post_init__(self):
        keys = []
        for p_index, paragraph in enumerate(self.paragraphs):
            for token in tokenize(paragraph.text):
                self.tokens.append(token)
                self.token_paragraph.append(p_index)
                keys.append(token.key)
        offsets, at = [], 1
        for key in keys:
            offsets.append(at)
            at += len(key) + 1
        self.token_offsets = offsets
        self.joined = " " + " ".join(keys) + " "

    def find_run(self, keys: list[str], start_token: int = 0) -> list[int]:
        """Token indices where the run of `keys` occurs, in order, from `start_token` on."""
        if not keys:
            return []
        needle = " " + " ".join(keys) + " "
        hits = []
        pos = self.token_offsets[start_token] - 1 if start_token < len(self.token_offsets) else len(self.joined)
        while True:
            at = self.joined.find(needle, pos)
            if at < 0:
                return hits
            hits.append(bisect.bisect_left(self.token_offsets, at + 1))
            pos = at + 1

    def contains_run(self, keys: list[str]) -> bool:
        return (" " + " ".join(keys) + " ") in self.joined

    def paragraph_of(self, token_index: int) -> Paragraph:
        return self.paragraphs[self.token_paragraph[token_index]]

    @classmethod
    def laid_out(cls, document: Document, index) -> DocumentText:
        """The document's words, from its paragraphs in `index`."""
        return cls(document, index.paragraphs(document.id))


class Corpus:
    """All documents a motion is checked against, with word statistics for candidate search."""

    def __init__(self, documents: list[tuple[Document, tuple[Paragraph, ...]]]):
        self._build([DocumentText(doc, tuple(paras)) for doc, paras in documents])

    @classmethod
    def of(cls, documents: tuple[Document, ...], session) -> Corpus:
        """The corpus of `documents` with each one's words as `session` laid them out."""
        corpus = cls.__new__(cls)
        corpus._build([session.document_text(doc) for doc in documents])
        return corpus

    def _build(self, texts: list[DocumentText]) -> None:
        self.texts = texts
        self.postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for d, text in enumerate(self.texts):
            for t, token in enumerate(text.tokens):
                self.postings[token.key].append((d, t))
        total = sum(len(t.tokens) for t in self.texts) or 1
        self._total = total

    def idf(self, key: str) -> float:
        """Rarer words weigh more when looking for where a quotation might be."""
        return math.log(1 + self._total / (1 + len(self.postings.get(key, ()))))

    @functools.cached_property
    def part_names(self) -> dict[str, set[str]]:
        """Each document's headings and short unnumbered lines ("Executive Summary", "Annex A"),
        lower-cased: the names a motion may cite a part of a report by."""
        names: dict[str, set[str]] = {}
        for text in self.texts:
            found = names.setdefault(text.document.id, set())
            for p in text.paragraphs:
                for candidate in (p.heading, p.text if len(p.text) <= MAX_PART_NAME else None):
                    if candidate:
                        found.add(" ".join(candidate.lower().split()))
        return names

    def document_text(self, document_id: str) -> DocumentText | None:
        for text in self.texts:
            if text.document.id == document_id:
                return text
        return None
