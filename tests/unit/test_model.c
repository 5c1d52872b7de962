/*
 * test_model.c - the plan set (model.c): sameness by meaning, which the
 * commit hook and planlog both judge changes by (text whatever its line
 * breaks and blanks, dates as dates, updates by date, RAG, author and
 * text); where separate-form updates are placed; and the index that
 * finds the names near a query (plan_near), with the "did you mean" of
 * unknown ids made from it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "load.h"
#include "model.h"

static void test_text_same(void **state)
{
	(void)state;
	assert_true(plan_text_same("a b", "a b"));
	assert_true(plan_text_same("a\nb", "a b"));
	assert_true(plan_text_same("a\n\n  b", "a  b"));
	assert_true(plan_text_same("  a b", "a b"));       /* blanks at the start */
	assert_true(plan_text_same("a b\n", "a b"));       /* and at the end */
	assert_true(plan_text_same(NULL, NULL));
	assert_false(plan_text_same("ab", "a b"));         /* a word break on one side */
	assert_false(plan_text_same("a b", "a c"));
	assert_false(plan_text_same("a b", "a b c"));
	assert_false(plan_text_same(NULL, ""));
	assert_false(plan_text_same("", NULL));
}

/* The first action of a one-action plan parsed from text. */
static const plan_action *only_action(plan_set **set, const char *text)
{
	*set = plan_set_new();
	assert_non_null(*set);
	assert_int_equal(plan_load_buffer(*set, "t.plan", text, strlen(text)), PLAN_OK);
	assert_int_equal(plan_set_link(*set), 0);
	assert_int_equal((*set)->diags.count[PLAN_SEV_ERROR], 0);
	return (*set)->plans.head->actions.head;
}

/* A linked set parsed from text, with no error. */
static plan_set *parsed(const char *text)
{
	plan_set *set = plan_set_new();

	assert_non_null(set);
	assert_int_equal(plan_load_buffer(set, "t.plan", text, strlen(text)), PLAN_OK);
	assert_int_equal(plan_set_link(set), 0);
	assert_int_equal(set->diags.count[PLAN_SEV_ERROR], 0);
	return set;
}

/*
 * Ids scoped to their plan: each plan may have an action A1; a reference
 * is resolved in the plan it is read from, then wherever it is unique,
 * and PLAN:ID always; two states of the plans pair an action by its id
 * when no other plan shares it, else by plan and id.
 */
static void test_scoped_ids(void **state)
{
	plan_set *s = parsed("plan P1 x\naction A1 a\naction B1 b\nplan P2 y\naction A1 c\n"),
		 *moved = parsed("plan P2 y\naction A1 c\nplan P3 z\naction B1 b\naction A1 a\n"),
		 *alone = parsed("plan P1 x\naction B1 b\n");
	const plan_plan *p1 = s->plans.head, *p2 = p1->next;
	const plan_named *n;
	char buf[100];

	(void)state;
	assert_int_equal(plan_set_resolve(s, NULL, "A1", &n), 2);
	assert_int_equal(plan_set_resolve(s, p2, "A1", &n), 1);
	assert_string_equal(((const plan_action *)n->obj)->title, "c");
	assert_int_equal(plan_set_resolve(s, p2, "B1", &n), 1);      /* unique: from anywhere */
	assert_int_equal(plan_set_resolve(s, NULL, "P1:A1", &n), 1);
	assert_string_equal(((const plan_action *)n->obj)->title, "a");
	assert_int_equal(plan_set_resolve(s, NULL, "P9:A1", &n), 0);
	assert_int_equal(plan_set_resolve(s, NULL, "P2:B1", &n), 0);
	assert_int_equal(plan_set_resolve(s, NULL, "P1", &n), 1);
	assert_int_equal(n->kind, PLAN_KIND_PLAN);
	assert_null(plan_set_action(s, "A1"));
	assert_string_equal(plan_set_candidates(s, "A1", " or ", buf, sizeof(buf)), "P1:A1 or P2:A1");
	assert_string_equal(plan_action_ref(s, p1->actions.head, buf, sizeof(buf)), "P1:A1");
	assert_string_equal(plan_action_ref(s, p1->actions.head->next, buf, sizeof(buf)), "B1");
	/* B1 moved from P1 to P3, unique in both: the same action.  A1 is
	 * shared: paired by plan, so P1's A1 has no match in moved. */
	assert_ptr_equal(plan_set_action_of(moved, p1->actions.head->next, s), moved->plans.head->next->actions.head);
	assert_null(plan_set_action_of(moved, p1->actions.head, s));
	assert_ptr_equal(plan_set_action_of(moved, p2->actions.head, s), moved->plans.head->actions.head);
	assert_ptr_equal(plan_set_action_of(alone, p1->actions.head->next, s), alone->plans.head->actions.head);
	plan_set_free(s);
	plan_set_free(moved);
	plan_set_free(alone);
}

