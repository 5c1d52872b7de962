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

static void set_rhythm(plan_when *w, const plan_tokrhythm *r)
{
	w->rhythm = (plan_rhythm)r->rhythm;
	w->every = (unsigned char)r->every;
	w->unit = (unsigned char)r->unit;
	w->valid = r->rhythm != 0;
}

/*
 * Whether a calendar quarter was written "Q3 2019", which a plan's
 * `quarters financial` reads as October to December 2019 (not "2019-Q3").
 */
static int q_first(const plan_parser *p, const plan_tokdate *d, plan_span at)
{
	return d->ok && d->date.prec == PLAN_PREC_QUARTER && (p->base[at.start] | 32) == 'q';
}

/* Whether a rhythm comes once a year or less often, and so can name its month. */
static int yearly(const plan_tokrhythm *r)
{
	return r->rhythm == PLAN_RHYTHM_ANNUAL ||
	       (r->rhythm == PLAN_RHYTHM_EVERY && r->unit == PLAN_UNIT_YEAR);
}

static void plan_yyerror(plan_span *loc, void *scanner, plan_parser *p, const char *msg);
}

%union {
	plan_str str;
	plan_tokdate date;
	plan_tokrhythm rhythm;
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
%token <date> YEARS "range of years"   /* the first year; the last is p->years_to */
%token <rhythm> RHYTHM "rhythm"
%token <num> MONTH "month"
%token PLACEHOLDER "placeholder"   /* TBC, TBA, TBD, N/A */
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
			/* "actual Q3 2019" in a plan of financial quarters: October to December. */
			if (q_first(p, &$2, @2) && p->b->plan && p->b->plan->quarters == PLAN_QUARTERS_FINANCIAL)
				plan_date_quarter_of_fy(&f->date);
			f->date_span = @2;
			f->at = $3.p ? @3 : @$;
			f->loc = loc_of(p, @$);
			plan_build_figure(p->b, (plan_word)$1, f, $3.len);
		}
	| JUNK NL conts
		{ plan_unknown_word(p, &$1); }
	| error NL conts
		{ yyerrok; plan_recovered(p, @2.start); }
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
			$$->flags = q_first(p, &$1, @1) ? PLAN_WHEN_Q_FROM : 0;
		}
	| DATE TO DATE
		{
			NEED($$ = new_when(p, PLAN_WHEN_RANGE, @$));
			$$->from = $1.date;
			$$->to = $3.date;
			$$->valid = $1.ok && $3.ok;
			$$->flags = (q_first(p, &$1, @1) ? PLAN_WHEN_Q_FROM : 0) |
				    (q_first(p, &$3, @3) ? PLAN_WHEN_Q_TO : 0);
			if ($1.ok && $3.ok) {
				plan_date a = $1.date, b = plan_date_last_day(&$3.date);
				if (plan_day_number(a.year, a.month, a.day) >
				    plan_day_number(b.year, b.month, b.day))
					plan_scan_error(p, @$, "a range must not end before it starts");
			}
		}
	| YEARS
		{
			NEED($$ = new_when(p, PLAN_WHEN_RANGE, @$));
			$$->from = $1.date;
			$$->to = p->years_to;
			$$->valid = $1.ok;
		}
	| RHYTHM
		{
			NEED($$ = new_when(p, PLAN_WHEN_RHYTHM, @$));
			set_rhythm($$, &$1);
		}
	| PLACEHOLDER
		{
			/* Not a date: the builder notes it on the action (plan_action's tbc). */
			NEED($$ = new_when(p, PLAN_WHEN_DATE, @$));
			$$->flags = PLAN_WHEN_TBC;
		}
	| RHYTHM IN MONTH
		{
			NEED($$ = new_when(p, PLAN_WHEN_RHYTHM, @$));
			set_rhythm($$, &$1);
			$$->month = $3;
			if (!yearly(&$1))
				plan_scan_error(p, @2, "only a yearly rhythm can name its month "
						"(\"annually in October\", \"every 3 years in November\")");
		}
	| MONTH RHYTHM
		{
			NEED($$ = new_when(p, PLAN_WHEN_RHYTHM, @$));
			set_rhythm($$, &$2);
			$$->month = $1;
			if (!yearly(&$2))
				plan_scan_error(p, @1, "only a yearly rhythm can name its month "
						"(\"November annually\", \"annually in November\")");
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

/* The token tok (value v, at loc) given to plan_parse_tokens's function. ORDER: parse.h. */
static void tell_token(plan_parser *p, int tok, const PLAN_YYSTYPE *v, const plan_span *loc)
{
	plan_token t;

	memset(&t, 0, sizeof(t));
	t.span = *loc;
	switch (tok) {
	case NL: t.kind = PLAN_TOK_NL; break;
	case BLANK: t.kind = PLAN_TOK_BLANK; break;
	case CONT: t.kind = PLAN_TOK_CONT; break;
	case TEXT: t.kind = PLAN_TOK_TEXT; break;
	case ID: t.kind = PLAN_TOK_ID; break;
	case JUNK: t.kind = PLAN_TOK_JUNK; break;
	case DATE:
		t.kind = PLAN_TOK_DATE;
		t.date = v->date.date;
		t.date_ok = v->date.ok;
		break;
	case YEARS:
		t.kind = PLAN_TOK_YEARS;
		t.date = v->date.date;
		t.to = p->years_to;
		t.date_ok = v->date.ok;
		break;
	case RHYTHM:
		t.kind = PLAN_TOK_RHYTHM;
		t.rhythm = v->rhythm.rhythm;
		t.every = v->rhythm.every;
		t.unit = v->rhythm.unit;
		break;
	case MONTH: t.kind = PLAN_TOK_MONTH; t.value = v->num; break;
	case PLACEHOLDER: t.kind = PLAN_TOK_PLACEHOLDER; break;
	case RAG: t.kind = PLAN_TOK_RAG; t.value = v->num; break;
	case VERB: t.kind = PLAN_TOK_VERB; t.value = v->num; break;
	case TO: t.kind = PLAN_TOK_TO; break;
	case IN: t.kind = PLAN_TOK_IN; break;
	case INTO: t.kind = PLAN_TOK_INTO; break;
	case BY: t.kind = PLAN_TOK_BY; break;
	case COMMA: t.kind = PLAN_TOK_COMMA; break;
	case KW_DIRECTIVE: case KW_INCLUDE: case KW_TEXT: case KW_WHEN:
	case KW_DECISION: case KW_UPDATE: case KW_FIGURE:
		t.kind = PLAN_TOK_KEYWORD;
		t.value = v->num;
		break;
	default: t.kind = PLAN_TOK_OTHER; break;
	}
	p->on_token(p->token_ctx, &t);
}

/* Lexer hook: remembers the tokens before the current one for messages. */
int plan_yylex(PLAN_YYSTYPE *lval, plan_span *lloc, void *scanner)
{
	plan_parser *p = plan_yyget_extra(scanner);
	int tok = plan_yylex_raw(lval, lloc, scanner);
	p->prev_tok = p->last_tok;
	p->last_tok = *lloc;
	if (p->on_token && tok != PLAN_YYEOF)
		tell_token(p, tok, lval, lloc);
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
	case YYSYMBOL_ID: return "an identifier such as HV1.1 or 1.2";
	case YYSYMBOL_DATE:
	case YYSYMBOL_PLACEHOLDER:      /* TBC: where a date goes, said as a date */
		return "a date such as 2019-03 or 2019/20";
	case YYSYMBOL_YEARS:    /* a `when` that starts with a year: a date, as far as a reader cares */
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

/* Where the line that holds offset from ends (its line break, or the end of the file). */
static size_t line_end(const plan_parser *p, size_t from)
{
	while (from < p->src->len && p->base[from] != '\n' && p->base[from] != '\r')
		from++;
	return from;
}

/* The source from..to without its outer blanks, clipped to max characters, into buf. */
static void source_text(const plan_parser *p, char *buf, size_t size, size_t from, size_t to,
			size_t max)
{
	while (from < to && (p->base[from] == ' ' || p->base[from] == '\t'))
		from++;
	while (to > from && (p->base[to - 1] == ' ' || p->base[to - 1] == '\t'))
		to--;
	plan_clip(buf, size, p->base + from, to - from, max);
}

/* The length of the word at s (up to a blank or the line's end). */
static size_t word_len(const char *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n] != ' ' && s[n] != '\t' && s[n] != '\n' && s[n] != '\r')
		n++;
	return n;
}

