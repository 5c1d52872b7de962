/*
 * pack_doc.c - the board pack as a document: one walk of the pack that
 * the document formats (markdown, html) render through their sinks, so
 * that they hold the same content in the same order:
 *
 *   cover         the plans (title, period, board), the day, the window
 *   summary       the counts of each plan, section and objective
 *   exceptions    overdue; not updated since the meeting (or stale), by
 *                 organisation; deadlines moved; red; due soon
 *   changes       with --since: per action, each change once, and totals
 *   decisions     with --since: those recorded in the window
 *   actions       each section's table, the Word table reborn; the
 *                 closed actions apart
 *   who owes what per organisation, its open actions
 *   measures      the latest actual of each against its target
 *
 * Text is composed here (our words around the plans' own) and handed to
 * the sink, which escapes it for its format.
 */
#include "pack.h"
#include "alloc.h"
#include "measure.h"
#include "strbuf.h"

#include <string.h>

/* The walk's state. */
struct walk {
	const plan_pack *pack;
	const plan_pack_sink *k;
	plan_strbuf t, u, v, w, x;  /* scratch strings for the cells of one row */
	char anchor[300];
};

static const char *plural(size_t n)
{
	return n == 1 ? "" : "s";
}

static void day_words(char *buf, size_t size, long day)
{
	plan_date d;
	long long y;

	memset(&d, 0, sizeof(d));
	plan_day_from_number(day, &y, &d.month, &d.day);
	d.year = (int)y;
	d.prec = PLAN_PREC_DAY;
	plan_date_human(buf, size, &d);
}

void plan_pack_anchor(char *buf, size_t size, const plan_action *a)
{
	const char *parts[2] = { a->plan ? a->plan->id : "", a->id };
	size_t n = 0;
	int k;

	if (size < 4) {
		if (size)
			buf[0] = '\0';
		return;
	}
	buf[n++] = 'a';
	for (k = 0; k < 2; k++) {
		const unsigned char *p = (const unsigned char *)parts[k];
		if (n + 1 < size)
			buf[n++] = '-';
		for (; *p && n + 4 < size; p++) {
			if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
			    *p == '_' || *p == '-')
				buf[n++] = (char)*p;
			else
				n += (size_t)snprintf(buf + n, size - n, ".%02X", *p);
		}
	}
	buf[n] = '\0';
}

/* How the pack names an item: its id, or PLAN:ID where plans share it. */
static const char *ref(const plan_pack *pack, const plan_pack_item *it, char *buf, size_t size)
{
	return plan_action_ref(pack->set, it->action, buf, size);
}

static void leads_text(plan_strbuf *b, const plan_action *a)
{
	const plan_lead *l;

	for (l = a->leads.head; l; l = l->next) {
		if (l != a->leads.head)
			plan_strbuf_adds(b, "\n");
		plan_strbuf_adds(b, l->text);
	}
}

static void deadline_text(plan_strbuf *b, const plan_pack_item *it)
{
	char when[128];

	if (it->st.deadline) {
		plan_date_human(when, sizeof(when), it->st.deadline);
		plan_strbuf_adds(b, when);
		if (it->decision && it->decision->has_into && it->st.deadline == &it->decision->into)
			plan_strbuf_adds(b, " (continued)");
	} else if (it->action->due) {
		plan_when_human(when, sizeof(when), it->action->due);
		plan_strbuf_adds(b, when);
	} else if (it->action->reviews.head) {
		plan_when_human(when, sizeof(when), it->action->reviews.tail);
		plan_strbuf_adds(b, "review ");
		plan_strbuf_adds(b, when);
	}
}

/* The update u as a cell: its date and author, then its text. */
static void update_text(plan_strbuf *b, const plan_update *u)
{
	char when[64];

	if (!u)
		return;
	if (u->has_date) {
		plan_date_human(when, sizeof(when), &u->date);
		plan_strbuf_adds(b, when);
	}
	if (u->author) {
		plan_strbuf_adds(b, u->has_date ? ", by " : "By ");
		plan_strbuf_adds(b, u->author);
	}
	if (u->has_date || u->author)
		plan_strbuf_adds(b, ": ");
	plan_strbuf_adds(b, u->text);
}

