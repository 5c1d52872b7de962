/*
 * pack.c - the board pack as a value (pack.h): each action judged once,
 * then counted into its plan, section and objective, sorted into the
 * exception lists and filed under who owes it.
 *
 * Everything is linear in the actions but two sorts (the exception lists
 * and the leads as written) and the matching of declared organisations,
 * which costs, per plan, its organisations times the leads of its open
 * actions, as undeclared-owner's own matching would without its index.
 */
#include "pack.h"
#include "alloc.h"

#include <stdlib.h>
#include <string.h>

/* A pointer as a key of a plan_map. */
static uint64_t ptr_hash(const void *p)
{
	return plan_hash(&p, sizeof(p));
}

static int list_add(plan_pack_list *l, size_t i)
{
	if (PLAN_GROW(l->v, l->cap, l->n + 1) < 0)
		return PLAN_ENOMEM;
	l->v[l->n++] = i;
	return PLAN_OK;
}

static void list_free(plan_pack_list *l)
{
	plan_free(l->v);
	memset(l, 0, sizeof(*l));
}

/* State built along the way, freed at the end of plan_pack_build. */
struct build {
	plan_pack *pack;
	plan_map groups;            /* groups by object */
	plan_map items;             /* items by action */
	plan_map leads;             /* orgs (leads as written) by text */
	size_t groups_cap, orgs_cap, gone_cap;
};

/* The group of obj, added when new; its index, or PLAN_MAP_NONE when memory ran out. */
static size_t group(struct build *b, plan_kind kind, const void *obj, const char *id,
		    const char *title, int depth)
{
	plan_pack *pack = b->pack;
	uint64_t h = ptr_hash(obj);
	size_t it, i;
	plan_pack_group *g;

	for (i = plan_map_first(&b->groups, h, &it); i != PLAN_MAP_NONE; i = plan_map_next(&b->groups, h, &it))
		if (pack->groups[i].obj == obj)
			return i;
	if (PLAN_GROW(pack->groups, b->groups_cap, pack->ngroups + 1) < 0 ||
	    plan_map_put(&b->groups, h, pack->ngroups) < 0)
		return PLAN_MAP_NONE;
	g = &pack->groups[pack->ngroups];
	memset(g, 0, sizeof(*g));
	g->kind = kind;
	g->obj = obj;
	g->id = id;
	g->title = title;
	g->depth = depth;
	return pack->ngroups++;
}

const plan_pack_group *plan_pack_group_of(const plan_pack *pack, const void *obj)
{
	size_t i;

	/* Renderers ask in order: no map is kept for them. */
	for (i = 0; i < pack->ngroups; i++)
		if (pack->groups[i].obj == obj)
			return &pack->groups[i];
	return NULL;
}

static void count(plan_pack_counts *c, const plan_pack_item *it)
{
	const plan_decision *d = it->decision;

	c->actions++;
	c->changed += it->log != NULL;
	if (it->st.closed) {
		if (d && d->verb == PLAN_VERB_COMPLETE)
			c->complete++;
		else if (d && d->verb != PLAN_VERB_CONTINUE)
			c->removed++;
		return;
	}
	c->open++;
	c->rag[it->rag]++;
	c->overdue += it->st.days_overdue > 0;
	c->stale += it->st.stale != 0;
	c->no_owner += !it->owner;
}

/* The last day of the quarter after the one today is in. */
static long next_quarter_end(long today)
{
	long long y;
	int m, d;

	plan_day_from_number(today, &y, &m, &d);
	m = (m - 1) / 3 * 3 + 6;           /* the last month of the next quarter */
	if (m > 12) {
		m -= 12;
		y++;
	}
	return plan_day_number((int)y, m, plan_days_in_month((int)y, m));
}

/*
 * Whether it is due before the next quarter ends with nothing decided
 * about its deadline: no decision, or only the "continue into" that set it.
 */
