/*
 * test_words.c - the table of the language's keywords (src/words.h): every
 * word is found in any case, its other spellings too, nothing else is, and
 * "did you mean" finds the nearest.
 */
#include "helpers.h"

#include <ctype.h>

#include "words.h"

static plan_word lookup(const char *s)
{
	return plan_word_lookup(s, strlen(s));
}

static void test_every_word_in_any_case(void **state)
{
	int w;

	(void)state;
	for (w = 1; w < PLAN_NWORDS; w++) {
		char up[32], mixed[32];
		size_t i, n = plan_words[w].len;

		assert_true(n < sizeof(up));
		for (i = 0; i <= n; i++) {
			up[i] = (char)toupper((unsigned char)plan_words[w].word[i]);
			mixed[i] = i % 2 ? up[i] : plan_words[w].word[i];
		}
		assert_int_equal(lookup(plan_words[w].word), w);
		assert_int_equal(lookup(up), w);
		assert_int_equal(lookup(mixed), w);
		assert_string_equal(plan_word_name((plan_word)w), plan_words[w].word);
		/* Only the whole word: not a prefix, not a longer word. */
		assert_int_equal(plan_word_lookup(plan_words[w].word, n - 1), PLAN_WORD_NONE);
		snprintf(up, sizeof(up), "%ss", plan_words[w].word);
		assert_int_equal(lookup(up), PLAN_WORD_NONE);
	}
	assert_int_equal(lookup("organization"), PLAN_WORD_ORGANISATION);
	assert_int_equal(lookup("ORGANIZATION"), PLAN_WORD_ORGANISATION);
}

static void test_not_words(void **state)
{
	(void)state;
	assert_int_equal(lookup(""), PLAN_WORD_NONE);
	assert_int_equal(lookup("laed"), PLAN_WORD_NONE);
	assert_int_equal(lookup("2019-01-10"), PLAN_WORD_NONE);
	/* Bytes that an ASCII case fold would take to a letter, and are not one. */
	assert_int_equal(lookup("@ue"), PLAN_WORD_NONE);
	assert_int_equal(lookup("d\xd5" "e"), PLAN_WORD_NONE);
	assert_int_equal(lookup("lea\x04" "d"), PLAN_WORD_NONE);
	assert_int_equal(lookup("\xc4" "ue"), PLAN_WORD_NONE);
}

static void test_near(void **state)
{
	(void)state;
	assert_string_equal(plan_word_near("laed", 4), "lead");
	assert_string_equal(plan_word_near("Statment", 8), "statement");
	assert_string_equal(plan_word_near("updte", 5), "update");
	assert_null(plan_word_near("zzzzzz", 6));
	/* Two edits of a three-letter word would be any word: not suggested. */
	assert_null(plan_word_near("xy", 2));
}

/* The table agrees with itself: classes, kinds and where fields go. */
static void test_table(void **state)
{
	int w;

	(void)state;
	for (w = 1; w < PLAN_NWORDS; w++) {
		const plan_word_info *i = &plan_words[w];
		size_t k;

		assert_int_equal(strlen(i->word), i->len);
		for (k = 0; k < i->len; k++)
			assert_true(i->word[k] >= 'a' && i->word[k] <= 'z');
		if (i->class_ == PLAN_CLASS_DIRECTIVE) {
			assert_true(i->kind >= PLAN_KIND_PLAN && i->kind <= PLAN_KIND_ACTION);
			assert_int_equal(i->where, 0);
		} else {
			assert_int_equal(i->kind, 0);
			if (i->class_ != PLAN_CLASS_INCLUDE)
				assert_true(i->where != 0);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_word_in_any_case),
		cmocka_unit_test(test_not_words),
		cmocka_unit_test(test_near),
		cmocka_unit_test(test_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
