/*
 * import_map.c - planimport's second half: the tables a reader gave
 * (import.h) mapped to a plan file.
 *
 * The design, in three passes:
 *
 * 1. Columns.  Each table's header row is found by its text: a row whose
 *    cells name at least two known columns (header_role: the names are
 *    normalised, case and punctuation ignored, then looked up exactly and
 *    else by the words they contain), one of them an action column.  With
 *    --columns the map is given by letter or number and header rows are
 *    only recognised to be skipped.  A table with no header row of its
 *    own but as many columns as the last map is that table split by a
 *    page break and is read with it; the same header row met again (a
 *    header repeated on every page) is skipped.
 *
 * 2. Rows into a model.  Each data row's cells are collected by column
 *    role into the current objective and action (struct imp_obj,
 *    imp_act), as raw text.  A row whose objective cell is empty (or
 *    merged with the one above) stays in the objective above; a row
 *    whose action cell is empty, or starts in lower case where the
 *    action above ends mid-sentence (a row cut by a page break), adds
 *    its cells to the action above.  A row of one cell spanning the
 *    table, or a row above the header, is a heading: an objective
 *    ("Strategic Objective 1 - Burglary : To reduce ...") when it reads
 *    as one, else a note of the plan.
 *
 * 3. Writing.  Only here is a cell's text read as values: numbering as
 *    ids (plan_import_label), dates and rhythms as the language reads
 *    them (read_when: the library's own date parser first, then the plan
 *    parser itself on a one-line plan, so that every form SPEC.md
 *    section 7 accepts is accepted and nothing else), review cells as
 *    review points and decisions, update cells split into dated updates
 *    with their ratings, the RAG of a row from its word or its fill
 *    colour (rag_of_fill: by hue).  Text is written as text blocks
 *    (SPEC.md section 4), line for line.  What cannot be read is kept:
 *    as a note of the action with the column's header, and a comment
 *    "# planimport: ..." on the line above says what was guessed or
 *    not understood.  Ids are made unique by a suffix (_2, _3, ...),
 *    with a comment.
 *
 * Nothing here prints but to the FILE given; the one failure besides
 * memory is a document with no table that maps to actions.
 */
#include <ctype.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "date.h"
#include "diag.h"
#include "error.h"
#include "import.h"
#include "strbuf.h"
#include "import_map.h"
#include "load.h"
#include "map.h"
#include "model.h"

/* ORDER: role_names follows this list. */
enum role {
	R_NONE = 0,     /* not mapped: kept as a note with its header */
	R_SECTION,
	R_OBJECTIVE,
	R_MEASURE,
	R_ACTION,
	R_ACTION_LEAD,  /* "Key deliverables and responsible person": the last line is the lead */
	R_LEAD,
	R_PARTNER,
	R_DUE,
	R_REVIEW,
	R_UPDATE,
	R_RAG,
	R_COMMENTS,
	R_ID,
	R_SKIP,         /* --columns said to leave it out */
	NROLES
};

/* ORDER: as enum role.  The names --columns takes. */
static const char *const role_names[NROLES] = {
	"note", "section", "objective", "measure", "action", "action-lead", "lead", "partner",
	"due", "review", "update", "rag", "comments", "id", "skip"
};

/* Header names, normalised (norm_header), and their roles. */
static const struct {
	const char *name;
	enum role role;
} header_names[] = {
	{ "objective", R_OBJECTIVE }, { "objectives", R_OBJECTIVE },
	{ "strategic objective", R_OBJECTIVE }, { "outcome", R_OBJECTIVE },
	{ "outcomes", R_OBJECTIVE }, { "priority", R_OBJECTIVE }, { "priorities", R_OBJECTIVE },
	{ "aim", R_OBJECTIVE }, { "aims", R_OBJECTIVE },
	{ "theme", R_SECTION }, { "themes", R_SECTION }, { "section", R_SECTION },
	{ "measure", R_MEASURE }, { "measures", R_MEASURE }, { "measure target", R_MEASURE },
	{ "measures targets", R_MEASURE }, { "measures and targets", R_MEASURE },
	{ "measure and target", R_MEASURE }, { "target", R_MEASURE }, { "targets", R_MEASURE },
	{ "kpi", R_MEASURE }, { "kpis", R_MEASURE }, { "success measure", R_MEASURE },
	{ "success measures", R_MEASURE }, { "performance measure", R_MEASURE },
	{ "action", R_ACTION }, { "actions", R_ACTION }, { "deliverable", R_ACTION },
	{ "deliverables", R_ACTION }, { "key deliverable", R_ACTION },
	{ "key deliverables", R_ACTION }, { "task", R_ACTION }, { "tasks", R_ACTION },
	{ "activity", R_ACTION }, { "activities", R_ACTION },
	{ "key deliverables and responsible person", R_ACTION_LEAD },
	{ "key deliverables and responsible officer", R_ACTION_LEAD },
	{ "key deliverable and responsible person", R_ACTION_LEAD },
	{ "action and lead", R_ACTION_LEAD }, { "actions and leads", R_ACTION_LEAD },
	{ "responsible person", R_LEAD }, { "lead", R_LEAD }, { "leads", R_LEAD },
	{ "lead officer", R_LEAD }, { "owner", R_LEAD }, { "responsible", R_LEAD },
	{ "responsible officer", R_LEAD }, { "lead agency", R_LEAD }, { "lead person", R_LEAD },
	{ "who", R_LEAD }, { "by whom", R_LEAD },
	{ "partner", R_PARTNER }, { "partners", R_PARTNER }, { "key partners", R_PARTNER },
	{ "timescale", R_DUE }, { "timescales", R_DUE }, { "deadline", R_DUE },
	{ "end date", R_DUE }, { "target date", R_DUE }, { "due", R_DUE }, { "due date", R_DUE },
	{ "completion date", R_DUE }, { "by when", R_DUE }, { "when", R_DUE },
	{ "review point", R_REVIEW }, { "review points", R_REVIEW }, { "review", R_REVIEW },
	{ "review date", R_REVIEW }, { "milestone", R_REVIEW }, { "milestones", R_REVIEW },
	{ "update", R_UPDATE }, { "updates", R_UPDATE }, { "progress", R_UPDATE },
	{ "update progress", R_UPDATE }, { "progress update", R_UPDATE },
	{ "latest update", R_UPDATE },
	{ "comments", R_COMMENTS }, { "comment", R_COMMENTS }, { "notes", R_COMMENTS },
	{ "rag", R_RAG }, { "rag status", R_RAG }, { "rag rating", R_RAG }, { "status", R_RAG },
	{ "no", R_ID }, { "ref", R_ID }, { "reference", R_ID }, { "id", R_ID }, { "number", R_ID },
	{ "", R_NONE }
};

/*
 * A header that is no name above, by the words it contains, in this
 * order: "RAG Rating - Update/Progress" is an update column, "Deadline /
 * Review Point" a deadline.
 */
static const struct {
	const char *word;
	enum role role;
} header_words[] = {
	{ "update", R_UPDATE }, { "updates", R_UPDATE }, { "progress", R_UPDATE },
	{ "deadline", R_DUE }, { "timescale", R_DUE }, { "timescales", R_DUE }, { "due", R_DUE },
	{ "review", R_REVIEW },
	{ "lead", R_LEAD }, { "owner", R_LEAD },
	{ "action", R_ACTION }, { "actions", R_ACTION }, { "deliverable", R_ACTION },
	{ "deliverables", R_ACTION },
	{ "responsible", R_LEAD },
	{ "measure", R_MEASURE }, { "measures", R_MEASURE }, { "target", R_MEASURE },
	{ "targets", R_MEASURE },
	{ "objective", R_OBJECTIVE }, { "objectives", R_OBJECTIVE }, { "outcome", R_OBJECTIVE },
	{ "priority", R_OBJECTIVE },
	{ "rag", R_RAG }, { "partner", R_PARTNER }, { "partners", R_PARTNER },
	{ "comment", R_COMMENTS }, { "comments", R_COMMENTS },
	{ NULL, R_NONE }
};

/* A growing string (strbuf.h); the ctx learns when one ran out of memory. */
typedef plan_strbuf sbuf;

struct ctx {
	int oom;
	plan_import_stats *stats;
	/* read_when's cache: candidate text -> whether the language reads it as a when */
	struct { char *key; char *canon; } *wc;
	size_t nwc, wccap;
	plan_map wcmap;
	/* the ids written */
	char **ids;
	size_t nids, idscap;
	plan_map idmap;
};

static void sb_addn(struct ctx *c, sbuf *b, const char *s, size_t n)
{
	if (c->oom)
		return;
	plan_strbuf_add(b, s, n);
	c->oom |= b->oom;
}

static void sb_add(struct ctx *c, sbuf *b, const char *s)
{
	sb_addn(c, b, s, strlen(s));
}