static int due_soon(const plan_pack *pack, const plan_pack_item *it)
{
	const plan_decision *d = it->decision;

	if (it->st.closed || !it->st.deadline || it->st.days_overdue > 0 ||
	    it->st.deadline_day > pack->quarter_end)
		return 0;
	return !d || (d->verb == PLAN_VERB_CONTINUE && d->has_into && it->st.deadline == &d->into);
}

static int add_item(struct build *b, const plan_action *a, size_t *runs_cap)
{
	plan_pack *pack = b->pack;
	plan_pack_item *it = &pack->items[pack->nitems];
	const plan_update *u;
	plan_pack_run *r;

	memset(it, 0, sizeof(*it));
	it->action = a;
	plan_action_state_at(a, pack->opt.today, &it->st);
	for (u = a->updates.head; u; u = u->next) {
		if (u->rag) {
			it->rag = u->rag;
			it->rated = u;
		}
		it->latest = u;
	}
	it->decision = plan_action_decision(a);
	it->owner = plan_action_has_owner(a);
	it->due_soon = due_soon(pack, it);
	if (plan_map_put(&b->items, ptr_hash(a), pack->nitems) < 0)
		return PLAN_ENOMEM;
	r = pack->nruns ? &pack->runs[pack->nruns - 1] : NULL;
	if (!r || r->plan != a->plan || r->section != a->section || r->objective != a->objective) {
		if (PLAN_GROW(pack->runs, *runs_cap, pack->nruns + 1) < 0)
			return PLAN_ENOMEM;
		r = &pack->runs[pack->nruns++];
		r->plan = a->plan;
		r->section = a->section;
		r->objective = a->objective;
		r->first = pack->nitems;
		r->n = 0;
	}
	r->n++;
	pack->nitems++;
	return PLAN_OK;
}

/* Whether one of a's leads names lead: 1, 0, or -1 when memory ran out. */
static int leads_name(const plan_action *a, const char *lead)
{
	const plan_lead *l;
	int yes = 0;

	for (l = a->leads.head; l && !yes; l = l->next)
		yes = plan_lead_names(l->text, lead);
	return yes;
}

/*
 * The key that groups leads as written: ASCII case aside, any dash a
 * hyphen, runs of blanks one space, and no blank or full stop at either
 * end ("Police - Mark Wolski." is "Police – Mark Wolski").  A new
 * allocation, or NULL.
 */
static char *lead_key(const char *s)
{
	size_t n = strlen(s), k = 0, i;
	char *key = plan_malloc(n + 1);

	if (!key)
		return NULL;
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x95) {
			c = '-';
			i += 2;
		} else if (c == '\t' || c == '\n') {
			c = ' ';
		} else if (c >= 'A' && c <= 'Z') {
			c = (unsigned char)(c - 'A' + 'a');
		}
		if (c == ' ' && (k == 0 || key[k - 1] == ' '))
			continue;
		key[k++] = (char)c;
	}
	while (k && (key[k - 1] == ' ' || key[k - 1] == '.'))
		k--;
	key[k] = '\0';
	return key;
}

/* The org of name (a lead as written, in plan p), added when new; NULL when memory ran out. */
static plan_pack_org *org(struct build *b, const char *name, const plan_plan *p, int declared)
{
	plan_pack *pack = b->pack;
	char *key = NULL;
	uint64_t h = 0;
	size_t it, i;
	plan_pack_org *o;

	if (!declared) {
		if (!(key = lead_key(name)))
			return NULL;
		h = plan_hash_str(key);
		for (i = plan_map_first(&b->leads, h, &it); i != PLAN_MAP_NONE;
		     i = plan_map_next(&b->leads, h, &it))
			if (strcmp(pack->orgs[i].key, key) == 0 && pack->orgs[i].plan == p) {
				plan_free(key);
				return &pack->orgs[i];
			}
	}
	if (PLAN_GROW(pack->orgs, b->orgs_cap, pack->norgs + 1) < 0 ||
	    (!declared && plan_map_put(&b->leads, h, pack->norgs) < 0)) {
		plan_free(key);
		return NULL;
	}
	o = &pack->orgs[pack->norgs++];
	memset(o, 0, sizeof(*o));
	o->name = name;
	o->key = key;
	o->plan = p;
	o->declared = declared;
	return o;
}

