.nr Hy 1
.S 11 14
.PH "''''"
.PF "''''"
.ad r
.S 9 11
\fBMinistry of Housing, Communities and Local Government\fP
.br
2 Marsham Street
.br
London SW1P 4DF
.br
.S 11 14
.ad b
.SP 0.4i
.nf
The Chief Executive
Lydford Metropolitan Borough Council
Council House
Victoria Square
Lydford
.fi
.SP
.ad r
20 May 2025
.ad b
.SP
Dear Chief Executive,
.SP
\fBBest Value inspection of Lydford Metropolitan Borough Council: proposed statutory intervention\fP
.P
I am writing to inform you that today I have laid before Parliament the report of the Best Value inspection of Lydford Metropolitan Borough Council, which I commissioned in December 2024 under section 10 of the Local Government Act 1999. I am grateful to the inspectors for their thorough work and to the council's members and officers for their cooperation with it.
.P
The report makes difficult reading. The inspectors concluded that the council is failing to comply with its best value duty, and they found serious failings in the council's leadership, governance, financial management, scrutiny and oversight of its company, Lydford Futures Ltd. They also concluded that the council does not have the capacity to recover on its own within a reasonable time.
.P
I accept the inspectors' findings. I am therefore satisfied that the council is failing to comply with its best value duty and that it is necessary to exercise my powers of intervention under section 15 of the 1999 Act to secure the council's compliance with that duty.
.P
I am minded to appoint three Commissioners for a period of three years, and to direct the council to transfer to them its functions relating to financial governance, the appointment and dismissal of the statutory officers, and the governance and scrutiny of strategic decision-making. One of the Commissioners will be appointed as Lead Commissioner.
.P
I also propose to direct the council to prepare and agree with the Commissioners, within six months, an improvement and recovery plan, and to report to the Commissioners on its delivery every six months. The plan should address each of the ten recommendations in the inspectors' report.
.P
I am conscious that intervention of this kind is a significant step. It is not a judgement on the many dedicated staff who serve the people of Lydford, and I hope that the council will see the Commissioners as partners in its recovery rather than as a substitute for its own leadership.
.P
Before I take a final decision I would welcome any representations the council wishes to make on the report and on my proposed intervention package. Representations should reach my officials by 5pm on 3 June 2025. I am also writing to the Leader of the council and to the leaders of the opposition groups.
.P
I am copying this letter to the council's Section 151 Officer and Monitoring Officer, and to the council's external auditor.
.SP
Yours sincerely,
.SP 0.7i
.nf
\fISecretary of State for Housing, Communities and Local Government\fP
.fi
