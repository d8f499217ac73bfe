"""The repository's sample sources and motion, so a new server has something to check.

examples/ sits next to the packages in a source checkout (or an editable install); in a
wheel it is absent, and the server simply starts without samples.
"""

from __future__ import annotations

from pathlib import Path

import index

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
# The titles and aliases `make demo` gives them, so the sample motion's citation of the
# letter ("Letter from SoS to CEX 12/11/24") resolves.
SAMPLE_SOURCES = (
    ("report.pdf", "Best Value Inspection of the London Borough of Eastmarsh", ("BVI report",)),
    ("letter.pdf", "Letter from the Secretary of State to the Chief Executive, 12 November 2024",
     ("Letter from SoS to CEX 12/11/24",)),
)
SAMPLE_MOTION = "motion.txt"


def sample_motion(examples: Path = EXAMPLES) -> str:
    """The sample motion's text, or "" when examples/ is not there."""
    path = examples / SAMPLE_MOTION
    return path.read_text(encoding="utf-8") if path.is_file() else ""


def add_samples(index_dir: Path, model_path: str | None = None,
                examples: Path = EXAMPLES, progress=None) -> list[index.Document]:
    """Add the sample report and letter to the index if it holds no documents yet.

    `progress(stage, done, total)` is called as each is read and embedded (as index.add_pdf
    calls it)."""
    if index.open_index(index_dir, create=True).documents():
        return []
    added = []
    for name, title, aliases in SAMPLE_SOURCES:
        if (examples / name).is_file():
            document, _ = index.add_pdf(index_dir, examples / name, title=title,
                                        aliases=aliases, model_path=model_path,
                                        progress=progress)
            added.append(document)
    return added
