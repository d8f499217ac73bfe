"""Build agenda packs as committee systems do, so the batch tests know every page and quotation.

A pack is drawn with reportlab (cover, agenda, each item's papers: minutes, a motion, an
amendment, officers' reports with a table, a scanned page drawn as an image with no text), the
committed examples/letter.pdf and pages of examples/report.pdf are merged in with pypdf as
modern.gov merges an item's attachments, and then every page is stamped as modern.gov stamps a
pack: "Agenda Item N" atop each item's first page and "Page N" at the foot of every page from
the first item on (the cover and agenda are not numbered).

The quotations quote the example report (examples/report.json is its ground truth) and letter:
verbatim, misquoted (a negation, a number), wrongly cited, cited by page, the letter by name,
one over a page break; the minutes repeat two; an officer's report quotes the Local Government
Act 1999, a resident and the council's own plan, which are not about the sources.

`build_cmis_pack` makes a Cabinet pack of another publisher's layout (CMIS, or modern.gov's
stamps over the same papers) from papers of several producers (python-docx through LibreOffice,
HTML through wkhtmltopdf or Chromium, reportlab): each paper's own page numbers, the pack's
number or none, an agenda whose pages are one off, a landscape action plan quoting the report
in its cells, an amendment with tracked changes repeating the motion's quotations, a scan,
and quotations of an Act, the NPPF, a strategy and a petition beside the inspection's name.
"""

from __future__ import annotations

import io
import random
import re
import textwrap
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
WIDTH = 95              # characters per line, Helvetica 10 pt
LINES_PER_PAGE = 52
LEFT, TOP, LEADING = 60, A4[1] - 80, 13.5


@dataclass
class Quote:
    """A quotation the pack holds, and what the batch should say about it."""

    key: str
    text: str               # the words inside the marks
    item: str               # the item's number as printed
    concerns: bool
    verdict: str | None = None
    citation: str | None = None
    section: str | None = None
    pack_page: int = 0      # filled in when the pack is laid out


@dataclass
class Item:
    number: str
    title: str
    blocks: list = field(default_factory=list)   # paragraphs and "@page", "@fill", "@scan", "@table", ("@pdf", path, pages)
    first_page: int = 0
    last_page: int = 0


@dataclass
class Pack:
    path: Path
    pages: int
    items: list[Item]          # those with papers, in order
    quotes: list[Quote]
    front_pages: int


# The quotations of the example report and letter, with their real paragraphs.
Q = {
    "trust": "Trust between the key groups on which good governance depends has broken down.",
    "negation": "The Chief Executive is aware of these perceptions and has not taken steps to address them",
    "wrong_cite": "But the advice must first be given, and given in writing",
    "page_cite": "Officer decisions taken under delegation are recorded inconsistently.",
    "number": "In 2023/24 the General Fund outturn was an overspend of £4.3 million",
    "letter": "I am therefore minded to exercise my powers of intervention under section 15 of the 1999 Act.",
    "page_break": ("The perception of many interviewees was that many good managers had exited the "
                   "organisation as a result of ‘speaking truth to power.’ That perception, whether "
                   "or not it is accurate in every case, is in itself damaging"),
    "standards": "We have seen evidence that staff are also concerned by some appointments and consider them inappropriate.",
    "act": "make arrangements to secure continuous improvement in the way in which its functions are exercised",
    "resident": "The consultation was a sham and nobody at the Town Hall listened to us.",
    "plan": "a borough where everyone can thrive",
    "petition": "Keep Marsh Lane library open on Saturdays for the children who study there",
}

FILLER = [
    "The meeting was held in the Council Chamber of Eastmarsh Town Hall and was webcast.",
    "Members were reminded of the need to declare any interest at the start of the item.",
    "The Chair thanked officers for the preparation of the papers and the tabled update.",
    "The report was introduced by the Director of Governance, who answered questions.",
    "Members discussed the timetable for the work and the resources it would require.",
    "Officers undertook to circulate a written answer to the questions asked at the meeting.",
    "The committee noted the update on the work programme for the rest of the municipal year.",
    "Members asked that future reports include a summary of the actions taken since the last.",
]


