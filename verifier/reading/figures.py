"""Figures in a claim and in the sources: find them, and compare a claim's figure with a source's.

A figure is a number with its unit ("48%", "£3.4 million", "300 members of staff", "eleven
times", "a quarter"), its bound ("over 5,000", "fewer than half", "some 4,800") and the content
words near it. Two figures are about the same thing when their units agree and their nearby
words overlap; then the claim's figure holds when the source's number satisfies it ("more than
80" against "84"; "over 5,000" against "more than 5,000" or "5,000+"), and differs otherwise.
Figures are compared as quantities (issue 19): a share in words ("a third", "one in four",
"eight in ten", "two-thirds") is a percentage, "48 per cent" is "48%", "£2.1m" is "£2.1 million",
and each claim figure holds within a stated tolerance: the precision it is written to ("48%"
for 48.3%), a share in words within SHARE_WORD_TOLERANCE points, "about" within
APPROX_TOLERANCE, "nearly" just under within NEARLY_TOLERANCE. The constants and the reasons for
them are in docs/claims.md; they were chosen before the blind corpus's sealed half was scored.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, replace

from verifier.models import Figure
from verifier.words import fold

_WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "twice": 2, "thrice": 3,
}
_FRACTIONS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "tenth": 0.1}
# The number words and fractions a figure may be written in, for the modules that must not
# read them as words of a subject.
WORD_VALUES, FRACTIONS = frozenset(_WORD_VALUES), frozenset(_FRACTIONS)
_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6,
           "billion": 1e9, "bn": 1e9, "k": 1e3}

# Words before a number that bound it. "only 300" and "just 27%" state the number itself.
_BOUNDS = [
    (r"almost|nearly|just\s+under|not\s+quite|close\s+to|virtually|practically|"
     r"the\s+best\s+part\s+of|approaching|close\s+on", "≲"),
    (r"more\s+than|over|above|in\s+excess\s+of|exceeding|upwards\s+of|just\s+over", ">"),
    (r"at\s+least|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of", ">="),
    (r"fewer\s+than|less\s+than|under|below", "<"),
    (r"at\s+most|no\s+more\s+than|up\s+to|a\s+maximum\s+of", "<="),
    (r"approximately|approx\.?|about|around|roughly|some|circa|c\.|an\s+estimated|"
     r"getting\s+on\s+for|barely|scarcely|only\s+just|"
     # as writers round (issue 19): "in the region of £2m", "more or less a third"
     r"in\s+the\s+region\s+of|(?:of|in)\s+the\s+order\s+of|more\s+or\s+less|give\s+or\s+take|"
     r"ballpark", "~"),
]

# How close a source's number must be to a claim's that only approximates it. Chosen before
# the blind corpus's sealed half was scored (docs/claims.md gives the reasons):
# "a third", "one in four", "two-thirds" are shares in words, said of anything within 3 points
# (31% is "almost a third", 35% is "over a third", not "a third");
SHARE_WORD_TOLERANCE = 3.0
# "about 300", "around £4 million", "some 4,800": within 5% either way;
APPROX_TOLERANCE = 0.05
# "nearly half", "almost £3 million": at most the figure and not more than 10% (or, for a share,
# 6 points) below it ("nearly half" is 44-50%, not 38%).
NEARLY_TOLERANCE = 0.10
NEARLY_SHARE_POINTS = 6.0
# "doubled", "halved", "three times as many": a ratio within 10% of the multiple. Chosen on the
# meaning of the words, before the fit half was scored with it.
MULTIPLE_TOLERANCE = 0.10
_BOUND_BEFORE = re.compile(r"(?:^|\W)(" + "|".join(f"(?:{p})" for p, _ in _BOUNDS)
                           + r")\s*(?:only\s+|just\s+)?$", re.IGNORECASE)

_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_WORDNUM = "|".join(sorted(_WORD_VALUES, key=len, reverse=True))
_DIGIT_NAMES = {"zero": 0, "nought": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4,
                "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_DIGIT_WORDS = "|".join(_DIGIT_NAMES)
_FIGURE = re.compile(
    # Quantities written in words only (issue 19), tried first: "half a billion pounds" is an
    # amount, not the share half; "a decade", "over a year", "a fortnight" are lengths of time;
    # "a majority of", "most councillors" are shares over half; "a handful", "a dozen" counts;
    # "threefold" a multiple.
    rf"\b(?P<part>half\s+a|a\s+quarter\s+of\s+a|three[\s-]quarters\s+of\s+a|a)\s+"
    rf"(?P<part_scale>million|billion)\b(?P<part_pounds>\s+pounds\b)?|"
    rf"\b(?P<a_dur>a|one|half\s+a)\s+(?P<dur>decade|fortnight|year|month|week)\b|"
    rf"\b(?P<decades>{_WORDNUM}|\d{{1,2}})\s+decades\b|"
    rf"\b(?P<major>(?:a|the)\s+(?:(?P<vast>vast|overwhelming|great)\s+|"
    rf"(?:clear|large|small|slim|narrow|bare|simple)\s+)?majority|"
    rf"(?:a|the)\s+(?:small\s+)?(?P<minor>minority))(?=\s+of\b)|"
    rf"(?<!\bthe\s)(?<!\bat\s)\b(?P<most>most)(?=\s+(?:of\s+(?:the|its|their|these|those|them)\b|"
    rf"(?:[a-z]+s|staff|people|children|personnel|workforce)\b(?!\s+(?:than|as)\b)))|"
    rf"(?:(?<=almost\s)|(?<=nearly\s)|(?<=virtually\s)|(?<=practically\s))(?P<all>all)\b|"
    rf"\b(?P<handful>a\s+handful)\b|"
    rf"\b(?P<dozen>a|half\s+a)\s+dozen\b|"
    rf"\b(?P<fold>{_WORDNUM}|\d+(?:\.\d+)?)[\s-]?fold\b|"
    # "five times as many" is a multiple, not the count five: tried before plain numbers
    rf"\b(?:(?P<times_n>{_WORDNUM}|\d+(?:\.\d+)?)\s+times|(?P<twice>twice))"
    rf"(?=\s+(?:as\s+(?:many|much|high|large|often|fast|big|likely)|more|higher|larger|greater|the))|"
    # (a number glued to letters before it names a thing: "R6", "ES3", "B12", "Q2")
    # ("1 in 5", "9 in 10": a share of a round whole, read below as "one in five" is)
    rf"(?!\d{{1,2}}\s+in\s+(?:every\s+)?(?:2|3|4|5|6|8|10|20|25|50|100)\b(?!\s*(?:%|per\s?cent|[.,]\d|"
    rf"(?:months?|years?|weeks?|days?|hours?|minutes?)\b)))"
    rf"(?P<money>£\s?)?(?<![^\W_])(?P<num>{_DIGITS})(?P<plus>\+)?"
    rf"(?:\s?(?P<scale>million|billion|bn|mn|m|k)\b)?"
    rf"(?:\s?(?P<pct>%|per\s?cent\b|percent\b))?"
    # "one in four", "nine out of ten", and "nine cases out of ten" with a noun between (of a
    # round whole only: "nine members out of 43" is a part and its whole, counted as such)
    rf"|\b(?P<in_n>{_WORDNUM}|\d{{1,3}})\s+(?:in|out\s+of|[a-z]+\s+out\s+of"
    rf"(?=\s+(?:ten|five|four|three|10|5|4|3)\b))\s+(?:every\s+)?"
    rf"(?P<in_d>{_WORDNUM}|\d{{1,3}})\b"
    rf"(?!\s*(?:%|per\s?cent))"
    rf"|\b(?P<frac_n>a|one|two|three|four|nine)[\s-](?P<frac>half|third|quarter|fifth|tenth)s?\b"
    # "twenty-one", "forty two": a unit joins a tens word only ("three two years earlier" is two)
    rf"|\b(?P<word>{_WORDNUM})(?:(?<=ty)[\s-](?P<word2>one|two|three|four|five|six|seven|eight|nine))?"
    # as a number is spoken (a radio interview's transcript, issue 19): "eleven point six
    # million", "forty-seven point three per cent"
    rf"(?:\s+point\s+(?P<wdec>{_DIGIT_WORDS})(?:\s+(?P<wdec2>{_DIGIT_WORDS}))?)?"
    rf"(?:\s(?P<wscale>hundred|thousand|million|billion))?\b"
    rf"(?:\s?(?P<wpct>per\s?cent\b))?"
    rf"|\b(?P<half>half)\b"
    rf"|\b(?P<mult>doubled|trebled|tripled|quadrupled|halved|doubling|trebling|tripling|"
    rf"quadrupling|halving)\b"
    # the verb's base form after a bound or "to": "more than double", "nearly treble", "set to
    # halve" (not "a double standard")
    rf"|(?:(?<=nearly\s)|(?<=almost\s)|(?<=than\s)|(?<=to\s)|(?<=over\s))"
    rf"(?P<mult_base>double|treble|triple|quadruple|halve)\b",
    re.IGNORECASE)

# Not figures: paragraph and chapter numbers, statutes, dates, years, financial years.
_STAGES = ("quarter", "phase", "stage", "tranche", "wave", "tier")
_STAGE_NUMBERS = r"one|two|three|four|five|six|[1-9]"
_NOT_FIGURES = re.compile(
    r"(?:\b(?:sections?|paragraphs?|paras?\.?|chapters?|chap\.|ch\.|pages?|pp?\.|p|footnotes?|"
    r"rules?|items?|recommendations?|table|annex|appendix|part)\s*\d+(?:\.\d+)*"
    r"(?:\s*(?:and|to|-|–|&)\s*\d+(?:\.\d+)*|\s*,\s*\d+\.\d+)*"
    # (not "waived its contract rules 142 times", "items 40% over budget": a count after them)
    r"(?!\d|\s*(?:times|%|per\s?cent)\b))"
    r"|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
    r"|\b(?:19|20)\d\d/\d\d\b"
    r"|\b\d{1,2}\s+(?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+\d{4}\b"
    r"|\b(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)\s+\d{1,2}\b"
    # a time of day: "7pm", "6.30 pm", "10:00am"
    r"|\b\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)"
    r"|\bAct\s+\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)\b"
    # a footnote's mark glued to the word or stop before it: "612 responses[1]", "so.[12]"
    r"|(?<=[^\s\d])\[\d{1,3}\]"
    # a stage named by its number: "the quarter two forecast", "phase one", "tier 3"
    rf"|(?<=\b{_STAGES[0]}\s)(?:{_STAGE_NUMBERS})\b" + "".join(
        rf"|(?<=\b{w}\s)(?:{_STAGE_NUMBERS})\b" for w in _STAGES[1:]),
    re.IGNORECASE)
_YEAR = re.compile(r"^(?:19|20)\d\d$")

# Content words are compared by a light stem: "believed"/"believe", "interviews"/"interviewed".
STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had
has have having he her here hers him his how i if in into is it its itself just me more most my
no nor not of off on once only or other our out over own same she should so some such than that
the their them then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your per cent percent which whose
ie eg etc its it's they're there's its these those upon within without via yet
since although though whilst whether among amongst across
million billion thousand hundred
""".split())
# Words that say who says it, not what is said: left out of the words a passage must carry.
REFERENCE_WORDS = frozenset("""
report reports reported reporting section sections paragraph paragraphs para paras chapter
chapters page pages inspection inspections inspector inspectors team best value bvi says said
states stated state notes noted note records recorded finds found find confirms confirmed
confirm according per document letter secretary sos say
""".split())
# How many content words either side of a number make its context.
CONTEXT_WINDOW = 6

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d[\d,.]*", re.UNICODE)


