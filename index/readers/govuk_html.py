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

NAME = "govuk-html"
# Bump when a change here changes what is read from the same page (see pdf_pypdf.VERSION).
VERSION = 2

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


def read_html(html: str, name: str) -> tuple[Paragraph, ...]:
    """The report's units from a GOV.UK HTML page's markup."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
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
    bodies = [div for div in main.select("div.govspeak")
              if not any("govspeak" in (parent.get("class") or ()) for parent in div.parents)
              ] or [main]
    blocks = _blocks(bodies)
    if title_text and not any(b.tag == "h1" and b.text == title_text for b in blocks):
        blocks.insert(0, Block(title_text, "h1"))
    return split_blocks(blocks, footnotes)


def read_file(path: Path) -> tuple[Paragraph, ...]:
    """A saved GOV.UK page (or its content API JSON) read from its markup."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise UnreadableSource(f"{path}: cannot be read ({e.strerror})") from e
    return read_html(decode(data, str(path)), str(path))


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


def _blocks(bodies) -> list[Block]:
    """The text blocks in document order; a list item's own paragraphs stay in the item."""
    blocks = []
    for body in bodies:
        for element in body.find_all(_BLOCK_TAGS):
            if any(parent.name in ("li", "tr", "caption", "p") for parent in element.parents
                   if parent is not body and body in parent.parents):
                continue    # text inside a block already taken
            text = _text(element, cells=element.name == "tr")
            if text:
                blocks.append(Block(text, element.name))
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


def html_lines(html: str) -> str:
    """The visible text of any HTML page, one line per block (list items as "- "), entities decoded."""
    parser = _TextOfPage()
    parser.feed(html)
    parser.close()
    lines = [line.strip(" \t") for line in "".join(parser.parts).split("\n")]
    lines = [line.replace("\u2028", "\n") for line in lines if line and line != "-"]
    return "\n".join(lines) + "\n"
