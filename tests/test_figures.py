"""Figures in claims and in the sources, compared deterministically (issue 10)."""

import pytest

from verifier.reading.figures import find_figures, match_in


@pytest.mark.parametrize("text, expected", [
    pytest.param("48% of respondents", [("48%", 48.0, "%", "=")], id="percent"),
    pytest.param("of a staff cohort of over 5,000, only 300 members of staff were interviewed",
                 [("over 5,000", 5000.0, "", ">"), ("300", 300.0, "", "=")], id="over_and_only"),
    pytest.param("more than 80 officers and 23 councillors (para 3.1)",
                 [("more than 80", 80.0, "", ">"), ("23", 23.0, "", "=")], id="bound_and_citation"),
    pytest.param("rose from £2.1 million in 2021/22 to £3.4 million in 2023/24",
                 [("£2.1 million", 2.1e6, "£", "="), ("£3.4 million", 3.4e6, "£", "=")], id="money_years"),
    pytest.param("met twelve times in the last municipal year", [("twelve", 12.0, "", "=")], id="word_number"),
    pytest.param("fewer than half of respondents", [("fewer than half", 50.0, "%", "<")], id="fraction"),
    pytest.param("one in four staff and more than eight in ten managers",
                 [("one in four", 25.0, "%", "="), ("more than eight in ten", 80.0, "%", ">")],
                 id="shares-in-words"),
    pytest.param("two-thirds of councillors", [("two-thirds", 100.0 * 2 * (1 / 3), "%", "=")],
                 id="two-thirds"),
    pytest.param("a staff of 5,000+", [("5,000+", 5000.0, "", ">=")], id="plus"),
    pytest.param("£6million in funding", [("£6million", 6e6, "£", "=")], id="money_glued"),
    pytest.param("under section 10 of the Local Government Act 1999 on 12/11/24 in May 2022",
                 [], id="statute_date_year"),
    pytest.param("According to paragraph 5.62, 23% of contracts", [("23%", 23.0, "%", "=")],
                 id="number_after_citation"),
    pytest.param("complaints rose to 90, more than four times as many as before",
                 [("90", 90.0, "", "="), ("more than four times", 4.0, "times", ">")],
                 id="times_as_many_is_a_multiple"),
    pytest.param("the panel sat 30 times in 2024, twice as often as in 2022, and met twice",
                 [("30", 30.0, "", "="), ("twice", 2.0, "times", "="), ("twice", 2.0, "", "=")],
                 id="times_as_often"),
    pytest.param("the meeting on Thursday, June 4, at 7.30pm and 10am", [], id="times_of_day_us_date"),
    # as a radio interview's transcript writes numbers (issue 19, claims9)
    pytest.param("the deficit is nine point four million pounds", [("nine point four million", 9.4e6, "£", "=")],
                 id="a-spoken-decimal"),
    pytest.param("forty-one point five per cent of tenants", [("forty-one point five per cent", 41.5, "%", "=")],
                 id="a-spoken-share"),
    pytest.param("down from twelve point two million pounds to four point one million.",
                 [("twelve point two million", 12.2 * 1e6, "£", "="),
                  ("four point one million", 4.1 * 1e6, "£", "=")], id="a-spoken-amount-takes-the-pounds-before"),
    pytest.param("spent £3m on 1.5 million visits", [("£3m", 3e6, "£", "="), ("1.5 million", 1.5e6, "", "=")],
                 id="a-count-of-a-noun-is-no-amount"),
    pytest.param("a gap of two point one million in 2025", [("two point one million", 2.1e6, "£", "=")],
                 id="millions-of-nothing-named-are-money"),
    pytest.param("the quarter three forecast and the phase two cost of £4m", [("£4m", 4e6, "£", "=")],
                 id="a-stage-named-by-its-number"),
    pytest.param("almost 1 in 3 tenants and 9 in 10 leaseholders",
                 [("almost 1 in 3", 100 / 3, "%", "≲"), ("9 in 10", 90.0, "%", "=")],
                 id="a-share-in-digits"),
    pytest.param("7 in 31 wards and 40 in 12 months",
                 [("7", 7.0, "", "="), ("31", 31.0, "", "="), ("40", 40.0, "", "="),
                  ("12", 12.0, "months", "=")], id="not-a-share-of-a-round-whole"),
    pytest.param("a shortfall of between £20m and £24m",
                 [("£20m", 20e6, "£", ">="), ("£24m", 24e6, "£", "<=")], id="a-range"),
    pytest.param("between 60 and 65 per cent of pupils",
                 [("60", 60.0, "%", ">="), ("65 per cent", 65.0, "%", "<=")],
                 id="a-range-whose-first-takes-the-unit"),
    pytest.param("numbers rose from 60 to 65", [("60", 60.0, "", "="), ("65", 65.0, "", "=")],
                 id="a-change-is-no-range"),
    pytest.param("14 decisions, up from three two years earlier, and forty-two in all",
                 [("14", 14.0, "", "="), ("three", 3.0, "", "="), ("two", 2.0, "years", "="),
                  ("forty-two", 42.0, "", "=")], id="a-unit-joins-only-a-tens-word"),
    pytest.param("Table 1: Directorate Budget 2024/25 (£m) Variance 2023/24 (£m) Children 78.3 1.2",
                 [("78.3", 78.3e6, "£", "="), ("1.2", 1.2e6, "£", "=")], id="table-in-pounds-million"),
    pytest.param("Spend (£000) Agency staff 2,140 Consultants 615",
                 [("2,140", 2.14e6, "£", "="), ("615", 615e3, "£", "=")], id="table-in-thousands"),
    pytest.param("Question (%) Agree 23 Disagree 47", [("23", 23.0, "%", "="), ("47", 47.0, "%", "=")],
                 id="table-of-shares"),
    pytest.param("Cost (£m) 4.6 Staff (%) 38 and 212 posts", [("38", 38.0, "", "="), ("212", 212.0, "", "=")],
                 id="two-declared-units-declare-none"),
    pytest.param("an independent review of the company (R6), as ES3 and B12 say", [],
                 id="a-place-label-is-no-figure"),
    pytest.param("within 24 hours in more than nine cases out of ten",
                 [("24", 24.0, "", "="), ("more than nine cases out of ten", 90.0, "%", ">")],
                 id="a-noun-inside-nine-out-of-ten"),
    pytest.param("the nine members out of 43 who replied",
                 [("nine", 9.0, "", "="), ("43", 43.0, "", "=")],
                 id="a-part-of-a-whole-that-is-not-round"),
    # Quantities written in words only (issue 19): each is a figure, linked to the source's.
    pytest.param("the deficit reached almost half a billion pounds",
                 [("almost half a billion pounds", 5e8, "£", "≲")], id="money-in-words"),
    pytest.param("a quarter of a million pounds on agency cover",
                 [("a quarter of a million pounds", 2.5e5, "£", "~")], id="a-quarter-of-a-million"),
    pytest.param("spent 4.5 million pounds and three million pounds",
                 [("4.5 million", 4.5e6, "£", "="), ("three million", 3e6, "£", "=")],
                 id="pounds-written-after"),
    pytest.param("the post stood empty for almost a year and the plan took a decade",
                 [("almost a year", 1.0, "years", "≲"), ("a decade", 10.0, "years", "=")],
                 id="durations-in-words"),
    pytest.param("costs £5m a year and a year later rose again", [("£5m", 5e6, "£", "=")],
                 id="a-year-as-a-rate-or-a-date-is-no-length"),
    pytest.param("over two decades and within a fortnight",
                 [("over two decades", 20.0, "years", "="), ("a fortnight", 2.0, "weeks", "=")],
                 id="decades-and-fortnight"),
    pytest.param("a majority of councillors and the vast majority of tenants",
                 [("a majority", 50.0, "%", ">"), ("the vast majority", 75.0, "%", ">")],
                 id="majorities"),
    pytest.param("most councillors agreed, but at most 5 cases and the most serious one",
                 [("most", 50.0, "%", ">"), ("at most 5", 5.0, "", "<=")],
                 id="most-as-a-share-not-a-superlative"),
    pytest.param("almost all services and a minority of members",
                 [("almost all", 100.0, "%", "≲"), ("a minority", 50.0, "%", "<")],
                 id="almost-all-and-a-minority"),
    pytest.param("a handful of waivers and about a dozen complaints",
                 [("a handful", 5.0, "", "<="), ("about a dozen", 12.0, "", "~")],
                 id="handful-and-dozen"),
    pytest.param("a threefold rise and a four-fold increase",
                 [("threefold", 3.0, "times", "="), ("four-fold", 4.0, "times", "=")],
                 id="n-fold"),
    pytest.param("the hall was barely half full", [("barely half", 50.0, "%", "~")],
                 id="barely-is-about"),
    pytest.param("fly-tipping reports more than quadrupling while fines were set to halve",
                 [("more than quadrupling", 4.0, "times", ">"), ("halve", 0.5, "times", "=")],
                 id="multiples-in-other-forms-of-the-verb"),
    pytest.param("arrears nearly treble, more than double the target, a double standard",
                 [("nearly treble", 3.0, "times", "≲"), ("more than double", 2.0, "times", ">")],
                 id="a-base-form-after-a-bound-only"),
    pytest.param("it set aside its procurement rules 87 times in one year",
                 [("87", 87.0, "", "="), ("one year", 1.0, "years", "=")],
                 id="a-count-after-rules-is-no-rule-number"),
])
def test_find_figures(text, expected):
    assert [(f.text, f.value, f.unit, f.bound) for f in find_figures(text)] == expected