static void sb_printf(struct ctx *c, sbuf *b, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void sb_printf(struct ctx *c, sbuf *b, const char *fmt, ...)
{
	va_list ap;

	if (c->oom)
		return;
	va_start(ap, fmt);
	plan_strbuf_vaddf(b, fmt, ap);
	va_end(ap);
	c->oom |= b->oom;
}

static const char *sb_str(const sbuf *b)
{
	return plan_strbuf_str(b);
}

static void sb_free(sbuf *b)
{
	plan_strbuf_free(b);
}

/* Whether ch is a blank, or a control character (written as a blank). */
static int blankch(unsigned char ch)
{
	return ch <= 0x20 || ch == 0x7f;
}

/* Whether s is only blanks and control characters (or NULL). */
static int blank(const char *s)
{
	if (!s)
		return 1;
	for (; *s; s++)
		if (!blankch((unsigned char)*s))
			return 0;
	return 1;
}

/*
 * Appends text to a cell's buffer (a row that continues the one above):
 * a new line after a full stop, colon, semicolon or closing bracket,
 * else the same line (a cell cut by a page break mid-sentence).
 */
static void cell_append_as(struct ctx *c, sbuf *b, const char *text, int lines);

static void cell_append(struct ctx *c, sbuf *b, const char *text)
{
	cell_append_as(c, b, text, 0);
}

/* As cell_append; with lines, always on a line of its own (dates: each line a point). */
static void cell_append_as(struct ctx *c, sbuf *b, const char *text, int lines)
{
	size_t n;

	while (*text == '\n' || *text == ' ')
		text++;
	n = strlen(text);
	while (n && isspace((unsigned char)text[n - 1]))
		n--;
	if (!n)
		return;
	if (b->len) {
		char last = b->s[b->len - 1];
		if (lines || strchr(".:;!?)", last))
			sb_add(c, b, "\n");
		else
			sb_add(c, b, " ");
	}
	sb_addn(c, b, text, n);
}

/*
 * A header's text normalised: ASCII letters lowered, "(s)" dropped, every
 * run of other characters one space, "&" and "/" read as a space; no
 * leading or trailing space.
 */
static void norm_header(const char *s, char *out, size_t size)
{
	size_t n = 0;
	int space = 0;

	for (; *s && n + 2 < size; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch == '(' && (s[1] == 's' || s[1] == 'S') && s[2] == ')') {
			s += 2;
			continue;
		}
		if (isalnum(ch) || ch >= 0x80) {
			if (space && n)
				out[n++] = ' ';
			space = 0;
			out[n++] = (char)tolower(ch);
		} else {
			space = 1;
		}
	}
	out[n] = '\0';
}

/* The role a header names, R_NONE when none; *exact set when by its whole name. */
static enum role header_role(const char *text, int *exact)
{
	char norm[256], word[64];
	const char *p;
	size_t i;

	*exact = 0;
	norm_header(text, norm, sizeof norm);
	if (!norm[0] || strlen(norm) > 80)
		return R_NONE;
	for (i = 0; header_names[i].name[0]; i++)
		if (strcmp(norm, header_names[i].name) == 0) {
			*exact = 1;
			return header_names[i].role;
		}
	/* by its words: only what looks like a header, short and not a sentence */
	if (strlen(text) > 40 || text[strlen(text) - 1] == '.')
		return R_NONE;
	/* "key deliverables and responsible officer" and the like */
	if ((strstr(norm, "deliverable") || strstr(norm, "action")) && strstr(norm, "responsible"))
		return R_ACTION_LEAD;
	for (i = 0; header_words[i].word; i++) {
		for (p = norm; *p;) {
			size_t n = strcspn(p, " ");
			if (n < sizeof word) {
				memcpy(word, p, n);
				word[n] = '\0';
				if (strcmp(word, header_words[i].word) == 0)
					return header_words[i].role;
			}
			p += n;
			while (*p == ' ')
				p++;
		}
	}
	return R_NONE;
}

/* The column map of a table. */
#define MAX_COLS 256
struct colmap {
	enum role role[MAX_COLS];
	const char *header[MAX_COLS];   /* the header's text, for notes ("" with --columns) */
	char sig[MAX_COLS];             /* the roles as letters, to know the same header again */
	size_t ncols;
	int valid;
};

/* The cell of row r at column col (spans counted), or NULL. */
static const plan_table_cell *cell_at(const plan_table_row *r, size_t col)
{
	size_t i, at = 0;

	for (i = 0; i < r->ncells; i++) {
		unsigned span = r->cells[i].span ? r->cells[i].span : 1;
		if (col >= at && col < at + span)
			return col == at ? &r->cells[i] : NULL;
		at += span;
	}
	return NULL;
}

static const char *cell_text(const plan_table_row *r, size_t col)
{
	const plan_table_cell *c = cell_at(r, col);
	return c && !c->continued && c->text ? c->text : "";
}

static size_t row_width(const plan_table_row *r)
{
	size_t i, w = 0;
	for (i = 0; i < r->ncells; i++)
		w += r->cells[i].span ? r->cells[i].span : 1;
	return w;
}

/*
 * Whether r is a header row; with map, one that names (at least two of)
 * the same columns again.  Fills *out (when not NULL) from it.
 */
static int header_row(const plan_table_row *r, struct colmap *out)
{
	size_t col, w = row_width(r), known = 0, exacts = 0, nonempty = 0;
	int acts = 0, exact;
	struct colmap m;

	if (w > MAX_COLS)
		w = MAX_COLS;
	memset(&m, 0, sizeof m);
	m.ncols = w;
	for (col = 0; col < w; col++) {
		const char *t = cell_text(r, col);
		enum role role = header_role(t, &exact);
		m.role[col] = role;
		m.header[col] = t;
		m.sig[col] = (char)('a' + role);
		if (!blank(t))
			nonempty++;
		if (role != R_NONE)
			known++;
		exacts += exact;
		if (role == R_ACTION || role == R_ACTION_LEAD)
			acts = 1;
	}
	if (!(r->header && known >= 1) && (known < 2 || !exacts || known * 2 < nonempty))
		return 0;
	if (!acts) {
		/* a header row of a table with no action column is still a
		 * header (to skip), but gives no map */
		if (out)
			out->valid = 0;
		return 1;
	}
	m.valid = 1;
	if (out)
		*out = m;
	return 1;
}

/* --columns: "A=objective,B=action,4=lead"; PLAN_EINVALID with the reason. */
static int parse_columns(const char *spec, struct colmap *m)
{
	const char *p = spec;

	memset(m, 0, sizeof *m);
	for (size_t i = 0; i < MAX_COLS; i++) {
		m->role[i] = R_SKIP;
		m->header[i] = "";
	}
	while (*p) {
		size_t col = 0, n, k;
		int exact, found = 0;
		char name[64];
		enum role role = R_NONE;
		const char *start = p;

		while (*p == ' ')
			p++;
		if (isdigit((unsigned char)*p)) {
			while (isdigit((unsigned char)*p) && col < 100000)
				col = col * 10 + (size_t)(*p++ - '0');
		} else {
			while (isalpha((unsigned char)*p) && col < 100000)
				col = col * 26 + (size_t)(toupper((unsigned char)*p++) - 'A' + 1);
		}
		if (col == 0 || col > MAX_COLS || *p != '=')
			return plan_error_set(PLAN_EINVALID,
					      "--columns: \"%.*s\" is not COLUMN=NAME (a column letter A, B, ... or number 1, 2, ...; at most %d)",
					      (int)strcspn(start, ","), start, MAX_COLS);
		p++;
		n = strcspn(p, ",");
		if (n >= sizeof name)
			n = sizeof name - 1;
		memcpy(name, p, n);
		name[n] = '\0';
		for (k = 0; k < NROLES; k++)
			if (strcasecmp(name, role_names[k]) == 0) {
				role = (enum role)k;
				found = 1;
			}
		if (!found) {
			role = header_role(name, &exact);
			found = role != R_NONE;
		}
		if (!found)
			return plan_error_set(PLAN_EINVALID,
					      "--columns: \"%s\" is not a column planimport knows; the names are objective, action, "
					      "lead, due, review, update, rag, measure, partner, comments, section, id, note and skip "
					      "(or a header such as \"lead officer\")",
					      name);
		m->role[col - 1] = role;
		if (col > m->ncols)
			m->ncols = col;
		p += strcspn(p, ",");
		if (*p == ',')
			p++;
	}
	for (size_t i = 0; i < m->ncols; i++)
		if (m->role[i] == R_ACTION || m->role[i] == R_ACTION_LEAD)
			m->valid = 1;
	if (!m->valid)
		return plan_error_set(PLAN_EINVALID, "--columns: no column is the action (say which: B=action)");
	for (size_t i = 0; i < m->ncols; i++)
		m->sig[i] = (char)('a' + m->role[i]);
	return PLAN_OK;
}

/* The model, in the order the rows gave it. */
typedef struct imp_act {
	sbuf cell[NROLES];
	sbuf notes;            /* "Header: text" of columns not mapped, one a paragraph */
	sbuf guess;            /* comments on how rows were joined */
	unsigned fill;         /* the RAG or update cell's fill, when has_fill */
	int has_fill;
	size_t row;            /* 1-based, in its table */
	const char *table;
	size_t obj;            /* index into objs, or NONE */
} imp_act;

typedef struct imp_obj {
	sbuf text;             /* the objective cell, or the heading row */
	sbuf measure;          /* measures on rows with no action */
	sbuf notes;
	int heading;           /* from a heading row */
	size_t section;
} imp_obj;

typedef struct imp_sec {
	sbuf text;
} imp_sec;

#define NONE ((size_t)-1)

