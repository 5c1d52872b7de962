/*
 * test_parse.c - the plan language, from bytes to model (grammar/plan.l,
 * grammar/plan.y, src/parse.c, src/build.c, linking in src/model.c).
 *
 * Every test parses a buffer with plan_set_new + plan_load_buffer(set,
 * "t.plan", ...) + plan_set_link and inspects what a user would see: the
 * model (plans, sections, objectives, actions and their fields) and the
 * diagnostics (how many, their messages, their line and column).
 *
 * Covered: every directive and field; text blocks (continuation lines,
 * paragraph breaks, trailing blank lines); comments anywhere; BOM; CRLF;
 * lone CR; tabs; mixed indentation; no final newline; empty and
 * comment-only input; binary input; invalid UTF-8; updates in separate
 * form; unknown and duplicate ids; fields in the wrong place or repeated;
 * syntax errors and their messages, recovery and limit; a 1 MB line;
 * every prefix of a valid plan.  Tests named test_bug_* pin bugs these tests found (fixed since).
 */
#include "helpers.h"

#include <jansson.h>

#include "json.h"

/* The model as canonical JSON text (malloc'ed), to compare two parses. */
static char *model_text(plan_set *set)
{
	json_t *j = plan_json_model(set, plan_day_number(2019, 6, 1), NULL);
	char *s;

	assert_non_null(j);
	s = json_dumps(j, JSON_SORT_KEYS | JSON_INDENT(1));
	json_decref(j);
	assert_non_null(s);
	return s;
}

/* ------------------------------------------------------------------ */
/* Every directive and field. */

static const char every_field[] =
	"# A plan with every directive and field.\n"
	"plan P1 Community Safety Plan\n"
	"  period 2018/19\n"
	"  board Safer Harrow\n"
	"  status closed\n"
	"  statement The plan's statement: quotes \"like this\", £5 and – dashes\n"
	"  note plan note\n"
	"\n"
	"section S1 High Volume Crime\n"
	"  statement Section statement\n"
	"  note section note\n"
	"\n"
	"objective O1 Burglary\n"
	"  statement Reduce burglaries\n"
	"  measure Burglaries are reduced\n"
	"  measure Second measure\n"
	"  baseline 2017/18 92 burglaries, from Cris\n"
	"  target 2018/19 -5%\n"
	"  milestone 2018-Q3 at most 90\n"
	"  actual 2018-12-31 86 burglaries\n"
	"  note objective note\n"
	"\n"
	"action A1\n"
	"  title Deliver the 'Be Safe' programme\n"
	"  lead Louis Smith Harrow Police\n"
	"  lead Second Lead\n"
	"  start 2015-04\n"
	"  due 2015-10-31, for programmes to begin\n"
	"  review 2019-01\n"
	"  review annually in October, slides resent\n"
	"  review 2014-11 to 2018-03\n"
	"  review quarterly\n"
	"  measure action measure\n"
	"  note action note\n"
	"  decision continue into 2019/20\n"
	"  decision 2019-05-17 remove, integrated into the VVE strategy\n"
	"  decision complete\n"
	"  decision decommissioned\n"
	"  update 2019-01-10 green by Jo Bloggs\n"
	"    Autumn Nights ran.\n"
	"\n"
	"objective O2 Second objective\n"
	"action A2.b_c-d Title on the action line\n"
	"  due ongoing\n";

static void test_every_directive_and_field(void **state)
{
	plan_set *set;
	plan_plan *p;
	plan_section *s;
	plan_objective *o, *o2;
	plan_action *a, *b;
	plan_when *w;
	plan_decision *d;
	plan_update *u;

	(void)state;
	set = parse(every_field);
	assert_errors(set, 0);
	assert_int_equal(set->diags.total, 0);
	assert_int_equal(set->plans.count, 1);

	p = set->plans.head;
	assert_string_equal(p->id, "P1");
	assert_string_equal(p->title, "Community Safety Plan");
	assert_non_null(p->period);
	assert_int_equal(p->period->kind, PLAN_WHEN_DATE);
	assert_date(&p->period->from, 2018, 4, 1, PLAN_PREC_FY);
	assert_string_equal(p->board, "Safer Harrow");
	assert_string_equal(p->status, "closed");
	assert_string_equal(p->statement,
			    "The plan's statement: quotes \"like this\", £5 and – dashes");
	assert_int_equal(p->notes.count, 1);
	assert_string_equal(p->notes.head->text, "plan note");

	assert_int_equal(p->sections.count, 1);
	s = p->sections.head;
	assert_string_equal(s->id, "S1");
	assert_string_equal(s->title, "High Volume Crime");
	assert_string_equal(s->statement, "Section statement");
	assert_ptr_equal(s->plan, p);
	assert_int_equal(s->notes.count, 1);
	assert_string_equal(s->notes.head->text, "section note");

	assert_int_equal(p->objectives.count, 2);
	o = p->objectives.head;
	o2 = o->next;
	assert_string_equal(o->id, "O1");
	assert_string_equal(o->title, "Burglary");
	assert_string_equal(o->statement, "Reduce burglaries");
	assert_ptr_equal(o->section, s);
	assert_ptr_equal(o->plan, p);
	assert_int_equal(o->measures.count, 2);
	assert_string_equal(o->measures.head->text, "Burglaries are reduced");
	assert_string_equal(o->measures.tail->text, "Second measure");
	assert_int_equal(o->measures.head->baselines.count + o->measures.head->targets.count, 0);
	assert_int_equal(o->measures.tail->baselines.count, 1);
	assert_string_equal(o->measures.tail->baselines.head->note, "from Cris");
	assert_int_equal(o->measures.tail->targets.count, 1);
	assert_true(o->measures.tail->targets.head->change);
	assert_int_equal(o->measures.tail->milestones.count, 1);
	assert_int_equal(o->measures.tail->milestones.head->bound, PLAN_BOUND_AT_MOST);
	assert_int_equal(o->measures.tail->actuals.count, 1);
	assert_date(&o->measures.tail->actuals.head->date, 2018, 12, 31, PLAN_PREC_DAY);
	assert_int_equal(o->notes.count, 1);
	assert_string_equal(o->notes.head->text, "objective note");
	assert_int_equal(o->nactions, 1);
	assert_string_equal(o2->id, "O2");
	assert_null(o2->statement);
	assert_int_equal(o2->nactions, 1);

	assert_int_equal(p->actions.count, 2);
	a = p->actions.head;
	assert_ptr_equal(a, need_action(set, "A1"));
	assert_string_equal(a->id, "A1");
	assert_string_equal(a->title, "Deliver the 'Be Safe' programme");
	assert_ptr_equal(a->plan, p);
	assert_ptr_equal(a->section, s);
	assert_ptr_equal(a->objective, o);

	assert_int_equal(a->leads.count, 2);
	assert_string_equal(a->leads.head->text, "Louis Smith Harrow Police");
	assert_string_equal(a->leads.tail->text, "Second Lead");

	assert_non_null(a->start);
	assert_int_equal(a->start->kind, PLAN_WHEN_DATE);
	assert_date(&a->start->from, 2015, 4, 1, PLAN_PREC_MONTH);
	assert_null(a->start->note);

	assert_non_null(a->due);
	assert_int_equal(a->due->kind, PLAN_WHEN_DATE);
	assert_date(&a->due->from, 2015, 10, 31, PLAN_PREC_DAY);
	assert_string_equal(a->due->note, "for programmes to begin");
	assert_string_equal(a->due->written, "2015-10-31");

	assert_int_equal(a->reviews.count, 4);
	w = NTH(a->reviews.head, 0);
	assert_int_equal(w->kind, PLAN_WHEN_DATE);
	assert_date(&w->from, 2019, 1, 1, PLAN_PREC_MONTH);
	w = NTH(a->reviews.head, 1);
	assert_int_equal(w->kind, PLAN_WHEN_RHYTHM);
	assert_int_equal(w->rhythm, PLAN_RHYTHM_ANNUAL);
	assert_int_equal(w->month, 10);
	assert_string_equal(w->note, "slides resent");
	w = NTH(a->reviews.head, 2);
	assert_int_equal(w->kind, PLAN_WHEN_RANGE);
	assert_date(&w->from, 2014, 11, 1, PLAN_PREC_MONTH);
	assert_date(&w->to, 2018, 3, 1, PLAN_PREC_MONTH);
	assert_string_equal(w->written, "2014-11 to 2018-03");
	w = NTH(a->reviews.head, 3);
	assert_int_equal(w->kind, PLAN_WHEN_RHYTHM);
	assert_int_equal(w->rhythm, PLAN_RHYTHM_QUARTERLY);
	assert_int_equal(w->month, 0);
	assert_null(w->note);

	assert_int_equal(a->measures.count, 1);
	assert_string_equal(a->measures.head->text, "action measure");
	assert_int_equal(a->notes.count, 1);
	assert_string_equal(a->notes.head->text, "action note");

	assert_int_equal(a->decisions.count, 4);
	d = NTH(a->decisions.head, 0);
	assert_int_equal(d->verb, PLAN_VERB_CONTINUE);
	assert_false(d->has_date);
	assert_true(d->has_into);
	assert_date(&d->into, 2019, 4, 1, PLAN_PREC_FY);
	assert_null(d->note);
	d = NTH(a->decisions.head, 1);
	assert_int_equal(d->verb, PLAN_VERB_REMOVE);
	assert_true(d->has_date);
	assert_date(&d->date, 2019, 5, 17, PLAN_PREC_DAY);
	assert_false(d->has_into);
	assert_string_equal(d->note, "integrated into the VVE strategy");
	d = NTH(a->decisions.head, 2);
	assert_int_equal(d->verb, PLAN_VERB_COMPLETE);
	assert_false(d->has_date);
	d = NTH(a->decisions.head, 3);
	assert_int_equal(d->verb, PLAN_VERB_DECOMMISSION);
	/* The latest decision is the action's decision. */
	assert_ptr_equal(plan_action_decision(a), d);

	assert_int_equal(a->updates.count, 1);
	u = a->updates.head;
	assert_true(u->has_date);
	assert_date(&u->date, 2019, 1, 10, PLAN_PREC_DAY);
	assert_int_equal(u->rag, PLAN_RAG_GREEN);
	assert_string_equal(u->author, "Jo Bloggs");
	assert_string_equal(u->text, "Autumn Nights ran.");
	assert_null(u->target);
	assert_ptr_equal(u->action, a);

	b = need_action(set, "A2.b_c-d");
	assert_string_equal(b->title, "Title on the action line");
	assert_ptr_equal(b->objective, o2);
	assert_ptr_equal(b->section, s);
	assert_int_equal(b->due->kind, PLAN_WHEN_RHYTHM);
	assert_int_equal(b->due->rhythm, PLAN_RHYTHM_ONGOING);
	assert_int_equal(b->leads.count, 0);
	assert_null(b->start);
	assert_int_equal(b->updates.count, 0);

	/* The index names every directive by its kind. */
	assert_int_equal(plan_set_find(set, "P1")->kind, PLAN_KIND_PLAN);
	assert_int_equal(plan_set_find(set, "S1")->kind, PLAN_KIND_SECTION);
	assert_int_equal(plan_set_find(set, "O1")->kind, PLAN_KIND_OBJECTIVE);
	assert_null(plan_set_find(set, "A3"));
	release(set);
}

