"""Find the claims in a motion: sentences outside quotation marks that attribute something to
the sources ("However, as per section 4.10, the council was praised for …", "A staff survey
conducted by the inspection team revealed that 48% of respondents …"; issue 10).

A sentence is a claim when, outside its quotations and their citations, it
- cites a paragraph, chapter, page or named document and states something of its own, or
- states a figure written in digits while referring to the report, the inspection, the
  inspectors, their survey or interviews, or
- has the report, the letter or the inspectors as the subject of a verb of finding or saying
  ("the Inspectors found", "as the report itself acknowledges"), with no quotation in it.
A sentence that leads into a quotation ("…, noting:"), one a third or more quoted words, a line
of the motion's resolution, or one that merely mentions the report ("The findings … highlight
serious challenges") is not a claim.
"""

from __future__ import annotations

import functools
import re

from verifier.reading.citations import STATUTE_AFTER, find_citations
from verifier.reading.figures import content_stems, find_figures
from verifier.models import Citation, Claim, Quotation
from verifier.words import TRACKED_OPENING

# A claim states something of its own: at least this many content words outside quotations.
MIN_CONTENT_WORDS = 3
# … or one, beside a figure: "Paragraph 5.63 records fewer than 100 waivers" …
MIN_CONTENT_WORDS_WITH_FIGURE = 1
# … or two, when the sources are its subject: "The inspectors found no wrongdoing by any
# councillor" (the words naming the sources and their verb are not counted).
MIN_CONTENT_WORDS_ATTRIBUTED = 2
# A sentence with more than a third of its words inside quotation marks is a quotation with a
# lead-in; the quotation checker checks it ("The inspectors said the council “should appoint at
# least two independent members” to the Audit Committee (para 5.60)"). A scare quote in a
# statement of its own ("a culture of “closely held” information") stays a claim.
MAX_QUOTED_SHARE = 0.33
# A citation this few content words before a quotation introduces it ("As paragraph 4.50 of
# the report says, “…”"); further back it belongs to the sentence's own statement
# ("section 8.2 and other parts of the report commend service delivery, and Ofsted judged
# children’s services ‘good’").
MAX_LEAD_IN_WORDS = 3
# A line this short that names the resolution starts the part of a motion that is its own
# proposal, not a statement about the report.
MAX_HEADING_WORDS = 8
# A sentence that states a figure within this many sentences after one that attributes
# something to the sources goes on with that attribution: a news story, minutes or a motion
# give the report's figures as plain statements once they have said where they are from
# ("Inspectors found the portfolio is now worth £131m. The council's external debt has nearly
# trebled since 2019, to £274m."). Further back, a figure is the writer's own.
ATTRIBUTION_REACH = 2

_REFERENCE = re.compile(
    r"\b(?:report|inspection|inspectors?|survey|respondents?|interview(?:s|ed|ees?)?|"
    r"letter|secretary\s+of\s+state)\b", re.IGNORECASE)
# The sources as the subject of a sentence: "the report", "the inspectors", "the Secretary of
# State's letter of 14 November", "her letter dated 12/11/24".
_SOURCE = (r"(?:report|letter|inspectors|inspection\s+team|secretary\s+of\s+state|minister|survey)"
           r"(?:\s+(?:of|dated)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?|[\d/.]+))?")
# Verbs of finding, saying, requiring (any tense a writer uses of a document or its authors).
_SAYS = (r"(?:found|finds|find|concluded|concludes|says|said|say|states|stated|records|recorded|"
         r"notes|noted|confirms|confirmed|acknowledges|acknowledged|praises|praised|praise|"
         r"commends|commended|criticises|criticised|criticise|recognises|recognised|recognise|"
         r"reveals|revealed|highlights|highlighted|shows|showed|show|reports|reported|observes|"
         r"observed|accepts|accepted|accept|suggests|suggested|suggest|warns|warned|describes|"
         r"described|calls|called|proposes|proposed|makes\s+clear|made\s+clear|sets\s+out|"
         r"set\s+out|identifies|identified|gives|gave|estimates|estimated|puts|counted|counts|"
         r"explains|explained|argues|argued|judges|judged|requires|required|require|directs|"
         r"directed|asks|asked|expects|expected|recommends|recommended|adds|added|writes|wrote|"
         r"points\s+out|pointed\s+out|goes\s+on\s+to\s+say|went\s+on\s+to\s+say|concedes|conceded|"
         r"admits|admitted|paints|painted|singles\s+out|singled\s+out|blames|blamed|refers|referred|"
         r"considers|considered|regards|regarded|agrees|agreed|disagrees|disagreed|"
         # "the inspectors also raised concerns about …", "the report flags", "cites"
         r"rais(?:es|ed|e)(?=\s+(?:\w+\s+)?(?:concerns?|questions?|doubts?|issues?)\b)|"
         r"expresse[sd](?=\s+(?:\w+\s+)?(?:concerns?|doubts?|surprise|confidence)\b)|"
         r"flags|flagged|cites|cited|questions|questioned|welcomes|welcomed|"
         # "the report is clear that …", "the letter was explicit about …"
         r"(?:clear|explicit|unequivocal|emphatic)(?=\s+(?:that|about|on)\b)|"
         # the inspectors' judgement: "the inspectors were satisfied with …"
         r"(?:satisfied|impressed|concerned|critical|reassured|unconvinced|persuaded)"
         r"(?=\s+(?:with|by|that|about|of)\b)|"
         # telling the reader: "the report tells us", "the letter invites representations"
         r"tells\s+us|told\s+us(?=\s+that\b)|invites|invited)")