static int same_ci(const char *s, size_t n, const char *word)
{
	size_t k;

	for (k = 0; k < n; k++)
		if (!word[k] || (char)(s[k] | 32) != word[k])
			return 0;
	return word[n] == '\0';
}

/*
 * An update line in separate form could not be read: what its action is
 * (the word at offset id, when it can be an id) is told to the builder,
 * so that the action's checks know an update was written.
 */
static void unread_update(plan_parser *p, size_t id, size_t len, plan_span line)
{
	plan_span at = { id, id + len };
	char *target;
	size_t k;

	if (len == 0)
		return;
	for (k = 0; k < len; k++) {
		char c = p->base[id + k];
		if (!((c | 32) >= 'a' && (c | 32) <= 'z') && !(c >= '0' && c <= '9') &&
		    c != '.' && c != '_' && c != '-' && c != ':')
			return;
	}
	if (!(target = plan_arena_strndup(p->arena, p->base + id, len))) {
		p->oom = 1;
		return;
	}
	plan_build_unread_update(p->b, target, at, line);
}

/*
 * A line that starts with a digit and is not an update in separate form
 * ("14/07/2025 ASB2.1 green", "2025-07-14: ASB2.1 green").  Never advised
 * to be indented: that would make the update text of the one above.
 */
/*
 * When the first one to three words of the unknown line j are a date in a
 * refused form ("31/03/26", "1st Mar 26"), its right spelling: the message
 * into msg, its span into at, returning 1 (the longest such start is
 * taken: "1st Mar 26", not "1st").
 */
