/*
 * test_owners.c - the undeclared-owner check (src/checks.c) finds, through
 * its index of each plan's people and organisations, exactly what
 * comparing every lead with every declared name found: the same leads
 * declared, the same nearest name suggested for the others.
 *
 * Random plans over a small vocabulary (so that names often stand in
 * leads, in part, in another case, composed or decomposed, with or
 * without accents, inside a longer word, across a line break) are checked
 * with only undeclared-owner on, and each message is compared with the
 * one the rule of SPEC section 13, applied lead by lead and name by name,
 * gives.  The rule folds names as fold.h does, which test_fold.c tests.
 */
#include "helpers.h"

#include <ctype.h>

#include "alloc.h"
#include "check.h"
#include "fold.h"

static unsigned long seed_;

static unsigned rnd(unsigned n)
{
	seed_ = seed_ * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((seed_ >> 33) % n);
}

/* ---- the rule, name by name (as checks.c did it before its index) ---- */

/* s folded as fold.h says, into out (of 4096 bytes). */
static const char *folded(char *out, const char *s, plan_fold_how how)
{
	assert_true(plan_fold(out, 4096, s, strlen(s), how) < 4096);
	return out;
}

/*
 * Whether hay contains needle as whole words, both folded: at the start
 * of a character after no letter or digit of any script, and followed by
 * none.
 */
static int has_words(const char *hay_, const char *needle_)
{
	static char hay[4096], needle[4096];
	size_t n, h, p;

	folded(hay, hay_, PLAN_FOLD_CASE);
	folded(needle, needle_, PLAN_FOLD_CASE);
	n = strlen(needle);
	h = strlen(hay);
	for (p = 0; n && p + n <= h; p++) {
		if (((unsigned char)hay[p] & 0xC0) == 0x80 || (p && plan_fold_word_before(hay, p)))
			continue;
		if (memcmp(hay + p, needle, n) == 0 && (p + n == h || !plan_fold_is_word(hay + p + n, h - p - n)))
			return 1;
	}
	return 0;
}

static void lead_name(char *out, size_t size, const char *text)
{
	size_t n = strcspn(text, ",(/\n");
	while (n && text[n - 1] == ' ')
		n--;
	if (n >= size)
		n = size - 1;
	while (n && ((unsigned char)text[n] & 0xC0) == 0x80)
		n--;
	memcpy(out, text, n);
	out[n] = '\0';
}

/* The message for lead l of action a in plan p, or "" when it is declared. */
static void expected(char *buf, size_t size, const plan_plan *p, const plan_action *a, const plan_lead *l)
{
	const plan_text *lists[2] = { p->people.head, p->organisations.head }, *d;
	const char *best = NULL;
	size_t best_d = 3;
	static char q[4096], key[4096];
	char name[128];
	int w;

	buf[0] = '\0';
	for (w = 0; w < 2; w++)
		for (d = lists[w]; d; d = d->next)
			if (has_words(l->text, d->text))
				return;
	lead_name(name, sizeof(name), l->text);
	folded(q, name, PLAN_FOLD_LOOSE);
	for (w = 0; w < 2; w++)
		for (d = lists[w]; d; d = d->next) {
			size_t dist = plan_edit_distance(q, folded(key, d->text, PLAN_FOLD_LOOSE), 2);
			if (dist < best_d) {
				best_d = dist;
				best = d->text;
			}
		}
	if (best)
		snprintf(buf, size, "lead \"%s\" of action %s is not declared in plan %s; did you mean \"%s\"?",
			 name, a->id, p->id, best);
	else
		snprintf(buf, size, "lead \"%s\" of action %s is not declared in plan %s: add a \"person\" or "
			 "\"organisation\" line to the plan", name, a->id, p->id);
}

/* ---- random plans ------------------------------------------------------ */

static const char *const words[] = {
	"Jo", "jo", "JO", "Jon", "Ann", "Anne", "Smith", "smith", "Smyth", "Police", "Harrow",
	"Harrow Police", "Jo Smith", "Team", "b1", "a-b", "O'Neil", "caf\xc3\xa9", "Caf\xc3\xa9",
	"TBC", "x", "Jo-Ann", "Anne Smith", "Ann Smyth",
	/* Zoë, ZOË, Zoë decomposed, Zoe, Müller, MÜLLER, Mueller, O’Neil, Tomás, Ó, Straße, STRASSE, Jo
	 * before a word in another script (Jo中), an Arabic-Indic digit after one (Jo٣). */
	"Zo\xc3\xab", "ZO\xc3\x8b", "Zoe\xcc\x88", "Zoe", "M\xc3\xbcller", "M\xc3\x9cLLER", "Mueller",
	"O\xe2\x80\x99Neil", "Tom\xc3\xa1s", "\xc3\x93", "Stra\xc3\x9f" "e", "STRASSE",
	"Jo\xe4\xb8\xad", "Jo\xd9\xa3",
};
#define NWORDS (sizeof(words) / sizeof(words[0]))

