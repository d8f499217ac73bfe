#!/usr/bin/env python3
"""Writes minutes-scrutiny.labels.json and newsletter-residents.labels.json, checking each
label against report.json / letter.json and the document text as it goes."""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
R = json.load(open(os.path.join(HERE, 'report.json'), encoding='utf-8'))
L = json.load(open(os.path.join(HERE, 'letter.json'), encoding='utf-8'))
RP = {p['label']: p['text'] for p in R['places']}
LP = {p['label']: p['text'] for p in L['places']}
SOURCES = [
    {"pdf": "report.docx", "title": R['title'], "role": "report"},
    {"pdf": "letter.pdf", "title": L['title'], "role": "letter",
     "alias": "Letter from SoS to CEX 12/11/26"},
]
ERR = []


def src_text(source, section):
    return (RP if source == 'report' else LP)[section]


def norm(s):
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    return re.sub(r'\s+', ' ', s).strip()


class Doc:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
        self.text = open(os.path.join(HERE, name), encoding='utf-8').read()
        self.quotes, self.claims, self.not_claims = [], [], []

    def q(self, text, verdict, citation, cited, section, source, kind, note,
          source_text=None, context_dropped=None, cited_pages=(), cited_document=None, strict=True):
        if isinstance(verdict, str):
            verdict = [verdict]
        if isinstance(citation, str):
            citation = [citation]
        n = self.text.count(text)
        if n != 1:
            ERR.append(f'{self.name}: quote occurs {n} times: {text!r}')
        # must sit inside quotation marks
        i = self.text.find(text)
        before, after = self.text[i - 1:i], self.text[i + len(text):i + len(text) + 1]
        if before not in ('“', '"', "'", '‘') or after not in ('”', '"', "'", '’'):
            ERR.append(f'{self.name}: quote not inside marks: {text!r} [{before}|{after}]')
        if section:
            st = src_text(source, section)
            if verdict[0] in ('verbatim', 'out_of_context'):
                t = norm(text).rstrip('.')
                if t[0].lower() + t[1:] not in norm(st) and t not in norm(st):
                    ERR.append(f'{self.name}: verbatim words not in {section}: {text!r}')
            if verdict[0] != 'verbatim' and verdict[0] != 'not_found':
                if not source_text or source_text not in st:
                    ERR.append(f'{self.name}: source_text not in {section}: {source_text!r}')
            if context_dropped and context_dropped not in st:
                ERR.append(f'{self.name}: context_dropped not in {section}')
        for c in cited:
            if c not in RP and c not in LP and not re.match(r'^\d+\.\d+$', c):
                pass  # citations of places that do not exist are allowed (wrong)
        d = {"text": text, "verdict": verdict, "citation": citation, "cited": list(cited),
             "cited_pages": list(cited_pages), "cited_document": cited_document,
             "section": section, "source": source}
        if source_text:
            d["source_text"] = source_text
        if context_dropped:
            d["context_dropped"] = context_dropped
        d.update({"kind": kind, "strict": strict, "note": note})
        self.quotes.append(d)

    def c(self, text, verdict, section, source, cited, figures, evidence, kind, note,
          evidence_section=None, cited_pages=(), cited_document=None, absent_words=(),
          hedge=None, strict=True):
        if isinstance(verdict, str):
            verdict = [verdict]
        n = self.text.count(text)
        if n != 1:
            ERR.append(f'{self.name}: claim occurs {n} times: {text!r}')
        es = evidence_section if evidence_section is not None else section
        if evidence:
            if evidence not in src_text(source if source else 'report', es):
                ERR.append(f'{self.name}: evidence not in {es}: {evidence!r}')
        for w in absent_words:
            allt = ' '.join(RP.values()) + ' '.join(LP.values())
            if w.lower() in allt.lower():
                ERR.append(f'{self.name}: absent word present in sources: {w}')
        for f in figures:
            if f['text'] not in text:
                ERR.append(f'{self.name}: figure text not in claim: {f}')
        self.claims.append({"text": text, "verdict": verdict, "section": section, "source": source,
                            "cited": list(cited), "cited_pages": list(cited_pages),
                            "cited_document": cited_document, "figures": figures,
                            "evidence": evidence, "evidence_section": es if evidence else None,
                            "absent_words": list(absent_words), "hedge": hedge, "kind": kind,
                            "strict": strict, "note": note})

    def nc(self, text):
        if self.text.count(text) != 1:
            ERR.append(f'{self.name}: not_claim occurs {self.text.count(text)} times: {text!r}')
        self.not_claims.append(text)

    def save(self):
        out = {"document": self.name, "kind": self.kind, "sources": SOURCES,
               "quotes": self.quotes, "claims": self.claims, "not_claims": self.not_claims}
        with open(os.path.join(HERE, self.name.replace('.txt', '.labels.json')), 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, indent=1)


def F(text, status, source_figure=None):
    return {"text": text, "status": status, "source_figure": source_figure}


# ---------------------------------------------------------------- minutes
m = Doc('minutes-scrutiny.txt', 'minutes')
m.q("failing to comply with its best value duty in respect of governance, financial management, leadership and culture, and scrutiny",
    "verbatim", "correct", ["9.2.1"], "9.2.1", "report", "exact",
    "Words of 9.2.1 (the letter's paragraph 2 repeats them); cited 9.2.1.")
m.q("We do not consider that the council, acting alone, has the capacity to make the improvements required within a reasonable timescale.",
    "verbatim", "correct", ["foreword"], "foreword", "report", "exact",
    "Whole sentence of the foreword, introduced as 'the foreword, which stated'.")
m.q("has not been given the resources it needs to carry out its role", "verbatim", "correct", ["5.1.2"], "5.1.2", "report",
    "exact", "5.1.2 is in chapter 5, whose numbers come from a Word list (not in the text).")
m.q("one officer working 0.6 of a full-time post", "verbatim", "correct", ["5.1.2"], "5.1.2", "report", "exact",
    "Exact words of 5.1.2; bare citation '(5.1.2)'.")
