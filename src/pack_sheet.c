/*
 * pack_sheet.c - the rows the spreadsheet formats share (pack_sheet.h):
 * an action's row and an update's row as typed cells, and the one
 * cleaner of text for a spreadsheet cell.
 *
 * The cleaner makes text safe for a spreadsheet, whatever the plan
 * holds: bytes that are not UTF-8 become U+FFFD (a reader of either
 * format would refuse or misread them), and text that starts with a
 * character a spreadsheet takes as the start of a formula ('=', '+',
 * '-', '@', tab, CR) is neutralised with a leading apostrophe, as OWASP
 * advises against CSV injection.  The xlsx writer never writes a
 * formula, but a user who saves the sheet as CSV and opens that would
 * run it: both formats neutralise.  For the workbook's XML it also keeps
 * what libxlsxwriter would not: text that reads as Excel's own escape
 * "_xHHHH_" is escaped so that it reads back as written, U+FFFE and
 * U+FFFF (not characters XML allows) become U+FFFD, and text longer than
 * a cell holds is cut with an ellipsis.
 */
#include "pack_sheet.h"
#include "alloc.h"
#include "diag.h"

#include <string.h>

/* ORDER: as the PLAN_SHEET_A_* constants, and SPEC.md section 14. */
const char *const plan_sheet_action_heads[PLAN_SHEET_ACTION_COLS] = {
	"plan", "section", "objective", "id", "title", "leads", "deadline", "deadline start",
	"deadline end", "effective deadline", "status", "state", "days overdue", "last RAG",
	"last update date", "last update text", "decision", "decision date", "decision note"
};

/* ORDER: as the PLAN_SHEET_U_* constants, and SPEC.md section 14. */
const char *const plan_sheet_update_heads[PLAN_SHEET_UPDATE_COLS] = {
	"plan", "action", "date", "RAG", "author", "text"
};

void plan_sheet_buf_free(plan_sheet_buf *b)
{
	if (!b)
		return;
	plan_free(b->s);
	memset(b, 0, sizeof(*b));
}

static int buf_add(plan_sheet_buf *b, const char *s, size_t n)
{
	if (PLAN_GROW(b->s, b->cap, b->n + n + 1) < 0)
		return plan_error_oom();
	memcpy(b->s + b->n, s, n);
	b->n += n;
	b->s[b->n] = '\0';
	return 0;
}

/* Whether s[0..4) are hexadecimal digits. */
static int hex4(const char *s)
{
	int k;

	for (k = 0; k < 4; k++)
		if (plan_hex_value((unsigned char)s[k]) < 0)
			return 0;
	return 1;
}

int plan_sheet_text(plan_sheet_buf *out, const char *s, int flags)
{
	static const char fffd[] = "\xEF\xBF\xBD";
	size_t len = strlen(s), i = 0, units, cut = 0;
	int xml = flags & PLAN_SHEET_XML;

	out->n = 0;
	if (buf_add(out, "", 0) < 0)
		return -1;
	if (len && strchr("=+-@\t\r", s[0]) && buf_add(out, "'", 1) < 0)
		return -1;
	units = out->n;
	while (i < len) {
		const unsigned char *u = (const unsigned char *)s + i;
		size_t k = plan_utf8_len(s + i, len - i);
		const char *piece = s + i;
		size_t n = k, w = k == 4 ? 2 : 1;

		if (!k) {
			piece = fffd;
			n = 3;
			k = 1;
		} else if (xml && k == 3 && u[0] == 0xEF && u[1] == 0xBF && (u[2] == 0xBE || u[2] == 0xBF)) {
			piece = fffd;
		} else if (xml && u[0] == '_' && len - i >= 7 && s[i + 1] == 'x' && hex4(s + i + 2) &&
			   s[i + 6] == '_') {
			piece = "_x005F_";
			n = 7;
			w = 7;
		}
		/* Where to cut, keeping room for the ellipsis, should the rest not fit. */
		if (xml && units + w > PLAN_SHEET_CELL_MAX - 1 && !cut)
			cut = out->n;
		if (xml && units + w > PLAN_SHEET_CELL_MAX) {
			out->n = cut;
			return buf_add(out, "\xE2\x80\xA6", 3);
		}
		if (buf_add(out, piece, n) < 0)
			return -1;
		units += w;
		i += k;
	}
	return 0;
}

void plan_sheet_row_free(plan_sheet_row *r)
{
	plan_sheet_buf_free(&r->leads);
}

static plan_sheet_cell text_cell(const char *s)
{
	plan_sheet_cell c = { PLAN_SHEET_EMPTY, NULL, 0, 0, PLAN_RAG_NONE };

	if (s && *s) {
		c.kind = PLAN_SHEET_TEXT;
		c.text = s;
	}
	return c;
}

static plan_sheet_cell day_cell(long day)
{
	plan_sheet_cell c = { PLAN_SHEET_DAY, NULL, day, 0, PLAN_RAG_NONE };

	return c;
}

static plan_sheet_cell number_cell(long n)
{
	plan_sheet_cell c = { PLAN_SHEET_NUMBER, NULL, 0, n, PLAN_RAG_NONE };

	return c;
}

plan_sheet_cell plan_sheet_rag(plan_rag rag)
{
	plan_sheet_cell c = { PLAN_SHEET_EMPTY, NULL, 0, 0, PLAN_RAG_NONE };

	if (rag != PLAN_RAG_NONE) {
		c.kind = PLAN_SHEET_RAG;
		c.text = plan_rag_name(rag);
		c.rag = rag;
	}
	return c;
}

