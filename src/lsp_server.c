/*
 * lsp_server.c - planls: the plan language server (SPEC.md section 14,
 * "planls").
 *
 * The server keeps the text of every open document, as the editor last
 * sent it, and a set of analyses.  An analysis is the loaded, linked and
 * checked plan_set of one group of files: those of one git work tree (or,
 * outside one, of the editor's workspace folder, else of one directory)
 * that hold open documents.  The files of a group are the open documents,
 * the other *.plan files of their directories (partners' updates files,
 * other parts of the plan), and the *.plan files of the directories above
 * them, up to that top, that include one of those, directly or not, with
 * the files beside those; the loader adds what they include.  Every file
 * is read through a plan_reader that gives an open document's text in
 * place of its file, so that what the editor shows is what is checked.
 *
 * A change marks the analyses out of date; they are made again when no
 * more input is waiting (a burst of changes costs one analysis) or when a
 * request needs them, and each file of each group then has its
 * diagnostics published, and each file published before and no longer
 * in a group has them cleared.
 *
 * The answers are the library's: the checks' diagnostics and their fixes
 * (plan_diag.fix), the model's ids and locations, plan_action_state_at,
 * planlog's history (log.h) and planfmt's canonical form (fmt.h).
 *
 * Positions are byte offsets everywhere in the library; here they become
 * the client's (line, character), characters counted in the encoding
 * negotiated at initialize: UTF-16 code units unless the client offers
 * UTF-8.
 */
#include "lsp.h"
#include "alloc.h"
#include "diag.h"
#include "check.h"
#include "date.h"
#include "error.h"
#include "fmt.h"
#include "json.h"
#include "load.h"
#include "log.h"
#include "model.h"
#include "words.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* An open document: the editor's text of the file at path. */
struct doc {
	char *path;                 /* absolute, normalised */
	char *uri;                  /* as the client sent it */
	char *text;
	size_t len, cap;
	long long version;
};

/* The line starts of a source, made when first needed. */
struct lines {
	size_t *start;
	size_t n;
};

/* A list of strings, plan_malloc'ed. */
struct strs {
	char **v;
	size_t n, cap;
};

/* One group of files, loaded and checked together. */
struct group {
	char *top;                  /* the work tree or directory it is of */
	int git;                    /* top is a git work tree */
	plan_set *set;
	struct lines *lines;        /* per source of set (set->nsources) */
};

struct server {
	const plan_lsp_options *opt;
	plan_lsp_write_fn write;
	void *wctx;
	int utf8;                   /* positions in UTF-8 bytes, else UTF-16 code units */
	int initialized, shutdown, dirty, failed;
	struct doc *docs;
	size_t ndocs, docs_cap;
	struct group *groups;
	size_t ngroups, groups_cap;
	struct strs published;      /* paths whose diagnostics were published last */
	struct strs roots;          /* the editor's workspace folders (initialize) */
};

static void strs_free(struct strs *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		plan_free(l->v[i]);
	plan_free(l->v);
	memset(l, 0, sizeof(*l));
}

static int strs_has(const struct strs *l, const char *s)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return 1;
	return 0;
}

/* Adds a copy of s unless it is there; 1 added, 0 there, PLAN_ENOMEM. */
static int strs_add(struct strs *l, const char *s)
{
	char *c;

	if (strs_has(l, s))
		return 0;
	if (PLAN_GROW(l->v, l->cap, l->n + 1) < 0 || !(c = plan_strdup(s)))
		return PLAN_ENOMEM;
	l->v[l->n++] = c;
	return 1;
}

static void say(struct server *s, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void say(struct server *s, const char *fmt, ...)
{
	va_list ap;

	if (!s->opt->log)
		return;
	fprintf(s->opt->log, "planls: ");
	va_start(ap, fmt);
	vfprintf(s->opt->log, fmt, ap);
	va_end(ap);
	fprintf(s->opt->log, "\n");
}

/* ------------------------------------------------------------------ */
/* URIs and paths */

/*
 * The absolute, normalised path of a file: URI (plan_malloc'ed), or NULL
 * when uri is not one, names no absolute path, or decodes to a NUL.
 */
static char *uri_to_path(const char *uri)
{
	const char *p;
	char *out, *o;

	if (strncmp(uri, "file://", 7) != 0)
		return NULL;
	p = uri + 7;
	if (strncmp(p, "localhost/", 10) == 0)
		p += 9;
	if (*p != '/')
		return NULL;
	if (!(out = plan_malloc(strlen(p) + 1)))
		return NULL;
	for (o = out; *p; p++) {
		if (*p == '%') {
			int h = plan_hex_value((unsigned char)p[1]), l = h < 0 ? -1 : plan_hex_value((unsigned char)p[2]);
			if (l < 0 || (h == 0 && l == 0)) {
				plan_free(out);
				return NULL;
			}
			*o++ = (char)(h * 16 + l);
			p += 2;
		} else if (*p == '?' || *p == '#') {
			break;
		} else {
			*o++ = *p;
		}
	}
	*o = '\0';
	plan_path_normalise(out);
	return out;
}

/* The file: URI of an absolute path (plan_malloc'ed), or NULL. */
static char *path_to_uri(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	size_t n = strlen(path), i;
	char *out, *o;

	if (n > (SIZE_MAX - 8) / 3 || !(out = plan_malloc(3 * n + 8)))
		return NULL;
	o = out + sprintf(out, "file://");
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)path[i];
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    strchr("/-._~", c)) {
			*o++ = (char)c;
		} else {
			*o++ = '%';
			*o++ = hex[c >> 4];
			*o++ = hex[c & 15];
		}
	}
	*o = '\0';
	return out;
}

/* The directory part of path (plan_malloc'ed): "/" for "/a". */
static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash || slash == path)
		return plan_strdup("/");
	return plan_strndup(path, (size_t)(slash - path));
}

static char *join(const char *dir, const char *name)
{
	size_t a = strlen(dir), b = strlen(name);
	char *p;

	if (name[0] == '/')
		return plan_strdup(name);
	if (!(p = plan_malloc(a + b + 2)))
		return NULL;
	memcpy(p, dir, a);
	p[a] = '/';
	memcpy(p + a + 1, name, b + 1);
	plan_path_normalise(p);
	return p;
}

/* ------------------------------------------------------------------ */
/* Documents and positions */

static struct doc *find_doc(struct server *s, const char *path)
{
	size_t i;

	for (i = 0; i < s->ndocs; i++)
		if (strcmp(s->docs[i].path, path) == 0)
			return &s->docs[i];
	return NULL;
}

/* Whether b[i] ends a line: LF, or a CR alone (the language's and the protocol's breaks). */
static int ends_line(const char *b, size_t n, size_t i)
{
	return b[i] == '\n' || (b[i] == '\r' && (i + 1 == n || b[i + 1] != '\n'));
}

static void lines_make(struct lines *l, const char *b, size_t n)
{
	size_t i, k = 1;

	for (i = 0; i < n; i++)
		k += ends_line(b, n, i);
	l->start = plan_malloc(k * sizeof(*l->start));
	if (!l->start)
		return;
	l->n = 0;
	l->start[l->n++] = 0;
	for (i = 0; i < n; i++)
		if (ends_line(b, n, i))
			l->start[l->n++] = i + 1;
}

/* The width of the character at b[i] in the client's units; 0 for a continuation byte. */
static size_t units(const struct server *s, unsigned char c)
{
	if (s->utf8)
		return 1;
	if ((c & 0xC0) == 0x80)
		return 0;
	return c >= 0xF0 ? 2 : 1;
}

