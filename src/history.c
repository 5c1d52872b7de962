/*
 * history.c - reading plans out of git with libgit2.
 *
 * Opening: libgit2 1.5's GIT_REPOSITORY_OPEN_FROM_ENV fails under
 * `git --work-tree`, so the repository is opened from $GIT_DIR or by
 * searching up from a directory, and $GIT_INDEX_FILE, when set, is opened
 * and made the repository's index.  Reading: a plan_reader over the index
 * or a tree gives the loader blob bytes, so that includes, cycles and
 * read-once work as on the file system.  The walk through history is in
 * walk.c, graph.c and treediff.c.
 */
#include "history.h"
#include "history_int.h"
#include "logcache.h"
#include "alloc.h"
#include "load.h"

#include <git2.h>
#include <git2/sys/alloc.h>
#include <git2/sys/repository.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/*
 * Whether an allocation for libgit2 failed since plan_git_clear: libgit2
 * 1.5 sometimes reports such a failure as something else ("object not
 * found" from the object database), so plan_git_error asks this too.
 */
static int git_alloc_failed;

/* libgit2's last error message, or a stand-in when it has none. */
static const char *git_message(void)
{
	const git_error *e = git_error_last();
	return e && e->message ? e->message : "unknown libgit2 error";
}

int plan_git_alloc_failed(void)
{
	return git_alloc_failed;
}

void plan_git_clear(void)
{
	git_alloc_failed = 0;
	git_error_clear();
}

int plan_git_error(int code, const char *fmt, ...)
{
	const git_error *e = git_error_last();
	char what[256];
	va_list ap;

	/* libgit2 failed because memory ran out: that is the error. */
	if (git_alloc_failed || (e && e->klass == GIT_ERROR_NOMEMORY)) {
		git_alloc_failed = 0;
		return plan_error_oom();
	}
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	return plan_error_set(code, "%s: %s", what, git_message());
}

int plan_commit_lookup(git_commit **out, git_repository *repo, const git_oid *id)
{
	if (git_commit_lookup(out, repo, id) < 0)
		return -1;
	if (!git_commit_author(*out) || !git_commit_committer(*out)) {
		git_commit_free(*out);
		*out = NULL;
		git_error_set_oom();
		git_alloc_failed = 1;
		return -1;
	}
	return 0;
}

int plan_repo_commit_of(plan_repo *r, const char *rev, git_oid *out)
{
	git_object *o, *c;

	plan_git_clear();
	if (git_revparse_single(&o, r->repo, rev) < 0)
		return plan_git_error(PLAN_ENOTFOUND, "no revision %s", rev);
	if (git_object_peel(&c, o, GIT_OBJECT_COMMIT) < 0) {
		git_object_free(o);
		return plan_error_set(PLAN_ENOTFOUND, "%s names no commit", rev);
	}
	git_oid_cpy(out, git_object_id(c));
	git_object_free(c);
	git_object_free(o);
	return PLAN_OK;
}

int plan_path_within(const char *limit, const char *path)
{
	size_t n;

	if (!limit)
		return 1;
	n = strlen(limit);
	return strncmp(path, limit, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

/*
 * ---- libgit2's allocations, through alloc.h ----
 * Each says "out of memory" to libgit2 when it fails, as libgit2's own
 * allocator does, so that the failure is named as such (plan_git_error).
 */

static void *oom_unless(void *p)
{
	if (!p) {
		git_alloc_failed = 1;
		git_error_set_oom();
	}
	return p;
}

static void *git_malloc_(size_t n, const char *file, int line)
{
	(void)file, (void)line;
	return oom_unless(plan_malloc(n));
}

static void *git_calloc_(size_t n, size_t size, const char *file, int line)
{
	(void)file, (void)line;
	return oom_unless(plan_calloc(n, size));
}

static char *git_strdup_(const char *s, const char *file, int line)
{
	(void)file, (void)line;
	return oom_unless(plan_strdup(s));
}

static char *git_strndup_(const char *s, size_t n, const char *file, int line)
{
	(void)file, (void)line;
	return oom_unless(plan_strndup(s, strnlen(s, n)));
}

static char *git_substrdup_(const char *s, size_t n, const char *file, int line)
{
	(void)file, (void)line;
	return oom_unless(plan_strndup(s, n));
}

static void *git_realloc_(void *p, size_t n, const char *file, int line)
{
	(void)file, (void)line;
	return oom_unless(plan_realloc(p, n));
}

static void *git_reallocarray_(void *p, size_t n, size_t size, const char *file, int line)
{
	(void)file, (void)line;
	return oom_unless(size && n > SIZE_MAX / size ? NULL : plan_realloc(p, n * size));
}

static void *git_mallocarray_(size_t n, size_t size, const char *file, int line)
{
	(void)file, (void)line;
	return oom_unless(size && n > SIZE_MAX / size ? NULL : plan_malloc(n * size));
}

/*
 * Extensions read as well as libgit2 1.5 can: a partial clone like any
 * other (an object it lacks is a failure to read, which stops the check:
 * fail closed); per-worktree configuration, unless it holds what libgit2
 * would need to read (see worktree_config).
 */
static const char *extensions[] = { "partialclone", "worktreeconfig" };

static git_allocator allocator = {
	git_malloc_, git_calloc_, git_strdup_, git_strndup_, git_substrdup_, git_realloc_,
	git_reallocarray_, git_mallocarray_, plan_free
};

/*
 * Starts libgit2 (counted: plan_repo_free stops it), its allocations
 * through ours, for reading: hash verification costs more than it
 * protects here.
 */
static int start_libgit2(void)
{
	if (git_libgit2_init() < 0)
		return plan_error_oom();
	git_libgit2_opts(GIT_OPT_SET_ALLOCATOR, &allocator);
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
	git_libgit2_opts(GIT_OPT_SET_EXTENSIONS, extensions, (size_t)2);
	plan_git_clear();
	return PLAN_OK;
}

/*
 * Why libgit2 could not open the repository or read its index, and what
 * to do, when the reason is a feature of git that libgit2 1.5 lacks.
 */
static int unsupported(const char *what)
{
	const char *m = git_message(), *ext = strstr(m, "unsupported extension name extensions.");

	if (ext && strncmp(ext + 38, "objectformat", 12) == 0)
		return plan_error_set(PLAN_EGIT, "the repository names its objects with SHA-256 "
				      "(extensions.objectFormat), which libgit2 1.5 cannot read: keep plans "
				      "in a SHA-1 repository (git init --object-format=sha1, then git "
				      "fast-export | git fast-import to copy the history)");
	if (ext)
		return plan_error_set(PLAN_EGIT, "the repository uses %.60s, which libgit2 1.5 cannot "
				      "read: turn it off (git config --unset %.60s) if git allows, or keep "
				      "plans in a repository without it", ext + 27, ext + 27);
	if (strstr(m, "mandatory extension: 'link'"))
		return plan_error_set(PLAN_EGIT, "the index is split (core.splitIndex), which libgit2 1.5 "
				      "cannot read: run git update-index --no-split-index and git config "
				      "core.splitIndex false");
	if (strstr(m, "mandatory extension: 'sdir'"))
		return plan_error_set(PLAN_EGIT, "the index is a sparse index (index.sparse), which "
				      "libgit2 1.5 cannot read: run git sparse-checkout set --no-sparse-index");
	return plan_error_set(PLAN_EGIT, "%s (%s)", what, m);
}

/*
 * libgit2 1.5 opens a repository with extensions.worktreeConfig but does
 * not read its config.worktree: fine for what git sparse-checkout puts
 * there, not for where the work tree is or whether there is one.
 */
static int worktree_config(git_repository *repo)
{
	git_config *cfg = NULL;
	git_buf path = { 0 };
	int on = 0, rc = 0;
	const char *const unread[] = { "core.worktree", "core.bare" };
	size_t i;

	if (git_repository_config_snapshot(&cfg, repo) < 0)
		return plan_git_error(PLAN_EGIT, "cannot read the repository's configuration");
	if (git_config_get_bool(&on, cfg, "extensions.worktreeconfig") < 0)
		on = 0;
	git_config_free(cfg);
	cfg = NULL;
	plan_git_clear();
	if (!on)
		return PLAN_OK;
	if (git_repository_item_path(&path, repo, GIT_REPOSITORY_ITEM_GITDIR) < 0 ||
	    git_buf_grow(&path, path.size + 16) < 0) {
		git_buf_dispose(&path);
		return plan_git_error(PLAN_EGIT, "cannot find config.worktree");
	}
	strcat(path.ptr, "config.worktree");
	if (git_config_open_ondisk(&cfg, path.ptr) == 0) {
		for (i = 0; i < sizeof(unread) / sizeof(*unread) && !rc; i++) {
			git_config_entry *e = NULL;
			if (git_config_get_entry(&e, cfg, unread[i]) == 0)
				rc = plan_error_set(PLAN_EGIT, "%s sets %s, which libgit2 1.5 does not read: "
						    "move it to the repository's config", path.ptr, unread[i]);
			git_config_entry_free(e);
		}
		git_config_free(cfg);
	}
	git_buf_dispose(&path);
	plan_git_clear();
	return rc;
}

/*
 * In a pre-receive hook, what is pushed waits in a quarantine directory
 * that git names in GIT_OBJECT_DIRECTORY, the repository's own objects
 * then being in GIT_ALTERNATE_OBJECT_DIRECTORIES: read from both.
 */
static int add_object_dirs(git_repository *repo)
{
	const char *dir = getenv("GIT_OBJECT_DIRECTORY"), *alt = getenv("GIT_ALTERNATE_OBJECT_DIRECTORIES");
	git_odb *odb;
	int rc = 0;

	if ((!dir || !*dir) && (!alt || !*alt))
		return 0;
	if (git_repository_odb(&odb, repo) < 0)
		return -1;
	if (dir && *dir)
		rc = git_odb_add_disk_alternate(odb, dir);
	while (rc == 0 && alt && *alt) {
		const char *end = strchr(alt, ':');
		size_t n = end ? (size_t)(end - alt) : strlen(alt);
		char *one = plan_strndup(alt, n);
		rc = one ? (n ? git_odb_add_disk_alternate(odb, one) : 0) : -1;
		plan_free(one);
		alt = end ? end + 1 : NULL;
	}
	git_odb_free(odb);
	return rc;
}

/* Opens r->repo and reads HEAD's tree; for_history: bare is fine, no index. */
static int open_repo(plan_repo **out, const char *dir, int for_history)
{
	plan_repo *r = plan_calloc(1, sizeof(*r));
	const char *gitdir = getenv("GIT_DIR"), *index_file = getenv("GIT_INDEX_FILE");
	git_object *obj = NULL;
	int rc;

	*out = NULL;
	if (!r)
		return plan_error_oom();
	if (start_libgit2() < 0) {
		plan_free(r);
		return PLAN_ENOMEM;
	}
	if (dir)
		rc = git_repository_open_ext(&r->repo, dir, 0, NULL);
	else if (gitdir && *gitdir)
		rc = git_repository_open_ext(&r->repo, gitdir, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL);
	else
		rc = git_repository_open_ext(&r->repo, ".", 0, NULL);
	if (rc == GIT_ENOTFOUND) {
		rc = plan_error_set(PLAN_EGIT, "not in a git repository (%s)", git_message());
		goto fail;
	}
	if (rc < 0) {
		rc = unsupported("cannot open the repository");
		goto fail;
	}
	if ((rc = worktree_config(r->repo)) < 0)
		goto fail;
	if (add_object_dirs(r->repo) < 0) {
		rc = plan_git_error(PLAN_EGIT, "cannot read the objects of GIT_OBJECT_DIRECTORY");
		goto fail;
	}
	if (for_history)
		goto head;
	if (git_repository_is_bare(r->repo)) {
		/* git --git-dir=x.git --work-tree=dir: a bare repository with an index. */
		const char *wt = getenv("GIT_WORK_TREE");
		if (!wt || !*wt || git_repository_set_workdir(r->repo, wt, 0) < 0) {
			rc = plan_error_set(PLAN_EGIT, "a bare repository has no index to check");
			goto fail;
		}
	}
	if (index_file && *index_file) {
		struct stat st;
		int e = stat(index_file, &st) < 0 ? errno : 0;
		/* libgit2 takes a file that is not there for an empty index. */
		if (e || !S_ISREG(st.st_mode)) {
			rc = plan_error_set(PLAN_EGIT, "cannot read the index %s named by GIT_INDEX_FILE: %s",
					    index_file, e ? strerror(e) : "not a regular file");
			goto fail;
		}
		if (git_index_open(&r->index, index_file) < 0) {
			rc = unsupported("cannot read the index");
			goto fail;
		}
		git_repository_set_index(r->repo, r->index);
	} else if (git_repository_index(&r->index, r->repo) < 0) {
		rc = unsupported("cannot read the index");
		goto fail;
	}
head:
	plan_git_clear();
	rc = git_revparse_single(&obj, r->repo, "HEAD^{tree}");
	if (rc == 0) {
		r->head = (git_tree *)obj;
		rc = git_reference_name_to_id(&r->head_commit, r->repo, "HEAD");
	}
	if (rc == GIT_ENOTFOUND || rc == GIT_EUNBORNBRANCH) {
		r->unborn = 1;
	} else if (rc < 0) {
		rc = plan_error_set(PLAN_EGIT, "cannot read HEAD (%s)", git_message());
		goto fail;
	}
	if ((r->shallow = git_repository_is_shallow(r->repo)) < 0) {
		rc = plan_error_set(PLAN_EGIT, "cannot tell whether the clone is shallow (%s)", git_message());
		goto fail;
	}
	*out = r;
	return PLAN_OK;
fail:
	plan_repo_free(r);
	return rc;
}

int plan_repo_open(plan_repo **out, const char *dir)
{
	return open_repo(out, dir, 0);
}

int plan_repo_open_history(plan_repo **out, const char *dir)
{
	return open_repo(out, dir, 1);
}

void plan_repo_free(plan_repo *r)
{
	if (!r)
		return;
	git_tree_free(r->head);
	git_index_free(r->index);
	git_repository_free(r->repo);
	plan_free(r);
	git_libgit2_shutdown();
}

int plan_is_plan_path(const char *path)
{
	size_t n = strlen(path);
	return n > 5 && strcmp(path + n - 5, ".plan") == 0;
}

/*
 * A blob's bytes as a plan_malloc'ed copy: PLAN_OK, PLAN_EREAD (r is then
 * marked unreadable) or PLAN_ENOMEM.
 */
static int blob_bytes(plan_repo *r, const git_oid *id, char **out, size_t *len)
{
	git_blob *blob;
	size_t n;

	if (git_blob_lookup(&blob, r->repo, id) < 0) {
		int rc = plan_git_error(PLAN_EREAD, "cannot read its blob %.12s", git_oid_tostr_s(id));
		r->unreadable |= rc == PLAN_EREAD;
		return rc;
	}
	n = (size_t)git_blob_rawsize(blob);
	*out = plan_malloc(n + 2);   /* and the two NULs the scanner needs */
	if (!*out) {
		git_blob_free(blob);
		return plan_error_oom();
	}
	memcpy(*out, git_blob_rawcontent(blob), n);
	*len = n;
	git_blob_free(blob);
	return PLAN_OK;
}

/* Paths outside the work tree cannot be in git. */
static int outside(const char *path)
{
	return path[0] == '/' || strcmp(path, "..") == 0 || strncmp(path, "../", 3) == 0;
}

/* path, normalised, into buf; -1 when it does not fit. */
static int normal(char *buf, size_t size, const char *path)
{
	if (strlen(path) >= size)
		return -1;
	strcpy(buf, path);
	plan_path_normalise(buf);
	return 0;
}

static int read_index(void *ctx, const char *given, char **out, size_t *len, plan_file_id *id)
{
	plan_repo *r = ctx;
	const git_index_entry *e;
	char path[PLAN_MAX_GIT_PATH];

	if (normal(path, sizeof(path), given) < 0)
		return plan_error_set(PLAN_EREAD, "path of " PLAN_LIMIT_TEXT(PLAN_MAX_GIT_PATH) " bytes or more");
	if (outside(path))
		return plan_error_set(PLAN_EREAD, "outside the repository");
	e = git_index_get_bypath(r->index, path, 0);
	if (!e || (e->flags_extended & GIT_INDEX_ENTRY_INTENT_TO_ADD)) {
		char dir[PLAN_MAX_GIT_PATH + 2];
		size_t at;
		/* Staged files below path make it a directory. */
		snprintf(dir, sizeof(dir), "%s/", strcmp(path, ".") == 0 ? "" : path);
		return plan_error_set(PLAN_EREAD, "%s",
				      git_index_find_prefix(&at, r->index, strcmp(path, ".") == 0 ? "" : dir) == 0 ?
				      "is a directory" : "not staged (git add it)");
	}
	if ((e->mode & 0170000) != 0100000)
		return plan_error_set(PLAN_EREAD, "not a regular file in the index");
	id->a = 1;
	id->b = plan_hash_str(path);
	return blob_bytes(r, &e->id, out, len);
}

/* What read_tree reads from. */
struct tree_reader {
	plan_repo *r;
	git_tree *tree;
	const plan_tree_read *how;
};

static int read_tree(void *ctx, const char *given, char **out, size_t *len, plan_file_id *id)
{
	const struct tree_reader *t = ctx;
	const plan_tree_read *how = t->how;
	git_tree_entry *e;
	char path[PLAN_MAX_GIT_PATH];
	int rc;

	*out = NULL;
	if (normal(path, sizeof(path), given) < 0)
		return plan_error_set(PLAN_EREAD, "path of " PLAN_LIMIT_TEXT(PLAN_MAX_GIT_PATH) " bytes or more");
	if (outside(path))
		return plan_error_set(PLAN_EREAD, "not in HEAD");
	if ((rc = git_tree_entry_bypath(&e, t->tree, path)) == GIT_ENOTFOUND)
		return plan_error_set(PLAN_EREAD, "not in HEAD");
	if (rc < 0) {
		rc = plan_git_error(PLAN_EREAD, "cannot read the tree");
		t->r->unreadable |= rc == PLAN_EREAD;
		return rc;
	}
	if (git_tree_entry_type(e) != GIT_OBJECT_BLOB) {
		git_tree_entry_free(e);
		return plan_error_set(PLAN_EREAD, "not a file in HEAD");
	}
	id->a = 2;
	id->b = plan_hash_str(path);
	if (how->reduce && how->cache) {
		const char *kept;
		size_t n;
		if (plan_logcache_get_kept(how->cache, git_tree_entry_id(e)->id, how->digest, &kept, &n)) {
			git_tree_entry_free(e);
			if (!(*out = plan_malloc(n + 2)))
				return plan_error_oom();
			memcpy(*out, kept, n);
			*len = n;
			return PLAN_OK;
		}
	}
	rc = blob_bytes(t->r, git_tree_entry_id(e), out, len);
	if (rc == PLAN_OK && how->reduce) {
		size_t n = plan_records_keep(*out, *len, how->reduce, how->reduce_ctx, *out);
		if (n != (size_t)-1) {
			*len = n;
			if (how->cache && plan_logcache_put_kept(how->cache, git_tree_entry_id(e)->id,
								 how->digest, *out, n) < 0)
				rc = plan_error_oom();
		}
	}
	git_tree_entry_free(e);
	if (rc == PLAN_ENOMEM) {
		plan_free(*out);
		*out = NULL;
	}
	return rc;
}

/* A growing list of paths (plan_malloc'ed strings). */
struct paths {
	char **v;
	size_t n, cap;
	int oom;
	const plan_tree_read *how;   /* which are wanted */
};

static void add_path(struct paths *p, const char *path)
{
	char *copy;

	if (PLAN_GROW(p->v, p->cap, p->n + 1) < 0 || !(copy = plan_strdup(path))) {
		p->oom = 1;
		return;
	}
	p->v[p->n++] = copy;
}

static void free_paths(struct paths *p)
{
	size_t i;
	for (i = 0; i < p->n; i++)
		plan_free(p->v[i]);
	plan_free(p->v);
}

static int load_list(plan_set *set, const plan_reader *rd, struct paths *p)
{
	int rc;

	if (p->oom)
		return plan_error_oom();
	rc = plan_set_reader(set, rd);
	if (rc == PLAN_OK)
		rc = plan_load_paths(set, (const char *const *)p->v, p->n);
	return rc;
}

int plan_repo_load_index(plan_repo *r, plan_set *set)
{
	struct paths p = { 0 };
	plan_reader rd = { read_index, r, 1 };
	size_t i, n = git_index_entrycount(r->index);
	int rc;

	for (i = 0; i < n; i++) {
		const git_index_entry *e = git_index_get_byindex(r->index, i);
		if (!e || GIT_INDEX_ENTRY_STAGE(e) != 0 ||
		    (e->flags_extended & GIT_INDEX_ENTRY_INTENT_TO_ADD) || !plan_is_plan_path(e->path) ||
		    strlen(e->path) >= PLAN_MAX_GIT_PATH)
			continue;
		if ((e->mode & 0170000) != 0100000) {
			plan_diag_file(&set->diags, PLAN_SEV_NOTE, "io", e->path, "not checked: a %s, not a "
				       "file; plans are read from the files git holds",
				       (e->mode & 0170000) == 0120000 ? "symbolic link" : "submodule");
			continue;
		}
		add_path(&p, e->path);
	}
	if (set->diags.oom)
		p.oom = 1;
	rc = load_list(set, &rd, &p);
	free_paths(&p);
	return rc;
}

static int collect(const char *root, const git_tree_entry *e, void *payload)
{
	struct paths *p = payload;
	char buf[PLAN_MAX_GIT_PATH];

	if (git_tree_entry_filemode(e) != GIT_FILEMODE_BLOB &&
	    git_tree_entry_filemode(e) != GIT_FILEMODE_BLOB_EXECUTABLE)
		return 0;   /* directories, links and submodules are not plan files */
	if (!plan_is_plan_path(git_tree_entry_name(e)))
		return 0;
	if ((size_t)snprintf(buf, sizeof(buf), "%s%s", root, git_tree_entry_name(e)) < sizeof(buf) &&
	    plan_path_within(p->how->limit, buf) &&
	    (!p->how->keep || p->how->keep(p->how->keep_ctx, buf, git_tree_entry_id(e))))
		add_path(p, buf);
	return 0;
}

int plan_repo_load_tree(plan_repo *r, git_tree *tree, plan_set *set, const plan_tree_read *how)
{
	static const plan_tree_read all = PLAN_TREE_READ_INIT;
	struct paths p = { 0 };
	struct tree_reader t;
	plan_reader rd = { read_tree, &t, 1 };
	int rc;

	t.r = r;
	t.tree = tree;
	t.how = p.how = how ? how : &all;
	if (git_tree_walk(tree, GIT_TREEWALK_PRE, collect, &p) < 0) {
		free_paths(&p);
		if ((rc = plan_git_error(PLAN_EREAD, "cannot read the tree %.12s",
					 git_oid_tostr_s(git_tree_id(tree)))) == PLAN_EREAD)
			r->unreadable = 1;
		return rc;
	}
	rc = load_list(set, &rd, &p);
	free_paths(&p);
	return rc;
}

int plan_repo_load_head(plan_repo *r, plan_set *set)
{
	return r->head ? plan_repo_load_tree(r, r->head, set, NULL) : PLAN_OK;
}

int plan_repo_load_rev(plan_repo *r, const char *rev, plan_set *set)
{
	git_commit *c = NULL;
	git_tree *t = NULL;
	git_oid id;
	int rc;

	if (!rev)
		return plan_repo_load_head(r, set);
	if ((rc = plan_repo_commit_of(r, rev, &id)) < 0)
		return rc;
	if (plan_commit_lookup(&c, r->repo, &id) < 0 || git_commit_tree(&t, c) < 0) {
		git_commit_free(c);
		plan_diag_file(&set->diags, PLAN_SEV_ERROR, "io", "HEAD", "cannot read %s: %s",
			       git_oid_tostr_s(&id), git_message());
		return plan_error_set(PLAN_EREAD, "cannot read %s", rev);
	}
	rc = plan_repo_load_tree(r, t, set, NULL);
	git_tree_free(t);
	git_commit_free(c);
	return rc;
}

/* ---- the plan files of the work tree ---------------------------------- */

struct wt_list {
	char **v;
	size_t n, cap;
	const char *top;           /* the work tree, with its final '/' */
	char path[PLAN_MAX_GIT_PATH + 4096];
	int oom;
};

/* Adds path (from the top) when it names a plan file on disk. */
static void wt_add(struct wt_list *l, const char *path)
{
	struct stat st;

	if (l->oom || !plan_is_plan_path(path) || strlen(path) >= PLAN_MAX_GIT_PATH ||
	    (size_t)snprintf(l->path, sizeof(l->path), "%s%s", l->top, path) >= sizeof(l->path) ||
	    lstat(l->path, &st) < 0 || S_ISDIR(st.st_mode))
		return;
	if (l->n && strcmp(l->v[l->n - 1], path) == 0)
		return;   /* the stages of a conflict: one file */
	if (PLAN_GROW(l->v, l->cap, l->n + 1) < 0 || !(l->v[l->n] = plan_strdup(path))) {
		l->oom = 1;
		return;
	}
	l->n++;
}

static int wt_untracked(const char *path, unsigned int status, void *payload)
{
	if (status & GIT_STATUS_WT_NEW)
		wt_add(payload, path);
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void plan_work_tree_plans_free(char **v, size_t n)
{
	size_t i;

	for (i = 0; v && i < n; i++)
		plan_free(v[i]);
	plan_free(v);
}

/*
 * Each of l's paths, from the top, made relative to the current
 * directory (cwd, which is top or under it): "../" for each directory
 * between them, unless the path is under cwd.
 */
static int wt_relative(struct wt_list *l, const char *cwd, size_t top_len)
{
	const char *prefix = cwd + top_len + (cwd[top_len] == '/'), *p;
	size_t plen = strlen(prefix), up = 0, i;

	if (!plen)
		return PLAN_OK;
	for (p = prefix, up = 1; *p; p++)
		up += *p == '/';
	for (i = 0; i < l->n; i++) {
		char *s = l->v[i], *t;
		size_t k;
		if (strncmp(s, prefix, plen) == 0 && s[plen] == '/') {
			memmove(s, s + plen + 1, strlen(s + plen + 1) + 1);
			continue;
		}
		if (!(t = plan_malloc(3 * up + strlen(s) + 1)))
			return PLAN_ENOMEM;
		for (k = 0; k < up; k++)
			memcpy(t + 3 * k, "../", 3);
		strcpy(t + 3 * up, s);
		plan_free(s);
		l->v[i] = t;
	}
	return PLAN_OK;
}

int plan_work_tree_plans(char ***out, size_t *n)
{
	git_repository *repo = NULL;
	git_index *index = NULL;
	git_status_options so;
	struct wt_list l;
	const char *gitdir = getenv("GIT_DIR");
	char cwd[PATH_MAX], top[PATH_MAX];
	size_t i, top_len;
	int rc;

	*out = NULL;
	*n = 0;
	memset(&l, 0, sizeof(l));
	if (start_libgit2() < 0)
		return PLAN_ENOMEM;
	plan_git_clear();
	if (gitdir && *gitdir)
		rc = git_repository_open_ext(&repo, gitdir, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL);
	else
		rc = git_repository_open_ext(&repo, ".", 0, NULL);
	if (rc < 0 && plan_git_alloc_failed()) {
		rc = plan_error_oom();
		goto done;
	}
	if (rc == GIT_ENOTFOUND || (rc == 0 && !git_repository_workdir(repo))) {
		rc = plan_error_set(PLAN_ENOTFOUND, "not in a git work tree");
		goto done;
	}
	if (rc < 0) {
		rc = unsupported("cannot open the repository");
		goto done;
	}
	if (!getcwd(cwd, sizeof(cwd)) || !realpath(git_repository_workdir(repo), top)) {
		rc = plan_error_set(PLAN_EGIT, "cannot find the work tree: %s", strerror(errno));
		goto done;
	}
	top_len = strlen(top);
	if (strncmp(cwd, top, top_len) != 0 || (cwd[top_len] && cwd[top_len] != '/')) {
		rc = plan_error_set(PLAN_ENOTFOUND, "not in the work tree of the repository");
		goto done;
	}
	if (top_len + 1 < sizeof(top) && top[top_len - 1] != '/')
		strcpy(top + top_len, "/");
	l.top = top;
	/* What git holds, then what it would add: git ls-files -co --exclude-standard. */
	plan_git_clear();
	if (git_repository_index(&index, repo) < 0) {
		rc = plan_git_alloc_failed() ? plan_error_oom() : unsupported("cannot read the index");
		goto done;
	}
	for (i = 0; i < git_index_entrycount(index); i++) {
		const git_index_entry *e = git_index_get_byindex(index, i);
		if (e && (e->mode & 0170000) != 0160000)
			wt_add(&l, e->path);
	}
	if (git_status_options_init(&so, GIT_STATUS_OPTIONS_VERSION) < 0) {
		rc = plan_git_error(PLAN_EGIT, "cannot list the files of the work tree");
		goto done;
	}
	so.show = GIT_STATUS_SHOW_WORKDIR_ONLY;
	so.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS |
		   GIT_STATUS_OPT_EXCLUDE_SUBMODULES;
	if (git_status_foreach_ext(repo, &so, wt_untracked, &l) < 0) {
		rc = plan_git_error(PLAN_EGIT, "cannot list the files of the work tree");
		goto done;
	}
	if (l.oom) {
		rc = plan_error_oom();
		goto done;
	}
	if (l.n)
		qsort(l.v, l.n, sizeof(*l.v), cmp_str);
	if ((rc = wt_relative(&l, cwd, top_len)) == PLAN_OK) {
		*out = l.v;
		*n = l.n;
		l.v = NULL;
	}
done:
	if (rc < 0)
		plan_work_tree_plans_free(l.v, l.n);
	git_index_free(index);
	git_repository_free(repo);
	git_libgit2_shutdown();
	return rc;
}
