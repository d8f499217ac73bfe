import json
T = [
 "I am writing to inform you that I have today published the report of the Best Value inspection of Quenby City Council, which I commissioned on 3 March 2025. I am grateful to the inspection team for their thorough work, and to the many members, officers, partners and residents who contributed to it.",
 "The inspectors’ findings make for deeply concerning reading. They conclude that the council is failing to comply with its best value duty in respect of leadership, governance, culture and use of resources, and that it does not have the capacity to secure the necessary improvement without external support.",
 "I have considered the report carefully. I am satisfied that Quenby City Council is failing to comply with its best value duty, and I am therefore minded to exercise my powers under section 15 of the Local Government Act 1999 to give directions to the council.",
 "I propose to appoint three commissioners, a Lead Commissioner, a Finance Commissioner and a Governance and Regeneration Commissioner, for a period of three years until 31 October 2028. The commissioners would exercise, where they consider it necessary, all functions associated with the setting of the budget and the medium-term financial strategy, the governance and scrutiny of strategic decision-making, the appointment and dismissal of the statutory officers, and all functions relating to the Riverside Quays scheme and the council’s trading companies.",
 "I further propose to direct the council to prepare, within six months and to the satisfaction of the commissioners, an improvement and recovery plan, and to report to me on its delivery every six months. The commissioners will also report to me on the council’s progress at six-monthly intervals.",
 "The costs of the commissioners, including their fees and expenses, would be met by the council. I would expect those costs to be kept under review and published.",
 "I want to be clear that these proposals are not a judgment on the many dedicated staff of the council, nor on the services that residents value. The inspectors found much to commend, not least in adult social care.",
 "The council should not wait for my final decision before acting on the inspectors’ recommendations. In particular, I expect the council to let no further contracts for the Riverside Quays scheme until the independent review recommended by the inspectors has reported.",
 "I invite the council to make representations on these proposals by 5pm on 28 October 2025. I will consider any representations I receive, and any other relevant information, before reaching a final decision.",
 "I am copying this letter to the Leader of the council, the leaders of the opposition groups, the council’s external auditor and the Members of Parliament whose constituencies include the city.",
]
data = {"title": "Letter from the Secretary of State to the Chief Executive of Quenby City Council, 14 October 2025",
        "kind": "letter", "file": "letter.pdf", "producer": "calibre ebook-convert from HTML",
        "numbering": "unnumbered", "page_offset": 0,
        "furniture": ["2 Marsham Street, London SW1P 4DF · www.gov.uk/mhclg"],
        "places": [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None, "page": None, "text": t}
                   for i, t in enumerate(T, 1)],
        "footnotes": []}
json.dump(data, open("letter.json", "w"), ensure_ascii=False, indent=1)