m.q("scrutiny was treated as an obstacle to be managed", ["out_of_context"], ["missing"], [], "5.2.1", "report",
    "attribution_dropped", "Presented as 'the inspectors' finding'; 5.2.1 reports it as what one officer told them, and says members did not share the view.",
    source_text="One officer told us that scrutiny was treated as an obstacle to be managed rather than a source of challenge.",
    context_dropped="One officer told us that")
m.q("an obstacle to be managed rather than a source of challenge", "verbatim", "correct", ["5.2.1"], "5.2.1", "report",
    "exact_context_restored", "Control: the Vice-Chair restores the attribution to one officer.")
m.q("Of 32 recommendations made by the committee to Cabinet since 2023, Cabinet accepted 14", "verbatim", "correct",
    ["5.2.2"], "5.2.2", "report", "exact", "First clause of 5.2.2.")
m.q("Cabinet accepted 14 and we could find evidence that only 9 had been implemented", "misquote", "correct", ["5.2.2"],
    "5.2.2", "report", "changed_number", "Report says only 6 had been implemented, not 9.",
    source_text="Cabinet accepted 14 and we could find evidence that only 6 had been implemented")
m.q("We consider that the threshold should be reviewed", "verbatim", "correct", ["5.3.2"], "5.3.2", "report", "exact",
    "Second sentence of 5.3.2.")
m.q("review its scrutiny arrangements, including the resources available to the Overview and Scrutiny Committee and the threshold for call-in",
    "verbatim", "correct", ["R4"], "R4", "report", "exact", "Recommendation 4, cited both as 'Recommendation 4' and '(R4)'.")
m.q("None of the nine urgent property decisions [on the commercial portfolio] was considered by the committee before it was taken",
    "minor", "correct", ["5.2.3"], "5.2.3", "report", "bracketed_insertion",
    "Bracketed gloss added; meaning unchanged.",
    source_text="None of the nine urgent property decisions was considered by the committee before it was taken.")
m.q("used only where a delay would seriously prejudice the council's interests", "out_of_context", "correct", ["3.2.5"],
    "3.2.5", "report", "attribution_dropped",
    "The Leader presents the council's own submission as what the report 'confirmed'; the inspectors found the opposite.",
    source_text="The council's own submission stated that urgency procedures were used only where a delay would seriously prejudice the council's interests.",
    context_dropped="The council's own submission stated that")
m.q("members contacting junior officers directly to press for particular outcomes", "verbatim", ["correct", "wrong"],
    ["2.3"], "2.3.2", "report", "exact_section_citation",
    "Cited as 'para 2.3', the sub-section (2.3.1-2.3.5) that holds 2.3.2; no place is labelled 2.3.", strict=False)
m.q("scared of some councillors and would not put advice in writing", "paraphrase", "correct", ["2.3.3"], "2.3.3", "report",
    "reworded", "Report: 'frightened of some members and avoided putting advice in writing'; attribution to an officer is kept.",
    source_text="One officer told us that staff were frightened of some members and avoided putting advice in writing.")
m.q("The council has no effective mechanism for resolving disputes between members and officers and complaints are not recorded",
    ["misquote", "minor"], "correct", ["2.3.5"], "2.3.5", "report", "stitched",
    "Two sentences of 2.3.5 stitched without marking the cut ('Complaints are dealt with informally by the Chief Executive' dropped).",
    source_text="The council has no effective mechanism for resolving disputes between members and officers. Complaints are dealt with informally by the Chief Executive and are not recorded.",
    strict=False)
m.q("a culture of fear at every level of the organisation", "not_found", "missing", [], None, None, "invented",
    "Presented as the inspectors' description; no source says it.")
m.q("the Leader acted improperly in approving the purchase of the Westgate Retail Park", "out_of_context", "correct", ["2.1.4"],
    "2.1.4", "report", "denial_dropped", "2.1.4 says 'We do not suggest that the Leader acted improperly ...'.",
    source_text="We do not suggest that the Leader acted improperly in approving the purchase of the Westgate Retail Park.",
    context_dropped="We do not suggest that")
m.q("We do not suggest that the Leader acted improperly", "verbatim", "correct", ["2.1.4"], "2.1.4", "report",
    "exact_context_restored", "Control: the Monitoring Officer restores the denial.")
m.q("under urgency procedures without a business case being presented to Cabinet", "verbatim", "correct", ["2.1.4"],
    "2.1.4", "report", "exact", "Cited as 'the same paragraph' (2.1.4) in the sentence.")
m.q("a reckless gamble with public money", "not_found", "wrong", ["4.3"], None, None, "invented",
    "Invented phrase; 'para 4.3' (commercial investment) holds no such words.")
m.q("the council borrowed £168 million to acquire three commercial properties", "misquote", "correct", ["4.3.1"], "4.3.1",
    "report", "changed_number", "Report says £186 million (digits transposed).",
    source_text="the council borrowed £186 million to acquire three commercial properties")
m.q("the acquisitions were waved through on outside advice that members never questioned", "paraphrase", "correct",
    ["4.3.3"], "4.3.3", "report", "reworded",
    "Same meaning as 4.3.3 in other words, presented in quotation marks.",
    source_text="We found that the acquisitions were approved on the basis of external advice that was not tested by members.")
m.q("A forced sale in the present market could crystallise losses of more than £40 million", "verbatim", "unverifiable",
    [], "4.3.5", "report", "exact_page_citation",
    "Words of 4.3.5; cited '(p. 9)', a page of a .docx, which has no pages.", cited_pages=[9])
m.q("the council's finances are stable", "out_of_context", "correct", ["2.1.2"], "2.1.2", "report", "attribution_dropped",
    "The Leader's own view, reported in 2.1.2 and rejected there, presented as what the inspectors recognised.",
    source_text="The Leader told us that the council's finances are stable and that the reserves are sufficient to meet any foreseeable pressure. We do not share that view, for the reasons given in chapter 4.",
    context_dropped="The Leader told us that")
m.q("the reserves are sufficient to meet any foreseeable pressure", "verbatim", "correct", ["2.1.2"], "2.1.2", "report",
    "exact_context_restored", "Control: attributed to the Leader, as in 2.1.2.")