@pytest.mark.parametrize("text, groups", [
    pytest.param("48% of staff and 30% of councillors", ["staff", "councillors"], id="after"),
    pytest.param("a majority of tenants, 61%, were satisfied", ["tenants"], id="apposed"),
    pytest.param("members of staff (44%) agreed", ["staff"], id="bracketed"),
    pytest.param("in 2024, 61% agreed", [""], id="a_year_is_no_group"),
])
def test_whose_figure(text, groups):
    assert [f.group for f in find_figures(text)] == groups




P63 = ("In 2023/24 the General Fund outturn was an overspend of £3.4 million, after the use of "
       "£7.2 million of one-off contingencies.")


@pytest.mark.parametrize("claim, source, status", [
    pytest.param("a staff of over 5,000 employees", "a staff of more than 5,000 employees", "holds",
                 id="over_is_more_than"),
    pytest.param("a staff of over 5,000 employees", "a staff of 5,000+ employees", "holds", id="over_is_plus"),
    pytest.param("only 300 members of staff were interviewed", "300 members of staff were interviewed",
                 "holds", id="only_is_the_number"),
    pytest.param("spoke to more than 80 officers", "spoke to 84 officers and 23 councillors", "holds",
                 id="bound_holds"),
    pytest.param("interviewers spoke to more than 90 planning officers",
                 "interviewers spoke to 84 planning officers and 23 councillors", "differs",
                 id="bound_fails"),
    pytest.param("spoke to more than 90 officers", "spoke to 84 officers and 23 councillors", None,
                 id="two_words_round_a_figure_say_not_which_it_misstates"),
    pytest.param("48% of respondents were uncomfortable raising concerns",
                 "46% of respondents were uncomfortable raising concerns", "differs", id="other_number"),
    pytest.param("a quarter of respondents agreed", "25% of respondents agreed", "holds",
                 id="a_quarter_is_25_percent"),
    pytest.param("a quarter of respondents agreed with the plan",
                 "31% of respondents agreed with the plan", "differs",
                 id="a_quarter_is_not_31_percent"),
    pytest.param("nearly half of respondents agreed", "47% of respondents agreed", "holds",
                 id="nearly_half_is_47_percent"),
    pytest.param("nearly half of respondents agreed with the plan",
                 "38% of respondents agreed with the plan", "differs",
                 id="nearly_half_is_not_38_percent"),
    pytest.param("nearly half of respondents agreed with the plan",
                 "52% of respondents agreed with the plan", "differs",
                 id="nearly_half_is_not_over_half"),
    pytest.param("nearly half of respondents agreed", "38% of respondents agreed", None,
                 id="two_shared_words_are_too_few_to_differ"),
    pytest.param("48 per cent of respondents agreed", "48.3% of respondents agreed", "holds",
                 id="as_precise_as_written"),
    pytest.param("£2.1m was spent on agency staff", "£2.13 million was spent on agency staff",
                 "holds", id="money_to_the_precision_written"),
    pytest.param("about 300 agency staff were employed", "312 agency staff were employed", "holds",
                 id="about_is_within_five_percent"),
    pytest.param("about 300 agency staff were employed", "330 agency staff were employed",
                 "differs", id="about_is_not_ten_percent_off"),
    pytest.param("fewer than half of respondents feel safe", "fewer than half of respondents feel safe",
                 "holds", id="fraction_as_written"),
    pytest.param("48% of respondents were uncomfortable raising concerns",
                 "48% of the budget was spent on agency staff", None, id="same_number_other_context"),
    pytest.param("met twelve times in the last municipal year",
                 "Scrutiny committees met eleven times in the last municipal year.", "differs",
                 id="word_numbers_differ"),
    pytest.param("some 4,800 staff", "The Authority employs approximately 4,800 staff.", "holds",
                 id="approximately_same_number"),
    pytest.param("the Authority employs some 4,800 staff",
                 "The Authority employs approximately 4,900 staff.", "differs",
                 id="never_by_rounding"),
    pytest.param("costing around £400,000 a year to keep secure",
                 "The council is paying around £410,000 a year to keep the building secure.", "holds",
                 id="a-guess-rounding-a-guess-to-its-own-precision"),
    pytest.param("costing around £420,000 a year to keep secure",
                 "The council is paying around £410,000 a year to keep the building secure.", "differs",
                 id="a-guess-with-a-figure-the-other-does-not-round-to"),
    # An irregular past form restates the report's noun: "overspent by" is "an overspend of".
    pytest.param("the General Fund overspent by £9.1 million in 2023/24", P63, "differs",
                 id="overspent_is_an_overspend"),
    pytest.param("the General Fund overspent by £3.4 million in 2023/24", P63, "holds",
                 id="overspent_by_the_same"),
    # A fall to a fraction is bounded on what it divides by: 0.41 is more than halved, 0.55
    # almost halved, 0.56 not more than halved (a multiple's bound, issue 19).
    pytest.param("the general fund reserve more than halved",
                 "The general fund reserve fell from £14.2 million to £5.8 million.", "holds",
                 id="more_than_halved_is_below_half"),
    pytest.param("the general fund reserve more than halved",
                 "The general fund reserve fell from £14.2 million to £8 million.", None,
                 id="more_than_halved_is_not_0_56"),
    pytest.param("complaints about housing repairs almost halved",
                 "Complaints about housing repairs fell from 1,104 to 612.", "holds",
                 id="almost_halved_is_just_above_half"),
    pytest.param("earmarked reserves halved", "Earmarked reserves fell from £22.8m to £11.5m.",
                 "holds", id="halved_is_near_half"),
    pytest.param("agency staff numbers doubled", "Agency staff numbers rose from 41 to 79.",
                 "holds", id="doubled_is_near_twice"),
    pytest.param("agency staff numbers doubled", "Agency staff numbers rose from 41 to 97.",
                 None, id="doubled_is_not_2_4_times"),
    # A number of years computed from the years of the source's sentence.
    pytest.param("code of conduct complaints rose from 22 to 63 in two years",
                 "Complaints under the code of conduct rose from 22 in 2021/22 to 63 in 2023/24.",
                 "holds", id="years_spanned"),
    pytest.param("code of conduct complaints rose in four years",
                 "Complaints under the code of conduct rose from 22 in 2021/22 to 63 in 2023/24.",
                 None, id="years_not_spanned"),
    # Whom a share is of: inherited within its sentence, named by a survey, never by a table's
    # next row.
    pytest.param("47% of councillors felt unable to raise concerns",
                 "Only 23% of staff who responded agreed that leaders listen, and 47% disagreed "
                 "that they felt able to raise concerns.", "differs", id="group_inherited_in_sentence"),
    pytest.param("47% of councillors felt unable to raise concerns",
                 "Table 1: Staff survey results (412 respondents) I feel able to raise concerns 38% 15% 47% "
                 "Members and officers treat each other with respect 29%", "differs",
                 id="group_of_the_survey_not_the_next_row"),
    # A flattened table's row ends at a share followed by a capital: 53% is the first row's.
    pytest.param("53 per cent of staff did not feel able to raise concerns",
                 "Senior leaders communicate openly with staff 23% 24% 53% I feel able to raise "
                 "concerns without fear of reprisal 38% 15% 47%", "differs", id="table_row_ends"),
])
def test_match_in(claim, source, status):
    figure = find_figures(claim)[0]
    found = match_in(figure, source)
    got = None if found is None else ("holds" if found.holds else "differs")
    assert got == status


