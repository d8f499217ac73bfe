"""Find where a motion says its quotations come from, and attach those citations to the quotations.

A citation is read in the forms councils write them: "(Section 3.4)", "(Sections 10.17 and
5.120)", "(paras 4.4–4.6)", "§3.4", "(p. 23)", "(pages 23-24)", "(Report, 7.3)", "(Letter from
SoS to CEX 12/11/24)", or in the sentence before the quotation ("As paragraph 4.50 of the report
says, “…”"). Section numbers are kept exactly as written ("4.50" is never "4.5").
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from verifier.models import Citation, Quotation
from verifier.words import ANNEX_WORD, FOOTNOTE_AFTER_QUOTE, PART_NAME, in_tracked_change

# How far a range like "4.4–4.6" or "pages 23-30" is expanded; a longer one is kept as its ends
# (a typo such as "4.4–4.60" must not become 57 paragraphs).
MAX_RANGE = 30
# A bracketed citation longer than this is prose, not a reference.
MAX_BRACKETED = 160
# How far back (characters) a citation written before its quotation may be, within one sentence.
MAX_LOOKBACK = 300
# Text between two quotations that share one citation after the last ("“A”, “B” and “C” (para
# 3.1)") is a few connecting words, never a whole clause.
MAX_RUN_GAP = 150

_NUM = r"\d+(?:\.\d+)*"
_SEP = r"(?:\s*,\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*|\s+to\s+|\s*[-–—‑−]\s*)"
_NUMLIST = rf"{_NUM}(?:{_SEP}{_NUM})*"
_RANGE_SEP = re.compile(r"^\s*(?:to|[-–—‑−])\s*$")

# The words that introduce a section, chapter or page number. "s." and "ss." are left out:
# "s.151 officer" is a statutory role, not a paragraph of the report.
_SECTION_WORDS = r"§§?|¶¶?|sections?|sects?\.?|secs?\.?|paragraphs?|paras?\.?|pars?\.|chapters?|chap\.|ch\."
_PAGE_WORDS = r"pages?|pp\.?|p\.|p(?=\s?\d)|pgs?\.?"
# "footnote 19", "fn. 19": a bare "note" is left out ("the report notes 48% of staff …").
_FOOTNOTE_WORDS = r"footnotes?|fns?\.?"
# A recommendation by its label: "(R4)", "Recommendation 4", "Recommendation R3": the reader
# stores a report's labelled recommendations as places "R1", "R2" … (issue 20).
_RECOMMENDATION_WORDS = r"recommendations?|recs?\.?|R(?=\s?\d)"
# An executive summary's paragraph by its label: "(ES3)", "(ES.3)", "paragraph ES3" (a GOV.UK
# style summary numbered ES1, ES2 …): stored as the place "ES3".
_SUMMARY_LABEL_WORDS = r"(?-i:ES)\.?(?=\s?\d)"
# What follows a section number that makes it a statute's or a statutory role's.
STATUTE_AFTER = re.compile(r"\s*(?:(?i:officers?|notices?)\b|"
                           r"of\s+the\s+[A-Z][\w ()]{0,60}?\bAct\b)")
_KEYWORD_CITE = re.compile(
    rf"(?<![A-Za-z])(?P<word>{_SECTION_WORDS}|{_PAGE_WORDS}|{_FOOTNOTE_WORDS}|"
    rf"{_RECOMMENDATION_WORDS}|{_SUMMARY_LABEL_WORDS})\s*"
    # "Recommendation no. 4", "paragraph number 12"
    rf"(?:(?:nos?\.?|numbers?)\s*(?=\d))?(?P<nums>R?{_NUMLIST})(?![\d.]\d)",
    re.IGNORECASE,
)
# A place by its order in words: "the fourth recommendation", "(letter, third paragraph)",
# "Recommendation four". A paragraph so counted is a letter's, an annex's or a summary's, and
# is taken only with that document named beside it (beside_document); a recommendation is
# the report's R4 (issue 21, every way of citing).
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_ORDINAL_CITE = re.compile(
    r"(?<![A-Za-z])(?:(?P<ordinal>" + "|".join(_ORDINALS) + r"|\d{1,2}(?:st|nd|rd|th))\s+"
    r"(?P<kind>paragraph|para|recommendation)|(?P<kind2>recommendation)\s+(?P<cardinal>"
    + "|".join(_CARDINALS) + r"))\b", re.IGNORECASE)
# A place said aloud, as a transcript of a meeting writes it: "paragraph four point two",
# "paragraph four point one two" (4.12), "page twenty-three", "recommendation six".
_UNITS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
          "fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SPOKEN_NUMBER = (r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:" + "|".join(_UNITS[:9]) +
                  r"))?|" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r"|zero|oh|nought)")
_SPOKEN_CITE = re.compile(
    r"(?<![A-Za-z])(?P<word>paragraphs?|paras?|pages?|sections?|chapters?|recommendations?)\s+"
    rf"(?P<spoken>{_SPOKEN_NUMBER}(?:\s+point(?:\s+{_SPOKEN_NUMBER}){{1,3}})?)\b"
    r"(?!\s+(?:of\s+the\s+[A-Z][\w ()]{0,60}?\bAct\b|times?|per\s*cent|percent))",
    re.IGNORECASE)


def _spoken_value(words: str) -> int:
    """"twenty-three" → 23, "four" → 4, "oh" → 0."""
    total = 0
    for word in re.split(r"[- ]", words.lower()):
        if word in _TENS:
            total += 10 * (_TENS.index(word) + 2)
        elif word in _UNITS:
            total += _UNITS.index(word) + 1
    return total


def _spoken_place(spoken: str) -> str:
    """"four point two" → "4.2", "four point one two" → "4.12", "four point twelve" → "4.12"."""
    head, _, tail = re.sub(r"\s+point\s+", "|", spoken.lower(), count=1).partition("|")
    number = str(_spoken_value(head))
    if not tail:
        return number
    digits = [w for w in re.split(r"\s+", tail.strip()) if w]
    if all(w in _UNITS[:9] or w in ("zero", "oh", "nought") for w in digits):
        return number + "." + "".join(str(_spoken_value(w)) for w in digits)
    return number + "." + str(_spoken_value(" ".join(digits)))


# An annex's or appendix's paragraph by its label: "(A.3)", "(Annex A.3)", "(Appendix B2)",
# "paragraph A.3": the place the reader stores as A.3 or A3 (verdicts.annex_sections).
_ANNEX_CITE = re.compile(rf"(?<![\w.])(?:(?i:{ANNEX_WORD}|paragraphs?|paras?\.?)\s*)?"
                         r"(?P<letter>[A-Z])\.(?P<number>\d{1,2})(?![\w]|\.\d)|"
                         rf"(?<![\w.])(?i:{ANNEX_WORD}|paragraphs?|paras?\.?)\s+"
                         r"(?P<letter2>[A-Z])(?P<number2>\d{1,2})(?![\w]|\.\d)")
# A recommendation under a letter: "Recommendation B", "(Recommendations A and C)",
# "Recommendations A to C": the place the reader stores as "RB" (index/paragraphs.py), as
# "Recommendation 4" is "R4". The letter is a capital standing alone ("the recommendation I
# made" is no place: an "I" before a lower-case word is the pronoun).
_LETTER_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*|\s+to\s+|\s*[-–]\s*)"
_LETTERED_RECOMMENDATION_CITE = re.compile(
    rf"(?<![A-Za-z])(?i:recommendations?|recs?\.)\s+(?P<letters>[A-Z](?:{_LETTER_SEP}[A-Z])*)"
    r"(?![\w’'.]\w|\w)(?<!I(?=\s+[a-z]))")
_SUMMARY_LABEL_WORD = re.compile(r"^ES\.?$")
_RECOMMENDATION_WORD = re.compile(r"^(?:recommendations?|recs?\.?|r)$", re.IGNORECASE)
# Words between two quotations that introduce a new speaker or source.
# (Not the noun after an article or a possessive: "“…”, a claim for which the inspectors “…”"
# gives no new source. Nor a verb whose subject goes on from before: "describe it as “…” and say “…” (para 90)".)
_NEW_SPEAKER = re.compile(r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\bits )"
                          r"(?<!\band )"
                          r"\b(?:says?|said|states?|stated|notes?|noted|found|finds|writes|wrote|"
                          r"according|added|adds|told|claims?|claimed)\b", re.IGNORECASE)
# Words between two quotations that open a new reported clause ("He said “A” and that “B”
# (para 84)"): the citation after B may be B's statement's alone.
_NEW_CLAUSE = re.compile(r"\bthat\b", re.IGNORECASE)
# Words right after a quotation that only finish its phrase ("“…” to the Audit Committee
# (Recommendation 5)", "“…” during fieldwork (para 4.5)"): a preposition opening them, no
# clause of the motion's own; the citation that closes the sentence is the quotation's.
_PHRASE_AFTER = re.compile(
    r"[ \t]+(?:to|in|on|of|for|from|by|at|with|within|without|during|over|under|across|"
    r"since|after|before|between|among|into|about|against|throughout)\b[^,;:()\[\]]*$",
    re.IGNORECASE)
# The quotation's own tag between it and a citation: "“…,” the report says [report, p. 1]".
_SAYS_TAG = re.compile(r"[ \t]*,?[ \t]*(?:the|their|its)\s+(?:report|inspectors?|inspection\s+"
                       r"team|letter)\s+(?:says|said|notes|noted|states|stated|adds|added|"
                       r"writes|wrote|concludes|concluded|finds|found)[ \t]*", re.IGNORECASE)
# A later reference back to the place cited last: "the same paragraph said that “…”".
# "And it goes on, and I quote, “…”": the passage quoted before, going on.
_SAME_PLACE = re.compile(r"\b(?:the\s+)?same\s+(?:paragraph|section|para|passage|page|"
                         r"recommendation)\b|\b(?:it|the\s+(?:paragraph|passage|section))\s+"
                         r"(?:then\s+)?goes\s+on\b", re.IGNORECASE)
# A source named in the sentence before a quotation, in prose: "the foreword, which stated:
# “…”", "in the letter of 12 November, that he “…”", "the Secretary of State's letter says “…”".
_PROSE_SOURCE = re.compile(
    # ("the report's executive summary concludes that … “…”")
    r"\b(?:the|its|their)\s+(?:(?:report|inspectors?)['’]s?\s+)?(?P<name>foreword|executive\s+"
    r"summary|(?:(?:secretary\s+of\s+state|"
    r"minister|sos)['’]s\s+)?letter(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?)?)\b|"
    # "the Secretary of State repeats the point in her letter, saying “…”"
    r"\b(?:in|from)\s+(?:his|her)\s+(?P<own>letter)\b(?!\s+(?:of|dated)\s+\d)|"
    # "In a letter to the council's chief executive, the Minister said …": the letter to whom
    r"\ba\s+(?P<addressed>letter\s+(?:to|from)\s+[^,.;:“”\"]{3,60}?)(?=\s*[,;:]|\s+(?:said|says|"
    r"wrote|writes|states?|stated)\b)|"
    # "In Annex A the inspectors explain that “…”": the annex, as a place of the report
    r"\b(?:in|from)\s+(?P<annex>(?i:" + ANNEX_WORD + r")\s+(?-i:[A-Z]))\b(?!\.\d)",
    re.IGNORECASE)
# A part of the report named after the quotation, in its sentence: "“…”, the inspectors wrote
# in their foreword."
# Said in an aside after a dash: "“…” — that's the executive summary — and …" (a Leader's
# statement in the minutes, netherby).
_PART_AFTER = re.compile(r"\b(?:in|from|that['’]s|that\s+is|according\s+to)\s+"
                         r"(?:the|their|its|his|her)\s+(?P<name>foreword|executive\s+summary|(?:(?:secretary\s+of\s+state|"
                         r"minister|sos)['’]s\s+)?letter)\b", re.IGNORECASE)
# A place named the same ways after the quotation, in its sentence: "“…” — that's the
# inspectors, in Chapter 1, not me", "“…” — that's paragraph 7.4 —".
_PLACE_CUE_AFTER = re.compile(r"\b(?:in|at|from|that['’]s|that\s+is|see|citing|cites|"
                              # ("“…”, says paragraph 3.4.": the place as what says them)
                              r"cited\s+as|quoting|under|says|states|records|reads)\s+$",
                              re.IGNORECASE)
# … but a verb with no subject of its own goes on with the speaker before: "The inspectors
# found it “…” and noted that “…” (paragraph 9.1.1)" is one run, one citation.
_SAME_SPEAKER = re.compile(r"\s*,?\s*(?:and|but)\s+(?:also\s+)?(?:says?|said|states?|stated|"
                           r"notes?|noted|found|finds|writes|wrote|added|adds)(?:\s+that)?\s*")
# The editor's marks between a quotation and its citation: "[sic]", "(emphasis added)".
_SIC = re.compile(r"(?:[ \t\u00a0]*[(\[]\s*(?:sic|emphasis\s+(?:added|mine|in\s+original)|"
                  r"my\s+emphasis|original\s+emphasis)\s*[)\]])+", re.IGNORECASE)
_IBID = re.compile(r"[ \t]*[.,;:]?[ \t]*[(\[]\s*(?:ibid|id|op\.?\s*cit)\.?\s*[)\]]", re.IGNORECASE)
_AT_NUMBER = re.compile(
    r"\b(?:at|in|from)\s+(\d{1,2}\.\d{1,3}(?:\.\d{1,3})?)\b(?![\d.]\d)(?!\s+to\b)"
    r"(?!\s*(?:%|per\s*cent|million|billion|bn|m\b|k\b|years?|months?|hours?|days?|weeks?|"
    r"hrs\b|[ap]\.?m\b))",
    re.IGNORECASE)
# The report by a short name, then a dotted paragraph number: "BVI 5.5: “…”" (a table's cell),
# "the BVI report 4.12 says “…”".
_NAMED_NUMBER = re.compile(r"\b(?:BVI(?:\s+report)?|(?i:inspection\s+report|inspectors?))\s+"
                           r"(\d{1,2}\.\d{1,3}(?:\.\d{1,3})?)\b(?![\d.]\d)(?!\s*(?:%|per\s*cent))")
# "The report says at 47 that “…”", "At 47, the inspectors wrote": a paragraph of a report
# numbered straight through after "at", followed by no noun it counts ("at 3 meetings"):
# a `bare` citation (verdicts.straight_through).
_AT_BARE = re.compile(r"\b(?i:at)\s+(\d{1,3})\b(?![\d.,]\d)"
                      r"(?=\s*(?:[,;:)]|(?i:that|the|they|it|we|he|she|its|their)\b))")
# Front matter numbered in roman: "(p. iii)", "(Foreword, p. ii)".
_ROMAN_PAGE = re.compile(r"(?<![A-Za-z])(?:pp?|pages?)\.?\s*([ivxlc]{1,6})\b(?![\w.])",
                         re.IGNORECASE)
_FOOTNOTE_WORD = re.compile(rf"^(?:{_FOOTNOTE_WORDS})$", re.IGNORECASE)
_PAGE_WORD = re.compile(r"^(?:pages?|pp\.?|p\.?|pgs?\.?)$", re.IGNORECASE)
_NUM_RE = re.compile(_NUM)

# A bare list of dotted numbers in brackets, optionally after a document name: "(3.4)",
# "(Report, 7.3)", "(4.4–4.6)", "(4.3.1)" (three levels: the blind corpus's minutes cite so). Undotted bare numbers are left alone: "(2023)" is a year.
# (The name must hold a letter: in "(4.4, 4.6)" the first number is not a name.)
_BARE = re.compile(rf"^(?:(?P<doc>[^()]*?[A-Za-z][^()]*?)\s*[,:;]\s*|"
                   rf"(?P<spaced>[^()\d]*?[A-Za-z][^()\d]*?)\s+)?"
                   rf"(?P<nums>\d+(?:\.\d+)+(?:(?:{_SEP}|\s*;\s*){_NUM})*)\.?$")
# A number alone in the brackets after a quotation, "(47)", "[47]", "(47-48)", "(ibid, 48)",
# "(report at 47)": a paragraph of a report numbered straight through (1 to 140), kept as a
# `bare` citation that counts only where the sources number so (verdicts.straight_through);
# at most three figures ("(2023)" is a year).
_BARE_UNDOTTED = re.compile(rf"^(?:(?P<doc>[^()]*?[A-Za-z][^()]*?)\s*[,:;]\s*|"
                            rf"(?P<spaced>[^()\d]*?[A-Za-z][^()\d]*?)\s+)?"
                            rf"(?P<nums>\d{{1,3}}(?:{_SEP}\d{{1,3}})*)\.?$")
# The number first, the report named after it: "(3.4 of the report)", "(3.4, BVI)", "(3.4 BVI
# report)" (issue 23: read as a document named "3.4 of the report", the citation could not be
# checked). Only the report by name: "(4.3 million)" or "(2.5 times)" names no document.
_BARE_FIRST = re.compile(rf"^(?P<nums>\d+(?:\.\d+)+(?:{_SEP}{_NUM})*)\s*,?\s+"
                         rf"(?:(?:of|in)\s+)?(?P<doc>[^()\d]*?[A-Za-z][^()\d]*?)\.?$")
# The report by a short name before a number alone: "(BVI, 47)", "(Inspectors, 47)".
_REPORT_BY_NAME = re.compile(r"(?:the\s+)?(?:bvi|inspectors?|inspection(?:\s+team)?|"
                             r"(?:bvi\s+|inspection\s+|best\s+value\s+(?:inspection\s+)?)"
                             r"report)", re.IGNORECASE)
# An annex paragraph's label alone in the brackets after a quotation, "(A3)", "(B12)": not
# R (a recommendation, "R4") nor a summary's "ES3", read by their keywords.
_BARE_ANNEX_LABEL = re.compile(r"(?-i:([A-QS-Z]))(\d{1,2})\.?")
# A date written with stops ("12.11.24", "4.2.2025") after a dated document's name: not a
# three-level paragraph number.
_DATED_DOCUMENT = re.compile(r"\b(?:letter|e-?mail|memo(?:randum)?|statement|notice)\b",
                             re.IGNORECASE)
_DOTTED_DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:\d{2}|20\d{2})")
# Words before a bare number that point at it and name nothing: "(see 4.1.2)", "(ref 4.1.2)",
# "(cf. 4.1.2)", "(BVI report at 4.1.2)".
_POINTING = re.compile(r"(?:^|\s+)(?:see(?:\s+also)?|cf\.?|ref\.?|reference|at)$", re.IGNORECASE)

# Names that only say "the report" give no extra location and are not a named document.
_GENERIC_DOC = re.compile(
    r"^(?:(?:of|in|from)\s+)?(?:the\s+)?(?:best\s+value\s+|bvi\s+)?(?:inspection\s+)?(?:report)?$",
    re.IGNORECASE,
)
# Bracketed asides that follow quotations but name no source.
_NOT_A_SOURCE = re.compile(
    r"^(?:emphasis\s+(?:added|mine|in\s+original)|my\s+emphasis|original\s+emphasis|sic|ibid\.?|"
    r"op\.?\s*cit\.?|see\s+(?:above|below)|abridged|paraphrased?|translated|cont(?:inued|\.)?)$",
    re.IGNORECASE,
)
# Words that mark a bracketed name as a document even away from a quotation (for find_citations).
_DOC_WORDS = re.compile(
    r"\b(?:letter|report|review|statement|minutes|plan|directions?|guidance|memo(?:randum)?|"
    r"e-?mail|strategy|annex|appendix|inspection|audit|survey|framework)\b",
    re.IGNORECASE,
)
_DATE = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b")

# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "p pp para paras par sect sec ch chap no nos cf eg e.g ie i.e etc cllr mr mrs ms dr st vs "
    "approx fig figs vol".split()
)
_MARKS = "“”„‘’‚\"'«»"
# A footnote marker right after a closing quotation mark: "…in 2019”[1]" (a glued "19" is
# words.FOOTNOTE_AFTER_QUOTE), and the footnote itself, a later line opening with the marker:
# "[1] Best Value Inspection of Greyhaven Borough Council, January 2025, paragraph 7.6."
_BRACKETED_MARKER = re.compile(r"\[(\d{1,3})\]")
# … or after a space, as word processors' users type them ("…” [2]"): a note call still, when
# a later line opens with "[2]" and cites a place (footnote_citation)
# (Markdown writes the call "[^1]" and its note "[^1]: …")
_SPACED_MARKER = re.compile(r"[ \t]?(?:\[\^?(\d{1,3})\]|\((\d{1,2})\))")
# … or a mark, as a short note's call is typed when there is one note or two: "…”.*", "…”†",
# its note a later line opening with the same mark ("* Best Value Inspection Report, para 2.5")
_SYMBOL_MARKER = re.compile(r"(\*{1,3}|†{1,2}|‡)(?=[\s.,;:)]|$)")
# … or a plain figure glued to the sentence's stop after the mark ("…”.2"), as a note call
# pasted from a word processor loses its superscript
_GLUED_MARKER = re.compile(r"\d{1,2}(?=[ \t]*(?:\n|$)|[ \t]+[A-Z])")
# A table's column of paragraph numbers: its header, a short line with no sentence's stop that
# names the column ("Inspectors' finding Para Action and owner Target"), at most this far
# before the quotation; the number in the quotation's row right after its cell.
MAX_TABLE_CHARS = 3000
# The column named for the report ("Report ref.", "BVI ref", "Inspection reference"), or the
# lower-case half of such a name that a narrow header cell wraps onto a line of its own ("No.
# Finding Report" / "ref." / "Action": issue 23's python-docx and HTML papers), names it too;
# but not a row's cell "para" / "4.21" wrapped in a narrow column (a number on the next line).
_PARA_COLUMN = re.compile(r"(?m)^(?P<line>[^\n]{0,60}\b(?:Para|Paras|Paragraph|Paragraphs|Refs?|"
                          r"Reference|(?:Report|BVI|Inspection|Inspectors[’']?)\s+"
                          r"(?:para(?:graph)?|section|ref(?:erence)?)s?)\b[^\n]{0,60}"
                          r"|[ \t]*(?:ref|reference|para)s?\.?[ \t]*(?!\n[ \t]*\d))$")
# A column's name abbreviated ("No.", "Ref.", "Para.", "ref."): its stop ends no sentence.
_COLUMN_ABBREVIATION = re.compile(r"\b(No|[Rr]ef|[Pp]aras?)\.")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s+[A-Z]|\s*$)")
# The cell may name what its number is ("para 4.21", "Para. 4.21", "§4.21", or "para" / "4.21"
# wrapped in a narrow cell), as an action plan typed in Word or HTML often does (issue 23: its
# row's citation read as the next row's).
# A table typed in plain text or Markdown may part its cells with "|" ("| “…” | 4.21 |"); the
# last row's cell may end the text.
_COLUMN_NUMBER = re.compile(r"[ \t|]*\n?[ \t|]*(?:(?i:para(?:graph)?s?\.?|§)[ \t]*\n?[ \t]*)?"
                            r"(\d{1,2}(?:\.\d{1,3}){1,2})(?=[ \t|]*(?:\n|$|[ \t|]\S))")
# A row of such a table whose number comes before the quotation's cell: the number at most
# this far before the opening mark (a row's label, its number, a line of response, then
# "Inspectors: “…”").
MAX_ROW_CHARS = 400
# A line of the paper's own after a table: its numbered heading or paragraph ("4. The
# Secretary of State's letter", "4.1 The letter …").
_PAPER_PARAGRAPH = re.compile(r"(?m)^[ \t]*\d{1,2}(?:\.\d{1,3}){0,2}\.?[ \t]+[A-Z]")
_OPENING_MARK = re.compile(r"[“\"]")
# What parts a row's first cell from the next in text pasted from a table: a tab, a "|", or a
# run of spaces (one space before a quotation may be a paper's own "2.5 “…” said the …").
_CELL_GAP = re.compile(r"[ ]*[\t|][ \t|]*|[ ]{2,}")
_ROW_NUMBER = re.compile(r"(?<![\w.,£$/-])(\d{1,2}(?:\.\d{1,3}){1,2})(?![\w.,%/-]|\.\w)")
# A row's label before its number on the line: a few words, no stops ("Finance", "Decision-
# making"), or, when the number ends the line, a longer label ("Audit and Governance
# Committee meetings in 2024").
_ROW_LABEL = re.compile(r"[A-Z][\w'’&/ -]{0,30}")
_LONG_ROW_LABEL = re.compile(r"[A-Z][\w'’&/ -]{0,90}")
MAX_ROW_LABEL_WORDS = 4
_CITES_BY_KEYWORD = re.compile(r"(?i)\b(?:para(?:graph)?s?|sections?|at|in|p|pp|page|"
                               r"chapter)\.?\s*$")
# Lines opening with the marker's number looked at, in order, for the footnote ("3 Apologies"
# in an agenda may come before "3 Annual Governance Statement 2023/24, page 12").
MAX_FOOTNOTE_LINES = 5
_SUPERSCRIPT_MARKER = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}(?=[\s(\[]|$)")
# … or raised onto a line of its own, opening it, when its sentence goes on after it: Chromium's
# text layer sets "…broken down.”<sup>2</sup> This is serious." as "…broken down.”" / "2 This
# is serious." (issue 23: a paper printed from HTML, its footnoted citations read as none).
# No stop after the number: "2." opens a list's next item.
_CALL_ON_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*(\d{1,2})(?=[ \t]+\S)")
# … or a Word endnote's, numbered i, ii, iii by default: "…broken down.”ii", its note "ii Best
# Value Inspection Report, para 3.4" (not "i.e.")
_ROMAN_MARKER = re.compile(r"\.?([ivx]{1,4})(?![a-z]|\.e\b)(?=[\s.,;:]|$)")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# (a note opens "[1]", "(1)", "1 Report …" or "1. Report …")
_FOOTNOTE_LINE = (r"(?m)^[ \t]*(?:\[\^?{n}\]|\({n}\)|{n}\.?(?=[ \t]+[A-Z]))[ \t.:]*"
                  r"(?P<body>[^\n]{{3,%d}})$" % MAX_BRACKETED)
# A document named, with its date, as the subject of the sentence that brings in a quotation:
# "The Secretary of State's letter of 16 January says: “…”". Dated, so that it names one
# document ("the report says" names none: which report, and where in it?).
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December)")
# The Secretary of State speaking is the intervention letter speaking: "The Secretary of State
# said that the intervention “…”" cites the letter (resolved by its title, or not at all); so is
# the minister who signed it ("In it, the minister says the report “…”", "The minister wrote
# that she was “…”": a letter from the Minister of State for Local Government).
_WRITER_SAYS = re.compile(r"(?P<doc>\b[Tt]he\s+(?:Secretary\s+of\s+State|"
                          r"(?:[Ll]ocal\s+[Gg]overnment\s+)?[Mm]inister(?:\s+of\s+[Ss]tate)?))"
                          # (named beside the title: "the Secretary of State, Jo Pellew, wrote")
                          r"(?:,\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*,)?"
                          r"(?:\s+(?:has|had|also))?"
                          r",?\s+(?:says?|said|states?|stated|writes|wrote|indicates?|indicated|"
                          r"confirms?|confirmed|proposes?|proposed|decided|intends|intended)\b")
_SAYS = (r"(?:says?|said|states?|stated|writes|wrote|notes?|noted|records?|recorded|sets\s+out|"
         r"concludes?|concluded|recommends?|recommended|warns?|warned|explains?|explained|"
         r"indicates?|indicated|confirms?|confirmed|calls?|called|describes?|described|"
         r"makes\s+(?:it\s+)?clear|made\s+(?:it\s+)?clear|adds?|added|shows?|showed)\b")
_DOCUMENT_SAYS = re.compile(
    rf"(?P<doc>(?:(?:[A-Z][\w’'-]*|[a-z]+[’']s|of|the)\s+){{0,6}}"
    rf"(?:letter|report|review|statement)\s+(?:of|dated)\s+(?:the\s+)?"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}(?:\s+\d{{4}})?)"
    rf",?\s+{_SAYS}")
# A letter needs no date: a council has one letter about its inspection, and its writer's name
# or "the letter" names it ("The Secretary of State's letter says", "The letter indicates that",
# "the Secretary of State's letter, in which he said:", "In his letter of 15 October 2026 the
# Secretary of State said"). "The report says" names no place in a long report: no citation.
_LETTER_SAYS = re.compile(
    rf"(?P<doc>(?:(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+(?:of\s+)?){{0,4}}[A-Z][\w-]*[’']s|"
    rf"[Tt]he(?:\s+same)?|[Tt]his|[Hh]is|[Hh]er)\s+letter"
    rf"(?:\s+of\s+\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)?)"
    rf"(?:,?\s+in\s+which\s+(?:he|she|they)|,?\s+(?:the\s+)?[A-Z][\w-]*"
    rf"(?:\s+(?:of\s+)?[A-Z][\w-]*){{0,4}})?,?\s+{_SAYS}")
# Another document than the report or the letter given as what says the words: "A Ministry
# press notice issued alongside the report said …", "According to the draft report seen by
# the Chronicle, …": a source of its own, cited by that name (not indexed: unverifiable), not
# the report uncited.
_OTHER_DOCUMENT_SAYS = re.compile(
    r"(?P<doc>\b(?:[Aa]ccording\s+to\s+)?(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+"
    r"(?:[\w’'-]+\s+){0,3}(?:press\s+(?:notice|release|statement)|news\s+release|"
    r"draft\s+report|briefing\s+note|blog\s+post)s?)\b(?=[^.;“”\"]{0,80}?(?:,|\s" + _SAYS + r"))")
_BULLET_LINE = re.compile(r"\n[ \t]*(?:[-•·*▪◦‣–—]|\d+[.)]|\(?[a-z]\))(?:[ \t]|$)")


_BRACKETS = re.compile(r"[(\[]([^()\[\]\n]{1,%d})[)\]]" % MAX_BRACKETED)


def find_citations(text: str) -> list[Citation]:
    """Every citation written in `text`, bracketed or in prose, in the order they appear."""
    found: list[Citation] = []
    taken: list[tuple[int, int]] = []
    for match in _BRACKETS.finditer(text):
        citation = _parse_bracketed(text, match.start(1), match.end(1), liberal=False)
        if citation is not None:
            found.append(citation)
            taken.append((match.start(), match.end()))
    for citation in _keyword_citations(text, 0, len(text)):
        if not any(a <= citation.start < b for a, b in taken):
            found.append(citation)
    return sorted(found, key=lambda c: c.start)


_CHANGE_CLOSED = re.compile(r"[ \t]*\]")


def citation_after(text: str, pos: int, limit: int | None = None) -> Citation | None:
    """The citation written right after a closing quotation mark at `pos`, if any.

    It may follow on the same line ("…”(Section 3.4)", "…” (para 4.4).", "…”, §3.4") or start
    the next line ("…”\\n(Letter from SoS to CEX 12/11/24)"), as in the Tower Hamlets motion.
    """
    limit = len(text) if limit is None else limit
    closed = pos
    marker = FOOTNOTE_AFTER_QUOTE.match(text, pos, limit) or \
        _BRACKETED_MARKER.match(text, pos, limit)      # '…data"19 (para 5.112)', '…”[1] (…)'
    if marker:
        pos = marker.end()
        if marker.re is _BRACKETED_MARKER:
            after = _citation_after(text, pos, limit, closed)
            if after is None and not _note_below(text, pos, marker.group(1)):
                # "…”[47]" with no note "[47]" below: the paragraph, as a report numbered
                # straight through is cited (a `bare` citation: verdicts.straight_through)
                return Citation(sections=(marker.group(1),), text=marker.group(),
                                start=marker.start(1), end=marker.end(1), bare=True)
            return after
    return _citation_after(text, pos, limit, closed)


def _note_below(text: str, pos: int, number: str) -> bool:
    """Whether a later line opens with the note "[n]", "(n)" or "n." of a marker after `pos`:
    then the marker calls a note, whatever the note says, and is no paragraph's number."""
    return re.compile(_FOOTNOTE_LINE.format(n=re.escape(number))).search(text, pos) is not None