# The plain form of those verbs, which plural authors and auxiliaries take: "the inspectors
# note", "the inspectors agree that", "the inspectors do not consider", "the report does
# acknowledge" (issue 19: the inspectors as a plural subject were read only in the past). Not
# after a singular subject: "the Best Value Inspection Report highlight…" is a title's noun.
_SAY_PLAIN = (r"(?:note|state|record|confirm|conclude|acknowledge|commend|reveal|highlight|report|"
              r"observe|warn|describe|identify|estimate|explain|argue|judge|expect|recommend|add|"
              r"write|point\s+out|concede|admit|consider|regard|flag|cite|welcome|make\s+clear|"
              r"single\s+out|tell\s+us|invite|"
              # (not "Now the inspectors agree.": the writer's comment)
              r"(?:agree|disagree)(?=\s+(?:that|with)\b))")
_AUXILIARY = r"(?:does|did|do|would|may|might|will|to|not)"
_ATTRIBUTION = re.compile(
    # "The report, commissioned by the Secretary of State in May, paints …": an apposition
    r"\b" + _SOURCE + r"(?:,[^,.;:!?()\[\]]{3,90},)?\s+"
    r"(?:(?:itself|also|further|clearly|rightly|then|has|have|had|is|was|were|would|may|"
    r"appears?|seems?|to|bluntly|plainly|explicitly|specifically|even|does|did|do|not|never)\s+){0,3}"
    + _SAYS + r"\b"
    r"|\b(?:inspectors|inspection\s+team)\s+(?:(?:also|further|then|have|had|would|may|to|"
    r"do|did|not|never|rightly|clearly)\s+){0,3}" + _SAY_PLAIN + r"\b"
    r"|\b" + _SOURCE + r"\s+(?:(?:itself|also|further|clearly|then|appears?|seems?)\s+){0,2}"
    + _AUXILIARY + r"\s+(?:(?:not|also|never)\s+)?" + _SAY_PLAIN + r"\b"
    # "…, according to the report", "staff told the inspectors", "the inspectors were told"
    r"|\baccording\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}(?:report|inspectors|inspection|letter|"
    r"survey|secretary\s+of\s+state|minister)\b"
    # "Under the Secretary of State's letter the commissioners will …", "as per the report"
    r"|\b(?:under|as\s+per|per)\s+(?:the\s+)?(?:(?:secretary\s+of\s+state|minister)['’]s\s+)?"
    r"(?:letter|report)\b"
    r"|\b(?:told|(?:spoke|said|described|explained|complained|admitted)(?:\s+\w+){0,2}\s+to)\s+"
    r"(?:the\s+)?(?:inspectors|inspection\s+team)\b"
    r"|\binspectors\s+(?:were|was)\s+told\b",
    re.IGNORECASE)


def attributes_to_sources(text: str) -> bool:
    """Whether `text` gives the report, the letter or the inspectors as saying something ("the
    report finds that", "according to the inspectors", "staff told the inspectors")."""
    return _ATTRIBUTION.search(text) is not None


# A sentence that goes on with what the sentence before attributed ("In 2023/24, 27 key
# decisions were taken without notice (para 5.2). Eleven of those decisions related to
# housing contracts."): it opens by pointing back, in the same paragraph.
# (A part of what it counted, or the report as "it"; a bare "This …" is the motion's own
# comment: "This has since been supplemented by …".)
_CONTINUES = re.compile(
    r"^(?:(?:[A-Z][a-z]+(?:[- ][a-z]+)?|\d[\d,]*|Only\s+\w+)\s+of\s+(?:those|these|them|which)\b|"
    r"Of\s+(?:those|these|them)\b|"
    r"(?:It|They|The\s+report|The\s+letter)\s+(?:(?:also|further|then|goes|went|on|appears?|appeared|"
    r"seems?|seemed|to|does|did|not)\s+){0,3}" + _SAYS + r"\b|"
    r"They\s+(?:(?:also|further|then|do|did|not)\s+){0,3}" + _SAY_PLAIN + r"\b)")
# "It says …", "They say …", "They also note that …": the sources as a pronoun, saying
# something; a claim when a sentence at most PRONOUN_REACH before it names them (the pronoun's
# likeliest antecedent: a transcript's "That's your own submission they're quoting. They say
# straight after it that …", a story's "…, the inspectors found. … They say the council is not
# at immediate risk …"). "She"/"He" are left out: in minutes and interviews they are as often
# the speaker's colleague.
_PRONOUN_SAYS = re.compile(
    r"^(?:(?:And|But|So|Yet)\s+)?(?:It|They)\s+(?:(?:also|further|then|go\s+on\s+to|do|did|not|"
    r"even|clearly)\s+){0,3}(?:" + _SAYS + r"|" + _SAY_PLAIN + r")\b")
