/*
 * load.c - files, includes, cycles and limits; never in the lexer.
 *
 * Each file is read once, into the set's arena, where it is parsed and
 * kept for the diagnostics' source lines: read there straight from the
 * file system, or copied there once from another reader's buffer.  Before
 * a file is read the loader asks what it is (identify), so that an
 * include of a file read already, or a cycle, costs no read; and the
 * files that plan_load_paths reads to see which include which are kept
 * for their parse (struct ahead), not read a second time.
 */
#include "load.h"
#include "alloc.h"
#include "error.h"
#include "map.h"
#include "parse.h"
#include "words.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/*
 * Where the files of a file named by the caller may be read from (SPEC
 * section 9): the git work tree that holds it, else its directory.
 */
struct tree {
	const char *lex;            /* its top, absolute, "." and ".." taken out as text */
	size_t lex_len;
	const char *real;           /* the same with symbolic links resolved; NULL: not found */
	size_t real_len;
	int error;                  /* when real is NULL, why (an errno) */
	int git;                    /* a git work tree: its top holds a .git */
};

/* One file on the chain of includes being read. */
struct frame {
	const struct frame *up;
	const char *path;
	plan_file_id id;
	int depth;
	const char *named;          /* the file named by the caller at the bottom of the chain */
	const struct tree *tree;    /* where includes may read; NULL: anywhere */
	int no_file;                /* a buffer that stands for no file: id means nothing */
};

/* A directory, and what the loader found about it (its tree, its real path). */
struct dir {
	const char *path;           /* as text; arena */
	const void *what;           /* arena */
};

/* Directories looked up by their text. */
struct dirs {
	struct dir *v;              /* plan_malloc'ed */
	size_t n, cap;
	plan_map map;
};

/* A file read before it is parsed (plan_load_paths reads them all first). */
struct ahead {
	plan_file_id id;
	char *bytes;                /* in the set's arena, as fetch gives them; NULL once parsed */
	size_t len;
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
	struct ahead *ahead;        /* files read by plan_load_paths' scan; plan_malloc'ed */
	size_t nahead, ahead_cap;
	plan_map ahead_map;         /* ahead[] by id */
	int allow_outside;          /* plan_load_options */
	const char *cwd;            /* the current directory, once asked for; arena */
	struct dirs trees;          /* the directories of files named, and their trees */
	struct dirs reals;          /* directories, and their real paths */
	const struct frame *top;    /* chain of the file being parsed */
};

static int same_file(plan_file_id a, plan_file_id b)
{
	return a.a == b.a && a.b == b.b;
}

static int parse_source(struct loader *ld, plan_builder *ctx, plan_source *src);
static char *resolve(plan_arena *a, const char *from, const char *path);
static struct loader *loader_of(plan_set *set);

/*
 * Reads a whole regular file into arena a: *out holds *len bytes and room
 * for two more (the NULs the scanner needs), so that the bytes are parsed
 * where they were read, never copied.  They go straight into place up to
 * the size fstat gave; a file that grew since is read on into a buffer of
 * its own and moved.  Returns PLAN_OK, PLAN_EREAD with the reason
 * recorded (plan_error_set), or PLAN_ENOMEM.
 */