def _citation_after(text: str, pos: int, limit: int, closed: int | None = None
                    ) -> Citation | None:
    """citation_after from `pos`, past a footnote's call (`closed`: the closing mark's end)."""
    closed = pos if closed is None else closed
    sic = _SIC.match(text, pos, limit)      # "…” [sic] (para 5.45)": the editor's mark
    if sic:
        pos = sic.end()
    # "[inserted: '…'] (para 6.1.1)": an amendment's inserted quotation, its change closed
    # before the citation that is the quotation's (issue 23: the amended motion's repeat).
    closing = _CHANGE_CLOSED.match(text, pos, limit)
    if closing and in_tracked_change(text, pos):
        pos = closing.end()
    lead = re.compile(r"[ \t\u00a0]*[.,;:]?[ \t\u00a0]*").match(text, pos, limit)
    at = lead.end()
    # (a Markdown or e-mail block quotation's lines open with "> ": "> “…”", "> — BVI, 2.5")
    newline = re.compile(r"[ \t]*\n(?:[ \t>]*\n)?[ \t]*(?:>[ \t]*)*").match(text, at, limit)
    if newline:
        # On a following line only a bracketed citation or an attribution line counts: a line
        # starting "Section 4.10 says…" is a new sentence of the motion, not this quotation's
        # reference.
        at = newline.end()
        if at < limit and text[at] in "([":
            citation = _bracketed_at(text, at, limit)
            # ("…”\n(3) Resolves to …": a list's number opening the next line, not a place)
            return None if citation is not None and citation.bare else citation
        return _attribution_line(text, at, limit)
    if at < limit and text[at] in "([":
        citation = _bracketed_at(text, at, limit)
        if citation is not None and citation.bare and len(citation.sections) == 1 and \
                _note_below(text, at, citation.sections[0]):
            return None     # "…” (2)" calling a note "(2) Report, para 47" below: the note's
        return citation
    before = pos
    while before > 0 and text[before - 1] in _MARKS:
        before -= 1
    ended_inside = before > 0 and text[before - 1] in ".!?"
    if re.search(r"[.;:]", lead.group()) or (ended_inside and text[at:at + 1].isupper()):
        # "…”. Paragraph 3.4 is blunt: …" — after the sentence ends, a citation in prose
        # belongs to what follows, not to this quotation.
        return None
    dash = re.compile(r"[-–—][ \t]*").match(text, at, limit)
    if dash:
        at = dash.end()
        # "“…” – BVI report, para 2.5": a source's name, then its place, after a dash
        named = _NAME_THEN_PLACE.match(text, at, limit)
        if named and _KEYWORD_CITE.match(text, named.end(), limit):
            place = _keyword_citation(text, _KEYWORD_CITE.match(text, named.end(), limit))
            # (anything but the report by a generic name is a source of its own: "– Cllr
            # Jones, page 4 of his blog" is not the report's page 4)
            name = " ".join(named.group("name").split())
            # ("“…” — that's paragraph 7.4 —", "– see para 2.5": words pointing at the place)
            name = None if _GENERIC_DOC.match(name) or _PLACE_CUE_AFTER.search(name + " ") \
                else name
            return next(iter(_not_statutes(text, [replace(place, document=name)])), None)
    match = _KEYWORD_CITE.match(text, at, limit)
    if match:
        return next(iter(_not_statutes(text, [beside_document(
            text, _keyword_citation(text, match), at, limit)])), None)
    return None


