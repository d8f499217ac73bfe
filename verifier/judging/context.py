"""Out of context: quoted words that are the source's, cut from the denial, the condition or the
attribution that governs them in the source's own sentence (issue 21).

"We do not suggest that the Mayor has sought improperly …" quoted as “the Mayor has sought
improperly”; "One officer told us that the council is run by WhatsApp" quoted as the inspectors'
finding; "Unless the council acts, reserves will be exhausted by 2028" quoted without "unless".
The rule reads only the source sentence around the match and the motion's own words around the
quotation: the motion that restores the context in its own words ("as one officer told the
inspectors, “…”"; "the inspectors did not suggest that “…”") is quoting fairly.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from verifier.reading.claims import attributes_to_sources
from verifier.reading.figures import content_stems, stem
from verifier.words import fold

# How far back the source sentence's governing words may be from the quoted words, and how far
# the motion's words around its quotation are read for the context restored.
MAX_LEAD_CHARS = 160
MOTION_LEAD_CHARS = 160
MOTION_TAIL_CHARS = 100


class ContextKind(str, Enum):
    """What the quotation drops."""

    DENIAL = "denial"                 # "We do not suggest that …"
    ATTRIBUTION = "attribution"       # "One officer told us that …", "The council's submission stated …"
    CONDITION = "condition"           # "Unless the council acts, …", "… if the plan is not delivered"
    QUALIFICATION = "qualification"   # "… are real and affect every council, but the council's
                                      # difficulties stem from its own decisions"


@dataclass(frozen=True)
class DroppedContext:
    kind: ContextKind
    words: str                        # the source's words the quotation leaves out
    # Whether what is left out surely changes what the quoted words say (then the quotation is
    # out of context); else a reader is told to read the sentence whole, and the verdict stays
    # the words' own: a false "out of context" accuses a fair quotation (issue 21).
    certain: bool = True


# A sentence that opens by denying what follows ("We do not suggest that the Leader …", "We
# found no evidence that …"); and a negation right before the quoted words ("this intervention is
# not “a judgement on …”").
_DENIAL = re.compile(
    r"\b(?:(?:do|does|did|have|has|had|can|could|would|are|were|is|was)\s+not\s+"
    r"(?:suggest(?:ing|ed)?|find|found|say(?:ing)?|said|believe|consider|accept|conclude|"
    r"think|claim(?:ing)?|allege|alleging|see)|(?:found|see|saw|is|was|there\s+is|there\s+was)"
    r"\s+no\s+evidence|nothing\s+to\s+suggest|not\s+the\s+case|not\s+true|"
    r"(?:reject|rejects|rejected|dismiss|dismissed|deny|denies|denied)|"
    # "Nor do they mean that the council's services will be run from Whitehall"
    r"nor\s+(?:do|does|did|is|are|was|were)\s+(?:\w+\s+){0,2}?(?:mean|suggest|imply|say))\b",
    re.IGNORECASE)
_THAT_SOON = re.compile(r"^[^.;:!?]{0,25}?\bthat\b", re.IGNORECASE)
_NEGATED_JUST_BEFORE = re.compile(r"\b(?:not|no|never|nor|neither)\s*[\"“‘']?\s*$", re.IGNORECASE)
# The governing words stop governing at a clause that turns ("…, but", "; however", "although").
_CLAUSE_TURN = re.compile(r"\bbut\b|\bhowever\b|\balthough\b|\bwhereas\b|\bwhile\b|;",
                          re.IGNORECASE)
# The same verb's next object: "The Leader told us that A and that B", or the same subject's
# next reported verb: "Members told us that they had relied on the advisers and had been assured
# that …" (ivelbury's 63: both what the members told the inspectors).
_AND_THAT = re.compile(r",?\s+and\s+(?:(?:had|has|have|was|were)\s+)?(?:been\s+)?"
                       r"(?:[a-z]+\s+)?that\b", re.IGNORECASE)
# At most this many words between the governing words and the quoted ones ("We do not suggest
# that the increase in complaints shows that …", "told us that they regarded scrutiny at the
# council as …").
MAX_GOVERNED_GAP_WORDS = 10
# A speaker is named in a few words ("One officer", "The council's own internal audit service",
# "Members of the opposition groups").
MAX_SPEAKER_WORDS = 8

# Someone reports what follows: a reporting verb (or "according to", "in X's view") ending the
# lead-in to the quoted words, its subject not the inspectors themselves.
_REPORTING = re.compile(
    r"\b(?:told\s+(?:us|the\s+inspectors?|the\s+(?:inspection\s+)?team|inspectors)|"
    r"(?:was|were)\s+told|said|says|stated|states|described|describes|"
    r"claimed|claims|argued|argues|asserted|asserts|insisted|insists|maintained|"
    r"maintains|believed|believes|felt|feels|characteri[sz]ed|put\s+it|regard(?:ed|s)?|"
    # another body's finding ("The peer team found that", "Internal audit concluded that"),
    # not a passive ("it was found that")
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?:found|find|finds|concluded|reported|warned)\s+that)\b",
    re.IGNORECASE)
_ACCORDING = re.compile(r"\b(?:according\s+to|in\s+the\s+(?:view|words)\s+of|"
                        r"in\s+(?:his|her|their|its)\s+(?:own\s+)?(?:view|words|submission))\b",
                        re.IGNORECASE)
# The inspectors as the subject: their own finding, not somebody else's.
# The inspectors as the subject, just before the verb ("We found", "At Ashcombe we found", "But
# we have found"): their own finding, not somebody else's.
_OWN_VOICE = re.compile(r"\b(?:we|our(?:\s+\w+){0,3}|the\s+inspectors?|the\s+inspection\s+team|"
                        r"the\s+(?:lead\s+)?inspector|this\s+report|the\s+team)"
                        r"(?:\s+(?:have|had|also|then|therefore|now|all))*\s*$", re.IGNORECASE)
# A condition that governs the quoted words: opening the sentence before them, or just after.
# (not an aside: "few, if any, reserves", "if anything", "if at all")
_CONDITION_LEAD = re.compile(r"(?:^|,\s*|\bthat\s+)(?:unless|if|provided\s+(?:that\s+)?|"
                             r"only\s+if)\b(?!\s+(?:any|anything|at\s+all|so|ever|"
                             r"necessary|possible)\b)", re.IGNORECASE)
_CONDITION_TAIL = re.compile(r"^[\s,]*(?:unless|if|provided\s+that|only\s+if|until)\b",
                             re.IGNORECASE)

# A speaker described by how many, not who ("some told us that …"): named by the noun before.
_QUANTIFIERS = frozenset("some many most few several others all both each they them".split())
# Words of a speaker's description that do not name the speaker ("one", "the", "us").
_GENERIC = frozenset("a an the one some two three several many most of to us our we his her their "
                     "its own that this these those inspectors inspector inspection team report "
                     "told said says stated claimed argued described view words in according as "
                     "also was were had has have is are council council's borough".split())
_NEGATION_CUE = re.compile(r"\b(?:not|no|none|never|nothing|deny|denies|denied|reject(?:s|ed)?|"
                           r"dismiss(?:es|ed)?|neither|nor|cannot|unable)\b|n't\b", re.IGNORECASE)
_REPORT_VOICE = re.compile(r"\b(?:report|inspectors?|inspection|the\s+team|it)\s*$|"
                           r"\b(?:report|inspectors?)\b[^,]{0,20}$", re.IGNORECASE)
_REPORT_SUBJECT = re.compile(r"\b(?:the\s+report|the\s+inspectors?|inspectors|the\s+inspection|"
                             r"the\s+review)\b", re.IGNORECASE)
# The motion's words after a quotation that make it the report's finding ("…”, which she said
# the report had found to be victimisation"), not a mention of the report ("…”, the report notes").
_REPORT_FINDING = re.compile(_REPORT_SUBJECT.pattern + r"\s+(?:\w+\s+){0,2}?(?:found|finds|"
                             r"concluded|confirmed|established)\b", re.IGNORECASE)
_MOTION_REPORTING = re.compile(r"\b(?:told|said|says|stated|claimed|argued|described|"
                               r"according\s+to|in\s+(?:his|her|their|its)\s+(?:own\s+)?words|"
                               r"submission|view|claims?|believes?|felt|put\s+it)\b",
                               re.IGNORECASE)


def dropped_context(paragraph: str, span_start: int, span_end: int,
                    motion_lead: str, motion_tail: str) -> DroppedContext | None:
    """What the source's sentence around `paragraph[span_start:span_end]` says that governs the
    quoted words and the quotation leaves out, unless the motion's own words around it
    (`motion_lead`, `motion_tail`: its sentence before and after the quotation) restore it."""
    lead = _sentence_lead(paragraph, span_start)
    tail = _sentence_tail(paragraph, span_end)
    quoted = paragraph[span_start:span_end]
    denial = _governs(lead, _DENIAL, _THAT_SOON)
    if denial and not _carries_clause(lead[denial.end():], tail):
        denial = None       # the quoted words name a thing the denied clause is about
    if _OWN_CLAUSE.match(quoted) and re.search(r"(?:,|\band|\bbut)\s*$", lead):
        # "We do not suggest that any waiver was granted improperly, and we found no evidence
        # of fraud": the quoted words open a clause of their own, the inspectors its subject;
        # the denial before governs the clause before (stourleigh's 8.4, fit half)
        denial = None
    if denial or (_NEGATED_JUST_BEFORE.search(lead) and not _OWN_CLAUSE.match(quoted)):
        if not _NEGATION_CUE.search(motion_lead):
            return DroppedContext(ContextKind.DENIAL, _shown(lead))
        return None
    speaker = _attribution(lead)
    if speaker is not None and _ENDORSED.match(paragraph, _sentence_end(paragraph, span_end)):
        speaker = None      # "… told us that A. We agree with that assessment.": theirs too
    if speaker is not None:
        if not _restores_attribution(speaker, motion_lead, motion_tail):
            return DroppedContext(ContextKind.ATTRIBUTION, _shown(lead),
                                  certain=not _inside_described_thing(lead))
        return None
    condition = _condition(lead, tail)
    if condition and not re.search(r"\b(?:unless|if|provided|until|without)\b",
                                   motion_lead + " " + motion_tail, re.IGNORECASE):
        # ("until …" after them bounds them in time, which may or may not matter: noted)
        return DroppedContext(ContextKind.CONDITION, _shown(condition),
                              certain=not re.match(r"[\s,]*until\b", condition, re.IGNORECASE))
    tentative = _proposal(lead)
    if tentative and _DECIDED.search(motion_lead) and \
            not _TENTATIVE.search(motion_lead + " " + motion_tail):
        # "I am minded to … give directions" quoted as "has decided “to give directions”"
        return DroppedContext(ContextKind.CONDITION, _shown(tentative))
    scope = _SCOPE_AFTER.match(tail)
    if scope and _NEGATION_CUE.search(quoted) and not _SCOPE_AFTER.match(motion_tail):
        # "We do not suggest that the services are failing across the board" quoted to
        # "failing": not failing in every respect becomes not failing at all
        return DroppedContext(ContextKind.QUALIFICATION, _shown(scope.group()))
    taken_back = _conceded(quoted, lead, paragraph, span_end)
    if taken_back and not re.search(r"\b(?:but|however|although|though|yet|only|not\s+all)\b",
                                    motion_tail, re.IGNORECASE):
        # "We accept that some decisions were genuinely urgent. We do not accept that 23 were."
        # quoted to its stop: the concession reads as the inspectors' whole view
        return DroppedContext(ContextKind.QUALIFICATION, _shown(taken_back))
    turn = _QUALIFIED_BY.match(tail)
    # "We found no evidence of fraud in the scheme, but the record … is poor": a "but" after
    # quoted words that deny something adds a second finding (a "not A, but B" contrast), it
    # does not take a concession back (netherby's executive summary, fit half).
    if turn and _NEGATION_CUE.search(paragraph[span_start:span_end]):
        turn = None
    if turn and not re.search(r"\b(?:but|however|although|though|yet|even\s+if|even\s+so|"
                              r"while|whereas)\b", motion_tail, re.IGNORECASE):
        # A clause that denies ("…, but did not set out the risks", "necessary but not
        # sufficient") takes the quoted words back; one that adds a second point ("…, but we
        # expect commissioners to oversee them") may or may not: the reader is told, unaccused.
        return DroppedContext(ContextKind.QUALIFICATION, _shown(tail),
                              certain=bool(_NEGATION_CUE.search(tail[turn.end():])))
    return None


# The source's sentence goes on, right after the quoted words, to take them back: "National
# funding pressures are real and affect every council, but the council's difficulties stem
# primarily from decisions that it has taken itself." Quoted to its comma, the concession reads
# as the inspectors' agreement (issue 21).
# A clause of its own: "…, but whose leadership has not …" only adds a second thing said of the
# same noun, and "We found that A, but that B" a second finding; neither takes A back.
# "Although" or "though" after them opens a concession the sentence's main clause outweighs:
# the quoted main clause still stands ("… a widely held view, although we cannot say how often").
# (but "…, but that this is at risk …" points back at the quoted words: it takes them back)
_QUALIFIED_BY = re.compile(r"[\s,;]*(?:,|;)?\s*(?:but|however|yet)\b"
                           r"(?!\s+(?:whose|which|who|whom|where|"
                           r"that(?!\s+(?:this|it|these|those|they)\b))\b)", re.IGNORECASE)

# The quoted words open their own clause with the inspectors as its subject ("we found no
# evidence of fraud"): what the sentence denied before them is another clause.
_OWN_CLAUSE = re.compile(r"\s*[\"“‘']?\s*(?:we|the\s+inspectors?)\s+(?:\w+\s+)?"
                         r"(?:found|find|saw|see|consider|considered|conclude|concluded|"
                         r"accept|accepted|recogni[sz]e|recogni[sz]ed|are|were|have|had|did|do)"
                         r"\b", re.IGNORECASE)
# A scope right after quoted words that deny ("… are failing across the board", "… has been
# ineffective in every respect"): the denial is of all of it, not of any of it.
_SCOPE_AFTER = re.compile(r"^[\s,]*(?:across\s+the\s+board|in\s+(?:every|all)\s+"
                          r"(?:respects?|cases?|areas?|services?)|in\s+all\s+respects|"
                          r"entirely|wholly|completely|altogether|at\s+all\s+times|"
                          r"in\s+every\s+way)\b", re.IGNORECASE)
# The inspectors conceding a point in the quoted words ("We accept that …", "We recognise
# that …", "It is true that …") …
_CONCEDING = re.compile(r"^\s*[\"“‘']?\s*(?:we\s+(?:\w+\s+)?(?:accept|recogni[sz]e|acknowledge|"
                        r"agree|do\s+not\s+doubt)|it\s+is\s+true)\s+that\b", re.IGNORECASE)
# … which their next sentence limits or takes back ("But the committee cycle is within the
# council's control", "We do not accept that 23 were", "However, …").
_TAKING_BACK = re.compile(r"^\s*(?:but|however|yet|nonetheless|nevertheless|even\s+so|"
                          r"we\s+do\s+not\s+(?:accept|agree|consider|believe))\b",
                          re.IGNORECASE)


def _conceded(quoted: str, lead: str, paragraph: str, span_end: int) -> str:
    """The source's next sentence when the quoted words are the inspectors' concession, quoted
    to the end of its sentence, and that sentence limits it; else ""."""
    if not _CONCEDING.match(quoted if not lead.strip() else lead + " " + quoted):
        return ""
    end = _sentence_end(paragraph, span_end)
    if paragraph[span_end:end].strip(" .;:\"”’'"):
        return ""           # the sentence goes on after them: its own tail is read instead
    following = paragraph[end:end + MAX_LEAD_CHARS]
    following = re.split(r"(?<=[.!?])[\"”’']?\s+", following.strip())[0]
    if not _TAKING_BACK.match(following) or not _NEGATION_CUE.search(following) and \
            not re.match(r"\s*(?:but|however|yet)\b", following, re.IGNORECASE):
        return ""
    return following


# A sentence that opens by negating the clause the quoted words are in: "Nor do they mean that
# the council's services will be run from Whitehall" (a minister's letter, netherby).
_NEGATED_CLAUSE = re.compile(r"\b(?:nor|neither|(?:do|does|did|is|are|was|were)\s+not|never)\b",
                             re.IGNORECASE)


# What a clause's verb may open with: an auxiliary, a copula or a modal ("… within a political
# group is improper in itself": the words before it are the clause's subject).
_CLAUSE_VERB = re.compile(r"^[\s,]*(?:(?:not|also|only|now|ever|always|never|then|still|"
                          r"really|in\s+itself)\s+)?(?:is|are|was|were|be|been|has|have|had|"
                          r"will|would|shall|should|can|cannot|could|may|might|must|do|does|"
                          r"did)\b", re.IGNORECASE)
# A preposition ending the governed words right before the quotation: the quoted words are its
# object, a thing named ("We do not accept that explanation for decisions which …"), not the
# clause denied. Not "to" (an infinitive: "sought to “influence officers”") nor "as" ("we do
# not regard the council as “a failing council”": the denied predicate itself).
_GOVERNED_BY_PREPOSITION = re.compile(r"\b(?:of|for|in|on|about|with|from|into|at|over|under|"
                                      r"against|between|among|within|than|by|behind|towards?)"
                                      r"\s*[\"“‘']?\s*$", re.IGNORECASE)


def _carries_clause(governed: str, tail: str) -> bool:
    """Whether quoted words that follow `governed` (the source's words between the denying
    verb and them) and are followed by `tail` (the rest of their sentence) say what the denial
    denies: not when they are only the denied clause's subject, its verb and the rest left
    after them ("that “pre-meeting discussion within a group” is improper"), or the object of a
    preposition in it ("that explanation for “decisions which … had been foreseen”"). A
    quotation of the thing a denial is about does not turn the denial round (issue 21: the
    blind fit half's false accusations)."""
    if _CLAUSE_VERB.match(tail):
        return False
    return not _GOVERNED_BY_PREPOSITION.search(governed)


def sentence_negates(paragraph: str, at: int) -> bool:
    """Whether the source's sentence, before `paragraph[at:]`, negates the clause that follows
    ("Nor do they mean that …", "It is not the case that …"): a quotation that puts its own
    "not" into those words says what the source says, in other words."""
    return _governs(_sentence_lead(paragraph, at), _NEGATED_CLAUSE, _THAT_SOON) is not None


def _shown(words: str) -> str:
    """The left-out words as the note quotes them: without the quotation's own opening mark
    or the comma that joined them to it."""
    return words.strip().strip("“”\"‘’'").strip(" ,;").strip()


def _governs(lead: str, verb: re.Pattern, then: re.Pattern | None = None) -> re.Match | None:
    """The last `verb` in the lead when it governs the quoted words: `then` (if given) follows
    it, at most MAX_GOVERNED_GAP_WORDS words lie between, and no clause turns in between."""
    found = None
    for m in verb.finditer(lead):
        found = m
    if found is None:
        return None
    rest = lead[found.end():]
    if then is not None and not then.search(rest):
        return None
    if _CLAUSE_TURN.search(rest):
        return None
    # "told us that A, and that B": B is reported as A is; the gap counts from its "that"
    further = list(_AND_THAT.finditer(rest))
    if len(rest.split()) > MAX_GOVERNED_GAP_WORDS and not (
            further and len(rest[further[-1].end():].split()) <= MAX_GOVERNED_GAP_WORDS):
        return None
    return found


def motion_surroundings(text: str, start: int, end: int) -> tuple[str, str]:
    """The motion's words before its quotation (back to the sentence's start) and after it (to
    the sentence's end), without the quotation marks."""
    before = text[max(0, start - MOTION_LEAD_CHARS):max(0, start - 1)]
    # A list's item is a clause of its own: the bullet before ("• that … “has no status …”
    # (para 2.3);") neither denies nor attributes this one's words.
    # (a quotation opening its sentence has no lead: "… not in the report. “Firm footing”
    # does appear, but only as the Leader's words")
    before = re.split(rf"(?<=[.!?])\s+(?=[A-Z“\"‘']|$)|\n\s*\n|{_LIST_ITEM}", before)[-1]
    # Other quotations' words are the source's, not the motion's own.
    before = _OTHER_QUOTATION.sub(" ", before)
    after = text[end + 1:end + 1 + MOTION_TAIL_CHARS]
    # A dash on the line under a quotation names who said it ("“…”\n    – a partner
    # organisation, quoted at para 9.5"): the attribution, not the next item of a list.
    after = re.sub(r"^[ \t]*\n[ \t]*[–—]\s+", " – ", after)
    # (a sentence may end inside a bracket or an insertion: "… (para 1.7).] [deleted: …")
    after = re.split(rf"(?<=[.!?])[\])”’\"']*\s+|\n\s*\n|{_LIST_ITEM}", after)[0]
    # (after it, another quotation's words may name the speaker: "… only as the view of
    # “members of all groups”"; only the marks go)
    return before, re.sub(r"[“”]", " ", after)


_OTHER_QUOTATION = re.compile(r"“[^“”]*”")


# The start of a list's item on a new line: "• ", "- ", "(a) ", "2. ".
_LIST_ITEM = r"\n[ \t]*(?:[-•·*▪◦‣–]|\(?[a-z0-9]{1,3}[.)])[ \t]+"


def _sentence_lead(paragraph: str, at: int) -> str:
    lead = paragraph[max(0, at - MAX_LEAD_CHARS):at]
    return re.split(r"(?<=[.!?;])[\"”’']?\s+", lead)[-1].strip() if lead.strip() else ""


def _sentence_tail(paragraph: str, at: int) -> str:
    if re.search(r"[.!?][\"”’']?\s*$", paragraph[max(0, at - 3):at]):
        return ""           # the quoted words end their sentence: what follows is another's
    tail = paragraph[at:at + MAX_LEAD_CHARS]
    return re.split(r"(?<=[.!?;])\s+", tail)[0]


def _attribution(lead: str) -> str | None:
    """The speaker's words when the lead-in reports someone else ("One officer told us that"
    → "One officer"), else None."""
    if not lead:
        return None
    folded = _plain(lead)
    according = _governs(folded, _ACCORDING)
    if according:
        return folded[according.start():].strip()
    m = _governs(folded, _REPORTING)
    if m is None:
        return None
    subject = re.split(r"[,;:()]", folded[:m.start()])[-1].strip()
    # (a paragraph number the reader left at the start is no part of the speaker: "16 The Leader")
    subject = re.sub(r"^\d{1,3}(?:\.\d{1,3}){0,2}\.?\s+", "", subject)
    # (nor a conjunction joining it to the clause before: "…, and some told us that")
    subject = re.sub(r"^(?:and|but|or|so|yet)\s+", "", subject)
    if subject and all(w in _GENERIC or w in _QUANTIFIERS for w in subject.split()):
        # "some", "many", "most of them": the speaker is the noun of the clause before ("a
        # number of officers asked to speak to us …, and some told us that they …")
        before = re.split(r"[;:()]", folded[:m.start()])[-1]
        nouns = [w for w in re.findall(r"[a-z']+", before)
                 if w not in _GENERIC and w not in _QUANTIFIERS and len(w) > 3
                 and w.endswith("s") and not w.endswith("ss")]
        if nouns:
            subject = f"{subject} {nouns[0]}"
    if len(subject.split()) > MAX_SPEAKER_WORDS or \
            re.search(r"[\d%]", _STATUTORY_ROLE.sub("", subject)):
        return None     # no speaker but a table's heading ("(% agreeing unless stated)")
    if not subject or _OWN_VOICE.search(subject):
        if re.search(r"\b(?:was|were)\s+told\b", m.group(0), re.IGNORECASE):
            return subject or "told"
        return None
    return subject


# A verb of describing whose object is a thing ("staff described a culture in which …"), not
# the description itself ("described scrutiny as “a rubber stamp”").
_DESCRIBING = re.compile(r"\b(?:described|describes|describe|characteri[sz]ed|characteri[sz]es)"
                         r"\b", re.IGNORECASE)
_DESCRIBED_THING = re.compile(r"^\s*(?:an?|the|this|that)\s+[^,;]*?\b(?:in\s+which|where|"
                              r"which|who|whose)\b", re.IGNORECASE)


def _inside_described_thing(lead: str) -> bool:
    """Whether the quoted words follow a thing someone described, inside the clause that says
    what it was like ("many officers described a climate in which “…”"): the inspectors may be
    giving the finding in the speakers' words, or the speakers' view; a reader is told, the
    quotation not accused (issue 21)."""
    found = None
    for m in _DESCRIBING.finditer(lead):
        found = m
    if found is None:
        return False
    rest = lead[found.end():]
    return bool(_DESCRIBED_THING.match(rest)) and not re.search(r"\bas\b", rest, re.IGNORECASE)


# A statutory officer named by the section that makes the post ("the interim Section 151
# officer told us that …"): a speaker, its number no table's figure.
_STATUTORY_ROLE = re.compile(r"\b(?:section|s\.?)\s?(?:151|114|5|73)\b", re.IGNORECASE)


# The inspectors' next sentence taking the reported view as their own.
_ENDORSED = re.compile(r"\s*(?:We|The\s+inspectors?)\s+(?:(?:also|fully|broadly|do)\s+)?"
                       r"(?:agree|share\s+(?:that|this|the)\s+(?:view|assessment)|concur|"
                       r"endorse|"
                       # assent to the view as a whole, a pronoun ending the sentence ("We
                       # recognise that."), not a new finding ("We accept that the council …")
                       r"(?:recogni[sz]e|accept|acknowledge)\s+(?:that|this|it)\s*[.;])",
                       re.IGNORECASE)


def _sentence_end(paragraph: str, at: int) -> int:
    """Where the sentence holding `paragraph[at]` ends (after its stop), or the paragraph's end."""
    m = re.compile(r"[.!?][\"”’']?(?=\s|$)").search(paragraph, at)
    return m.end() if m else len(paragraph)


def _plain(text: str) -> str:
    """Folded, with typographic apostrophes straight ("council’s" is "council's")."""
    return fold(text).replace("’", "'").replace("‘", "'")


# A comma-delimited aside of place or manner: ", at paragraph 5.3,", ", in its words,".
_ASIDE = re.compile(r",\s*(?:at|in|on|from|under)\s+[^,]{1,40},|\b(?:itself|themselves)\b",
                    re.IGNORECASE)
# The report recording what it was told, not finding it.
_RECORDS = re.compile(r"\s+(?:also\s+)?(?:records?|recorded|quotes?|quoted|cites?|cited|"
                      r"reports?|reported|notes?|noted)\b(?!\s+that)", re.IGNORECASE)


def _restores_attribution(speaker: str, motion_lead: str, motion_tail: str) -> bool:
    """Whether the motion gives the words to their speaker ("as one officer told the
    inspectors, “…”", "the council's own submission claimed “…”", "She said her own view was
    “…”"), rather than to the report ("the Leader said that the inspectors had recognised
    “…”": the words are presented as the inspectors' whoever speaks in the minutes)."""
    # "The report itself, at paragraph 5.3, says …": an aside between the subject and its verb
    # does not change whose words they are.
    lead = _ASIDE.sub(" ", _plain(motion_lead))
    names = {w for w in re.findall(r"[a-z']+", _plain(speaker).lower())
             if w not in _GENERIC and len(w) > 2}
    # ("according to the inspectors" gives the words to the report, as "the report says" does)
    by_verb = [m.end() for m in _MOTION_REPORTING.finditer(lead)
               if (_OTHERS_POSSESSIVE.search(lead[:m.start()]) or
                   not _REPORT_VOICE.search(lead[:m.start()])) and not (
                   m.group().lower().startswith("according") and
                   _REPORT_SUBJECT.match(lead, m.end() + 1))]
    given = [m.end() for n in names for m in re.finditer(rf"\b{re.escape(n)}", lead.lower())]
    given += by_verb
    # (nor the report that records another's words: "what we told the inspectors in our
    # submission, and which the report records, that …")
    to_report = [m.start() for m in _REPORT_SUBJECT.finditer(lead)
                 if not re.search(r"\b(?:told|tell|tells|telling|(?<!according )to|by|with|for|"
                                  r"(?:recorded|quoted|"
                                  r"cited|noted|set\s+out|reported)\s+in)\s*$", lead[:m.start()],
                                  re.IGNORECASE)
                 and not _RECORDS.match(lead, m.end())
                 # the report (or inspection) as the subject of the quoted clause itself, not
                 # the one reporting it: "the Leader told them the inspection had been “…”"
                 and not _QUOTED_CLAUSE_SUBJECT.match(lead, m.end())]
    if names and _SPEAKERS_VIEW.search(_plain(motion_tail)) and \
            any(re.search(rf"\b{re.escape(n)}", _plain(motion_tail).lower()) for n in names):
        # "the inspectors said the Leader “…” only as the view of members of all groups": the
        # words after the quotation give it back to its speaker, whatever the lead said
        return True
    if any(_QUOTING.match(lead, m.end()) for m in _REPORT_SUBJECT.finditer(lead)):
        # "The inspectors quote me as having “…”": the motion says whose words the report quotes
        return True
    if to_report and (not given or max(to_report) > max(given)):
        return False        # the last word on whose the words are says: the report's
    tail = _plain(motion_tail).lower()
    if not by_verb and _REPORT_FINDING.search(tail):
        # "a member of staff who raised a concern “…”, which she said the report had found
        # …": the speaker named, but not as the one who said it; the report is said to find it
        return False
    if given:
        return True
    return bool(names) and any(re.search(rf"\b{re.escape(n)}", tail) for n in names)


# Someone's claim or view named by a possessive not the report's ("the inspectors say the
# council's claim that …", "one officer's view that"): the possessor's words, whoever reports them.
_OTHERS_POSSESSIVE = re.compile(r"\b(?!(?:report|inspectors?|inspection|team)\b)[a-z]+(?:'s|s')"
                                r"\s+(?:own\s+)?$", re.IGNORECASE)
# The report as the one quoting someone ("the report quotes one officer's view that"): a verb
# that by its meaning makes the words another's.
_QUOTING = re.compile(r"\s+(?:also\s+)?(?:quotes?|quoted|quoting|cites?|cited|citing)\b(?!\s+that)",
                      re.IGNORECASE)
# The report (or the inspection) followed by the verb of the quoted clause: what the words are
# about, not who says them ("… told them the inspection had been “driven by …”").
_QUOTED_CLAUSE_SUBJECT = re.compile(r"\s+(?:had\s+been|has\s+been|was|were|is|are|had|has|"
                                    r"would\s+be|will\s+be)\s*$", re.IGNORECASE)
# Words after a quotation that say whose view or words it is ("as the view of", "in the words
# of", "according to", "as the Leader put it").
_SPEAKERS_VIEW = re.compile(r"\b(?:views?\s+of|words\s+of|according\s+to|as\s+\w+(?:\s+\w+)?"
                            r"\s+put\s+it)\b", re.IGNORECASE)


# A proposal not yet decided, governing the quoted words: "I am therefore minded to exercise my
# powers under section 15 … to give directions", "I propose to appoint …", "I intend to …"
# (a letter's intervention, subject to representations) — and the motion's words that present
# them as decided ("The Secretary of State has decided “to give directions …”", "will").
_TENTATIVE = re.compile(r"\b(?:minded\s+to|propos(?:e|es|ed|ing)\s+(?:to|that)|"
                        r"intends?\s+to|proposals?|consult(?:s|ing|ation)?\s+on|subject\s+to)\b",
                        re.IGNORECASE)
_DECIDED = re.compile(r"\b(?:(?:has|have|had)\s+(?:now\s+)?(?:decided|agreed|resolved|"
                      r"determined|ordered|confirmed)|decided|will|(?:is|are)\s+(?:going\s+)?to)\s*$",
                      re.IGNORECASE)
# The tentative words may lead the quoted ones by a statute's name ("minded to exercise my
# powers under section 15 of the Local Government Act 1999 to give directions").
MAX_PROPOSAL_GAP_WORDS = 20


def _proposal(lead: str) -> str:
    found = None
    for m in _TENTATIVE.finditer(lead):
        found = m
    if found is None or found.group().lower().startswith(("proposal", "subject", "consult")):
        return ""
    rest = lead[found.end():]
    if _CLAUSE_TURN.search(rest) or len(rest.split()) > MAX_PROPOSAL_GAP_WORDS:
        return ""
    return lead[found.start():]


# A condition opening the sentence and closed by a comma governs the whole main clause after
# it: "unless the council takes decisive action during 2025/26, we consider that it is likely to
# exhaust …" (the words counted from the comma, the condition itself at most this long).
MAX_CONDITION_WORDS = 12


def _condition(lead: str, tail: str) -> str:
    m = _governs(lead, _CONDITION_LEAD)
    if m:
        return lead[m.start():]
    last = None
    for last in _CONDITION_LEAD.finditer(lead):
        pass
    if last is not None:
        clause, comma, main = lead[last.end():].partition(",")
        if comma and 3 <= len(clause.split()) <= MAX_CONDITION_WORDS and \
                len(main.split()) <= MAX_GOVERNED_GAP_WORDS and \
                not _CLAUSE_TURN.search(clause + main) and "," not in main:
            return lead[last.start():]
    if _CONDITION_TAIL.search(tail):
        return tail
    return ""


# ---------------------------------------------------------------- claims

# A claim is carried by the sentence of its paragraph that shares the most of its content words,
# at least this many (fewer is no sentence of its own to read the context of).
MIN_CARRYING_WORDS = 3
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"”’']?|$)")
_GOVERNING = (_REPORTING, _ACCORDING, _DENIAL, _CONDITION_LEAD)


