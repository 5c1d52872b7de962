$ plancheck --today 2025-10-01 council/safety.plan council/vawg.plan; planreport council/safety.plan council/vawg.plan; planreport -f json council/safety.plan council/vawg.plan | grep -E '"(id|written|start|end|value|rhythm|every|month|unit|percent)"'
CS25  Community safety plan 2025/26
  period 2025/26
  2 sections, 1 objective, 3 actions
  leads: 3 actions with an owner, 0 without
  decisions: 0 continue, 0 complete, 0 remove, 0 decommissioned, 3 none
  updates: 2 (2 dated); last RAG: 1 green, 1 amber, 0 red, 1 unrated
  measures with figures: 1; latest actual against target:
    1 First-time entrants to the youth...: 51 young people for Q2 2025/26; against target 108 young people (-10%) for 2025/26: not due yet

VAWG25  Violence against women and girls 2025/26
  period 2025-26
  0 sections, 0 objectives, 1 action
  leads: 1 action with an owner, 0 without
  decisions: 0 continue, 0 complete, 0 remove, 0 decommissioned, 1 none
  updates: 1 (1 dated); last RAG: 0 green, 1 amber, 0 red, 0 unrated

As at 1 June 2019: 4 actions, 4 open (1 green, 2 amber, 0 red, 1 unrated), 0 complete, 0 removed; of the open, 0 overdue, 0 stale, 0 without an owner.
      "id": "CS25",
          "value": "2025/26",
          "start": "2025-04-01",
          "end": "2026-03-31"
        "written": "2025/26",
          "id": "P1",
          "id": "P2",
          "id": "1",
                  "value": "2024/25",
                  "start": "2024-04-01",
                  "end": "2025-03-31"
                "value": 120,
                "percent": false,
                "unit": "young people",
                    "value": "2025/26",
                    "start": "2025-04-01",
                    "end": "2026-03-31"
                  "value": 108,
                  "percent": false,
                  "unit": "young people",
                    "value": "2025/26 Q2",
                    "start": "2025-07-01",
                    "end": "2025-09-30"
                  "value": 51,
                  "percent": false,
                  "unit": "young people",
                  "value": "2025/26 Q2",
                  "start": "2025-07-01",
                  "end": "2025-09-30"
                "value": 51,
                "percent": false,
                "unit": "young people",
          "id": "1.1",
              "value": "2025/26 Q4",
              "start": "2026-01-01",
              "end": "2026-03-31"
            "written": "Q4 2025/26",
              "kind": "rhythm",
              "rhythm": "six-monthly",
              "month": null,
              "every": null,
              "unit": null,
              "written": "six-monthly",
          "start": null,
                "value": "2025-07-01",
                "start": "2025-07-01",
                "end": "2025-07-01"
              "value": "2025/26 Q4",
              "start": "2026-01-01",
              "end": "2026-03-31"
              "value": "2025-07-01",
              "start": "2025-07-01",
              "end": "2025-07-01"
          "id": "1.2",
              "value": "2026-03-31",
              "start": "2026-03-31",
              "end": "2026-03-31"
            "written": "31/03/2026",
              "kind": "rhythm",
              "rhythm": "every",
              "month": 11,
              "every": 3,
              "unit": "year",
              "written": "every 3 years in November",
          "start": null,
                "value": "2025-08-14",
                "start": "2025-08-14",
                "end": "2025-08-14"
              "value": "2026-03-31",
              "start": "2026-03-31",
              "end": "2026-03-31"
              "value": "2025-08-14",
              "start": "2025-08-14",
              "end": "2025-08-14"
          "id": "2a",
              "value": "2026-03",
              "precision": "month",
              "start": "2026-03-01",
              "end": "2026-03-31"
            "written": "Mar-26",
              "kind": "rhythm",
              "rhythm": "six-monthly",
              "month": null,
              "every": null,
              "unit": null,
              "written": "6-monthly",
          "start": null,
              "value": "2026-03",
              "precision": "month",
              "start": "2026-03-01",
              "end": "2026-03-31"
      "id": "VAWG25",
          "value": "2025/26",
          "start": "2025-04-01",
          "end": "2026-03-31"
        "written": "2025-26",
          "id": "1.1",
              "value": "2025/26 Q3",
              "start": "2025-10-01",
              "end": "2025-12-31"
            "written": "Q3 2025",
              "kind": "rhythm",
              "rhythm": "quarterly",
              "month": null,
              "every": null,
              "unit": null,
              "written": "quarterly",
          "start": null,
                "value": "2025-09-30",
                "start": "2025-09-30",
                "end": "2025-09-30"
              "value": "2025/26 Q3",
              "start": "2025-10-01",
              "end": "2025-12-31"
              "value": "2025-09-30",
              "start": "2025-09-30",
              "end": "2025-09-30"
? 0
