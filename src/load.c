/*
 * load.c - files, includes, cycles and limits; never in the lexer.
 */
#include "load.h"
#include "alloc.h"
#include "error.h"
#include "map.h"
#include "parse.h"
#include "words.h"

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

/* A path another reader than the file system's has read, and what it was. */
struct known {
	const char *path;           /* arena */
	plan_file_id id;
};

/* Loader state, reached from the builder's include_ctx. */
struct loader {
	plan_set *set;
	plan_reader reader;         /* where files come from */
	int fs;                     /* reader is the file system's (read_file) */
	plan_file_id *seen;         /* files read; plan_malloc'ed */
	size_t nseen, seen_cap;
	plan_map seen_map;          /* seen[] by id */
	struct known *known;        /* paths read through reader, when not fs; plan_malloc'ed */
	size_t nknown, known_cap;
	plan_map known_map;         /* known[] by path */
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
 * Reads a whole regular file into *out (plan_malloc'ed).  Returns PLAN_OK,
 * PLAN_EREAD with the reason recorded (plan_error_set), or PLAN_ENOMEM.
 */
static int read_file(void *ctx, const char *path, char **out, size_t *len, plan_file_id *id)
{
	int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	char *buf = NULL;
	size_t cap, n = 0;
	struct stat sb, *st = &sb;
	int rc = PLAN_EREAD;

	(void)ctx;
	*out = NULL;
	if (fd < 0)
		return plan_error_set(PLAN_EREAD, "%s", strerror(errno));
	if (fstat(fd, st) < 0) {
		plan_error_set(PLAN_EREAD, "%s", strerror(errno));
		goto fail;
	}
	if (S_ISDIR(st->st_mode)) {
		plan_error_set(PLAN_EREAD, "is a directory");
		goto fail;
	}
	if (!S_ISREG(st->st_mode)) {
		plan_error_set(PLAN_EREAD, "not a regular file");
		goto fail;
	}
	if (st->st_size > PLAN_MAX_FILE_SIZE) {
		plan_error_set(PLAN_EREAD, "larger than " PLAN_MAX_FILE_SIZE_TEXT);
		goto fail;
	}
	cap = (size_t)st->st_size + 2;   /* and the two NULs the scanner needs */
	if (!(buf = plan_malloc(cap))) {
		rc = plan_error_oom();
		goto fail;
	}
	for (;;) {
		ssize_t r;
		if (n == cap) {
			/* The file grew while being read. */
			if (cap > (size_t)PLAN_MAX_FILE_SIZE) {
				plan_error_set(PLAN_EREAD, "larger than " PLAN_MAX_FILE_SIZE_TEXT);
				goto fail;
			}
			if (PLAN_GROW(buf, cap, cap * 2) < 0) {
				rc = plan_error_oom();
				goto fail;
			}
		}
		r = read(fd, buf + n, cap - n);
		if (r < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			plan_error_set(PLAN_EREAD, "%s", strerror(errno));
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
	return PLAN_OK;
fail:
	plan_free(buf);
	close(fd);
	return rc;
}

static int find_seen(const struct loader *ld, plan_file_id id)
{
	uint64_t h = plan_hash(&id, sizeof(id));
	size_t it, i;

	for (i = plan_map_first(&ld->seen_map, h, &it); i != PLAN_MAP_NONE;
	     i = plan_map_next(&ld->seen_map, h, &it))
		if (same_file(ld->seen[i], id))
			return 1;
	return 0;
}

/* Adds id to the files read; PLAN_ENOMEM when memory ran out. */
static int remember(struct loader *ld, plan_file_id id)
{
	if (find_seen(ld, id))
		return PLAN_OK;
	if (PLAN_GROW(ld->seen, ld->seen_cap, ld->nseen + 1) < 0 ||
	    plan_map_put(&ld->seen_map, plan_hash(&id, sizeof(id)), ld->nseen) < 0)
		return PLAN_ENOMEM;
	ld->seen[ld->nseen++] = id;
	return PLAN_OK;
}

/*
 * What path names, when that can be known without reading it: on the
 * file system, the device and inode of a regular file (stat); through
 * another reader, the file a read of the same path gave (a reader names a
 * file by its path).  Returns 1 with *id set, or 0: read the file to know
 * (and to hear why it cannot be read).
 */
static int identify(const struct loader *ld, const char *path, plan_file_id *id)
{
	uint64_t h;
	size_t it, i;

	if (ld->fs) {
		struct stat st;
		if (stat(path, &st) < 0 || !S_ISREG(st.st_mode))
			return 0;
		id->a = (unsigned long long)st.st_dev;
		id->b = (unsigned long long)st.st_ino;
		return 1;
	}
	h = plan_hash_str(path);
	for (i = plan_map_first(&ld->known_map, h, &it); i != PLAN_MAP_NONE;
	     i = plan_map_next(&ld->known_map, h, &it))
		if (strcmp(ld->known[i].path, path) == 0) {
			*id = ld->known[i].id;
			return 1;
		}
	return 0;
}

/*
 * Reads path through the set's reader (plan_reader.read's contract); a
 * path read through another reader than the file system's is remembered,
 * for identify.
 */
static int read_through(struct loader *ld, const char *path, char **out, size_t *len, plan_file_id *id)
{
	plan_file_id known;
	int rc = ld->reader.read(ld->reader.ctx, path, out, len, id);
	char *copy;

	if (rc != PLAN_OK || ld->fs || identify(ld, path, &known))
		return rc;
	if (!(copy = plan_arena_strndup(ld->set->arena, path, strlen(path))) ||
	    PLAN_GROW(ld->known, ld->known_cap, ld->nknown + 1) < 0 ||
	    plan_map_put(&ld->known_map, plan_hash_str(path), ld->nknown) < 0) {
		plan_free(*out);
		*out = NULL;
		return plan_error_oom();
	}
	ld->known[ld->nknown].path = copy;
	ld->known[ld->nknown++].id = *id;
	return PLAN_OK;
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

/*
 * Reports an include of id, which path names, when it is a file on the
 * chain being read (a cycle: an error) or one read already (a note).
 * Returns 1 when it did.
 */
static int read_before(struct loader *ld, const char *path, plan_file_id id, plan_loc loc)
{
	plan_diags *d = &ld->set->diags;
	const struct frame *f;

	for (f = ld->top; f; f = f->up) {
		if (same_file(f->id, id)) {
			char chain[1024];
			chain_text(ld->top, path, chain, sizeof(chain));
			plan_diag_add(d, PLAN_SEV_ERROR, "include", loc.src, loc.span,
				      "include cycle: %s", chain);
			return 1;
		}
	}
	if (find_seen(ld, id)) {
		plan_diag_add(d, PLAN_SEV_NOTE, "include", loc.src, loc.span,
			      "%s was read already; each file is read once", path);
		return 1;
	}
	return 0;
}

static int include_file(plan_builder *b, const char *rel, plan_loc loc)
{
	struct loader *ld = b->include_ctx;
	plan_diags *d = &ld->set->diags;
	plan_file_id fid, known;
	struct frame me;
	char *path, *bytes;
	size_t len;
	int rc, k;

	path = resolve(ld->set->arena, b->src->path, rel);
	if (path && ld->reader.lexical)
		plan_path_normalise(path);
	if (!path)
		return PLAN_ENOMEM;
	if (ld->top && ld->top->depth >= PLAN_MAX_INCLUDE_DEPTH) {
		plan_diag_add(d, PLAN_SEV_ERROR, "include", loc.src, loc.span,
			      "includes nested more than %d deep: %s is not read",
			      PLAN_MAX_INCLUDE_DEPTH, path);
		return PLAN_OK;
	}
	/* A file read already is known before it is read again. */
	k = identify(ld, path, &known);
	if (k && read_before(ld, path, known, loc))
		return PLAN_OK;
	rc = read_through(ld, path, &bytes, &len, &fid);
	if (rc == PLAN_ENOMEM)
		return PLAN_ENOMEM;
	if (rc < 0) {
		plan_diag_add(d, PLAN_SEV_ERROR, "include", loc.src, loc.span,
			      "cannot include %s: %s", path, plan_error_message());
		return PLAN_OK;
	}
	/* What was read is what counts (the file may have been replaced). */
	if ((!k || !same_file(known, fid)) && read_before(ld, path, fid, loc)) {
		plan_free(bytes);
		return PLAN_OK;
	}
	if (remember(ld, fid) < 0) {
		plan_free(bytes);
		return PLAN_ENOMEM;
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
		return PLAN_ENOMEM;
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

static void loader_free(void *p)
{
	struct loader *ld = p;

	plan_free(ld->seen);
	plan_map_free(&ld->seen_map);
	plan_free(ld->known);
	plan_map_free(&ld->known_map);
}

/*
 * The loader of a set lives in its arena, made on first use; what it
 * allocates on its own is freed with the set (plan_set.loader_free).
 */
static struct loader *loader_of(plan_set *set)
{
	if (!set->loader) {
		struct loader *ld = plan_arena_zalloc(set->arena, sizeof(*ld));
		if (!ld)
			return NULL;
		ld->set = set;
		ld->reader.read = read_file;
		ld->fs = 1;
		set->loader = ld;
		set->loader_free = loader_free;
	}
	return set->loader;
}

int plan_load_file(plan_set *set, const char *path)
{
	struct loader *ld = loader_of(set);
	struct frame me;
	plan_file_id fid, known;
	char *bytes;
	size_t len;
	int rc, k;

	if (!ld)
		return PLAN_ENOMEM;
	/* Named twice, or read through an include already: not read again. */
	k = identify(ld, path, &known);
	if (k && find_seen(ld, known))
		return PLAN_OK;
	rc = read_through(ld, path, &bytes, &len, &fid);
	if (rc == PLAN_ENOMEM)
		return PLAN_ENOMEM;
	if (rc < 0) {
		plan_diag_file(&set->diags, PLAN_SEV_ERROR, "io", path, "cannot read: %s",
			       plan_error_message());
		return PLAN_EREAD;
	}
	if ((!k || !same_file(known, fid)) && find_seen(ld, fid)) {
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
 * its first word is the keyword include and text follows: this looks at
 * text, not at the grammar, and only decides which files to read on
 * their own.
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
		size_t e = i, s, w;
		while (e < len && bytes[e] != '\n' && bytes[e] != '\r')
			e++;
		s = i;
		while (s < e && (bytes[s] == ' ' || bytes[s] == '\t'))
			s++;
		w = s;
		while (w < e && bytes[w] != ' ' && bytes[w] != '\t')
			w++;
		if (w < e && plan_word_lookup(bytes + s, w - s) == PLAN_WORD_INCLUDE) {
			size_t f = w, t = e;
			char *rel;
			struct name *nm;
			while (f < t && (bytes[f] == ' ' || bytes[f] == '\t'))
				f++;
			while (t > f && (bytes[t - 1] == ' ' || bytes[t - 1] == '\t'))
				t--;
			if (f == t) {
				i = e + 1;
				continue;
			}
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
		int r = read_through(ld, paths[i], &bytes, &len, &fid);

		if (r == PLAN_ENOMEM)
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
	ld->fs = reader->read == read_file;
	return PLAN_OK;
}

int plan_load_buffer(plan_set *set, const char *path, const char *bytes, size_t len)
{
	struct loader *ld = loader_of(set);
	struct frame me;
	char *disk;
	size_t disk_len;
	int rc;

	if (!ld)
		return PLAN_ENOMEM;
	/* The buffer stands for the file path names, if there is one: an
	 * include of that file is then a cycle, not a second reading.  What
	 * it is, is known without reading it, unless another reader has to
	 * read it to say. */
	memset(&me, 0, sizeof(me));
	me.path = path;
	disk = NULL;
	if (identify(ld, path, &me.id))
		rc = PLAN_OK;
	else if (ld->fs)
		rc = PLAN_EREAD;
	else
		rc = read_through(ld, path, &disk, &disk_len, &me.id);
	plan_free(disk);
	if (rc == PLAN_ENOMEM)
		return PLAN_ENOMEM;
	if (rc == 0) {
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
