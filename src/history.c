/*
 * history.c - reading plans out of git with libgit2.
 *
 * Opening: libgit2 1.5's GIT_REPOSITORY_OPEN_FROM_ENV fails under
 * `git --work-tree`, so the repository is opened from $GIT_DIR or by
 * searching up from a directory, and $GIT_INDEX_FILE, when set, is opened
 * and made the repository's index (see shared GIT-NOTES).  Reading: a
 * plan_reader over the index or a tree gives the loader blob bytes, so
 * that includes, cycles and read-once work as on the file system.  The
 * walk through history is in walk.c.
 */
#include "history.h"
#include "history_int.h"
#include "logcache.h"
#include "alloc.h"
#include "load.h"

#include <git2.h>
#include <git2/sys/repository.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The commit that revision rev names (an annotated tag: the commit it tags). */
static int commit_of(plan_repo *r, const char *rev, git_oid *out, char *err, size_t errsize)
{
	git_object *o, *c;

	if (git_revparse_single(&o, r->repo, rev) < 0) {
		snprintf(err, errsize, "no revision %s: %s", rev, plan_git_message());
		return -1;
	}
	if (git_object_peel(&c, o, GIT_OBJECT_COMMIT) < 0) {
		snprintf(err, errsize, "%s names no commit", rev);
		git_object_free(o);
		return -1;
	}
	git_oid_cpy(out, git_object_id(c));
	git_object_free(c);
	git_object_free(o);
	return 0;
}

int plan_repo_window(plan_repo *r, const char *from, const char *hide,
		     long long since, long long until, char *err, size_t errsize)
{
	r->since = since;
	r->until = until;
	r->has_from = r->has_hide = 0;
	if (from) {
		if (commit_of(r, from, &r->from, err, errsize) < 0)
			return -1;
		r->has_from = 1;
	}
	if (hide) {
		if (commit_of(r, hide, &r->hide, err, errsize) < 0)
			return -1;
		r->has_hide = 1;
	}
	return 0;
}

void plan_repo_cache(plan_repo *r, int on)
{
	r->no_cache = !on;
}

void plan_repo_limit(plan_repo *r, const char *path)
{
	free(r->limit);
	r->limit = NULL;
	if (path && (r->limit = strdup(path)) != NULL) {
		size_t n;
		plan_path_normalise(r->limit);
		n = strlen(r->limit);
		if (n > 1 && r->limit[n - 1] == '/')
			r->limit[n - 1] = '\0';
		if (strcmp(r->limit, ".") == 0) {
			free(r->limit);
			r->limit = NULL;
		}
	}
}

