$ planreport -f csv good.plan updates.plan
plan,section,objective,id,title,leads,deadline,deadline start,deadline end,effective deadline,status,state,days overdue,last RAG,last update date,last update text,decision,decision date,decision note
P18,HV,HV1,HV1.1,Deliver the 'Be Safe' programme,"Louis Smith, Harrow Police; Public Health (Carole Furlong) and FORWARD",2014-11 to 2018-03,2014-11-01,2018-03-31,2020-03-31,open,stale,0,amber,2019-01-10,"Autumn Nights ran successfully.
2018 – 86
2017 – 92",continue into 2019/20,2019-05-17,
P18,HV,HV1,HV1.2,Review the hotspots,Hestia,,,,,closed,complete,0,,2018-12-01,Hotspots reviewed.,complete,,
? 0
