"""A checked motion as a Word document with comments (issue 26): the motion's own .docx written
back unchanged but for a comment on each quotation and claim with a problem and one at the top
with the summary; a motion given as text, PDF or HTML becomes a new .docx of its text, one
paragraph a line, with the same comments.

A quotation's offsets are offsets in the motion's text, which `index.docx_lines` read from the
document's paragraphs and table cells, one a line. `_TextMap` reads the same text again and
keeps, for each character, the `w:t` element it came from, so a comment can be anchored on
exactly the quoted words: a run is split where a quotation starts or ends inside it (python-docx
anchors comments on whole runs), and a quotation may run over several runs and paragraphs.
"""

from __future__ import annotations

import copy
import io
import re

from verifier.models import CheckReport
from verifier.rendering.findings import PROBLEMS, Finding, find_problems
from verifier.rendering.report import claims_summary_line, sources_line, sources_warning, summary_line

AUTHOR = "verifier"
INITIALS = "V"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# Characters XML 1.0 cannot hold (a text motion may carry them): each becomes a space, so every
# offset still points at the same character.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def render_docx(report: CheckReport, text: str, original: bytes | None = None,
                problems=PROBLEMS) -> bytes:
    """The .docx bytes: `original` (the motion's own Word file) with comments, or a new
    document of `text` (the motion's text, which the report's offsets point into)."""
    import docx

    if original is not None:
        document = docx.Document(io.BytesIO(original))
    else:
        document = docx.Document()
        for line in _NOT_XML.sub(" ", text).split("\n"):
            document.add_paragraph(line)
    findings = find_problems(report, problems)
    spans = _place(document, _NOT_XML.sub(" ", text), findings)
    for finding, span in zip(findings, spans):
        words = comment_text(finding)
        if span is None:        # the document no longer holds these words where it did
            words = f"(Not placed: “{_flat(finding.motion_words)}” was not found in the " \
                    f"document.)\n{words}"
            span = _first_paragraph(document)
        if span is not None:
            _comment(document, span, words)
    top = _first_paragraph(document)
    if top is not None:
        _comment(document, top, summary_text(report, findings))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def comment_text(finding: Finding) -> str:
    """A finding's comment, one paragraph a line: the verdict, where the words really are, the
    changes, the suggested correction, and the check's note."""
    noun = "Quotation" if finding.kind == "quotation" else "Claim"
    label = finding.label if finding.kind == "quotation" else finding.label.lstrip("C")
    lines = [f"{noun} {label}: {finding.verdicts} (cited: {finding.cited})."]
    if finding.where is None:
        lines.append("Where the words are: not in the indexed sources.")
    else:
        lines.append(f"Where the words are: {finding.where}: “{finding.source_words}”")
    if finding.changes:
        lines.append("Changes: " + "; ".join(finding.changes) + ".")
    if finding.suggestion:
        lines.append(f"Suggested correction: {finding.suggestion}")
    if finding.note:
        lines.append(finding.note)
    return "\n".join(lines)


def summary_text(report: CheckReport, findings) -> str:
    """The comment at the top: the summary, the sources, and how many comments follow."""
    lines = [f"Checked by verifier. {summary_line(report)}"]
    claims = claims_summary_line(report)
    if claims:
        lines.append(claims)
    lines.append(sources_line(report))
    warning = sources_warning(report)
    if warning:
        lines.append(f"Warning: {warning}")
    n = len(findings)
    lines.append(f"{n} comment{'' if n == 1 else 's'} below mark{'s' if n == 1 else ''} the "
                 "quotations and claims that need attention." if n else
                 "No quotation or claim needs attention.")
    return "\n".join(lines)


def _flat(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- where the words are

class _TextMap:
    """The document's text as `index.docx_lines` reads it (paragraphs and table cells one a
    line; tabs and line breaks as "\\t" and "\\n"), with each character's `w:t` and offset in
    it (None for a tab, a break or the line's end)."""

    def __init__(self, document):
        self.chars: list[tuple | None] = []
        self.starts: dict = {}          # w:t → the index of its first character
        pieces: list[str] = []
        first = True
        for paragraph in _paragraphs(document):
            if not first:
                pieces.append("\n")
                self.chars.append(None)
            first = False
            for node in paragraph.iter():
                tag = node.tag.rsplit("}", 1)[-1] if isinstance(node.tag, str) else ""
                if tag == "t" and node.text:
                    self.starts[node] = len(self.chars)
                    pieces.append(node.text)
                    # Only a w:t in a w:r can be split and anchored (not OMML's m:t).
                    ok = node.tag == f"{_W}t" and node.getparent() is not None and \
                        node.getparent().tag == f"{_W}r"
                    self.chars.extend((node, k) if ok else None for k in range(len(node.text)))
                elif tag == "tab":
                    pieces.append("\t")
                    self.chars.append(None)
                elif tag in ("br", "cr"):
                    pieces.append("\n")
                    self.chars.append(None)
        self.text = "".join(pieces)


def _paragraphs(document):
    """The w:p elements in the order `index.docx_lines` reads them."""
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1] if isinstance(block.tag, str) else ""
        if tag == "p":
            yield block
        elif tag == "tbl":
            for cell in block.iter(f"{_W}tc"):
                yield from cell.iter(f"{_W}p")


