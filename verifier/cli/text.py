"""The terminal view of a CheckReport, drawn with rich (colour only on a terminal)."""

from __future__ import annotations

from rich.markup import escape
from rich.text import Text

from verifier.models import CheckReport
from verifier.report import place_name, result_marks, summary_line

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
    console.print(summary_line(report), style="bold")



def _styled(segments, mark_style: str):
    text = Text()
    for n, segment in enumerate(segments):
        if n:
            text.append(" ")
        text.append(segment.text, style=mark_style if segment.kind != "same" else "")
    return text