m.q("We do not share that view", "verbatim", "correct", ["2.1.2"], "2.1.2", "report", "exact", "Exact words of 2.1.2.")
m.q("The council's general fund reserve fell from £14.2 million in March 2021 to £6.1 million in March 2024", "verbatim",
    "wrong", ["4.1.2"], "4.2.1", "report", "exact_wrong_paragraph", "Words are 4.2.1's; 4.1.2 is about commercial income assumptions.")
m.q("the general fund reserve will be exhausted by March 2028", "out_of_context", "correct", ["4.1.5"], "4.1.5", "report",
    "condition_dropped", "4.1.5 makes this conditional: 'Unless the council acts quickly to close the budget gap'.",
    source_text="Unless the council acts quickly to close the budget gap, we consider that the general fund reserve will be exhausted by March 2028.",
    context_dropped="Unless the council acts quickly to close the budget gap", strict=False)
m.q("serious but recoverable if action was taken in the 2026/27 budget", "verbatim", "correct", ["4.1.4"], "4.1.4",
    "report", "exact", "The Section 151 Officer's view as the report records it; she keeps the attribution.")
m.q("restores the general fund reserve to at least £4 million by March 2028", "verbatim", "correct", ["R1"], "R1", "report",
    "exact", "Recommendation 1, cited '(R1)'.")
m.q("significant weakness in the council's arrangements for financial sustainability and governance", "verbatim",
    "unverifiable", [], "1.1.2", "report", "exact_other_document",
    "Cited to the External Auditor's Annual Report, not a source; the words also stand in 1.1.2 of the report.",
    cited_document="other", strict=False)
m.q("The council awarded 38 contracts … without competition, by means of waivers of contract procedure rules", "minor",
    "correct", ["6.1.1"], "6.1.1", "report", "ellipsis",
    "Ellipsis marks the omitted 'with a combined value of £12.7 million'.",
    source_text="The council awarded 38 contracts with a combined value of £12.7 million without competition, by means of waivers of contract procedure rules, in 2024 and 2025.")
m.q("The council's contracts register listed only 64% of contracts above £25,000", "verbatim", "wrong", ["6.1.7"], "6.1.4",
    "report", "exact_nonexistent_paragraph", "There is no paragraph 6.1.7 (6.1 has four); the words are 6.1.4's.")
m.q("appointing at least one independent member", "verbatim", "wrong", ["R5"], "R6", "report", "exact_wrong_recommendation",
    "Words of Recommendation 6, cited as Recommendation 5 (member-officer protocol).")
m.q("The Council has not adopted a homelessness and rough sleeping strategy since its previous strategy expired in 2024",
    "minor", "correct", ["7.1.3"], "7.1.3", "report", "changed_capital",
    "'council' capitalised; otherwise 7.1.3 verbatim.",
    source_text="The council has not adopted a homelessness and rough sleeping strategy since its previous strategy expired in 2024.")
m.q("58% of major planning applications within 13 weeks", "verbatim", "correct", ["7.2.1"], "7.2.1", "report", "exact",
    "Fragment of 7.2.1.")
m.q("a Lead Commissioner, a Finance Commissioner and a Governance Commissioner", "verbatim", "correct", [], "4", "letter",
    "exact_letter_alias", "Letter paragraph 4, cited by the alias 'Letter from SoS to CEX 12/11/26'.", cited_document="letter")
m.q("will keep the intervention under review and will not hesitate to extend it if the council does not make sufficient progress",
    "verbatim", "correct", [], "6", "letter", "exact_letter_by_date",
    "Letter paragraph 6, cited as 'the letter of 12 November'.", cited_document="letter")
m.q("The Directions will remain in force until 30 November 2028", "misquote", "correct", [], "5", "letter", "changed_date",
    "The letter says 30 November 2029.", source_text="The Directions will remain in force until 30 November 2029",
    cited_document="letter")

# claims
m.c("The Chief Executive reported that the inspectors had interviewed 96 people and observed 14 meetings over eleven weeks.",
    "supported", "foreword", "report", [],
    [F("96", "holds", "96"), F("14", "holds", "14"), F("eleven weeks", "holds", "eleven weeks")],
    "Over eleven weeks we interviewed 96 members, officers and partners, observed 14 meetings", "figures_exact",
    "Foreword (also 1.2.1-1.2.2).")
m.c("The Chair noted that, according to paragraph 5.1.3, the committee had carried out only one in-depth review since 2022.",
    "supported", "5.1.3", "report", ["5.1.3"], [F("one", "holds", "only one")],
    "It has carried out only one in-depth review since 2022.", "figures_exact", "Cited paragraph carries it.")
m.c("Of the 32 recommendations the committee had made since 2023, fewer than half had been accepted by Cabinet, the report found.",
    "supported", "5.2.2", "report", [], [F("32", "holds", "32"), F("fewer than half", "holds", "14 of 32 (44%)")],
    "Of 32 recommendations made by the committee to Cabinet since 2023, Cabinet accepted 14", "figure_in_words_attribution_at_end",
    "14/32 = 44%.")
m.c("He said that the report showed fewer than one in five of the committee's recommendations had been implemented.",
    "supported", "5.2.2", "report", [], [F("fewer than one in five", "holds", "6 of 32 (19%)")],
    "we could find evidence that only 6 had been implemented", "share_computed", "6/32 = 18.75%.")
m.c("The Vice-Chair added that, in paragraph 5.3.1, the inspectors recorded that four decisions had been called in during 2024 and 2025 and none referred back.",
    "supported", "5.3.1", "report", ["5.3.1"], [F("four", "holds", "Four")],
    "Four decisions were called in during 2024 and 2025. In none of those cases did the committee refer the decision back to Cabinet.",
    "figures_exact", "Cited paragraph.")
m.c("She also referred to the Local Government Association peer challenge of 2025, which had found that scrutiny in Elmsworth lacked independence.",
    "unverifiable", None, None, [], [], None, "named_other_document",
    "An LGA peer challenge is not among the sources.", cited_document="other")
m.c("A member of the administration suggested that the report considered the scrutiny function adequately resourced once the new post was taken into account.",
    "not_supported", "5.1.2", "report", [], [],
    "The committee has not been given the resources it needs to carry out its role.", "contradiction_other_words",
    "Report says scrutiny has not been given the resources it needs; it says nothing of the new post.",
    strict=False)
