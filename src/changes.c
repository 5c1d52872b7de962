/*
 * changes.c - field-level differences of one action.
 *
 * Fields are compared by meaning (plan_text_same, plan_when_same,
 * plan_update_same in model.c), as the commit hook compares them:
 * re-wrapping a text block or re-indenting changes nothing here, so a
 * commit that only reformats an action reports no change.  Each change is
 * handed on as values (before, after) with its sentence for people; text
 * cut to fit a buffer is cut between characters.
 */
#include "changes.h"
#include "alloc.h"
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const kind_names[PLAN_NCHANGE_KINDS] = {
	"created", "deleted", "moved", "title", "lead-added", "lead-removed", "due", "review",
	"decision", "update-added", "update-rewritten", "rag", "unparsed",
};

const char *plan_change_kind_name(plan_change_kind k)
{
	return k < PLAN_NCHANGE_KINDS ? kind_names[k] : "?";
}

/* snprintf into buf, then the end made whole characters (a cut may split one). */
__attribute__((format(printf, 3, 4)))
static void put(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	plan_utf8_trim(buf);
}

/* Text with its line breaks as spaces, clipped to max characters, for showing. */
static void flat(char *buf, size_t size, const char *s, size_t max)
{
	size_t o = 0, chars = 0;
	int space = 0;

	for (; s && *s && o + 5 < size; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '\n' || c == ' ' || c == '\t') {
			space = o > 0;
			continue;
		}
		if ((c & 0xC0) != 0x80 && ++chars > max) {
			memcpy(buf + o, "...", 3);
			o += 3;
			break;
		}
		if (space)
			buf[o++] = ' ';
		space = 0;
		buf[o++] = (char)c;
	}
	buf[o] = '\0';
	plan_utf8_trim(buf);
}

/*
 * A value being built, whole (values are never cut: before and after say
 * exactly what the plan says); its bytes plan_malloc'ed.
 */
struct value {
	char *s;
	size_t n, cap;
	int oom;
};

/* Appends the strings given, up to a NULL. */
static void add(struct value *v, ...)
{
	va_list ap;
	const char *p;

	va_start(ap, v);
	while ((p = va_arg(ap, const char *)) != NULL) {
		size_t l = strlen(p);
		if (v->oom || PLAN_GROW(v->s, v->cap, v->n + l + 1) < 0) {
			v->oom = 1;
			continue;
		}
		memcpy(v->s + v->n, p, l + 1);
		v->n += l;
	}
	va_end(ap);
}

static int has_lead(const plan_action *a, const char *text)
{
	const plan_lead *l;
	for (l = a->leads.head; l; l = l->next)
		if (plan_text_same(l->text, text))
			return 1;
	return 0;
}

/* A deadline as written, with its note; nothing for none. */
static void when_value(struct value *v, const plan_when *w)
{
	if (w)
		add(v, w->written, w->note ? ", " : "", w->note ? w->note : "", (const char *)NULL);
}

/* The review points, as written, joined; nothing for none. */
static void reviews_value(struct value *v, const plan_action *a)
{
	const plan_when *w;

	for (w = a->reviews.head; w; w = w->next)
		add(v, w == a->reviews.head ? "" : ", ", w->written, (const char *)NULL);
}

/* Whether a and b have the same review points, in the same order (each compared by meaning). */
static int reviews_same(const plan_action *a, const plan_action *b)
{
	const plan_when *x, *y;

	if (a->reviews.count != b->reviews.count)
		return 0;
	for (x = a->reviews.head, y = b->reviews.head; x && y; x = x->next, y = y->next)
		if (!plan_when_same(x, y))
			return 0;
	return 1;
}

/* The latest decision: "2019-05-20 continue into 2019/20"; NULL for none. */
static const char *decision_value(const plan_decision *d, char *buf, size_t size)
{
	char date[32] = "", into[32] = "";

	if (!d)
		return NULL;
	if (d->has_date)
		plan_date_format(date, sizeof(date), &d->date);
	if (d->has_into)
		plan_date_format(into, sizeof(into), &d->into);
	put(buf, size, "%s%s%s%s%s", date, date[0] ? " " : "", plan_verb_name(d->verb),
	    into[0] ? " into " : "", into);
	return buf;
}

