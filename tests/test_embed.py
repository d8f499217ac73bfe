"""index/embed.py: the onnxruntime backend gives sentence-transformers' vectors, under one name.

The model cases use the real bundled model; sentence-transformers is the reference.
"""

import json
import subprocess
import sys

import numpy as np
import pytest

from conftest import EXAMPLES, ROOT, store_without_model
from index import (Embedder, ReadReport, file_sha256, make_chunks, open_index, read_pages,
                   split_paragraphs)
from index import embed as embed_module

HEAVY = ("torch", "transformers", "sentence_transformers", "onnxruntime")


@pytest.fixture(scope="session")
def example_chunks():
    pdf = EXAMPLES / "report.pdf"
    pages = read_pages(pdf)
    paragraphs = split_paragraphs(pages)
    return pdf, pages, paragraphs, make_chunks(paragraphs)


@pytest.fixture(scope="session")
def reference_vectors(example_chunks):
    """The example report's chunks embedded by sentence-transformers, once per session."""
    embedder = Embedder(backend="sentence-transformers")
    return embedder.embed([c.text for c in example_chunks[3]])


@pytest.mark.model
def test_onnx_vectors_equal_sentence_transformers(embedder, example_chunks, reference_vectors):
    assert embedder.backend == "onnx"
    texts = [c.text for c in example_chunks[3]]
    vectors = embedder.embed(texts)
    assert vectors.shape == reference_vectors.shape == (len(texts), 384)
    assert vectors.dtype == np.float32
    assert float(np.abs(vectors - reference_vectors).max()) < 1e-5
    # One text alone (no padding) and in a batch of longer ones (padded) give the same vector.
    alone = embedder.embed([texts[0]])
    assert float(np.abs(alone[0] - reference_vectors[0]).max()) < 1e-5


@pytest.mark.model
def test_index_model_check_treats_both_backends_as_one_model(tmp_path, embedder, example_chunks,
                                                              reference_vectors):
    pdf, pages, paragraphs, chunks = example_chunks
    reference = Embedder(backend="sentence-transformers")
    assert reference.model_name == embedder.model_name == "all-MiniLM-L6-v2"
    index = open_index(tmp_path / "index", create=True)
    index.save_document(ReadReport(str(pdf), file_sha256(pdf), pages, paragraphs), "Report",
                        (), chunks, reference_vectors, reference.model_name)
    index.check_model(embedder.model_name)                  # no ModelMismatch
    index.check_model(embedder.model_name, purpose="add")
    query = "Staff did not feel able to raise concerns and managers rarely acted on them."
    by_onnx = index.search(embedder.embed([query]), k=5)[0]
    by_reference = index.search(reference.embed([query]), k=5)[0]
    assert [h.chunk for h in by_onnx] == [h.chunk for h in by_reference]
    assert [h.score for h in by_onnx] == pytest.approx([h.score for h in by_reference], abs=1e-5)


def test_another_model_directory_uses_sentence_transformers(tmp_path):
    assert Embedder(tmp_path).backend == "sentence-transformers"
    assert Embedder(backend="sentence-transformers").backend == "sentence-transformers"


