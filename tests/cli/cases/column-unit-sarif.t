$ plancheck -f sarif --column-unit=byte columns.plan | grep -E '"(columnKind|startColumn)"'
      "columnKind": "unicodeCodePoints",
                  "startColumn": 28,
? 0