static int org_add(const plan_pack *pack, plan_pack_org *o, size_t i)
{
	const plan_pack_item *it = &pack->items[i];
	int not_updated = pack->opt.log ? !it->updated : it->st.stale;

	if (o->open.n && o->open.v[o->open.n - 1] == i)
		return PLAN_OK;      /* two leads of one action naming the same */
	if (list_add(&o->open, i) < 0 || (not_updated && list_add(&o->not_updated, i) < 0))
		return PLAN_ENOMEM;
	return PLAN_OK;
}

/* Leads as written, by their keys (then as written, for a stable order). */
static int org_cmp(const void *x, const void *y)
{
	const plan_pack_org *a = x, *b = y;
	int c;

	if ((c = strcmp(a->key, b->key)) != 0)
		return c;
	return strcmp(a->name, b->name);
}

/*
 * Files the open actions of plan p (items[first .. end)) under the
 * organisations p declares that their leads name, and those whose leads
 * name none under each lead as written.
 */
static int file_orgs(struct build *b, const plan_plan *p, size_t first, size_t end)
{
	plan_pack *pack = b->pack;
	const plan_text *t;
	size_t i, leads_from;
	unsigned char *named = NULL;
	int st = PLAN_OK;

	plan_map_free(&b->leads);     /* leads are grouped within their plan */

	if (end > first && p->organisations.count && !(named = plan_calloc(end - first, 1)))
		return PLAN_ENOMEM;
	for (t = p->organisations.head; t && st == PLAN_OK; t = t->next) {
		plan_pack_org *o = NULL;
		for (i = first; i < end && st == PLAN_OK; i++) {
			int yes;
			if (pack->items[i].st.closed || !pack->items[i].owner)
				continue;
			if ((yes = leads_name(pack->items[i].action, t->text)) < 0)
				st = PLAN_ENOMEM;
			else if (yes && !o && !(o = org(b, t->text, p, 1)))
				st = PLAN_ENOMEM;
			else if (yes && (st = org_add(pack, o, i)) == PLAN_OK)
				named[i - first] = 1;
		}
	}
	leads_from = pack->norgs;
	for (i = first; i < end && st == PLAN_OK; i++) {
		const plan_lead *l;
		if (pack->items[i].st.closed || !pack->items[i].owner || (named && named[i - first]))
			continue;
		for (l = pack->items[i].action->leads.head; l && st == PLAN_OK; l = l->next) {
			plan_pack_org *o;
			if (plan_lead_kind_of(l->text) != PLAN_LEAD_OWNER)
				continue;
			if (!(o = org(b, l->text, p, 0)))
				st = PLAN_ENOMEM;
			else
				st = org_add(pack, o, i);
		}
	}
	plan_free(named);
	if (st == PLAN_OK && pack->norgs - leads_from > 1)
		qsort(pack->orgs + leads_from, pack->norgs - leads_from, sizeof(*pack->orgs), org_cmp);
	return st;
}

/* An index with its sort key: the exception lists are sorted by key, then in plan order. */
struct keyed {
	long key;
	size_t i;
};

static int keyed_cmp(const void *x, const void *y)
{
	const struct keyed *a = x, *b = y;

	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return a->i < b->i ? -1 : a->i > b->i;
}

enum { BY_LATE, BY_MOVES, BY_DEADLINE };

/* Sorts l: most days late first, most moves first, or soonest deadline first. */
static int sort_list(const plan_pack *pack, plan_pack_list *l, int by)
{
	struct keyed *v;
	size_t k;

	if (l->n < 2)
		return PLAN_OK;
	if (!(v = plan_calloc(l->n, sizeof(*v))))
		return PLAN_ENOMEM;
	for (k = 0; k < l->n; k++) {
		const plan_pack_item *it = &pack->items[l->v[k]];
		v[k].i = l->v[k];
		v[k].key = by == BY_LATE ? -it->st.days_overdue : by == BY_MOVES ? -(long)it->moves
			 : it->st.deadline_day;
	}
	qsort(v, l->n, sizeof(*v), keyed_cmp);
	for (k = 0; k < l->n; k++)
		l->v[k] = v[k].i;
	plan_free(v);
	return PLAN_OK;
}

