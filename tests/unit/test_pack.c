/*
 * test_pack.c - the board pack's value (pack.h): what it counts, which
 * exception list each action lands in, who owes what, the lead filter,
 * and that every allocation of the build and of the text, Markdown and
 * HTML failing in turn gives an error, never a smaller pack or a leak.
 */
#include "helpers.h"
#include "alloc.h"
#include "pack.h"

static const char pack_plan[] =
	"plan P Pack test\n"
	"  period 2019/20\n"
	"  organisation Harrow Police\n"
	"  organisation Public Health\n"
	"\n"
	"section S1 First\n"
	"objective O1 One\n"
	"action A1 Late\n"
	"  lead Harrow Police\n"
	"  due 2019-03\n"
	"  update 2019-02-01 red\n"
	"    Behind.\n"
	"action A2 Due soon, nothing decided\n"
	"  lead Public Health and Harrow Police\n"
	"  due 2019-08\n"
	"  update 2019-05-01 green\n"
	"    Fine.\n"
	"action A3 Continued into this year\n"
	"  lead Public Health\n"
	"  due 2019-03\n"
	"  decision 2019-03-20 continue into 2019-09\n"
	"  update 2019-05-01 amber\n"
	"    Slower.\n"
	"\n"
	"section S2 Second\n"
	"action A4 Done\n"
	"  lead Housing - Jane Smith\n"
	"  due 2019-03\n"
	"  decision complete\n"
	"action A5 Removed\n"
	"  lead Housing – Jane Smith.\n"
	"  due 2019-03\n"
	"  decision remove\n"
	"action A6 Nobody\n"
	"  lead TBC\n"
	"  due 2020-12\n"
	"action A7 Housing's own\n"
	"  lead housing – jane smith\n"
	"  due 2020-12\n";

static plan_pack *build(plan_set *set, const char *lead)
{
	plan_pack_options opt = PLAN_PACK_OPTIONS_INIT;
	plan_pack *pack;

	opt.today = plan_day_number(2019, 6, 1);
	opt.lead = lead;
	assert_int_equal(plan_pack_build(&pack, set, &opt), PLAN_OK);
	assert_non_null(pack);
	return pack;
}

static const char *id_at(const plan_pack *pack, const plan_pack_list *l, size_t k)
{
	assert_true(k < l->n);
	return pack->items[l->v[k]].action->id;
}

static void test_counts_and_lists(void **state)
{
	plan_set *set = parse(pack_plan);
	plan_pack *pack = build(set, NULL);
	const plan_pack_counts *c = &pack->total;
	const plan_pack_group *s1;
	(void)state;

	assert_int_equal(nerrors(set), 0);
	assert_int_equal(pack->nitems, 7);
	assert_int_equal(c->actions, 7);
	assert_int_equal(c->open, 5);
	assert_int_equal(c->complete, 1);
	assert_int_equal(c->removed, 1);
	assert_int_equal(c->rag[PLAN_RAG_RED], 1);
	assert_int_equal(c->rag[PLAN_RAG_GREEN], 1);
	assert_int_equal(c->rag[PLAN_RAG_AMBER], 1);
	assert_int_equal(c->rag[PLAN_RAG_NONE], 2);
	assert_int_equal(c->no_owner, 1);
	/* The quarter after April-June 2019 ends on 30 September. */
	assert_int_equal(pack->quarter_end, plan_day_number(2019, 9, 30));
	/* A1 is overdue (and red); A3 was continued, so is not. */
	assert_int_equal(pack->overdue.n, 1);
	assert_string_equal(id_at(pack, &pack->overdue, 0), "A1");
	assert_int_equal(pack->items[pack->overdue.v[0]].st.days_overdue, 62);
	assert_int_equal(pack->red.n, 1);
	assert_string_equal(id_at(pack, &pack->red, 0), "A1");
	/* Due by 30 September with nothing decided: A2 (no decision) and A3 (only
	 * the "continue into" that set the deadline), soonest first. */
	assert_int_equal(pack->due_soon.n, 2);
	assert_string_equal(id_at(pack, &pack->due_soon, 0), "A2");
	assert_string_equal(id_at(pack, &pack->due_soon, 1), "A3");
	assert_int_equal(pack->no_owner.n, 1);
	assert_string_equal(id_at(pack, &pack->no_owner, 0), "A6");
	/* A1's last update is 120 days old, more than a plan's default 92. */
	assert_int_equal(pack->stale.n, 1);
	assert_string_equal(id_at(pack, &pack->stale, 0), "A1");
	assert_int_equal(c->stale, 1);
	/* Groups: the plan, S1, O1, S2, with their own counts. */
	assert_int_equal(pack->ngroups, 4);
	s1 = plan_pack_group_of(pack, pack->items[0].action->section);
	assert_non_null(s1);
	assert_string_equal(s1->id, "S1");
	assert_int_equal(s1->counts.actions, 3);
	assert_int_equal(s1->counts.overdue, 1);
	assert_int_equal(pack->nruns, 2);
	assert_string_equal(plan_pack_status(&pack->items[0]), "overdue");
	assert_string_equal(plan_pack_status(&pack->items[3]), "complete");
	assert_string_equal(plan_pack_status(&pack->items[4]), "removed");
	plan_pack_free(pack);
	release(set);
}