/* Keywords, RAG ratings, verbs and rhythms are case-insensitive. */
static void test_keywords_any_case(void **state)
{
	plan_set *set;
	plan_action *a;

	(void)state;
	set = parse("PLAN P T\n"
		    "Action A1 Do it\n"
		    "  LEAD Someone\n"
		    "  Due Quarterly\n"
		    "  Decision CONTINUE INTO 2019/20\n"
		    "  UPDATE 2019-01 AMBER BY Me\n");
	assert_errors(set, 0);
	a = need_action(set, "A1");
	assert_string_equal(a->leads.head->text, "Someone");
	assert_int_equal(a->due->rhythm, PLAN_RHYTHM_QUARTERLY);
	assert_int_equal(a->decisions.head->verb, PLAN_VERB_CONTINUE);
	assert_true(a->decisions.head->has_into);
	assert_int_equal(a->updates.head->rag, PLAN_RAG_AMBER);
	assert_string_equal(a->updates.head->author, "Me");
	release(set);
}

/* Value errors the builder and grammar find in well-formed lines. */
static void test_field_value_errors(void **state)
{
	plan_set *set;

	(void)state;
	set = parse("plan P T\n"
		    "  status bogus\n"                          /* 2 */
		    "  period quarterly\n"                      /* 3 */
		    "action A1\n"
		    "  due 2019-03 to 2018-01\n"                /* 5 */
		    "  decision complete into 2019/20\n"        /* 6 */
		    "  review quarterly in October\n"           /* 7 */
		    "  start 2019-03\n"                         /* 8 */
		    "    indented text but no comma\n");
	assert_errors(set, 6);
	assert_int_equal(diag_line(need_diag(set, PLAN_SEV_ERROR, "unknown status \"bogus\"")), 2);
	assert_int_equal(diag_line(need_diag(set, PLAN_SEV_ERROR, "not a rhythm")), 3);
	assert_int_equal(diag_line(need_diag(set, PLAN_SEV_ERROR, "must not end before it starts")), 5);
	assert_int_equal(diag_line(need_diag(set, PLAN_SEV_ERROR, "only \"continue\" takes a period")), 6);
	assert_int_equal(diag_line(need_diag(set, PLAN_SEV_ERROR, "only a yearly rhythm")), 7);
	/* Text under a date line needs a comma; the error names the date line. */
	assert_int_equal(diag_line(need_diag(set, PLAN_SEV_ERROR, "start the note with a comma")), 8);
	release(set);
}

/* ------------------------------------------------------------------ */
/* Text blocks. */

static void test_text_blocks(void **state)
{
	plan_set *set;
	plan_plan *p;
	plan_action *a;

	(void)state;
	set = parse("plan P Title\n"
		    "  statement First line\n"
		    "    second line, its indentation dropped   \n"
		    "      third, deeper still\n"
		    "\n"
		    "    after a paragraph break\n"
		    "\n"
		    "\n"
		    "\n"
		    "    several blank lines are one break\n"
		    "\n"
		    "\n"
		    "  note a # is text here, not a comment\n"
		    "\n"
		    "\n"
		    "action A1\n"
		    "  due 2015-10, the note\n"
		    "    goes on\n"
		    "  update\n"
		    "    only\n"
		    "    text\n"
		    "\n"
		    "  lead L\n");
	assert_errors(set, 0);
	p = set->plans.head;
	assert_string_equal(p->statement,
			    "First line\n"
			    "second line, its indentation dropped\n"
			    "third, deeper still\n"
			    "\n"
			    "after a paragraph break\n"
			    "\n"
			    "several blank lines are one break");
	/* Trailing blank lines are dropped. */
	assert_string_equal(p->notes.head->text, "a # is text here, not a comment");
	a = need_action(set, "A1");
	assert_string_equal(a->due->note, "the note\ngoes on");
	assert_string_equal(a->updates.head->text, "only\ntext");
	assert_string_equal(a->leads.head->text, "L");
	release(set);
}

