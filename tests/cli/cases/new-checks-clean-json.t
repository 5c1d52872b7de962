$ plancheck --new --today 2026-04-01 | plancheck --strict -f json --today 2026-04-01 - | grep -E '"(errors|warnings|notes)"'
  "errors": 0,
  "warnings": 0,
  "notes": 0,
? 0