@pytest.mark.parametrize("claim, source, status", [
    pytest.param("he had written to the council on 7 September setting out his proposal to intervene",
                 "I wrote to you on 7 October 2026 setting out my proposal to intervene.", "differs",
                 id="another_day"),
    pytest.param("he had written to the council on 7 October setting out his proposal to intervene",
                 "I wrote to you on 7 October 2026 setting out my proposal to intervene.", "holds",
                 id="same_day_year_left_out"),
    pytest.param("the council has until December 3 to make representations on the intervention",
                 "You may make representations on the proposed intervention by 3 December 2026.",
                 "holds", id="month-first-as-news-copy-writes-it"),
    pytest.param("the council has until December 13th, 2026 to make representations on the intervention",
                 "You may make representations on the proposed intervention by 3 December 2026.",
                 "differs", id="month-first-another-day"),
])
def test_dates(claim, source, status):
    from verifier.reading.figures import find_dates
    found = match_in(find_dates(claim)[0], source)
    assert (None if found is None else ("holds" if found.holds else "differs")) == status


def test_a_date_does_not_make_a_figure():
    # "The council will debate the report … on 2 April" is not a claim for its date.
    assert find_figures("The council will debate the report at a meeting on 2 April.") == ()


@pytest.mark.parametrize("text, figures", [
    pytest.param("The tenants' survey drew 418 replies[2].", ["418"], id="a-mark-glued-to-a-word"),
    pytest.param("Repairs cost £2m.[14]", ["£2m"], id="a-mark-after-the-stop"),
    pytest.param("Of the 12 options [3] were costed.", ["12", "3"],
                 id="a-number-in-brackets-after-a-space-is-read"),
])
def test_a_footnote_mark_is_no_figure(text, figures):
    # issue 19: a motion pasted from a document keeps its footnote marks ("[2]")
    assert [f.text for f in find_figures(text)] == figures


