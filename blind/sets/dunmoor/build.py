"""Render report.json as a GOV.UK HTML publication page (report.html, as saved from the
browser) and letter.json as a letter on departmental letterhead (letter.pdf, fpdf2).
Run: python3 build.py   (re-executes itself under /opt/blindtools/bin/python for fpdf2)."""
import html, json, os, re, sys

try:
    import fpdf  # noqa
except ImportError:
    os.execv("/opt/blindtools/bin/python", ["/opt/blindtools/bin/python"] + sys.argv)

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
os.chdir(HERE)
report = json.load(open("report.json", encoding="utf-8"))
letter = json.load(open("letter.json", encoding="utf-8"))

# Where GOV.UK puts each footnote's call mark: after this text in this place.
FOOTNOTE_ANCHORS = {
    1: ("1.1", "Dunmoor Metropolitan Borough Council."),
    2: ("3.1", "a response rate of 38%."),
    3: ("4.3", "sets a minimum of 5%."),
    4: ("4.9", "£431 million in March 2024."),
    5: ("4.15", "Local Audit and Accountability Act 2014."),
    6: ("5.3", "hold the Cabinet to account effectively."),
    7: ("5.15", "invest primarily for yield."),
    8: ("6.20", "concerns of residents."),
}

TABLES = {
    "Table 1": ("Table 1: Selected staff survey results, 2022 and 2024", [
        ["Statement", "2022", "2024"],
        ["I would not feel safe raising a concern about the conduct of a senior colleague", "35%", "47%"],
        ["I understand the council's priorities", "79%", "84%"],
        ["I trust the decisions made by senior managers", "41%", "29%"],
        ["I have experienced bullying or harassment at work in the last 12 months", "17%", "24%"],
        ["I would recommend the council as a place to work", "52%", "38%"],
    ]),
}


def slug(s):
    s = re.sub(r"^\d+\.\s*", "", s)
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def curl(s):
    """GOV.UK's smartypants: straight apostrophes become typographic ones."""
    return s.replace("'", "\u2019")


def para_html(p):
    text = html.escape(curl(p["text"]), quote=False)
    for n, (lab, after) in sorted(FOOTNOTE_ANCHORS.items()):
        if lab == p["label"]:
            a = html.escape(curl(after), quote=False)
            k = text.rindex(a) + len(a)
            sup = (f'<sup id="fnref:{n}" role="doc-noteref"><a href="#fn:{n}" class="govuk-link" '
                   f'rel="footnote">[footnote {n}]</a></sup>')
            text = text[:k] + sup + text[k:]
    if p["kind"] == "recommendation":
        return f'<p><strong>{p["label"]}</strong> {text}</p>'
    return f'<p>{p["label"]} {text}</p>'


def table_html(p):
    caption, rows = TABLES[p["label"]]
    assert " ".join(c for r in rows for c in r) == p["text"], "table text mismatch"
    head = "".join(f'<th scope="col" class="govuk-table__header">{html.escape(curl(c))}</th>' for c in rows[0])
    body = ""
    for r in rows[1:]:
        cells = f'<th scope="row" class="govuk-table__header">{html.escape(curl(r[0]))}</th>'
        cells += "".join(f'<td class="govuk-table__cell govuk-table__cell--numeric">{c}</td>' for c in r[1:])
        body += f'<tr class="govuk-table__row">{cells}</tr>\n'
    return (f'<table class="govuk-table">\n<caption class="govuk-table__caption">{html.escape(curl(caption))}</caption>\n'
            f'<thead class="govuk-table__head"><tr class="govuk-table__row">{head}</tr></thead>\n'
            f'<tbody class="govuk-table__body">\n{body}</tbody>\n</table>')


