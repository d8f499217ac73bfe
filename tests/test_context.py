"""Out of context (verifier/judging/context.py): the source sentence's denial, condition or
attribution that a quotation drops, and the motion's words that restore it. Pure rules, no
model; rows in the style of inspection reports and the motions quoting them."""

import pytest

from verifier.judging.context import (ContextKind, dropped_context, motion_surroundings,
                                       sentence_negates)


def judge(paragraph, quoted, motion):
    """Where `quoted` is in `paragraph`, and the motion's words around its “…” marks."""
    start = paragraph.index(quoted)
    q_start = motion.index("“") + 1
    q_end = motion.index("”")
    lead, tail = motion_surroundings(motion, q_start, q_end)
    found = dropped_context(paragraph, start, start + len(quoted), lead, tail)
    return found.kind if found else None


SECTION_151 = ("The interim Section 151 officer told us that the council 'has a credible plan to "
               "close the gap'. We do not share that view.")
ENDORSED = ("The Section 151 Officer told us that the council's position was serious but "
            "recoverable. We agree with that assessment.")
DISPUTED = ENDORSED.replace("We agree with that assessment.", "We do not share that view.")
MINDED = ("I am therefore minded to exercise my powers under section 15 of the Local Government "
          "Act 1999 to give directions to the council and to appoint commissioners. I invite "
          "representations by 5 November.")