/*
 * Regression test for a bug this test found (since fixed in src/):
 * a blank line right after a field's first line is lost: in
 *   "  note first\n\n    second\n"
 * the note is "first\nsecond" instead of "first\n\nsecond".  (A blank
 * line after a continuation line is kept as a paragraph break.)
 */
static void test_bug_blank_after_first_line(void **state)
{
	plan_set *set;
	plan_action *a;

	(void)state;
	set = parse("plan P T\n"
		    "  statement first\n"
		    "\n"
		    "    second\n"
		    "action A1\n"
		    "  note one\n"
		    "\n"
		    "    two\n");
	assert_errors(set, 0);
	a = need_action(set, "A1");
	assert_string_equal(a->notes.head->text, "one\n\ntwo");
	assert_string_equal(set->plans.head->statement, "first\n\nsecond");
	release(set);
}

/* A line at the block's indentation or less ends it; deeper lines need not line up. */
static void test_text_block_ends(void **state)
{
	plan_set *set;
	plan_action *a;

	(void)state;
	set = parse("plan P T\n"
		    "action A1\n"
		    "  note one\n"
		    "   two\n"
		    "          three\n"
		    "  note four\n"
		    "action A2\n");
	assert_errors(set, 0);
	a = need_action(set, "A1");
	assert_int_equal(a->notes.count, 2);
	assert_string_equal(a->notes.head->text, "one\ntwo\nthree");
	assert_string_equal(a->notes.tail->text, "four");
	assert_non_null(find_action(set, "A2"));
	release(set);
}

/* A continuation line after a paragraph break must be indented deeper again. */
static void test_text_block_after_blank_needs_indent(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	set = parse("plan P T\n"
		    "action A1\n"
		    "  note one\n"
		    "\n"
		    "  two\n");
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "\"two\" is not a directive or field");
	assert_int_equal(diag_line(g), 5);
	/* The message says how to continue the text of line 3. */
	assert_non_null(strstr(g->msg, "line 3"));
	assert_string_equal(need_action(set, "A1")->notes.head->text, "one");
	release(set);
}

/* Comments anywhere, even inside a text block, which they do not break. */
static void test_comments_anywhere(void **state)
{
	plan_set *set;
	plan_action *a;

	(void)state;
	set = parse("# first line\n"
		    "   # indented comment before anything\n"
		    "plan P T\n"
		    "# between fields\n"
		    "  statement one\n"
		    "# a comment at column 1 inside the block\n"
		    "    two\n"
		    "      # a deeper comment inside the block\n"
		    "    three\n"
		    "  # a comment at the field's indentation\n"
		    "    four\n"
		    "action A1\n"
		    "  update 2019-01\n"
		    "    text\n"
		    "#\n"
		    "\n"
		    "    more\n"
		    "# last line, no newline");
	assert_errors(set, 0);
	assert_string_equal(set->plans.head->statement, "one\ntwo\nthree\nfour");
	a = need_action(set, "A1");
	assert_string_equal(a->updates.head->text, "text\n\nmore");
	release(set);
}

/* ------------------------------------------------------------------ */
/* Encodings and line ends. */

static void test_bom_ignored(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	set = parse("\xEF\xBB\xBFplan P Title\n  laed X\n");
	assert_errors(set, 1);
	assert_int_equal(set->plans.count, 1);
	assert_string_equal(set->plans.head->id, "P");
	assert_string_equal(set->plans.head->title, "Title");
	/* Positions after the BOM are still right. */
	g = need_diag(set, PLAN_SEV_ERROR, "laed");
	assert_int_equal(diag_line(g), 2);
	assert_int_equal(diag_col(g), 3);
	release(set);

	/* A BOM and nothing else: no plan, no error. */
	set = parse("\xEF\xBB\xBF");
	assert_int_equal(set->diags.total, 0);
	assert_int_equal(set->plans.count, 0);
	release(set);
}

/*
 * Regression test for a bug this test found (since fixed in src/):
 * the byte order mark counts as a column: in "\xEF\xBB\xBFplna P T\n"
 * the error on "plna" (the first character an editor shows) is reported
 * at 1:2 instead of 1:1, and the source line is echoed with the BOM's
 * bytes in front of it, so the caret is one column right of the word.
 */
static void test_bug_bom_column(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	set = parse("\xEF\xBB\xBFplna P T\n");
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "plna");
	assert_int_equal(diag_line(g), 1);
	assert_int_equal(diag_col(g), 1);
	release(set);
}

static char *to_crlf(const char *s)
{
	size_t n = strlen(s), i, o = 0;
	char *r = malloc(2 * n + 1);

	assert_non_null(r);
	for (i = 0; i < n; i++) {
		if (s[i] == '\n')
			r[o++] = '\r';
		r[o++] = s[i];
	}
	r[o] = '\0';
	return r;
}

static const char crlf_plan[] =
	"plan P T\n"
	"  statement one\n"
	"    two\n"
	"\n"
	"    three\n"
	"\n"
	"action A1 Title\n"
	"  lead Lead One\n"
	"  due 2019-03, note\n"
	"    more note\n"
	"  update 2019-01-10 green by Me\n"
	"    text\n"
	"    more text\n"
	"2019-02-01 A1 red\n"
	"  separate\n"
	"\n"
	"  text\n"
	"\n"
	"action A2\n"
	"  laed X\n";

static void test_crlf_same_as_lf(void **state)
{
	char *crlf = to_crlf(crlf_plan), *m1, *m2;
	plan_set *a, *b;

	(void)state;
	a = parse(crlf_plan);
	b = parse(crlf);
	/* The same one error, at the same line and column. */
	assert_errors(a, 1);
	assert_errors(b, 1);
	assert_int_equal(diag_line(a->diags.head), 20);
	assert_int_equal(diag_line(b->diags.head), 20);
	assert_int_equal(diag_col(b->diags.head), 3);
	assert_string_equal(a->diags.head->msg, b->diags.head->msg);
	/* The same model, with no CR in any text. */
	m1 = model_text(a);
	m2 = model_text(b);
	assert_string_equal(m1, m2);
	assert_null(strstr(m2, "\\r"));
	assert_string_equal(b->plans.head->statement, "one\ntwo\n\nthree");
	assert_string_equal(need_action(b, "A1")->updates.tail->text, "separate\n\ntext");
	free(m1);
	free(m2);
	free(crlf);
	release(a);
	release(b);
}

static void test_lone_cr_is_error(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	/* Reported once, however many lone CRs there are. */
	set = parse("plan P T\r  note x\r  note y\naction A1\n");
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "carriage return without a line feed");
	assert_int_equal(diag_line(g), 1);
	assert_int_equal(diag_col(g), 9);
	/* A lone CR still ends the line. */
	assert_int_equal(set->plans.head->notes.count, 2);
	assert_string_equal(set->plans.head->notes.tail->text, "y");
	assert_non_null(find_action(set, "A1"));
	release(set);

	set = parse("plan P T\n  note x\r");
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "carriage return");
	assert_int_equal(diag_line(g), 2);
	release(set);
}

static void test_tabs_consistently(void **state)
{
	plan_set *set;
	plan_action *a;

	(void)state;
	set = parse("plan P T\n"
		    "action A1\n"
		    "\tnote first\n"
		    "\t\tsecond\n"
		    "\t  third\n"
		    "\tlead L\n"
		    "\tupdate 2019-01\n"
		    "\t\tupdated\n");
	assert_errors(set, 0);
	a = need_action(set, "A1");
	assert_string_equal(a->notes.head->text, "first\nsecond\nthird");
	assert_string_equal(a->leads.head->text, "L");
	assert_string_equal(a->updates.head->text, "updated");
	release(set);
}

