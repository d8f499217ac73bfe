# -*- coding: utf-8 -*-
TITLE = "Letter from the Secretary of State to the Chief Executive of Marlcombe Borough Council"
DATE = "20 March 2025"
FROM = ["Rt Hon Caroline Ashby MP",
        "Secretary of State for Housing, Communities and Local Government",
        "Ministry of Housing, Communities and Local Government",
        "2 Marsham Street",
        "London SW1P 4DF"]
TO = ["Interim Chief Executive",
      "Marlcombe Borough Council",
      "Civic Centre",
      "Hanbury Road",
      "Marlcombe",
      "MC1 2BC"]
SALUTATION = "Dear Interim Chief Executive,"
SUBJECT = "BEST VALUE INSPECTION OF MARLCOMBE BOROUGH COUNCIL: PROPOSED INTERVENTION"
PARAS = [
"I am writing following the publication today of the report of the Best Value inspection of Marlcombe Borough Council, which I commissioned on 2 September 2024. I would like to thank the inspection team for their thorough work, and the councillors, officers and partners who contributed to it.",
"The report makes for deeply concerning reading. The inspectors conclude that the council is failing to comply with its best value duty in respect of leadership, governance, culture, financial management, scrutiny and procurement. They also conclude that the council does not have the capacity to secure the necessary improvement on its own.",
"I am particularly concerned by the council\u2019s financial position. The general fund reserve has fallen to \u00a33.9 million and is forecast to fall further, the council\u2019s borrowing now stands at \u00a3212 million, and there is a budget gap of \u00a317.6 million over the next three years. I am also troubled by the inspectors\u2019 findings on the council\u2019s culture, including that nearly half of the staff who responded to their survey would not feel safe raising a concern.",
"Having carefully considered the report, I am satisfied that the council is failing to comply with its best value duty. I am therefore minded to exercise my powers under section 15 of the Local Government Act 1999 to issue directions to the council and to appoint commissioners to exercise certain of its functions.",
"My proposed intervention would last until 31 March 2028. It would include the appointment of a Lead Commissioner, a Finance Commissioner and a Governance Commissioner. The commissioners would exercise functions relating to the council\u2019s finances, the governance and scrutiny of strategic decision-making, and the appointment and dismissal of statutory officers.",
"The proposed directions would also require the council to prepare an improvement and recovery plan within six months, to the satisfaction of the commissioners, and to report on its delivery every six months. The commissioners would report to me on the council\u2019s progress at six-monthly intervals.",
"I want to be clear that this intervention is intended to support the council and the people it serves. It is not a judgement on the many hard-working staff of the council, and I recognise the early steps taken by the Interim Chief Executive and the new Section 151 Officer. But the council\u2019s political leadership must now accept the findings of the report in full, and work constructively with the commissioners.",
"Before I take a final decision, I invite the council to make representations on the report and on my proposed directions. Any representations should reach the Ministry by 5pm on 17 April 2025. I am copying this letter to the Leader of the Council, to the leaders of the other political groups and to the council\u2019s external auditor, and it will be published on GOV.UK.",
]
SIGNOFF = ["Yours sincerely,", "", "Caroline Ashby", "RT HON CAROLINE ASHBY MP"]
