/*
 * model.c - the plan set: its id index, linking separate-file updates to
 * their actions, and the index of names near a query (plan_near).
 *
 * The id index is an array of what each id names, in the order they were
 * registered, with a hash map over it (map.h); both are allocated on
 * their own, so that growing them gives the old blocks back.
 *
 * Nothing here grows as the square of its input: separate-form updates
 * are sorted and merged into each action's list in one pass, and the
 * "did you mean" of an unknown id is looked for in a sorted index of the
 * action ids, only for the diagnostics that are kept.
 */
#include "model.h"
#include "alloc.h"
#include "error.h"
#include "words.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

plan_set *plan_set_new(void)
{
	plan_arena *a = plan_arena_new();
	plan_set *set;

	if (!a)
		return NULL;
	set = plan_arena_zalloc(a, sizeof(*set));
	if (!set) {
		plan_arena_free(a);
		return NULL;
	}
	set->arena = a;
	plan_diags_init(&set->diags, a);
	return set;
}

void plan_set_free(plan_set *set)
{
	while (set) {
		plan_set *also = set->also;
		if (set->loader_free)
			set->loader_free(set->loader);
		plan_free(set->sources);
		plan_free(set->named);
		plan_map_free(&set->ids);
		plan_arena_free(set->arena);
		set = also;
	}
}

int plan_set_add_source(plan_set *set, plan_source *src)
{
	if (PLAN_GROW(set->sources, set->sources_cap, set->nsources + 1) < 0)
		return PLAN_ENOMEM;
	src->index = (unsigned)set->nsources;
	set->sources[set->nsources++] = src;
	return 0;
}

const plan_plan *plan_named_plan(const plan_named *n)
{
	switch (n->kind) {
	case PLAN_KIND_PLAN: return n->obj;
	case PLAN_KIND_SECTION: return ((const plan_section *)n->obj)->plan;
	case PLAN_KIND_OBJECTIVE: return ((const plan_objective *)n->obj)->plan;
	case PLAN_KIND_ACTION: return ((const plan_action *)n->obj)->plan;
	}
	return NULL;
}

const plan_plan *plan_named_scope(const plan_named *n)
{
	return n->kind == PLAN_KIND_PLAN ? NULL : plan_named_plan(n);
}

/* The entries of id, in order: for (i = first(set, id, &it); i != NONE; i = next(...)). */
static size_t first_of(const plan_set *set, const char *id, uint64_t h, size_t *it)
{
	size_t i;

	for (i = plan_map_first(&set->ids, h, it); i != PLAN_MAP_NONE; i = plan_map_next(&set->ids, h, it))
		if (strcmp(set->named[i].id, id) == 0)
			return i;
	return PLAN_MAP_NONE;
}

static size_t next_of(const plan_set *set, const char *id, uint64_t h, size_t *it)
{
	size_t i;

	while ((i = plan_map_next(&set->ids, h, it)) != PLAN_MAP_NONE)
		if (strcmp(set->named[i].id, id) == 0)
			return i;
	return PLAN_MAP_NONE;
}

const plan_named *plan_set_find_in(const plan_set *set, const plan_plan *scope, const char *id)
{
	uint64_t h = plan_hash_str(id);
	size_t it, i;

	for (i = first_of(set, id, h, &it); i != PLAN_MAP_NONE; i = next_of(set, id, h, &it))
		if (plan_named_scope(&set->named[i]) == scope)
			return &set->named[i];
	return NULL;
}

/* The first plan whose id is id[0..len), or NULL. */
static const plan_plan *plan_by_id(const plan_set *set, const char *id, size_t len)
{
	const plan_plan *p;

	for (p = set->plans.head; p; p = p->next)
		if (strncmp(p->id, id, len) == 0 && p->id[len] == '\0')
			return p;
	return NULL;
}

