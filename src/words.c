/*
 * words.c - the table of words.h and the lookups over it.
 *
 * A keyword is looked up once per line, by its length first: a plain scan
 * of a table of two dozen words costs less than the line's other work.
 */
#include "words.h"
#include "model.h"

#include <strings.h>

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

plan_word plan_word_lookup(const char *s, size_t len)
{
	size_t i;

	for (i = 1; i < PLAN_NWORDS; i++)
		if (plan_words[i].len == len && strncasecmp(s, plan_words[i].word, len) == 0)
			return (plan_word)i;
	for (i = 0; i < sizeof(spellings) / sizeof(spellings[0]); i++)
		if (spellings[i].len == len && strncasecmp(s, spellings[i].text, len) == 0)
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