/* A name or a lead: words joined by blanks, punctuation, now and then a line break. */
static size_t phrase(char *out, size_t size, int lead)
{
	static const char *const joins[] = { " ", " ", " ", "-", ", ", " (", "/", "", "." };
	unsigned n = rnd(2) ? 1 : 1 + rnd(3), i;
	size_t o = 0;

	for (i = 0; i < n && o + 40 < size; i++) {
		if (i) {
			unsigned j = rnd(lead ? 9 : 4);
			if (!rnd(12))
				o += (size_t)snprintf(out + o, size - o, "\n    ");   /* text goes on below */
			else
				o += (size_t)snprintf(out + o, size - o, "%s", joins[j]);
		}
		o += (size_t)snprintf(out + o, size - o, "%s", words[rnd(NWORDS)]);
	}
	if (lead && !rnd(6))
		o += (size_t)snprintf(out + o, size - o, ")");
	return o;
}

static void test_owners_as_name_by_name(void **state)
{
	static char text[100000];
	size_t declared = 0, suggested = 0, plain = 0;
	int trial;

	(void)state;
	seed_ = 1234;
	for (trial = 0; trial < 150; trial++) {
		plan_check_options opt;
		const plan_plan *p;
		const plan_action *a;
		const plan_lead *l;
		const plan_diag *g;
		size_t o = 0;
		unsigned np;
		plan_set *set;
		int c;

		for (np = 0; np < 2; np++) {
			unsigned nd = rnd(12), na = 1 + rnd(10), i, j;

			o += (size_t)snprintf(text + o, sizeof(text) - o, "plan P%u x\n", np);
			for (i = 0; i < nd; i++) {
				o += (size_t)snprintf(text + o, sizeof(text) - o, "  %s ",
						      rnd(2) ? "person" : "organisation");
				o += phrase(text + o, sizeof(text) - o, 0);
				text[o++] = '\n';
			}
			for (i = 0; i < na; i++) {
				unsigned nl = rnd(4);
				o += (size_t)snprintf(text + o, sizeof(text) - o, "action A%u.%u t\n", np, i);
				for (j = 0; j < nl; j++) {
					o += (size_t)snprintf(text + o, sizeof(text) - o, "  lead ");
					o += phrase(text + o, sizeof(text) - o, 1);
					text[o++] = '\n';
				}
			}
		}
		assert_true(o < sizeof(text));
		set = track(plan_set_new());
		assert_int_equal(plan_load_buffer(set, "t.plan", text, o), PLAN_OK);
		assert_int_equal(plan_set_link(set), 0);
		plan_check_options_init(&opt);
		for (c = 0; c < PLAN_NCHECKS; c++)
			opt.sev[c] = PLAN_SETTING_OFF;
		opt.sev[PLAN_CHECK_UNDECLARED_OWNER] = PLAN_SETTING_ON;
		assert_int_equal(plan_check_run(set, &opt), PLAN_OK);

		/* The check's diagnostics come plan by plan, action by action, lead by lead. */
		g = set->diags.head;
		for (p = set->plans.head; p; p = p->next)
			for (a = p->actions.head; a; a = a->next)
				for (l = a->leads.head; l; l = l->next) {
					char want[600];
					if (plan_lead_kind_of(l->text) != PLAN_LEAD_OWNER)
						continue;
					expected(want, sizeof(want), p, a, l);
					if (!want[0]) {
						declared++;
						continue;
					}
					if (strstr(want, "did you mean"))
						suggested++;
					else
						plain++;
					while (g && strcmp(g->check, "undeclared-owner") != 0)
						g = g->next;
					if (!g || strcmp(g->msg, want) != 0) {
						fprintf(stderr, "trial %d: want %s\ngot %s\n%s", trial, want,
							g ? g->msg : "(nothing)", text);
					}
					assert_non_null(g);
					assert_string_equal(g->msg, want);
					assert_ptr_equal(g->src, l->loc.src);
					assert_int_equal(g->span.start, l->loc.span.start);
					g = g->next;
				}
		while (g && strcmp(g->check, "undeclared-owner") != 0)
			g = g->next;
		assert_null(g);
		release(set);
	}
	/* Each way a lead can go was tried, many times. */
	assert_true(declared > 100);
	assert_true(suggested > 100);
	assert_true(plain > 100);
}

