$ plancheck --today 2019-06-01 dates/two-years.plan
dates/two-years.plan:6:7: error: invalid range "2025-2026": "2025-2026" could be the financial year 2025/26 or the calendar years 2025 and 2026: write 2025/26 for the financial year, or 2025 to 2026 for the two years [syntax]
    due 2025-2026
        ^~~~~~~~~
1 error, 0 warnings in 1 file
? 1