# Irregular past forms a claim restates a report's words with ("overspent by" for "an
# overspend of", "rose" for "has risen"): compared as their present form.
_IRREGULAR = dict(pair.split(":") for pair in """
spent:spend overspent:overspend underspent:underspend rose:rise risen:rise fell:fall
fallen:fall grew:grow grown:grow paid:pay held:hold met:meet took:take taken:take made:make
gave:give given:give told:tell lost:lose sold:sell bought:buy brought:bring won:win
began:begin begun:begin wrote:write written:write sought:seek chose:choose chosen:choose
kept:keep led:lead built:build saw:see seen:see knew:know known:know thought:think
became:become went:go gone:go drew:draw drawn:draw undertook:undertake undertaken:undertake
""".split())


# Distinct words whose stems a process keeps: a pack's claims and every source paragraph are
# stemmed pack after pack, and the same few thousand words come back (issue 23's profile).
STEM_CACHE_WORDS = 1 << 16


# The endings a stem drops (the first that fits, twice), leaving at least _STEM_LENGTH letters.
_ENDINGS = ("ing", "ed", "es", "ly", "s", "e")
_STEM_LENGTH = 4


# A noun or adjective made from a verb or an adjective, as a claim restates a report's word
# ("satisfaction" for "satisfied", "urgent" for "urgency", "appointed" for "appointment",
# "worse" for "worsened", "policy" for "policies"): (ending, replacement), read off the word
# once its inflection is gone (so "-ence" is seen as "-enc"), the first that fits leaving at
# least _DERIVED_LENGTH letters before it, at most twice ("implementation" -> "implement" ->
# "imple", as "implemented" is). Each side of a pair must stem alike, so the rule needs no list
# of words: only endings that make a word of the same meaning (not "-ion" of "decision").
_DERIVATIONS = (("fication", "fy"), ("faction", "fy"), ("ation", ""), ("ment", ""),
                ("ness", ""), ("ency", "ent"), ("enc", "ent"), ("ancy", "ant"), ("anc", "ant"),
                ("en", ""), ("at", ""), ("i", "y"))
_DERIVED_LENGTH = 3


def _inflection_off(w: str) -> str:
    for _ in range(2):
        for suffix in _ENDINGS:
            if suffix == "s" and w[-2:] in ("ss", "is", "us"):
                continue    # "weakness", "organis(ed)", "basis", "status" are no plurals
            if w.endswith(suffix) and len(w) - len(suffix) >= _STEM_LENGTH:
                w = w[:-len(suffix)]
                break
    return w


def _derivation_off(w: str) -> str:
    for _ in range(2):
        for suffix, instead in _DERIVATIONS:
            if w.endswith(suffix) and len(w) - len(suffix) >= _DERIVED_LENGTH and \
                    len(w) - len(suffix) + len(instead) >= _STEM_LENGTH:
                w = _inflection_off(w[:-len(suffix)] + instead) if instead != "y" else \
                    w[:-len(suffix)] + instead
                break
        else:
            break
    return w


@functools.lru_cache(maxsize=STEM_CACHE_WORDS)
def stem(word: str) -> str:
    """A comparison stem: the word's key less a plural, -ed, -ing, -ly or final -e (twice),
    then less an ending that makes a noun or adjective of it (_DERIVATIONS)."""
    w = fold(word.replace("’", "'").split("'")[0])
    w = _IRREGULAR.get(w, w)
    return _derivation_off(_inflection_off(w))


def key_stem(key: str) -> str | None:
    """The stem of a word key (index.fold's) that is one content word, else None: how the
    claims' look-up files the index's vocabulary under stems ("improved", "improvement" ->
    "improv"; "rose", "risen" -> "ris"; stop words and reference words -> None)."""
    stems = content_stems(key)
    return stems[0] if len(stems) == 1 else None


def glued_key_stem(key: str) -> str | None:
    """The stem a word key carries only with an apostrophe and letters glued on, else None: a
    reference word's possessive ("team’s", "report’s") is a content word, the word alone is not
    (the tokeniser of the index reads "team’s" as "team" and "s")."""
    if key_stem(key) is not None:
        return None
    return key_stem(key + "’s")


def content_stems(text: str) -> list[str]:
    """Stems of the content words of `text`, in order (numbers, stopwords, reference words out)."""
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        low = word.lower().replace("’", "'")
        if word[0].isdigit() or low in STOPWORDS or low.split("'")[0] in STOPWORDS:
            continue
        if low in REFERENCE_WORDS or low in _WORD_VALUES or len(low) < 3:
            continue
        out.append(stem(word))
    return out


# The same source paragraphs are searched for every figure of every claim (and, in a batch, of
# every pack): their figures are found once per process. Figures are frozen, so sharing is safe.
FIGURE_CACHE_TEXTS = 8192


# A table states its unit once, in a column heading: "Budget 2024/25 (£m) … Children and
# Families 78.3 1.2" is £1.2 million; "(%)" makes its cells shares.
_DECLARED = re.compile(r"\(\s*(?:(?P<pct>%)|£\s?(?P<scale>m|mn|bn|k|000s?|million|billion|)"
                       r")\s*\)", re.IGNORECASE)


def declared_unit(text: str) -> tuple[str, float, int] | None:
    """The one unit a table's headings declare for its cells ("(£m)", "(£000)", "(%)"): the unit,
    its scale and where the first declaration ends; None when none, or when two differ (then
    which column a cell is in decides, and a flattened row does not say)."""
    found = {}
    for m in _DECLARED.finditer(text):
        if m.group("pct"):
            kind = ("%", 1.0)
        else:
            scale = m.group("scale").lower()
            kind = ("£", 1e3 if scale.startswith("000") else _SCALES.get(scale, 1.0))
        found.setdefault(kind, m.end())
    if len(found) != 1:
        return None
    (unit, scale), end = next(iter(found.items()))
    return unit, scale, end


# Every match of _FIGURE holds a digit or one of these words (or a word ending "fold"): a text
# with none has no figure, told by a set look-up instead of the pattern's many alternatives
# tried at every character (issue 23: 0.75 ms a page of a pack's minutes that quote nothing).
_FIGURE_WORDS = WORD_VALUES | FRACTIONS | frozenset(
    "thirds quarters fifths tenths halves million billion decade decades fortnight year month "
    "week majority minority most almost nearly virtually practically handful dozen doubled "
    "trebled tripled quadrupled halved doubling trebling tripling quadrupling halving double "
    "treble triple quadruple halve".split())
_LETTERS = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


def may_hold_figures(text: str) -> bool:
    """False only when `text` cannot hold a figure: no digit, and none of _FIGURE's words."""
    if _DIGIT.search(text):
        return True
    lowered = text.lower()
    return "fold" in lowered or not _FIGURE_WORDS.isdisjoint(_LETTERS.findall(lowered))


@functools.lru_cache(maxsize=FIGURE_CACHE_TEXTS)
def find_figures(text: str, offset: int = 0) -> tuple[Figure, ...]:
    """Every figure in `text` (offsets shifted by `offset`), with its bound and its context.
    A bare number after a table's declared unit is read in that unit."""
    return _scan_figures(text, offset) if may_hold_figures(text) else ()


_NO_NOUN_AFTER = re.compile(r"\s*(?:[.,;:)!?–—-]|$|(?:in|at|by|to|and|or|from|a|per|each|this|"
                            r"that|last|next|over|since|for|on|out|of|against|than|is|was|"
                            r"were|are|has|had|will|would|short|below|above|less|more|"
                            r"lower|higher|up|down)\b)", re.IGNORECASE)
