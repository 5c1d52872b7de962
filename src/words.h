/*
 * words.h - the keywords of the plan language, in one table.
 *
 * A line of a plan starts with one of these words (SPEC.md, sections 5
 * and 6) or with a date (an update in separate form).  PLAN_WORDS(X)
 * calls X(NAME, "word", CLASS, KIND, WHERE, REPEATS, EXPECTED) once for
 * each, where
 *   NAME     makes the constant PLAN_WORD_<NAME>;
 *   "word"   is the word as written (the language ignores case);
 *   CLASS    says how the rest of the line reads: DIRECTIVE (an id and a
 *            title), INCLUDE (a file name), TEXT (text, continued on the
 *            lines indented deeper), WHEN (a date, a range or a rhythm,
 *            then a note after a comma), DECISION, UPDATE or FIGURE (a
 *            date, then a value that measure.c reads: the figures of the
 *            measure above);
 *   KIND     is the plan_kind (model.h) a directive opens, 0 for a field;
 *   WHERE    says which directives a field belongs to (PLAN_IN_* bits);
 *   REPEATS  says whether a field may appear more than once there;
 *   EXPECTED is what a syntax error says belongs after the word (NULL:
 *            "text").
 * PLAN_WORD_SPELLINGS(Y) calls Y("spelling", NAME) for other spellings.
 *
 * Everything that knows the words is driven from here: the scanner's
 * keyword lookup (plan_word_lookup), the parser's expected words and its
 * "did you mean", the builder's rules of where a field goes (build.c),
 * the record finder (records.c) and the loader's include pre-scan
 * (load.c).  A new keyword is a row here, plus what the builder does with
 * its value.  ORDER WORDS: bench/bare.l spells the words out as flex
 * rules (it is a stand-alone scanner): keep it in step.
 */
#ifndef PLAN_WORDS_H
#define PLAN_WORDS_H

#include <stddef.h>

#define PLAN_IN_PLAN      (1u << 1)
#define PLAN_IN_SECTION   (1u << 2)
#define PLAN_IN_OBJECTIVE (1u << 3)
#define PLAN_IN_ACTION    (1u << 4)
#define PLAN_IN_ANY (PLAN_IN_PLAN | PLAN_IN_SECTION | PLAN_IN_OBJECTIVE | PLAN_IN_ACTION)

