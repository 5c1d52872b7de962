/*
 * plan.y - the grammar of the plan language.
 *
 * A file is a sequence of lines; the scanner has already decided, from
 * indentation, which lines continue a text block (CONT, BLANK).  The
 * grammar checks the shape of each line and hands it to the builder
 * (src/build.c), which knows where each field may appear.  Errors recover
 * at the end of the line, so one run reports every bad line of a file.
 *
 * Keep SPEC.md's grammar in step with this file.
 */
%require "3.8"
%define api.pure full
%define api.prefix {plan_yy}
%define api.location.type {plan_span}
%define parse.error custom
%define parse.lac full
%locations
%expect 0
%param {void *scanner}
%parse-param {plan_parser *p}

%code requires {
#include "parse_int.h"
}

%code provides {
int plan_yylex(PLAN_YYSTYPE *lval, plan_span *lloc, void *scanner);
int plan_yylex_raw(PLAN_YYSTYPE *lval, plan_span *lloc, void *scanner);
plan_parser *plan_yyget_extra(void *scanner);
}

%code {
#include <stdarg.h>
#include <string.h>

#include "alloc.h"
#include "words.h"

/* Bison's stack, when it grows past its first 200 entries. */
#define YYMALLOC plan_malloc
#define YYFREE plan_free


#define YYLLOC_DEFAULT(cur, rhs, n) do {                        \
		if (n) {                                        \
			(cur).start = YYRHSLOC(rhs, 1).start;   \
			(cur).end = YYRHSLOC(rhs, n).end;       \
		} else {                                        \
			(cur).start = (cur).end = YYRHSLOC(rhs, 0).end; \
		}                                               \
	} while (0)

#define NEED(x) do { if (!(x)) { p->oom = 1; YYNOMEM; } } while (0)

static char *str_dup(plan_parser *p, plan_str s)
{
	return plan_arena_strndup(p->arena, s.p, s.len);
}

static plan_loc loc_of(plan_parser *p, plan_span s)
{
	plan_loc l;
	l.src = p->src;
	l.span = s;
	return l;
}

static plan_when *new_when(plan_parser *p, plan_when_kind kind, plan_span at)
{
	plan_when *w = plan_arena_zalloc(p->arena, sizeof(*w));
	if (w) {
		w->kind = kind;
		w->loc = loc_of(p, at);
		w->written = plan_arena_strndup(p->arena, p->base + at.start, at.end - at.start);
		if (!w->written)
			w = NULL;
	}
	return w;
}

static void plan_yyerror(plan_span *loc, void *scanner, plan_parser *p, const char *msg);
}

%union {
	plan_str str;
	plan_tokdate date;
	int num;
	plan_when *when;
	plan_decision *dec;
	plan_update *upd;
	plan_textbuf tb;
	plan_junk junk;
}

/* The aliases are how error messages name what was expected. */
%token NL         "end of line"
%token BLANK      "blank line"
%token <str> CONT "continuation text"
%token <str> TEXT "text"
%token <str> ID   "identifier"
%token <junk> JUNK "unknown word"
%token <date> DATE "date"
%token <num> RHYTHM "rhythm"
%token <num> MONTH "month"
%token <num> RAG  "RAG rating"
%token <num> VERB "decision word"
%token TO "to" IN "in" INTO "into" BY "by" COMMA ","
/* A line's keyword, one token per class of words.h; the value is the word. */
%token <num> KW_DIRECTIVE "directive" KW_INCLUDE "include" KW_TEXT "field"
%token <num> KW_WHEN "date field" KW_DECISION "decision" KW_UPDATE "update"
%token <num> KW_FIGURE "figure"

%type <num> rag_opt
%type <str> title_opt note_opt by_opt
%type <when> when
%type <dec> decision
%type <upd> upd_head
%type <tb> conts
%type <date> date_opt

%%

file
	: %empty
	| file line
	;