_MOVED_BY = re.compile(r"\b(up|down|higher|lower)\s+by\s+$", re.IGNORECASE)
_NAMING_BACK = frozenset(stem(w) for w in "figure number total equivalent comparable "
                         "corresponding rate proportion share count".split())


def _scan_figures(text: str, offset: int) -> tuple[Figure, ...]:
    masked = _mask(text)
    declared = declared_unit(text)
    figures = []
    for m in _FIGURE.finditer(masked):
        figure = _figure(text, m, declared)
        if figure is None:
            continue
        value, unit, start, end = figure
        if unit == "":
            # "four years", "a three-year period", "six months": a length of time is its own
            # unit, never compared with a count of complaints in the same sentence.
            span = _TIME_UNIT.match(text, end)
            if span:
                unit = span.group(1).lower().rstrip("s") + "s"
        if unit == "" and (m.group("scale") or m.group("wscale")) and value >= 1e6 and \
                _NO_NOUN_AFTER.match(text, end):
            unit = "£"      # "from thirty-eight point six million pounds to eleven point nine
                            # million", "savings of twelve point four million": millions that
                            # count nothing named are money (a count names its noun: "1.2
                            # million visits")
        bound = _own_bound(m) or _bound(text, start)
        if m.group("part_scale") and bound == "=":
            bound = "~"     # "half a billion pounds" is a round amount, said of £486 million
        if unit in _TIME_UNITS and bound == ">" and re.search(r"\bover\s+(?:the\s+)?$",
                                                               text[max(0, start - 12):start], re.I):
            bound = "="     # "over three years" is during them, not more than three
        if m.group("plus"):
            bound = ">="
        context = _context(text, _bound_start(text, start), end)
        moved = _MOVED_BY.search(text[max(0, _bound_start(text, start) - 30):_bound_start(text, start)])
        if moved:
            # "is down by £26.7m", "went up by about £11m": a change, though "up" and "down"
            # are stop words (issue 19)
            context = context + [stem("fall" if moved.group(1).lower() in ("down", "lower")
                                      else "rise")]
        if context and set(context) <= _NAMING_BACK:
            # "… 41 were taken under the urgency procedure. In 2021/22 the figure was 12": a
            # figure named back counts what the figure of its unit before it counts
            before = [f for f in figures if f.unit == unit]
            if before:
                context = list(dict.fromkeys(list(before[-1].context) + context))
        group = group_of(text[end:end + 60]) or _group_apposed(text, start) or \
            _group_before(figures, text, start, unit, offset)
        figures.append(Figure(text=_with_bound_text(text, start, end), start=offset + _bound_start(text, start),
                              end=offset + end, value=value, unit=unit, bound=bound,
                              context=tuple(context), rounded=_rounded(m), group=group,
                              year=year_beside(text, start, end),
                              vague=bool(m.group("major") or m.group("most") or m.group("all")
                                         or m.group("handful") or _comparison_form(m))))
    figures = _ranges(figures, text, offset)
    return tuple(f for i, f in enumerate(figures)
                 if not (f.vague and
                         i + 1 < len(figures) and figures[i + 1].unit == f.unit and
                         _GLOSSED.match(text[f.end - offset:figures[i + 1].start - offset])))


_RANGE_OPENS = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_RANGE_JOINS = re.compile(r"^\s*(?:and|to|-|–)\s*$", re.IGNORECASE)


def _ranges(figures: list[Figure], text: str, offset: int) -> list[Figure]:
    """A range, "between £30m and £32m", "between 40 and 45 of the 143", is two bounds: at
    least its first figure, at most its second (the first taking the second's unit and scale
    when it writes neither: "between 30 and 32 per cent", "between £30 and £32 million"). A
    change ("from 40 to 45") is not a range."""
    out = list(figures)
    for i in range(len(out) - 1):
        low, high = out[i], out[i + 1]
        if low.bound != "=" or high.bound != "=" or \
                not _RANGE_OPENS.search(text[max(0, low.start - offset - 12):low.start - offset]) or \
                not _RANGE_JOINS.match(text[low.end - offset:high.start - offset]):
            continue
        value, unit = low.value, low.unit
        if unit in ("", "£") and high.unit in ("%", "£") and not re.search(r"[%a-z]", low.text):
            written = re.search(r"\d[\d,]*(?:\.\d+)?", high.text)
            scale = high.value / float(written.group().replace(",", "")) if written and \
                float(written.group().replace(",", "")) else 1.0
            value, unit = low.value * scale, high.unit
        if unit != high.unit or value >= high.value:
            continue
        out[i] = replace(low, value=value, unit=unit, bound=">=")
        out[i + 1] = replace(high, bound="<=")
    return out


# "a majority of tenants, 61%, …", "most staff (58%)": the words gloss the number beside them,
# which is the one figure stated.
_GLOSSED = re.compile(r"^\s+(?:of\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*[,(–-]\s*$")


def figures_with_groups(text: str) -> tuple[Figure, ...]:
    """A source's figures, each share with the group it is of when the text says."""
    return _with_survey_groups(find_figures(text), text)


def _with_survey_groups(figures: tuple[Figure, ...], text: str) -> tuple[Figure, ...]:
    """A source's shares that name no group, given the group of the survey their sentence names
    ("Table 1: Staff survey results … 47%"). Only a source's: in a claim, "the staff survey's
    response rate of 25%" is not a share of staff, and a claim's group is what it says."""
    return tuple(replace(f, group=survey_group(sentence_at(text, f.start, f.end, rows=False)))
                 if f.unit == "%" and not f.group else f for f in figures)


def names_group(text: str, group: str) -> bool:
    """Whether `text` names the group anywhere ("staff", "employees", "officers" for staff)."""
    return group in groups_named(text)


def groups_named(text: str) -> set[str]:
    """Every group `text` names ("staff", "councillors", "residents" …)."""
    return {g for g in (_GROUPS.get(stem(w)) for w in re.findall(r"[^\W\d_]+", text.lower())) if g}


# "Table 1: Staff survey results", "our survey of staff": whom a sentence's shares are of when
# no figure says.
_SURVEY_OF = (re.compile(r"\b([^\W\d_]+)(?:['’]s?)?\s+survey\b", re.IGNORECASE),
              re.compile(r"\bsurvey\s+of\s+(?:the\s+council['’]s\s+|all\s+)?([^\W\d_]+)",
                         re.IGNORECASE))


def survey_group(sentence: str) -> str:
    """The group a survey named in the sentence was of, or ""."""
    groups = {_GROUPS.get(stem(w)) for pattern in _SURVEY_OF
              for w in pattern.findall(sentence)} - {None}
    return groups.pop() if len(groups) == 1 else ""


_APPOSED = re.compile(r"\b([^\W\d_]+)\s*[,(]\s*$")


def _group_apposed(text: str, start: int) -> str:
    """The group named right before a figure set beside it: "a majority of staff, 51%, …",
    "councillors (23%)"."""
    m = _APPOSED.search(text[max(0, start - 40):start])
    return _GROUPS.get(stem(m.group(1).lower()), "") if m else ""


def _group_before(figures: list[Figure], text: str, start: int, unit: str, offset: int) -> str:
    """The group of the figure before, in the same sentence and unit, for a figure that names
    none: in "23% of staff agreed …, and 47% disagreed" the 47% are staff too."""
    if not figures or figures[-1].unit != unit or not figures[-1].group:
        return ""
    before = figures[-1].end - offset
    between = text[before:start]
    if re.search(r"[.!?;]\s|\d", between) or len(between.split()) < 3 or \
            group_of(text[before:before + 60]) != figures[-1].group:
        return ""       # another sentence, a table's next cell, or a group itself inherited
    return figures[-1].group


_TIME_UNITS = frozenset({"years", "months", "weeks", "days"})
# A length of time in another unit is the same quantity: "almost a year" of "eleven months".
_DAYS_IN = {"days": 1.0, "weeks": 7.0, "months": 365.25 / 12, "years": 365.25}


def in_time_unit(figure: Figure, unit: str) -> Figure:
    """A length of time as `unit` counts it ("eleven months" as 0.92 years); any other figure,
    or a unit that is no length of time, as it is."""
    if figure.unit == unit or figure.unit not in _DAYS_IN or unit not in _DAYS_IN:
        return figure
    text = figure.text if figure.unit[:-1] in figure.text.lower() else f"{figure.text} {figure.unit}"
    return replace(figure, value=figure.value * _DAYS_IN[figure.unit] / _DAYS_IN[unit], unit=unit,
                   text=text)
_TIME_UNIT = re.compile(r"[\s-]+(years?|months?|weeks?|days?)\b", re.IGNORECASE)


_MONTHS = ("january february march april may june july august september october november "
           "december").split()
# "3 December 2026", and the order news copy uses: "December 3", "December 3rd, 2026"
_DATE = re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month>" + "|".join(_MONTHS) +
                   r")\b(?:\s+(?P<year>(?:19|20)\d\d)\b)?"
                   r"|\b(?-i:(?P<month_first>" + "|".join(m.title() for m in _MONTHS) + r"))\s+(?P<day_after>\d{1,2})"
                   r"(?:st|nd|rd|th)?\b(?!\s*:)(?:,?\s+(?P<year_after>(?:19|20)\d\d)\b)?"
                   r"|\b(?-i:(?P<month_only>" + "|".join(m.title() for m in _MONTHS) + r"))\s+"
                   r"(?P<year_only>(?:19|20)\d\d)\b",
                   re.IGNORECASE)


