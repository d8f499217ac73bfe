"""Rules that judge a claim's figures together (verifier/judging/claim_check.py), as tables of
figure results built by hand: no index, no model."""

import pytest

from verifier.judging.claim_check import _spanned
from verifier.models import FigureResult, FigureStatus
from verifier.reading.figures import find_figures


def _figures(claim: str, held: dict[str, str]):
    """The claim's figures as _check_figure leaves them: those in `held` hold in the given source
    sentence (at place 0), the others absent."""
    out = []
    for figure in find_figures(claim):
        if figure.text in held:
            out.append((FigureResult(figure, FigureStatus.HOLDS, held[figure.text], figure.text,
                                     "41"), 0, {0: 1}))
        else:
            out.append((FigureResult(figure, FigureStatus.ABSENT), None, {}))
    return tuple(out)


@pytest.mark.parametrize("claim, held, span", [
    pytest.param("38 per cent was taken in private, up from 14% three years earlier",
                 {"38 per cent": "In 2023/24, 38% of the items were taken in private.",
                  "14%": "The equivalent figure in 2020/21 was 14%."}, "holds",
                 id="years-of-two-sentences"),
    pytest.param("reserves fell from £14.2m to £5.8m in three years",
                 {"£14.2m": "It fell from £14.2 million in March 2021 to £5.8 million in March 2024.",
                  "£5.8m": "It fell from £14.2 million in March 2021 to £5.8 million in March 2024."},
                 "holds", id="years-of-one-sentence"),
    pytest.param("reserves fell from £14.2m to £5.8m in two years",
                 {"£14.2m": "It fell from £14.2 million in March 2021 to £5.8 million in March 2024.",
                  "£5.8m": "It fell from £14.2 million in March 2021 to £5.8 million in March 2024."},
                 "absent", id="a-span-that-differs-is-not-judged"),
    pytest.param("38 per cent was taken in private, up from 14% three years earlier",
                 {"38 per cent": "In 2023/24, 38% of the items were taken in private.",
                  "14%": "The equivalent figure was 14%."}, "absent",
                 id="one-year-named-spans-nothing"),
    pytest.param("112 waivers, three times as many as two years before",
                 {"112": "In 2023/24 the council approved 112 waivers."}, "absent",
                 id="no-other-figure-to-date-it"),
])
def test_a_number_of_years_holds_where_the_held_figures_are_dated(claim, held, span):
    figures = _spanned(_figures(claim, held))
    years = [r for r, _, _ in figures if r.figure.unit == "years"]
    assert len(years) == 1
    assert years[0].status.value == span
    if span == "holds":
        assert years[0].arithmetic.endswith(years[0].figure.text)


@pytest.mark.parametrize("text, names", [
    ("The Secretary of State’s letter of 14 November proposes three commissioners", True),
    ("In her letter dated 12 November 2024 the minister", True),
    ("the 14 November letter proposes", True),
    ("The council has until 3 December to make representations", False),
    ("commissioners will be in place until 30 November 2027", False),
])
def test_a_date_that_names_the_document_cited_is_not_checked(text, names):
    from verifier.judging.claim_check import _names_a_document
    from verifier.reading.figures import find_dates
    assert _names_a_document(text, find_dates(text)[0]) is names


