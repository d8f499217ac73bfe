"""The terminal view of a CheckReport, drawn with rich (colour only on a terminal).

The summary and the sources come first, then one block per quotation:

    [2] Misquoted · Citation wrong · cited 3.5
        motion: “The lack of trust … is very concerning and is not conducive to
                good decision-making.”
        source: “The lack of trust … is deeply concerning …” (paragraph 3.2, p. 1, report)
        changed ‘deeply’ to ‘very’; left out ‘governance and’
        note: …

Every wrapped line keeps its block's indent (a hanging indent after "motion: "), no line ends
in spaces, and the report's title is printed at most once in a block. Verdicts are named in
the words of verifier.rendering.vocabulary, as on the web and in the HTML report.
"""

from __future__ import annotations

from rich.text import Text

from verifier.words import section_name
from verifier.models import CheckReport, Verdict
from verifier.rendering.notes import quote_note
from verifier.rendering.report import (cited_text, describe_difference, numbers, page_of, place_name, result_marks,
                             sources_line, sources_warning, summary_line, tone_of)
from verifier.rendering.vocabulary import CITATION_WORDS, CLAIM_WORDS, FIGURE_WORDS, VERDICT_WORDS

VERDICT_STYLE = {"verbatim": "green", "minor": "green", "misquote": "red",
                 "paraphrase": "yellow", "not_found": "red", "out_of_context": "yellow"}
CITATION_STYLE = {"correct": "green", "missing": "yellow", "wrong": "red", "unverifiable": "yellow"}
TONE_STYLE = {"good": "green", "warn": "yellow", "bad": "red"}
# Words the motion added or changed are wrong (red); the source's words it left out, missing.
WRONG_STYLE = "bold red underline"
MISSING_STYLE = "bold yellow"
INDENT = 4
# How many differences a block lists before "and N more" (the HTML report lists them all).
MAX_DIFFERENCES = 8
# Narrower than this, a hanging indent leaves too little room: lines wrap at this width.
MIN_TEXT_WIDTH = 30


def render_text(report: CheckReport, console) -> None:
    """Print the summary, the sources, then one block per quotation to a rich Console."""
    _wrap(console, Text(summary_line(report), style="bold"), 0)
    _wrap(console, Text(sources_line(report)), 0)
    warning = sources_warning(report)
    if warning:
        _wrap(console, Text("warning: " + warning, style="bold yellow"), 0)
    for n, r in zip(numbers(report), report.results):
        console.print()
        _block(console, report, n, r)
    render_claims(report, console)


def _block(console, report: CheckReport, n: str, r) -> None:
    q = r.quotation
    head = Text()
    head.append(f"[{n}] ", style=f"bold {TONE_STYLE[tone_of(r.verdict.value, r.citation.value)]}")
    head.append(VERDICT_WORDS[r.verdict.value].label,
                style=f"bold {VERDICT_STYLE[r.verdict.value]}")
    head.append(" · ")
    head.append(CITATION_WORDS[r.citation.value].label, style=CITATION_STYLE[r.citation.value])
    head.append(f" · cited {_cited(q.citation)}", style="dim")
    _wrap(console, head, 0, hang=len(f"[{n}] "))

    motion_marks, source_marks = result_marks(r)
    _wrap(console, _labelled("motion: ", _quoted(motion_marks, WRONG_STYLE)), INDENT,
          hang=len("motion: "))
    titles = {s.title: s.id for s in report.sources if s.title}
    note = quote_note(r)
    if r.found is not None:
        where = place_name(r.found)
        # The title once in a block: here only when the note does not name it (an unnumbered
        # letter's place is its title).
        title = r.found.title if r.found.title not in note else ""
        if where == r.found.title:
            where = title
        elif title:
            where += f" of {title}"
        place = ", ".join(x for x in (where, page_of(r.found.page)) if x) + \
            f" [{r.found.document_id}]"
        if r.verdict is Verdict.VERBATIM:
            # The source's words are the motion's: say only where they are.
            _wrap(console, _labelled("found:  ", Text(place)), INDENT, hang=8)
        else:
            line = _labelled("source: ", _quoted(source_marks, MISSING_STYLE))
            line.append(f" ({place})", style="dim")
            _wrap(console, line, INDENT, hang=len("source: "))
    if r.differences:
        words = [describe_difference(d) for d in r.differences[:MAX_DIFFERENCES]]
        more = len(r.differences) - MAX_DIFFERENCES
        if more > 0:
            words.append(f"and {more} more")
        _wrap(console, Text("; ".join(words)), INDENT)
    if note:
        _wrap(console, Text(_title_once(note, titles), style="italic"), INDENT)