def find_dates(text: str, offset: int = 0) -> tuple[Figure, ...]:
    """Each day of a month in `text` ("7 September", "12 November 2024") as a figure of unit
    "date" (value: month × 100 + day; the year, when one side leaves it out, is not compared),
    and each month of a year ("March 2028": day 0, compared with its year).
    Not among find_figures: a date does not make a sentence a claim, it is only checked in one."""
    out = []
    for m in _DATE.finditer(text):
        day = int(m.group("day") or m.group("day_after") or 0)
        month = _MONTHS.index((m.group("month") or m.group("month_first") or
                               m.group("month_only")).lower()) + 1
        year = m.group("year") or m.group("year_after") or m.group("year_only")
        if not 0 <= day <= 31:
            continue
        out.append(Figure(text=m.group(0), start=offset + m.start(), end=offset + m.end(),
                          value=float(month * 100 + day), unit="date", bound="=",
                          context=tuple(_context(text, m.start(), m.end())),
                          year=(int(year), int(year)) if year else None))
    return tuple(out)


def _mask(text: str) -> str:
    def blank(m):
        return " " * (m.end() - m.start())
    return _DECLARED.sub(blank, _NOT_FIGURES.sub(blank, text))     # "(£000)" is no amount


# "over a year", "for a month", "within a week": "a year" is a length of time only after a
# bound or a preposition of duration ("£5m a year", "a year later", "3,100 cases in a year"
# are not).
_DURATION_BEFORE = re.compile(r"(?:\b(?:for|within|after|than|over|under|almost|nearly|"
                              r"about|around|some|barely|just|only|least|most)\s+)$", re.IGNORECASE)
_DURATIONS = {"decade": (10.0, "years"), "fortnight": (2.0, "weeks"), "year": (1.0, "years"),
              "month": (1.0, "months"), "week": (1.0, "weeks")}


def _words_figure(text: str, m: re.Match) -> tuple[float, str, int, int] | None:
    """A quantity written in words only (the first alternatives of _FIGURE)."""
    if m.group("part_scale"):
        part = " ".join(m.group("part").lower().replace("-", " ").split())
        share = {"half a": 0.5, "a quarter of a": 0.25, "three quarters of a": 0.75}.get(part, 1.0)
        value = share * _SCALES[m.group("part_scale").lower()]
        money = bool(m.group("part_pounds")) or text[:m.start()].rstrip().endswith("£")
        return value, "£" if money else "", m.start(), m.end()
    if m.group("dur"):
        value, unit = _DURATIONS[m.group("dur").lower()]
        if m.group("a_dur").lower().startswith("half"):
            value /= 2
        if m.group("dur").lower() in ("year", "month", "week") and \
                m.group("a_dur").lower() == "a" and \
                not _DURATION_BEFORE.search(text[max(0, m.start() - 20):m.start()]):
            return None     # "£5m a year", "a year later"
        return value, unit, m.start(), m.end()
    if m.group("decades"):
        return 10.0 * _number_word(m.group("decades")), "years", m.start(), m.end()
    if m.group("major"):
        return (75.0 if m.group("vast") else 50.0), "%", m.start(), m.end()
    if m.group("most"):
        return 50.0, "%", m.start(), m.end()
    if m.group("all"):
        return 100.0, "%", m.start(), m.end()
    if m.group("handful"):
        return 5.0, "", m.start(), m.end()
    if m.group("dozen"):
        return (6.0 if m.group("dozen").lower().startswith("half") else 12.0), "", m.start(), m.end()
    if m.group("fold"):
        return _number_word(m.group("fold")), "times", m.start(), m.end()
    return None


def _comparison_form(m: re.Match) -> bool:
    """A multiple written as an adjective or a participle ("fourfold", "more than quadrupling",
    "more than double the 15% of 2021/22"): a comparison whose two ends the sentence often
    leaves to the reader. Linked to the source's figures when they are found; found nowhere,
    it says nothing either way (as before these forms were read at all)."""
    return bool(m.group("fold") or m.group("mult_base") or
                (m.group("mult") and m.group("mult").lower().endswith("ing")))


# The bound a quantity in words states by itself: "a majority of" is more than half, "a
# minority" less, "a handful" at most five.
def _own_bound(m: re.Match) -> str | None:
    if m.group("major"):
        return "<" if m.group("minor") else ">"
    if m.group("most"):
        return ">"
    if m.group("handful"):
        return "<="
    return None


def _figure(text: str, m: re.Match, declared=None) -> tuple[float, str, int, int] | None:
    if m.group("part_scale") or m.group("dur") or m.group("decades") or m.group("major") or \
            m.group("most") or m.group("all") or m.group("handful") or m.group("dozen") or \
            m.group("fold"):
        return _words_figure(text, m)
    if m.group("num"):
        raw = m.group("num")
        if _YEAR.match(raw) and not m.group("money") and not m.group("pct"):
            return None     # "in 2023", "since 2018"
        if re.match(r"\d+\.\d+\.", text[m.start("num"):m.start("num") + 12]):
            return None
        value = float(raw.replace(",", ""))
        if declared and m.start() >= declared[2] and not (
                m.group("money") or m.group("pct") or m.group("scale") or m.group("plus")):
            unit, scale, _ = declared
            return value * scale, unit, m.start(), m.end()
        if m.group("scale"):
            value *= _SCALES[m.group("scale").lower()]
        if m.group("pct"):
            return value, "%", m.start(), m.end()
        if m.group("money") or _POUNDS_AFTER.match(text, m.end()):
            return value, "£", m.start(), m.end()       # "£3.2m", "3.2 million pounds"
        if "." in raw and not m.group("scale"):
            return None     # "4.10" outside a citation is a paragraph number more often than not
        return value, "", m.start(), m.end()
    if m.group("in_n"):
        n, d = (_number_word(m.group(g)) for g in ("in_n", "in_d"))
        if not d or n > d:
            return None     # "one in 2023", "five in one": not a share
        return 100.0 * n / d, "%", m.start(), m.end()
    if m.group("word"):
        value = float(_WORD_VALUES[m.group("word").lower()])
        if m.group("word2"):
            value += _WORD_VALUES[m.group("word2").lower()]
        if m.group("wdec"):
            value = round(value + _DIGIT_NAMES[m.group("wdec").lower()] / 10 +
                          _DIGIT_NAMES.get((m.group("wdec2") or "zero").lower()) / 100, 2)
        if m.group("wscale"):
            value *= _SCALES[m.group("wscale").lower()]
        if value == 1 and not m.group("wscale"):
            return None     # "one of", "one director": not a figure anyone checks
        if m.group("wpct"):
            return value, "%", m.start(), m.end()
        return value, "£" if _POUNDS_AFTER.match(text, m.end()) else "", m.start(), m.end()
    if m.group("frac"):
        n = m.group("frac_n").lower()
        count = 1 if n in ("a", "one") else _WORD_VALUES[n]
        return 100.0 * count * _FRACTIONS[m.group("frac").lower()], "%", m.start(), m.end()
    if m.group("half"):
        return 50.0, "%", m.start(), m.end()
    if m.group("mult") or m.group("mult_base"):
        verb = (m.group("mult") or m.group("mult_base")).lower()
        return _MULTIPLES[_MULTIPLE_STEMS[verb[:4]]], "times", m.start(), m.end()
    if m.group("twice"):
        return 2.0, "times", m.start(), m.end()
    if m.group("times_n"):
        return _number_word(m.group("times_n")), "times", m.start(), m.end()
    return None


# Money written with the word after it: "3.2 million pounds", "three million pounds".
_POUNDS_AFTER = re.compile(r"\s+pounds\b", re.IGNORECASE)


_MULTIPLES = {"doubled": 2.0, "trebled": 3.0, "tripled": 3.0, "quadrupled": 4.0, "halved": 0.5}
# "doubling", "more than double": each form of the verb by its first four letters
_MULTIPLE_STEMS = {w[:4]: w for w in _MULTIPLES}


# Whom a share or a count is of: "48% of staff" and "48% of councillors" are other facts, however
# alike their sentences. Groups a report counts, each with the words that name it; a word of no
# group ("respondents", "decisions") names none, and then nothing is concluded.
_GROUPS = {
    "staff": "staff", "employe": "staff", "officer": "staff", "workforc": "staff",
    "worker": "staff", "colleagu": "staff",
    "councillor": "councillors", "member": "councillors",
    "resid": "residents", "tenant": "tenants", "household": "households",
    "manag": "managers", "director": "managers",
}
_GROUP_SKIP = frozenset("of the all its our their those these per cent percent % who which that "
                        "were was had said".split())


def group_of(after: str) -> str:
    """The group named right after a figure ("48% of staff" → "staff"; "members of staff" are
    staff), or "" when none is named."""
    # Not past another number: in a table's "47% Members and officers treat …" the members
    # head the next row.
    words = re.findall(r"[^\W\d_]+", re.split(r"\d", after, maxsplit=1)[0])[:4]
    for i, word in enumerate(words):
        if word.lower() in _GROUP_SKIP:
            continue
        if i == 0 and word[:1].isupper() and word != "I":
            return ""       # "47% Members and officers …": a table's next row, not its group
        word = word.lower()
        group = _GROUPS.get(stem(word))
        if group == "councillors" and [w.lower() for w in words[i + 1:i + 3]] == ["of", "staff"]:
            return "staff"
        return group or ""
    return ""


