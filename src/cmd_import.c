/*
 * cmd_import.c - planimport: a Word document's tables, an Excel
 * workbook's sheets or a CSV file, written as a plan file.
 *
 * The reader (import_read.c) turns the file into tables; the mapper
 * (import_map.c) writes the plan, keeping what it could not read as notes
 * and comments.  This layer reads the options, writes the plan to
 * standard output or, with -o, to a new file renamed over FILE once
 * whole (cmd_output_open), and says on standard error what was done: rows
 * read, actions and updates written, guesses made, cells kept as notes.
 * A file that cannot be read, or holds no table that maps to actions,
 * is exit status 2 with the reader's or the mapper's reason.
 */
#include <stdio.h>
#include <string.h>

#include "cmd.h"
#include "error.h"
#include "import.h"
#include "options.h"

static const char *const usage[] = {
	"[--format=docx|xlsx|csv] [--columns=MAP] [--plan-id=ID] [--title=TEXT] [-o FILE] FILE",
	NULL
};

/* ORDER: as plan_import_format. */
static const char *const import_formats[] = { "auto", "csv", "docx", "xlsx", NULL };

int cmd_import(int argc, char **argv)
{
	int format = PLAN_IMPORT_AUTO, status = PLAN_EXIT_OK, nfiles, rc, ok;
	plan_import_options io = PLAN_IMPORT_OPTIONS_INIT;
	plan_import_stats st;
	cmd_output out = { NULL, NULL, NULL };
	plan_table_doc *doc = NULL;
	const plan_option options[] = {
		PLAN_OPT_CHOICE('f', "format", &format, "FORMAT", import_formats,
				"docx, xlsx or csv; auto (the default): by the\n"
				"file's content (a zip is docx or xlsx by its\n"
				"parts, anything else CSV)"),
		PLAN_OPT_STRING(0, "columns", &io.columns, "MAP",
				"which column is which, by letter or number:\n"
				"A=objective,B=action,D=lead,E=due,F=update,G=rag\n"
				"(names: objective, action, measure, lead, partner,\n"
				"due, review, update, rag, comments, section, id,\n"
				"note, skip); default: found by the headers"),
		PLAN_OPT_STRING(0, "plan-id", &io.plan_id, "ID",
				"the plan's id (default: the capitals and digits\nof its title)"),
		PLAN_OPT_STRING(0, "title", &io.title, "TEXT",
				"the plan's title (default: the document's)"),
		PLAN_OPT_STRING('o', "output", &out.path, "FILE", "write to FILE (whole, or not at all)"),
		PLAN_OPT_END()
	};
	const plan_command cmd = {
		"planimport", usage,
		"Writes the plan that the tables of FILE hold: a Word document (.docx),\n"
		"an Excel workbook (.xlsx) or a CSV file.  Columns are found by their\n"
		"headers (objective, action, lead, timescale, review point, update, RAG,\n"
		"...: SPEC.md section 19), rows that continue the one above are joined,\n"
		"and cells are read as ids, dates, decisions and dated updates.  What\n"
		"cannot be read is kept as a note, with a comment \"# planimport: ...\"\n"
		"above it: read them, run plancheck, and commit.  A summary goes to\n"
		"standard error.\n",
		options,
		"Exit status: 0 written, 2 bad arguments, a file that cannot be read, or no\n"
		"table that looks like a plan.\n"
	};

	if ((nfiles = cmd_parse(&cmd, argc, argv, &status)) < 0)
		return status;
	if (nfiles != 1) {
		fprintf(stderr, "planimport: %s\n", nfiles ? "one FILE at a time" : "no FILE named");
		plan_options_usage(&cmd);
		return PLAN_EXIT_USAGE;
	}
	if (plan_table_doc_read(&doc, argv[0], (plan_import_format)format) < 0) {
		const char *msg = plan_error_message();
		size_t n = strlen(argv[0]);
		/* the reason names the file, once */
		if (!strncmp(msg, argv[0], n) && msg[n] == ':')
			fprintf(stderr, "planimport: %s\n", msg);
		else
			fprintf(stderr, "planimport: %s: %s\n", argv[0], msg);
		return PLAN_EXIT_USAGE;
	}
	io.source = argv[0];
	if (cmd_output_open("planimport", &out, -1) < 0) {
		plan_table_doc_free(doc);
		return PLAN_EXIT_USAGE;
	}
	rc = plan_import_write(doc, &io, out.f, &st);
	ok = rc == PLAN_OK;
	if (!ok)
		fprintf(stderr, "planimport: %s: %s\n", argv[0], plan_error_message());
	status = cmd_output_close("planimport", &out, ok, ok ? PLAN_EXIT_OK : PLAN_EXIT_USAGE);
	if (ok && status == PLAN_EXIT_OK)
		fprintf(stderr,
			"planimport: %zu row%s read, %zu action%s and %zu update%s written, %zu guess%s (comments "
			"\"# planimport:\"), %zu note%s kept\n",
			st.rows, st.rows == 1 ? "" : "s", st.actions, st.actions == 1 ? "" : "s", st.updates,
			st.updates == 1 ? "" : "s", st.guesses, st.guesses == 1 ? "" : "es", st.notes,
			st.notes == 1 ? "" : "s");
	plan_table_doc_free(doc);
	return status;
}