def default_items() -> tuple[list[tuple[str, str]], list[Item], list[Quote]]:
    """The agenda (number, title) of a full Council meeting, the items with papers, the quotes."""
    agenda = [
        ("1", "Apologies for Absence"),
        ("2", "Declarations of Disclosable Pecuniary Interests"),
        ("3", "Minutes of the Previous Meeting"),
        ("4", "Announcements by the Mayor"),
        ("5", "Petitions"),
        ("6", "Public Questions"),
        ("7", "Report of the Cabinet"),
        ("8", "Opposition Motion Debate"),
        ("8a", "Amendment to the Opposition Motion"),
        ("9", "Best Value Governance Review"),
        ("10", "Treasury Management Mid-Year Report"),
        ("11", "Report of the Audit Committee"),
        ("12(a)", "Report of the Licensing Committee"),
        ("12(b)", "Report of the Standards Committee"),
    ]
    quotes = [
        Quote("minutes_trust", Q["trust"], "3", True, "verbatim", "correct", "3.4"),
        Quote("minutes_number", Q["number"], "3", True, "misquote", "correct", "6.3"),
        Quote("petition", Q["petition"], "5", False),
        Quote("trust", Q["trust"], "8", True, "verbatim", "correct", "3.4"),
        Quote("negation", Q["negation"], "8", True, "misquote", "correct", "4.16"),
        Quote("wrong_cite", Q["wrong_cite"], "8", True, "verbatim", "wrong", "4.21"),
        Quote("page_cite", Q["page_cite"], "8", True, "verbatim", "correct", "5.17"),
        Quote("number", Q["number"], "8", True, "misquote", "correct", "6.3"),
        Quote("page_break", Q["page_break"], "8", True, "verbatim", "correct", "4.50"),
        Quote("letter", Q["letter"], "8a", True, "verbatim", "correct", None),
        Quote("act", Q["act"], "9", False),
        Quote("resident", Q["resident"], "9", False),
        Quote("plan", Q["plan"], "9", False),
        Quote("standards", Q["standards"], "12(b)", True, "verbatim", "correct", "4.4"),
    ]
    items = [
        Item("3", "Minutes of the Previous Meeting", [
            "MINUTES OF THE MEETING OF THE COUNCIL HELD ON WEDNESDAY, 22 JANUARY 2025",
            "Present: the Speaker of the Council (in the Chair), the Mayor and 41 Councillors.",
            "14. Statement on the Best Value Inspection",
            f"The Leader of the Opposition quoted the inspection report: “{Q['trust']}” (Section 3.4) "
            "and asked when the council would publish its response.",
            f"Councillor Ashdown added that “{Q['number']}” (Section 6.3) and that the "
            "overspend had not been explained to members.",
            "RESOLVED: That the statement be noted.",
            *FILLER[:4],
            "@page",
            "15. Appointments to outside bodies",
            "RESOLVED: That Councillor Brightwater be appointed to the board of the Eastmarsh Trust.",
            *FILLER[4:],
        ]),
        Item("5", "Petitions", [
            "PETITION: MARSH LANE LIBRARY",
            f"The lead petitioner, Ms Rosa Kent, presented a petition of 1,214 signatures which reads: "
            f"“{Q['petition']}”. The Cabinet Member for Culture responded.",
            *FILLER[:3],
        ]),
        Item("7", "Report of the Cabinet", [
            "REPORT OF THE CABINET",
            "1. Decisions taken since the last meeting",
            "1.1 The Cabinet met twice since the last meeting of the Council and took eleven decisions.",
            *FILLER,
        ]),
        Item("8", "Opposition Motion Debate", [
            "OPPOSITION MOTION: BEST VALUE AND THE CULTURE OF THE COUNCIL",
            "Proposed by Councillor Nadia Quayle, seconded by Councillor Tom Ashdown.",
            "This Council notes:",
            f"1. That the Best Value Inspection report found that “{Q['trust']}” (Section 3.4).",
            f"2. That “{Q['negation']}” (para 4.16).",
            f"3. That the Inspectors wrote: “{Q['wrong_cite']}” (para 4.12).",
            f"4. That “{Q['page_cite']}” (p. 17).",
            f"5. That “{Q['number']}” (Section 6.3).",
            "5a. That a staff survey by the inspectors found that 52% of respondents feel "
            "comfortable raising concerns (para 3.8).",
            "@fill",
            f"6. That the report also said: “{Q['page_break']}” (Section 4.50).",
            "This Council resolves:",
            "7. To ask the Mayor to publish the council’s improvement plan within three months.",
            "8. To ask the Overview and Scrutiny Committee to review the support it receives.",
        ]),
        Item("8a", "Amendment to the Opposition Motion", [
            "AMENDMENT TO THE OPPOSITION MOTION",
            "Proposed by Councillor Farid Mallon, seconded by Councillor Helen Brightwater.",
            f"Insert: “9. That the Secretary of State wrote: “{Q['letter']}” (Letter from SoS to CEX 12/11/24)”.",
            "The letter is attached to this amendment.",
            ("@pdf", EXAMPLES / "letter.pdf", None),
        ]),
        Item("9", "Best Value Governance Review", [
            "REPORT OF THE CHIEF EXECUTIVE: BEST VALUE GOVERNANCE REVIEW",
            "1. Legal framework",
            f"1.1 Section 3 of the Local Government Act 1999 requires the council to “{Q['act']}” "
            "(section 3(1)), having regard to a combination of economy, efficiency and effectiveness.",
            "2. Consultation",
            f"2.1 The consultation received 212 responses. One resident wrote: “{Q['resident']}” "
            "(Response 14, page 3).",
            f"2.2 The Eastmarsh Plan 2023-2027 commits the council to “{Q['plan']}”.",
            "3. Responses by ward",
            "@table",
            "4. Financial implications",
            "4.1 The review will be carried out within existing budgets.",
            "Appendix A: the consultation leaflet as scanned",
            "@scan",
        ]),
        Item("10", "Treasury Management Mid-Year Report", [
            "TREASURY MANAGEMENT MID-YEAR REPORT 2024/25",
            "1.1 The council's borrowing stood at £412 million at 30 September 2024.",
            *FILLER,
            "@page",
            *FILLER,
        ]),
        Item("11", "Report of the Audit Committee", [
            "REPORT OF THE AUDIT COMMITTEE",
            "1.1 The committee considered the external auditor's annual report for 2023/24.",
            *FILLER[:5],
        ]),
        Item("12(a)", "Report of the Licensing Committee", [
            "REPORT OF THE LICENSING COMMITTEE",
            "1.1 The committee held nine hearings under the Licensing Act 2003.",
            *FILLER[:4],
        ]),
        Item("12(b)", "Report of the Standards Committee", [
            "REPORT OF THE STANDARDS COMMITTEE",
            f"1.1 The committee considered the finding that “{Q['standards']}” "
            "(paragraph 4.4 of the Inspectors' report).",
            "1.2 The extract of the report considered by the committee is attached.",
            ("@pdf", EXAMPLES / "report.pdf", (9, 10)),
        ]),
    ]
    return agenda, items, quotes


def build_pack(path: Path, title: str = "Council, Wednesday 19 March 2025",
               padding_pages: int = 0, seed: int = 1, place_quotes: bool = True,
               stamps: tuple[str, ...] = ("banners", "footers"),
               extra_padding: tuple[tuple[str, ...], ...] = ()) -> Pack:
    """Draw, merge and stamp a pack at `path`; `padding_pages` more filler blocks (about two
    pages each) in item 10. `place_quotes` reads the pack back to find each quotation's page.
    `stamps`: what modern.gov stamps on the pages ("Agenda Item N" banners, "Page N" footers).
    `extra_padding`: more blocks for item 10 (each a tuple of paragraphs, on a new page), such
    as the benchmark's dense quotations and claims."""
    from pypdf import PdfReader, PdfWriter

    agenda, items, quotes = default_items()
    rng = random.Random(seed)
    for _ in range(padding_pages):
        items[5].blocks += ["@page"] + rng.sample(FILLER, len(FILLER)) * 5
    for block in extra_padding:
        items[5].blocks += ["@page", *block]
    # Layout: each segment is either drawn pages (lists of lines) or an external PDF's pages.
    segments: list[tuple[str, object]] = []
    cover = ["Public Document Pack", "LONDON BOROUGH OF EASTMARSH", "COUNCIL", title,
             "Members of the Council are summoned to attend this meeting to transact the business "
             "set out in the agenda.", "Contact: Democratic Services, 020 7946 0312"]
    segments.append(("drawn", [cover]))
    agenda_lines = ["AGENDA"]
    segments.append(("drawn", [agenda_lines]))     # filled in once item pages are known
    front_pages = 2
    page_no = front_pages
    for item in items:
        pages = _layout(item.blocks)
        item.first_page = page_no + 1
        for kind, payload in pages:
            segments.append((kind, payload))
            page_no += len(payload) if kind == "drawn" else len(_pdf_pages(payload))
        item.last_page = page_no
    total = page_no
    # The agenda, with modern.gov's "(Pages a - b)" in printed page numbers.
    with_papers = {item.number: item for item in items}
    for number, name in agenda:
        item = with_papers.get(number)
        pages = ""
        if item is not None:
            a, b = item.first_page - front_pages, item.last_page - front_pages
            pages = f" (Page {a})" if a == b else f" (Pages {a} - {b})"
        # "8. Title" for a plain number, "8a Title" and "12(b) Title" for the others.
        agenda_lines.append(f"{number}{'.' if number.isdigit() else ''} {name}{pages}")
        agenda_lines.append("To consider the item as set out below." if item else
                            "To receive any such item.")
    writer = PdfWriter()
    for kind, payload in segments:
        if kind == "drawn":
            reader = PdfReader(io.BytesIO(_draw(payload)))
        else:
            file, wanted = payload
            reader = PdfReader(str(file))
        for page in _pdf_pages(payload, reader) if kind == "pdf" else reader.pages:
            writer.add_page(page)
    overlay = PdfReader(io.BytesIO(_stamps(total, front_pages, items, stamps)))
    for n, page in enumerate(writer.pages):
        page.merge_page(overlay.pages[n])
    with open(path, "wb") as f:
        writer.write(f)
    if place_quotes:
        _place_quotes(path, items, quotes)
    return Pack(Path(path), total, items, quotes, front_pages)


def _pdf_pages(payload, reader=None):
    file, wanted = payload
    from pypdf import PdfReader

    reader = reader or PdfReader(str(file))
    if wanted is None:
        return list(reader.pages)
    return [reader.pages[i - 1] for i in range(wanted[0], wanted[1] + 1)]