/* Attaches the log's actions to the items and counts their changes. */
static int read_log(struct build *b)
{
	plan_pack *pack = b->pack;
	const plan_log *log = pack->opt.log;
	size_t k, c;

	for (k = 0; k < log->nactions; k++) {
		const plan_log_action *la = &log->actions[k];
		const plan_action *a = la->nchanges ? plan_set_action(pack->set, la->id) : NULL;
		plan_pack_item *it = NULL;
		uint64_t h;
		size_t iter, i;

		if (!la->nchanges)
			continue;
		if (a) {
			h = ptr_hash(a);
			for (i = plan_map_first(&b->items, h, &iter); i != PLAN_MAP_NONE;
			     i = plan_map_next(&b->items, h, &iter))
				if (pack->items[i].action == a) {
					it = &pack->items[i];
					break;
				}
		}
		if (!it && pack->opt.lead)
			continue;          /* filtered out, or gone: a gone action's leads are not known */
		if (it) {
			it->log = la;
			for (c = 0; c < la->nchanges; c++) {
				it->updated |= la->changes[c].kind == PLAN_CHANGE_UPDATE_ADDED;
				/* Setting a deadline where there was none is no move (log.h). */
				it->moves += la->changes[c].kind == PLAN_CHANGE_DUE && la->changes[c].moves > 0;
			}
		} else if (PLAN_GROW(pack->gone, b->gone_cap, pack->ngone + 1) < 0) {
			return PLAN_ENOMEM;
		} else {
			pack->gone[pack->ngone++] = la;
		}
		for (c = 0; c < la->nchanges; c++)
			pack->kinds[la->changes[c].kind]++;
		pack->nchanges += la->nchanges;
	}
	return PLAN_OK;
}

