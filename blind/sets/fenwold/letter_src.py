#!/usr/bin/env python3
"""The minister's letter as data: writes letter.json (pages filled in by build.py)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
PARAS = [
    "I am writing following the publication today of the report of the Best Value inspection of Fenwold District Council, which the Secretary of State commissioned on 18 March 2026. I am grateful to you, to your members and to the council's officers for the cooperation given to the inspection team.",
    "The report makes difficult reading. The inspectors have concluded that the council is failing to comply with its Best Value duty, and that the failures extend across leadership, governance, financial management and the council's oversight of its company, Fenwold Developments Limited. The Secretary of State and I accept their findings.",
    "I am particularly concerned by the council's financial position. The inspectors found that the general fund reserve has fallen to £3.4 million and that, without urgent action, it will be exhausted during 2027/28. I am also concerned by the handling of the Wrangby Quayside scheme, whose forecast cost has risen by £12.7 million since it was approved.",
    "The Secretary of State is therefore minded to exercise her powers of intervention under sections 15(5) and 15(6) of the Local Government Act 1999. The proposed package would include directions requiring the council to prepare and agree an improvement and recovery plan within six months, and the appointment of three commissioners who would exercise the council's functions in relation to governance, finance, the council's companies and the appointment of statutory officers.",
    "We do not take this step lightly. The proposed intervention is not a judgement on the many staff who work hard for the residents of Fenwold, and the inspectors rightly note the strengths of services such as waste collection. But the council cannot put things right on its own, and the Secretary of State has a duty to act.",
    "The council is invited to make representations on the proposed intervention by 5pm on 11 November 2026. Representations may also be made by any other person. The Secretary of State will consider all representations before deciding whether to proceed. I would expect any directions to remain in force until 31 October 2029 unless revoked earlier.",
    "In the meantime I would welcome confirmation that the council will continue the work it has begun, including the review of its constitution and the valuation of the Quayside land. These matters should not wait for a decision on intervention.",
    "I am copying this letter to the Chief Executive, the council's Section 151 Officer and Monitoring Officer, the leaders of the opposition groups and the council's external auditor. I am also placing a copy in the Library of the House.",
]
data = {"title": "Letter from the Minister of State for Local Government to the Leader of Fenwold District Council, 14 October 2026",
        "kind": "letter", "file": "letter.pdf",
        "producer": "pandoc (Markdown to ODT) then LibreOffice",
        "numbering": "unnumbered", "page_offset": 0, "furniture": [],
        "date": "14 October 2026",
        "places": [{"label": str(i), "kind": "paragraph", "chapter": None, "heading": None,
                    "page": None, "text": t} for i, t in enumerate(PARAS, 1)],
        "footnotes": []}
(HERE / "letter.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