/* The leads of the plan below, the first four declared as they read. */
static const char names_plan[] =
	"plan P1 Names\n"
	"  person Zo\xc3\xab M\xc3\xbcller\n"
	"  person Tom\xc3\xa1s \xc3\x93 Briain\n"
	"  organisation Harrow Police\n"
	"action A1 t\n"
	"  lead ZO\xc3\x8b M\xc3\x9cLLER\n"                  /* capitals */
	"  lead Zoe\xcc\x88 Mu\xcc\x88ller, Policy Team\n"    /* decomposed (NFD) */
	"  lead TOM\xc3\x81S \xc3\x93 BRIAIN\n"
	"  lead harrow police\n"
	"  lead Tomas O Briain\n"                           /* no accents: near */
	"  lead Zoe Muller\n"
	"  lead Harrow Police\xc3\xa9\n"                    /* inside a longer word */
	"  lead Refuge\n";

/* The messages of undeclared-owner on names_plan[0..len), one a line. */
static char *owner_messages(const char *text, size_t len, long fail_at, int once, int *oom, long *made)
{
	static char out[65536];
	plan_check_options opt;
	const plan_diag *g;
	plan_set *set;
	size_t o = 0;
	int c, rc;

	set = track(plan_set_new());
	assert_int_equal(plan_load_buffer(set, "t.plan", text, len), PLAN_OK);
	assert_int_equal(plan_set_link(set), 0);
	plan_check_options_init(&opt);
	for (c = 0; c < PLAN_NCHECKS; c++)
		opt.sev[c] = PLAN_SETTING_OFF;
	opt.sev[PLAN_CHECK_UNDECLARED_OWNER] = PLAN_SETTING_ON;
	if (fail_at >= 0) {
		if (once)
			plan_alloc_fail_only(fail_at);
		else
			plan_alloc_fail_after(fail_at);
	}
	rc = plan_check_run(set, &opt);
	*made = plan_alloc_fail_after(-1);
	*oom = rc == PLAN_ENOMEM || set->diags.oom;
	assert_true(rc == PLAN_OK || rc == PLAN_ENOMEM);
	out[0] = '\0';
	for (g = set->diags.head; g && !*oom; g = g->next)
		o += (size_t)snprintf(out + o, sizeof(out) - o, "%s\n", g->msg);
	release(set);
	return out;
}

/*
 * Names compared as people read them: in capitals, decomposed, any case,
 * a lead matches the name declared; without accents it does not, but the
 * name is suggested; inside a longer word it is not found.
 */
static void test_names_as_read(void **state)
{
	long made;
	int oom;

	(void)state;
	assert_string_equal(owner_messages(names_plan, sizeof(names_plan) - 1, -1, 0, &oom, &made),
		"lead \"Tomas O Briain\" of action A1 is not declared in plan P1; did you mean \"Tom\xc3\xa1s \xc3\x93 Briain\"?\n"
		"lead \"Zoe Muller\" of action A1 is not declared in plan P1; did you mean \"Zo\xc3\xab M\xc3\xbcller\"?\n"
		"lead \"Harrow Police\xc3\xa9\" of action A1 is not declared in plan P1; did you mean \"Harrow Police\"?\n"
		"lead \"Refuge\" of action A1 is not declared in plan P1: add a \"person\" or \"organisation\" line to the plan\n");
	assert_false(oom);
}

/*
 * What a lead says of who owns its action: placeholders and leads that
 * name everyone, in any case, bracketed or with a full stop, name nobody;
 * a longer lead that contains one of those words names someone.
 */
static void test_lead_kinds(void **state)
{
	(void)state;
	assert_int_equal(plan_lead_kind_of("TBC"), PLAN_LEAD_PLACEHOLDER);
	assert_int_equal(plan_lead_kind_of(" (n/a) "), PLAN_LEAD_PLACEHOLDER);
	assert_int_equal(plan_lead_kind_of(""), PLAN_LEAD_PLACEHOLDER);
	assert_int_equal(plan_lead_kind_of("All agencies"), PLAN_LEAD_EVERYONE);
	assert_int_equal(plan_lead_kind_of("ALL PARTNERS."), PLAN_LEAD_EVERYONE);
	assert_int_equal(plan_lead_kind_of("(All)"), PLAN_LEAD_EVERYONE);
	assert_int_equal(plan_lead_kind_of("- Everyone -"), PLAN_LEAD_EVERYONE);
	assert_int_equal(plan_lead_kind_of("partnership"), PLAN_LEAD_EVERYONE);
	assert_int_equal(plan_lead_kind_of("Community Safety Partnership"), PLAN_LEAD_OWNER);
	assert_int_equal(plan_lead_kind_of("All agencies and Harrow Police"), PLAN_LEAD_OWNER);
	assert_int_equal(plan_lead_kind_of("Allan Smith"), PLAN_LEAD_OWNER);
	assert_int_equal(plan_lead_kind_of("name TBC shortly"), PLAN_LEAD_PLACEHOLDER);
	assert_int_equal(plan_lead_kind_of("name TBC shortly!"), PLAN_LEAD_OWNER);
	assert_int_equal(plan_lead_kind_of("                                        "
					   "      (TBC)                             "
					   "                                        "), PLAN_LEAD_PLACEHOLDER);
	assert_int_equal(plan_lead_kind_of("Head of Community Safety, Harrow Council, with "
					   "the Safer Neighbourhoods Board"), PLAN_LEAD_OWNER);
	assert_true(plan_lead_is_placeholder("TBA"));
	assert_false(plan_lead_is_placeholder("All partners"));
}

