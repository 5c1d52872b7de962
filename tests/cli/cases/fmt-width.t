$ planfmt --width=60 - < fmt/messy.plan
# A plan pasted from Word: tabs, non-breaking spaces, dates as Word writes them.
plan MESSY Messy plan
  period 2025/26
  board Safer Harrow
  statement We will make the borough safer for everyone who
    lives, works and studies here, and we will report on it
    every quarter to the board and to the people of the
    borough.

    The priorities are:
    - burglary
    - youth violence
    Short and deliberate.
    Then a paragraph that was broken by hand at a narrow
    width by someone who liked short lines, and which a
    reader would want filled to the width.

action A1 Lighting
  lead Jane Smith
  lead Police
  due 2026-03-31
  review quarterly
  review annually in November, with the board
  decision 2026-04-01 continued into 2026/27, the survey runs on
  update 2026-03-31 green by Police
    Twelve referrals this quarter, all of them seen within
    two weeks; the service is on target.
    Figures:
    2025 – 86
    2024 – 92

action A2 Schools
  lead Housing
  due 2026-03
2026-03-31 A2 amber by Housing
  Two schools declined.
? 0
