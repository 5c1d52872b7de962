$ planreport -f csv --rows=updates good.plan updates.plan
plan,action,date,RAG,author,text
P18,HV1.1,2018-10-19,green,Louis Smith,"Ongoing and on target. Be Safe was rolled out from 19th Oct – ""all wards"".

Costs: £200k of LCPF."
P18,HV1.1,2019-01-10,amber,Harrow Police,"Autumn Nights ran successfully.
2018 – 86
2017 – 92"
P18,HV1.2,2018-12-01,,,Hotspots reviewed.
? 0