/* An update: "2019-03-01 green: its text" (its whole text). */
static void update_value(struct value *v, const plan_update *u)
{
	char date[32] = "undated";
	const char *rag = plan_rag_name(u->rag);

	if (u->has_date)
		plan_date_format(date, sizeof(date), &u->date);
	add(v, date, rag ? " " : "", rag ? rag : "", ": ", u->text, (const char *)NULL);
}

/* An update for people: its date, RAG and first line, clipped. */
static void update_text(const plan_update *u, char *buf, size_t size)
{
	char date[32] = "undated", first[400];
	const char *rag = plan_rag_name(u->rag);
	const char *nl = strchr(u->text, '\n');
	char line[400];
	size_t n = nl ? (size_t)(nl - u->text) : strlen(u->text);

	if (n >= sizeof(line))
		n = sizeof(line) - 1;
	memcpy(line, u->text, n);
	line[n] = '\0';
	plan_utf8_trim(line);
	flat(first, sizeof(first), line, 70);
	if (u->has_date)
		plan_date_format(date, sizeof(date), &u->date);
	put(buf, size, "%s%s%s: %s", date, rag ? " " : "", rag ? rag : "", first);
}

static plan_rag last_rag(const plan_action *a)
{
	const plan_update *u;
	plan_rag r = PLAN_RAG_NONE;
	for (u = a->updates.head; u; u = u->next)
		if (u->rag)
			r = u->rag;
	return r;
}

/* Hands one change on; counts it. */
static int emit(plan_change_fn fn, void *ctx, plan_change_kind kind, const char *before,
		const char *after, const char *text)
{
	plan_change c;

	if (fn) {
		c.kind = kind;
		c.before = before;
		c.after = after;
		c.text = text;
		fn(ctx, &c);
	}
	return 1;
}

/* Hands on a change whose value (before or after, as which says) is v, then empties v. */
static int emit_value(plan_change_fn fn, void *ctx, plan_change_kind kind, struct value *v, int after,
		      const char *text)
{
	int n = 0;

	if (!v->oom)
		n = emit(fn, ctx, kind, after ? NULL : v->s, after ? v->s : NULL, text);
	v->n = 0;
	return n;
}

