/*
 * pack_xlsx.c - planreport --format=xlsx: the board pack as a workbook,
 * written with libxlsxwriter (a file, not a stream: cmd_report.c gives
 * it a path).
 *
 * Four sheets, each a table whose header row is frozen and filtered:
 *   Summary     the counts of each plan, section and objective
 *               (pack->groups) and of the whole pack, then the day the
 *               pack is "as at" and its window and lead, if any;
 *   Actions     one row per action, the columns of pack_sheet.c (the
 *               CSV's): days as Excel dates, counts as numbers;
 *   Updates     one row per update (the CSV's --rows=updates);
 *   Exceptions  one row per action of each exception list, the list
 *               named in the first column.
 * A rating is written as its word in a cell filled with its colour, so
 * that it is never told by colour alone.
 *
 * Text goes in with worksheet_write_string only (never as a formula),
 * through plan_sheet_text with PLAN_SHEET_XML: valid UTF-8, formula
 * starts neutralised (for whoever saves the sheet as CSV), Excel's own
 * escapes kept literal, cut to what a cell holds.  libxlsxwriter escapes
 * the XML and control characters itself.
 *
 * Every libxlsxwriter call that can fail is checked; the first failure
 * stops the writing, discards the workbook and is recorded (error.h).
 * libxlsxwriter allocates with the system's allocator, outside alloc.h's
 * failure injection, and prints a line of its own to standard error on
 * a failure it meets (it has no switch for that): the path is tried
 * before it is handed over, so that the common failure is ours to say.  The document's
 * creation time is the pack's day, so that the same plans on the same
 * day give the same bytes.
 */
#include "pack_sheet.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

struct book {
	lxw_workbook *wb;
	lxw_format *head;          /* the header row */
	lxw_format *date;          /* days */
	lxw_format *rag[PLAN_RAG_GREEN + 1];  /* each rating's fill ([0] unused) */
	plan_sheet_buf tmp;        /* the cleaned text of a cell */
	plan_sheet_row row;
};

/* The fills: a dark red under white text, an amber and a green under black. */
static const lxw_color_t rag_fill[PLAN_RAG_GREEN + 1] = { 0, 0xC00000, 0xFFC000, 0x00B050 };
static const lxw_color_t rag_font[PLAN_RAG_GREEN + 1] = { 0, 0xFFFFFF, 0x000000, 0x000000 };

/* Records why a call failed: -1 when e is an error, else 0. */
static int check(lxw_error e, const char *what)
{
	if (e == LXW_NO_ERROR)
		return 0;
	if (e == LXW_ERROR_MEMORY_MALLOC_FAILED)
		plan_error_oom();
	else
		plan_error_set(PLAN_EINVALID, "cannot write the workbook: %s: %s", what, lxw_strerror(e));
	return -1;
}

static int text(struct book *b, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const char *s,
		lxw_format *f)
{
	if (plan_sheet_text(&b->tmp, s, PLAN_SHEET_XML) < 0)
		return -1;
	return check(worksheet_write_string(ws, r, c, b->tmp.s, f), "a text cell");
}

static int cell(struct book *b, lxw_worksheet *ws, lxw_row_t r, lxw_col_t c, const plan_sheet_cell *x)
{
	long long y;
	int m, d;
	char buf[16];

	switch (x->kind) {
	case PLAN_SHEET_EMPTY:
		return 0;
	case PLAN_SHEET_TEXT:
		return text(b, ws, r, c, x->text, NULL);
	case PLAN_SHEET_RAG:
		return text(b, ws, r, c, x->text, b->rag[x->rag]);
	case PLAN_SHEET_NUMBER:
		return check(worksheet_write_number(ws, r, c, (double)x->number, NULL), "a number");
	case PLAN_SHEET_DAY:
		plan_day_from_number(x->day, &y, &m, &d);
		/* Excel's dates start in 1900 and end in 9999: others as text. */
		if (y < 1900 || y > 9999) {
			plan_day_format(buf, (int)y, m, d);
			return text(b, ws, r, c, buf, NULL);
		} else {
			lxw_datetime dt = { (int)y, m, d, 0, 0, 0.0 };
			return check(worksheet_write_datetime(ws, r, c, &dt, b->date), "a date");
		}
	}
	return 0;
}

