/*
 * load.c - files, includes, cycles and limits; never in the lexer.
 */
#include "load.h"
#include "alloc.h"
#include "parse.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* One file on the chain of includes being read. */
struct frame {
	const struct frame *up;
	const char *path;
	plan_file_id id;
	int depth;
};

/* A slot of the set of files already read. */
struct seen {
	plan_file_id id;
	int used;
};

/* Loader state, reached from the builder's include_ctx. */
struct loader {
	plan_set *set;
	plan_reader reader;         /* where files come from */
	struct seen *seen;          /* files read: open addressing, at most half full; arena */
	size_t nseen, seen_cap;     /* seen_cap a power of two */
	const struct frame *top;    /* chain of the file being parsed */
};

static int same_file(plan_file_id a, plan_file_id b)
{
	return a.a == b.a && a.b == b.b;
}

static int parse_source(struct loader *ld, plan_builder *ctx, const char *path,
			const char *bytes, char *owned, size_t len);
static char *resolve(plan_arena *a, const char *from, const char *path);
static struct loader *loader_of(plan_set *set);

/*
 * Reads a whole regular file.  On failure returns -1 with *why set to a
 * static reason or to strerror's text, or -2 when memory ran out.  *out
 * is plan_malloc'ed.
 */
static int read_file(void *ctx, const char *path, char **out, size_t *len,
		     plan_file_id *id, const char **why)
{
	int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	char *buf = NULL;
	size_t cap, n = 0;
	struct stat sb, *st = &sb;

	(void)ctx;
	*out = NULL;
	if (fd < 0) {
		*why = strerror(errno);
		return -1;
	}
	if (fstat(fd, st) < 0) {
		*why = strerror(errno);
		close(fd);
		return -1;
	}
	if (S_ISDIR(st->st_mode)) {
		*why = "is a directory";
		close(fd);
		return -1;
	}
	if (!S_ISREG(st->st_mode)) {
		*why = "not a regular file";
		close(fd);
		return -1;
	}
	if (st->st_size > PLAN_MAX_FILE_SIZE) {
		*why = "larger than " PLAN_MAX_FILE_SIZE_TEXT;
		close(fd);
		return -1;
	}
	cap = (size_t)st->st_size + 2;   /* and the two NULs the scanner needs */
	buf = plan_malloc(cap);
	if (!buf) {
		*why = "out of memory";
		close(fd);
		return -2;
	}
	for (;;) {
		ssize_t r;
		if (n == cap) {
			/* The file grew while being read. */
			char *nb;
			if (cap > (size_t)PLAN_MAX_FILE_SIZE) {
				*why = "larger than " PLAN_MAX_FILE_SIZE_TEXT;
				goto fail;
			}
			nb = plan_realloc(buf, cap * 2);
			if (!nb) {
				plan_free(buf);
				close(fd);
				*why = "out of memory";
				return -2;
			}
			buf = nb;
			cap *= 2;
		}
		r = read(fd, buf + n, cap - n);
		if (r < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			*why = strerror(errno);
			goto fail;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	close(fd);
	*out = buf;
	*len = n;
	id->a = (unsigned long long)st->st_dev;
	id->b = (unsigned long long)st->st_ino;
	return 0;
fail:
	plan_free(buf);
	close(fd);
	return -1;
}

static size_t hash_file(plan_file_id id)
{
	unsigned long long h = (id.a * 0x9E3779B97F4A7C15ull) ^ id.b;
	h ^= h >> 31;
	h *= 0xBF58476D1CE4E5B9ull;
	return (size_t)(h ^ (h >> 29));
}

/* The slot of id in t (cap slots), or the empty one where it belongs. */
static struct seen *slot(struct seen *t, size_t cap, plan_file_id id)
{
	size_t i;

	for (i = hash_file(id) & (cap - 1); t[i].used && !same_file(t[i].id, id); i = (i + 1) & (cap - 1))
		;
	return &t[i];
}

static int find_seen(const struct loader *ld, plan_file_id id)
{
	return ld->seen_cap && slot(ld->seen, ld->seen_cap, id)->used;
}

/* Adds id to the files read; -1 when memory ran out. */
static int remember(struct loader *ld, plan_file_id id)
{
	struct seen *e;

	if ((ld->nseen + 1) * 2 > ld->seen_cap) {
		size_t cap = ld->seen_cap ? ld->seen_cap * 2 : 64, i;
		struct seen *t = plan_arena_zalloc(ld->set->arena, cap * sizeof(*t));
		if (!t)
			return -1;
		for (i = 0; i < ld->seen_cap; i++)
			if (ld->seen[i].used)
				*slot(t, cap, ld->seen[i].id) = ld->seen[i];
		ld->seen = t;
		ld->seen_cap = cap;
	}
	e = slot(ld->seen, ld->seen_cap, id);
	if (!e->used) {
		e->id = id;
		e->used = 1;
		ld->nseen++;
	}
	return 0;
}

static char *join(plan_arena *a, const char *from, const char *path);

void plan_path_normalise(char *path)
{
	char *out = path, *seg = path;
	int absolute = path[0] == '/';
	size_t kept = 0;    /* segments in out that ".." may remove */

	if (absolute)
		out++, seg++;
	for (;;) {
		char *end = strchr(seg, '/');
		size_t n = end ? (size_t)(end - seg) : strlen(seg);
		char *next = end ? end + 1 : NULL;

		if (n == 0 || (n == 1 && seg[0] == '.')) {
			/* "//" and "/./" say nothing */
		} else if (n == 2 && seg[0] == '.' && seg[1] == '.' && kept > 0) {
			/* ".." takes back the last segment written */
			out--;
			while (out > path + absolute && out[-1] != '/')
				out--;
			kept--;
		} else {
			memmove(out, seg, n);
			out += n;
			*out++ = '/';
			if (!(n == 2 && seg[0] == '.' && seg[1] == '.'))
				kept++;
		}
		/* Writing may have reached the bytes after seg: stop on end, not on them. */
		if (!next)
			break;
		seg = next;
	}
	if (out > path + absolute)
		out--;      /* the last '/' */
	*out = '\0';
	if (!path[0])
		strcpy(path, absolute ? "/" : ".");
}

/* "a.plan includes b.plan includes a.plan", into buf. */
static void chain_text(const struct frame *f, const char *last, char *buf, size_t size)
{
	const struct frame *v[PLAN_MAX_INCLUDE_DEPTH + 2];
	int n = 0, i;
	size_t o = 0;

	for (; f && n < PLAN_MAX_INCLUDE_DEPTH + 1; f = f->up)
		v[n++] = f;
	buf[0] = '\0';
	for (i = n - 1; i >= 0 && o < size; i--)
		o += (size_t)snprintf(buf + o, size - o, "%s includes ", v[i]->path);
	if (o < size)
		snprintf(buf + o, size - o, "%s", last);
}

/*
 * Joins the includer's directory and path (unless path is absolute).  Not
 * normalised: on a file system "dir/link/../x" need not be "dir/x".
 */
static char *resolve(plan_arena *a, const char *from, const char *path)
{
	return join(a, from, path);
}

static char *join(plan_arena *a, const char *from, const char *path)
{
	const char *slash = strrchr(from, '/');
	size_t dl, pl = strlen(path);
	char *r;

	if (path[0] == '/' || !slash)
		return plan_arena_strndup(a, path, pl);
	dl = (size_t)(slash - from) + 1;
	r = plan_arena_alloc(a, dl + pl + 1);
	if (!r)
		return NULL;
	memcpy(r, from, dl);
	memcpy(r + dl, path, pl + 1);
	return r;
}

static int include_file(plan_builder *b, const char *rel, plan_loc loc)
{
	struct loader *ld = b->include_ctx;
	plan_diags *d = &ld->set->diags;
	const struct frame *f;
	plan_file_id fid;
	struct frame me;
	char *path, *bytes;
	size_t len;
	const char *why;
	int rc;

	path = resolve(ld->set->arena, b->src->path, rel);
	if (path && ld->reader.lexical)
		plan_path_normalise(path);
	if (!path)
		return -1;
	if (ld->top && ld->top->depth >= PLAN_MAX_INCLUDE_DEPTH) {
		plan_diag_add(d, PLAN_SEV_ERROR, "include", loc.src, loc.span,
			      "includes nested more than %d deep: %s is not read",
			      PLAN_MAX_INCLUDE_DEPTH, path);
		return 0;
	}
	rc = ld->reader.read(ld->reader.ctx, path, &bytes, &len, &fid, &why);
	if (rc == -2)
		return -1;
	if (rc < 0) {
		plan_diag_add(d, PLAN_SEV_ERROR, "include", loc.src, loc.span,
			      "cannot include %s: %s", path, why);
		return 0;
	}
	for (f = ld->top; f; f = f->up) {
		if (same_file(f->id, fid)) {
			char chain[1024];
			chain_text(ld->top, path, chain, sizeof(chain));
			plan_diag_add(d, PLAN_SEV_ERROR, "include", loc.src, loc.span,
				      "include cycle: %s", chain);
			plan_free(bytes);
			return 0;
		}
	}
	if (find_seen(ld, fid)) {
		plan_diag_add(d, PLAN_SEV_NOTE, "include", loc.src, loc.span,
			      "%s was read already; each file is read once", path);
		plan_free(bytes);
		return 0;
	}
	if (remember(ld, fid) < 0) {
		plan_free(bytes);
		return -1;
	}
	me.up = ld->top;
	me.path = path;
	me.id = fid;
	me.depth = ld->top ? ld->top->depth + 1 : 1;
	ld->top = &me;
	rc = parse_source(ld, b, path, NULL, bytes, len);
	ld->top = me.up;
	return rc;
}

/*
 * Parses one file, bytes or owned (plan_malloc'ed, freed here); ctx (may
 * be NULL) is the includer's builder.  The bytes are copied into the set's
 * arena: its large blocks are filled with few page faults, where a fresh
 * buffer per file would take one per 4 KiB.
 */
static int parse_source(struct loader *ld, plan_builder *ctx, const char *path,
			const char *bytes, char *owned, size_t len)
{
	plan_builder b;
	plan_source *src = plan_source_new(ld->set, path, owned ? owned : bytes, len);

	plan_free(owned);
	if (!src)
		return -1;
	memset(&b, 0, sizeof(b));
	if (ctx) {
		b.plan = ctx->plan;
		b.section = ctx->section;
		b.objective = ctx->objective;
		b.action = ctx->action;
		b.block = ctx->block;
	}
	b.set = ld->set;
	b.src = src;
	b.include = include_file;
	b.include_ctx = ld;
	return plan_parse(&b, src);
}

/* The loader of a set lives in its arena, made on first use. */
static struct loader *loader_of(plan_set *set)
{
	if (!set->loader) {
		struct loader *ld = plan_arena_zalloc(set->arena, sizeof(*ld));
		if (!ld)
			return NULL;
		ld->set = set;
		ld->reader.read = read_file;
		set->loader = ld;
	}
	return set->loader;
}

int plan_load_file(plan_set *set, const char *path)
{
	struct loader *ld = loader_of(set);
	struct frame me;
	plan_file_id fid;
	char *bytes;
	size_t len;
	const char *why;
	int rc;

	if (!ld)
		return PLAN_ENOMEM;
	rc = ld->reader.read(ld->reader.ctx, path, &bytes, &len, &fid, &why);
	if (rc == -2)
		return PLAN_ENOMEM;
	if (rc < 0) {
		plan_diag_file(&set->diags, PLAN_SEV_ERROR, "io", path, "cannot read: %s", why);
		return PLAN_EREAD;
	}
	if (find_seen(ld, fid)) {
		plan_free(bytes);
		return PLAN_OK;
	}
	if (remember(ld, fid) < 0) {
		plan_free(bytes);
		return PLAN_ENOMEM;
	}
	me.up = NULL;
	me.path = path;
	me.id = fid;
	me.depth = 0;
	ld->top = &me;
	rc = parse_source(ld, NULL, path, NULL, bytes, len);
	ld->top = NULL;
	return rc < 0 ? PLAN_ENOMEM : PLAN_OK;
}

/*
 * Adds to *list (arena) the normalised paths that the include lines of
 * bytes name, resolved against path.  A line is taken as an include when
 * it reads "include X" after its indentation: this looks at text, not at
 * the grammar, and only decides which files to read on their own.
 */
struct name {
	struct name *next;
	char *path;
};

static int scan_includes(plan_arena *a, const char *path, const char *bytes, size_t len,
			 struct name **list)
{
	size_t i = 0;

	while (i < len) {
		size_t e = i, s;
		while (e < len && bytes[e] != '\n' && bytes[e] != '\r')
			e++;
		s = i;
		while (s < e && (bytes[s] == ' ' || bytes[s] == '\t'))
			s++;
		if (e - s > 8 && strncasecmp(bytes + s, "include", 7) == 0 &&
		    (bytes[s + 7] == ' ' || bytes[s + 7] == '\t')) {
			size_t f = s + 7, t = e;
			char *rel;
			struct name *nm;
			while (f < t && (bytes[f] == ' ' || bytes[f] == '\t'))
				f++;
			while (t > f && (bytes[t - 1] == ' ' || bytes[t - 1] == '\t'))
				t--;
			rel = plan_arena_strndup(a, bytes + f, t - f);
			nm = plan_arena_zalloc(a, sizeof(*nm));
			if (!rel || !nm || !(nm->path = resolve(a, path, rel)))
				return -1;
			plan_path_normalise(nm->path);
			nm->next = *list;
			*list = nm;
		}
		i = e + 1;
	}
	return 0;
}

static int cmp_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int plan_load_paths(plan_set *set, const char *const *paths, size_t n)
{
	struct loader *ld = loader_of(set);
	struct name *included = NULL, *nm;
	char **sorted = NULL;
	unsigned char *inc;
	size_t i, ninc = 0;
	int rc = PLAN_OK, pass;

	if (!ld)
		return PLAN_ENOMEM;
	/* With one file there is nothing to include it: no need to read it twice. */
	for (i = 0; i < n && n > 1; i++) {
		char *bytes;
		size_t len;
		plan_file_id fid;
		const char *why;
		int r = ld->reader.read(ld->reader.ctx, paths[i], &bytes, &len, &fid, &why);

		if (r == -2)
			return PLAN_ENOMEM;
		if (r < 0)
			continue;   /* plan_load_file will say why */
		r = scan_includes(set->arena, paths[i], bytes, len, &included);
		plan_free(bytes);
		if (r < 0)
			return PLAN_ENOMEM;
	}
	/* Which of paths some other names: a sorted array of the included. */
	for (nm = included; nm; nm = nm->next)
		ninc++;
	if (ninc && !(sorted = plan_arena_alloc(set->arena, ninc * sizeof(*sorted))))
		return PLAN_ENOMEM;
	for (i = 0, nm = included; nm; nm = nm->next)
		sorted[i++] = nm->path;
	if (ninc)
		qsort(sorted, ninc, sizeof(*sorted), cmp_path);
	if (!(inc = plan_arena_zalloc(set->arena, n ? n : 1)))
		return PLAN_ENOMEM;
	for (i = 0; i < n && ninc; i++) {
		char *norm = plan_arena_strndup(set->arena, paths[i], strlen(paths[i]));
		if (!norm)
			return PLAN_ENOMEM;
		plan_path_normalise(norm);
		inc[i] = bsearch(&norm, sorted, ninc, sizeof(*sorted), cmp_path) != NULL;
	}
	/* Pass 0 reads the files nothing includes.  Pass 1 reads the included
	 * ones that no include reached, because they include one another and
	 * nothing else includes them (the cycle is then reported); those read
	 * through an include already are not read again. */
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < n; i++) {
			int r;

			if (inc[i] != pass)
				continue;
			r = plan_load_file(set, paths[i]);
			if (r == PLAN_ENOMEM)
				return r;
			if (r != PLAN_OK)
				rc = r;
		}
	}
	return rc;
}

int plan_set_reader(plan_set *set, const plan_reader *reader)
{
	struct loader *ld = loader_of(set);

	if (!ld)
		return PLAN_ENOMEM;
	ld->reader = *reader;
	return PLAN_OK;
}

int plan_load_buffer(plan_set *set, const char *path, const char *bytes, size_t len)
{
	struct loader *ld = loader_of(set);
	struct frame me;
	char *disk;
	size_t disk_len;
	const char *why;
	int rc;

	if (!ld)
		return PLAN_ENOMEM;
	/* The buffer stands for the file path names, if there is one: an
	 * include of that file is then a cycle, not a second reading. */
	memset(&me, 0, sizeof(me));
	me.path = path;
	rc = ld->reader.read(ld->reader.ctx, path, &disk, &disk_len, &me.id, &why);
	if (rc == -2)
		return PLAN_ENOMEM;
	if (rc == 0) {
		plan_free(disk);
		if (remember(ld, me.id) < 0)
			return PLAN_ENOMEM;
		ld->top = &me;
	} else {
		ld->top = NULL;
	}
	rc = parse_source(ld, NULL, path, bytes, NULL, len);
	ld->top = NULL;
	return rc < 0 ? PLAN_ENOMEM : PLAN_OK;
}