/*
 * Every allocation of the check fails in turn (with every later one, then
 * alone): the index of names, a lead folded in a buffer of its own (of
 * 600 characters and more, longer than the stack holds).  Each run gives every
 * message of a run without failures, or says that memory ran out.
 */
static void test_owners_allocation_failure(void **state)
{
	static char text[8192];
	char want[65536];
	size_t o = sizeof(names_plan) - 1, i;
	long n, made, failed = 0;
	int once, oom;

	(void)state;
	memcpy(text, names_plan, o);
	/* Two long leads: one names nobody declared, the other Harrow Police
	 * (a failure taken for "not found" would show as one more message). */
	o += (size_t)snprintf(text + o, sizeof(text) - o, "  lead ");
	for (i = 0; i < 600; i++)
		o += (size_t)snprintf(text + o, sizeof(text) - o, "\xc3\x89");
	o += (size_t)snprintf(text + o, sizeof(text) - o, "\n  lead HARROW POLICE, ");
	for (i = 0; i < 600; i++)
		o += (size_t)snprintf(text + o, sizeof(text) - o, "\xc3\x89");
	text[o++] = '\n';
	snprintf(want, sizeof(want), "%s", owner_messages(text, o, -1, 0, &oom, &made));
	assert_false(oom);
	assert_non_null(strstr(want, "lead \"\xc3\x89\xc3\x89"));
	for (once = 0; once < 2; once++)
		for (n = 0; n < 1000; n++) {
			const char *got = owner_messages(text, o, n, once, &oom, &made);
			if (oom)
				failed++;
			else
				assert_string_equal(got, want);
			if (made <= n)
				break;   /* no allocation failed: every one was tried */
		}
	assert_true(n < 1000);
	assert_true(failed >= 4);
}

/* planreport --lead: a lead names a partner as whole words, folded. */
static void test_lead_names(void **state)
{
	(void)state;
	assert_int_equal(plan_lead_names("Louis Smith, Harrow Police", "harrow police"), 1);
	assert_int_equal(plan_lead_names("Louis Smith, Harrow Police", "Police"), 1);
	assert_int_equal(plan_lead_names("Policeman on duty", "Police"), 0);
	assert_int_equal(plan_lead_names("Harrow Police", "Harrow Police Service"), 0);
	assert_int_equal(plan_lead_names("ZO\xC3\x8B M\xC3\x9CLLER (NHS)", "Zo\xC3\xAB M\xC3\xBCller"), 1);
	/* Decomposed (NFD), as pasted from a PDF. */
	assert_int_equal(plan_lead_names("Zoe\xCC\x88 Mu\xCC\x88ller", "Zo\xC3\xAB M\xC3\xBCller"), 1);
	assert_int_equal(plan_lead_names("Zoe Muller", "Zo\xC3\xAB M\xC3\xBCller"), 0);
	assert_int_equal(plan_lead_names("", "Police"), 0);
	assert_int_equal(plan_lead_names("Police", ""), 0);
	/* Each allocation failing in turn: -1, never a wrong answer or a leak. */
	{
		long n;
		int r;
		for (n = 0;; n++) {
			plan_alloc_fail_after(n);
			r = plan_lead_names("ZO\xC3\x8B M\xC3\x9CLLER (NHS)", "Zo\xC3\xAB M\xC3\xBCller");
			plan_alloc_fail_after(-1);
			if (r >= 0)
				break;
			assert_int_equal(r, -1);
			assert_true(n < 100);
		}
		assert_int_equal(r, 1);
		assert_true(n > 0);     /* at least one failure was taken */
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TEST(test_owners_as_name_by_name),
		TEST(test_names_as_read),
		TEST(test_lead_kinds),
		TEST(test_lead_names),
		TEST(test_owners_allocation_failure),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