def _number_word(word: str) -> float:
    return float(word) if word[:1].isdigit() else float(_WORD_VALUES[word.lower()])


def _rounded(m: re.Match) -> bool:
    """A share said in words ("a third", "half", "one in four") is rounded by nature."""
    return bool(m.group("in_n") or m.group("frac") or m.group("half") or m.group("dozen"))


def _bound(text: str, start: int) -> str:
    before = text[max(0, start - 30):start]
    m = _BOUND_BEFORE.search(before)
    if not m:
        return "="
    word = " ".join(m.group(1).lower().split())
    for pattern, bound in _BOUNDS:
        if re.fullmatch(pattern, word):
            return bound
    return "="


def _bound_start(text: str, start: int) -> int:
    before = text[max(0, start - 30):start]
    m = _BOUND_BEFORE.search(before)
    if not m:
        return start
    return max(0, start - 30) + m.start(1)


def _with_bound_text(text: str, start: int, end: int) -> str:
    return text[_bound_start(text, start):end]


# Another number ends a figure's context: in "received 1,206 responses from a workforce of
# some 4,800" the responses are 1,206's words, not 4,800's.
MIN_OWN_CONTEXT = 2
_OTHER_NUMBER = re.compile("".join(rf"(?<!\b{w}\s)" for w in _STAGES) +
                           rf"(?:\d[\d,.]*|\b(?:{_WORDNUM})\b)", re.IGNORECASE)


def _context(text: str, start: int, end: int) -> list[str]:
    """Content stems within CONTEXT_WINDOW words of the figure, in the same sentence and not
    past another number."""
    left_text = re.split(rf"[.;:!?]\s|{_ROW_END}", text[max(0, start - 200):start])[-1]
    after = text[max(end - 1, 0):end + 200]     # with the figure's last character: "53% I …"
    right_text = re.split(rf"[.;:!?](?:\s|$)|{_ROW_END}", after)[0][1:]
    left_parts = _OTHER_NUMBER.split(left_text)
    right_parts = _OTHER_NUMBER.split(right_text)
    # … but "17 of 63 key decisions": the words after the other number are 17's too when
    # nothing of its own stands between them.
    if len(content_stems(left_parts[-1])) >= MIN_OWN_CONTEXT:
        left_text = left_parts[-1]
    if len(content_stems(right_parts[0])) >= MIN_OWN_CONTEXT:
        right_text = right_parts[0]
    left = content_stems(left_text)[-CONTEXT_WINDOW:]
    right = content_stems(right_text)[:CONTEXT_WINDOW]
    return list(dict.fromkeys(left + right))


# ---------------------------------------------------------------- comparing

# A source figure is about the same thing as the claim's when this many context words are
# shared (or all of the claim's, when it has fewer): "48% of respondents … raising concerns"
# and "48% of respondents said they do not feel comfortable raising concerns" share three.
MIN_SHARED_CONTEXT = 2
# To say a figure *differs* the context must agree more closely: a different number in a
# loosely similar sentence is another fact, not a misstated one (a false alarm is the worst
# outcome). Shared words, and share of the claim's context words.
MIN_DIFFER_SHARED = 3
MIN_DIFFER_SHARE = 0.5


@dataclass(frozen=True)
class FigureMatch:
    """A source figure compared with a claim's: its status, the sentence, how well it fits."""

    holds: bool
    shared: int             # context words in common
    source: Figure
    sentence: str


def compare(claim: Figure, source: Figure) -> bool:
    """Whether the source's figure satisfies the claim's (same unit assumed), as quantities."""
    v, w = claim.value, source.value
    if claim.unit == "date":
        if v % 100 == 0:
            # a month of a year ("until March 2028"): the month of a day the source gives in
            # that year ("until 31 March 2028")
            return v // 100 == w // 100 and claim.year is not None and claim.year == source.year
        return v == w       # a day of a month is exact, never rounded as written
    if claim.unit == "times" and 0 < v < 1 and w > 0:
        # "more than halved" is a fall to less than half: the multiple it divides by (2) is
        # what the bound is on, so both sides are compared as reciprocals ("almost halved":
        # 1,104 to 612 divides by 1.8, nearly 2).
        return compare(replace(claim, value=1 / v), replace(source, value=1 / w))
    if claim.unit == "times" and claim.bound == "=":
        # "doubled", "trebled", "five times as many": said of a ratio near the multiple, not
        # exactly it (41 to 79 has doubled).
        return abs(v - w) <= MULTIPLE_TOLERANCE * v
    same = abs(v - w) <= 1e-9 * max(1.0, abs(v)) or _same_as_written(claim, w)
    if claim.rounded and claim.bound == "=":
        return abs(v - w) <= SHARE_WORD_TOLERANCE
    if claim.bound == "~":
        if source.bound == "~":
            # Two guesses agree only as far as the claim's own precision goes: "around
            # £400,000" rounds "around £410,000", "some 4,800" does not round "approximately
            # 4,900" (its 8 is a significant figure).
            return same or _rounds_to(claim, w)
        return same or abs(v - w) <= APPROX_TOLERANCE * abs(v) or \
            (claim.rounded and abs(v - w) <= SHARE_WORD_TOLERANCE)
    if claim.bound == "≲":
        below = NEARLY_SHARE_POINTS if claim.unit == "%" else NEARLY_TOLERANCE * abs(v)
        return v - below <= w <= v + 1e-9 * max(1.0, abs(v))
    if claim.bound == "=":
        # "only 300" states the number; a source bound on the same number ("more than 5,000"
        # for "5,000") says the same figure.
        return same
    if claim.bound == ">":
        return (w > v) if source.bound in ("=", "~") else (source.bound in (">", ">=") and w >= v)
    if claim.bound == ">=":
        return (w >= v) if source.bound in ("=", "~", ">=") else (source.bound == ">" and w >= v)
    if claim.bound == "<":
        return (w < v) if source.bound in ("=", "~") else (source.bound in ("<", "<=") and w <= v)
    if claim.bound == "<=":
        return (w <= v) if source.bound in ("=", "~", "<=") else (source.bound == "<" and w <= v)
    return same


def _same_as_written(claim: Figure, w: float) -> bool:
    """The source's number rounded to the precision the claim writes: "48%" for 48.3%,
    "£2.1m" for £2.13 million (not "£2.13m" for £2.1 million)."""
    number = re.search(r"\d[\d,]*(?:\.(\d+))?", claim.text)
    if not number or claim.rounded:
        return False
    decimals = len(number.group(1) or "")
    written = float(number.group(0).replace(",", ""))
    scale = claim.value / written if written else 1.0      # "£2.1m": 2.1 written, 2.1e6 meant
    return round(w / scale, decimals) == round(written, decimals)


def _rounds_to(claim: Figure, w: float) -> bool:
    """Whether the source's number, rounded to as many significant figures as the claim writes,
    is the claim's: "400,000" has one ("4"), "4,800" two, "2.1" two."""
    number = re.search(r"\d[\d,]*(?:\.\d+)?", claim.text)
    if not number or claim.rounded:
        return False
    raw = number.group(0).replace(",", "")
    written = float(raw)
    if not written:
        return False
    digits = raw.replace(".", "").lstrip("0")
    significant = len(digits if "." in raw else digits.rstrip("0"))
    scale = claim.value / written
    magnitude = math.floor(math.log10(abs(w / scale))) if w else 0
    return round(w / scale, significant - 1 - magnitude) == written


def shared_context(claim: Figure, source: Figure) -> int:
    return len(set(claim.context) & set(source.context))


def _distinctive(figure: Figure) -> bool:
    """An amount of money written with three significant digits or more ("£131m", "£38.5m",
    "£212,000"): the same amount by chance is rare, unlike a share or a small count."""
    written = re.search(r"\d[\d,]*(?:\.\d+)?", figure.text)
    if figure.unit != "£" or not written:
        return False
    significant = written.group().replace(",", "").replace(".", "").strip("0")
    return len(significant) >= 3


def about_same(claim: Figure, source: Figure, strict: bool, anchored: bool = False) -> bool:
    """Whether two figures of the same unit speak of the same thing, by their context words."""
    if claim.unit != source.unit:
        return False
    shared = shared_context(claim, source)
    need = min(MIN_SHARED_CONTEXT, len(claim.context)) if claim.context else 1
    if not strict:
        if _distinctive(claim) and claim.value == source.value:
            need = 1    # "£131m" is "£131 million" wherever the portfolio is named beside it
        return shared >= max(need, 1)
    if not claim.context:
        return False
    # a claim with few words round its figure ("Their value has since fallen by about £25
    # million") has too few to say which of the source's figures it misstates: it needs
    # MIN_DIFFER_SHARED all the same, else its figure is absent, never differing; unless it is
    # `anchored` to the place by naming it ("Paragraph 5.63 records fewer than 100 waivers")
    need = min(MIN_DIFFER_SHARED, len(claim.context)) if anchored else MIN_DIFFER_SHARED
    return shared >= need and shared / len(claim.context) >= MIN_DIFFER_SHARE


# What opens a clause of its own between two figures of one sentence: the words past it are the
# next figure's ("overspent its budget by £11.6 million, of which £6.8 million was in children's
# social care"; "17 did not set out the options …, and 9 did not include comments …").
_CLAUSE_OPENS = re.compile(r"[,;:()–—]|\b(?:and|but|while|whereas|of\s+which|of\s+whom|"
                           r"including|against|compared\s+(?:with|to)|leaving|versus)\b",
                           re.IGNORECASE)