/*
 * Makes the fix that plan_date_advice wrote into p->fix_buf (if any) the
 * next error's, to replace span: only where the junk's text is the
 * source's bytes over span (the scanner may cut its copy).
 */
static void set_fix(plan_parser *p, const plan_junk *j, plan_span span)
{
	if (p->fix_buf[0] && span.start == j->span.start && span.end <= j->span.end &&
	    strlen(j->text) >= span.end - span.start &&
	    memcmp(p->base + span.start, j->text, span.end - span.start) == 0) {
		p->fix = p->fix_buf;
		p->fix_span = span;
	}
}

static int date_spelling(plan_parser *p, const plan_junk *j, plan_span *at, char *msg, size_t size)
{
	char advice[400], shown[128];
	size_t ends[3], n = 0, i = 0, k;

	while (n < 3 && j->text[i]) {
		while (j->text[i] && j->text[i] != ' ' && j->text[i] != '\t')
			i++;
		ends[n++] = i;
		while (j->text[i] == ' ' || j->text[i] == '\t')
			i++;
	}
	for (k = n; k-- > 0;)
		if (plan_date_advice(advice, sizeof(advice), j->text, ends[k], p->fix_buf, sizeof(p->fix_buf))) {
			at->start = j->span.start;
			at->end = j->span.start + ends[k];
			set_fix(p, j, *at);
			plan_clip(shown, sizeof(shown), j->text, ends[k], 40);
			snprintf(msg, size, "cannot read \"%s\" as a date; %s", shown, advice);
			return 1;
		}
	return 0;
}

static void date_first_advice(plan_parser *p, const plan_junk *j, size_t s, size_t e,
			      plan_span *at, char *msg, size_t size)
{
	const char *t = p->base + s;
	size_t wl = word_len(t, e - s), n = wl, rest = s + wl;
	char shown[64], after[160];
	plan_date d;
	size_t bad;
	int dd, mm, yy, used = 0;

	while (rest < e && (p->base[rest] == ' ' || p->base[rest] == '\t'))
		rest++;
	{
		plan_span line = { s, e };
		unread_update(p, rest, word_len(p->base + rest, e - rest), line);
	}
	/* What follows the date, with a blank before it. */
	after[0] = ' ';
	source_text(p, after + 1, sizeof(after) - 1, rest, e, 40);
	if (!after[1])
		after[0] = '\0';
	plan_clip(shown, sizeof(shown), t, wl, 30);
	while (n > 0 && (t[n - 1] == ':' || t[n - 1] == ',' || t[n - 1] == ';' || t[n - 1] == '.'))
		n--;
	at->start = s;
	at->end = s + wl;
	if (n < wl && n > 0 && plan_date_parse(&d, t, n, &bad) == PLAN_OK) {
		at->start = s + n;
		at->end = s + n + 1;
		snprintf(msg, size, "remove the \"%c\" after the date (\"%.*s%s\")", t[n], (int)n, t,
			 after);
		return;
	}
	if (date_spelling(p, j, at, msg, size))
		return;
	/* Day first, as in Word and spreadsheets: 14/07/2025, 14.07.2025, 14-07-2025. */
	if (wl <= 10 && sscanf(t, "%2d%*1[/.-]%2d%*1[/.-]%4d%n", &dd, &mm, &yy, &used) == 3 &&
	    (size_t)used == wl && yy >= 1000) {
		char iso[16];
		snprintf(iso, sizeof(iso), "%04d-%02d-%02d", yy % 10000, mm % 100, dd % 100);
		if (plan_date_parse(&d, iso, strlen(iso), &bad) == PLAN_OK) {
			snprintf(msg, size, "\"%s\" is not a date here: write %s (\"%s%s\")", shown, iso,
				 iso, after);
			return;
		}
	}
	snprintf(msg, size, "\"%s\" is not a date: a line that starts with a digit is an update "
		 "in its own form, \"DATE ID [red|amber|green]\", with a date such as 2019-03-31",
		 shown);
}

