$ sh -c 'plancheck --today 2019-06-01 dates/quarters-financial.plan; planreport -f json dates/quarters-financial.plan | grep -E "\"(id|value|start|end|rhythm|every|unit|month)\""'
      "id": "D",
          "value": "2019/20",
          "start": "2019-04-01",
          "end": "2020-03-31"
          "id": "A1",
              "value": "2019/20 Q3",
              "start": "2019-10-01",
              "end": "2019-12-31"
          "start": null,
              "value": "2019/20 Q3",
              "start": "2019-10-01",
              "end": "2019-12-31"
          "id": "A2",
              "value": "2019/20 Q4",
              "start": "2020-01-01",
              "end": "2020-03-31"
          "start": null,
              "value": "2019/20 Q4",
              "start": "2020-01-01",
              "end": "2020-03-31"
          "id": "A3",
              "value": "2019-Q3",
              "start": "2019-07-01",
              "end": "2019-09-30"
          "start": null,
              "value": "2019-Q3",
              "start": "2019-07-01",
              "end": "2019-09-30"
          "id": "A4",
              "kind": "rhythm",
              "rhythm": "every",
              "month": 11,
              "every": 3,
              "unit": "year",
          "start": null,
? 0