def _layout(blocks) -> list[tuple[str, object]]:
    """Blocks → segments: drawn pages of lines (None for a scanned page), and merged PDFs."""
    out: list[tuple[str, object]] = []
    pages: list = [[]]

    def room():
        return LINES_PER_PAGE - len(pages[-1])

    for block in blocks:
        if isinstance(block, tuple):
            out.append(("drawn", [p for p in pages if p]))
            out.append(("pdf", (block[1], block[2])))
            pages = [[]]
            continue
        if block == "@page":
            pages.append([])
            continue
        if block == "@fill":
            # Filler until two lines are left: the next paragraph runs over the page break.
            filler = iter(FILLER * 10)
            while room() > 2:
                pages[-1].append(next(filler))
            continue
        if block == "@scan":
            pages.append(None)
            pages.append([])
            continue
        if block == "@table":
            lines = ["Ward            Responses   Agree   Disagree",
                     "Marsh Lane             48      31         17",
                     "Riverside              61      22         39",
                     "Town Hall              103     70         33"]
        else:
            lines = textwrap.wrap(block, WIDTH) + [""]
        for line in lines:
            if pages[-1] is None or room() <= 0:
                pages.append([])
            pages[-1].append(line)
    out.append(("drawn", [p for p in pages if p is None or p]))
    return [s for s in out if s[0] == "pdf" or s[1]]


def _draw(pages) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    for lines in pages:
        if lines is None:
            _scanned_page(c)
        else:
            c.setFont("Helvetica", 10)
            y = TOP
            for line in lines:
                c.drawString(LEFT, y, line)
                y -= LEADING
        c.showPage()
    c.save()
    return buffer.getvalue()


def _scanned_page(c) -> None:
    """A page that is one grey image of a leaflet, no text layer: as a scanner makes it."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader

    image = Image.new("L", (400, 560), 235)
    draw = ImageDraw.Draw(image)
    for row in range(30, 540, 18):
        draw.rectangle((30, row, 30 + (row * 7) % 330, row + 8), fill=60)
    c.drawImage(ImageReader(image), 60, 120, width=470, height=660)


def _stamps(total: int, front_pages: int, items: list[Item],
            stamps: tuple[str, ...] = ("banners", "footers")) -> bytes:
    """One overlay page per pack page: "Agenda Item N" banners and "Page N" footers."""
    firsts = {item.first_page: item.number for item in items}
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    for n in range(1, total + 1):
        if n in firsts and "banners" in stamps:
            c.setFont("Helvetica-Bold", 12)
            c.drawRightString(A4[0] - 40, A4[1] - 30, f"Agenda Item {firsts[n]}")
        if n > front_pages and "footers" in stamps:
            c.setFont("Helvetica", 9)
            c.drawCentredString(A4[0] / 2, 22, f"Page {n - front_pages}")
        c.showPage()
    c.save()
    return buffer.getvalue()


def _place_quotes(path: Path, items: list[Item], quotes: list[Quote]) -> None:
    """Each quotation's pack page: the first page of its item where its first words are."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    # (NFKC: Chromium sets "ﬃ" and "ﬀ" as ligatures, which pypdf gives as they are)
    texts = [" ".join(unicodedata.normalize("NFKC", page.extract_text() or "").split())
             for page in reader.pages]
    by_number = {item.number: item for item in items}
    seen: dict[tuple[str, str], int] = {}
    for quote in quotes:
        item = by_number[quote.item]
        head = " ".join(quote.text.split()[:5])
        # (the same words twice in one item: the second is where they are next)
        nth = seen[quote.item, head] = seen.get((quote.item, head), 0) + 1
        pages = [p for p in range(item.first_page, item.last_page + 1)
                 for _ in range(texts[p - 1].count(head))]
        quote.pack_page = pages[nth - 1]