# ---------------------------------------------------------------- a figure a claim computes

@pytest.mark.parametrize("claim, a, b, holds", [
    pytest.param("visits nearly doubled", "312", "598", True, id="nearly_doubled_598_of_312"),
    pytest.param("visits nearly doubled", "598", "312", False, id="a_fall_is_not_doubling"),
    pytest.param("the reserve more than halved", "£9.6m", "£4.1m", True, id="more_than_halved"),
    pytest.param("the reserve more than halved", "£9.6m", "£5.2m", False, id="not_quite_halved"),
    pytest.param("roughly a third of them", "14", "40", True, id="a_third_is_35_percent"),
    pytest.param("fewer than one in five", "12", "50", False, id="one_in_five_is_not_24_percent"),
    pytest.param("more than five times as many", "8", "43", True, id="five_times_as_many"),
])
def test_derive(claim, a, b, holds):
    """derive() computes what the claim states from two figures (a first in the text); compare()
    then holds it to the claim's bound."""
    from dataclasses import replace
    from verifier.reading.figures import compare, derive
    figure = [f for f in find_figures(claim) if f.unit in ("times", "%")][0]
    (fa,), (fb,) = find_figures(a), find_figures(b)
    value, how = derive(figure, fa, fb)
    assert compare(figure, replace(figure, value=value, bound="=")) is holds
    assert fa.text in how and fb.text in how