# A block quotation's attribution on the line under it: "– BVI report, paragraph 4.12",
# "Source: Best Value Inspection Report, para 4.12" (issue 23: papers set the report's words
# apart and name their place below; read as no citation).
_SOURCE_LINE = re.compile(r"(?i:source|ref(?:erence)?)s?[ \t]*:[ \t]*")
_DASH_LINE = re.compile(r"[-–—][ \t]*")
# … and the line ends with the place ("of the report" at most).
_ATTRIBUTION_END = re.compile(r"[ \t,.;:)]*(?:of\s+the\s+(?:[\w’']+\s+){0,3}report[ \t.)]*)?",
                              re.IGNORECASE)
# A source's name on such a line is short: "Best Value Inspection Report, November 2024".
MAX_ATTRIBUTION_NAME_WORDS = 8


def _attribution_line(text: str, at: int, limit: int) -> Citation | None:
    """The place an attribution line opening at `at` gives the quotation above it: after
    "Source:", any place; after a dash, a source's name then its place, or a place alone
    ("– paragraph 4.12"). A line holding a quotation is the next item of a list, not this."""
    end = text.find("\n", at, limit)
    end = limit if end < 0 else end
    if any(ch in "“”\"" for ch in text[at:end]):
        return None
    source = _SOURCE_LINE.match(text, at, end)
    if source:
        citation = _parse_bracketed(text, source.end(), end, liberal=True)
        if citation is not None and not citation.bare and (citation.sections or citation.pages):
            return next(iter(_not_statutes(text, [citation])), None)
        return None
    dash = _DASH_LINE.match(text, at, end)
    if not dash:
        return None
    named = _NAME_THEN_PLACE.match(text, dash.end(), end)
    keyword = _KEYWORD_CITE.match(text, named.end() if named else dash.end(), end)
    if keyword is None:
        return None
    name = " ".join(named.group("name").split()) if named else None
    if name is not None and (_PLACE_CUE_AFTER.search(name + " ") or not _DOC_WORDS.search(name)
                             or len(name.split()) > MAX_ATTRIBUTION_NAME_WORDS):
        return None     # "- The council will respond in paragraph 5.1": a list's next item
    place = _keyword_citation(text, keyword)
    if not _ATTRIBUTION_END.fullmatch(text, place.end, end):
        return None     # "- Section 4.4 notes the survey.": a sentence, not an attribution
    if name is not None and _GENERIC_DOC.match(name):
        name = None
    return next(iter(_not_statutes(text, [replace(place, document=name)])), None)


# A source's short name before its place, after a dash: "BVI report, ", "Inspection report ".
_NAME_THEN_PLACE = re.compile(rf"(?P<name>[A-Za-z][\w'’ -]{{0,40}}?)(?:,[ \t]*|[ \t]+)"
                              rf"(?=(?:{_SECTION_WORDS}|{_PAGE_WORDS})\s*\d)", re.IGNORECASE)


def citation_before(text: str, start: int, floor: int = 0,
                    excluded: tuple[tuple[int, int], ...] = ()) -> Citation | None:
    """The citation written earlier in the same sentence as a quotation opening at `start`.

    For "As paragraph 4.50 of the report says, “…”" and "Paragraph 3.4 states that “…”". Spans
    in `excluded` (other quotations and their own citations) are never read.
    """
    sentence = sentence_start(text, start, excluded)
    lead_in = text[:sentence].rstrip()
    if not text[sentence:start].strip() and lead_in.endswith(":") and \
            re.search(r"\n[ \t]*\n[ \t]*$", text[:start]):
        # "… at paragraph 2.5 of the inspection report:" / (blank line) / "“…”": a quotation
        # set apart as a block, its sentence the line leading into it
        sentence = sentence_start(text, len(lead_in) - 1, excluded)
    begin = max(floor, sentence, start - MAX_LOOKBACK)
    candidates = [c for c in _keyword_citations(text, begin, start, by_order=True)
                  if not any(a <= c.start < b for a, b in excluded)]
    # "The report states at 5.120 that “…”": a bare paragraph number after "at", "in" or
    # "from"; the nearer of it and a keyword's place ("There is no paragraph 5.16; the words
    # are from 5.14, which concludes that “…”" cites 5.14).
    candidates = sorted(candidates + [
        Citation(sections=(m.group(1),), text=m.group(1), start=m.start(1), end=m.end(1))
        for pattern in (_AT_NUMBER, _NAMED_NUMBER)
        for m in pattern.finditer(text, begin, start)
        if not any(a <= m.start() < b for a, b in excluded)
        and not any(c.start <= m.start(1) < c.end for c in candidates)] + [
        # "The report says at 47 that “…”": a report numbered straight through
        Citation(sections=(m.group(1),), text=m.group(0), start=m.start(1), end=m.end(1),
                 bare=True)
        for m in _AT_BARE.finditer(text, begin, start)
        if not any(a <= m.start() < b for a, b in excluded)
        and not any(c.start <= m.start(1) < c.end for c in candidates)],
        key=lambda c: c.start)
    if not candidates:
        # "On governance (2.5): “…”": a bracketed place earlier in the sentence. It may be
        # the citation of the motion's own words before the quotation ("Reserves fell by 70%
        # (3.1), and the inspectors said “…”"), so it is the quotation's only where its words
        # are (`after_clause`): never a wrong citation of them.
        candidates = [replace(c, after_clause=True)
                      for m in _BRACKETS.finditer(text, begin, start)
                      if not any(a <= m.start(1) < b for a, b in excluded)
                      for c in [_parse_bracketed(text, m.start(1), m.end(1), liberal=False)]
                      if c is not None and (c.sections or c.pages or c.page_labels)]
    if not candidates:
        # "the same paragraph said that “…”": the place cited last, wherever it was cited.
        candidates = [c for m in _SAME_PLACE.finditer(text, begin, start)
                      if not any(a <= m.start() < b for a, b in excluded)
                      for c in _place_cited_last(text, m.start())]
    if not candidates:
        # "the foreword, which stated: “…”", "in the letter of 12 November, that he “…”"
        candidates = [Citation(document=" ".join((m.group("name") or m.group("addressed")
                                                  or m.group("annex") or m.group("own")).split()),
                               text=m.group(0),
                               start=m.start(), end=m.end())
                      for m in _PROSE_SOURCE.finditer(text, begin, start)
                      if not any(a <= m.start() < b for a, b in excluded)]
    if not candidates:
        return None
    chosen = candidates[-1]
    opened = text[:chosen.start].rstrip()
    closing = re.compile(r"[^()\[\]]*[)\]]").match(text, chosen.end)
    if opened.endswith(("(", "[")) and closing is not None and \
            _CLAUSE_BREAK.search(text, closing.end(), start):
        # "Reserves are low (para 3.1), and the inspectors add that “…”": a bracket closing a
        # clause of the motion's own may back that clause: the quotation's only where its
        # words are ("The letter (paragraph 3) says “…”" names the subject's place: its own)
        chosen = replace(chosen, after_clause=True)
    return chosen


