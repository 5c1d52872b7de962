/*
 * build.c - what each line means: the builder behind the grammar.
 *
 * Fields belong to the innermost directive above them (b->block).  The
 * table of words (words.h) says which directives each field may appear in
 * and whether it may repeat there; this file says what its value becomes.
 */
#include "build.h"
#include "measure.h"

#include <stdarg.h>
#include <strings.h>
#include <stdio.h>
#include <string.h>

/* The PLAN_IN_* bit of a directive kind. */
#define KIND_BIT(k) (1u << (k))
_Static_assert(KIND_BIT(PLAN_KIND_PLAN) == PLAN_IN_PLAN && KIND_BIT(PLAN_KIND_SECTION) == PLAN_IN_SECTION &&
	       KIND_BIT(PLAN_KIND_OBJECTIVE) == PLAN_IN_OBJECTIVE && KIND_BIT(PLAN_KIND_ACTION) == PLAN_IN_ACTION,
	       "PLAN_IN_* follow plan_kind");

static plan_loc at(plan_builder *b, plan_span s)
{
	plan_loc l;
	l.src = b->src;
	l.span = s;
	return l;
}

__attribute__((format(printf, 3, 4)))
static void error(plan_builder *b, plan_span s, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	plan_diag_add(&b->set->diags, PLAN_SEV_ERROR, "structure", b->src, s, "%s", msg);
}

/* The id of the innermost open directive, for messages. */
static const char *block_id(const plan_builder *b)
{
	switch (b->block) {
	case PLAN_KIND_PLAN: return b->plan->id;
	case PLAN_KIND_SECTION: return b->section->id;
	case PLAN_KIND_OBJECTIVE: return b->objective->id;
	case PLAN_KIND_ACTION: return b->action->id;
	}
	return "";
}

static const char *where_words(unsigned where)
{
	if (where == PLAN_IN_ACTION)
		return "an action";
	if (where == PLAN_IN_PLAN)
		return "a plan";
	if (where == (PLAN_IN_OBJECTIVE | PLAN_IN_ACTION))
		return "an objective or an action";
	if (where == (PLAN_IN_PLAN | PLAN_IN_SECTION | PLAN_IN_OBJECTIVE))
		return "a plan, a section or an objective";
	return "a plan, section, objective or action";
}

/* Whether field f may appear here; reports why not. */
static int placed(plan_builder *b, plan_word f, plan_span s)
{
	if (b->block && (plan_words[f].where & KIND_BIT(b->block)))
		return 1;
	if (!b->block)
		error(b, s, "\"%s\" belongs to %s, but no directive is open here",
		      plan_words[f].word, where_words(plan_words[f].where));
	else
		error(b, s, "\"%s\" belongs to %s, not to %s",
		      plan_words[f].word, where_words(plan_words[f].where),
		      b->block == PLAN_KIND_ACTION ? "an action" :
		      b->block == PLAN_KIND_OBJECTIVE ? "an objective" :
		      b->block == PLAN_KIND_SECTION ? "a section" : "a plan");
	return 0;
}

/* For a field that may appear once: reports a second one. */
static int once(plan_builder *b, plan_word f, const void *already, plan_span s)
{
	if (!already)
		return 1;
	error(b, s, "%s %s has a %s already", plan_kind_name(b->block), block_id(b),
	      plan_words[f].word);
	return 0;
}

/*
 * Opens a directive; registers its id unless the id could not be read
 * (registered 0: the id is the text written, kept for messages only, and
 * a directive outside a plan is left closed without a second message).
 */
