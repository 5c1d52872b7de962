$ plancheck --new --today 2019-06-01
# A new plan, as `plancheck --new` writes it.  Replace the example
# words with your own, keep one fact a line, and run `plancheck` on
# the file after each change.  SPEC.md (or `man 5 plan`) explains
# every line; a line that starts with "#" is a comment.

# The plan: an id (letters, digits, and . _ - between them), a title.
plan P1 Community safety delivery plan
  # The period it covers: here a financial year, April to March.
  period 2019/20
  # How this plan reads "Q3 2019": financial (October to December).
  quarters financial
  board Community Safety Partnership
  statement What the plan is for, in a sentence or two.  A text goes
    on over the lines below it that are indented deeper.
  # Who may lead actions (plancheck --strict checks every lead).
  person Sam Taylor
  organisation Community Safety Team

# A theme of the plan, then what it should achieve.
section S1 Safer neighbourhoods

objective S1.1 Fewer burglaries
  statement The aim of the objective.
  # A measure, and the figures that make it checkable: the
  # baseline it starts from and a target (here 5% fewer).
  measure Burglaries reported in the borough
  baseline 2018/19 200 burglaries
  target 2019/20 -5%

# A deliverable: who leads it, when it is due, how often it is
# reviewed, and its updates, oldest first.
action S1.1.1 Visit every household burgled in the last year
  lead Sam Taylor, Community Safety Team
  due 2020-03
  review quarterly
  # An update: its day, a rating (red, amber or green), then its
  # text on the lines below, indented deeper.  When a review
  # decides, say so: decision 2020-03-31 complete
  update 2019-06-01 green
    The plan was started.
? 0