/*
 * A new sheet: its header row from heads[0..n), frozen, and column widths.
 * NULL when it failed (recorded).
 */
static lxw_worksheet *sheet(struct book *b, const char *name, const char *const *heads, size_t n,
			    const double *widths)
{
	lxw_worksheet *ws = workbook_add_worksheet(b->wb, name);
	size_t k;

	if (!ws) {
		plan_error_set(PLAN_EINVALID, "cannot write the workbook: cannot add the sheet %s", name);
		return NULL;
	}
	for (k = 0; k < n; k++)
		if (text(b, ws, 0, (lxw_col_t)k, heads[k], b->head) < 0 ||
		    check(worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k, widths[k], NULL),
			  "a column's width") < 0)
			return NULL;
	worksheet_freeze_panes(ws, 1, 0);
	return ws;
}

/* The filter over the table of rows 0..last, n columns. */
static int filter(lxw_worksheet *ws, lxw_row_t last, size_t n)
{
	return check(worksheet_autofilter(ws, 0, 0, last, (lxw_col_t)(n - 1)), "the filter");
}

/* Column widths, in characters, of the Actions sheet: ORDER as plan_sheet_action_heads. */
static const double action_widths[PLAN_SHEET_ACTION_COLS] = {
	8, 9, 10, 9, 60, 30, 14, 12, 12, 12, 8, 9, 8, 9, 12, 60, 16, 12, 40
};

static int actions(struct book *b, const plan_pack *pack)
{
	lxw_worksheet *ws = sheet(b, "Actions", plan_sheet_action_heads, PLAN_SHEET_ACTION_COLS,
				  action_widths);
	size_t i, k;

	if (!ws)
		return -1;
	for (i = 0; i < pack->nitems; i++) {
		if (plan_sheet_action_row(pack, i, &b->row) < 0)
			return -1;
		for (k = 0; k < b->row.n; k++)
			if (cell(b, ws, (lxw_row_t)(i + 1), (lxw_col_t)k, &b->row.cells[k]) < 0)
				return -1;
	}
	return filter(ws, (lxw_row_t)pack->nitems, PLAN_SHEET_ACTION_COLS);
}

static const double update_widths[PLAN_SHEET_UPDATE_COLS] = { 8, 9, 12, 9, 24, 80 };

static int updates(struct book *b, const plan_pack *pack)
{
	lxw_worksheet *ws = sheet(b, "Updates", plan_sheet_update_heads, PLAN_SHEET_UPDATE_COLS,
				  update_widths);
	lxw_row_t r = 0;
	size_t i, k;

	if (!ws)
		return -1;
	for (i = 0; i < pack->nitems; i++) {
		const plan_update *u;
		for (u = pack->items[i].action->updates.head; u; u = u->next) {
			plan_sheet_update_row(pack, i, u, &b->row);
			r++;
			for (k = 0; k < b->row.n; k++)
				if (cell(b, ws, r, (lxw_col_t)k, &b->row.cells[k]) < 0)
					return -1;
		}
	}
	return filter(ws, r, PLAN_SHEET_UPDATE_COLS);
}

/* ORDER: the Exceptions sheet's columns, as exception_cols. */
static const char *const exception_heads[] = {
	"list", "organisation", "plan", "id", "title", "leads", "effective deadline",
	"days overdue", "moves", "last RAG", "last update date", "last update text"
};
#define EXCEPTION_COLS (sizeof(exception_heads) / sizeof(exception_heads[0]))
/* The Actions columns the Exceptions sheet repeats, from its third; -1: moves. */
static const int exception_cols[EXCEPTION_COLS - 2] = {
	PLAN_SHEET_A_PLAN, PLAN_SHEET_A_ID, PLAN_SHEET_A_TITLE, PLAN_SHEET_A_LEADS,
	PLAN_SHEET_A_EFFECTIVE, PLAN_SHEET_A_OVERDUE, -1, PLAN_SHEET_A_RAG,
	PLAN_SHEET_A_UPDATE_DATE, PLAN_SHEET_A_UPDATE_TEXT
};
static const double exception_widths[EXCEPTION_COLS] = { 14, 24, 8, 9, 60, 30, 12, 8, 7, 9, 12, 60 };