plan_sheet_cell plan_sheet_date(const plan_date *d, char *buf, size_t size)
{
	if (d->prec == PLAN_PREC_DAY)
		return day_cell(plan_day_number(d->year, d->month, d->day));
	plan_date_format(buf, size, d);
	return text_cell(buf);
}

static long first_day(const plan_date *d)
{
	return plan_day_number(d->year, d->month, d->day);
}

static long last_day(const plan_date *d)
{
	plan_date e = plan_date_last_day(d);

	return plan_day_number(e.year, e.month, e.day);
}

int plan_sheet_action_row(const plan_pack *pack, size_t i, plan_sheet_row *r)
{
	const plan_pack_item *it = &pack->items[i];
	const plan_action *a = it->action;
	const plan_when *w = it->st.when;
	const plan_decision *d = it->decision;
	const plan_lead *l;
	plan_sheet_cell *c = r->cells;
	size_t k;

	for (k = 0; k < PLAN_SHEET_ACTION_COLS; k++)
		c[k] = text_cell(NULL);
	r->n = PLAN_SHEET_ACTION_COLS;
	r->leads.n = 0;
	if (buf_add(&r->leads, "", 0) < 0)
		return -1;
	for (l = a->leads.head; l; l = l->next)
		if ((r->leads.n && buf_add(&r->leads, "; ", 2) < 0) ||
		    buf_add(&r->leads, l->text, strlen(l->text)) < 0)
			return -1;
	c[PLAN_SHEET_A_PLAN] = text_cell(a->plan->id);
	c[PLAN_SHEET_A_SECTION] = text_cell(a->section ? a->section->id : NULL);
	c[PLAN_SHEET_A_OBJECTIVE] = text_cell(a->objective ? a->objective->id : NULL);
	c[PLAN_SHEET_A_ID] = text_cell(a->id);
	c[PLAN_SHEET_A_TITLE] = text_cell(a->title);
	c[PLAN_SHEET_A_LEADS] = text_cell(r->leads.s);
	if (w) {
		const plan_date *end = w->kind == PLAN_WHEN_RANGE ? &w->to : &w->from;
		int n = plan_date_format(r->deadline, sizeof(r->deadline), &w->from);
		if (w->kind == PLAN_WHEN_RANGE && n > 0 && (size_t)n < sizeof(r->deadline)) {
			snprintf(r->deadline + n, sizeof(r->deadline) - (size_t)n, " to ");
			n += 4;
			plan_date_format(r->deadline + n, sizeof(r->deadline) - (size_t)n, &w->to);
		}
		c[PLAN_SHEET_A_DEADLINE] = text_cell(r->deadline);
		c[PLAN_SHEET_A_START] = day_cell(first_day(&w->from));
		c[PLAN_SHEET_A_END] = day_cell(last_day(end));
	}
	if (it->st.deadline)
		c[PLAN_SHEET_A_EFFECTIVE] = day_cell(it->st.deadline_day);
	c[PLAN_SHEET_A_STATUS] = text_cell(it->st.closed ? "closed" : "open");
	c[PLAN_SHEET_A_STATE] = text_cell(plan_pack_status(it));
	c[PLAN_SHEET_A_OVERDUE] = number_cell(it->st.days_overdue);
	c[PLAN_SHEET_A_RAG] = plan_sheet_rag(it->rag);
	if (it->latest) {
		if (it->latest->has_date)
			c[PLAN_SHEET_A_UPDATE_DATE] = plan_sheet_date(&it->latest->date, r->dates[0],
								       sizeof(r->dates[0]));
		c[PLAN_SHEET_A_UPDATE_TEXT] = text_cell(it->latest->text);
	}
	if (d) {
		int n = snprintf(r->decision, sizeof(r->decision), "%s", plan_verb_name(d->verb));
		if (d->has_into && n > 0 && (size_t)n + 6 < sizeof(r->decision)) {
			memcpy(r->decision + n, " into ", 7);
			n += 6;
			plan_date_format(r->decision + n, sizeof(r->decision) - (size_t)n, &d->into);
		}
		c[PLAN_SHEET_A_DECISION] = text_cell(r->decision);
		if (d->has_date)
			c[PLAN_SHEET_A_DECISION_DATE] = plan_sheet_date(&d->date, r->dates[1],
									 sizeof(r->dates[1]));
		c[PLAN_SHEET_A_DECISION_NOTE] = text_cell(d->note);
	}
	return 0;
}

void plan_sheet_update_row(const plan_pack *pack, size_t i, const plan_update *u, plan_sheet_row *r)
{
	const plan_action *a = pack->items[i].action;
	plan_sheet_cell *c = r->cells;
	size_t k;

	for (k = 0; k < PLAN_SHEET_UPDATE_COLS; k++)
		c[k] = text_cell(NULL);
	r->n = PLAN_SHEET_UPDATE_COLS;
	c[PLAN_SHEET_U_PLAN] = text_cell(a->plan->id);
	c[PLAN_SHEET_U_ACTION] = text_cell(a->id);
	if (u->has_date)
		c[PLAN_SHEET_U_DATE] = plan_sheet_date(&u->date, r->dates[0], sizeof(r->dates[0]));
	c[PLAN_SHEET_U_RAG] = plan_sheet_rag(u->rag);
	c[PLAN_SHEET_U_AUTHOR] = text_cell(u->author);
	c[PLAN_SHEET_U_TEXT] = text_cell(u->text);
}