enum { ITEM_SECTION, ITEM_OBJ, ITEM_ACT };

struct model {
	imp_act *acts;
	size_t nacts, actscap;
	imp_obj *objs;
	size_t nobjs, objscap;
	imp_sec *secs;
	size_t nsecs, secscap;
	struct { int kind; size_t i; } *items;
	size_t nitems, itemscap;
	sbuf plan_notes;
	const char *title_row;     /* a title above the first table's header, or NULL */
	size_t cur_obj, cur_act, cur_sec;
};

static void add_item(struct ctx *c, struct model *m, int kind, size_t i)
{
	if (c->oom || PLAN_GROW(m->items, m->itemscap, m->nitems + 1) < 0) {
		c->oom = 1;
		return;
	}
	m->items[m->nitems].kind = kind;
	m->items[m->nitems++].i = i;
}

static size_t new_obj(struct ctx *c, struct model *m)
{
	if (c->oom || PLAN_GROW(m->objs, m->objscap, m->nobjs + 1) < 0) {
		c->oom = 1;
		return NONE;
	}
	memset(&m->objs[m->nobjs], 0, sizeof m->objs[0]);
	m->objs[m->nobjs].section = m->cur_sec;
	add_item(c, m, ITEM_OBJ, m->nobjs);
	m->cur_act = NONE;
	return m->cur_obj = m->nobjs++;
}

static size_t new_act(struct ctx *c, struct model *m, const char *table, size_t row)
{
	if (c->oom || PLAN_GROW(m->acts, m->actscap, m->nacts + 1) < 0) {
		c->oom = 1;
		return NONE;
	}
	memset(&m->acts[m->nacts], 0, sizeof m->acts[0]);
	m->acts[m->nacts].obj = m->cur_obj;
	m->acts[m->nacts].table = table;
	m->acts[m->nacts].row = row;
	add_item(c, m, ITEM_ACT, m->nacts);
	return m->cur_act = m->nacts++;
}

static void model_free(struct model *m)
{
	size_t i, k;

	for (i = 0; i < m->nacts; i++) {
		for (k = 0; k < NROLES; k++)
			sb_free(&m->acts[i].cell[k]);
		sb_free(&m->acts[i].notes);
		sb_free(&m->acts[i].guess);
	}
	for (i = 0; i < m->nobjs; i++) {
		sb_free(&m->objs[i].text);
		sb_free(&m->objs[i].measure);
		sb_free(&m->objs[i].notes);
	}
	for (i = 0; i < m->nsecs; i++)
		sb_free(&m->secs[i].text);
	plan_free(m->acts);
	plan_free(m->objs);
	plan_free(m->secs);
	plan_free(m->items);
	sb_free(&m->plan_notes);
}

/* Whether s starts with word w (ASCII, any case) followed by a non-letter. */
static int starts_word(const char *s, const char *w)
{
	size_t n = strlen(w);
	return strncasecmp(s, w, n) == 0 && !isalpha((unsigned char)s[n]);
}

/*
 * Whether a heading row's text reads as an objective: it starts with
 * "Strategic Objective", "Objective", "Priority", ... or, with numbers
 * (a row that spans the table, or one above the header), "3. ...".
 */
static int objective_heading(const char *t, int numbers)
{
	while (*t == ' ' || *t == '\n')
		t++;
	return starts_word(t, "strategic") || starts_word(t, "objective") || starts_word(t, "priority") ||
	       starts_word(t, "outcome") || starts_word(t, "theme") || starts_word(t, "aim") ||
	       (numbers && isdigit((unsigned char)t[0]) && (t[1] == '.' || t[1] == ')' || t[1] == ' '));
}

/* A row's single text when it is one cell with text (a heading), else NULL; *col its column. */
static const char *single_cell(const plan_table_row *r, int *spans, size_t *col)
{
	const char *t = NULL;
	size_t i, at = 0;

	*spans = 0;
	for (i = 0; i < r->ncells; at += r->cells[i].span ? r->cells[i].span : 1, i++) {
		if (r->cells[i].continued || blank(r->cells[i].text))
			continue;
		if (t)
			return NULL;
		t = r->cells[i].text;
		*spans = r->cells[i].span > 1;
		*col = at;
	}
	return t;
}

/* The RAG a fill colour shows, by hue: 0 none, else PLAN_RAG_*. */
static int rag_of_fill(unsigned rgb)
{
	double r = ((rgb >> 16) & 0xff) / 255.0, g = ((rgb >> 8) & 0xff) / 255.0, b = (rgb & 0xff) / 255.0;
	double max = r > g ? (r > b ? r : b) : (g > b ? g : b);
	double min = r < g ? (r < b ? r : b) : (g < b ? g : b);
	double d = max - min, h;

	if (max < 0.2 || d / max < 0.25)
		return PLAN_RAG_NONE;   /* black, grey, white, pale tints */
	if (max == r)
		h = 60 * ((g - b) / d);
	else if (max == g)
		h = 60 * ((b - r) / d + 2);
	else
		h = 60 * ((r - g) / d + 4);
	if (h < 0)
		h += 360;
	if (h < 18 || h >= 330)
		return PLAN_RAG_RED;
	if (h < 70)
		return PLAN_RAG_AMBER;
	if (h < 170)
		return PLAN_RAG_GREEN;
	return PLAN_RAG_NONE;
}

int plan_import_rag_of_fill(unsigned rgb)
{
	return rag_of_fill(rgb);
}

static int when_ok(struct ctx *c, const char *s, size_t n, char *canon, size_t size);

/* Whether row has text in a column of role a, b or c. */
static int row_has(const plan_table_row *row, const struct colmap *map, enum role a, enum role b, enum role c)
{
	size_t col;

	for (col = 0; col < map->ncols; col++)
		if ((map->role[col] == a || map->role[col] == b || map->role[col] == c) && !blank(cell_text(row, col)))
			return 1;
	return 0;
}

/*
 * With --columns, whether the first row of a table is its header: no cell
 * longer than 40 bytes, and no due or review cell that reads as a date.
 * Its texts become the headers the notes name.
 */
static int columns_header(struct ctx *c, const plan_table_row *row, struct colmap *map)
{
	size_t col;
	char canon[256];

	for (col = 0; col < map->ncols; col++) {
		const char *t = cell_text(row, col);
		if (strlen(t) > 40)
			return 0;
		if ((map->role[col] == R_DUE || map->role[col] == R_REVIEW) && !blank(t) &&
		    when_ok(c, t, strlen(t), canon, sizeof canon))
			return 0;
	}
	for (col = 0; col < map->ncols; col++)
		map->header[col] = cell_text(row, col);
	return 1;
}