def _place(document, text: str, findings) -> list[tuple | None]:
    """For each finding, (first w:r, last w:r) of its words, runs split at its ends; None
    where the document does not hold the words."""
    mapped = _TextMap(document)
    offsets = _offsets(mapped.text, text, findings)
    # Split every run first, the later places first: a split leaves the text before it where
    # it was (in the same elements), so the places still to split stay valid. One cut a place:
    # "after the last character of one w:t" and "before the next" are the same place.
    cuts = {}
    for span in offsets:
        if span is not None:
            for node, k in _ends(mapped, *span):
                cuts.setdefault(mapped.starts[node] + k, (node, k))
    for position in sorted(cuts, reverse=True):
        _split(*cuts[position])
    mapped = _TextMap(document)
    runs = []
    for span in offsets:
        ends = _text_ends(mapped, *span) if span is not None else None
        runs.append(None if ends is None else (ends[0][0].getparent(), ends[1][0].getparent()))
    return runs


def _offsets(document_text: str, motion_text: str, findings) -> list[tuple[int, int] | None]:
    """Each finding's (start, end) in the document's text: its own offsets when the document
    reads as the motion did, else where its words first occur (None if nowhere)."""
    if document_text == motion_text:
        return [(f.start, f.end) for f in findings]
    out = []
    for f in findings:
        words = _NOT_XML.sub(" ", f.motion_words)
        at = document_text.find(words) if words else -1
        out.append((at, at + len(words)) if at >= 0 else None)
    return out


def _text_ends(mapped: _TextMap, start: int, end: int):
    """The first and last characters in [start, end) that a run holds, or None."""
    inside = [c for c in mapped.chars[start:end] if c is not None]
    return (inside[0], inside[-1]) if inside else None


def _ends(mapped: _TextMap, start: int, end: int):
    """Where runs must be split so [start, end) is whole runs: before its first character and
    after its last."""
    ends = _text_ends(mapped, start, end)
    if ends is None:
        return []
    (first, k), (last, j) = ends
    return [(first, k), (last, j + 1)]


def _split(t, k: int) -> None:
    """Split the run holding `t` so that a new run starts at character `k` of `t` (no-op when
    a run boundary is already there)."""
    run = t.getparent()
    content = [c for c in run if c.tag != f"{_W}rPr"]
    i = content.index(t)
    text = t.text or ""
    if (k == 0 and i == 0) or (k >= len(text) and i == len(content) - 1):
        return
    tail = copy.deepcopy(run)
    tail_content = [c for c in tail if c.tag != f"{_W}rPr"]
    for c in content[i + 1:]:
        run.remove(c)
    for c in tail_content[:i]:
        tail.remove(c)
    tail_t = tail_content[i]
    if k == 0:
        run.remove(t)
    else:
        t.text = text[:k]
        _preserve(t)
    if k >= len(text):
        tail.remove(tail_t)
    else:
        tail_t.text = text[k:]
        _preserve(tail_t)
    run.addnext(tail)


def _preserve(t) -> None:
    # Without xml:space="preserve" Word drops a space at either end of a cut piece of text.
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def _first_paragraph(document):
    """(first w:r, last w:r) of the first line with words: where the summary is anchored."""
    for paragraph in _paragraphs(document):
        runs = [r for r in paragraph.iter(f"{_W}r")
                if any((t.text or "").strip() for t in r.findall(f"{_W}t"))]
        if runs:
            return runs[0], runs[-1]
    return None


def _comment(document, span, words: str) -> None:
    from docx.text.run import Run

    first, last = span
    document.add_comment([Run(first, None), Run(last, None)], text=_NOT_XML.sub(" ", words),
                         author=AUTHOR, initials=INITIALS)
