#!/usr/bin/env python3
"""Re-check every label of the blind corpus against the texts it describes; fail on any that
does not hold.

    python3 blind/check_labels.py [--set NAME]... [--quiet]

What is checked (standard library and Debian's `pdftotext`; nothing of verifier is imported, so a
label can never be bent to what the tool says):
- every place of a report or letter (`report.json`, `letter.json`) is in its rendering, word for
  word in order (page furniture and footnote calls may fall between its words), starting on the
  page it gives;
- every quotation and claim is in its document, exactly once or more, as labelled;
- a quotation labelled verbatim (or out of context) is a run of its place's words; a minor one
  keeps its place's words between its ellipses and [insertions]; a misquote, paraphrase or
  invention is not a run of any place's words; `source_text` and `context_dropped` are the
  place's words; an out-of-context quotation leaves `context_dropped` out;
- a citation labelled correct names the place (or its page), wrong names another, missing names
  nothing, unverifiable names a document that is not a source or a page of one without pages;
- a claim's evidence is its evidence place's words; supported and elsewhere agree with what is
  cited; a figure that holds or differs has its source figure in the evidence; a subject never
  discussed has none of its absent words in any source;
- in a pack, each quotation starts on its pack page, its item's pages contain that page.

Exit 0 when every label holds, 1 when any does not (each printed as `set/file: label: problem`),
2 when the corpus cannot be read.
"""

from __future__ import annotations

import argparse
import functools
import html
import json
import re
import subprocess
import sys
import unicodedata
import zipfile
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "manifest.json"

QUOTE_VERDICTS = {"verbatim", "minor", "misquote", "paraphrase", "not_found", "out_of_context"}
CITATION_VERDICTS = {"correct", "wrong", "missing", "unverifiable"}
CLAIM_VERDICTS = {"supported", "elsewhere", "figure_differs", "not_supported", "unverifiable"}
# How many words of a rendering may fall between two words of a place (a footer, a header, a
# footnote at the page foot, a table's continued header) before the place counts as not found.
MAX_GAP = 120
OPENING, OPENING_GAP = 5, 2

PUNCT = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"',
                       "–": "-", "—": "-", "‑": "-", "‐": "-", "−": "-", "\u00ad": "",
                       "\u00a0": " ", "\u2009": " ", "\u202f": " ", "…": "...", "ʼ": "'"})


class CorpusError(Exception):
    """The corpus cannot be read (a missing file, JSON that does not parse)."""


# ------------------------------------------------------------------ text

def fold(text: str) -> str:
    """Typography aside: NFKC (ligatures), straight quotes and hyphens, no soft hyphens."""
    return unicodedata.normalize("NFKC", text).translate(PUNCT)


def words(text: str) -> list[str]:
    """Lower-case word tokens; numbers keep their decimal point and thousands comma."""
    return re.findall(r"[£$]?\d+(?:[.,]\d+)*%?|[a-z]+(?:'[a-z]+)?", fold(text).lower())


def flat(text: str) -> str:
    return " ".join(fold(text).split())


def contains_run(haystack: list[str], needle: list[str]) -> bool:
    """Whether `needle` occurs in `haystack` as consecutive tokens."""
    if not needle:
        return True
    first, n = needle[0], len(needle)
    return any(haystack[i:i + n] == needle for i, w in enumerate(haystack) if w == first)


def find_in_order(haystack: list[str], needle: list[str], start: int = 0) -> int | None:
    """The index in `haystack` where `needle` begins when its tokens occur there in order with
    at most MAX_GAP tokens between neighbours (furniture, footnote calls), a token broken in two
    at a line end ("particu", "larly") counting as one; None when nowhere."""
    if not needle:
        return start
    first = _first_match(haystack, needle, start, len(haystack))
    if first is None:
        return None
    # the tightest match: a later start that matches too (the place's opening words also ended
    # the page before, "… reported to the Audit and Standards Committee.") is the place's own
    later = _first_match(haystack, needle, first + 1, first + MAX_GAP)
    while later is not None:
        first, later = later, _first_match(haystack, needle, later + 1, later + MAX_GAP)
    return first


