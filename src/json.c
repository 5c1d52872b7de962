/*
 * json.c - every JSON form of every command: diagnostics, the model and
 * the history of actions (SPEC.md sections 14, 15 and 18).
 *
 * Every object that was written somewhere carries "source": "file:line".
 * A missing optional value is null and an empty list is [], so consumers
 * never test for absent keys.  Every string goes through text(), which
 * makes it valid UTF-8 (a byte that starts no character becomes U+FFFD),
 * so no key is ever dropped; any allocation failure yields NULL for the
 * whole, never a smaller answer.  jansson allocates through alloc.h.
 */
#include "json.h"
#include "alloc.h"
#include "check.h"
#include "measure.h"

#include <stdio.h>
#include <string.h>

/*
 * Consumes v into o[key]; remembers a failure in *ok.  v is released
 * when it cannot be stored (o is NULL: making o failed), so that a
 * failure leaks nothing.
 */
static void put(json_t *o, const char *key, json_t *v, int *ok)
{
	if (!o || !v) {
		json_decref(v);
		*ok = 0;
	} else if (json_object_set_new(o, key, v) < 0) {
		*ok = 0;
	}
}

static void push(json_t *a, json_t *v, int *ok)
{
	if (!a || !v) {
		json_decref(v);
		*ok = 0;
	} else if (json_array_append_new(a, v) < 0) {
		*ok = 0;
	}
}

static json_t *finish(json_t *o, int ok)
{
	if (ok)
		return o;
	json_decref(o);
	return NULL;
}

/* Makes jansson allocate through alloc.h (the same functions each time). */
static void use_our_allocator(void)
{
	json_set_alloc_funcs(plan_malloc, plan_free);
}

/*
 * A JSON string of s: plan text is valid UTF-8 (the parser replaced bad
 * bytes), but a file name, a commit's author or subject need not be; each
 * byte of those that starts no character is written as U+FFFD.
 */
static json_t *text(const char *s)
{
	json_t *j = json_string(s);
	char *copy;
	size_t i, o = 0, n, k;

	if (j)
		return j;
	n = strlen(s);
	if (n > (SIZE_MAX - 1) / 3 || !(copy = plan_malloc(3 * n + 1)))
		return NULL;
	for (i = 0; i < n; i += k) {
		if ((k = plan_utf8_len(s + i, n - i)) != 0) {
			memcpy(copy + o, s + i, k);
			o += k;
		} else {
			memcpy(copy + o, "\xEF\xBF\xBD", 3);
			o += 3;
			k = 1;
		}
	}
	copy[o] = '\0';
	j = json_string(copy);
	plan_free(copy);
	return j;
}

static json_t *str_or_null(const char *s)
{
	return s ? text(s) : json_null();
}

static json_t *source(const plan_loc *l)
{
	size_t line, col;

	if (!l->src)
		return json_null();
	plan_source_linecol((plan_source *)l->src, l->span.start, &line, &col);
	{
		char buf[32];
		json_t *path = text(l->src->path), *r;
		if (!path)
			return NULL;
		snprintf(buf, sizeof(buf), ":%zu", line);
		r = json_sprintf("%s%s", json_string_value(path), buf);
		json_decref(path);
		return r;
	}
}

static json_t *date_json(const plan_date *d)
{
	char v[16], s[11], e[11];
	plan_date last = plan_date_last_day(d);
	json_t *o = json_object();
	int ok = 1;

	plan_date_format(v, sizeof(v), d);
	plan_day_format(s, d->year, d->month, d->day);
	plan_day_format(e, last.year, last.month, last.day);
	put(o, "value", text(v), &ok);
	put(o, "precision", text(plan_precision_name(d->prec)), &ok);
	put(o, "start", text(s), &ok);
	put(o, "end", text(e), &ok);
	return finish(o, ok);
}

static json_t *when_json(const plan_when *w)
{
	json_t *o;
	int ok = 1;

	if (!w)
		return json_null();
	o = json_object();
	switch (w->kind) {
	case PLAN_WHEN_DATE:
		put(o, "kind", text("date"), &ok);
		put(o, "date", date_json(&w->from), &ok);
		break;
	case PLAN_WHEN_RANGE:
		put(o, "kind", text("range"), &ok);
		put(o, "from", date_json(&w->from), &ok);
		put(o, "to", date_json(&w->to), &ok);
		break;
	case PLAN_WHEN_RHYTHM:
		put(o, "kind", text("rhythm"), &ok);
		put(o, "rhythm", text(plan_rhythm_name(w->rhythm)), &ok);
		put(o, "month", w->month ? json_integer(w->month) : json_null(), &ok);
		put(o, "every", w->every ? json_integer(w->every) : json_null(), &ok);
		put(o, "unit", w->unit ? text(plan_unit_name((plan_unit)w->unit)) : json_null(), &ok);
		break;
	}
	put(o, "written", text(w->written), &ok);
	put(o, "note", str_or_null(w->note), &ok);
	put(o, "source", source(&w->loc), &ok);
	return finish(o, ok);
}

