/*
 * fuzz_import.c - a libFuzzer target over planimport's readers
 * (plan_table_doc_read_buffer) and, for what they read, the mapper
 * (plan_import_write).
 *
 * The input's first byte picks the format, by its value modulo 4:
 * PLAN_IMPORT_AUTO, CSV, DOCX, XLSX; the rest is the file.  The corpus in
 * fuzz/import-corpus/ (made by fuzz/make-import-corpus.sh from the test
 * fixtures) starts it with real Word documents, workbooks and CSV, and
 * with the hostile ones; make replay runs it without libFuzzer.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "import.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const plan_import_format formats[4] = {
		PLAN_IMPORT_AUTO, PLAN_IMPORT_CSV, PLAN_IMPORT_DOCX, PLAN_IMPORT_XLSX
	};
	plan_table_doc *doc = NULL;
	size_t t, r, c, sum = 0;

	if (size < 1)
		return 0;
	if (plan_table_doc_read_buffer(&doc, "fuzz", data + 1, size - 1, formats[data[0] % 4]) != 0)
		return 0;
	/* every string there and terminated, every span at least 1 */
	for (t = 0; t < doc->ntables; t++) {
		sum += strlen(doc->tables[t].name);
		for (r = 0; r < doc->tables[t].nrows; r++)
			for (c = 0; c < doc->tables[t].rows[r].ncells; c++) {
				const plan_table_cell *x = &doc->tables[t].rows[r].cells[c];
				sum += strlen(x->text);
				if (x->span < 1)
					__builtin_trap();
			}
	}
	if (doc->title)
		sum += strlen(doc->title);
	{
		plan_import_options opt = PLAN_IMPORT_OPTIONS_INIT;
		plan_import_stats stats;
		FILE *out = fopen("/dev/null", "w");

		if (out) {
			opt.source = "fuzz";
			plan_import_write(doc, &opt, out, &stats);
			fclose(out);
		}
	}
	plan_table_doc_free(doc);
	return sum == (size_t)-1;
}
