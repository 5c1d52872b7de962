/*
 * import_zip.h - what the docx and xlsx readers share: the zip archive
 * (libzip, over the bytes in memory), each part read as a stream of XML
 * nodes (libxml2's xmlTextReader, fed by zip_fread a block at a time, so
 * that a part is never whole in memory), the limits of limit.h on both,
 * a text buffer with the one-cell limit, and the building of tables into
 * the document's arena.
 *
 * Every failure here records its message (error.h), naming the file and
 * the part, and returns PLAN_EINVALID (or PLAN_ENOMEM); the reader that
 * called stops and returns the same code.
 */
#ifndef PLAN_IMPORT_ZIP_H
#define PLAN_IMPORT_ZIP_H

#include <stddef.h>

#include "import.h"

typedef struct plan_zip plan_zip;
typedef struct plan_xml plan_xml;

/*
 * Opens the zip archive in data[0..len) (not copied: it must outlive the
 * plan_zip); name is the file's, for messages.  PLAN_OK, or PLAN_EINVALID
 * with "NAME: not a zip archive ..." recorded.
 */
int plan_zip_open(plan_zip **out, const char *name, const void *data, size_t len);

/* 1 when the archive has a part of that exact name, else 0. */
int plan_zip_has(plan_zip *z, const char *part);

/*
 * Opens part as a stream of XML nodes.  Refuses a part whose directory
 * entry says it expands more than PLAN_IMPORT_MAX_RATIO times (when over
 * PLAN_IMPORT_RATIO_FLOOR), and stops any read that takes the bytes
 * expanded from the whole archive past PLAN_IMPORT_MAX_EXPANDED.  The XML
 * is parsed without the network, without loading or substituting any
 * entity, and a document type declaration is an error: no external
 * entity is ever read (no XXE), no entity ever expands.
 */
int plan_xml_open(plan_zip *z, const char *part, plan_xml **out);

/* The node types the readers look at (xmlTextReader's numbers). */
enum {
	PLAN_XML_ELEMENT = 1,
	PLAN_XML_TEXT = 3,
	PLAN_XML_CDATA = 4,
	PLAN_XML_WHITESPACE = 13,
	PLAN_XML_SIGNIFICANT_WHITESPACE = 14,
	PLAN_XML_END_ELEMENT = 15
};

/*
 * Moves to the next node: 1 when there is one, 0 at the end of the part,
 * or a negative code with the reason recorded ("NAME: PART: not
 * well-formed XML, line N: ..."; over a limit; a DOCTYPE).
 */
int plan_xml_next(plan_xml *x);

/* The current node: its type, its depth (the root element's is 0), whether it is <e/>. */
int plan_xml_type(plan_xml *x);
int plan_xml_depth(plan_xml *x);
int plan_xml_empty(plan_xml *x);

/* 1 when the current node is an element (or its end) named local in namespace ns. */
int plan_xml_is(plan_xml *x, const char *ns, const char *local);

/* The current node's text (a text node's), or NULL. */
const char *plan_xml_value(plan_xml *x);

/*
 * The value of the current element's attribute local in namespace ns
 * (NULL: no namespace), or NULL when it has none; plan_free it.
 */
char *plan_xml_attr(plan_xml *x, const char *ns, const char *local);

/* Records PLAN_EINVALID with "NAME: PART: " and the message; returns PLAN_EINVALID. */
int plan_xml_fail(plan_xml *x, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

void plan_xml_close(plan_xml *x);
void plan_zip_close(plan_zip *z);

/* ---- text of one cell, at most PLAN_IMPORT_MAX_CELL bytes ---- */

typedef struct plan_ibuf {
	char *p;
	size_t len, cap;
} plan_ibuf;

/* Appends s[0..n); PLAN_OK, or PLAN_EINVALID (past PLAN_IMPORT_MAX_CELL, recorded with x's part) or PLAN_ENOMEM. */
int plan_ibuf_add(plan_ibuf *b, plan_xml *x, const char *s, size_t n);
void plan_ibuf_free(plan_ibuf *b);

/* ---- tables built into a document ---- */

/*
 * Rows are gathered in a growing array, each row's cells copied into the
 * arena when the row ends; a table's rows are copied when the table
 * ends; the tables when the document is done.  Cells (and empty rows, as
 * one) are counted against PLAN_IMPORT_MAX_CELLS as they come.
 */
typedef struct plan_tbuild {
	plan_table_doc *doc;
	const char *name;          /* the file's, for messages */
	plan_table *tables;
	size_t ntables, tables_cap;
	plan_table_row *rows;
	size_t nrows, rows_cap;
	plan_table_cell *cells;
	size_t ncells, cells_cap;
	size_t counted;            /* against PLAN_IMPORT_MAX_CELLS */
	int in_table;
} plan_tbuild;

void plan_tbuild_init(plan_tbuild *tb, plan_table_doc *doc, const char *name);

/* Counts n more cells against PLAN_IMPORT_MAX_CELLS: PLAN_OK or PLAN_EINVALID recorded. */
int plan_tbuild_count(plan_tbuild *tb, size_t n);

/* Begins a table named name (copied). */
int plan_tbuild_table(plan_tbuild *tb, const char *name);

/* Adds a cell to the current row; text[0..len) is copied; counted. */
int plan_tbuild_cell(plan_tbuild *tb, const char *text, size_t len, const plan_table_cell *look);

/* Ends the current row (header: marked so); a row with no cell counts as one. */
int plan_tbuild_row(plan_tbuild *tb, int header);

/* Ends the current table; its rows stay in tb->rows until then (the xlsx reader merges in them). */
int plan_tbuild_table_end(plan_tbuild *tb);

/* Moves the tables into doc (doc->tables, doc->ntables). */
int plan_tbuild_finish(plan_tbuild *tb);

/* Frees what the builder holds outside the arena (after finish, or on failure). */
void plan_tbuild_free(plan_tbuild *tb);

/* Reads "RRGGBB" or "AARRGGBB" hex into *rgb: 1, or 0 when it is not. */
int plan_import_hex_colour(const char *s, unsigned *rgb);

#endif