static json_t *texts_json(const plan_text *t)
{
	json_t *a = json_array();
	int ok = 1;
	for (; t; t = t->next)
		push(a, text(t->text), &ok);
	return finish(a, ok);
}

/* The text of each measure, as written. */
static json_t *measure_texts_json(const plan_measure *m)
{
	json_t *a = json_array();
	int ok = 1;
	for (; m; m = m->next)
		push(a, text(m->text), &ok);
	return finish(a, ok);
}

/*
 * A figure's number: an integer when it is one that a double holds
 * exactly, so that 20 is written 20, not 20.0.
 */
static json_t *number_json(double v)
{
	if (v >= -9007199254740992.0 && v <= 9007199254740992.0 && v == (double)(long long)v)
		return json_integer((json_int_t)v);
	return json_real(v);
}

static json_t *bound_json(plan_bound b)
{
	return b == PLAN_BOUND_AT_LEAST ? text("at least") :
	       b == PLAN_BOUND_AT_MOST ? text("at most") : json_null();
}

/* One figure of measure m (SPEC.md section 15, FIGURE); NULL stands for none. */
static json_t *figure_json(const plan_measure *m, const plan_figure *f)
{
	json_t *o;
	double v;
	int ok = 1, pc = f && f->percent, has;

	if (!f)
		return json_null();
	o = json_object();
	has = plan_figure_value(m, f, &v, &pc);
	put(o, "kind", text(plan_figure_kind_name(f->kind)), &ok);
	put(o, "date", f->has_date ? date_json(&f->date) : json_null(), &ok);
	put(o, "value", has ? number_json(v) : json_null(), &ok);
	put(o, "percent", json_boolean(has ? pc : f->percent), &ok);
	put(o, "unit", str_or_null(f->problem == PLAN_FIGURE_OK ? plan_figure_unit(m, f) : NULL), &ok);
	put(o, "bound", bound_json(f->bound), &ok);
	put(o, "change", f->problem == PLAN_FIGURE_OK && f->change ?
		number_json(f->number) : json_null(), &ok);
	put(o, "change_percent", json_boolean(f->change && f->percent), &ok);
	if (f->kind == PLAN_FIGURE_TARGET || f->kind == PLAN_FIGURE_MILESTONE) {
		plan_bound d = f->problem == PLAN_FIGURE_OK ? plan_figure_direction(m, f) :
			       PLAN_BOUND_NONE;
		put(o, "direction", d == PLAN_BOUND_AT_LEAST ? text("increase") :
			d == PLAN_BOUND_AT_MOST ? text("reduce") : json_null(), &ok);
	} else {
		put(o, "direction", json_null(), &ok);
	}
	put(o, "read", json_boolean(f->problem == PLAN_FIGURE_OK), &ok);
	put(o, "note", str_or_null(f->note), &ok);
	put(o, "source", source(&f->loc), &ok);
	return finish(o, ok);
}

static json_t *figures_json(const plan_measure *m, const plan_figure *f)
{
	json_t *a = json_array();
	int ok = 1;
	for (; f; f = f->next)
		push(a, figure_json(m, f), &ok);
	return finish(a, ok);
}

/*
 * The figures of each measure, one object per measure in the order of
 * "measures", and what they say together: the latest actual, the target
 * or milestone it is judged against, and whether it meets it.
 */
static json_t *measure_figures_json(const plan_measure *m)
{
	json_t *a = json_array();
	int ok = 1;

	for (; m; m = m->next) {
		json_t *o = json_object();
		const plan_figure *latest = plan_measure_latest(m);
		const plan_figure *due = latest ? plan_measure_due(m, latest) : NULL;
		int meets = due ? plan_figure_meets(m, due, latest) : -1;

		put(o, "measure", text(m->text), &ok);
		put(o, "baseline", figure_json(m, m->baselines.head), &ok);
		put(o, "targets", figures_json(m, m->targets.head), &ok);
		put(o, "milestones", figures_json(m, m->milestones.head), &ok);
		put(o, "actuals", figures_json(m, m->actuals.head), &ok);
		put(o, "latest", figure_json(m, latest), &ok);
		put(o, "against", figure_json(m, due), &ok);
		put(o, "met", meets < 0 ? json_null() : json_boolean(meets), &ok);
		put(o, "source", source(&m->loc), &ok);
		push(a, o, &ok);
	}
	return finish(a, ok);
}