ROWS = [
    # A statutory officer named by the section of the Act that makes the post is a speaker.
    pytest.param(SECTION_151, "has a credible plan to close the gap",
                 "The interim Section 151 officer has assured Cabinet, and the inspectors "
                 "accepted, that the Council “has a credible plan to close the gap”.",
                 ContextKind.ATTRIBUTION, id="a-section-151-officers-words-as-accepted"),
    pytest.param(SECTION_151, "has a credible plan to close the gap",
                 "The Section 151 officer told the inspectors that the council “has a credible "
                 "plan to close the gap”.", None, id="a-section-151-officers-words-as-his"),
    # The inspectors' next sentence taking the view as theirs: the words are the report's too.
    pytest.param(ENDORSED, "serious but recoverable",
                 "The report found that the position was “serious but recoverable”.", None,
                 id="a-view-the-inspectors-endorse"),
    pytest.param(DISPUTED, "serious but recoverable",
                 "The report found that the position was “serious but recoverable”.",
                 ContextKind.ATTRIBUTION, id="a-view-the-inspectors-dispute"),
    # The motion gives the words to their speaker and says where the report records them.
    pytest.param(DISPUTED, "serious but recoverable",
                 "She said her own view, recorded in the report, was that the position was "
                 "“serious but recoverable”.", None, id="her-view-recorded-in-the-report"),
    # A proposal, not yet decided (a letter's intervention, subject to representations),
    # presented as decided; a motion that keeps it a proposal, or says nothing either way, is
    # quoting fairly.
    pytest.param(MINDED, "to give directions to the council and to appoint commissioners",
                 "The Secretary of State has decided “to give directions to the council and to "
                 "appoint commissioners”.", ContextKind.CONDITION, id="minded-to-as-decided"),
    pytest.param(MINDED, "to give directions to the council and to appoint commissioners",
                 "The Secretary of State will now proceed “to give directions to the council and "
                 "to appoint commissioners”.", None, id="a-verb-between-is-no-claim-of-decision"),
    pytest.param(MINDED, "to give directions to the council and to appoint commissioners",
                 "The Secretary of State is minded “to give directions to the council and to "
                 "appoint commissioners”.", None, id="minded-to-kept"),
    pytest.param(MINDED, "to give directions to the council and to appoint commissioners",
                 "The letter sets out the power “to give directions to the council and to appoint "
                 "commissioners”.", None, id="neither-decided-nor-proposed"),
    pytest.param("I propose to appoint three commissioners for a period of three years.",
                 "to appoint three commissioners for a period of three years",
                 "The Secretary of State will “appoint three commissioners for a period of three "
                 "years”, subject to representations.", None, id="subject-to-in-the-tail"),
    pytest.param("We do not suggest that the Mayor has sought improperly to influence officers.",
                 "the Mayor has sought improperly to influence officers",
                 "The report found that “the Mayor has sought improperly to influence officers”.",
                 ContextKind.DENIAL, id="denial-dropped"),
    pytest.param("We do not suggest that the Mayor has sought improperly to influence officers.",
                 "the Mayor has sought improperly to influence officers",
                 "The inspectors did not suggest that “the Mayor has sought improperly to "
                 "influence officers”.", None, id="denial-restored-by-the-motion"),
    pytest.param("Culture is poor. One officer told us that the council is run by WhatsApp.",
                 "the council is run by WhatsApp",
                 "Inspectors found that “the council is run by WhatsApp” (para 3.2).",
                 ContextKind.ATTRIBUTION, id="an-officers-words-as-the-finding"),
    pytest.param("Culture is poor. One officer told us that the council is run by WhatsApp.",
                 "the council is run by WhatsApp",
                 "As one officer told the inspectors, “the council is run by WhatsApp” (para 3.2).",
                 None, id="attribution-restored-by-naming-the-officer"),
    pytest.param("The council's own submission stated that its governance was robust and "
                 "well-resourced. We did not find this.",
                 "its governance was robust and well-resourced",
                 "The report says “its governance was robust and well-resourced”.",
                 ContextKind.ATTRIBUTION, id="the-councils-submission-as-the-finding"),
    pytest.param("The Leader told us he believed the council had turned a corner.",
                 "the council had turned a corner",
                 "The Leader said “the council had turned a corner”, the report notes.",
                 None, id="the-leaders-words-kept-as-his"),
    pytest.param("Unless the council acts quickly, its reserves will be exhausted by March 2028.",
                 "its reserves will be exhausted by March 2028",
                 "The report warns “its reserves will be exhausted by March 2028” (para 6.4).",
                 ContextKind.CONDITION, id="unless-dropped"),
    pytest.param("The general fund will be exhausted by 2027 if the savings plan is not "
                 "delivered in full.",
                 "The general fund will be exhausted by 2027",
                 "We were told “The general fund will be exhausted by 2027” (6.2).",
                 ContextKind.CONDITION, id="if-after-the-words-dropped"),
    pytest.param("The general fund will be exhausted by 2027 if the savings plan is not "
                 "delivered in full.",
                 "The general fund will be exhausted by 2027",
                 "“The general fund will be exhausted by 2027” unless savings are delivered.",
                 None, id="condition-restored"),
    pytest.param("We found that the scrutiny function was weak and confused.",
                 "the scrutiny function was weak and confused",
                 "Inspectors found “the scrutiny function was weak and confused” (para 3.4).",
                 None, id="the-inspectors-own-finding"),
    pytest.param("We consider that the council's response has been inadequate.",
                 "the council's response has been inadequate",
                 "“the council's response has been inadequate” (para 90)", None,
                 id="we-consider-is-the-inspectors-view"),
    pytest.param("We were told by several officers that decisions are made before meetings.",
                 "decisions are made before meetings",
                 "The report found “decisions are made before meetings”.",
                 ContextKind.ATTRIBUTION, id="we-were-told-is-someone-elses"),
    pytest.param("The council reported a deficit of £3.1 million in 2023/24.",
                 "a deficit of £3.1 million",
                 "The report records “a deficit of £3.1 million” (para 5.2).",
                 None, id="reported-is-no-speaker"),
    pytest.param("We do not suggest that the increase in complaints shows that standards of "
                 "behaviour have declined.", "standards of behaviour have declined",
                 "The report says “standards of behaviour have declined” (para 41).",
                 ContextKind.DENIAL, id="denial-several-words-before"),
    pytest.param("We do not suggest that the Leader acted improperly in the Quayside decision.",
                 "acted improperly in the Quayside decision",
                 "The Leader “acted improperly in the Quayside decision” (para 4.3).",
                 ContextKind.DENIAL, id="denial-with-the-subject-between"),
    pytest.param("This intervention is not a judgement on the staff of the council.",
                 "a judgement on the staff of the council",
                 "The letter calls it “a judgement on the staff of the council”.",
                 ContextKind.DENIAL, id="not-right-before-the-words"),
    pytest.param("We do not suggest that the plan was flawed, but its delivery has been poor.",
                 "its delivery has been poor",
                 "The inspectors found “its delivery has been poor” (para 5.1).", None,
                 id="a-clause-that-turns-ends-the-denial"),
    pytest.param("Unless the council acts quickly, we consider that the reserve will be "
                 "exhausted by 2028.", "the reserve will be exhausted by 2028",
                 "Inspectors warn “the reserve will be exhausted by 2028” (2.1.4).",
                 ContextKind.CONDITION, id="unless-opening-the-sentence-far-before"),
    pytest.param("We found no evidence that loans were tested. If they are not recoverable, the "
                 "loss will be large.", "We found no evidence that loans were tested.",
                 "She added that “We found no evidence that loans were tested.” (para 76)", None,
                 id="an-if-in-the-next-sentence-governs-nothing"),
    pytest.param("The Section 151 Officer told us that the position was serious but recoverable.",
                 "serious but recoverable",
                 "The Section 151 Officer spoke. She said her own view was that the position was "
                 "“serious but recoverable” (para 4.1.4).", None,
                 id="restored-by-she-said"),
    pytest.param("Our staff survey found that 48% of respondents were uncomfortable raising "
                 "concerns, and only 27% believed they would be dealt with.",
                 "only 27% believed they would be dealt with",
                 "“only 27% believed they would be dealt with” (p. 1)", None,
                 id="our-own-survey-is-no-other-voice"),
    pytest.param("The Leader told us that the council's finances are stable. We do not share "
                 "that view.", "the council's finances are stable",
                 "The Leader said that the inspectors themselves had recognised that “the "
                 "council's finances are stable” (2.1.2).", ContextKind.ATTRIBUTION,
                 id="a-speaker-in-the-minutes-gives-the-words-to-the-inspectors"),
    pytest.param("At Ashcombe we found that relationship to be strained and, in places, broken.",
                 "strained and, in places, broken",
                 "The inspectors found relations “strained and, in places, broken” (3.1).", None,
                 id="we-found-after-an-opening-phrase"),
    pytest.param("Table 2: Staff survey (% agreeing unless stated) Statement 2022 2024 I am "
                 "proud of my team 88% 86%", "I am proud of my team",
                 "86% agreed with “I am proud of my team” (Table 2).", None,
                 id="a-tables-heading-is-no-speaker"),
    pytest.param("The council’s own submission stated that its governance arrangements were "
                 "“robust and regularly reviewed”.", "robust and regularly reviewed",
                 "That the inspectors found the council's governance arrangements to be “robust "
                 "and regularly reviewed” (Section 5.7).", ContextKind.ATTRIBUTION,
                 id="curly-apostrophe-in-the-speaker-names-no-s"),
    # Another body's finding reported by the inspectors: "found that" with a subject not theirs.
    pytest.param("The district auditor found that the council had a sound grip on its budget, "
                 "but cautioned that reserves were thin.", "a sound grip on its budget",
                 "The inspection report credits the council with “a sound grip on its budget” "
                 "(para 6.2).", ContextKind.ATTRIBUTION, id="another-bodys-finding-as-theirs"),
    pytest.param("The district auditor found that the council had a sound grip on its budget.",
                 "a sound grip on its budget",
                 "The district auditor found “a sound grip on its budget” (para 6.2).", None,
                 id="another-bodys-finding-given-to-it"),
    pytest.param("We found that the council had a sound grip on its budget.",
                 "a sound grip on its budget",
                 "The inspectors found “a sound grip on its budget” (para 6.2).", None,
                 id="we-found-that-is-their-own"),
    pytest.param("It was found that the council had a sound grip on its budget.",
                 "a sound grip on its budget",
                 "The inspectors found “a sound grip on its budget” (para 6.2).", None,
                 id="a-passive-found-names-no-other-body"),
    # The motion names the speaker as the one the words are about, then gives them to the report.
    pytest.param("A tenant told us that, after complaining about damp, her repairs were "
                 "cancelled.", "her repairs were cancelled",
                 "She was worried that a tenant who complained “her repairs were cancelled”, "
                 "which the report found to be retaliation.", ContextKind.ATTRIBUTION,
                 id="speaker-named-but-the-report-said-to-have-found-it"),
    pytest.param("A tenant told us that, after complaining about damp, her repairs were "
                 "cancelled.", "her repairs were cancelled",
                 "A tenant told the inspectors “her repairs were cancelled”, the report notes.",
                 None, id="speaker-named-and-the-report-only-mentioned"),
    pytest.param("One tenant told us that 'the repairs line never answers'. We found that "
                 "description to be accurate.", "the repairs line never answers",
                 "One tenant told the inspectors that “the repairs line never answers”, a "
                 "description the inspectors found accurate.", None,
                 id="speaker-given-the-words-and-the-report-agreeing"),
    # The second object of one reporting verb is reported as the first is.
    pytest.param("The Leader told us that the programme had protected services and that the "
                 "council would not have balanced its budget without it.",
                 "the council would not have balanced its budget without it",
                 "The inspectors found that “the council would not have balanced its budget "
                 "without it”.", ContextKind.ATTRIBUTION, id="told-us-that-a-and-that-b"),
    pytest.param("Members told us that they had relied on the advice of the external advisers "
                 "and had been assured that the investments were low risk.", "low risk",
                 "The inspectors themselves say that the investments were “low risk” when they "
                 "were made.", ContextKind.ATTRIBUTION, id="told-us-that-a-and-had-been-assured-that-b"),
    pytest.param("Members told us that they had relied on the advice of the external advisers, "
                 "and we are satisfied that the investments were low risk.",
                 "the investments were low risk",
                 "The inspectors found that “the investments were low risk”.", None,
                 id="and-the-inspectors-own-finding-after-it"),
    pytest.param("14 The Leader told us that the programme had protected services.",
                 "had protected services", "In the inspectors' words, it “had protected "
                 "services”.", ContextKind.ATTRIBUTION, id="a-paragraph-number-before-the-speaker"),
    # A concession the source's sentence takes back after a comma.
    pytest.param("Staff turnover is high across the sector, but the council's is twice the "
                 "average.", "Staff turnover is high across the sector",
                 "The inspectors agree that “Staff turnover is high across the sector”.",
                 ContextKind.QUALIFICATION, id="concession-cut-before-but"),
    pytest.param("Staff turnover is high across the sector, but the council's is twice the "
                 "average.", "Staff turnover is high across the sector",
                 "The inspectors note that “Staff turnover is high across the sector”, but add "
                 "that the council's is twice the average.", None,
                 id="concession-with-its-but-restored"),
    pytest.param("Staff turnover is high across the sector. But the council's is twice the "
                 "average.", "Staff turnover is high across the sector",
                 "The inspectors agree that “Staff turnover is high across the sector”.", None,
                 id="a-but-in-the-next-sentence"),
    pytest.param("We met a service whose staff are skilled, but whose systems are outdated.",
                 "a service whose staff are skilled",
                 "The inspectors met “a service whose staff are skilled” (para 7.2).", None,
                 id="but-whose-adds-a-second-thing"),
    pytest.param("We found that the reserves are adequate for now, but that the plan relies on "
                 "savings not yet found.", "the reserves are adequate for now",
                 "The inspectors found that “the reserves are adequate for now” (para 6.1).", None,
                 id="but-that-is-a-second-finding"),
    pytest.param("Staff turnover is high across the sector, but the council's is twice the "
                 "average.", "Staff turnover is high across the sector",
                 "The inspectors accept “Staff turnover is high across the sector”, even if they "
                 "find the council's twice the average.", None, id="even-if-restores-it"),
    # A Leader's statement and a residents' blog (blind corpus, netherby, fit half).
    pytest.param("Its cost has risen to £97 million. We found no evidence of fraud or personal "
                 "gain in the scheme, but the record of how key decisions on it were taken is "
                 "poor.", "no evidence of fraud or personal gain in the scheme",
                 "They found “no evidence of fraud or personal gain in the scheme” — that's the "
                 "executive summary.", None, id="but-after-a-denial-is-a-second-finding"),
    pytest.param("These proposals are not a judgement on staff. Nor do they mean that the "
                 "council's services will be run from Whitehall.", "will be run from Whitehall",
                 "The Minister's letter admits services “will be run from Whitehall”.",
                 ContextKind.DENIAL, id="nor-do-they-mean-that-dropped"),
    pytest.param("The reports were technically accurate, but did not set out the risks.",
                 "The reports were technically accurate", "The inspectors confirmed “The "
                 "reports were technically accurate”.", ContextKind.QUALIFICATION,
                 id="but-after-a-concession-takes-it-back"),
    pytest.param("The council's own submission stated that its financial position was robust "
                 "and that its reserves remained adequate. We do not share that assessment.",
                 "its financial position was robust and that its reserves remained adequate",
                 "The report itself, at paragraph 5.3, says of this council that “its financial "
                 "position was robust and that its reserves remained adequate”.",
                 ContextKind.ATTRIBUTION, id="the-report-itself-at-a-place-says"),
    pytest.param("The council's own submission to the inspection stated that the council had "
                 "“responded fully and promptly” to the auditor's recommendations.",
                 "responded fully and promptly",
                 "I stand by what we told the inspectors in our submission, and which the report "
                 "records, that the council had “responded fully and promptly”.", None,
                 id="the-submission-named-the-report-records-it"),
    pytest.param("We note, however, that a number of officers asked to speak to us away from "
                 "council premises, and some told us that they feared the consequences of being "
                 "seen to cooperate with the inspection.",
                 "feared the consequences of being seen to cooperate with the inspection",
                 "In the report's words, some officers “feared the consequences of being seen to "
                 "cooperate with the inspection”.", None, id="some-officers-named-as-the-speaker"),
    pytest.param("We note, however, that a number of officers asked to speak to us away from "
                 "council premises, and some told us that they feared the consequences of being "
                 "seen to cooperate with the inspection.",
                 "feared the consequences of being seen to cooperate with the inspection",
                 "The inspectors found that staff “feared the consequences of being seen to "
                 "cooperate with the inspection”.", ContextKind.ATTRIBUTION,
                 id="some-officers-words-as-the-finding"),
    # issue 21: a quotation opening its sentence has no lead; the words after it restore
    pytest.param("The Mayor told us that the service was now on a sound footing. We do not share "
                 "that view.", "on a sound footing",
                 "That phrase is not the report's. “On a sound footing” appears only as what the "
                 "Mayor told the inspectors.", None, id="restored-after-a-quotation-opening-"
                 "its-sentence"),
]


