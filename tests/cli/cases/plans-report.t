$ planreport ../../../plans/*.plan
DSV1517  Harrow Domestic and Sexual Violence Action Plan 2015 – 2017
  period 2015 to 2017
  4 sections, 21 objectives, 55 actions
  leads: 54 actions with an owner, 1 without
  decisions: 0 continue, 2 complete, 0 remove, 1 decommissioned, 52 none
  updates: 48 (0 dated); last RAG: 0 green, 0 amber, 0 red, 55 unrated

VVE18  Community Safety and Violence, Vulnerability and Exploitation Delivery Plan
  period 2018/19, board Safer Harrow
  2 sections, 12 objectives, 56 actions
  leads: 56 actions with an owner, 0 without
  decisions: 34 continue, 19 complete, 2 remove, 0 decommissioned, 1 none
  updates: 59 (3 dated); last RAG: 2 green, 3 amber, 0 red, 51 unrated

As at 1 June 2019: 111 actions, 87 open (2 green, 0 amber, 0 red, 85 unrated), 21 complete, 3 removed; of the open, 43 overdue, 8 stale, 1 without an owner.

Overdue, most late first (43):
  DSV15.b  All victims referred to MARAC receive advocacy s...  (1766 days late, deadline July 2014; MARAC – Lyndsey Dearlove)
  DSV18.b  Proactively engage substance misusing offenders ...  (1674 days late, deadline October 2014; Police – Mark Wolski and Westminster Dru...)
  DSV11.a  Domestic violence and abuse is addressed as a ke...  (1613 days late, deadline 2014; Adult Safeguarding – Seamus Doherty)
  DSV11.b  Delivery of multi agency training to staff who w...  (1613 days late, deadline 2014; Adult Safeguarding – Seamus Doherty)
  DSV1.b  Maintain and distribute publicity material as re...  (1582 days late, deadline January 2015; Rebecka Steven/ Kate Vogelsang)
  DSV16.c  To provide timely and effective interventions wi...  (1582 days late, deadline January 2015; Children and Families – Nasheen Singh/Ta...)
  DSV18.a  Develop a violence and substance misuse protocol...  (1582 days late, deadline January 2015; Public Health – Substance Misuse Commiss...)
  DSV4.a  Delivery of multi agency violence identification...  (1493 days late, deadline April 2015; LSCB – Coral McGookin)
  DSV4.b  Delivery of the CAADA Supported Young People's P...  (1493 days late, deadline April 2015; LSCB – Coral McGookin)
  DSV9.a  Fully establish and embed the Young Persons Advo...  (1493 days late, deadline April 2015; Early Intervention Services - Charisse M...)
  DSV9.b  Young Persons Advocate, with the support of CAAD...  (1493 days late, deadline April 2015; Early Intervention Services – Charisse M...)
  DSV15.e  Extend MARAC membership to include more health p...  (1493 days late, deadline April 2015; MARAC Coordinator – Lyndsey Dearlove)
  DSV16.e  To raise awareness and provide preventative educ...  (1493 days late, deadline April 2015; Children and Families – Nasheen Singh/Ta...)
  DSV19.a  Ensure effective intervention is in place for ca...  (1493 days late, deadline April 2015; Children and Families – Parmjit Chahal)
  DSV19.b  Agree and implement a programme to support famil...  (1493 days late, deadline April 2015; Children and Families – Parmjit Chahal; Children and Families - Family Chana)
  DSV20.a  The Youth Offending Team to address the emerging...  (1493 days late, deadline April 2015; Children and Families – Youth Offending ...)
  DSV11.c  Where there are safeguarding and violence issues...  (1432 days late, deadline June 2015; Adult Safeguarding – Seamus Doherty)
  DSV15.c  Adopt Safe Lives recommendations via Self Assess...  (1401 days late, deadline July 2015; MARAC and MARAC Chair – Lyndsey Dearlove)
  DSV1.a  Develop a communications plan which will include...  (1309 days late, deadline October 2015; Rebecka Steven/ Kate Vogelsang)
  DSV6.a  Recommission provision for all Council funded se...  (1309 days late, deadline October 2015; Mike Howes)
  DSV13.a  Establish consistent and strong membership of th...  (1309 days late, deadline October 2015; Mike Howes)
  DSV14.a  Leads to act as a single point of contact in the...  (1309 days late, deadline October 2015; Strategy Group – Rebecka Steven)
  DSV15.d  The Strategy Group should alert the LSCB of the ...  (1309 days late, deadline October 2015; Strategy Group/ LSCB)
  DSV11.e  Harrow to work in collaboration with other borou...  (1279 days late, deadline November 2015; Rebecka Steven)
  DSV5.a  Key statutory partners to disseminate FGM guidel...  (1248 days late, deadline 2015; Children and Family Services; NHS – Northwick Park Hospital; Victim Support/ Pan London funded IDVA (...)
  DSV12.d  Housing Team to develop a business card size lea...  (1248 days late, deadline December 2015; Housing (Jane Fernley))
  DSV16.a  To identify those children at risk of being sexu...  (1248 days late, deadline December 2015; LSCB)
  DSV16.d  To apply proactive problem solving to address th...  (1248 days late, deadline 2015; Children and Families – Nasheen Singh/Ta...)
  DSV18.c  Increase the use of Inspector's Authority drug t...  (1248 days late, deadline 2015; Police – Mark Wolski and Westminster Dru...)
  DSV13.b  Maintain membership to the Harrow DSV Forum – de...  (1217 days late, deadline January 2016; Jan Irwin)
  DSV14.b  Leads to provide briefings and attend DSV Forum ...  (1217 days late, deadline January 2016; Leads.)
  DSV21.a  Special Domestic Violence Court (SDVC) protocol ...  (1217 days late, deadline January 2016; Brent Magistrates' Court and Harrow Coun...)
  DSV9.c  Maintain service provision for Independent Sexua...  (1157 days late, deadline 31 March 2016; The WISH Centre, funded by Outcomes Base...)
  DSV7.a  Support pan London prostitution exit strategies,...  (1127 days late, deadline April 2016; Rebecka Steven)
  DSV12.c  Appropriate and stable housing accommodation for...  (1127 days late, deadline April 2016; Housing (Jane Fernley))
  DSV17.a  Collection of more comprehensive data on victims...  (1127 days late, deadline April 2016; Strategy Group – Rebecka Steven)
  DSV20.c  Ensure the programme offers a concurrent service...  (1127 days late, deadline April 2016; Children and Families – Youth Offending ...)
  DSV20.d  Programme offers a colocated model at the YOT to...  (1127 days late, deadline April 2016; Children and Families – Youth Offending ...)
  DSV16.f  Assess the use of Child Abduction Warning notice...  (882 days late, deadline 2016; Police - Mark Wolski.)
  DSV19.c  Support fathers to recognise and address their o...  (670 days late, deadline July 2017; Children and Families – Parmjit Chahal)
  DSV2.b  Address emerging trends of increased sexual viol...  (517 days late, deadline 2017; WISH – Rowena Jaber)
  DSV2.a  Under Public Health's Healthy Schools Programme,...  (427 days late, deadline March 2018; Public Health (Carole Furlong) and FORWA...)
  HH4a.6  Undertake a trial of the DISC information sharin...  (62 days late, deadline March 2019; Tanya Sprunks and Paul Gamble)

Stale: no update within their rhythm (8):
  DSV5.a  Key statutory partners to disseminate FGM guidel...  (1248 days late, deadline 2015; Children and Family Services; NHS – Northwick Park Hospital; Victim Support/ Pan London funded IDVA (...)
  DSV9.b  Young Persons Advocate, with the support of CAAD...  (1493 days late, deadline April 2015; Early Intervention Services – Charisse M...)
  DSV10.a  Continued commitment from Early Intervention Ser...  (no deadline; Early Intervention Services – Charisse M...)
  DSV12.d  Housing Team to develop a business card size lea...  (1248 days late, deadline December 2015; Housing (Jane Fernley))
  DSV16.f  Assess the use of Child Abduction Warning notice...  (882 days late, deadline 2016; Police - Mark Wolski.)
  DSV18.b  Proactively engage substance misusing offenders ...  (1674 days late, deadline October 2014; Police – Mark Wolski and Westminster Dru...)
  DSV18.c  Increase the use of Inspector's Authority drug t...  (1248 days late, deadline 2015; Police – Mark Wolski and Westminster Dru...)
  HV1.1  Deliver the 'Be Safe' programme in September 201...  (deadline 2019/20; Louis Smith Harrow Police)
? 0
