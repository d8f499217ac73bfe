"""Check the labels of examples/cases/*/labels.json against the ground truth in report.json.

    .venv/bin/python examples/check_labels.py

For every label: its text must occur in the motion; a label whose ideal verdict is
"verbatim" must have its words, in order, inside the labelled paragraph (or the letter, or a
footnote); a "minor" one (ellipsis, [brackets]) must have each of its pieces there; a
"misquote", "paraphrase" or "not_found" one must NOT occur anywhere in the report or letter.
Prints one line per problem and exits 1 if there are any.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
_QUOTES = {ord(c): "'" for c in "\u2018\u2019"}
_QUOTES.update({ord(c): '"' for c in "\u201c\u201d"})


def words(text: str) -> str:
    s = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " " + " ".join(re.findall(r"\w+", s)) + " "


def main() -> int:
    report = json.loads((HERE / "report.json").read_text(encoding="utf-8"))
    letter = json.loads((HERE / "letter.json").read_text(encoding="utf-8"))
    by_section = {p["section"]: p for p in report["paragraphs"] if p["kind"] == "numbered"}
    letter_text = words(" ".join(p["text"] for p in letter["paragraphs"]))
    notes_text = words(" ".join(n["text"] for n in report["footnotes"]))
    everything = words(" ".join(p["text"] for p in report["paragraphs"])) + letter_text + notes_text
    problems = 0
    for labels_path in sorted(HERE.glob("cases/*/labels.json")):
        case = labels_path.parent
        data = json.loads(labels_path.read_text(encoding="utf-8"))
        motion = (case / data["motion"]).read_text(encoding="utf-8")
        for n, lab in enumerate(data["quotes"], 1):
            where = f"{case.name} #{n} ({lab['kind']})"
            text, ideal = lab["text"], lab["verdict"][0]
            if text not in motion:
                print(f"{where}: text not in the motion: {text[:50]!r}")
                problems += 1
            if lab.get("ignore"):
                continue
            if lab["section"] is not None:
                home = words(by_section[lab["section"]]["text"])
            elif lab.get("source") == "letter":
                home = letter_text
            else:
                home = notes_text
            pieces = [p for p in re.split(r"…|\.\.\.|\[[^\]]*\]", text) if words(p).strip()]
            if ideal == "verbatim" and words(text) not in home:
                print(f"{where}: labelled verbatim but not in its paragraph: {text[:60]!r}")
                problems += 1
            elif ideal == "minor" and not all(words(p) in home for p in pieces):
                print(f"{where}: labelled minor but a piece is not in its paragraph: {text[:60]!r}")
                problems += 1
            elif ideal in ("misquote", "paraphrase", "not_found") and words(text) in everything:
                print(f"{where}: labelled {ideal} but occurs verbatim: {text[:60]!r}")
                problems += 1
            elif lab["section"] is not None:
                p = by_section[lab["section"]]
                pages = f"pp. {p['first_page']}-{p['last_page']}" if p["first_page"] != p["last_page"] \
                    else f"p. {p['first_page']}"
                print(f"ok  {where}: {ideal}/{lab['citation'][0]} @{lab['section']} ({pages})")
    print(f"{problems} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