def image_only_pdf(path: Path, pages: int = 3) -> Path:
    """A scanned pack: every page an image, no text at all."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        _scanned_page(c)
        c.showPage()
    c.save()
    return path


def words(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


# ---------------------------------------------------------------- a CMIS pack, many producers
#
# Issue 23's packs of another publisher: CMIS prints an "Agenda" cover, lists each entry's
# pages on a line of its own ("Pages 5 - 9"), heads each paper "Item 5 – Title", and merges
# papers each of which numbers its own pages ("Page 2 of 4", restarting), then stamps the
# pack's number bottom-centre on every page. The papers come from whatever their authors used:
# Word through LibreOffice, HTML through wkhtmltopdf or Chromium, reportlab; an appendix table
# is landscape; the amendment shows its changes tracked (struck-through words stay in the
# text layer); an appendix is a scan with no text.

PRODUCERS = ("reportlab", "libreoffice", "wkhtmltopdf", "chromium", "chromium-print")
# The tools each producer needs (a test of a producer whose tool is absent is skipped).
PRODUCER_TOOLS = {"reportlab": None, "libreoffice": "soffice", "wkhtmltopdf": "wkhtmltopdf",
                  "chromium": "chromium", "chromium-print": "chromium"}

# Words of other documents, which a pack quotes and which are not the sources'.
NPPF = ("significant weight should be placed on the need to support economic growth and "
        "productivity")
STRATEGY = "an open, listening council that puts residents first"
# Words no source has, which a motion gives to the Inspectors (issue 23).
INVENTED = "the most dysfunctional council we have encountered"
CMIS_PETITION = "We call on the Council to keep the Riverside pool open all year round"


@dataclass
class Paper:
    """One item's paper: its blocks (paragraphs, "@table": the landscape appendix rows,
    "@scan": a scanned page, ("@struck", text) / ("@inserted", text): tracked changes) and
    the producer that makes its PDF."""

    number: str
    title: str
    blocks: list
    producer: str = "reportlab"


def cmis_items(producers: dict[str, str] | None = None
               ) -> tuple[list[tuple[str, str]], list[Paper], list[Quote]]:
    """The agenda (number, title) of a Cabinet meeting in CMIS's style, its papers, the quotes."""
    producers = producers or {}
    agenda = [
        ("1", "Apologies for Absence"),
        ("2", "Declarations of Interest"),
        ("3", "Minutes of the Meeting held on 21 January 2025"),
        ("4", "Public Questions"),
        ("5", "Best Value Inspection: Response to the Report"),
        ("6", "Motion: Culture and Governance"),
        ("7", "Amendment to the Motion"),
        ("8", "Petition: Riverside Pool"),
        ("9", "Exclusion of the Press and Public"),
    ]
    quotes = [
        Quote("c-minutes-trust", Q["trust"], "3", True, "verbatim", "correct", "3.4"),
        Quote("c-standards", Q["standards"], "5", True, "verbatim", "correct", "4.4"),
        Quote("c-wrong-cite", Q["wrong_cite"], "5", True, "verbatim", "wrong", "4.21"),
        Quote("c-page-break", Q["page_break"], "5", True, "verbatim", "correct", "4.50"),
        Quote("c-act", Q["act"], "5", False),
        Quote("c-nppf", NPPF, "5", False),
        Quote("c-strategy", STRATEGY, "5", False),
        Quote("c-table-page", Q["page_cite"], "5", True, "verbatim", "correct", "5.17"),
        Quote("c-table-wrong", Q["trust"], "5", True, "verbatim", "wrong", "3.4"),
        Quote("c-table-wrapped", Q["standards"], "5", True, "verbatim", "correct", "4.4"),
        Quote("c-motion-trust", Q["trust"], "6", True, "verbatim", "correct", "3.4"),
        Quote("c-motion-negation", Q["negation"], "6", True, "misquote", "correct", "4.16"),
        Quote("c-motion-number", Q["number"], "6", True, "misquote", "correct", "6.3"),
        Quote("c-motion-invented", INVENTED, "6", True, "not_found", "unverifiable", None),
        Quote("c-amend-trust", Q["trust"], "7", True, "verbatim", "correct", "3.4"),
        Quote("c-amend-number", Q["number"], "7", True, "misquote", "correct", "6.3"),
        Quote("c-amend-letter", Q["letter"], "7", True, "verbatim", "correct", None),
        # (uncited, as the amendment quotes it: `missing`, found or not, issue 21)
        Quote("c-amend-invented", INVENTED, "7", True, "not_found", "missing", None),
        Quote("c-amend-negation", Q["negation"], "7", True, "misquote", "missing", "4.16"),
        Quote("c-petition", CMIS_PETITION, "8", False),
    ]
    papers = [
        Paper("3", "Minutes of the Meeting held on 21 January 2025", [
            "MINUTES OF THE CABINET HELD ON TUESDAY, 21 JANUARY 2025",
            "Present: the Mayor (in the Chair) and eight Cabinet Members.",
            "41. Best Value Inspection",
            f"The Mayor read from the inspection report: “{Q['trust']}” (paragraph 3.4). "
            "Cabinet agreed that a response would come to its next meeting.",
            "RESOLVED: That the report be noted.",
            *FILLER * 4,
        ]),
        Paper("5", "Best Value Inspection: Response to the Report", [
            "REPORT OF THE CHIEF EXECUTIVE",
            "1. Purpose of the report",
            "1.1 This report sets out the council's response to the Best Value Inspection report "
            "published on 12 November 2024 and the actions proposed.",
            "2. Background",
            f"2.1 The Inspectors found that “{Q['standards']}” (paragraph 4.4 of the Inspectors' "
            "report).",
            f"2.2 They also wrote that “{Q['wrong_cite']}” (paragraph 4.12).",
            "3. Legal and policy context",
            f"3.1 Section 3 of the Local Government Act 1999 requires the council to “{Q['act']}” "
            "(section 3(1)).",
            f"3.2 The Inspectors noted the regeneration programme; the National Planning Policy "
            f"Framework says that “{NPPF}” (paragraph 85).",
            f"3.3 In response to the inspection, our Corporate Strategy 2024-2028 commits us to "
            f"being “{STRATEGY}” (page 4).",
            *FILLER * 3,
            "@fill",
            f"3.4 On the culture of the organisation the report said: “{Q['page_break']}” "
            "(paragraph 4.50), which the action plan in Appendix A addresses.",
            "4. Recommendations",
            "4.1 That Cabinet agrees the action plan in Appendix A.",
            "Appendix A: action plan",
            "@table",
            "Appendix B: the staff briefing as scanned",
            "@scan",
        ]),
        Paper("6", "Motion: Culture and Governance", [
            "MOTION: CULTURE AND GOVERNANCE",
            "Proposed by Councillor Nadia Quayle, seconded by Councillor Tom Ashdown.",
            "This Cabinet notes:",
            f"1. That the Best Value Inspection report found that “{Q['trust']}” (paragraph 3.4).",
            f"2. That “{Q['negation']}” (paragraph 4.16).",
            f"3. That “{Q['number']}” (paragraph 6.3).",
            f"4. That the Inspectors called Eastmarsh “{INVENTED}” (paragraph 3.5).",
            "This Cabinet resolves:",
            "5. To publish an improvement plan within three months.",
        ]),
        Paper("7", "Amendment to the Motion", [
            "AMENDMENT TO THE MOTION: CULTURE AND GOVERNANCE",
            "Proposed by Councillor Farid Mallon. Deletions are struck through; insertions "
            "are underlined.",
            "This Cabinet notes:",
            ("@tracked", f"1. That the Best Value Inspection report found that “{Q['trust']}” "
                         "(paragraph 3.4)", ("and regrets it", "and resolves to rebuild it"), "."),
            ("@tracked", f"2. That “{Q['number']}” (paragraph 6.3)",
             ("and that the overspend was hidden", "and that the overspend was reported"), "."),
            ("@tracked", "3. That ", ("the Minister was wrong", "the Minister wrote:"),
             f" “{Q['letter']}” (Letter from SoS to CEX 12/11/24)."),
            "This Cabinet resolves:",
            "4. To publish an improvement plan within three months.",
            "If amended, the motion would read in part:",
            f"“This Cabinet notes that Eastmarsh is “{INVENTED}” and that “{Q['negation']}”.”",
        ]),
        Paper("8", "Petition: Riverside Pool", [
            "PETITION: RIVERSIDE POOL",
            f"Since the inspection report, a petition of 842 signatures was received which "
            f"reads: “{CMIS_PETITION}”.",
            "The Cabinet Member for Leisure will respond at the meeting.",
        ]),
    ]
    for paper in papers:
        paper.producer = producers.get(paper.number, "reportlab")
    return agenda, papers, quotes


# ------------------------------------------------- papers numbered in the report's own scheme
#
# Issue 23's sealed packs: an officer's report numbered 1.1 - 4.2 and a cabinet paper each
# quoting the inspection report, whose paragraphs are numbered the same way ("3.4 The
# Inspectors said …"). A paper's own number before a quotation is not its citation; the
# citation is what the sentence says ("(para 4.4)", "paragraph 5.17 of the inspection report",
# "(BVI report, 6.3)") or, in a table, the row's "Report ref." cell.

def numbered_items(producers: dict[str, str] | None = None
                   ) -> tuple[list[tuple[str, str]], list[Paper], list[Quote]]:
    """A Cabinet meeting whose papers number their own paragraphs as the report does."""
    producers = producers or {}
    agenda = [
        ("1", "Apologies for Absence"),
        ("2", "Declarations of Interest"),
        ("3", "Best Value Inspection: Officers' Response"),
        ("4", "Best Value Inspection: Cabinet Member's Paper"),
        ("5", "Exclusion of the Press and Public"),
    ]
    quotes = [
        Quote("n-para", Q["standards"], "3", True, "verbatim", "correct", "4.4"),
        Quote("n-own-number", Q["trust"], "3", True, "verbatim", "missing", "3.4"),
        Quote("n-own-number-other", Q["wrong_cite"], "3", True, "verbatim", "missing", "4.21"),
        Quote("n-of-the-report", Q["page_cite"], "3", True, "verbatim", "correct", "5.17"),
        Quote("n-bvi", Q["number"], "3", True, "misquote", "correct", "6.3"),
        Quote("n-table-ref", Q["trust"], "3", True, "verbatim", "correct", "3.4"),
        Quote("n-table-ref-2", Q["page_cite"], "3", True, "verbatim", "correct", "5.17"),
        Quote("n-table-ref-wrong", Q["standards"], "3", True, "verbatim", "wrong", "4.4"),
        Quote("c4-own-number", Q["page_cite"], "4", True, "verbatim", "missing", "5.17"),
        Quote("c4-inspectors-para", Q["trust"], "4", True, "verbatim", "correct", "3.4"),
        Quote("c4-letter", Q["letter"], "4", True, "verbatim", "correct", None),
    ]
    papers = [
        Paper("3", "Best Value Inspection: Officers' Response", [
            "REPORT OF THE DIRECTOR OF GOVERNANCE",
            "1. Purpose of the report",
            "1.1 This report sets out the officers' response to the Best Value Inspection "
            "report published on 12 November 2024.",
            "2. What the Inspectors found",
            f"2.1 The Inspectors found that “{Q['standards']}” (para 4.4).",
            f"2.2 The report states that “{Q['trust']}”",
            f"4.16 The Inspectors also said “{Q['wrong_cite']}”",
            f"3.4 They found that “{Q['page_cite']}”, at paragraph 5.17 of the inspection "
            "report.",
            f"3.5 On finance: “{Q['number']}” (BVI report, 6.3).",
            "4. Actions",
            "4.1 The table below sets out the findings and the actions proposed.",
            ("@reftable", ("No.", "Finding", "Report ref.", "Action"), [
                ("1", f"“{Q['trust']}”", "3.4", "Culture programme"),
                ("2", f"“{Q['page_cite']}”", "5.17", "Publish all decisions"),
                ("3", f"“{Q['standards']}”", "4.21", "Review appointments"),
            ]),
            "4.2 That Cabinet notes the report.",
        ]),
        Paper("4", "Best Value Inspection: Cabinet Member's Paper", [
            "PAPER OF THE CABINET MEMBER FOR RESOURCES",
            f"1.1 The Inspectors said “{Q['page_cite']}”",
            f"5.3 In paragraph 3.4 of their report the Inspectors said: “{Q['trust']}”",
            f"6.3 The Secretary of State wrote: “{Q['letter']}” (Letter from SoS to CEX "
            "12/11/24).",
            "6.4 Cabinet is asked to note the paper.",
        ]),
    ]
    for paper in papers:
        paper.producer = producers.get(paper.number, "reportlab")
    return agenda, papers, quotes