m.c("The Chief Executive corrected this: the figure related to staff.",
    "supported", "2.4.2", "report", [], [],
    "47% said that they would not feel safe raising concerns about the conduct of a member or senior officer",
    "continuation_correction", "Continues the survey attribution; 47% is of staff respondents (2.4.2, Table 1).", strict=False)
m.c("The Monitoring Officer advised that, as paragraph 3.2.1 set out, 23 key decisions had been taken under urgency in 2023/24, nearly treble the 8 taken in 2021/22.",
    "supported", "3.2.1", "report", ["3.2.1"],
    [F("23", "holds", "23"), F("nearly treble", "holds", "23 vs 8 (2.9x)"), F("8", "holds", "8")],
    "The council took 23 key decisions under urgency procedures in 2023/24, compared with 8 in 2021/22.", "multiple",
    "23/8 = 2.875.")
m.c("Eleven of those decisions had not been reported to this committee as the constitution required.",
    "supported", "3.2.1", "report", [], [F("Eleven", "holds", "Eleven")],
    "Eleven of those decisions were not reported to the Overview and Scrutiny Committee as the constitution requires.",
    "continuation", "Continues the attribution of the previous sentence (paragraph 3.2.1).")
m.c("The Councillor for Lower Holcombe said paragraph 3.2.4 showed that nine urgent decisions worth £61.4 million concerned the commercial property portfolio.",
    "elsewhere", "3.2.2", "report", ["3.2.4"], [F("nine", "holds", "nine"), F("£61.4 million", "holds", "£61.4 million")],
    "Of the 23 urgent decisions, nine concerned the council's commercial property portfolio and had a combined value of £61.4 million.",
    "wrong_paragraph", "True of 3.2.2; 3.2.4 is about Cabinet reports.")
m.c("The Monitoring Officer said the register of members' interests was incomplete for 11 members when the inspectors examined it, as recorded in paragraph 3.3.5.",
    "elsewhere", "3.3.3", "report", ["3.3.5"], [F("11", "holds", "11")],
    "The register of members' interests was incomplete for 11 members when we examined it in May 2026.",
    "nonexistent_paragraph", "There is no 3.3.5 (3.3 has four paragraphs); true of 3.3.3.")
m.c("Staff told the inspectors that the remaining directors had workloads leaving little room for strategic planning.",
    "supported", "2.2.3", "report", [], [],
    "Officers told us that the remaining directors carry workloads that leave little room for strategic planning.",
    "inspectors_as_object", "Report: 'Officers told us'.")
m.c("The report is said to praise the committees on licensing and on the environment for constructive working between members and officers.",
    "supported", "2.3.4", "report", [], [],
    "Many members and officers work together constructively, particularly in the committees on licensing and on the environment.",
    "hedged", "Hedged attribution.", hedge="is said to")
m.c("The Chief Executive said that nearly half of staff who responded to the survey would not feel safe raising concerns, according to the inspectors.",
    "supported", "2.4.2", "report", [], [F("nearly half", "holds", "47%")],
    "47% said that they would not feel safe raising concerns about the conduct of a member or senior officer",
    "figure_in_words_attribution_at_end", "47% of respondents.")
m.c("The Councillor for Castle Ward said 47% of councillors had told the inspectors they would not feel safe raising concerns.",
    "figure_differs", "2.4.2", "report", [], [F("47%", "differs", "47% of staff respondents")],
    "47% said that they would not feel safe raising concerns about the conduct of a member or senior officer",
    "right_figure_other_thing", "47% is of staff survey respondents, not councillors.")
m.c("The report appears to accept that the council's staff survey results were broadly consistent with its own 2024 survey.",
    "supported", "2.4.4", "report", [], [],
    "These results are broadly consistent with the council's own staff survey of 2024", "hedged",
    "Hedged ('appears to accept'); 2.4.4 says so.", hedge="appears to accept")
m.c("The Councillor for Bridge Ward stated that paragraph 4.3.2 recorded a shortfall in commercial income of £4.3 million in 2023/24.",
    "figure_differs", "4.3.2", "report", ["4.3.2"], [F("£4.3 million", "differs", "£3.4 million")],
    "Income from the portfolio fell short of the budgeted level by £3.4 million in 2023/24.", "figure_differs",
    "Shortfall was £3.4 million (£4.3 million is temporary accommodation spend, 7.1.1).")
m.c("The Chair said the report found that the Audit and Governance Committee had been consulted on each of the three acquisitions.",
    "not_supported", "4.3.3", "report", [], [F("three", "holds", "three commercial properties")],
    "The Audit and Governance Committee was not consulted on any of them.", "contradiction",
    "4.3.3 says it was not consulted on any of them.")
m.c("The Section 151 Officer said that borrowing costs were now £7.9 million a year, which the report says is about 38% of the net revenue budget.",
    "supported", "4.3.4", "report", [], [F("£7.9 million", "holds", "£7.9 million"), F("38%", "holds", "about 38%")],
    "The council's borrowing costs now amount to £7.9 million a year, equivalent to about 38% of its net revenue budget.",
    "figures_exact", "4.3.4.")
m.c("The Councillor for Kingsmead said the inspectors had found that borrowing costs took up nearly two-fifths of the council's net revenue budget.",
    "supported", "4.3.4", "report", [], [F("nearly two-fifths", "holds", "about 38%")],
    "equivalent to about 38% of its net revenue budget", "figure_in_words", "38% is nearly 40%.", strict=False)
m.c("The Leader said the report accepted that the council's finances were stable.",
    "not_supported", "2.1.2", "report", [], [],
    "The Leader told us that the council's finances are stable and that the reserves are sufficient to meet any foreseeable pressure. We do not share that view, for the reasons given in chapter 4.",
    "quoted_view_as_finding", "The Leader's own view, which the inspectors reject.")
m.c("The Councillor for Riverside noted that the general fund reserve had more than halved between 2021 and 2024 according to the inspectors.",
    "supported", "4.2.1", "report", [], [F("more than halved", "holds", "£14.2m to £6.1m")],
    "The council's general fund reserve fell from £14.2 million in March 2021 to £6.1 million in March 2024.",
    "multiple", "6.1/14.2 = 43%.")
