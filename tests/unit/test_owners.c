/*
 * test_owners.c - the undeclared-owner check (src/checks.c) finds, through
 * its index of each plan's people and organisations, exactly what
 * comparing every lead with every declared name found: the same leads
 * declared, the same nearest name suggested for the others.
 *
 * Random plans over a small vocabulary (so that names often stand in
 * leads, in part, in another case, inside a longer word, across a line
 * break) are checked with only undeclared-owner on, and each message is
 * compared with the one the rule of SPEC section 13, applied lead by lead
 * and name by name, gives.
 */
#include "helpers.h"

#include <ctype.h>

#include "check.h"

static unsigned long seed_;

static unsigned rnd(unsigned n)
{
	seed_ = seed_ * 6364136223846793005UL + 1442695040888963407UL;
	return (unsigned)((seed_ >> 33) % n);
}

/* ---- the rule, name by name (as checks.c did it before its index) ---- */

static int is_alnum(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static char fold(char c)
{
	return (c >= 'A' && c <= 'Z') ? (char)(c + ('a' - 'A')) : c;
}

/* Whether hay contains needle as whole words, ignoring ASCII case. */
static int has_words(const char *hay, const char *needle)
{
	size_t n = strlen(needle), i;
	const char *p;

	for (p = hay; n && *p; p++) {
		if (p != hay && is_alnum(p[-1]))
			continue;
		for (i = 0; i < n; i++)
			if (fold(p[i]) != fold(needle[i]))
				break;
		if (i == n && !is_alnum(p[n]))
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
	char name[128];
	int w;

	buf[0] = '\0';
	for (w = 0; w < 2; w++)
		for (d = lists[w]; d; d = d->next)
			if (has_words(l->text, d->text))
				return;
	lead_name(name, sizeof(name), l->text);
	for (w = 0; w < 2; w++)
		for (d = lists[w]; d; d = d->next) {
			size_t dist = plan_edit_distance(name, d->text, 2);
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
					if (plan_lead_is_placeholder(l->text))
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		TEST(test_owners_as_name_by_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