static void test_mixed_indentation(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	/* The block opens at a tab; the next line starts with spaces. */
	set = parse("plan P T\n"
		    "action A1\n"
		    "\tnote first\n"
		    "  \tsecond\n");
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "mixes tabs and spaces");
	assert_int_equal(diag_line(g), 4);
	assert_int_equal(diag_col(g), 1);
	/* It names the block's opening line. */
	assert_non_null(strstr(g->msg, "line 3"));
	release(set);

	/* Spaces then a tab at the field's own depth. */
	set = parse("plan P T\n"
		    "action A1\n"
		    "  note first\n"
		    "  lead ok\n"
		    "  note second\n"
		    "\tlead L\n");
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "mixes tabs and spaces");
	assert_int_equal(diag_line(g), 6);
	assert_non_null(strstr(g->msg, "line 5"));
	release(set);
}

static void test_no_final_newline(void **state)
{
	plan_set *set;
	plan_action *a;

	(void)state;
	set = parse("plan P T\naction A1 Title\n  lead L\n  update 2019-01\n    last text");
	assert_errors(set, 0);
	a = need_action(set, "A1");
	assert_string_equal(a->updates.head->text, "last text");
	release(set);

	set = parse("plan P T\naction A1 Last title");
	assert_errors(set, 0);
	assert_string_equal(need_action(set, "A1")->title, "Last title");
	release(set);

	set = parse("plan P T\naction A1\n  due 2019-03");
	assert_errors(set, 0);
	assert_date(&need_action(set, "A1")->due->from, 2019, 3, 1, PLAN_PREC_MONTH);
	release(set);
}

static void test_empty_and_comment_only(void **state)
{
	static const char *const inputs[] = {
		"", "\n", "\n\n   \n\t\n", "# only a comment", "# one\n  # two\n\n# three\n",
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(inputs) / sizeof(inputs[0]); i++) {
		plan_set *set = parse(inputs[i]);
		if (set->diags.total)
			dump_diags(set);
		assert_int_equal(set->diags.total, 0);
		assert_int_equal(set->plans.count, 0);
		assert_int_equal(set->nsources, 1);
		release(set);
	}
}

static void test_binary_input(void **state)
{
	static const char bin[] = "plan P T\n\0\0\x01\x02 action A1\n  laed \xff\n";
	plan_set *set;
	const plan_diag *g;

	(void)state;
	set = parse_n(bin, sizeof(bin) - 1);
	/* One error in all, and nothing parsed. */
	assert_int_equal(set->diags.total, 1);
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "binary");
	assert_int_equal(diag_line(g), 2);
	assert_int_equal(set->plans.count, 0);
	release(set);
}

/* A NUL byte past the first PLAN_BINARY_SNIFF bytes is an encoding error, not "binary". */
static void test_late_nul_byte(void **state)
{
	size_t n = PLAN_BINARY_SNIFF + 200, i;
	char *buf = malloc(n);
	plan_set *set;

	(void)state;
	assert_non_null(buf);
	memcpy(buf, "plan P T\n  note ", 16);
	for (i = 16; i < n - 1; i++)
		buf[i] = 'x';
	buf[PLAN_BINARY_SNIFF + 100] = '\0';
	buf[n - 1] = '\n';
	set = parse_n(buf, n);
	assert_errors(set, 1);
	assert_null(find_diag(set, -1, "binary"));
	need_diag(set, PLAN_SEV_ERROR, "NUL");
	assert_int_equal(set->plans.count, 1);
	assert_int_equal(strlen(set->plans.head->notes.head->text), n - 17);
	free(buf);
	release(set);
}

static void test_invalid_utf8(void **state)
{
	plan_set *set;
	const plan_diag *g;
	plan_action *a;

	(void)state;
	/* "  note café £5 " is 15 characters; the bad byte is the 16th. */
	set = parse("plan P T\n"
		    "action A1\n"
		    "  note caf\xC3\xA9 \xC2\xA3" "5 \x81 end\n"
		    "  lead L\xC3\n"
		    "  due 2019-03\n");
	assert_errors(set, 2);
	g = need_diag(set, PLAN_SEV_ERROR, "0x81");
	assert_int_equal(diag_line(g), 3);
	assert_int_equal(diag_col(g), 16);
	/* A truncated sequence at the end of a line. */
	g = need_diag(set, PLAN_SEV_ERROR, "0xC3");
	assert_int_equal(diag_line(g), 4);
	assert_int_equal(diag_col(g), 9);
	/* The model is still built, the bad bytes shown as '?'. */
	a = need_action(set, "A1");
	assert_string_equal(a->notes.head->text, "caf\xC3\xA9 \xC2\xA3" "5 ? end");
	assert_string_equal(a->leads.head->text, "L?");
	assert_non_null(a->due);
	release(set);

	/*
	 * Overlong encodings and surrogates are invalid too (with 0x81, which
	 * Windows-1252 lacks, so that each is reported).
	 */
	set = parse("plan P T\n  note \xC0\xAF \xED\xA0\x80 \xF8 \x81\n");
	assert_true(nerrors(set) >= 3);
	assert_int_equal(set->plans.count, 1);
	release(set);
}

/*
 * Bytes that are all characters of Windows-1252: one error, at the first,
 * naming the encoding and counting them; one byte that is not among them
 * (0x81) and each gets its own.
 */
static void test_windows_1252(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	set = parse("plan P T\n  note Word\x92s \x93quotes\x94 \x96 dashes\n  note caf\xE9\n");
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "invalid UTF-8 (byte 0x92, \xE2\x80\x99 in Windows-1252)");
	assert_non_null(strstr(g->msg, "pasted from Word"));
	assert_non_null(strstr(g->msg, "(5 such bytes)"));
	assert_int_equal(diag_line(g), 2);
	assert_int_equal(diag_col(g), 12);
	assert_string_equal(set->plans.head->notes.tail->text, "caf?");
	release(set);

	set = parse("plan P T\n  note caf\xE9\n");
	g = need_diag(set, PLAN_SEV_ERROR, "the file looks saved as Windows-1252 (1 such byte)");
	assert_null(strstr(g->msg, "Word"));
	release(set);

	set = parse("plan P T\n  note \x93quotes\x94 \x81\n");
	assert_errors(set, 3);
	assert_null(find_diag(set, -1, "Windows-1252"));
	release(set);
}

/*
 * The encoding check reads ASCII eight bytes at a time: a bad byte (or a
 * NUL past the binary sniff) is found at every position of the block and
 * next to its edges, and the text around it is kept.
 */
static void test_bad_byte_every_position(void **state)
{
	static const unsigned char bad[] = { 0xFF, 0x80, 0xC3, 0x00, 0x01 };
	const size_t head = PLAN_BINARY_SNIFF + 16;   /* NUL past the sniff is an error, not binary */
	size_t k, b;

	(void)state;
	for (b = 0; b < sizeof(bad); b++) {
		for (k = 0; k < 40; k++) {
			size_t n = head + 60, i;
			char *buf = malloc(n);
			plan_set *set;
			const plan_diag *g;

			assert_non_null(buf);
			memcpy(buf, "plan P T\n  note ", 16);
			for (i = 16; i < n - 1; i++)
				buf[i] = (char)('a' + i % 26);
			buf[n - 1] = '\n';
			buf[head + k] = (char)bad[b];
			set = parse_n(buf, n);
			if (bad[b] == 0x01) {
				/* A control character is valid UTF-8. */
				assert_errors(set, 0);
			} else {
				assert_errors(set, 1);
				g = need_diag(set, PLAN_SEV_ERROR, bad[b] ? "invalid UTF-8" : "NUL");
				assert_int_equal(g->span.start, head + k);
				assert_int_equal(set->plans.head->notes.head->text[head + k - 16], '?');
			}
			assert_int_equal(strlen(set->plans.head->notes.head->text), n - 17);
			free(buf);
			release(set);
		}
	}
}