@pytest.mark.parametrize("claim, whole_sentence, part", [
    pytest.param("only two of the nine posts were held by interim officers",
                 "At the time of our inspection, four of the nine posts on the Corporate Management "
                 "Team were held by interim officers.", ("differs", "four"), id="another-part-of-the-whole"),
    pytest.param("four of the nine posts were held by interim officers",
                 "At the time of our inspection, four of the nine posts on the Corporate Management "
                 "Team were held by interim officers.", ("holds", "four"), id="the-same-part"),
    pytest.param("only two of the council's nine posts were held by interim officers",
                 "At the time of our inspection, four of the council's nine posts were held by "
                 "interim officers.", ("differs", "four"), id="of-a-possessive"),
    pytest.param("17 out of 41 recommendations had been implemented",
                 "Of the 41 recommendations rated high priority, 17 had been implemented.", None,
                 id="the-source-does-not-write-it-as-a-part-of"),
])
def test_a_part_is_judged_with_its_whole(claim, whole_sentence, part):
    from verifier.judging.claim_check import _parts_of_wholes
    from verifier.models import Claim

    own = find_figures(claim)
    figures = tuple((FigureResult(f, FigureStatus.HOLDS, whole_sentence, f.text, "2.5"), 0, {0: 1})
                    if i == 1 else (FigureResult(f, FigureStatus.ABSENT), None, {})
                    for i, f in enumerate(own))
    judged = _parts_of_wholes(Claim(claim, 0, len(claim), figures=own), figures)
    first = judged[0][0]
    if part is None:
        assert first.status is FigureStatus.ABSENT
    else:
        assert (first.status.value, first.source_figure) == part


P44 = "Spending on agency and interim staff rose from £4.8 million in 2021/22 to £9.2 million in 2023/24."
P93 = ("The council's residents' survey of 2024 found that 34% of respondents were satisfied with the "
       "way the council runs things, compared with 52% in 2019.")


@pytest.mark.parametrize("claim, source, instead", [
    pytest.param("agency staff cost £9.2m in 2021/22", P44, "£4.8 million", id="dated-another-year"),
    pytest.param("agency staff cost £9.2m in 2023/24", P44, None, id="dated-the-same-year"),
    pytest.param("agency staff cost £9.2m", P44, None, id="undated-the-latest"),
    pytest.param("half of residents are satisfied", P93, "34%", id="undated-an-earlier-years-figure"),
    pytest.param("satisfaction fell from 52% to 34%", P93, None, id="the-claim-gives-both"),
    pytest.param("In 2019, 52% were satisfied", P93, None, id="dated-the-earlier-year"),
])
def test_a_figure_of_another_year(claim, source, instead):
    from verifier.judging.claim_check import _of_the_claims_year
    from verifier.reading.figures import compare

    own = find_figures(claim)
    theirs = find_figures(source)
    figure = own[0]
    held = next(f for f in theirs if f.unit == figure.unit and compare(figure, f))
    found = _of_the_claims_year(figure, held, source, frozenset(f.value for f in own))
    assert (found.text if found is not None else None) == instead


LABELS = ("", "", "1", "2", "3", "14")      # cover and contents unnumbered; PDF page 6 prints 14


@pytest.mark.parametrize("citation, cited", [
    pytest.param({"pages": (14,)}, True, id="the-page-as-printed"),
    pytest.param({"pages": (6,)}, True, id="the-page-as-the-pdf-counts"),
    pytest.param({"pages": (4,)}, False, id="another-page"),
    pytest.param({"page_labels": ("iii",)}, False, id="a-roman-page-not-printed-here"),
    pytest.param({"sections": ("6.6",)}, True, id="the-paragraph"),
    pytest.param({"sections": ("6",)}, True, id="a-chapter-covers-its-paragraphs"),
    pytest.param({"sections": ("6.1",)}, False, id="another-paragraph"),
])
def test_what_a_claims_citation_names(citation, cited):
    from index import Paragraph, ParagraphKind
    from verifier.judging.claim_check import _cited
    from verifier.models import Citation

    paragraph = Paragraph(order=40, section="6.6", heading="6 Audit", kind=ParagraphKind.NUMBERED,
                          first_page=6, last_page=6, text="Of the 41 recommendations, 17 were done.")
    assert _cited(paragraph, Citation(**citation), LABELS) is cited


P312 = "Complaints under the members' code of conduct rose from 12 in 2021 to 37 in 2023."


