/*
 * test_model.c - sameness by meaning (model.c), which the commit hook and
 * planlog both judge changes by: text whatever its line breaks and blanks,
 * dates as dates, updates by date, RAG, author and text.
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_text_same),
		cmocka_unit_test(test_when_and_update_same),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