def _first_match(haystack: list[str], needle: list[str], start: int, stop: int) -> int | None:
    for begin in range(start, min(stop, len(haystack))):
        if not _token_at(haystack, begin, needle[0]):
            continue
        pos, ok = begin + _token_at(haystack, begin, needle[0]), True
        for n, token in enumerate(needle[1:], 1):
            # a place opens cleanly: its first words are together (a footnote call at most
            # between them), so a common first word on an earlier page is not taken for it
            for gap in range((OPENING_GAP if n < OPENING else MAX_GAP) + 1):
                k = pos + gap
                if k >= len(haystack):
                    ok = False
                    break
                width = _token_at(haystack, k, token)
                if width:
                    pos = k + width
                    break
            else:
                ok = False
            if not ok:
                break
        if ok:
            return begin
    return None


def joined_variants(needle: list[str], haystack: list[str]) -> list[str]:
    """`needle` with a hyphenated compound written as one word where the rendering only has it
    so ("front-line" broken at a line end and rejoined by pdftotext: "frontline")."""
    vocabulary, out, i = set(haystack), [], 0
    while i < len(needle):
        if i + 1 < len(needle) and needle[i] + needle[i + 1] in vocabulary \
                and (needle[i] not in vocabulary or needle[i + 1] not in vocabulary
                     or needle[i] + needle[i + 1] in vocabulary):
            pair = needle[i] + needle[i + 1]
            out.append(pair)
            i += 2
        else:
            out.append(needle[i])
            i += 1
    return out


def _token_at(haystack: list[str], i: int, token: str) -> int:
    """How many tokens of `haystack` at `i` spell `token` (1, or 2 for a word split at a line
    end, 0 for none)."""
    if haystack[i] == token:
        return 1
    rest = haystack[i][len(token):] if haystack[i].startswith(token) else None
    if rest and re.fullmatch(r"[.,]?\d{1,2}", rest) and not re.fullmatch(r"\d", token[-1:] + "x"):
        return 1        # a footnote call glued to the word or full stop before it ("1999" + "1")
    if i + 1 < len(haystack) and haystack[i] + haystack[i + 1] == token:
        return 2
    return 0


# ------------------------------------------------------------------ renderings

@lru_cache(maxsize=None)
def rendered_pages(path: Path) -> tuple[str, ...]:
    """The text of each page of a rendering (one element for HTML and .docx, which have none)."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        try:
            out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"],
                                 capture_output=True, check=True).stdout
        except FileNotFoundError as e:
            raise CorpusError("pdftotext is not installed (Debian: poppler-utils)") from e
        except subprocess.CalledProcessError as e:
            raise CorpusError(f"{path}: pdftotext failed: {e.stderr.decode()[:200]}") from e
        return tuple(out.decode("utf-8").split("\f")[:-1] or [""])
    if suffix in (".html", ".htm"):
        return (_html_text(path.read_text(encoding="utf-8")),)
    if suffix == ".docx":
        return (_docx_text(path),)
    raise CorpusError(f"{path}: not a rendering this checker reads")


class _Text(HTMLParser):
    SKIP = {"script", "style", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skipping = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
        elif tag in {"p", "li", "h1", "h2", "h3", "h4", "tr", "td", "th", "div", "br"}:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def _html_text(text: str) -> str:
    parser = _Text()
    parser.feed(text)
    return html.unescape("".join(parser.parts))


def _docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        parts = [n for n in z.namelist() if re.fullmatch(r"word/(document|footnotes|endnotes)\.xml", n)]
        xml = "\n".join(z.read(n).decode("utf-8") for n in sorted(parts))
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"<w:tab/>", " ", xml)
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


# ------------------------------------------------------------------ the corpus

@dataclass
class Source:
    role: str                     # "report" | "letter"
    path: Path                    # its .json
    data: dict
    places: dict[str, dict] = field(default_factory=dict)    # by label; a repeated label
                                                            # ("executive summary") merged
    place_list: list[dict] = field(default_factory=list)     # as listed, each on its own

    @property
    def rendering(self) -> Path:
        return self.path.parent / self.data["file"]

    @property
    def has_pages(self) -> bool:
        return self.rendering.suffix.lower() == ".pdf"


def load_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as e:
        raise CorpusError(f"{path}: missing") from e
    except json.JSONDecodeError as e:
        raise CorpusError(f"{path}: not JSON ({e})") from e


def load_sources(set_dir: Path) -> dict[str, Source]:
    sources = {}
    for role in ("report", "letter"):
        path = set_dir / f"{role}.json"
        if path.exists():
            data = load_json(path)
            source = Source(role, path, data)
            for place in data.get("places", []):
                source.place_list.append(place)
                key = canon(place["label"])
                if key in source.places:
                    merged = dict(source.places[key])
                    merged["text"] += "\n" + place["text"]
                    source.places[key] = merged
                else:
                    source.places[key] = place
            sources[role] = source
    return sources


def canon(label: str) -> str:
    """A place label as citations compare it: "Para 4.12." → "4.12", "R 4" and "Recommendation
    4" → "r4"."""
    label = fold(str(label)).strip().lower().rstrip(".")
    # "Recommendation 4" is R4, as a report that prints "R4" labels it (not paragraph 4)
    label = re.sub(r"^recommendation\s+(?=\d)", "r", label)
    label = re.sub(r"^(paragraph|paras?|section|recommendation)\s+", "", label)
    return re.sub(r"\s+", "", label) if re.fullmatch(r"[a-z]?\s*[\d.]+[a-z]?", label) else label


