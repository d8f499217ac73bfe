# -*- coding: utf-8 -*-
"""The letter's words as data; writes letter.json (pages filled by build.py)."""
import json
T = [
"I am writing to inform you that today I have laid before Parliament the report of the Best Value inspection of Lydford Metropolitan Borough Council, which I commissioned in December 2024 under section 10 of the Local Government Act 1999. I am grateful to the inspectors for their thorough work and to the council's members and officers for their cooperation with it.",
"The report makes difficult reading. The inspectors concluded that the council is failing to comply with its best value duty, and they found serious failings in the council's leadership, governance, financial management, scrutiny and oversight of its company, Lydford Futures Ltd. They also concluded that the council does not have the capacity to recover on its own within a reasonable time.",
"I accept the inspectors' findings. I am therefore satisfied that the council is failing to comply with its best value duty and that it is necessary to exercise my powers of intervention under section 15 of the 1999 Act to secure the council's compliance with that duty.",
"I am minded to appoint three Commissioners for a period of three years, and to direct the council to transfer to them its functions relating to financial governance, the appointment and dismissal of the statutory officers, and the governance and scrutiny of strategic decision-making. One of the Commissioners will be appointed as Lead Commissioner.",
"I also propose to direct the council to prepare and agree with the Commissioners, within six months, an improvement and recovery plan, and to report to the Commissioners on its delivery every six months. The plan should address each of the ten recommendations in the inspectors' report.",
"I am conscious that intervention of this kind is a significant step. It is not a judgement on the many dedicated staff who serve the people of Lydford, and I hope that the council will see the Commissioners as partners in its recovery rather than as a substitute for its own leadership.",
"Before I take a final decision I would welcome any representations the council wishes to make on the report and on my proposed intervention package. Representations should reach my officials by 5pm on 3 June 2025. I am also writing to the Leader of the council and to the leaders of the opposition groups.",
"I am copying this letter to the council's Section 151 Officer and Monitoring Officer, and to the council's external auditor.",
]
places = [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None, "page": None, "text": t}
          for i, t in enumerate(T, 1)]
json.dump({"title": "Letter from the Secretary of State to the Chief Executive of Lydford Metropolitan Borough Council, 20 May 2025",
           "kind": "letter", "file": "letter.pdf", "producer": "groff -mm (GNU groff 1.22.4), PostScript via ps2pdf",
           "numbering": "unnumbered", "page_offset": 0, "furniture": [],
           "date": "20 May 2025",
           "heading": "Best Value inspection of Lydford Metropolitan Borough Council: proposed statutory intervention",
           "places": places, "footnotes": []},
          open("letter.json", "w", encoding="utf-8"), ensure_ascii=False, indent=1)