/*
 * Whether the word s[0..n) was meant as a date: digits and the signs
 * dates are written with ("14/07/2025", "2025-07-14:"), or an ordinal
 * ("1st").  Not "50%", nor "2" as in "2 meetings held".
 */
static int date_like(const char *s, size_t n)
{
	size_t k, digits = 0, signs = 0;

	if (n < 2 || !(s[0] >= '0' && s[0] <= '9'))
		return 0;
	for (k = 0; k < n && s[k] >= '0' && s[k] <= '9'; k++)
		digits++;
	if (k + 2 == n && (same_ci(s + k, 2, "st") || same_ci(s + k, 2, "nd") ||
			   same_ci(s + k, 2, "rd") || same_ci(s + k, 2, "th")))
		return 1;
	for (; k < n; k++) {
		if (s[k] >= '0' && s[k] <= '9')
			digits++;
		else if (strchr("/.-:,", s[k]))
			signs++;
		else
			return 0;
	}
	return signs > 0 && digits >= 2;
}

/*
 * The fix for an unknown word where a line's keyword belongs, when the
 * line is a mistake people make (SPEC.md, "Common mistakes"): into msg,
 * returning 1; else 0.
 */
static int unknown_advice(plan_parser *p, const plan_junk *j, plan_span *at, char *msg,
			  size_t size)
{
	size_t s = j->span.start, e = line_end(p, s), wl, n;
	const char *t = p->base + s;
	char value[200], fix[400];
	plan_word w;

	wl = word_len(t, e - s);
	if (date_like(t, wl)) {
		date_first_advice(p, j, s, e, at, msg, size);
		return 1;
	}
	/* The word before a colon ("RAG:green", "lead:"). */
	for (n = 0; n < wl && t[n] != ':'; n++)
		;
	/* "RAG: green", "rag green", "RAG status: Amber", "Status: complete". */
	if (same_ci(t, n, "rag") || same_ci(t, n, "rating") || same_ci(t, n, "status")) {
		size_t k = s + n;
		while (k < e && (p->base[k] == ' ' || p->base[k] == '\t' || p->base[k] == ':'))
			k++;
		if (same_ci(t, n, "rag")) {
			size_t l2 = word_len(p->base + k, e - k), n2 = l2;
			while (n2 > 0 && p->base[k + n2 - 1] == ':')
				n2--;
			if (same_ci(p->base + k, n2, "status") || same_ci(p->base + k, n2, "rating"))
				k += l2;
		}
		source_text(p, value, sizeof(value), k, e, 60);
		if (plan_build_status_advice(p->b, value, fix, sizeof(fix))) {
			snprintf(msg, size, "\"%s\" is not a field; %s", j->text, fix);
			return 1;
		}
	}
	/* "lead: Sarah Okafor" where no lead may stand (plan.l reads it where one may). */
	if (n < wl && n > 0 && (w = plan_word_lookup(t, n)) != PLAN_WORD_NONE) {
		snprintf(msg, size, "remove the colon after \"%.*s\"", (int)n, t);
		plan_build_unread(p->b, w);
		return 1;
	}
	return 0;
}