/* The client's position of byte offset off of b[0..n), whose lines are l (or NULL: found here). */
static void offset_to_pos(const struct server *s, const struct lines *l, const char *b, size_t n,
			  size_t off, size_t *line, size_t *ch)
{
	size_t lo, hi, st, i, c = 0;

	if (off > n)
		off = n;
	if (l && l->start) {
		lo = 0;
		hi = l->n;
		while (hi - lo > 1) {
			size_t mid = lo + (hi - lo) / 2;
			if (l->start[mid] <= off)
				lo = mid;
			else
				hi = mid;
		}
		*line = lo;
		st = l->start[lo];
	} else {
		*line = 0;
		st = 0;
		for (i = 0; i < off; i++)
			if (ends_line(b, n, i)) {
				++*line;
				st = i + 1;
			}
	}
	for (i = st; i < off; i++)
		c += units(s, (unsigned char)b[i]);
	*ch = c;
}

/*
 * The byte offset of the client's (line, ch) in b[0..n): past the end of
 * a line is its end, past the last line the end of the text; a position
 * inside a character is the start of the next.
 */
static size_t pos_to_offset(const struct server *s, const char *b, size_t n, size_t line, size_t ch)
{
	size_t i = 0, l = 0, c = 0;

	for (; l < line && i < n; i++)
		if (ends_line(b, n, i))
			l++;
	if (l < line)
		return n;
	while (i < n && b[i] != '\n' && b[i] != '\r' && c < ch) {
		size_t k = 1;
		while (i + k < n && ((unsigned char)b[i + k] & 0xC0) == 0x80)
			k++;
		c += s->utf8 ? k : units(s, (unsigned char)b[i]);
		i += k;
	}
	return i;
}

/* ------------------------------------------------------------------ */
/* JSON */

static json_t *pos_json(size_t line, size_t ch)
{
	return json_pack("{s:I,s:I}", "line", (json_int_t)line, "character", (json_int_t)ch);
}

static json_t *range_json(const struct server *s, const struct lines *l, const char *b, size_t n,
			  plan_span sp)
{
	size_t l1, c1, l2, c2;

	offset_to_pos(s, l, b, n, sp.start, &l1, &c1);
	offset_to_pos(s, l, b, n, sp.end < sp.start ? sp.start : sp.end, &l2, &c2);
	return json_pack("{s:o,s:o}", "start", pos_json(l1, c1), "end", pos_json(l2, c2));
}

static int send(struct server *s, json_t *msg)
{
	int rc;

	if (!msg) {
		s->failed = 1;
		return -1;
	}
	rc = plan_lsp_write(s->write, s->wctx, msg);
	json_decref(msg);
	if (rc < 0)
		s->failed = 1;
	return rc;
}

static void send_error(struct server *s, json_t *id, int code, const char *message)
{
	json_t *e = json_pack("{s:i,s:o}", "code", code, "message", plan_json_text(message));

	send(s, json_pack("{s:s,s:O,s:o}", "jsonrpc", "2.0", "id", id ? id : json_null(), "error", e));
}

static void notify(struct server *s, const char *method, json_t *params)
{
	send(s, json_pack("{s:s,s:s,s:o}", "jsonrpc", "2.0", "method", method, "params", params));
}

/* params.textDocument.uri's open document, or NULL. */
static struct doc *param_doc(struct server *s, json_t *params)
{
	const char *uri = json_string_value(json_object_get(json_object_get(params, "textDocument"), "uri"));
	struct doc *d;
	char *path;

	if (!uri || !(path = uri_to_path(uri)))
		return NULL;
	d = find_doc(s, path);
	plan_free(path);
	return d;
}

/* params.position as a byte offset of d's text: 0, or -1 when it is not one. */
static int param_offset(struct server *s, json_t *params, const struct doc *d, size_t *off)
{
	json_t *p = json_object_get(params, "position");
	json_t *l = json_object_get(p, "line"), *c = json_object_get(p, "character");

	if (!json_is_integer(l) || !json_is_integer(c) || json_integer_value(l) < 0 ||
	    json_integer_value(c) < 0)
		return -1;
	*off = pos_to_offset(s, d->text, d->len, (size_t)json_integer_value(l), (size_t)json_integer_value(c));
	return 0;
}

/* ------------------------------------------------------------------ */
/* Reading files: the open documents' text over the files' */

static plan_file_id id_of(const char *path)
{
	struct stat st;
	plan_file_id id;

	if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
		id.a = (unsigned long long)st.st_dev;
		id.b = (unsigned long long)st.st_ino;
	} else {
		id.a = ~0ULL;
		id.b = plan_hash_str(path);
	}
	return id;
}

static int read_any(void *ctx, const char *path, char **out, size_t *len, plan_file_id *id)
{
	struct server *s = ctx;
	struct doc *d = find_doc(s, path);
	struct stat st;
	int fd, rc;

	*out = NULL;
	if (d) {
		if (!(*out = plan_malloc(d->len + 1)))
			return plan_error_oom();
		memcpy(*out, d->text, d->len);
		*len = d->len;
		*id = id_of(path);
		return PLAN_OK;
	}
	if (!s->opt->disk)
		return plan_error_set(PLAN_EREAD, "it is not open in the editor");
	fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return plan_error_set(PLAN_EREAD, "%s", strerror(errno));
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		rc = plan_error_set(PLAN_EREAD, "%s", S_ISDIR(st.st_mode) ? "is a directory" : "is not a regular file");
		close(fd);
		return rc;
	}
	if (plan_read_fd(fd, (size_t)st.st_size, PLAN_MAX_FILE_SIZE, out, len) < 0) {
		rc = errno == ENOMEM ? plan_error_oom() : plan_error_set(PLAN_EREAD, "%s", strerror(errno));
		close(fd);
		return rc;
	}
	close(fd);
	id->a = (unsigned long long)st.st_dev;
	id->b = (unsigned long long)st.st_ino;
	return PLAN_OK;
}