/* Reads one table's rows into the model. */
static void read_table(struct ctx *c, struct model *m, const plan_table *t, struct colmap *map,
		       const struct colmap *given, int *mapped)
{
	size_t r, col, header_at = NONE;
	struct colmap found;
	int have = 0, said = 0;
	char label[64];

	/* the header row: this table's own, else the last table's (a page break) */
	if (given) {
		*map = *given;
		have = 1;
	}
	for (r = 0; r < t->nrows && r < 20; r++)
		if (header_row(&t->rows[r], &found) && found.valid) {
			if (!given)
				*map = found;
			have = 1;
			header_at = r;
			break;
		}
	if (!have && map->valid && t->nrows && row_width(&t->rows[0]) == map->ncols)
		have = 1;   /* the table above, cut by a page break */
	if (!have) {
		/* no column here maps to actions: its text is kept as a plan note */
		for (r = 0; r < t->nrows; r++) {
			sbuf line = { 0 };
			c->stats->rows++;
			for (col = 0; col < t->rows[r].ncells; col++) {
				const char *x = t->rows[r].cells[col].text;
				if (t->rows[r].cells[col].continued || blank(x))
					continue;
				if (line.len)
					sb_add(c, &line, " | ");
				sb_add(c, &line, x);
			}
			if (line.len) {
				if (!said++)
					cell_append(c, &m->plan_notes, t->name ? t->name : "a table");
				cell_append(c, &m->plan_notes, line.s);
			}
			sb_free(&line);
		}
		return;
	}
	*mapped = 1;
	for (r = 0; r < t->nrows; r++) {
		const plan_table_row *row = &t->rows[r];
		const char *single, *text;
		int spans, starts_new = 0, above;
		size_t a, scol = 0, width;

		c->stats->rows++;
		if (r == header_at)
			continue;
		if (header_row(row, &found)) {
			if (found.valid && !given)
				*map = found;   /* a header again, or a new one */
			continue;
		}
		if (given && header_at == NONE && r == 0 && columns_header(c, row, map))
			continue;
		single = single_cell(row, &spans, &scol);
		above = header_at != NONE && r < header_at;
		/* a heading: one cell across the table, or above the header, or
		 * "Objective ..." alone in a column that is not the objective's
		 * or the action's */
		if (single && (spans || above ||
			       (objective_heading(single, 0) &&
				(scol >= map->ncols || (map->role[scol] != R_OBJECTIVE && map->role[scol] != R_ACTION &&
							map->role[scol] != R_ACTION_LEAD))))) {
			if (objective_heading(single, spans || above)) {
				size_t o = new_obj(c, m);
				if (o != NONE) {
					m->objs[o].heading = 1;
					cell_append(c, &m->objs[o].text, single);
				}
			} else if (!m->title_row && !m->nitems && header_at != NONE && r < header_at) {
				m->title_row = single;   /* the table's title: the plan's, unless the document has one */
			} else {
				cell_append(c, &m->plan_notes, single);
			}
			continue;
		}
		if (header_at != NONE && r < header_at) {
			/* above the header, more than one cell: kept as a note of the plan */
			sbuf line = { 0 };
			for (col = 0; col < row->ncells; col++) {
				const char *x = row->cells[col].text;
				if (row->cells[col].continued || blank(x))
					continue;
				if (line.len)
					sb_add(c, &line, " | ");
				sb_add(c, &line, x);
			}
			if (line.len)
				cell_append(c, &m->plan_notes, line.s);
			sb_free(&line);
			continue;
		}
		/* the section and objective cells: a new one when not empty */
		for (col = 0; col < map->ncols; col++) {
			text = cell_text(row, col);
			if (blank(text))
				continue;
			if (map->role[col] == R_SECTION) {
				if (c->oom || PLAN_GROW(m->secs, m->secscap, m->nsecs + 1) < 0) {
					c->oom = 1;
					return;
				}
				memset(&m->secs[m->nsecs], 0, sizeof m->secs[0]);
				cell_append(c, &m->secs[m->nsecs].text, text);
				add_item(c, m, ITEM_SECTION, m->nsecs);
				m->cur_sec = m->nsecs++;
				m->cur_obj = NONE;
				m->cur_act = NONE;
			}
		}
		for (col = 0; col < map->ncols; col++) {
			text = cell_text(row, col);
			if (map->role[col] != R_OBJECTIVE || blank(text))
				continue;
			if (m->cur_obj != NONE && !m->objs[m->cur_obj].heading &&
			    strcmp(sb_str(&m->objs[m->cur_obj].text), text) == 0)
				continue;   /* the same text again: a merged cell written out */
			if (new_obj(c, m) != NONE)
				cell_append(c, &m->objs[m->cur_obj].text, text);
		}
		/* a new action, or more of the one above */
		for (col = 0; col < map->ncols; col++) {
			if (map->role[col] != R_ACTION && map->role[col] != R_ACTION_LEAD && map->role[col] != R_ID)
				continue;
			text = cell_text(row, col);
			if (blank(text))
				continue;
			starts_new = 1;
			/*
			 * A row cut by a page break: the action above ends
			 * mid-sentence and this goes on in lower case, or with a
			 * figure ("18's involved") on a row with no lead or date.
			 */
			if (map->role[col] != R_ID && m->cur_act != NONE && m->acts[m->cur_act].obj == m->cur_obj &&
			    !isupper((unsigned char)text[strspn(text, " \n")]) &&
			    !plan_import_label(text, label, sizeof label)) {
				const sbuf *prev = &m->acts[m->cur_act].cell[map->role[col]];
				unsigned char first = (unsigned char)text[strspn(text, " \n")];
				if (prev->len && !strchr(".:;!?)", prev->s[prev->len - 1]) &&
				    (islower(first) || !row_has(row, map, R_LEAD, R_DUE, R_REVIEW)))
					starts_new = 0;
			}
			break;
		}
		if (starts_new) {
			a = new_act(c, m, t->name, r + 1);
		} else {
			a = m->cur_act;
			if (a != NONE && a < m->nacts)
				sb_printf(c, &m->acts[a].guess, "row %zu of %s read as more of row %zu above\n",
					  r + 1, t->name ? t->name : "the table", m->acts[a].row);
		}
		width = row_width(row) > map->ncols ? row_width(row) : map->ncols;
		for (col = 0; col < width; col++) {
			const plan_table_cell *cell = cell_at(row, col);
			/* a cell past the header's columns is a note ("column H: ...") */
			enum role role = col < map->ncols ? map->role[col] : R_NONE;
			const char *header = col < map->ncols ? map->header[col] : "";
			char colname[32];
			if (blank(header)) {
				snprintf(colname, sizeof colname, "column %zu", col + 1);
				header = colname;
			}
			text = cell_text(row, col);
			if (role == R_SECTION || role == R_OBJECTIVE || role == R_SKIP)
				continue;
			if (a == NONE) {
				/* a row before any action: measures stay with the objective */
				if (blank(text))
					continue;
				if (m->cur_obj == NONE)
					new_obj(c, m);
				if (m->cur_obj == NONE)
					return;
				if (role == R_MEASURE) {
					cell_append(c, &m->objs[m->cur_obj].measure, text);
				} else {
					sb_printf(c, &m->objs[m->cur_obj].notes, "%s%s: ",
						  m->objs[m->cur_obj].notes.len ? "\n" : "", header);
					sb_add(c, &m->objs[m->cur_obj].notes, text);
				}
				continue;
			}
			if (cell && cell->has_fill && (role == R_RAG || (role == R_UPDATE && !m->acts[a].has_fill))) {
				m->acts[a].fill = cell->fill;
				m->acts[a].has_fill = 1;
			}
			if (blank(text))
				continue;
			if (role == R_NONE) {
				imp_act *x = &m->acts[a];
				if (x->notes.len)
					sb_add(c, &x->notes, "\n");
				sb_printf(c, &x->notes, "%s: ", header);
				sb_add(c, &x->notes, text);
				continue;
			}
			cell_append_as(c, &m->acts[a].cell[role], text, role == R_DUE || role == R_REVIEW);
		}
	}
}

/* ---- values ---- */

/* Whether s[0..n) is an id of SPEC.md section 10. */
static int id_ok(const char *s, size_t n)
{
	size_t i;
	int part = 0;

	if (!n || n > 64)
		return 0;
	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (isalnum(ch)) {
			part = 1;
		} else if ((ch == '.' || ch == '_' || ch == '-') && part) {
			part = 0;
		} else {
			return 0;
		}
	}
	return part;
}

/*
 * Numbering at the start of text: "1.", "1.1.1", "(a)", "b)", "a.",
 * "(iv)".  Writes the label (without brackets or the final full stop)
 * into label and returns the length of the numbering with the blanks and
 * dash after it; 0 when text starts with none.  A number alone ("2 year
 * fixed term") is not numbering.
 */
size_t plan_import_label(const char *text, char *label, size_t size)
{
	const char *p = text, *start, *end;
	size_t n;

	while (*p == ' ' || *p == '\n')
		p++;
	start = p;
	if (*p == '(') {
		start = ++p;
		while (isalnum((unsigned char)*p) && p - start < 5)
			p++;
		if (*p != ')' || p == start)
			return 0;
		end = p++;
	} else if (isdigit((unsigned char)*p)) {
		int dots = 0;
		while (isdigit((unsigned char)*p) || (*p == '.' && isdigit((unsigned char)p[1]))) {
			dots += *p == '.';
			p++;
		}
		if (isalpha((unsigned char)*p) && !isalpha((unsigned char)p[1]))
			p++;   /* "3a)" */
		end = p;
		if (*p == '.' || *p == ')')
			p++;
		else if (!dots)
			return 0;
	} else if (isalpha((unsigned char)*p) && (p[1] == ')' || (p[1] == '.' && islower((unsigned char)*p)))) {
		end = ++p;
		p++;
	} else {
		return 0;
	}
	if (*p && *p != ' ' && *p != '\n' && *p != '\t')
		return 0;
	n = (size_t)(end - start);
	if (n + 1 > size || !id_ok(start, n))
		return 0;
	memcpy(label, start, n);
	label[n] = '\0';
	while (*p == ' ' || *p == '\t')
		p++;
	if (!strncmp(p, "\xe2\x80\x93", 3) || !strncmp(p, "\xe2\x80\x94", 3))
		p += 3;
	else if (*p == '-' && p[1] == ' ')
		p++;
	while (*p == ' ' || *p == '\t')
		p++;
	return (size_t)(p - text);
}

/* Whether a one-line plan with "due TEXT" parses with no error: the language's own reading. */
static int when_parses(struct ctx *c, const char *s, size_t n)
{
	static const char head[] = "plan P\naction A\n  due ";
	plan_set *set;
	char *buf;
	int ok, rc;

	if (!(buf = plan_malloc(sizeof head + n + 2))) {
		c->oom = 1;
		return 0;
	}
	memcpy(buf, head, sizeof head - 1);
	memcpy(buf + sizeof head - 1, s, n);
	buf[sizeof head - 1 + n] = '\n';
	if (!(set = plan_set_new())) {
		plan_free(buf);
		c->oom = 1;
		return 0;
	}
	rc = plan_load_buffer(set, "import", buf, sizeof head + n);
	if (rc == PLAN_ENOMEM || set->diags.oom)
		c->oom = 1;
	ok = rc == PLAN_OK && set->diags.count[PLAN_SEV_ERROR] == 0 && !set->diags.oom;
	plan_set_free(set);
	plan_free(buf);
	return ok;
}

/*
 * Whether s[0..n) is a when the language reads (a date, a range, a
 * rhythm, a placeholder); its spelling to write into canon: the
 * canonical date for a date, else as written.
 */