m.c("He added that total usable reserves had fallen by £19.4 million over the same period, as Table 2 showed.",
    "supported", "Table 2", "report", ["Table 2"], [F("£19.4 million", "holds", "37.0 - 17.6")],
    "Total 37.0 31.2 23.7 17.6", "difference_computed",
    "37.0 - 17.6 = 19.4 (coincides with the 2022 earmarked figure, which is not what is meant).")
m.c("The Section 151 Officer confirmed that the report put the budget gap at £9.8m over three years, against identified savings of £3.1m.",
    "supported", "4.1.1", "report", [], [F("£9.8m", "holds", "£9.8 million"), F("£3.1m", "holds", "£3.1 million")],
    "identifies a budget gap of £9.8 million over the three years to 2028/29. The council has identified savings of only £3.1 million towards that gap.",
    "units_other_way", "£9.8m / £3.1m.")
m.c("That left £6.7 million of the gap still to be found.",
    "supported", "4.1.1", "report", [], [F("£6.7 million", "holds", "£9.8m - £3.1m")],
    "identifies a budget gap of £9.8 million over the three years to 2028/29. The council has identified savings of only £3.1 million towards that gap.",
    "continuation_difference", "Continues the previous sentence; 9.8 - 3.1 = 6.7.")
m.c("The Councillor for Fenwick said the report criticised the council's management of its pension fund.",
    "not_supported", None, None, [], [], None, "subject_absent",
    "The sources never mention a pension fund.", absent_words=["pension"])
m.c("The Chief Executive noted that only 11 of the 64 actions in the improvement plan had been completed by the end of the inspectors' fieldwork, under one in five.",
    "supported", "9.1.1", "report", [], [F("11", "holds", "11"), F("64", "holds", "64"), F("under one in five", "holds", "11/64 = 17%")],
    "The council has an improvement plan, adopted in March 2026, containing 64 actions. Only 11 had been completed when we finished our fieldwork.",
    "share_computed", "11/64 = 17%.")
m.c("The Chief Executive explained that, under the Secretary of State's letter, the Directions would remain in force until 30 November 2029.",
    "supported", "5", "letter", [], [F("30 November 2029", "holds", "30 November 2029")],
    "The Directions will remain in force until 30 November 2029", "letter_claim", "Letter paragraph 5.",
    cited_document="letter")
m.c("The letter also required the council to prepare an improvement and recovery plan within three months.",
    "figure_differs", "5", "letter", [], [F("three months", "differs", "six months")],
    "The council must prepare an improvement and recovery plan, to the satisfaction of the Commissioners, within six months.",
    "letter_claim_figure_differs", "Letter says six months.", cited_document="letter")

for t in ["Councillor for Abbey Ward (Chair)",
          "Apologies were received from the Councillor for Westgate Ward.",
          "No other declarations were made.",
          "RESOLVED that the minutes of the meeting held on 15 October 2026 be approved as a correct record and signed by the Chair.",
          "(a) That the committee notes the report of the Best Value inspection and the Secretary of State's letter of 12 November 2026.",
          "(c) That the committee recommends to Cabinet that the number of signatures required for call-in be reduced from five to three.",
          "The Chair thanked the Chief Executive, the Section 151 Officer and the Monitoring Officer for their attendance.",
          "The Chief Executive said that officers would in future report every urgent decision to the next meeting of the committee.",
          "The Scrutiny Officer undertook to check the record.",
          "The meeting closed at 9.12 pm."]:
    m.nc(t)
m.save()

# ---------------------------------------------------------------- newsletter
n = Doc('newsletter-residents.txt', 'newsletter')
n.q("a council whose staff are committed to the district", "verbatim", "correct", ["foreword"], "foreword", "report",
    "exact", "Foreword.")
n.q("We found no evidence of fraud or corruption", "verbatim", "correct", ["3.3.2"], "3.3.2", "report", "exact",
    "First sentence of 3.3.2.")
n.q("has not confronted the scale of its financial and governance problems", "verbatim", "correct", ["foreword"],
    "foreword", "report", "exact", "Foreword ('whose leadership has not confronted ...').")
n.q("a council in denial", "not_found", "wrong", ["foreword"], None, None, "invented",
    "The foreword never says it.")
n.q("Political relationships are poor", "verbatim", "correct", ["2.1.5"], "2.1.5", "report", "exact", "2.1.5.")
n.q("challenge is treated as disloyalty", "out_of_context", "missing", [], "2.1.5", "report", "attribution_dropped",
    "Presented as what the inspectors found; 2.1.5 reports it as what opposition members described.",
    source_text="Members of the opposition groups described a culture in which challenge is treated as disloyalty.",
    context_dropped="Members of the opposition groups described a culture in which")
n.q("key decisions are often shaped in informal meetings", "verbatim", "correct", ["2.1.3"], "2.1.3", "report", "exact", "2.1.3.")
n.q("Several members told us they learnt of significant proposals from the local press", "minor", "correct", ["2.1.3"],
    "2.1.3", "report", "spelling_variant", "'learned' written 'learnt'.",
    source_text="Several members told us they learned of significant proposals from the local press.")
n.q("staff were frightened of members", ["misquote", "out_of_context"], "missing", [], "2.3.3", "report",
    "word_dropped_and_attribution_dropped",
    "Drops 'some' (all members rather than some) and the attribution to one officer.",
    source_text="One officer told us that staff were frightened of some members and avoided putting advice in writing.",
    strict=False)
n.q("three chief executives, two of them interim, in the last four years", "verbatim", "unverifiable", [], "2.2.1",
    "report", "exact_page_citation", "Cited 'page 6 of the report': a .docx has no pages.", cited_pages=[6])
n.q("The post of Monitoring Officer was vacant for seven months in 2025", "verbatim", ["correct", "wrong"], ["2.2"],
    "2.2.2", "report", "exact_section_citation",
    "Cited 'para 2.2', the sub-section holding 2.2.2; no place is labelled 2.2.", strict=False)
n.q("the top team has been cut almost in half", ["paraphrase", "misquote"], "missing", [], "2.2.3", "report", "reworded",
    "Nine posts to five put in other words.",
    source_text="The senior leadership team has been reduced from nine posts to five since 2021.", strict=False)