size_t plan_set_resolve(const plan_set *set, const plan_plan *ctx, const char *ref,
			const plan_named **out)
{
	const char *sep = strchr(ref, PLAN_ID_SEP);
	uint64_t h;
	size_t it, i, count = 0;

	*out = NULL;
	if (sep) {
		/* PLAN:ID: the plan's id is what comes before the separator. */
		const plan_plan *p = plan_by_id(set, ref, (size_t)(sep - ref));
		return p && (*out = plan_set_find_in(set, p, sep + 1)) ? 1 : 0;
	}
	if (ctx && (*out = plan_set_find_in(set, ctx, ref)))
		return 1;
	h = plan_hash_str(ref);
	for (i = first_of(set, ref, h, &it); i != PLAN_MAP_NONE; i = next_of(set, ref, h, &it))
		if (set->named[i].kind != PLAN_KIND_PLAN && !count++)
			*out = &set->named[i];
	if (!count && (*out = plan_set_find_in(set, NULL, ref)))
		return 1;
	return count;
}

const char *plan_set_candidates(const plan_set *set, const char *id, const char *sep,
				char *buf, size_t size)
{
	uint64_t h = plan_hash_str(id);
	size_t it, i, o = 0;

	buf[0] = '\0';
	for (i = first_of(set, id, h, &it); i != PLAN_MAP_NONE && o < size; i = next_of(set, id, h, &it)) {
		const plan_plan *p = plan_named_scope(&set->named[i]);
		if (p)
			o += (size_t)snprintf(buf + o, size - o, "%s%s%c%s", o ? sep : "", p->id,
					      PLAN_ID_SEP, id);
	}
	plan_utf8_trim(buf);
	return buf;
}

size_t plan_set_each(const plan_set *set, const char *id, const plan_named **out, size_t max)
{
	uint64_t h = plan_hash_str(id);
	size_t it, i, n = 0;

	for (i = first_of(set, id, h, &it); i != PLAN_MAP_NONE && n < max; i = next_of(set, id, h, &it))
		out[n++] = &set->named[i];
	return n;
}

const plan_named *plan_set_find(const plan_set *set, const char *ref)
{
	const plan_named *n;

	return plan_set_resolve(set, NULL, ref, &n) == 1 ? n : NULL;
}

int plan_set_register(plan_set *set, const plan_named *n, const plan_named **old)
{
	*old = plan_set_find_in(set, plan_named_scope(n), n->id);
	if (*old)
		return 1;
	if (PLAN_GROW(set->named, set->named_cap, set->nnamed + 1) < 0 ||
	    plan_map_put(&set->ids, plan_hash_str(n->id), set->nnamed) < 0)
		return PLAN_ENOMEM;
	set->named[set->nnamed++] = *n;
	return 0;
}

const plan_loc *plan_named_loc(const plan_named *n)
{
	switch (n->kind) {
	case PLAN_KIND_PLAN: return &((const plan_plan *)n->obj)->id_loc;
	case PLAN_KIND_SECTION: return &((const plan_section *)n->obj)->id_loc;
	case PLAN_KIND_OBJECTIVE: return &((const plan_objective *)n->obj)->id_loc;
	case PLAN_KIND_ACTION: return &((const plan_action *)n->obj)->id_loc;
	}
	return NULL;
}

size_t plan_edit_distance(const char *a, const char *b, size_t limit)
{
	size_t la = strlen(a), lb = strlen(b), i, j;
	size_t row[64];

	if (lb >= 64 || la >= 64)
		return (la > lb ? la - lb : lb - la) > limit ? limit + 1 :
		       (strcmp(a, b) ? limit + 1 : 0);
	if ((la > lb ? la - lb : lb - la) > limit)
		return limit + 1;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		size_t prev = row[0], best;
		row[0] = i;
		best = row[0];
		for (j = 1; j <= lb; j++) {
			size_t cur = row[j];
			size_t sub = prev + (a[i - 1] != b[j - 1]);
			size_t del = row[j] + 1, ins = row[j - 1] + 1;
			row[j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
			prev = cur;
			if (row[j] < best)
				best = row[j];
		}
		if (best > limit)
			return limit + 1;
	}
	return row[lb] > limit ? limit + 1 : row[lb];
}