static int exception_rows(struct book *b, const plan_pack *pack, lxw_worksheet *ws, lxw_row_t *r,
			  const char *name, const char *org, const plan_pack_list *l)
{
	size_t k, c;

	for (k = 0; k < l->n; k++) {
		const plan_pack_item *it = &pack->items[l->v[k]];
		++*r;
		if (plan_sheet_action_row(pack, l->v[k], &b->row) < 0 || text(b, ws, *r, 0, name, NULL) < 0 ||
		    (org && text(b, ws, *r, 1, org, NULL) < 0))
			return -1;
		for (c = 0; c < EXCEPTION_COLS - 2; c++) {
			plan_sheet_cell moves = { PLAN_SHEET_NUMBER, NULL, 0, it->moves, PLAN_RAG_NONE };
			const plan_sheet_cell *x = exception_cols[c] < 0 ? &moves : &b->row.cells[exception_cols[c]];
			if (cell(b, ws, *r, (lxw_col_t)(c + 2), x) < 0)
				return -1;
		}
	}
	return 0;
}

static int exceptions(struct book *b, const plan_pack *pack)
{
	lxw_worksheet *ws = sheet(b, "Exceptions", exception_heads, EXCEPTION_COLS, exception_widths);
	lxw_row_t r = 0;
	size_t k;

	if (!ws)
		return -1;
	if (exception_rows(b, pack, ws, &r, "overdue", NULL, &pack->overdue) < 0 ||
	    exception_rows(b, pack, ws, &r, "stale", NULL, &pack->stale) < 0)
		return -1;
	/* With a window, who has not given an update in it, by organisation. */
	for (k = 0; pack->opt.log && k < pack->norgs; k++)
		if (exception_rows(b, pack, ws, &r, "not updated", pack->orgs[k].name,
				   &pack->orgs[k].not_updated) < 0)
			return -1;
	if (exception_rows(b, pack, ws, &r, "moved", NULL, &pack->moved) < 0 ||
	    exception_rows(b, pack, ws, &r, "red", NULL, &pack->red) < 0 ||
	    exception_rows(b, pack, ws, &r, "due soon", NULL, &pack->due_soon) < 0 ||
	    exception_rows(b, pack, ws, &r, "no owner", NULL, &pack->no_owner) < 0)
		return -1;
	return filter(ws, r, EXCEPTION_COLS);
}

/* ORDER: the Summary sheet's columns, as summary_row writes them. */
static const char *const summary_heads[] = {
	"level", "plan", "id", "title", "actions", "open", "green", "amber", "red", "unrated",
	"complete", "removed", "overdue", "stale", "no owner", "changed"
};
#define SUMMARY_COLS (sizeof(summary_heads) / sizeof(summary_heads[0]))
static const double summary_widths[SUMMARY_COLS] = { 10, 8, 9, 60, 8, 7, 7, 7, 7, 8, 9, 8, 8, 7, 9, 8 };

static int summary_row(struct book *b, const plan_pack *pack, lxw_worksheet *ws, lxw_row_t r,
		       const plan_pack_group *g)
{
	const plan_pack_counts *c = g ? &g->counts : &pack->total;
	const size_t n[] = {
		c->actions, c->open, c->rag[PLAN_RAG_GREEN], c->rag[PLAN_RAG_AMBER], c->rag[PLAN_RAG_RED],
		c->rag[PLAN_RAG_NONE], c->complete, c->removed, c->overdue, c->stale, c->no_owner,
		c->changed
	};
	/* The changed column only with a window. */
	size_t k, cols = sizeof(n) / sizeof(n[0]) - !pack->opt.log;
	const char *plan = NULL;

	if (g) {
		plan = g->kind == PLAN_KIND_PLAN ? ((const plan_plan *)g->obj)->id
		     : g->kind == PLAN_KIND_SECTION ? ((const plan_section *)g->obj)->plan->id
		     : ((const plan_objective *)g->obj)->plan->id;
		if (text(b, ws, r, 0, plan_kind_name(g->kind), NULL) < 0 || text(b, ws, r, 1, plan, NULL) < 0 ||
		    (g->id && text(b, ws, r, 2, g->id, NULL) < 0) ||
		    (g->title && *g->title && text(b, ws, r, 3, g->title, NULL) < 0))
			return -1;
	} else if (text(b, ws, r, 0, "total", NULL) < 0) {
		return -1;
	}
	for (k = 0; k < cols; k++)
		if (check(worksheet_write_number(ws, r, (lxw_col_t)(4 + k), (double)n[k], NULL), "a count") < 0)
			return -1;
	return 0;
}

