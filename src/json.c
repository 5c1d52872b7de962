/*
 * json.c - model and diagnostics as JSON objects.
 *
 * Every object that was written somewhere carries "source": "file:line".
 * A missing optional value is null and an empty list is [], so consumers
 * never test for absent keys.  Any allocation failure yields NULL.
 */
#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Consumes v into o[key]; remembers a failure in *ok. */
static void put(json_t *o, const char *key, json_t *v, int *ok)
{
	if (!o || !v || json_object_set_new(o, key, v) < 0)
		*ok = 0;
}

static void push(json_t *a, json_t *v, int *ok)
{
	if (!a || !v || json_array_append_new(a, v) < 0)
		*ok = 0;
}

static json_t *finish(json_t *o, int ok)
{
	if (ok)
		return o;
	json_decref(o);
	return NULL;
}

/*
 * A JSON string of s.  Plan text is valid UTF-8 (the parser replaced bad
 * bytes), but a file name from the command line need not be: its bytes
 * that are not ASCII are then shown as '?'.
 */
static json_t *text(const char *s)
{
	json_t *j = json_string(s);
	char *copy;
	size_t i, n;

	if (j)
		return j;
	n = strlen(s);
	copy = malloc(n + 1);
	if (!copy)
		return NULL;
	for (i = 0; i <= n; i++)
		copy[i] = (unsigned char)s[i] >= 0x80 ? '?' : s[i];
	j = json_string(copy);
	free(copy);
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
	put(o, "value", json_string(v), &ok);
	put(o, "precision", json_string(plan_precision_name(d->prec)), &ok);
	put(o, "start", json_string(s), &ok);
	put(o, "end", json_string(e), &ok);
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
		put(o, "kind", json_string("date"), &ok);
		put(o, "date", date_json(&w->from), &ok);
		break;
	case PLAN_WHEN_RANGE:
		put(o, "kind", json_string("range"), &ok);
		put(o, "from", date_json(&w->from), &ok);
		put(o, "to", date_json(&w->to), &ok);
		break;
	case PLAN_WHEN_RHYTHM:
		put(o, "kind", json_string("rhythm"), &ok);
		put(o, "rhythm", json_string(plan_rhythm_name(w->rhythm)), &ok);
		put(o, "month", w->month ? json_integer(w->month) : json_null(), &ok);
		break;
	}
	put(o, "written", json_string(w->written), &ok);
	put(o, "note", str_or_null(w->note), &ok);
	put(o, "source", source(&w->loc), &ok);
	return finish(o, ok);
}

static json_t *texts_json(const plan_text *t)
{
	json_t *a = json_array();
	int ok = 1;
	for (; t; t = t->next)
		push(a, json_string(t->text), &ok);
	return finish(a, ok);
}

static json_t *update_json(const plan_update *u)
{
	json_t *o = json_object();
	int ok = 1;

	put(o, "date", u->has_date ? date_json(&u->date) : json_null(), &ok);
	put(o, "rag", str_or_null(plan_rag_name(u->rag)), &ok);
	put(o, "author", str_or_null(u->author), &ok);
	put(o, "text", json_string(u->text), &ok);
	put(o, "form", json_string(u->target ? "separate" : "inline"), &ok);
	put(o, "source", source(&u->loc), &ok);
	return finish(o, ok);
}

static json_t *decision_json(const plan_decision *d)
{
	json_t *o = json_object();
	int ok = 1;

	put(o, "date", d->has_date ? date_json(&d->date) : json_null(), &ok);
	put(o, "decision", json_string(plan_verb_name(d->verb)), &ok);
	put(o, "into", d->has_into ? date_json(&d->into) : json_null(), &ok);
	put(o, "note", str_or_null(d->note), &ok);
	put(o, "source", source(&d->loc), &ok);
	return finish(o, ok);
}