# The lead's mention of the inspection as the subject of the quoted clause, a negation written
# "cannot", and a speaker named after the quotation (issue 21, blind fit half's causes; rows in
# our own words).
ROWS += [
    pytest.param("The Mayor told us that the review had been ordered by a handful of rivals. We "
                 "do not share that assessment.", "ordered by a handful of rivals",
                 "The Mayor told the inspectors that the review had been “ordered by a handful "
                 "of rivals”.", None, id="the-review-as-the-quoted-clauses-subject"),
    pytest.param("The Mayor told us that the review had been ordered by a handful of rivals. We "
                 "do not share that assessment.", "ordered by a handful of rivals",
                 "The review found it had been “ordered by a handful of rivals”.",
                 ContextKind.ATTRIBUTION, id="the-review-finding-the-speakers-words"),
    pytest.param("We do not consider that the authority is able to recover its finances without "
                 "outside help.", "recover its finances without outside help",
                 "The inspectors say the authority cannot “recover its finances without outside "
                 "help”.", None, id="a-denial-restored-by-cannot"),
    pytest.param("We do not consider that the authority is able to recover its finances without "
                 "outside help.", "recover its finances without outside help",
                 "The inspectors say the authority will “recover its finances without outside "
                 "help”.", ContextKind.DENIAL, id="a-denial-dropped"),
    pytest.param("Partners told us that the council has become easier to work with. We "
                 "acknowledge that.", "has become easier to work with",
                 "The report finds the council “has become easier to work with”.", None,
                 id="a-view-the-inspectors-acknowledge-is-theirs-too"),
    pytest.param("Partners told us that the council has become easier to work with. We accept "
                 "that the council has tried.", "has become easier to work with",
                 "The report finds the council “has become easier to work with”.",
                 ContextKind.ATTRIBUTION, id="accepting-something-else-endorses-nothing"),
    pytest.param("Tenants' representatives told us that the housing service had improved "
                 "markedly. We found little evidence of this.", "had improved markedly",
                 "The report says the service “had improved markedly”, but only as the view of "
                 "tenants' representatives.", None, id="the-speaker-named-after-the-quotation"),
    pytest.param("Tenants' representatives told us that the housing service had improved "
                 "markedly. We found little evidence of this.", "had improved markedly",
                 "The report says the service “had improved markedly”, in the view of the "
                 "inspectors.", ContextKind.ATTRIBUTION, id="the-inspectors-named-after-it"),
]