PRONOUN_REACH = 4
# Another document named as saying something ("The CIPFA Financial Resilience Index places
# Ashcombe among …", "the Local Government Association peer challenge of 2025, which had found
# …"): a claim resting on that document, which the sources cannot confirm. (Not a post named
# after one: "the Head of Internal Audit said".)
_OTHER_DOCUMENT = re.compile(
    # "The CIPFA resilience review last year found …": named, then perhaps a word or two
    r"(?<!\bof\s)\b((?:(?!(?:The|A|An|This|That|Its|Our|Their|His|Her)\s)(?:[A-Z][A-Za-z&’'-]*|(?:19|20)\d\d)\s+){1,6}"
    r"(?:[a-z]{3,}\s+){0,2}(?:[Ii]ndex|[Rr]eview|[Pp]eer\s+[Cc]hallenge|"
    r"[Aa]ssessment|[Ss]tudy|[Ii]nquiry|[Cc]ommission)(?:\s+review)?)\b"
    r"[^.;:]{0,80}?\b(?:" + _SAYS + r"|places|placed|ranks|ranked|rates|rated|reached)\b")
# Words one of which is in every match of _REFERENCE, _ATTRIBUTION and _OTHER_DOCUMENT (their
# nouns): a sentence with none is passed over without running those three (issue 23: a pack's
# prose, 0.5 ms a page of 1.6). Looked for in the lower-cased sentence, which finds what
# re.IGNORECASE finds but for two letters it also takes as "i" and "s".
_SOURCE_NOUNS = ("report", "letter", "inspect", "secretary", "minister", "survey", "respondent",
                 "interview", "index", "review", "peer", "assessment", "study", "inquiry",
                 "commission")
_FOLDED_AS_ASCII = ("\u0131", "\u017f")     # dotless ı, long ſ
# The motion's own comment on what it has just quoted ("This is a culture that has been
# exacerbated over the previous seven years …"), or the writer speaking of itself.
_OWN_COMMENT = re.compile(r"^(?:This|These)\s+(?:is|was|has|have|are|were|shows|means)\b"
                          # … or of the writer's own doings: "Our group has 14 members."
                          r"|^(?:We|Our|I|My)\b")
# The speaker speaking for themself inside a sentence ("…, and I want it to be ten in ten",
# "I would invite anyone …"): the sentence is their own view, whatever the sentence before
# attributed (not "Part I of the Act", "Annex I").
_SPEAKER = re.compile(r"(?<!\bPart\s)(?<!\bAnnex\s)(?<!\bPhase\s)(?<!\bTable\s)"
                      r"\bI(?:[’'](?:ll|d|m|ve))?\s+(?:(?:would|will|do|did|have|had|am|must|"
                      r"can|should|also|too|and)\s+)?(?:not\s+)?[a-z]{2,}")
_LETTER = re.compile(r"\b(?:the\s+)?(?:secretary\s+of\s+state[’']s\s+)?letter\b|\bsecretary\s+of\s+state\b",
                     re.IGNORECASE)
# An agenda's entry: "Minutes of the Previous Meeting (Pages 3 - 3)" names an item and where
# it is in the pack; its bracket is the pack's pages, not a citation of the report.
_AGENDA_ENTRY = re.compile(r"^[^.!?]{1,150}\(\s*Pages?\s+\d+(?:\s*[-–]\s*\d+)?\s*\)\s*$")
# A part of the report named in brackets: "(Table 2)", "(Figure 3)", "(Annex A)", "(executive
# summary)", "(foreword)": it locates the claim as a paragraph number does.
_PART_CITED = re.compile(r"[(\[]\s*(?:(?:table|figure|fig\.|chart|annex|appendix)\s+[A-Z]?\d{0,3}[a-z]?|"
                         r"(?:the\s+)?(?:executive\s+summary|summary|foreword|introduction|"
                         r"conclusions?))\s*[)\]]", re.IGNORECASE)
# What every place _citation_of reads holds: a bracket, or a number (after a keyword, or a
# table's: "Table 2"); else it names another document (_OTHER_DOCUMENT).
_MAY_CITE = re.compile(r"[\d(\[]")
_TABLE_CITED = re.compile(r"\b(Table\s+\d{1,2}[a-z]?)\b(?![.:]\d)")
_RESOLVES = re.compile(r"\bresolve[sd]?\b", re.IGNORECASE)
_NOTES = re.compile(r"\b(?:notes|believes|further\s+notes|recognises)\s*:?\s*$", re.IGNORECASE)
# A list marker: a bullet, "1." or "1)", "(a)", "a)", "(iv)", "(2)".
_MARKER = r"(?:[-•·*▪◦‣–—]|\d+[.)]|\((?:[a-zA-Z]|[ivxIVX]{1,4}|\d{1,2})\)|(?:[a-zA-Z]|[ivxIVX]{1,4})\))"
_BULLET = re.compile(r"[ \t]*" + _MARKER + r"(?=[ \t]|$)[ \t]*")
_ABBREVIATIONS = frozenset("p pp para paras par sect sec ch chap no nos cf eg e.g ie i.e etc cllr "
                           "mr mrs ms dr st vs approx fig figs vol c".split())