static json_t *action_json(const plan_action *a)
{
	json_t *o = json_object(), *leads = json_array(), *reviews = json_array(),
	       *decisions = json_array(), *updates = json_array();
	const plan_lead *l;
	const plan_when *w;
	const plan_decision *d;
	const plan_update *u;
	int ok = 1;

	put(o, "id", json_string(a->id), &ok);
	put(o, "title", json_string(a->title), &ok);
	put(o, "section", a->section ? json_string(a->section->id) : json_null(), &ok);
	put(o, "objective", a->objective ? json_string(a->objective->id) : json_null(), &ok);
	for (l = a->leads.head; l; l = l->next) {
		json_t *lo = json_object();
		put(lo, "text", json_string(l->text), &ok);
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
	put(o, "measures", texts_json(a->measures.head), &ok);
	put(o, "notes", texts_json(a->notes.head), &ok);
	put(o, "source", source(&a->loc), &ok);
	return finish(o, ok);
}

static json_t *plan_json(const plan_plan *p)
{
	json_t *o = json_object(), *sections = json_array(), *objectives = json_array(),
	       *actions = json_array();
	const plan_section *s;
	const plan_objective *ob;
	const plan_action *a;
	int ok = 1;

	put(o, "id", json_string(p->id), &ok);
	put(o, "title", json_string(p->title), &ok);
	put(o, "period", when_json(p->period), &ok);
	put(o, "board", str_or_null(p->board), &ok);
	put(o, "status", json_string(p->status ? p->status : "open"), &ok);
	put(o, "statement", str_or_null(p->statement), &ok);
	put(o, "notes", texts_json(p->notes.head), &ok);
	put(o, "source", source(&p->loc), &ok);
	for (s = p->sections.head; s; s = s->next) {
		json_t *so = json_object();
		put(so, "id", json_string(s->id), &ok);
		put(so, "title", json_string(s->title), &ok);
		put(so, "statement", str_or_null(s->statement), &ok);
		put(so, "notes", texts_json(s->notes.head), &ok);
		put(so, "source", source(&s->loc), &ok);
		push(sections, so, &ok);
	}
	put(o, "sections", sections, &ok);
	for (ob = p->objectives.head; ob; ob = ob->next) {
		json_t *oo = json_object();
		put(oo, "id", json_string(ob->id), &ok);
		put(oo, "title", json_string(ob->title), &ok);
		put(oo, "section", ob->section ? json_string(ob->section->id) : json_null(), &ok);
		put(oo, "statement", str_or_null(ob->statement), &ok);
		put(oo, "measures", texts_json(ob->measures.head), &ok);
		put(oo, "notes", texts_json(ob->notes.head), &ok);
		put(oo, "source", source(&ob->loc), &ok);
		push(objectives, oo, &ok);
	}
	put(o, "objectives", objectives, &ok);
	for (a = p->actions.head; a; a = a->next)
		push(actions, action_json(a), &ok);
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

json_t *plan_json_model(plan_set *set)
{
	json_t *o = json_object(), *plans = json_array();
	const plan_plan *p;
	int ok = 1;

	put(o, "version", json_integer(PLAN_JSON_VERSION), &ok);
	put(o, "files", files_json(set), &ok);
	for (p = set->plans.head; p; p = p->next)
		push(plans, plan_json(p), &ok);
	put(o, "plans", plans, &ok);
	return finish(o, ok);
}

json_t *plan_json_diags(plan_set *set)
{
	plan_diags *d = &set->diags;
	plan_diag **v = plan_diags_sorted(d);
	json_t *o = json_object(), *a = json_array();
	size_t i;
	int ok = v != NULL;

	for (i = 0; ok && i < d->total; i++) {
		plan_diag *g = v[i];
		json_t *e = json_object();
		put(e, "file", str_or_null(g->path), &ok);
		if (g->src) {
			size_t line, col, eline, ecol;
			plan_source *src = (plan_source *)g->src;
			plan_source_linecol(src, g->span.start, &line, &col);
			plan_source_linecol(src, g->span.end, &eline, &ecol);
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
		put(e, "severity", json_string(plan_severity_name(g->sev)), &ok);
		put(e, "check", json_string(g->check), &ok);
		put(e, "message", json_string(g->msg), &ok);
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