int plan_repo_within(const plan_repo *r, const char *path)
{
	size_t n;
	if (!r->limit)
		return 1;
	n = strlen(r->limit);
	return strncmp(path, r->limit, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

const char *plan_git_message(void)
{
	const git_error *e = git_error_last();
	return e && e->message ? e->message : "unknown libgit2 error";
}

/* Opens r->repo and reads HEAD's tree; for_history: bare is fine, no index. */
static int open_repo(plan_repo **out, const char *dir, int for_history, char *err, size_t errsize)
{
	plan_repo *r = calloc(1, sizeof(*r));
	const char *gitdir = getenv("GIT_DIR"), *index_file = getenv("GIT_INDEX_FILE");
	git_object *obj = NULL;
	int rc;

	*out = NULL;
	if (!r) {
		snprintf(err, errsize, "out of memory");
		return -1;
	}
	git_libgit2_init();
	/* Reading only: hash verification costs more than it protects here. */
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
	git_error_clear();
	if (dir)
		rc = git_repository_open_ext(&r->repo, dir, 0, NULL);
	else if (gitdir && *gitdir)
		rc = git_repository_open_ext(&r->repo, gitdir, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL);
	else
		rc = git_repository_open_ext(&r->repo, ".", 0, NULL);
	if (rc < 0) {
		snprintf(err, errsize, "not in a git repository (%s)", plan_git_message());
		goto fail;
	}
	if (for_history)
		goto head;
	if (git_repository_is_bare(r->repo)) {
		/* git --git-dir=x.git --work-tree=dir: a bare repository with an index. */
		const char *wt = getenv("GIT_WORK_TREE");
		if (!wt || !*wt || git_repository_set_workdir(r->repo, wt, 0) < 0) {
			snprintf(err, errsize, "a bare repository has no index to check");
			goto fail;
		}
	}
	if (index_file && *index_file) {
		if (git_index_open(&r->index, index_file) < 0) {
			snprintf(err, errsize, "cannot read the index %s (%s)", index_file, plan_git_message());
			goto fail;
		}
		git_repository_set_index(r->repo, r->index);
	} else if (git_repository_index(&r->index, r->repo) < 0) {
		snprintf(err, errsize, "cannot read the index (%s)", plan_git_message());
		goto fail;
	}
head:
	git_error_clear();
	rc = git_revparse_single(&obj, r->repo, "HEAD^{tree}");
	if (rc == 0) {
		r->head = (git_tree *)obj;
	} else if (rc != GIT_ENOTFOUND && rc != GIT_EUNBORNBRANCH) {
		snprintf(err, errsize, "cannot read HEAD (%s)", plan_git_message());
		goto fail;
	}
	*out = r;
	return 0;
fail:
	plan_repo_free(r);
	return -1;
}

int plan_repo_open(plan_repo **out, const char *dir, char *err, size_t errsize)
{
	return open_repo(out, dir, 0, err, errsize);
}

int plan_repo_open_history(plan_repo **out, const char *dir, char *err, size_t errsize)
{
	return open_repo(out, dir, 1, err, errsize);
}

void plan_repo_free(plan_repo *r)
{
	if (!r)
		return;
	free(r->limit);
	git_tree_free(r->head);
	git_index_free(r->index);
	git_repository_free(r->repo);
	free(r);
	git_libgit2_shutdown();
}

int plan_is_plan_path(const char *path)
{
	size_t n = strlen(path);
	return n > 5 && strcmp(path + n - 5, ".plan") == 0;
}

/* A blob's bytes as a plan_malloc'ed copy. */
static int blob_bytes(git_repository *repo, const git_oid *id, char **out, size_t *len,
		      const char **why)
{
	git_blob *blob;
	size_t n;

	if (git_blob_lookup(&blob, repo, id) < 0) {
		*why = "cannot read its blob";
		return -1;
	}
	n = (size_t)git_blob_rawsize(blob);
	*out = plan_malloc(n + 2);   /* and the two NULs the scanner needs */
	if (!*out) {
		git_blob_free(blob);
		return -2;
	}
	memcpy(*out, git_blob_rawcontent(blob), n);
	*len = n;
	git_blob_free(blob);
	return 0;
}

static unsigned long long path_hash(const char *s)
{
	unsigned long long h = 1469598103934665603ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
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

static int read_index(void *ctx, const char *given, char **out, size_t *len,
		      plan_file_id *id, const char **why)
{
	plan_repo *r = ctx;
	const git_index_entry *e;
	char path[PLAN_MAX_GIT_PATH];

	if (normal(path, sizeof(path), given) < 0) {
		*why = "path of " PLAN_LIMIT_TEXT(PLAN_MAX_GIT_PATH) " bytes or more";
		return -1;
	}
	if (outside(path)) {
		*why = "outside the repository";
		return -1;
	}
	e = git_index_get_bypath(r->index, path, 0);
	if (!e || (e->flags_extended & GIT_INDEX_ENTRY_INTENT_TO_ADD)) {
		char dir[PLAN_MAX_GIT_PATH + 2];
		size_t at;
		/* Staged files below path make it a directory. */
		snprintf(dir, sizeof(dir), "%s/", strcmp(path, ".") == 0 ? "" : path);
		*why = git_index_find_prefix(&at, r->index, strcmp(path, ".") == 0 ? "" : dir) == 0 ?
		       "is a directory" : "not staged (git add it)";
		return -1;
	}
	if ((e->mode & 0170000) != 0100000) {
		*why = "not a regular file in the index";
		return -1;
	}
	id->a = 1;
	id->b = path_hash(path);
	return blob_bytes(r->repo, &e->id, out, len, why);
}

static int read_head(void *ctx, const char *given, char **out, size_t *len,
		     plan_file_id *id, const char **why)
{
	plan_repo *r = ctx;
	git_tree_entry *e;
	char path[PLAN_MAX_GIT_PATH];
	int rc;

	if (normal(path, sizeof(path), given) < 0) {
		*why = "path of " PLAN_LIMIT_TEXT(PLAN_MAX_GIT_PATH) " bytes or more";
		return -1;
	}
	if (!r->tree || outside(path) || git_tree_entry_bypath(&e, r->tree, path) < 0) {
		*why = "not in HEAD";
		return -1;
	}
	if (git_tree_entry_type(e) != GIT_OBJECT_BLOB) {
		git_tree_entry_free(e);
		*why = "not a file in HEAD";
		return -1;
	}
	id->a = 2;
	id->b = path_hash(path);
	if (r->reduce && r->kept_cache) {
		const char *kept;
		size_t n;
		if (plan_logcache_get_kept(r->kept_cache, git_tree_entry_id(e)->id, r->kept_digest,
					   &kept, &n)) {
			git_tree_entry_free(e);
			if (!(*out = plan_malloc(n + 2))) {
				*why = "out of memory";
				return -2;
			}
			memcpy(*out, kept, n);
			*len = n;
			return 0;
		}
	}
	rc = blob_bytes(r->repo, git_tree_entry_id(e), out, len, why);
	if (rc == 0 && r->reduce) {
		size_t n = plan_records_keep(*out, *len, r->reduce, r->reduce_ctx, *out);
		if (n != (size_t)-1) {
			*len = n;
			if (plan_logcache_put_kept(r->kept_cache, git_tree_entry_id(e)->id, r->kept_digest,
						   *out, n) < 0)
				rc = -2;
		}
	}
	git_tree_entry_free(e);
	if (rc == -2) {
		plan_free(*out);
		*out = NULL;
		*why = "out of memory";
	}
	return rc;
}

/* A growing list of paths (malloc'ed strings). */
struct paths {
	char **v;
	size_t n, cap;
	int oom;
	const plan_repo *repo;  /* whose limit applies */
	plan_path_fn keep;      /* and which of those are wanted (NULL: all) */
	void *ctx;
};

static void add_path(struct paths *p, const char *path)
{
	char *copy;
	if (p->n == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 16;
		char **v = realloc(p->v, cap * sizeof(*v));
		if (!v) {
			p->oom = 1;
			return;
		}
		p->v = v;
		p->cap = cap;
	}
	copy = strdup(path);
	if (!copy) {
		p->oom = 1;
		return;
	}
	p->v[p->n++] = copy;
}

static void free_paths(struct paths *p)
{
	size_t i;
	for (i = 0; i < p->n; i++)
		free(p->v[i]);
	free(p->v);
}

static int load_list(plan_set *set, const plan_reader *rd, struct paths *p)
{
	int rc;

	if (p->oom)
		return PLAN_ENOMEM;
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
		add_path(&p, e->path);
	}
	rc = load_list(set, &rd, &p);
	free_paths(&p);
	return rc;
}

static int collect(const char *root, const git_tree_entry *e, void *payload)
{
	struct paths *p = payload;
	char buf[PLAN_MAX_GIT_PATH];

	if (git_tree_entry_type(e) != GIT_OBJECT_BLOB || !plan_is_plan_path(git_tree_entry_name(e)))
		return 0;
	if ((size_t)snprintf(buf, sizeof(buf), "%s%s", root, git_tree_entry_name(e)) < sizeof(buf) &&
	    plan_repo_within(p->repo, buf) && (!p->keep || p->keep(p->ctx, buf, git_tree_entry_id(e))))
		add_path(p, buf);
	return 0;
}

int plan_repo_load_tree(plan_repo *r, git_tree *tree, plan_set *set, plan_path_fn keep, void *ctx)
{
	struct paths p = { 0 };

	p.repo = r;
	p.keep = keep;
	p.ctx = ctx;
	plan_reader rd = { read_head, r, 1 };
	int rc;

	r->tree = tree;
	if (git_tree_walk(tree, GIT_TREEWALK_PRE, collect, &p) < 0) {
		plan_diag_file(&set->diags, PLAN_SEV_ERROR, "io", "HEAD", "cannot read HEAD's tree: %s",
			       plan_git_message());
		free_paths(&p);
		return PLAN_EREAD;
	}
	rc = load_list(set, &rd, &p);
	free_paths(&p);
	return rc;
}

int plan_repo_load_head(plan_repo *r, plan_set *set)
{
	return r->head ? plan_repo_load_tree(r, r->head, set, NULL, NULL) : PLAN_OK;
}

int plan_repo_load_tip(plan_repo *r, plan_set *set)
{
	git_commit *c = NULL;
	git_tree *t = NULL;
	int rc;

	if (!r->has_from)
		return plan_repo_load_head(r, set);
	if (git_commit_lookup(&c, r->repo, &r->from) < 0 || git_commit_tree(&t, c) < 0) {
		git_commit_free(c);
		plan_diag_file(&set->diags, PLAN_SEV_ERROR, "io", "HEAD", "cannot read %s: %s",
			       git_oid_tostr_s(&r->from), plan_git_message());
		return PLAN_EREAD;
	}
	rc = plan_repo_load_tree(r, t, set, NULL, NULL);
	r->tree = NULL;
	git_tree_free(t);
	git_commit_free(c);
	return rc;
}

static int first_merge_head(const git_oid *id, void *payload)
{
	git_oid_cpy(payload, id);
	return 1;   /* the first is enough */
}

/*
 * The commit being merged, from the GITHEAD_<id> variable git sets for
 * the pre-merge-commit hook (MERGE_HEAD is written only after that hook).
 */
static int merge_head_from_env(git_oid *id)
{
	extern char **environ;
	char **e;

	for (e = environ; *e; e++)
		if (strncmp(*e, "GITHEAD_", 8) == 0) {
			char hex[GIT_OID_HEXSZ + 1];
			const char *eq = strchr(*e, '=');
			size_t n = eq ? (size_t)(eq - *e - 8) : 0;
			if (n != GIT_OID_HEXSZ)
				continue;
			memcpy(hex, *e + 8, n);
			hex[n] = '\0';
			if (git_oid_fromstr(id, hex) == 0)
				return 0;
		}
	return -1;
}

int plan_repo_load_merge_head(plan_repo *r, plan_set *set)
{
	git_oid id;
	git_commit *commit = NULL;
	git_tree *tree = NULL;
	int rc;

	if (git_repository_state(r->repo) == GIT_REPOSITORY_STATE_MERGE) {
		rc = git_repository_mergehead_foreach(r->repo, first_merge_head, &id);
		if (rc == GIT_ENOTFOUND)
			return 0;
	} else if (merge_head_from_env(&id) == 0) {
		rc = 0;
	} else {
		return 0;
	}
	if ((rc < 0 && rc != 1) || git_commit_lookup(&commit, r->repo, &id) < 0 ||
	    git_commit_tree(&tree, commit) < 0) {
		git_commit_free(commit);
		return -1;
	}
	rc = plan_repo_load_tree(r, tree, set, NULL, NULL);
	r->tree = NULL;
	git_tree_free(tree);
	git_commit_free(commit);
	return rc == PLAN_OK ? 1 : -1;
}
