/*
 * test_fold.c - names folded as people read them (src/fold.h): case in
 * any script, composed and decomposed forms alike, accents away only for
 * "did you mean", text cut at a character, long text through alloc.h,
 * and word characters of any script.
 */
#include "helpers.h"

#include "alloc.h"
#include "fold.h"

static const char *fold(const char *s, plan_fold_how how)
{
	static char buf[512];
	size_t n = plan_fold(buf, sizeof(buf), s, strlen(s), how);

	assert_int_equal(n, strlen(buf));
	return buf;
}

static void test_case_and_normal_form(void **state)
{
	(void)state;
	assert_string_equal(fold("Jo SMITH, Harrow Police", PLAN_FOLD_CASE), "jo smith, harrow police");
	/* ZOË MÜLLER, Zoë Müller composed (NFC) and decomposed (NFD, a Mac's or a PDF's). */
	assert_string_equal(fold("ZO\xc3\x8b M\xc3\x9cLLER", PLAN_FOLD_CASE), "zo\xc3\xab m\xc3\xbcller");
	assert_string_equal(fold("Zo\xc3\xab M\xc3\xbcller", PLAN_FOLD_CASE), "zo\xc3\xab m\xc3\xbcller");
	assert_string_equal(fold("Zoe\xcc\x88 Mu\xcc\x88ller", PLAN_FOLD_CASE), "zo\xc3\xab m\xc3\xbcller");
	/* Full case folding: Straße and STRASSE, Greek final sigma, the Kelvin sign. */
	assert_string_equal(fold("Stra\xc3\x9f" "e", PLAN_FOLD_CASE), "strasse");
	assert_string_equal(fold("STRASSE", PLAN_FOLD_CASE), "strasse");
	assert_string_equal(fold("\xce\x9f\xce\x94\xce\x9f\xce\xa3", PLAN_FOLD_CASE),
			    fold("\xce\xbf\xce\xb4\xce\xbf\xcf\x82", PLAN_FOLD_CASE));
	assert_string_equal(fold("\xe2\x84\xaa", PLAN_FOLD_CASE), "k");
	/* Accents stay: Tomás is not Tomas, when names must match. */
	assert_string_equal(fold("Tom\xc3\xa1s \xc3\x93 Briain", PLAN_FOLD_CASE), "tom\xc3\xa1s \xc3\xb3 briain");
	/* Punctuation is kept as it is. */
	assert_string_equal(fold("O\xe2\x80\x99Neil", PLAN_FOLD_CASE), "o\xe2\x80\x99neil");
}

static void test_loose(void **state)
{
	(void)state;
	assert_string_equal(fold("Tom\xc3\xa1s \xc3\x93 Briain", PLAN_FOLD_LOOSE), "tomas o briain");
	assert_string_equal(fold("Toma\xcc\x81s O\xcc\x81 Briain", PLAN_FOLD_LOOSE), "tomas o briain");
	assert_string_equal(fold("TOMAS O BRIAIN", PLAN_FOLD_LOOSE), "tomas o briain");
	assert_string_equal(fold("O\xe2\x80\x99Neil", PLAN_FOLD_LOOSE), "o'neil");
	/* A soft hyphen is not seen. */
	assert_string_equal(fold("Anne\xc2\xad" "Marie", PLAN_FOLD_LOOSE), "annemarie");
}

/* Text that folding only lowers ASCII letters in can be compared without a copy. */
static void test_ascii_case(void **state)
{
	static const char *const yes[] = {
		"", "Jo SMITH, Harrow Police (Team)", "Children\xe2\x80\x99s Services \xe2\x80\x93 \xc2\xa3" "5",
	};
	static const char *const no[] = {
		"caf\xc3\xa9", "CAF\xc3\x89", "cafe\xcc\x81", "Stra\xc3\x9f" "e", "\xe2\x84\xaa",
		"caf\xc3\xa9 after a long run of ASCII text", "\xea\xb0\x80", "\xe1\x84\x80\xe1\x85\xa1", "x\xff",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(yes) / sizeof(*yes); i++) {
		char want[256];
		assert_true(plan_fold_is_ascii_case(yes[i], strlen(yes[i])));
		plan_fold(want, sizeof(want), yes[i], strlen(yes[i]), PLAN_FOLD_CASE);
		for (size_t k = 0; yes[i][k]; k++)
			assert_int_equal(want[k], yes[i][k] >= 'A' && yes[i][k] <= 'Z' ? yes[i][k] + 32 : yes[i][k]);
	}
	/* é decomposes (and composes again), Straße folds to strasse, the
	 * Kelvin sign to k, a Hangul syllable decomposes, jamo compose: each
	 * goes through utf8proc, as does what is not UTF-8. */
	for (i = 0; i < sizeof(no) / sizeof(*no); i++)
		assert_false(plan_fold_is_ascii_case(no[i], strlen(no[i])));
}