n.q("Only 34% of respondents agreed that senior leaders communicated a clear vision", "verbatim", "correct", ["2.4.2"],
    "2.4.2", "report", "exact", "2.4.2.")
n.q("Nearly a third of respondents, 32%, said that they had experienced or witnessed bullying", "misquote", "correct",
    ["2.4.3"], "2.4.3", "report", "changed_number", "Report: 'Nearly a quarter of respondents, 23%'.",
    source_text="Nearly a quarter of respondents, 23%, said that they had experienced or witnessed bullying")
n.q("The council has no effective mechanism for resolving disputes between members and officers", "verbatim", "correct",
    ["2.3.5"], "2.3.5", "report", "exact", "2.3.5.")
n.q("The scheme of delegation allows officers to take decisions of up to £500,000 without reference to members ... it is not consistently monitored",
    "minor", "correct", ["3.1.2"], "3.1.2", "report", "ellipsis",
    "Ellipsis marks the omitted 'This threshold is high ... and we found that'.",
    source_text="The scheme of delegation allows officers to take decisions of up to £500,000 without reference to members. This threshold is high for a council of Elmsworth's size and we found that it is not consistently monitored.")
n.q("only a dozen councillors bothered to turn up to constitution training", ["paraphrase", "misquote"], "missing", [],
    "3.1.4", "report", "reworded",
    "Report: 'Only 12 members attended the constitution training'; 'bothered' adds a judgement.",
    source_text="Only 12 members attended the constitution training offered after the 2023 elections.", strict=False)
n.q("used only where a delay would seriously prejudice the council's interests", "verbatim", ["correct", "missing"],
    ["3.2.5"], "3.2.5", "report", "exact_context_restored",
    "Control: attributed to the council's own submission as in 3.2.5; the '(3.2.5)' follows the next quotation in the same sentence.",
    strict=False)
n.q("urgency was frequently used to meet deadlines that had been known for months", "verbatim", "correct", ["3.2.5"],
    "3.2.5", "report", "exact", "3.2.5.")
n.q("an average of 147 days", "verbatim", "correct", ["3.3.2"], "3.3.2", "report", "exact", "3.3.2.")
n.q("The number of households in temporary accommodation rose from 97 in March 2021 to 212 in March 2026", "verbatim",
    "correct", ["7.1.1"], "7.1.1", "report", "exact", "7.1.1.")
n.q("caseloads of more than 90 households per officer", "verbatim", "missing", [], "7.1.4", "report", "exact_uncited",
    "7.1.4, no citation.")
n.q("Members overturned officer recommendations on 15 occasions in 2025", "verbatim", "wrong", ["7.2.2"], "7.2.3",
    "report", "exact_wrong_paragraph", "Words are 7.2.3's; 7.2.2 is about the local plan.")
n.q("the Council lost six of the seven appeals that followed and paid £212,000 in costs", "minor", "correct", ["7.2.3"],
    "7.2.3", "report", "numbers_in_words_capital",
    "'6 of the 7' written 'six of the seven', 'Council' capitalised.",
    source_text="The council lost 6 of the 7 appeals that followed and paid £212,000 in costs.")
n.q("planning committee is out of control", "not_found", "missing", [], None, None, "invented",
    "Attributed to the inspectors ('as good as say'); no source says it.", strict=False)
n.q("the council pulled out of joint commitments at the last minute with no explanation", "paraphrase", "correct",
    ["8.1.2"], "8.1.2", "report", "reworded", "Partners' account in 8.1.2 in other words; attribution to partners kept.",
    source_text="Two partners told us that the council had withdrawn from joint commitments at short notice without explanation.")
n.q("unlikely to make the necessary improvements without external support and intervention", "verbatim", "correct",
    ["9.2.2"], "9.2.2", "report", "exact_footnote_citation", "Cited by footnote [1] -> 'Report, paragraph 9.2.2.'")
n.q("The plan does not address the council's financial position", "verbatim", "correct", ["9.1.2"], "9.1.2", "report",
    "exact", "9.1.2.")
n.q("We are confident that the political leadership shares that view", "misquote", "correct", ["9.1.3"], "9.1.3",
    "report", "negation_dropped", "9.1.3 says 'We are not confident ...'.",
    source_text="We are not confident that the political leadership shares that view.")
n.q("The report makes for sobering reading", "verbatim", "correct", [], "2", "letter", "exact_letter",
    "Letter paragraph 2.", cited_document="letter")
n.q("I am appointing three commissioners: a Lead Commissioner, a Finance Commissioner and a Governance Commissioner",
    "minor", "correct", [], "4", "letter", "changed_capital", "'Commissioners' lower-cased.",
    source_text="I am appointing three Commissioners: a Lead Commissioner, a Finance Commissioner and a Governance Commissioner.",
    cited_document="letter")
n.q("the Commissioners will run the council's finances", ["paraphrase", "misquote"], "correct", [], "4", "letter",
    "reworded", "Letter: Commissioners 'will exercise functions relating to the council's financial management'.",
    source_text="The Commissioners will exercise functions relating to the council's financial management",
    cited_document="letter", strict=False)
n.q("their first report within three months", "misquote", "correct", [], "6", "letter", "changed_number",
    "Letter: 'their first report within six months'.",
    source_text="I expect the Commissioners to provide me with their first report within six months",
    cited_document="letter")
n.q("a judgement on the many dedicated staff of the council", ["out_of_context", "misquote"], "missing", [], "7",
    "letter", "denial_dropped", "Letter: 'this intervention is not a judgement on ...'.",
    source_text="I want to be clear that this intervention is not a judgement on the many dedicated staff of the council, whom the inspectors found to be committed to the district.",
    context_dropped="this intervention is not")
n.q("this intervention is not a judgement on the many dedicated staff", "verbatim", "correct", [], "7", "letter",
    "exact_context_restored", "Control: the denial restored; cited 'letter of 12 November'.", cited_document="letter")
n.q("a safe route for staff to raise concerns about the conduct of members and senior officers", "verbatim", "correct",
    ["R9"], "R9", "report", "exact", "Recommendation 9.")
