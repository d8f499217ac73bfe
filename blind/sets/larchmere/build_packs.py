#!/usr/bin/env python3
"""Draw the two agenda packs with reportlab and write their labels.

    cd sets/larchmere && /opt/blindtools/bin/python build_packs.py
(needs report.json / letter.json from build.py for the source titles)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from packlib import Pack  # noqa: E402
import pack_council  # noqa: E402
import pack_cabinet  # noqa: E402

report = json.loads((HERE / "report.json").read_text())
letter = json.loads((HERE / "letter.json").read_text())
SOURCES = [{"pdf": "report.pdf", "title": report["title"], "role": "report"},
           {"pdf": "letter.pdf", "title": letter["title"], "role": "letter",
            "alias": "Letter from SoS to CEX 15/10/26"}]

PACKS = [
    ("pack-full-council.pdf", "Larchmere City Council, Council, 19 November 2026", "modern.gov", 3,
     pack_council.build,
     [r"^\s*Page \d+\s*$", r"^\s*Agenda Item \d+\s*$",
      r"^\s*Page \d+ of \d+\s*$", r"^\s*This page is intentionally left blank\s*$"]),
    ("pack-cabinet.pdf", "Larchmere City Council, Cabinet, 9 December 2026", "CMIS", 0,
     pack_cabinet.build,
     [r"^\s*\d+\s*$", r"^\s*Page \d+ of \d+\s*$", r"^\s*This page is intentionally left blank\s*$"]),
]


def main(only=None):
    ok = True
    for name, title, publisher, offset, build, furniture in PACKS:
        if only and only not in name:
            continue
        pk = Pack(name, title, publisher, offset)
        path = str(HERE / name)
        stable = pk.render(build, path)
        problems = pk.locate(path)
        if not stable:
            problems.append("page ranges changed between passes")
        # each paper's own footer line, as drawn beside its "Page X of Y"
        furniture = furniture + [r"^\s*" + re.escape(f) + r"\s*$" for f in pk.paper_footers.values()]
        labels = pk.labels(SOURCES, furniture)
        (HERE / name.replace(".pdf", ".labels.json")).write_text(
            json.dumps(labels, indent=1, ensure_ascii=False), encoding="utf-8")
        concern = [x for x in pk.quotes if x["concerns"]]
        verdicts = {}
        for x in concern:
            verdicts[x["verdict"][0]] = verdicts.get(x["verdict"][0], 0) + 1
        print(f"{name}: {pk.total} pages, {len(pk.quotes)} quotations "
              f"({len(concern)} about the sources: {verdicts}; {len(pk.quotes) - len(concern)} not)")
        for it in labels["items"]:
            print(f"   item {it['number']}: pages {it['first_page']}-{it['last_page']}")
        for pr in problems:
            print("   PROBLEM", pr)
            ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))
