"""GOV.UK HTML publications (saved, or fetched from their address) read from their markup.

GOV.UK publishes Best Value inspection reports as HTML first. The body is govspeak markup in
`div.govspeak`: chapter headings in <h2>, subheadings in <h3>, paragraphs that begin with their
number ("3.4 We found …"), bullets in <ul>, footnote references
`<sup id="fnref:3"><a href="#fn:3" class="footnote">[footnote 3]</a></sup>` and a
`div.footnotes` list at the end. Page chrome ("Independent report", "Published …", the contents
list, breadcrumbs, cookie banner) is not the report. There are no pages: every paragraph's
page is 0.

Also here: `html_lines`, the visible text of any HTML page one block a line, which the motion
side uses for a council's saved minutes page.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from index.errors import UnreadableSource
from index.models import Paragraph
from index.paragraphs import Block, split_blocks
from index.readers.limits import ReadLimits, read_limits

NAME = "govuk-html"
# Bump when a change here changes what is read from the same page (see pdf_pypdf.VERSION).
VERSION = 4

_CHROME = ("script", "style", "nav", "noscript", "template", "svg", "header", "footer", "form",
           "button")
_CHROME_CLASSES = re.compile(r"\b(gem-c-contents-list|govuk-breadcrumbs|gem-c-cookie-banner|"
                             r"govuk-skip-link|gem-c-print-link|gem-c-related-navigation|"
                             r"gem-c-contextual-sidebar|govuk-footer|govuk-header)\b")
_FOOTNOTE_ID = re.compile(r"^fn:?(\w+)$")
_SPACES = re.compile(r"\s+")


def content_api_html(data: bytes, name: str) -> str:
    """The page HTML inside a GOV.UK content API answer (`/api/content/<path>`)."""
    try:
        item = json.loads(data.decode("utf-8"))
        details = item.get("details", {})
        body = details.get("body") or "".join(
            part.get("body", "") for part in details.get("parts", ()))
    except (ValueError, AttributeError, TypeError) as e:
        raise UnreadableSource(f"{name}: not a GOV.UK content API answer ({e})") from e
    if not body:
        raise UnreadableSource(f"{name}: the GOV.UK content API answer has no body")
    title = item.get("title") or ""
    return (f'<html><body><main><h1>{_escape(title)}</h1>'
            f'<div class="govspeak">{body}</div></main></body></html>')


def read_html(html: str, name: str, limits: ReadLimits | None = None) -> tuple[Paragraph, ...]:
    """The report's units from a GOV.UK HTML page's markup, read within `limits` (None: those
    in force).

    Raises:
        UnreadableSource: more markup, or nested deeper, than the limits allow.
    """
    from bs4 import BeautifulSoup

    limits = limits or read_limits()
    _check_size(html, name, limits)
    soup = BeautifulSoup(_without_xml_declaration(html), "lxml")
    _check_depth(soup, name, limits.html_depth)
    footnotes = _footnotes(soup)
    title = soup.select_one("main h1") or soup.find("h1")
    title_text = _text(title) if title is not None else ""
    for element in soup.find_all(_CHROME):
        element.decompose()
    for element in soup.find_all(class_=_CHROME_CLASSES):
        element.decompose()
    # govspeak's <sup id="fnref:3"><a href="#fn:3" class="footnote">[footnote 3]</a></sup>, or
    # a bare <a class="footnote"> from other markdown.
    for selector in ('sup[id^="fnref"]', "a.footnote", 'a[href^="#fn"]'):
        for ref in soup.select(selector):
            if ref.parent is None:
                continue    # inside a reference already replaced
            label = _marker_label(ref)
            ref.replace_with(soup.new_string(f"\x00{label}\x00" if label else ""))
    main = soup.select_one("main") or soup.body or soup
    bodies = _outermost_govspeak(main) or [main]
    blocks = _blocks(bodies)
    if title_text and not any(b.tag == "h1" and b.text == title_text for b in blocks):
        blocks.insert(0, Block(title_text, "h1"))
    return split_blocks(blocks, footnotes)


def read_file(path: Path, limits: ReadLimits | None = None) -> tuple[Paragraph, ...]:
    """A saved GOV.UK page (or its content API JSON) read from its markup."""
    limits = limits or read_limits()
    try:
        if path.stat().st_size > limits.html_mb << 20:     # refused before it is read in
            raise _too_big(str(path), limits)
        data = path.read_bytes()
    except OSError as e:
        raise UnreadableSource(f"{path}: cannot be read ({e.strerror})") from e
    return read_html(decode(data, str(path)), str(path), limits)


def decode(data: bytes, name: str) -> str:
    """HTML bytes as text: the charset it declares, else UTF-8, else Windows-1252."""
    head = data[:2048].decode("ascii", "ignore")
    m = re.search(r"charset=[\"']?([\w-]+)", head, re.IGNORECASE)
    for encoding in ([m.group(1)] if m else []) + ["utf-8-sig", "cp1252"]:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise UnreadableSource(f"{name}: the page's text encoding could not be read")


# ------------------------------------------------------------------------------- the limits

# An element's start tag: "<" and a letter (what a parser makes an element of).
_START_TAG = re.compile(r"<[A-Za-z]")
# An XML declaration ("<?xml version=…?>", as XHTML pages saved by some tools begin) before a
# root that is not <html> makes BeautifulSoup warn on stderr that it parses XML as HTML (issue
# 24: seven lines of a library's warning). It says nothing the HTML reader needs: the text is
# already decoded, and a processing instruction holds no text of the page.
_XML_DECLARATION = re.compile(r"<\?xml\b[^>]*>", re.IGNORECASE)


def _too_big(name: str, limits: ReadLimits) -> UnreadableSource:
    return UnreadableSource(f"{name}: the page is more than {limits.html_mb} MB of markup; "
                            "is it a report?")


def _check_size(html: str, name: str, limits: ReadLimits) -> None:
    if len(html) > limits.html_mb << 20:
        raise _too_big(name, limits)
    if sum(1 for _ in _START_TAG.finditer(html)) > limits.html_elements:
        raise UnreadableSource(f"{name}: the page has more than {limits.html_elements:,} "
                               "elements; is it a report?")


def _without_xml_declaration(html: str) -> str:
    return _XML_DECLARATION.sub("", html)


def _check_depth(soup, name: str, most: int) -> None:
    """Refuse a page whose elements nest more than `most` deep (one walk over the tree)."""
    from bs4 import Tag

    stack = [(soup, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > most:
            raise UnreadableSource(f"{name}: the page's elements are nested more than {most} "
                                   "deep; is it a report?")
        stack.extend((child, depth + 1) for child in node.contents if isinstance(child, Tag))


def _outermost_govspeak(main) -> list:
    """The `div.govspeak` bodies in `main` that are not inside another, in document order.

    One walk down that stops at each body found: a walk up from each candidate is quadratic
    in the nesting (issue 24: 100,000 nested divs ran for minutes).
    """
    from bs4 import Tag

    if any("govspeak" in (node.get("class") or ())
           for node in (main, *main.parents) if isinstance(node, Tag)):
        return []       # the whole of main is inside a body: it is read as one
    found, stack = [], [main]
    while stack:
        node = stack.pop()
        if node is not main and node.name == "div" and "govspeak" in (node.get("class") or ()):
            found.append(node)
            continue
        stack.extend(reversed([c for c in node.contents if isinstance(c, Tag)]))
    return found


# ------------------------------------------------------------------------------- the markup

def _footnotes(soup) -> dict[str, str]:
    """label -> text of each footnote in `div.footnotes` (govspeak) or `li#fn:N`; taken out."""
    notes: dict[str, str] = {}
    for item in soup.select('li[id^="fn"]'):
        m = _FOOTNOTE_ID.match(item.get("id", ""))
        if not m:
            continue
        for back in item.select("a.reversefootnote, a[href^='#fnref']"):
            back.decompose()
        notes[m.group(1)] = _text(item)
    for block in soup.select("div.footnotes"):
        block.decompose()
    for item in soup.select('li[id^="fn"]'):
        item.decompose()
    return notes


def _marker_label(element) -> str | None:
    link = element if element.name == "a" else element.find("a")
    target = (link.get("href", "") if link is not None else "") or ""
    m = re.match(r"^#fn:?(\w+)$", target)
    if m:
        return m.group(1)
    m = re.search(r"(\d+)", element.get_text())
    return m.group(1) if m else None


_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "tr", "caption", "dt", "dd",
               "pre", "figcaption")


# A block inside one of these is part of its text, not a block of its own.
_HOLDING_TAGS = frozenset({"li", "tr", "caption", "p"})


def _blocks(bodies) -> list[Block]:
    """The text blocks in document order; a list item's own paragraphs stay in the item.

    One walk down each body, each element knowing whether it is inside a holding block: the
    walk up the parents it replaces was quadratic in the nesting (issue 24).
    """
    from bs4 import Tag

    blocks = []
    for body in bodies:
        stack = [(child, False) for child in reversed(body.contents) if isinstance(child, Tag)]
        while stack:
            element, held = stack.pop()
            if element.name in _BLOCK_TAGS and not held:
                text = _text(element, cells=element.name == "tr")
                if text:
                    blocks.append(Block(text, element.name))
            held = held or element.name in _HOLDING_TAGS
            stack.extend((child, held) for child in reversed(element.contents)
                         if isinstance(child, Tag))
    return blocks


def _text(element, cells: bool = False) -> str:
    if cells:
        parts = [_SPACES.sub(" ", c.get_text()).strip() for c in element.find_all(["td", "th"])]
        text = " ".join(p for p in parts if p)
    else:
        text = element.get_text()
    text = text.replace("\u00a0", " ")
    text = re.sub(r"\s*\x00(\w*)\x00", lambda m: f"\x00{m.group(1)}\x00", text)
    return _SPACES.sub(" ", text).strip()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ------------------------------------------------------------------------------- any page

_SKIPPED_ELEMENTS = frozenset({"script", "style", "nav", "noscript", "template", "head", "svg"})
# Elements that start a new line when a browser shows the page.
_BLOCK_ELEMENTS = frozenset({
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "tr", "table", "thead", "tbody", "tfoot", "section", "article", "aside", "header", "footer",
    "main", "blockquote", "pre", "hr", "figure", "figcaption", "address", "form", "fieldset",
    "caption", "details", "summary",
})


class _TextOfPage(HTMLParser):
    """Collect the visible text of a page: skipped elements dropped, block elements as lines."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping: list[str] = []
        self.in_pre = 0

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.skipping.clear()         # a <head> left unclosed must not hide the page
        if tag in _SKIPPED_ELEMENTS:
            self.skipping.append(tag)
        elif tag == "li" and not self.skipping:
            # A list item shows as a bullet; keeping one keeps items apart as sentences, as
            # "- " does in text copied from the page (the Tower Hamlets minutes).
            self.parts.append("\n- ")
        elif tag in _BLOCK_ELEMENTS and not self.skipping:
            self.parts.append("\n")
        elif tag in ("td", "th") and not self.skipping:
            self.parts.append(" ")
        if tag == "pre":
            self.in_pre += 1

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK_ELEMENTS and not self.skipping:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if self.skipping:
            if tag == self.skipping[-1]:
                self.skipping.pop()
            elif tag in self.skipping:
                del self.skipping[self.skipping.index(tag):]
            return
        if tag in _BLOCK_ELEMENTS:
            self.parts.append("\n")
        if tag == "pre" and self.in_pre:
            self.in_pre -= 1

    def handle_data(self, data):
        if self.skipping:
            return
        if self.in_pre:
            self.parts.append(data.replace("\n", "\u2028"))   # kept through the folding below
        else:
            self.parts.append(re.sub(r"\s+", " ", data.replace("\u00a0", " ")))


def html_lines(html: str, name: str = "the page", limits: ReadLimits | None = None) -> str:
    """The visible text of any HTML page, one line per block (list items as "- "), entities
    decoded. One pass of a parser that builds no tree: only the size is limited.

    Raises:
        UnreadableSource: more markup than `limits` allow (None: the limits in force).
    """
    limits = limits or read_limits()
    if len(html) > limits.html_mb << 20:
        raise UnreadableSource(f"{name}: the page is more than {limits.html_mb} MB of markup; "
                               "is it a motion?")
    parser = _TextOfPage()
    parser.feed(html)
    parser.close()
    lines = [line.strip(" \t") for line in "".join(parser.parts).split("\n")]
    lines = [line.replace("\u2028", "\n") for line in lines if line and line != "-"]
    return "\n".join(lines) + "\n"
