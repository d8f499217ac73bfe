"""The motions the benchmarks check, written into bench/out/ from the example report's text.

- `lexical_motion`: 20 quotations of single sentences from numbered paragraphs of
  examples/report.pdf, each cited "(Section 4.50)"; every fourth one carries a small edit the
  lexical matchers must absorb (a dropped word, a marked omission "…", an American spelling, a
  changed word), so none of them needs the embedding model.
- `semantic_motion`: paraphrases and inventions that no lexical matcher finds, so the check
  has to load the model and search by meaning.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REPORT_JSON = ROOT / "examples" / "report.json"

N_LEXICAL = 20
# Sentences this long read like the quotations in real motions (the Tower Hamlets motion's run
# from 12 to 45 words).
MIN_WORDS, MAX_WORDS = 12, 40
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")

# Paraphrases of real paragraphs (3.4, 4.50, 5.120, 4.4) and two claims the report never makes.
SEMANTIC_QUOTATIONS = (
    ("The absence of trust among councillors, officers and partners is deeply troubling and "
     "gets in the way of sound governance and decisions.", "3.4"),
    ("Many capable managers were said to have left the council because they told those in "
     "power things they did not want to hear.", "4.50"),
    ("Scrutiny of the executive has been too weak, and the challenge it offered was not good "
     "enough.", "5.120"),
    ("Staff worry that people were appointed because of who they knew, describing a culture "
     "of cronyism.", "4.4"),
    ("The council's libraries have been praised as the best in London for three years "
     "running.", "7.3"),
    ("Inspectors concluded that the borough's parks were maintained to an exemplary "
     "standard.", "9.2"),
)


def report_paragraphs() -> list[dict]:
    """The example report's numbered paragraphs (section, text) from its ground truth."""
    data = json.loads(REPORT_JSON.read_text(encoding="utf-8"))
    return [p for p in data["paragraphs"]
            if p["kind"] == "numbered" and p.get("section") and "." in p["section"]]


def pick_sentences(n: int = N_LEXICAL) -> list[tuple[str, str]]:
    """n (sentence, section) pairs spread evenly through the report, no quote marks inside."""
    candidates = []
    for p in report_paragraphs():
        for sentence in _SENTENCE.split(p["text"]):
            words = sentence.split()
            if MIN_WORDS <= len(words) <= MAX_WORDS and not re.search("[‘“\"']", sentence):
                candidates.append((sentence, p["section"]))
                break            # one sentence per paragraph, so each citation is distinct
    step = len(candidates) / n
    return [candidates[int(i * step)] for i in range(n)]


def edit(sentence: str, kind: int) -> str:
    """A small edit of the kind a motion's author makes, that lexical matching still finds."""
    words = sentence.split()
    if kind == 0:        # a word dropped without a mark
        return " ".join(words[:4] + words[5:])
    if kind == 1:        # an omission marked with an ellipsis
        return " ".join(words[:5]) + " … " + " ".join(words[8:])
    if kind == 2:        # American spelling, a changed word
        americanised = re.sub(r"organis", "organiz", sentence)
        if americanised != sentence:
            return americanised
        return " ".join(words[:-2] + ["the", words[-1]])
    return " ".join(words[:3] + ["very"] + words[3:])       # a word added


def lexical_motion() -> str:
    lines = ["Motion: Best Value Inspection (benchmark)", "", "This Council notes:"]
    for i, (sentence, section) in enumerate(pick_sentences()):
        text = edit(sentence, (i // 4) % 4) if i % 4 == 3 else sentence
        lines.append(f"- The report states: “{text}” (Section {section}).")
    lines += ["", "This Council resolves to respond to every finding above."]
    return "\n".join(lines) + "\n"


def semantic_motion() -> str:
    lines = ["Motion: Best Value Inspection (benchmark, paraphrases)", "", "This Council notes:"]
    for text, section in SEMANTIC_QUOTATIONS:
        lines.append(f"- The report says: “{text}” (Section {section}).")
    return "\n".join(lines) + "\n"


def write_motions(out: Path) -> tuple[Path, Path]:
    """Write both motions into `out`; returns (lexical path, semantic path)."""
    out.mkdir(parents=True, exist_ok=True)
    lexical, semantic = out / "motion-lexical-20.txt", out / "motion-semantic.txt"
    lexical.write_text(lexical_motion(), encoding="utf-8")
    semantic.write_text(semantic_motion(), encoding="utf-8")
    return lexical, semantic


if __name__ == "__main__":
    print(lexical_motion())
    print(semantic_motion())