n.q("reduce its reliance on waivers", "verbatim", "wrong", ["R4"], "R7", "report", "exact_wrong_recommendation",
    "Words of R7; R4 is about scrutiny.")
n.q("the worst-run council in the county", "not_found", "missing", [], None, None, "invented",
    "Attributed to the inspectors via a newspaper; the newsletter itself says they did not say it.", strict=False)

# newsletter claims
n.c("Partners told the inspectors that officers are helpful and accessible at working level.",
    "supported", "8.1.1", "report", [], [],
    "Partners told us that the council's officers are helpful and accessible at working level.", "inspectors_as_object", "8.1.1.")
n.c("According to the report, more than three-quarters of staff who responded are proud to work for the council.",
    "supported", "2.4.1", "report", [], [F("more than three-quarters", "holds", "78%")],
    "78% of respondents said that they were proud to work for the council", "figure_in_words", "78%.")
n.c("That's nine senior posts down to five, according to paragraph 2.2.3.",
    "supported", "2.2.3", "report", ["2.2.3"], [F("nine", "holds", "nine"), F("five", "holds", "five")],
    "The senior leadership team has been reduced from nine posts to five since 2021.", "figures_exact_attribution_at_end",
    "2.2.3.")
n.c("The inspectors spoke to 31 of the council's 43 councillors, that's nearly three-quarters of us.",
    "supported", "1.2.1", "report", [], [F("31", "holds", "31"), F("43", "holds", "43"), F("nearly three-quarters", "holds", "31/43 = 72%")],
    "We interviewed 96 people, including 31 of the council's 43 members", "share_computed", "31/43 = 72%.")
n.c("The staff survey went to all 1,320 employees and 812 replied, just over 60 per cent.",
    "supported", "1.2.3", "report", [], [F("1,320", "holds", "1,320"), F("812", "holds", "812"), F("just over 60 per cent", "holds", "62%")],
    "It was sent to all 1,320 employees and received 812 responses, a response rate of 62%.", "rounded_units",
    "62%, written in words and rounded.", strict=False)
n.c("The inspectors found that 47% of staff would not feel safe raising concerns about a councillor or senior officer.",
    "supported", "2.4.2", "report", [], [F("47%", "holds", "47% of respondents")],
    "47% said that they would not feel safe raising concerns about the conduct of a member or senior officer",
    "figures_exact", "Respondents to the staff survey.")
n.c("The report says that 38% of staff said they felt safe raising concerns, see Table 1.",
    "supported", "Table 1", "report", ["Table 1"], [F("38%", "holds", "38%")],
    "I would feel safe raising concerns about a member or senior officer 38% 47%", "table_figure", "Table 1 row.")
n.c("Almost one in four had experienced or witnessed bullying or harassment in the last year.",
    "supported", "2.4.3", "report", [], [F("Almost one in four", "holds", "23%")],
    "Nearly a quarter of respondents, 23%, said that they had experienced or witnessed bullying or harassment at work in the previous twelve months.",
    "continuation_figure_in_words", "Continues the survey attribution; 23%.")
n.c("That's nearly five months!",
    "supported", "3.3.2", "report", [], [F("nearly five months", "holds", "147 days")],
    "an average of 147 days", "continuation_units", "147 days is about 4.8 months; continues the previous sentence.",
    strict=False)
n.c("The general fund reserve has dropped by £8.1m in three years, according to paragraph 4.2.1.",
    "supported", "4.2.1", "report", ["4.2.1"], [F("£8.1m", "holds", "£14.2m - £6.1m"), F("three years", "holds", "March 2021 to March 2024")],
    "The council's general fund reserve fell from £14.2 million in March 2021 to £6.1 million in March 2024.",
    "difference_computed", "14.2 - 6.1 = 8.1.")
n.c("Earmarked reserves halved too, from £22.8m to £11.5m (para 4.2.1).",
    "supported", "4.2.1", "report", ["4.2.1"], [F("halved", "holds", "22.8 to 11.5"), F("£22.8m", "holds", "£22.8 million"), F("£11.5m", "holds", "£11.5 million")],
    "Earmarked reserves fell over the same period from £22.8 million to £11.5 million.", "multiple_units", "11.5/22.8 = 50.4%.")
n.c("The council has drawn on reserves to balance the budget for five years running, the report says.",
    "figure_differs", "4.2.2", "report", [], [F("five years", "differs", "four years")],
    "The council has used reserves to balance its budget in each of the last four years.", "figure_differs", "Four years.")
n.c("The budget gap is £9.8 million, the inspectors say, and the council has only found a third of it.",
    "supported", "4.1.1", "report", [], [F("£9.8 million", "holds", "£9.8 million"), F("a third", "holds", "£3.1m of £9.8m (32%)")],
    "identifies a budget gap of £9.8 million over the three years to 2028/29. The council has identified savings of only £3.1 million towards that gap.",
    "share_computed", "3.1/9.8 = 32%.", strict=False)
n.c("The inspectors praised the council's medium-term financial strategy as realistic.",
    "not_supported", "4.1.2", "report", [], [],
    "The strategy relies on assumptions about commercial income that we consider optimistic.", "contradiction_other_words",
    "The report calls its assumptions optimistic.")
n.c("The council borrowed £186m to buy three properties outside the district (para 4.3.1).",
    "supported", "4.3.1", "report", ["4.3.1"], [F("£186m", "holds", "£186 million"), F("three", "holds", "three")],
    "the council borrowed £186 million to acquire three commercial properties outside the district", "units_other_way", "4.3.1.")
n.c("The inspectors say the office building in Kettering has been 40% empty since 2024.",
    "supported", "4.3.2", "report", [], [F("40%", "holds", "40% vacant")],
    "The office building has been 40% vacant since 2024.", "figures_exact", "4.3.2 (Kettering named in 4.3.1).")
n.c("Paragraph 4.3.3 says the Audit and Governance Committee was never consulted on any of the purchases.",
    "supported", "4.3.3", "report", ["4.3.3"], [],
    "The Audit and Governance Committee was not consulted on any of them.", "cited_correct", "4.3.3.")