# ------------------------------------------------------------------ checks

class Problems:
    def __init__(self):
        self.lines: list[str] = []
        self.checked = 0

    def add(self, where: str, what: str) -> None:
        self.lines.append(f"{where}: {what}")


def check_places(source: Source, where: str, problems: Problems) -> None:
    pages = rendered_pages(source.rendering)
    page_tokens = [words(p) for p in pages]
    tokens = [t for p in page_tokens for t in p]
    starts, total = [], 0
    for p in page_tokens:
        starts.append(total)
        total += len(p)
    cursor = 0
    for place in source.place_list:
        problems.checked += 1
        label = f"{where} place {place['label']}"
        needle = joined_variants(words(place["text"]), tokens)
        if not needle:
            problems.add(label, "has no text")
            continue
        if place.get("kind") in ("table", "summary"):
            # a table's cells, and a two-column summary, come out of pdftotext column by column
            # or interleaved: their words must all be in the rendering, in any order
            missing = set(needle) - set(tokens)
            if missing:
                problems.add(label, f"words not in the rendering: {sorted(missing)[:5]}")
            continue
        at = find_in_order(tokens, needle, cursor)
        if at is None:
            at = find_in_order(tokens, needle, 0)     # places may be listed out of reading order
        if at is None:
            problems.add(label, "its words are not in the rendering in this order")
            continue
        cursor = at
        if source.has_pages and place.get("page"):
            page = max(i for i, s in enumerate(starts) if s <= at) + 1
            if page != place["page"]:
                problems.add(label, f"starts on page {page} of the rendering, not {place['page']}")


def place_tokens(sources: dict[str, Source], role: str | None, section: str | None) -> list[str] | None:
    if role not in sources or section is None:
        return None
    place = sources[role].places.get(canon(section))
    return words(place["text"]) if place else None


def all_place_tokens(sources: dict[str, Source]) -> list[list[str]]:
    return [words(p["text"]) for s in sources.values() for p in s.places.values()]


# American spellings and "per cent" for "%": a minor edit, not a change of words.
SPELLING = [(r"(?<=[a-z])iz(?=e|ing|ation)", "is"), (r"^judgment$", "judgement"),
            (r"^program$", "programme"), (r"(?<=[a-z]{2})or$", "our"), (r"^(\d+(?:\.\d+)?)$", r"\1%")]


NUMBER_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}


def spelled(tokens: list[str]) -> list[str]:
    out = []
    for i, t in enumerate(tokens):
        if t in ("per", "cent") and (t == "cent" or tokens[i + 1:i + 2] == ["cent"]):
            continue
        for pattern, repl in SPELLING[:-1]:
            t = re.sub(pattern, repl, t)
        out.append(NUMBER_WORDS.get(t, t).rstrip("%"))
    return out


def minor_holds(quote: str, place: list[str]) -> bool:
    """The quotation's words, its [insertions] and ellipses aside, are runs of the place's words
    in order (a changed capital, a dropped 'the' or a US spelling allowed)."""
    place = spelled(place)
    text = re.sub(r"\[[^\]]*\]", " ... ", fold(quote))
    pieces = [spelled(words(p)) for p in re.split(r"\.\.\.|…", text)]
    pieces = [p for p in pieces if p]
    if not pieces:
        return False
    # each piece's words are the place's in order, a dropped or changed word aside
    for piece in pieces:
        blocks = SequenceMatcher(None, piece, place, autojunk=False).get_matching_blocks()
        if sum(b.size for b in blocks) < 0.75 * len(piece):
            return False
    return True