def test_model_files_hash_changes_with_the_files(tmp_path, monkeypatch):
    """The export is keyed by the files' bytes: a changed file means a new export."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    model = tmp_path / "model"
    (model / "1_Pooling").mkdir(parents=True)
    (model / "config.json").write_text('{"hidden_size": 384}')
    (model / "model.safetensors").write_bytes(b"weights-a")
    (model / "1_Pooling" / "config.json").write_text("{}")
    first = embed_module.model_files_hash(model)
    assert embed_module.model_files_hash(model) == first          # remembered, same answer
    (model / "model.safetensors").write_bytes(b"weights-b")      # same size, new bytes
    second = embed_module.model_files_hash(model)
    assert second != first
    (model / "1_Pooling" / "config.json").write_text('{"pooling_mode_cls_token": true}')
    assert embed_module.model_files_hash(model) not in (first, second)


POOLING = [
    pytest.param({"pooling_mode_mean_tokens": True}, ["Normalize"], ("mean", True), id="mean"),
    pytest.param({"pooling_mode_cls_token": True}, [], ("cls", False), id="cls-unnormalised"),
    pytest.param({"pooling_mode_mean_tokens": True, "pooling_mode_max_tokens": True}, [],
                 "ModelUnavailable", id="two-modes"),
    pytest.param({"pooling_mode_mean_tokens": True}, ["Dense"], "ModelUnavailable",
                 id="dense-layer"),
]


@pytest.mark.parametrize("pooling,extra,expected", POOLING)
def test_pipeline_read_from_the_model_configuration(tmp_path, pooling, extra, expected):
    from index import ModelUnavailable

    modules = [{"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
               {"idx": 1, "name": "1", "path": "1_Pooling",
                "type": "sentence_transformers.models.Pooling"}]
    modules += [{"idx": 2 + i, "name": str(2 + i), "path": f"{2 + i}_{name}",
                 "type": f"sentence_transformers.models.{name}"} for i, name in enumerate(extra)]
    (tmp_path / "1_Pooling").mkdir()
    (tmp_path / "modules.json").write_text(json.dumps(modules))
    (tmp_path / "1_Pooling" / "config.json").write_text(
        json.dumps({"word_embedding_dimension": 384, **pooling}))
    (tmp_path / "sentence_bert_config.json").write_text('{"max_seq_length": 256}')
    if expected == "ModelUnavailable":
        with pytest.raises(ModelUnavailable):
            embed_module.read_pipeline(tmp_path)
        return
    pipeline = embed_module.read_pipeline(tmp_path)
    assert (pipeline["pooling"], pipeline["normalize"]) == expected
    assert pipeline["max_seq_length"] == 256




COMMANDS = [
    pytest.param("from verifier.cli import main\n"
                 "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n", id="help"),
    pytest.param("from verifier.cli import main\n"
                 "try:\n    main(['index', 'list', '--index', INDEX])\nexcept SystemExit:\n"
                 "    pass\n", id="index-list"),
    pytest.param("from verifier.judging.check import check_motion\nfrom verifier.models import Motion\n"
                 "r = check_motion(Motion('m', '“' + QUOTE + '”'), INDEX)\n"
                 "assert r.results[0].verdict.value == 'verbatim', r.results[0]\n",
                 id="lexical-check"),
]


@pytest.mark.parametrize("code", COMMANDS)
def test_nothing_heavy_is_imported(tmp_path, code):
    paragraphs = store_without_model(tmp_path / "index", EXAMPLES / "letter.pdf", "Letter")
    quote = next(p.text for p in paragraphs if len(p.text.split()) > 12).split(".")[0]
    script = (f"import sys\nINDEX = {str(tmp_path / 'index')!r}\nQUOTE = {quote!r}\n" + code +
              f"\nheavy = [m for m in {HEAVY!r} if m in sys.modules]\n"
              "assert not heavy, heavy\n")
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                         text=True)
    assert run.returncode == 0, run.stderr


@pytest.mark.model
def test_cited_paragraphs_compared_through_stored_vectors(tmp_path, embedder, example_chunks,
                                                          reference_vectors):
    """A paragraph stored as one chunk is compared through its stored vector: the same
    similarity as embedding its text again, within 1e-5."""
    from verifier.search.session import Session

    pdf, pages, paragraphs, chunks = example_chunks
    index = open_index(tmp_path / "index", create=True)
    document, _ = index.save_document(ReadReport(str(pdf), file_sha256(pdf), pages, paragraphs),
                                      "Report", (), chunks, reference_vectors,
                                      "all-MiniLM-L6-v2")
    cited = [p for p in paragraphs if p.section in ("3.4", "4.50", "5.12")]
    assert cited
    session = Session(index)
    query = "Scrutiny of the executive has been too weak."
    places = [(document.id, p.order) for p in cited]
    assert index.paragraph_vectors(document.id, [p.order for p in cited])     # some are stored
    with_stored = session.similarities(query, [p.text for p in cited], places)
    session = Session(index)
    embedded = session.similarities(query, [p.text for p in cited])
    assert with_stored == pytest.approx(embedded, abs=1e-5)