void plan_unknown_word(plan_parser *p, const plan_junk *j)
{
	char msg[600];
	size_t o, wl = 0;
	const char *kw;
	plan_span at = j->span;

	if (!j->text)           /* reported by the scanner */
		return;
	plan_scan_unhold(p->scanner);
	/* Past the limit, only counted; what the line was still counts as written. */
	if (!unknown_advice(p, j, &at, msg, sizeof(msg))) {
		while (j->text[wl] && j->text[wl] != ' ' && j->text[wl] != '\t')
			wl++;
		kw = plan_word_near(j->text, wl);
		/* A misspelt field still counts as written ("laed" is no missing lead). */
		if (kw)
			plan_build_unread(p->b, plan_word_lookup(kw, strlen(kw)));
		o = (size_t)snprintf(msg, sizeof(msg), "\"%s\" is not a directive or field", j->text);
		if (kw && o < sizeof(msg)) {
			o += (size_t)snprintf(msg + o, sizeof(msg) - o, "; did you mean \"%s\"?", kw);
			p->fix = kw;
			p->fix_span.start = at.start;
			p->fix_span.end = at.start + wl;
		}
		if (j->closed_line != (size_t)-1 && o < sizeof(msg)) {
			size_t line, col;
			plan_source_linecol(p->src, j->closed_line, &line, &col);
			snprintf(msg + o, sizeof(msg) - o, "%s to continue the text of line %zu, "
				 "indent this line more than that one", kw ? " Or," : ";", line);
		}
	}
	plan_scan_error(p, at, "%s", msg);
}

void plan_recovered(plan_parser *p, size_t end)
{
	int kw = p->err_kw;
	plan_span line = { p->err_line, end };

	p->err_kw = 0;
	if (p->err_target.end) {
		unread_update(p, p->err_target.start, p->err_target.end - p->err_target.start, line);
		p->err_target.end = 0;
		return;
	}
	if (kw <= 0 || kw >= PLAN_NWORDS)
		return;
	if (plan_words[kw].class_ == PLAN_CLASS_DIRECTIVE) {
		/* Its fields are judged in place: the directive opens, under the id as written. */
		size_t from = p->err_kw_end, wl;
		char *written;
		while (from < end && (p->base[from] == ' ' || p->base[from] == '\t'))
			from++;
		wl = word_len(p->base + from, end - from);
		if (!(written = plan_arena_strndup(p->arena, wl ? p->base + from : "?", wl ? wl : 1))) {
			p->oom = 1;
			return;
		}
		{
			plan_span id = { from, from + wl };
			plan_build_directive_unread(p->b, (plan_kind)plan_words[kw].kind, written, id, line);
		}
		return;
	}
	plan_build_unread(p->b, (plan_word)kw);
}

/*
 * The fix for a syntax error on an update line: text on the line itself
 * ("update 2019-01-10 amber On track"), or an update in separate form
 * written with its keyword in front ("Update 2019-01-10 HV1.1 green").
 */