static int when_ok(struct ctx *c, const char *s, size_t n, char *canon, size_t size)
{
	/* a when is one line, and a note is the language's, after a comma */
	plan_date d;
	size_t bad, it, i;
	uint64_t h;
	int ok;

	if (!n || n >= size || memchr(s, ',', n) || memchr(s, '\n', n) || memchr(s, '#', n))
		return 0;
	if (plan_date_parse(&d, s, n, &bad) == PLAN_OK) {
		plan_error_clear();
		plan_date_format(canon, size, &d);
		return 1;
	}
	plan_error_clear();
	h = plan_hash(s, n);
	for (i = plan_map_first(&c->wcmap, h, &it); i != PLAN_MAP_NONE; i = plan_map_next(&c->wcmap, h, &it))
		if (strlen(c->wc[i].key) == n && memcmp(c->wc[i].key, s, n) == 0) {
			if (!c->wc[i].canon)
				return 0;
			snprintf(canon, size, "%s", c->wc[i].canon);
			return 1;
		}
	ok = when_parses(c, s, n);
	if (c->oom || PLAN_GROW(c->wc, c->wccap, c->nwc + 1) < 0) {
		c->oom = 1;
		return 0;
	}
	c->wc[c->nwc].key = plan_strndup(s, n);
	c->wc[c->nwc].canon = ok ? plan_strndup(s, n) : NULL;
	if (!c->wc[c->nwc].key || (ok && !c->wc[c->nwc].canon) || plan_map_put(&c->wcmap, h, c->nwc) < 0) {
		plan_free(c->wc[c->nwc].key);
		plan_free(c->wc[c->nwc].canon);
		c->oom = 1;
		return 0;
	}
	c->nwc++;
	if (ok) {
		memcpy(canon, s, n);
		canon[n] = '\0';
	}
	return ok;
}

/* The end of the word at s (blanks end a word). */
static const char *word_end(const char *s)
{
	while (*s && *s != ' ' && *s != '\t' && *s != '\n')
		s++;
	return s;
}