/* Whether path is dir or below it. */
static int below(const char *path, const char *dir)
{
	size_t n = strlen(dir);

	if (n == 1 && dir[0] == '/')
		return path[0] == '/';
	return strncmp(path, dir, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

/*
 * The top of the files dir's documents are checked with: the git work
 * tree holding dir (the nearest directory up with a .git); outside one,
 * the deepest of the editor's workspace folders that holds dir; else dir.
 */
static char *top_of(const struct server *s, const char *dir, int *git)
{
	char *d = plan_strdup(dir), *slash;
	const char *root = NULL;
	struct stat st;
	size_t i;
	int depth;

	if (git)
		*git = 0;
	if (!d)
		return NULL;
	for (depth = 0; depth < 256; depth++) {
		char *g = join(d, ".git");
		int found = g && lstat(g, &st) == 0;
		plan_free(g);
		if (found) {
			if (git)
				*git = 1;
			return d;
		}
		slash = strrchr(d, '/');
		if (!slash || slash == d)
			break;
		*slash = '\0';
	}
	plan_free(d);
	for (i = 0; i < s->roots.n; i++)
		if (below(dir, s->roots.v[i]) && (!root || strlen(s->roots.v[i]) > strlen(root)))
			root = s->roots.v[i];
	return plan_strdup(root ? root : dir);
}

/* Adds the *.plan files of dir to l: at most PLAN_LSP_MAX_DIR_FILES that it lacks. */
static int list_dir(const char *dir, struct strs *l)
{
	DIR *dp = opendir(dir);
	struct dirent *e;
	size_t n = 0;
	int rc = 0;

	if (!dp)
		return 0;
	while (rc >= 0 && n < PLAN_LSP_MAX_DIR_FILES && (e = readdir(dp)) != NULL) {
		size_t k = strlen(e->d_name);
		char *p;
		if (e->d_name[0] == '.' || k < 6 || strcmp(e->d_name + k - 5, ".plan") != 0)
			continue;
		if (!(p = join(dir, e->d_name))) {
			rc = PLAN_ENOMEM;
			break;
		}
		rc = strs_add(l, p);
		plan_free(p);
		n += rc == 1;
	}
	closedir(dp);
	return rc < 0 ? rc : 0;
}

/* Whether b[0..n) has an include line naming (from dir) a file of l. */
static int includes_one_of(const char *dir, const char *b, size_t n, const struct strs *l)
{
	size_t i = 0;

	while (i < n) {
		size_t e = i, st, w;
		while (e < n && b[e] != '\n' && b[e] != '\r')
			e++;
		st = i;
		while (st < e && (b[st] == ' ' || b[st] == '\t'))
			st++;
		w = st;
		while (w < e && b[w] != ' ' && b[w] != '\t')
			w++;
		if (w < e && plan_word_lookup(b + st, w - st) == PLAN_WORD_INCLUDE) {
			size_t f = w, t = e;
			char *rel, *p;
			int hit;
			while (f < t && (b[f] == ' ' || b[f] == '\t'))
				f++;
			while (t > f && (b[t - 1] == ' ' || b[t - 1] == '\t'))
				t--;
			rel = plan_strndup(b + f, t - f);
			p = rel ? join(dir, rel) : NULL;
			hit = p && strs_has(l, p);
			plan_free(rel);
			plan_free(p);
			if (hit)
				return 1;
		}
		i = e + 1;
	}
	return 0;
}

/* The files of the group of top: see the top of the file. */
static int group_files(struct server *s, const char *top, struct strs *files)
{
	struct strs above = { 0 };
	size_t i, k;
	int rc = 0, more;

	for (i = 0; i < s->ndocs && rc >= 0; i++) {
		struct doc *d = &s->docs[i];
		char *dir, *t;
		if (!(dir = dir_of(d->path)) || !(t = top_of(s, dir, NULL))) {
			plan_free(dir);
			rc = PLAN_ENOMEM;
			break;
		}
		if (s->opt->disk ? strcmp(t, top) != 0 : 0) {
			plan_free(dir);
			plan_free(t);
			continue;
		}
		rc = strs_add(files, d->path);
		if (rc >= 0 && s->opt->disk)
			rc = list_dir(dir, files);
		/* The directories above, up to the top. */
		while (rc >= 0 && s->opt->disk && strlen(dir) > strlen(t)) {
			char *slash = strrchr(dir, '/');
			if (!slash)
				break;
			*(slash == dir ? slash + 1 : slash) = '\0';
			rc = list_dir(dir, &above);
			if (slash == dir)
				break;
		}
		plan_free(dir);
		plan_free(t);
	}
	/* Those above that include one of the group, until none more does. */
	do {
		more = 0;
		for (k = 0; k < above.n && rc >= 0; k++) {
			char *buf, *dir;
			size_t len;
			plan_file_id id;
			if (!above.v[k] || strs_has(files, above.v[k]))
				continue;
			if (read_any(s, above.v[k], &buf, &len, &id) < 0)
				continue;
			if ((dir = dir_of(above.v[k])) && includes_one_of(dir, buf, len, files)) {
				/* It, and the files beside it: its partners'. */
				size_t j;
				for (j = 0; j < above.n && rc >= 0; j++) {
					char *dj = dir_of(above.v[j]);
					if (!dj)
						rc = PLAN_ENOMEM;
					else if (strcmp(dj, dir) == 0)
						rc = strs_add(files, above.v[j]);
					plan_free(dj);
				}
				more = 1;
			}
			plan_free(dir);
			plan_free(buf);
		}
	} while (more && rc >= 0);
	strs_free(&above);
	return rc;
}

static void group_free(struct group *g)
{
	size_t i;

	if (g->lines && g->set)
		for (i = 0; i < g->set->nsources; i++)
			plan_free(g->lines[i].start);
	plan_free(g->lines);
	plan_set_free(g->set);
	plan_free(g->top);
	memset(g, 0, sizeof(*g));
}

static void groups_free(struct server *s)
{
	size_t i;

	for (i = 0; i < s->ngroups; i++)
		group_free(&s->groups[i]);
	s->ngroups = 0;
}

/* Loads, links and checks the group of top into g. */
static int group_make(struct server *s, struct group *g, char *top)
{
	struct strs files = { 0 };
	plan_reader rd;
	plan_check_options co;
	int rc;

	memset(g, 0, sizeof(*g));
	g->top = top;
	if (s->opt->disk) {
		char *t = top_of(s, top, &g->git);
		g->git = g->git && t && strcmp(t, top) == 0;
		plan_free(t);
	}
	if (!(g->set = plan_set_new()))
		return PLAN_ENOMEM;
	rd.read = read_any;
	rd.ctx = s;
	rd.lexical = 1;
	rc = plan_set_reader(g->set, &rd);
	if (rc >= 0)
		rc = group_files(s, top, &files);
	if (rc >= 0 && plan_load_paths(g->set, (const char *const *)files.v, files.n) == PLAN_ENOMEM)
		rc = PLAN_ENOMEM;
	strs_free(&files);
	if (rc >= 0 && plan_set_link(g->set) < 0)
		rc = PLAN_ENOMEM;
	plan_check_options_init(&co);
	co.today = s->opt->today;
	if (rc >= 0 && plan_check_run(g->set, &co) < 0)
		rc = PLAN_ENOMEM;
	if (rc >= 0 && !(g->lines = plan_calloc(g->set->nsources + 1, sizeof(*g->lines))))
		rc = PLAN_ENOMEM;
	return rc;
}

static const struct lines *lines_of(struct group *g, const plan_source *src)
{
	struct lines *l;

	if (!src || !g->lines || src->index >= g->set->nsources || g->set->sources[src->index] != src)
		return NULL;
	l = &g->lines[src->index];
	if (!l->start)
		lines_make(l, src->buf, src->len);
	return l->start ? l : NULL;
}

static json_t *src_range(struct server *s, struct group *g, const plan_source *src, plan_span sp)
{
	return range_json(s, lines_of(g, src), src->buf, src->len, sp);
}

/* ------------------------------------------------------------------ */
/* Diagnostics */

static int lsp_severity(plan_severity sev)
{
	return sev == PLAN_SEV_ERROR ? 1 : sev == PLAN_SEV_WARNING ? 2 : 3;
}

static json_t *diag_json(struct server *s, struct group *g, const plan_source *src, const plan_diag *d)
{
	plan_span none = { 0, 0 };
	json_t *j = json_pack("{s:o,s:i,s:s,s:s,s:o}", "range",
			      src_range(s, g, src, d->src ? d->span : none), "severity",
			      lsp_severity(d->sev), "code", d->check, "source", "plancheck",
			      "message", plan_json_text(d->msg));

	return j;
}

/* The source of g's set read from path, or NULL. */
static const plan_source *source_of(const struct group *g, const char *path)
{
	size_t i;

	for (i = 0; i < g->set->nsources; i++)
		if (strcmp(g->set->sources[i]->path, path) == 0)
			return g->set->sources[i];
	return NULL;
}

/* Publishes the diagnostics of src (read in g). */
static int publish_source(struct server *s, struct group *g, const plan_source *src, struct strs *done)
{
	json_t *list = json_array(), *params;
	const plan_diag *d;
	struct doc *doc = find_doc(s, src->path);
	char *uri;
	int ok = 1;

	if (strs_has(done, src->path)) {
		json_decref(list);
		return 0;
	}
	for (d = g->set->diags.head; d && ok; d = d->next) {
		if (d->src ? d->src != src : !d->path || strcmp(d->path, src->path) != 0)
			continue;
		plan_json_push(list, diag_json(s, g, src, d), &ok);
	}
	uri = doc ? plan_strdup(doc->uri) : path_to_uri(src->path);
	params = json_pack("{s:o,s:o}", "uri", uri ? plan_json_text(uri) : NULL, "diagnostics",
			   plan_json_finish(list, ok));
	if (params && doc)
		json_object_set_new(params, "version", json_integer((json_int_t)doc->version));
	plan_free(uri);
	notify(s, "textDocument/publishDiagnostics", params);
	return strs_add(done, src->path) < 0 ? PLAN_ENOMEM : 0;
}

/* Makes the analyses again, and publishes every file's diagnostics. */
static int analyse(struct server *s)
{
	struct strs tops = { 0 }, done = { 0 };
	size_t i, k;
	int rc = 0;

	s->dirty = 0;
	groups_free(s);
	for (i = 0; i < s->ndocs && rc >= 0; i++) {
		char *dir = dir_of(s->docs[i].path), *t = dir && s->opt->disk ? top_of(s, dir, NULL) : plan_strdup("/");
		if (!t)
			rc = PLAN_ENOMEM;
		else
			rc = strs_add(&tops, t);
		plan_free(t);
		plan_free(dir);
	}
	for (i = 0; i < tops.n && rc >= 0; i++) {
		if (PLAN_GROW(s->groups, s->groups_cap, s->ngroups + 1) < 0) {
			rc = PLAN_ENOMEM;
			break;
		}
		rc = group_make(s, &s->groups[s->ngroups++], tops.v[i]);
		tops.v[i] = NULL;
		/* No answer from half a set: a group that could not be made is dropped. */
		if (rc < 0)
			group_free(&s->groups[--s->ngroups]);
	}
	/* The open documents first, then the other files of their groups. */
	for (i = 0; i < s->ndocs && rc >= 0; i++)
		for (k = 0; k < s->ngroups; k++) {
			const plan_source *src = source_of(&s->groups[k], s->docs[i].path);
			if (src)
				rc = publish_source(s, &s->groups[k], src, &done);
		}
	for (k = 0; k < s->ngroups && rc >= 0; k++)
		for (i = 0; i < s->groups[k].set->nsources && rc >= 0; i++)
			rc = publish_source(s, &s->groups[k], s->groups[k].set->sources[i], &done);
	/* Files published before that no group holds now: cleared. */
	for (i = 0; i < s->published.n && rc >= 0; i++) {
		char *uri;
		if (strs_has(&done, s->published.v[i]))
			continue;
		uri = path_to_uri(s->published.v[i]);
		notify(s, "textDocument/publishDiagnostics",
		       json_pack("{s:o,s:[]}", "uri", uri ? plan_json_text(uri) : NULL, "diagnostics"));
		plan_free(uri);
	}
	strs_free(&s->published);
	s->published = done;
	for (i = 0; i < tops.n; i++)
		plan_free(tops.v[i]);
	plan_free(tops.v);
	if (rc < 0)
		s->failed = 1;
	return rc;
}

/* The group whose set read d's file, and that source; NULL when none. */
static struct group *group_of(struct server *s, const struct doc *d, const plan_source **src)
{
	size_t k;

	if (s->dirty)
		analyse(s);
	for (k = 0; k < s->ngroups; k++)
		if ((*src = source_of(&s->groups[k], d->path)) != NULL)
			return &s->groups[k];
	return NULL;
}

/* ------------------------------------------------------------------ */
/* Lifecycle and document synchronisation */

static int h_initialize(struct server *s, json_t *params, json_t **result)
{
	json_t *encs = json_object_get(json_object_get(json_object_get(params, "capabilities"), "general"),
				       "positionEncodings");
	json_t *caps;
	size_t i;

	json_t *folders = json_object_get(params, "workspaceFolders");
	const char *root = json_string_value(json_object_get(params, "rootUri"));
	char *path;

	/* The workspace folders, else the root (rootUri, or the older rootPath). */
	for (i = 0; i < json_array_size(folders); i++) {
		const char *u = json_string_value(json_object_get(json_array_get(folders, i), "uri"));
		if (u && (path = uri_to_path(u)) != NULL) {
			if (strs_add(&s->roots, path) < 0)
				s->failed = 1;
			plan_free(path);
		}
	}
	if (!s->roots.n && root && (path = uri_to_path(root)) != NULL) {
		if (strs_add(&s->roots, path) < 0)
			s->failed = 1;
		plan_free(path);
	}
	root = json_string_value(json_object_get(params, "rootPath"));
	if (!s->roots.n && root && root[0] == '/' && (path = plan_strdup(root)) != NULL) {
		plan_path_normalise(path);
		if (strs_add(&s->roots, path) < 0)
			s->failed = 1;
		plan_free(path);
	}
	s->utf8 = 0;
	for (i = 0; i < json_array_size(encs); i++) {
		const char *e = json_string_value(json_array_get(encs, i));
		if (e && strcmp(e, "utf-8") == 0)
			s->utf8 = 1;
	}
	caps = json_pack("{s:s,s:{s:b,s:i,s:b},s:b,s:b,s:b,s:b,s:b,s:{s:[s,s]},s:{s:[s]}}",
			 "positionEncoding", s->utf8 ? "utf-8" : "utf-16",
			 "textDocumentSync", "openClose", 1, "change", 2, "save", 1,
			 "documentSymbolProvider", 1, "definitionProvider", 1,
			 "referencesProvider", 1, "hoverProvider", 1, "documentFormattingProvider", 1,
			 "completionProvider", "triggerCharacters", " ", ":",
			 "codeActionProvider", "codeActionKinds", "quickfix");
	if (caps)
		json_object_set_new(caps, "documentFormattingProvider", json_true());
	*result = json_pack("{s:o,s:{s:s,s:s}}", "capabilities", caps, "serverInfo", "name", "planls",
			    "version", s->opt->version ? s->opt->version : "");
	s->initialized = 1;
	return 0;
}

static int h_shutdown(struct server *s, json_t *params, json_t **result)
{
	(void)params;
	s->shutdown = 1;
	*result = json_null();
	return 0;
}

static void doc_free(struct doc *d)
{
	plan_free(d->path);
	plan_free(d->uri);
	plan_free(d->text);
}

static int doc_set_text(struct doc *d, const char *t, size_t n)
{
	if (PLAN_GROW(d->text, d->cap, n + 1) < 0)
		return PLAN_ENOMEM;
	memcpy(d->text, t, n);
	d->len = n;
	return 0;
}

static void n_did_open(struct server *s, json_t *params)
{
	json_t *td = json_object_get(params, "textDocument");
	const char *uri = json_string_value(json_object_get(td, "uri"));
	json_t *text = json_object_get(td, "text");
	struct doc *d, nd;
	char *path;

	if (!uri || !json_is_string(text) || !(path = uri_to_path(uri))) {
		say(s, "didOpen without a file: URI and its text: ignored");
		return;
	}
	if ((d = find_doc(s, path)) != NULL) {
		plan_free(path);
	} else {
		memset(&nd, 0, sizeof(nd));
		nd.path = path;
		if (!(nd.uri = plan_strdup(uri)) || PLAN_GROW(s->docs, s->docs_cap, s->ndocs + 1) < 0) {
			doc_free(&nd);
			s->failed = 1;
			return;
		}
		s->docs[s->ndocs] = nd;
		d = &s->docs[s->ndocs++];
	}
	d->version = json_integer_value(json_object_get(td, "version"));
	if (doc_set_text(d, json_string_value(text), json_string_length(text)) < 0)
		s->failed = 1;
	s->dirty = 1;
}

static void n_did_change(struct server *s, json_t *params)
{
	struct doc *d = param_doc(s, params);
	json_t *changes = json_object_get(params, "contentChanges");
	size_t i;

	if (!d || !json_is_array(changes)) {
		say(s, "didChange of a document that is not open, or without contentChanges: ignored");
		return;
	}
	for (i = 0; i < json_array_size(changes); i++) {
		json_t *c = json_array_get(changes, i), *text = json_object_get(c, "text");
		json_t *r = json_object_get(c, "range");
		const char *t = json_string_value(text);
		size_t n = json_string_length(text);

		if (!t)
			continue;
		if (!r) {
			if (doc_set_text(d, t, n) < 0)
				s->failed = 1;
		} else {
			json_t *st = json_object_get(r, "start"), *en = json_object_get(r, "end");
			json_int_t l1 = json_integer_value(json_object_get(st, "line"));
			json_int_t c1 = json_integer_value(json_object_get(st, "character"));
			json_int_t l2 = json_integer_value(json_object_get(en, "line"));
			json_int_t c2 = json_integer_value(json_object_get(en, "character"));
			size_t a, b;
			if (l1 < 0 || c1 < 0 || l2 < 0 || c2 < 0)
				continue;
			a = pos_to_offset(s, d->text, d->len, (size_t)l1, (size_t)c1);
			b = pos_to_offset(s, d->text, d->len, (size_t)l2, (size_t)c2);
			if (b < a)
				b = a;
			/* A document grows by changes no larger than a file is read. */
			if (d->len - (b - a) + n > (size_t)PLAN_MAX_FILE_SIZE) {
				say(s, "a change makes a document larger than " PLAN_MAX_FILE_SIZE_TEXT ": ignored");
				continue;
			}
			if (PLAN_GROW(d->text, d->cap, d->len - (b - a) + n + 1) < 0) {
				s->failed = 1;
				return;
			}
			memmove(d->text + a + n, d->text + b, d->len - b);
			memcpy(d->text + a, t, n);
			d->len = d->len - (b - a) + n;
		}
	}
	if (json_is_integer(json_object_get(json_object_get(params, "textDocument"), "version")))
		d->version = json_integer_value(json_object_get(json_object_get(params, "textDocument"), "version"));
	s->dirty = 1;
}

/* A file saved, or changed on the disk: the files that are not open may have changed. */
static void n_did_save(struct server *s, json_t *params)
{
	(void)params;
	s->dirty = 1;
}

static void n_did_close(struct server *s, json_t *params)
{
	struct doc *d = param_doc(s, params);
	size_t i;

	if (!d)
		return;
	i = (size_t)(d - s->docs);
	doc_free(d);
	memmove(s->docs + i, s->docs + i + 1, (s->ndocs - i - 1) * sizeof(*s->docs));
	s->ndocs--;
	s->dirty = 1;
}

/* ------------------------------------------------------------------ */
/* Navigation */

static json_t *location(struct server *s, struct group *g, const plan_loc *loc)
{
	struct doc *d = find_doc(s, loc->src->path);
	char *uri = d ? plan_strdup(d->uri) : path_to_uri(loc->src->path);
	json_t *j = json_pack("{s:o,s:o}", "uri", uri ? plan_json_text(uri) : NULL, "range",
			      src_range(s, g, loc->src, loc->span));

	plan_free(uri);
	return j;
}

static int in_span(const plan_loc *l, const plan_source *src, size_t off)
{
	return l->src == src && off >= l->span.start && off <= l->span.end;
}

static int id_char(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 ||
	       c == '.' || c == '-' || c == '_' || c == ':' || c == '/';
}

/*
 * The plan whose ids a word of src names first: the plan written in it,
 * else the plan of its first action (a file included into a plan); NULL
 * for a file of separate-form updates.
 */
static const plan_plan *plan_of_source(const struct group *g, const plan_source *src)
{
	const plan_plan *p;
	const plan_action *a;

	for (p = g->set->plans.head; p; p = p->next)
		if (p->loc.src == src)
			return p;
	for (p = g->set->plans.head; p; p = p->next)
		for (a = p->actions.head; a; a = a->next)
			if (a->loc.src == src)
				return p;
	return NULL;
}

/* What the word at off of src names (an id, or PLAN:ID), seen from src's plan; NULL: nothing, or more than one thing. */
static const plan_named *named_at(const struct group *g, const plan_source *src, size_t off)
{
	const plan_named *n = NULL;
	size_t st = off, en = off;
	char *word;

	while (st > 0 && id_char((unsigned char)src->buf[st - 1]))
		st--;
	while (en < src->len && id_char((unsigned char)src->buf[en]))
		en++;
	while (en > st && (src->buf[en - 1] == '.' || src->buf[en - 1] == ':'))
		en--;
	if (en == st || !(word = plan_strndup(src->buf + st, en - st)))
		return NULL;
	if (plan_set_resolve(g->set, plan_of_source(g, src), word, &n) != 1)
		n = NULL;
	plan_free(word);
	return n;
}

/* The action named at off of src: an action's id, an update's, or a word that names one. */
static const plan_action *action_at(struct group *g, const plan_source *src, size_t off)
{
	const plan_plan *p;
	const plan_action *a;
	const plan_update *u;
	const plan_named *n;

	for (p = g->set->plans.head; p; p = p->next)
		for (a = p->actions.head; a; a = a->next)
			if (in_span(&a->id_loc, src, off))
				return a;
	for (u = g->set->loose.head; u; u = u->next_loose)
		if (u->action && in_span(&u->target_loc, src, off))
			return u->action;
	n = named_at(g, src, off);
	return n && n->kind == PLAN_KIND_ACTION ? n->obj : NULL;
}

/* The line of b[0..n) holding off: [*st, *en). */
static void line_at(const char *b, size_t n, size_t off, size_t *st, size_t *en)
{
	*st = off;
	while (*st > 0 && !ends_line(b, n, *st - 1))
		--*st;
	*en = off;
	while (*en < n && b[*en] != '\n' && b[*en] != '\r')
		++*en;
}

/* If the line of off is an include line, the file it names (plan_malloc'ed). */
static char *include_at(const struct doc *d, size_t off)
{
	size_t st, en, w, f, t;
	char *rel, *dir, *p;

	line_at(d->text, d->len, off, &st, &en);
	while (st < en && (d->text[st] == ' ' || d->text[st] == '\t'))
		st++;
	for (w = st; w < en && d->text[w] != ' ' && d->text[w] != '\t'; w++)
		;
	if (plan_word_lookup(d->text + st, w - st) != PLAN_WORD_INCLUDE)
		return NULL;
	for (f = w; f < en && (d->text[f] == ' ' || d->text[f] == '\t'); f++)
		;
	for (t = en; t > f && (d->text[t - 1] == ' ' || d->text[t - 1] == '\t'); t--)
		;
	if (f == t)
		return NULL;
	rel = plan_strndup(d->text + f, t - f);
	dir = dir_of(d->path);
	p = rel && dir ? join(dir, rel) : NULL;
	plan_free(rel);
	plan_free(dir);
	return p;
}

static int h_definition(struct server *s, json_t *params, json_t **result)
{
	struct doc *d = param_doc(s, params);
	const plan_source *src;
	struct group *g;
	const plan_action *a;
	size_t off;
	char *inc;

	if (!d || param_offset(s, params, d, &off) < 0)
		return PLAN_RPC_INVALID_PARAMS;
	if ((inc = include_at(d, off)) != NULL) {
		char *uri = path_to_uri(inc);
		plan_free(inc);
		*result = json_pack("{s:o,s:{s:{s:i,s:i},s:{s:i,s:i}}}", "uri",
				    uri ? plan_json_text(uri) : NULL, "range", "start", "line", 0,
				    "character", 0, "end", "line", 0, "character", 0);
		plan_free(uri);
		return 0;
	}
	if (!(g = group_of(s, d, &src))) {
		*result = json_null();
		return 0;
	}
	if ((a = action_at(g, src, off)) != NULL) {
		*result = location(s, g, &a->id_loc);
	} else {
		/* A section's, an objective's or a plan's id: where it is defined. */
		const plan_named *n = named_at(g, src, off);
		*result = n && plan_named_loc(n)->src ? location(s, g, plan_named_loc(n)) : json_null();
	}
	return 0;
}

static int h_references(struct server *s, json_t *params, json_t **result)
{
	struct doc *d = param_doc(s, params);
	const plan_source *src;
	struct group *g;
	const plan_action *a;
	const plan_update *u;
	size_t off;
	int ok = 1;

	if (!d || param_offset(s, params, d, &off) < 0)
		return PLAN_RPC_INVALID_PARAMS;
	if (!(g = group_of(s, d, &src)) || !(a = action_at(g, src, off))) {
		*result = json_null();
		return 0;
	}
	*result = json_array();
	if (json_is_true(json_object_get(json_object_get(params, "context"), "includeDeclaration")))
		plan_json_push(*result, location(s, g, &a->id_loc), &ok);
	for (u = a->updates.head; u; u = u->next)
		plan_json_push(*result, location(s, g, u->target ? &u->target_loc : &u->loc), &ok);
	*result = plan_json_finish(*result, ok);
	return 0;
}

/* Appends printf text to the string buffer *b (plan_malloc'ed). */
struct buf {
	char *v;
	size_t n, cap;
	int oom;
};

static void bprintf(struct buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void bprintf(struct buf *b, const char *fmt, ...)
{
	va_list ap;
	int k;

	va_start(ap, fmt);
	k = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (k < 0 || b->oom || PLAN_GROW(b->v, b->cap, b->n + (size_t)k + 1) < 0) {
		b->oom = 1;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(b->v + b->n, (size_t)k + 1, fmt, ap);
	va_end(ap);
	b->n += (size_t)k;
}

static const char *rag_name(plan_rag r)
{
	return r == PLAN_RAG_RED ? "red" : r == PLAN_RAG_AMBER ? "amber" : r == PLAN_RAG_GREEN ? "green" : "no rating";
}

/* Commits of an action's history that hover shows, newest first. */
#define HOVER_COMMITS 3

/*
 * The last HOVER_COMMITS commits that changed a, from the history of
 * g's git work tree (as planlog shows them: what is committed, not what
 * the editor holds), into b; nothing outside a work tree, or when the
 * history cannot be read.  planlog's cache makes it fast after the first.
 */
static void hover_history(struct server *s, struct group *g, const plan_action *a, struct buf *b)
{
	plan_walk_options wo = PLAN_WALK_OPTIONS_INIT;
	const char *ids[1];
	plan_repo *repo;
	plan_log *log;

	if (!s->opt->disk || !g->git || plan_repo_open_history(&repo, g->top) < 0)
		return;
	ids[0] = a->id;
	wo.ids = ids;
	wo.nids = 1;
	if (plan_log_read(&log, repo, &wo) == PLAN_OK && log->nactions == 1 && log->actions[0].nchanges) {
		const plan_log_action *x = &log->actions[0];
		const plan_log_commit *last = NULL;
		size_t k, commits = 0;
		bprintf(b, "history:\n");
		for (k = 0; k < x->nchanges; k++) {
			const plan_log_change *c = &x->changes[k];
			char date[PLAN_LOG_DATE_SIZE], text[400];
			if (c->commit != last) {
				if (commits++ == HOVER_COMMITS)
					break;
				bprintf(b, "  %.12s %s %s: %s\n", c->commit->id,
					plan_log_date(date, c->commit->when, c->commit->offset),
					c->commit->author, c->commit->subject);
				last = c->commit;
			}
			bprintf(b, "    %s\n", plan_log_change_text(text, sizeof(text), c));
		}
		plan_log_save(log);
	}
	if (log)
		plan_log_free(log);
	plan_repo_free(repo);
}

static int h_hover(struct server *s, json_t *params, json_t **result)
{
	struct doc *d = param_doc(s, params);
	const plan_source *src;
	struct group *g;
	const plan_action *a;
	const plan_lead *l;
	plan_action_state st;
	struct buf b = { 0 };
	plan_span here;
	char date[64];
	size_t off;

	if (!d || param_offset(s, params, d, &off) < 0)
		return PLAN_RPC_INVALID_PARAMS;
	if (!(g = group_of(s, d, &src)) || !(a = action_at(g, src, off))) {
		*result = json_null();
		return 0;
	}
	plan_action_state_at(a, s->opt->today, &st);
	bprintf(&b, "action %s%s%s\n", a->id, *a->title ? ": " : "", a->title);
	if (a->plan && a->plan->id)
		bprintf(&b, "plan: %s\n", a->plan->id);
	bprintf(&b, "leads:");
	for (l = a->leads.head; l; l = l->next)
		bprintf(&b, "%s %s", l == a->leads.head ? "" : ";", l->text);
	bprintf(&b, "%s\n", a->leads.head ? "" : " none");
	if (st.deadline && plan_date_format(date, sizeof(date), st.deadline) >= 0)
		bprintf(&b, "deadline: %s\n", date);
	else
		bprintf(&b, "deadline: none\n");
	if (st.last) {
		date[0] = '\0';
		if (st.last->has_date)
			plan_date_format(date, sizeof(date), &st.last->date);
		bprintf(&b, "latest update: %s %s%s%.200s\n", date, rag_name(st.last->rag),
			*st.last->text ? ": " : "", st.last->text);
	} else {
		bprintf(&b, "latest update: none\n");
	}
	if (st.closed)
		bprintf(&b, "status: closed\n");
	else if (st.days_overdue > 0)
		bprintf(&b, "status: open, overdue by %ld day%s\n", st.days_overdue, st.days_overdue == 1 ? "" : "s");
	else if (st.judged && st.stale)
		bprintf(&b, "status: open, stale (no update since its rhythm asked for one)\n");
	else
		bprintf(&b, "status: open\n");
	hover_history(s, g, a, &b);
	if (b.oom) {
		plan_free(b.v);
		return PLAN_RPC_INTERNAL_ERROR;
	}
	/* The hover's range: the action's id when it was hovered there, else the cursor. */
	here.start = here.end = off;
	if (in_span(&a->id_loc, src, off))
		here = a->id_loc.span;
	*result = json_pack("{s:{s:s,s:o},s:o}", "contents", "kind", "plaintext", "value",
			    plan_json_text(b.v), "range", src_range(s, g, src, here));
	plan_free(b.v);
	return 0;
}

/* ------------------------------------------------------------------ */
/* Document symbols: the outline, nested by file order and level */

struct sym {
	int level;                  /* plan 0, section 1, objective 2, action 3 */
	int kind;                   /* LSP SymbolKind */
	const char *id, *title;
	const plan_loc *loc, *id_loc;
};

static int sym_cmp(const void *a, const void *b)
{
	const struct sym *x = a, *y = b;

	return x->loc->span.start < y->loc->span.start ? -1 : x->loc->span.start > y->loc->span.start;
}

/* The symbols v[*i..) of level > parent level, up to end, as a JSON array. */
static json_t *sym_tree(struct server *s, struct group *g, const plan_source *src, struct sym *v, size_t n,
			size_t *i, int above, int *ok)
{
	json_t *arr = json_array();

	while (*i < n && v[*i].level > above) {
		struct sym *m = &v[(*i)++];
		size_t k = *i;
		plan_span sp;
		json_t *o;

		while (k < n && v[k].level > m->level)
			k++;
		sp.start = m->loc->span.start;
		sp.end = k < n ? v[k].loc->span.start : src->len;
		if (sp.end < m->loc->span.end)
			sp.end = m->loc->span.end;
		o = json_pack("{s:o,s:o,s:i,s:o,s:o}", "name", plan_json_text(m->id && *m->id ? m->id : "?"),
			      "detail", plan_json_text(m->title ? m->title : ""), "kind", m->kind,
			      "range", src_range(s, g, src, sp), "selectionRange",
			      src_range(s, g, src, m->id_loc->src == src ? m->id_loc->span : m->loc->span));
		plan_json_put(o, "children", sym_tree(s, g, src, v, n, i, m->level, ok), ok);
		plan_json_push(arr, o, ok);
	}
	if (!arr)
		*ok = 0;
	return arr;
}

static int h_symbols(struct server *s, json_t *params, json_t **result)
{
	struct doc *d = param_doc(s, params);
	const plan_source *src;
	struct group *g;
	const plan_plan *p;
	struct sym *v = NULL;
	size_t n = 0, cap = 0, i = 0;
	int ok = 1;

	if (!d)
		return PLAN_RPC_INVALID_PARAMS;
	if (!(g = group_of(s, d, &src))) {
		*result = json_array();
		return 0;
	}
#define ADD(lv, k, obj) do {                                                     \
		if ((obj)->loc.src != src) break;                                \
		if (PLAN_GROW(v, cap, n + 1) < 0) { ok = 0; break; }             \
		v[n].level = (lv); v[n].kind = (k); v[n].id = (obj)->id;         \
		v[n].title = (obj)->title; v[n].loc = &(obj)->loc;               \
		v[n].id_loc = &(obj)->id_loc; n++;                               \
	} while (0)
	for (p = g->set->plans.head; p && ok; p = p->next) {
		const plan_section *se;
		const plan_objective *ob;
		const plan_action *a;
		ADD(0, 2, p);           /* Module */
		for (se = p->sections.head; se && ok; se = se->next)
			ADD(1, 3, se);  /* Namespace */
		for (ob = p->objectives.head; ob && ok; ob = ob->next)
			ADD(2, 5, ob);  /* Class */
		for (a = p->actions.head; a && ok; a = a->next)
			ADD(3, 12, a);  /* Function */
	}
#undef ADD
	if (n)
		qsort(v, n, sizeof(*v), sym_cmp);
	*result = ok ? sym_tree(s, g, src, v, n, &i, -1, &ok) : NULL;
	plan_free(v);
	if (!ok) {
		json_decref(*result);
		return PLAN_RPC_INTERNAL_ERROR;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Completion */

static void item(json_t *list, const char *label, int kind, const char *detail, int *ok)
{
	json_t *o = json_pack("{s:o,s:i}", "label", plan_json_text(label), "kind", kind);

	if (o && detail)
		plan_json_put(o, "detail", plan_json_text(detail), ok);
	plan_json_push(list, o, ok);
}

/*
 * An item that replaces what d has from..off, the name typed so far of
 * several words ("lead Jane Sm"), which a client's word would not cover;
 * its filter text is the whole name.
 */
static void name_item(struct server *s, const struct doc *d, size_t from, size_t off, json_t *list,
		      const char *label, const char *detail, int *ok)
{
	plan_span sp = { from, off };
	json_t *o = json_pack("{s:o,s:i,s:o,s:o,s:{s:o,s:o}}", "label", plan_json_text(label), "kind", 12,
			      "detail", plan_json_text(detail), "filterText", plan_json_text(label),
			      "textEdit", "range", range_json(s, NULL, d->text, d->len, sp),
			      "newText", plan_json_text(label));

	plan_json_push(list, o, ok);
}

/* Whether b[0..n) is a date as plans write them. */
static int is_date(const char *b, size_t n)
{
	plan_date dt;
	size_t bad;

	return n && plan_date_parse(&dt, b, n, &bad) == 0;
}

/* Where the blanks before b[at] begin, not before st. */
static size_t blanks_back(const char *b, size_t st, size_t at)
{
	while (at > st && (b[at - 1] == ' ' || b[at - 1] == '\t'))
		at--;
	return at;
}

/* Where the word that ends at b[at] begins, not before st. */
static size_t word_back(const char *b, size_t st, size_t at)
{
	while (at > st && b[at - 1] != ' ' && b[at - 1] != '\t')
		at--;
	return at;
}

/*
 * What may be written at the cursor, from the line before it: the word
 * being typed starts at cw; the line's first word is w1..w1e, the second
 * starts at w2.  A date may be several words ("10 January 2019").
 */
static int h_completion(struct server *s, json_t *params, json_t **result)
{
	struct doc *d = param_doc(s, params);
	const plan_source *src = NULL;
	struct group *g;
	size_t off, st, en, w1, w1e, w2, cw, pe, i;
	const char *b;
	int ok = 1, w;
	json_t *list;

	if (!d || param_offset(s, params, d, &off) < 0)
		return PLAN_RPC_INVALID_PARAMS;
	g = group_of(s, d, &src);
	b = d->text;
	line_at(b, d->len, off, &st, &en);
	list = json_array();
	for (w1 = st; w1 < off && (b[w1] == ' ' || b[w1] == '\t'); w1++)
		;
	for (w1e = w1; w1e < off && b[w1e] != ' ' && b[w1e] != '\t'; w1e++)
		;
	for (w2 = w1e; w2 < off && (b[w2] == ' ' || b[w2] == '\t'); w2++)
		;
	cw = word_back(b, st, off);
	pe = blanks_back(b, st, cw);            /* the end of what comes before the word typed */
	w = plan_word_lookup(b + w1, w1e - w1);
	if (cw <= w1) {
		/* The first word: a keyword that fits there. */
		int indented = w1 > st;
		for (i = 1; i < PLAN_NWORDS; i++) {
			int top = plan_words[i].class_ == PLAN_CLASS_DIRECTIVE ||
				  plan_words[i].class_ == PLAN_CLASS_INCLUDE;
			if (top == !indented || i == PLAN_WORD_INCLUDE)
				item(list, plan_words[i].word, 14, NULL, &ok);   /* Keyword */
		}
	} else if (w == PLAN_WORD_LEAD && g) {
		const plan_plan *p;
		const plan_text *t;
		for (p = g->set->plans.head; p; p = p->next) {
			for (t = p->people.head; t; t = t->next)
				name_item(s, d, w2, off, list, t->text, "person", &ok);
			for (t = p->organisations.head; t; t = t->next)
				name_item(s, d, w2, off, list, t->text, "organisation", &ok);
		}
	} else if ((w == PLAN_WORD_DUE || w == PLAN_WORD_REVIEW || w == PLAN_WORD_START ||
		    w == PLAN_WORD_PERIOD) && cw == w2) {
		const char *const *r;
		size_t nr = plan_rhythm_words(&r);
		for (i = 0; i < nr; i++)
			item(list, r[i], 21, "rhythm", &ok);             /* Constant */
		item(list, "TBC", 21, "no date yet", &ok);
	} else if ((w == PLAN_WORD_UPDATE && cw > w2 && is_date(b + w2, pe - w2)) ||
		   (w1 == st && pe > w1 && is_date(b + w1, blanks_back(b, st, word_back(b, st, pe)) - w1))) {
		/* "update DATE |" and "DATE ID |": a rating. */
		item(list, "green", 20, "on track", &ok);                /* EnumMember */
		item(list, "amber", 20, "at risk", &ok);
		item(list, "red", 20, "off track", &ok);
	} else if (w1 == st && is_date(b + w1, pe - w1) && g) {
		/* "DATE |" at the margin, in an updates file: an action's id. */
		const plan_plan *p;
		const plan_action *a;
		for (p = g->set->plans.head; p; p = p->next)
			for (a = p->actions.head; a; a = a->next)
				item(list, a->id, 18, a->title, &ok);    /* Reference */
	}
	*result = plan_json_finish(list, ok);
	return *result ? 0 : PLAN_RPC_INTERNAL_ERROR;
}

/* ------------------------------------------------------------------ */
/* Code actions: the fixes the checks suggest */

static int h_code_action(struct server *s, json_t *params, json_t **result)
{
	struct doc *d = param_doc(s, params);
	json_t *r = json_object_get(params, "range");
	json_t *st = json_object_get(r, "start"), *en = json_object_get(r, "end");
	const plan_source *src;
	struct group *g;
	const plan_diag *dg;
	size_t a, b;
	int ok = 1;

	if (!d || !json_is_integer(json_object_get(st, "line")) || !json_is_integer(json_object_get(en, "line")))
		return PLAN_RPC_INVALID_PARAMS;
	/* The lines of the range: the cursor's line has the fixes of its diagnostics. */
	a = pos_to_offset(s, d->text, d->len, (size_t)json_integer_value(json_object_get(st, "line")), 0);
	b = pos_to_offset(s, d->text, d->len, (size_t)json_integer_value(json_object_get(en, "line")),
			  SIZE_MAX);
	*result = json_array();
	if (!(g = group_of(s, d, &src)))
		return *result ? 0 : PLAN_RPC_INTERNAL_ERROR;
	for (dg = g->set->diags.head; dg && ok; dg = dg->next) {
		json_t *edit, *ca;
		char title[300];
		/* On the lines: not one that ends where they begin (a whole line before). */
		if (dg->src != src || !dg->fix || dg->span.end < a || (dg->span.end == a && dg->span.start < a) ||
		    dg->span.start > b)
			continue;
		snprintf(title, sizeof(title), "Replace with \"%.200s\"", dg->fix);
		plan_utf8_trim(title);
		edit = json_pack("{s:{s:[{s:o,s:o}]}}", "changes", d->uri, "range",
				 src_range(s, g, src, dg->fix_span), "newText", plan_json_text(dg->fix));
		ca = json_pack("{s:o,s:s,s:[o],s:b,s:o}", "title", plan_json_text(title), "kind", "quickfix",
			       "diagnostics", diag_json(s, g, src, dg), "isPreferred", 1, "edit", edit);
		plan_json_push(*result, ca, &ok);
	}
	*result = plan_json_finish(*result, ok);
	return *result ? 0 : PLAN_RPC_INTERNAL_ERROR;
}

/* ------------------------------------------------------------------ */
/* Formatting: planfmt's canonical form (fmt.h) of the document's text */

/*
 * The whole document replaced by its canonical form, as one edit; no
 * edit when it is in that form; null when it cannot be formatted (a
 * syntax error: planfmt leaves such a file as it is; the diagnostics say
 * why).  The editor's tab size and spaces are not asked: the form is one.
 */
static int h_formatting(struct server *s, json_t *params, json_t **result)
{
	struct doc *d = param_doc(s, params);
	plan_fmt_options fo = PLAN_FMT_OPTIONS_INIT;
	plan_set *set;
	char *out = NULL;
	size_t n = 0, l, c;
	int rc;

	if (!d)
		return PLAN_RPC_INVALID_PARAMS;
	if (!(set = plan_set_new()))
		return PLAN_RPC_INTERNAL_ERROR;
	rc = plan_fmt(set, d->path, d->text, d->len, &fo, &out, &n);
	plan_set_free(set);
	if (rc == PLAN_ENOMEM)
		return PLAN_RPC_INTERNAL_ERROR;
	if (rc == PLAN_EBUG)
		say(s, "%s: planfmt cannot format it without changing what it says (a bug): left as it is",
		    d->path);
	if (rc != PLAN_OK) {
		*result = json_null();
		return 0;
	}
	if (n == d->len && memcmp(out, d->text, n) == 0) {
		*result = json_array();
	} else {
		offset_to_pos(s, NULL, d->text, d->len, d->len, &l, &c);
		*result = json_pack("[{s:{s:o,s:o},s:s%}]", "range", "start", pos_json(0, 0), "end",
				    pos_json(l, c), "newText", out, n);
	}
	plan_free(out);
	return *result ? 0 : PLAN_RPC_INTERNAL_ERROR;
}

/* ------------------------------------------------------------------ */
/* Dispatch */

static const struct {
	const char *method;
	int (*run)(struct server *s, json_t *params, json_t **result);
} requests[] = {
	{ "initialize", h_initialize },
	{ "shutdown", h_shutdown },
	{ "textDocument/definition", h_definition },
	{ "textDocument/references", h_references },
	{ "textDocument/hover", h_hover },
	{ "textDocument/documentSymbol", h_symbols },
	{ "textDocument/completion", h_completion },
	{ "textDocument/codeAction", h_code_action },
	{ "textDocument/formatting", h_formatting },
};

static const struct {
	const char *method;
	void (*run)(struct server *s, json_t *params);
} notifications[] = {
	{ "textDocument/didOpen", n_did_open },
	{ "textDocument/didChange", n_did_change },
	{ "textDocument/didClose", n_did_close },
	{ "textDocument/didSave", n_did_save },
	{ "workspace/didChangeWatchedFiles", n_did_save },
};

/* Handles one message; 1 when it was exit. */
static int handle(struct server *s, const char *body, size_t len)
{
	json_error_t err;
	json_t *msg = json_loadb(body, len, JSON_REJECT_DUPLICATES, &err), *id, *params, *result = NULL;
	const char *method;
	size_t i;
	int code;

	if (!msg) {
		send_error(s, NULL, PLAN_RPC_PARSE_ERROR, "the message is not JSON");
		return 0;
	}
	id = json_object_get(msg, "id");
	method = json_string_value(json_object_get(msg, "method"));
	params = json_object_get(msg, "params");
	if (!json_is_object(msg) || (id && !json_is_integer(id) && !json_is_string(id)) ||
	    (!method && json_object_get(msg, "method"))) {
		send_error(s, json_is_integer(id) || json_is_string(id) ? id : NULL, PLAN_RPC_INVALID_REQUEST,
			   "not a JSON-RPC request or notification");
		json_decref(msg);
		return 0;
	}
	if (!method) {          /* a response: the server sends no requests */
		json_decref(msg);
		return 0;
	}
	if (!id) {
		if (strcmp(method, "exit") == 0) {
			json_decref(msg);
			return 1;
		}
		if (s->initialized && !s->shutdown)
			for (i = 0; i < sizeof(notifications) / sizeof(notifications[0]); i++)
				if (strcmp(method, notifications[i].method) == 0)
					notifications[i].run(s, params);
		json_decref(msg);
		return 0;
	}
	/* A request sees the documents as changed so far, and comes after
	 * their diagnostics (a client can wait for those with any request). */
	if (s->dirty)
		analyse(s);
	for (i = 0; i < sizeof(requests) / sizeof(requests[0]); i++)
		if (strcmp(method, requests[i].method) == 0)
			break;
	if (i == sizeof(requests) / sizeof(requests[0]))
		send_error(s, id, PLAN_RPC_METHOD_NOT_FOUND, "no such method");
	else if (!s->initialized && requests[i].run != h_initialize)
		send_error(s, id, PLAN_RPC_NOT_INITIALIZED, "the server is not initialized");
	else if (s->shutdown)
		send_error(s, id, PLAN_RPC_INVALID_REQUEST, "the server is shut down");
	else if (s->initialized && requests[i].run == h_initialize)
		send_error(s, id, PLAN_RPC_INVALID_REQUEST, "the server is initialized already");
	else if (params && !json_is_object(params))
		send_error(s, id, PLAN_RPC_INVALID_PARAMS, "params is not an object");
	else if ((code = requests[i].run(s, params, &result)) != 0)
		send_error(s, id, code, code == PLAN_RPC_INVALID_PARAMS
			   ? "no open document at that textDocument, or no position" : "out of memory");
	else if (!result)
		send_error(s, id, PLAN_RPC_INTERNAL_ERROR, "out of memory");
	else
		send(s, json_pack("{s:s,s:O,s:o}", "jsonrpc", "2.0", "id", id, "result", result));
	json_decref(msg);
	return 0;
}

static int input_waiting(const plan_lsp_reader *r, int fd)
{
	struct pollfd pf;

	if (plan_lsp_buffered(r))
		return 1;
	if (fd < 0)
		return 0;
	pf.fd = fd;
	pf.events = POLLIN;
	return poll(&pf, 1, 0) > 0;
}

int plan_lsp_serve(plan_lsp_reader *r, plan_lsp_write_fn write, void *wctx, const plan_lsp_options *opt)
{
	struct server s;
	int status = 1;
	size_t i;

	memset(&s, 0, sizeof(s));
	s.opt = opt;
	s.write = write;
	s.wctx = wctx;
	plan_json_begin();
	for (;;) {
		const char *body, *why = "";
		size_t len;
		int rc;

		if (s.dirty && !input_waiting(r, opt->input_fd))
			analyse(&s);
		rc = plan_lsp_read(r, &body, &len, &why);
		if (rc == PLAN_LSP_END)
			break;
		if (rc == PLAN_ENOMEM) {
			status = 2;
			break;
		}
		if (rc == PLAN_LSP_BAD) {
			say(&s, "%s", why);
			send_error(&s, NULL, PLAN_RPC_PARSE_ERROR, why);
			continue;
		}
		if (handle(&s, body, len)) {
			status = s.shutdown ? 0 : 1;
			break;
		}
		if (s.failed && plan_error_code() == PLAN_ENOMEM)
			say(&s, "out of memory: answers may be incomplete");
		s.failed = 0;
	}
	groups_free(&s);
	plan_free(s.groups);
	for (i = 0; i < s.ndocs; i++)
		doc_free(&s.docs[i]);
	plan_free(s.docs);
	strs_free(&s.published);
	strs_free(&s.roots);
	return status;
}