static int update_advice(plan_parser *p, yysymbol_kind_t la, plan_span found, char *msg,
			 size_t size)
{
	size_t start = p->ind_start + p->ind_len, end = line_end(p, found.start);
	char head[200], text[200], c = p->base[found.start];

	/* A word that starts with a digit is a date that is not one, unless it is an id ("1.1"). */
	if (!(p->line_kw == PLAN_WORD_UPDATE || p->line_sep) ||
	    (la != YYSYMBOL_ID && la != YYSYMBOL_JUNK) || (la == YYSYMBOL_JUNK && c >= '0' && c <= '9'))
		return 0;
	/* In separate form, only what follows the id can be text. */
	if (p->line_sep && !(p->upd_id.end > start && found.start >= p->upd_id.end))
		return 0;
	if (!p->line_sep && la == YYSYMBOL_ID) {
		size_t d = p->kw_span.end, after = found.end, k;
		int has_digit = 0, header = 0;

		while (d < found.start && (p->base[d] == ' ' || p->base[d] == '\t'))
			d++;
		for (k = found.start; k < found.end; k++)
			has_digit |= p->base[k] >= '0' && p->base[k] <= '9';
		while (after < end && (p->base[after] == ' ' || p->base[after] == '\t'))
			after++;
		{
			size_t wl = word_len(p->base + after, end - after);
			header = after == end || same_ci(p->base + after, wl, "red") ||
				 same_ci(p->base + after, wl, "amber") || same_ci(p->base + after, wl, "green") ||
				 same_ci(p->base + after, wl, "by");
		}
		/* A file of updates: no action of its own is open. */
		int updates_file = p->b->block != PLAN_KIND_ACTION || p->b->action->loc.src != p->src;

		if (d < found.start && p->base[d] >= '0' && p->base[d] <= '9' &&
		    (updates_file || (has_digit && header))) {
			source_text(p, head, sizeof(head), d, found.start, 30);
			source_text(p, text, sizeof(text), found.start, end, 50);
			snprintf(msg, size, "%s: \"%s %s\"", updates_file ?
				 "in an updates file the date comes first" :
				 "an update that names its action is written date first", head, text);
			p->err_target = found;
			return 1;
		}
	}
	{
		/* A rating misspelt ("greeen", "Ambr"): one edit in a short word, two in a long one. */
		static const char *const rags[] = { "red", "amber", "green" };
		size_t wl = word_len(p->base + found.start, end - found.start), k;
		char w[16];

		if (wl >= 3 && wl < sizeof(w)) {
			for (k = 0; k < wl; k++) {
				char ch = p->base[found.start + k];
				w[k] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
			}
			w[wl] = '\0';
			for (k = 0; k < 3; k++)
				if (plan_edit_distance(w, rags[k], 2) <= (wl > 4 ? 2u : 1u)) {
					snprintf(msg, size, "\"%.*s\" is not a rating; did you mean \"%s\"? "
						 "A rating is red, amber or green", (int)wl,
						 p->base + found.start, rags[k]);
					p->fix = rags[k];
					p->fix_span.start = found.start;
					p->fix_span.end = found.start + wl;
					return 1;
				}
		}
	}
	source_text(p, head, sizeof(head), start, found.start, 50);
	source_text(p, text, sizeof(text), found.start, end, 40);
	snprintf(msg, size, "the update's text goes on the next line, indented: \"%.*s%s\" and below "
		 "it \"%.*s  %s\"", (int)p->ind_len, p->base + p->ind_start, head, (int)p->ind_len,
		 p->base + p->ind_start, text);
	return 1;
}

/* The fix for a word that is not a decision where one belongs ("decision closed"). */
static int decision_advice(plan_parser *p, yysymbol_kind_t la, plan_span *found, char *msg,
			   size_t size)
{
	const char *t = p->junk.text;
	size_t wl;
	plan_verb v;

	if (p->line_kw != PLAN_WORD_DECISION || la != YYSYMBOL_JUNK || (t[0] >= '0' && t[0] <= '9'))
		return 0;
	wl = word_len(t, strlen(t));
	found->end = found->start + wl;
	if ((v = plan_verb_near(t)) != 0) {
		snprintf(msg, size, "\"%.*s\" is not a decision word; did you mean \"%s\"? A decision is "
			 "continue, complete, remove or decommissioned", (int)wl, t, plan_verb_name(v));
		p->fix = plan_verb_name(v);
		p->fix_span = *found;
	}
	else
		snprintf(msg, size, "\"%.*s\" is not a decision word: a decision is continue, complete, "
			 "remove or decommissioned", (int)wl, t);
	return 1;
}

/* Whether a decision word could come next. */
static int verb_expected(const yypcontext_t *ctx)
{
	enum { MAXEXP = 12 };
	yysymbol_kind_t exp[MAXEXP];
	int n = yypcontext_expected_tokens(ctx, exp, MAXEXP), i;

	for (i = 0; i < n; i++)
		if (exp[i] == YYSYMBOL_VERB)
			return 1;
	return 0;
}

/*
 * An unknown word where a date or rhythm begins (p->junk): when the text is
 * a date written in a form the grammar refuses, or a misspelt rhythm, one
 * error that names the right spelling (plan_date_advice,
 * plan_rhythm_advice).  Returns 0 when it has no advice to give.
 */