#define PLAN_WORDS(X) \
	X(PLAN, "plan", DIRECTIVE, PLAN_KIND_PLAN, 0, 0, \
	  NULL) \
	X(SECTION, "section", DIRECTIVE, PLAN_KIND_SECTION, 0, 0, \
	  NULL) \
	X(OBJECTIVE, "objective", DIRECTIVE, PLAN_KIND_OBJECTIVE, 0, 0, \
	  NULL) \
	X(ACTION, "action", DIRECTIVE, PLAN_KIND_ACTION, 0, 0, \
	  NULL) \
	X(INCLUDE, "include", INCLUDE, 0, 0, 1, \
	  "the name of a file") \
	X(TITLE, "title", TEXT, 0, PLAN_IN_ANY, 0, \
	  "a title") \
	X(STATEMENT, "statement", TEXT, 0, PLAN_IN_PLAN | PLAN_IN_SECTION | PLAN_IN_OBJECTIVE, 0, \
	  "the statement") \
	X(MEASURE, "measure", TEXT, 0, PLAN_IN_OBJECTIVE | PLAN_IN_ACTION, 1, \
	  "the measure") \
	X(BASELINE, "baseline", FIGURE, 0, PLAN_IN_OBJECTIVE | PLAN_IN_ACTION, 1, \
	  "a value after the date, such as 2006/07 5 panels") \
	X(TARGET, "target", FIGURE, 0, PLAN_IN_OBJECTIVE | PLAN_IN_ACTION, 1, \
	  "a value after the date, such as 2008/09 20 panels") \
	X(MILESTONE, "milestone", FIGURE, 0, PLAN_IN_OBJECTIVE | PLAN_IN_ACTION, 1, \
	  "a value after the date, such as 2025-Q4 12") \
	X(ACTUAL, "actual", FIGURE, 0, PLAN_IN_OBJECTIVE | PLAN_IN_ACTION, 1, \
	  "a value after the date, such as 2025-09 68%") \
	X(NOTE, "note", TEXT, 0, PLAN_IN_ANY, 1, \
	  "the note") \
	X(BOARD, "board", TEXT, 0, PLAN_IN_PLAN, 0, \
	  "the board's name") \
	X(STATUS, "status", TEXT, 0, PLAN_IN_PLAN, 0, \
	  "a status (open, closed, archived or draft)") \
	X(LEAD, "lead", TEXT, 0, PLAN_IN_ACTION, 1, \
	  "the lead's name") \
	X(PERIOD, "period", WHEN, 0, PLAN_IN_PLAN, 0, \
	  NULL) \
	X(DUE, "due", WHEN, 0, PLAN_IN_ACTION, 0, \
	  NULL) \
	X(REVIEW, "review", WHEN, 0, PLAN_IN_ACTION, 1, \
	  NULL) \
	X(START, "start", WHEN, 0, PLAN_IN_ACTION, 0, \
	  NULL) \
	X(DECISION, "decision", DECISION, 0, PLAN_IN_ACTION, 1, \
	  NULL) \
	X(UPDATE, "update", UPDATE, 0, PLAN_IN_ACTION, 1, \
	  NULL) \
	X(CHECK, "check", TEXT, 0, PLAN_IN_PLAN, 1, \
	  "a check's name and a severity") \
	X(STALE, "stale", TEXT, 0, PLAN_IN_PLAN, 0, \
	  "\"after\" and a period such as 3 months") \
	X(QUARTERS, "quarters", TEXT, 0, PLAN_IN_PLAN, 0, \
	  "financial or calendar") \
	X(PERSON, "person", TEXT, 0, PLAN_IN_PLAN, 1, \
	  "the person's name") \
	X(ORGANISATION, "organisation", TEXT, 0, PLAN_IN_PLAN, 1, \
	  "the organisation's name")

#define PLAN_WORD_SPELLINGS(Y) \
	Y("organization", ORGANISATION)

/* Each word is lower-case ASCII letters; there are fewer than 256. */
typedef enum {
	PLAN_WORD_NONE = 0,
#define PLAN_WORD_ENUM_(name, word, class, kind, where, repeats, expected) PLAN_WORD_##name,
	PLAN_WORDS(PLAN_WORD_ENUM_)
#undef PLAN_WORD_ENUM_
	PLAN_NWORDS
} plan_word;

typedef enum {
	PLAN_CLASS_DIRECTIVE = 1,
	PLAN_CLASS_INCLUDE,
	PLAN_CLASS_TEXT,
	PLAN_CLASS_WHEN,
	PLAN_CLASS_DECISION,
	PLAN_CLASS_UPDATE,
	PLAN_CLASS_FIGURE
} plan_word_class;

typedef struct plan_word_info {
	const char *word;
	size_t len;
	plan_word_class class_;
	int kind;                  /* plan_kind of a directive, else 0 */
	unsigned where;            /* PLAN_IN_* */
	int repeats;
	const char *expected;
} plan_word_info;

/* Indexed by plan_word; [PLAN_WORD_NONE] is { "?", ... }. */
extern const plan_word_info plan_words[PLAN_NWORDS];

/*
 * The keyword s[0..len) spells (in any case, in any of its spellings), or
 * PLAN_WORD_NONE.
 */
plan_word plan_word_lookup(const char *s, size_t len);

/* The keyword as written in the language ("lead", ...). */
const char *plan_word_name(plan_word w);

/* The keyword within two edits of word[0..len) (case ignored), the nearest first; or NULL. */
const char *plan_word_near(const char *word, size_t len);

#endif