@pytest.mark.parametrize("claim, status", [
    pytest.param("Code of conduct complaints have quadrupled, from 12 to 37", "differs",
                 id="the-claims-own-change-divides-to-another-multiple"),
    pytest.param("Code of conduct complaints have trebled, from 12 to 37", None,
                 id="a-multiple-that-holds-is-left-to-the-rules-that-find-it"),
    pytest.param("Code of conduct complaints have quadrupled; there were 12 panels and 37 hearings",
                 None, id="not-written-from-to-beside-the-multiple"),
])
def test_a_multiple_the_claim_misstates(claim, status):
    from verifier.judging.claim_check import _misstated_multiple
    from verifier.models import Claim

    own = find_figures(claim)
    held = [(FigureResult(f, FigureStatus.HOLDS, P312, f.text, "3.12"), 0) for f in own
            if f.unit == ""]
    multiple = next(f for f in own if f.unit == "times")
    found = _misstated_multiple(Claim(claim, 0, len(claim), figures=own), multiple, held)
    assert (found[0].status.value if found else None) == status


@pytest.mark.parametrize("borrowed, verdict, reasons, figure_status, dropped", [
    pytest.param(True, "not_supported", ("not_carried",), None, True, id="the-writers-own-words"),
    pytest.param(True, "not_supported", ("never_discussed",), "absent", True,
                 id="its-figures-nowhere-either"),
    pytest.param(True, "unverifiable", ("evidence_unclear",), None, False,
                 id="a-check-by-hand-stays"),
    pytest.param(True, "not_supported", ("says_the_opposite",), None, False,
                 id="a-passage-says-the-opposite"),
    pytest.param(True, "not_supported", ("not_carried", "figure_not_found"), "holds", False,
                 id="a-figure-found"),
    pytest.param(False, "not_supported", ("not_carried",), None, False, id="attributed-itself"),
])
def test_a_sentence_the_sources_do_not_bear_on(borrowed, verdict, reasons, figure_status, dropped):
    from verifier.judging.claim_check import _the_writers_own
    from verifier.models import Claim, ClaimReason, ClaimResult, ClaimVerdict

    text = "Members know why: a decade of austerity and two years of inflation."
    figures = ()
    if figure_status:
        f = find_figures(text)[-1]
        figures = (FigureResult(f, FigureStatus(figure_status)),)
    result = ClaimResult(Claim(text, 0, len(text), borrowed=borrowed), ClaimVerdict(verdict),
                         figures, reasons=tuple(ClaimReason(r) for r in reasons))
    assert _the_writers_own(result) is dropped


@pytest.mark.parametrize("status, dropped", [
    pytest.param("holds", False, id="the-sources-give-its-figure"),
    pytest.param("differs", True, id="a-figure-of-the-writers-like-one-of-theirs"),
    pytest.param("absent", True, id="no-figure-of-it-in-the-sources"),
])
def test_a_figure_far_from_any_attribution(status, dropped):
    """A figure stated far from the document's attribution (issue 19) is a claim only when a
    figure of it holds in the sources; one that merely differs from theirs may be the writer's
    own number of another thing, and is never an accusation."""
    from verifier.judging.claim_check import _the_writers_own
    from verifier.models import Claim, ClaimResult, ClaimVerdict

    text = "Interest bills have risen by 78% in two years."
    f = find_figures(text)[0]
    assert f.text == "78%"
    verdict = {"holds": "supported", "differs": "figure_differs", "absent": "unverifiable"}[status]
    result = ClaimResult(Claim(text, 0, len(text), borrowed=True, distant=True),
                         ClaimVerdict(verdict), (FigureResult(f, FigureStatus(status)),))
    assert _the_writers_own(result) is dropped
    # a number in words that holds ("in two years") does not tie it to the sources
    two = find_figures(text)[-1]
    assert two.text == "two"
    result = ClaimResult(result.claim, ClaimVerdict.SUPPORTED,
                         (FigureResult(f, FigureStatus.ABSENT), FigureResult(two, FigureStatus.HOLDS)))
    assert _the_writers_own(result)