static int when_advice(plan_parser *p, int expected)
{
	char advice[400], shown[128];
	const char *rhythm;
	size_t rlen = 0;
	const plan_junk *j = &p->junk;
	size_t len = j->text ? strlen(j->text) : 0;
	plan_word_class c = p->kw ? plan_words[p->kw].class_ : PLAN_CLASS_TEXT;
	const char *prev = p->base + p->prev_tok.start;

	if (!j->text)           /* reported by the scanner */
		return 0;

	/* After "decision" and "update", only what starts as a date does ("1st Mar 26"). */
	if (c != PLAN_CLASS_WHEN && !((c == PLAN_CLASS_DECISION || c == PLAN_CLASS_UPDATE) &&
				       j->text[0] >= '0' && j->text[0] <= '9'))
		return 0;
	/*
	 * A month or a year read as such, then the unknown word: the two
	 * together may be a date in a refused form ("March 31 2026", "Apr 25",
	 * "2019 Q3").  (No keyword starts with a digit or is a month.)
	 */
	if (c == PLAN_CLASS_WHEN && p->prev_tok.start >= p->line_start &&
	    p->prev_tok.end <= j->span.start && j->span.start - p->prev_tok.end <= 8 &&
	    ((*prev >= '0' && *prev <= '9') ||
	     plan_month_from_name(prev, p->prev_tok.end - p->prev_tok.start))) {
		/* The junk's own bytes may be cut by the scanner: its copy, j->text. */
		char both[80];
		int n = snprintf(both, sizeof(both), "%.*s%s", (int)(j->span.start - p->prev_tok.start),
				 prev, j->text);
		if (n > 0 && (size_t)n < sizeof(both) &&
		    plan_date_advice(advice, sizeof(advice), both, (size_t)n, p->fix_buf, sizeof(p->fix_buf))) {
			plan_span sp = { p->prev_tok.start, j->span.end };
			/* both is the source's bytes over sp when the junk was not cut. */
			if (p->fix_buf[0] && sp.end - sp.start == (size_t)n) {
				p->fix = p->fix_buf;
				p->fix_span = sp;
			}
			plan_clip(shown, sizeof(shown), both, (size_t)n, 40);
			plan_scan_error(p, sp, "cannot read \"%s\" as a date; %s", shown, advice);
			return 1;
		}
	}
	if (!expected)
		return 0;
	plan_clip(shown, sizeof(shown), j->text, len, 40);
	if (plan_date_advice(advice, sizeof(advice), j->text, len, p->fix_buf, sizeof(p->fix_buf))) {
		plan_span sp = { j->span.start, j->span.start + len };
		set_fix(p, j, sp);
		plan_scan_error(p, j->span, "cannot read \"%s\" as a date; %s", shown, advice);
		return 1;
	}
	if (c == PLAN_CLASS_WHEN && p->kw != PLAN_WORD_PERIOD && p->kw != PLAN_WORD_START &&
	    plan_rhythm_advice(advice, sizeof(advice), j->text, len, &rhythm, &rlen)) {
		plan_span sp = { j->span.start, j->span.start + rlen };
		if (rhythm && sp.end <= j->span.end) {
			p->fix = rhythm;
			p->fix_span = sp;
		}
		plan_scan_error(p, j->span, "cannot read \"%s\" as a date or a rhythm; %s", shown, advice);
		return 1;
	}
	return 0;
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
	int n, i, keywords_expected = 0, rhythm_expected = 0, date_expected = 0;

	plan_scan_unhold(scanner);
	/* For the recovery rule (plan_recovered). */
	p->err_kw = p->line_kw;
	p->err_kw_end = p->kw_span.end;
	p->err_line = p->ind_start + p->ind_len;
	p->err_target.end = 0;
	if (p->line_sep && p->upd_id.end > p->line_start)
		p->err_target = p->upd_id;
	if (la == YYSYMBOL_JUNK)
		span = p->junk.span;
	if ((update_advice(p, la, span, msg, sizeof(msg)) ||
	     (verb_expected(ctx) && decision_advice(p, la, &span, msg, sizeof(msg))))) {
		if (p->nerrors >= PLAN_MAX_SYNTAX_ERRORS)
			p->nerrors++;
		else
			plan_scan_error(p, span, "%s", msg);
		p->fix = NULL;
		return 0;
	}
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
		if (exp[i] == YYSYMBOL_RHYTHM)
			rhythm_expected = 1;
		if (exp[i] == YYSYMBOL_DATE)
			date_expected = 1;
	}
	if (la == YYSYMBOL_JUNK && when_advice(p, date_expected || rhythm_expected))
		return 0;
	for (i = 0; i < n; i++) {
		const char *w = expected_words(p, exp[i]);
		size_t j;
		if (exp[i] == YYSYMBOL_MONTH && rhythm_expected)
			continue;       /* "November annually": the month starts a rhythm */
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