def test_a_difference_is_derived_only_when_the_claim_speaks_of_a_change():
    from verifier.reading.figures import derive
    (fell,) = find_figures("the reserve fell by £5.5m")
    (worth,) = find_figures("the site is worth £5.5m")
    (a,), (b,) = find_figures("£9.6m"), find_figures("£4.1m")
    assert derive(fell, a, b)[0] == pytest.approx(5.5e6)
    assert derive(worth, a, b) is None


@pytest.mark.parametrize("claim, holds", [
    pytest.param("the reserve is down by £5.5m", True, id="down-by"),
    pytest.param("the reserve went up by about £5.5m", True, id="up-by"),
    pytest.param("the reserve is £5.5m", False, id="no-change"),
])
def test_up_or_down_by_is_a_change(claim, holds):
    from verifier.reading.figures import derive
    (figure,) = find_figures(claim)
    (a,), (b,) = find_figures("£9.6m"), find_figures("£4.1m")
    assert (derive(figure, a, b) is not None) is holds


@pytest.mark.parametrize("claim, source, holds", [
    pytest.param("Cabinet members took more than twice as many key decisions in 2024 as in 2020",
                 "In 2024, 150 key decisions were taken by Cabinet members, compared with 61 in "
                 "2020.", True,
                 id="twice-as-many-the-later-written-first"),
    pytest.param("the outturn was four times the first forecast of the overspend",
                 "The first forecast showed an overspend of £2.0 million; the outturn was an "
                 "overspend of £8.1 million.", True, id="four-times-the-earlier"),
    pytest.param("Cabinet members took three times as many key decisions in 2024 as in 2020",
                 "In 2024, 150 key decisions were taken by Cabinet members, compared with 61 in "
                 "2020.", None,
                 id="a-multiple-computed-never-differs"),
])
def test_a_multiple_compares_the_larger_with_the_smaller(claim, source, holds):
    (figure,) = [f for f in find_figures(claim) if f.unit == "times"]
    found = match_in(figure, source)
    assert (found.holds if found is not None else None) is holds