def test_an_undated_figure_of_a_change_is_not_set_aside():
    """"had 212 agency staff" may speak of 2021 in "rose from 212 in March 2021 to 634 in March
    2024": only a figure given as the point of comparison is the earlier one."""
    from verifier.judging.claim_check import _of_the_claims_year

    source = "Agency staff numbers rose from 212 in March 2021 to 634 in March 2024."
    (figure,) = find_figures("the council had 212 agency staff")
    held = find_figures(source)[0]
    assert _of_the_claims_year(figure, held, source, frozenset({212.0})) is None


SURVEY = ("Statement Agree (%) Neither (%) Disagree (%) I understand what is expected 86 7 7 "
          "The council acts on the results of staff surveys 12 34 54")


@pytest.mark.parametrize("claim, table, cell, other", [
    pytest.param("Only 34 per cent of staff agreed that the council listens", SURVEY, "34", True,
                 id="agreed-of-a-cell-under-neither"),
    pytest.param("Only 12 per cent of staff agreed that the council acts on surveys", SURVEY,
                 "12 34", False, id="agreed-under-agree"),
    pytest.param("54 per cent disagreed that the council acts on surveys", SURVEY, "54", False,
                 id="disagreed-under-disagree"),
    pytest.param("34 per cent of staff were unsure", SURVEY, "34", False,
                 id="no-column-named-no-judgement"),
    pytest.param("The reserve was 8.8 in 2022/23", "Indicator 2020/21 2021/22 2022/23 Reserve "
                 "14.2 11.9 8.8", "8.8", False, id="a-header-of-years-is-not-read"),
    # issue 19: a financial year labels a row and "£3.6 million" is one cell, so the amount is
    # under the amounts' column however many words the counts' header has
    pytest.param("£9.1 million of repairs went to contractors chosen without tenders",
                 "Year Number of tenders waived Value 2022/23 14 £3.6 million 2023/24 29 "
                 "£9.1 million", "£9.1", False, id="an-amount-under-its-column-of-amounts"),
])
def test_a_survey_cell_is_of_its_column(claim, table, cell, other):
    from verifier.judging.claim_check import _another_column
    from verifier.reading.figures import content_stems
    assert _another_column(content_stems(claim), table, table.index(cell)) is other


@pytest.mark.parametrize("claim, sentence, longer", [
    pytest.param("31 complaints against councillors in 2023/24 alone",
                 "The council received 31 complaints between April 2022 and March 2024.", True,
                 id="a-two-year-total-given-to-one-year"),
    pytest.param("31 complaints in 2023/24",
                 "The council received 31 complaints between April 2023 and March 2024.", False,
                 id="the-span-is-the-financial-year"),
    pytest.param("the reserve was £5m in 2024",
                 "Between 2019 and 2024 the reserve fell from £20m to £5m.", False,
                 id="one-end-of-a-change-is-that-years"),
    pytest.param("31 complaints between 2022 and 2024",
                 "The council received 31 complaints between April 2022 and March 2024.", False,
                 id="the-claim-gives-the-period"),
])
def test_a_figure_of_a_longer_period(claim, sentence, longer):
    from verifier.judging.claim_check import _of_a_longer_span
    from verifier.reading.figures import years_in
    source = [f for f in find_figures(sentence) if f.text in ("31", "£5m")][0]
    assert _of_a_longer_span(years_in(claim), source, sentence) is longer


RESERVE = ("The council's general fund reserve stood at £14.2 million at 31 March 2021. By 31 March "
           "2024 it had fallen to £5.3 million. Earmarked reserves fell from £22.7 million to £12.9 "
           "million.")