def cited_places(label: dict) -> set[str]:
    return {canon(c) for c in label.get("cited") or []}


def check_citation(label: dict, sources: dict[str, Source], where: str, problems: Problems,
                   section_key: str = "section") -> None:
    ideal = (label.get("citation") or [None])[0]
    if ideal is None:
        return
    if ideal not in CITATION_VERDICTS:
        problems.add(where, f"citation {ideal!r} is not a citation verdict")
        return
    cited, pages = cited_places(label), label.get("cited_pages") or []
    document = label.get("cited_document")
    section, role = label.get(section_key), label.get("source")
    names_something = bool(cited or pages or document)
    if ideal == "missing" and names_something:
        problems.add(where, "citation labelled missing, yet it cites something")
    if ideal in ("correct", "wrong") and not names_something:
        problems.add(where, f"citation labelled {ideal}, yet it cites nothing")
    if ideal in ("correct", "wrong") and section and role in sources and (cited or pages):
        place = sources[role].places.get(canon(section))
        # a bare number in a recommendations table's "Rec." column names Recommendation N
        recommendation = re.fullmatch(r"r(\d+)", canon(section))
        right = canon(section) in cited or _chapter_cited(section, cited) \
            or bool(recommendation and recommendation.group(1) in cited) \
            or any(c in fold(place.get("chapter") or "").lower() for c in cited
                   if not re.fullmatch(r"[\d.]+", c)) if place else False
        if place and pages and sources[role].has_pages:
            offset = sources[role].data.get("page_offset") or 0
            page = place.get("page")
            right = right or (page is not None and any(p in (page, page - offset) for p in pages))
        if ideal == "correct" and not right:
            problems.add(where, f"citation labelled correct, yet {sorted(cited) or pages} "
                                f"does not name {section}")
        if ideal == "wrong" and right:
            problems.add(where, f"citation labelled wrong, yet it names {section}")
    if ideal == "unverifiable" and not (document == "other" or pages and role in sources
                                        and not sources[role].has_pages
                                        or any(c not in {canon(p) for s in sources.values()
                                                         for p in s.places} for c in cited)):
        problems.add(where, "citation labelled unverifiable, yet it names a checkable place")


def _chapter_cited(section: str, cited: set[str]) -> bool:
    """'(Chapter 3)' or '(section 2.3)' cites 2.3.1: a cited prefix of the place's number."""
    return any(re.fullmatch(r"[\d.]+", c) and canon(section).startswith(c + ".") for c in cited)


@functools.lru_cache(maxsize=8)
def _document_forms(document: str) -> tuple[str, str]:
    """A document's text flattened and as words, made once per document rather than per label
    (a pack's text is folded hundreds of times otherwise)."""
    return flat(document), " ".join(words(document))


def _counted_in(label: dict, document: str, where: str, problems: Problems) -> str:
    """The label's text, counted as checked, and a problem when the document does not hold it."""
    problems.checked += 1
    text = label.get("text") or ""
    flat_document, document_words = _document_forms(document)
    if flat(text) not in flat_document and " ".join(words(text)) not in document_words:
        problems.add(where, "its text is not in the document")
    return text