static void test_when_and_update_same(void **state)
{
	plan_set *s1, *s2, *s3;
	const plan_action *a, *b, *c;

	(void)state;
	a = only_action(&s1, "plan P x\naction A1 y\n  due 2019-03, after the\n    review\n"
			     "  review quarterly\n  update 2019-05-01 green by Jo\n    One two\n    three.\n");
	b = only_action(&s2, "plan P x\naction A1 y\n  due March 2019, after the review\n"
			     "  review quarterly\n  update 1 May 2019 green by Jo\n    One two three.\n");
	c = only_action(&s3, "plan P x\naction A1 y\n  due 2019-03 to 2019-04, after the review\n"
			     "  review monthly\n  update 2019-05-01 amber by Jo\n    One two three.\n");
	assert_true(plan_when_same(a->due, b->due));
	assert_true(plan_when_same(a->reviews.head, b->reviews.head));
	assert_true(plan_update_same(a->updates.head, b->updates.head));
	assert_true(plan_action_has_update(b, a->updates.head));
	assert_false(plan_when_same(a->due, c->due));                 /* a range is not a month */
	assert_false(plan_when_same(a->reviews.head, c->reviews.head));
	assert_false(plan_update_same(a->updates.head, c->updates.head));  /* RAG differs */
	assert_false(plan_action_has_update(NULL, a->updates.head));
	assert_true(plan_when_same(NULL, NULL));
	assert_false(plan_when_same(a->due, NULL));
	assert_ptr_equal(plan_set_action(s1, "A1"), a);
	assert_null(plan_set_action(s1, "P"));                        /* a plan, not an action */
	assert_null(plan_set_action(NULL, "A1"));
	plan_set_free(s1);
	plan_set_free(s2);
	plan_set_free(s3);
}

/* A fixed-seed generator, so that a failure can be replayed. */
static unsigned long seed_;

static unsigned rnd(unsigned n)
{
	seed_ = seed_ * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((seed_ >> 33) % n);
}

struct ref {
	long key;       /* the day, or -1 when undated */
	char text[32];
};

/*
 * SPEC section 8, done the plain way: each separate-form update, in load
 * order, goes after the last update dated on or before it (undated ones
 * count as earliest), at the head when there is none.
 */
static void ref_insert(struct ref *list, size_t *n, const struct ref *u)
{
	size_t at = 0, i;

	for (i = 0; i < *n; i++)
		if (list[i].key <= u->key)
			at = i + 1;
	memmove(list + at + 1, list + at, (*n - at) * sizeof(*list));
	list[at] = *u;
	(*n)++;
}

/*
 * Separate-form updates are placed as SPEC section 8 says, whatever the
 * order of the action's own updates (undated ones among them) and of the
 * separate ones, with ties, across two actions: random plans against
 * the rule applied one update at a time.
 */