line
	: KW_DIRECTIVE ID title_opt NL
		{
			char *id = str_dup(p, $2), *title = $3.p ? str_dup(p, $3) : NULL;
			NEED(id && (title || !$3.p));
			plan_build_directive(p->b, (plan_kind)plan_words[$1].kind, id, @2, title, @$);
		}
	| KW_INCLUDE TEXT NL
		{
			char *path = str_dup(p, $2);
			NEED(path);
			plan_build_include(p->b, path, @$);
		}
	| KW_TEXT TEXT NL conts
		{
			char *text = plan_text_join(p, $2, &$4);
			NEED(text);
			plan_build_text(p->b, (plan_word)$1, text, @$);
		}
	| KW_WHEN when note_opt NL conts
		{
			if ($3.p) {
				$2->note = plan_text_join(p, $3, &$5);
				NEED($2->note);
			}
			plan_build_when(p->b, (plan_word)$1, $2, !$3.p && $5.len > 0);
		}
	| KW_DECISION decision note_opt NL conts
		{
			if ($3.p) {
				$2->note = plan_text_join(p, $3, &$5);
				NEED($2->note);
			}
			$2->loc = loc_of(p, @$);
			plan_build_decision(p->b, $2);
		}
	| KW_UPDATE upd_head NL conts
		{
			plan_str none = { "", 0 };
			$2->text = plan_text_join(p, none, &$4);
			NEED($2->text);
			$2->loc = loc_of(p, @$);
			plan_build_update(p->b, $2);
		}
	| DATE ID rag_opt by_opt NL conts
		{
			plan_update *u = plan_arena_zalloc(p->arena, sizeof(*u));
			plan_str none = { "", 0 };
			NEED(u);
			u->has_date = $1.ok;
			u->date = $1.date;
			u->rag = (plan_rag)$3;
			u->author = $4.p ? str_dup(p, $4) : NULL;
			u->target = str_dup(p, $2);
			u->target_loc = loc_of(p, @2);
			u->text = plan_text_join(p, none, &$6);
			NEED(u->target && u->text && (u->author || !$4.p));
			u->loc = loc_of(p, @$);
			plan_build_update(p->b, u);
		}
	| KW_FIGURE date_opt title_opt NL conts
		{
			/* measure.c reads the value; the builder finds its measure. */
			plan_figure *f = plan_arena_zalloc(p->arena, sizeof(*f));
			plan_str none = { "", 0 };
			NEED(f);
			NEED(f->text = plan_text_join(p, $3.p ? $3 : none, &$5));
			f->has_date = $2.ok;
			f->date = $2.date;
			f->date_span = @2;
			f->at = $3.p ? @3 : @$;
			f->loc = loc_of(p, @$);
			plan_build_figure(p->b, (plan_word)$1, f, $3.len);
		}
	| JUNK NL conts
		{ plan_unknown_word(p, &$1); }
	| error NL conts
		{ yyerrok; }
	;

title_opt
	: %empty        { $$.p = NULL; $$.len = 0; }
	| TEXT          { $$ = $1; }
	;

when
	: DATE
		{
			NEED($$ = new_when(p, PLAN_WHEN_DATE, @$));
			$$->from = $1.date;
			$$->valid = $1.ok;
		}
	| DATE TO DATE
		{
			NEED($$ = new_when(p, PLAN_WHEN_RANGE, @$));
			$$->from = $1.date;
			$$->to = $3.date;
			$$->valid = $1.ok && $3.ok;
			if ($1.ok && $3.ok) {
				plan_date a = $1.date, b = plan_date_last_day(&$3.date);
				if (plan_day_number(a.year, a.month, a.day) >
				    plan_day_number(b.year, b.month, b.day))
					plan_scan_error(p, @$, "a range must not end before it starts");
			}
		}
	| RHYTHM
		{
			NEED($$ = new_when(p, PLAN_WHEN_RHYTHM, @$));
			$$->rhythm = (plan_rhythm)$1;
			$$->valid = 1;
		}
	| RHYTHM IN MONTH
		{
			NEED($$ = new_when(p, PLAN_WHEN_RHYTHM, @$));
			$$->rhythm = (plan_rhythm)$1;
			$$->month = $3;
			$$->valid = 1;
			if ($1 != PLAN_RHYTHM_ANNUAL)
				plan_scan_error(p, @2, "only an annual rhythm can name its month (\"annually in October\")");
		}
	;

