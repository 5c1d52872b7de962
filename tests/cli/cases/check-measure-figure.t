$ plancheck checks/measure-figure.plan; plancheck checks/measure-figure-ok.plan
checks/measure-figure.plan:6:19: error: remove the colon after the date: "baseline 2006/07 5 panels" [measure-figure]
    baseline 2006/07: 5 panels
                    ^
checks/measure-figure.plan:7:30: error: write the date of a target first: "target 2008/09 20 panels a year" [measure-figure]
    target 20 panels a year by 2008/09
                               ^~~~~~~
checks/measure-figure.plan:8:10: error: an actual starts with its date, such as 2008/09 or 2019-03, found "about": write, for example, "actual 2025-09 68%" [measure-figure]
    actual about 5
           ^~~~~
checks/measure-figure.plan:9:10: error: an actual starts with its date, such as 2008/09 or 2019-03, found "Autumn": write, for example, "actual 2025-09 68%" [measure-figure]
    actual Autumn 4
           ^~~~~~
checks/measure-figure.plan:10:10: error: an actual needs a value after its date: a number, with % or a unit word if it has one, as in "actual 2019 68%" [measure-figure]
    actual 2019
           ^~~~
checks/measure-figure.plan:11:15: error: expected a number after the date, found "about": a value is a number, with % or a unit word if it has one, as in "actual 2019 68%" [measure-figure]
    actual 2019 about 5
                ^~~~~
checks/measure-figure.plan:12:15: error: write a space between the number and its unit: "5 panels" [measure-figure]
    actual 2019 5panels
                ^~~~~~~
checks/measure-figure.plan:13:15: error: "20,5" is not a number: write it without commas, or with commas only between groups of three digits (1,234); decimals follow a point (2.5) [measure-figure]
    actual 2019 20,5
                ^~~~
checks/measure-figure.plan:14:18: error: expected a unit word after the number, found "(provisional)": a note goes after a comma, as in "actual 2019 20, (provisional)" [measure-figure]
    actual 2019 20 (provisional)
                   ^~~~~~~~~~~~~
checks/measure-figure.plan:15:17: error: "at least" belongs to a target or a milestone; a baseline is the figure itself: "baseline 2019 4" [measure-figure]
    baseline 2019 at least 4
                  ^~~~~~~~
checks/measure-figure.plan:16:15: error: write % right after the number: "5%" [measure-figure]
    actual 2019 5 %
                ^~~
checks/measure-figure.plan:17:15: error: "1234567890123456" has more than 15 digits, which is more than a figure can hold exactly: round it, or count in a larger unit ("actual 2019 1.2 million pounds") [measure-figure]
    actual 2019 1234567890123456 pounds
                ^~~~~~~~~~~~~~~~
checks/measure-figure.plan:20:18: error: the target -5% is a change against the baseline, and measure "Burglary reduced by 5% on the year..." (objective O2) has none: add a line such as "baseline 2006/07 5 panels" after the measure [measure-figure]
    target 2019/20 -5%
                   ^~~
checks/measure-figure.plan:21:15: error: invalid date "2018-13": no such month: months run from 01 to 12 (the financial year is written 2018/19) [syntax]
    actual 2018-13 20
                ^~
checks/measure-figure.plan:25:3: error: measure "Victims satisfied with the service" (objective O3) has a baseline already, on line 24: a measure has one baseline; a figure measured since is an actual [measure-figure]
    baseline 2019 6 panels
    ^~~~~~~~~~~~~~~~~~~~~~
checks/measure-figure.plan:26:18: error: this actual (68%) is a percentage and the baseline of measure "Victims satisfied with the service" (5 panels, line 24) is not: write the figures of a measure in the same terms [measure-figure]
    actual 2019-03 68%
                   ^~~
checks/measure-figure.plan:28:5: error: this line is read as text of the measure on line 27, because it is indented deeper than that line (and 1 more line like it): to make it a figure of the measure, indent it as the measure is [measure-figure]
      target 2008/09 20 panels
      ^~~~~~~~~~~~~~~~~~~~~~~~
17 errors, 0 warnings in 1 file
? 0
