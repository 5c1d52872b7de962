$ plancheck --today 2019-12-01 dates/figure-quarter-financial.plan; planreport -f json dates/figure-quarter-financial.plan | grep -E '"(value|start|end)"'
          "value": "2019/20",
          "start": "2019-04-01",
          "end": "2020-03-31"
                    "value": "2019/20 Q3",
                    "start": "2019-10-01",
                    "end": "2019-12-31"
                  "value": 5,
                  "value": "2019/20 Q3",
                  "start": "2019-10-01",
                  "end": "2019-12-31"
                "value": 5,
              "value": "2020-03",
              "start": "2020-03-01",
              "end": "2020-03-31"
          "start": null,
                "value": "2019-Q3",
                "start": "2019-07-01",
                "end": "2019-09-30"
              "value": "2020-03",
              "start": "2020-03-01",
              "end": "2020-03-31"
              "value": "2019-Q3",
              "start": "2019-07-01",
              "end": "2019-09-30"
? 0