note_opt
	: %empty        { $$.p = NULL; $$.len = 0; }
	| COMMA TEXT    { $$ = $2; }
	;

decision
	: date_opt VERB
		{
			NEED($$ = plan_arena_zalloc(p->arena, sizeof(*$$)));
			$$->has_date = $1.ok;
			$$->date = $1.date;
			$$->verb = (plan_verb)$2;
		}
	| date_opt VERB INTO DATE
		{
			NEED($$ = plan_arena_zalloc(p->arena, sizeof(*$$)));
			$$->has_date = $1.ok;
			$$->date = $1.date;
			$$->verb = (plan_verb)$2;
			$$->has_into = $4.ok;
			$$->into = $4.date;
			if ($2 != PLAN_VERB_CONTINUE)
				plan_scan_error(p, @3, "only \"continue\" takes a period (\"continue into 2019/20\")");
		}
	| date_opt VERB DATE
		{
			NEED($$ = plan_arena_zalloc(p->arena, sizeof(*$$)));
			$$->has_date = $1.ok;
			$$->date = $1.date;
			$$->verb = (plan_verb)$2;
			$$->has_into = $3.ok;
			$$->into = $3.date;
			if ($2 != PLAN_VERB_CONTINUE)
				plan_scan_error(p, @3, "only \"continue\" takes a period (\"continue into 2019/20\")");
		}
	;

date_opt
	: %empty        { memset(&$$, 0, sizeof($$)); }
	| DATE          { $$ = $1; }
	;

upd_head
	: date_opt rag_opt by_opt
		{
			NEED($$ = plan_arena_zalloc(p->arena, sizeof(*$$)));
			$$->has_date = $1.ok;
			$$->date = $1.date;
			$$->rag = (plan_rag)$2;
			if ($3.p)
				NEED($$->author = str_dup(p, $3));
		}
	;

rag_opt
	: %empty        { $$ = PLAN_RAG_NONE; }
	| RAG           { $$ = $1; }
	;

by_opt
	: %empty        { $$.p = NULL; $$.len = 0; }
	| BY TEXT       { $$ = $2; }
	;

conts
	: %empty        { memset(&$$, 0, sizeof($$)); }
	| conts CONT NL
		{
			$$ = $1;
			NEED(plan_textbuf_add(p, &$$, $2.p, $2.len) == 0);
		}
	| conts BLANK   { $$ = $1; $$.blank = 1; }
	;

%%

/* Lexer hook: remembers the tokens before the current one for messages. */
int plan_yylex(PLAN_YYSTYPE *lval, plan_span *lloc, void *scanner)
{
	plan_parser *p = plan_yyget_extra(scanner);
	int tok = plan_yylex_raw(lval, lloc, scanner);
	p->prev_tok = p->last_tok;
	p->last_tok = *lloc;
	return tok;
}

static void plan_yyerror(plan_span *loc, void *scanner, plan_parser *p, const char *msg)
{
	(void)scanner;
	plan_scan_error(p, *loc, "%s", msg);
}

/* What the user would call a token that was expected. */
static const char *expected_words(plan_parser *p, yysymbol_kind_t k)
{
	switch (k) {
	case YYSYMBOL_NL: return "the end of the line";
	case YYSYMBOL_CONT: return "indented text";
	case YYSYMBOL_TEXT:
		return plan_words[p->kw].expected ? plan_words[p->kw].expected : "text";
	case YYSYMBOL_ID: return "an identifier such as HV1.1";
	case YYSYMBOL_DATE: return "a date such as 2019-03 or 2019/20";
	case YYSYMBOL_RHYTHM: return "a rhythm such as quarterly";
	case YYSYMBOL_MONTH: return "a month such as October";
	case YYSYMBOL_RAG: return "a RAG rating (red, amber or green)";
	case YYSYMBOL_VERB: return "continue, complete, remove or decommissioned";
	case YYSYMBOL_TO: return "\"to\"";
	case YYSYMBOL_IN: return "\"in\"";
	case YYSYMBOL_INTO: return "\"into\"";
	case YYSYMBOL_BY: return "\"by\" and the author";
	case YYSYMBOL_COMMA: return "a comma and a note";
	default: return NULL;
	}
}