static json_t *update_json(const plan_update *u)
{
	json_t *o = json_object();
	int ok = 1;

	put(o, "date", u->has_date ? date_json(&u->date) : json_null(), &ok);
	put(o, "rag", str_or_null(plan_rag_name(u->rag)), &ok);
	put(o, "author", str_or_null(u->author), &ok);
	put(o, "text", text(u->text), &ok);
	put(o, "form", text(u->target ? "separate" : "inline"), &ok);
	put(o, "source", source(&u->loc), &ok);
	return finish(o, ok);
}

static json_t *decision_json(const plan_decision *d)
{
	json_t *o = json_object();
	int ok = 1;

	put(o, "date", d->has_date ? date_json(&d->date) : json_null(), &ok);
	put(o, "decision", text(plan_verb_name(d->verb)), &ok);
	put(o, "into", d->has_into ? date_json(&d->into) : json_null(), &ok);
	put(o, "note", str_or_null(d->note), &ok);
	put(o, "source", source(&d->loc), &ok);
	return finish(o, ok);
}

/* A day number as "YYYY-MM-DD". */
static json_t *day_json(long n)
{
	char buf[32];
	long long y;
	int m, d;

	plan_day_from_number(n, &y, &m, &d);
	plan_day_format(buf, (int)y, m, d);
	return text(buf);
}

/* What the action's dates say on day today (plan_action_state_at). */
static json_t *state_json(const plan_action *a, long today)
{
	plan_action_state st;
	json_t *o = json_object();
	int ok = 1;

	plan_action_state_at(a, today, &st);
	put(o, "status", text(st.closed ? "closed" : "open"), &ok);
	put(o, "deadline", st.deadline ? date_json(st.deadline) : json_null(), &ok);
	put(o, "days_overdue", json_integer(st.days_overdue), &ok);
	put(o, "stale", json_boolean(st.stale), &ok);
	put(o, "stale_from", st.judged ? day_json(st.stale_from) : json_null(), &ok);
	put(o, "last_update", st.last ? date_json(&st.last->date) : json_null(), &ok);
	put(o, "last_rag", st.last ? str_or_null(plan_rag_name(st.last->rag)) : json_null(), &ok);
	return finish(o, ok);
}

static json_t *action_json(const plan_action *a, long today)
{
	json_t *o = json_object(), *leads = json_array(), *reviews = json_array(),
	       *decisions = json_array(), *updates = json_array();
	const plan_lead *l;
	const plan_when *w;
	const plan_decision *d;
	const plan_update *u;
	int ok = 1;

	put(o, "id", text(a->id), &ok);
	put(o, "title", text(a->title), &ok);
	put(o, "section", a->section ? text(a->section->id) : json_null(), &ok);
	put(o, "objective", a->objective ? text(a->objective->id) : json_null(), &ok);
	for (l = a->leads.head; l; l = l->next) {
		json_t *lo = json_object();
		put(lo, "text", text(l->text), &ok);
		put(lo, "source", source(&l->loc), &ok);
		push(leads, lo, &ok);
	}
	put(o, "leads", leads, &ok);
	put(o, "due", when_json(a->due), &ok);
	for (w = a->reviews.head; w; w = w->next)
		push(reviews, when_json(w), &ok);
	put(o, "reviews", reviews, &ok);
	put(o, "start", when_json(a->start), &ok);
	d = plan_action_decision(a);
	put(o, "decision", d ? decision_json(d) : json_null(), &ok);
	for (d = a->decisions.head; d; d = d->next)
		push(decisions, decision_json(d), &ok);
	put(o, "decisions", decisions, &ok);
	for (u = a->updates.head; u; u = u->next)
		push(updates, update_json(u), &ok);
	put(o, "updates", updates, &ok);
	put(o, "measures", measure_texts_json(a->measures.head), &ok);
	put(o, "figures", measure_figures_json(a->measures.head), &ok);
	put(o, "notes", texts_json(a->notes.head), &ok);
	put(o, "state", state_json(a, today), &ok);
	put(o, "source", source(&a->loc), &ok);
	return finish(o, ok);
}