static const char *skip_blanks(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/*
 * The longest run of words at the start of s (one line) that is a when:
 * returns its length (0: none) with its spelling in canon.  A trailing
 * full stop, comma, colon or semicolon is not part of it.  dates_only:
 * a date of plan_date_parse, not a range or a rhythm.
 */
static size_t read_when(struct ctx *c, const char *s, char *canon, size_t size, int dates_only)
{
	const char *ends[8];
	size_t nw = 0, k;
	const char *p = skip_blanks(s);

	while (*p && *p != '\n' && nw < 8) {
		ends[nw++] = word_end(p);
		p = skip_blanks(ends[nw - 1]);
	}
	for (k = nw; k > 0; k--) {
		const char *e = ends[k - 1];
		size_t n;
		while (e > s && strchr(".,:;", e[-1]))
			e--;
		n = (size_t)(e - s);
		if (!n)
			continue;
		if (dates_only) {
			plan_date d;
			size_t bad;
			if (n < size && !memchr(s, '\n', n) && plan_date_parse(&d, s, n, &bad) == PLAN_OK) {
				plan_error_clear();
				plan_date_format(canon, size, &d);
				return n;
			}
			plan_error_clear();
		} else if (when_ok(c, s, n, canon, size)) {
			return n;
		}
	}
	return 0;
}

/* The decision verbs and how a decision line writes them. */
static const struct {
	const char *word;
	const char *verb;
} verbs[] = {
	{ "continue", "continue" }, { "continued", "continue" }, { "continuing", "continue" },
	{ "complete", "complete" }, { "completed", "complete" },
	{ "remove", "remove" }, { "removed", "remove" },
	{ "decommission", "decommissioned" }, { "decommissioned", "decommissioned" },
	{ NULL, NULL }
};

/* The decision verb that the word at s is (word n bytes), or NULL. */
static const char *verb_at(const char *s, size_t n)
{
	size_t i;
	while (n && strchr(".,:;!", s[n - 1]))
		n--;
	for (i = 0; verbs[i].word; i++)
		if (strlen(verbs[i].word) == n && strncasecmp(s, verbs[i].word, n) == 0)
			return verbs[i].verb;
	return NULL;
}

/* The RAG that word s[0..n) names: "red", "Amber", "G", ...; 0 when none. */
static int rag_word(const char *s, size_t n)
{
	while (n && strchr(".,:;!", s[n - 1]))
		n--;
	if ((n == 3 && !strncasecmp(s, "red", 3)) || (n == 1 && (*s == 'R' || *s == 'r')))
		return PLAN_RAG_RED;
	if ((n == 5 && !strncasecmp(s, "amber", 5)) || (n == 1 && (*s == 'A' || *s == 'a')))
		return PLAN_RAG_AMBER;
	if ((n == 5 && !strncasecmp(s, "green", 5)) || (n == 1 && (*s == 'G' || *s == 'g')))
		return PLAN_RAG_GREEN;
	return PLAN_RAG_NONE;
}

static const char *rag_name(int r)
{
	return r == PLAN_RAG_RED ? "red" : r == PLAN_RAG_AMBER ? "amber" : r == PLAN_RAG_GREEN ? "green" : "";
}

/* ---- writing ---- */

struct out {
	FILE *f;
	struct ctx *c;
};

/* "# planimport: MESSAGE", counted as a guess. */
static void guess(struct out *o, const char *indent, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void guess(struct out *o, const char *indent, const char *fmt, ...)
{
	char buf[600], *p;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	for (p = buf; *p; p++)
		if ((unsigned char)*p < 0x20)
			*p = ' ';
	fprintf(o->f, "%s# planimport: %s\n", indent, buf);
	o->c->stats->guesses++;
}

/* Writes line s[0..n) for a text block: no control characters, no leading '#'. */
static void put_line(struct out *o, const char *s, size_t n, int line_start)
{
	size_t i;

	if (n && *s == '#' && line_start)
		fputs("No. ", o->f);
	for (i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		fputc(ch < 0x20 || ch == 0x7f ? ' ' : ch, o->f);
	}
	fputc('\n', o->f);
}

/*
 * Writes text as a text block (SPEC.md section 4): its first line after
 * head on the same line (head NULL: every line below), the rest indented
 * by indent; a blank line between paragraphs.  Lines are trimmed; blank
 * lines at the ends are dropped and runs of them made one.
 */
static void put_block(struct out *o, const char *head, const char *indent, const char *text)
{
	const char *p = text;
	int first = 1, pending_blank = 0;

	if (!head)
		first = 0;
	else
		fputs(head, o->f);
	while (*p) {
		const char *e = strchr(p, '\n'), *b, *q;
		if (!e)
			e = p + strlen(p);
		b = p;
		while (b < e && blankch((unsigned char)*b))
			b++;
		q = e;
		while (q > b && blankch((unsigned char)q[-1]))
			q--;
		if (q == b) {
			pending_blank = 1;
		} else {
			if (first) {
				put_line(o, b, (size_t)(q - b), 0);
				first = 0;
			} else {
				if (pending_blank && (head == NULL || 1))
					fputc('\n', o->f);
				fputs(indent, o->f);
				put_line(o, b, (size_t)(q - b), 1);
			}
			pending_blank = 0;
		}
		p = *e ? e + 1 : e;
	}
	if (first)
		fputc('\n', o->f);
}

/* A field with text; empty text writes nothing. */
static void put_field(struct out *o, const char *field, const char *text)
{
	char head[32];

	if (blank(text))
		return;
	snprintf(head, sizeof head, "  %s ", field);
	put_block(o, head, "    ", text);
}

static void put_note(struct out *o, const char *text)
{
	if (blank(text))
		return;
	put_field(o, "note", text);
	o->c->stats->notes++;
}

/* Claims id want (unique within the plan): it, or it with _2, _3, ... into out. */
static int claim_id(struct ctx *c, const char *want, char *out, size_t size)
{
	size_t it, i, k;

	for (k = 1;; k++) {
		uint64_t h;
		int used = 0;
		if (k == 1)
			snprintf(out, size, "%s", want);
		else
			snprintf(out, size, "%s_%zu", want, k);
		h = plan_hash_str(out);
		for (i = plan_map_first(&c->idmap, h, &it); i != PLAN_MAP_NONE; i = plan_map_next(&c->idmap, h, &it))
			if (strcmp(c->ids[i], out) == 0)
				used = 1;
		if (used)
			continue;
		if (PLAN_GROW(c->ids, c->idscap, c->nids + 1) < 0 || !(c->ids[c->nids] = plan_strdup(out))) {
			c->oom = 1;
			return 0;
		}
		c->nids++;   /* freed with the rest, whether or not the map takes it */
		if (plan_map_put(&c->idmap, h, c->nids - 1) < 0)
			c->oom = 1;
		return k > 1;
	}
}

/* The lines of text, one at a time: *line and *len; 0 at the end. */
static int next_line(const char **p, const char **line, size_t *len)
{
	const char *s = *p, *e;

	if (!*s)
		return 0;
	e = strchr(s, '\n');
	if (!e)
		e = s + strlen(s);
	while (s < e && blankch((unsigned char)*s))
		s++;
	*line = s;
	*len = (size_t)(e - s);
	while (*len && blankch((unsigned char)s[*len - 1]))
		(*len)--;
	*p = *e ? e + 1 : e;
	return 1;
}

/* A copy of line[0..n) NUL-terminated, in buf (cut to size). */
static char *line_copy(char *buf, size_t size, const char *line, size_t n)
{
	if (n >= size)
		n = size - 1;
	memcpy(buf, line, n);
	buf[n] = '\0';
	return buf;
}

/*
 * "June / July 2018", "June - July 2018", "June to July 2018": two months
 * of one year, written as the range "2018-06 to 2018-07" into out.
 */
static int month_pair(const char *s, char *out, size_t size)
{
	const char *p = skip_blanks(s), *e;
	int a, b, y = 0, digits = 0;

	for (e = p; isalpha((unsigned char)*e); e++)
		;
	a = plan_month_from_name(p, (size_t)(e - p));
	p = skip_blanks(e);
	if (*p == '/' || *p == '-')
		p++;
	else if (!strncmp(p, "\xe2\x80\x93", 3))
		p += 3;
	else if (starts_word(p, "to"))
		p += 2;
	else
		return 0;
	p = skip_blanks(p);
	for (e = p; isalpha((unsigned char)*e); e++)
		;
	b = plan_month_from_name(p, (size_t)(e - p));
	p = skip_blanks(e);
	for (; isdigit((unsigned char)*p) && digits < 5; p++, digits++)
		y = y * 10 + (*p - '0');
	if (*skip_blanks(p) || digits != 4 || !a || !b || b <= a || y < PLAN_DATE_MIN_YEAR || y > PLAN_DATE_MAX_YEAR)
		return 0;
	snprintf(out, size, "%04d-%02d to %04d-%02d", y, a, y, b);
	return 1;
}

/*
 * A due or review cell, line by line: dates and rhythms (with the rest
 * of the line as the note), decisions ("CONTINUE 2019/20"), and what is
 * neither as a note.  field is "due" or "review"; for due, the first
 * when is the due date and later ones are review points.
 */
static void put_when_cell(struct out *o, const char *field, const char *header, const char *text, sbuf *decisions,
			  sbuf *notes, int *have_due)
{
	const char *p = text, *line;
	size_t len;
	char buf[4096];

	while (next_line(&p, &line, &len)) {
		const char *w, *verb = NULL, *before_end, *after = NULL;
		char canon[256];
		size_t n;

		if (!len)
			continue;
		line_copy(buf, sizeof buf, line, len);
		/* a decision verb as a word of its own */
		for (w = skip_blanks(buf); *w; w = skip_blanks(word_end(w)))
			if ((verb = verb_at(w, (size_t)(word_end(w) - w))))
				break;
		before_end = verb ? w : buf + strlen(buf);
		if (verb)
			after = skip_blanks(word_end(w));
		/* the date before it */
		{
			const char *s = skip_blanks(buf), *at;
			size_t blen = (size_t)(before_end - s);
			char part[4096];
			line_copy(part, sizeof part, s, blen);
			while (blen && isspace((unsigned char)part[blen - 1]))
				part[--blen] = '\0';
			char advice[256];
			int typo = 0;
			if (month_pair(part, canon, sizeof canon)) {
				/* "June / July 2018": from the first month to the second */
				guess(o, "  ", "\"%s\" read as the range %s", part, canon);
				fprintf(o->f, "  %s %s, %s\n",
					!strcmp(field, "due") && (*have_due)++ ? "review" : field, canon, part);
				part[0] = '\0';
			}
			for (at = part; *at; at = skip_blanks(word_end(at))) {
				if ((n = read_when(o->c, at, canon, sizeof canon, 0)))
					break;
				/* a date misspelt ("Octobr 2019"): not read from its other words */
				if (at == part && plan_date_advice(advice, sizeof advice, part, strlen(part), NULL, 0)) {
					typo = 1;
					at = part + strlen(part);
					break;
				}
			}
			if (*part && !*at) {
				char note[4200];
				if (typo)
					guess(o, "  ", "\"%s\" in %s is not a date (%s): kept as a note", part, header,
					      advice);
				else
					guess(o, "  ", "\"%s\" in %s is not a date: kept as a note", part, header);
				snprintf(note, sizeof note, "%s: %s", header, part);
				if (notes->len)
					sb_add(o->c, notes, "\n\n");
				sb_add(o->c, notes, note);
			} else if (*part) {
				const char *rest = at + n;
				const char *which = field;
				while (*rest && strchr(" ,;:.-", *rest))
					rest++;
				if (!strcmp(field, "due") && (*have_due)++)
					which = "review";
				if (at != part)
					guess(o, "  ", "the date of \"%s\" is read from its words \"%.*s\"", part, (int)n, at);
				fprintf(o->f, "  %s %s", which, canon);
				if (at != part)
					fprintf(o->f, ", %s\n", part);
				else if (*rest)
					fprintf(o->f, ", %s\n", rest);
				else
					fputc('\n', o->f);
			}
		}
		if (verb) {
			char dcanon[64];
			const char *rest = after;
			fprintf(o->f, "  decision %s", verb);
			if (!strcmp(verb, "continue")) {
				if (!strncasecmp(rest, "into ", 5))
					rest = skip_blanks(rest + 5);
				if ((n = read_when(o->c, rest, dcanon, sizeof dcanon, 1))) {
					fprintf(o->f, " into %s", dcanon);
					rest += n;
				}
			}
			while (*rest && strchr(" ,;:.", *rest))
				rest++;
			if (*rest)
				fprintf(o->f, ", %s", rest);
			fputc('\n', o->f);
			(void)decisions;
		}
	}
}

/* One update of a cell. */
struct upd {
	char date[64];     /* "" for none */
	int rag;
	sbuf text;
};

/*
 * Whether line starts a dated update: "UPDATE 10th Jan 2019 Green",
 * "25 Feb 19 update: text", "10/01/2019".  Fills date, rag and *rest
 * (the text after it on the line).
 */
static int update_heading(const char *line, char *date, size_t size, int *rag, const char **rest)
{
	char buf[256], fixed[256];
	const char *p = skip_blanks(line), *w, *end;
	int marked = 0;
	size_t k, nw = 0;
	const char *ends[6];
	plan_date d;
	size_t bad;

	*rag = 0;
	if (starts_word(p, "update") || starts_word(p, "updated") || starts_word(p, "progress")) {
		marked = 1;
		p = skip_blanks(word_end(p));
		while (*p == ':' || *p == '-')
			p = skip_blanks(p + 1);
	}
	for (w = p; *w && nw < 5; w = skip_blanks(word_end(w)))
		ends[nw++] = word_end(w);
	for (k = nw; k > 0; k--) {
		size_t n;
		end = ends[k - 1];
		while (end > p && strchr(".,:;", end[-1]))
			end--;
		n = (size_t)(end - p);
		if (!n || n >= sizeof buf)
			continue;
		line_copy(buf, sizeof buf, p, n);
		/* a day, a month name and a year in two digits: "25 Feb 19" */
		{
			int dd, yy, used = 0;
			char mon[16];
			if (sscanf(buf, "%2d %15s %2d%n", &dd, mon, &yy, &used) == 3 && (size_t)used == n &&
			    plan_month_from_name(mon, strcspn(mon, "")) && n >= 8 && isdigit((unsigned char)buf[n - 2])) {
				snprintf(fixed, sizeof fixed, "%d %s 20%02d", dd, mon, yy);
				if (plan_date_parse(&d, fixed, strlen(fixed), &bad) == PLAN_OK)
					goto found;
			}
		}
		if (plan_date_parse(&d, buf, n, &bad) == PLAN_OK &&
		    (d.prec == PLAN_PREC_DAY || d.prec == PLAN_PREC_MONTH || marked))
			goto found;
		plan_error_clear();
		continue;
found:
		plan_error_clear();
		plan_date_format(date, size, &d);
		p = skip_blanks(ends[k - 1]);
		for (;;) {
			size_t wn;
			while (*p && strchr(" ,:;-", *p))
				p++;
			if (!strncmp(p, "\xe2\x80\x93", 3)) {
				p += 3;
				continue;
			}
			wn = (size_t)(word_end(p) - p);
			if (!wn)
				break;
			if (!*rag && (wn > 1 || (wn == 1 && marked)) && rag_word(p, wn)) {
				*rag = rag_word(p, wn);
			} else if ((wn >= 6 && !strncasecmp(p, "update", 6)) || (wn == 3 && !strncasecmp(p, "rag", 3)) ||
				   (wn >= 6 && !strncasecmp(p, "rating", 6))) {
				marked = 1;
			} else {
				break;
			}
			p += wn;
		}
		*rest = p;
		return !*p || marked;
	}
	return 0;
}

/* Splits an update cell into updates; returns how many (into *out, plan_malloc'ed). */
static size_t split_updates(struct ctx *c, const char *text, struct upd **out)
{
	struct upd *u = NULL;
	size_t n = 0, cap = 0;
	const char *p = text, *line;
	size_t len;
	char buf[8192];

	while (next_line(&p, &line, &len)) {
		char date[64];
		int rag;
		const char *rest;

		line_copy(buf, sizeof buf, line, len);
		if (len && update_heading(buf, date, sizeof date, &rag, &rest)) {
			if (PLAN_GROW(u, cap, n + 1) < 0) {
				c->oom = 1;
				break;
			}
			memset(&u[n], 0, sizeof u[n]);
			snprintf(u[n].date, sizeof u[n].date, "%s", date);
			u[n].rag = rag;
			if (*rest)
				sb_add(c, &u[n].text, rest);
			n++;
			continue;
		}
		if (!n) {
			if (!len)
				continue;
			if (PLAN_GROW(u, cap, n + 1) < 0) {
				c->oom = 1;
				break;
			}
			memset(&u[n], 0, sizeof u[n]);
			n++;
		}
		if (len && len == strcspn(buf, " ") && rag_word(buf, len) && len > 1 && !u[n - 1].rag) {
			u[n - 1].rag = rag_word(buf, len);   /* a line "Green" alone */
			continue;
		}
		if (!u[n - 1].text.len && !u[n - 1].rag) {
			/* "Green – Very low levels ...": the rating, then the text */
			size_t wn = strcspn(buf, " ");
			const char *q = skip_blanks(buf + wn);
			if (wn > 1 && rag_word(buf, wn) && (!strncmp(q, "\xe2\x80\x93", 3) || *q == '-' || *q == ':' ||
							     strchr(".,:;", buf[wn - 1]))) {
				u[n - 1].rag = rag_word(buf, wn);
				if (!strncmp(q, "\xe2\x80\x93", 3))
					q += 3;
				else if (*q == '-' || *q == ':')
					q++;
				q = skip_blanks(q);
				if (*q)
					sb_add(c, &u[n - 1].text, q);
				continue;
			}
		}
		if (u[n - 1].text.len)
			sb_add(c, &u[n - 1].text, "\n");
		sb_add(c, &u[n - 1].text, buf);
	}
	*out = u;
	return n;
}

/* An objective heading's parts: its number, its title, its statement. */
static void split_heading(const char *text, char *label, size_t lsize, const char **title_end, const char **stmt,
			  const char **title)
{
	const char *p = skip_blanks(text), *colon;
	size_t n;

	label[0] = '\0';
	while (starts_word(p, "strategic") || starts_word(p, "objective") || starts_word(p, "priority") ||
	       starts_word(p, "outcome") || starts_word(p, "theme") || starts_word(p, "aim"))
		p = skip_blanks(word_end(p));
	if ((n = plan_import_label(p, label, lsize))) {
		p += n;
	} else if (isalnum((unsigned char)*p)) {
		const char *e = p;
		while (isalnum((unsigned char)*e))
			e++;
		if (isdigit((unsigned char)*p) && (size_t)(e - p) < lsize && (e - p) <= 4) {
			memcpy(label, p, (size_t)(e - p));
			label[e - p] = '\0';
			p = skip_blanks(e);
		}
	}
	for (;;) {
		if (!strncmp(p, "\xe2\x80\x93", 3) || !strncmp(p, "\xe2\x80\x94", 3))
			p = skip_blanks(p + 3);
		else if (*p == '-' || *p == ':')
			p = skip_blanks(p + 1);
		else
			break;
	}
	*title = p;
	*stmt = NULL;
	*title_end = p + strlen(p);
	if ((colon = strstr(p, " : ")) || (colon = strstr(p, ": "))) {
		*title_end = colon;
		*stmt = skip_blanks(colon + (colon[0] == ' ' ? 3 : 2));
	} else if ((colon = strstr(p, " \xe2\x80\x93 ")) && colon - p < 120) {
		*title_end = colon;
		*stmt = skip_blanks(colon + 5);
	}
}

static void write_objective(struct out *o, struct model *m, size_t i, char *id, size_t idsize, size_t ordinal)
{
	imp_obj *ob = &m->objs[i];
	char label[64], buf[8192];
	const char *title, *title_end, *stmt = NULL;

	label[0] = '\0';
	if (ob->heading) {
		split_heading(sb_str(&ob->text), label, sizeof label, &title_end, &stmt, &title);
	} else {
		size_t n = plan_import_label(sb_str(&ob->text), label, sizeof label);
		title = sb_str(&ob->text) + n;
		title_end = title + strlen(title);
	}
	if (!label[0])
		snprintf(label, sizeof label, "%zu", ordinal);
	fputc('\n', o->f);
	if (claim_id(o->c, label, id, idsize))
		guess(o, "", "objective %s is numbered so twice: this one is %s", label, id);
	fprintf(o->f, "objective %s\n", id);
	line_copy(buf, sizeof buf, title, (size_t)(title_end - title));
	put_field(o, "title", buf);
	if (stmt)
		put_field(o, "statement", stmt);
	{
		const char *p = sb_str(&ob->measure), *line;
		size_t len;
		while (next_line(&p, &line, &len))
			if (len && !(len < 12 && line[len - 1] == ':')) {
				line_copy(buf, sizeof buf, line, len);
				put_field(o, "measure", buf);
			}
	}
	put_note(o, sb_str(&ob->notes));
}

/*
 * In a one-line "action and lead" cell, where its last sentence starts:
 * after the last full stop and blank that leaves at most 8 words, of
 * which the first is capitalised, and at least one sentence before it;
 * NULL when there is none.
 */
static char *trailing_lead(char *t)
{
	char *p, *best = NULL;
	size_t len = strlen(t), end = len;

	while (end && (t[end - 1] == '.' || t[end - 1] == ' '))
		end--;
	for (p = t + end; p > t + 1; p--) {
		if (p[-1] == ' ' && p[-2] == '.') {
			size_t words = 1;
			const char *q;
			for (q = p; q < t + end; q++)
				words += *q == ' ';
			if (words > 8 || !isupper((unsigned char)*p))
				break;
			best = p;
			break;
		}
	}
	return best;
}

static void write_action(struct out *o, imp_act *a, const char *obj_id, size_t nth, const struct colmap *map)
{
	struct ctx *c = o->c;
	char label[64], want[512], id[600], buf[8192];
	const char *title = NULL, *p, *line;
	size_t len, n, k, nupd;
	sbuf notes = { 0 }, lead_from_action = { 0 }, decisions = { 0 };
	struct upd *u = NULL;
	int have_due = 0, rag = 0, rag_by_fill = 0, id_from_cell = 0;
	const char *hdr_due = "due", *hdr_review = "review", *hdr_rag = "RAG";
	size_t col;

	for (col = 0; col < map->ncols; col++) {
		const char *h = blank(map->header[col]) ? NULL : map->header[col];
		if (!h)
			continue;
		if (map->role[col] == R_DUE)
			hdr_due = h;
		else if (map->role[col] == R_REVIEW)
			hdr_review = h;
		else if (map->role[col] == R_RAG)
			hdr_rag = h;
	}
	fputc('\n', o->f);
	if (a->guess.len) {
		p = a->guess.s;
		while (next_line(&p, &line, &len))
			if (len)
				guess(o, "", "%.*s", (int)len, line);
	}
	/* the title, and the lead of an "action and lead" cell */
	if (a->cell[R_ACTION].len) {
		title = a->cell[R_ACTION].s;
	} else if (a->cell[R_ACTION_LEAD].len) {
		char *t = a->cell[R_ACTION_LEAD].s, *nl;
		size_t tl = a->cell[R_ACTION_LEAD].len;
		while (tl && t[tl - 1] == '\n')
			t[--tl] = '\0';
		nl = strrchr(t, '\n');
		if (nl) {
			sb_add(c, &lead_from_action, nl + 1);
			*nl = '\0';
		} else if ((nl = trailing_lead(t))) {
			/* one line: its last short sentence ("... Harrow Shield. Rebecka Steven") */
			sb_add(c, &lead_from_action, nl);
			while (nl > t && nl[-1] == ' ')
				nl--;
			*nl = '\0';
		}
		title = t;
	}
	if (!title)
		title = "";
	label[0] = '\0';
	n = plan_import_label(title, label, sizeof label);
	if (a->cell[R_ID].len) {
		char idc[64];
		size_t il = a->cell[R_ID].len;
		line_copy(idc, sizeof idc, a->cell[R_ID].s, il);
		il = strlen(idc);
		while (il && strchr(". )", idc[il - 1]))
			idc[--il] = '\0';
		if (id_ok(idc, il)) {
			snprintf(label, sizeof label, "%s", idc);
			id_from_cell = 1;
		}
	}
	if (label[0] && (strchr(label, '.') || !obj_id) && isdigit((unsigned char)label[0]))
		snprintf(want, sizeof want, "%s", label);
	else if (label[0] && obj_id)
		snprintf(want, sizeof want, "%s.%s", obj_id, label);
	else if (label[0])
		snprintf(want, sizeof want, "%s", label);
	else if (obj_id)
		snprintf(want, sizeof want, "%s.%zu", obj_id, nth);
	else
		snprintf(want, sizeof want, "A%zu", nth);
	if (claim_id(c, want, id, sizeof id))
		guess(o, "", "id %s is used above: this action is %s", want, id);
	fprintf(o->f, "action %s\n", id);
	c->stats->actions++;
	put_field(o, "title", title + n);
	/* measures: one a line, without "Measures:" headings */
	p = sb_str(&a->cell[R_MEASURE]);
	while (next_line(&p, &line, &len))
		if (len && !(len < 12 && line[len - 1] == ':')) {
			line_copy(buf, sizeof buf, line, len);
			put_field(o, "measure", buf);
		}
	/* leads: one a line or paragraph, as the cell has them */
	if (lead_from_action.len) {
		guess(o, "  ", "the lead is the end of the \"%s\" cell", "action and lead");
		put_field(o, "lead", lead_from_action.s);
	}
	p = sb_str(&a->cell[R_LEAD]);
	while (next_line(&p, &line, &len))
		if (len) {
			line_copy(buf, sizeof buf, line, len);
			put_field(o, "lead", buf);
		}
	if (a->cell[R_DUE].len)
		put_when_cell(o, "due", hdr_due, a->cell[R_DUE].s, &decisions, &notes, &have_due);
	if (a->cell[R_REVIEW].len)
		put_when_cell(o, "review", hdr_review, a->cell[R_REVIEW].s, &decisions, &notes, &have_due);
	/* the RAG column: a rating, a decision, or else a note */
	if (a->cell[R_RAG].len) {
		const char *t = skip_blanks(a->cell[R_RAG].s);
		size_t wn = (size_t)(word_end(t) - t);
		const char *verb = verb_at(t, wn);
		if ((rag = rag_word(t, wn)) && !*skip_blanks(t + wn)) {
			/* the rating alone */
		} else if (verb && !*skip_blanks(t + wn)) {
			fprintf(o->f, "  decision %s\n", verb);
			rag = 0;
		} else {
			if (rag)
				guess(o, "  ", "RAG %s read from \"%s\"", rag_name(rag), t);
			if (notes.len)
				sb_add(c, &notes, "\n\n");
			sb_printf(c, &notes, "%s: ", hdr_rag);
			sb_add(c, &notes, t);
		}
	}
	if (!rag && a->has_fill && (rag = rag_of_fill(a->fill)))
		rag_by_fill = 1;
	/* updates: dated, with their ratings */
	nupd = a->cell[R_UPDATE].len ? split_updates(c, a->cell[R_UPDATE].s, &u) : 0;
	if (rag && nupd && !u[nupd - 1].rag) {
		u[nupd - 1].rag = rag;
		if (rag_by_fill)
			guess(o, "  ", "the rating %s is the colour of the row's cell (#%06X)", rag_name(rag), a->fill);
	} else if (rag && !nupd) {
		if (rag_by_fill)
			guess(o, "  ", "the rating %s is the colour of the row's cell (#%06X)", rag_name(rag), a->fill);
		guess(o, "  ", "the row has a RAG rating but no update text");
		fprintf(o->f, "  update %s\n", rag_name(rag));
		c->stats->updates++;
	}
	for (k = 0; k < nupd; k++) {
		fputs("  update", o->f);
		if (u[k].date[0])
			fprintf(o->f, " %s", u[k].date);
		if (u[k].rag)
			fprintf(o->f, " %s", rag_name(u[k].rag));
		fputc('\n', o->f);
		put_block(o, NULL, "    ", sb_str(&u[k].text));
		c->stats->updates++;
		sb_free(&u[k].text);
	}
	plan_free(u);
	/* partners, comments and columns not mapped: notes with their header */
	{
		static const enum role kept[] = { R_PARTNER, R_COMMENTS, R_ID };
		for (k = 0; k < sizeof kept / sizeof kept[0]; k++) {
			enum role role = kept[k];
			const char *h = role_names[role];
			if (!a->cell[role].len || (role == R_ID && id_from_cell))
				continue;
			for (col = 0; col < map->ncols; col++)
				if (map->role[col] == role && !blank(map->header[col]))
					h = map->header[col];
			if (notes.len)
				sb_add(c, &notes, "\n\n");
			sb_printf(c, &notes, "%s: ", h);
			sb_add(c, &notes, a->cell[role].s);
		}
	}
	if (a->notes.len) {
		if (notes.len)
			sb_add(c, &notes, "\n\n");
		sb_add(c, &notes, a->notes.s);
	}
	if (notes.len)
		put_note(o, notes.s);
	sb_free(&notes);
	sb_free(&lead_from_action);
	sb_free(&decisions);
}

/* A plan id from the title: its words' capitals and digits ("Community Safety Plan 2019" -> CSP2019). */
static void plan_id_of(const char *title, char *id, size_t size)
{
	size_t n = 0;
	const char *p = title;

	while (*p && n + 1 < size && n < 12) {
		p = skip_blanks(p);
		if (isupper((unsigned char)*p))
			id[n++] = *p;
		else if (isdigit((unsigned char)*p))
			while (isdigit((unsigned char)*p) && n + 1 < size)
				id[n++] = *p++;
		while (*p && *p != ' ')
			p++;
	}
	id[n] = '\0';
	if (n < 2)
		snprintf(id, size, "PLAN");
}

int plan_import_write(const plan_table_doc *doc, const plan_import_options *opt, FILE *out,
		      plan_import_stats *stats)
{
	struct ctx c;
	struct model m;
	struct colmap map, given;
	struct out o;
	plan_import_stats dummy;
	const char *title;
	char plan_id[128], id[200], obj_id[200], base[256];
	int mapped = 0, rc = PLAN_OK, have_obj = 0, put_later = 0;
	size_t i, nth = 0, nobj = 0, nsec = 0, nfree = 0;

	if (!stats)
		stats = &dummy;
	memset(stats, 0, sizeof *stats);
	memset(&c, 0, sizeof c);
	memset(&m, 0, sizeof m);
	memset(&map, 0, sizeof map);
	c.stats = stats;
	m.cur_obj = m.cur_act = m.cur_sec = NONE;
	if (opt->columns && (rc = parse_columns(opt->columns, &given)) < 0)
		return rc;
	for (i = 0; i < doc->ntables && !c.oom; i++)
		read_table(&c, &m, &doc->tables[i], &map, opt->columns ? &given : NULL, &mapped);
	if (c.oom) {
		rc = plan_error_oom();
		goto done;
	}
	if (!mapped || !m.nacts) {
		rc = plan_error_set(PLAN_EINVALID,
				    "no table looks like a plan: no row names an action column (action, deliverable, "
				    "key deliverables, ...) with another known column; say which column is which with "
				    "--columns (A=objective,B=action,...)");
		goto done;
	}
	o.f = out;
	o.c = &c;
	if (opt->title) {
		title = opt->title;
	} else if (doc->title && !blank(doc->title)) {
		title = doc->title;
		if (m.title_row)
			put_later = 1;
	} else if (m.title_row) {
		title = m.title_row;
	} else if (opt->source) {
		/* the file's name, without its directory and extension */
		const char *b = strrchr(opt->source, '/');
		const char *dot;
		b = b ? b + 1 : opt->source;
		dot = strrchr(b, '.');
		snprintf(base, sizeof base, "%.*s", dot && dot != b ? (int)(dot - b) : (int)strlen(b), b);
		title = base;
	} else {
		title = "Imported plan";
	}
	if (opt->plan_id) {
		if (!id_ok(opt->plan_id, strlen(opt->plan_id)) || strlen(opt->plan_id) >= sizeof plan_id) {
			rc = plan_error_set(PLAN_EINVALID,
					    "--plan-id: \"%s\" is not an id (letters and digits, in parts joined by . _ or -)",
					    opt->plan_id);
			goto done;
		}
		snprintf(plan_id, sizeof plan_id, "%s", opt->plan_id);
	} else {
		plan_id_of(title, plan_id, sizeof plan_id);
	}
	fprintf(out, "# Imported by planimport from %s.\n", opt->source ? opt->source : "a table");
	fputs("# Read the notes and the comments marked \"planimport:\", then run plancheck.\n", out);
	claim_id(&c, plan_id, id, sizeof id);
	{
		char t[1024], *q;
		snprintf(t, sizeof t, "%s", title);
		for (q = t; *q; q++)
			if ((unsigned char)*q < 0x20)
				*q = ' ';
		fprintf(out, "plan %s %s\n", plan_id, t);
	}
	if (put_later)
		put_note(&o, m.title_row);   /* the document's title wins; the table's is kept */
	put_note(&o, sb_str(&m.plan_notes));
	for (i = 0; i < m.nitems && !c.oom; i++) {
		size_t k = m.items[i].i;
		switch (m.items[i].kind) {
		case ITEM_SECTION: {
			char sid[32];
			snprintf(sid, sizeof sid, "S%zu", ++nsec);
			claim_id(&c, sid, id, sizeof id);
			fprintf(out, "\nsection %s\n", id);
			put_field(&o, "title", sb_str(&m.secs[k].text));
			have_obj = 0;
			break;
		}
		case ITEM_OBJ:
			write_objective(&o, &m, k, obj_id, sizeof obj_id, ++nobj);
			have_obj = 1;
			nth = 0;
			break;
		case ITEM_ACT:
			if (m.acts[k].obj == NONE && have_obj)
				have_obj = 0;
			write_action(&o, &m.acts[k], have_obj ? obj_id : NULL, have_obj ? ++nth : ++nfree, &map);
			break;
		}
	}
	if (c.oom)
		rc = plan_error_oom();
done:
	model_free(&m);
	for (i = 0; i < c.nwc; i++) {
		plan_free(c.wc[i].key);
		plan_free(c.wc[i].canon);
	}
	plan_free(c.wc);
	plan_map_free(&c.wcmap);
	for (i = 0; i < c.nids; i++)
		plan_free(c.ids[i]);
	plan_free(c.ids);
	plan_map_free(&c.idmap);
	return rc;
}