int plan_action_changes(const plan_action *a, const plan_action *b, plan_change_fn fn, void *ctx)
{
	char t[1400], x[1024], y[1024];
	struct value vx = { NULL, 0, 0, 0 }, vy = { NULL, 0, 0, 0 };
	const plan_lead *l;
	const plan_update *up;
	const char *dx, *dy;
	int n = 0;

	if (!a && !b)
		return 0;
	if (!a) {
		if (!fn)
			return 1;
		flat(y, sizeof(y), b->title, 100);
		put(t, sizeof(t), "created in %s: %s", b->loc.src->path, y);
		return emit(fn, ctx, PLAN_CHANGE_CREATED, NULL, b->title, t);
	}
	if (!b) {
		if (!fn)
			return 1;
		put(t, sizeof(t), "deleted from %s", a->loc.src->path);
		return emit(fn, ctx, PLAN_CHANGE_DELETED, a->title, NULL, t);
	}
	if (strcmp(a->loc.src->path, b->loc.src->path) != 0) {
		if (fn)
			put(t, sizeof(t), "moved from %s to %s", a->loc.src->path, b->loc.src->path);
		n += emit(fn, ctx, PLAN_CHANGE_MOVED, a->loc.src->path, b->loc.src->path, t);
	}
	if (!plan_text_same(a->title, b->title)) {
		if (fn) {
			flat(x, sizeof(x), a->title, 80);
			flat(y, sizeof(y), b->title, 80);
			put(t, sizeof(t), "title changed: \"%s\" -> \"%s\"", x, y);
		}
		n += emit(fn, ctx, PLAN_CHANGE_TITLE, a->title, b->title, t);
	}
	for (l = b->leads.head; l; l = l->next)
		if (!has_lead(a, l->text)) {
			if (fn)
				put(t, sizeof(t), "lead added: %s", l->text);
			n += emit(fn, ctx, PLAN_CHANGE_LEAD_ADDED, NULL, l->text, t);
		}
	for (l = a->leads.head; l; l = l->next)
		if (!has_lead(b, l->text)) {
			if (fn)
				put(t, sizeof(t), "lead removed: %s", l->text);
			n += emit(fn, ctx, PLAN_CHANGE_LEAD_REMOVED, l->text, NULL, t);
		}
	if (!plan_when_same(a->due, b->due)) {
		if (fn) {
			when_value(&vx, a->due);
			when_value(&vy, b->due);
			put(t, sizeof(t), "deadline moved: %s -> %s", vx.n ? vx.s : "none", vy.n ? vy.s : "none");
			if (!vx.oom && !vy.oom)
				emit(fn, ctx, PLAN_CHANGE_DUE, vx.n ? vx.s : NULL, vy.n ? vy.s : NULL, t);
		}
		n++;
		vx.n = vy.n = 0;
	}
	if (!reviews_same(a, b)) {
		if (fn) {
			reviews_value(&vx, a);
			reviews_value(&vy, b);
			put(t, sizeof(t), "review points changed: %s -> %s", vx.n ? vx.s : "none", vy.n ? vy.s : "none");
			if (!vx.oom && !vy.oom)
				emit(fn, ctx, PLAN_CHANGE_REVIEW, vx.n ? vx.s : NULL, vy.n ? vy.s : NULL, t);
		}
		n++;
		vx.n = vy.n = 0;
	}
	dx = decision_value(plan_action_decision(a), x, sizeof(x));
	dy = decision_value(plan_action_decision(b), y, sizeof(y));
	if (dx != dy && (!dx || !dy || strcmp(dx, dy) != 0)) {
		if (dx)
			put(t, sizeof(t), "decision changed: %s -> %s", dx, dy ? dy : "none");
		else
			put(t, sizeof(t), "decision recorded: %s", dy);
		n += emit(fn, ctx, PLAN_CHANGE_DECISION, dx, dy, t);
	}
	for (up = b->updates.head; up; up = up->next)
		if (!plan_action_has_update(a, up)) {
			if (fn) {
				update_text(up, x, sizeof(x));
				put(t, sizeof(t), "update added: %s", x);
				update_value(&vy, up);
				emit_value(fn, ctx, PLAN_CHANGE_UPDATE_ADDED, &vy, 1, t);
			}
			n++;
		}
	for (up = a->updates.head; up; up = up->next)
		if (!plan_action_has_update(b, up)) {
			if (fn) {
				update_text(up, x, sizeof(x));
				put(t, sizeof(t), "committed update edited or deleted (a rewrite of the record): %s", x);
				update_value(&vx, up);
				emit_value(fn, ctx, PLAN_CHANGE_UPDATE_REWRITTEN, &vx, 0, t);
			}
			n++;
		}
	if (last_rag(a) != last_rag(b)) {
		const char *ra = plan_rag_name(last_rag(a)), *rb = plan_rag_name(last_rag(b));
		put(t, sizeof(t), "RAG changed: %s -> %s", ra ? ra : "none", rb ? rb : "none");
		n += emit(fn, ctx, PLAN_CHANGE_RAG, ra, rb, t);
	}
	if (vx.oom || vy.oom)
		n = PLAN_ENOMEM;
	plan_free(vx.s);
	plan_free(vy.s);
	return n;
}

const char *plan_change_text(char *buf, size_t size, const plan_change *c, int moves)
{
	if (moves > 0)
		put(buf, size, "%s (moved %d time%s since first set)", c->text, moves, moves == 1 ? "" : "s");
	else
		put(buf, size, "%s", c->text);
	return buf;
}
