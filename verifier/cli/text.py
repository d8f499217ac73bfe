"""The terminal view of a CheckReport, drawn with rich (colour only on a terminal)."""

from __future__ import annotations

from rich.markup import escape
from rich.text import Text

from verifier.models import CheckReport
from verifier.report import (CLAIM_WORDS, FIGURE_WORDS, claim_cited, claim_json,
                             claim_source_segments, claims_summary_line, place_name,
                             result_marks, summary_line)

VERDICT_STYLE = {"verbatim": "green", "minor": "green", "misquote": "red",
                 "paraphrase": "yellow", "not_found": "red"}
CITATION_STYLE = {"correct": "green", "missing": "yellow", "wrong": "red", "unverifiable": "yellow"}


def render_text(report: CheckReport, console) -> None:
    """Print one block per quotation to a rich Console (colour only on a terminal)."""

    for n, r in enumerate(report.results, start=1):
        q = r.quotation
        head = Text(f"[{n}] ")
        head.append(r.verdict.value.upper().replace("_", " "), style=f"bold {VERDICT_STYLE[r.verdict.value]}")
        head.append("  citation: ")
        head.append(r.citation.value, style=CITATION_STYLE[r.citation.value])
        cited = ", ".join(q.citation.sections) or ""
        if q.citation.pages:
            cited += (", " if cited else "") + "p. " + ", ".join(map(str, q.citation.pages))
        if q.citation.document:
            cited += (", " if cited else "") + q.citation.document
        head.append(f"  (cited: {cited or 'nothing'})", style="dim")
        console.print(head)
        motion_marks, source_marks = result_marks(r)
        console.print(Text("  motion: ", style="bold") + _styled(motion_marks, "bold green underline"))
        if r.found is not None:
            console.print(Text("  source: ", style="bold") + _styled(source_marks, "bold red strike"))
            where = place_name(r.found)
            console.print(Text(f"  found:  {where}, p. {r.found.page} ({r.found.document_id})", style="dim"))
        for d in r.differences[:8]:
            line = Text("  ~ ")
            if d.source:
                line.append(f"-{d.source}", style="red strike")
                line.append(" ")
            if d.quote:
                line.append(f"+{d.quote}", style="green")
            console.print(line)
        if r.note:
            console.print("  " + escape(r.note), style="italic")
        console.print()
    render_claims(report, console)
    console.print(summary_line(report), style="bold")



def _styled(segments, mark_style: str):
    text = Text()
    for n, segment in enumerate(segments):
        if n:
            text.append(" ")
        text.append(segment.text, style=mark_style if segment.kind != "same" else "")
    return text


CLAIM_STYLE = {"supported": "green", "elsewhere": "yellow", "figure_differs": "red",
               "not_supported": "red", "unverifiable": "yellow"}
FIGURE_STYLE = {"holds": "green", "differs": "red", "absent": "yellow"}


def render_claims(report: CheckReport, console) -> None:
    """One block per claim (statements outside quotation marks), after the quotations."""
    for n, result in enumerate(report.claims, start=1):
        c = claim_json(result)
        head = Text(f"[claim {n}] ")
        head.append(CLAIM_WORDS[c["verdict"]].upper(), style=f"bold {CLAIM_STYLE[c['verdict']]}")
        head.append(f"  (cited: {claim_cited(c) or 'nothing'})", style="dim")
        console.print(head)
        console.print(Text("  motion: ", style="bold") + Text(" ".join(c["text"].split())))
        if c["found"] is not None:
            f = c["found"]
            source = Text("  source: ", style="bold")
            for k, segment in enumerate(claim_source_segments(f["text"], c["words_found"])):
                source.append((" " if k else "") + segment.text,
                              style="bold underline" if segment.kind == "mark" else "")
            console.print(source)
            where = f"paragraph {f['section']}, " if f["section"] else ""
            console.print(Text(f"  found:  {where}p. {f['page']} ({f['source']})", style="dim"))
        for g in c["figures"]:
            line = Text(f"  # {g['text']}: ")
            line.append(FIGURE_WORDS[g["status"]], style=FIGURE_STYLE[g["status"]])
            console.print(line)
        if c["note"]:
            console.print("  " + escape(c["note"]), style="italic")
        console.print()
    line = claims_summary_line(report)
    if line:
        console.print(line, style="bold")