_MARKS = "“”„‘’‚\"'«»"
# (each branch opens with its literal, "[", "]" or "<", the closing bracket's "not after a
# space" looked behind once it is matched: the engine then skips to those characters, where a
# look-behind first was tried at every one, 0.14 ms a page of prose; issue 23)
_TRACKED_CHANGE = re.compile(TRACKED_OPENING.pattern + r"|"
                             r"\](?<=\S\])(?=\s*\[|\s*$)|</?(?:del|ins)>", re.IGNORECASE | re.MULTILINE)


# A heading opening a new part of a document: a line of its own, no sentence's end, at most
# this many words, in capitals or with every longer word capitalised ("REASONS FOR THE
# AMENDMENT (statement by the proposer)", "Supporting Statement", "Background Information").
MAX_SECTION_HEADING_WORDS = 16
_SECTION_HEADING_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*")


def _section_heading(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end < 0 else line_end].strip()
    if text[line_start:start].strip() or line != text[start:end].strip():
        return False            # part of a longer line: a sentence, not a heading
    if not line or line[-1] in ".;:!?,”’\"'" or len(line.split()) > MAX_SECTION_HEADING_WORDS:
        return False
    words = _SECTION_HEADING_WORD.findall(line.split("(")[0])
    if not words:
        return False
    if all(w.isupper() for w in words[:3] if len(w) > 1) and any(len(w) > 1 for w in words[:3]):
        return True
    longer = [w for w in words if len(w) > 4]           # past "from", "with", "into"
    return len(words) >= 2 and bool(longer) and all(w[0].isupper() for w in longer) and \
        not words[0].lower() == "to"


def find_claims(text: str, quotations: tuple[Quotation, ...] | list[Quotation]) -> tuple[Claim, ...]:
    """Every claim in the motion's text, in order; `quotations` are find_quotations(text)."""
    quoted = _quoted_spans(text, quotations)
    consumed = _consumed_citations(text, quotations)
    claims = []
    resolving = False
    previous_claim_end = None
    attributing: list[bool] = []        # each sentence so far: does it attribute to the sources?
    list_lead = False       # the list under way has a lead or heading attributing to the sources
    naming: list[bool] = []             # each sentence so far: does it name the sources?
    for start, end in split_sentences(text, quoted + consumed):
        sentence = text[start:end]
        on_item = _on_list_line(text, start)
        if not on_item:
            list_lead = _leads_a_list(text, start, end) and _may_name_a_source(sentence) and \
                _ATTRIBUTION_LEAD.search(sentence) is not None
        if sentence.rstrip().endswith(":") and len(sentence.split()) <= MAX_HEADING_WORDS:
            if _RESOLVES.search(sentence):
                resolving = True
            elif _NOTES.search(sentence):
                resolving = False
        elif resolving and _section_heading(text, start, end):
            # the resolution ends where a new part of the document opens ("REASONS FOR THE
            # AMENDMENT", "Supporting Statement"): what follows argues from the report again
            resolving = False
        if resolving:
            attributing.append(False)
            continue
        continues = bool(_CONTINUES.match(sentence)) and (
            (attributing and attributing[-1]) or (previous_claim_end is not None and not re.search(
                r"\n[ \t]*\n", text[previous_claim_end:start])))
        named = _may_name_a_source(sentence)
        continues = continues or (_PRONOUN_SAYS.match(sentence) is not None
                                  and any(naming[-PRONOUN_REACH:]))
        naming.append(named and _REFERENCE.search(sentence) is not None)
        if _starts_list_item(text, start):
            attributing.clear()             # a list's item is a statement of its own
        # … unless the list's lead or heading gives the sources as its authority ("What the
        # inspectors found:", "WHAT THE REPORT SAYS"), when each item states what they say
        continues = continues or (list_lead and on_item and not _OWN_COMMENT.match(sentence)
                                  and not _SPEAKER.search(sentence))
        in_reach = any(attributing[-ATTRIBUTION_REACH:]) and not _OWN_COMMENT.match(sentence) \
            and not _SPEAKER.search(sentence)
        # further on in a document that has attributed something to the sources, a figure
        # stated plainly may still be theirs: read, and kept only if the sources give it
        distant = not in_reach and any(attributing) and not _OWN_COMMENT.match(sentence) \
            and not _SPEAKER.search(sentence)
        if not (named or continues or in_reach or _MAY_CITE.search(sentence)) and \
                not any(a < end and b > start for a, b in quoted):
            # No source's noun, no digit or bracket, nothing quoted, no claim before it to go
            # on with: read_claim would find none and _attributes no attribution (issue 23:
            # most of a pack's prose, passed over without them).
            previous_claim_end = None
            attributing.append(False)
            continue
        claim = read_claim(text, start, end, quoted, consumed, continues, in_reach, named,
                           distant)
        previous_claim_end = end if claim is not None else None
        # (a distant figure attributes nothing to what follows it)
        attributing.append((claim is not None and not claim.distant) or
                           _attributes(text, start, end, quoted, named))
        if claim is not None:
            claims.append(claim)
    return tuple(claims)