# A claim anchored to one place (the paragraph it cites, or the one the sentence it continues
# was found in): an amount or count found nowhere may be the difference of two figures there,
# whatever words the claim uses for the change.
@pytest.mark.parametrize("claim, place, how", [
    pytest.param("Phase one will now deliver 160 fewer homes than promised.",
                 "The number of homes in the first phase has fallen from 420 to 260.", "420 − 260",
                 id="fewer-than-promised"),
    pytest.param("The bill has gone up by £55 million since 2020.",
                 "The estimated cost has risen from £42 million at approval to £97 million.",
                 "£42 million − £97 million", id="gone-up-by"),
    pytest.param("Their value has since fallen by about £25 million.",
                 "It values the portfolio at £61.2 million, compared with the £86.5 million paid.",
                 "£61.2 million − £86.5 million", id="about-a-difference"),
    pytest.param("That left £6.7 million of the gap still to be found.",
                 "It identifies a gap of £9.8 million. The council has identified savings of "
                 "only £3.1 million towards it.", "£9.8 million − £3.1 million",
                 id="left-across-two-sentences"),
    pytest.param("Phase one will now deliver 150 fewer homes than promised.",
                 "The number of homes in the first phase has fallen from 420 to 260.", None,
                 id="a-difference-that-differs-is-not-found"),
    pytest.param("The site is worth £55 million.",
                 "The estimated cost has risen from £42 million at approval to £97 million.", None,
                 id="no-change-spoken-of"),
    pytest.param("Borrowing fell by more than £50 million.",
                 "Borrowing fell from £97 million to £42 million.", None,
                 id="a-one-sided-bound-is-never-computed-here"),
    pytest.param("That is £8.9m gone in three years, well over half of it.",
                 "The reserve stood at £14.2 million in 2021. By 2024 it had fallen to £5.3 million.",
                 "£14.2 million − £5.3 million", id="over-half-is-a-bound-not-a-rise"),
    pytest.param("Phase one will now deliver 160 more homes than promised.",
                 "The number of homes in the first phase has fallen from 420 to 260.", None,
                 id="the-change-the-other-way"),
    pytest.param("Staff turnover fell by 12%.",
                 "Turnover fell from 30% to 18%.", None, id="not-a-share-of-change"),
])
def test_derived_at_an_anchored_place(claim, place, how):
    from verifier.reading.figures import derived_at
    figures = find_figures(claim)
    # the amount or count the claim states a change by ("Phase one" is no count of it)
    figure = next((f for f in figures if f.unit in ("£", "") and f.value > 1), figures[-1])
    found = derived_at(figure, place, claim)
    if how is None:
        assert found is None
    else:
        assert found is not None and found.holds and found.source.text.startswith(how)


@pytest.mark.parametrize("claim, source, holds", [
    pytest.param("until March 2028", "until 31 March 2028", True, id="month-of-the-day"),
    pytest.param("until March 2028", "until 31 March 2027", False, id="another-year"),
    pytest.param("until March 2028", "until 30 April 2028", False, id="another-month"),
    pytest.param("until March 2028", "until 31 March", False, id="a-day-of-no-year"),
    pytest.param("on 31 March 2028", "in March 2028", False, id="a-day-is-not-carried-by-its-month"),
    pytest.param("until December 3", "by 3 December 2026", True, id="month-first-day"),
])
def test_a_month_of_a_year(claim, source, holds):
    from verifier.reading.figures import compare, find_dates
    (c,), (s,) = find_dates(claim), find_dates(source)
    assert compare(c, s) is holds


def test_a_day_never_differs_from_a_month():
    """"stood at £4.3m at 31 March 2024" beside "restore the reserve … by March 2028": another
    fact of another precision, not the claim's date misstated."""
    (day,) = find_dates_of("the general fund reserve stood at £4.3m at 31 March 2024")
    found = match_in(day, "restore the general fund reserve to £2.5 million by March 2028.")
    assert found is None


def find_dates_of(text):
    from verifier.reading.figures import find_dates
    return find_dates(text)


@pytest.mark.parametrize("claim, source, anchored, status", [
    pytest.param("records fewer than 100 waivers", "The council granted 143 waivers in 2023/24.",
                 True, "differs", id="in-the-place-the-claim-names-one-word-will-do"),
    pytest.param("records fewer than 100 waivers", "The council granted 143 waivers in 2023/24.",
                 False, None, id="anywhere-else-too-few-words-to-differ"),
])
def test_a_figure_differs_in_the_place_named_on_fewer_words(claim, source, anchored, status):
    """Issue 19: a claim's figure with one or two words round it differs only in the place the
    claim names; found anywhere else, those words do not say which figure it misstates."""
    figure = find_figures(claim)[0]
    found = match_in(figure, source, anchored=anchored)
    assert (None if found is None else "holds" if found.holds else "differs") == status