def build_html():
    chapters = []
    for p in report["places"]:
        if not chapters or chapters[-1][0] != p["chapter"]:
            chapters.append((p["chapter"], []))
        chapters[-1][1].append(p)
    toc = "\n".join(f'<li class="gem-c-contents-list__list-item gem-c-contents-list__list-item--numbered">'
                    f'<a class="gem-c-contents-list__link govuk-link" href="#{slug(c)}">{html.escape(c)}</a></li>'
                    for c, _ in chapters)
    toc += '\n<li class="gem-c-contents-list__list-item"><a class="gem-c-contents-list__link govuk-link" href="#footnotes">Footnotes</a></li>'
    body = []
    for c, ps in chapters:
        body.append(f'<h2 id="{slug(c)}">{html.escape(c)}</h2>')
        h = None
        for p in ps:
            if p["heading"] != h and p["heading"]:
                body.append(f'<h3 id="{slug(p["heading"])}">{html.escape(curl(p["heading"]))}</h3>')
            h = p["heading"]
            body.append(table_html(p) if p["kind"] == "table" else para_html(p))
    fns = "\n".join(
        f'<li id="fn:{f["number"]}" role="doc-endnote"><p>{html.escape(curl(f["text"]), quote=False)} '
        f'<a href="#fnref:{f["number"]}" class="govuk-link" role="doc-backlink" '
        f'aria-label="go to where this is referenced">↩</a></p></li>' for f in report["footnotes"])
    title = html.escape(report["title"])
    page = f"""<!DOCTYPE html>
<!-- saved from url=(0112)https://www.gov.uk/government/publications/best-value-inspection-of-dunmoor-metropolitan-borough-council/report -->
<html lang="en" class="govuk-template govuk-template--rebranded"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{title} - GOV.UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">
<meta name="theme-color" content="#1d70b8">
<link rel="canonical" href="https://www.gov.uk/government/publications/best-value-inspection-of-dunmoor-metropolitan-borough-council/report">
<meta name="govuk:format" content="html_publication">
<meta name="govuk:content-id" content="6d1f0a8e-4c2b-4f7e-9b1a-2e5d7c3a9f10">
<meta name="govuk:first-published-at" content="2025-01-14T15:30:00+00:00">
<meta name="govuk:updated-at" content="2025-01-14T15:30:00+00:00">
<meta name="govuk:primary-publishing-organisation" content="Ministry of Housing, Communities and Local Government">
<meta property="og:title" content="{title}">
<meta property="og:description" content="Report of the Best Value inspection of Dunmoor Metropolitan Borough Council.">
<link rel="stylesheet" href="./Best Value Inspection of Dunmoor Metropolitan Borough Council - GOV.UK_files/application-1a2b3c.css">
<link rel="stylesheet" href="./Best Value Inspection of Dunmoor Metropolitan Borough Council - GOV.UK_files/html-publication-4d5e6f.css">
</head>
<body class="govuk-template__body gem-c-layout-for-public__body global-bar-present js-enabled govuk-frontend-supported">
<div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix" data-module="cookie-banner" role="region" aria-label="Cookies on GOV.UK">
<div class="govuk-cookie-banner js-banner-wrapper" role="region" aria-label="Cookies on GOV.UK">
<div class="gem-c-cookie-banner__message govuk-cookie-banner__message govuk-width-container">
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<h2 class="govuk-cookie-banner__heading govuk-heading-m">Cookies on GOV.UK</h2>
<div class="govuk-cookie-banner__content">
<p class="govuk-body">We use some essential cookies to make this website work.</p>
<p class="govuk-body">We’d like to set additional cookies to understand how you use GOV.UK, remember your settings and improve government services.</p>
<p class="govuk-body">We also use cookies set by other sites to help us deliver content from their services.</p>
</div></div></div>
<div class="govuk-button-group">
<button class="govuk-button" type="submit" data-accept-cookies="true">Accept additional cookies</button>
<button class="govuk-button" type="submit" data-reject-cookies="true">Reject additional cookies</button>
<a class="govuk-link" href="https://www.gov.uk/help/cookies">View cookies</a>
</div></div></div></div>
<a href="#content" class="govuk-skip-link" data-module="govuk-skip-link">Skip to main content</a>
<header role="banner" class="gem-c-layout-super-navigation-header" data-module="super-navigation-mega-menu">
<div class="gem-c-layout-super-navigation-header__container govuk-width-container">
<a class="gem-c-layout-super-navigation-header__header-logo-link" href="https://www.gov.uk/" title="Go to the GOV.UK homepage" id="logo">
<span class="govuk-visually-hidden">GOV.UK</span></a>
<nav aria-labelledby="super-navigation-menu-heading" class="gem-c-layout-super-navigation-header__content">
<h2 id="super-navigation-menu-heading" class="govuk-visually-hidden">Navigation menu</h2>
<button class="gem-c-layout-super-navigation-header__navigation-top-toggle-button" aria-controls="super-navigation-menu" aria-expanded="false" type="button">Menu</button>
<button class="gem-c-layout-super-navigation-header__search-toggle-button" aria-controls="super-search-menu" aria-expanded="false" type="button"><span class="govuk-visually-hidden">Search GOV.UK</span></button>
</nav></div></header>
<div class="gem-c-global-banner govuk-!-display-none-print"></div>
<div class="govuk-width-container">
<div class="gem-c-contextual-breadcrumbs govuk-!-display-none-print">
<nav class="gem-c-breadcrumbs govuk-breadcrumbs govuk-breadcrumbs--collapse-on-mobile" aria-label="Breadcrumb">
<ol class="govuk-breadcrumbs__list">
<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="https://www.gov.uk/">Home</a></li>
<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="https://www.gov.uk/housing-local-and-community">Housing, local and community</a></li>
<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="https://www.gov.uk/housing-local-and-community/local-government">Local government</a></li>
</ol></nav></div></div>
<main role="main" id="content" class="html-publication" lang="en">
<div class="publication-external"><ul class="organisation-logos"><li class="organisation-logos__logo">
<div class="gem-c-organisation-logo brand--ministry-of-housing-communities-local-government">
<a href="https://www.gov.uk/government/organisations/ministry-of-housing-communities-local-government" class="gem-c-organisation-logo__container gem-c-organisation-logo__link gem-c-organisation-logo__crest gem-c-organisation-logo__crest--single-identity">
<span class="gem-c-organisation-logo__name">Ministry of Housing, Communities &amp; Local Government</span></a></div></li></ul></div>
<div class="govuk-width-container gem-c-inverse-header">
<div class="gem-c-inverse-header__context">Independent report</div>
<div class="gem-c-title gem-c-title--inverse govuk-!-margin-top-8 govuk-!-margin-bottom-0">
<h1 class="gem-c-title__text govuk-heading-xl">{title}</h1></div>
<p class="publication-header__last-changed">Published 14 January 2025</p>
</div>
<div class="govuk-width-container">
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<section class="gem-c-attachment">
<div class="govuk-!-margin-bottom-6"><div class="gem-c-print-link govuk-!-display-none-print">
<button class="govuk-link govuk-body-s gem-c-print-link__button" data-module="print-link">Print this page</button></div></div>
<div class="govuk-body-s">
<p>© Crown copyright 2025</p>
<p>This publication is licensed under the terms of the Open Government Licence v3.0 except where otherwise stated. To view this licence, visit <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3">nationalarchives.gov.uk/doc/open-government-licence/version/3</a> or write to the Information Policy Team, The National Archives, Kew, London TW9 4DU, or email: <a href="mailto:psi@nationalarchives.gov.uk">psi@nationalarchives.gov.uk</a>.</p>
<p>Where we have identified any third party copyright information you will need to obtain permission from the copyright holders concerned.</p>
<p>This publication is available at https://www.gov.uk/government/publications/best-value-inspection-of-dunmoor-metropolitan-borough-council/report</p>
</div></section>
<nav class="gem-c-contents-list govuk-!-display-none-print" aria-label="Contents" role="navigation" data-module="gem-track-click">
<h2 class="gem-c-contents-list__title">Contents</h2>
<ol class="gem-c-contents-list__list">
{toc}
</ol></nav>
</div></div>
<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<div class="gem-c-govspeak-html-publication">
<div class="gem-c-govspeak govuk-govspeak direction-ltr" data-module="govspeak">
<div class="govspeak">
{chr(10).join(body)}
<h2 id="footnotes">Footnotes</h2>
<div class="footnotes" role="doc-endnotes">
<ol>
{fns}
</ol>
</div>
</div></div></div>
<div class="gem-c-print-link govuk-!-display-none-print govuk-!-margin-top-3 govuk-!-margin-bottom-6">
<button class="govuk-link govuk-body-s gem-c-print-link__button" data-module="print-link">Print this page</button></div>
<div class="gem-c-back-to-top-link govuk-!-display-none-print"><a class="govuk-link gem-c-back-to-top-link__link" href="#contents">Back to top</a></div>
</div></div></div>
</main>
<div class="govuk-width-container">
<div class="gem-c-feedback govuk-!-display-none-print" data-module="feedback">
<div class="gem-c-feedback__prompt"><h2 class="gem-c-feedback__prompt-question">Is this page useful?</h2>
<ul class="gem-c-feedback__option-list"><li><button class="govuk-button">Yes <span class="govuk-visually-hidden">this page is useful</span></button></li>
<li><button class="govuk-button">No <span class="govuk-visually-hidden">this page is not useful</span></button></li></ul>
<button class="govuk-button govuk-button--secondary">Report a problem with this page</button></div></div></div>
<footer class="gem-c-layout-footer govuk-footer" role="contentinfo">
<div class="govuk-width-container">
<div class="govuk-footer__navigation">
<div class="govuk-grid-column-two-thirds"><h2 class="govuk-footer__heading govuk-heading-m">Services and information</h2>
<ul class="govuk-footer__list govuk-footer__list--columns-2">
<li><a class="govuk-footer__link" href="https://www.gov.uk/browse/benefits">Benefits</a></li>
<li><a class="govuk-footer__link" href="https://www.gov.uk/browse/births-deaths-marriages">Births, death, marriages and care</a></li>
<li><a class="govuk-footer__link" href="https://www.gov.uk/browse/business">Business and self-employed</a></li>
<li><a class="govuk-footer__link" href="https://www.gov.uk/browse/childcare-parenting">Childcare and parenting</a></li>
<li><a class="govuk-footer__link" href="https://www.gov.uk/browse/citizenship">Citizenship and living in the UK</a></li>
<li><a class="govuk-footer__link" href="https://www.gov.uk/browse/housing-local-services">Housing and local services</a></li>
<li><a class="govuk-footer__link" href="https://www.gov.uk/browse/tax">Money and tax</a></li>
<li><a class="govuk-footer__link" href="https://www.gov.uk/browse/working">Working, jobs and pensions</a></li>
</ul></div>
<div class="govuk-grid-column-one-third"><h2 class="govuk-footer__heading govuk-heading-m">Government activity</h2>
<ul class="govuk-footer__list">
<li><a class="govuk-footer__link" href="https://www.gov.uk/government/organisations">Departments</a></li>
<li><a class="govuk-footer__link" href="https://www.gov.uk/search/news-and-communications">News</a></li>
<li><a class="govuk-footer__link" href="https://www.gov.uk/search/guidance-and-regulation">Guidance and regulation</a></li>
<li><a class="govuk-footer__link" href="https://www.gov.uk/search/research-and-statistics">Research and statistics</a></li>
<li><a class="govuk-footer__link" href="https://www.gov.uk/search/policy-papers-and-consultations">Policy papers and consultations</a></li>
<li><a class="govuk-footer__link" href="https://www.gov.uk/search/transparency-and-freedom-of-information-releases">Transparency</a></li>
</ul></div></div>
<hr class="govuk-footer__section-break">
<div class="govuk-footer__meta"><div class="govuk-footer__meta-item govuk-footer__meta-item--grow">
<h2 class="govuk-visually-hidden">Support links</h2>
<ul class="govuk-footer__inline-list">
<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="https://www.gov.uk/help">Help</a></li>
<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="https://www.gov.uk/help/privacy-notice">Privacy</a></li>
<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="https://www.gov.uk/help/cookies">Cookies</a></li>
<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="https://www.gov.uk/help/accessibility-statement">Accessibility statement</a></li>
<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="https://www.gov.uk/contact">Contact</a></li>
<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="https://www.gov.uk/help/terms-conditions">Terms and conditions</a></li>
<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="https://www.gov.uk/cymraeg">Rhestr o Wasanaethau Cymraeg</a></li>
<li class="govuk-footer__inline-list-item"><a class="govuk-footer__link" href="https://www.gov.uk/government/organisations/government-digital-service">Government Digital Service</a></li>
</ul>
<svg aria-hidden="true" focusable="false" class="govuk-footer__licence-logo" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 483.2 195.7" height="17" width="41"><path fill="currentColor" d="M421.5 142.8V.1l-50.7 32.3v161.1h112.4v-50.7zm-122.3-9.6A47.12 47.12 0 0 1 221 97.8c0-26 21.1-47.1 47.1-47.1 16.7 0 31.4 8.7 39.7 21.8l42.7-27.2A97.63 97.63 0 0 0 268.1 0c-36.5 0-68.3 20.1-85.1 49.7A98 98 0 0 0 97.8 0C43.9 0 0 43.9 0 97.8s43.9 97.8 97.8 97.8c36.5 0 68.3-20.1 85.1-49.7a97.76 97.76 0 0 0 149.6 25.4l19.4 22.2h3v-87.8h-80l24.3 27.5zM97.8 145c-26 0-47.1-21.1-47.1-47.1s21.1-47.1 47.1-47.1 47.2 21 47.2 47S123.8 145 97.8 145"></path></svg>
<span class="govuk-footer__licence-description">All content is available under the <a class="govuk-footer__link" href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">Open Government Licence v3.0</a>, except where otherwise stated</span>
</div>
<div class="govuk-footer__meta-item"><a class="govuk-footer__link govuk-footer__copyright-logo" href="https://www.nationalarchives.gov.uk/information-management/re-using-public-sector-information/uk-government-licensing-framework/crown-copyright/">© Crown copyright</a></div>
</div></div></footer>
</body></html>
"""
    open(report["file"], "w", encoding="utf-8").write(page)