# A quotation of the thing a denial is about, not of what it denies (issue 21: the detector
# fired on quotations that merely sit inside a denying sentence; rows in our own words).
ROWS += [
    pytest.param("We do not suggest that informal briefing of cabinet members is wrong in "
                 "principle; it happens in most councils.", "informal briefing of cabinet members",
                 "The inspectors mention “informal briefing of cabinet members” (para 4.2).", None,
                 id="the-denied-clauses-subject-only"),
    pytest.param("We do not suggest that informal briefing of cabinet members is wrong in "
                 "principle; it happens in most councils.",
                 "informal briefing of cabinet members is wrong in principle",
                 "The inspectors say “informal briefing of cabinet members is wrong in "
                 "principle” (para 4.2).", ContextKind.DENIAL,
                 id="the-subject-with-its-denied-verb"),
    pytest.param("We do not accept that excuse for contracts which, on the council's own "
                 "register, had expired a year earlier.",
                 "contracts which, on the council's own register, had expired a year earlier",
                 "The report speaks of “contracts which, on the council's own register, had "
                 "expired a year earlier”.", None, id="a-prepositions-object-in-a-denial"),
    pytest.param("We do not suggest that the decision was taken for improper reasons.",
                 "was taken for improper reasons",
                 "The report says the decision “was taken for improper reasons”.",
                 ContextKind.DENIAL, id="the-denied-verb-phrase"),
    pytest.param("We do not consider that the council is a failing authority.",
                 "a failing authority", "The inspectors call the council “a failing "
                 "authority”.", ContextKind.DENIAL, id="the-denied-predicate-after-a-copula"),
]