# ------------------------------------------------- citations in every form a pack gives them
#
# Issue 23's sealed packs: correct citations judged `missing` in every pack and `wrong` in
# papers printed by Chromium. The citation forms a council's papers use, in the shapes their
# papers come in: minutes quoting the report, public questions with written answers, a paper
# printed from HTML (numbered lists as list markers, footnote calls "[1]" to notes at its end,
# an action plan whose "Report ref." column cites each row), a motion, a decision notice.
# The quotations' expected citation verdicts: `missing` only when the pack gives no citation
# in any form; `unverifiable` when it names a place the report does not have ("R4").

# Words of the example report, with their paragraphs (examples/report.json).
R = {
    "4.12": "The Corporate Leadership Team now comprises the Chief Executive, five Corporate "
            "Directors and the three statutory officers.",
    "4.13": "Directors told us that they meet as a team weekly but that the agenda is often "
            "overtaken by urgent requests from the Mayor’s Office.",
    "5.3": "The constitution was comprehensively revised in 2020 and follows a widely used model.",
    "10.13": "The Authority should review its recruitment procedures for senior and politically "
             "sensitive posts",
    "10.15": "The Authority should establish a corporate performance framework, reporting "
             "quarterly to Cabinet and to scrutiny.",
    "4.50": "The perception of many interviewees was that many good managers had exited the "
            "organisation as a result of ‘speaking truth to power.’",
    "4.11": "She is respected by staff, many of whom told us that her arrival had brought ‘a "
            "breath of fresh air’.",
}


NEGATION_HEAD = "The Chief Executive is aware of these perceptions"


def forms_items(producers: dict[str, str] | None = None
                ) -> tuple[list[tuple[str, str]], list[Paper], list[Quote]]:
    """A Cabinet meeting whose papers cite the report in every form councils use."""
    producers = producers or {}
    agenda = [
        ("1", "Apologies for Absence"),
        ("2", "Declarations of Interest"),
        ("3", "Minutes of the Meeting held on 21 January 2025"),
        ("4", "Public Questions"),
        ("5", "Best Value Inspection: Improvement Plan"),
        ("6", "Motion: Openness and Scrutiny"),
        ("7", "Decision Notice: Senior Recruitment"),
    ]
    quotes = [
        Quote("f-minutes-before", Q["wrong_cite"], "3", True, "verbatim", "correct", "4.21"),
        Quote("f-minutes-ibid", R["4.11"], "3", True, "verbatim", "correct", "4.11"),
        Quote("f-question-at", R["5.3"], "4", True, "verbatim", "correct", "5.3"),
        Quote("f-answer-bvi-page", Q["page_cite"], "4", True, "verbatim", "correct", "5.17"),
        Quote("f-question-recommendation", R["10.15"], "4", True, "verbatim", "unverifiable",
              "10.15"),
        Quote("f-answer-source-line", Q["standards"], "4", True, "verbatim", "correct", "4.4"),
        Quote("f-list-footnote", R["4.12"], "5", True, "verbatim", "correct", "4.12"),
        Quote("f-list-footnote-page", Q["trust"], "5", True, "verbatim", "correct", "3.4"),
        Quote("f-raised-call", Q["page_cite"], "5", True, "verbatim", "correct", "5.17"),
        Quote("f-paras-first", R["4.12"], "5", True, "verbatim", "correct", "4.12"),
        Quote("f-paras-second", R["4.13"], "5", True, "verbatim", "correct", "4.13"),
        Quote("f-table-para", Q["wrong_cite"], "5", True, "verbatim", "correct", "4.21"),
        Quote("f-table-wrong", Q["standards"], "5", True, "verbatim", "wrong", "4.4"),
        Quote("f-motion-before", R["4.50"], "6", True, "verbatim", "correct", "4.50"),
        Quote("f-motion-para", Q["negation"], "6", True, "misquote", "correct", "4.16"),
        Quote("f-motion-ibid", NEGATION_HEAD, "6", True, "verbatim", "correct", "4.16"),
        Quote("f-motion-r4", Q["trust"], "6", True, "verbatim", "unverifiable", "3.4"),
        Quote("f-motion-uncited", R["5.3"], "6", True, "verbatim", "missing", "5.3"),
        Quote("f-motion-over-page-foot", R["4.13"], "6", True, "verbatim", "correct", "4.13"),
        Quote("f-decision-of-the-report", R["10.13"], "7", True, "verbatim", "correct", "10.13"),
    ]
    papers = [
        Paper("3", "Minutes of the Meeting held on 21 January 2025", [
            "MINUTES OF THE CABINET HELD ON TUESDAY, 21 JANUARY 2025",
            "Present: the Mayor (in the Chair) and eight Cabinet Members.",
            "42. Best Value Inspection Report",
            f"Councillor Quayle referred to paragraph 4.21 of the inspection report: "
            f"“{Q['wrong_cite']}”. She asked how the advice would be recorded.",
            f"The Mayor replied that the Chief Executive had the confidence of staff, who "
            f"according to the Inspectors had said “{R['4.11']}” (ibid., para 4.11).",
            "RESOLVED: That the report be noted.",
            *FILLER * 2,
        ]),
        Paper("4", "Public Questions", [
            "PUBLIC QUESTIONS AND WRITTEN ANSWERS",
            "Question 1 from Mr Daniel Reyes",
            f"The inspectors (at 5.3) found that “{R['5.3']}” What has changed since the "
            "inspection?",
            "Written answer from the Cabinet Member for Governance",
            f"As the report notes, “{Q['page_cite']}” (BVI, p. 17). All decisions are now "
            "published within five working days.",
            "Question 2 from Ms Alice Brand",
            f"Recommendation 5 asks that “{R['10.15']}” Has the Council done so?",
            "Written answer from the Leader",
            "An independent member was appointed in January. On appointments the report said:",
            f"“{Q['standards']}”",
            "Source: Best Value Inspection Report, paragraph 4.4.",
        ]),
        Paper("5", "Best Value Inspection: Improvement Plan", [
            "REPORT OF THE CHIEF EXECUTIVE",
            "Summary",
            ("@ol", [
                f"The Inspectors found that “{R['4.12']}”[1]",
                f"They also found that “{Q['trust']}”[2]",
                "This report proposes the improvement plan in the table below.",
            ]),
            ("@noted", f"On decisions the inspectors found that “{Q['page_cite']}”^3 This is "
                       "why every delegated decision is now published."),
            "Leadership",
            f"On the senior team the inspectors wrote that “{R['4.12']}” and that "
            f"“{R['4.13']}” (paras 4.12 and 4.13).",
            "The improvement plan",
            ("@reftable", ("No.", "Finding", "Report ref.", "Action"), [
                ("1", f"“{Q['wrong_cite']}”", "para 4.21", "Written advice on every decision"),
                ("2", f"“{Q['standards']}”", "para 4.12", "Review appointments"),
            ]),
            "Notes",
            "[1] Best Value Inspection Report, para 4.12.",
            "[2] Best Value Inspection Report, p. 8.",
            "[3] Best Value Inspection Report, paragraph 5.17.",
        ]),
        Paper("6", "Motion: Openness and Scrutiny", [
            "MOTION: OPENNESS AND SCRUTINY",
            "Proposed by Councillor Nadia Quayle, seconded by Councillor Tom Ashdown.",
            "This Cabinet notes:",
            f"1. At paragraph 4.50 the inspectors say: “{R['4.50']}”",
            f"2. That “{Q['negation']}” (para 4.16), and that “{NEGATION_HEAD}” (ibid.) "
            "was the inspectors' view of the whole senior team.",
            f"3. That the report found “{Q['trust']}” (R4).",
            f"4. That “{R['5.3']}”",
            "@fill",
            f"5. That the inspectors found on the senior team that “{R['4.13']}” (paragraph 4.13 "
            "of the inspection report).",
            "This Cabinet resolves:",
            "6. To publish an improvement plan within three months.",
        ]),
        Paper("7", "Decision Notice: Senior Recruitment", [
            "DECISION NOTICE",
            "Decision maker: Cabinet Member for Resources. Date of decision: 3 February 2025.",
            "Decision: to commission a review of senior recruitment.",
            f"Reasons for the decision: the inspectors recommended that “{R['10.13']}” "
            "(paragraph 10.13 of the inspection report).",
            "Alternative options considered and rejected: none.",
        ]),
    ]
    for paper in papers:
        paper.producer = producers.get(paper.number, "reportlab")
    return agenda, papers, quotes