static void open_directive(plan_builder *b, plan_kind kind, const char *id,
			   plan_span id_span, const char *title, plan_span line, int registered)
{
	plan_arena *a = b->set->arena;
	plan_named n, *pn = &n;
	const plan_named *old;
	void *obj = NULL;
	int r;

	switch (kind) {
	case PLAN_KIND_PLAN: {
		plan_plan *p = plan_arena_zalloc(a, sizeof(*p));
		if (!p)
			goto oom;
		p->id = id;
		p->title = title ? title : "";
		p->loc = at(b, line);
		p->id_loc = at(b, id_span);
		PLAN_LIST_APPEND(b->set->plans, p);
		b->plan = p;
		b->section = NULL;
		b->objective = NULL;
		b->action = NULL;
		obj = p;
		break;
	}
	case PLAN_KIND_SECTION: {
		plan_section *s;
		if (!b->plan) {
			if (registered)
				error(b, line, "section %s is not inside a plan: put a \"plan\" line above it", id);
			return;
		}
		s = plan_arena_zalloc(a, sizeof(*s));
		if (!s)
			goto oom;
		s->id = id;
		s->title = title ? title : "";
		s->loc = at(b, line);
		s->id_loc = at(b, id_span);
		s->plan = b->plan;
		PLAN_LIST_APPEND(b->plan->sections, s);
		b->section = s;
		b->objective = NULL;
		b->action = NULL;
		obj = s;
		break;
	}
	case PLAN_KIND_OBJECTIVE: {
		plan_objective *o;
		if (!b->plan) {
			if (registered)
				error(b, line, "objective %s is not inside a plan: put a \"plan\" line above it", id);
			return;
		}
		o = plan_arena_zalloc(a, sizeof(*o));
		if (!o)
			goto oom;
		o->id = id;
		o->title = title ? title : "";
		o->loc = at(b, line);
		o->id_loc = at(b, id_span);
		o->plan = b->plan;
		o->section = b->section;
		PLAN_LIST_APPEND(b->plan->objectives, o);
		b->objective = o;
		b->action = NULL;
		obj = o;
		break;
	}
	case PLAN_KIND_ACTION: {
		plan_action *x;
		if (!b->plan) {
			if (registered)
				error(b, line, "action %s is not inside a plan: put a \"plan\" line above it, "
				      "or include this file from a plan", id);
			return;
		}
		x = plan_arena_zalloc(a, sizeof(*x));
		if (!x)
			goto oom;
		x->id = id;
		x->title = title ? title : "";
		x->loc = at(b, line);
		x->title_loc = x->loc;
		x->id_loc = at(b, id_span);
		x->plan = b->plan;
		x->section = b->section;
		x->objective = b->objective;
		if (b->objective)
			b->objective->nactions++;
		PLAN_LIST_APPEND(b->plan->actions, x);
		b->action = x;
		obj = x;
		break;
	}
	}
	b->block = kind;
	if (!registered)
		return;

	n.id = id;
	n.kind = kind;
	n.obj = obj;
	r = plan_set_register(b->set, pn, &old);
	if (r < 0)
		goto oom;
	if (r > 0) {
		size_t line_no = 0, col;
		const plan_loc *first = plan_named_loc(old);
		/* Counted only past the limit: no need to find the line. */
		if (!plan_diags_full(&b->set->diags))
			plan_source_linecol((plan_source *)first->src, first->span.start,
					    &line_no, &col);
		if (kind == PLAN_KIND_PLAN)
			plan_diag_add(&b->set->diags, PLAN_SEV_ERROR, "duplicate-id", b->src, id_span,
				      "duplicate plan id %s: already used by the plan at %s:%zu "
				      "(plan ids are unique across all plans checked together)",
				      id, first->src->path, line_no);
		else
			plan_diag_add(&b->set->diags, PLAN_SEV_ERROR, "duplicate-id", b->src, id_span,
				      "duplicate id %s: already used by the %s at %s:%zu (ids are unique "
				      "within a plan)", id, plan_kind_name(old->kind), first->src->path, line_no);
		plan_diag_add(&b->set->diags, PLAN_SEV_NOTE, "duplicate-id", first->src,
			      first->span, "%s first used here", id);
	}
	return;
oom:
	b->oom = 1;
}

