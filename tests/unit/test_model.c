/*
 * test_model.c - the plan set (model.c): sameness by meaning, which the
 * commit hook and planlog both judge changes by (text whatever its line
 * breaks and blanks, dates as dates, updates by date, RAG, author and
 * text); and where separate-form updates are placed.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_same),
		cmocka_unit_test(test_when_and_update_same),
		cmocka_unit_test(test_separate_updates_placed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