def supplementary_items(producers: dict[str, str] | None = None
                        ) -> tuple[list[tuple[str, str]], list[Paper], list[Quote]]:
    """A supplementary agenda: two late items of the meeting, numbered as in its agenda (8 and
    12, not 1 and 2), the second's title long enough to wrap."""
    _, papers, quotes = forms_items(producers)
    motion, decision = papers[3], papers[4]
    long_title = ("Decision Notice: Senior Recruitment, the Review of Appointments to the "
                  "Mayor's Office and the Publication of Delegated Decisions")
    agenda = [("8", motion.title), ("12", long_title)]
    motion.number, decision.number, decision.title = "8", "12", long_title
    renumbered = {"6": "8", "7": "12"}
    quotes = [replace(q, item=renumbered[q.item]) for q in quotes if q.item in renumbered]
    return agenda, [motion, decision], quotes


def renumbered_items(numbers: dict[str, str], items=None):
    """An items function (as `build_cmis_pack` takes) giving `items`' meeting (forms_items by
    default) with its entries renumbered: sub-items "5.1", "5.2", lettered "5a", "5(b)"."""
    def renumbered(producers: dict[str, str] | None = None):
        agenda, papers, quotes = (items or forms_items)(producers)
        for paper in papers:
            paper.number = numbers.get(paper.number, paper.number)
        return ([(numbers.get(n, n), t) for n, t in agenda], papers,
                [replace(q, item=numbers.get(q.item, q.item)) for q in quotes])
    return renumbered

# The landscape appendix: each row quotes the report, its "Para" column citing it (a wrong one
# in the second row: those words are paragraph 3.4's).
TABLE_HEADER = ("Ref", "Inspectors' finding", "Para", "Action")
TABLE_ROWS = [
    ("A1", f"“{Q['page_cite']}”", "5.17", "Publish all decisions"),
    ("A2", f"“{Q['trust']}”", "3.6", "Culture programme"),
    ("A3", "Scrutiny needs more support", "5.2", "Fund a scrutiny officer"),
    ("A4", f"“{Q['standards']}”", "4.4", "Review every appointment to the Mayor's Office "
     "made since 2022 and publish the findings"),
]
# A cell wider than this many characters wraps within its column.
CELL_WIDTH = {1: 70, 3: 30}


def build_cmis_pack(path: Path, producers: dict[str, str] | None = None,
                    page_ranges_off_by: int = 0, place_quotes: bool = True,
                    style: str = "cmis", pack_numbers: bool = True,
                    items=None, supplementary: bool = False,
                    agenda_table: bool = False) -> Pack:
    """Make each paper with its producer, merge them after a cover and agenda, and stamp the
    pages. `style` "cmis": each paper headed "Item 5 – Title", its own "Page X of Y" (bottom
    right), the pack's number on every page (bottom centre), the agenda's pages on lines of
    their own; "modern.gov": "Agenda Item 5" stamped atop each paper's first page, "Page N"
    from the first paper on (bottom centre), each paper's own bare number (bottom right), the
    agenda's "(Pages a - b)" after each title.
    `supplementary`: a supplementary agenda's cover and agenda (only the late items).
    `agenda_table`: the agenda a table printed from HTML by Chromium (CMIS's web agenda: the
    item's number, its title over a line saying what it is for, its pages in a column).
    `page_ranges_off_by`: the agenda's pages from item 5 on are this many off the pack's (a
    page was added to the minutes after the agenda was printed). `pack_numbers`: False, the
    pack's own numbers are not stamped (the papers' are). `items`: the function that gives the
    agenda, papers and quotes (`cmis_items`, or `numbered_items`)."""
    from pypdf import PdfReader, PdfWriter

    agenda, papers, quotes = (items or cmis_items)(producers)
    cmis = style == "cmis"
    paper_pdfs = [PdfReader(io.BytesIO(_make_paper(paper, heading=cmis))) for paper in papers]
    front_pages = 2
    page_no = front_pages
    items = []
    for paper, pdf in zip(papers, paper_pdfs):
        item = Item(paper.number, paper.title, paper.blocks)
        item.first_page, item.last_page = page_no + 1, page_no + len(pdf.pages)
        page_no = item.last_page
        items.append(item)
    total = page_no
    with_papers = {item.number: item for item in items}
    cover = ["Agenda" if cmis else "Public Document Pack", "London Borough of Eastmarsh",
             "Cabinet", "Date: Tuesday, 11 February 2025", "Time: 7.00 pm",
             "Venue: Committee Room 1, Eastmarsh Town Hall",
             "Members of the Cabinet are requested to attend this meeting.",
             "Contact: Democratic Services, 020 7946 0312"]
    agenda_lines = ["Part 1: items open to the press and public" if cmis else "AGENDA"]
    if supplementary:
        # a supplementary agenda: the items whose papers came late, numbered as in the agenda
        cover[0:1] = [cover[0], "Supplementary Agenda"]
        agenda_lines = ["SUPPLEMENTARY AGENDA"]
    # CMIS prints the pack's page numbers, modern.gov the papers' (from 1 after the agenda)
    printed = 0 if cmis else front_pages
    rows = []
    for number, title in agenda:
        item = with_papers.get(number)
        off = page_ranges_off_by if item_key(number) >= item_key("5") else 0
        if item is not None:
            a, b = item.first_page - off - printed, item.last_page - off - printed
        rows.append((number, title, f"{a} - {b}" if item is not None else ""))
        # (a long title wraps: modern.gov's "(Pages a - b)" then ends its second line)
        if cmis:
            agenda_lines += textwrap.wrap(f"{number} {title}", WIDTH)
            if item is not None:
                agenda_lines.append(f"Pages {a} - {b}")
        else:
            agenda_lines += textwrap.wrap(f"{number}. {title}" +
                                          (f" (Pages {a} - {b})" if item else ""), WIDTH)
    writer = PdfWriter()
    front = [_draw([cover]), _agenda_table(agenda_lines[0], rows)] if agenda_table else \
        [_draw([cover, agenda_lines])]
    for part in front:
        for page in PdfReader(io.BytesIO(part)).pages:
            writer.add_page(page)
    for pdf in paper_pdfs:
        for page in pdf.pages:
            writer.add_page(page)
    own_numbers = [None, None]
    for pdf in paper_pdfs:
        own_numbers += [(k, len(pdf.pages)) for k in range(1, len(pdf.pages) + 1)]
    firsts = {item.first_page: item.number for item in items}
    for n, page in enumerate(writer.pages):
        box = page.mediabox
        stamp = _cmis_stamp if cmis else _modern_gov_stamp
        overlay = PdfReader(io.BytesIO(stamp(float(box.width), float(box.height), n + 1,
                                             own_numbers[n], firsts.get(n + 1),
                                             front_pages, pack_numbers))).pages[0]
        page.merge_page(overlay)
    with open(path, "wb") as f:
        writer.write(f)
    if place_quotes:
        _place_quotes(path, items, quotes)
    return Pack(Path(path), total, items, quotes, front_pages)


