"""The source side: a report PDF becomes Pages, Paragraphs, Chunks, vectors, then the Store.

verifier/ and web/ use only the names exported here.
"""

from index.build import add_pdf, guess_title, paragraph_warning
from index.chunks import make_chunks
from index.embed import DEFAULT_MODEL_NAME, Embedder, embedding_threads, set_threads
from index.errors import (IndexDamaged, IndexUnavailable, IndexWriteFailed, ModelMismatch,
                          ModelUnavailable, SourceError, UnreadablePDF)
from index.models import (Chunk, ChunkHit, Document, Page, Paragraph, ParagraphKind,
                          ReadReport)
from index.paragraphs import split_paragraphs
from index.pdf import file_sha256, normalise_text, read_pages, remove_furniture
from index.store import Index, default_index_dir, document_id, open_index

__all__ = [
    "add_pdf", "guess_title", "paragraph_warning", "make_chunks", "Embedder", "DEFAULT_MODEL_NAME",
    "set_threads", "embedding_threads",
    "read_pages", "file_sha256", "split_paragraphs", "normalise_text", "remove_furniture",
    "open_index", "Index", "default_index_dir", "document_id",
    "Chunk", "ChunkHit", "Document", "Page", "Paragraph", "ParagraphKind", "ReadReport",
    "SourceError", "UnreadablePDF", "IndexUnavailable", "ModelMismatch", "ModelUnavailable",
    "IndexDamaged", "IndexWriteFailed",
]