# Figures written in words only (issue 19): each linked to the source's figure it approximates,
# with the arithmetic in words; a figure in words that the source's number does not bear differs.
@pytest.mark.parametrize("claim, source, status, how", [
    pytest.param("a majority of tenants were dissatisfied with repairs",
                 "61% of tenants were dissatisfied with repairs.", "holds",
                 "61% ≈ a majority (over 50%)", id="a-majority"),
    pytest.param("most staff distrusted the appraisal process",
                 "Only 41% of staff distrusted the appraisal process.", "differs", None,
                 id="most-of-a-minority-differs"),
    pytest.param("the gap in the budget came to almost half a billion pounds over the plan",
                 "The gap in the budget came to £486.5 million over the plan.", "holds",
                 "£486.5 million ≈ almost half a billion pounds (just under £500.0 million)",
                 id="money-in-words"),
    pytest.param("the chief finance officer post lay vacant for almost a year",
                 "The chief finance officer post lay vacant for eleven months.", "holds",
                 "eleven months ≈ almost a year (just under 1 year)", id="a-year-of-months"),
    pytest.param("the chief finance officer post lay vacant for almost a year",
                 "The chief finance officer post lay vacant for seven months.", "differs", None,
                 id="seven-months-is-not-almost-a-year"),
    pytest.param("nearly half of respondents reported bullying by managers",
                 "47% of respondents reported bullying by managers.", "holds",
                 "47% ≈ nearly half (just under 50%)", id="nearly-half"),
])
def test_figures_in_words_link_to_the_source(claim, source, status, how):
    from verifier.reading.figures import arithmetic
    figure = find_figures(claim)[0]
    found = match_in(figure, source)
    assert found is not None and ("holds" if found.holds else "differs") == status
    if how:
        assert arithmetic(figure, found.source) == how


@pytest.mark.parametrize("text", [
    "The committee noted the report and thanked officers for their work.",
    "Members asked whether the licence holder had been consulted on the conditions.",
    "The Chair moved to the next item.",
    "It was resolved that the application be granted.",
])
def test_a_sentence_with_no_digit_or_figure_word_is_not_scanned(text):
    from verifier.reading.figures import _scan_figures, may_hold_figures
    assert not may_hold_figures(text)
    assert _scan_figures(text, 0) == ()


@pytest.mark.parametrize("text", [
    "Almost all members agreed.", "The vast majority of staff responded.", "Most staff agreed.",
    "A handful of officers objected.", "Costs rose threefold.", "Arrears nearly trebled.",
    "It took a fortnight.", "Over a decade of drift.", "Half a million pounds was lost.",
    "Two-thirds agreed.", "One in four staff.", "Costs are set to halve.", "A dozen complaints.",
    "Twenty-one members attended.", "It was twice as likely.", "Fewer than half responded.",
])
def test_every_figure_in_words_is_scanned(text):
    from verifier.reading.figures import may_hold_figures
    assert may_hold_figures(text)
    assert find_figures(text), text


# ---------------------------------------------------------------- issue 19: what a figure counts

@pytest.mark.parametrize("text, figure, measure", [
    pytest.param("48% of staff who took part said they felt unable to speak up", "48%", "staff",
                 id="share-of-a-group"),
    pytest.param("it ended the year with a £2.1m overspend in adult social care", "£2.1m",
                 "overspend", id="the-noun-after-an-amount"),
    pytest.param("the directorate reported an overspend of about £2.1m", "about £2.1m",
                 "overspend", id="the-noun-it-is-of"),
    pytest.param("three of the nine directors left within a year", "nine", "directors",
                 id="a-whole-counted"),
    pytest.param("a rate of 31% in 2021", "31%", "rate", id="a-year-after-is-not-a-measure"),
    pytest.param("the rules were waived 142 times last year", "142", "", id="times-is-how-often"),
    pytest.param("In the survey 47% agreed with the statement", "47%", "",
                 id="a-verb-names-nothing"),
    pytest.param("Senior leaders listen 23% Members and officers treat each other well", "23%", "",
                 id="a-tables-next-row"),
])
def test_what_a_figure_counts(text, figure, measure):
    from verifier.reading.figures import measure_of
    [found] = [f for f in find_figures(text) if f.text == figure]
    assert measure_of(text, found.start, found.end) == measure


@pytest.mark.parametrize("text, measure, named", [
    pytest.param("The council waived its contract rules 142 times.", "waivers", True,
                 id="a-form-the-stem-misses"),
    pytest.param("Adult social care overspent by £2.1 million.", "overspend", True,
                 id="an-irregular-past"),
    pytest.param("Adult social care made savings of £2.1 million.", "overspend", False,
                 id="another-thing"),
])
def test_a_sentence_names_the_measure(text, measure, named):
    from verifier.reading.figures import names_measure
    assert names_measure(text, measure) is named