def _sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    # (the figure's own first letter seen, so that a sentence it opens is its own: "call-in.
    # Eleven of the nineteen …")
    left = max((m.end() for m in re.finditer(rf"[.!?]\s+(?=[A-Z‘“'\"(])|{_ROW_END}",
                                             text[:start + 1]) if m.end() <= start), default=0)
    tail = max(end - 1, 0)
    right = re.search(rf"[.!?](?=\s+[A-Z‘“'\"(]|\s*$)|{_ROW_END}", text[tail:])
    return left, max(tail + right.end() if right else len(text), end)


def own_words(text: str, figures, i: int) -> set[str]:
    """The content stems of figure i's own clause in `text`: back to the clause opening before
    it and on to the one after it, never past the figure before or after nor its sentence."""
    figure = figures[i]
    first, last = _sentence_span(text, figure.start, figure.end)
    if i > 0 and figures[i - 1].end > first:
        first = figures[i - 1].end
    if i + 1 < len(figures) and figures[i + 1].start < last:
        last = figures[i + 1].start
    before = _CLAUSE_OPENS.split(text[first:figure.start])[-1]
    after = _CLAUSE_OPENS.split(text[figure.end:last])[0]
    return set(content_stems(before)) | set(content_stems(after))


def clause_of(figure: Figure, claim_text: str) -> frozenset[str]:
    """The content stems of the claim's clause that holds `figure` (own_words in the claim's
    text), with its context words: a year or a stage ("the quarter two forecast for 2023/24")
    cuts a figure's context short, not its clause."""
    theirs = find_figures(claim_text)
    for i, f in enumerate(theirs):
        if f.text == figure.text and f.value == figure.value:
            return frozenset(own_words(claim_text, theirs, i)) | frozenset(figure.context)
    return frozenset(figure.context)


def rival_in_clause(claim: Figure, at: int, text: str, figures, stated=(),
                    wanted=None) -> Figure | None:
    """The figure of the same sentence that counts what the claim's figure counts, when the
    source figure the claim's number matched (figures[at]) counts something else: its own
    clause has words, none of them the claim's but those the other clause has too, while
    another figure's clause, of the same unit and a value the claim neither matches nor states
    itself (`stated`), carries MIN_DIFFER_SHARED of the claim's words that the first lacks ("the council overspent by £6.8m" of "overspent its
    budget by £11.6 million, of which £6.8 million was in children's social care")."""
    wanted = set(claim.context) if wanted is None else set(wanted)
    mine = own_words(text, figures, at)
    if not mine:
        return None
    sentence = _sentence_span(text, figures[at].start, figures[at].end)
    best, best_shared = None, MIN_DIFFER_SHARED - 1
    for j, other in enumerate(figures):
        if j == at or other.unit != claim.unit or other.bound not in ("=", "~") or \
                other.rounded or other.vague or not (
                sentence[0] <= other.start and other.end <= sentence[1]) or \
                compare(claim, other) or other.value in stated:
            continue
        between = text[min(other.end, figures[at].end):max(other.start, figures[at].start)]
        if not _CLAUSE_OPENS.search(between):
            continue    # one clause's two figures: "rose from £96 million in March 2019 to
                        # £274 million" are two ends of one measure
        theirs = own_words(text, figures, j)
        # the words that tell the two clauses apart: "overspend" of both "the quarter two
        # forecast … showed an overspend of £4.2 million; the outturn was an overspend of £16.9
        # million" says nothing of which the claim's is
        if (mine - theirs) & wanted:
            continue
        shared = len((theirs - mine) & wanted)
        if shared > best_shared:
            best, best_shared = other, shared
    return best


def match_in(claim: Figure, text: str, anchored: bool = False,
             stated=(), clause=None) -> FigureMatch | None:
    """The best holding figure in `text`; failing that the best differing one; else None.
    `anchored`: `text` is the place the claim names (about_same). `stated`: the values of the
    claim's other figures, `clause` the words of its clause (rival_in_clause)."""
    holding, differing = None, None
    sources = () if claim.unit == "date" else _with_survey_groups(find_figures(text), text)
    for source in (find_dates(text) if claim.unit == "date" else sources):
        source = in_time_unit(source, claim.unit)
        if not about_same(claim, source, strict=False):
            continue
        shared = shared_context(claim, source)
        sentence = sentence_at(text, source.start, source.end)
        if compare(claim, source):
            if holding is None or shared > holding.shared:
                holding = FigureMatch(True, shared, source, sentence)
        elif claim.unit == "date" and (claim.value % 100 == 0) != (source.value % 100 == 0):
            continue    # a day and a month are not the same fact told differently
        elif about_same(claim, source, strict=True, anchored=anchored):
            if differing is None or shared > differing.shared:
                differing = FigureMatch(False, shared, source, sentence)
    if holding is not None and holding.source in sources:
        rival = rival_in_clause(claim, sources.index(holding.source), text, sources, stated,
                                clause)
        if rival is not None:
            # the right number of another clause: the claim misstates the figure whose clause
            # carries its words
            return FigureMatch(False, shared_context(claim, rival), rival,
                               sentence_at(text, rival.start, rival.end))
    if holding is None:
        holding = _derived_match(claim, text) or _year_span_match(claim, text)
    if holding is not None and claim.group and holding.source.group and \
            claim.group != holding.source.group:
        # the same number of another group: "48% of councillors" where the report has 48% of
        # staff is a figure that does not hold as stated
        return FigureMatch(False, holding.shared, holding.source, holding.sentence)
    return holding or differing


# A difference is what a claim states only when it speaks of a change ("fell by £8.1m", "a gap
# of", "rose by 62%" is a share of change, not computed here).
_CHANGE = frozenset(stem(w) for w in "fall fell fallen drop dropped rise rose risen increase "
                    "increased decrease decreased reduce reduced cut grew grow gap shortfall "
                    "lost loss down up".split())


# Two figures are combined only within this many characters of the sentences holding them.
MAX_DERIVED_SPAN = 400


# A change as writers state one against a figure the source gives as two ends: "160 fewer homes
# than promised", "gone up by £55 million", "that left £6.7 million still to be found". Read
# only where the claim is anchored to one place (derived_at), where the two ends are known to
# be the claim's subject.
_ANCHORED_CHANGE = _CHANGE | frozenset(stem(w) for w in "fewer more less left go gone went over "
                                       "short shrunk shrank higher lower still remain remaining "
                                       "saved added extra overspent overspend behind".split())


def derive(claim: Figure, a: Figure, b: Figure,
           change: frozenset[str] = _CHANGE) -> tuple[float, str] | None:
    """The quantity a claim's figure states, computed from two others of one unit (a first in
    the text), with the arithmetic in words: a multiple ("nearly doubled": b ÷ a), a share
    ("less than a fifth", "nine of 26, roughly a third": the smaller of the larger, in %), or a
    difference when the claim speaks of a change ("fell by £8.1m": a − b). None when the two
    cannot give what the claim states."""
    if a.unit != b.unit or a.unit in ("times", "%", "date") or not a.value or not b.value:
        return None
    if claim.unit == "times" and _COMPARATIVE.search(claim.text):
        # "twice as many in 2024/25 as in 2020/21", "four times the forecast": two things set
        # side by side, not a change from the first written to the second ("212 …, compared
        # with 94 in 2020/21"): the larger over the smaller, or for "half as many" the reverse
        small, large = sorted((a, b), key=lambda f: f.value)
        a, b = (small, large) if claim.value >= 1 else (large, small)
    if claim.unit == "times":
        return b.value / a.value, f"{b.text} ÷ {a.text} = {b.value / a.value:.2f}"
    if claim.unit == "%" and a.unit in ("£", ""):
        small, large = sorted((a, b), key=lambda f: f.value)
        share = 100.0 * small.value / large.value
        return share, f"{small.text} ÷ {large.text} = {share:.0f}%"
    if claim.unit == a.unit and change & set(claim.context):
        return abs(a.value - b.value), f"{a.text} − {b.text} = {_amount(abs(a.value - b.value), a.unit)}"
    return None


_COMPARATIVE = re.compile(r"\b(?:times|twice)\b", re.IGNORECASE)


# A sum is what a claim states only when it says so ("in total", "combined", "together").
_TOTAL = frozenset(stem(w) for w in "total totals combined together altogether".split())


def derivations(claim: Figure, a: Figure, b: Figure,
                change: frozenset[str] = _CHANGE) -> list[tuple[float, str]]:
    """Every quantity a claim's figure may state computed from two others (derive's; a sum
    when the claim speaks of a total; for a share when the claim speaks of a change, the change as a share of where it started:
    "rose by 40%" of "from £5.0m to £7.0m", "a 25% cut" of "from 80 to 60")."""
    out = [d for d in (derive(claim, a, b, change),) if d is not None]
    if claim.unit == a.unit == b.unit and a.unit in ("£", "") and _TOTAL & set(claim.context):
        # "£5.3m in total", "a combined 212": the two added
        out.append((a.value + b.value,
                    f"{a.text} + {b.text} = {_amount(a.value + b.value, a.unit)}"))
    if claim.unit == "%" and a.unit == b.unit and a.unit in ("£", "") and a.value and \
            b.value and change & set(claim.context):
        # where the change started is the first the source gives ("from A to B") or, given the
        # other way round ("B, up from A"), the second: both are tried (only ever to hold)
        for first, second in ((a, b), (b, a)):
            pct = 100.0 * abs(second.value - first.value) / first.value
            out.append((pct, f"({second.text} − {first.text}) ÷ {first.text} = {pct:.0f}%"))
    return out