def _title_once(note: str, titles: dict[str, str]) -> str:
    """`note` with each source's title kept where it first appears and its id in the later
    places: the notes cite every place as "paragraph 4.50 of <title> (p. 15)", which a block
    naming three places repeats three times."""
    for title in sorted(titles, key=len, reverse=True):
        first = note.find(title)
        if first >= 0:
            end = first + len(title)
            note = note[:end] + note[end:].replace(title, titles[title])
    return note


def _cited(citation) -> str:
    return cited_text(citation) or "nothing"


def _labelled(label: str, text: Text) -> Text:
    """`label` in bold, then `text` (a Text's own style would cover all that follows it)."""
    line = Text()
    line.append(label, style="bold")
    return line.append_text(text)


def _quoted(segments, mark_style: str) -> Text:
    text = Text("\u201c")
    for n, segment in enumerate(segments):
        if n:
            text.append(" ")
        text.append(segment.text, style=mark_style if segment.kind != "same" else "")
    text.append("\u201d")
    return text


def _wrap(console, text: Text, indent: int, hang: int = 0) -> None:
    """Print `text` indented by `indent`, its wrapped lines by `indent + hang`, none ending in
    a space (rich's own wrapping keeps neither the indent nor clean line ends)."""
    width = max(MIN_TEXT_WIDTH, console.width - indent - hang)
    first = True
    for line in _lines(console, text, width, hang):
        line.rstrip()
        prefix = " " * (indent if first else indent + hang)
        console.print(Text(prefix) + line, soft_wrap=True, overflow="ignore", crop=False)
        first = False


def _lines(console, text: Text, width: int, hang: int):
    """`text` cut into lines: the first `width + hang` wide (it carries the label), the rest
    `width`."""
    lines = list(text.wrap(console, width + hang))
    if len(lines) <= 1 or not hang:
        return lines
    head = lines[0]
    if not text.plain.startswith(head.plain):
        return lines
    rest = text[len(head.plain):]
    blank = len(rest.plain) - len(rest.plain.lstrip())
    return [head] + list(rest[blank:].wrap(console, width))


# ---------------------------------------------------------------- claims (issue 10)

CLAIM_STYLE = {"supported": "green", "elsewhere": "yellow", "figure_differs": "red",
               "not_supported": "red", "unverifiable": "yellow"}
FIGURE_STYLE = {"holds": "green", "differs": "red", "absent": "yellow"}


def render_claims(report: CheckReport, console) -> None:
    """One block per claim (statements outside quotation marks), after the quotations."""
    from verifier.rendering.report import (claim_cited, claim_json, claim_source_segments,
                                           claims_summary_line)

    line = claims_summary_line(report)
    if line:
        console.print()
        console.print(line, style="bold")
    for n, result in enumerate(report.claims, start=1):
        c = claim_json(result)
        console.print()
        head = Text(f"[claim {n}] ", style="bold")
        head.append(CLAIM_WORDS[c["verdict"]].label, style=f"bold {CLAIM_STYLE[c['verdict']]}")
        head.append(f" · cited {claim_cited(c) or 'nothing'}", style="dim")
        _wrap(console, head, 0, hang=len(f"[claim {n}] "))
        _wrap(console, _labelled("motion: ", Text(" ".join(c["text"].split()))), INDENT,
              hang=len("motion: "))
        if c["found"] is not None:
            f = c["found"]
            source = Text()
            for k, segment in enumerate(claim_source_segments(f["text"], c["words_found"])):
                source.append((" " if k else "") + segment.text,
                              style="bold underline" if segment.kind == "mark" else "")
            _wrap(console, _labelled("source: ", source), INDENT, hang=len("source: "))
            where = f"{section_name(f['section'])}, " if f["section"] else ""
            _wrap(console, _labelled("found:  ", Text(f"{where}{page_of(f['page'])} [{f['source']}]")),
                  INDENT, hang=8)
        for g in c["figures"]:
            figure = Text(f"figure {g['text']}: ")
            figure.append(FIGURE_WORDS[g["status"]], style=FIGURE_STYLE[g["status"]])
            _wrap(console, figure, INDENT)
        if c["note"]:
            _wrap(console, Text(c["note"], style="italic"), INDENT)