@pytest.mark.parametrize("text, bound, value", [
    pytest.param("an overspend in the region of £2 million", "~", 2e6, id="in-the-region-of"),
    pytest.param("more or less 40% of staff", "~", 40.0, id="more-or-less-is-not-less"),
    pytest.param("the best part of £3 million", "≲", 3e6, id="the-best-part-of"),
    pytest.param("approaching 5,000 staff", "≲", 5000.0, id="approaching"),
    pytest.param("in the order of 400 homes", "~", 400.0, id="in-the-order-of"),
])
def test_bounds_as_writers_round(text, bound, value):
    [figure] = find_figures(text)
    assert (figure.bound, figure.value) == (bound, value)


@pytest.mark.parametrize("claim, a, b, holds", [
    pytest.param("agency spending rose by 42%", "£5.0 million", "£7.1 million", True,
                 id="a-rise-as-a-share-of-where-it-started"),
    pytest.param("a cut of a quarter in the grant", "£8.0m", "£6.0m", True,
                 id="a-cut-in-words"),
    pytest.param("agency spending rose by 60%", "£5.0 million", "£7.1 million", False,
                 id="another-rise"),
    pytest.param("complaints went up over 40%, from 38 to 55", "55", "38", True,
                 id="given-the-other-way-round"),
])
def test_a_change_as_a_share(claim, a, b, holds):
    """derivations() gives a change as a share of where it started when the claim speaks of a
    change ("rose by 42%" of £5.0m to £7.1m); only ever to find that a figure holds."""
    from dataclasses import replace
    from verifier.reading.figures import compare, derivations
    figure = [f for f in find_figures(claim) if f.unit == "%"][0]
    (fa,), (fb,) = find_figures(a), find_figures(b)
    assert any(compare(figure, replace(figure, value=v, bound="="))
               for v, _ in derivations(figure, fa, fb)) is holds


@pytest.mark.parametrize("claim, a, b, holds", [
    pytest.param("the two contracts were worth £5.3m in total", "£3.1m", "£2.2m", True,
                 id="a-total-said"),
    pytest.param("the two contracts were worth £5.3m", "£3.1m", "£2.2m", False,
                 id="no-total-said-no-sum"),
    pytest.param("a combined 212 complaints", "130", "82", True, id="combined"),
])
def test_a_sum_when_the_claim_says_total(claim, a, b, holds):
    from dataclasses import replace
    from verifier.reading.figures import compare, derivations
    figure = [f for f in find_figures(claim) if f.unit in ("£", "") and f.text != "two"][-1]
    (fa,), (fb,) = find_figures(a), find_figures(b)
    assert any(compare(figure, replace(figure, value=v, bound="="))
               for v, _ in derivations(figure, fa, fb)) is holds


# Issue 19: a total a writer adds up from a list the cited paragraph gives in one sentence.
@pytest.mark.parametrize("claim, place, how", [
    pytest.param("Across the last three budgets the council drew £7.9 million from its reserves.",
                 "The council has drawn on reserves to set each budget: £1.8 million in 2021/22, "
                 "£2.6 million in 2022/23 and £3.5 million in 2023/24.",
                 "£1.8 million + £2.6 million + £3.5 million", id="three-years-added"),
    pytest.param("The council drew about £8m from its reserves over three budgets.",
                 "The council has drawn on reserves to set each budget: £1.8 million in 2021/22, "
                 "£2.6 million in 2022/23 and £3.5 million in 2023/24.",
                 "£1.8 million", id="about-the-total"),
    pytest.param("The council drew £6.1 million from its reserves over two budgets.",
                 "The council has drawn on reserves to set each budget: £1.8 million in 2021/22, "
                 "£2.6 million in 2022/23 and £3.5 million in 2023/24.",
                 None, id="a-pair-picked-from-the-list-is-no-total"),
    pytest.param("The council drew £7.9 million from its reserves.",
                 "Its reserves were £1.8 million. The council set budgets of £2.6 million and "
                 "£3.5 million for its two companies.",
                 None, id="figures-of-two-sentences-are-not-one-list"),
    pytest.param("The council drew more than £5 million from its reserves over three budgets.",
                 "The council has drawn on reserves to set each budget: £1.8 million in 2021/22, "
                 "£2.6 million in 2022/23 and £3.5 million in 2023/24.",
                 None, id="a-one-sided-bound-is-never-added-up"),
    pytest.param("Tenants made 212 complaints in total.",
                 "The council has drawn on reserves to set each budget: £1.8 million in 2021/22, "
                 "£2.6 million in 2022/23 and £3.5 million in 2023/24.",
                 None, id="another-unit"),
])
def test_a_total_of_a_listed_sentence(claim, place, how):
    from verifier.reading.figures import listed_total
    figure = next(f for f in find_figures(claim) if f.unit in ("£", "") and f.value > 10)
    found = listed_total(figure, place)
    if how is None:
        assert found is None
    else:
        assert found is not None and found.holds and found.source.text.startswith(how)