static json_t *plan_json(const plan_plan *p, long today, const char *lead)
{
	json_t *o = json_object(), *sections = json_array(), *objectives = json_array(),
	       *actions = json_array();
	const plan_section *s;
	const plan_objective *ob;
	const plan_action *a;
	int ok = 1;

	put(o, "id", text(p->id), &ok);
	put(o, "title", text(p->title), &ok);
	put(o, "period", when_json(p->period), &ok);
	put(o, "board", str_or_null(p->board), &ok);
	put(o, "status", text(p->status ? p->status : "open"), &ok);
	put(o, "statement", str_or_null(p->statement), &ok);
	put(o, "notes", texts_json(p->notes.head), &ok);
	put(o, "source", source(&p->loc), &ok);
	for (s = p->sections.head; s; s = s->next) {
		json_t *so = json_object();
		put(so, "id", text(s->id), &ok);
		put(so, "title", text(s->title), &ok);
		put(so, "statement", str_or_null(s->statement), &ok);
		put(so, "notes", texts_json(s->notes.head), &ok);
		put(so, "source", source(&s->loc), &ok);
		push(sections, so, &ok);
	}
	put(o, "sections", sections, &ok);
	for (ob = p->objectives.head; ob; ob = ob->next) {
		json_t *oo = json_object();
		put(oo, "id", text(ob->id), &ok);
		put(oo, "title", text(ob->title), &ok);
		put(oo, "section", ob->section ? text(ob->section->id) : json_null(), &ok);
		put(oo, "statement", str_or_null(ob->statement), &ok);
		put(oo, "measures", measure_texts_json(ob->measures.head), &ok);
		put(oo, "figures", measure_figures_json(ob->measures.head), &ok);
		put(oo, "notes", texts_json(ob->notes.head), &ok);
		put(oo, "source", source(&ob->loc), &ok);
		push(objectives, oo, &ok);
	}
	put(o, "objectives", objectives, &ok);
	for (a = p->actions.head; a; a = a->next) {
		const plan_lead *l;
		int named = !lead;
		for (l = a->leads.head; l && !named; l = l->next)
			if ((named = plan_lead_names(l->text, lead)) < 0)
				ok = 0;
		if (named > 0)
			push(actions, action_json(a, today), &ok);
	}
	put(o, "actions", actions, &ok);
	return finish(o, ok);
}

static json_t *files_json(const plan_set *set)
{
	json_t *a = json_array();
	size_t i;
	int ok = 1;
	for (i = 0; i < set->nsources; i++)
		push(a, text(set->sources[i]->path), &ok);
	return finish(a, ok);
}

json_t *plan_json_model(plan_set *set, long today, const char *lead)
{
	json_t *o, *plans;
	const plan_plan *p;
	int ok = 1;

	use_our_allocator();
	o = json_object();
	plans = json_array();

	put(o, "version", json_integer(PLAN_JSON_VERSION), &ok);
	put(o, "today", day_json(today), &ok);
	put(o, "lead", str_or_null(lead), &ok);
	put(o, "files", files_json(set), &ok);
	for (p = set->plans.head; p; p = p->next)
		push(plans, plan_json(p, today, lead), &ok);
	put(o, "plans", plans, &ok);
	return finish(o, ok);
}

json_t *plan_json_diags(plan_set *set)
{
	return plan_json_diags_unit(set, PLAN_COLUMN_CHAR);
}