# "will go up by", "has come down by": the verb is a stop word and the particle too.
_PHRASAL_CHANGE = re.compile(r"\b(?:go|goes|going|gone|went|come|comes|came)\s+(?:up|down)\b",
                             re.IGNORECASE)


# Which way a change goes, in the words of a claim or of the source's sentence. A difference is
# the same both ways; "160 more homes" of a number that fell from 420 to 260 is not a slip of
# arithmetic but the opposite claim.
# ("more than" and "over" are bounds as often: "well over half of it")
_RISING = re.compile(r"\b(?:ris(?:e|es|en|ing)|rose|increas\w*|gr[eo]w\w*|up|higher|more(?!\s+than)|"
                     r"extra|added|overspen\w*)\b", re.IGNORECASE)
_FALLING = re.compile(r"\b(?:fall\w*|fell|drop\w*|decreas\w*|reduc\w*|cuts?|shr[iau]nk\w*|"
                      r"lower|fewer|less|down|lost|loss|short\w*|behind)\b", re.IGNORECASE)


def _direction(text: str) -> set[str]:
    return ({"up"} if _RISING.search(text) else set()) | \
        ({"down"} if _FALLING.search(text) else set())


def derived_at(claim: Figure, text: str, said: str = "") -> FigureMatch | None:
    """A claim's figure computed from two of `text`'s close together, where the claim is
    anchored to `text` by more than shared words: the place it cites, or the place the sentence
    it continues was found at ("Their value has since fallen by about £25 million" after a
    sentence on the property portfolio). The claim's own words need not be the source's there
    ("gone up by £55 million" of "risen from £42 million to £97 million"), so only an exact or
    approximate figure is computed, never a one-sided bound ("more than halved" holds for some
    pair of almost any list), only a difference of amounts or counts, and only to find that a
    figure holds. `said`: the claim's sentence, for a change its figure's context words miss."""
    if claim.bound not in ("=", "~", "≲") or claim.unit not in ("£", ""):
        return None     # a difference only: multiples and shares have their own mechanisms
    if _PHRASAL_CHANGE.search(said):
        claim = replace(claim, context=claim.context + (stem("rise"),))
    figures = find_figures(text)
    for i, a in enumerate(figures):
        for b in figures[i + 1:]:
            derived = derive(claim, a, b, _ANCHORED_CHANGE)
            if derived is None:
                continue
            sentence = sentence_at(text, a.start, b.end)
            if len(sentence) > MAX_DERIVED_SPAN:
                continue
            claimed, stated = _direction(said), _direction(sentence)
            if len(claimed) == 1 and len(stated) == 1 and claimed != stated:
                continue
            value, how = derived
            figure = Figure(text=how, start=a.start, end=b.end, value=value, unit=claim.unit,
                            bound="=", context=tuple(dict.fromkeys(a.context + b.context)))
            if compare(claim, figure):
                return FigureMatch(True, len(set(claim.context) & set(figure.context)), figure,
                                   sentence)
    return None


# A sentence listing at most this many amounts of one unit is read as one list a writer may add
# up ("£2.1 million in 2022/23, £3.4 million in 2023/24 and a planned £2.9 million in 2024/25").
MAX_LISTED = 5


def listed_total(claim: Figure, text: str) -> FigureMatch | None:
    """A claim's amount or count stated as the sum of every figure of its unit in one sentence of
    `text` ("used £8.4 million of reserves over the three years" of "£2.1 million in 2022/23,
    £3.4 million in 2023/24 and a planned £2.9 million in 2024/25"). All of the sentence's
    figures of that unit are added, never a pair picked from them: a sum chosen from a list
    matches almost any number. The sentence must share MIN_SHARED_CONTEXT of the words round
    the claim's figure. Read only where the claim is anchored to `text` (the paragraph it cites,
    which carries the claim), and only to find that a figure holds."""
    if claim.unit not in ("£", "") or claim.bound not in ("=", "~", "≲") or claim.vague:
        return None
    figures = [f for f in find_figures(text) if f.unit == claim.unit]
    by_sentence: dict[tuple[int, int], list[Figure]] = {}
    for f in figures:
        by_sentence.setdefault(_sentence_span(text, f.start, f.end), []).append(f)
    for listed in by_sentence.values():
        if not 2 <= len(listed) <= MAX_LISTED or \
                any(f.bound not in ("=", "~") or f.rounded or f.vague for f in listed):
            continue
        total = sum(f.value for f in listed)
        how = " + ".join(f.text for f in listed) + f" = {_amount(total, claim.unit)}"
        figure = Figure(text=how, start=listed[0].start, end=listed[-1].end, value=total,
                        unit=claim.unit, bound="=",
                        context=tuple(dict.fromkeys(w for f in listed for w in f.context)))
        sentence = sentence_at(text, listed[0].start, listed[-1].end)
        # the list's own words are cut short by the years between its amounts: the sentence's
        # words say what it lists ("used reserves to balance its budget")
        shared = len(set(claim.context) & set(content_stems(sentence)))
        if shared >= min(MIN_SHARED_CONTEXT, len(claim.context)) and compare(claim, figure):
            return FigureMatch(True, shared, figure, sentence)
    return None


def _amount(value: float, unit: str) -> str:
    if unit == "£":
        return f"£{value / 1e6:.1f} million" if value >= 1e6 else f"£{value:,.0f}"
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def arithmetic(claim: Figure, source: Figure) -> str:
    """How a claim's figure holds against the source's, in words for a reader: "47% ≈ nearly
    half (just under 50%)", "£2.13 million ≈ £2.1m", "84 = 84", "61% ≈ a majority (over
    50%)"."""
    same = abs(claim.value - source.value) <= 1e-9 * max(1.0, abs(claim.value))
    return f"{source.text} {'=' if same and claim.bound == '=' else '≈'} {as_read(claim)}"


def as_read(figure: Figure) -> str:
    """A claim's figure as written, and for one written only in words the quantity it was
    read as: "nearly half (just under 50%)", "48%"."""
    plain = re.sub(_BOUND_BEFORE.pattern[:-1], "", figure.text, flags=re.IGNORECASE).strip()
    if any(c.isdigit() for c in figure.text) or \
            all(w in _WORD_VALUES for w in re.split(r"[\s-]+", plain.lower()) if w):
        return figure.text      # "48%", "eleven", "over eleven": the number is written
    return f"{figure.text} ({meaning(figure)})"


# The words a bound is read as, for the quantity a figure in words means.
_BOUND_WORDS = {"=": "", ">": "over ", ">=": "at least ", "<": "under ", "<=": "at most ",
                "~": "about ", "≲": "just under "}


def meaning(figure: Figure) -> str:
    """The quantity a figure written in words means, with its bound: "nearly half" is "just
    under 50%", "a majority" "over 50%", "more than doubled" "over ×2", "a decade" "10 years"."""
    v = figure.value
    if figure.unit == "%":
        amount = f"{v:.0f}%" if abs(v - round(v)) < 0.05 else f"{v:.1f}%"
    elif figure.unit == "times":
        amount = f"×{v:g}" if v >= 1 else f"÷{1 / v:g}"
    elif figure.unit in _TIME_UNITS:
        amount = f"{v:g} {figure.unit if v != 1 else figure.unit[:-1]}"
    else:
        amount = _amount(v, figure.unit)
    return _BOUND_WORDS.get(figure.bound, "") + amount


def _derived_match(claim: Figure, text: str) -> FigureMatch | None:
    """A claim's figure computed from two of the source's close together (the sentences holding
    them within MAX_DERIVED_SPAN characters): a difference ("fell
    by £8.1m" from "£14.2m to £6.1m"), a multiple ("nearly trebled", "five times as many"), or
    a share ("less than a fifth of what was forecast": £0.6m of £3.8m). Only ever to find that
    a figure holds: arithmetic never makes a figure differ."""
    figures = find_figures(text)
    best = None
    for i, a in enumerate(figures):
        for b, derived in ((b, d) for b in figures[i + 1:] for d in derivations(claim, a, b)):
            sentence = sentence_at(text, a.start, b.end)
            if len(sentence) > MAX_DERIVED_SPAN:
                continue        # too far apart to be one statement's two figures
            context = tuple(dict.fromkeys(a.context + b.context))
            value, how = derived
            # a share of two counts is of the group they count, when one or both name it: "all
            # 45 members …, to which 31 responded" is of members (issue 19)
            group = a.group if a.group == b.group or not b.group else b.group if not a.group else ""
            figure = Figure(text=how, start=a.start, end=b.end, value=value, unit=claim.unit,
                            bound="=", context=context, group=group)
            shared = len(set(claim.context) & set(context))
            # the claim's words must be the sentence's, as closely as for a figure that
            # differs: two numbers of a loosely similar sentence combine into anything
            if claim.context and shared >= min(MIN_DIFFER_SHARED, len(claim.context)) and \
                    shared / len(claim.context) >= MIN_DIFFER_SHARE and compare(claim, figure):
                if best is None or shared > best.shared:
                    best = FigureMatch(True, shared, figure, sentence)
    return best


_YEAR_IN_TEXT = re.compile(r"\b((?:19|20)\d\d)(?:[/-](\d\d))?\b")


_MONTH_WORDS = "|".join(m.title() for m in _MONTHS)
# The year a figure is of, written beside it: "£4.8 million in 2021/22", "52% in 2019", "£6.1
# million at 31 March 2024", "In 2023/24, 38% …" (nothing else between).
# A figure named back: "the figure was 12", "the equivalent figure was 14%", "the number stood
# at 9" (issue 19: the count the sentence before gives, of another year or a part).
_NAMED_BACK = (r"the\s+(?:equivalent\s+|comparable\s+|corresponding\s+|same\s+)?"
               r"(?:figure|number|total|rate|proportion|share|count)\s+(?:was|were|is|had\s+been|"
               r"stood\s+at|rose\s+to|fell\s+to)")