def check_quote(label: dict, sources: dict[str, Source], document: str, where: str,
                problems: Problems) -> None:
    text = _counted_in(label, document, where, problems)
    verdicts = label.get("verdict") or []
    if not label.get("concerns", True):
        return
    if not verdicts or any(v not in QUOTE_VERDICTS for v in verdicts):
        problems.add(where, f"verdicts {verdicts} are not quotation verdicts")
        return
    ideal, section, role = verdicts[0], label.get("section"), label.get("source")
    place = place_tokens(sources, role, section)
    if ideal != "not_found" and place is None:
        problems.add(where, f"no place {section!r} in the {role}")
        return
    quote = words(text)
    if ideal == "verbatim" and not contains_run(place, quote):
        problems.add(where, f"labelled verbatim, yet its words are not a run of {section}")
    if ideal == "out_of_context" and not (contains_run(place, quote) or minor_holds(text, place)):
        problems.add(where, f"labelled out_of_context, yet its words are not {section}'s")
    if ideal == "minor" and not minor_holds(text, place):
        problems.add(where, f"labelled minor, yet its words are not {section}'s between its cuts")
    if ideal in ("misquote", "paraphrase") and contains_run(place, quote):
        problems.add(where, f"labelled {ideal}, yet its words are {section}'s word for word")
    if ideal == "not_found":
        if section:
            problems.add(where, "labelled not_found, yet it names a place")
        if any(contains_run(p, quote) for p in all_place_tokens(sources)):
            problems.add(where, "labelled not_found, yet a source says it word for word")
    for key in ("source_text", "context_dropped"):
        if label.get(key) and place is not None and not contains_run(place, words(label[key])):
            problems.add(where, f"its {key} is not {section}'s words")
    if ideal in ("minor", "misquote", "paraphrase", "out_of_context") and not label.get("source_text") \
            and ideal != "out_of_context":
        problems.add(where, f"labelled {ideal} without source_text")
    if ideal == "out_of_context":
        dropped = label.get("context_dropped")
        if not dropped:
            problems.add(where, "labelled out_of_context without context_dropped")
        elif contains_run(quote, words(dropped)):
            problems.add(where, "labelled out_of_context, yet it keeps the context it drops")
    check_citation(label, sources, where, problems)


def numbers(text: str) -> set[float]:
    """The numbers written in digits in `text`, as values (£14.2m and 14.2 alike)."""
    return {float(n.replace(",", "")) for n in re.findall(r"\d+(?:,\d{3})*(?:\.\d+)?", fold(text))}


def figure_in(source_figure: str, evidence: str) -> bool:
    """The label's source figure is the evidence's: its words when it has no digits ("eleven
    times"), else at least one of its numbers; writers give computed figures as their working
    ("£14.2m - £6.1m", "31/43 = 72%"), whose operands are the evidence's."""
    wanted = numbers(source_figure)
    if not wanted:
        said = [w for w in words(source_figure) if w in NUMBER_WORDS]
        return contains_run(words(evidence), words(source_figure)) or \
            bool(said) and bool(set(said) & set(words(evidence)))
    return bool(wanted & numbers(evidence))


def check_claim(label: dict, sources: dict[str, Source], document: str, where: str,
                problems: Problems) -> None:
    text = _counted_in(label, document, where, problems)
    verdicts = label.get("verdict") or []
    if not verdicts or any(v not in CLAIM_VERDICTS for v in verdicts):
        problems.add(where, f"verdicts {verdicts} are not claim verdicts")
        return
    ideal = verdicts[0]
    evidence, ev_section = label.get("evidence"), label.get("evidence_section")
    role = label.get("source")
    if evidence:
        place = place_tokens(sources, role, ev_section)
        if place is None:
            problems.add(where, f"no evidence place {ev_section!r} in the {role}")
        elif not contains_run(place, words(evidence)):
            problems.add(where, f"its evidence is not {ev_section}'s words")
    if ideal in ("supported", "elsewhere", "figure_differs") and not evidence:
        problems.add(where, f"labelled {ideal} without evidence")
    cited = cited_places(label)
    if ideal == "elsewhere":
        if not cited and not label.get("cited_pages"):
            problems.add(where, "labelled elsewhere, yet it cites nothing")
        elif ev_section and (canon(ev_section) in cited or _chapter_cited(ev_section, cited)):
            problems.add(where, f"labelled elsewhere, yet it cites {ev_section}")
    if ideal == "supported" and cited and ev_section and role == "report" \
            and not (canon(ev_section) in cited or _chapter_cited(ev_section, cited)) \
            and not label.get("cited_pages"):
        problems.add(where, f"labelled supported, yet it cites {sorted(cited)}, not {ev_section}")
    for figure in label.get("figures") or []:
        status, source_figure = figure.get("status"), figure.get("source_figure")
        if status not in ("holds", "differs", "absent"):
            problems.add(where, f"figure {figure.get('text')!r} has status {status!r}")
        elif status in ("holds", "differs") and source_figure and evidence \
                and not figure_in(source_figure, evidence) \
                and not figure_in(source_figure, " ".join(
                    p["text"] for src in sources.values() for p in src.places.values())):
            problems.add(where, f"figure {figure.get('text')!r}: its source figure "
                                f"{source_figure!r} is not in the evidence")
    if ideal == "figure_differs" and not any(f.get("status") == "differs"
                                             for f in label.get("figures") or []):
        problems.add(where, "labelled figure_differs, yet no figure differs")
    absent = label.get("absent_words") or []
    everything = " ".join(" ".join(words(p["text"])) for s in sources.values()
                          for p in s.places.values())
    for word in absent:
        if re.search(r"\b" + re.escape(" ".join(words(word))) + r"\b", everything):
            problems.add(where, f"absent word {word!r} is in the sources")
    if ideal == "unverifiable" and label.get("cited_document") != "other" and not label.get("note"):
        problems.add(where, "labelled unverifiable without naming the other document or a note")