static void test_separate_updates_placed(void **state)
{
	int trial;

	(void)state;
	seed_ = 20190601;
	for (trial = 0; trial < 400; trial++) {
		struct ref want[2][40], sep[20];
		int sep_of[20];
		size_t nwant[2] = { 0, 0 }, k, i, o = 0;
		char text[8192];
		unsigned own[2], loose = rnd(20);
		plan_set *set;
		int a;

		o += (size_t)snprintf(text + o, sizeof(text) - o, "plan P x\n");
		/* Some separate updates come before the actions in the file. */
		for (i = 0; i < loose; i++) {
			struct ref r;
			a = (int)rnd(2);
			r.key = 1 + rnd(12);
			snprintf(r.text, sizeof(r.text), "s%u", (unsigned)i);
			if (i == loose / 2) {
				for (a = 0; a < 2; a++) {
					own[a] = rnd(8);
					o += (size_t)snprintf(text + o, sizeof(text) - o, "action A%d t\n", a);
					for (k = 0; k < own[a]; k++) {
						struct ref *w = &want[a][nwant[a]++];
						w->key = rnd(5) ? (long)(1 + rnd(12)) : -1;
						snprintf(w->text, sizeof(w->text), "o%d.%u", a, (unsigned)k);
						if (w->key < 0)
							o += (size_t)snprintf(text + o, sizeof(text) - o,
									      "  update\n    %s\n", w->text);
						else
							o += (size_t)snprintf(text + o, sizeof(text) - o,
									      "  update 2019-01-%02ld\n    %s\n",
									      w->key, w->text);
					}
				}
				a = (int)rnd(2);
			}
			o += (size_t)snprintf(text + o, sizeof(text) - o, "2019-01-%02ld A%d\n  %s\n",
					      r.key, a, r.text);
			sep[i] = r;
			sep_of[i] = a;
		}
		if (loose < 2)
			continue;
		/* Linked once every file is read: own updates first, then these. */
		for (i = 0; i < loose; i++)
			ref_insert(want[sep_of[i]], &nwant[sep_of[i]], &sep[i]);
		assert_true(o < sizeof(text));
		set = plan_set_new();
		assert_non_null(set);
		assert_int_equal(plan_load_buffer(set, "t.plan", text, o), PLAN_OK);
		assert_int_equal(plan_set_link(set), 0);
		for (a = 0; a < 2; a++) {
			char id[4] = { 'A', (char)('0' + a), 0, 0 };
			const plan_action *x = plan_set_action(set, id);
			const plan_update *u;

			assert_non_null(x);
			assert_int_equal(x->updates.count, nwant[a]);
			for (u = x->updates.head, i = 0; u; u = u->next, i++) {
				if (strcmp(u->text, want[a][i].text) != 0)
					fprintf(stderr, "trial %d, A%d, update %zu: %s, want %s\n%s", trial,
						a, i, u->text, want[a][i].text, text);
				assert_string_equal(u->text, want[a][i].text);
				assert_ptr_equal(u->action, x);
				if (!u->next)
					assert_ptr_equal(x->updates.tail, u);
			}
			assert_int_equal(i, nwant[a]);
		}
		plan_set_free(set);
	}
}

/* A random name over a few letters, so that many are near one another; now and then a long one. */
static void random_name(char *buf, size_t size)
{
	static const char letters[] = "aAb1.";
	size_t n = rnd(10) ? rnd(7) : 62 + rnd(4), i;

	if (n >= size)
		n = size - 1;
	for (i = 0; i < n; i++)
		buf[i] = letters[rnd(sizeof(letters) - 1)];
	buf[n] = '\0';
}

/* s in lower case, into out. */
static void lower(char *out, const char *s)
{
	do
		*out++ = (char)(*s >= 'A' && *s <= 'Z' ? *s + ('a' - 'A') : *s);
	while (*s++);
}

/* The hits plan_near_find should give: every key compared, the best max kept. */
static size_t naive_near(char names[][80], char keys[][80], size_t n, const char *q, plan_near_hit *hits,
			 size_t max)
{
	size_t i, k = 0, d;

	for (d = 0; d <= PLAN_NEAR_EDITS; d++)
		for (i = 0; i < n && k < max; i++)
			if (plan_edit_distance(q, keys[i], PLAN_NEAR_EDITS) == d) {
				hits[k].name = names[i];
				hits[k].order = i;
				hits[k++].edits = d;
			}
	return k;
}

/*
 * plan_near_find finds what comparing with every name finds, in the same
 * order; with keys other than the names (in lower case, here), what
 * comparing with every key finds, and the hits show the names.
 */
