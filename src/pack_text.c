/*
 * pack_text.c - the board pack's short form for the terminal: each
 * plan's summary (report.h), then, on the day, the counts of the pack
 * and its exception lists, one line per action, and with --since who
 * owes an update since the last meeting and the totals of what changed.  Every byte of plan text goes through
 * plan_puts_safe.
 */
#include "pack.h"
#include "report.h"

#include <string.h>

static const char *plural(size_t n)
{
	return n == 1 ? "" : "s";
}

/* The leads of a, joined by "; ", clipped. */
static void leads(char *buf, size_t size, const plan_action *a)
{
	const plan_lead *l;
	size_t n = 0;

	buf[0] = '\0';
	for (l = a->leads.head; l && n + 1 < size; l = l->next) {
		char one[200];
		plan_clip(one, sizeof(one), l->text, strlen(l->text), 40);
		n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? "; " : "", one);
	}
	if (n >= size)
		buf[size - 1] = '\0';
}

/* One line of an exception list: id, title, then what the list says. */
static void item_line(FILE *out, const plan_pack *pack, size_t i, const char *what)
{
	const plan_pack_item *it = &pack->items[i];
	char ref[200], title[200], who[300];

	plan_action_ref(pack->set, it->action, ref, sizeof(ref));
	plan_clip(title, sizeof(title), it->action->title, strcspn(it->action->title, "\n"), 48);
	leads(who, sizeof(who), it->action);
	fputs("  ", out);
	plan_puts_safe(out, ref);
	fputs("  ", out);
	plan_puts_safe(out, title);
	fprintf(out, "  (%s%s", what, who[0] ? "; " : "");
	plan_puts_safe(out, who[0] ? who : "");
	fputs(who[0] ? ")\n" : "; no owner)\n", out);
}

static void deadline_words(char *buf, size_t size, const plan_pack_item *it)
{
	char when[64];

	if (!it->st.deadline) {
		snprintf(buf, size, "no deadline");
		return;
	}
	plan_date_human(when, sizeof(when), it->st.deadline);
	if (it->st.days_overdue)
		snprintf(buf, size, "%ld day%s late, deadline %s", it->st.days_overdue,
			 plural((size_t)it->st.days_overdue), when);
	else
		snprintf(buf, size, "deadline %s", when);
}

static void list(FILE *out, const plan_pack *pack, const plan_pack_list *l, const char *title)
{
	size_t k;

	if (!l->n)
		return;
	fprintf(out, "\n%s (%zu):\n", title, l->n);
	for (k = 0; k < l->n; k++) {
		char what[200];
		deadline_words(what, sizeof(what), &pack->items[l->v[k]]);
		if (l == &pack->moved)
			snprintf(what + strlen(what), sizeof(what) - strlen(what), ", moved %d time%s",
				 pack->items[l->v[k]].moves, plural((size_t)pack->items[l->v[k]].moves));
		item_line(out, pack, l->v[k], what);
	}
}

/*
 * With a log: per organisation (pack.h: plan by plan, its declared ones,
 * then its leads as written), named with its plan, its open actions with
 * no update added in the window.  An action led by two of them is under
 * each.
 */
static void not_updated(FILE *out, const plan_pack *pack)
{
	size_t i, k;

	for (i = 0; i < pack->norgs; i++) {
		const plan_pack_org *o = &pack->orgs[i];
		char name[200];
		if (!o->not_updated.n)
			continue;
		plan_clip(name, sizeof(name), o->name, strlen(o->name), 60);
		fputs("\nNo update since the last meeting: ", out);
		plan_puts_safe(out, name);
		fputs(" (", out);
		if (o->plan && o->plan->id) {
			plan_puts_safe(out, o->plan->id);
			fputs(": ", out);
		}
		fprintf(out, "%zu):\n", o->not_updated.n);
		for (k = 0; k < o->not_updated.n; k++) {
			char what[200];
			deadline_words(what, sizeof(what), &pack->items[o->not_updated.v[k]]);
			item_line(out, pack, o->not_updated.v[k], what);
		}
	}
}

int plan_pack_text(const plan_pack *pack, FILE *out)
{
	const plan_pack_counts *c = &pack->total;
	char when[64], end[64];
	long long y;
	int m, d;
	plan_date qd;

	if (!pack->opt.lead) {
		plan_report_text(pack->set, out);
		fputc('\n', out);
	} else {
		fputs("Actions led by ", out);
		plan_puts_safe(out, pack->opt.lead);
		fputs("\n", out);
	}
	plan_day_from_number(pack->opt.today, &y, &m, &d);
	memset(&qd, 0, sizeof(qd));
	qd.year = (int)y;
	qd.month = m;
	qd.day = d;
	qd.prec = PLAN_PREC_DAY;
	plan_date_human(when, sizeof(when), &qd);
	fprintf(out, "As at %s: %zu action%s, %zu open (%zu green, %zu amber, %zu red, %zu unrated), "
		"%zu complete, %zu removed; of the open, %zu overdue, %zu stale, %zu without an owner.\n",
		when, c->actions, plural(c->actions), c->open, c->rag[PLAN_RAG_GREEN], c->rag[PLAN_RAG_AMBER],
		c->rag[PLAN_RAG_RED], c->rag[PLAN_RAG_NONE], c->complete, c->removed, c->overdue, c->stale,
		c->no_owner);
	list(out, pack, &pack->overdue, "Overdue, most late first");
	list(out, pack, &pack->red, "Rated red");
	plan_day_from_number(pack->quarter_end, &y, &m, &d);
	qd.year = (int)y;
	qd.month = m;
	qd.day = d;
	plan_date_human(end, sizeof(end), &qd);
	{
		char t[120];
		snprintf(t, sizeof(t), "Due by %s with no decision", end);
		list(out, pack, &pack->due_soon, t);
	}
	if (pack->opt.log) {
		list(out, pack, &pack->moved, "Deadlines moved since the last meeting");
		not_updated(out, pack);
		fprintf(out, "\nSince ");
		plan_puts_safe(out, pack->opt.since);
		if (pack->opt.until) {
			fputs(" until ", out);
			plan_puts_safe(out, pack->opt.until);
		}
		fprintf(out, ": %zu change%s to %zu action%s", pack->nchanges, plural(pack->nchanges),
			pack->changed.n + pack->ngone, plural(pack->changed.n + pack->ngone));
		if (pack->nchanges) {
			int k, first = 1;
			fputs(" (", out);
			for (k = 0; k < PLAN_NCHANGE_KINDS; k++)
				if (pack->kinds[k]) {
					fprintf(out, "%s%zu %s", first ? "" : ", ", pack->kinds[k],
						plan_change_kind_name((plan_change_kind)k));
					first = 0;
				}
			fputs(")", out);
		}
		fputs(".\n", out);
	} else {
		list(out, pack, &pack->stale, "Stale: no update within their rhythm");
	}
	return ferror(out) ? -1 : 0;
}
