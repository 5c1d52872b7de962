$ P=../../../plans; d=$(mktemp -d) && planreport --format=returns --lead='harrow POLICE' --today 2019-06-01 $P/vve-2018-19.plan > $d/police.plan && cat $d/police.plan && plancheck --today 2019-06-01 $P/vve-2018-19.plan $d/police.plan | grep -c 'police.plan.*placeholder'; sed 's/ by harrow POLICE$/ green by harrow POLICE/; s/^  TBC$/  Two more sessions delivered./' $d/police.plan > $d/filled.plan && plancheck --today 2019-06-01 $P/vve-2018-19.plan $d/filled.plan | grep -c filled.plan; planreport -f json --today 2019-06-01 $P/vve-2018-19.plan $d/filled.plan | grep -c 'Two more sessions'; planreport --format=returns --lead=Nobody $P/vve-2018-19.plan | tail -1; planreport --format=returns $P/vve-2018-19.plan; planreport --lead=Police $P/vve-2018-19.plan; rm -rf $d
# Updates from harrow POLICE, as at 2019-06-01.
#
# Under each action: put its rating (red, amber or green) before "by",
# write what has happened since its last update in place of the TBC line
# (more lines may follow, indented the same), and change the date if it
# is not today's. Delete the lines of an action you have no news on.
# Then check the file with the plan (plancheck PLAN.plan THIS.plan) and
# send or commit it.

# HV1.1  Deliver the 'Be Safe' programme in September 2018 for on-going work (previously?known as 'Autumn Nights')
#   deadline 2019/20
#   last update 10 January 2019, green:
#     Autumn Nights ran successfully with a snap shoot of the below statics.
#
#     TP Autumn Nights Strategic Objective 1 – Burglary reduction - In effect ...
#     down across Harrow OCU (as sourced from Cris)
#     ...
2019-06-01 VVE18:HV1.1 by harrow POLICE
  TBC
1
0
1
# No open action names Nobody as its lead.
planreport: --format=returns needs --lead=TEXT, the partner whose returns to write
usage: planreport [OPTION]... [FILE]...
       planreport --since DATE|REV [--until DATE|REV] [OPTION]... [FILE]...
       planreport --format=returns --lead=TEXT [OPTION]... [FILE]...
(planreport --help lists the options)
Actions led by Police
As at 1 June 2019: 1 action, 1 open (1 green, 0 amber, 0 red, 0 unrated), 0 complete, 0 removed; of the open, 0 overdue, 1 stale, 0 without an owner.

Stale: no update within their rhythm (1):
  HV1.1  Deliver the 'Be Safe' programme in September 201...  (deadline 2019/20; Louis Smith Harrow Police)
? 0