void plan_build_directive(plan_builder *b, plan_kind kind, const char *id,
			  plan_span id_span, const char *title, plan_span line)
{
	open_directive(b, kind, id, id_span, title, line, 1);
}

void plan_build_directive_unread(plan_builder *b, plan_kind kind, const char *written,
				 plan_span id_span, plan_span line)
{
	open_directive(b, kind, written, id_span, NULL, line, 0);
}

_Static_assert(PLAN_NWORDS <= 64, "PLAN_UNREAD has a bit of a long long per word");

void plan_build_unread(plan_builder *b, plan_word f)
{
	if (b->block == PLAN_KIND_ACTION && (plan_words[f].where & PLAN_IN_ACTION))
		b->action->unread |= PLAN_UNREAD(f);
}

void plan_build_unread_update(plan_builder *b, const char *target, plan_span target_span,
			      plan_span line)
{
	plan_update *u = plan_arena_zalloc(b->set->arena, sizeof(*u));

	if (!u) {
		b->oom = 1;
		return;
	}
	u->unread = 1;
	u->text = "";
	u->target = target;
	u->target_loc = at(b, target_span);
	u->loc = at(b, line);
	u->scope = b->plan;
	if (b->set->loose.tail)
		b->set->loose.tail->next_loose = u;
	else
		b->set->loose.head = u;
	b->set->loose.tail = u;
	b->set->loose.count++;
}

/*
 * What people write for a decision, and the verb each means: the verbs
 * themselves (as plan.l reads them) and the words for the same thing that
 * plans use in a "status" column.
 */
static const struct {
	const char *word;
	plan_verb verb;
} verb_words[] = {
	{ "continue", PLAN_VERB_CONTINUE }, { "continued", PLAN_VERB_CONTINUE },
	{ "continuing", PLAN_VERB_CONTINUE }, { "ongoing", PLAN_VERB_CONTINUE },
	{ "on-going", PLAN_VERB_CONTINUE }, { "extended", PLAN_VERB_CONTINUE },
	{ "complete", PLAN_VERB_COMPLETE }, { "completed", PLAN_VERB_COMPLETE },
	{ "closed", PLAN_VERB_COMPLETE }, { "close", PLAN_VERB_COMPLETE },
	{ "done", PLAN_VERB_COMPLETE }, { "finished", PLAN_VERB_COMPLETE },
	{ "achieved", PLAN_VERB_COMPLETE }, { "delivered", PLAN_VERB_COMPLETE },
	{ "met", PLAN_VERB_COMPLETE },
	{ "remove", PLAN_VERB_REMOVE }, { "removed", PLAN_VERB_REMOVE },
	{ "deleted", PLAN_VERB_REMOVE }, { "dropped", PLAN_VERB_REMOVE },
	{ "withdrawn", PLAN_VERB_REMOVE }, { "cancelled", PLAN_VERB_REMOVE },
	{ "canceled", PLAN_VERB_REMOVE }, { "stopped", PLAN_VERB_REMOVE },
	{ "decommission", PLAN_VERB_DECOMMISSION }, { "decommissioned", PLAN_VERB_DECOMMISSION },
};