void plan_unknown_word(plan_parser *p, const plan_junk *j)
{
	char msg[600];
	size_t o, wl = 0;
	const char *kw;

	if (!j->text)           /* reported by the scanner */
		return;
	if (p->nerrors >= PLAN_MAX_SYNTAX_ERRORS) {
		p->nerrors++;
		return;
	}
	while (j->text[wl] && j->text[wl] != ' ' && j->text[wl] != '\t')
		wl++;
	kw = plan_word_near(j->text, wl);
	o = (size_t)snprintf(msg, sizeof(msg), "\"%s\" is not a directive or field", j->text);
	if (kw && o < sizeof(msg))
		o += (size_t)snprintf(msg + o, sizeof(msg) - o, "; did you mean \"%s\"?", kw);
	if (j->closed_line != (size_t)-1 && o < sizeof(msg)) {
		size_t line, col;
		plan_source_linecol(p->src, j->closed_line, &line, &col);
		snprintf(msg + o, sizeof(msg) - o, "%s to continue the text of line %zu, "
			 "indent this line more than that one", kw ? " Or," : ";", line);
	}
	plan_scan_error(p, j->span, "%s", msg);
}

static int yyreport_syntax_error(const yypcontext_t *ctx, void *scanner, plan_parser *p)
{
	enum { MAXEXP = 12 };
	yysymbol_kind_t exp[MAXEXP], la = yypcontext_token(ctx);
	const plan_span *at = yypcontext_location(ctx);
	plan_span span = *at;
	char found[200], after[80], msg[600];
	const char *seen[MAXEXP];
	size_t nseen = 0, o = 0;
	int n, i, keywords_expected = 0;

	(void)scanner;
	if (p->nerrors >= PLAN_MAX_SYNTAX_ERRORS) {
		p->nerrors++;
		return 0;
	}

	/* What was found: an unknown word is shown up to a comma or the line end. */
	if (la == YYSYMBOL_YYEOF) {
		snprintf(found, sizeof(found), "the end of the file");
	} else if (la == YYSYMBOL_NL) {
		snprintf(found, sizeof(found), "the end of the line");
	} else if (la == YYSYMBOL_JUNK) {
		snprintf(found, sizeof(found), "\"%s\"", p->junk.text);
		span = p->junk.span;
	} else {
		char t[128];
		plan_clip(t, sizeof(t), p->base + at->start, at->end - at->start, 40);
		snprintf(found, sizeof(found), "\"%s\"", t);
	}

	n = yypcontext_expected_tokens(ctx, exp, MAXEXP);
	if (n < 0)
		n = MAXEXP;
	for (i = 0; i < n; i++) {
		const char *w = expected_words(p, exp[i]);
		size_t j;
		if (!w) {
			keywords_expected = 1;
			continue;
		}
		for (j = 0; j < nseen && strcmp(seen[j], w); j++)
			;
		if (j == nseen)
			seen[nseen++] = w;
	}
	o = (size_t)snprintf(msg, sizeof(msg), "expected ");
	if (keywords_expected && nseen == 0)
		o += (size_t)snprintf(msg + o, sizeof(msg) - o, "a directive or a field");
	for (i = 0; i < (int)nseen && o < sizeof(msg); i++)
		o += (size_t)snprintf(msg + o, sizeof(msg) - o, "%s%s",
				      i == 0 ? "" : i + 1 == (int)nseen ? ", or " : ", ", seen[i]);
	after[0] = '\0';
	if (p->prev_tok.end > p->line_start && p->prev_tok.end <= at->start &&
	    p->prev_tok.start >= p->line_start) {
		char t[64];
		plan_clip(t, sizeof(t), p->base + p->prev_tok.start,
		     p->prev_tok.end - p->prev_tok.start, 30);
		snprintf(after, sizeof(after), " after \"%s\"", t);
	}
	if (o < sizeof(msg))
		snprintf(msg + o, sizeof(msg) - o, "%s, found %s", after, found);
	plan_scan_error(p, span, "%s", msg);
	return 0;
}