def read_claim(text: str, start: int, end: int, quoted: list[tuple[int, int]],
               consumed: list[tuple[int, int]], continues: bool = False,
               in_reach: bool = False, named: bool = True, distant: bool = False) -> Claim | None:
    """The claim made by the sentence text[start:end], or None when it makes none.
    `continues`: the sentence points back to a claim just before it in its paragraph;
    `in_reach`: a sentence at most ATTRIBUTION_REACH before it attributes to the sources;
    `named`: False when it holds none of _SOURCE_NOUNS (_may_name_a_source);
    `distant`: further on than that in a document that attributes to the sources."""
    sentence = text[start:end]
    if sentence.rstrip().endswith(":"):
        return None                                   # "The report also notes:" leads in
    if re.search(r"\?[\"'”’)\]]*\s*$", sentence):
        # a question asks, and states nothing ("Which leaves, what, £18.8m with no plan at
        # all?"); what it attributes goes on to its answer (find_claims' `attributing`)
        return None
    if _AGENDA_ENTRY.match(sentence):
        return None
    inside = [(max(a, start), min(b, end)) for a, b in quoted if a < end and b > start]
    taken = [(max(a, start), min(b, end)) for a, b in consumed if a < end and b > start]
    quoted_chars = sum(b - a for a, b in inside)
    total_words = len(sentence.split())
    quoted_words = sum(len(text[a:b].split()) for a, b in inside)
    outside = _blank(text, start, end, inside + taken)
    # A sentence mostly quoted is a quotation with a lead-in, unless its own words state figures
    # of their own as well (issue 19: "Complaints have nearly quadrupled, from 12 to 46 (para
    # 4.8), and “the average complaint took 32 weeks to resolve” (para 4.8)."): then the words
    # outside the quotation are a claim, judged on their own.
    mostly_quoted = bool(total_words and quoted_words / total_words > MAX_QUOTED_SHARE)
    if mostly_quoted and not (_states_figures_of_its_own(outside) and
                              _own_clause(text, end, inside, find_figures(outside, start))):
        return None
    # (blanking makes no word: a sentence without a source's noun has none in `outside`)
    referred = named and bool(_REFERENCE.search(outside))
    attributed = not quoted_chars and named and (_attribution_in(outside)
                                                 or _other_document_in(outside))
    if not (referred or attributed or continues or in_reach or distant or
            _MAY_CITE.search(outside) or (named and _other_document_in(outside))):
        # No place is read from words without a digit, a bracket or another document's name,
        # so the sentence is not located either: passed over before its citations are read
        # (issue 23, packs' prose).
        return None
    citation = _citation_of(outside, start)
    if citation.is_empty and taken and _states_figures_of_its_own(outside):
        # the citation a quotation took at the sentence's end cites the figures before it too:
        # "… stands at 78%, and the rate of 57% is “among the highest” (Section 7.7)."
        citation = _citation_of(_blank(text, start, end, inside), start)
    # A document named in prose ("the Secretary of State's letter") locates a claim made on
    # other grounds, but does not make one: "This Council has received … the letter."
    located = bool(citation.sections or citation.pages or (citation.document and _bracketed(citation))
                   or _PART_CITED.search(outside))
    # Most of a pack's sentences point at nothing: they are passed over before their figures
    # and stems are found (issue 23: that was most of a pack's time with no quotation in it).
    if not (located or referred or attributed or continues or in_reach or distant):
        return None
    figures = find_figures(outside, start)
    # a figure in digits, or a share or multiple in words ("two-thirds of residents", "nearly
    # trebled"): not a count in words ("all eight of the recommendations", "for sixteen
    # years" are as often the writer's own), nor a vague share ("most")
    digit_figures = [f for f in figures if any(c.isdigit() for c in f.text) or
                     (f.unit in ("%", "times") and not f.vague)]
    # ("most cases", "a majority of members" are checked in a claim, but make none)
    stated = any(not f.vague for f in figures) and _ends_a_sentence(sentence)
    far = not (located or (digit_figures and referred) or attributed or continues
               or (in_reach and stated))
    if far and not (distant and stated and any(f.unit != "date" and f in digit_figures
                                               for f in figures)):
        return None     # (before its stems are counted: "The report was introduced by …")
    if not (located or digit_figures or _ends_a_sentence(sentence)) and \
            _whole_line(text, start, end) and not _starts_list_item(text, start):
        # a headline or a heading: a line of its own, no sentence's end, nothing cited and no
        # figure ("Inspectors warn of bankruptcy risk and decisions taken by a small circle",
        # "Key findings welcomed by the Alliance"): the story's own summary of what follows
        return None
    if len(content_stems(outside)) < (MIN_CONTENT_WORDS_WITH_FIGURE if stated
                                      else MIN_CONTENT_WORDS_ATTRIBUTED if attributed or located
                                      else MIN_CONTENT_WORDS):
        return None
    # The statement keeps the words quoted inside it ("a culture of ‘closely held’
    # information"), less their marks and the quotations' own citations.
    if mostly_quoted:
        end = _own_part_end(text, end, inside, figures)
        sentence = text[start:end]
        inside = [(a, min(b, end)) for a, b in inside if a < end]
        taken = [(a, min(b, end)) for a, b in taken if a < end]
    # (the quoted words stay in what it says: "…“has not been given the resources it needs”,
    # with 14 vacancies" says "not", and without it reads as the report's opposite)
    spoken = _blank(text, start, end, taken)
    spoken = "".join(" " if ch in _MARKS and not _apostrophe(spoken, i) else ch
                     for i, ch in enumerate(spoken))
    return Claim(text=sentence, start=start, end=end, citation=citation, figures=figures,
                 statement=statement_of(spoken, citation, start),
                 borrowed=not (located or referred or attributed), distant=far)