static void test_near_index(void **state)
{
	static char names[300][80], keys[300][80];
	plan_near_name v[300];
	int trial;

	(void)state;
	seed_ = 42;
	for (trial = 0; trial < 80; trial++) {
		size_t n = rnd(300), i, k;
		int keyed = trial % 2;
		plan_near ix;

		for (i = 0; i < n; i++) {
			random_name(names[i], sizeof(names[i]));
			if (i && !rnd(8))
				strcpy(names[i], names[rnd((unsigned)i)]);   /* the same name twice */
			if (keyed)
				lower(keys[i], names[i]);
			else
				strcpy(keys[i], names[i]);
			v[i].name = names[i];
			v[i].key = keyed ? keys[i] : NULL;
			v[i].order = i;
		}
		plan_near_init(&ix, v, n);
		for (k = 0; k < 100; k++) {
			static const size_t maxes[] = { 1, 3, 300 };
			char q[80];
			size_t m;

			random_name(q, sizeof(q));
			if (n && !rnd(4))
				strcpy(q, names[rnd((unsigned)n)]);
			if (keyed)
				lower(q, q);
			for (m = 0; m < 3; m++) {
				plan_near_hit got[300], want[300];
				size_t ng = plan_near_find(&ix, q, got, maxes[m]);
				size_t nw = naive_near(names, keys, n, q, want, maxes[m]);

				if (ng != nw)
					fprintf(stderr, "trial %d, \"%s\": %zu hits, want %zu\n", trial, q, ng, nw);
				assert_int_equal(ng, nw);
				for (i = 0; i < ng; i++) {
					assert_ptr_equal(got[i].name, want[i].name);
					assert_int_equal(got[i].order, want[i].order);
					assert_int_equal(got[i].edits, want[i].edits);
				}
			}
		}
	}
}

/*
 * The "did you mean" of an unknown id, as it was found by comparing with
 * every id, case aside.
 */
static void naive_hint(const plan_set *set, const char *id, char *buf, size_t size)
{
	size_t i, n = 0, o = 0, d;
	char q[80], key[80];

	buf[0] = '\0';
	lower(q, id);
	for (d = 0; d <= 2; d++)
		for (i = 0; i < set->nnamed && n < 3 && o < size; i++) {
			const plan_named *e = &set->named[i];
			if (e->kind != PLAN_KIND_ACTION)
				continue;
			lower(key, e->id);
			if (plan_edit_distance(q, key, 2) != d)
				continue;
			o += (size_t)snprintf(buf + o, size - o, "%s\"%s\"",
					      n == 0 ? "; did you mean " : " or ", e->id);
			n++;
		}
	if (n && o < size)
		snprintf(buf + o, size - o, "?");
}

/* A random id of the language: a letter, then letters, digits and . _ - between them. */
static void random_id(char *buf, size_t size)
{
	static const char first[] = "ABa", rest[] = "AB12ab";
	size_t n = rnd(12) ? 1 + rnd(6) : 60 + rnd(6), i;

	if (n >= size)
		n = size - 1;
	buf[0] = first[rnd(3)];
	for (i = 1; i < n; i++)
		buf[i] = rnd(6) || buf[i - 1] == '.' || i + 1 == n ? rest[rnd(6)] : '.';
	buf[n] = '\0';
}

/*
 * An update for an unknown id names the action ids within two edits of
 * it, case aside (not sections' or objectives'), as comparing it with
 * every id did.
 */
static void test_unknown_id_hints(void **state)
{
	int trial;

	(void)state;
	seed_ = 7;
	for (trial = 0; trial < 40; trial++) {
		static char text[200000];
		size_t o = 0, k, nact = 1 + rnd(150), nupd = 1 + rnd(40);
		const plan_diag *g;
		plan_set *set;

		o += (size_t)snprintf(text + o, sizeof(text) - o, "plan P x\nsection S1 s\n");
		for (k = 0; k < nact; k++) {
			char id[80];
			random_id(id, sizeof(id));
			o += (size_t)snprintf(text + o, sizeof(text) - o, "%s %s t\n",
					      rnd(8) ? "action" : "objective", id);
		}
		for (k = 0; k < nupd; k++) {
			char id[80];
			random_id(id, sizeof(id));
			o += (size_t)snprintf(text + o, sizeof(text) - o, "2019-01-01 %s\n  u\n", id);
		}
		assert_true(o < sizeof(text));
		set = plan_set_new();
		assert_non_null(set);
		assert_int_equal(plan_load_buffer(set, "t.plan", text, o), PLAN_OK);
		assert_int_equal(plan_set_link(set), 0);
		for (g = set->diags.head; g; g = g->next) {
			char want[400], hint[200];
			const char *id;
			if (strncmp(g->msg, "update for unknown action ", 26) != 0)
				continue;
			id = g->msg + 26;
			snprintf(want, sizeof(want), "%.*s", (int)strcspn(id, ";"), id);
			naive_hint(set, want, hint, sizeof(hint));
			snprintf(want + strlen(want), sizeof(want) - strlen(want), "%s", hint);
			assert_string_equal(id, want);
		}
		plan_set_free(set);
	}
}