def _agenda_table(heading: str, rows: list[tuple[str, str, str]]) -> bytes:
    """The agenda as CMIS's web page prints it from Chromium: one row an item, its number,
    its title with a line under it on what it is for, its pages ("5 - 9") in a column."""
    import html
    import tempfile

    cells = "".join(
        f"<tr><td>{html.escape(n)}.</td><td><b>{html.escape(t)}</b><br>To consider the report "
        f"and make any recommendations.</td><td>{html.escape(p)}</td></tr>" for n, t, p in rows)
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{font-family:"
            "'DejaVu Sans',Arial,sans-serif;font-size:10pt;margin:1.5cm}table{width:100%;"
            "border-collapse:collapse}td,th{padding:4px;vertical-align:top;text-align:left}"
            "</style></head><body>" f"<h2>{html.escape(heading)}</h2><table><tr><th>Item</th>"
            f"<th>Subject</th><th>Pages</th></tr>{cells}</table></body></html>")
    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "agenda.html", Path(tmp) / "agenda.pdf"
        source.write_text(page, encoding="utf-8")
        return _run_tool(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                          f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer",
                          f"--print-to-pdf={out}", source.as_uri()], out)


def item_key(number: str) -> tuple:
    m = re.match(r"(\d+)([a-z]*)", number)
    return (int(m.group(1)), m.group(2))


def _modern_gov_stamp(width: float, height: float, pack_page: int,
                      own: tuple[int, int] | None, first_of: str | None,
                      front_pages: int, pack_numbers: bool = True) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(width, height))
    if first_of is not None:
        c.setFont("Helvetica-Bold", 12)
        c.drawRightString(width - 40, height - 30, f"Agenda Item {first_of}")
    c.setFont("Helvetica", 9)
    if pack_page > front_pages and pack_numbers:
        c.drawCentredString(width / 2, 14, f"Page {pack_page - front_pages}")
    if own is not None:
        c.drawRightString(width - 40, 30, str(own[0]))
    c.showPage()
    c.save()
    return buffer.getvalue()


def _cmis_stamp(width: float, height: float, pack_page: int, own: tuple[int, int] | None,
                first_of: str | None = None, front_pages: int = 0,
                pack_numbers: bool = True) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(width, height))
    c.setFont("Helvetica", 9)
    if pack_numbers:
        c.drawCentredString(width / 2, 14, str(pack_page))
    if own is not None:
        c.drawRightString(width - 40, 30, f"Page {own[0]} of {own[1]}")
    c.showPage()
    c.save()
    return buffer.getvalue()


def _make_paper(paper: Paper, heading: bool = True) -> bytes:
    """The paper's PDF from its producer; the landscape table and the scan are appendices the
    author made apart (reportlab) and merged after the paper's body. `heading`: CMIS's
    "Item 5 – Title" atop it."""
    from pypdf import PdfReader, PdfWriter

    parts: list[list] = [[]]
    appendices = []
    for block in paper.blocks:
        if block in ("@table", "@scan"):
            appendices.append(block)
            parts.append([])
        else:
            parts[-1].append(block)
    body = ([f"Item {paper.number} – {paper.title}"] if heading else []) + parts[0]
    make = {"reportlab": _paper_reportlab, "libreoffice": _paper_libreoffice,
            "wkhtmltopdf": _paper_wkhtmltopdf, "chromium": _paper_chromium,
            "chromium-print": _paper_chromium_print}[paper.producer]
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(make(body))).pages:
        writer.add_page(page)
    for kind, blocks in zip(appendices, parts[1:]):
        extra = _landscape_table(paper.producer) if kind == "@table" else _draw([None])
        for page in PdfReader(io.BytesIO(extra)).pages:
            writer.add_page(page)
        if blocks:
            for page in PdfReader(io.BytesIO(_paper_reportlab(blocks))).pages:
                writer.add_page(page)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def _plain(block) -> str:
    """A block's text as read: a tracked change's struck and inserted words both kept, a
    table's rows a line each."""
    if isinstance(block, tuple) and block[0] == "@reftable":
        return "\n".join("   ".join(row) for row in [block[1], *block[2]])
    if isinstance(block, tuple) and block[0] == "@tracked":
        before, (struck, inserted), after = block[1:]
        return f"{before} {struck} {inserted}{after}"
    if isinstance(block, tuple) and block[0] == "@ol":
        return "\n".join(f"{n}. {entry}" for n, entry in enumerate(block[1], 1))
    if isinstance(block, tuple) and block[0] == "@noted":
        return re.sub(r"\^(\d+)", r"[\1]", block[1])
    return block


def _paper_reportlab(blocks) -> bytes:
    """`@fill`: filler lines until two are left on the page (the next paragraph runs over the
    page's foot, its citation on the next page)."""
    pages: list[list[str]] = [[]]
    for block in blocks:
        if block == "@fill":
            filler = iter(FILLER * 10)
            while len(pages[-1]) < LINES_PER_PAGE - 4 - 2:
                pages[-1].append(next(filler))
            continue
        lines = [w for line in _plain(block).split("\n") for w in textwrap.wrap(line, WIDTH)]
        for line in lines + [""]:
            if len(pages[-1]) >= LINES_PER_PAGE - 4:
                pages.append([])
            pages[-1].append(line)
    return _draw(pages)