# Where a clause of its own ends, before the quotation a sentence goes on with: ", and",
# "; ", ", but", or after it: "”, with 14 vacancies" (brackets blanked first: "(paras 4.8,
# 4.9)" is one citation). A bare comma is not one: "In 17 of 30 waivers checked, “…”" frames
# the quotation.
_CLAUSE_BREAK = re.compile(r";|,?\s(?:and|but|while|whereas)\s|,\s+with\s")


def _own_clause(text: str, end: int, inside: list[tuple[int, int]], figures) -> bool:
    """Whether a mostly quoted sentence states its figures in a clause of their own: the
    quotation after them past a clause break, or before them and followed by one ("…”, with 14
    vacancies in a team of 58"); not "86% agreed with the statement “…”", where the quotation
    is the figures' own clause."""
    stated = [f for f in figures if any(c.isdigit() for c in f.text)]
    if not stated or not inside:
        return False
    if _own_part_end(text, end, inside, figures) < end:
        return True
    last_quoted, first_figure = max(b for _, b in inside), min(f.start for f in stated)
    return last_quoted <= first_figure and \
        _CLAUSE_BREAK.search(_unbracketed(text[last_quoted:first_figure])) is not None


def _unbracketed(text: str) -> str:
    return re.sub(r"\([^()]*\)|\[[^\[\]]*\]", lambda m: " " * len(m.group()), text)


def _own_part_end(text: str, end: int, inside: list[tuple[int, int]], figures) -> int:
    """The end of a mostly quoted sentence's own part: the clause stating its figures, when the
    quotation comes after it in a clause of its own; else the sentence's end."""
    stated = [f.end for f in figures if any(c.isdigit() for c in f.text)]
    if not stated or not inside:
        return end
    first_quoted, last_figure = min(a for a, _ in inside), max(stated)
    if first_quoted <= last_figure:
        return end
    found = _CLAUSE_BREAK.search(_unbracketed(text[last_figure:first_quoted]))
    return last_figure + found.start() if found else end


def _states_figures_of_its_own(outside: str) -> bool:
    """Whether the words of a sentence outside its quotations state a figure in digits among at
    least MIN_CONTENT_WORDS_ATTRIBUTED content words of their own ("with 14 vacancies in a team
    of 58")."""
    return any(c.isdigit() for f in find_figures(outside) for c in f.text) and \
        len(content_stems(outside)) >= MIN_CONTENT_WORDS_ATTRIBUTED


def _attributes(text: str, start: int, end: int, quoted: list[tuple[int, int]],
                named: bool = True) -> bool:
    """Whether the sentence text[start:end] gives the sources as its authority: it quotes them
    ("…," the inspectors write), names them as saying something, or cites them."""
    sentence = text[start:end]
    quotes = any(a < end and b > start for a, b in quoted)
    return (named and _attribution_in(sentence)) \
        or (quotes and named and bool(_REFERENCE.search(sentence))) \
        or (quotes and not _citation_of(sentence, start).is_empty)


# A sentence's words are searched for an attribution and another document's name by
# read_claim and again by _attributes (the same words when nothing in it is quoted): each
# search answered once (issue 23: _ATTRIBUTION is the slowest of the claims' regexes, about
# 30 µs a sentence, and a pack's prose names the report in a sentence of four).
@functools.lru_cache(maxsize=64)
def _attribution_in(text: str) -> bool:
    return _ATTRIBUTION.search(text) is not None


@functools.lru_cache(maxsize=64)
def _other_document_in(text: str) -> bool:
    return _OTHER_DOCUMENT.search(text) is not None


def _may_name_a_source(sentence: str) -> bool:
    """False when no match of _REFERENCE, _ATTRIBUTION or _OTHER_DOCUMENT can be in it."""
    low = sentence.lower()
    for word in _SOURCE_NOUNS + _FOLDED_AS_ASCII:
        if word in low:
            return True
    return False


# A list's lead or heading giving the sources as the authority for its items: "The inspectors
# found:", "WHAT THE INSPECTORS FOUND", "Key findings of the report", "What the letter says:".
_ATTRIBUTION_LEAD = re.compile(_ATTRIBUTION.pattern + r"|\bfindings\b.{0,40}\b(?:report|inspect\w*|"
                               r"letter)\b|\b(?:report|inspectors|inspection|letter)['’]s?\s+"
                               r"(?:key\s+|main\s+)?findings\b", re.IGNORECASE)