static int read_file(plan_arena *a, const char *path, char **out, size_t *len, plan_file_id *id)
{
	int fd = open(path, O_RDONLY | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
	char *buf, *more = NULL, probe[512];
	size_t size, n = 0, m = 0, cap = 0;
	struct stat st;
	int rc = PLAN_EREAD;
	ssize_t r;

	*out = NULL;
	if (fd < 0)
		return plan_error_set(PLAN_EREAD, "%s", strerror(errno));
	if (fstat(fd, &st) < 0) {
		plan_error_set(PLAN_EREAD, "%s", strerror(errno));
		goto fail;
	}
	if (S_ISDIR(st.st_mode)) {
		plan_error_set(PLAN_EREAD, "is a directory");
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		plan_error_set(PLAN_EREAD, "not a regular file");
		goto fail;
	}
	if (st.st_size > PLAN_MAX_FILE_SIZE) {
		plan_error_set(PLAN_EREAD, "larger than " PLAN_MAX_FILE_SIZE_TEXT);
		goto fail;
	}
	size = (size_t)st.st_size;
	if (!(buf = plan_arena_alloc(a, size + 2))) {
		rc = plan_error_oom();
		goto fail;
	}
	/* Up to the size seen, then on to the end: the file may have grown. */
	for (;;) {
		if (n < size)
			r = read(fd, buf + n, size - n);
		else if (!more)
			r = read(fd, probe, sizeof(probe));
		else
			r = read(fd, more + m, cap - m);
		if (r < 0) {
			if (errno == EINTR || errno == EAGAIN)
				continue;
			plan_error_set(PLAN_EREAD, "%s", strerror(errno));
			goto fail;
		}
		if (r == 0)
			break;
		if (n < size) {
			n += (size_t)r;
			continue;
		}
		if (n + m + (size_t)r > (size_t)PLAN_MAX_FILE_SIZE) {
			plan_error_set(PLAN_EREAD, "larger than " PLAN_MAX_FILE_SIZE_TEXT);
			goto fail;
		}
		if (!more) {
			if (PLAN_GROW(more, cap, 2 * sizeof(probe)) < 0) {
				rc = plan_error_oom();
				goto fail;
			}
			memcpy(more, probe, (size_t)r);
		}
		m += (size_t)r;
		if (m == cap && PLAN_GROW(more, cap, cap + 1) < 0) {
			rc = plan_error_oom();
			goto fail;
		}
	}
	if (m) {
		char *all = plan_arena_alloc(a, n + m + 2);
		if (!all) {
			rc = plan_error_oom();
			goto fail;
		}
		memcpy(all, buf, n);
		memcpy(all + n, more, m);
		buf = all;
		n += m;
	}
	plan_free(more);
	close(fd);
	*out = buf;
	*len = n;
	id->a = (unsigned long long)st.st_dev;
	id->b = (unsigned long long)st.st_ino;
	return PLAN_OK;
fail:
	plan_free(more);
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

/* The path a directory of d was given as, or NULL. */
static const void *dir_find(const struct dirs *d, const char *path)
{
	uint64_t h = plan_hash_str(path);
	size_t it, i;

	for (i = plan_map_first(&d->map, h, &it); i != PLAN_MAP_NONE; i = plan_map_next(&d->map, h, &it))
		if (strcmp(d->v[i].path, path) == 0)
			return d->v[i].what;
	return NULL;
}

/* Adds (a copy of) path and what to d; PLAN_OK or PLAN_ENOMEM. */
static int dir_add(struct loader *ld, struct dirs *d, const char *path, const void *what)
{
	char *copy = plan_arena_strndup(ld->set->arena, path, strlen(path));

	if (!copy || PLAN_GROW(d->v, d->cap, d->n + 1) < 0 ||
	    plan_map_put(&d->map, plan_hash_str(path), d->n) < 0)
		return plan_error_oom();
	d->v[d->n].path = copy;
	d->v[d->n++].what = what;
	return PLAN_OK;
}

/* The directory part of path, as text ("." when there is none); arena. */
static char *dir_of(plan_arena *a, const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return plan_arena_strndup(a, ".", 1);
	return plan_arena_strndup(a, path, slash == path ? 1 : (size_t)(slash - path));
}

/* path made absolute, "." and ".." taken out as text (arena); NULL when memory ran out. */
static char *absolute(struct loader *ld, const char *path)
{
	size_t n = strlen(path), c;
	char *r;

	if (!ld->cwd) {
		char buf[PATH_MAX];
		/* Without one, paths stay relative, and their real paths are not found. */
		if (!getcwd(buf, sizeof(buf)))
			buf[0] = '\0';
		if (!(ld->cwd = plan_arena_strndup(ld->set->arena, buf, strlen(buf))))
			return NULL;
	}
	c = path[0] == '/' ? 0 : strlen(ld->cwd);
	if (!(r = plan_arena_alloc(ld->set->arena, c + 1 + n + 1)))
		return NULL;
	memcpy(r, ld->cwd, c);
	r[c] = '/';
	memcpy(r + (c ? c + 1 : 0), path, n + 1);
	plan_path_normalise(r);
	return r;
}

/*
 * The tree of the file path names (one per directory), or NULL: when
 * reading is not from the file system, when files may be read anywhere
 * (plan_load_options.allow_outside), or when memory ran out (*rc).
 */
static const struct tree *tree_of(struct loader *ld, const char *path, int *rc)
{
	plan_arena *a = ld->set->arena;
	char *dir, *abs, probe[PATH_MAX + 8], real[PATH_MAX];
	struct stat st;
	struct tree *t;
	size_t len;

	*rc = PLAN_OK;
	if (!ld->fs || ld->allow_outside)
		return NULL;
	if (!(dir = dir_of(a, path)))
		goto oom;
	if ((t = (struct tree *)dir_find(&ld->trees, dir)) != NULL)
		return t;
	if (!(abs = absolute(ld, dir)) || !(t = plan_arena_zalloc(a, sizeof(*t))))
		goto oom;
	/* The nearest directory up from it that holds a .git (a directory, or
	 * the file of a linked work tree or a submodule), as git finds it. */
	for (len = strlen(abs);;) {
		snprintf(probe, sizeof(probe), "%.*s/.git", len == 1 && abs[0] == '/' ? 0 : (int)len, abs);
		if (lstat(probe, &st) == 0) {
			t->git = 1;
			break;
		}
		if (len <= 1 || !strchr(abs, '/'))
			break;
		while (len > 1 && abs[len - 1] != '/')
			len--;
		if (len > 1)
			len--;      /* the slash, but not the root's */
	}
	if (!t->git)
		len = strlen(abs);
	if (!(t->lex = plan_arena_strndup(a, abs, len)))
		goto oom;
	t->lex_len = len;
	if (realpath(t->lex, real)) {
		if (!(t->real = plan_arena_strndup(a, real, strlen(real))))
			goto oom;
		t->real_len = strlen(real);
	} else {
		t->error = errno;
	}
	if (dir_add(ld, &ld->trees, dir, t) < 0)
		goto oom;
	return t;
oom:
	*rc = plan_error_oom();
	return NULL;
}

/* Whether path is top or below it (top: n bytes). */
static int under(const char *path, const char *top, size_t n)
{
	if (n == 1 && top[0] == '/')
		return path[0] == '/';
	return strncmp(path, top, n) == 0 && (path[n] == '/' || path[n] == '\0');
}

/*
 * The real path of the file path names (symbolic links resolved) into
 * buf (PATH_MAX bytes); link: its last part is a symbolic link.  The real
 * path of each directory is found once.  0; -1 with errno when it cannot
 * be found; PLAN_ENOMEM.
 */
static int real_path(struct loader *ld, const char *path, int link, char *buf)
{
	const char *slash = strrchr(path, '/'), *base = slash ? slash + 1 : path, *real;
	char *dir;

	if (link || !*base || strcmp(base, ".") == 0 || strcmp(base, "..") == 0)
		return realpath(path, buf) ? 0 : -1;
	if (!(dir = dir_of(ld->set->arena, path)))
		return plan_error_oom();
	if (!(real = dir_find(&ld->reals, dir))) {
		if (!realpath(dir, buf))
			return -1;
		if (!(real = plan_arena_strndup(ld->set->arena, buf, strlen(buf))) ||
		    dir_add(ld, &ld->reals, dir, real) < 0)
			return plan_error_oom();
	}
	if ((size_t)snprintf(buf, PATH_MAX, "%s/%s", strcmp(real, "/") == 0 ? "" : real, base) >= PATH_MAX) {
		errno = ENAMETOOLONG;
		return -1;
	}
	return 0;
}

/*
 * PLAN_OK when the file path names is inside tree t of the file named as
 * named; else PLAN_EREAD, with why recorded (plan_error_set), or
 * PLAN_ENOMEM.
 */
static int inside(struct loader *ld, const struct tree *t, const char *named, const char *path, int link)
{
	char real[PATH_MAX];
	const char *lex;
	int rc;

	if (!t->real)
		return plan_error_set(PLAN_EREAD, "cannot find %s of %s: %s", t->git ? "the git work tree" :
				      "the directory", named, strerror(t->error));
	if ((rc = real_path(ld, path, link, real)) == PLAN_ENOMEM)
		return rc;
	if (rc < 0)
		return plan_error_set(PLAN_EREAD, "cannot find where it is: %s", strerror(errno));
	if (under(real, t->real, t->real_len))
		return PLAN_OK;
	if (!(lex = absolute(ld, path)))
		return plan_error_oom();
	return plan_error_set(PLAN_EREAD, "%s outside the %s of %s; plans are read only from inside it "
			      "unless --allow-outside is given",
			      under(lex, t->lex, t->lex_len) ? "it leads through a symbolic link to a file" : "it is",
			      t->git ? "git work tree" : "directory", named);
}

/*
 * What path names, when that can be known without reading it: on the
 * file system, the device and inode of a regular file (lstat, and stat
 * behind a symbolic link); through another reader, the file a read of the
 * same path gave (a reader names a file by its path).  On the file
 * system, a file outside tree t (when not NULL) of the file named as
 * named is refused.  Returns 1 with *id set; 0: read the file to know
 * (and to hear why it cannot be read); PLAN_EREAD: refused, why recorded;
 * PLAN_ENOMEM.
 */
static int locate(struct loader *ld, const struct tree *t, const char *named, const char *path,
		  plan_file_id *id)
{
	uint64_t h;
	size_t it, i;

	if (ld->fs) {
		struct stat st;
		int link, rc;

		if (lstat(path, &st) < 0)
			return 0;
		link = S_ISLNK(st.st_mode);
		if (link && stat(path, &st) < 0)
			return 0;
		if (t && (rc = inside(ld, t, named, path, link)) < 0)
			return rc;
		if (!S_ISREG(st.st_mode))
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

static struct ahead *find_ahead(const struct loader *ld, plan_file_id id)
{
	uint64_t h = plan_hash(&id, sizeof(id));
	size_t it, i;

	for (i = plan_map_first(&ld->ahead_map, h, &it); i != PLAN_MAP_NONE;
	     i = plan_map_next(&ld->ahead_map, h, &it))
		if (same_file(ld->ahead[i].id, id))
			return &ld->ahead[i];
	return NULL;
}

/*
 * The bytes of path, in the set's arena with room for the two NULs the
 * scanner needs: those plan_load_paths read ahead when known (*known,
 * when the file is known: locate), else read now.  A path read through
 * another reader than the file system's is remembered, for locate.
 * Returns PLAN_OK, PLAN_EREAD (why recorded) or PLAN_ENOMEM.
 */
static int fetch(struct loader *ld, const char *path, const plan_file_id *known,
		 char **out, size_t *len, plan_file_id *id)
{
	struct ahead *a = known ? find_ahead(ld, *known) : NULL;
	plan_file_id was;
	char *buf, *copy;
	int rc;

	if (a && a->bytes) {
		*out = a->bytes;
		*len = a->len;
		*id = a->id;
		a->bytes = NULL;
		return PLAN_OK;
	}
	if (ld->fs)
		return read_file(ld->set->arena, path, out, len, id);
	if ((rc = ld->reader.read(ld->reader.ctx, path, &buf, len, id)) < 0)
		return rc;
	*out = plan_arena_alloc(ld->set->arena, *len + 2);
	if (*out)
		memcpy(*out, buf, *len);
	plan_free(buf);
	if (!*out)
		return plan_error_oom();
	if (locate(ld, NULL, NULL, path, &was))
		return PLAN_OK;
	if (!(copy = plan_arena_strndup(ld->set->arena, path, strlen(path))) ||
	    PLAN_GROW(ld->known, ld->known_cap, ld->nknown + 1) < 0 ||
	    plan_map_put(&ld->known_map, plan_hash_str(path), ld->nknown) < 0)
		return plan_error_oom();
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
		if (!f->no_file && same_file(f->id, id)) {
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
	const struct tree *t = ld->top ? ld->top->tree : NULL;
	const char *named = ld->top ? ld->top->named : b->src->path;
	plan_file_id fid, known;
	plan_source *src;
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
	/* A file read already is known before it is read again; one outside
	 * the tree is not read at all. */
	k = locate(ld, t, named, path, &known);
	if (k == PLAN_ENOMEM)
		return PLAN_ENOMEM;
	if (k == 1 && read_before(ld, path, known, loc))
		return PLAN_OK;
	rc = k < 0 ? k : fetch(ld, path, k ? &known : NULL, &bytes, &len, &fid);
	if (rc == PLAN_OK && t && (!k || !same_file(known, fid)))
		rc = plan_error_set(PLAN_EREAD, "it was replaced while it was being read");
	if (rc == PLAN_ENOMEM)
		return PLAN_ENOMEM;
	if (rc < 0) {
		plan_diag_add(d, PLAN_SEV_ERROR, "include", loc.src, loc.span,
			      "cannot include %s: %s", path, plan_error_message());
		return PLAN_OK;
	}
	/* What was read is what counts (the file may have been replaced). */
	if ((!k || !same_file(known, fid)) && read_before(ld, path, fid, loc))
		return PLAN_OK;
	if (remember(ld, fid) < 0 || !(src = plan_source_adopt(ld->set, path, bytes, len)))
		return PLAN_ENOMEM;
	me.up = ld->top;
	me.path = path;
	me.id = fid;
	me.depth = ld->top ? ld->top->depth + 1 : 1;
	me.named = named;
	me.tree = t;
	me.no_file = 0;
	ld->top = &me;
	rc = parse_source(ld, b, src);
	ld->top = me.up;
	return rc;
}

/*
 * Parses src, a file of the set; ctx (may be NULL) is the includer's
 * builder.  The bytes are in the set's arena (read there, or copied
 * there): its large blocks are filled with few page faults, where a
 * fresh buffer per file would take one per 4 KiB.
 */
static int parse_source(struct loader *ld, plan_builder *ctx, plan_source *src)
{
	plan_builder b;

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
	plan_free(ld->ahead);
	plan_map_free(&ld->ahead_map);
	plan_free(ld->trees.v);
	plan_map_free(&ld->trees.map);
	plan_free(ld->reals.v);
	plan_map_free(&ld->reals.map);
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
		ld->fs = 1;
		set->loader = ld;
		set->loader_free = loader_free;
	}
	return set->loader;
}

int plan_load_file(plan_set *set, const char *path)
{
	struct loader *ld = loader_of(set);
	const struct tree *t;
	struct frame me;
	plan_file_id fid, known;
	plan_source *src;
	char *bytes;
	size_t len;
	int rc, k;

	if (!ld)
		return PLAN_ENOMEM;
	if (!(t = tree_of(ld, path, &rc)) && rc < 0)
		return rc;
	/* Named twice, or read through an include already: not read again.
	 * A file whose link leads out of its tree is not read at all. */
	k = locate(ld, t, path, path, &known);
	if (k == PLAN_ENOMEM)
		return PLAN_ENOMEM;
	if (k == 1 && find_seen(ld, known))
		return PLAN_OK;
	rc = k < 0 ? k : fetch(ld, path, k ? &known : NULL, &bytes, &len, &fid);
	if (rc == PLAN_OK && t && (!k || !same_file(known, fid)))
		rc = plan_error_set(PLAN_EREAD, "it was replaced while it was being read");
	if (rc == PLAN_ENOMEM)
		return PLAN_ENOMEM;
	if (rc < 0) {
		plan_diag_file(&set->diags, PLAN_SEV_ERROR, "io", path, "cannot read: %s",
			       plan_error_message());
		return PLAN_EREAD;
	}
	if ((!k || !same_file(known, fid)) && find_seen(ld, fid))
		return PLAN_OK;
	if (remember(ld, fid) < 0 || !(src = plan_source_adopt(set, path, bytes, len)))
		return PLAN_ENOMEM;
	me.up = NULL;
	me.path = path;
	me.id = fid;
	me.depth = 0;
	me.named = path;
	me.tree = t;
	me.no_file = 0;
	ld->top = &me;
	rc = parse_source(ld, NULL, src);
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
	/* Which files include which, from their text.  Each is read once: the
	 * bytes are kept (in the arena, where they are parsed) for
	 * plan_load_file or the include that reads the file.  With one file
	 * there is nothing to include it: no need to look. */
	for (i = 0; i < n && n > 1; i++) {
		char *bytes;
		size_t len;
		plan_file_id fid, known;
		int r, k;
		const struct tree *t = tree_of(ld, paths[i], &r);

		k = r < 0 ? r : locate(ld, t, paths[i], paths[i], &known);

		if (k == PLAN_ENOMEM)
			return PLAN_ENOMEM;
		if (k < 0 || (k == 1 && find_ahead(ld, known)))
			continue;   /* refused (plan_load_file will say why), or named twice */
		r = fetch(ld, paths[i], NULL, &bytes, &len, &fid);
		if (r == PLAN_OK && t && (!k || !same_file(known, fid)))
			continue;   /* replaced meanwhile: plan_load_file will see */
		if (r == PLAN_ENOMEM)
			return PLAN_ENOMEM;
		if (r < 0)
			continue;   /* plan_load_file will say why */
		if (find_ahead(ld, fid))
			continue;
		if (PLAN_GROW(ld->ahead, ld->ahead_cap, ld->nahead + 1) < 0 ||
		    plan_map_put(&ld->ahead_map, plan_hash(&fid, sizeof(fid)), ld->nahead) < 0)
			return PLAN_ENOMEM;
		ld->ahead[ld->nahead].id = fid;
		ld->ahead[ld->nahead].bytes = bytes;
		ld->ahead[ld->nahead++].len = len;
		if (scan_includes(set->arena, paths[i], bytes, len, &included) < 0)
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

int plan_set_load_options(plan_set *set, const plan_load_options *opt)
{
	struct loader *ld = loader_of(set);

	if (!ld)
		return PLAN_ENOMEM;
	ld->allow_outside = opt->allow_outside;
	return PLAN_OK;
}

int plan_set_reader(plan_set *set, const plan_reader *reader)
{
	struct loader *ld = loader_of(set);

	if (!ld)
		return PLAN_ENOMEM;
	ld->reader = *reader;
	ld->fs = 0;
	return PLAN_OK;
}

int plan_read_fd(int fd, size_t hint, size_t max, char **out, size_t *len)
{
	char *buf = NULL;
	size_t n = 0, cap = 0;
	ssize_t r;

	*out = NULL;
	*len = 0;
	for (;;) {
		if (n > max) {
			plan_free(buf);
			errno = EFBIG;
			return -1;
		}
		if (PLAN_GROW(buf, cap, (n < hint ? hint : n + 4096) + 1) < 0) {
			plan_free(buf);
			errno = ENOMEM;
			return -1;
		}
		r = read(fd, buf + n, cap - n - 1);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			plan_free(buf);
			return -1;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	*out = buf;
	*len = n;
	return 0;
}

int plan_load_buffer(plan_set *set, const char *path, const char *bytes, size_t len)
{
	struct loader *ld = loader_of(set);
	plan_source *src;
	struct frame me;
	char *disk = NULL;
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
	if (!(me.tree = tree_of(ld, path, &rc)) && rc < 0)
		return rc;
	me.named = path;
	if (locate(ld, NULL, NULL, path, &me.id) == 1)
		rc = PLAN_OK;
	else if (ld->fs)
		rc = PLAN_EREAD;
	else
		rc = ld->reader.read(ld->reader.ctx, path, &disk, &disk_len, &me.id);
	plan_free(disk);
	if (rc == PLAN_ENOMEM)
		return PLAN_ENOMEM;
	if (rc == 0 && remember(ld, me.id) < 0)
		return PLAN_ENOMEM;
	me.no_file = rc != 0;
	ld->top = &me;
	if (!(src = plan_source_new(set, path, bytes, len)))
		return PLAN_ENOMEM;
	rc = parse_source(ld, NULL, src);
	ld->top = NULL;
	return rc < 0 ? PLAN_ENOMEM : PLAN_OK;
}
