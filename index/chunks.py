"""Cut paragraphs into the windows that are embedded and searched by meaning.

A chunk never crosses a paragraph boundary, so every semantic hit names one paragraph number.
Short paragraphs are one chunk; long ones become overlapping windows of whole sentences, so a
quotation of one or two sentences always sits wholly inside some window.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from index.models import Chunk, Paragraph
from index.text import sentence_spans

# all-MiniLM-L6-v2 reads at most 256 word pieces (~190 words) and is tuned on sentence-length
# text: a paragraph up to this many words is embedded whole, longer ones are windowed.
MAX_PARAGRAPH_WORDS = 80
# A window grows sentence by sentence until it holds at least this many words.
WINDOW_WORDS = 60
# Windows share one sentence, so a quotation spanning two sentences is never cut in half.
OVERLAP_SENTENCES = 1

_WORD = re.compile(r"\S+")


def make_chunks(paragraphs: Iterable[Paragraph]) -> tuple[Chunk, ...]:
    """Cut each paragraph into one chunk, or into overlapping sentence windows if it is long."""
    chunks: list[Chunk] = []
    for paragraph in paragraphs:
        for start, end in chunk_spans(paragraph.text):
            chunks.append(Chunk(paragraph_order=paragraph.order, section=paragraph.section,
                                page=paragraph.page_at(start), start=start, end=end,
                                text=paragraph.text[start:end]))
    return tuple(chunks)


def chunk_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the chunks of one paragraph's text; none if it is blank."""
    words = list(_WORD.finditer(text))
    if not words:
        return []
    if len(words) <= MAX_PARAGRAPH_WORDS:
        return [(words[0].start(), words[-1].end())]
    sentences = _split_long(sentence_spans(text), text)
    spans = []
    i = 0
    while i < len(sentences):
        j = i
        count = _count_words(text, sentences[j])
        while count < WINDOW_WORDS and j + 1 < len(sentences):
            j += 1
            count += _count_words(text, sentences[j])
        spans.append((sentences[i][0], sentences[j][1]))
        if j == len(sentences) - 1:
            break
        # Step on, keeping the window's last sentence(s) as the next one's first.
        i = max(j + 1 - OVERLAP_SENTENCES, i + 1)
    return spans


def _split_long(sentences: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Break any run-on "sentence" (a list, a table row) longer than a window into word runs."""
    out = []
    for start, end in sentences:
        words = list(_WORD.finditer(text, start, end))
        if len(words) <= MAX_PARAGRAPH_WORDS:
            out.append((start, end))
            continue
        # Half-window pieces: the windows over them then overlap by half a window.
        step = WINDOW_WORDS // 2
        for k in range(0, len(words), step):
            piece = words[k:k + step]
            out.append((piece[0].start(), piece[-1].end()))
    return out


def _count_words(text: str, span: tuple[int, int]) -> int:
    return len(text[span[0]:span[1]].split())
