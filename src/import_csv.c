/*
 * import_csv.c - planimport's CSV reader: RFC 4180 into one table.
 *
 * Fields are separated by commas (or by semicolons or tabs, when the
 * first line has more of those than commas: what Excel writes in locales
 * whose decimal mark is a comma); a field in double quotes may hold
 * separators, line breaks and "" for a quote.  Lines end in CRLF, LF or
 * CR, mixed as they come: a line break inside a quoted field becomes
 * "\n".  A UTF-8 byte order mark is skipped.  The reader is strict where
 * a guess would change text: a quoted field still open at the end of the
 * data, a NUL byte, and bytes that are not UTF-8 (a file saved as
 * Windows-1252, say) are errors that name the line, never replaced
 * silently; it is lenient where nothing is lost: a quote inside an
 * unquoted field, or text after a closing quote, is kept as text.
 *
 * One pass over the bytes; each field is copied once into the document's
 * arena, rows and cells are collected in growing arrays and moved into
 * the arena at the end of each row.
 */
#include <string.h>

#include "alloc.h"
#include "error.h"
#include "import_int.h"
#include "diag.h"
#include "limit.h"

/* The separator: ',' unless the first line has more ';' or tabs. */
static char sniff(const char *p, const char *end)
{
	size_t comma = 0, semi = 0, tab = 0;
	int quoted = 0;

	for (; p < end; p++) {
		if (*p == '"')
			quoted = !quoted;
		else if (quoted)
			continue;
		else if (*p == '\n' || *p == '\r')
			break;
		else if (*p == ',')
			comma++;
		else if (*p == ';')
			semi++;
		else if (*p == '\t')
			tab++;
	}
	if (semi > comma && semi >= tab)
		return ';';
	if (tab > comma && tab > semi)
		return '\t';
	return ',';
}

struct reader {
	plan_table_doc *doc;
	char *field;
	size_t flen, fcap;
	plan_table_cell *cells;
	size_t ncells, ccap;
	plan_table_row *rows;
	size_t nrows, rcap;
	size_t total;              /* cells read, against PLAN_IMPORT_MAX_CELLS */
	size_t line;
};

static int add_byte(struct reader *r, const char *s, size_t n)
{
	if (r->flen + n > (size_t)PLAN_IMPORT_MAX_CELL)
		return plan_error_set(PLAN_EINVALID, "line %zu: a field of more than " PLAN_IMPORT_MAX_CELL_TEXT,
				      r->line);
	if (PLAN_GROW(r->field, r->fcap, r->flen + n + 1) < 0)
		return plan_error_oom();
	memcpy(r->field + r->flen, s, n);
	r->flen += n;
	return PLAN_OK;
}

static int end_field(struct reader *r)
{
	plan_table_cell *c;
	char *t;

	if (++r->total > (size_t)PLAN_IMPORT_MAX_CELLS)
		return plan_error_set(PLAN_EINVALID, "line %zu: more than %ld cells", r->line,
				      (long)PLAN_IMPORT_MAX_CELLS);
	if (PLAN_GROW(r->cells, r->ccap, r->ncells + 1) < 0 ||
	    !(t = plan_arena_strndup(r->doc->arena, r->field ? r->field : "", r->flen)))
		return plan_error_oom();
	c = &r->cells[r->ncells++];
	memset(c, 0, sizeof *c);
	c->text = t;
	c->span = 1;
	r->flen = 0;
	return PLAN_OK;
}

static int end_row(struct reader *r)
{
	plan_table_row *row;
	size_t i;
	int empty = 1;

	for (i = 0; i < r->ncells; i++)
		if (r->cells[i].text[0])
			empty = 0;
	if (empty && r->ncells <= 1) {
		r->ncells = 0;   /* a blank line */
		return PLAN_OK;
	}
	if (PLAN_GROW(r->rows, r->rcap, r->nrows + 1) < 0)
		return plan_error_oom();
	row = &r->rows[r->nrows++];
	memset(row, 0, sizeof *row);
	if (!(row->cells = plan_arena_alloc(r->doc->arena, r->ncells * sizeof *row->cells)))
		return plan_error_oom();
	memcpy(row->cells, r->cells, r->ncells * sizeof *row->cells);
	row->ncells = r->ncells;
	r->ncells = 0;
	return PLAN_OK;
}

int plan_import_csv_read(plan_table_doc *doc, const char *data, size_t len)
{
	struct reader r;
	const char *p = data, *end = data + len;
	size_t line = 1, qline = 0;
	char sep;
	int rc = PLAN_OK, quoted = 0, in_field = 0;

	memset(&r, 0, sizeof r);
	r.doc = doc;
	if (len >= 3 && !memcmp(p, "\xef\xbb\xbf", 3))
		p += 3;
	sep = sniff(p, end);
	while (p < end && rc == PLAN_OK) {
		unsigned char ch = (unsigned char)*p;
		size_t k;

		r.line = line;
		if (ch == 0) {
			rc = plan_error_set(PLAN_EINVALID, "line %zu: a NUL byte: this is not a CSV text file", line);
			break;
		}
		if (ch >= 0x80) {
			if (!(k = plan_utf8_len(p, (size_t)(end - p)))) {
				rc = plan_error_set(PLAN_EINVALID,
						    "line %zu: byte 0x%02X is not UTF-8: save the CSV as UTF-8 (\"CSV UTF-8\" in Excel)",
						    line, ch);
				break;
			}
			rc = add_byte(&r, p, k);
			p += k;
			in_field = 1;
			continue;
		}
		if (quoted) {
			if (ch == '"') {
				if (p + 1 < end && p[1] == '"') {
					rc = add_byte(&r, "\"", 1);
					p += 2;
				} else {
					quoted = 0;
					p++;
				}
			} else if (ch == '\r' || ch == '\n') {
				rc = add_byte(&r, "\n", 1);
				p += (ch == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
				line++;
			} else {
				rc = add_byte(&r, p, 1);
				p++;
			}
			continue;
		}
		if (ch == '"' && r.flen == 0 && !in_field) {
			quoted = 1;
			qline = line;
			in_field = 1;
			p++;
		} else if (ch == (unsigned char)sep) {
			rc = end_field(&r);
			in_field = 0;
			p++;
		} else if (ch == '\r' || ch == '\n') {
			if ((rc = end_field(&r)) == PLAN_OK)
				rc = end_row(&r);
			in_field = 0;
			p += (ch == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
			line++;
		} else {
			rc = add_byte(&r, p, 1);
			in_field = 1;
			p++;
		}
	}
	if (rc == PLAN_OK && quoted)
		rc = plan_error_set(PLAN_EINVALID,
				    "line %zu: the quoted field opened here is not closed by the end of the file", qline);
	if (rc == PLAN_OK && (in_field || r.ncells)) {
		if ((rc = end_field(&r)) == PLAN_OK)
			rc = end_row(&r);
	}
	if (rc == PLAN_OK) {
		plan_table *t = plan_arena_zalloc(doc->arena, sizeof *t);
		if (!t || (r.nrows && !(t->rows = plan_arena_alloc(doc->arena, r.nrows * sizeof *t->rows)))) {
			rc = plan_error_oom();
		} else {
			if (r.nrows)
				memcpy(t->rows, r.rows, r.nrows * sizeof *t->rows);
			t->nrows = r.nrows;
			t->name = "table 1";
			doc->tables = t;
			doc->ntables = 1;
			doc->format = PLAN_IMPORT_CSV;
		}
	}
	plan_free(r.field);
	plan_free(r.cells);
	plan_free(r.rows);
	return rc;
}