static void decision_text(plan_strbuf *b, const plan_decision *d)
{
	char when[64];

	if (!d)
		return;
	plan_strbuf_adds(b, plan_verb_name(d->verb));
	if (d->has_into) {
		plan_date_human(when, sizeof(when), &d->into);
		plan_strbuf_adds(b, " into ");
		plan_strbuf_adds(b, when);
	}
	if (d->has_date) {
		plan_date_human(when, sizeof(when), &d->date);
		plan_strbuf_adds(b, " (");
		plan_strbuf_adds(b, when);
		plan_strbuf_adds(b, ")");
	}
	if (d->note) {
		plan_strbuf_adds(b, ": ");
		plan_strbuf_adds(b, d->note);
	}
}

/*
 * A title as one line: its line breaks are where the source wrapped it,
 * not part of it (plan_text_same), so they become spaces.
 */
static const char *one_line(plan_strbuf *b, const char *s)
{
	const char *nl;

	plan_strbuf_reset(b);
	while ((nl = strchr(s, '\n'))) {
		size_t n = (size_t)(nl - s);
		while (n && s[n - 1] == ' ')
			n--;
		plan_strbuf_add(b, s, n);
		while (*nl == '\n' || *nl == ' ')
			nl++;
		if (*nl)
			plan_strbuf_adds(b, " ");
		s = nl;
	}
	plan_strbuf_adds(b, s);
	return plan_strbuf_str(b);
}

static plan_pack_cell text_cell(const char *s)
{
	plan_pack_cell c;

	memset(&c, 0, sizeof(c));
	c.kind = PLAN_CELL_TEXT;
	c.text = s && *s ? s : NULL;
	return c;
}

static plan_pack_cell count_cell(size_t n)
{
	plan_pack_cell c;

	memset(&c, 0, sizeof(c));
	c.kind = PLAN_CELL_COUNT;
	c.count = n;
	return c;
}

static plan_pack_cell rag_cell(plan_rag r)
{
	plan_pack_cell c;

	memset(&c, 0, sizeof(c));
	c.kind = PLAN_CELL_RAG;
	c.rag = r;
	return c;
}

/* The REF cell of item i; its text and anchor in buffers of the caller's. */
static plan_pack_cell ref_cell(struct walk *w, size_t i, char *name, size_t size)
{
	plan_pack_cell c;

	memset(&c, 0, sizeof(c));
	c.kind = PLAN_CELL_REF;
	c.text = ref(w->pack, &w->pack->items[i], name, size);
	plan_pack_anchor(w->anchor, sizeof(w->anchor), w->pack->items[i].action);
	c.anchor = w->anchor;
	return c;
}

static void table(struct walk *w, size_t n, const char *const *heads, const unsigned char *numeric)
{
	w->k->table_begin(w->k->ctx, n, heads, numeric);
}

static void cover(struct walk *w)
{
	const plan_pack *pack = w->pack;
	const plan_plan *p;
	char when[64];
	plan_strbuf *b = &w->t;

	plan_strbuf_reset(b);
	plan_strbuf_adds(b, "Board pack");
	if (pack->set->plans.count == 1) {
		plan_strbuf_adds(b, ": ");
		plan_strbuf_adds(b, pack->set->plans.head->title);
	}
	w->k->begin(w->k->ctx, plan_strbuf_str(b));
	w->k->heading(w->k->ctx, 1, "cover", plan_strbuf_str(b));
	for (p = pack->set->plans.head; p; p = p->next) {
		plan_strbuf_reset(b);
		plan_strbuf_adds(b, p->id);
		plan_strbuf_adds(b, ": ");
		plan_strbuf_adds(b, p->title);
		if (p->period) {
			plan_strbuf_adds(b, ". Period ");
			plan_when_human(when, sizeof(when), p->period);
			plan_strbuf_adds(b, when);
		}
		if (p->board) {
			plan_strbuf_adds(b, ". Board: ");
			plan_strbuf_adds(b, p->board);
		}
		plan_strbuf_adds(b, ".");
		w->k->para(w->k->ctx, plan_strbuf_str(b));
	}
	plan_strbuf_reset(b);
	day_words(when, sizeof(when), pack->opt.today);
	plan_strbuf_addf(b, "As at %s.", when);
	if (pack->opt.since) {
		plan_strbuf_adds(b, " Changes since ");
		plan_strbuf_adds(b, pack->opt.since);
		if (pack->opt.until) {
			plan_strbuf_adds(b, " until ");
			plan_strbuf_adds(b, pack->opt.until);
		}
		plan_strbuf_adds(b, ".");
	}
	if (pack->opt.lead) {
		plan_strbuf_adds(b, " Only the actions led by ");
		plan_strbuf_adds(b, pack->opt.lead);
		plan_strbuf_adds(b, ".");
	}
	w->k->para(w->k->ctx, plan_strbuf_str(b));
}