/* ------------------------------------------------------------------ */
/* Updates in separate form. */

static void assert_same_update(const plan_update *x, const plan_update *y)
{
	assert_int_equal(x->has_date, y->has_date);
	if (x->has_date) {
		assert_int_equal(x->date.year, y->date.year);
		assert_int_equal(x->date.month, y->date.month);
		assert_int_equal(x->date.day, y->date.day);
		assert_int_equal(x->date.prec, y->date.prec);
	}
	assert_int_equal(x->rag, y->rag);
	if (x->author || y->author) {
		assert_non_null(x->author);
		assert_non_null(y->author);
		assert_string_equal(x->author, y->author);
	}
	assert_string_equal(x->text, y->text);
}

static void test_separate_form_same_as_inline(void **state)
{
	plan_set *a, *b;
	plan_action *x, *y;
	size_t i;

	(void)state;
	a = parse("plan P T\n"
		  "action HV1.1\n"
		  "  lead L\n"
		  "  update 2019-01-10 green by Jo Bloggs\n"
		  "    Autumn Nights ran successfully.\n"
		  "\n"
		  "    2018 – 86\n"
		  "  update 2019-02 AMBER\n"
		  "    Second.\n"
		  "  update 2019-03-01\n");
	b = parse("plan P T\n"
		  "action HV1.1\n"
		  "  lead L\n"
		  "\n"
		  "2019-01-10 HV1.1 green by Jo Bloggs\n"
		  "  Autumn Nights ran successfully.\n"
		  "\n"
		  "  2018 – 86\n"
		  "2019-02 HV1.1 AMBER\n"
		  "    Second.\n"
		  "2019-03-01 HV1.1\n");
	assert_errors(a, 0);
	assert_errors(b, 0);
	x = need_action(a, "HV1.1");
	y = need_action(b, "HV1.1");
	assert_int_equal(x->updates.count, 3);
	assert_int_equal(y->updates.count, 3);
	for (i = 0; i < 3; i++) {
		plan_update *u = NTH(x->updates.head, i), *v = NTH(y->updates.head, i);
		assert_same_update(u, v);
		assert_ptr_equal(u->action, x);
		assert_ptr_equal(v->action, y);
		assert_null(u->target);
		assert_string_equal(v->target, "HV1.1");
	}
	assert_string_equal(y->updates.head->text, "Autumn Nights ran successfully.\n\n2018 – 86");
	assert_string_equal(y->updates.head->author, "Jo Bloggs");
	assert_int_equal(y->updates.head->next->rag, PLAN_RAG_AMBER);
	assert_string_equal(y->updates.tail->text, "");
	assert_int_equal(b->loose.count, 3);
	release(a);
	release(b);
}

/* Separate-form updates are merged with the inline ones in date order. */
static void test_separate_form_date_order(void **state)
{
	plan_set *set;
	plan_action *a;
	size_t i;

	(void)state;
	set = parse("2019-05-17 A1\n"
		    "  may\n"
		    "plan P T\n"
		    "action A1\n"
		    "  update 2019-01\n"
		    "    2019-01\n"
		    "  update 2019-02-25\n"
		    "    feb\n"
		    "action A2\n"
		    "2019-01-10 A1\n"
		    "  jan 10\n"
		    "2019-02-25 A1\n"
		    "  feb again\n"
		    "\n"
		    "  # a comment\n"
		    "2018-11-01 A2 red\n"
		    "  for A2\n"
		    "action A3\n"
		    "  update\n"
		    "    a3\n"
		    "2019-01-01 A1\n");
	/* The last one has no text but still counts. */
	assert_errors(set, 0);
	a = need_action(set, "A1");
	assert_int_equal(a->updates.count, 6);
	assert_string_equal(NTH(a->updates.head, 0)->text, "2019-01");
	assert_string_equal(NTH(a->updates.head, 1)->text, "");
	assert_date(&NTH(a->updates.head, 1)->date, 2019, 1, 1, PLAN_PREC_DAY);
	assert_string_equal(NTH(a->updates.head, 2)->text, "jan 10");
	assert_string_equal(NTH(a->updates.head, 3)->text, "feb");
	assert_string_equal(NTH(a->updates.head, 4)->text, "feb again");
	assert_string_equal(NTH(a->updates.head, 5)->text, "may");
	assert_ptr_equal(a->updates.tail, NTH(a->updates.head, 5));
	for (i = 0; i < a->updates.count; i++)
		assert_ptr_equal(NTH(a->updates.head, i)->action, a);
	a = need_action(set, "A2");
	assert_int_equal(a->updates.count, 1);
	assert_string_equal(a->updates.head->text, "for A2");
	assert_int_equal(a->updates.head->rag, PLAN_RAG_RED);
	a = need_action(set, "A3");
	assert_int_equal(a->updates.count, 1);
	release(set);
}

/*
 * An action's own updates keep the order they were written in (the
 * update-order check reports when that is not date order); a
 * separate-form update goes after the last one dated on or before it.
 */
static void test_inline_updates_keep_written_order(void **state)
{
	plan_set *set;
	plan_action *a;

	(void)state;
	set = parse("plan P T\n"
		    "action A1\n"
		    "  update 2019-03\n"
		    "    march\n"
		    "  update 2019-01\n"
		    "    january\n"
		    "  update\n"
		    "    undated\n"
		    "2019-02-01 A1\n"
		    "  february\n");
	assert_errors(set, 0);
	a = need_action(set, "A1");
	assert_int_equal(a->updates.count, 4);
	assert_string_equal(NTH(a->updates.head, 0)->text, "march");
	assert_string_equal(NTH(a->updates.head, 1)->text, "january");
	assert_string_equal(NTH(a->updates.head, 2)->text, "undated");
	assert_string_equal(NTH(a->updates.head, 3)->text, "february");
	release(set);
}

static void test_separate_form_unknown_id(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	set = parse("plan P T\n"
		    "objective HV1 Burglary\n"
		    "action HV1.1\n"
		    "action XY9\n"
		    "2019-01-10 HV1.2 green\n"
		    "  text\n"
		    "2019-01-10 HV1\n"
		    "  text\n");
	assert_errors(set, 2);
	g = need_diag(set, PLAN_SEV_ERROR, "unknown action HV1.2");
	assert_int_equal(diag_line(g), 5);
	assert_int_equal(diag_col(g), 12);
	assert_non_null(strstr(g->msg, "did you mean \"HV1.1\""));
	assert_null(strstr(g->msg, "XY9"));
	/* An id that names something else than an action. */
	g = need_diag(set, PLAN_SEV_ERROR, "HV1 is an objective, not an action");
	assert_int_equal(diag_line(g), 7);
	assert_int_equal(need_action(set, "HV1.1")->updates.count, 0);
	release(set);

	/* Nothing close: no suggestion. */
	set = parse("plan P T\naction A1\n2019-01-10 ZZZZZZ\n");
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "unknown action ZZZZZZ");
	assert_null(strstr(g->msg, "did you mean"));
	release(set);
}

/* A separate-form update closes the action: fields after it are errors. */
static void test_separate_form_ends_action(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	set = parse("plan P T\n"
		    "action A1\n"
		    "2019-01-10 A1\n"
		    "  text\n"
		    "lead L\n");
	assert_errors(set, 1);
	g = need_diag(set, PLAN_SEV_ERROR, "\"lead\" belongs to an action");
	assert_int_equal(diag_line(g), 5);
	assert_int_equal(need_action(set, "A1")->leads.count, 0);
	release(set);
}

/* ------------------------------------------------------------------ */
/* Ids and the structure of a plan. */