/* Sort key of an update: its first day; undated updates sort first. */
static long update_key(const plan_update *u)
{
	return u->has_date ? plan_day_number(u->date.year, u->date.month, u->date.day) : -1000000L;
}

/* A separate-form update to place: its action (by its index in set->named), date and turn. */
struct loose_ref {
	size_t action;
	long key;
	size_t seq;                 /* its place in set->loose */
	plan_update *u;
};

static int cmp_loose(const void *a, const void *b)
{
	const struct loose_ref *x = a, *y = b;

	if (x->action != y->action)
		return x->action < y->action ? -1 : 1;
	if (x->key != y->key)
		return x->key < y->key ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/*
 * Places v[0..n), the separate-form updates of action a sorted by date
 * and then load order, among a's own updates, in one pass: each goes
 * after the last update dated on or before it, as if they were inserted
 * one by one in load order (SPEC section 8).  Inserted that way, an
 * update lands after the last own update whose key is at most its own,
 * and among the separate ones placed there, after those of a smaller or
 * equal key: so they go in, sorted, behind the own update where the
 * smallest key of the rest of the list first exceeds theirs.  An action's
 * own updates need not be in date order, hence the suffix minima min[].
 * *min and *cap are a scratch array, grown here.  PLAN_OK or PLAN_ENOMEM.
 */
static int place(plan_action *a, const struct loose_ref *v, size_t n, long **min, size_t *cap)
{
	plan_update *prev = NULL, *next = a->updates.head, *o;
	size_t m = a->updates.count, g = 0, i;

	if (PLAN_GROW(*min, *cap, m + 1) < 0)
		return PLAN_ENOMEM;
	for (i = 0, o = a->updates.head; o; o = o->next, i++)
		(*min)[i] = update_key(o);
	while (i-- > 1)
		if ((*min)[i] < (*min)[i - 1])
			(*min)[i - 1] = (*min)[i];
	for (i = 0; i < n; i++) {
		plan_update *u = v[i].u;

		while (g < m && (*min)[g] <= v[i].key) {
			prev = next;
			next = next->next;
			g++;
		}
		u->next = next;
		if (prev)
			prev->next = u;
		else
			a->updates.head = u;
		if (!next)
			a->updates.tail = u;
		a->updates.count++;
		prev = u;
	}
	return PLAN_OK;
}

static int cmp_near(const void *a, const void *b)
{
	const plan_near_name *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	if (c)
		return c;
	return x->order < y->order ? -1 : x->order > y->order;
}

void plan_near_init(plan_near *ix, plan_near_name *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (!v[i].key)
			v[i].key = v[i].name;
		v[i].len = strlen(v[i].key);
	}
	if (n)
		qsort(v, n, sizeof(*v), cmp_near);
	ix->v = v;
	ix->n = n;
}

/* Keeps e, edits away, among hits[0..*n), the best max: fewest edits, then smallest order. */
static void keep_hit(plan_near_hit *hits, size_t *n, size_t max, const plan_near_name *e, size_t edits)
{
	size_t i = *n;

	if (i == max) {
		if (hits[i - 1].edits < edits || (hits[i - 1].edits == edits && hits[i - 1].order <= e->order))
			return;
		i--;
	} else {
		(*n)++;
	}
	for (; i > 0 && (hits[i - 1].edits > edits ||
			 (hits[i - 1].edits == edits && hits[i - 1].order > e->order)); i--)
		hits[i] = hits[i - 1];
	hits[i].name = e->name;
	hits[i].order = e->order;
	hits[i].edits = edits;
}

