# -*- coding: utf-8 -*-
"""The Secretary of State's letter to the Chief Executive, as data (rendered by build.py)."""
from html import escape

TITLE = "Letter from the Secretary of State to the Chief Executive of Eastwick City Council"
DATE = "6 March 2025"

PARAS = [
 "I am writing to inform you that I have today published the report of the Best Value inspection "
 "of Eastwick City Council, which I commissioned on 3 June 2024. I am grateful to the inspection "
 "team for their work, and to the council's members and staff for their cooperation with it.",
 "The report makes for difficult reading. The inspectors found that the council is failing to "
 "comply with its Best Value duty in relation to governance, leadership and culture, and use of "
 "resources. They concluded that the council does not have the capacity to improve at the pace "
 "required without external support.",
 "I am particularly concerned by the inspectors' findings on the council's finances. A general fund "
 "reserve of £7.9 million, against a budget gap of £31.2 million, leaves the council very little "
 "room for manoeuvre, and I do not believe that residents can wait for the council to put matters "
 "right on its own.",
 "I am therefore minded to exercise my powers under section 15 of the Local Government Act 1999 to "
 "give directions to the council and to appoint commissioners. I propose to appoint a lead "
 "commissioner and two further commissioners, with functions in relation to finance, governance "
 "and the appointment and dismissal of statutory officers.",
 "I propose that the intervention should last until 31 March 2028. The commissioners would report "
 "to me within six months of their appointment, and every six months after that, on the council's "
 "progress against an improvement plan which the council would prepare with them.",
 "I recognise that there is much good work in the council's services, and the inspectors noted the "
 "strength of adult social care and waste collection. The intervention I propose is not a judgement "
 "on the staff who deliver those services.",
 "I invite the council, and any other person, to make representations on these proposals by 3 April "
 "2025. I will consider all representations carefully before I reach a final decision.",
 "I am copying this letter to the Leader of the council, to the leaders of the opposition groups "
 "and to the council's external auditor.",
]


def x(s):
    return escape(s, quote=False)


def build_xml():
    places = [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
               "page": None, "text": p} for i, p in enumerate(PARAS, 1)]
    body = "\n".join(f"<para>{x(p)}</para>" for p in PARAS)
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<article lang="en">
<para role="letterhead">Ministry of Housing, Communities and Local Government</para>
<para role="from">The Rt Hon Eleanor Stroud MP<?linebreak?>Secretary of State for Housing, Communities and Local Government<?linebreak?>2 Marsham Street<?linebreak?>London SW1P 4DF</para>
<para role="to">Chief Executive<?linebreak?>Eastwick City Council<?linebreak?>Civic Centre, Trent Street<?linebreak?>Eastwick EW1 2CC</para>
<para role="date">{DATE}</para>
<para role="salutation">Dear Chief Executive,</para>
<para role="subject">BEST VALUE INSPECTION OF EASTWICK CITY COUNCIL: PROPOSED INTERVENTION</para>
{body}
<para role="closing">Yours sincerely,</para>
<para role="sign">The Rt Hon Eleanor Stroud MP<?linebreak?>Secretary of State for Housing, Communities and Local Government</para>
<anchor id="letter-end"/>
</article>
"""
    return xml, places
