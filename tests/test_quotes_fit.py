"""bench/quotes_fit.py's rules for proposing the quotations' cut-offs for a model: tables of
the pure rules (the measuring itself needs a model and the labelled material: run the bench)."""

import importlib.util
import sys

import pytest

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("quotes_fit", ROOT / "bench" / "quotes_fit.py")
quotes_fit = sys.modules["quotes_fit"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(quotes_fit)


@pytest.mark.parametrize("verdicts, kind", [
    pytest.param(["paraphrase"], "paraphrase", id="a-paraphrase"),
    pytest.param(["paraphrase", "misquote"], "paraphrase", id="a-paraphrase-or-misquote"),
    pytest.param(["paraphrase", "not_found"], None, id="either-side-of-the-line"),
    pytest.param(["not_found"], "invented", id="an-invention"),
    pytest.param(["not_found", "paraphrase"], None, id="an-invention-or-paraphrase"),
    pytest.param(["misquote"], "reversal", id="a-misquote"),
    pytest.param(["misquote", "not_found"], None, id="a-misquote-or-nothing"),
    pytest.param(["verbatim"], None, id="words-as-printed-say-nothing-of-meaning"),
    pytest.param([], None, id="no-verdict"),
])
def test_the_class_a_label_puts_a_quotation_in(verdicts, kind):
    assert quotes_fit.kind_of({"verdict": verdicts}) == kind


@pytest.mark.parametrize("allowed, got, alarm, passed", [
    pytest.param(["paraphrase"], "not_found", True, False, id="a-paraphrase-called-invented"),
    pytest.param(["misquote"], "not_found", True, False, id="a-misquote-called-invented"),
    pytest.param(["misquote", "not_found"], "not_found", False, False,
                 id="allowed-by-the-label"),
    pytest.param(["not_found"], "paraphrase", False, True, id="an-invention-called-a-paraphrase"),
    pytest.param(["not_found"], "verbatim", False, True,
                 id="another-documents-words-called-the-reports"),
    pytest.param(["not_found", "paraphrase"], "paraphrase", False, False,
                 id="a-paraphrase-the-label-allows"),
    pytest.param(["not_found"], "misquote", False, False, id="an-invention-flagged-either-way"),
    pytest.param(["paraphrase"], "misquote", False, False, id="a-problem-either-way"),
])
def test_a_false_alarm_and_a_false_pass(allowed, got, alarm, passed):
    assert (quotes_fit.false_alarm(allowed, got), quotes_fit.false_pass(allowed, got)) == \
        (alarm, passed)


@pytest.mark.parametrize("scores, current, best", [
    pytest.param({0.5: (10, 1), 0.6: (12, 1), 0.7: (11, 0)}, 0.5, 0.6, id="most-right-first"),
    pytest.param({0.5: (12, 2), 0.6: (12, 1), 0.7: (12, 3)}, 0.5, 0.6,
                 id="then-fewest-false-alarms"),
    pytest.param({0.4: (12, 1), 0.5: (12, 1), 0.65: (12, 1), 0.9: (12, 1)}, 0.65, 0.65,
                 id="a-cut-off-the-material-does-not-move-stays"),
    pytest.param({0.4: (12, 1), 0.55: (12, 1), 0.9: (12, 1)}, 0.65, 0.55,
                 id="else-the-nearest-to-the-current"),
    pytest.param({0.3: (12, 6, 3), 0.65: (12, 10, 0)}, 0.65, 0.3,
                 id="false-alarms-and-passes-weigh-alike"),
    pytest.param({0.3: (12, 6, 5), 0.65: (12, 10, 0)}, 0.65, 0.65,
                 id="fewer-alarms-bought-with-more-passes-is-no-gain"),
])
def test_the_value_proposed(scores, current, best):
    assert quotes_fit.best_value(scores, current) == best


# (holds the source sentence, length in characters, cosine) of each run of sentences
WINDOWS = [(False, 300, 0.70), (True, 120, 0.68), (False, 60, 0.60)]


@pytest.mark.parametrize("tie, right", [
    pytest.param(0.0, False, id="no-tie-the-best-scoring-run"),
    pytest.param(0.03, True, id="the-shortest-within-the-tie"),
    pytest.param(0.10, False, id="too-wide-a-tie-takes-a-fragment"),
])
def test_the_run_of_sentences_shown(tie, right):
    assert quotes_fit.chosen_window(WINDOWS, tie) is right


def test_the_tie_proposed_keeps_the_current_when_it_does_as_well():
    rows = [quotes_fit.Measured("case", "text", "paraphrase", None, False, None, WINDOWS)]
    assert quotes_fit.fit_tie(rows, 0.03) == 0.03
    assert quotes_fit.fit_tie(rows, 0.0) in [t for t in quotes_fit.TIE_GRID
                                             if quotes_fit.chosen_window(WINDOWS, t)]
    assert quotes_fit.fit_tie([], 0.03) is None


@pytest.mark.parametrize("words, part, found", [
    pytest.param(["a", "b", "c", "d"], ["b", "c"], True, id="a-run"),
    pytest.param(["a", "b", "c", "d"], ["c", "b"], False, id="out-of-order"),
    pytest.param(["a", "b"], [], False, id="nothing-is-in-nothing"),
])
def test_contains(words, part, found):
    assert quotes_fit.contains(words, part) is found