/* Past i, the first name of ix whose key does not start with p[0..k) (v[i]'s does). */
static size_t past_prefix(const plan_near *ix, size_t i, const char *p, size_t k)
{
	size_t lo = i + 1, hi = ix->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (strncmp(ix->v[mid].key, p, k) == 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* plan_edit_distance compares strings shorter than this byte by byte, and
 * only tells longer ones equal or not. */
#define NEAR_LEN 64

size_t plan_near_find(const plan_near *ix, const char *q, plan_near_hit *hits, size_t max)
{
	/* row[d][j]: edits between the first d bytes of the name at hand and q[0..j). */
	unsigned char row[NEAR_LEN][NEAR_LEN];
	size_t lq = strlen(q), n = 0, have = 0, i, j;
	const char *prev = NULL;

	if (!max)
		return 0;
	if (lq >= NEAR_LEN) {
		size_t lo = 0, hi = ix->n;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			if (strcmp(ix->v[mid].key, q) < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		for (i = lo; i < ix->n && strcmp(ix->v[i].key, q) == 0; i++)
			keep_hit(hits, &n, max, &ix->v[i], 0);
		return n;
	}
	for (j = 0; j <= lq; j++)
		row[0][j] = (unsigned char)j;
	for (i = 0; i < ix->n;) {
		const plan_near_name *e = &ix->v[i];
		size_t common = 0, d, stop = 0;

		if (e->len >= NEAR_LEN) {
			i++;
			continue;
		}
		/* The rows of the prefix shared with the name before are kept. */
		if (prev)
			while (common < have && prev[common] == e->key[common])
				common++;
		for (d = common + 1; d <= e->len && !stop; d++) {
			const unsigned char *up = row[d - 1];
			unsigned char *r = row[d], best;
			char c = e->key[d - 1];

			r[0] = (unsigned char)d;
			best = r[0];
			for (j = 1; j <= lq; j++) {
				unsigned v = up[j - 1] + (unsigned)(c != q[j - 1]);
				if (up[j] + 1u < v)
					v = up[j] + 1u;
				if (r[j - 1] + 1u < v)
					v = r[j - 1] + 1u;
				r[j] = (unsigned char)v;
				if (r[j] < best)
					best = r[j];
			}
			if (best > PLAN_NEAR_EDITS)
				stop = d;
		}
		prev = e->key;
		if (stop) {
			/* No name under this prefix can come within the limit. */
			have = stop;
			i = past_prefix(ix, i, e->key, stop);
			continue;
		}
		have = e->len;
		if (row[e->len][lq] <= PLAN_NEAR_EDITS)
			keep_hit(hits, &n, max, e, row[e->len][lq]);
		i++;
	}
	return n;
}

/* s in lower case (ASCII: ids are), into out[0..size) or a copy in *big (the caller frees). */
static const char *lower(const char *s, char *out, size_t size, char **big)
{
	size_t n = strlen(s), i;
	char *d = out;

	if (n >= size && !(d = *big = plan_malloc(n + 1)))
		return NULL;
	for (i = 0; i <= n; i++)
		d[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + ('a' - 'A') : s[i]);
	return d;
}

/*
 * Up to three action ids within two edits of id, case aside, as "; did
 * you mean ..." text: those fewest edits away first, then in the order
 * they were registered.  The index of the action ids (*ix over the array
 * *v, which holds their keys in lower case after its entries, one block
 * the caller frees) is made on first use.  PLAN_OK or PLAN_ENOMEM.
 */
static int suggest(const plan_set *set, plan_near *ix, plan_near_name **v, const char *id,
		   char *buf, size_t size, const char **first)
{
	plan_near_hit hit[3];
	size_t i, n, o = 0;
	char small[128], *big = NULL;
	const char *q;

	if (!*v) {
		size_t k = 0, bytes = 0;
		char *keys;
		for (i = 0; i < set->nnamed; i++)
			if (set->named[i].kind == PLAN_KIND_ACTION)
				bytes += strlen(set->named[i].id) + 1;
		if (!(*v = plan_calloc(1, (set->nnamed ? set->nnamed : 1) * sizeof(**v) + bytes)))
			return PLAN_ENOMEM;
		keys = (char *)(*v + (set->nnamed ? set->nnamed : 1));
		for (i = 0; i < set->nnamed; i++)
			if (set->named[i].kind == PLAN_KIND_ACTION) {
				(*v)[k].name = set->named[i].id;
				(*v)[k].key = lower(set->named[i].id, keys, SIZE_MAX, NULL);
				keys += strlen(keys) + 1;
				(*v)[k++].order = i;
			}
		plan_near_init(ix, *v, k);
	}
	if (!(q = lower(id, small, sizeof(small), &big)))
		return PLAN_ENOMEM;
	n = plan_near_find(ix, q, hit, 3);
	plan_free(big);
	*first = n ? hit[0].name : NULL;
	for (i = 0; i < n && o < size; i++)
		o += (size_t)snprintf(buf + o, size - o, "%s\"%s\"", i == 0 ? "; did you mean " : " or ",
				      hit[i].name);
	if (n && o < size)
		snprintf(buf + o, size - o, "?");
	return PLAN_OK;
}

int plan_set_link(plan_set *set)
{
	struct loose_ref *v = NULL;
	plan_near ids;
	plan_near_name *idv = NULL;
	long *min = NULL;
	size_t n = 0, seq = 0, i, j, cap = 0;
	plan_update *u;
	int rc = PLAN_OK;

	if (set->linked)
		return 0;
	set->linked = 1;
	if (set->loose.count && !(v = plan_calloc(set->loose.count, sizeof(*v))))
		return PLAN_ENOMEM;
	for (u = set->loose.head; u; u = u->next_loose, seq++) {
		const plan_named *nm;
		size_t found = plan_set_resolve(set, u->scope, u->target, &nm);
		const char *near;
		plan_diag *g;
		char hint[200];

		if (u->unread == 1) {
			/* Its line's syntax error was the message: no second one. */
			if (found == 1 && nm->kind == PLAN_KIND_ACTION)
				((plan_action *)nm->obj)->unread |= PLAN_UNREAD(PLAN_WORD_UPDATE);
			continue;
		}
		if (found > 1) {
			char names[300];
			plan_diag_add(&set->diags, PLAN_SEV_ERROR, "unknown-id", u->target_loc.src,
				      u->target_loc.span, "update for action %s, which more than one plan "
				      "has: write %s", u->target,
				      plan_set_candidates(set, u->target, " or ", names, sizeof(names)));
			continue;
		}
		if (nm && nm->kind == PLAN_KIND_ACTION) {
			u->action = nm->obj;
			if (u->unread)
				u->action->unread |= PLAN_UNREAD(PLAN_WORD_UPDATE);
			v[n].action = (size_t)(nm - set->named);
			v[n].key = update_key(u);
			v[n].seq = seq;
			v[n++].u = u;
			continue;
		}
		if (nm) {
			plan_diag_add(&set->diags, PLAN_SEV_ERROR, "unknown-id", u->target_loc.src,
				      u->target_loc.span, "%s is %s %s, not an action: updates belong to actions",
				      u->target, nm->kind == PLAN_KIND_OBJECTIVE ? "an" : "a",
				      plan_kind_name(nm->kind));
			continue;
		}
		if (strchr(u->target, PLAN_ID_SEP)) {
			const char *sep = strchr(u->target, PLAN_ID_SEP);
			if (!plan_by_id(set, u->target, (size_t)(sep - u->target))) {
				plan_diag_add(&set->diags, PLAN_SEV_ERROR, "unknown-id", u->target_loc.src,
					      u->target_loc.span, "update for %s: there is no plan %.*s among "
					      "the plans read", u->target, (int)(sep - u->target), u->target);
				continue;
			}
		}
		/* Past the cap the diagnostic is only counted: no need for its hint. */
		hint[0] = '\0';
		near = NULL;
		if (!plan_diags_full(&set->diags) &&
		    suggest(set, &ids, &idv, u->target, hint, sizeof(hint), &near) < 0) {
			rc = PLAN_ENOMEM;
			break;
		}
		g = plan_diag_add(&set->diags, PLAN_SEV_ERROR, "unknown-id", u->target_loc.src,
				  u->target_loc.span, "update for unknown action %s%s", u->target, hint);
		/* The fix is the nearest id, for an id written without its plan. */
		if (near && !strchr(u->target, PLAN_ID_SEP))
			plan_diag_fix(&set->diags, g, u->target_loc.span, near, strlen(near));
	}
	plan_free(idv);
	/* Each action's separate updates together, by date, then in load order. */
	if (n && rc == PLAN_OK)
		qsort(v, n, sizeof(*v), cmp_loose);
	else
		n = 0;
	for (i = 0; i < n && rc == PLAN_OK; i = j) {
		for (j = i + 1; j < n && v[j].action == v[i].action; j++)
			;
		rc = place(v[i].u->action, v + i, j - i, &min, &cap);
	}
	plan_free(v);
	plan_free(min);
	if (rc == PLAN_OK && set->diags.oom)
		rc = PLAN_ENOMEM;
	return rc;
}

const plan_decision *plan_action_decision(const plan_action *a)
{
	return a->decisions.tail;
}

int plan_action_is_closed(const plan_action *a)
{
	const plan_decision *d = plan_action_decision(a);
	return d && d->verb != PLAN_VERB_CONTINUE;
}

const plan_action *plan_set_action(const plan_set *set, const char *ref)
{
	const plan_named *n = set ? plan_set_find(set, ref) : NULL;
	return n && n->kind == PLAN_KIND_ACTION ? n->obj : NULL;
}

/* How many non-plan things of set have id (0, 1, or 2 for more). */
static int holders(const plan_set *set, const char *id)
{
	uint64_t h = plan_hash_str(id);
	size_t it, i;
	int n = 0;

	for (i = first_of(set, id, h, &it); i != PLAN_MAP_NONE && n < 2; i = next_of(set, id, h, &it))
		n += set->named[i].kind != PLAN_KIND_PLAN;
	return n;
}

const plan_action *plan_set_action_of(const plan_set *set, const plan_action *a, const plan_set *from)
{
	const plan_named *p, *n = NULL;

	if (!set)
		return NULL;
	if (holders(set, a->id) == 1 && (!from || holders(from, a->id) == 1))
		plan_set_resolve(set, NULL, a->id, &n);
	else if (a->plan && (p = plan_set_find_in(set, NULL, a->plan->id)))
		n = plan_set_find_in(set, p->obj, a->id);
	return n && n->kind == PLAN_KIND_ACTION ? n->obj : NULL;
}

const char *plan_action_ref(const plan_set *set, const plan_action *a, char *buf, size_t size)
{
	uint64_t h = plan_hash_str(a->id);
	size_t it, i;
	int shared = 0;

	/* Another plan's section, objective or action of that id (a duplicate in a's own plan is no other). */
	for (i = first_of(set, a->id, h, &it); i != PLAN_MAP_NONE && !shared; i = next_of(set, a->id, h, &it))
		shared = set->named[i].kind != PLAN_KIND_PLAN && plan_named_scope(&set->named[i]) != a->plan;
	if (shared && a->plan)
		snprintf(buf, size, "%s%c%s", a->plan->id, PLAN_ID_SEP, a->id);
	else
		snprintf(buf, size, "%s", a->id);
	plan_utf8_trim(buf);
	return buf;
}

static int blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int plan_text_same(const char *a, const char *b)
{
	int first = 1;

	if (!a || !b)
		return a == b;
	for (;;) {
		int ga = 0, gb = 0;
		while (blank(*a))
			a++, ga = 1;
		while (blank(*b))
			b++, gb = 1;
		if (!*a || !*b)
			return !*a && !*b;     /* blanks at either end do not count */
		if (ga != gb && !first)
			return 0;              /* a word break on one side only */
		first = 0;
		if (*a++ != *b++)
			return 0;
	}
}

uint64_t plan_text_hash(uint64_t h, const char *s)
{
	int gap = 0;

	if (!s)
		return h * 0x100000001b3ULL;
	while (blank(*s))
		s++;
	for (; *s; s++) {
		if (blank(*s)) {
			gap = 1;
			continue;
		}
		if (gap)
			h = (h ^ ' ') * 0x100000001b3ULL;
		gap = 0;
		h = (h ^ (unsigned char)*s) * 0x100000001b3ULL;
	}
	return (h ^ 0xff) * 0x100000001b3ULL;   /* ends the text: "a" "b" is not "ab" */
}

uint64_t plan_update_hash(const plan_update *u)
{
	uint64_t h = plan_hash(&u->has_date, sizeof(u->has_date));
	int d[5] = { u->date.year, u->date.month, u->date.day, (int)plan_date_period(u->date.prec),
		      (int)u->rag };

	if (!u->has_date)
		d[0] = d[1] = d[2] = d[3] = 0;
	h ^= plan_hash(d, sizeof(d));
	return plan_text_hash(plan_text_hash(h, u->author), u->text);
}

int plan_when_human(char *buf, size_t size, const plan_when *w)
{
	char a[64], b[64];

	switch (w->kind) {
	case PLAN_WHEN_DATE:
		return plan_date_human(buf, size, &w->from);
	case PLAN_WHEN_RANGE:
		plan_date_human(a, sizeof(a), &w->from);
		plan_date_human(b, sizeof(b), &w->to);
		return snprintf(buf, size, "%s to %s", a, b);
	case PLAN_WHEN_RHYTHM:
		if (w->rhythm == PLAN_RHYTHM_EVERY)
			snprintf(a, sizeof(a), "every %d %ss", w->every, plan_unit_name((plan_unit)w->unit));
		else
			snprintf(a, sizeof(a), "%s", w->rhythm == PLAN_RHYTHM_ANNUAL ? "annually" :
				 plan_rhythm_name(w->rhythm));
		if (w->month)
			return snprintf(buf, size, "%s in %s", a, plan_month_name(w->month));
		return snprintf(buf, size, "%s", a);
	}
	return snprintf(buf, size, "%s", w->written);
}

int plan_when_same(const plan_when *a, const plan_when *b)
{
	if (!a || !b)
		return a == b;
	if (a->kind != b->kind || !plan_text_same(a->note, b->note))
		return 0;
	switch (a->kind) {
	case PLAN_WHEN_DATE:
		return plan_date_equal(&a->from, &b->from);
	case PLAN_WHEN_RANGE:
		return plan_date_equal(&a->from, &b->from) && plan_date_equal(&a->to, &b->to);
	case PLAN_WHEN_RHYTHM:
		return a->rhythm == b->rhythm && a->month == b->month && a->every == b->every &&
		       a->unit == b->unit;
	}
	return 0;
}

int plan_update_same(const plan_update *a, const plan_update *b)
{
	if (a->has_date != b->has_date || (a->has_date && !plan_date_equal(&a->date, &b->date)))
		return 0;
	return a->rag == b->rag && plan_text_same(a->author, b->author) &&
	       plan_text_same(a->text, b->text);
}

int plan_action_has_update(const plan_action *a, const plan_update *u)
{
	const plan_update *v;
	for (v = a ? a->updates.head : NULL; v; v = v->next)
		if (plan_update_same(u, v))
			return 1;
	return 0;
}

const char *plan_rag_name(plan_rag r)
{
	switch (r) {
	case PLAN_RAG_RED: return "red";
	case PLAN_RAG_AMBER: return "amber";
	case PLAN_RAG_GREEN: return "green";
	case PLAN_RAG_NONE: break;
	}
	return NULL;
}

const char *plan_verb_name(plan_verb v)
{
	switch (v) {
	case PLAN_VERB_CONTINUE: return "continue";
	case PLAN_VERB_COMPLETE: return "complete";
	case PLAN_VERB_REMOVE: return "remove";
	case PLAN_VERB_DECOMMISSION: return "decommissioned";
	}
	return "?";
}

const char *plan_kind_name(plan_kind k)
{
	switch (k) {
	case PLAN_KIND_PLAN: return "plan";
	case PLAN_KIND_SECTION: return "section";
	case PLAN_KIND_OBJECTIVE: return "objective";
	case PLAN_KIND_ACTION: return "action";
	}
	return "?";
}
