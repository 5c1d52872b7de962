$ planreport -f markdown ../../../plans/*.plan
# Board pack

DSV1517: Harrow Domestic and Sexual Violence Action Plan 2015 – 2017. Period 2015 to 2017.

VVE18: Community Safety and Violence, Vulnerability and Exploitation Delivery Plan. Period 2018/19. Board: Safer Harrow.

As at 1 June 2019.

## Summary

111 actions, 87 open: 2 green, 0 amber, 0 red, 85 not yet rated. 21 complete, 3 removed. Of the open actions, 43 overdue, 8 stale, 1 without an owner.

| Plan, section or objective | Actions | Open | Green | Amber | Red | Unrated | Complete | Removed | Overdue | Stale | No owner |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| plan DSV1517 Harrow Domestic and Sexual Violence Action Plan 2015 – 2017 | 55 | 52 | 0 | 0 | 0 | 52 | 2 | 1 | 42 | 7 | 1 |
| section PREV Prevention | 11 | 11 | 0 | 0 | 0 | 11 | 0 | 0 | 7 | 1 | 0 |
| objective DSV1 To ensure that all Harrow residents, community groups and organisations are aware of types of domestic violence, and have access to information and referral routes into services which are culturally specific, including perpetrator targeted campaigning. | 2 | 2 | 0 | 0 | 0 | 2 | 0 | 0 | 2 | 0 | 0 |
| objective DSV2 Develop, implement and deliver violence prevention and awareness raising programme in Harrow aimed at young people. | 2 | 2 | 0 | 0 | 0 | 2 | 0 | 0 | 2 | 0 | 0 |
| objective DSV3 Ensure front line staff are able to identify and respond appropriately and effectively to individuals who are experiencing violence, those who are perpetrating violence and children who are witnessing violence. | 2 | 2 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 0 | 0 |
| objective DSV4 Ensure that staff who are working with Children and Young People are able to identify violence in order to improve early intervention and appropriate support | 2 | 2 | 0 | 0 | 0 | 2 | 0 | 0 | 2 | 0 | 0 |
| objective DSV5 Implement the Royal College of Midwives guidelines "Tackling FGM in the UK Intercollegiate recommendations for identifying, recording and reporting 2014"; the provisions of the Serious Crime Act relating to FGM | 3 | 3 | 0 | 0 | 0 | 3 | 0 | 0 | 1 | 1 | 0 |
| section PROV Provision | 17 | 16 | 0 | 0 | 0 | 16 | 1 | 0 | 11 | 3 | 0 |
| objective DSV6 Ensure an effective domestic violence support service is available locally through the provision of a variety of specialist services. | 1 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 1 | 0 | 0 |
| objective DSV7 Ensure specialist service provision for emerging trends related to victims of prostitution, sexual exploitation and prostitution. | 1 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 1 | 0 | 0 |
| objective DSV8 Ensure that children who are experiencing and/or witnessing violence are safeguarded in line with LSCB safeguarding procedures. | 2 | 2 | 0 | 0 | 0 | 2 | 0 | 0 | 0 | 0 | 0 |
| objective DSV9 To ensure that, in light of the national domestic violence definition change, young victims of violence are supported in line with both safeguarding statutory duties and advocate care pathways. | 3 | 3 | 0 | 0 | 0 | 3 | 0 | 0 | 3 | 1 | 0 |
| objective DSV10 To support children and young people who have been exposed to domestic abuse and their mothers, in their recovery to overcome any difficulties they have as a result. | 1 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | 1 | 0 |
| objective DSV11 Ensure that vulnerable adults who are experiencing violence are safeguarded in line with Adult Safeguarding Policies and Procedures. | 5 | 5 | 0 | 0 | 0 | 5 | 0 | 0 | 4 | 0 | 0 |
| objective DSV12 Ensure appropriate housing solutions are available to victims of violence. | 4 | 3 | 0 | 0 | 0 | 3 | 1 | 0 | 2 | 1 | 0 |
| section PART Partnership | 16 | 15 | 0 | 0 | 0 | 15 | 1 | 0 | 14 | 1 | 1 |
| objective DSV13 Ensure a consistent coordination and delivery of an approach to violence across Harrow involving multi agency partners. | 2 | 2 | 0 | 0 | 0 | 2 | 0 | 0 | 2 | 0 | 0 |
| objective DSV14 Develop and implement leads from DSV in each key agency. | 2 | 2 | 0 | 0 | 0 | 2 | 0 | 0 | 2 | 0 | 1 |
| objective DSV15 Ensure that high risk victims of violence are identified and responded to using an effective multi agency framework, this includes young victims 16 and 17 year olds. | 5 | 4 | 0 | 0 | 0 | 4 | 1 | 0 | 4 | 0 | 0 |
| objective DSV16 Implement the Met Police Pan London Child Sexual Exploitation Protocol | 6 | 6 | 0 | 0 | 0 | 6 | 0 | 0 | 5 | 1 | 0 |
| objective DSV17 Develop a more comprehensive database to evidence need and the effectiveness of interventions through better data collection and analysis | 1 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 1 | 0 | 0 |
| section PERP Perpetrators | 11 | 10 | 0 | 0 | 0 | 10 | 0 | 1 | 10 | 2 | 0 |
| objective DSV18 To ensure that perpetrators of violence who have substance misuse issues receive a coordinated response that is culturally specific. | 3 | 3 | 0 | 0 | 0 | 3 | 0 | 0 | 3 | 2 | 0 |
| objective DSV19 Where assessed as suitable, fathers who use violence are identified and given the opportunity to address their offending behaviours by accessing appropriate interventions. | 3 | 3 | 0 | 0 | 0 | 3 | 0 | 0 | 3 | 0 | 0 |
| objective DSV20 Ensure young perpetrators of violence are given the opportunity to address their offending behaviours by access to appropriate interventions. | 4 | 3 | 0 | 0 | 0 | 3 | 0 | 1 | 3 | 0 | 0 |
| objective DSV21 Perpetrators of violence are brought to justice via the criminal courts. | 1 | 1 | 0 | 0 | 0 | 1 | 0 | 0 | 1 | 0 | 0 |
| plan VVE18 Community Safety and Violence, Vulnerability and Exploitation Delivery Plan | 56 | 35 | 2 | 0 | 0 | 33 | 19 | 2 | 1 | 1 | 0 |
| section HV High Volume Crime | 14 | 12 | 1 | 0 | 0 | 11 | 0 | 2 | 0 | 1 | 0 |
| objective HV1 Burglary | 4 | 3 | 1 | 0 | 0 | 2 | 0 | 1 | 0 | 1 | 0 |
| objective HV2 Non-domestic violence with injury | 3 | 3 | 0 | 0 | 0 | 3 | 0 | 0 | 0 | 0 | 0 |
| objective HV3 Anti-social behaviour (ASB) | 7 | 6 | 0 | 0 | 0 | 6 | 0 | 1 | 0 | 0 | 0 |
| section HH High Harm Crime | 42 | 23 | 1 | 0 | 0 | 22 | 19 | 0 | 1 | 0 | 0 |
| objective HH1a Youth violence, weapon based crime and vulnerability &amp; exploitation (including gang crime, and Child Sexual Exploitation) | 9 | 6 | 0 | 0 | 0 | 6 | 3 | 0 | 0 | 0 | 0 |
| objective HH1b Youth violence, weapon based crime and vulnerability &amp; exploitation (including gang crime, and Child Sexual Exploitation) | 3 | 0 | 0 | 0 | 0 | 0 | 3 | 0 | 0 | 0 | 0 |
| objective HH2 Modern Slavery | 4 | 0 | 0 | 0 | 0 | 0 | 4 | 0 | 0 | 0 | 0 |
| objective HH3 Domestic and sexual abuse | 10 | 7 | 0 | 0 | 0 | 7 | 3 | 0 | 0 | 0 | 0 |
| objective HH4a Drug and alcohol misuse | 6 | 1 | 0 | 0 | 0 | 1 | 5 | 0 | 1 | 0 | 0 |
| objective HH4b Drug and alcohol misuse | 3 | 3 | 1 | 0 | 0 | 2 | 0 | 0 | 0 | 0 | 0 |
| objective HH5 Extremism and hate crime | 7 | 6 | 0 | 0 | 0 | 6 | 1 | 0 | 0 | 0 | 0 |
| All | 111 | 87 | 2 | 0 | 0 | 85 | 21 | 3 | 43 | 8 | 1 |

## Exceptions

### Overdue, most late first (43)

| Action | Title | Lead(s) | Deadline | Days late |
| --- | --- | --- | --- | ---: |
| DSV15.b | All victims referred to MARAC receive advocacy support and advice. | MARAC – Lyndsey Dearlove | July 2014 | 1766 |
| DSV18.b | Proactively engage substance misusing offenders into treatment at the point of arrest, by way of the Arrest Referral Worker at Harrow police station. | Police – Mark Wolski and Westminster Drugs Project – Marie Tiquet | October 2014 | 1674 |
| DSV11.a | Domestic violence and abuse is addressed as a key safeguarding issue in the Safeguarding Adults training. | Adult Safeguarding – Seamus Doherty | 2014 | 1613 |
| DSV11.b | Delivery of multi agency training to staff who work with adults. | Adult Safeguarding – Seamus Doherty | 2014 | 1613 |
| DSV1.b | Maintain and distribute publicity material as required, including domestic and sexual violence leaflets and safety cards for victims. | Rebecka Steven/ Kate Vogelsang | January 2015 | 1582 |
| DSV16.c | To provide timely and effective interventions with children and families to safeguard those vulnerable to sexual exploitation. | Children and Families – Nasheen Singh/Tanju Mustafa | January 2015 | 1582 |
| DSV18.a | Develop a violence and substance misuse protocol between Police and substance misuse agencies to focus on responding to perpetrators from the point of arrest. | Public Health – Substance Misuse Commissioning – Bridget O'Dwyer | January 2015 | 1582 |
| DSV4.a | Delivery of multi agency violence identification training to members of the statutory, voluntary and community sector. | LSCB – Coral McGookin | April 2015 | 1493 |
| DSV4.b | Delivery of the CAADA Supported Young People's Programme, including training focused on understanding domestic violence among young people in their own abusive relationships and assessing risk. | LSCB – Coral McGookin | April 2015 | 1493 |
| DSV9.a | Fully establish and embed the Young Persons Advocacy Programme. | Early Intervention Services - Charisse Monero | April 2015 | 1493 |
| DSV9.b | Young Persons Advocate, with the support of CAADA (now Safe Lives), to develop and embed a locally recognised care pathway, manage cases, attend Vulnerable Young Persons Panel and attend MARAC. | Early Intervention Services – Charisse Monero | April 2015 | 1493 |
| DSV15.e | Extend MARAC membership to include more health partners including GPs and A&amp;E. | MARAC Coordinator – Lyndsey Dearlove | April 2015 | 1493 |
| DSV16.e | To raise awareness and provide preventative education for the welfare of children and young people who are, or may be, sexually exploited. | Children and Families – Nasheen Singh/Tanju Mustafa | April 2015 | 1493 |
| DSV19.a | Ensure effective intervention is in place for cases known to Children and Families particularly where safeguarding concerns are highlighted. | Children and Families – Parmjit Chahal | April 2015 | 1493 |
| DSV19.b | Agree and implement a programme to support families known to children's social care. | Children and Families – Parmjit Chahal<br>Children and Families - Family Chana | April 2015 | 1493 |
| DSV20.a | The Youth Offending Team to address the emerging pattern of young perpetrators of domestic violence. It should be noted that not all young people who are violent towards family members are charged and sentenced and become an open case to the YOT. Some Young People may be charged with ABH/ assault/ battery/ common assault rather than domestic violence conviction. | Children and Families – Youth Offending Team – Ann Garratt | April 2015 | 1493 |
| DSV11.c | Where there are safeguarding and violence issues identified, referrals are made to appropriate service. | Adult Safeguarding – Seamus Doherty | June 2015 | 1432 |
| DSV15.c | Adopt Safe Lives recommendations via Self Assessment to support the progress of the MARAC. | MARAC and MARAC Chair – Lyndsey Dearlove | July 2015 | 1401 |
| DSV1.a | Develop a communications plan which will include: Awareness raising campaigns including White Ribbon Day; targeted campaigns for specific areas including forced marriage, honour based violence, female genital mutilation and linking these campaigns to LSCB, LASB and Harrow Shield. | Rebecka Steven/ Kate Vogelsang | October 2015 | 1309 |
| DSV6.a | Recommission provision for all Council funded services, by launching a joint tender for 2015/16: MARAC Coordination IDVA current x3.5 and any additional posts that can be funded Refuge Floating Support | Mike Howes | October 2015 | 1309 |
| DSV13.a | Establish consistent and strong membership of the Strategy Group | Mike Howes | October 2015 | 1309 |
| DSV14.a | Leads to act as a single point of contact in their own agency in relation to violence. | Strategy Group – Rebecka Steven | October 2015 | 1309 |
| DSV15.d | The Strategy Group should alert the LSCB of the gap in service, so that it can pose a challenge to the appropriate agencies. | Strategy Group/ LSCB | October 2015 | 1309 |
| DSV11.e | Harrow to work in collaboration with other boroughs to provide services for which there is not enough demand in one borough e.g. LGBT, disability DV services. | Rebecka Steven | November 2015 | 1279 |
| DSV5.a | Key statutory partners to disseminate FGM guidelines to members of staff. | Children and Family Services<br>NHS – Northwick Park Hospital<br>Victim Support/ Pan London funded IDVA (name TBC shortly) | 2015 | 1248 |
| DSV12.d | Housing Team to develop a business card size leaflet for estates/repairs/maintenance operatives asking them to report any concerns that they have regarding domestic abuse when they visit our properties and undertaking 'toolbox talks' when the card is ready. | Housing (Jane Fernley) | December 2015 | 1248 |
| DSV16.a | To identify those children at risk of being sexually exploited. | LSCB | December 2015 | 1248 |
| DSV16.d | To apply proactive problem solving to address the risks associated with victims, perpetrators and locations and ensure the safeguarding and welfare of children and young people who are or may be at risk from sexual exploitation. | Children and Families – Nasheen Singh/Tanju Mustafa | 2015 | 1248 |
| DSV18.c | Increase the use of Inspector's Authority drug testing in custody suites for perpetrators of violence. | Police – Mark Wolski and Westminster Drugs Project – Marie Tiquet | 2015 | 1248 |
| DSV13.b | Maintain membership to the Harrow DSV Forum – develop this as a multi agency practitioners group, with a focus on best practise, development and lobbying. | Jan Irwin | January 2016 | 1217 |
| DSV14.b | Leads to provide briefings and attend DSV Forum to keep abreast with developments both locally and nationally. | Leads. | January 2016 | 1217 |
| DSV21.a | Special Domestic Violence Court (SDVC) protocol agreed and publicised to encourage victims to support prosecutions. | Brent Magistrates' Court and Harrow Council – Rebecka Steven | January 2016 | 1217 |
| DSV9.c | Maintain service provision for Independent Sexual Violence Advocate (ISVA) and sexual violence counselling service. | The WISH Centre, funded by Outcomes Based Grants | 31 March 2016 | 1157 |
| DSV7.a | Support pan London prostitution exit strategies, in partnership with police, probation, GUM, substance misuse agencies. | Rebecka Steven | April 2016 | 1127 |
| DSV12.c | Appropriate and stable housing accommodation for young people who have experienced violence (to avoid frequent moves – providing stability to address trauma). | Housing (Jane Fernley) | April 2016 | 1127 |
| DSV17.a | Collection of more comprehensive data on victims by characteristics (age, gender, disability ethnicity) to reveal trends. | Strategy Group – Rebecka Steven | April 2016 | 1127 |
| DSV20.c | Ensure the programme offers a concurrent service to support victims of violence. | Children and Families – Youth Offending Team – Ann Garratt | April 2016 | 1127 |
| DSV20.d | Programme offers a colocated model at the YOT to support staff in assessing risk. | Children and Families – Youth Offending Team – Ann Garratt | April 2016 | 1127 |
| DSV16.f | Assess the use of Child Abduction Warning notices, Sex Harm Prevention Order (SHPO), Sexual Risk Order (SRO) or Antisocial Behaviour Orders (ASBO) and other measures to disrupt CSE. | Police - Mark Wolski. | 2016 | 882 |
| DSV19.c | Support fathers to recognise and address their offending behaviours, and not use violence. | Children and Families – Parmjit Chahal | July 2017 | 670 |
| DSV2.b | Address emerging trends of increased sexual violence amongst young people by the delivery of Harrow Shield over a 4 year period. | WISH – Rowena Jaber | 2017 | 517 |
| DSV2.a | Under Public Health's Healthy Schools Programme, include the delivery of culturally sensitive and age appropriate FGM awareness sessions for students as well as training teachers on FGM and how to respond appropriately. | Public Health (Carole Furlong) and FORWARD | March 2018 | 427 |
| HH4a.6 | Undertake a trial of the DISC information sharing system to help address VVE in the Town centre ???? | Tanya Sprunks and Paul Gamble | March 2019 | 62 |

### Stale: no update within their rhythm, by organisation (8)

#### Children and Family Services (DSV1517: 1 of 1 open)

| Action | Title | Deadline | Last update |
| --- | --- | --- | --- |
| DSV5.a | Key statutory partners to disseminate FGM guidelines to members of staff. | 2015 | none |

#### Early Intervention Services - Charisse Monero (DSV1517: 2 of 3 open)

| Action | Title | Deadline | Last update |
| --- | --- | --- | --- |
| DSV9.b | Young Persons Advocate, with the support of CAADA (now Safe Lives), to develop and embed a locally recognised care pathway, manage cases, attend Vulnerable Young Persons Panel and attend MARAC. | April 2015 | none |
| DSV10.a | Continued commitment from Early Intervention Services to coordinate the Community Group Programme (Parenting Coordinator), including promotion, running costs and delivery. Delivery supported by facilitators from across the partnership. | ongoing | none |

#### Housing (Jane Fernley) (DSV1517: 1 of 3 open)

| Action | Title | Deadline | Last update |
| --- | --- | --- | --- |
| DSV12.d | Housing Team to develop a business card size leaflet for estates/repairs/maintenance operatives asking them to report any concerns that they have regarding domestic abuse when they visit our properties and undertaking 'toolbox talks' when the card is ready. | December 2015 | none |

#### NHS – Northwick Park Hospital (DSV1517: 1 of 1 open)

| Action | Title | Deadline | Last update |
| --- | --- | --- | --- |
| DSV5.a | Key statutory partners to disseminate FGM guidelines to members of staff. | 2015 | none |

#### Police – Mark Wolski (DSV1517: 1 of 2 open)

| Action | Title | Deadline | Last update |
| --- | --- | --- | --- |
| DSV16.f | Assess the use of Child Abduction Warning notices, Sex Harm Prevention Order (SHPO), Sexual Risk Order (SRO) or Antisocial Behaviour Orders (ASBO) and other measures to disrupt CSE. | 2016 | none |

#### Police – Mark Wolski and Westminster Drugs Project – Marie Tiquet (DSV1517: 2 of 2 open)

| Action | Title | Deadline | Last update |
| --- | --- | --- | --- |
| DSV18.b | Proactively engage substance misusing offenders into treatment at the point of arrest, by way of the Arrest Referral Worker at Harrow police station. | October 2014 | none |
| DSV18.c | Increase the use of Inspector's Authority drug testing in custody suites for perpetrators of violence. | 2015 | none |

#### Victim Support/ Pan London funded IDVA (name TBC shortly) (DSV1517: 1 of 1 open)

| Action | Title | Deadline | Last update |
| --- | --- | --- | --- |
| DSV5.a | Key statutory partners to disseminate FGM guidelines to members of staff. | 2015 | none |

#### Louis Smith Harrow Police (VVE18: 1 of 1 open)

| Action | Title | Deadline | Last update |
| --- | --- | --- | --- |
| HV1.1 | Deliver the 'Be Safe' programme in September 2018 for on-going work (previously known as 'Autumn Nights') | 2019/20 (continued) | 10 January 2019: Autumn Nights ran successfully with a snap shoot of the below statics.<br><br>TP Autumn Nights Strategic Objective 1 – Burglary reduction - In effect total burglary<br>down across Harrow OCU (as sourced from Cris)<br>2018 – 86<br>2017 – 92<br>2016 – 72<br>2015 – 105<br>Total Harrow personal robbery down on 2017 :<br>2018 – 6<br>2017 – 7<br>Total Knife possession up :<br>2018 - 2<br>2017 – 0 |

### Rated red (0)

No open action is rated red.

### Due by 30 September 2019 with no decision (0)

No open action falls due before the next quarter ends without a decision.

## Actions

### Plan DSV1517 Harrow Domestic and Sexual Violence Action Plan 2015 – 2017

#### Section PREV Prevention

##### Objective DSV1 To ensure that all Harrow residents, community groups and organisations are aware of types of domestic violence, and have access to information and referral routes into services which are culturally specific, including perpetrator targeted campaigning.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV1.a | Develop a communications plan which will include: Awareness raising campaigns including White Ribbon Day; targeted campaigns for specific areas including forced marriage, honour based violence, female genital mutilation and linking these campaigns to LSCB, LASB and Harrow Shield. | Rebecka Steven/ Kate Vogelsang | October 2015 | Draft communications plan for the targeted campaigns and general awareness raising<br>(ie for members of the public) will take place in December 2015. New Plan to be<br>launched as part of White Ribbon Day 2015. | unrated |  |
| DSV1.b | Maintain and distribute publicity material as required, including domestic and sexual violence leaflets and safety cards for victims. | Rebecka Steven/ Kate Vogelsang | January 2015 | Leaflets/ cards with comms team to ensure consistency of approach and waiting until<br>new contract is awarded to ensure contact details are up to date | unrated |  |

##### Objective DSV2 Develop, implement and deliver violence prevention and awareness raising programme in Harrow aimed at young people.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV2.a | Under Public Health's Healthy Schools Programme, include the delivery of culturally sensitive and age appropriate FGM awareness sessions for students as well as training teachers on FGM and how to respond appropriately. | Public Health (Carole Furlong) and FORWARD | March 2018 | Some Harrow schools have been meeting with and developing session plans and started<br>work in this areas for a number of cluster schools (Harrow High, Elmgrove, Belmont),<br>lesson plans are being created and resources for schools to use in partnership with<br>their community. They are also using our older students from high school to train as<br>providers too in lessons. They have a few dads who are supporting this at Norbury<br>and we have a working party which includes Health, Social Care and Schools. They<br>have contacts with NSPCC and FORWARD regarding this project. As part of the LSCB we<br>have Forward trained FGM trainers who deliver a cross agency session as part of our<br>Race, culture, faith and diversity implications for safeguarding children<br>effectively course. We also have a couple of colleagues recently undertake the same<br>FGM accredited training from Forward who work as part of our voluntary community and<br>faith child safeguarding engagement. | unrated |  |
| DSV2.b | Address emerging trends of increased sexual violence amongst young people by the delivery of Harrow Shield over a 4 year period. | WISH – Rowena Jaber | 2017 | In 2014/15 over 5,433 teenagers were involved in Harrow Shield early intervention<br>and prevention of sexual and domestic abuse programme in schools and community<br>settings.<br>2076 teenagers participated in awareness raising and project education sessions, and<br>40 in long term targeted workshops for young males identified as perpetrating peer<br>exploitation and female victims. 151 teenage victims were supported through<br>advocacy, therapy and group work at WISH. | unrated |  |

##### Objective DSV3 Ensure front line staff are able to identify and respond appropriately and effectively to individuals who are experiencing violence, those who are perpetrating violence and children who are witnessing violence.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV3.a | MARAC Awareness – 4 sessions per year. | MARAC Coordinator (Lyndsey Dearlove) and MARAC Chair. | annually | CSU – 3x training sessions completed. Child social services – training dates offered<br>and awaiting feedback around uptake. | unrated |  |
| DSV3.b | Domestic Violence: Recognise and Respond – Policy Team providing information to trainers. | Mike Howes. | annually in October | programme established and delivered. Mike Howes to resend info to partners and request | unrated |  |

##### Objective DSV4 Ensure that staff who are working with Children and Young People are able to identify violence in order to improve early intervention and appropriate support

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV4.a | Delivery of multi agency violence identification training to members of the statutory, voluntary and community sector. | LSCB – Coral McGookin | April 2015 | The LSCB provides multi agency training, Domestic and Sexual Violence in<br>Safeguarding Children once a term and this is usually well attended. | unrated |  |
| DSV4.b | Delivery of the CAADA Supported Young People's Programme, including training focused on understanding domestic violence among young people in their own abusive relationships and assessing risk. | LSCB – Coral McGookin | April 2015 | The LSCB does not have a CAADA trained person to run this as part of the HSCB. It<br>does however run a from Harrow Council incorporate CAADA as part of it. | unrated |  |

##### Objective DSV5 Implement the Royal College of Midwives guidelines "Tackling FGM in the UK Intercollegiate recommendations for identifying, recording and reporting 2014"; the provisions of the Serious Crime Act relating to FGM

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV5.a | Key statutory partners to disseminate FGM guidelines to members of staff. | Children and Family Services<br>NHS – Northwick Park Hospital<br>Victim Support/ Pan London funded IDVA (name TBC shortly) | 2015 |  | unrated |  |
| DSV5.b | Monitor upward trend of FGM and assess the need for specific services. | LSCB – Coral McGookin | ongoing | FGM is included in the LSCBs data set and is scrutinised by the LSCB's Quality<br>Assurance sub committee | unrated |  |
| DSV5.c | Ensure effective identifying, recording, and reporting of those at risk of and subject to FGM. | Police – Mark Wolski |  | Police are reliant on the reports being made. If they are reported, they are flagged<br>and investigated. There are annual operations conducted by a specialist part of MPS<br>in respect of subject. | unrated |  |

#### Section PROV Provision

##### Objective DSV6 Ensure an effective domestic violence support service is available locally through the provision of a variety of specialist services.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV6.a | Recommission provision for all Council funded services, by launching a joint tender for 2015/16: MARAC Coordination IDVA current x3.5 and any additional posts that can be funded Refuge Floating Support | Mike Howes | October 2015 | Contract reported to Cabinet in October with new contract commencing as soon as<br>possible thereafter. | unrated |  |

##### Objective DSV7 Ensure specialist service provision for emerging trends related to victims of prostitution, sexual exploitation and prostitution.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV7.a | Support pan London prostitution exit strategies, in partnership with police, probation, GUM, substance misuse agencies. | Rebecka Steven | April 2016 | To be raised at pan London networks | unrated |  |

##### Objective DSV8 Ensure that children who are experiencing and/or witnessing violence are safeguarded in line with LSCB safeguarding procedures.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV8.a | procedures into front line practice. | LSCB – Coral McGookin | ongoing | Safeguarding procedures are embedded in multi agency training programme | unrated |  |
| DSV8.b | Embed findings from Harrow LSCB quality assurance regular multi agency audits. | Children and Families – Paul Hewitt and partner organisations | ongoing | This forms part of the recommissioning exercise. | unrated |  |

##### Objective DSV9 To ensure that, in light of the national domestic violence definition change, young victims of violence are supported in line with both safeguarding statutory duties and advocate care pathways.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV9.a | Fully establish and embed the Young Persons Advocacy Programme. | Early Intervention Services - Charisse Monero | April 2015 | (a) &amp; (b) A total of 32 young people have been referred to YPDVA comprising of 30<br>girls and 2 boys. Including in this cohort are 2 young people who declined the<br>referral (2 females). In total 30 young people have accessed this service and worked<br>with the YPDVA: Latest snapshot date: 22 open/current cases; 10 closed. The<br>establishment of this role has had a positive impact on the young people of Harrow.<br>Young people have received a service where they can have the time they need to<br>explore their personal safety in a safe, non-judgemental way. This has increased<br>young people's safety and knowledge of healthy relationships, grooming and early<br>warning signs. This role strengthens the young person's voice in forums such as MASE<br>and MARAC, and where safe to do so, their wishes are incorporated into any support<br>plans created for keeping them safe. Without this role young people would not have<br>an avenue to receive the longer term support they need to explore their personal<br>safety and make better informed choices about the relationships they engage with. | unrated |  |
| DSV9.b | Young Persons Advocate, with the support of CAADA (now Safe Lives), to develop and embed a locally recognised care pathway, manage cases, attend Vulnerable Young Persons Panel and attend MARAC. | Early Intervention Services – Charisse Monero | April 2015 |  | unrated |  |
| DSV9.c | Maintain service provision for Independent Sexual Violence Advocate (ISVA) and sexual violence counselling service. | The WISH Centre, funded by Outcomes Based Grants | 31 March 2016 | The WISH Centre hosts the ISVA which supports 200 victims every year. In 2014/15 the<br>ISVA supported 221 young people ages 10 - 25 male and female who were victims of<br>sexual exploitation, internet grooming, rape, CSE and sexual assault. 75% of the<br>victims were 13-17 years; 86% female; 80% BAME. Referrals from Children's Services,<br>health/GUM clinic, police and schools and colleges. 45 had long term weekly<br>therapeutic support at WISH. Outcomes: 89% had increased safety from sexual<br>exploitation/abuse. 88% increase in emotional resilience and positive coping<br>mechanisms. 72% stopped trauma reactions.90% of 38 who were self harming as a way of<br>coping with the impact of abuse stopped self harming. No suicides. | unrated |  |

##### Objective DSV10 To support children and young people who have been exposed to domestic abuse and their mothers, in their recovery to overcome any difficulties they have as a result.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV10.a | Continued commitment from Early Intervention Services to coordinate the Community Group Programme (Parenting Coordinator), including promotion, running costs and delivery. Delivery supported by facilitators from across the partnership. | Early Intervention Services – Charisse Monero | ongoing |  | unrated |  |

##### Objective DSV11 Ensure that vulnerable adults who are experiencing violence are safeguarded in line with Adult Safeguarding Policies and Procedures.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV11.a | Domestic violence and abuse is addressed as a key safeguarding issue in the Safeguarding Adults training. | Adult Safeguarding – Seamus Doherty | 2014 | This happen routinely and are and have been ongoing | unrated |  |
| DSV11.b | Delivery of multi agency training to staff who work with adults. | Adult Safeguarding – Seamus Doherty | 2014 | This happen routinely and are and have been ongoing | unrated |  |
| DSV11.c | Where there are safeguarding and violence issues identified, referrals are made to appropriate service. | Adult Safeguarding – Seamus Doherty | June 2015 | This happen routinely and are and have been ongoing | unrated |  |
| DSV11.d | Where there are high risk concerns in relation to safeguarding and domestic violence, a referral is made to MARAC. | Adult Safeguarding – Seamus Doherty |  | This happen routinely and are and have been ongoing | unrated |  |
| DSV11.e | Harrow to work in collaboration with other boroughs to provide services for which there is not enough demand in one borough e.g. LGBT, disability DV services. | Rebecka Steven | November 2015 | Safer London Foundation undertaking strategic assessment of the need for specific<br>services and to coordinate cross borough activity where need is identified. Awaiting<br>outcome of their review. | unrated |  |

##### Objective DSV12 Ensure appropriate housing solutions are available to victims of violence.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV12.b | Maintain service provision for Sanctuary Scheme to reduce homelessness among victims of violence. | Housing (Jane Fernley) | ongoing | Sanctuary scheme maintained, one person assisted under the scheme in 2014/2015.<br>Budget available in 2015/2016 but no cases to date. Information about the scheme has<br>been updated online and in the leaflet. | unrated |  |
| DSV12.c | Appropriate and stable housing accommodation for young people who have experienced violence (to avoid frequent moves – providing stability to address trauma). | Housing (Jane Fernley) | April 2016 | Housing Needs will offer information and advice on housing options. Due to high<br>demand and low supply choice is limited. A person under 18 would be referred to<br>Children's Services. | unrated |  |
| DSV12.d | Housing Team to develop a business card size leaflet for estates/repairs/maintenance operatives asking them to report any concerns that they have regarding domestic abuse when they visit our properties and undertaking 'toolbox talks' when the card is ready. | Housing (Jane Fernley) | December 2015 |  | unrated |  |

#### Section PART Partnership

##### Objective DSV13 Ensure a consistent coordination and delivery of an approach to violence across Harrow involving multi agency partners.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV13.a | Establish consistent and strong membership of the Strategy Group | Mike Howes | October 2015 | Ongoing – attendance variable. | unrated |  |
| DSV13.b | Maintain membership to the Harrow DSV Forum – develop this as a multi agency practitioners group, with a focus on best practise, development and lobbying. | Jan Irwin | January 2016 | Ongoing – attendance variable. | unrated |  |

##### Objective DSV14 Develop and implement leads from DSV in each key agency.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV14.a | Leads to act as a single point of contact in their own agency in relation to violence. | Strategy Group – Rebecka Steven | October 2015 | DSV Leads need to be clarified in a number of agencies – to be discussed and<br>allocated/ agreed if possible at next Strategy Group meeting. | unrated |  |
| DSV14.b | Leads to provide briefings and attend DSV Forum to keep abreast with developments both locally and nationally. | Leads. | January 2016 | To follow on from (a) above. | unrated |  |

##### Objective DSV15 Ensure that high risk victims of violence are identified and responded to using an effective multi agency framework, this includes young victims 16 and 17 year olds.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV15.b | All victims referred to MARAC receive advocacy support and advice. | MARAC – Lyndsey Dearlove | July 2014 | All referrals, referred to MARAC – referred on to IDVA before MARAC meeting for<br>offer of support and IDVA represents, 'voice of the victim at MARAC' | unrated |  |
| DSV15.c | Adopt Safe Lives recommendations via Self Assessment to support the progress of the MARAC. | MARAC and MARAC Chair – Lyndsey Dearlove | July 2015 | Self assessment occurred – action plan in place | unrated |  |
| DSV15.d | The Strategy Group should alert the LSCB of the gap in service, so that it can pose a challenge to the appropriate agencies. | Strategy Group/ LSCB | October 2015 | Capacity included in new contract specification | unrated |  |
| DSV15.e | Extend MARAC membership to include more health partners including GPs and A&amp;E. | MARAC Coordinator – Lyndsey Dearlove | April 2015 | Not completed – there has been an increase in health participation in MARAC. | unrated |  |

##### Objective DSV16 Implement the Met Police Pan London Child Sexual Exploitation Protocol

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV16.a | To identify those children at risk of being sexually exploited. | LSCB | December 2015 | Mark Wolski has undertaken to provide data for this objective to a future meeting of<br>the Strategy Group | unrated |  |
| DSV16.b | To identify patterns and prevalence to understand how child sexual exploitation can operate in an area and strategies adjusted in accordance with this knowledge. Identify work already being done with other vulnerable individuals such as teenage pregnancy, gangs, youth justice and Drug/Alcohol groups. | Strategy Group/ LSCB | ongoing | The LSCB's CSE sub committee receives and analyses data at each meeting and other<br>data is considered to put the linked risks into context, for example, missing<br>children, gangs, trafficking. | unrated |  |
| DSV16.c | To provide timely and effective interventions with children and families to safeguard those vulnerable to sexual exploitation. | Children and Families – Nasheen Singh/Tanju Mustafa | January 2015 | MASE Panel has been running since July 2014 and all children at risk of CSE are<br>referred to this panel. Risk assessments are completed and level of risk monitored<br>jointly with police, health, children social care and a number of other agencies.<br>Regular reviews are held to make sure all young people receiving appropriate<br>intervention. | unrated |  |
| DSV16.d | To apply proactive problem solving to address the risks associated with victims, perpetrators and locations and ensure the safeguarding and welfare of children and young people who are or may be at risk from sexual exploitation. | Children and Families – Nasheen Singh/Tanju Mustafa | 2015 | The CSE Risk Assessments have been in place since May 15 and now are being used<br>across the Children's Service directorate as well as the multi agency risk<br>assessment CSE tool for services. Children and young people are being assessed using<br>the CSE risk assessment tool and referred to MASE where the medium/high threshold is<br>met. A CSE Strategy meeting is usually convened prior to MASE. A CSE Safety Plan is<br>then implemented and feeds into the Child/YP's care plan. Where there are CSE<br>concerns the Strategy meeting and MASE will assess the care planning and<br>intervention/disruption around Perpetrators / locations in a multi agency response.<br>At the current time there are no reoccurring / significant hotspots/ evidence of<br>organised grooming networks. Where there is evidence of a perpetrator this is<br>assessed via the Police. There is ongoing preventative work (training/awareness)<br>around CSE (identifying signs and indicators) and to make appropriate referrals.<br>This is being completed through the LSCB and children's services where there is a<br>need identified in a service/organisation. CSE Champions Training is commencing in<br>September, representatives across Statutory and voluntary agencies in Harrow will<br>take part in training to become a CSE Champion and act as a conduit and feed into<br>the CSE Sub Committee Group with any developments and trends from their<br>organisation. | unrated |  |
| DSV16.e | To raise awareness and provide preventative education for the welfare of children and young people who are, or may be, sexually exploited. | Children and Families – Nasheen Singh/Tanju Mustafa | April 2015 | The CSE subgroup was established in Harrow late 2014, there are key members from<br>across Harrow contributing to the prevention and of CSE awareness. There have been<br>over 60 CSE champions who will start training in September 2015. We have also<br>conducted training across the council and with stakeholders. This work continues<br>with a clear action plan. | unrated |  |
| DSV16.f | Assess the use of Child Abduction Warning notices, Sex Harm Prevention Order (SHPO), Sexual Risk Order (SRO) or Antisocial Behaviour Orders (ASBO) and other measures to disrupt CSE. | Police - Mark Wolski. | 2016 |  | unrated |  |

##### Objective DSV17 Develop a more comprehensive database to evidence need and the effectiveness of interventions through better data collection and analysis

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV17.a | Collection of more comprehensive data on victims by characteristics (age, gender, disability ethnicity) to reveal trends. | Strategy Group – Rebecka Steven | April 2016 | A covering report on trends and data will be reported to the Strategy Group from the<br>next meeting. | unrated |  |

#### Section PERP Perpetrators

##### Objective DSV18 To ensure that perpetrators of violence who have substance misuse issues receive a coordinated response that is culturally specific.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV18.a | Develop a violence and substance misuse protocol between Police and substance misuse agencies to focus on responding to perpetrators from the point of arrest. | Public Health – Substance Misuse Commissioning – Bridget O'Dwyer | January 2015 | The protocol is not currently in place. New Substance Misuse Treatment and Recovery<br>Service (Provider WDP) to commence on 01/10/15 which will incorporate CJS specialist<br>staff. As a priority, the new service will develop robust joint working arrangements<br>with clear referral protocols and where appropriate, information sharing agreements.<br>The service will also deliver regular joint partnership training i.e. Identification<br>&amp; Brief Advice (IBA) - a structured advice in respect of alcohol consumption. The<br>new service will provide also be providing: Domestic Abuse – Time to Change<br>Programme. | unrated |  |
| DSV18.b | Proactively engage substance misusing offenders into treatment at the point of arrest, by way of the Arrest Referral Worker at Harrow police station. | Police – Mark Wolski and Westminster Drugs Project – Marie Tiquet | October 2014 |  | unrated |  |
| DSV18.c | Increase the use of Inspector's Authority drug testing in custody suites for perpetrators of violence. | Police – Mark Wolski and Westminster Drugs Project – Marie Tiquet | 2015 |  | unrated |  |

##### Objective DSV19 Where assessed as suitable, fathers who use violence are identified and given the opportunity to address their offending behaviours by accessing appropriate interventions.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV19.a | Ensure effective intervention is in place for cases known to Children and Families particularly where safeguarding concerns are highlighted. | Children and Families – Parmjit Chahal | April 2015 | Children's social care use a range of interventions where children are exposed to<br>incidents of domestic violence including: The use of safeguarding procedures<br>including an escalation process where children are made subject to child protection<br>plans; the legal framework and utilisation of the Public Law Outline; instigators of<br>violence asked to engage in perpetrator programmes as part of the CP or PLO Process;<br>victims being supported where appropriate to separate from violent relationships;<br>family work through a range of interventions including clinical input. | unrated |  |
| DSV19.b | Agree and implement a programme to support families known to children's social care. | Children and Families – Parmjit Chahal<br>Children and Families - Family Chana | April 2015 | The Harrow Domestic Violence Project is aimed at working with couples where there is<br>violence within the relationship and both adults want to remain together. Couples<br>for this initiative are carefully screened for safety and engage in a 20 week<br>systemically underpinned initiative involving weekly clinical sessions lasting<br>11/2hrs each week. Alongside this SDQ's will be used to measure the impact on<br>children together with direct work being undertaken by the allocated social worker.<br>This will be an initial pilot involving 10 couples which will be delivered by TCCR a<br>well known lead in couple relationships starting in October 2015. | unrated |  |
| DSV19.c | Support fathers to recognise and address their offending behaviours, and not use violence. | Children and Families – Parmjit Chahal | July 2017 | There is an emphasis on engaging father's as part of all interventions and where<br>required to commission appropriate resources including perpetrator programmes to<br>raise awareness. Social care interventions include direct work with children and<br>together with systemic input to assist fathers to gain improved insight into the<br>impact on children witnessing domestic violence. | unrated |  |

##### Objective DSV20 Ensure young perpetrators of violence are given the opportunity to address their offending behaviours by access to appropriate interventions.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV20.a | The Youth Offending Team to address the emerging pattern of young perpetrators of domestic violence. It should be noted that not all young people who are violent towards family members are charged and sentenced and become an open case to the YOT. Some Young People may be charged with ABH/ assault/ battery/ common assault rather than domestic violence conviction. | Children and Families – Youth Offending Team – Ann Garratt | April 2015 | In 2013/14 there were a number of young people who had been convicted of a crime and<br>there were concerns about violence in the family. In September 2013, out of 89 live<br>cases, 9 had recorded convictions which amount to Domestic Violence matters, (One<br>received a conditional discharge) Of the 9 cases convictions were recorded as<br>follows-<br>4x Assault by beating; 2x Assault Occasioning Actual Bodily Harm (ABH); 2x Common<br>Assault ; 1x Causing an Affray. Of the 9 cases identified as a domestic issue the<br>victims were as follows- 3 were against the mother; 2 were against the father; 3<br>were against a sibling, all were sisters; 1 was against a care home staff member<br>(Young person had been in placement for a number of months). | unrated |  |
| DSV20.c | Ensure the programme offers a concurrent service to support victims of violence. | Children and Families – Youth Offending Team – Ann Garratt | April 2016 | As part of the work within the Youth Offending Team a key responsibility is to<br>address the offending behaviour of the young people. The YOT has a victim liaison<br>officer who has contact with victims, to wherever possible involve them in the<br>Restorative Justice processes. | unrated |  |
| DSV20.d | Programme offers a colocated model at the YOT to support staff in assessing risk. | Children and Families – Youth Offending Team – Ann Garratt | April 2016 | Colocated model, see point above regarding decommissioning. We can access DV workers<br>in EIS. | unrated |  |

##### Objective DSV21 Perpetrators of violence are brought to justice via the criminal courts.

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV21.a | Special Domestic Violence Court (SDVC) protocol agreed and publicised to encourage victims to support prosecutions. | Brent Magistrates' Court and Harrow Council – Rebecka Steven | January 2016 | There are new arrangements under discussion and there will be changes when we<br>withdraw our IDVA from the Court. Rebecka Steven will attend the Courts Working<br>Group. | unrated |  |

### Plan VVE18 Community Safety and Violence, Vulnerability and Exploitation Delivery Plan

#### Section HV High Volume Crime

##### Objective HV1 Burglary

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| HV1.1 | Deliver the 'Be Safe' programme in September 2018 for on-going work (previously known as 'Autumn Nights') | Louis Smith Harrow Police | 2019/20 (continued) | 10 January 2019: Autumn Nights ran successfully with a snap shoot of the below statics.<br><br>TP Autumn Nights Strategic Objective 1 – Burglary reduction - In effect total burglary<br>down across Harrow OCU (as sourced from Cris)<br>2018 – 86<br>2017 – 92<br>2016 – 72<br>2015 – 105<br>Total Harrow personal robbery down on 2017 :<br>2018 – 6<br>2017 – 7<br>Total Knife possession up :<br>2018 - 2<br>2017 – 0 | Green | continue into 2019/20 |
| HV1.3 | Continue to work closely with the MET Police and Secured by design team to set principles to 'design out crime'. Continue to work closely with the local community including the youth in order to make sure the developments take into meaningful consideration their aspirations and concerns. | Cheryl Bannerman | review ongoing | All designs are submitted by secure for design.<br>All schemes will be fully consulted with the community. | unrated | continue into 2019/20 |
| HV1.4 | Disseminate recommendations to businesses and supply chain through business news letter as well as those engaging in employment support and training | Bali Rai Economic Development | review ongoing | information to be disseminated as it is made available – this is ongoing. | unrated | continue into 2019/20 |

##### Objective HV2 Non-domestic violence with injury

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| HV2.1 | Developing our response to the rise in crime and anti-social behaviour in Wealdstone Town centre through the Wealdstone Action Group | Alex Dewsnap, Divisional Director Strategic Commissioning | 2019/20 (continued) | The Wealdstone Action Group has held three community meetings from September 2018 to<br>May 2019. An officers' group has been meeting fortnightly to take forward the action<br>plan. A Wealdstone Traders Association has begun to meet monthly. The community has<br>reported a reduction in street drinking and some community groups have shown<br>interest in organising more community-based events with the support of stakeholders. | unrated | continue into 2019/20 |
| HV2.2 | Based on success of the Wealdstone Group, consider replicating this for South Harrow | Alex Dewsnap, Divisional Director Strategic Commissioning | 2019/20 (continued) | Walkabouts along Northolt Road as well as Grange Farm have been completed with<br>councillors from Roxeth, Roxbourne and Harrow-on-the-Hill in May. A newly-formed<br>South Harrow Action Group will meet regularly to take forward an action plan. A<br>research project, similar to that carried out in Wealdstone, has also been initiated<br>to identify strategies to address place-based community safety issues in South<br>Harrow. | unrated | continue into 2019/20 |
| HV2.3 | Building awareness across the partnership and frontline staff on serious organised crime Delivery of workshops | Safer Harrow &amp; Zara Baker, MET | 2019/20 (continued) | Seminars have been scheduled for the 30th Oct and 7th Nov for frontline staff.<br>Colleagues from SH have been asked to encourage their frontline staff to attend.  Due<br>to low take up, the Oct sessions had to be cancelled and there were 14 attendees at<br>the Nov session. | unrated | continue into 2019/20 |

##### Objective HV3 Anti-social behaviour (ASB)

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| HV3.1 | Use of tools and Powers such as Public Space Protection Orders to reduce incidents of anti-social behaviour in identified hotspots | Richard Le Brun , Head of Community Safety | review ongoing | This is ongoing but we also have invested in a Ecins which is the cloud bases IT<br>system to intelligence map and identify hotspot areas at an earlier stage for<br>application of the relevant resources | unrated | continue into 2019/20 |
| HV3.2 | Reduce incidents of repeat victims of anti-social behaviour by Multi-agency response to cases at Anti-Social Behaviour Action Group | Richard Le Brun , Head of Community Safety | 2019/20 (continued) | The ASBAG meets on a monthly basis to discuss cases that require a multi-agency<br>approach. Cases that require an urgent response will be triaged and the appropriate<br>partners will be invited to a separate meeting to discuss a plan of action to seek<br>to resolve the issues. The MPS, via Airspace, will log key information about ASB<br>incidents in terms of repeat caller's and victim vulnerability. The MPS has a top 50<br>of repeat callers, whereby Harrow has one entry, in 45th position. This caller has<br>already had joint reassurance visits from Police, the Community Safety Unit and the<br>RSL, along with the addition of a Harrow Council CCTV camera located on the road to<br>attempt to assist with the callers alleged concerns. A multi-agency approach is<br>proven to assist with ASB and incidents of criminality and most recently, can be<br>evidenced in Harrow by the closure of a premises in Churchill Place | unrated | continue into 2019/20 |
| HV3.3 | Continue to use existing and new tools to educate tenants and leaseholders to resolve incidents of anti-social behaviour at the earliest point. And to explore powers to take evidenced based action against tenants and leaseholders who commit anti-social behaviour. | Karen Connell, Head Resident Services | 2019/20 (continued) | 17 May 2019: Business as usual and that ASB continues to decline. | unrated | continue into 2019/20 |
| HV3.5 | Refer victims of ASB to victim support and obtain service user feedback | Richard Le Brun , Head of Community Safety<br>Karen Connell, Head of Resident Services | 2019/20 (continued) | ASB victims are screened and risk assessed prior to referral to the victim worker.<br>Those deemed suitable either due to vulnerability, complexity of the issue or<br>sensitive nature of the complaint, are the referred and contact is made by the<br>victim worker. Feedback on the quality of service is sought through the ASB<br>satisfaction survey.<br><br>More serious cases ASB are refered to Victim worker enableing continued support<br>throught the processes. This form form atrtending court and giving evidence. Cases<br>are also reported to Victim Support Scheme on a cases by case bases risk assessment | unrated | continue into 2019/20 |
| HV3.6 | Develop the process for victims satisfaction surveys ensure they have received appropriate support and advice | Richard Le Brun , Head of Community Safety | review ongoing | On going business as normal<br>A process for Victim Satisfaction Surveys is currently in place and is reviewed<br>during the 6 month evaluation process. Any adverse comments from surveys are<br>reviewed and action taken as appropriate. | unrated | continue into 2019/20 |
| HV3.7 | 'Call backs' to victims of ASB, evaluate and analyse the data and surveys | Richard Le Brun , Head of Community Safety | review ongoing | On going business as normal<br>We currently use the survey as our means of feedback from victims. This is collated<br>and analysed every 6 months and fed back to the team. We have recently initiated a<br>call back system for victims who fail to respond to the survey, in order to try and<br>achieve a more complete picture on how we deal with victims. | unrated | continue into 2019/20 |

#### Section HH High Harm Crime

##### Objective HH1a Youth violence, weapon based crime and vulnerability &amp; exploitation (including gang crime, and Child Sexual Exploitation)

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| HH1a.1 | Analysis of local data to enable the development of a problem profile which underpin Harrow’s Strategy on Violence, Vulnerability and Exploitation | David Harrington, Head of Business Intelligence | 2019/20 (continued) | An annual strategic assessment and quarterly updates on are produced based on<br>published crime data.<br><br>Access to police analyst resource to produce detailed information on crime below<br>this level is limited. Exploring options at BCU level and also looking at potential<br>for Council analyst to access police data. From November 2018, MOPAC are funding 4<br>analysts across London for County Lines / Safeguarding work, with an allocation to<br>Harrow of 2 days per month. | unrated | continue into 2019/20 |
| HH1a.3 | The above linking into the daily intelligence meeting (TBA) | Richard Le Brun, Head of Community Safety | review ongoing | Ecins is the software that will be used to drive the intelligence picture enabling<br>to have a more proactive focus around young people. This system will be used at the<br>VVE daily briefing. The VCS who are attached to this software will be able to share<br>the information so that it is a formed process and live decisions can be made. | unrated | continue into 2019/20 |
| HH1a.4 | Develop a partnership response to tackling knife crime, linked to Mayor's strategy for reducing knife crime | Richard Le Brun, Head of Community Safety | review ongoing | A Knife Crime Action Plan has been produced in partnership with members of Safer<br>Harrow and submitted to MOPAC | unrated | continue into 2019/20 |
| HH1a.5 | Youth Offer, including Street Doctors Programme delivered to enable young people to respond to incidents of knife crime Youth Offending Service will Evaluate the impact of this Programme and determine whether it can be re-commissioned for a further year, or expanded | Mark Scanlon Head of Service for Early Support and YOT | 2019/20 (continued) | This continues to be found useful by YOT and Youth Offer clients.<br><br>In addition to specific programmes of 1:1 work and small groups with YOT<br>practitioners YOT clients benefit from access to a wide range of related contextual<br>safeguarding programmes including<br>• School Engagement Projects (resilience building programmes for "at risk" students)<br>• Further support to Ignite for a full time gangs outreach worker<br>• Unblurred lines – drama workshops for students regarding sexual, criminal and online<br>exploitation and safer relationships.<br>• WISH: to promote awareness and support of young people at risk of sexual assault,<br>CSE, digital exploitation and support with self-harming behaviours.<br>• Synergy theatre company of previous offenders dramatizing workshops about effects<br>and consequences of criminal behaviour<br>• Tallships residential sailing course for YOT Boys and Harrow School Boys to spend<br>time breaking down social barriers and developing team work and leadership skills.<br>• Goldseal music and enterprise workshops for YOT (and since 2019 also YOUTH) clients<br>to develop music production and entrepreneurial expertise and<br>certification/qualifications<br>• Engagement with the “No knives better lives” project run jointly with courts and met<br>police delivering workshops with relatives of knife crime victims and targeted young<br>people known to YOT<br>• Other VCS partners including Khulisa, Abianda, Safer London and St Giles Trust who<br>deliver 1:1 support to young people identified at risk of county lines activity<br>accessed through the London wide rescue and response service<br>• Implementation of eCINS secure information sharing platform for working across the<br>borough, capital and nationally regarding cohorts of known young people, places and<br>vehicles.<br>• A parenting practitioner has been employed to deliver targeted interventions to 100<br>parents using a contextual safeguarding and strengthening families approach with<br>local schools.<br>• Work with University of Bedfordshire with the leading proponent of Contextual<br>Safeguarding Dr Carlene Firmin, MBE to deliver awareness raising and operational<br>training events to a wide range of council and key partner agency staff.<br><br>In terms of theoretical approaches Harrow are also in consideration of how to<br>implement a public health based approach to knife crime in a more meaningful way<br>than just adopting the words. Alongside this there is consideration of a Ripple<br>Effect Intervention Approach (such as has been implemented with the Wealdstone<br>Action Group). | unrated | continue into 2019/20 |
| HH1a.6 | Enable friends &amp; family to seek support for YP through contact with Xcite &amp; Learn Harrow | Victoria Isaacs Economic Development | review ongoing | Verbal advice is given on general package of support. | unrated | continue into 2019/20 |
| HH1a.8 | Series of primary schools based engagement programmes aimed at raising general awareness around crime and personal safety (for Academic year September 2018) | Harrow MPS | 2019/20 (continued) | All Harrow primary schools will be invited to attend Junior Citizen 17th June for<br>three weeks to community citizenship style scenarios. This includes gangs/knife<br>crime presentations. ASB scenarios from the STT, BTP do an input, drug and alcohol<br>scenarios etc from school nurses. | unrated | continue into 2019/20 |

##### Objective HH3 Domestic and sexual abuse

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| HH3.1 | IDVA (Independent Domestic Violence Advocate) support to 240 new cases per year. | Hestia | quarterly | \- Between 2018-2019, Harrow Council's IDVA service dealt with 358 high- risk cases of<br>domestic abuse – which exceeds the annual target of 240.<br><br>An additional 81 Harrow residents admitted to Northwick Park Hospital A &amp; E and<br>maternity wards identified as experiencing domestic abuse were referred to the MOPAC<br>funded IDVA service based at the hospital and managed by Victim Support. This brings<br>the total number of high-risk domestic cases to 439 – an extra 143 on the previous<br>year.<br><br>- During 2018-2019 17 women and 24 children from Harrow were accommodated in DV<br>refuges in other London boroughs.<br><br>Exit interviews - Completion rates remain low, due to difficulties in engaging<br>clients after they have exited the service- particularly among clients referred<br>through the MASH. Hestia has recently put in place measures to obtain feedback from<br>clients once they have exited the service. | unrated | continue into 2019/20 |
| HH3.2 | Training with partner organisations to ensure they are confident in the referral process; six days minimum of MARAC training per year to be provided referring agencies and MARAC members | Farah Ikram | quarterly | The number of high risk cases referred to MARAC during 2018-2019 increased from an<br>average 16 cases per month in 2017-2018 to 22 cases per month. The majority of<br>referrals to MARAC were from the police, the IDVA service and Harrow Children's<br>Services. We continue to work closely with the MARAC chair and members to improve<br>referral rates and support the victim to remain safe.<br><br>Between 2018-2019 training on the process for referring cases to the monthly MARAC<br>was provided to the local Police service, Mental Health services and local service<br>providers.<br><br>MARAC leads were also provided with training to help improve their understanding of<br>the function of MARAC and to help improve performance. | unrated | continue into 2019/20 |
| HH3.5 | Continue to deliver the Couples Programme, and consider options for sustainable funding of this programme | Parmjit Chahal, Head of Service for Children's Access | 2019/20 (continued) | The second evaluation of the Harrow Tavistock Safer Relationships Programme reflects<br>the positive findings of the first pilot with growing evidence that working with<br>carefully screened couples where there have been incidents of parental<br>conflict/violence leads to no further violence during the intervention and a<br>reduction in repeat violence and a reduction of referrals into statutory services<br>with improved outcomes for children.<br><br>Further funding has been secured through working with the Tavistock Relationships<br>for the intervention to be offered to Couples prior to the need for statutory<br>services.<br><br>Funding to continue the initiative in a statutory safeguarding setting continues to<br>be explored. For now this evidence based response to domestic abuse where couples<br>choose to remain together is on hold until funding is secured to fund the<br>infrastructure that enables the programme to be run safely and for trained family<br>therapists to deliver the intervention with couples | unrated | continue into 2019/20 |
| HH3.7 | Explore better opportunities to share information with existing VCS organisations that deliver DSV services in Harrow and other statutory bodies | Farah Ikram | ongoing | The Council's website has been updated to include contact details of national,<br>pan-London and local domestic and sexual violence services. | unrated | continue into 2019/20 |
| HH3.8 | Raise awareness of the services through the Harrow Domestic and Sexual Violence Forum to encourage an increase in signposting, referrals and usage. | Farah Ikram | ongoing | Data available from April-December 2019 shows that the Pan-London Domestic and<br>Sexual Violence Helpline received over 620 calls from Harrow residents. A further<br>280 accessed advice and counselling services provided through the partnership.<br><br>Asian Women’s Resource Centre (AWRC) holds regular DV information advice sessions at<br>Harrow Civic Centre. Feedback indicates that significant proportion of Harrow<br>clients that attend the monthly advice sessions have No Recourse to Public Funds<br>status. Local service providers are also accessing free training provided through<br>the Ascent programme, including training on working with perpetrators, and improving<br>awareness and knowledge of housing options for victims. We will continue to promote<br>details of up and coming training and development opportunities for local services. | unrated | continue into 2019/20 |
| HH3.9 | Review the information on the Council’s website and make the necessary changes. | Farah Ikram | ongoing | The Domestic Abuse section on the Council’s website has been updated to include<br>details of partner organisations and local service providers offering domestic<br>violence services. Children’s Services is working in partnership with a range of<br>third sector providers, including the Asian Women’s Resources Centre, and are<br>signposting victims and families that are experiencing domestic violence to monthly<br>advice surgeries. | unrated | continue into 2019/20 |
| HH3.10 | Make timely referrals to employment/training support to build confidence and independence | Victoria Isaacs Employment &amp; Skills | ongoing | Social workers and housing staff are regularly reminded of Xcite offer. Additional<br>funds have been secured to continue with up skilling people in low paid jobs, to<br>increase economic independence. News letters are being distributed to highlight job<br>opportunities, workshops and training options for professionals | unrated | continue into 2019/20 |

##### Objective HH4a Drug and alcohol misuse

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| HH4a.6 | Undertake a trial of the DISC information sharing system to help address VVE in the Town centre ???? | Tanya Sprunks and Paul Gamble | March 2019 | This is progressing and several schools, including Harrow High have signed up to the<br>information sharing agreement to be part of the DISC system.<br><br>This is now left in the hands of Insp Bradley who has Police ownership of schools<br>and the Business Improvement District (BID) as well as the Serious Incident Group<br>(SIG-Schools Group) | unrated |  |

##### Objective HH4b Drug and alcohol misuse

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| HH4b.1 | Specialist caseload management of all prison release service users to support through treatment and recovery | Service Manager, WDP | 2019/20 (continued) | Transfer rate from prison to the community.<br>Q2: 1.7.16-30.6.17 10.3%<br>Q3: 1.10.16-30.9.17 15.4% | unrated | continue into 2019/20 |
| HH4b.2 | Specialist Prison Link Worker that in-reaches to prison establishments: Bridging the gap for service users between Harrow Substance Misuse Services and HMP. Assessing, engaging and providing support to service users being released from prison to maximise their engagement with community services on release. | Service Manager, WDP | 2019/20 (continued) | Q4: 1.1.17-31.12.17 16.0%<br>Q1: 1.4.17-31.3.18 19.7%<br>Q2: 1.7.17-30.6.18 16.9%<br>Q3: 2018/19 13.0%<br><br>\*Public Health England (PHE) is currently reviewing prison release data reported to<br>National Drug Treatment Monitoring Service i.e. numbers of detainees in treatment<br>that have been referred to the community service . Local Provider referral-in<br>figures do not appear to equate to prison release data.<br><br>The WDP Prison Link Worker continues to build good rapport with the Forward Team at<br>HMP Wormwood Scrubs who provide essential information about an individual's needs<br>and what support they may require on release. This enhanced joint working is also<br>increasing timely notifications of release dates which enable WDP to prepare for an<br>individuals transfer from prison treatment to community treatment i.e. pre- booked<br>medical appointments. The Prison Link Worker has commenced prison visits - reviewing<br>approximately 4-6 individuals each week who are due to be released within the next<br>few weeks in order to increase seamless care at the interface. This process enables<br>those newly released to receive a prescription without going through lengthy<br>assessment process first as the most recent assessment will be in place. | unrated | continue into 2019/20 |
| HH4b.3 | Engage Skills &amp; Employment teams for current opportunities and Local Labour market support | Victoria Isaacs Skills &amp; Employment | ongoing | Very low levels of referral . Clients assessed and taken on employment brokerage<br>case load where Xcite can effectively support, or referred to Work &amp; Health<br>programme if this is more appropriate | Green | continue into 2019/20 |

##### Objective HH5 Extremism and hate crime

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| HH5.1 | Delivery of WRAP Training to all statutory partners | Samia Malik, Community Cohesion Lead | 2019/20 (continued) | The programme of monthly WRAP training sessions continue and are open to staff<br>across the Council and partner agencies. These are promoted via Harrow Children’s<br>Safeguarding Board and the Adult Safeguarding Board, as well as via the Council’s<br>internal communications.  Individual sessions are arranged with schools, colleges and<br>other partners on request. | unrated | continue into 2019/20 |
| HH5.2 | Community Engagement activity with Community Leaders | Samia Malik, Community Cohesion Lead | 2019/20 (continued) | A very well attended Community Round Table event took place on 25th September, where<br>local community leaders had the opportunity to hear from the Home Office regarding<br>Prevent and ask questions. We have received positive feedback – both from the Home<br>Office and from attendees. | unrated | continue into 2019/20 |
| HH5.3 | Delivery of the Local Prevent Programme | Samia Malik, Community Cohesion Lead | 2019/20 (continued) | In 2018/19 the Council received no Prevent project funding from the Home Office. We<br>have been put on standby that Harrow is likely to lose Coordinator funding in<br>2019/20. Despite this the Local Authority is required to continue to meet the<br>requirements of the Prevent Duty. | unrated | continue into 2019/20 |
| HH5.4 | Effective delivery of Channel arrangements | Mark Scanlon, Head of Early Support &amp; Samia Malik, Community Cohesion Lead | 2019/20 (continued) | Multi agency Channel arrangements are in place and operating well in Harrow. We<br>continue to monitor updates regarding the role out of Dovetail in London. | unrated | continue into 2019/20 |
| HH5.5 | Review arrangements for hate crime reporting | Richard Le Brun, Head of Community Safety &amp; Samia Malik, Community Cohesion Lead | 2019/20 (continued) | Harrow continues to contract Stop Hate UK to provide third party reporting<br>arrangements, and promotes this service through all Council communication channels,<br>as well as via partners. Reporting via this means continues to remain low. Figures<br>presented at the September Safer Harrow meeting indicate an increase in faith and<br>race hate crime. These are being further analysed. | unrated | continue into 2019/20 |
| HH5.7 | Through victim satisfaction surveys increase confidence to report incidents | Richard Le Brun, Head of Community Safety | 2019/20 (continued) | To be established and gain enough feedback to fully understand the impact | unrated | continue into 2019/20 |

### Completed and removed (24)

| ID | Action | Lead(s) | Deadline or review | Latest update | RAG | Decision |
| --- | --- | --- | --- | --- | --- | --- |
| DSV12.a | Develop and implement Harrow Housing Domestic Abuse Policy. | Housing (Jane Fernley) | October 2014 | Completed. | unrated | complete |
| DSV15.a | Continue to deliver the MARAC locally. | Strategy Group – Mike Howes | April 2015 | Complete as of 1 April 2015 | unrated | complete |
| DSV20.b | Agree and deliver a programme for teenagers who use violence in their own interpersonal relationship and towards family members (YUVA). | Children and Families – Youth Offending Team – Ann Garratt |  | As a result YOT commissioned YUVA to deliver direct work in 2014/15. This has been<br>decommissioned as the number of referrals (4) did not justify a bespoke service. | unrated | decommissioned |
| HV1.2 | Take forward recommendations from the Locality Assessment into community engagement around violence, vulnerability and exploitation, and integrate into the Delivery Plan | Alex Dewsnap, Divisional Director Strategic Commissioning | September 2018 | Elements of this have been taken forward, especially with the approach in<br>Weladstone, but resources and capacity are the key barriers to full implementation. | unrated | remove |
| HV3.4 | Consider designing a consultation on Anti-social behaviour working directly with young people in its design and delivery | Alex Dewsnap, Divisional Director Strategic Commissioning | December 2018 | Engagement has been started with the Harrow Youth Parliament but no proposals have<br>been developed to date. Young People's Needs Assessment carried out in early 2018<br>does support this with 4,500 reponses.<br><br>Based on engagement with the Harrow Youth Parliament in 2018 and 2019, we would<br>recommend that this action is integrated into the approach of all major initiatives<br>for the delivery of the VVE strategy in future rather than keep as a separate<br>action. | unrated | remove |
| HH1a.2 | 2 year fixed term FTE appointment of a gangs worker to provide targeted support to reduce the number of young people involved in youth violence and gang crime in the Rayners Lane Estate and South Harrow area | Ignite | June 2019 | Outcomes<br>Across the two years of the deliver for this project, it has been too premature to<br>measure the development in the reduction in children and young people coming to<br>notice via MERLIN CTN and Custody Records, Overall the team have engaged with 108<br>young people during our detached sessions. Of these 108 young people:<br>- 62 have demonstrated improved self-efficacy<br>- 45 have started making positive choices<br>- 35 have increased their aspirations and hope for the future<br><br>Outputs<br>Outputs include 99 individual young people have engaged in positive activities; 217<br>sessions have been delivered, which include 78 mentoring sessions and 139<br>employment/education support sessions have been delivered; and positives activities<br>such as Boxing/Employment, Music Project, Basketball sessions and Gym memberships. | unrated | complete |
| HH1a.7 | Theatre project delivered in 4 secondary schools working with young people at risk of entering the criminal justice system | Synergy | March 2019 | Over the last year Synergy has delivered four creative, art and drama programmes to<br>prevent youth violence across Harrow; engaging 950 young people.<br><br>92% of young people who watched the Synergy Play/Film said that it helped them to<br>understand the effect and consequences of criminal behaviour<br><br>90 % Communicated aspirations to pursue similar projects and further arts based<br>opportunities<br><br>80% of young people found the experience of interacting with ex-offenders useful | unrated | complete |
| HH1a.9 | Engage with MOPAC over plans for years 3/4 for the London Crime Prevention Fund projects Agreed funding and programme of activity for April 2019 | Mohammed Ilyas Policy Team | March 2019 | The Council has successfully commissioned projects under the LCPF programme for<br>2019-21 | unrated | complete |
| HH1b.1 | 2 year fixed term part time worker to generate a cultural shift within schools on the issue of sexual assault, CSE, and digital exploitation violence, and promote a culture of awareness | The Wish Centre &amp; Parmjit Chahal, Head of Service for Children's Access | March 2019 | Achievements<br>• 10 schools engaged in the project with work ongoing with Whitmore, Bentley Wood,<br>Helix, Nower Hill and Alpha Preparatory Schools.<br>• Over 500 children engaged in the project<br>• Over 70 teachers engaged in the project<br>• Over 50 children and young people supported<br>• The project has also provided training and advice for 41 frontline workers in Harrow<br>in the CLA team; Social workers, Foster Carers, MASH, Police, Missing and Gangs<br>Workers, Sexual Health, college staff, Relate counsellors and others on<br>understanding the latest developments in Digital Sexual Exploitation and how this<br>impacts on young people at risk of or experiencing CSE.<br>• Early help support work has also been done advising 21 parents and carers of the<br>risks of social media and CSE, aimed at a younger age group of Years 5 and 6.<br><br>Analysis / Impact<br>• 1-2 targeted schools evidence the impact in preventing and reducing crimes of sexual<br>assault and digital exploitation by 50% against reporting baselines (long term<br>outcome over 2 years)<br>• 72% of 512 children and young people in Years 9 and 10 report a greater awareness of<br>the risks of digital exploitation and an improved sense of safety about prevention<br>of sexual assault.<br>• 80% of 74 school staff have an increase in confidence, knowledge and procedures to<br>create a school culture of challenge and support.<br>• 70% of young 10 victims supported report a significant improvement in their sense of<br>safety from repeat victimisation. The evidence for this outcome will be measured via<br>a tool called the Young Persons Core.<br>• 76% of 54 children and young people who have been victims of Child Sexual<br>Exploitation or sexual abuse who have accessed the long term support of the project<br>report significant improvement in their sense of safety from repeat victimisation,<br>evidenced by Young Person's Core.<br>64.5 % of 31 CSE victims evidenced a significant improvement in their recovery from<br>the impact of the abuse. | unrated | complete |
| HH1b.2 | Produce a combined multi-agency training package which can be delivered as a single course or split into different levels e.g. (a) prevention and identification (b) responding to FGM (and risk of). | Carole Furlong, Director of Public Health | March 2019 | A multi-agency Training package has been developed and is in place supported by HSCB<br>Learning and Development Programme | unrated | complete |
| HH1b.3 | Develop new local FGM guidance and disseminate it across the Borough | Carole Furlong, Director of Public Health | March 2019 | A new local FGM guidance for safeguarding children has been produced by the FGM Lead<br>and is awaiting HSCB endorsement, which will then be disseminated across the<br>Borough. | unrated | complete |
| HH2.1 | Complete a baseline document on modern slavery, arising from an information gathering exercise / gap analysis undertaken in conjunction with stakeholders. | Nahreen Matlib, Senior Policy Officer | June 2018 | Baseline completed and presented to task and finish group on 25 June. | unrated | complete |
| HH2.2 | Develop an action plan to address the gaps identified through the baseline research | Nahreen Matlib, Senior Policy Officer | July 2018 | Action plan has been developed and is regularly reviewed by the task and finish<br>group, which last met 14 January 2019.. | unrated | complete |
| HH2.3 | Deliver the action plan | Modern slavery multi-agency task &amp; finish group | April 2019 | Task and finish group has determined that the action plan should aim to complete in<br>Spring 2019 following the conclusion of the ECPAT pilot (ends March 2019) and the<br>delivery of the joint safeguarding conference which focussed on modern slavery (25<br>January 2019) and evaluation of conference thereafter to ensure the learning has<br>been<br>embedded into practice.  The action plan for the Modern Slavery task and finish group<br>is provided separately to Safer Harrow for more detail. The action plan was last<br>updated following the task and finish group meeting on 14 January. | unrated | complete |
| HH2.4 | Embed the Be Safe, Stay Safe messages and advice in all Employment &amp; Skills guidance from the Council. Include Employment Rights in the advice. | Victoria Isaacs Economic Development | ongoing | This is part of verbal advice given as part of support package | unrated | complete |
| HH3.3 | Increase in number of social workers who have been provided with specialist Domestic Violence training by the Service Provider (Hestia) which is required to deliver a minimum of six days' training on Domestic Violence to frontline staff in Children's Services each year | Farah Ikram | quarterly | Between 2018-2019, over 1000 cases referred to children's services were identified<br>as experiencing some level of domestic abuse - an increase of just over 150 since<br>2017-2018. 11 social workers based in Children Services have been provided with formal<br>training on the MARAC referral process.<br><br>Social workers were also provided with 1:1 advice and guidance by the IDVA based in<br>the MASH (Multi Agency Safeguarding Hub) on carrying out risk assessments and<br>developing robust safety plans and identifying suitable housing solutions for<br>victims of domestic abuse and their families.<br><br>A further 11 social workers and support staff from Children's Services attended<br>training on domestic abuse, organised by the Harrow Safeguarding Board. | unrated | complete |
| HH3.4 | Consider how the business case for a local perpetrator programme can be sustainably funded in Harrow | Harrow Domestic and Sexual Violence Forum &amp; Farah Ikram, Policy Officer | December 2018 | Paper was produced and tabled at DSV Forum and Safer Harrow meetings in<br>January/February 2018, with a view to exploring more cost effective/long term<br>solutions and opportunities to participate in initiatives arising from the BCU<br>merger. | unrated | complete |
| HH3.6 | Investigate all options available for funding services currently provided under the Domestic and Sexual Violence contract; areas being explored will include MOPAC, Hestia to reduce costs of contract; external funding options etc. | Rachel Gapp, Head of Policy | September 2018 | Approval of £200k of LCPF towards Domestic violence contract to March 2021.<br><br>- External bids: the Council successfully bid for £194,000 of funding from MHCLG to<br>support victims of domestic violence with complex needs access refuges and<br>specialist accommodation. This was a joint bid led by Harrow and Hestia, in<br>partnership with Ealing and Slough LAs and will support over 300 victims across<br>three boroughs and funding is secured until March 2020. Delivery of the project<br>commenced in April 2019 and outcomes will be reported on as of July 2019.<br><br>Victim Support has been re-commissioned by MOPAC to deliver the pan-London<br>Integrated Victim and Witness Service, which will be aligned aligned to the North<br>West BCU. From<br>April 2019 – March 2021, there will be two full-time IDVA's – one based at Northwick<br>Park Hospital and another co-located at Colindale and Wembley safeguarding hubs.<br><br>The Pan –London service will also provide victims with access to IDVAs based at<br>Witness Care Units and specialist IDVAs to provide tailored support to LGBT,<br>disabled , victims and those of African heritage. | unrated | complete |
| HH4a.1 | Conduct a needs assessment using data from Compass YPSMS and other local sources including, School health assessment, and carry out community and stakeholder consultation to ascertain and determine the level of need of Young People who are at risk of grooming for supply of substances 3-6 months and to increase knowledge and understanding of level of under 18's involved in supply of illicit substances in Harrow by sharing service level data throughout the project term. | Compass | July 2019 | Needs Assessment completed with evaluation and recommendations. | unrated | complete |
| HH4a.2 | Identify local hotspot areas where drug dealing is known in the borough | Compass | July 2019 | Upon our research and conclusions from the Needs Assessment (see report); areas of<br>where local hotspots for Drug Dealing has now been identified.<br><br>As above, evaluations and recommendations have been put forward to address these. | unrated | complete |
| HH4a.3 | Deliver a series of workshops and assemblies to at least 90% of High Schools in the Harrow | Compass | July 2019 | Work continues to deliver assemblies across the High Schools in the borough.<br><br>These have been delivered to Rooks Heath, Harrow High, Salvatorian High and Whitmore<br>High<br><br>We have buy – in and agreement to deliver the rest of these to the other High<br>Schools in the borough aside from Sacred Heart and Bentley Wood.<br><br>Work continues to reach out to these 2 schools with the support of Gavin Baker<br>(Education Lead – Harrow Council) to encourage them to engage with Compass on the<br>specification of the project. | **Amber** | complete |
| HH4a.4 | Deliver a number of 1-2-1 prevention sessions on awareness of drug dealing and to include strategies and mechanism to attain this | Compass | March 2019 | The Drug Dealing Prevention Worker has engaged 19 young people who are involved in<br>drug dealing or are on the cusp of drug dealing, i.e. associations or gang members<br>and are delivering 1-2-1 intervention and prevention session with them.<br><br>In addition, from the work with the schools as above, we are working closely with<br>them to identify those young people who they feel are involved in this type of<br>activity and those who the schools feel would benefit from engaging in 1-2-1<br>sessions to deliver both prevention work and intervention work. | **Amber** | complete |
| HH4a.5 | Deliver a number of 1-2-1 intervention sessions for young people who are involved in drug dealing and to provide and develop an exit strategy for them to leave and access PAYP (Positive Activities for Young People) | Compass | March 2019 | Have supported 3 clients to move away from drug dealing activity into meaningful<br>activities including i. Working for a marketing company; ii. Engaging in YP<br>activities in residential placement &amp; iii. Accessing a motor mechanics course. Two<br>of these clients have been discharged from the service as positive outcomes whilst<br>the other remains on the caseload. | **Amber** | complete |
| HH5.6 | Victim Support worker in place to support victims of Hate Crime | Richard Le Brun, Head of Community Safety | March 2019 | Worker in place | unrated | complete |

## Who owes what

### Adult Safeguarding – Seamus Doherty (DSV1517, 4 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV11.a | Domestic violence and abuse is addressed as a key safeguarding issue in the Safeguarding Adults training. | unrated | 2014 | overdue |
| DSV11.b | Delivery of multi agency training to staff who work with adults. | unrated | 2014 | overdue |
| DSV11.c | Where there are safeguarding and violence issues identified, referrals are made to appropriate service. | unrated | June 2015 | overdue |
| DSV11.d | Where there are high risk concerns in relation to safeguarding and domestic violence, a referral is made to MARAC. | unrated |  | open |

### Brent Magistrates' Court and Harrow Council – Rebecka Steven (DSV1517, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV21.a | Special Domestic Violence Court (SDVC) protocol agreed and publicised to encourage victims to support prosecutions. | unrated | January 2016 | overdue |

### Children and Families - Family Chana (DSV1517, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV19.b | Agree and implement a programme to support families known to children's social care. | unrated | April 2015 | overdue |

### Children and Families – Nasheen Singh/Tanju Mustafa (DSV1517, 3 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV16.c | To provide timely and effective interventions with children and families to safeguard those vulnerable to sexual exploitation. | unrated | January 2015 | overdue |
| DSV16.d | To apply proactive problem solving to address the risks associated with victims, perpetrators and locations and ensure the safeguarding and welfare of children and young people who are or may be at risk from sexual exploitation. | unrated | 2015 | overdue |
| DSV16.e | To raise awareness and provide preventative education for the welfare of children and young people who are, or may be, sexually exploited. | unrated | April 2015 | overdue |

### Children and Families – Parmjit Chahal (DSV1517, 3 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV19.a | Ensure effective intervention is in place for cases known to Children and Families particularly where safeguarding concerns are highlighted. | unrated | April 2015 | overdue |
| DSV19.b | Agree and implement a programme to support families known to children's social care. | unrated | April 2015 | overdue |
| DSV19.c | Support fathers to recognise and address their offending behaviours, and not use violence. | unrated | July 2017 | overdue |

### Children and Families – Paul Hewitt and partner organisations (DSV1517, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV8.b | Embed findings from Harrow LSCB quality assurance regular multi agency audits. | unrated | ongoing | open |

### Children and Families – Youth Offending Team – Ann Garratt (DSV1517, 3 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV20.a | The Youth Offending Team to address the emerging pattern of young perpetrators of domestic violence. It should be noted that not all young people who are violent towards family members are charged and sentenced and become an open case to the YOT. Some Young People may be charged with ABH/ assault/ battery/ common assault rather than domestic violence conviction. | unrated | April 2015 | overdue |
| DSV20.c | Ensure the programme offers a concurrent service to support victims of violence. | unrated | April 2016 | overdue |
| DSV20.d | Programme offers a colocated model at the YOT to support staff in assessing risk. | unrated | April 2016 | overdue |

### Children and Family Services (DSV1517, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV5.a | Key statutory partners to disseminate FGM guidelines to members of staff. | unrated | 2015 | overdue |

### Early Intervention Services - Charisse Monero (DSV1517, 3 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV9.a | Fully establish and embed the Young Persons Advocacy Programme. | unrated | April 2015 | overdue |
| DSV9.b | Young Persons Advocate, with the support of CAADA (now Safe Lives), to develop and embed a locally recognised care pathway, manage cases, attend Vulnerable Young Persons Panel and attend MARAC. | unrated | April 2015 | overdue |
| DSV10.a | Continued commitment from Early Intervention Services to coordinate the Community Group Programme (Parenting Coordinator), including promotion, running costs and delivery. Delivery supported by facilitators from across the partnership. | unrated | ongoing | stale |

### Housing (Jane Fernley) (DSV1517, 3 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV12.b | Maintain service provision for Sanctuary Scheme to reduce homelessness among victims of violence. | unrated | ongoing | open |
| DSV12.c | Appropriate and stable housing accommodation for young people who have experienced violence (to avoid frequent moves – providing stability to address trauma). | unrated | April 2016 | overdue |
| DSV12.d | Housing Team to develop a business card size leaflet for estates/repairs/maintenance operatives asking them to report any concerns that they have regarding domestic abuse when they visit our properties and undertaking 'toolbox talks' when the card is ready. | unrated | December 2015 | overdue |

### Jan Irwin (DSV1517, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV13.b | Maintain membership to the Harrow DSV Forum – develop this as a multi agency practitioners group, with a focus on best practise, development and lobbying. | unrated | January 2016 | overdue |

### LSCB (DSV1517, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV16.a | To identify those children at risk of being sexually exploited. | unrated | December 2015 | overdue |

### LSCB – Coral McGookin (DSV1517, 4 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV4.a | Delivery of multi agency violence identification training to members of the statutory, voluntary and community sector. | unrated | April 2015 | overdue |
| DSV4.b | Delivery of the CAADA Supported Young People's Programme, including training focused on understanding domestic violence among young people in their own abusive relationships and assessing risk. | unrated | April 2015 | overdue |
| DSV5.b | Monitor upward trend of FGM and assess the need for specific services. | unrated | ongoing | open |
| DSV8.a | procedures into front line practice. | unrated | ongoing | open |

### MARAC – Lyndsey Dearlove (DSV1517, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV15.b | All victims referred to MARAC receive advocacy support and advice. | unrated | July 2014 | overdue |

### MARAC and MARAC Chair – Lyndsey Dearlove (DSV1517, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV15.c | Adopt Safe Lives recommendations via Self Assessment to support the progress of the MARAC. | unrated | July 2015 | overdue |

### MARAC Coordinator (Lyndsey Dearlove) and MARAC Chair. (DSV1517, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV3.a | MARAC Awareness – 4 sessions per year. | unrated | annually | open |

### MARAC Coordinator – Lyndsey Dearlove (DSV1517, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV15.e | Extend MARAC membership to include more health partners including GPs and A&amp;E. | unrated | April 2015 | overdue |

### Mike Howes. (DSV1517, 3 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV3.b | Domestic Violence: Recognise and Respond – Policy Team providing information to trainers. | unrated | annually in October | open |
| DSV6.a | Recommission provision for all Council funded services, by launching a joint tender for 2015/16: MARAC Coordination IDVA current x3.5 and any additional posts that can be funded Refuge Floating Support | unrated | October 2015 | overdue |
| DSV13.a | Establish consistent and strong membership of the Strategy Group | unrated | October 2015 | overdue |

### NHS – Northwick Park Hospital (DSV1517, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV5.a | Key statutory partners to disseminate FGM guidelines to members of staff. | unrated | 2015 | overdue |

### Police – Mark Wolski (DSV1517, 2 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV5.c | Ensure effective identifying, recording, and reporting of those at risk of and subject to FGM. | unrated |  | open |
| DSV16.f | Assess the use of Child Abduction Warning notices, Sex Harm Prevention Order (SHPO), Sexual Risk Order (SRO) or Antisocial Behaviour Orders (ASBO) and other measures to disrupt CSE. | unrated | 2016 | overdue |

### Police – Mark Wolski and Westminster Drugs Project – Marie Tiquet (DSV1517, 2 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV18.b | Proactively engage substance misusing offenders into treatment at the point of arrest, by way of the Arrest Referral Worker at Harrow police station. | unrated | October 2014 | overdue |
| DSV18.c | Increase the use of Inspector's Authority drug testing in custody suites for perpetrators of violence. | unrated | 2015 | overdue |

### Public Health (Carole Furlong) and FORWARD (DSV1517, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV2.a | Under Public Health's Healthy Schools Programme, include the delivery of culturally sensitive and age appropriate FGM awareness sessions for students as well as training teachers on FGM and how to respond appropriately. | unrated | March 2018 | overdue |

### Public Health – Substance Misuse Commissioning – Bridget O'Dwyer (DSV1517, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV18.a | Develop a violence and substance misuse protocol between Police and substance misuse agencies to focus on responding to perpetrators from the point of arrest. | unrated | January 2015 | overdue |

### Rebecka Steven (DSV1517, 2 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV7.a | Support pan London prostitution exit strategies, in partnership with police, probation, GUM, substance misuse agencies. | unrated | April 2016 | overdue |
| DSV11.e | Harrow to work in collaboration with other boroughs to provide services for which there is not enough demand in one borough e.g. LGBT, disability DV services. | unrated | November 2015 | overdue |

### Rebecka Steven/ Kate Vogelsang (DSV1517, 2 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV1.a | Develop a communications plan which will include: Awareness raising campaigns including White Ribbon Day; targeted campaigns for specific areas including forced marriage, honour based violence, female genital mutilation and linking these campaigns to LSCB, LASB and Harrow Shield. | unrated | October 2015 | overdue |
| DSV1.b | Maintain and distribute publicity material as required, including domestic and sexual violence leaflets and safety cards for victims. | unrated | January 2015 | overdue |

### Strategy Group – Rebecka Steven (DSV1517, 2 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV14.a | Leads to act as a single point of contact in their own agency in relation to violence. | unrated | October 2015 | overdue |
| DSV17.a | Collection of more comprehensive data on victims by characteristics (age, gender, disability ethnicity) to reveal trends. | unrated | April 2016 | overdue |

### Strategy Group/ LSCB (DSV1517, 2 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV15.d | The Strategy Group should alert the LSCB of the gap in service, so that it can pose a challenge to the appropriate agencies. | unrated | October 2015 | overdue |
| DSV16.b | To identify patterns and prevalence to understand how child sexual exploitation can operate in an area and strategies adjusted in accordance with this knowledge. Identify work already being done with other vulnerable individuals such as teenage pregnancy, gangs, youth justice and Drug/Alcohol groups. | unrated | ongoing | open |

### The WISH Centre, funded by Outcomes Based Grants (DSV1517, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV9.c | Maintain service provision for Independent Sexual Violence Advocate (ISVA) and sexual violence counselling service. | unrated | 31 March 2016 | overdue |

### Victim Support/ Pan London funded IDVA (name TBC shortly) (DSV1517, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV5.a | Key statutory partners to disseminate FGM guidelines to members of staff. | unrated | 2015 | overdue |

### WISH – Rowena Jaber (DSV1517, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| DSV2.b | Address emerging trends of increased sexual violence amongst young people by the delivery of Harrow Shield over a 4 year period. | unrated | 2017 | overdue |

### Alex Dewsnap, Divisional Director Strategic Commissioning (VVE18, 2 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HV2.1 | Developing our response to the rise in crime and anti-social behaviour in Wealdstone Town centre through the Wealdstone Action Group | unrated | 2019/20 (continued) | open |
| HV2.2 | Based on success of the Wealdstone Group, consider replicating this for South Harrow | unrated | 2019/20 (continued) | open |

### Bali Rai Economic Development (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HV1.4 | Disseminate recommendations to businesses and supply chain through business news letter as well as those engaging in employment support and training | unrated | review ongoing | open |

### Cheryl Bannerman (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HV1.3 | Continue to work closely with the MET Police and Secured by design team to set principles to 'design out crime'. Continue to work closely with the local community including the youth in order to make sure the developments take into meaningful consideration their aspirations and concerns. | unrated | review ongoing | open |

### David Harrington, Head of Business Intelligence (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HH1a.1 | Analysis of local data to enable the development of a problem profile which underpin Harrow’s Strategy on Violence, Vulnerability and Exploitation | unrated | 2019/20 (continued) | open |

### Farah Ikram (VVE18, 4 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HH3.2 | Training with partner organisations to ensure they are confident in the referral process; six days minimum of MARAC training per year to be provided referring agencies and MARAC members | unrated | quarterly | open |
| HH3.7 | Explore better opportunities to share information with existing VCS organisations that deliver DSV services in Harrow and other statutory bodies | unrated | ongoing | open |
| HH3.8 | Raise awareness of the services through the Harrow Domestic and Sexual Violence Forum to encourage an increase in signposting, referrals and usage. | unrated | ongoing | open |
| HH3.9 | Review the information on the Council’s website and make the necessary changes. | unrated | ongoing | open |

### Harrow MPS (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HH1a.8 | Series of primary schools based engagement programmes aimed at raising general awareness around crime and personal safety (for Academic year September 2018) | unrated | 2019/20 (continued) | open |

### Hestia (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HH3.1 | IDVA (Independent Domestic Violence Advocate) support to 240 new cases per year. | unrated | quarterly | open |

### Karen Connell, Head of Resident Services (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HV3.5 | Refer victims of ASB to victim support and obtain service user feedback | unrated | 2019/20 (continued) | open |

### Karen Connell, Head Resident Services (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HV3.3 | Continue to use existing and new tools to educate tenants and leaseholders to resolve incidents of anti-social behaviour at the earliest point. And to explore powers to take evidenced based action against tenants and leaseholders who commit anti-social behaviour. | unrated | 2019/20 (continued) | open |

### Louis Smith Harrow Police (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HV1.1 | Deliver the 'Be Safe' programme in September 2018 for on-going work (previously known as 'Autumn Nights') | Green | 2019/20 (continued) | stale |

### Mark Scanlon Head of Service for Early Support and YOT (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HH1a.5 | Youth Offer, including Street Doctors Programme delivered to enable young people to respond to incidents of knife crime Youth Offending Service will Evaluate the impact of this Programme and determine whether it can be re-commissioned for a further year, or expanded | unrated | 2019/20 (continued) | open |

### Mark Scanlon, Head of Early Support &amp; Samia Malik, Community Cohesion Lead (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HH5.4 | Effective delivery of Channel arrangements | unrated | 2019/20 (continued) | open |

### Parmjit Chahal, Head of Service for Children's Access (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HH3.5 | Continue to deliver the Couples Programme, and consider options for sustainable funding of this programme | unrated | 2019/20 (continued) | open |

### Richard Le Brun , Head of Community Safety (VVE18, 5 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HV3.1 | Use of tools and Powers such as Public Space Protection Orders to reduce incidents of anti-social behaviour in identified hotspots | unrated | review ongoing | open |
| HV3.2 | Reduce incidents of repeat victims of anti-social behaviour by Multi-agency response to cases at Anti-Social Behaviour Action Group | unrated | 2019/20 (continued) | open |
| HV3.5 | Refer victims of ASB to victim support and obtain service user feedback | unrated | 2019/20 (continued) | open |
| HV3.6 | Develop the process for victims satisfaction surveys ensure they have received appropriate support and advice | unrated | review ongoing | open |
| HV3.7 | 'Call backs' to victims of ASB, evaluate and analyse the data and surveys | unrated | review ongoing | open |

### Richard Le Brun, Head of Community Safety (VVE18, 3 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HH1a.3 | The above linking into the daily intelligence meeting (TBA) | unrated | review ongoing | open |
| HH1a.4 | Develop a partnership response to tackling knife crime, linked to Mayor's strategy for reducing knife crime | unrated | review ongoing | open |
| HH5.7 | Through victim satisfaction surveys increase confidence to report incidents | unrated | 2019/20 (continued) | open |

### Richard Le Brun, Head of Community Safety &amp; Samia Malik, Community Cohesion Lead (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HH5.5 | Review arrangements for hate crime reporting | unrated | 2019/20 (continued) | open |

### Safer Harrow &amp; Zara Baker, MET (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HV2.3 | Building awareness across the partnership and frontline staff on serious organised crime Delivery of workshops | unrated | 2019/20 (continued) | open |

### Samia Malik, Community Cohesion Lead (VVE18, 3 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HH5.1 | Delivery of WRAP Training to all statutory partners | unrated | 2019/20 (continued) | open |
| HH5.2 | Community Engagement activity with Community Leaders | unrated | 2019/20 (continued) | open |
| HH5.3 | Delivery of the Local Prevent Programme | unrated | 2019/20 (continued) | open |

### Service Manager, WDP (VVE18, 2 open actions)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HH4b.1 | Specialist caseload management of all prison release service users to support through treatment and recovery | unrated | 2019/20 (continued) | open |
| HH4b.2 | Specialist Prison Link Worker that in-reaches to prison establishments: Bridging the gap for service users between Harrow Substance Misuse Services and HMP. Assessing, engaging and providing support to service users being released from prison to maximise their engagement with community services on release. | unrated | 2019/20 (continued) | open |

### Tanya Sprunks and Paul Gamble (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HH4a.6 | Undertake a trial of the DISC information sharing system to help address VVE in the Town centre ???? | unrated | March 2019 | overdue |

### Victoria Isaacs Economic Development (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HH1a.6 | Enable friends &amp; family to seek support for YP through contact with Xcite &amp; Learn Harrow | unrated | review ongoing | open |

### Victoria Isaacs Employment &amp; Skills (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HH3.10 | Make timely referrals to employment/training support to build confidence and independence | unrated | ongoing | open |

### Victoria Isaacs Skills &amp; Employment (VVE18, 1 open action)

| Action | Title | RAG | Deadline | Status |
| --- | --- | --- | --- | --- |
| HH4b.3 | Engage Skills &amp; Employment teams for current opportunities and Local Labour market support | Green | ongoing | open |
? 0