# The motion's own words giving the words to someone else (issue 21; rows in our own words).
ROWS += [
    pytest.param("The council's own submission stated that the trust was “overseen closely by "
                 "Cabinet”. We found no report to Cabinet on it.", "overseen closely by Cabinet",
                 "The inspectors say the council's claim that the trust was “overseen closely by "
                 "Cabinet” was not borne out.", None, id="the-councils-claim-named-by-the-motion"),
    pytest.param("The Chief Executive told us that she had “heard about the loan from the press”.",
                 "heard about the loan from the press",
                 "The inspectors quote me as having “heard about the loan from the press”.", None,
                 id="the-report-said-to-quote-the-speaker"),
    pytest.param("The Mayor told us that the depot “will be sold within a year”. We have seen no "
                 "plan for a sale.", "will be sold within a year",
                 "Section 6 records the Mayor telling the inspectors that the depot “will be sold "
                 "within a year”.", None, id="telling-the-inspectors-is-not-their-voice"),
    pytest.param("Tenants told us that the service “had improved in the last year”. We saw little "
                 "evidence of it.", "had improved in the last year",
                 "The report says the service “had improved in the last year” only as the view of "
                 "“tenants' representatives”.", None,
                 id="a-speaker-named-in-a-quotation-after-it"),
]


