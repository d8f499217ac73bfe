"""Build the two CMIS-style agenda packs: each paper (papers/<pack>/*.html) printed by headless Chromium,
cover and agenda drawn with reportlab, all merged with pypdf, pack page numbers stamped bottom-centre with a
reportlab overlay; then the pack_page of every labelled quotation and each item's pages are filled in
pack-<name>.labels.json from pdftotext of the pack.   /opt/blindtools/bin/python build_packs.py"""
import io, json, re, subprocess, sys, tempfile
from pathlib import Path
from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

HERE = Path(__file__).resolve().parent
LIB = "/usr/share/fonts/truetype/liberation2/"
pdfmetrics.registerFont(TTFont("Arial", LIB + "LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Arial-Bold", LIB + "LiberationSans-Bold.ttf"))
from reportlab.lib.fonts import addMapping
addMapping("Arial", 0, 0, "Arial"); addMapping("Arial", 1, 0, "Arial-Bold"); addMapping("Arial", 0, 1, "Arial"); addMapping("Arial", 1, 1, "Arial-Bold")

CSS = """
@page { size: A4; margin: 18mm 18mm 24mm 18mm;
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, 'Liberation Sans', sans-serif; color: #333; margin-bottom: 12mm; }
  @bottom-left { content: "%(footer)s"; font: 8pt Arial, 'Liberation Sans', sans-serif; color: #555; margin-bottom: 12mm; } }
%(landscape)s
body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 11.5pt; line-height: 1.42; color: #111; }
.crest { font-weight: bold; font-size: 10pt; color: #5b2c6f; border-bottom: 3px solid #5b2c6f; padding-bottom: 3pt; margin-bottom: 10pt; letter-spacing: .02em; }
h1.item { font-size: 16pt; margin: 6pt 0 12pt 0; line-height: 1.25; }
h2 { font-size: 12.5pt; margin: 16pt 0 6pt 0; break-after: avoid; }
p { margin: 0 0 8pt 0; }
table.cover { border-collapse: collapse; width: 100%%; margin-bottom: 10pt; font-size: 10.5pt; }
table.cover th { text-align: left; width: 28%%; background: #eee6f2; border: 1px solid #bbb; padding: 4pt 6pt; vertical-align: top; }
table.cover td { border: 1px solid #bbb; padding: 4pt 6pt; }
table.data { border-collapse: collapse; width: 100%%; margin: 6pt 0 12pt 0; font-size: 10pt; break-inside: avoid; }
table.data caption { text-align: left; font-weight: bold; margin-bottom: 4pt; }
table.data th { background: #5b2c6f; color: #fff; padding: 4pt 5pt; text-align: left; border: 1px solid #5b2c6f; }
table.data td { border: 1px solid #bbb; padding: 3pt 5pt; }
table.data tr.total td { font-weight: bold; background: #f0f0f0; }
table.plan { border-collapse: collapse; width: 100%%; font-size: 9.5pt; line-height: 1.3; }
table.plan th { background: #5b2c6f; color: #fff; padding: 4pt; text-align: left; border: 1px solid #5b2c6f; }
table.plan td { border: 1px solid #999; padding: 4pt; vertical-align: top; }
table.plan tr { break-inside: avoid; }
table.plan tr.theme td { background: #eee6f2; font-weight: bold; }
table.plan thead { display: table-header-group; }
blockquote { margin: 6pt 24pt 10pt 24pt; font-style: italic; }
.small { font-size: 9.5pt; color: #333; }
.meta { font-size: 11pt; }
.q { background: #f6f6f6; padding: 6pt 8pt; border-left: 3px solid #5b2c6f; }
.sig { margin-top: 24pt; }
ol.recs li, ul li { margin-bottom: 4pt; break-inside: avoid; }
.letter { font-size: 11pt; }
.motion { border: 1px solid #999; padding: 8pt 12pt; margin: 6pt 0 12pt 0; }
del { text-decoration: line-through; color: #8a1c1c; }
ins { text-decoration: underline; color: #1c4f8a; }
"""


def print_paper(html_path: Path, out_pdf: Path, footer: str):
    body = html_path.read_text(encoding="utf-8")
    landscape = "@page { size: A4 landscape; }" if "table class=\"plan\"" in body or "landscape" in html_path.stem else ""
    doc = ("<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'><title>%s</title><style>%s</style></head><body>%s</body></html>"
           % (html_path.stem, CSS % {"footer": footer.replace('"', "'"), "landscape": landscape}, body))
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False, encoding="utf-8") as f:
        f.write(doc)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out_pdf}", "file://" + f.name],
                   check=True, capture_output=True)
    Path(f.name).unlink()


