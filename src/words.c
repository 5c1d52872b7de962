/*
 * words.c - the table of words.h and the lookups over it.
 *
 * A keyword is looked up once per line, by its length and first letter
 * first: a plain scan of a table of two dozen words costs less than the
 * line's other work.  The words are lower-case letters: a byte ORed with
 * 32 is one of them only when it is that letter, in either case.
 */
#include "words.h"
#include "model.h"


const plan_word_info plan_words[PLAN_NWORDS] = {
	[PLAN_WORD_NONE] = { "?", 1, 0, 0, 0, 0, NULL },
#define ROW_(name, word, class, kind, where, repeats, expected) \
	[PLAN_WORD_##name] = { word, sizeof(word) - 1, PLAN_CLASS_##class, kind, where, repeats, expected },
	PLAN_WORDS(ROW_)
#undef ROW_
};

static const struct {
	const char *text;
	size_t len;
	plan_word word;
} spellings[] = {
#define SPELLING_(text, name) { text, sizeof(text) - 1, PLAN_WORD_##name },
	PLAN_WORD_SPELLINGS(SPELLING_)
#undef SPELLING_
};

/* Whether s[0..len) is word (lower case letters) in any case. */
static int same_word(const char *s, const char *word, size_t len)
{
	size_t k;

	for (k = 0; k < len; k++)
		if ((char)(s[k] | 32) != word[k])
			return 0;
	return 1;
}

/*
 * The words by first letter: first[c - 'a'] is the first word (index into
 * plan_words) starting with c, and next[w] the one after w; 0 ends.  Made
 * on the first lookup.
 */
static unsigned char first[26], next[PLAN_NWORDS];

static void index_words(void)
{
	size_t i;

	for (i = PLAN_NWORDS - 1; i > 0; i--) {
		int c = plan_words[i].word[0] - 'a';
		next[i] = first[c];
		first[c] = (unsigned char)i;
	}
}

plan_word plan_word_lookup(const char *s, size_t len)
{
	static int indexed;
	size_t i;
	int c;

	if (len == 0)
		return PLAN_WORD_NONE;
	c = (s[0] | 32) - 'a';
	if (c < 0 || c >= 26)
		return PLAN_WORD_NONE;
	if (!indexed) {
		index_words();
		indexed = 1;
	}
	for (i = first[c]; i; i = next[i])
		if (plan_words[i].len == len && same_word(s, plan_words[i].word, len))
			return (plan_word)i;
	for (i = 0; i < sizeof(spellings) / sizeof(spellings[0]); i++)
		if (spellings[i].len == len && same_word(s, spellings[i].text, len))
			return spellings[i].word;
	return PLAN_WORD_NONE;
}

const char *plan_word_name(plan_word w)
{
	return w > 0 && w < PLAN_NWORDS ? plan_words[w].word : "?";
}

const char *plan_word_near(const char *word, size_t len)
{
	char w[32];
	size_t i, best = 3;
	const char *found = NULL;

	if (len >= sizeof(w))
		return NULL;
	for (i = 0; i < len; i++)
		w[i] = (char)(word[i] >= 'A' && word[i] <= 'Z' ? word[i] + 32 : word[i]);
	w[len] = '\0';
	for (i = 1; i < PLAN_NWORDS; i++) {
		size_t d = plan_edit_distance(w, plan_words[i].word, 2);
		if (d < best && d < plan_words[i].len) {
			best = d;
			found = plan_words[i].word;
		}
	}
	return found;
}
