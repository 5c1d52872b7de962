$ planreport -f json good.plan updates.plan
{
  "version": 1,
  "today": "2019-06-01",
  "lead": null,
  "files": [
    "good.plan",
    "updates.plan"
  ],
  "plans": [
    {
      "id": "P18",
      "title": "Community Safety Delivery Plan",
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
        "source": "good.plan:3"
      },
      "board": "Safer Harrow",
      "status": "open",
      "statement": "Each element of this plan sits under one of the\nstrategic objectives of the overarching strategy.",
      "notes": [
        "Red – problems to address; Amber – slightly behind; Green – on track."
      ],
      "source": "good.plan:2",
      "sections": [
        {
          "id": "HV",
          "title": "High Volume Crime",
          "statement": "Crime that happens often.",
          "notes": [],
          "source": "good.plan:10"
        }
      ],
      "objectives": [
        {
          "id": "HV1",
          "title": "Burglary",
          "section": "HV",
          "statement": "To reduce the number of burglaries and fear of crime",
          "measures": [
            "Burglaries are reduced compared to the same period last year"
          ],
          "figures": [
            {
              "measure": "Burglaries are reduced compared to the same period last year",
              "baseline": null,
              "targets": [],
              "milestones": [],
              "actuals": [],
              "latest": null,
              "against": null,
              "met": null,
              "source": "good.plan:15"
            }
          ],
          "notes": [],
          "source": "good.plan:13"
        }
      ],
      "actions": [
        {
          "id": "HV1.1",
          "title": "Deliver the 'Be Safe' programme",
          "section": "HV",
          "objective": "HV1",
          "leads": [
            {
              "text": "Louis Smith, Harrow Police",
              "source": "good.plan:18"
            },
            {
              "text": "Public Health (Carole Furlong) and FORWARD",
              "source": "good.plan:19"
            }
          ],
          "due": {
            "kind": "range",
            "from": {
              "value": "2014-11",
              "precision": "month",
              "start": "2014-11-01",
              "end": "2014-11-30"
            },
            "to": {
              "value": "2018-03",
              "precision": "month",
              "start": "2018-03-01",
              "end": "2018-03-31"
            },
            "written": "2014-11 to 2018-03",
            "note": "November 2014 for development, delivery through to March 2018",
            "source": "good.plan:22"
          },
          "reviews": [
            {
              "kind": "date",
              "date": {
                "value": "2019-01",
                "precision": "month",
                "start": "2019-01-01",
                "end": "2019-01-31"
              },
              "written": "2019-01",
              "note": null,
              "source": "good.plan:21"
            }
          ],
          "start": {
            "kind": "date",
            "date": {
              "value": "2018-09",
              "precision": "month",
              "start": "2018-09-01",
              "end": "2018-09-30"
            },
            "written": "2018-09",
            "note": null,
            "source": "good.plan:20"
          },
          "decision": {
            "date": {
              "value": "2019-05-17",
              "precision": "day",
              "start": "2019-05-17",
              "end": "2019-05-17"
            },
            "decision": "continue",
            "into": {
              "value": "2019/20",
              "precision": "financial-year",
              "start": "2019-04-01",
              "end": "2020-03-31"
            },
            "note": null,
            "source": "good.plan:23"
          },
          "decisions": [
            {
              "date": {
                "value": "2019-05-17",
                "precision": "day",
                "start": "2019-05-17",
                "end": "2019-05-17"
              },
              "decision": "continue",
              "into": {
                "value": "2019/20",
                "precision": "financial-year",
                "start": "2019-04-01",
                "end": "2020-03-31"
              },
              "note": null,
              "source": "good.plan:23"
            }
          ],
          "updates": [
            {
              "date": {
                "value": "2018-10-19",
                "precision": "day",
                "start": "2018-10-19",
                "end": "2018-10-19"
              },
              "rag": "green",
              "author": "Louis Smith",
              "text": "Ongoing and on target. Be Safe was rolled out from 19th Oct – \"all wards\".\n\nCosts: £200k of LCPF.",
              "form": "inline",
              "source": "good.plan:24"
            },
            {
              "date": {
                "value": "2019-01-10",
                "precision": "day",
                "start": "2019-01-10",
                "end": "2019-01-10"
              },
              "rag": "amber",
              "author": "Harrow Police",
              "text": "Autumn Nights ran successfully.\n2018 – 86\n2017 – 92",
              "form": "separate",
              "source": "updates.plan:2"
            }
          ],
          "measures": [
            "Fewer repeat victims"
          ],
          "figures": [
            {
              "measure": "Fewer repeat victims",
              "baseline": null,
              "targets": [],
              "milestones": [],
              "actuals": [],
              "latest": null,
              "against": null,
              "met": null,
              "source": "good.plan:28"
            }
          ],
          "notes": [],
          "state": {
            "status": "open",
            "deadline": {
              "value": "2019/20",
              "precision": "financial-year",
              "start": "2019-04-01",
              "end": "2020-03-31"
            },
            "days_overdue": 0,
            "stale": true,
            "stale_from": "2019-04-13",
            "last_update": {
              "value": "2019-01-10",
              "precision": "day",
              "start": "2019-01-10",
              "end": "2019-01-10"
            },
            "last_rag": "amber"
          },
          "source": "good.plan:17"
        },
        {
          "id": "HV1.2",
          "title": "Review the hotspots",
          "section": "HV",
          "objective": "HV1",
          "leads": [
            {
              "text": "Hestia",
              "source": "good.plan:31"
            }
          ],
          "due": {
            "kind": "rhythm",
            "rhythm": "annual",
            "month": 10,
            "every": null,
            "unit": null,
            "written": "annually in October",
            "note": "slides to be reviewed and resent annually",
            "source": "good.plan:32"
          },
          "reviews": [
            {
              "kind": "rhythm",
              "rhythm": "quarterly",
              "month": null,
              "every": null,
              "unit": null,
              "written": "quarterly",
              "note": null,
              "source": "good.plan:33"
            }
          ],
          "start": null,
          "decision": {
            "date": null,
            "decision": "complete",
            "into": null,
            "note": null,
            "source": "good.plan:34"
          },
          "decisions": [
            {
              "date": null,
              "decision": "complete",
              "into": null,
              "note": null,
              "source": "good.plan:34"
            }
          ],
          "updates": [
            {
              "date": {
                "value": "2018-12-01",
                "precision": "day",
                "start": "2018-12-01",
                "end": "2018-12-01"
              },
              "rag": null,
              "author": null,
              "text": "Hotspots reviewed.",
              "form": "separate",
              "source": "updates.plan:6"
            }
          ],
          "measures": [],
          "figures": [],
          "notes": [],
          "state": {
            "status": "closed",
            "deadline": null,
            "days_overdue": 0,
            "stale": false,
            "stale_from": null,
            "last_update": {
              "value": "2018-12-01",
              "precision": "day",
              "start": "2018-12-01",
              "end": "2018-12-01"
            },
            "last_rag": null
          },
          "source": "good.plan:30"
        }
      ]
    }
  ]
}
? 0