json_t *plan_json_diags_unit(plan_set *set, plan_column_unit unit)
{
	plan_diags *d = &set->diags;
	plan_diag **v = plan_diags_sorted(d);
	json_t *o, *a;
	size_t i;
	int ok = v != NULL;

	use_our_allocator();
	o = json_object();
	a = json_array();

	for (i = 0; ok && i < d->total; i++) {
		plan_diag *g = v[i];
		json_t *e = json_object();
		put(e, "file", str_or_null(g->path), &ok);
		if (g->src) {
			size_t line, col, eline, ecol;
			plan_source *src = (plan_source *)g->src;
			plan_source_linecol_unit(src, g->span.start, unit, &line, &col);
			plan_source_linecol_unit(src, g->span.end, unit, &eline, &ecol);
			put(e, "line", json_integer((json_int_t)line), &ok);
			put(e, "column", json_integer((json_int_t)col), &ok);
			put(e, "end_line", json_integer((json_int_t)eline), &ok);
			put(e, "end_column", json_integer((json_int_t)ecol), &ok);
		} else {
			put(e, "line", json_null(), &ok);
			put(e, "column", json_null(), &ok);
			put(e, "end_line", json_null(), &ok);
			put(e, "end_column", json_null(), &ok);
		}
		put(e, "severity", text(plan_severity_name(g->sev)), &ok);
		put(e, "check", text(g->check), &ok);
		put(e, "message", text(g->msg), &ok);
		put(e, "plan", str_or_null(g->plan), &ok);
		put(e, "action", str_or_null(g->action), &ok);
		put(e, "commit", g->commit ? text(g->commit->id) : json_null(), &ok);
		push(a, e, &ok);
	}
	put(o, "version", json_integer(PLAN_JSON_VERSION), &ok);
	put(o, "diagnostics", a, &ok);
	put(o, "errors", json_integer((json_int_t)d->count[PLAN_SEV_ERROR]), &ok);
	put(o, "warnings", json_integer((json_int_t)d->count[PLAN_SEV_WARNING]), &ok);
	put(o, "notes", json_integer((json_int_t)d->count[PLAN_SEV_NOTE]), &ok);
	put(o, "files", json_integer((json_int_t)set->nsources), &ok);
	put(o, "truncated", json_boolean(d->truncated), &ok);
	return finish(o, ok);
}

static json_t *change_json(const plan_log_change *c)
{
	json_t *o = json_object();
	char t[1600];
	int ok = 1;

	put(o, "kind", text(plan_change_kind_name(c->kind)), &ok);
	put(o, "before", str_or_null(c->before), &ok);
	put(o, "after", str_or_null(c->after), &ok);
	put(o, "moves", c->moves ? json_integer(c->moves) : json_null(), &ok);
	put(o, "text", text(plan_log_change_text(t, sizeof(t), c)), &ok);
	return finish(o, ok);
}

static json_t *commit_json(const plan_log_commit *c, json_t *changes)
{
	json_t *o = json_object();
	char date[PLAN_LOG_DATE_SIZE];
	int ok = 1;

	put(o, "commit", text(c->id), &ok);
	put(o, "author", text(c->author), &ok);
	put(o, "date", text(plan_log_date(date, c->when, c->offset)), &ok);
	put(o, "subject", text(c->subject), &ok);
	put(o, "merge", json_boolean(c->merge), &ok);
	put(o, "changes", changes, &ok);
	return finish(o, ok);
}

/* The commits of action x, newest first (oldest first when reverse), at most limit (< 0: all). */
static json_t *commits_json(const plan_log_action *x, int reverse, long limit)
{
	json_t *commits = json_array(), *changes = NULL;
	const plan_log_commit *last = NULL;
	size_t k, n = x->nchanges;
	long shown = 0;
	int ok = 1;

	for (k = 0; k < n && ok; k++) {
		const plan_log_change *c = &x->changes[reverse ? n - 1 - k : k];
		if (c->commit != last) {
			if (limit >= 0 && shown >= limit)
				break;
			shown++;
			changes = json_array();
			push(commits, commit_json(c->commit, changes), &ok);
			last = c->commit;
			if (!ok)
				break;   /* changes went with the commit that failed */
		}
		push(changes, change_json(c), &ok);
	}
	return finish(commits, ok);
}

json_t *plan_json_log(const plan_log *log, int reverse, long limit)
{
	json_t *o, *actions;
	size_t i;
	int ok = 1;

	use_our_allocator();
	o = json_object();
	actions = json_array();
	for (i = 0; i < log->nactions; i++) {
		const plan_log_action *x = &log->actions[i];
		json_t *a = json_object();
		put(a, "id", text(x->id), &ok);
		put(a, "title", str_or_null(x->title), &ok);
		put(a, "commits", commits_json(x, reverse, limit), &ok);
		push(actions, a, &ok);
	}
	put(o, "version", json_integer(PLAN_JSON_VERSION), &ok);
	put(o, "actions", actions, &ok);
	put(o, "shallow", json_boolean(log->result.shallow), &ok);
	return finish(o, ok);
}

/* ---- the blocks, for the JSON forms of other modules ------------------ */

void plan_json_begin(void)
{
	use_our_allocator();
}

json_t *plan_json_text(const char *s)
{
	return text(s);
}

void plan_json_put(json_t *o, const char *key, json_t *v, int *ok)
{
	put(o, key, v, ok);
}

void plan_json_push(json_t *a, json_t *v, int *ok)
{
	push(a, v, ok);
}

json_t *plan_json_finish(json_t *o, int ok)
{
	return finish(o, ok);
}