@pytest.mark.parametrize("paragraph, quoted, motion, expected", ROWS)
def test_dropped_context(paragraph, quoted, motion, expected):
    assert judge(paragraph, quoted, motion) is expected


def judge_certainty(paragraph, quoted, motion):
    start = paragraph.index(quoted)
    q_start = motion.index("“") + 1
    lead, tail = motion_surroundings(motion, q_start, motion.index("”"))
    found = dropped_context(paragraph, start, start + len(quoted), lead, tail)
    return (found.kind, found.certain) if found else None


# Left-out words that may change what the quotation says, or may not: a note on a quotation
# that keeps its verdict, not an accusation (issue 21: a false "out of context" is read aloud
# in a chamber). Rows in our own words.
@pytest.mark.parametrize("paragraph, quoted, motion, expected", [
    pytest.param("The returns were filed on time, but none of them had been checked.",
                 "The returns were filed on time",
                 "The report confirms “The returns were filed on time” (para 2.2).",
                 (ContextKind.QUALIFICATION, True), id="a-but-clause-that-denies-accuses"),
    pytest.param("Our findings are addressed to the cabinet, but we expect the board to follow "
                 "them up.", "Our findings are addressed to the cabinet",
                 "Lastly, “Our findings are addressed to the cabinet” (para 9.1).",
                 (ContextKind.QUALIFICATION, False), id="a-but-clause-that-adds-is-noted"),
    pytest.param("We heard the complaint often enough to take it seriously, although we cannot "
                 "say how widespread it is.", "often enough to take it seriously",
                 "The inspectors heard it “often enough to take it seriously” (para 4.4).", None,
                 id="although-leaves-the-main-clause-standing"),
    pytest.param("In interviews, staff described an office in which mistakes were hidden.",
                 "mistakes were hidden",
                 "The inspectors describe an office where “mistakes were hidden” (para 4.3).",
                 (ContextKind.ATTRIBUTION, False), id="inside-a-thing-staff-described-is-noted"),
    pytest.param("The hiring freeze will stay in place until the budget is balanced.",
                 "The hiring freeze will stay in place",
                 "The report says “The hiring freeze will stay in place” (para 6.6).",
                 (ContextKind.CONDITION, False), id="until-after-them-is-noted"),
    pytest.param("The hiring freeze will stay in place unless the budget is balanced.",
                 "The hiring freeze will stay in place",
                 "The report says “The hiring freeze will stay in place” (para 6.6).",
                 (ContextKind.CONDITION, True), id="unless-after-them-accuses"),
    pytest.param("Several members described the committee as a talking shop.", "a talking shop",
                 "The inspectors call the committee “a talking shop” (para 4.5).",
                 (ContextKind.ATTRIBUTION, True), id="the-description-itself-accuses"),
])
def test_what_is_only_noted(paragraph, quoted, motion, expected):
    assert judge_certainty(paragraph, quoted, motion) == expected