def _leads_a_list(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] is a line of its own that leads into what follows:
    it ends in a colon, or is a heading."""
    if not _whole_line(text, start, end):
        return False
    return text[start:end].rstrip().endswith(":") or _section_heading(text, start, end)


def _on_list_line(text: str, start: int) -> bool:
    """Whether the sentence at `start` is on a bulleted or numbered line (its first sentence
    or a later one)."""
    line = text.rfind("\n", 0, start) + 1
    return _BULLET.match(text, line, start) is not None and _BULLET.match(text, line).end() > line


def _starts_list_item(text: str, start: int) -> bool:
    """Whether the sentence at `start` is the first of a bulleted or numbered line."""
    line = text.rfind("\n", 0, start) + 1
    return start > line and bool(_BULLET.fullmatch(text, line, start))


def _whole_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is the whole of its line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:start].strip() and not text[end:line_end].strip()


def _ends_a_sentence(sentence: str) -> bool:
    """A statement ends as one: a heading ("Debt nearly trebled") does not."""
    return bool(re.search(r"[.!?][\"'”’)\]]*\s*$", sentence))


def _apostrophe(text: str, i: int) -> bool:
    return text[i] in "’'" and 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


# A speaker's label opening a turn in a transcript or minutes ("DAN KERSHAW: It's eight minutes
# past eight.", "Cllr Pike: The report says …", "Q: …"): who speaks, not what they say (issue 19:
# the label's words kept a turn's short sentence from matching what it says).
_SPEAKER_LABEL = re.compile(
    r"(?:[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3}|Q|A|"
    r"(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr|Prof)\.?[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)"
    r"[ \t]*:[ \t]+(?=\S)")
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")     # the word before a full stop
# Seven letters right before a full stop: the word there is longer than every abbreviation, so
# the stop ends a sentence without its word being looked up (issue 23: most stops of prose).
_LONG_WORD_BEFORE = re.compile(r"[A-Za-z]{7}")


def split_sentences(text: str, masked: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences of a motion as (start, end) spans, bullets and surrounding space left out.

    A sentence ends at a full stop (not one inside `masked` spans, after an abbreviation or
    in a number), a blank line, a line ending in a colon, the start of a bulleted line, or
    where a quotation and its citation are followed by a new capitalised sentence.
    """
    cuts = {0, len(text)}
    for m in _SENTENCE_STOP.finditer(text):
        at = m.start()
        if masked and any(a <= at < b for a, b in masked):
            continue
        if text[at] == "." and not _LONG_WORD_BEFORE.match(text, at - 7, at):
            before = _WORD_BEFORE.search(text, max(0, at - 10), at)
            if before and before.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
        cuts.add(m.end())
    for m in re.finditer(r"\n[ \t]*\n|:[ \t]*\n|\n(?=[ \t]*" + _MARKER + r"(?:[ \t]|$))", text):
        cuts.add(m.end() if m.group().startswith(":") else m.start())
        cuts.add(m.end())
    # An amendment pasted with its tracked changes: "[deleted: …][inserted: …]" are two texts.
    for m in _TRACKED_CHANGE.finditer(text):
        cuts.add(m.start())
        cuts.add(m.end())
    for a, b in masked:
        follow = re.match(r"[ \t]+(?=[A-Z])", text[b:b + 3])
        if follow and not any(x <= b < y for x, y in masked if (x, y) != (a, b)):
            cuts.add(b)
    spans = []
    ordered = sorted(cuts)
    for a, b in zip(ordered, ordered[1:]):
        while True:
            bullet = _BULLET.match(text, a, b)
            if bullet and bullet.end() > a:
                a = bullet.end()
                continue
            speaker = _SPEAKER_LABEL.match(text, a, b)
            if speaker and (a == 0 or text[a - 1] == "\n"):
                a = speaker.end()
                continue
            if a < b and text[a] in " \t\n":
                a += 1
                continue
            break
        while b > a and text[b - 1] in " \t\n":
            b -= 1
        if b > a:
            spans.append((a, b))
    return spans


def statement_of(outside: str, citation: Citation, offset: int) -> str:
    """What the claim says, less the words that say where it is from."""
    s = outside
    if citation.text and 0 <= citation.start - offset < len(s):
        a, b = citation.start - offset, citation.end - offset
        s = s[:a] + " " * (b - a) + s[b:]
    s = re.sub(r"[(\[]\s*[)\]]", " ", s)
    s = re.sub(r"^\W*(?:and\s+)?(?:however|indeed|moreover|further(?:more)?|also|and|but|similarly)\b,?", " ", s,
               flags=re.IGNORECASE)
    s = re.sub(r"\b(?:as\s+per|according\s+to|as\s+(?:set\s+out|noted|stated)\s+in|in)\s*(?=[,\s]*$|,)",
               " ", s, flags=re.IGNORECASE)
    s = re.sub(r"\bas\s+(?:per\s+)?(?:(?:records|says|notes|states|shows|finds|found|confirms|reports|"
               r"set\s+out)\s*)?,\s*", " ", s, flags=re.IGNORECASE)
    s = re.sub(r"\b(?:of\s+the\s+report|in\s+the\s+report)\b", " ", s, flags=re.IGNORECASE)
    s = re.sub(r"\bit\s+should\s+(?:also\s+)?be\s+noted\s+that\b", " ", s, flags=re.IGNORECASE)
    s = re.sub(r"\b(?:records|reports|notes|confirms|says|states|finds|shows|found|noted|stated)\s+that\b",
               " ", s, flags=re.IGNORECASE)
    s = re.sub(r"\s+", " ", s).strip(" ,;:-–—")
    return s[:1].upper() + s[1:] if s else outside.strip()


