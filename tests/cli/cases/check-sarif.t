$ plancheck --format=sarif checks/placeholder.plan
{
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "plancheck",
          "version": "0.1.0",
          "rules": [
            {
              "id": "syntax",
              "shortDescription": {
                "text": "a line that does not follow the grammar, an invalid date, inconsistent indentation, a lone CR"
              },
              "help": {
                "text": "A line that does not follow the grammar, an invalid date, inconsistent indentation, a lone CR. SPEC.md, section 12, explains it."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "structure",
              "shortDescription": {
                "text": "a field in the wrong place or twice, a directive outside a plan, an unknown status, check name or staleness period"
              },
              "help": {
                "text": "A field in the wrong place or twice, a directive outside a plan, an unknown status, check name or staleness period. SPEC.md, section 12, explains it."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "encoding",
              "shortDescription": {
                "text": "a binary file, invalid UTF-8, a NUL byte"
              },
              "help": {
                "text": "A binary file, invalid UTF-8, a NUL byte. SPEC.md, section 12, explains it."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "include",
              "shortDescription": {
                "text": "an include that cannot be read, a cycle, too deep, read twice (note)"
              },
              "help": {
                "text": "An include that cannot be read, a cycle, too deep, read twice (note). SPEC.md, section 12, explains it."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "duplicate-id",
              "shortDescription": {
                "text": "an id used twice (error at the second place, note at the first)"
              },
              "help": {
                "text": "An id used twice (error at the second place, note at the first). SPEC.md, section 12, explains it."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "unknown-id",
              "shortDescription": {
                "text": "an update in separate form for an id that is not an action"
              },
              "help": {
                "text": "An update in separate form for an id that is not an action. SPEC.md, section 12, explains it."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "io",
              "shortDescription": {
                "text": "a file named on the command line that cannot be read"
              },
              "help": {
                "text": "A file named on the command line that cannot be read. SPEC.md, section 12, explains it."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "missing-owner",
              "shortDescription": {
                "text": "an action with no lead, or only placeholders or leads that name everyone"
              },
              "help": {
                "text": "An action with no lead, or only placeholders or leads that name everyone. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "undeclared-owner",
              "shortDescription": {
                "text": "a lead that names no person or organisation the plan declares"
              },
              "help": {
                "text": "A lead that names no person or organisation the plan declares. SPEC.md, section 13, explains it; it is off unless --strict, -W or the plan turns it on."
              },
              "defaultConfiguration": {
                "level": "warning",
                "enabled": false
              }
            },
            {
              "id": "overdue",
              "shortDescription": {
                "text": "the deadline or review point has passed and no decision closed the action"
              },
              "help": {
                "text": "The deadline or review point has passed and no decision closed the action. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "stale",
              "shortDescription": {
                "text": "an open action whose last update is older than its rhythm allows"
              },
              "help": {
                "text": "An open action whose last update is older than its rhythm allows. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "missing-rag",
              "shortDescription": {
                "text": "the last update of an open action has no RAG rating"
              },
              "help": {
                "text": "The last update of an open action has no RAG rating. SPEC.md, section 13, explains it; it is off unless --strict, -W or the plan turns it on."
              },
              "defaultConfiguration": {
                "level": "warning",
                "enabled": false
              }
            },
            {
              "id": "red-complete",
              "shortDescription": {
                "text": "a completed action whose last rating is red"
              },
              "help": {
                "text": "A completed action whose last rating is red. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "future-update",
              "shortDescription": {
                "text": "an update dated after today"
              },
              "help": {
                "text": "An update dated after today. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "update-order",
              "shortDescription": {
                "text": "an update written after one with a later date"
              },
              "help": {
                "text": "An update written after one with a later date. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "outside-period",
              "shortDescription": {
                "text": "a deadline outside the plan's period"
              },
              "help": {
                "text": "A deadline outside the plan's period. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "note"
              }
            },
            {
              "id": "ambiguous-quarter",
              "shortDescription": {
                "text": "a quarter written \"Q3 2019\" in a plan that does not say whether its quarters are financial"
              },
              "help": {
                "text": "A quarter written \"Q3 2019\" in a plan that does not say whether its quarters are financial. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "decision-date",
              "shortDescription": {
                "text": "a decision dated before the action's first update, or after today"
              },
              "help": {
                "text": "A decision dated before the action's first update, or after today. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "empty-objective",
              "shortDescription": {
                "text": "an objective with no action"
              },
              "help": {
                "text": "An objective with no action. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "note"
              }
            },
            {
              "id": "no-deadline",
              "shortDescription": {
                "text": "an action with neither a deadline nor a review point"
              },
              "help": {
                "text": "An action with neither a deadline nor a review point. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "empty-update",
              "shortDescription": {
                "text": "an update with no text"
              },
              "help": {
                "text": "An update with no text. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "placeholder",
              "shortDescription": {
                "text": "drafting remnants such as TBC, ???? or \"Delete some or all of this\""
              },
              "help": {
                "text": "Drafting remnants such as TBC, ???? or \"Delete some or all of this\". SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "bidi-control",
              "shortDescription": {
                "text": "a bidirectional control character, which makes text display otherwise than it reads"
              },
              "help": {
                "text": "A bidirectional control character, which makes text display otherwise than it reads. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "large-file",
              "shortDescription": {
                "text": "a plan file over 1 MiB, whose history planlog reads slowly"
              },
              "help": {
                "text": "A plan file over 1 MiB, whose history planlog reads slowly. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "note"
              }
            },
            {
              "id": "format",
              "shortDescription": {
                "text": "a plan file that planfmt would change"
              },
              "help": {
                "text": "A plan file that planfmt would change. SPEC.md, section 13, explains it; it is off unless -W or the plan turns it on."
              },
              "defaultConfiguration": {
                "level": "error",
                "enabled": false
              }
            },
            {
              "id": "measure-figure",
              "shortDescription": {
                "text": "a baseline, target, milestone or actual that cannot be read, or compared with the baseline"
              },
              "help": {
                "text": "A baseline, target, milestone or actual that cannot be read, or compared with the baseline. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "future-actual",
              "shortDescription": {
                "text": "an actual figure of a measure dated after today"
              },
              "help": {
                "text": "An actual figure of a measure dated after today. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "missing-actual",
              "shortDescription": {
                "text": "a target whose date has passed with no actual figure reported on it"
              },
              "help": {
                "text": "A target whose date has passed with no actual figure reported on it. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "measure-off-target",
              "shortDescription": {
                "text": "the latest actual figure of a measure misses the target or milestone it reports on"
              },
              "help": {
                "text": "The latest actual figure of a measure misses the target or milestone it reports on. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "note"
              }
            },
            {
              "id": "rewritten-update",
              "shortDescription": {
                "text": "(--staged) a dated update committed before was changed or deleted"
              },
              "help": {
                "text": "(--staged) a dated update committed before was changed or deleted. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "removed-action",
              "shortDescription": {
                "text": "(--staged) an action was removed without a complete or remove decision"
              },
              "help": {
                "text": "(--staged) an action was removed without a complete or remove decision. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "error"
              }
            },
            {
              "id": "retitled-id",
              "shortDescription": {
                "text": "(--staged) an id now names an action with a different title"
              },
              "help": {
                "text": "(--staged) an id now names an action with a different title. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            },
            {
              "id": "moved-deadline",
              "shortDescription": {
                "text": "(--staged) a deadline moved with no dated update in the same commit"
              },
              "help": {
                "text": "(--staged) a deadline moved with no dated update in the same commit. SPEC.md, section 13, explains it."
              },
              "defaultConfiguration": {
                "level": "warning"
              }
            }
          ]
        }
      },
      "columnKind": "unicodeCodePoints",
      "artifacts": [
        {
          "location": {
            "uri": "checks/placeholder.plan"
          },
          "length": 224
        }
      ],
      "results": [
        {
          "ruleId": "placeholder",
          "ruleIndex": 21,
          "level": "warning",
          "message": {
            "text": "the title of action A1 contains the placeholder \"????\""
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "checks/placeholder.plan",
                  "index": 0
                },
                "region": {
                  "startLine": 3,
                  "startColumn": 48,
                  "endLine": 3,
                  "endColumn": 52
                }
              }
            }
          ]
        },
        {
          "ruleId": "placeholder",
          "ruleIndex": 21,
          "level": "warning",
          "message": {
            "text": "the deadline's note of action A1 contains the placeholder \"Delete some or all of this\""
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "checks/placeholder.plan",
                  "index": 0
                },
                "region": {
                  "startLine": 5,
                  "startColumn": 16,
                  "endLine": 5,
                  "endColumn": 42
                }
              }
            }
          ]
        },
        {
          "ruleId": "placeholder",
          "ruleIndex": 21,
          "level": "warning",
          "message": {
            "text": "an update of action A1 contains the placeholder \"TBC\""
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "checks/placeholder.plan",
                  "index": 0
                },
                "region": {
                  "startLine": 7,
                  "startColumn": 13,
                  "endLine": 7,
                  "endColumn": 16
                }
              }
            }
          ]
        }
      ],
      "invocations": [
        {
          "executionSuccessful": true
        }
      ]
    }
  ]
}
? 0