@pytest.mark.parametrize("paragraph, claim, expected", [
    pytest.param("Some members told us that the council's difficulties are entirely the result of "
                 "reductions in government funding. We do not accept that view.",
                 "The report appears to accept that the council's difficulties are the result of "
                 "reductions in government funding.", ContextKind.ATTRIBUTION,
                 id="a-view-the-report-rejects-as-its-finding"),
    pytest.param("Some members told us that the council's difficulties are entirely the result of "
                 "reductions in government funding. We do not accept that view.",
                 "Some members told the inspectors that the council's difficulties are the result "
                 "of reductions in government funding.", None, id="the-view-kept-as-theirs"),
    pytest.param("We do not consider that scrutiny has been given the resources it needs.",
                 "The report accepts that scrutiny has been given the resources it needs.",
                 ContextKind.DENIAL, id="what-the-report-denies"),
    pytest.param("We do not consider that scrutiny has been given the resources it needs.",
                 "The report does not consider that scrutiny has the resources it needs.", None,
                 id="the-denial-kept"),
    pytest.param("We found that the scrutiny function was weak and confused.",
                 "The inspectors found that scrutiny was weak and confused.", None,
                 id="the-reports-own-finding"),
    pytest.param("The Chair told us that the committee had been kept in the dark about the scheme. "
                 "Officers told us that exempt reports had been offered to the committee but not "
                 "taken up. We have not been able to reconcile these accounts.",
                 "The Chair says he was kept in the dark, but the report finds that exempt reports "
                 "were offered to that committee and not taken up.", ContextKind.ATTRIBUTION,
                 id="a-second-clause-gives-officers-words-as-the-finding"),
    pytest.param("The Chair told us that the committee had been kept in the dark about the scheme. "
                 "Officers told us that exempt reports had been offered to the committee but not "
                 "taken up. We have not been able to reconcile these accounts.",
                 "The Chair told the inspectors he was kept in the dark about the scheme, while "
                 "officers said exempt reports were offered to the committee and not taken up.",
                 None, id="each-clause-keeps-its-speaker"),
    pytest.param("The Leader told us that relations between members and officers were now good. "
                 "The Chief Executive was more cautious.",
                 "According to the inspectors, relations between members and officers are now "
                 "good.", ContextKind.ATTRIBUTION, id="according-to-the-inspectors-is-the-report"),
    pytest.param("The Leader told us that relations between members and officers were now good. "
                 "The Chief Executive was more cautious.",
                 "According to the Leader, relations between members and officers are now good.",
                 None, id="according-to-the-speaker-keeps-it-theirs"),
])
def test_a_claim_carried_by_governed_words(paragraph, claim, expected):
    from verifier.judging.context import governed_claim

    found = governed_claim(paragraph, claim)
    assert (found.kind if found else None) is expected


@pytest.mark.parametrize("motion, quoted, lead", [
    pytest.param("The inspectors found:\n• that the unit “has no budget” (para 2.3);\n• that the "
                 "Leader “acted improperly” (para 2.6);", "acted improperly", "that the Leader",
                 id="the-bullet-before-is-another-item"),
    pytest.param("Members said the plan “is not funded” and the Leader “acted improperly”.",
                 "acted improperly", "Members said the plan   and the Leader",
                 id="another-quotations-words-are-not-the-motions"),
    pytest.param("Council notes that the review found:\n• that the board “has no budget” (p. 4);\n"
                 "• that the chair “misled the committee” (p. 6);", "misled the committee",
                 "that the chair", id="the-bullet-before-is-another-clause"),
    pytest.param("Council notes:\n(a) that no plan exists;\n(b) that the chair “misled the "
                 "committee”.", "misled the committee", "that the chair", id="lettered-items"),
    pytest.param("The board did not accept that the chair “misled the committee”.",
                 "misled the committee", "The board did not accept that the chair",
                 id="one-sentence-keeps-its-denial"),
    pytest.param("The words are not in the report. “Misled the committee” is the board's.",
                 "Misled the committee", "", id="a-quotation-opening-its-sentence"),
])
def test_the_motions_own_words_around_a_quotation(motion, quoted, lead):
    start = motion.index(quoted)
    before, _ = motion_surroundings(motion, start, start + len(quoted))
    assert before.strip() == lead


def test_a_denial_is_not_restored_by_another_bullets_no():
    paragraph = "We do not suggest that the Leader acted improperly in relation to the contract."
    motion = ("The inspectors found:\n• that the unit “has no budget” (para 2.3);\n• that the "
              "Leader “acted improperly in relation to the contract” (para 2.6);")
    quoted = "acted improperly in relation to the contract"
    q_start = motion.index(quoted)
    lead, tail = motion_surroundings(motion, q_start, q_start + len(quoted))
    start = paragraph.index(quoted)
    found = dropped_context(paragraph, start, start + len(quoted), lead, tail)
    assert found is not None and found.kind is ContextKind.DENIAL


@pytest.mark.parametrize("paragraph, words, expected", [
    pytest.param("Nor do they mean that the council's services will be run from Whitehall.",
                 "will be run from Whitehall", True, id="nor-do-they-mean-that"),
    pytest.param("It is not the case that the reserve will be exhausted this year.",
                 "the reserve will be exhausted", True, id="it-is-not-the-case-that"),
    pytest.param("The council has not met. Its services will be run from Whitehall.",
                 "will be run from Whitehall", False, id="a-negation-in-the-sentence-before"),
    pytest.param("The council did not consult, and its services will be run from Whitehall.",
                 "will be run from Whitehall", False, id="a-negation-of-another-clause"),
])
def test_a_sentence_that_negates_the_quoted_clause(paragraph, words, expected):
    """A motion's "not" put into words a source sentence negates ("Nor do they mean that …")
    says what the source says (netherby's letter, fit half)."""
    assert sentence_negates(paragraph, paragraph.index(words)) is expected