static int build(struct build *b, const plan_set *set)
{
	plan_pack *pack = b->pack;
	const plan_plan *p;
	const plan_action *a;
	size_t n = 0, i, runs_cap = 0;

	for (p = set->plans.head; p; p = p->next)
		n += p->actions.count;
	if (n && !(pack->items = plan_calloc(n, sizeof(*pack->items))))
		return PLAN_ENOMEM;
	for (p = set->plans.head; p; p = p->next) {
		size_t first = pack->nitems;
		if (group(b, PLAN_KIND_PLAN, p, p->id, p->title, 0) == PLAN_MAP_NONE)
			return PLAN_ENOMEM;
		for (a = p->actions.head; a; a = a->next) {
			if (pack->opt.lead) {
				int yes = leads_name(a, pack->opt.lead);
				if (yes < 0)
					return PLAN_ENOMEM;
				if (!yes)
					continue;
			}
			if (add_item(b, a, &runs_cap) < 0)
				return PLAN_ENOMEM;
		}
		/* The sections and objectives of the plan's items, in the order first met. */
		for (i = first; i < pack->nitems; i++) {
			const plan_action *x = pack->items[i].action;
			if (x->section && group(b, PLAN_KIND_SECTION, x->section, x->section->id,
						x->section->title, 1) == PLAN_MAP_NONE)
				return PLAN_ENOMEM;
			if (x->objective && group(b, PLAN_KIND_OBJECTIVE, x->objective, x->objective->id,
						  x->objective->title, x->objective->section ? 2 : 1) == PLAN_MAP_NONE)
				return PLAN_ENOMEM;
		}
	}
	/* The log first: who has not updated since the last meeting is known after it. */
	if (pack->opt.log && read_log(b) < 0)
		return PLAN_ENOMEM;
	for (p = set->plans.head, i = 0; p; p = p->next) {
		size_t first = i;
		while (i < pack->nitems && pack->items[i].action->plan == p)
			i++;
		if (file_orgs(b, p, first, i) < 0)
			return PLAN_ENOMEM;
	}
	for (i = 0; i < pack->nitems; i++) {
		const plan_pack_item *it = &pack->items[i];
		const plan_action *x = it->action;
		const void *objs[3] = { x->plan, x->section, x->objective };
		int k;

		for (k = 0; k < 3; k++) {
			uint64_t h;
			size_t iter, g;
			if (!objs[k])
				continue;
			h = ptr_hash(objs[k]);
			for (g = plan_map_first(&b->groups, h, &iter); g != PLAN_MAP_NONE;
			     g = plan_map_next(&b->groups, h, &iter))
				if (pack->groups[g].obj == objs[k]) {
					count(&pack->groups[g].counts, it);
					break;
				}
		}
		count(&pack->total, it);
		if ((it->st.days_overdue > 0 && list_add(&pack->overdue, i) < 0) ||
		    (it->st.stale && list_add(&pack->stale, i) < 0) ||
		    (it->moves && list_add(&pack->moved, i) < 0) ||
		    (!it->st.closed && it->rag == PLAN_RAG_RED && list_add(&pack->red, i) < 0) ||
		    (it->due_soon && list_add(&pack->due_soon, i) < 0) ||
		    (!it->st.closed && !it->owner && list_add(&pack->no_owner, i) < 0) ||
		    (it->log && list_add(&pack->changed, i) < 0))
			return PLAN_ENOMEM;
	}
	if (sort_list(pack, &pack->overdue, BY_LATE) < 0 || sort_list(pack, &pack->moved, BY_MOVES) < 0 ||
	    sort_list(pack, &pack->due_soon, BY_DEADLINE) < 0)
		return PLAN_ENOMEM;
	return PLAN_OK;
}

int plan_pack_build(plan_pack **out, const plan_set *set, const plan_pack_options *opt)
{
	struct build b;
	plan_pack *pack;
	long long y;
	int m, d, st;

	*out = NULL;
	if (!(pack = plan_calloc(1, sizeof(*pack))))
		return plan_error_oom();
	memset(&b, 0, sizeof(b));
	b.pack = pack;
	pack->opt = *opt;
	pack->set = set;
	plan_day_from_number(opt->today, &y, &m, &d);
	plan_day_format(pack->today, (int)y, m, d);
	pack->quarter_end = next_quarter_end(opt->today);
	st = build(&b, set);
	plan_map_free(&b.groups);
	plan_map_free(&b.items);
	plan_map_free(&b.leads);
	if (st < 0) {
		plan_pack_free(pack);
		return plan_error_oom();
	}
	*out = pack;
	return PLAN_OK;
}

void plan_pack_free(plan_pack *pack)
{
	size_t i;

	if (!pack)
		return;
	for (i = 0; i < pack->norgs; i++) {
		list_free(&pack->orgs[i].open);
		list_free(&pack->orgs[i].not_updated);
		plan_free(pack->orgs[i].key);
	}
	list_free(&pack->overdue);
	list_free(&pack->stale);
	list_free(&pack->moved);
	list_free(&pack->red);
	list_free(&pack->due_soon);
	list_free(&pack->no_owner);
	list_free(&pack->changed);
	plan_free(pack->orgs);
	plan_free(pack->gone);
	plan_free(pack->items);
	plan_free(pack->groups);
	plan_free(pack->runs);
	plan_free(pack);
}

const char *plan_pack_status(const plan_pack_item *it)
{
	const plan_decision *d = it->decision;

	if (it->st.closed) {
		if (d && d->verb == PLAN_VERB_COMPLETE)
			return "complete";
		if (d && d->verb != PLAN_VERB_CONTINUE)
			return "removed";
		return "closed";
	}
	if (it->st.days_overdue > 0)
		return "overdue";
	if (it->st.stale)
		return "stale";
	return "open";
}