def check_document(set_dir: Path, labels_path: Path, sources: dict[str, Source],
                   problems: Problems) -> None:
    labels = load_json(labels_path)
    name = f"{set_dir.name}/{labels_path.name}"
    document_path = set_dir / labels["document"]
    if not document_path.exists():
        problems.add(name, f"document {labels['document']} is missing")
        return
    document = document_path.read_text(encoding="utf-8")
    for i, label in enumerate(labels.get("quotes", []), 1):
        check_quote(label, sources, document, f"{name}: quote {i} {label.get('text', '')[:40]!r}", problems)
    for i, label in enumerate(labels.get("claims", []), 1):
        check_claim(label, sources, document, f"{name}: claim {i} {label.get('text', '')[:40]!r}", problems)
    for i, sentence in enumerate(labels.get("not_claims", []), 1):
        problems.checked += 1
        if flat(sentence) not in flat(document):
            problems.add(f"{name}: not_claim {i}", "its text is not in the document")


def check_pack(set_dir: Path, labels_path: Path, sources: dict[str, Source],
               problems: Problems) -> None:
    labels = load_json(labels_path)
    name = f"{set_dir.name}/{labels_path.name}"
    pdf = set_dir / labels["pack"]
    pages = rendered_pages(pdf)
    if labels.get("pages") and labels["pages"] != len(pages):
        problems.add(name, f"says {labels['pages']} pages; the PDF has {len(pages)}")
    items = {str(i["number"]): i for i in labels.get("items", [])}
    document = "\n".join(pages)
    for i, label in enumerate(labels.get("quotes", []), 1):
        where = f"{name}: quote {label.get('id', i)} {label.get('text', '')[:40]!r}"
        check_quote(label, sources, document, where, problems)
        page = label.get("pack_page")
        head = words(label.get("text", ""))[:6]
        if not page or page > len(pages) or find_in_order(words(pages[page - 1]), head) is None:
            problems.add(where, f"does not start on pack page {page}")
        item = items.get(str(label.get("item")))
        if item is None:
            problems.add(where, f"item {label.get('item')!r} is not among the pack's items")
        elif page and not item["first_page"] <= page <= item["last_page"]:
            problems.add(where, f"page {page} is outside item {item['number']}'s pages")


def check_set(set_dir: Path, problems: Problems) -> None:
    sources = load_sources(set_dir)
    if "report" not in sources:
        problems.add(set_dir.name, "no report.json")
        return
    for role, source in sources.items():
        if not source.rendering.exists():
            problems.add(f"{set_dir.name}/{role}.json", f"its rendering {source.data['file']} is missing")
            continue
        check_places(source, f"{set_dir.name}/{role}", problems)
    for labels_path in sorted(set_dir.glob("*.labels.json")):
        if labels_path.name.startswith("pack-"):
            check_pack(set_dir, labels_path, sources, problems)
        else:
            check_document(set_dir, labels_path, sources, problems)


def set_dirs(names: list[str]) -> list[Path]:
    manifest = load_json(MANIFEST)
    known = list(manifest["sets"])
    for name in names:
        if name not in known:
            raise CorpusError(f"no set {name!r} in {MANIFEST.name} (there are: {', '.join(known)})")
    return [HERE / "sets" / n for n in (names or known)]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", default=[], metavar="NAME")
    parser.add_argument("--quiet", action="store_true", help="print only problems and the total")
    args = parser.parse_args(argv)
    problems = Problems()
    try:
        for set_dir in set_dirs(args.set):
            before = len(problems.lines)
            check_set(set_dir, problems)
            if not args.quiet:
                print(f"{set_dir.name}: {len(problems.lines) - before} problems")
    except CorpusError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for line in problems.lines:
        print(line)
    print(f"{problems.checked} labels and places checked, {len(problems.lines)} problems")
    return 1 if problems.lines else 0


if __name__ == "__main__":
    sys.exit(main())