static void test_duplicate_ids(void **state)
{
	plan_set *set;
	const plan_diag *g, *n;

	(void)state;
	set = parse("plan P T\n"
		    "objective X1 Objective\n"
		    "action A1 first\n"
		    "action A2\n"
		    "action A1 second\n"
		    "action X1\n");
	assert_errors(set, 2);
	g = need_diag(set, PLAN_SEV_ERROR, "duplicate id A1");
	assert_int_equal(diag_line(g), 5);
	assert_int_equal(diag_col(g), 8);
	assert_non_null(strstr(g->msg, "t.plan:3"));
	n = need_diag(set, PLAN_SEV_NOTE, "A1 first used here");
	assert_int_equal(diag_line(n), 3);
	assert_int_equal(diag_col(n), 8);
	g = need_diag(set, PLAN_SEV_ERROR, "duplicate id X1");
	assert_non_null(strstr(g->msg, "objective"));
	assert_int_equal(diag_line(need_diag(set, PLAN_SEV_NOTE, "X1 first used here")), 2);
	assert_int_equal(set->diags.count[PLAN_SEV_NOTE], 2);
	/* The id still names the first one. */
	assert_string_equal(need_action(set, "A1")->title, "first");
	release(set);
}

static void test_field_in_wrong_place(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	set = parse("plan P T\n"
		    "  lead Plan lead\n"                    /* 2 */
		    "section S Sec\n"
		    "  due 2019-03\n"                       /* 4 */
		    "objective O Obj\n"
		    "  lead Someone\n"                      /* 6 */
		    "action A1\n"
		    "  period 2018/19\n"                    /* 8 */
		    "  board B\n"                           /* 9 */
		    "  statement S\n"                       /* 10 */
		    "  lead ok\n");
	assert_errors(set, 6);
	g = need_diag(set, PLAN_SEV_ERROR, "\"lead\" belongs to an action, not to an objective");
	assert_int_equal(diag_line(g), 6);
	g = need_diag(set, PLAN_SEV_ERROR, "\"lead\" belongs to an action, not to a plan");
	assert_int_equal(diag_line(g), 2);
	g = need_diag(set, PLAN_SEV_ERROR, "\"due\" belongs to an action, not to a section");
	assert_int_equal(diag_line(g), 4);
	g = need_diag(set, PLAN_SEV_ERROR, "\"period\" belongs to a plan, not to an action");
	assert_int_equal(diag_line(g), 8);
	g = need_diag(set, PLAN_SEV_ERROR, "\"board\" belongs to a plan, not to an action");
	assert_int_equal(diag_line(g), 9);
	g = need_diag(set, PLAN_SEV_ERROR, "\"statement\" belongs to a plan, a section or an objective");
	assert_int_equal(diag_line(g), 10);
	/* The misplaced fields are not in the model. */
	assert_null(set->plans.head->period);
	assert_null(set->plans.head->board);
	assert_int_equal(need_action(set, "A1")->leads.count, 1);
	release(set);

	/* Before any directive. */
	set = parse("  lead Nobody\naction A1\n");
	assert_errors(set, 2);
	g = need_diag(set, PLAN_SEV_ERROR, "no directive is open here");
	assert_int_equal(diag_line(g), 1);
	g = need_diag(set, PLAN_SEV_ERROR, "action A1 is not inside a plan");
	assert_int_equal(diag_line(g), 2);
	assert_int_equal(set->plans.count, 0);
	release(set);
}

static void test_field_twice(void **state)
{
	plan_set *set;
	plan_action *a;
	const plan_diag *g;

	(void)state;
	set = parse("plan P T\n"
		    "  board B1\n"
		    "  board B2\n"                          /* 3 */
		    "action A1 Title\n"
		    "  due 2015-10\n"
		    "  due 2016-10\n"                       /* 6 */
		    "  start 2015-01\n"
		    "  start 2015-02\n"                     /* 8 */
		    "  title Another title\n"               /* 9 */
		    "  review 2015-03\n"
		    "  review 2015-04\n"
		    "  lead L1\n"
		    "  lead L2\n");
	assert_errors(set, 4);
	g = need_diag(set, PLAN_SEV_ERROR, "action A1 has a due already");
	assert_int_equal(diag_line(g), 6);
	assert_int_equal(diag_line(need_diag(set, PLAN_SEV_ERROR, "has a board already")), 3);
	assert_int_equal(diag_line(need_diag(set, PLAN_SEV_ERROR, "has a start already")), 8);
	assert_int_equal(diag_line(need_diag(set, PLAN_SEV_ERROR, "has a title already")), 9);
	/* The first one stands; repeatable fields repeat. */
	a = need_action(set, "A1");
	assert_date(&a->due->from, 2015, 10, 1, PLAN_PREC_MONTH);
	assert_date(&a->start->from, 2015, 1, 1, PLAN_PREC_MONTH);
	assert_string_equal(a->title, "Title");
	assert_string_equal(set->plans.head->board, "B1");
	assert_int_equal(a->reviews.count, 2);
	assert_int_equal(a->leads.count, 2);
	release(set);
}

/* ------------------------------------------------------------------ */
/* Syntax errors. */

static void test_every_bad_line_reported(void **state)
{
	plan_set *set;
	const plan_diag *g;
	size_t lines[3], n = 0;

	(void)state;
	set = parse("plan P T\n"
		    "action A1\n"
		    "  due soon\n"                          /* 3 */
		    "  lead L1\n"
		    "  frobnicate the widgets\n"            /* 5 */
		    "  lead L2\n"
		    "action\n"                              /* 7 */
		    "action A2\n"
		    "  lead L3\n");
	assert_errors(set, 3);
	for (g = set->diags.head; g; g = g->next)
		if (g->sev == PLAN_SEV_ERROR && n < 3)
			lines[n++] = diag_line(g);
	assert_int_equal(n, 3);
	assert_int_equal(lines[0], 3);
	assert_int_equal(lines[1], 5);
	assert_int_equal(lines[2], 7);
	/* The good lines around them are all in the model. */
	assert_int_equal(need_action(set, "A1")->leads.count, 2);
	assert_int_equal(need_action(set, "A2")->leads.count, 1);
	assert_string_equal(need_action(set, "A2")->leads.head->text, "L3");
	release(set);
}

static void test_bad_date_message(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	set = parse("plan P T\naction A1\n  due Octobr 2015\n");
	assert_errors(set, 1);
	g = set->diags.head;
	assert_string_equal(g->msg, "cannot read \"Octobr 2015\" as a date; did you mean \"October 2015\"?");
	assert_int_equal(diag_line(g), 3);
	assert_int_equal(diag_col(g), 7);
	assert_int_equal(g->span.end - g->span.start, strlen("Octobr 2015"));
	assert_null(need_action(set, "A1")->due);
	release(set);
	/* Without advice to give, what was expected and found. */
	set = parse("plan P T\naction A1\n  due 2019-03 approx\n  decision closed\n");
	assert_errors(set, 2);
	g = set->diags.head;
	assert_non_null(strstr(g->msg, "after \"2019-03\", found \"approx\""));
	need_diag(set, PLAN_SEV_ERROR, "\"closed\" is not a decision word; did you mean \"complete\"?");
	release(set);
}

static void test_unknown_keyword_suggestion(void **state)
{
	plan_set *set;
	const plan_diag *g;

	(void)state;
	set = parse("plan P T\naction A1\n  laed X\n  revew 2019-01\n  xyzzy 1\n");
	assert_errors(set, 3);
	g = need_diag(set, PLAN_SEV_ERROR, "\"laed X\" is not a directive or field");
	assert_non_null(strstr(g->msg, "did you mean \"lead\"?"));
	assert_int_equal(diag_line(g), 3);
	assert_int_equal(diag_col(g), 3);
	g = need_diag(set, PLAN_SEV_ERROR, "\"revew 2019-01\"");
	assert_non_null(strstr(g->msg, "did you mean \"review\"?"));
	g = need_diag(set, PLAN_SEV_ERROR, "\"xyzzy 1\"");
	assert_null(strstr(g->msg, "did you mean"));
	release(set);
}