static void summary(struct walk *w)
{
	static const char *const heads[] = {
		"Plan, section or objective", "Actions", "Open", "Green", "Amber", "Red", "Unrated",
		"Complete", "Removed", "Overdue", "Stale", "No owner"
	};
	static const unsigned char numeric[] = { 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
	const plan_pack *pack = w->pack;
	const plan_pack_counts *c = &pack->total;
	plan_pack_cell cells[12];
	size_t g;

	w->k->heading(w->k->ctx, 2, "summary", "Summary");
	plan_strbuf_reset(&w->t);
	plan_strbuf_addf(&w->t, "%zu action%s, %zu open: %zu green, %zu amber, %zu red, %zu not yet rated. "
	     "%zu complete, %zu removed. Of the open actions, %zu overdue, %zu stale, %zu without an owner.",
	     c->actions, plural(c->actions), c->open, c->rag[PLAN_RAG_GREEN], c->rag[PLAN_RAG_AMBER],
	     c->rag[PLAN_RAG_RED], c->rag[PLAN_RAG_NONE], c->complete, c->removed, c->overdue,
	     c->stale, c->no_owner);
	w->k->para(w->k->ctx, plan_strbuf_str(&w->t));
	w->k->picture(w->k->ctx, PLAN_PICTURE_RAG_BARS, pack, NULL);
	table(w, 12, heads, numeric);
	for (g = 0; g < pack->ngroups; g++) {
		const plan_pack_group *gr = &pack->groups[g];
		const plan_pack_counts *x = &gr->counts;
		plan_strbuf_reset(&w->t);
		plan_strbuf_addf(&w->t, "%s%s ", gr->depth == 2 ? "    " : gr->depth == 1 ? "  " : "",
		     plan_kind_name(gr->kind));
		plan_strbuf_adds(&w->t, gr->id);
		if (gr->title && *gr->title) {
			plan_strbuf_adds(&w->t, " ");
			plan_strbuf_adds(&w->t, one_line(&w->x, gr->title));
		}
		cells[0] = text_cell(plan_strbuf_str(&w->t));
		cells[1] = count_cell(x->actions);
		cells[2] = count_cell(x->open);
		cells[3] = count_cell(x->rag[PLAN_RAG_GREEN]);
		cells[4] = count_cell(x->rag[PLAN_RAG_AMBER]);
		cells[5] = count_cell(x->rag[PLAN_RAG_RED]);
		cells[6] = count_cell(x->rag[PLAN_RAG_NONE]);
		cells[7] = count_cell(x->complete);
		cells[8] = count_cell(x->removed);
		cells[9] = count_cell(x->overdue);
		cells[10] = count_cell(x->stale);
		cells[11] = count_cell(x->no_owner);
		w->k->row(w->k->ctx, cells, 12, NULL);
	}
	cells[0] = text_cell("All");
	cells[1] = count_cell(c->actions);
	cells[2] = count_cell(c->open);
	cells[3] = count_cell(c->rag[PLAN_RAG_GREEN]);
	cells[4] = count_cell(c->rag[PLAN_RAG_AMBER]);
	cells[5] = count_cell(c->rag[PLAN_RAG_RED]);
	cells[6] = count_cell(c->rag[PLAN_RAG_NONE]);
	cells[7] = count_cell(c->complete);
	cells[8] = count_cell(c->removed);
	cells[9] = count_cell(c->overdue);
	cells[10] = count_cell(c->stale);
	cells[11] = count_cell(c->no_owner);
	w->k->row(w->k->ctx, cells, 12, NULL);
	w->k->table_end(w->k->ctx);
}

/* The columns an exception list shows after the action, its title and its leads. */
enum { X_LATE, X_LAST, X_MOVES, X_LATEST, X_DECISION };

static void exception_table(struct walk *w, const plan_pack_list *l, int last, int leads)
{
	static const char *const tails[] = { "Days late", "Last update", "Moves", "Latest update", "Decision" };
	const char *heads[6] = { "Action", "Title", "Lead(s)", "Deadline", tails[last], NULL };
	unsigned char numeric[5] = { 0, 0, 0, 0, last == X_LATE || last == X_MOVES };
	plan_pack_cell cells[5];
	size_t k, n = 0;
	char name[200];

	if (!leads) {
		heads[2] = heads[3];
		heads[3] = heads[4];
		numeric[3] = numeric[4];
	}
	table(w, leads ? 5 : 4, heads, numeric);
	for (k = 0; k < l->n; k++) {
		const plan_pack_item *it = &w->pack->items[l->v[k]];
		n = 0;
		plan_strbuf_reset(&w->t);
		plan_strbuf_reset(&w->u);
		plan_strbuf_reset(&w->v);
		plan_strbuf_reset(&w->w);
		cells[n++] = ref_cell(w, l->v[k], name, sizeof(name));
		cells[n++] = text_cell(one_line(&w->x, it->action->title));
		if (leads) {
			leads_text(&w->t, it->action);
			cells[n++] = text_cell(plan_strbuf_str(&w->t));
		}
		deadline_text(&w->u, it);
		cells[n++] = text_cell(plan_strbuf_str(&w->u));
		switch (last) {
		case X_LATE:
			cells[n++] = count_cell((size_t)it->st.days_overdue);
			break;
		case X_MOVES:
			cells[n++] = count_cell((size_t)it->moves);
			break;
		case X_LAST:
			update_text(&w->v, it->st.last);
			cells[n++] = text_cell(it->st.last ? plan_strbuf_str(&w->v) : "none");
			break;
		case X_LATEST:
			update_text(&w->v, it->rated);
			cells[n++] = text_cell(plan_strbuf_str(&w->v));
			break;
		default:
			decision_text(&w->v, it->decision);
			cells[n++] = text_cell(it->decision ? plan_strbuf_str(&w->v) : "none");
			break;
		}
		w->k->row(w->k->ctx, cells, n, NULL);
	}
	w->k->table_end(w->k->ctx);
}

static void exception_list(struct walk *w, const plan_pack_list *l, const char *anchor,
			   const char *title, const char *none, int last)
{
	plan_strbuf_reset(&w->t);
	plan_strbuf_addf(&w->t, "%s (%zu)", title, l->n);
	w->k->heading(w->k->ctx, 3, anchor, plan_strbuf_str(&w->t));
	if (!l->n) {
		w->k->para(w->k->ctx, none);
		return;
	}
	exception_table(w, l, last, 1);
}

/* How many open actions with an owner have no update since the last meeting (with a log), or are stale. */
static size_t not_updated(const plan_pack *pack)
{
	size_t i, n = 0;

	for (i = 0; i < pack->nitems; i++) {
		const plan_pack_item *it = &pack->items[i];
		n += !it->st.closed && it->owner && (pack->opt.log ? !it->updated : it->st.stale);
	}
	return n;
}

static void exceptions(struct walk *w)
{
	const plan_pack *pack = w->pack;
	char when[64], title[160];
	size_t o, n = 0;

	w->k->heading(w->k->ctx, 2, "exceptions", "Exceptions");
	exception_list(w, &pack->overdue, "overdue", "Overdue, most late first",
		       "No open action is past its deadline.", X_LATE);
	if (pack->opt.log)
		snprintf(title, sizeof(title), "No update since the last meeting, by organisation");
	else
		snprintf(title, sizeof(title), "Stale: no update within their rhythm, by organisation");
	for (o = 0; o < pack->norgs; o++)
		n += pack->orgs[o].not_updated.n;
	plan_strbuf_reset(&w->t);
	plan_strbuf_addf(&w->t, "%s (%zu)", title, not_updated(pack));
	w->k->heading(w->k->ctx, 3, "not-updated", plan_strbuf_str(&w->t));
	if (!n)
		w->k->para(w->k->ctx, pack->opt.log ? "Every open action with an owner has an update "
			   "since the last meeting." : "No open action with an owner is stale.");
	for (o = 0; o < pack->norgs; o++) {
		const plan_pack_org *g = &pack->orgs[o];
		if (!g->not_updated.n)
			continue;
		plan_strbuf_reset(&w->t);
		plan_strbuf_adds(&w->t, g->name);
		plan_strbuf_addf(&w->t, " (%s: %zu of %zu open)", g->plan->id, g->not_updated.n, g->open.n);
		w->k->heading(w->k->ctx, 4, NULL, plan_strbuf_str(&w->t));
		exception_table(w, &g->not_updated, X_LAST, 0);
	}
	if (pack->opt.log)
		exception_list(w, &pack->moved, "moved", "Deadlines moved since the last meeting",
			       "No deadline moved since the last meeting.", X_MOVES);
	exception_list(w, &pack->red, "red", "Rated red", "No open action is rated red.", X_LATEST);
	day_words(when, sizeof(when), pack->quarter_end);
	snprintf(title, sizeof(title), "Due by %s with no decision", when);
	exception_list(w, &pack->due_soon, "due-soon", title,
		       "No open action falls due before the next quarter ends without a decision.", X_DECISION);
	if (pack->total.open)
		w->k->picture(w->k->ctx, PLAN_PICTURE_TIMELINE, pack, NULL);
}

/* The changes of one log action, one row each: date, author, what. */
static void change_rows(struct walk *w, const plan_log_action *la)
{
	static const char *const heads[] = { "Date", "By", "Change" };
	static const unsigned char numeric[] = { 0, 0, 0 };
	plan_pack_cell cells[3];
	char day[PLAN_LOG_DATE_SIZE], text[600];
	size_t c;

	table(w, 3, heads, numeric);
	for (c = la->nchanges; c-- > 0;) {     /* oldest first, as minutes read */
		const plan_log_change *ch = &la->changes[c];
		plan_log_date(day, ch->commit->when, ch->commit->offset);
		plan_log_change_text(text, sizeof(text), ch);
		cells[0] = text_cell(day);
		cells[1] = text_cell(ch->commit->author);
		cells[2] = text_cell(text);
		w->k->row(w->k->ctx, cells, 3, NULL);
	}
	w->k->table_end(w->k->ctx);
}

static void changes(struct walk *w)
{
	const plan_pack *pack = w->pack;
	size_t k;
	int kind, first = 1;
	char name[200];

	w->k->heading(w->k->ctx, 2, "changes", "Changes since the last meeting");
	plan_strbuf_reset(&w->t);
	plan_strbuf_addf(&w->t, "%zu change%s to %zu action%s", pack->nchanges, plural(pack->nchanges),
	     pack->changed.n + pack->ngone, plural(pack->changed.n + pack->ngone));
	for (kind = 0; kind < PLAN_NCHANGE_KINDS; kind++)
		if (pack->kinds[kind]) {
			plan_strbuf_addf(&w->t, "%s%zu %s", first ? ": " : ", ", pack->kinds[kind],
			     plan_change_kind_name((plan_change_kind)kind));
			first = 0;
		}
	plan_strbuf_adds(&w->t, ". Each change is shown once, in the commit that made it.");
	w->k->para(w->k->ctx, plan_strbuf_str(&w->t));
	for (k = 0; k < pack->changed.n; k++) {
		const plan_pack_item *it = &pack->items[pack->changed.v[k]];
		plan_strbuf_reset(&w->t);
		plan_strbuf_adds(&w->t, ref(pack, it, name, sizeof(name)));
		plan_strbuf_adds(&w->t, " ");
		plan_strbuf_adds(&w->t, it->action->title);
		w->k->heading(w->k->ctx, 3, NULL, plan_strbuf_str(&w->t));
		change_rows(w, it->log);
	}
	for (k = 0; k < pack->ngone; k++) {
		const plan_log_action *la = pack->gone[k];
		plan_strbuf_reset(&w->t);
		plan_strbuf_adds(&w->t, la->id);
		if (la->title) {
			plan_strbuf_adds(&w->t, " ");
			plan_strbuf_adds(&w->t, la->title);
		}
		plan_strbuf_adds(&w->t, " (no longer in the plans)");
		w->k->heading(w->k->ctx, 3, NULL, plan_strbuf_str(&w->t));
		change_rows(w, la);
	}
}

static void decisions(struct walk *w)
{
	static const char *const heads[] = { "Action", "Title", "Decision", "Recorded", "By" };
	static const unsigned char numeric[] = { 0, 0, 0, 0, 0 };
	const plan_pack *pack = w->pack;
	plan_pack_cell cells[5];
	char name[200], day[PLAN_LOG_DATE_SIZE];
	size_t k, c, n = 0;

	w->k->heading(w->k->ctx, 2, "decisions", "Decisions recorded since the last meeting");
	for (k = 0; k < pack->changed.n; k++)
		for (c = 0; c < pack->items[pack->changed.v[k]].log->nchanges; c++)
			n += pack->items[pack->changed.v[k]].log->changes[c].kind == PLAN_CHANGE_DECISION;
	if (!n) {
		w->k->para(w->k->ctx, "No decision was recorded since the last meeting.");
		return;
	}
	table(w, 5, heads, numeric);
	for (k = 0; k < pack->changed.n; k++) {
		const plan_pack_item *it = &pack->items[pack->changed.v[k]];
		for (c = it->log->nchanges; c-- > 0;) {
			const plan_log_change *ch = &it->log->changes[c];
			if (ch->kind != PLAN_CHANGE_DECISION)
				continue;
			cells[0] = ref_cell(w, pack->changed.v[k], name, sizeof(name));
			cells[1] = text_cell(one_line(&w->x, it->action->title));
			cells[2] = text_cell(ch->after ? ch->after : "none");
			cells[3] = text_cell(plan_log_date(day, ch->commit->when, ch->commit->offset));
			cells[4] = text_cell(ch->commit->author);
			w->k->row(w->k->ctx, cells, 5, NULL);
		}
	}
	w->k->table_end(w->k->ctx);
}

/* One row of an action table. */
static void action_row(struct walk *w, size_t i)
{
	const plan_pack_item *it = &w->pack->items[i];
	plan_pack_cell cells[7];
	char name[200];

	plan_strbuf_reset(&w->t);
	plan_strbuf_reset(&w->u);
	plan_strbuf_reset(&w->v);
	plan_strbuf_reset(&w->w);
	cells[0] = ref_cell(w, i, name, sizeof(name));
	cells[0].anchor = NULL;          /* the row is the target, not a link */
	cells[1] = text_cell(one_line(&w->x, it->action->title));
	leads_text(&w->t, it->action);
	cells[2] = text_cell(plan_strbuf_str(&w->t));
	deadline_text(&w->u, it);
	cells[3] = text_cell(plan_strbuf_str(&w->u));
	update_text(&w->v, it->latest);
	cells[4] = text_cell(plan_strbuf_str(&w->v));
	cells[5] = rag_cell(it->rag);
	decision_text(&w->w, it->decision);
	cells[6] = text_cell(plan_strbuf_str(&w->w));
	w->k->row(w->k->ctx, cells, 7, w->anchor);
}

static const char *const action_heads[] = {
	"ID", "Action", "Lead(s)", "Deadline or review", "Latest update", "RAG", "Decision"
};
static const unsigned char action_numeric[] = { 0, 0, 0, 0, 0, 0, 0 };

static void heading_of(struct walk *w, int level, const char *kind, const char *id, const char *title)
{
	plan_strbuf_reset(&w->t);
	if (kind) {
		plan_strbuf_adds(&w->t, kind);
		plan_strbuf_adds(&w->t, " ");
	}
	plan_strbuf_adds(&w->t, id);
	if (title && *title) {
		plan_strbuf_adds(&w->t, " ");
		plan_strbuf_adds(&w->t, title);
	}
	w->k->heading(w->k->ctx, level, NULL, plan_strbuf_str(&w->t));
}

static void actions(struct walk *w)
{
	const plan_pack *pack = w->pack;
	const plan_plan *plan = NULL;
	const plan_section *sec = NULL;
	const plan_objective *obj = NULL;
	size_t r, i, closed = 0, open_rows = 0;
	int in_table = 0;

	w->k->heading(w->k->ctx, 2, "actions", "Actions");
	for (r = 0; r < pack->nruns; r++) {
		const plan_pack_run *run = &pack->runs[r];
		size_t open = 0;
		for (i = run->first; i < run->first + run->n; i++)
			open += !pack->items[i].st.closed;
		closed += run->n - open;
		if (!open)
			continue;
		if (run->plan != plan || run->section != sec || run->objective != obj) {
			if (in_table)
				w->k->table_end(w->k->ctx);
			in_table = 0;
			if (run->plan != plan) {
				heading_of(w, 3, "Plan", run->plan->id, run->plan->title);
				sec = NULL;
				obj = NULL;
			}
			if (run->section && run->section != sec)
				heading_of(w, 4, "Section", run->section->id, run->section->title);
			if (run->objective && run->objective != obj)
				heading_of(w, run->section ? 5 : 4, "Objective", run->objective->id,
					   run->objective->title);
			plan = run->plan;
			sec = run->section;
			obj = run->objective;
		}
		if (!in_table)
			table(w, 7, action_heads, action_numeric);
		in_table = 1;
		for (i = run->first; i < run->first + run->n; i++)
			if (!pack->items[i].st.closed) {
				action_row(w, i);
				open_rows++;
			}
	}
	if (in_table)
		w->k->table_end(w->k->ctx);
	if (!open_rows)
		w->k->para(w->k->ctx, "No open action.");
	plan_strbuf_reset(&w->t);
	plan_strbuf_addf(&w->t, "Completed and removed (%zu)", closed);
	w->k->heading(w->k->ctx, 3, "closed", plan_strbuf_str(&w->t));
	if (!closed) {
		w->k->para(w->k->ctx, "No action is closed.");
		return;
	}
	table(w, 7, action_heads, action_numeric);
	for (i = 0; i < pack->nitems; i++)
		if (pack->items[i].st.closed)
			action_row(w, i);
	w->k->table_end(w->k->ctx);
}

static void owes(struct walk *w)
{
	static const char *const heads[] = { "Action", "Title", "RAG", "Deadline", "Status" };
	static const unsigned char numeric[] = { 0, 0, 0, 0, 0 };
	const plan_pack *pack = w->pack;
	plan_pack_cell cells[5];
	char name[200];
	size_t o, k;

	w->k->heading(w->k->ctx, 2, "owners", "Who owes what");
	if (!pack->norgs) {
		w->k->para(w->k->ctx, "No open action has an owner.");
		return;
	}
	for (o = 0; o < pack->norgs; o++) {
		const plan_pack_org *g = &pack->orgs[o];
		plan_strbuf_reset(&w->t);
		plan_strbuf_adds(&w->t, g->name);
		plan_strbuf_addf(&w->t, " (%s, %zu open action%s)", g->plan->id, g->open.n, plural(g->open.n));
		w->k->heading(w->k->ctx, 3, NULL, plan_strbuf_str(&w->t));
		table(w, 5, heads, numeric);
		for (k = 0; k < g->open.n; k++) {
			const plan_pack_item *it = &pack->items[g->open.v[k]];
			plan_strbuf_reset(&w->u);
			deadline_text(&w->u, it);
			cells[0] = ref_cell(w, g->open.v[k], name, sizeof(name));
			cells[1] = text_cell(one_line(&w->x, it->action->title));
			cells[2] = rag_cell(it->rag);
			cells[3] = text_cell(plan_strbuf_str(&w->u));
			cells[4] = text_cell(plan_pack_status(it));
			cells[4].kind = PLAN_CELL_STATUS;
			w->k->row(w->k->ctx, cells, 5, NULL);
		}
		w->k->table_end(w->k->ctx);
	}
}

/* One measure's row: its owner, name, latest actual, what it is judged against, the verdict. */
static void measure_row(struct walk *w, const char *owner, const plan_measure *m)
{
	const plan_figure *latest = plan_measure_latest(m), *due = NULL, *t;
	char name[200], v[128], when[64];
	const char *verdict = "";
	plan_pack_cell cells[5];

	plan_measure_name(name, sizeof(name), m->text);
	plan_strbuf_reset(&w->t);
	plan_strbuf_reset(&w->u);
	if (latest) {
		plan_figure_format(v, sizeof(v), m, latest);
		plan_date_human(when, sizeof(when), &latest->date);
		plan_strbuf_addf(&w->t, "%s for %s", v, when);
		due = plan_measure_due(m, latest);
	} else {
		plan_strbuf_adds(&w->t, "no actual yet");
	}
	if ((t = due ? due : plan_measure_final_target(m))) {
		plan_figure_format(v, sizeof(v), m, t);
		plan_date_human(when, sizeof(when), &t->date);
		plan_strbuf_addf(&w->u, "%s %s for %s", plan_figure_kind_name(t->kind), v, when);
		if (!latest)
			verdict = "";
		else if (!due)
			verdict = "not due yet";
		else
			switch (plan_figure_meets(m, due, latest)) {
			case 1: verdict = "met"; break;
			case 0: verdict = "missed"; break;
			default: verdict = "not judged"; break;
			}
	}
	cells[0] = text_cell(owner);
	cells[1] = text_cell(name);
	cells[2] = text_cell(plan_strbuf_str(&w->t));
	cells[3] = text_cell(plan_strbuf_str(&w->u));
	cells[4] = text_cell(verdict);
	w->k->row(w->k->ctx, cells, 5, NULL);
}

static void measures(struct walk *w)
{
	static const char *const heads[] = { "Of", "Measure", "Latest actual", "Against", "Verdict" };
	static const unsigned char numeric[] = { 0, 0, 0, 0, 0 };
	const plan_pack *pack = w->pack;
	const plan_measure *m;
	const plan_objective *ob;
	const plan_plan *p;
	size_t i, n = 0;
	int pass;

	/* Two passes: the table, then a picture of each measure under it. */
	for (pass = 0; pass < 2; pass++) {
		for (p = pack->set->plans.head; p; p = p->next)
			for (ob = p->objectives.head; ob; ob = ob->next)
				for (m = ob->measures.head; m; m = m->next)
					/* With --lead, only the objectives of its actions. */
					if (plan_measure_has_figures(m) &&
					    (!pack->opt.lead || plan_pack_group_of(pack, ob))) {
						if (pass == 0 && !n++) {
							w->k->heading(w->k->ctx, 2, "measures", "Measures");
							table(w, 5, heads, numeric);
						}
						if (pass == 0)
							measure_row(w, ob->id, m);
						else
							w->k->picture(w->k->ctx, PLAN_PICTURE_MEASURE, pack, m);
					}
		for (i = 0; i < pack->nitems; i++)
			for (m = pack->items[i].action->measures.head; m; m = m->next)
				if (plan_measure_has_figures(m)) {
					if (pass == 0 && !n++) {
						w->k->heading(w->k->ctx, 2, "measures", "Measures");
						table(w, 5, heads, numeric);
					}
					if (pass == 0)
						measure_row(w, pack->items[i].action->id, m);
					else
						w->k->picture(w->k->ctx, PLAN_PICTURE_MEASURE, pack, m);
				}
		if (pass == 0 && n)
			w->k->table_end(w->k->ctx);
		if (!n)
			break;
	}
}

int plan_pack_walk(const plan_pack *pack, const plan_pack_sink *sink)
{
	struct walk w;
	int oom;

	memset(&w, 0, sizeof(w));
	w.pack = pack;
	w.k = sink;
	cover(&w);
	summary(&w);
	exceptions(&w);
	if (pack->opt.log) {
		changes(&w);
		decisions(&w);
	}
	actions(&w);
	owes(&w);
	measures(&w);
	sink->end(sink->ctx);
	oom = w.t.oom || w.u.oom || w.v.oom || w.w.oom || w.x.oom;
	plan_strbuf_free(&w.x);
	plan_strbuf_free(&w.t);
	plan_strbuf_free(&w.u);
	plan_strbuf_free(&w.v);
	plan_strbuf_free(&w.w);
	if (oom) {
		plan_error_oom();
		return -1;
	}
	return 0;
}