static int summary(struct book *b, const plan_pack *pack)
{
	size_t ncols = SUMMARY_COLS - !pack->opt.log, k;
	lxw_worksheet *ws = sheet(b, "Summary", summary_heads, ncols, summary_widths);
	plan_sheet_cell today = { PLAN_SHEET_DAY, NULL, pack->opt.today, 0, PLAN_RAG_NONE };
	lxw_row_t r;

	if (!ws)
		return -1;
	/* The rating columns' heads in their colours: green, amber, red from column 6. */
	for (k = PLAN_RAG_RED; k <= PLAN_RAG_GREEN; k++)
		if (text(b, ws, 0, (lxw_col_t)(6 + PLAN_RAG_GREEN - k), plan_rag_name((plan_rag)k), b->rag[k]) < 0)
			return -1;
	for (k = 0; k < pack->ngroups; k++)
		if (summary_row(b, pack, ws, (lxw_row_t)(k + 1), &pack->groups[k]) < 0)
			return -1;
	r = (lxw_row_t)pack->ngroups + 1;
	if (summary_row(b, pack, ws, r, NULL) < 0 || filter(ws, r - 1, ncols) < 0)
		return -1;
	r += 2;
	if (text(b, ws, r, 0, "as at", b->head) < 0 || cell(b, ws, r, 1, &today) < 0)
		return -1;
	if (pack->opt.since && (text(b, ws, ++r, 0, "since", b->head) < 0 ||
				text(b, ws, r, 1, pack->opt.since, NULL) < 0))
		return -1;
	if (pack->opt.until && (text(b, ws, ++r, 0, "until", b->head) < 0 ||
				text(b, ws, r, 1, pack->opt.until, NULL) < 0))
		return -1;
	if (pack->opt.lead && (text(b, ws, ++r, 0, "lead", b->head) < 0 ||
			       text(b, ws, r, 1, pack->opt.lead, NULL) < 0))
		return -1;
	return 0;
}

static int formats(struct book *b)
{
	int k;

	if (!(b->head = workbook_add_format(b->wb)) || !(b->date = workbook_add_format(b->wb)))
		return plan_error_oom();
	format_set_bold(b->head);
	format_set_bottom(b->head, LXW_BORDER_THIN);
	format_set_num_format(b->date, "yyyy-mm-dd");
	for (k = PLAN_RAG_RED; k <= PLAN_RAG_GREEN; k++) {
		if (!(b->rag[k] = workbook_add_format(b->wb)))
			return plan_error_oom();
		format_set_pattern(b->rag[k], LXW_PATTERN_SOLID);
		format_set_bg_color(b->rag[k], rag_fill[k]);
		format_set_font_color(b->rag[k], rag_font[k]);
	}
	return 0;
}

int plan_pack_xlsx(const plan_pack *pack, const char *path)
{
	struct book b;
	lxw_doc_properties props;
	char title[64];
	int st, fd;

	memset(&b, 0, sizeof(b));
	memset(&props, 0, sizeof(props));
	snprintf(title, sizeof(title), "Board pack as at %s", pack->today);
	props.title = title;
	props.created = pack->opt.today > 0 ? (time_t)pack->opt.today * 86400 : 1;
	/* libxlsxwriter opens path only at the end, and prints when it cannot: try it first. */
	if ((fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0666)) < 0) {
		plan_error_set(PLAN_EINVALID, "cannot write the workbook %s: %s", path, strerror(errno));
		return -1;
	}
	close(fd);
	if (!(b.wb = workbook_new(path))) {
		plan_error_set(PLAN_EINVALID, "cannot write the workbook %s", path);
		return -1;
	}
	st = formats(&b) < 0 || check(workbook_set_properties(b.wb, &props), "its properties") < 0 ||
	     summary(&b, pack) < 0 || actions(&b, pack) < 0 || updates(&b, pack) < 0 ||
	     exceptions(&b, pack) < 0 ? -1 : 0;
	plan_sheet_row_free(&b.row);
	plan_sheet_buf_free(&b.tmp);
	if (st < 0) {
		lxw_workbook_free(b.wb);
		return -1;
	}
	return check(workbook_close(b.wb), "the file") < 0 ? -1 : 0;
}