# What the sources are said to say follows their verb: "The Member for Mill End ward said that
# the report found that X" states X, and its words are X's. Only after a verb that says nothing
# of its own ("found that", "said that"): "praised …", "recommends that …" carry the meaning.
_NEUTRAL_SAYING = re.compile(r"(?:found|finds|find|concluded|concludes|says|said|say|states|stated|"
                             r"records|recorded|notes|noted|confirms|confirmed|reports|reported|"
                             r"shows|showed|makes\s+clear|made\s+clear|clear|observes|observed|"
                             # saying that X is so, however warmly or guardedly: the hedge is
                             # reported on its own (_HEDGE)
                             r"accepts|accepted|accept|acknowledges|acknowledged|recognises|"
                             r"recognised|agrees|agreed|suggests|suggested|concedes|conceded|"
                             r"admits|admitted|considers|considered)\s*$",
                             re.IGNORECASE)
MIN_STATED_WORDS = 3


def stated_part(statement: str) -> str:
    """The part of a claim's statement that says what the sources say: after its last
    "<the report> <found> (that)", when words of the claim's own (a speaker, a preamble) stand
    before it; else the whole statement."""
    last = None
    for m in _ATTRIBUTION.finditer(statement):
        last = m
    if last is None or last.start() == 0 or not _NEUTRAL_SAYING.search(last.group()):
        return statement
    rest = statement[last.end():]
    if re.match(r"\s*[,;:(]", rest):
        return statement        # a parenthesis: "Staff, the report says, were …"
    rest = re.sub(r"^\s*that\b", " ", rest).strip()
    return rest if len(content_stems(rest)) >= MIN_STATED_WORDS else statement


# ---------------------------------------------------------------------------------------------

def _quoted_spans(text: str, quotations) -> list[tuple[int, int]]:
    """Each top-level quotation's span with its marks."""
    spans = []
    for q in quotations:
        if q.inner:
            continue
        a, b = q.start, q.end
        while a > 0 and text[a - 1] in _MARKS + " \t":
            a -= 1
            if text[a] in _MARKS:
                break
        while b < len(text) and text[b] in _MARKS + " \t.,;":
            b += 1
            if text[b - 1] in _MARKS:
                break
        spans.append((a, b))
    return spans


def _consumed_citations(text: str, quotations) -> list[tuple[int, int]]:
    """Citations that belong to a quotation: written after it, or just before it as its lead-in."""
    spans = []
    for q in quotations:
        c = q.citation
        # One closing the sentence after the motion's own words cites those words too.
        if q.inner or c.start < 0 or c.after_clause or c.carried:
            continue
        if c.start >= q.end:
            # the brackets round it too
            a, b = c.start, c.end
            if a > 0 and text[a - 1] in "([":
                a -= 1
            if b < len(text) and text[b] in ")]":
                b += 1
            spans.append((a, b))
        elif len(content_stems(text[c.end:q.start])) <= MAX_LEAD_IN_WORDS:
            spans.append((c.start, q.start))
    return spans


def _bracketed(citation: Citation) -> bool:
    return not _LETTER.fullmatch(citation.text or "")


def _blank(text: str, start: int, end: int, spans) -> str:
    """text[start:end] with the given spans turned into spaces (offsets kept)."""
    spans = [(a, b) for a, b in spans if a < end and b > start]
    if not spans:
        return text[start:end]
    chars = list(text[start:end])
    for a, b in spans:
        for i in range(max(a, start), min(b, end)):
            chars[i - start] = " "
    return "".join(chars)


def _citation_of(outside: str, offset: int) -> Citation:
    """The places a claim cites, read from its words outside quotations."""
    sections, pages, document, texts, spans = [], [], None, [], []
    for c in find_citations(outside):
        if c.sections and (STATUTE_AFTER.match(outside, c.end)
                           or re.search(r"(?i)\b(?:officers?|notices?)\W*$", c.text)):
            continue
        sections.extend(c.sections)
        pages.extend(c.pages)
        document = document or c.document
        texts.append(c.text)
        spans.append((c.start, c.end))
    # "(Table 2)", "as Table 2 showed": a table the reader stores as a place of that label
    for m in _TABLE_CITED.finditer(outside):
        sections.append(" ".join(m.group(1).split()).capitalize())
        texts.append(m.group(1))
        spans.append((m.start(1), m.end(1)))
    other = _OTHER_DOCUMENT.search(outside) if document is None else None
    if other:
        document = " ".join(other.group(1).split())
        texts.append(other.group(1))
        spans.append((other.start(1), other.end(1)))
    if document is None:
        letter = _LETTER.search(outside)
        if letter:
            document = "letter" if "letter" in letter.group().lower() else "Secretary of State"
            texts.append(letter.group())
            spans.append((letter.start(), letter.end()))
    if not (sections or pages or document):
        return Citation()
    first = min(spans)
    return Citation(sections=tuple(dict.fromkeys(sections)), pages=tuple(dict.fromkeys(pages)),
                    document=document, text=texts[0], start=offset + first[0],
                    end=offset + first[1])
