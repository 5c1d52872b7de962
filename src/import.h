/*
 * import.h - planimport: the tables of a Word document, an Excel workbook
 * or a CSV file, read into one value (a plan_table_doc), then mapped to a
 * plan file.
 *
 * The readers (import_csv.c, import_docx.c, import_xlsx.c) know only
 * their container: they give rows of cells of text, with what a cell's
 * look says (its fill colour) and how it spans.  The mapper (import_map.c)
 * knows only plans: which column is which (by its header, or --columns),
 * which rows continue the objective above, how a cell's text reads as
 * ids, dates, leads, decisions and dated updates.  Neither prints: a
 * reader's failure is a code with the reason recorded (error.h); what the
 * mapper could not map goes into the plan it writes, as notes and
 * comments, and is counted in plan_import_stats.
 */
#ifndef PLAN_IMPORT_H
#define PLAN_IMPORT_H

#include <stddef.h>
#include <stdio.h>

#include "arena.h"

typedef enum {
	PLAN_IMPORT_AUTO = 0,      /* from the file's first bytes: PK (zip) then its parts, else CSV */
	PLAN_IMPORT_CSV,
	PLAN_IMPORT_DOCX,
	PLAN_IMPORT_XLSX
} plan_import_format;

/* One cell: its text, and what its look says. */
typedef struct plan_table_cell {
	const char *text;          /* UTF-8, NUL-terminated, never NULL: the cell's paragraphs
				    * (Word) or lines joined by "\n", list items each on a line
				    * of their own; "" when empty */
	unsigned fill;             /* its fill colour as 0xRRGGBB, when has_fill */
	int has_fill;
	int continued;             /* the lower part of a cell merged with the one above
				    * (Word's vMerge continue, Excel's merged range): text "" */
	unsigned span;             /* columns it covers (Word's gridSpan, a merged range): >= 1;
				    * the cells it covers are not in the row, so a cell's
				    * column is the sum of the spans before it (a merged
				    * range's lower rows: one continued cell, same span) */
} plan_table_cell;

typedef struct plan_table_row {
	plan_table_cell *cells;
	size_t ncells;
	int header;                /* marked as a header row by the document (Word's
				    * tblHeader, repeated on each page); the mapper also
				    * recognises header rows by their text */
} plan_table_row;

/* A table: a Word table, a worksheet, or the CSV file. */
typedef struct plan_table {
	const char *name;          /* the sheet's name, or "table N" (1-based), or the file's */
	plan_table_row *rows;
	size_t nrows;
} plan_table;

/* Everything in it lives in its arena, freed by plan_table_doc_free. */
typedef struct plan_table_doc {
	plan_arena *arena;
	plan_table *tables;
	size_t ntables;
	plan_import_format format;  /* what was read */
	const char *title;          /* the document's title (docx core properties, the first
				     * heading or paragraph before the first table), or NULL */
} plan_table_doc;

/*
 * Reads path as fmt (AUTO: by its content) into *out.  PLAN_OK, or a
 * negative code with the reason recorded: PLAN_EREAD (cannot be read),
 * PLAN_EINVALID (not a valid docx/xlsx/csv, over a limit of limit.h:
 * PLAN_IMPORT_MAX_*, an external entity).  *out is NULL then.
 */
int plan_table_doc_read(plan_table_doc **out, const char *path, plan_import_format fmt);

/* The same from bytes in memory (the fuzz target's way in). */
int plan_table_doc_read_buffer(plan_table_doc **out, const char *name, const void *data, size_t len,
			       plan_import_format fmt);

void plan_table_doc_free(plan_table_doc *doc);

/* What the mapper is told. */
typedef struct plan_import_options {
	const char *columns;       /* --columns=MAP ("A=objective,B=action,..."), or NULL */
	const char *plan_id;       /* --plan-id, or NULL: made from the title */
	const char *title;         /* --title, or NULL: the document's */
	const char *source;        /* the file's name, for the plan's first comment */
} plan_import_options;

#define PLAN_IMPORT_OPTIONS_INIT { NULL, NULL, NULL, NULL }

/* What the mapper did, for the summary on standard error. */
typedef struct plan_import_stats {
	size_t rows;               /* rows read (header rows too) */
	size_t actions;            /* actions written */
	size_t updates;            /* dated updates written */
	size_t guesses;            /* values it had to guess about (each with a comment) */
	size_t notes;              /* cells it could not map, kept as notes */
} plan_import_stats;

/*
 * Writes the plan that doc's tables hold to out.  Returns PLAN_OK, or
 * PLAN_EINVALID when no table looks like a plan (no column it can map
 * to actions; the reason recorded), or PLAN_ENOMEM.  The plan written
 * always parses: every id unique, every value it could not read kept
 * as a note or a comment.
 */
int plan_import_write(const plan_table_doc *doc, const plan_import_options *opt, FILE *out,
		      plan_import_stats *stats);

#endif