static void test_syntax_error_limit(void **state)
{
	size_t nbad = PLAN_MAX_SYNTAX_ERRORS + 17, i, o = 0;
	char *buf = malloc(32 + nbad * 16);
	plan_set *set;
	const plan_diag *g;
	char want[64];

	(void)state;
	assert_non_null(buf);
	o += (size_t)sprintf(buf + o, "plan P T\naction A1\n");
	for (i = 0; i < nbad; i++)
		o += (size_t)sprintf(buf + o, "  laed X%zu\n", i);
	set = parse_n(buf, o);
	assert_errors(set, PLAN_MAX_SYNTAX_ERRORS);
	assert_int_equal(set->diags.count[PLAN_SEV_NOTE], 1);
	assert_int_equal(set->diags.total, PLAN_MAX_SYNTAX_ERRORS + 1);
	snprintf(want, sizeof(want), "%d more syntax errors", 17);
	g = need_diag(set, PLAN_SEV_NOTE, want);
	assert_ptr_equal(g, set->diags.tail);
	/* The reported ones are the first lines, in order. */
	assert_int_equal(diag_line(set->diags.head), 3);
	free(buf);
	release(set);
}

/*
 * Regression test for a bug this test found (since fixed in src/):
 * the PLAN_MAX_SYNTAX_ERRORS limit only counts grammar errors: 60
 * lines "  due 2019-02-30" (each under its own action) give 60 "syntax"
 * errors and no note, where 60 lines "  laed X" give 50 and a note.
 */
static void test_bug_syntax_error_limit_scanner_errors(void **state)
{
	size_t nbad = PLAN_MAX_SYNTAX_ERRORS + 10, i, o = 0;
	char *buf = malloc(32 + nbad * 40);
	plan_set *set;

	(void)state;
	assert_non_null(buf);
	o += (size_t)sprintf(buf + o, "plan P T\n");
	for (i = 0; i < nbad; i++)
		o += (size_t)sprintf(buf + o, "action A%zu\n  due 2019-02-30\n", i);
	set = parse_n(buf, o);
	assert_int_equal(set->diags.count[PLAN_SEV_NOTE], 1);
	assert_errors(set, PLAN_MAX_SYNTAX_ERRORS);
	free(buf);
	release(set);
}

/*
 * Regression test for a bug this test found (since fixed in src/):
 * a date that fails the calendar check is reported but still stored
 * in the model, with no precision: after "  due 2019-02-30" the action's
 * due is a date of precision 0, which planreport -f json shows as
 * {"value": "?", "precision": "?", "start": "2019-02-01", ...}.  A
 * misspelt date ("due Octobr 2015") leaves no due at all.
 */
static void test_bug_invalid_date_kept_in_model(void **state)
{
	plan_set *set;
	plan_action *a;
	const plan_when *w;

	(void)state;
	set = parse("plan P T\n"
		    "  period 2019-13\n"
		    "action A1\n"
		    "  due 2019-02-30\n"
		    "  review 2019/21\n"
		    "  start 2019-01 to 2019-02-30\n");
	assert_errors(set, 4);
	a = need_action(set, "A1");
	/* Either no date, or a whole one. */
	if (a->due)
		assert_in_range(a->due->from.prec, PLAN_PREC_DAY, PLAN_PREC_FY);
	for (w = a->reviews.head; w; w = w->next)
		assert_in_range(w->from.prec, PLAN_PREC_DAY, PLAN_PREC_FY);
	if (a->start)
		assert_in_range(a->start->to.prec, PLAN_PREC_DAY, PLAN_PREC_FY);
	if (set->plans.head->period)
		assert_in_range(set->plans.head->period->from.prec, PLAN_PREC_DAY, PLAN_PREC_FY);
	release(set);
}

/* One mistake, one message (SPEC.md section 12): what a bad line was still counts. */
static void test_bad_lines_still_count(void **state)
{
	plan_set *set;
	plan_action *a, *b;
	const unsigned long long all = PLAN_UNREAD(PLAN_WORD_DUE) | PLAN_UNREAD(PLAN_WORD_REVIEW) |
		PLAN_UNREAD(PLAN_WORD_LEAD) | PLAN_UNREAD(PLAN_WORD_DECISION) |
		PLAN_UNREAD(PLAN_WORD_UPDATE);

	(void)state;
	set = parse("plan P T\n"
		    "action A1\n"
		    "  due Octobr 2015\n"
		    "  review 2019-02-30\n"
		    "  laed Louis Smith\n"
		    "  decision 2019-05-17 finish\n"
		    "  note fine\n"
		    "action A2\n"
		    "  update 2019-01-10 amber On track\n"
		    "action A3\n"
		    "  lead: Sarah Okafor\n"
		    "  status complete\n"
		    "action -A4 Bad id\n"
		    "  lead L\n"
		    "  due 2019-03\n"
		    "2019-01-10: A3 green\n"
		    "2019-01-11 A9 green On track\n");
	/* due, review, laed, decision, update, colon, status, id, two separate lines */
	assert_errors(set, 10);
	assert_null(find_diag(set, -1, "belongs to"));
	assert_null(find_diag(set, -1, "unknown action"));
	a = need_action(set, "A1");
	assert_int_equal(a->unread, PLAN_UNREAD(PLAN_WORD_DUE) | PLAN_UNREAD(PLAN_WORD_REVIEW) |
			 PLAN_UNREAD(PLAN_WORD_LEAD) | PLAN_UNREAD(PLAN_WORD_DECISION));
	assert_null(a->due);
	assert_int_equal(a->notes.count, 1);
	assert_int_equal(need_action(set, "A2")->unread, PLAN_UNREAD(PLAN_WORD_UPDATE));
	assert_int_equal(need_action(set, "A2")->updates.count, 0);
	/* "lead:" is read as a lead; "status complete" counts as a decision, and the
	 * separate-form line with the colon as an update of A3. */
	a = need_action(set, "A3");
	assert_int_equal(a->leads.count, 1);
	assert_string_equal(a->leads.head->text, "Sarah Okafor");
	assert_int_equal(a->unread, PLAN_UNREAD(PLAN_WORD_DECISION) | PLAN_UNREAD(PLAN_WORD_UPDATE));
	assert_int_equal(a->unread & ~all, 0);
	/* The bad id opens its action, which is not registered. */
	b = set->plans.head->actions.tail;
	assert_string_equal(b->id, "-A4");
	assert_int_equal(b->leads.count, 1);
	assert_non_null(b->due);
	assert_null(plan_set_find(set, "-A4"));
	assert_int_equal(set->plans.head->actions.count, 4);
	release(set);

	/* Outside a plan a bad directive stays closed, with no second message. */
	set = parse("action\n");
	assert_errors(set, 1);
	assert_null(find_diag(set, -1, "not inside a plan"));
	release(set);
	/* A plan's status with a colon is read, and "closed" is not a decision there. */
	set = parse("plan P T\nstatus: closed\n");
	assert_errors(set, 1);
	assert_non_null(find_diag(set, PLAN_SEV_ERROR, "remove the colon after \"status\""));
	assert_string_equal(set->plans.head->status, "closed");
	release(set);
	set = parse("plan P T\nStatus: archived\n");
	assert_errors(set, 1);
	assert_string_equal(set->plans.head->status, "archived");
	release(set);
	/* A rating, wherever it stands: one message. */
	set = parse("plan P T\nStatus: Amber\n");
	assert_errors(set, 1);
	assert_non_null(find_diag(set, PLAN_SEV_ERROR, "a rating goes on the update line"));
	release(set);
}