@pytest.mark.parametrize("claim, later", [
    pytest.param("Our general fund reserve still stands at more than £12 million", "£5.3 million",
                 id="the-present-is-the-later-figure"),
    pytest.param("Our general fund reserve stood at more than £12 million in 2021", None,
                 id="a-claim-of-that-year"),
    pytest.param("Our general fund reserve stood at more than £12 million", None,
                 id="a-claim-not-of-the-present"),
    pytest.param("Our general fund reserve still stands at more than £5 million", None,
                 id="holds-for-the-later-figure-too"),
])
def test_a_claim_of_the_present_is_of_the_latest_figure(claim, later):
    from verifier.judging.claim_check import _superseded
    (figure,) = [f for f in find_figures(claim) if f.unit == "£"]
    source = find_figures(RESERVE)[0]
    found = _superseded(figure, source, RESERVE, claim)
    assert (found[0].text if found else None) == later


@pytest.mark.parametrize("claim, sentence, figure, apart", [
    pytest.param("The report found 61 per cent of staff would recommend the council as a place "
                 "to work.", "In the parks and open spaces team, 61% of respondents said they "
                 "would recommend the council as a place to work.", "61%", True,
                 id="a-part-the-claim-does-not-name"),
    pytest.param("In the parks team 61 per cent of staff would recommend the council.",
                 "In the parks and open spaces team, 61% of respondents said they would "
                 "recommend the council as a place to work.", "61%", False,
                 id="the-claim-names-the-part"),
    pytest.param("and 58% of staff said the conduct came from a manager",
                 "Of those, 58% said the conduct came from a manager.", "58%", True,
                 id="a-share-of-those-just-counted"),
    pytest.param("and 58% said the conduct came from a manager",
                 "Of those, 58% said the conduct came from a manager.", "58%", False,
                 id="a-share-said-of-no-base"),
    pytest.param("and of those, 58% said the conduct came from a manager",
                 "Of those, 58% said the conduct came from a manager.", "58%", False,
                 id="the-claim-says-of-those-too"),
    pytest.param("The reserve stood at £6.1m.", "In 2023/24, the reserve stood at £6.1m.",
                 "£6.1m", False, id="a-year-is-no-part"),
    pytest.param("40% of staff felt unable to speak up.", "In our survey, 40% of staff felt "
                 "unable to speak up.", "40%", False, id="the-survey-is-no-part"),
    pytest.param("Spending rose by £2m.", "In addition, spending rose by £2m.", "£2m", False,
                 id="a-step-of-the-argument-is-no-part"),
])
def test_a_figure_framed_within_a_part(claim, sentence, figure, apart):
    from verifier.judging.claim_check import _measure
    from verifier.judging.claim_check import _framed_apart
    from verifier.models import Claim
    [own] = [f for f in find_figures(claim) if f.text.startswith(figure[:2])]
    measure = _measure(Claim(claim, 0, len(claim)), own)
    assert _framed_apart(claim, sentence, figure, measure) is apart


# A figure bound to what it counts (issue 19, claims9): the number a claim states is the source's
# figure of the same clause, year and part, not the nearest equal number. Sentences of our own.
HOUSING = ("In 2024/25 the housing service overspent its budget by £9.4 million, of which £5.2 "
           "million was in repairs and £1.1 million in void properties.")
AUDITS = ("Of the 40 planning files we examined, 23 did not record the reasons for the decision, "
          "and 8 did not include a site visit note.")
LEISURE = ("Income from the leisure centres was £3.3 million in 2023/24, against £6.0 million "
           "forecast in the outsourcing business case.")
GLOSSED = ("Slippage on the capital programme was 58% in 2023/24, meaning that more than half "
           "of the capital spending planned for the year did not happen.")
RISE = ("The council's borrowing rose from £120 million in March 2020 to £310 million in March "
        "2025, more than two and a half times as much.")
PHASES = ("The phase one estimate for the depot showed a cost of £2.4 million; the final account "
          "was a cost of £7.7 million.")
NAMED_BACK = ("In 2024/25 the Cabinet took 96 key decisions. Of these, 30 were taken under the "
              "urgency rules, which waive the usual notice. In 2020/21 the figure was 7.")