/*
 * Past the cap on diagnostics an unknown id is still an error that
 * counts; the kept ones have their hints.
 */
static void test_unknown_ids_past_the_cap(void **state)
{
	static char text[200000];
	size_t o = 0, k;
	plan_set *set;

	(void)state;
	o += (size_t)snprintf(text + o, sizeof(text) - o, "plan P x\naction A1 t\n");
	for (k = 0; k < PLAN_MAX_DIAGS + 50; k++)
		o += (size_t)snprintf(text + o, sizeof(text) - o, "2019-01-01 A2\n  u\n");
	set = plan_set_new();
	assert_non_null(set);
	assert_int_equal(plan_load_buffer(set, "t.plan", text, o), PLAN_OK);
	assert_int_equal(plan_set_link(set), 0);
	assert_int_equal(set->diags.count[PLAN_SEV_ERROR], PLAN_MAX_DIAGS + 50);
	assert_int_equal(set->diags.total, PLAN_MAX_DIAGS);
	assert_true(set->diags.truncated);
	assert_string_equal(set->diags.tail->msg, "update for unknown action A2; did you mean \"A1\"?");
	plan_set_free(set);
}

/*
 * Memory grows with the input by a bound per byte: one file of 20,000
 * actions as dense as bench/slowcases large makes them (233 bytes each: a
 * lead, a deadline, a review point and an update) takes the arena, the id
 * array and its map together at most 5.25 times its size.  Measured when
 * this test was written: 5.17 times (the bytes themselves once, kept for
 * the diagnostics; the actions' nodes and strings 3.77 times; the id index
 * 0.39), where an id index that held each id's place, and padding in each
 * date, took it to 5.47.  bench/README.md says where it goes.
 */
static void test_memory_per_input_byte(void **state)
{
	size_t cap = 20000 * 260, o = 0, used;
	char *text = malloc(cap);
	plan_set *set;
	int i;

	(void)state;
	assert_non_null(text);
	o += (size_t)snprintf(text + o, cap - o, "plan P One large file\n  period 2019/20\n");
	for (i = 0; i < 20000; i++)
		o += (size_t)snprintf(text + o, cap - o,
				      "action A%06d Deliver the programme in the borough\n"
				      "  lead Jane Smith, Harrow Police\n  due 2019-%02d-10\n  review quarterly\n"
				      "  update 2019-%02d-01 green\n    Ongoing and on target. Sessions were "
				      "delivered in %d schools across the borough.\n\n",
				      i, 1 + i % 12, 1 + i % 12, 1 + i % 90);
	assert_true(o < cap);
	set = plan_set_new();
	assert_non_null(set);
	assert_int_equal(plan_load_buffer(set, "t.plan", text, o), PLAN_OK);
	assert_int_equal(plan_set_link(set), 0);
	assert_int_equal(set->diags.count[PLAN_SEV_ERROR], 0);
	used = plan_arena_used(set->arena) + set->named_cap * sizeof(*set->named) +
	       set->ids.cap * sizeof(*set->ids.slot);
	if (used * 4 > 21 * o)
		fprintf(stderr, "%zu bytes: %.2f times the input\n", used, (double)used / (double)o);
	assert_true(used * 4 <= 21 * o);
	plan_set_free(set);
	free(text);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_same),
		cmocka_unit_test(test_scoped_ids),
		cmocka_unit_test(test_when_and_update_same),
		cmocka_unit_test(test_separate_updates_placed),
		cmocka_unit_test(test_near_index),
		cmocka_unit_test(test_unknown_id_hints),
		cmocka_unit_test(test_unknown_ids_past_the_cap),
		cmocka_unit_test(test_memory_per_input_byte),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