/* The first word of s, lower case, without the punctuation around it; its length. */
static size_t first_word(char *out, size_t size, const char *s)
{
	size_t n = 0;

	while (*s == ' ' || *s == '\t' || *s == ':' || *s == '-')
		s++;
	while (*s && *s != ' ' && *s != '\t' && n + 1 < size) {
		char c = *s++;
		out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	while (n > 0 && (out[n - 1] == '.' || out[n - 1] == ',' || out[n - 1] == ';' ||
			 out[n - 1] == ':' || out[n - 1] == '!'))
		n--;
	out[n] = '\0';
	return n;
}

plan_verb plan_verb_near(const char *text)
{
	char w[32];
	size_t i, n = first_word(w, sizeof(w), text), best = 3;
	plan_verb found = 0;

	if (n == 0)
		return 0;
	for (i = 0; i < sizeof(verb_words) / sizeof(verb_words[0]); i++) {
		size_t d;
		if (strcmp(w, verb_words[i].word) == 0)
			return verb_words[i].verb;
		/* A misspelt verb ("complet", "contnue"); not a short word. */
		if (n < 5)
			continue;
		d = plan_edit_distance(w, verb_words[i].word, 2);
		if (d < best) {
			best = d;
			found = verb_words[i].verb;
		}
	}
	return found;
}

/* red, amber or green as the first word of text (any case), or PLAN_RAG_NONE. */
static plan_rag rating_in(const char *text)
{
	char w[16];

	first_word(w, sizeof(w), text);
	if (strcmp(w, "red") == 0)
		return PLAN_RAG_RED;
	if (strcmp(w, "amber") == 0)
		return PLAN_RAG_AMBER;
	if (strcmp(w, "green") == 0)
		return PLAN_RAG_GREEN;
	return PLAN_RAG_NONE;
}

/*
 * The update a line below is about: the latest dated update of the
 * current action, or the latest update in separate form of this file when
 * it comes after that one; or NULL.
 */
static plan_update *last_dated_update(const plan_builder *b)
{
	plan_update *u, *last = NULL, *loose = b->set->loose.tail;

	if (b->block == PLAN_KIND_ACTION)
		for (u = b->action->updates.head; u; u = u->next)
			if (u->has_date)
				last = u;
	if (loose && loose->loc.src == b->src && loose->has_date && loose->unread != 1 &&
	    (!last || last->loc.src != b->src || last->loc.span.start < loose->loc.span.start))
		return loose;
	return last;
}

int plan_build_status_advice(plan_builder *b, const char *value, char *msg, size_t size)
{
	static const char *const rags[] = { "", "red", "amber", "green" };
	plan_update *u = last_dated_update(b);
	plan_rag rag = rating_in(value);
	char date[32] = "";
	plan_verb v;

	if (u) {
		date[0] = ' ';
		plan_date_format(date + 1, sizeof(date) - 1, &u->date);
	}
	if (rag && u && u->target) {
		snprintf(msg, size, "a rating goes on the update line: \"%s %s %s\"", date + 1,
			 u->target, rags[rag]);
		u->unread = 2;
		return 1;
	}
	if (rag) {
		snprintf(msg, size, "a rating goes on the update line: \"update%s %s\"", date, rags[rag]);
		plan_build_unread(b, PLAN_WORD_UPDATE);
		return 1;
	}
	/* A decision is an action's, never a separate update's. */
	if (u && u->target)
		date[0] = '\0';
	/* "status ongoing" says how it goes, not what was decided; a plan's
	 * "status closed" is its own. */
	if (b->block == PLAN_KIND_ACTION && (v = plan_verb_near(value)) != 0 &&
	    v != PLAN_VERB_CONTINUE) {
		snprintf(msg, size, "%s is a decision: \"decision%s %s\"",
			 v == PLAN_VERB_COMPLETE ? "an action's completion" : "an action's removal",
			 date, plan_verb_name(v));
		plan_build_unread(b, PLAN_WORD_DECISION);
		return 1;
	}
	return 0;
}

static plan_text *new_text(plan_builder *b, const char *text, plan_span s)
{
	plan_text *t = plan_arena_zalloc(b->set->arena, sizeof(*t));
	if (!t) {
		b->oom = 1;
		return NULL;
	}
	t->text = text;
	t->loc = at(b, s);
	return t;
}

static const char **title_slot(plan_builder *b)
{
	switch (b->block) {
	case PLAN_KIND_PLAN: return &b->plan->title;
	case PLAN_KIND_SECTION: return &b->section->title;
	case PLAN_KIND_OBJECTIVE: return &b->objective->title;
	case PLAN_KIND_ACTION: return &b->action->title;
	}
	return NULL;
}

static const char **statement_slot(plan_builder *b)
{
	switch (b->block) {
	case PLAN_KIND_PLAN: return &b->plan->statement;
	case PLAN_KIND_SECTION: return &b->section->statement;
	case PLAN_KIND_OBJECTIVE: return &b->objective->statement;
	default: return NULL;
	}
}

/* "stale after N days|weeks|months": the longest gap between updates. */
static void stale_setting(plan_builder *b, const char *text, plan_span s)
{
	char unit[16];
	long n = 0;
	int used = 0;

	if (sscanf(text, "after %ld %15s %n", &n, unit, &used) != 2 || text[used] != '\0' ||
	    n <= 0 || n > 3650) {
		error(b, s, "expected \"stale after N days\" (or weeks, or months), found \"%s\"", text);
		return;
	}
	if (strcmp(unit, "day") == 0 || strcmp(unit, "days") == 0)
		b->plan->stale_days = (int)n;
	else if (strcmp(unit, "week") == 0 || strcmp(unit, "weeks") == 0)
		b->plan->stale_days = (int)n * 7;
	else if (strcmp(unit, "month") == 0 || strcmp(unit, "months") == 0)
		b->plan->stale_days = (int)(n * 365 / 12 + (n * 365 % 12 != 0));
	else
		error(b, s, "expected days, weeks or months after \"stale after %ld\", found \"%s\"", n, unit);
}

static const char *const statuses[] = { "open", "closed", "archived", "draft" };

/* "quarters financial" or "quarters calendar": how the plan's "Q3 2019" reads. */
static void quarters_of(plan_builder *b, plan_when *w);

static void quarters_setting(plan_builder *b, const char *text, plan_span s)
{
	int q = strcasecmp(text, "financial") == 0 ? PLAN_QUARTERS_FINANCIAL :
		strcasecmp(text, "calendar") == 0 ? PLAN_QUARTERS_CALENDAR : 0;

	if (!q) {
		error(b, s, "expected \"quarters financial\" (Q1 is April to June) or \"quarters "
		      "calendar\" (Q1 is January to March), found \"%s\"", text);
		return;
	}
	if (b->plan->quarters) {
		error(b, s, "plan %s has a \"quarters\" line already", b->plan->id);
		return;
	}
	b->plan->quarters = q;
	/* The plan's period comes first, as a rule: it is read again now. */
	if (b->plan->period)
		quarters_of(b, b->plan->period);
}

/*
 * A date written "Q3 2019" in a plan that declares its quarters: with
 * `quarters financial`, quarter 3 of 2019/20 (October to December 2019);
 * with `quarters calendar`, July to September 2019, as read, and no
 * warning.  Undeclared, the flags stay for the ambiguous-quarter check.
 */
static void quarters_of(plan_builder *b, plan_when *w)
{
	const plan_plan *p = b->action ? b->action->plan : b->plan;

	if (!p || !p->quarters)
		return;
	if (p->quarters == PLAN_QUARTERS_FINANCIAL) {
		if (w->flags & PLAN_WHEN_Q_FROM)
			plan_date_quarter_of_fy(&w->from);
		if (w->flags & PLAN_WHEN_Q_TO)
			plan_date_quarter_of_fy(&w->to);
	}
	w->flags &= (unsigned char)~(PLAN_WHEN_Q_FROM | PLAN_WHEN_Q_TO);
}

void plan_build_text(plan_builder *b, plan_word f, const char *text, plan_span s)
{
	plan_text *t;
	const char **slot;
	size_t i;

	if (f == PLAN_WORD_STATUS && b->block == PLAN_KIND_ACTION) {
		/* "status complete", "status amber": a plan's field, written for an action. */
		char fix[300];
		if (plan_build_status_advice(b, text, fix, sizeof(fix))) {
			error(b, s, "\"status\" is a plan's field; %s", fix);
			return;
		}
	}
	if (!placed(b, f, s))
		return;
	switch (f) {
	case PLAN_WORD_TITLE:
		slot = title_slot(b);
		if (**slot) {
			error(b, s, "%s %s has a title already", plan_kind_name(b->block), block_id(b));
			return;
		}
		*slot = text;
		if (b->block == PLAN_KIND_ACTION)
			b->action->title_loc = at(b, s);
		return;
	case PLAN_WORD_STATEMENT:
		slot = statement_slot(b);
		if (once(b, f, *slot, s))
			*slot = text;
		return;
	case PLAN_WORD_BOARD:
		if (once(b, f, b->plan->board, s))
			b->plan->board = text;
		return;
	case PLAN_WORD_STATUS:
		for (i = 0; i < sizeof(statuses) / sizeof(statuses[0]); i++)
			if (strcmp(text, statuses[i]) == 0)
				break;
		if (i == sizeof(statuses) / sizeof(statuses[0])) {
			error(b, s, "unknown status \"%s\": expected open, closed, archived or draft",
			      text);
			return;
		}
		if (once(b, f, b->plan->status, s))
			b->plan->status = statuses[i];
		return;
	case PLAN_WORD_LEAD: {
		plan_lead *l = plan_arena_zalloc(b->set->arena, sizeof(*l));
		if (!l) {
			b->oom = 1;
			return;
		}
		l->text = text;
		l->loc = at(b, s);
		PLAN_LIST_APPEND(b->action->leads, l);
		return;
	}
	case PLAN_WORD_CHECK:
		/* What it says is check.c's to read (plan_check_settings). */
		if ((t = new_text(b, text, s)) != NULL)
			PLAN_LIST_APPEND(b->plan->checks, t);
		return;
	case PLAN_WORD_STALE:
		stale_setting(b, text, s);
		return;
	case PLAN_WORD_QUARTERS:
		quarters_setting(b, text, s);
		return;
	case PLAN_WORD_PERSON:
	case PLAN_WORD_ORGANISATION:
		if ((t = new_text(b, text, s)) == NULL)
			return;
		if (f == PLAN_WORD_PERSON)
			PLAN_LIST_APPEND(b->plan->people, t);
		else
			PLAN_LIST_APPEND(b->plan->organisations, t);
		return;
	case PLAN_WORD_MEASURE: {
		plan_measure *m = plan_arena_zalloc(b->set->arena, sizeof(*m));
		if (!m) {
			b->oom = 1;
			return;
		}
		m->text = text;
		m->loc = at(b, s);
		if (strchr(text, '\n'))
			plan_measure_find_stray(m);
		if (b->block == PLAN_KIND_ACTION)
			PLAN_LIST_APPEND(b->action->measures, m);
		else
			PLAN_LIST_APPEND(b->objective->measures, m);
		return;
	}
	case PLAN_WORD_NOTE:
		if ((t = new_text(b, text, s)) == NULL)
			return;
		switch (b->block) {
		case PLAN_KIND_PLAN: PLAN_LIST_APPEND(b->plan->notes, t); break;
		case PLAN_KIND_SECTION: PLAN_LIST_APPEND(b->section->notes, t); break;
		case PLAN_KIND_OBJECTIVE: PLAN_LIST_APPEND(b->objective->notes, t); break;
		case PLAN_KIND_ACTION: PLAN_LIST_APPEND(b->action->notes, t); break;
		}
		return;
	default:
		return;
	}
}

void plan_build_when(plan_builder *b, plan_word f, plan_when *w, int has_cont)
{
	if (has_cont)
		error(b, w->loc.span, "indented text follows a \"%s\" line that has no note: "
		      "start the note with a comma (\"%s 2019-03, the note\")",
		      plan_words[f].word, plan_words[f].word);
	if (!placed(b, f, w->loc.span))
		return;
	if (w->flags & PLAN_WHEN_TBC) {
		/* No date yet: the action has none, and no-deadline says why. */
		if ((f == PLAN_WORD_DUE || f == PLAN_WORD_REVIEW) && !b->action->tbc)
			b->action->tbc = w;
		return;
	}
	if (!w->valid) {
		/* Its invalid date was the message: the field still counts as written. */
		plan_build_unread(b, f);
		return;
	}
	if (w->flags & (PLAN_WHEN_Q_FROM | PLAN_WHEN_Q_TO))
		quarters_of(b, w);
	switch (f) {
	case PLAN_WORD_PERIOD:
		if (once(b, f, b->plan->period, w->loc.span))
			b->plan->period = w;
		if (w->kind == PLAN_WHEN_RHYTHM)
			error(b, w->loc.span, "a plan's period is a date or a range, not a rhythm");
		return;
	case PLAN_WORD_DUE:
		if (once(b, f, b->action->due, w->loc.span))
			b->action->due = w;
		return;
	case PLAN_WORD_START:
		if (once(b, f, b->action->start, w->loc.span))
			b->action->start = w;
		return;
	case PLAN_WORD_REVIEW:
		PLAN_LIST_APPEND(b->action->reviews, w);
		return;
	default:
		return;
	}
}

void plan_build_decision(plan_builder *b, plan_decision *d)
{
	if (placed(b, PLAN_WORD_DECISION, d->loc.span))
		PLAN_LIST_APPEND(b->action->decisions, d);
}

void plan_build_figure(plan_builder *b, plan_word w, plan_figure *f, size_t first_len)
{
	const char *word = plan_words[w].word;
	plan_measure *m;

	f->kind = w == PLAN_WORD_BASELINE ? PLAN_FIGURE_BASELINE : w == PLAN_WORD_TARGET ? PLAN_FIGURE_TARGET :
		  w == PLAN_WORD_MILESTONE ? PLAN_FIGURE_MILESTONE : PLAN_FIGURE_ACTUAL;
	if (!placed(b, w, f->loc.span))
		return;
	m = b->block == PLAN_KIND_ACTION ? b->action->measures.tail : b->objective->measures.tail;
	if (!m) {
		error(b, f->loc.span, "%s %s belongs to a measure: write it on a line after the \"measure\" "
		      "line of %s %s that it is about", f->kind == PLAN_FIGURE_ACTUAL ? "an" : "a", word,
		      plan_kind_name(b->block), block_id(b));
		return;
	}
	if (plan_figure_read(f, b->set->arena, first_len) < 0) {
		b->oom = 1;
		return;
	}
	if (f->problem == PLAN_FIGURE_OK && f->text[first_len] && !f->note)
		error(b, f->loc.span, "indented text follows a \"%s\" line that has no note: start the note "
		      "with a comma (\"%s 2019/20 20 panels, the note\")", word, word);
	switch (f->kind) {
	case PLAN_FIGURE_BASELINE: PLAN_LIST_APPEND(m->baselines, f); break;
	case PLAN_FIGURE_TARGET: PLAN_LIST_APPEND(m->targets, f); break;
	case PLAN_FIGURE_MILESTONE: PLAN_LIST_APPEND(m->milestones, f); break;
	case PLAN_FIGURE_ACTUAL: PLAN_LIST_APPEND(m->actuals, f); break;
	}
}

void plan_build_update(plan_builder *b, plan_update *u)
{
	if (u->target) {
		/* Separate form: linked to its action once all files are read,
		 * its id looked up first in the plan of the file that holds it. */
		u->scope = b->plan;
		u->next_loose = NULL;
		if (b->set->loose.tail)
			b->set->loose.tail->next_loose = u;
		else
			b->set->loose.head = u;
		b->set->loose.tail = u;
		b->set->loose.count++;
		b->block = 0;
		return;
	}
	if (!placed(b, PLAN_WORD_UPDATE, u->loc.span))
		return;
	u->action = b->action;
	PLAN_LIST_APPEND(b->action->updates, u);
}

void plan_build_include(plan_builder *b, const char *path, plan_span line)
{
	if (!b->include) {
		error(b, line, "\"include\" is not allowed here");
		return;
	}
	if (b->include(b, path, at(b, line)) < 0)
		b->oom = 1;
}