# A claim joining two statements ("The Chair says he was kept in the dark, but the report finds
# that exempt reports were offered") attributes each on its own: the first clause's "says" does
# not restore the context the second one drops.
_CONTRASTED_CLAUSES = re.compile(r",?\s+(?:but|while|whereas|although|though)\s+|;\s+",
                                 re.IGNORECASE)


def governed_claim(paragraph: str, claim: str) -> DroppedContext | None:
    """What governs the words of `paragraph` that carry `claim` and the claim leaves out: the
    report gives them as the Leader's or the council's view ("The Leader told us that the
    council's finances are stable. We do not share that view."), denies them, or makes them
    conditional, while the claim states them as the report's own finding. The claim's own words
    restore the context as a motion's words around a quotation do ("the Leader told the
    inspectors …", "the report does not suggest …"). Each clause of a claim that contrasts two
    statements is judged on its own."""
    # a later clause that gives the report as its source ("but the report finds that …") is
    # judged alone; any other is judged with the whole claim, whose words may restore it
    own = [c for c in _CONTRASTED_CLAUSES.split(claim)[1:] if attributes_to_sources(c)]
    for clause in [claim] + own:
        found = _governed_clause(paragraph, clause)
        if found is not None:
            return found
    return None


def _governed_clause(paragraph: str, claim: str) -> DroppedContext | None:
    wanted = set(content_stems(claim))
    best, best_shared = None, 0
    for m in _SENTENCE.finditer(paragraph):
        shared = len(wanted & set(content_stems(m.group())))
        if shared > best_shared:
            best, best_shared = m, shared
    if best is None or best_shared < MIN_CARRYING_WORDS:
        return None
    sentence, offset = best.group(), best.start()
    # where the carried words begin: the first shared word after the last governing words
    governing_end = 0
    for pattern in _GOVERNING:
        for m in pattern.finditer(_plain(sentence)):
            governing_end = max(governing_end, m.end())
    first = None
    for w in re.finditer(r"[^\W\d_]+(?:['’][^\W\d_]+)?", sentence):
        if w.start() >= governing_end and stem(w.group()) in wanted:
            first = w.start()
            break
    if first is None:
        return None
    return dropped_context(paragraph, offset + first, offset + len(sentence.rstrip()), claim, "")
