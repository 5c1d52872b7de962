$ planimport; planimport a.csv b.csv; planimport --plan-id="not an id" import/bom.csv
planimport: no FILE named
usage: planimport [--format=docx|xlsx|csv] [--columns=MAP] [--plan-id=ID] [--title=TEXT] [-o FILE] FILE
(planimport --help lists the options)
planimport: one FILE at a time
usage: planimport [--format=docx|xlsx|csv] [--columns=MAP] [--plan-id=ID] [--title=TEXT] [-o FILE] FILE
(planimport --help lists the options)
planimport: import/bom.csv: --plan-id: "not an id" is not an id (letters and digits, in parts joined by . _ or -)
? 2
