$ planimport --help
usage: planimport [--format=docx|xlsx|csv] [--columns=MAP] [--plan-id=ID] [--title=TEXT] [-o FILE] FILE

Writes the plan that the tables of FILE hold: a Word document (.docx),
an Excel workbook (.xlsx) or a CSV file.  Columns are found by their
headers (objective, action, lead, timescale, review point, update, RAG,
...: SPEC.md section 19), rows that continue the one above are joined,
and cells are read as ids, dates, decisions and dated updates.  What
cannot be read is kept as a note, with a comment "# planimport: ..."
above it: read them, run plancheck, and commit.  A summary goes to
standard error.

  -f, --format=FORMAT     docx, xlsx or csv; auto (the default): by the
                          file's content (a zip is docx or xlsx by its
                          parts, anything else CSV)
      --columns=MAP       which column is which, by letter or number:
                          A=objective,B=action,D=lead,E=due,F=update,G=rag
                          (names: objective, action, measure, lead, partner,
                          due, review, update, rag, comments, section, id,
                          note, skip); default: found by the headers
      --plan-id=ID        the plan's id (default: the capitals and digits
                          of its title)
      --title=TEXT        the plan's title (default: the document's)
  -o, --output=FILE       write to FILE (whole, or not at all)
  -h, --help              show this help
      --version           show the version

Exit status: 0 written, 2 bad arguments, a file that cannot be read, or no
table that looks like a plan.
? 0
