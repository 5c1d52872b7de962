$ planimport import/no-plan.csv
planimport: import/no-plan.csv: no table looks like a plan: no row names an action column (action, deliverable, key deliverables, ...) with another known column; say which column is which with --columns (A=objective,B=action,...)
? 2