n.c("The report also says selling up now could lose us over £40 million (paragraph 4.3.6).",
    "elsewhere", "4.3.5", "report", ["4.3.6"], [F("over £40 million", "holds", "more than £40 million")],
    "A forced sale in the present market could crystallise losses of more than £40 million.", "nonexistent_paragraph",
    "No 4.3.6 (4.3 has five paragraphs); true of 4.3.5.")
n.c("Temporary accommodation numbers more than doubled between 2021 and 2026, the report shows.",
    "supported", "7.1.1", "report", [], [F("more than doubled", "holds", "97 to 212")],
    "The number of households in temporary accommodation rose from 97 in March 2021 to 212 in March 2026.", "multiple",
    "212/97 = 2.19.")
n.c("Over 2,600 households were on the housing register in March 2026, according to the inspectors.",
    "supported", "7.1.2", "report", [], [F("Over 2,600", "holds", "2,640")],
    "There were 2,640 households on the housing register in March 2026.", "bound", "2,640.")
n.c("The report found that planning officers deal with more than 90 cases each.",
    "figure_differs", "7.1.4", "report", [], [F("more than 90", "differs", "more than 90 households per housing options officer")],
    "caseloads of more than 90 households per officer are well above those of comparable councils", "right_figure_other_thing",
    "The figure is housing options caseloads, not planning.")
n.c("The report suggests the waste contract has gone badly wrong, with missed collections more than quadrupling between 2023 and 2025.",
    "supported", "6.2.1", "report", [], [F("more than quadrupling", "holds", "1,150 to 4,870")],
    "Missed collections rose from 1,150 in 2023 to 4,870 in 2025.", "hedged_multiple", "4,870/1,150 = 4.2.",
    hedge="suggests")
n.c("Thirty-eight contracts worth £12.7m were handed out without competition in 2024 and 2025, say the inspectors (para 6.1.1).",
    "supported", "6.1.1", "report", ["6.1.1"], [F("Thirty-eight", "holds", "38"), F("£12.7m", "holds", "£12.7 million")],
    "The council awarded 38 contracts with a combined value of £12.7 million without competition", "units_other_way", "6.1.1.")
n.c("Most of those waivers, 29 in all, were signed off by just one director.",
    "supported", "6.1.2", "report", [], [F("29", "holds", "29")],
    "Waivers were approved by a single director in 29 of those cases.", "continuation", "Continues the attribution; 6.1.2.")
n.c("The report shows only 58 per cent of major planning applications were decided on time, compared with 88 per cent nationally.",
    "supported", "7.2.1", "report", [], [F("58 per cent", "holds", "58%"), F("88 per cent", "holds", "88%")],
    "the council determined 58% of major planning applications within 13 weeks or an agreed extension of time, against a national figure of 88%.",
    "units_other_way", "7.2.1.")
n.c("Councillors overturned officers 15 times in 2025 and the council lost six of the seven appeals, paying £212,000 in costs, the inspectors found.",
    "supported", "7.2.3", "report", [], [F("15", "holds", "15"), F("six of the seven", "holds", "6 of the 7"), F("£212,000", "holds", "£212,000")],
    "Members overturned officer recommendations on 15 occasions in 2025. The council lost 6 of the 7 appeals that followed and paid £212,000 in costs.",
    "figures_exact_attribution_at_end", "7.2.3.")
n.c("And in case you were wondering: the inspectors also criticised the council's handling of the new leisure centre contract.",
    "not_supported", None, None, [], [], None, "subject_absent", "No source mentions a leisure centre.",
    absent_words=["leisure"])
n.c("The Local Government Ombudsman's annual letter found the council's complaint handling was poor, too.",
    "unverifiable", None, None, [], [], None, "named_other_document", "Ombudsman's letter is not a source.",
    cited_document="other")
n.c("According to the report, the improvement plan had 64 actions and only 11 were done when the inspectors finished.",
    "supported", "9.1.1", "report", [], [F("64", "holds", "64"), F("11", "holds", "11")],
    "The council has an improvement plan, adopted in March 2026, containing 64 actions. Only 11 had been completed when we finished our fieldwork.",
    "figures_exact", "9.1.1.")
n.c("The Secretary of State's letter says the council's representations were received on 28 October 2026 and considered carefully.",
    "supported", "3", "letter", [], [F("28 October 2026", "holds", "28 October 2026")],
    "I have considered the council's representations of 28 October 2026 carefully.", "letter_claim",
    "Letter paragraph 3 ('representations of 28 October 2026').", cited_document="letter", strict=False)
n.c("In his letter, the Secretary of State said he had written to the council on 7 September setting out his proposal to intervene.",
    "figure_differs", "3", "letter", [], [F("7 September", "differs", "7 October 2026")],
    "I wrote to you on 7 October 2026 setting out my proposal to intervene and inviting representations.",
    "letter_claim_figure_differs", "The letter says 7 October.", cited_document="letter")
n.c("The letter says the Commissioners must report to the Secretary of State every six months.",
    "supported", "6", "letter", [], [F("six months", "holds", "every six months")],
    "I expect the Commissioners to provide me with their first report within six months and every six months thereafter.",
    "letter_claim", "Letter paragraph 6.", cited_document="letter")
n.c("The report recommends that the council brings in a new chief executive.",
    "not_supported", None, "report", [], [], None, "not_in_recommendations",
    "None of R1-R9 says so; 2.2.1 and 2.2.4 speak well of the present Chief Executive.")

for t in ["Dear neighbours,",
          "We'll be holding them to both.",
          "We don't agree with that one - give the new one a chance!",
          "Our surgeries are on the first Saturday of every month, 10am to 12 noon, at Holcombe Cross library.",
          "You can read the full report on the council's website.",
          "As always, we are nobody's party, just your neighbours.",
          "So we're stuck with them for now.",
          "But we do say things have to change."]:
    n.nc(t)
n.save()

for d in (m, n):
    from collections import Counter
    print(d.name, 'quotes', len(d.quotes), dict(Counter(q['verdict'][0] for q in d.quotes)),
          'citations', dict(Counter(q['citation'][0] for q in d.quotes)))
    print('   claims', len(d.claims), dict(Counter(c['verdict'][0] for c in d.claims)), 'not_claims', len(d.not_claims))
if ERR:
    print('\n'.join(ERR))
    sys.exit(1)
print('all label checks passed')