_YEAR_AFTER = re.compile(r"^\s+(?:in|at|by|for|during|as\s+at)\s+(?:the\s+end\s+of\s+)?"
                         r"(?:(?:\d{1,2}\s+)?(?:" + _MONTH_WORDS + r")\s+)?"
                         r"((?:19|20)\d\d(?:[/-]\d\d)?)\b")
_YEAR_BEFORE = re.compile(r"\b(?:[Ii]n|[Bb]y|[Dd]uring|[Ff]or)\s+((?:19|20)\d\d(?:[/-]\d\d)?),?\s+"
                          # "the budget gap for 2026/27 is £27.4 million"
                          r"(?:(?:is|was|were|are|will\s+be|stood\s+at|stands\s+at|of)\s+)?"
                          # "In 2021/22 the figure was 12": the year of a figure named back
                          rf"(?:{_NAMED_BACK}\s+)?"
                          r"(?:(?:only|just|some|about|around|over|nearly|almost)\s+)?$")


def year_beside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The year written right beside the figure at [start, end) of `text`, as its first and
    last calendar years ("2021/22": 2021, 2022; "2019": 2019, 2019), or None."""
    after = _YEAR_AFTER.match(text[end:end + 40])
    before = None if after else _YEAR_BEFORE.search(text[max(0, start - 30):start])
    found = after or before
    if not found:
        return None
    first = int(found.group(1)[:4])
    return first, first + (1 if len(found.group(1)) > 4 else 0)


def years_apart(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two figures' years are other years: two financial years are the same only when
    they are one ("2023/24" is not "2024/25", though both hold 2024); else they are apart when
    their calendar years do not meet ("2024" is within "2023/24")."""
    if a[1] == a[0] + 1 and b[1] == b[0] + 1:
        return a != b
    return a[1] < b[0] or b[1] < a[0]


def years_in(text: str) -> set[str]:
    """The years and financial years a text names, as "2023" and "2023/24" ("2023-24" too)."""
    return {y + ("/" + f if f else "") for y, f in _YEAR_IN_TEXT.findall(text)}
_YEAR_STEM = stem("years")


def _year_span_match(claim: Figure, text: str) -> FigureMatch | None:
    """A number of years the claim states ("more than halved in three years", "rose from 22 to
    63 in two years") computed from the years of one of the source's sentences: "from £14.2
    million in March 2021 to £5.8 million in March 2024" spans three. Only ever to find that
    it holds, as for _derived_match."""
    if claim.unit != "years":
        return None
    wanted = [w for w in claim.context if w != _YEAR_STEM]
    best = None
    for m in _YEAR_IN_TEXT.finditer(text):
        sentence = sentence_at(text, m.start(), m.end())
        years = sorted({int(y[:4]) for y in years_in(sentence)})
        if len(years) < 2:
            continue
        shared = len(set(wanted) & set(content_stems(sentence)))
        if not wanted or shared < min(MIN_DIFFER_SHARED, len(wanted)) or \
                shared / len(wanted) < MIN_DIFFER_SHARE:
            continue
        for a, b in ((a, b) for a in years for b in years if b > a):
            figure = Figure(text=f"{a} … {b}", start=m.start(), end=m.end(),
                            value=float(b - a), unit="years", bound="=", context=tuple(wanted))
            if compare(claim, figure) and (best is None or shared > best.shared):
                best = FigureMatch(True, shared, figure, sentence)
    return best


# A table read as one run of text ("… openly with staff 23% 24% 53% I feel able to raise
# concerns 38% …") has a row end where a share is followed by a capitalised word: prose says
# "53% of staff", never "53% I".
_ROW_END = r"(?<=%)\s+(?=[A-Z])"


def sentence_at(text: str, start: int, end: int, rows: bool = True) -> str:
    """The sentence of `text` around [start, end); with `rows`, a flattened table's row."""
    row_end = f"|{_ROW_END}" if rows else ""
    left = max((m.end() for m in re.finditer(rf"[.!?]\s+(?=[A-Z‘“'\"(]){row_end}", text[:start])),
               default=0)
    # from the figure's last character, so that a row ending right after it ("53% I …") is seen
    tail = max(end - 1, 0)
    right = re.search(rf"[.!?](?=\s+[A-Z‘“'\"(]|\s*$){row_end}", text[tail:])
    stop = tail + right.end() if right else len(text)
    return text[left:max(stop, end)].strip()


# ---------------------------------------------------------------- what a figure counts

# What a figure counts or measures is named by the first word after it ("48% of *staff*",
# "£2.1m *overspend*", "three of the nine *directors*") or, when none follows, by the noun it is
# "of" ("an *overspend* of £2.1m"): a figure that holds in a source sentence that never names
# the claim's measure is the same number of another thing (issue 19: on unseen prose "48% of
# councillors" passed on a report's 48% of staff). Skipped on the way: the words that join a
# figure to its noun.
_MEASURE_SKIP = frozenset("of the a an its their our his her these those this that all some "
                          "each every total everything".split())
# Words after a figure that say how it changed or when, not what it counts.
_NOT_MEASURES = frozenset(stem(w) for w in (
    "times year years month months week weeks day days increase decrease rise fall cut "
    "drop higher lower more less fewer last next previous annual annually".split()))
_MEASURE_BEFORE = re.compile(r"([^\W\d_]+)\s+of\s+(?:(?:about|around|some|roughly|approximately|"
                             r"almost|nearly|over|just|only|under|more\s+than|less\s+than|"
                             r"fewer\s+than|at\s+least)\s+)*$", re.IGNORECASE)


def measure_of(text: str, start: int, end: int) -> str:
    """The word naming what the figure at [start, end) of `text` counts ("staff" of "48% of
    staff who responded", "overspend" of "an overspend of £2.1m"), as written, or "" when
    the words round it do not say (a verb follows, a year, a table's next cell)."""
    after = re.split(r"[\d.,;:!?()\[\]“”\"‘–—]|\s-\s", text[end:end + 80], maxsplit=1)[0]
    words = re.findall(r"[^\W\d_]+(?:['’][^\W\d_]+)?", after)[:4]
    if text[start:end].rstrip().endswith("%") or re.search(r"(?:per\s?cent|half|third|quarter|"
                                                           r"fifth|tenth|in\s+\w+)$",
                                                           text[start:end], re.IGNORECASE):
        # a share counts what it is "of" ("48% of staff"); the word after it otherwise says
        # something of it ("40% empty", "56.2% put Ivelbury among …")
        words = words[1:] if words[:1] and words[0].lower() == "of" else []
    for i, word in enumerate(words):
        low = word.lower()
        if low in _MEASURE_SKIP or re.search(r"['’]s?$", low):
            continue        # "of the council's £46m": a possessive is not what is counted
        if i == 0 and word[:1].isupper() and word != "I":
            return ""       # "47% Members and officers …": a table's next row
        if low in STOPWORDS or low in REFERENCE_WORDS or low in _WORD_VALUES or len(low) < 3 \
                or low.endswith("ed") or stem(low) in _NOT_MEASURES:
            break
        return low
    m = _MEASURE_BEFORE.search(text[max(0, start - 60):start])
    if m:
        low = m.group(1).lower()
        if not (low in STOPWORDS or low in REFERENCE_WORDS or low in _WORD_VALUES or
                len(low) < 3 or stem(low) in _NOT_MEASURES):
            return low
    return ""


# Two words name one measure when their stems agree or one stem opens the other and runs on
# by at most this many letters ("waiv" of "waived" and "waiver" of "waivers"): a light stem
# misses some forms of a word. ("council" runs on by three to "councillor".)
MEASURE_RUN_ON = 2


# Measures of money that are different things, each a class of words for one: a figure of one
# class is not the claim's figure of another ("a £2.1m overspend" is not "savings of £2.1m",
# "income of £4m" not "spending of £4m", "a loss of" not "a profit of"). Single words are too
# poor a measure of meaning for anything wider (MIN_MEASURE_SIMILARITY in thresholds.py).
_MEASURE_CLASSES = tuple(frozenset(stem(w) for w in words.split()) for words in (
    "overspend overspends deficit deficits shortfall shortfalls gap",
    "underspend underspends saving savings surplus surpluses",
    "income incomes revenue revenues receipts",
    "spending spend expenditure cost costs",
    "profit profits", "loss losses",
    "borrowing borrowings debt debts loans",
    "reserve reserves balances",
))


def contrasting_measures(ours: str, theirs: str) -> bool:
    """Whether two words name measures of money that are different things (_MEASURE_CLASSES)."""
    a = [i for i, c in enumerate(_MEASURE_CLASSES) if stem(ours) in c]
    b = [i for i, c in enumerate(_MEASURE_CLASSES) if stem(theirs) in c]
    return bool(a and b) and not set(a) & set(b)


def names_measure(text: str, measure: str) -> bool:
    """Whether `text` names the measure: a word of the same stem, or of a stem that opens it or
    that it opens, MEASURE_RUN_ON letters apart at most."""
    want = stem(measure)
    for have in content_stems(text):
        short, long_ = sorted((have, want), key=len)
        if have == want or (len(short) >= _STEM_LENGTH and long_.startswith(short) and
                            len(long_) - len(short) <= MEASURE_RUN_ON):
            return True
    return False