@pytest.mark.parametrize("claim, figure, source, holds, source_figure", [
    pytest.param("The housing service overspent its budget by £5.2 million in 2024/25.",
                 "£5.2 million", HOUSING, False, "£9.4 million", id="a-part-said-as-the-whole"),
    pytest.param("Repairs accounted for £5.2m of the housing overspend in 2024/25.", "£5.2m",
                 HOUSING, True, "£5.2 million", id="the-part-named"),
    pytest.param("The housing service overspent by £9.4m in 2024/25, £5.2m of it on repairs.",
                 "£5.2m", HOUSING, True, "£5.2 million", id="the-whole-and-its-part"),
    pytest.param("8 of the 40 planning files did not record the reasons for the decision.", "8",
                 AUDITS, False, "23", id="the-count-of-the-next-clause"),
    pytest.param("23 of the 40 planning files did not record the reasons for the decision.",
                 "23", AUDITS, True, "23", id="the-count-of-its-own-clause"),
    pytest.param("Leisure centre income was £6.0m in 2023/24.", "£6.0m", LEISURE, False,
                 "£3.3 million", id="the-forecast-said-as-the-outcome"),
    pytest.param("Leisure income was £3.3m, well short of the £6.0m forecast in the business "
                 "case.", "£6.0m", LEISURE, True, "£6.0 million", id="the-forecast-as-a-forecast"),
    pytest.param("The phase one estimate for the depot showed a cost of £7.7 million.",
                 "£7.7 million", PHASES, False, "£2.4 million",
                 id="words-both-clauses-share-decide-nothing"),
    pytest.param("In 2020/21 just 7 key decisions were taken under the urgency rules.", "7",
                 NAMED_BACK, True, "7", id="a-figure-named-back-takes-the-count-before-it"),
    pytest.param("Nearly six in ten pounds of the capital spending planned for 2023/24 did not "
                 "happen.", "Nearly six in ten", GLOSSED, True, "58%",
                 id="a-gloss-in-words-is-no-rival"),
    pytest.param("The council's borrowing has more than doubled since 2020, to £310m.", "£310m",
                 RISE, True, "£310 million", id="two-ends-of-one-change-are-no-rivals"),
])
def test_a_figure_is_of_its_own_clause(claim, figure, source, holds, source_figure):
    from verifier.reading.figures import clause_of, match_in
    own = find_figures(claim)
    [mine] = [f for f in own if f.text.endswith(figure)]
    found = match_in(mine, source, stated=tuple(f.value for f in own),
                     clause=clause_of(mine, claim))
    assert found is not None
    assert found.holds is holds
    assert found.source.text == source_figure


@pytest.mark.parametrize("claim_year, source_year, apart", [
    pytest.param((2024, 2025), (2023, 2024), True, id="two-financial-years-share-a-calendar-year"),
    pytest.param((2024, 2025), (2024, 2025), False, id="the-same-financial-year"),
    pytest.param((2024, 2024), (2023, 2024), False, id="a-calendar-year-within-a-financial-year"),
    pytest.param((2021, 2021), (2024, 2024), True, id="calendar-years-apart"),
])
def test_years_apart(claim_year, source_year, apart):
    from verifier.reading.figures import years_apart
    assert years_apart(claim_year, source_year) is apart


@pytest.mark.parametrize("sentence, share, of_a_part", [
    pytest.param("Almost two-thirds (64%) of those who had made a complaint said it was not "
                 "answered.", "64%", True, id="of-those-who-did-something"),
    pytest.param("Of 900 staff, 64% of those who responded said they were proud.", "64%", False,
                 id="those-who-answered-are-everyone"),
    pytest.param("64% of staff said they were proud.", "64%", False, id="of-everyone"),
])
def test_a_share_of_those_who_did_something(sentence, share, of_a_part):
    from verifier.judging.claim_check import _of_those_who
    assert _of_those_who(sentence, share) is of_a_part