# Words before a place that make it what the sentence is about, not the source of its words: a
# comparison or an answer ("further than R6", "unlike paragraph 3.2", "in response to
# Recommendation 6", "responding to R6", "as well as 4.4").
_COMPARED = re.compile(r"\b(?:than|unlike|beyond|besides|as\s+well\s+as|in\s+addition\s+to|"
                       r"(?:in\s+)?respon(?:se|ding|ds?)\s+to)\s+(?:the\s+)?(?:inspectors['’]?\s+)?"
                       r"(?:\w+\s+){0,2}$", re.IGNORECASE)


# What ends a clause between a bracket and the quotation after it: a comma or semicolon
# with more words after it, or a conjunction.
_CLAUSE_BREAK = re.compile(r"[,;]\s*\w|\b(?:and|but|while|whereas|although)\b", re.IGNORECASE)


def _part_after(text: str, pos: int, later_quotes: list[int]) -> Citation | None:
    """The foreword or executive summary named in the rest of the quotation's sentence, no
    other quotation between: "“…”, the inspectors wrote in their foreword."; or a place named
    there after "in", "at" or "that's" ("“…” — that's the inspectors, in Chapter 1"), or "the
    same paragraph" as the place cited last."""
    end = len(text)
    for m in re.finditer(r"[.!?](?:\s|$)|\n\s*\n", text[pos:pos + MAX_RUN_GAP]):
        end = pos + m.start()
        break
    paragraph = _NUMBERED_PARAGRAPH_LINE.search(text[pos:pos + MAX_RUN_GAP])
    if paragraph is not None:
        end = min(end, pos + paragraph.start())     # the paper's next numbered paragraph
    end = min([end] + [q for q in later_quotes if q >= pos])
    found = _PART_AFTER.search(text, pos, end)
    if found is not None:
        # (a letter named after the words, "“…” is in the letter", only confirms them: the
        # words may be the motion's account of it)
        return Citation(document=" ".join(found.group("name").split()), text=found.group(0),
                        start=found.start(), end=found.end(),
                        carried="letter" in found.group("name").lower())
    for keyword in _keyword_citations(text, pos, end, by_order=True):
        if _PLACE_CUE_AFTER.search(text, max(pos, keyword.start - 12), keyword.start):
            return keyword
    # "“…”, as they say in the same paragraph": the place cited last, before the quotation
    same = _SAME_PLACE.search(text, pos, end)
    if same is not None:
        return next(iter(_place_cited_last(text, pos)), None)
    return None


def _place_cited_last(text: str, pos: int) -> list[Citation]:
    """The place cited last before `pos` in the same passage of the motion, as a list of
    none or one: "the same paragraph" or "it goes on" after a blank line refers to what the
    passage names, not to a paragraph the previous passage cited."""
    blank = text.rfind("\n\n", 0, pos)
    floor = blank + 2 if blank >= 0 else 0
    places = [c for c in find_citations(text[floor:pos]) if c.sections or c.pages or c.footnotes]
    if not places and blank > 0 and re.match(r"(?i:(?:the\s+)?same)\b", text[pos:pos + 9]):
        # "In fairness, the same paragraph does record that …" opening a passage that names
        # no place: the place the passage before named last, only to confirm (`carried`)
        earlier = text.rfind("\n\n", max(0, blank - MAX_CARRY_CHARS), blank)
        floor = earlier + 2 if earlier >= 0 else max(0, blank - MAX_CARRY_CHARS)
        places = [replace(c, carried=True) for c in find_citations(text[floor:blank])
                  if c.sections or c.pages or c.footnotes]
    return [replace(c, start=c.start + floor, end=c.end + floor) for c in places[-1:]]


# A paper's own numbered paragraph opening a line after one that ended a sentence or a
# quotation, or at once after one (same_sentence's words from its closing mark: "… recorded
# inconsistently.”" / "5.3 In paragraph 3.4 of their report …"): a
# new sentence, so a place it names is not the quotation's before it (issue 23: officers'
# and cabinet papers numbered 1.1 - 6.4 as the report is; a colon leads into what follows).
_NUMBERED_PARAGRAPH_LINE = re.compile(
    r"(?:(?<=[.!?;”’\"')\]])|^)[ \t]*\n(?=[ \t]*\d{1,2}(?:\.\d{1,3}){1,2}\.?[ \t]+[A-Z“‘\"])")


def sentence_start(text: str, pos: int, masked: tuple[tuple[int, int], ...] = ()) -> int:
    """Where the sentence holding `pos` begins: after a full stop, a blank line or a bullet.

    Full stops inside `masked` spans (quotations) end the quoted sentence, not the motion's.
    """
    floor = max(0, pos - 2 * MAX_LOOKBACK)
    start = floor
    window = text[floor:pos]
    for match in re.finditer(r"[.!?][\"'”’)\]]*\s+", window):
        before = re.search(r"([A-Za-z][A-Za-z.]*)$", window[max(0, match.start() - 10):match.start()])
        if before and before.group(1).lower().rstrip(".") in _ABBREVIATIONS:
            continue          # "para. 4.4", "Cllr. Lee"
        if any(a <= floor + match.start() < b for a, b in masked):
            continue
        start = max(start, floor + match.end())
    for match in re.finditer(r"\n[ \t]*\n", window):
        start = max(start, floor + match.end())
    for match in _NUMBERED_PARAGRAPH_LINE.finditer(window):
        start = max(start, floor + match.end())
    for match in _BULLET_LINE.finditer(window):
        # "Paragraph 4.50 of the report states:\n· “…”": a line ending in a colon leads into
        # the bullet below it.
        if window[:match.start()].rstrip().endswith(":") and \
                floor + match.end() >= pos - 3:
            continue
        start = max(start, floor + match.start() + 1)
    return start