def cover_and_agenda(pack, items_pages, offset_guess):
    buf = io.BytesIO()
    st = lambda **k: ParagraphStyle("x", fontName=k.pop("font", "Arial"), **k)
    doc = SimpleDocTemplate(buf, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=20 * mm, bottomMargin=20 * mm)
    S = [Paragraph("Bramcote Metropolitan Borough Council", st(font="Arial-Bold", fontSize=13, textColor=colors.HexColor("#5b2c6f"), leading=16)),
         Spacer(1, 30 * mm), Paragraph("Agenda", st(font="Arial-Bold", fontSize=40, leading=46)), Spacer(1, 8 * mm),
         Paragraph(pack["committee"], st(font="Arial-Bold", fontSize=22, leading=27)), Spacer(1, 10 * mm)]
    rows = [["Date:", pack["date"]], ["Time:", pack["time"]], ["Venue:", pack["venue"]]]
    t = Table([[Paragraph(a, st(font="Arial-Bold", fontSize=12, leading=15)), Paragraph(b, st(fontSize=12, leading=15))] for a, b in rows],
              colWidths=[30 * mm, 130 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    S += [t, Spacer(1, 12 * mm), Paragraph(pack["membership"], st(fontSize=11, leading=15)), Spacer(1, 8 * mm),
          Paragraph(pack["contact"], st(fontSize=10, leading=13)), Spacer(1, 6 * mm),
          Paragraph("This meeting will be webcast live and the recording kept for twelve months. Agenda papers are available at www.bramcote.gov.uk/cmis and in accessible formats on request.", st(fontSize=9.5, leading=12)),
          Spacer(1, 4 * mm), Paragraph(f"Despatched: {pack['despatched']}", st(fontSize=10, leading=13))]
    from reportlab.platypus import PageBreak
    S += [PageBreak(), Paragraph("Agenda", st(font="Arial-Bold", fontSize=20, leading=24)), Spacer(1, 6 * mm)]
    rows = []
    for it in pack["items"]:
        pr = items_pages.get(it["number"])
        pages = (f"(Pages {pr[0]} - {pr[1]})" if pr[0] != pr[1] else f"(Page {pr[0]})") if pr else ""
        rows.append([Paragraph(f"<b>{it['number']}.</b>", st(fontSize=11, leading=14)),
                     Paragraph(f"<b>{it['title']}</b><br/>{it.get('desc', '')}", st(fontSize=11, leading=14.5)),
                     Paragraph(pages, st(fontSize=10.5, leading=14))])
    t = Table(rows, colWidths=[12 * mm, 120 * mm, 38 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 9)]))
    S.append(t)
    doc.build(S)
    return PdfReader(io.BytesIO(buf.getvalue()))


def stamp(page, n):
    w, h = float(page.mediabox.width), float(page.mediabox.height)
    buf = io.BytesIO()
    c = rl_canvas.Canvas(buf, pagesize=(w, h))
    c.setFont("Arial-Bold", 11)
    c.drawCentredString(w / 2, 7 * mm, f"Page {n}")
    c.save()
    page.merge_page(PdfReader(io.BytesIO(buf.getvalue())).pages[0])


def build(pack):
    name = pack["name"]
    tmp = HERE / "build_tmp" / name
    tmp.mkdir(parents=True, exist_ok=True)
    papers = []                      # (item number, PdfReader)
    for it in pack["items"]:
        for html in it.get("papers", []):
            out = tmp / (Path(html).stem + ".pdf")
            print_paper(HERE / "papers" / name / html, out, pack["footer"])
            papers.append((it["number"], PdfReader(str(out))))
    # printed page numbers start at 1 on the first paper; cover + agenda come first, unnumbered
    items_pages, n = {}, 1
    for num, r in papers:
        first, last = n, n + len(r.pages) - 1
        a, b = items_pages.get(num, (first, last))
        items_pages[num] = (min(a, first), max(b, last))
        n = last + 1
    front = cover_and_agenda(pack, items_pages, 0)
    offset = len(front.pages)
    w = PdfWriter()
    for p in front.pages:
        w.add_page(p)
    k = 1
    for num, r in papers:
        for p in r.pages:
            added = w.add_page(p)
            stamp(added, k)
            k += 1
    w.add_metadata({"/Title": f"{pack['committee']} {pack['date']} – Agenda pack", "/Producer": "CMIS agenda pack (pypdf)"})
    out = HERE / f"pack-{name}.pdf"
    with open(out, "wb") as f:
        w.write(f)
    total = offset + k - 1
    return out, offset, total, items_pages


def fill_labels(pack, out, offset, total, items_pages):
    from make_pack_labels import NEAR
    sys.path.insert(0, str(HERE.parent.parent))
    import check_labels as C
    lp = HERE / f"pack-{pack['name']}.labels.json"
    L = json.load(open(lp, encoding="utf-8"))
    pages = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, check=True).stdout.decode().split("\f")[:-1]
    L["pages"] = len(pages)
    L["printed_page_offset"] = offset
    L["agenda"] = [{"number": it["number"], "title": it["title"], "papers": bool(it.get("papers"))} for it in pack["items"]]
    L["items"] = [{"number": it["number"], "title": it["title"],
                   "first_page": items_pages[it["number"]][0] + offset, "last_page": items_pages[it["number"]][1] + offset}
                  for it in pack["items"] if it["number"] in items_pages]
    spans = {i["number"]: (i["first_page"], i["last_page"]) for i in L["items"]}
    used = {}
    for q in L["quotes"]:
        a, b = spans[str(q["item"])]
        head = C.words(q["text"])[:6]
        starts = [p for p in range(a, b + 1) if C.find_in_order(C.words(pages[p - 1]), head) is not None]
        full = [p for p in starts if C.contains_run(C.words(pages[p - 1]), C.words(q["text"]))
                or C.contains_run(C.words(pages[p - 1] + " " + (pages[p] if p < len(pages) else "")), C.words(q["text"]))]
        hits = full or starts
        near = NEAR.get(q["id"])
        if near:
            hits = [p for p in hits if C.flat(near) in C.flat(pages[p - 1])]
        key = (q["item"], q["text"])
        k = 0 if near else used.get(key, 0)
        if len(hits) <= k:
            print("NOT PLACED", q["id"], q["text"][:50]); continue
        q["pack_page"] = hits[k]
        used[key] = k + 1
    json.dump(L, open(lp, "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    from packs_spec import PACKS
    for pack in PACKS:
        if len(sys.argv) > 1 and pack["name"] not in sys.argv[1:]:
            continue
        out, offset, total, items_pages = build(pack)
        print(out.name, total, "pages; front matter", offset, items_pages)
        if (HERE / f"pack-{pack['name']}.labels.json").exists():
            fill_labels(pack, out, offset, total, items_pages)