static void test_who_owes_what(void **state)
{
	plan_set *set = parse(pack_plan);
	plan_pack *pack = build(set, NULL);
	(void)state;

	/* Declared organisations first, in their order, matched as whole
	 * words; then leads as written, grouped whatever their dashes, case
	 * and full stops: A7 only (A4 and A5 are closed). */
	assert_int_equal(pack->norgs, 3);
	assert_string_equal(pack->orgs[0].name, "Harrow Police");
	assert_int_equal(pack->orgs[0].open.n, 2);
	assert_string_equal(id_at(pack, &pack->orgs[0].open, 0), "A1");
	assert_string_equal(id_at(pack, &pack->orgs[0].open, 1), "A2");
	assert_string_equal(pack->orgs[1].name, "Public Health");
	assert_int_equal(pack->orgs[1].open.n, 2);
	assert_false(pack->orgs[2].declared);
	assert_string_equal(pack->orgs[2].name, "housing – jane smith");
	assert_int_equal(pack->orgs[2].open.n, 1);
	plan_pack_free(pack);
	release(set);
}

/* Each plan's organisations apart: declared first, then its leads as written, sorted. */
static void test_who_owes_what_per_plan(void **state)
{
	plan_set *set = parse(
		"plan Q First\n"
		"action B1 One\n  lead Zed Smith\n  due 2020-01\n"
		"action B2 Two\n  lead Ann Jones\n  due 2020-01\n"
		"plan R Second\n  organisation Harrow Police\n"
		"action C1 Three\n  lead Harrow Police\n  due 2020-01\n"
		"action C2 Four\n  lead Bob Brown\n  due 2020-01\n");
	plan_pack *pack = build(set, NULL);
	(void)state;

	assert_int_equal(pack->norgs, 4);
	assert_string_equal(pack->orgs[0].name, "Ann Jones");
	assert_string_equal(pack->orgs[1].name, "Zed Smith");
	assert_string_equal(pack->orgs[2].name, "Harrow Police");
	assert_true(pack->orgs[2].declared);
	assert_string_equal(pack->orgs[3].name, "Bob Brown");
	assert_string_equal(pack->orgs[3].plan->id, "R");
	plan_pack_free(pack);
	release(set);
}

static void test_lead_filter(void **state)
{
	plan_set *set = parse(pack_plan);
	plan_pack *pack = build(set, "harrow police");
	(void)state;

	assert_int_equal(pack->nitems, 2);
	assert_string_equal(pack->items[0].action->id, "A1");
	assert_string_equal(pack->items[1].action->id, "A2");
	assert_int_equal(pack->total.actions, 2);
	/* Sections without its actions are not in the summary. */
	assert_int_equal(pack->ngroups, 3);
	plan_pack_free(pack);
	release(set);
}

static void test_markdown_counts_what_the_pack_counts(void **state)
{
	plan_set *set = parse(pack_plan);
	plan_pack *pack = build(set, NULL);
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	(void)state;

	assert_non_null(f);
	assert_int_equal(plan_pack_markdown(pack, f), 0);
	fclose(f);
	assert_non_null(strstr(buf, "### Overdue, most late first (1)\n"));
	assert_non_null(strstr(buf, "| A1 | Late | Harrow Police | March 2019 | 62 |\n"));
	assert_non_null(strstr(buf, "### Due by 30 September 2019 with no decision (2)\n"));
	assert_non_null(strstr(buf, "### Completed and removed (2)\n"));
	assert_non_null(strstr(buf, "| All | 7 | 5 | 1 | 1 | 1 | 2 | 1 | 1 | 1 | 1 | 1 |\n"));
	free(buf);
	plan_pack_free(pack);
	release(set);
}

/* A renderer of the pack to a stream. */
typedef int (*renderer)(const plan_pack *pack, FILE *out);

/*
 * Each allocation of the build and of each renderer (text, Markdown,
 * HTML) failing in turn: an error, never a leak.
 */
static void test_allocation_failure(void **state)
{
	static const renderer render[] = { plan_pack_text, plan_pack_markdown, plan_pack_html };
	plan_set *set = parse(pack_plan);
	plan_pack_options opt = PLAN_PACK_OPTIONS_INIT;
	FILE *null = fopen("/dev/null", "w");
	size_t k;
	long n;
	int rc;
	(void)state;

	assert_non_null(null);
	opt.today = plan_day_number(2019, 6, 1);
	for (k = 0; k < sizeof(render) / sizeof(render[0]); k++) {
		for (n = 0;; n++) {
			plan_pack *pack = NULL;
			plan_alloc_fail_after(n);
			rc = plan_pack_build(&pack, set, &opt);
			if (rc == PLAN_OK)
				rc = render[k](pack, null) < 0 ? PLAN_ENOMEM : PLAN_OK;
			plan_alloc_fail_after(-1);
			plan_pack_free(pack);
			if (rc == PLAN_OK)
				break;
			assert_int_equal(rc, PLAN_ENOMEM);
			assert_true(n < 1000);
		}
		assert_true(n > 5);
	}
	fclose(null);
	release(set);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TEST(test_counts_and_lists),
		TEST(test_who_owes_what),
		TEST(test_who_owes_what_per_plan),
		TEST(test_lead_filter),
		TEST(test_markdown_counts_what_the_pack_counts),
		TEST(test_allocation_failure),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