def _landscape_table(producer: str = "reportlab") -> bytes:
    """The action plan as a landscape table, by the paper's producer: a Word table in a
    landscape section, an HTML table printed landscape, or drawn cell by cell."""
    from reportlab.lib.pagesizes import landscape

    if producer != "reportlab":
        return _table_by(producer)

    size = landscape(A4)
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=size)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(40, size[1] - 50, "Appendix A: Action plan in response to the inspection")
    columns = (40, 80, 560, 600)
    y = size[1] - 80
    for row_no, row in enumerate([TABLE_HEADER, *TABLE_ROWS]):
        c.setFont("Helvetica-Bold" if row_no == 0 else "Helvetica", 8)
        height = 1
        for column, (x, cell) in enumerate(zip(columns, row)):
            lines = textwrap.wrap(cell, CELL_WIDTH.get(column, 200))
            for k, line in enumerate(lines):        # cell by cell, as a word processor draws
                c.drawString(x, y - 11 * k, line)
            height = max(height, len(lines))
        y -= 11 * height + 11
    c.showPage()
    c.save()
    return buffer.getvalue()


def _html(blocks) -> str:
    import html

    out = []
    for block in blocks:
        if block == "@fill":
            continue
        if isinstance(block, tuple) and block[0] == "@reftable":
            out.append("<table>" + "".join(
                "<tr>" + "".join(f"<t{'h' if n == 0 else 'd'}>{html.escape(c)}"
                                 f"</t{'h' if n == 0 else 'd'}>" for c in row) + "</tr>"
                for n, row in enumerate([block[1], *block[2]])) + "</table>")
        elif isinstance(block, tuple) and block[0] == "@noted":
            out.append("<p>" + re.sub(r"\^(\d+)", r"<sup>\1</sup>", html.escape(block[1])) + "</p>")
        elif isinstance(block, tuple) and block[0] == "@ol":
            # (Chromium draws the list's numbers as markers: no text of the paper's own)
            out.append("<ol>" + "".join(f"<li>{html.escape(e)}</li>" for e in block[1]) + "</ol>")
        elif isinstance(block, tuple):
            before, (struck, inserted), after = block[1:]
            out.append(f"<p>{html.escape(before)} <s>{html.escape(struck)}</s> "
                       f"<u>{html.escape(inserted)}</u>{html.escape(after)}</p>")
        elif block is blocks[0]:
            out.append(f"<h2>{html.escape(block)}</h2>")
        else:
            out.append(f"<p>{html.escape(block)}</p>")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>body{font-family:"
            "'DejaVu Sans',Arial,sans-serif;font-size:11pt;margin:2cm}h2{font-size:13pt}"
            "table{border-collapse:collapse}td,th{border:1px solid #000;padding:4px;"
            "vertical-align:top;text-align:left}</style></head><body>" + "\n".join(out) + "</body></html>")


def _run_tool(args: list[str], out: Path) -> bytes:
    import subprocess

    subprocess.run(args, check=True, capture_output=True, timeout=180)
    return out.read_bytes()


def _paper_wkhtmltopdf(blocks) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "paper.html", Path(tmp) / "paper.pdf"
        source.write_text(_html(blocks), encoding="utf-8")
        return _run_tool(["wkhtmltopdf", "--quiet", "-s", "A4", str(source), str(out)], out)


def _paper_chromium(blocks, furniture: bool = False) -> bytes:
    """`furniture`: the browser's own header and footer, as Ctrl-P prints a page (the date and
    time, the page's title, its address and "1/3")."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "paper.html", Path(tmp) / "paper.pdf"
        page = _html(blocks)
        if furniture:
            page = page.replace("<head>", f"<head><title>{blocks[0]} - Eastmarsh Council</title>")
        source.write_text(page, encoding="utf-8")
        return _run_tool(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                          f"--user-data-dir={tmp}/profile",
                          *([] if furniture else ["--no-pdf-header-footer"]),
                          f"--print-to-pdf={out}", source.as_uri()], out)


def _paper_chromium_print(blocks) -> bytes:
    return _paper_chromium(blocks, furniture=True)


def _paper_libreoffice(blocks) -> bytes:
    """python-docx → LibreOffice: a tracked change's struck words in strike-through, its
    inserted words underlined (as Word prints a document with its changes shown)."""
    import tempfile

    import docx

    document = docx.Document()
    for block in blocks:
        if block == "@fill":
            continue
        if isinstance(block, tuple) and block[0] == "@reftable":
            table = document.add_table(rows=0, cols=len(block[1]))
            table.style = "Table Grid"
            for row in [block[1], *block[2]]:
                for cell, text in zip(table.add_row().cells, row):
                    cell.text = text
        elif isinstance(block, tuple) and block[0] == "@ol":
            for entry in block[1]:
                document.add_paragraph(entry, style="List Number")
        elif isinstance(block, tuple) and block[0] == "@noted":
            p = document.add_paragraph()
            for k, part in enumerate(re.split(r"\^(\d+)", block[1])):
                p.add_run(part).font.superscript = k % 2 == 1
        elif isinstance(block, tuple):
            before, (struck, inserted), after = block[1:]
            p = document.add_paragraph(before + " ")
            p.add_run(struck).font.strike = True
            p.add_run(" ")
            p.add_run(inserted).font.underline = True
            p.add_run(after)
        elif block is blocks[0]:
            document.add_heading(block, level=2)
        else:
            document.add_paragraph(block)
    with tempfile.TemporaryDirectory() as tmp:
        source, out = Path(tmp) / "paper.docx", Path(tmp) / "paper.pdf"
        document.save(source)
        return _run_tool(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                          "--convert-to", "pdf", "--outdir", tmp, str(source)], out)


TABLE_TITLE = "Appendix A: Action plan in response to the inspection"


def _table_by(producer: str) -> bytes:
    import html
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "table.pdf"
        if producer == "libreoffice":
            import docx
            from docx.enum.section import WD_ORIENT

            document = docx.Document()
            section = document.sections[0]
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = section.page_height, section.page_width
            document.add_heading(TABLE_TITLE, level=2)
            table = document.add_table(rows=0, cols=len(TABLE_HEADER))
            table.style = "Table Grid"
            for row in [TABLE_HEADER, *TABLE_ROWS]:
                cells = table.add_row().cells
                for cell, text in zip(cells, row):
                    cell.text = text
            source = Path(tmp) / "table.docx"
            document.save(source)
            return _run_tool(["soffice", f"-env:UserInstallation=file://{tmp}/profile",
                              "--headless", "--convert-to", "pdf", "--outdir", tmp, str(source)],
                             out)
        rows = "".join("<tr>" + "".join(f"<t{'h' if n == 0 else 'd'}>{html.escape(c)}"
                                        f"</t{'h' if n == 0 else 'd'}>" for c in row) + "</tr>"
                       for n, row in enumerate([TABLE_HEADER, *TABLE_ROWS]))
        page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><style>@page{size:A4 "
                "landscape}body{font-family:'DejaVu Sans',Arial,sans-serif;font-size:9pt}"
                "table{border-collapse:collapse;width:100%}td,th{border:1px solid #000;"
                "padding:4px;vertical-align:top;text-align:left}</style></head><body>"
                f"<h2>{html.escape(TABLE_TITLE)}</h2><table>{rows}</table></body></html>")
        source = Path(tmp) / "table.html"
        source.write_text(page, encoding="utf-8")
        if producer == "wkhtmltopdf":
            return _run_tool(["wkhtmltopdf", "--quiet", "-s", "A4", "-O", "Landscape",
                              str(source), str(out)], out)
        return _run_tool(["chromium", "--headless", "--no-sandbox", "--disable-gpu",
                          f"--user-data-dir={tmp}/profile", "--no-pdf-header-footer",
                          f"--print-to-pdf={out}", source.as_uri()], out)