static void test_one_megabyte_line(void **state)
{
	size_t big = 1024 * 1024, n;
	const char *head = "plan P T\naction A1\n  note ";
	char *buf = malloc(strlen(head) + big + 16);
	plan_set *set;
	const char *t;
	size_t i;

	(void)state;
	assert_non_null(buf);
	n = strlen(head);
	memcpy(buf, head, n);
	for (i = 0; i < big; i++)
		buf[n + i] = (char)('a' + i % 26);
	n += big;
	memcpy(buf + n, "\n  lead L\n", 10);
	n += 10;
	set = parse_n(buf, n);
	assert_errors(set, 0);
	t = need_action(set, "A1")->notes.head->text;
	assert_int_equal(strlen(t), big);
	assert_memory_equal(t, buf + strlen(head), big);
	assert_string_equal(need_action(set, "A1")->leads.head->text, "L");
	free(buf);
	release(set);
}

/*
 * Every prefix of a valid plan parses without crashing (each in a buffer
 * of exactly its length, so that ASan sees any read past the end); a
 * prefix that ends at a line break gives no error, and the same prefix
 * without its last line break gives the same model.
 */
static void test_every_prefix(void **state)
{
	const char *full = every_field;
	size_t len = strlen(full), k;
	char *prev_model = NULL;

	(void)state;
	for (k = 0; k <= len; k++) {
		char *copy = malloc(k ? k : 1);
		plan_set *set;

		assert_non_null(copy);
		memcpy(copy, full, k);
		set = parse_n(copy, k);
		free(copy);
		if (k == len || (k > 0 && full[k - 1] == '\n')) {
			char *m = model_text(set);
			assert_errors(set, 0);
			if (k > 0 && full[k - 1] == '\n') {
				/* prev_model is the prefix of length k - 1. */
				assert_non_null(prev_model);
				assert_string_equal(prev_model, m);
			}
			free(m);
		}
		free(prev_model);
		prev_model = NULL;
		if (k < len && full[k] == '\n')
			prev_model = model_text(set);
		release(set);
	}
	free(prev_model);
}

/*
 * Random plans made of plausible and broken lines, some bytes flipped:
 * none may crash (or, under ASan, touch memory it should not), every
 * diagnostic must point inside its source, and the model must export.
 * The generator is seeded, so a failure repeats.
 */
static size_t next_rand(unsigned long *seed)
{
	*seed = *seed * 6364136223846793005UL + 1442695040888963407UL;
	return (size_t)(*seed >> 33);
}

static void test_random_plans(void **state)
{
	static const char *const lines[] = {
		"plan P1 Title", "plan P2", "section S1 Sec", "objective O1 Obj", "action A1 Do",
		"action A2", "action A1.b-c_d Title", "include nothere.plan", "  title T",
		"  statement S", "    continued", "      deeper", "", "   ", "\t", "# comment",
		"  # comment", "  measure M", "  note N, with a comma", "  period 2018/19",
		"  board B", "  status closed", "  status bogus", "  lead L", "  due 2015-10",
		"  due 2015-10, note", "  due 2014-11 to 2018-03", "  due annually in October",
		"  due Octobr 2015", "  due 2019-02-30", "  review quarterly", "  review 0 March 2019",
		"  start Q3 2019", "  decision continue into 2019/20", "  decision complete",
		"  decision 2019-05-17 remove, note", "  decision complete into 2019/20",
		"  update", "  update 2019-01-10 green by Jo", "  update red", "  update by",
		"2019-01-10 A1 green", "2019-01-10 A9", "2019-01 A2 by Someone", "2019 O1",
		"  laed X", "laed", "action", "  due", "  decision", "\tnote tab", "  \tnote mixed",
		"\xEF\xBB\xBFplan P3 BOM", "  note caf\xC3\xA9 \xE2\x80\x93 \xC2\xA3", "  note \xFF\xFE",
		"  note \xE2\x82", ",,,", "2", "  due 2019-13 to 2019-Q5", "  due weekly in May",
	};
	static const char *const ends[] = { "\n", "\n", "\n", "\r\n", "\r", "" };
	const size_t nlines = sizeof(lines) / sizeof(lines[0]);
	unsigned long seed = 12345;
	char buf[4096];
	int round;

	(void)state;
#define RAND() next_rand(&seed)
	for (round = 0; round < 3000; round++) {
		size_t o = 0, n = 1 + RAND() % 30, k;
		plan_set *set;
		const plan_diag *g;
		char *m;
		FILE *f;

		for (k = 0; k < n; k++) {
			const char *l = lines[RAND() % nlines];
			const char *e = ends[RAND() % (round % 7 == 0 ? 6 : 3)];
			if (o + strlen(l) + strlen(e) >= sizeof(buf))
				break;
			memcpy(buf + o, l, strlen(l));
			o += strlen(l);
			memcpy(buf + o, e, strlen(e));
			o += strlen(e);
		}
		/* Now and then flip a few bytes. */
		if (round % 3 == 0 && o > 0)
			for (k = 0; k < 3; k++) {
				size_t at = RAND() % o;
				buf[at] = (char)(RAND() & 0xFF);
			}
		set = parse_n(buf, o);
		for (g = set->diags.head; g; g = g->next) {
			assert_non_null(g->msg);
			assert_true(g->msg[0] != '\0');
			if (g->src) {
				size_t line, col;
				assert_true(g->span.start <= g->span.end);
				assert_true(g->span.end <= g->src->len);
				plan_source_linecol((plan_source *)g->src, g->span.start, &line, &col);
				assert_true(line >= 1 && col >= 1);
			}
		}
		f = tmpfile();
		assert_non_null(f);
		assert_int_equal(plan_diags_write_text(&set->diags, f, "plancheck"), 0);
		fclose(f);
		m = model_text(set);
		free(m);
		release(set);
	}
#undef RAND
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TEST(test_every_directive_and_field),
		TEST(test_keywords_any_case),
		TEST(test_field_value_errors),
		TEST(test_text_blocks),
		TEST(test_bug_blank_after_first_line),
		TEST(test_text_block_ends),
		TEST(test_text_block_after_blank_needs_indent),
		TEST(test_comments_anywhere),
		TEST(test_bom_ignored),
		TEST(test_bug_bom_column),
		TEST(test_crlf_same_as_lf),
		TEST(test_lone_cr_is_error),
		TEST(test_tabs_consistently),
		TEST(test_mixed_indentation),
		TEST(test_no_final_newline),
		TEST(test_empty_and_comment_only),
		TEST(test_binary_input),
		TEST(test_late_nul_byte),
		TEST(test_invalid_utf8),
		TEST(test_windows_1252),
		TEST(test_bad_byte_every_position),
		TEST(test_separate_form_same_as_inline),
		TEST(test_separate_form_date_order),
		TEST(test_inline_updates_keep_written_order),
		TEST(test_separate_form_unknown_id),
		TEST(test_separate_form_ends_action),
		TEST(test_duplicate_ids),
		TEST(test_field_in_wrong_place),
		TEST(test_field_twice),
		TEST(test_every_bad_line_reported),
		TEST(test_bad_date_message),
		TEST(test_unknown_keyword_suggestion),
		TEST(test_syntax_error_limit),
		TEST(test_bug_syntax_error_limit_scanner_errors),
		TEST(test_bug_invalid_date_kept_in_model),
		TEST(test_bad_lines_still_count),
		TEST(test_one_megabyte_line),
		TEST(test_every_prefix),
		TEST(test_random_plans),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
