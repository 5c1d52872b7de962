/*
 * pack_csv.c - planreport --format=csv: the workbook's Actions sheet
 * (or, with --rows=updates, its Updates sheet) as RFC 4180 CSV, from the
 * rows pack_sheet.c makes, so that the two formats never disagree.
 *
 * UTF-8 without a byte order mark (RFC 4180 and the tools that read CSV
 * as a stream take none; a BOM would be a character of the first field
 * to them).  Records end in CRLF; a field is quoted, its quotes doubled,
 * when it holds a comma, a quote, a CR or a LF, and a line break of plan
 * text stays a LF inside its quoted field.  Days are YYYY-MM-DD, counts
 * digits; every text goes through plan_sheet_text (valid UTF-8, formula
 * starts neutralised).
 */
#include "pack_sheet.h"

#include <string.h>

/* Writes one field, s cleaned already. */
static void field(FILE *out, const char *s)
{
	if (!strpbrk(s, ",\"\r\n")) {
		fputs(s, out);
		return;
	}
	putc('"', out);
	for (; *s; s++) {
		if (*s == '"')
			putc('"', out);
		putc(*s, out);
	}
	putc('"', out);
}

static int row(FILE *out, const plan_sheet_cell *cells, size_t n, plan_sheet_buf *tmp)
{
	size_t k;

	for (k = 0; k < n; k++) {
		const plan_sheet_cell *c = &cells[k];
		char buf[32];

		if (k)
			putc(',', out);
		switch (c->kind) {
		case PLAN_SHEET_EMPTY:
			break;
		case PLAN_SHEET_TEXT:
		case PLAN_SHEET_RAG:
			if (plan_sheet_text(tmp, c->text, 0) < 0)
				return -1;
			field(out, tmp->s);
			break;
		case PLAN_SHEET_DAY: {
			long long y;
			int m, d;
			plan_day_from_number(c->day, &y, &m, &d);
			plan_day_format(buf, (int)y, m, d);
			fputs(buf, out);
			break;
		}
		case PLAN_SHEET_NUMBER:
			fprintf(out, "%ld", c->number);
			break;
		}
	}
	fputs("\r\n", out);
	return 0;
}

static void heads(FILE *out, const char *const *h, size_t n)
{
	size_t k;

	for (k = 0; k < n; k++) {
		if (k)
			putc(',', out);
		field(out, h[k]);
	}
	fputs("\r\n", out);
}

int plan_pack_csv(const plan_pack *pack, plan_pack_rows rows, FILE *out)
{
	plan_sheet_row r;
	plan_sheet_buf tmp;
	size_t i;
	int st = 0;

	memset(&r, 0, sizeof(r));
	memset(&tmp, 0, sizeof(tmp));
	if (rows == PLAN_PACK_ROWS_UPDATES)
		heads(out, plan_sheet_update_heads, PLAN_SHEET_UPDATE_COLS);
	else
		heads(out, plan_sheet_action_heads, PLAN_SHEET_ACTION_COLS);
	for (i = 0; i < pack->nitems && st == 0 && !ferror(out); i++) {
		const plan_update *u;

		if (rows == PLAN_PACK_ROWS_ACTIONS) {
			if ((st = plan_sheet_action_row(pack, i, &r)) == 0)
				st = row(out, r.cells, r.n, &tmp);
			continue;
		}
		for (u = pack->items[i].action->updates.head; u && st == 0; u = u->next) {
			plan_sheet_update_row(pack, i, u, &r);
			st = row(out, r.cells, r.n, &tmp);
		}
	}
	plan_sheet_row_free(&r);
	plan_sheet_buf_free(&tmp);
	return st < 0 || ferror(out) ? -1 : 0;
}
