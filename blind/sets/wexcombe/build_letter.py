"""The Secretary of State's letter: letter.json (text) rendered with ConTeXt to letter.pdf."""
import json, subprocess
from pathlib import Path
import build as B

HERE = Path(__file__).resolve().parent

PARAS = [
"On 18 July 2024 I appointed an inspection team to carry out a Best Value inspection of Wexcombe Borough Council. I have today published the inspectors’ report, which I received on 31 January 2025, and I am writing to set out the action I propose to take.",
"The report makes for very difficult reading. The inspectors have concluded that the council is failing to comply with its Best Value duty in relation to governance, culture, leadership, use of resources and the oversight of its commercial activity. They found a council whose general fund reserve has fallen by almost two-thirds in three years, whose governance of its wholly owned company is not fit for purpose, and in which nearly half of staff would not feel safe raising a concern.",
"I am particularly concerned by the inspectors’ finding that the council has balanced its budgets by drawing on reserves and by relying on commercial income that has not materialised. I am also concerned that decisions of consequence have been taken in private and that scrutiny has been marginalised.",
"I recognise that the council has begun to take steps to address some of these issues, and I welcome the appointment of a new Chief Executive and of a permanent director of finance. However, I agree with the inspectors that the council cannot secure the necessary improvement on its own within a reasonable timescale.",
"I am therefore minded to exercise my powers under sections 15(5) and 15(6) of the Local Government Act 1999 to make Directions, and to appoint three Commissioners: a Lead Commissioner, a Finance Commissioner and a Governance Commissioner. The proposed intervention would remain in place until 31 March 2028.",
"The proposed Directions would require the council to prepare, within six months, an improvement and recovery plan to the satisfaction of the Commissioners. They would also transfer to the Commissioners, where they consider it necessary, the council’s functions in relation to the appointment and dismissal of statutory officers, the setting of the budget and the governance of Wexcombe Harbour Developments Limited.",
"The Commissioners would report to me on the council’s progress after six months and every six months thereafter. I would expect the council to cooperate with them fully.",
"I invite the council to make representations on the proposed intervention by 27 February 2025. Representations should be sent to the department at the address above.",
"I want to be clear that this intervention is not a judgement on the council’s staff, many of whom are working hard in difficult circumstances. The residents of Wexcombe deserve a council that is well run and financially sound, and I am determined that they should have one.",
"I am copying this letter to the Leader of the council, the leaders of the other political groups, the council’s external auditor and the Members of Parliament whose constituencies include the borough.",
]

TITLE = "Letter from the Secretary of State to the Chief Executive of Wexcombe Borough Council, 13 February 2025"

def tex():
    e = B.esc
    body = "\n\n".join(e(p) for p in PARAS)
    return r"""\mainlanguage[uk]
\setuppapersize[A4]
\setuplayout[backspace=25mm, width=160mm, topspace=15mm, header=0mm, footer=12mm, height=middle]
\setupbodyfont[dejavu,10.5pt]
\setupwhitespace[medium]
\setupindenting[no]
\setuppagenumbering[location=]
\setupfootertexts[][{\tfx Page \pagenumber\ of \lastpagenumber}]
\starttext
\startalignment[flushright]
{\bf Rt Hon Andrew Kettering MP}\crlf
{\tfx Secretary of State for Housing, Communities and Local Government}\crlf
{\tfx Ministry of Housing, Communities and Local Government}\crlf
{\tfx 2 Marsham Street, London SW1P 4DF}
\stopalignment
\blank[big]
Chief Executive\crlf
Wexcombe Borough Council\crlf
Civic Offices, Harbour Road\crlf
Wexcombe
\blank[medium]
13 February 2025
\blank[medium]
Dear Chief Executive,
\blank[small]
{\bf BEST VALUE INSPECTION OF WEXCOMBE BOROUGH COUNCIL}

""" + body + r"""

Yours sincerely,
\blank[2*big]
{\bf Rt Hon Andrew Kettering MP}\crlf
Secretary of State for Housing, Communities and Local Government
\stoptext
"""

def main():
    d = {"title": TITLE, "kind": "letter", "file": "letter.pdf", "producer": "ConTeXt MkIV (context)",
         "numbering": "unnumbered", "page_offset": 0, "furniture": ["Page N of M"],
         "places": [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
                     "page": None, "text": t} for i, t in enumerate(PARAS, 1)],
         "footnotes": []}
    (HERE / "letter.tex").write_text(tex(), encoding="utf-8")
    B.run_context("letter")
    n = B.fill_pages(d, "letter.pdf")
    (HERE / "letter.json").write_text(json.dumps(d, ensure_ascii=False, indent=1), encoding="utf-8")
    print("letter.pdf:", n, "pages")

if __name__ == "__main__":
    main()