def same_sentence(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a few words that do not end a sentence, a line or a bullet."""
    if end - start > MAX_RUN_GAP:
        return False
    return sentence_start(text[start:end], end - start) == 0


def _citation_ending_sentence(text: str, pos: int, later_quotes: list[int]) -> Citation | None:
    """A bracketed citation that closes the sentence a few words after a quotation ending at
    `pos`, no other quotation between: "“…” and residents will pay the price (para 4.36)."
    Marked `after_clause`: it may back the motion's own words after the quotation."""
    bracket = re.compile(r"[(\[]").search(text, pos, min(len(text), pos + MAX_RUN_GAP))
    if bracket is None or any(pos <= q < bracket.start() for q in later_quotes):
        return None
    if not same_sentence(text, pos, bracket.start()) or any(
            ch in "“”„«»\"" for ch in text[pos:bracket.start()]):
        return None
    citation = _bracketed_at(text, bracket.start(), len(text))
    if citation is None or citation.is_empty:
        return None
    if citation.bare and len(citation.sections) == 1 and \
            _note_below(text, bracket.start(), citation.sections[0]):
        return None     # "…”[1]." calling the note "[1] …" below (footnote_citation's)
    if _SAYS_TAG.fullmatch(text, pos, bracket.start()):
        return citation     # "“…,” the report says [report, p. 1], and we agree": its source
    closing = text.find(")" if bracket.group() == "(" else "]", citation.end)
    # "(para 3.3);]": an amendment's "[inserted: …]" may close right after the sentence.
    if closing >= 0 and re.match(r"[ \t]+[A-Z]", text[closing + 1:]) and not \
            re.match(r"[ \t]*(?:[.;!?][)\]]*(?:\s|$)|\n|$)", text[closing + 1:]):
        # "F4 Calls fell “from 88%” to 71% (para 84) Telephony upgrade; …": a table's next
        # cell, its row read as one line (issue 23), not the sentence going on
        return replace(citation, after_clause=True)
    if closing >= 0 and re.match(r"[ \t]*,[ \t]+(?:and|but)\b", text[closing + 1:]) and \
            not _NEW_SPEAKER.search(text, pos, bracket.start()):
        # "they “found no evidence” that disclosures were suppressed (paragraph 4.3.3), and
        # the Board welcomes that": the clause the quotation is in ends at the bracket
        return replace(citation, after_clause=True)
    if closing < 0 or not re.match(r"[ \t]*(?:[.;!?][)\]]*(?:\s|$)|\n|$)", text[closing + 1:]):
        return None     # the sentence goes on: the citation belongs to what comes next
    if _PHRASE_AFTER.match(text, pos, bracket.start()):
        return citation     # the words between only finish the quotation's phrase
    return replace(citation, after_clause=True)


def _citation_closing_clause(text: str, pos: int, next_open: int) -> Citation | None:
    """A bracketed place closing the clause a quotation ending at `pos` is in, before the next
    quotation of its sentence opens at `next_open`: "“…” the council's poor record keeping
    (paragraph 40), and that …" (issue 23: the next quotation's citation was shared with it,
    and judged `missing`). Marked `after_clause`: it may back the words after the quotation."""
    bracket = re.compile(r"\(").search(text, pos, min(next_open, pos + MAX_RUN_GAP))
    if bracket is None or any(ch in "“”„«»\"" for ch in text[pos:bracket.start()]):
        return None
    citation = _bracketed_at(text, bracket.start(), next_open)
    if citation is None or citation.is_empty or citation.bare or not (
            citation.sections or citation.pages or citation.page_labels):
        return None
    closing = text.find(")", citation.end, next_open)
    if closing < 0 or not re.match(r"[ \t]*[,;]", text[closing + 1:next_open]):
        return None
    return replace(citation, after_clause=True)


def attach_citations(text: str, quotations: list[Quotation] | tuple[Quotation, ...],
                     marks: dict[int, tuple[int, int]] | None = None) -> tuple[Quotation, ...]:
    """Give each quotation the citation the motion gives it; return them in motion order.

    `marks` maps a quotation's start to (offset of its opening mark, offset just after its
    closing mark); by default the marks are looked for around the words. The order of
    preference is: a citation right after the quotation; the citation after a run of
    quotations in the same sentence that have none of their own; a citation earlier in the
    same sentence. Inner fragments with no citation of their own take their outer quotation's.
    """
    marks = marks or {}
    quotes = sorted(quotations, key=lambda q: (q.start, -q.end))

    def open_at(q: Quotation) -> int:
        if q.start in marks:
            return marks[q.start][0]
        at = q.start
        while at > 0 and text[at - 1] in " \t\n":
            at -= 1
        return at - 1 if at > 0 and text[at - 1] in _MARKS else at

    def close_end(q: Quotation) -> int:
        if q.start in marks:
            return marks[q.start][1]
        at = q.end
        while at < len(text) and text[at] in " \t\n":
            at += 1
        return at + 1 if at < len(text) and text[at] in _MARKS else q.end

    outer_of: dict[int, int] = {}
    for i, q in enumerate(quotes):
        for j in range(i - 1, -1, -1):
            if quotes[j].start <= q.start and q.end <= quotes[j].end and j != i:
                outer_of[i] = j
                break

    def next_open(i: int) -> int:
        later = [open_at(quotes[j]) for j in range(i + 1, len(quotes))
                 if quotes[j].start >= quotes[i].end]
        return min(later, default=len(text))

    own: dict[int, Citation | None] = {}
    in_row: set[int] = set()        # cited by a table's cell: that row's alone
    for i, q in enumerate(quotes):
        limit = quotes[outer_of[i]].end if i in outer_of else None
        own[i] = citation_after(text, close_end(q), limit)
        if own[i] is None and i not in outer_of:
            own[i] = row_citation(text, open_at(q), max([close_end(quotes[j]) for j in range(i)
                                                        if j not in outer_of] or [0])) \
                or column_citation(text, close_end(q), next_open(i)) \
                or label_cell_citation(text, open_at(q))
            if own[i] is not None:
                in_row.add(i)

    top = [i for i in range(len(quotes)) if i not in outer_of]
    excluded = tuple([(open_at(quotes[i]), close_end(quotes[i])) for i in top]
                     + [(c.start, c.end) for c in own.values() if c is not None])
    chosen: dict[int, Citation | None] = {}
    previous: Citation | None = None
    for k, i in enumerate(top):
        if own[i] is None and previous is not None and _IBID.match(text, close_end(quotes[i])):
            own[i] = replace(previous, loose=True)   # "(ibid.)": the place cited before
        if own[i] is not None:
            chosen[i] = previous = own[i]
            continue
        later = [open_at(quotes[j]) for j in top[k + 1:]]
        if later and same_sentence(text, close_end(quotes[i]), later[0]):
            # "“A” the council's record keeping (paragraph 40), and that the inspectors “B”
            # (paragraph 41)": a bracket closing A's clause is A's, not B's shared
            clause = _citation_closing_clause(text, close_end(quotes[i]), later[0])
            if clause is not None:
                chosen[i] = previous = clause
                continue
            # "They found “A” — that's the executive summary — and “B” — that's paragraph
            # 7.4": a place named between two quotations is the first's, not shared; but not
            # when A has its own before it, and the place between leads in to B ("at
            # paragraph 53 that “A” …, and at paragraph 54 that “B”")
            between = _part_after(text, close_end(quotes[i]), later)
            if between is not None and citation_before(
                    text, open_at(quotes[i]), 0, excluded) is None:
                chosen[i] = previous = between
                continue
        shared, new_clause = None, False
        previous_end = close_end(quotes[i])
        for j in top[k + 1:]:
            if not same_sentence(text, previous_end, open_at(quotes[j])):
                break
            if _NEW_SPEAKER.search(text, previous_end, open_at(quotes[j])) and \
                    not _SAME_SPEAKER.fullmatch(text, previous_end, open_at(quotes[j])):
                break   # "Cllr Lee said “…” and the report says “…” (3.4)": not one run
            new_clause = new_clause or bool(
                _NEW_CLAUSE.search(text, previous_end, open_at(quotes[j])))
            if j in in_row:
                # the next row's cell is no run's citation (a table's rows read one after
                # another, a quotation's cell interleaved with the cells beside it: issue 23)
                break
            if own[j] is not None:
                # after "… and that “…” (para 84)" the citation may be the later clause's
                # alone: this quotation's only if it points where its words are
                shared = replace(own[j], after_clause=True) if new_clause else own[j]
                break
            previous_end = close_end(quotes[j])
        if shared is None and previous_end != close_end(quotes[i]):
            # "“A” and “B”, both at paragraph 47": the place named after the run's last
            # quotation, in prose; A's only where A's words are
            tail = _part_after(text, previous_end, [q for q in map(open_at, map(
                quotes.__getitem__, top[k + 1:])) if q >= previous_end])
            if tail is not None and (tail.sections or tail.pages):
                shared = replace(tail, after_clause=True)
        before = citation_before(text, open_at(quotes[i]), 0, excluded)
        if before is not None and _COMPARED.search(text, max(0, before.start - 40),
                                                   before.start):
            # "The report goes further than R6, saying … “…” … (paragraph 5.7).": a place
            # the sentence compares with or answers is what it is about; a bracket closing
            # the sentence is the words' own
            before = _citation_ending_sentence(text, close_end(quotes[i]), [
                open_at(quotes[j]) for j in top[k + 1:]]) or before
        chosen[i] = shared or before or \
            _citation_ending_sentence(text, close_end(quotes[i]),
                                      [open_at(quotes[j]) for j in top[k + 1:]]) or \
            footnote_citation(text, close_end(quotes[i])) or \
            list_heading_citation(text, open_at(quotes[i])) or \
            pointer_citation(text, close_end(quotes[i]),
                             [open_at(quotes[j]) for j in top[k + 1:]]) or \
            _document_before(text, open_at(quotes[i]), excluded) or \
            _part_after(text, close_end(quotes[i]), [open_at(quotes[j]) for j in top[k + 1:]]) or \
            _letter_earlier(text, open_at(quotes[i]), excluded,
                            [c.end for c in own.values() if c is not None]) or \
            _document_cited_earlier(text, open_at(quotes[i]),
                                    [c for c in own.values() if c is not None]) or \
            _places_cited_later(text, close_end(quotes[i]),
                                [own[j] for j in top[k + 1:] if own[j] is not None]) or \
            _bracketed_sentence_after(text, close_end(quotes[i]),
                                      [open_at(quotes[j]) for j in top[k + 1:]]) or \
            _place_in_sentence_before(text, open_at(quotes[i]), excluded,
                                      [c.end for c in own.values() if c is not None])
        previous = chosen[i] or previous

    for k, i in enumerate(top):
        if chosen[i] is None:
            # "… “A” (paragraph 5.5) and observe that “B”.": the place cited for A earlier in
            # the sentence is B's only where B's words are (`carried`: never wrong of them)
            chosen[i] = _place_beside(text, open_at(quotes[i]), excluded,
                                      [chosen[j] for j in top[:k] if chosen[j] is not None])
    for i in range(len(quotes)):          # outer quotations come before their fragments
        if i in outer_of:
            inherited = chosen.get(outer_of[i])
            if own[i] is None:
                # a speech quoted whole: its fragment's source named before it in its own
                # sentence ("I welcome the Minister's letter, which makes clear that ‘…’")
                siblings = tuple((open_at(quotes[j]), close_end(quotes[j]))
                                 for j in outer_of if j != i and outer_of[j] == outer_of[i])
                cited = tuple((c.start, c.end) for c in own.values() if c is not None)
                before = citation_before(text, open_at(quotes[i]), quotes[outer_of[i]].start,
                                         siblings + cited)
                if before is not None:
                    chosen[i] = before
                    continue
            if own[i] is None and inherited is not None and \
                    inherited.start >= close_end(quotes[i]) and \
                    not same_sentence(text, close_end(quotes[i]), inherited.start):
                # a speech quoted whole, its citation after a later sentence's fragment ("“…
                # say it was used ‘to avoid scrutiny’. That is not the case. As the report
                # accepts, ‘…’ (para 3.6).”"): the fragment's only where its words are
                inherited = replace(inherited, after_clause=True)
            chosen[i] = own[i] or inherited
    return tuple(replace(q, citation=chosen[i] or Citation()) for i, q in enumerate(quotes))


# The sentence after a quotation that only says where its words are: "“…”. That is paragraph
# 47.", "These are paragraphs 4.2 and 4.5.", "(It is at 47.)"; or points the reader there:
# "See paragraph 47." (`see`: it may point at more than the words, so it is the quotation's
# only where its words are).
_POINTER = re.compile(r"[ \t]*\(?[ \t]*(?:(?P<says>(?:that|this|it|these|those|both|all\s+(?:three|"
                      r"four|of\s+them))(?:['’]s|\s+(?:is|are|was|were|comes?|came|appears?|"
                      r"appeared))(?:\s+(?:from|at|in))?)|(?P<see>see(?:\s+also)?|cf\.?))\s+",
                      re.IGNORECASE)
# … or a sentence that is only a place: "Paragraph 47.", "Para 4.7 of the report.", after the
# report's name or a label ("Report, para 2.5.", "BVI report para 2.5.", "Reference: para 2.5.")
_PLACE_ALONE = re.compile(r"[ \t]*(?:(?:(?:the\s+)?(?:(?:BVI|best\s+value(?:\s+inspection)?|"
                          r"inspection)\s+)?report|BVI|source|ref(?:erence)?|see)[ \t]*[,:]?"
                          r"[ \t]*(?=(?i:p|para|paragraph|section|§|chapter|recommendation|"
                          r"rec|page)))?", re.IGNORECASE)
_PLACE_ALONE_END = re.compile(r"(?:\s+(?:of|in)\s+the\s+(?:\w+\s+){0,3}?report)?[ \t]*"
                              r"(?:[.!?](?:\s|$)|$)", re.IGNORECASE)
# The longest such sentence, to its stop: a pointer is a few words, not a clause of its own.
MAX_POINTER_CHARS = 90


def pointer_citation(text: str, pos: int, later_quotes: list[int]) -> Citation | None:
    """The place named by the sentence right after the sentence of a quotation ending at
    `pos`, when that sentence only points at it: "“…”. That is paragraph 47." A quotation
    after this one in its own sentence shares the pointer, as the places of the quotations
    before it (`after_clause`: each is pointed at only where its words are)."""
    stop = re.compile(r"[.!?][\"'”’)\]]*[ \t]+|\n").search(text, pos, pos + MAX_RUN_GAP)
    inside = re.compile(r"(?<=[.!?])[\"'”’]+[ \t]+").match(text, pos - 1)
    if inside is not None:
        # "“Call-in has never been used.” Report, para 2.5.": the quotation's own stop ended
        # its sentence
        stop = inside
    if stop is None or text[stop.start()] == "\n":
        return None
    shared = any(pos <= q < stop.start() for q in later_quotes)
    pointer = _POINTER.match(text, stop.end())
    if pointer is None:
        # "“…”. Paragraph 47." : a sentence that is a place and nothing else
        alone = _PLACE_ALONE.match(text, stop.end())
        place = _KEYWORD_CITE.match(text, alone.end()) if alone else None
        if place is None or not _PLACE_ALONE_END.match(text, place.end()):
            return None
        cite = _not_statutes(text, [_keyword_citation(text, place)])
        return next((replace(c, after_clause=True) if shared else c for c in cite), None)
    end = re.compile(r"[.!?](?:\s|$)|\n").search(text, pointer.end(),
                                                 pointer.end() + MAX_POINTER_CHARS)
    if end is None or any(ch in "“”„«»\"" for ch in text[pointer.end():end.start()]):
        return None
    # (the place right after the opener: "That is a fair summary of paragraph 8.7" is the
    # motion's own judgement of the words, naming the place in a sentence of its own)
    places = [c for c in _keyword_citations(text, pointer.end(), end.start())
              if c.start == pointer.end()] + [
        Citation(sections=(m.group(1),), text=m.group(0), start=m.start(1), end=m.end(1),
                 bare=True) for m in re.compile(r"(?<![\w.])(\d{1,3}|\d+(?:\.\d+)+)(?=[ \t]*"
                                                r"[).]?[ \t]*$)").finditer(
                     text, pointer.end(), end.start())
        if pointer.group("says") and re.match(r"\s*(?:at|in)\s*$",
                                              text[pointer.start("says"):m.start()][-4:])]
    if not places:
        return None
    place = min(places, key=lambda c: c.start)
    if "." in place.sections[0] if place.bare and place.sections else False:
        place = replace(place, bare=False)  # "It is at 4.2." names a dotted paragraph
    return replace(place, after_clause=True) if shared or pointer.group("see") else place


def list_heading_citation(text: str, start: int) -> Citation | None:
    """The place named by the line ending in a colon above the list whose item holds a
    quotation opening at `start`: "Paragraph 47 of the report says:" over "- “A”", "- “B”",
    "- “C”" cites 47 for each (sentence_start gives it to the first item only). The list may
    have blank lines between its items and lines wrapping an item; a line of prose after a
    blank line ends it."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or not _BULLET_LINE.match(text, line_start - 1):
        return None
    pos, crossed_blank = line_start - 1, False
    while pos > 0 and start - pos < MAX_CARRY_CHARS:
        previous = text.rfind("\n", 0, pos) + 1
        line = text[previous:pos]
        if not line.strip():
            crossed_blank, pos = True, previous - 1
            continue
        if previous > 0 and _BULLET_LINE.match(text, previous - 1):
            crossed_blank, pos = False, previous - 1
            continue
        if line.rstrip().endswith(":"):
            places = [c for c in find_citations(line) if c.sections or c.pages or c.footnotes] \
                + [Citation(sections=(m.group(1),), text=m.group(0), start=m.start(1),
                            end=m.end(1), bare=True) for m in _AT_BARE.finditer(line)]
            if not places:
                return None
            place = max(places, key=lambda c: c.start)
            return replace(place, start=place.start + previous, end=place.end + previous)
        if line.rstrip().endswith((")", "]")) and not crossed_blank:
            # "3.1 Governance (paragraph 3.4 of the report)" over "(a) “…”", "(b) …": a lead
            # naming its place in a closing bracket, with no colon to say the list is its;
            # `carried`: its items' only where their words are, never wrong of them
            closing = next((c for c in find_citations(line)
                            if (c.sections or c.pages) and not c.document
                            and not line[c.end:].strip(" \t)]")), None)
            if closing is None:
                return None
            return replace(closing, start=closing.start + previous,
                           end=closing.end + previous, carried=True)
        if crossed_blank:
            return None         # prose before the list: no heading of it
        pos = previous - 1      # a line wrapping an item
    return None


def column_citation(text: str, pos: int, next_open: int | None = None) -> Citation | None:
    """The paragraph a table's "Para" column gives the quotation in its row: a bare number
    ("4.1.1") right after the quotation's cell, on its line or the next, in a table headed
    by a column named Para, Paragraph or Ref (an action plan quoting the inspectors' findings);
    or, when other cells come between (an action, an owner, a RAG rating: "“…” Culture
    programme launched. Amber 3.4"), the first number standing as a cell in the rest of the
    row, before the next quotation opening at `next_open` (row_cell_after).
    """
    headers = [header for header in _PARA_COLUMN.finditer(text, max(0, pos - MAX_TABLE_CHARS), pos)
               # a header, not a sentence that names a paragraph ("No." numbers a column)
               if not _SENTENCE_STOP.search(_COLUMN_ABBREVIATION.sub(r"\1", header.group("line")))]
    if not headers:
        return None
    number = _COLUMN_NUMBER.match(text, pos) or _row_cell_after(
        text, pos, len(text) if next_open is None else next_open)
    if number is None or _next_paper_paragraph(text, number, headers[-1].start()):
        return None
    first = _OPENING_MARK.search(text, headers[-1].end(), pos)
    if first is not None and _row_cells(text, headers[-1].end(), first.start(),
                                        _led_by_ref(headers[-1])):
        # a table whose number comes before each quotation ("Ref. | Finding": "2.5 | “…”",
        # "2.4 | “…”"): the number after this quotation is the next row's, not this one's
        # (row_citation reads such a table; issue 23: the next row's was judged wrong)
        return None
    cell = number.group().strip(" \t\n|")
    return Citation(sections=(number.group(1),), text=cell, start=number.end(1) - len(cell),
                    end=number.end(1))


# A number standing as a table's cell later in a quotation's row, its column named for the
# report's paragraphs ("Report ref."), with other cells between: the number alone on its line
# or with a short label of a cell beside it ("Amber 3.4", "Para 4.21", "4.21 Complete"), as a
# RAG-rated progress table read cell by cell or row by row gives it (issue 23: its citation
# was `missing`, or the previous row's number was taken as the next quotation's, `wrong`).
_REF_CELL = re.compile(r"(?<![\w.,£$/-])(?:(?i:para(?:graph)?s?\.?|§)[ \t]*)?"
                       r"(\d{1,2}(?:\.\d{1,3}){1,2})(?![\w.,%/-]|\.\w)")
# A cell's short label beside the number: a RAG rating or a status ("Amber", "On track").
_CELL_LABEL = re.compile(r"[A-Z][\w'’&/-]*(?:[ \t]+[\w'’&/-]+){0,2}")


def _row_cell_after(text: str, pos: int, next_open: int) -> re.Match | None:
    """The first number standing as a cell of its own between a quotation ending at `pos` and
    the next quotation (or the paper's next numbered paragraph, or MAX_ROW_CHARS on)."""
    end = min(next_open, pos + MAX_ROW_CHARS, len(text))
    paper = _PAPER_PARAGRAPH.search(text, pos, end)
    if paper is not None:
        end = paper.start()
    for m in _REF_CELL.finditer(text, pos, end):
        line_start = max(text.rfind("\n", 0, m.start()) + 1, pos)
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        before = text[line_start:m.start()].strip(" \t|")
        after = text[m.end():line_end].strip(" \t|")
        if before and after:
            continue
        if not before and (not after or _CELL_LABEL.fullmatch(after)):
            return m            # alone on its line, or before a short cell ("4.21 Complete")
        if not after and not _CITES_BY_KEYWORD.search(before) and \
                not re.search(r"(?i:\b(?:of|to|and|by|on|version|v)|[£$,:/-])$", before):
            return m            # ending the row's line: its last cell ("… Amber 3.4")
    return None


# A line of the paper's own prose opening with its paragraph's number ("4.1 The table below
# sets out …"): a number and at least a few words.
_PAPER_PARAGRAPH_NUMBER = re.compile(r"(?m)^[ \t]*(\d{1,2})\.(\d{1,3})\.?[ \t]+[A-Z](?:\S*\s+){3}")


def _next_paper_paragraph(text: str, number: re.Match, table_start: int) -> bool:
    """Whether a number opening the line after a table's last quotation is the paper's own next
    paragraph, not the row's "Para" cell: "4.1 The table below …", the table, then "4.2 That
    Cabinet notes the report." (issue 23: a paper numbered as the report is, its table read
    cell by cell; the paper's 4.2 taken as the last row's citation was judged wrong)."""
    line_start = text.rfind("\n", 0, number.start(1)) + 1
    if text[line_start:number.start(1)].strip():
        return False            # on the quotation's line: the row's cell
    own = list(_PAPER_PARAGRAPH_NUMBER.finditer(text, max(0, table_start - MAX_TABLE_CHARS),
                                                table_start))
    if not own:
        return False
    major, minor = int(own[-1].group(1)), int(own[-1].group(2))
    return number.group(1) in (f"{major}.{minor + 1}", f"{major + 1}.1")


# A row of a table of recommendations opening with the recommendation's label, the quotation
# later on its line: "R4 Rebuild scrutiny with “…” Monitoring Officer Apr 2026", "Rec 4 “…”".
_LABEL_CELL = re.compile(r"(?m)^[ \t|]*(?:R|(?i:rec(?:ommendation)?\.?)[ \t]*)(\d{1,2})"
                         r"(?=[ \t|]+\S)")
MAX_LABEL_CELL_CHARS = 80


def label_cell_citation(text: str, start: int) -> Citation | None:
    """The recommendation whose label opens the line of a quotation opening at `start`, a
    few words before it with no sentence's stop between (a table of recommendations and the
    council's actions, its rows read one a line; blind corpus, fit half: a cabinet paper's
    appendix of actions, each row "R1 “…” Director of Finance Feb 2026")."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _LABEL_CELL.match(text, line_start, start + 1)
    if label is None or start - label.end() > MAX_LABEL_CELL_CHARS or \
            re.search(r"[.!?:;“”\"](?:\s|$)", text[label.end():start]):
        return None
    return Citation(sections=(f"R{label.group(1)}",), text=label.group().strip(" \t|"),
                    start=label.start(1) - (label.group().strip(" \t|").find(label.group(1))),
                    end=label.end(1))


def row_citation(text: str, start: int, floor: int = 0) -> Citation | None:
    """The paragraph a table's "Ref." column gives the quotation in its row when the column
    comes before the quotation's cell ("Theme | Ref. | Response": "Housing 7.1.3 Stock
    condition survey … Inspectors: “…”", issue 23's wrong citation in a table cell that came
    back `missing`): the last number standing as a cell between the row's start (the table's
    header, or the quotation before) and the quotation's opening mark.

    A number is a cell when it is alone on its line, ends its line, or follows a row's label
    on it ("Finance 4.1.4 Seven vacancies …"); a number opening a line of prose is the paper's
    own paragraph ("4.1 The letter refers to “…”") and is never taken. The table is read this
    way only when its first row shows it: a cell number between the header and its first
    quotation (a table whose number follows each quotation is column_citation's).
    """
    headers = [h for h in _PARA_COLUMN.finditer(text, max(0, start - MAX_TABLE_CHARS), start)
               if not _SENTENCE_STOP.search(_COLUMN_ABBREVIATION.sub(r"\1", h.group("line")))]
    if not headers:
        return None
    header_end, led = headers[-1].end(), _led_by_ref(headers[-1])
    first = _OPENING_MARK.search(text, header_end, start + 1)
    if first is None or not _row_cells(text, header_end, first.start(), led):
        return None
    cells = _row_cells(text, max(floor, header_end, start - MAX_ROW_CHARS), start, led)
    if not cells:
        return None
    number = cells[-1]
    if _PAPER_PARAGRAPH.search(text, number.end(), start):
        return None             # the table ended: the paper's own numbered paragraph goes on
    return Citation(sections=(number.group(1),), text=number.group(1), start=number.start(1),
                    end=number.end(1))


def _row_cells(text: str, begin: int, end: int, led: bool = False) -> list[re.Match]:
    return [m for m in _ROW_NUMBER.finditer(text, max(begin, end - MAX_ROW_CHARS), end)
            if _is_cell(text, m, led)]


# A table's header that opens with the column naming the report's paragraphs ("Report ref.
# Finding RAG Update", "Para | Finding | Action"): each row opens with its number.
_LED_BY_REF = re.compile(r"[ \t|]*(?:(?:Report|BVI|Inspection|Inspectors[’']?)\s+)?"
                         r"(?:Para(?:graph)?s?|Refs?|Reference|§)\b", re.IGNORECASE)


def _led_by_ref(header: re.Match) -> bool:
    return _LED_BY_REF.match(header.group("line")) is not None


def _is_cell(text: str, number: re.Match, led: bool = False) -> bool:
    """Whether a number stands as a table's cell on its line (row_citation). In a table whose
    header opens with its reference column (`led`), a number opening a line and followed by a
    quotation's opening mark is the row's first cell, however few spaces part them (PDFium
    parts a row's cells by one space: "3.4 “Trust …” Amber Culture programme …")."""
    line_start = text.rfind("\n", 0, number.start()) + 1
    line_end = text.find("\n", number.end())
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:number.start()].strip(" \t|")
    after = text[number.end():line_end].strip(" \t|")
    if _CITES_BY_KEYWORD.search(text[line_start:number.start()]):
        return False            # "paragraph 4.1.4", "at 5.2": prose citing, read elsewhere
    if not before:
        # alone on its line, or its row's first cell before the quotation's ("2.5\t“…”",
        # "| 2.5 | “…” |"); "4.1 The letter …" opens the paper's own
        return not after or (_OPENING_MARK.match(after) is not None and
                             (led or _CELL_GAP.match(text, number.end()) is not None))
    if not after:
        return bool(_LONG_ROW_LABEL.fullmatch(before))
    return bool(_ROW_LABEL.fullmatch(before)) and \
        len(before.split()) <= MAX_ROW_LABEL_WORDS and after[:1].isupper()


# A note that only refers back to the note above it: "Ibid.", "Op. cit.", "Ibidem".
_IBID_NOTE = re.compile(r"(?i:ibid(?:em)?|id|op\.?\s*cit)\.?")
# A note's line: its call ("[1]", "[^1]:", "(1)", "1", "1.") then its text.
_ANY_NOTE_LINE = re.compile(r"(?m)^[ \t]*(?:\[\^?\d{1,3}\]|\(\d{1,2}\)|\d{1,2}\.?(?=[ \t]+[A-Z]))"
                            r"[ \t.:]*(?P<body>[^\n]{3,%d})$" % MAX_BRACKETED)


def _note_above(text: str, line_start: int) -> Citation | None:
    """The place given by the note on the line above a note at `line_start` (past other
    "Ibid." notes), or None."""
    pos = line_start
    for _ in range(MAX_FOOTNOTE_LINES):
        above = text.rfind("\n", 0, max(0, pos - 1)) + 1
        if above >= pos:
            return None
        line = _ANY_NOTE_LINE.match(text, above, pos - 1 if pos > 0 else pos)
        if line is None:
            return None
        if not _IBID_NOTE.fullmatch(line.group("body").strip()):
            citation = _parse_bracketed(text, line.start("body"), line.end("body"),
                                        liberal=True)
            return citation if citation is not None and not citation.is_empty else None
        pos = above
    return None


def footnote_citation(text: str, pos: int) -> Citation | None:
    """The citation a footnote gives a quotation whose closing mark ends at `pos` and carries
    its marker ("…in 2019”[1]", "…in 2019”12"): the first later line opening with the marker
    ("[1] Best Value Inspection …, paragraph 7.6."). A footnote that names neither a document
    nor a place is no citation."""
    marker = _SPACED_MARKER.match(text, pos) or FOOTNOTE_AFTER_QUOTE.match(text, pos)
    if marker is None and pos < len(text) and text[pos] in ".,;:":
        # "…”.¹", "…”.[2]": the marker after the sentence's stop (a superscript or a bracket
        # only: "”. 1 Apologies" is no marker)
        marker = _SPACED_MARKER.match(text, pos + 1) or \
            _SUPERSCRIPT_MARKER.match(text, pos + 1) or _GLUED_MARKER.match(text, pos + 1)
    if marker is None:
        marker = _CALL_ON_NEXT_LINE.match(text, pos) or _ROMAN_MARKER.match(text, pos)
    if marker is None:
        marker = _SYMBOL_MARKER.match(text, pos) or (
            _SYMBOL_MARKER.match(text, pos + 1) if text[pos:pos + 1] in (".", ",", ";", ":")
            else None)
        if marker is not None and marker.group(1)[0] == "*" and "*" in text[
                text.rfind("\n", 0, pos) + 1:pos]:
            return None         # "*“…”*": Markdown's emphasis, not a note's call
    if marker is None:
        return None
    number = (marker.group(1) or marker.group(2)) if marker.re is _SPACED_MARKER \
        else marker.group(1) if marker.re in (_CALL_ON_NEXT_LINE, _ROMAN_MARKER, _SYMBOL_MARKER) \
        else marker.group()
    written = re.escape(number)
    if marker.re is _SYMBOL_MARKER:
        # its note opens with the mark and a space: "* Best Value …", never "** bold **"
        written = re.escape(number) + r"(?=[ \t])"
    elif marker.re is not _ROMAN_MARKER and not (number.isascii() and number.isdigit()):
        # "…”¹": its footnote opens with the same superscript ("¹ Best Value Inspection …")
        # or with the plain digit, as a word processor's footnote text is pasted
        plain = number.translate(_SUPERSCRIPT_DIGITS)
        if not (plain.isascii() and plain.isdigit()):
            return None
        written = f"(?:{re.escape(plain)}|{re.escape(number)})"
    lines = re.compile(_FOOTNOTE_LINE.format(n=written)).finditer(text, marker.end())
    for line in itertools.islice(lines, MAX_FOOTNOTE_LINES):
        if _IBID_NOTE.fullmatch(line.group("body").strip()):
            # "[2] Ibid.": the note above's place again (never judged wrong)
            above = _note_above(text, line.start())
            return replace(above, loose=True) if above is not None else None
        citation = _parse_bracketed(text, line.start("body"), line.end("body"), liberal=True)
        # A name alone must read as a document's: a list's "3 Members voted against it." is
        # no footnote; "Corporate Peer Challenge …, paragraph 5.3" is, by its place.
        if citation is not None and not citation.is_empty and (
                citation.sections or citation.pages or citation.page_labels
                or citation.footnotes or _DOC_WORDS.search(citation.document or "")):
            return citation
    return None


def _document_before(text: str, start: int,
                     excluded: tuple[tuple[int, int], ...] = ()) -> Citation | None:
    """A dated document named earlier in the sentence as what says the quoted words: "The
    Secretary of State's letter of 16 January says: “…”" cites that letter."""
    begin = max(sentence_start(text, start, excluded), start - MAX_LOOKBACK)
    found = []
    # (a document the sentence names is what says it before its writer does: "In her letter of
    # 2 May 2025 the Minister said …" cites that letter)
    for patterns in ((_DOCUMENT_SAYS, _LETTER_SAYS), (_WRITER_SAYS,), (_OTHER_DOCUMENT_SAYS,)):
        found = found or [m for pattern in patterns for m in pattern.finditer(text, begin, start)
                          if not any(a <= m.start() < b for a, b in excluded)]
    if not found:
        return None
    doc = max(found, key=lambda m: m.start())
    name = re.sub(r"^(?:according\s+to\s+)?(?:the\s+same|the|this|his|her|in\s+his|in\s+her|"
                  r"an?|its|their)\s+", "", doc.group("doc"), flags=re.IGNORECASE)
    return Citation(document=name, text=doc.group("doc"), start=doc.start("doc"),
                    end=doc.end("doc"))


# How far back a letter named in an earlier sentence still names the quotation's source: a
# paragraph or two of a paper on the letter ("5.1 In his letter of 15 October 2026 the
# Secretary of State said … He proposes … 5.2 The Council was invited to make “…”").
MAX_CARRY_CHARS = 700


def _letter_earlier(text: str, start: int, excluded: tuple[tuple[int, int], ...] = (),
                    cited_ends: list[int] = ()) -> Citation | None:
    """The letter named as speaking in an earlier sentence of the passage, for a quotation with
    no citation of its own: marked `carried`, so that it only ever confirms the words are in
    that letter (writers of papers on the letter name it once and quote it on; a quotation of
    someone else's words after it is judged as uncited, never as citing the letter wrongly).
    The report is not carried: "the report says" names no place in it."""
    sentence = sentence_start(text, start, excluded)
    floor = max(0, sentence - MAX_CARRY_CHARS)
    blank = text.rfind("\n\n", floor, sentence)
    floor = max(floor, blank + 2) if blank >= 0 else floor
    # nor across a list's item, or another quotation's own citation (`cited_ends`): each is a
    # source named anew
    bullets = [m.start() for m in _BULLET_LINE.finditer(text, floor, sentence)]
    floor = max([floor] + bullets + [end for end in cited_ends if floor <= end <= sentence])
    found = [m for pattern in (_LETTER_SAYS, _WRITER_SAYS, _DOCUMENT_SAYS)
             for m in pattern.finditer(text, floor, sentence)
             if not any(a <= m.start() < b for a, b in excluded)
             and (pattern is not _DOCUMENT_SAYS or "letter" in m.group("doc").lower())]
    if not found:
        return None
    doc = max(found, key=lambda m: m.start())
    name = re.sub(r"^(?:the\s+same|the|this|his|her|in\s+his|in\s+her)\s+", "",
                  doc.group("doc"), flags=re.IGNORECASE)
    return Citation(document=name, text=doc.group("doc"), start=doc.start("doc"),
                    end=doc.end("doc"), carried=True)


def _document_cited_earlier(text: str, start: int, cited: list[Citation]) -> Citation | None:
    """The document (a letter by its name, no place in it) cited last by another quotation
    of the same passage, for a quotation with no citation of its own: "He also says: “A”
    (Letter from SoS to CEX 04/02/25), and “B”." Marked `carried`, as a letter named in an
    earlier sentence is: it confirms that the words are in that document, and is never judged
    wrong."""
    floor = max(0, start - MAX_CARRY_CHARS)
    blank = text.rfind("\n\n", floor, start)
    floor = blank + 2 if blank >= 0 else floor
    # nor across a list's item: each is a source named anew
    floor = max([floor] + [m.start() for m in _BULLET_LINE.finditer(text, floor, start)])
    earlier = [c for c in cited if floor <= c.start and c.end <= start]
    if not earlier:
        return None
    last = max(earlier, key=lambda c: c.end)
    if not last.document or last.sections or last.pages or last.page_labels or last.footnotes:
        return None
    return replace(last, carried=True)


def _places_cited_later(text: str, pos: int, later: list[Citation]) -> Citation | None:
    """The next citation in the passage, when it lists several places, for a quotation with
    none of its own before it: "The inspectors found “A”. They also found “B”. (paras 3.1,
    3.3)" gives A one of its places. Marked `after_clause`: it is A's only where A's words
    are, never a wrong citation of them."""
    end = min(len(text), pos + MAX_CARRY_CHARS)
    blank = text.find("\n\n", pos, end)
    end = blank if blank >= 0 else end
    following = [c for c in later if pos <= c.start < end]
    if not following:
        return None
    first = min(following, key=lambda c: c.start)
    if len(first.sections) + len(first.pages) < 2 or first.document:
        return None
    return replace(first, after_clause=True)


def _place_in_sentence_before(text: str, start: int, excluded: tuple[tuple[int, int], ...],
                              cited_ends: list[int]) -> Citation | None:
    """The place named in the sentence right before the quotation's, in its passage, no other
    quotation or citation between, for a quotation with no citation of its own: "On scrutiny,
    see paragraphs 2.4 and 2.5. The audit committee “…”", "Para 2.5 of the report. “…”".
    Marked `carried`: it confirms the words are there and is never judged wrong (the sentence
    may be about something else)."""
    sentence = sentence_start(text, start, excluded)
    if sentence <= 0 or "\n\n" in text[max(0, sentence - 3):sentence + 1]:
        return None
    previous = sentence_start(text, sentence - 1, excluded)
    if "\n\n" in text[previous:sentence].rstrip() or any(
            previous <= end <= sentence for end in cited_ends) or \
            _BULLET_LINE.search(text, previous, start):
        return None
    places = [c for c in _keyword_citations(text, previous, sentence)
              if (c.sections or c.pages or c.page_labels) and not c.document
              and not any(ch in "“”„«»\"" for ch in text[c.end:sentence])]
    if not places:
        return None
    place = max(places, key=lambda c: c.start)
    # only a sentence that points at the place ("On scrutiny, see paragraphs 2.4 and 2.5.") or
    # is the place alone ("Para 2.5 of the report."): "As per section 4.10, the council was
    # praised." is a claim of the motion's own, cited for itself
    alone = _PLACE_ALONE.match(text, previous)
    if not (re.search(r"\b(?i:see(?:\s+also)?|cf\.?)\s+$", text[previous:place.start]) or
            alone.end() == place.start and _PLACE_ALONE_END.match(text, place.end) or
            # "… asked for the warnings to be removed (paragraph 2.7). The report's actual
            # words are that they “…”": the bracket closing the sentence before, in the same
            # paragraph of the paper (issue 23: `missing`)
            _CLOSES_SENTENCE.fullmatch(text, place.end, sentence) or
            _POINTS_BACK.fullmatch(text, sentence, start) or
            # "Members were reminded of paragraph 4.2 of the report. “…”": the place ends the
            # sentence and the quotation opens the next
            not text[sentence:start].strip(" \t\n“\"‘'") and
            _PLACE_ALONE_END.match(text, place.end)):
        return None
    return replace(place, carried=True)


# A place's bracket closing its sentence: "(paragraph 2.7). ", "(2.7).\n".
_CLOSES_SENTENCE = re.compile(r"[ \t]*[)\]][ \t]*[.;][ \t\n]*")

# The opening of a quotation's sentence that speaks of a place named in the sentence before:
# "Paragraph 4.2 is blunt. It says “…”", "Cllr Lee referred members to paragraph 4.2. She read
# out: “…”", "… at paragraph 4.2. The paragraph goes on: “…”" (issue 21: writers name the place
# and quote it in the next sentence). A subject that is a pronoun or the place itself, then a
# verb of saying or reading; nothing else between it and the quotation's opening mark.
_POINTS_BACK = re.compile(
    r"(?:(?:It|This|That|She|He|They|(?:The|This|That)\s+(?:same\s+)?(?:paragraph|section|"
    r"passage|page)|The\s+(?:inspectors|inspection\s+team|report))\s+(?:(?:then|also|further|simply|clearly|plainly|bluntly)\s+)?"
    r"(?:says?|states?|reads?|read\s+(?:it\s+)?out|quoted?|notes?|writes?|wrote|goes\s+on|"
    r"went\s+on|continues|continued|adds?|added|puts?\s+it|concludes?|concluded|"
    r"records?|recorded)(?:\s+(?:that|thus|this|as\s+follows))?)[\s:,–—-]*[“\"‘']?\s*")


# A bracketed place that is a sentence of its own: ". (Para 2.5)", ". [BVI, 2.5.]".
_BRACKET_SENTENCE = re.compile(r"(?<=[.!?])[\"'”’]*[ \t]+(?=[(\[])")


def _bracketed_sentence_after(text: str, pos: int, later_quotes: list[int]) -> Citation | None:
    """A bracketed place standing as a sentence of its own a sentence or two after the
    quotation ending at `pos`, in its passage, no other quotation between: "… “A”. This is a
    serious concern. (Para 2.5)". Marked `after_clause`: it may back the sentence between,
    so it is the quotation's only where its words are."""
    end = min(len(text), pos + MAX_LOOKBACK)
    blank = text.find("\n\n", pos, end)
    end = blank if blank >= 0 else end
    for gap in _BRACKET_SENTENCE.finditer(text, pos, end):
        if any(pos <= q < gap.end() for q in later_quotes) or any(
                ch in "“”„«»\"" for ch in text[pos:gap.end()]):
            return None
        citation = _bracketed_at(text, gap.end(), len(text))
        if citation is not None and not citation.is_empty and not citation.bare and (
                citation.sections or citation.pages or citation.page_labels):
            return replace(citation, after_clause=True)
    return None


def _place_beside(text: str, start: int, excluded: tuple[tuple[int, int], ...],
                  before: list[Citation]) -> Citation | None:
    """The place cited for an earlier quotation of the same sentence, for a quotation opening
    at `start` that has none: "The inspectors state that internal audit “A” (paragraph 5.5)
    and observe that “B”." Marked `carried`: it confirms where B's words are, and is never
    judged wrong."""
    sentence = sentence_start(text, start, excluded)
    earlier = [c for c in before if c.start >= sentence and c.end <= start and
               (c.sections or c.pages or c.page_labels) and not c.document]
    if not earlier:
        return None
    last = max(earlier, key=lambda c: c.end)
    # only a report going on, "and (observe) that …", "but warn that …": not "and the service
    # is “…”" (the motion's own words) nor "and members told the inspectors that …"
    if not _GOES_ON.fullmatch(text, last.end, start):
        return None
    return replace(last, carried=True, after_clause=False)


# What goes on from a citation to the next quotation of the same report: "(paragraph 5.5) and
# observe that internal audit “", "(para 2.6), but warn that improvement “".
_GOES_ON = re.compile(r"[)\].]*[ \t]*,?\s*(?:and|but)\s+(?:also\s+)?(?:[a-z]+\s+)?that\b"
                      r"[^“”\"()\[\].;:]{0,60}[“\"]?")


# ---------------------------------------------------------------------------------------------

def _keyword_citations(text: str, start: int, end: int,
                       by_order: bool = False) -> list[Citation]:
    """The places named in prose in text[start:end]; by their order in words ("the fourth
    recommendation") only when `by_order`: as the source a quotation's sentence gives it, not
    as a claim's (find_citations: "the council accepted the first recommendation" says
    nothing the recommendation's words could support)."""
    found = []
    for m in _place_matches(text, start, end):
        if m.re is _ORDINAL_CITE and not by_order:
            continue
        citation = beside_document(text, _keyword_citation(text, m), start, end)
        if m.re is _ORDINAL_CITE and not citation.document and \
                not citation.sections[0].startswith("R"):
            continue        # "the second paragraph" of what? Not the report's paragraph 2
        if m.re is _ANNEX_CITE and not re.match(rf"(?i:{ANNEX_WORD}|para)", m.group()):
            continue        # a bare "B.2" in prose is no place; in brackets it is
        found.append(citation)
    return _not_statutes(text, found)


# The documents a place in prose may be a place of, named right beside it: the letter ("the
# letter", "his letter", "the Minister's letter of 12 November"), an annex or appendix
# ("Annex A", "Appendix 2"), the report's executive summary or foreword. A bare "the report"
# adds nothing (its places are the citation's own).
_MONTH_DATE = (r"\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|"
               r"August|September|October|November|December)(?:\s+\d{4})?")
_PLACE_DOCUMENT = (
    r"(?:(?:the|his|her|their|this|that|a)\s+)?(?:(?:[A-Z][\w-]*\s+(?:of\s+)?){0,4}"
    r"[A-Z][\w-]*['’]s\s+)?(?i:letter)(?:\s+(?:of|dated)\s+" + _MONTH_DATE + r")?"
    r"|(?i:" + ANNEX_WORD + r")\s+(?:[A-Z]|\d{1,2})\b"
    r"|(?:the\s+)?(?:report['’]s\s+)?(?i:executive\s+summary|foreword)"
    # ("In summary, paragraph 3 says" is a turn of phrase: "the summary" is the part)
    r"|(?i:the|its|their)\s+(?:report['’]s\s+)?(?i:summary)")
# "The letter (paragraph 3) says", "Annex A para 3 records", "the letter, at paragraph 3,":
# the document, then the place.
_DOCUMENT_THEN_PLACE = re.compile(r"(?P<doc>" + _PLACE_DOCUMENT + r")(?:\s*\(\s*|\s*,\s*"
                                  r"(?:at\s+|in\s+)?|\s+(?:at\s+|in\s+)?)$")
# "Paragraph 3 of the letter", "in paragraph 2 of his letter", "para 3 of Annex A".
_PLACE_OF_DOCUMENT = re.compile(r"\s*,?\s*(?:of|in)\s+(?P<doc>" + _PLACE_DOCUMENT + r")\b")
# How far before a place its document may be named ("the Minister's letter of 12 November
# 2024, at paragraph 3").
MAX_DOCUMENT_BEFORE = 90


def beside_document(text: str, citation: Citation, floor: int = 0,
                    ceiling: int | None = None) -> Citation:
    """The citation of a place in prose with the document named right beside it as its
    document: "paragraph 3 of the letter", "The letter (paragraph 3)", "Annex A para 3": the
    letter's third paragraph, the annex's A.3, never the report's paragraph 3 (issue 21: read
    as the report's, a right citation of the letter was called wrong). Pages and footnotes are
    the report's own and are returned as they are."""
    if citation.document or not citation.sections or citation.pages or citation.footnotes:
        return citation
    ceiling = len(text) if ceiling is None else ceiling
    after = _PLACE_OF_DOCUMENT.match(text, citation.end, ceiling)
    before = _DOCUMENT_THEN_PLACE.search(text, max(floor, citation.start - MAX_DOCUMENT_BEFORE),
                                         citation.start)
    found = after or before
    if found is None or any(s.startswith("R") for s in citation.sections):
        return citation
    name = re.sub(r"^(?:the|his|her|their|its|this|that|a)\s+", "", found.group("doc"),
                  flags=re.IGNORECASE)
    name = re.sub(r"^report['’]s\s+", "", name, flags=re.IGNORECASE)
    # (its span and text stay the place's: a bracket round the place is still its own)
    return replace(citation, document=" ".join(name.split()))


def _not_statutes(text: str, citations: list[Citation]) -> list[Citation]:
    """The citations less "the Section 151 officer", "a section 114 notice", "section 15 of
    the Local Government Act 1999": a statutory role or a statute, not a paragraph of the
    report (issue 23: "The interim Section 151 officer has assured Cabinet … that “…”" cited
    paragraph 151); nor the paper's own paragraphs ("as set out in paragraph 2.3 above")."""
    return [c for c in citations if not (c.sections and (STATUTE_AFTER.match(text, c.end)
                                                         or OWN_PLACE_AFTER.match(text, c.end)))]


# A place of the paper itself, not of the report it quotes: "paragraph 2.3 above", "section 4
# below", "paragraph 2.3 of this report" (an officer's paper numbered 1.1, 1.2 as the report
# is; issue 23: "(see paragraph 2.3 above)" after a quotation was judged a wrong citation).
OWN_PLACE_AFTER = re.compile(r"[ \t]*(?:above|below)\b|[ \t]+(?:of|in)\s+this\s+"
                             r"(?:report|paper|document|section)\b", re.IGNORECASE)
_OWN_PLACE = re.compile(r"\b(?:above|below)\s*$|\b(?:of|in)\s+this\s+(?:report|paper|"
                        r"document|section)\s*$", re.IGNORECASE)


def _place_matches(text: str, start: int, end: int) -> list[re.Match]:
    """The places named in text[start:end] by keyword ("para 3.4"), by order in words ("the
    fourth recommendation") or by an annex's label ("A.3"), in order, none overlapping."""
    found = sorted([*_KEYWORD_CITE.finditer(text, start, end),
                    *_ORDINAL_CITE.finditer(text, start, end),
                    *_SPOKEN_CITE.finditer(text, start, end),
                    *_ANNEX_CITE.finditer(text, start, end),
                    *_LETTERED_RECOMMENDATION_CITE.finditer(text, start, end)],
                   key=lambda m: (m.start(), -m.end()))
    kept: list[re.Match] = []
    for m in found:
        if not kept or m.start() >= kept[-1].end():
            kept.append(m)
    return kept


def _keyword_citation(text: str, match: re.Match) -> Citation:
    if match.re is _ORDINAL_CITE:
        kind = (match.group("kind") or match.group("kind2")).lower()
        written = (match.group("ordinal") or match.group("cardinal")).lower()
        number = _ORDINALS.get(written) or _CARDINALS.get(written) or int(written[:-2])
        return Citation(sections=(f"R{number}" if kind == "recommendation" else str(number),),
                        text=match.group(), start=match.start(), end=match.end())
    if match.re is _SPOKEN_CITE:
        place = _spoken_place(match.group("spoken"))
        word = match.group("word").lower()
        if word.startswith("page"):
            return Citation(pages=(int(place),) if place.isdigit() else (), text=match.group(),
                            start=match.start(), end=match.end())
        return Citation(sections=(f"R{place}" if word.startswith("recommendation") else place,),
                        text=match.group(), start=match.start(), end=match.end())
    if match.re is _LETTERED_RECOMMENDATION_CITE:
        return Citation(sections=tuple(f"R{letter}" for letter in
                                       _lettered_range(match.group("letters"))),
                        text=match.group(), start=match.start(), end=match.end())
    if match.re is _ANNEX_CITE:
        label = f"{match.group('letter') or match.group('letter2')}." \
                f"{match.group('number') or match.group('number2')}"
        return Citation(sections=(label,), text=match.group(), start=match.start(),
                        end=match.end())
    word = match.group("word")
    numbers, nums_end = _parse_numbers(text, match.start("nums"), match.end("nums"))
    following = _FOLLOWING.match(text, nums_end)
    if following and numbers[-1].replace(".", "").isdigit():
        # "para 4.12 et seq.", "pp. 12ff": the place and the few after it
        head, _, tail = numbers[-1].rpartition(".")
        prefix = f"{head}." if head else ""
        after = 1 if following.group().strip().lower() == "f." else MAX_FOLLOWING  # "4f.": one
        numbers = numbers + [f"{prefix}{int(tail) + k}" for k in range(1, after + 1)]
        nums_end = following.end()
    if _PAGE_WORD.match(word):
        pages = tuple(int(n) for n in numbers if "." not in n)
        return Citation(pages=pages, text=text[match.start():nums_end],
                        start=match.start(), end=nums_end)
    if _RECOMMENDATION_WORD.match(word):
        return Citation(sections=tuple(f"R{n}" for n in numbers if "." not in n),
                        text=text[match.start():nums_end], start=match.start(), end=nums_end)
    if _SUMMARY_LABEL_WORD.match(word):
        return Citation(sections=tuple(f"ES{n}" for n in numbers if "." not in n),
                        text=text[match.start():nums_end], start=match.start(), end=nums_end)
    if _FOOTNOTE_WORD.match(word):
        return Citation(footnotes=tuple(n for n in numbers if "." not in n),
                        text=text[match.start():nums_end], start=match.start(), end=nums_end)
    return Citation(sections=tuple(numbers), text=text[match.start():nums_end],
                    start=match.start(), end=nums_end)


def _lettered_range(written: str) -> list[str]:
    """"A and C" -> A, C; "A to C" -> A, B, C."""
    letters = re.findall(r"[A-Z]", written)
    out = letters[:1]
    for sep, letter in zip(re.split(r"[A-Z]", written)[1:-1], letters[1:]):
        if re.fullmatch(r"\s*(?:to|[-–])\s*", sep) and out and out[-1] < letter:
            out += [chr(c) for c in range(ord(out[-1]) + 1, ord(letter) + 1)]
        else:
            out.append(letter)
    return out


# "et seq.", "ff.", "onwards", "and following" after a place: it and the places after it, as
# far as this many (a writer pointing at a passage, not at the rest of the chapter).
_FOLLOWING = re.compile(r"\s*(?:et\s+seq\.?|ff\.?|f\.(?!\w)|onwards\b|and\s+following\b)",
                        re.IGNORECASE)
MAX_FOLLOWING = 4


def _parse_numbers(text: str, start: int, end: int) -> tuple[list[str], int]:
    """Read "10.17 and 5.120" or "4.4–4.6" as written, expanding short ranges; return the end used.

    A list goes on only through numbers shaped like its first ("Section 3.4 and 4 others" stops
    at 3.4), except after a range dash, where "4.4-6" means 4.4 to 4.6.
    """
    parts = list(_NUM_RE.finditer(text, start, end))
    numbers = [parts[0].group()]
    used_end = parts[0].end()
    depth = parts[0].group().count(".")
    for previous, part in zip(parts, parts[1:]):
        separator = text[previous.end():part.start()]
        value = part.group()
        if _RANGE_SEP.match(separator):
            expanded = _expand_range(numbers[-1], value)
            if expanded is None:
                break
            numbers.extend(expanded)
        elif value.count(".") == depth:
            numbers.append(value)
        else:
            break
        used_end = part.end()
    unique = list(dict.fromkeys(numbers))
    return unique, used_end


def _expand_range(first: str, last: str) -> list[str] | None:
    """["4.5", "4.6"] for 4.4 to 4.6; just [last] across chapters; None when not a range."""
    head, _, tail = first.rpartition(".")
    if "." not in last and head:
        last = f"{head}.{last}"          # "4.4-6"
    last_head, _, last_tail = last.rpartition(".")
    if last_head != head:
        return [last] if last.count(".") == first.count(".") else None
    low, high = int(tail), int(last_tail)
    if high <= low:
        return None
    if high - low > MAX_RANGE:
        return [last]
    width = len(tail) if tail.startswith("0") else 0
    prefix = f"{head}." if head else ""
    return [f"{prefix}{str(n).zfill(width)}" for n in range(low + 1, high + 1)]


def _bracketed_at(text: str, at: int, limit: int) -> Citation | None:
    close = {"(": ")", "[": "]"}[text[at]]
    end = text.find(close, at + 1, min(limit, at + 2 + MAX_BRACKETED))
    # One line break inside is a PDF's wrapping ("(para\n4.12)" in an agenda pack); a blank
    # line means the bracket belongs to another paragraph.
    if end < 0 or re.search(r"\n[ \t]*\n", text[at:end]):
        return None
    return _parse_bracketed(text, at + 1, end, liberal=True)


def parse_bracketed(text: str, start: int, end: int) -> Citation | None:
    """The inside of brackets, text[start:end], read as a citation of a section, page or
    footnote (not a bare name), or None."""
    citation = _parse_bracketed(text, start, end, liberal=False)
    if citation is None or not (citation.sections or citation.pages or citation.page_labels
                                or citation.footnotes or citation.document):
        return None
    return citation


def _parse_bracketed(text: str, start: int, end: int, liberal: bool) -> Citation | None:
    """Read the inside of brackets as a citation, or None when it names no location.

    `liberal`: the brackets follow a quotation directly, so a plain name such as "Letter from
    SoS to CEX 12/11/24" is taken as the document; elsewhere a name needs a document word.
    """
    original = text
    inner = text[start:end]
    stripped_start = start + len(inner) - len(inner.lstrip())
    stripped_end = start + len(inner.rstrip())
    body = text[stripped_start:stripped_end]
    if not body:
        return None
    sections: list[str] = []
    pages: list[int] = []
    footnotes: list[str] = []
    named_then_numbered = False
    counted: list[str] = []         # paragraphs by their order in words ("third paragraph")
    roman = list(_ROMAN_PAGE.finditer(text, stripped_start, stripped_end))
    page_labels = [m.group(1).lower() for m in roman]
    if roman:
        # Blank the roman page references out, keeping offsets, before the other readings.
        text = text[:stripped_start] + _blank(text, stripped_start, stripped_end, roman)
        body = text[stripped_start:stripped_end]
    remainder = body
    keyword_matches = _place_matches(text, stripped_start, stripped_end)
    if keyword_matches:
        for match in keyword_matches:
            cite = _keyword_citation(text, match)
            if match.re is _ORDINAL_CITE and not cite.sections[0].startswith("R"):
                counted.extend(cite.sections)
            sections.extend(cite.sections)
            pages.extend(cite.pages)
            footnotes.extend(cite.footnotes)
        pieces, last = [], stripped_start
        for match in keyword_matches:
            pieces.append(text[last:match.start()])
            last = match.end()
        pieces.append(text[last:stripped_end])
        remainder = " ".join(pieces)
        # "(NPPF, paragraph 7)", "(CIPFA Prudential Code, paragraph 1)" after a quotation: a
        # name, a comma, then the place: the place is that document's.
        leading = text[stripped_start:keyword_matches[0].start()]
        named_then_numbered = liberal and bool(re.search(r"[A-Za-z]", leading)) and \
            leading.rstrip().endswith(",")
    else:
        bare = _BARE.match(body)
        label = _BARE_ANNEX_LABEL.fullmatch(body) if liberal else None
        if label is not None:
            # "(A3)" right after a quotation: an annex's paragraph by its label
            sections.append(f"{label.group(1)}.{label.group(2)}")
            remainder = ""
        if bare and _DATED_DOCUMENT.search(bare.group("doc") or bare.group("spaced") or "") \
                and _DOTTED_DATE.fullmatch(bare.group("nums")):
            bare = None     # "(Minister's letter, 12.11.24)": the letter's date, no paragraph
        undotted = _BARE_UNDOTTED.match(body) if liberal and not bare and label is None \
            else None
        if undotted is not None:
            name = _POINTING.sub("", undotted.group("doc") or undotted.group("spaced") or "")
            name = re.sub(r"^(?:(?:of|in|from|see)\s+)", "",
                          " ".join(name.split()).strip(" ,;:-–—."), flags=re.IGNORECASE)
            if not name or _GENERIC_DOC.match(name) or _NOT_A_SOURCE.match(name) or \
                    _REPORT_BY_NAME.fullmatch(name):
                # "(47)", "(ibid, 48)", "(BVI report at 47)": the paragraph's number alone
                nums_start = stripped_start + undotted.start("nums")
                numbers, _ = _parse_numbers(text, nums_start,
                                            stripped_start + undotted.end("nums"))
                return Citation(sections=tuple(numbers), text=original[stripped_start:
                                                                        stripped_end],
                                start=stripped_start, end=stripped_end, bare=True)
        first = _BARE_FIRST.match(body) if not bare and label is None else None
        if first is not None and (_GENERIC_DOC.match(first.group("doc")) or
                                  _REPORT_BY_NAME.fullmatch(first.group("doc"))):
            numbers, _ = _parse_numbers(text, stripped_start + first.start("nums"),
                                        stripped_start + first.end("nums"))
            sections.extend(numbers)
            remainder = ""
        if bare:
            nums_start = stripped_start + bare.start("nums")
            numbers, _ = _parse_numbers(text, nums_start, stripped_start + bare.end("nums"))
            sections.extend(numbers)
            remainder = _POINTING.sub("", bare.group("doc") or bare.group("spaced") or "")
            # "(Westfield, 2.5)": a name then a number after a quotation names a document.
            named_then_numbered = liberal and bool(remainder.strip())
    located = sections or pages or page_labels or footnotes
    if sections and not pages and _OWN_PLACE.search(body):
        return None     # "(see paragraph 2.3 above)": the paper's own paragraph
    document = _document_name(remainder, liberal and (not located or named_then_numbered))
    if counted and document is None:
        # "(third paragraph)": of no document named, not the report's paragraph 3
        sections = [s for s in sections if s not in counted]
        located = sections or pages or page_labels or footnotes
    if not (located or document):
        return None
    return Citation(sections=tuple(dict.fromkeys(sections)), pages=tuple(dict.fromkeys(pages)),
                    document=document, page_labels=tuple(dict.fromkeys(page_labels)),
                    footnotes=tuple(dict.fromkeys(footnotes)),
                    text=original[stripped_start:stripped_end], start=stripped_start,
                    end=stripped_end)


# A part of the report named after the place in it: "paragraph 2 of the executive summary".
_OF_PART = re.compile(r"(?:of|in)\s+(?:the\s+)?(?:report'?s\s+)?(?P<part>" + PART_NAME.pattern + ")",
                      re.IGNORECASE)


def _blank(text: str, start: int, end: int, matches) -> str:
    """text[start:] with the matched spans inside [start, end) replaced by spaces."""
    out, last = [], start
    for m in matches:
        out.append(text[last:m.start()])
        out.append(" " * (m.end() - m.start()))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


# The executive summary cut short: "(Exec Summary)", "(Exec. Summ.)", "(ES)" is a label's.
_EXEC_SUMMARY = re.compile(r"\bexec\.?\s+summ(?:ary|\.)?(?!\w)", re.IGNORECASE)


def _document_name(remainder: str, liberal: bool) -> str | None:
    name = re.sub(r"\s+", " ", remainder).strip(" ,;:-–—.")
    name = _EXEC_SUMMARY.sub("executive summary", name)
    part = _OF_PART.fullmatch(name)
    if part is not None:
        # "(para 2 of the executive summary)": the summary's paragraph, not the report's 2
        return part.group("part")
    of_document = _PLACE_OF_DOCUMENT.fullmatch(name)
    if of_document is not None:
        # "(paragraph 3 of the letter)", "(para 2 of his letter)": the place's document
        return " ".join(re.sub(r"^(?:the|his|her|their|this|that|a)\s+", "",
                               of_document.group("doc"), flags=re.IGNORECASE).split())
    name = re.sub(r"^(?:(?:of|in|from|see)\s+)", "", name, flags=re.IGNORECASE).strip()
    if not name or _GENERIC_DOC.match(name) or _NOT_A_SOURCE.match(name):
        return None
    if not re.search(r"[A-Za-z]", name) or len(name.split()) > 15:
        return None
    # "[report, executive summary]": the report by a generic name, then its part (a residents'
    # blog, netherby): the part is the place, in the report.
    generic, comma, part = name.partition(",")
    if comma and _GENERIC_DOC.match(generic.strip()):
        part = re.sub(r"^(?:the\s+)?", "", part.strip(), flags=re.IGNORECASE)
        if PART_NAME.fullmatch(part):
            return part
    if liberal:
        # "(letter from the Secretary of State)": lower case, but a document by its word;
        # "(the Secretary of State's letter of 14 November)", "(the Minister's letter of 20
        # March)": a document named with its article; "(executive summary)", "(foreword)": a
        # part of the report (blind corpus, fit half).
        bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
        if PART_NAME.fullmatch(bare):
            return bare
        return name if (name[0].isupper() or name[0].isdigit() or _DOC_WORDS.match(name) or
                        (bare != name and _DOC_WORDS.search(bare))) else None
    if name.startswith(("and ", "or ")):
        return None
    return name if (_DOC_WORDS.search(name) or _DATE.search(name)) and name[0].isupper() else None
