"""The source side: a report (PDF, GOV.UK HTML page, .docx) becomes Paragraphs, Chunks, vectors
and word postings, then the Index (one function adds a source: `add_source`).

verifier/ and web/ use only the names exported here.
"""

from index.build import Addition, add_pdf, add_source, file_sha256, guess_title, paragraph_warning
from index.chunks import make_chunks
from index.embed import DEFAULT_MODEL_NAME, Embedder, embedding_threads, set_threads
from index.errors import (FetchFailed, IndexDamaged, IndexUnavailable, IndexWriteFailed,
                          ModelMismatch, ModelUnavailable, SourceError, UnreadablePDF,
                          UnreadableSource)
from index.fetch import DEFAULT_DEADLINE_S, DEFAULT_MAX_BYTES, Fetched, Limits, fetch
from index.models import (Chunk, ChunkHit, Document, Page, Paragraph, ParagraphKind,
                          ReadReport, Reading)
from index.paragraphs import letter_paragraph_numbers, split_paragraphs
from index.postings import (LAYOUT, DocumentPostings, WordLayout, document_postings,
                            unpack_layout, unpack_positions)
from index.readers import (DEFAULT_PDF_READER, PDF_READERS, ReadingProcess, pdf_page_count,
                           read_pages, read_source, source_kind)
from index.readers.docx_reader import docx_lines
from index.readers.furniture import normalise_text, remove_furniture
from index.readers.govuk_html import html_lines
from index.readers.limits import ReadLimits, read_limits
from index.store import Index, default_index_dir, document_id, open_index
from index.text import (BRACKET_FOOTNOTE, FOOTNOTE_MARKER, Token, fold, furniture_pattern,
                        keeps_line_end_hyphen, sentence_spans, tokenize)

__all__ = [
    "add_source", "add_pdf", "Addition", "guess_title", "paragraph_warning",
    "set_threads", "embedding_threads", "make_chunks", "Embedder",
    "DEFAULT_MODEL_NAME", "read_source", "read_pages", "source_kind", "PDF_READERS",
    "DEFAULT_PDF_READER", "pdf_page_count", "docx_lines", "html_lines", "file_sha256", "split_paragraphs",
    "letter_paragraph_numbers",
    "ReadLimits", "read_limits", "ReadingProcess",
    "normalise_text", "remove_furniture",
    "open_index", "Index", "default_index_dir", "document_id",
    "Chunk", "ChunkHit", "Document", "Page", "Paragraph", "ParagraphKind", "ReadReport",
    "Reading",
    "Token", "fold", "tokenize", "keeps_line_end_hyphen", "furniture_pattern", "sentence_spans", "FOOTNOTE_MARKER", "BRACKET_FOOTNOTE",
    "LAYOUT", "WordLayout", "DocumentPostings", "document_postings", "unpack_layout",
    "unpack_positions",
    "fetch", "Fetched", "FetchFailed", "Limits", "DEFAULT_DEADLINE_S", "DEFAULT_MAX_BYTES",
    "SourceError", "UnreadableSource", "UnreadablePDF", "IndexUnavailable", "ModelMismatch",
    "ModelUnavailable", "IndexDamaged", "IndexWriteFailed",
]
