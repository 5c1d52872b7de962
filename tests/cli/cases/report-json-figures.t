$ planreport -f json figures/idva.plan
{
  "version": 1,
  "today": "2019-06-01",
  "lead": null,
  "files": [
    "figures/idva.plan"
  ],
  "plans": [
    {
      "id": "P19",
      "title": "Measures with figures",
      "period": {
        "kind": "date",
        "date": {
          "value": "2018/19",
          "precision": "financial-year",
          "start": "2018-04-01",
          "end": "2019-03-31"
        },
        "written": "2018/19",
        "note": null,
        "source": "figures/idva.plan:2"
      },
      "board": null,
      "status": "open",
      "statement": null,
      "notes": [],
      "source": "figures/idva.plan:1",
      "sections": [],
      "objectives": [
        {
          "id": "DV1",
          "title": "Domestic abuse",
          "section": null,
          "statement": null,
          "measures": [
            "IDVA support to 240 new cases per year"
          ],
          "figures": [
            {
              "measure": "IDVA support to 240 new cases per year",
              "baseline": {
                "kind": "baseline",
                "date": {
                  "value": "2017/18",
                  "precision": "financial-year",
                  "start": "2017-04-01",
                  "end": "2018-03-31"
                },
                "value": 220,
                "percent": false,
                "unit": "cases",
                "bound": null,
                "change": null,
                "change_percent": false,
                "direction": null,
                "read": true,
                "note": null,
                "source": "figures/idva.plan:5"
              },
              "targets": [
                {
                  "kind": "target",
                  "date": {
                    "value": "2018/19",
                    "precision": "financial-year",
                    "start": "2018-04-01",
                    "end": "2019-03-31"
                  },
                  "value": 240,
                  "percent": false,
                  "unit": "cases",
                  "bound": "at least",
                  "change": null,
                  "change_percent": false,
                  "direction": "increase",
                  "read": true,
                  "note": null,
                  "source": "figures/idva.plan:7"
                }
              ],
              "milestones": [
                {
                  "kind": "milestone",
                  "date": {
                    "value": "2018-Q3",
                    "precision": "quarter",
                    "start": "2018-07-01",
                    "end": "2018-09-30"
                  },
                  "value": 180,
                  "percent": false,
                  "unit": "cases",
                  "bound": "at least",
                  "change": null,
                  "change_percent": false,
                  "direction": "increase",
                  "read": true,
                  "note": "three quarters",
                  "source": "figures/idva.plan:6"
                }
              ],
              "actuals": [
                {
                  "kind": "actual",
                  "date": {
                    "value": "2018-12",
                    "precision": "month",
                    "start": "2018-12-01",
                    "end": "2018-12-31"
                  },
                  "value": 190,
                  "percent": false,
                  "unit": "cases",
                  "bound": null,
                  "change": null,
                  "change_percent": false,
                  "direction": null,
                  "read": true,
                  "note": null,
                  "source": "figures/idva.plan:8"
                },
                {
                  "kind": "actual",
                  "date": {
                    "value": "2018/19",
                    "precision": "financial-year",
                    "start": "2018-04-01",
                    "end": "2019-03-31"
                  },
                  "value": 358,
                  "percent": false,
                  "unit": "high-risk cases",
                  "bound": null,
                  "change": null,
                  "change_percent": false,
                  "direction": null,
                  "read": true,
                  "note": "Harrow Council's IDVA service",
                  "source": "figures/idva.plan:9"
                }
              ],
              "latest": {
                "kind": "actual",
                "date": {
                  "value": "2018/19",
                  "precision": "financial-year",
                  "start": "2018-04-01",
                  "end": "2019-03-31"
                },
                "value": 358,
                "percent": false,
                "unit": "high-risk cases",
                "bound": null,
                "change": null,
                "change_percent": false,
                "direction": null,
                "read": true,
                "note": "Harrow Council's IDVA service",
                "source": "figures/idva.plan:9"
              },
              "against": {
                "kind": "target",
                "date": {
                  "value": "2018/19",
                  "precision": "financial-year",
                  "start": "2018-04-01",
                  "end": "2019-03-31"
                },
                "value": 240,
                "percent": false,
                "unit": "cases",
                "bound": "at least",
                "change": null,
                "change_percent": false,
                "direction": "increase",
                "read": true,
                "note": null,
                "source": "figures/idva.plan:7"
              },
              "met": true,
              "source": "figures/idva.plan:4"
            }
          ],
          "notes": [],
          "source": "figures/idva.plan:3"
        },
        {
          "id": "DV2",
          "title": "Refuge",
          "section": null,
          "statement": null,
          "measures": [
            "Refuge places for women and children"
          ],
          "figures": [
            {
              "measure": "Refuge places for women and children",
              "baseline": null,
              "targets": [
                {
                  "kind": "target",
                  "date": {
                    "value": "2019/20",
                    "precision": "financial-year",
                    "start": "2019-04-01",
                    "end": "2020-03-31"
                  },
                  "value": 30,
                  "percent": false,
                  "unit": "places",
                  "bound": "at least",
                  "change": null,
                  "change_percent": false,
                  "direction": "increase",
                  "read": true,
                  "note": null,
                  "source": "figures/idva.plan:12"
                }
              ],
              "milestones": [],
              "actuals": [],
              "latest": null,
              "against": null,
              "met": null,
              "source": "figures/idva.plan:11"
            }
          ],
          "notes": [],
          "source": "figures/idva.plan:10"
        }
      ],
      "actions": [
        {
          "id": "ASB1",
          "title": "Survey the victims of anti-social behaviour",
          "section": null,
          "objective": "DV2",
          "leads": [
            {
              "text": "Jane Smith",
              "source": "figures/idva.plan:14"
            }
          ],
          "due": {
            "kind": "date",
            "date": {
              "value": "2019-12",
              "precision": "month",
              "start": "2019-12-01",
              "end": "2019-12-31"
            },
            "written": "2019-12",
            "note": null,
            "source": "figures/idva.plan:15"
          },
          "reviews": [],
          "start": null,
          "decision": null,
          "decisions": [],
          "updates": [],
          "measures": [
            "Victims satisfied with the service they had",
            "Burglary reduced by 5%",
            "Told in words only"
          ],
          "figures": [
            {
              "measure": "Victims satisfied with the service they had",
              "baseline": {
                "kind": "baseline",
                "date": {
                  "value": "2006",
                  "precision": "year",
                  "start": "2006-01-01",
                  "end": "2006-12-31"
                },
                "value": 68,
                "percent": true,
                "unit": "satisfied",
                "bound": null,
                "change": null,
                "change_percent": false,
                "direction": null,
                "read": true,
                "note": "2006 survey",
                "source": "figures/idva.plan:17"
              },
              "targets": [
                {
                  "kind": "target",
                  "date": {
                    "value": "2019-03-31",
                    "precision": "day",
                    "start": "2019-03-31",
                    "end": "2019-03-31"
                  },
                  "value": 73,
                  "percent": true,
                  "unit": "satisfied",
                  "bound": null,
                  "change": 5,
                  "change_percent": false,
                  "direction": "increase",
                  "read": true,
                  "note": null,
                  "source": "figures/idva.plan:18"
                },
                {
                  "kind": "target",
                  "date": {
                    "value": "2020",
                    "precision": "year",
                    "start": "2020-01-01",
                    "end": "2020-12-31"
                  },
                  "value": 71.400000000000006,
                  "percent": true,
                  "unit": "satisfied",
                  "bound": null,
                  "change": 5,
                  "change_percent": true,
                  "direction": "increase",
                  "read": true,
                  "note": null,
                  "source": "figures/idva.plan:19"
                }
              ],
              "milestones": [],
              "actuals": [
                {
                  "kind": "actual",
                  "date": {
                    "value": "2019-03-31",
                    "precision": "day",
                    "start": "2019-03-31",
                    "end": "2019-03-31"
                  },
                  "value": 71.5,
                  "percent": true,
                  "unit": null,
                  "bound": null,
                  "change": null,
                  "change_percent": false,
                  "direction": null,
                  "read": true,
                  "note": null,
                  "source": "figures/idva.plan:20"
                }
              ],
              "latest": {
                "kind": "actual",
                "date": {
                  "value": "2019-03-31",
                  "precision": "day",
                  "start": "2019-03-31",
                  "end": "2019-03-31"
                },
                "value": 71.5,
                "percent": true,
                "unit": null,
                "bound": null,
                "change": null,
                "change_percent": false,
                "direction": null,
                "read": true,
                "note": null,
                "source": "figures/idva.plan:20"
              },
              "against": {
                "kind": "target",
                "date": {
                  "value": "2019-03-31",
                  "precision": "day",
                  "start": "2019-03-31",
                  "end": "2019-03-31"
                },
                "value": 73,
                "percent": true,
                "unit": "satisfied",
                "bound": null,
                "change": 5,
                "change_percent": false,
                "direction": "increase",
                "read": true,
                "note": null,
                "source": "figures/idva.plan:18"
              },
              "met": false,
              "source": "figures/idva.plan:16"
            },
            {
              "measure": "Burglary reduced by 5%",
              "baseline": {
                "kind": "baseline",
                "date": {
                  "value": "2017",
                  "precision": "year",
                  "start": "2017-01-01",
                  "end": "2017-12-31"
                },
                "value": 1234,
                "percent": false,
                "unit": "burglaries",
                "bound": null,
                "change": null,
                "change_percent": false,
                "direction": null,
                "read": true,
                "note": null,
                "source": "figures/idva.plan:22"
              },
              "targets": [
                {
                  "kind": "target",
                  "date": {
                    "value": "2018",
                    "precision": "year",
                    "start": "2018-01-01",
                    "end": "2018-12-31"
                  },
                  "value": 1172.3,
                  "percent": false,
                  "unit": "burglaries",
                  "bound": null,
                  "change": -5,
                  "change_percent": true,
                  "direction": "reduce",
                  "read": true,
                  "note": null,
                  "source": "figures/idva.plan:23"
                }
              ],
              "milestones": [],
              "actuals": [
                {
                  "kind": "actual",
                  "date": {
                    "value": "2018",
                    "precision": "year",
                    "start": "2018-01-01",
                    "end": "2018-12-31"
                  },
                  "value": 1300,
                  "percent": false,
                  "unit": "burglaries",
                  "bound": null,
                  "change": null,
                  "change_percent": false,
                  "direction": null,
                  "read": true,
                  "note": null,
                  "source": "figures/idva.plan:24"
                }
              ],
              "latest": {
                "kind": "actual",
                "date": {
                  "value": "2018",
                  "precision": "year",
                  "start": "2018-01-01",
                  "end": "2018-12-31"
                },
                "value": 1300,
                "percent": false,
                "unit": "burglaries",
                "bound": null,
                "change": null,
                "change_percent": false,
                "direction": null,
                "read": true,
                "note": null,
                "source": "figures/idva.plan:24"
              },
              "against": {
                "kind": "target",
                "date": {
                  "value": "2018",
                  "precision": "year",
                  "start": "2018-01-01",
                  "end": "2018-12-31"
                },
                "value": 1172.3,
                "percent": false,
                "unit": "burglaries",
                "bound": null,
                "change": -5,
                "change_percent": true,
                "direction": "reduce",
                "read": true,
                "note": null,
                "source": "figures/idva.plan:23"
              },
              "met": false,
              "source": "figures/idva.plan:21"
            },
            {
              "measure": "Told in words only",
              "baseline": null,
              "targets": [],
              "milestones": [],
              "actuals": [],
              "latest": null,
              "against": null,
              "met": null,
              "source": "figures/idva.plan:25"
            }
          ],
          "notes": [],
          "state": {
            "status": "open",
            "deadline": {
              "value": "2019-12",
              "precision": "month",
              "start": "2019-12-01",
              "end": "2019-12-31"
            },
            "days_overdue": 0,
            "stale": true,
            "stale_from": "2018-07-03",
            "last_update": null,
            "last_rag": null
          },
          "source": "figures/idva.plan:13"
        }
      ]
    }
  ]
}
? 0