/* Not UTF-8 (never plan text): ASCII letters folded, other bytes kept. */
static void test_not_utf8(void **state)
{
	(void)state;
	assert_string_equal(fold("Caf\xe9 ABC", PLAN_FOLD_CASE), "caf\xe9 abc");
	assert_string_equal(fold("Caf\xe9 ABC", PLAN_FOLD_LOOSE), "caf\xe9 abc");
}

/* A buffer too small: the length of the whole, and a start cut at a character. */
static void test_cut(void **state)
{
	char small[4];

	(void)state;
	assert_int_equal(plan_fold(small, sizeof(small), "ABCDEF", 6, PLAN_FOLD_CASE), 6);
	assert_string_equal(small, "abc");
	assert_int_equal(plan_fold(small, sizeof(small), "A\xc3\x89" "B", 4, PLAN_FOLD_CASE), 4);
	assert_string_equal(small, "a\xc3\xa9");
	assert_int_equal(plan_fold(small, sizeof(small), "AB\xc3\x89", 4, PLAN_FOLD_CASE), 4);
	assert_string_equal(small, "ab");
	assert_int_equal(plan_fold(small, 1, "\xc3\x89", 2, PLAN_FOLD_CASE), 2);
	assert_string_equal(small, "");
}

/*
 * Text longer than the stack holds is folded in a buffer from alloc.h:
 * whole, and when that allocation fails, (size_t)-1 and nothing leaked.
 */
static void test_long_text(void **state)
{
	enum { N = 3000 };
	static char in[2 * N + 1], want[2 * N + 1], out[2 * N + 1];
	plan_arena *a;
	char *copy;
	size_t i, len = 0;

	(void)state;
	for (i = 0; i < N; i++) {
		memcpy(in + 2 * i, "\xc3\x89", 2);     /* É */
		memcpy(want + 2 * i, "\xc3\xa9", 2);   /* é */
	}
	assert_int_equal(plan_fold(out, sizeof(out), in, 2 * N, PLAN_FOLD_CASE), 2 * N);
	assert_string_equal(out, want);
	plan_alloc_fail_after(0);
	assert_int_equal(plan_fold(out, sizeof(out), in, 2 * N, PLAN_FOLD_CASE), (size_t)-1);
	plan_alloc_fail_after(-1);
	assert_non_null(a = plan_arena_new());
	assert_non_null(copy = plan_fold_arena(a, in, 2 * N, PLAN_FOLD_LOOSE, &len));
	assert_int_equal(len, N);
	for (i = 0; i < N; i++)
		assert_int_equal(copy[i], 'e');
	assert_int_equal(copy[N], '\0');
	plan_arena_free(a);
}

static void test_word_characters(void **state)
{
	static const char *const words[] = {
		"a", "Z", "7", "\xc3\xa9", "\xc3\x89", "\xce\xb4", "\xd0\x96", "\xe4\xb8\xad",
		"\xcc\x88", "\xd9\xa3",   /* a combining diaeresis, an Arabic-Indic digit */
	};
	static const char *const others[] = {
		" ", ",", "(", "-", "'", "\xe2\x80\x99", "\xe2\x80\x93", "\xc2\xa0", "\xe2\x80\x94",
		"\xc3", "\xff", "\n",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(words) / sizeof(*words); i++) {
		char s[16];
		assert_true(plan_fold_is_word(words[i], strlen(words[i])));
		snprintf(s, sizeof(s), "x%s", words[i]);
		assert_true(plan_fold_word_before(s, strlen(s)));
	}
	for (i = 0; i < sizeof(others) / sizeof(*others); i++) {
		char s[16];
		assert_false(plan_fold_is_word(others[i], strlen(others[i])));
		snprintf(s, sizeof(s), "x%s", others[i]);
		assert_false(plan_fold_word_before(s, strlen(s)));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_case_and_normal_form),
		cmocka_unit_test(test_loose),
		cmocka_unit_test(test_ascii_case),
		cmocka_unit_test(test_not_utf8),
		cmocka_unit_test(test_cut),
		cmocka_unit_test(test_long_text),
		cmocka_unit_test(test_word_characters),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
