$ d=$(mktemp -d) && P=$PWD/../../../plans && cd $d && planreport -f markdown $P/vve-2018-19.plan -o pack.md; echo "exit $?"; head -1 pack.md; ls; echo old > keep.md; planreport -f markdown --today 2019-13-01 $P/vve-2018-19.plan -o keep.md; echo "exit $?"; cat keep.md; planreport -f markdown $P/vve-2018-19.plan -o no/such/dir.md; echo "exit $?"; planreport -f json -o x.json $P/vve-2018-19.plan; head -3 x.json; umask 027; planreport -o m.txt $P/vve-2018-19.plan; stat -c %a m.txt; ls; cd / && rm -rf $d
exit 0
# Board pack: Community Safety and Violence, Vulnerability and Exploitation Delivery Plan
pack.md
planreport: --today "2019-13-01" is not a day such as 2019-06-01
exit 2
old
planreport: cannot write no/such/dir.md: No such file or directory
exit 2
{
  "version": 1,
  "today": "2019-06-01",
640
keep.md
m.txt
pack.md
x.json
? 0
