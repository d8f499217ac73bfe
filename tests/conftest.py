import os
import subprocess
import sys
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def shared():
    """`../shared` beside the repository (the eval kit's toy cases and the Tower Hamlets motion),
    or the test is skipped: it is extra material, never required (a fresh clone has none)."""
    if not (SHARED / "eval-kit").is_dir() or not (SHARED / "examples").is_dir():
        pytest.skip("../shared (eval kit, Tower Hamlets motion) is not beside the repository")
    return SHARED


@pytest.fixture(scope="session")
def embedder():
    """The bundled all-MiniLM-L6-v2, loaded once for the whole session (index.embed caches it)."""
    from index import Embedder

    model = Embedder()
    model.embed(["warm up"])
    return model


@pytest.fixture
def small_disk(tmp_path):
    """A 1 MiB tmpfs (root only): a disk that really fills up."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    if os.geteuid() != 0 or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mount_point)],
            capture_output=True).returncode != 0:
        pytest.skip("needs root to mount a small tmpfs")
    yield mount_point
    subprocess.run(["umount", "-l", str(mount_point)], check=False)


def store_without_model(directory, pdf, title):
    """Index `pdf` with placeholder unit vectors (no model loaded), for tests of what surrounds
    the embeddings; returns its paragraphs."""
    import numpy as np

    from index import ReadReport, file_sha256, make_chunks, open_index, read_pages, \
        split_paragraphs

    pages = read_pages(pdf)
    paragraphs = split_paragraphs(pages)
    chunks = make_chunks(paragraphs)
    vectors = np.zeros((len(chunks), 384), dtype="float32")
    vectors[:, 0] = 1.0
    open_index(directory, create=True).save_document(
        ReadReport(str(pdf), file_sha256(pdf), pages, paragraphs), title, (), chunks, vectors,
        "all-MiniLM-L6-v2")
    return paragraphs