class Letter(FPDF):
    def header(self):
        if self.page_no() == 1:
            self.set_font("Helvetica", "B", 13)
            self.set_text_color(0, 0, 0)
            self.cell(0, 6, "Ministry of Housing,", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 6, "Communities &", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 6, "Local Government", new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(0, 0, 0)
            self.set_line_width(0.6)
            self.line(self.l_margin, self.get_y() + 2, self.l_margin + 55, self.get_y() + 2)
            self.set_xy(125, 12)
            self.set_font("Helvetica", "B", 9)
            self.cell(0, 4.5, "Secretary of State for Housing,", new_x="LEFT", new_y="NEXT")
            self.cell(0, 4.5, "Communities and Local Government", new_x="LEFT", new_y="NEXT")
            self.set_font("Helvetica", "", 9)
            for ln in ["2 Marsham Street", "London", "SW1P 4DF", "", "Tel: 0303 444 0000",
                       "Email: correspondence@communities.gov.uk", "www.gov.uk/mhclg"]:
                self.cell(0, 4.5, ln, new_x="LEFT", new_y="NEXT")
            self.set_y(62)

    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "", align="C")


def build_letter():
    pdf = Letter(format="A4")
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for ln in ["The Chief Executive", "Dunmoor Metropolitan Borough Council", "Civic Centre",
               "Moor Street", "Dunmoor", "DM1 1AA"]:
        pdf.cell(0, 5, ln, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 5, "Our ref: BVI/DMBC/2025/01", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, letter["date"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, "Dear Chief Executive,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, "BEST VALUE INSPECTION OF DUNMOOR METROPOLITAN BOROUGH COUNCIL",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 11)
    for p in letter["places"]:
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        p["page"] = pdf.page_no()
        pdf.multi_cell(0, 5.6, p["text"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.2)
    pdf.ln(2)
    pdf.cell(0, 6, "Yours sincerely,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "SECRETARY OF STATE FOR HOUSING,", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "COMMUNITIES AND LOCAL GOVERNMENT", new_x="LMARGIN", new_y="NEXT")
    pdf.output(letter["file"])
    json.dump(letter, open("letter.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    build_html()
    build_letter()
    print("wrote", report["file"], letter["file"])