# What the fit half's out-of-context quotations left out that the rules above did not read
# (issue 21, quotes7; rows in our own words): a scope after words that deny, a "but that this"
# pointing back at the quoted words, a concession quoted to its stop whose next sentence limits
# it, and a condition that opens the sentence; and the quotations that keep their context: a
# clause of the inspectors' own after a denial, and a dash line naming the speaker.
@pytest.mark.parametrize("paragraph, quoted, motion, expected", [
    pytest.param("We do not suggest that the council's libraries are failing across the board. "
                 "Several are well run.", "do not suggest that the council's libraries are failing",
                 "The inspectors “do not suggest that the council's libraries are failing” "
                 "(para 8.8).", (ContextKind.QUALIFICATION, True), id="a-scope-after-a-denial"),
    pytest.param("We do not suggest that the council's libraries are failing across the board.",
                 "do not suggest that the council's libraries are failing",
                 "The inspectors “do not suggest that the council's libraries are failing” across "
                 "the board (para 8.8).", None, id="the-scope-kept-by-the-motion"),
    pytest.param("We do not suggest that the libraries are well run in every respect.",
                 "the libraries are well run",
                 "The inspectors say “the libraries are well run” (para 8.8).",
                 (ContextKind.DENIAL, True), id="the-denial-is-read-first"),
    pytest.param("We conclude that the council maintains its parks well, but that this is at risk "
                 "if the budget is not protected.", "the council maintains its parks well",
                 "The inspectors conclude that “the council maintains its parks well” (para 9.8).",
                 (ContextKind.QUALIFICATION, True), id="but-that-this-points-back"),
    pytest.param("We found that the board met monthly, but that its minutes were not published.",
                 "the board met monthly",
                 "The inspectors found that “the board met monthly” (para 2.1).", None,
                 id="but-that-adds-a-second-finding"),
    pytest.param("We accept that some contracts were let in a hurry for good reason. We do not "
                 "accept that forty were.",
                 "We accept that some contracts were let in a hurry for good reason",
                 "On contracts the inspectors say “We accept that some contracts were let in a "
                 "hurry for good reason” (para 3.5).", (ContextKind.QUALIFICATION, True),
                 id="a-concession-limited-by-the-next-sentence"),
    pytest.param("We accept that some contracts were let in a hurry for good reason. We do not "
                 "accept that forty were.",
                 "We accept that some contracts were let in a hurry for good reason",
                 "The inspectors say “We accept that some contracts were let in a hurry for good "
                 "reason”, but not that forty were.", None, id="the-concession-limited-by-the-motion"),
    pytest.param("We accept that some contracts were let in a hurry for good reason. The register "
                 "lists them all.", "We accept that some contracts were let in a hurry for good "
                 "reason", "The inspectors say “We accept that some contracts were let in a hurry "
                 "for good reason” (para 3.5).", None, id="a-concession-the-report-leaves-standing"),
    pytest.param("We do not suggest that any grant was made improperly, and we found no evidence "
                 "of fraud.", "we found no evidence of fraud",
                 "The report says “we found no evidence of fraud” (para 8.4).", None,
                 id="the-inspectors-own-clause-after-a-denial"),
    pytest.param("However, unless the council sells the depot during 2025/26, we consider that it "
                 "is likely to run out of reserves by 2028.",
                 "is likely to run out of reserves by 2028",
                 "The inspectors warn that the council “is likely to run out of reserves by 2028” "
                 "(para 6.6).", (ContextKind.CONDITION, True), id="a-condition-opening-the-sentence"),
    pytest.param("The council has few, if any, reserves left for the winter.",
                 "reserves left for the winter",
                 "The inspectors say there are few “reserves left for the winter” (para 6.1).",
                 None, id="if-any-is-no-condition"),
])
def test_what_the_fit_half_left_out(paragraph, quoted, motion, expected):
    assert judge_certainty(paragraph, quoted, motion) == expected


def test_a_dash_line_under_a_quotation_names_its_speaker():
    paragraph = "One partner told us that the council is “a good place to work at officer level”."
    motion = ("Their reply was short. (para 5.5)\n\n    “a good place to work at officer level”\n"
              "    – a partner body, quoted at para 9.5\n\nTHE MONEY")
    quoted = "a good place to work at officer level"
    start = paragraph.index(quoted)
    q_start = motion.index(quoted)
    lead, tail = motion_surroundings(motion, q_start, q_start + len(quoted))
    assert "partner body" in tail
    assert dropped_context(paragraph, start, start + len(quoted), lead, tail) is None
