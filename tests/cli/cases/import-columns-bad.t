$ planimport --columns='A=action,B=budget' import/columns.csv; planimport --columns='B=lead,9999=due' import/columns.csv; planimport --columns=A=lead import/columns.csv
planimport: import/columns.csv: --columns: "budget" is not a column planimport knows; the names are objective, action, lead, due, review, update, rag, measure, partner, comments, section, id, note and skip (or a header such as "lead officer")
planimport: import/columns.csv: --columns: "9999=due" is not COLUMN=NAME (a column letter A, B, ... or number 1, 2, ...; at most 256)
planimport: import/columns.csv: --columns: no column is the action (say which: B=action)
? 2
