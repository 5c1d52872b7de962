/*
 * history.c - reading plans out of git with libgit2.
 *
 * Opening: libgit2 1.5's GIT_REPOSITORY_OPEN_FROM_ENV fails under
 * `git --work-tree`, so the repository is opened from $GIT_DIR or by
 * searching up from a directory, and $GIT_INDEX_FILE, when set, is opened
 * and made the repository's index (see shared GIT-NOTES).  Reading: a
 * plan_reader over the index or a tree gives the loader blob bytes, so
 * that includes, cycles and read-once work as on the file system.
 */
#include "history.h"
#include "alloc.h"
#include "load.h"

#include <git2.h>
#include <git2/sys/repository.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct plan_repo {
	git_repository *repo;   /* owned */
	git_index *index;       /* owned */
	git_tree *head;         /* owned; NULL when HEAD is unborn */
	git_tree *tree;         /* the tree read_head reads: HEAD's or the merge head's */
	char *limit;            /* only plan files at or under this path; NULL: all */
	git_oid from, hide;     /* plan_repo_window */
	int has_from, has_hide;
	long long since, until;
};

static const char *git_message(void);

int plan_repo_window(plan_repo *r, const char *from, const char *hide,
		     long long since, long long until, char *err, size_t errsize)
{
	git_object *o;

	r->since = since;
	r->until = until;
	r->has_from = r->has_hide = 0;
	if (from) {
		if (git_revparse_single(&o, r->repo, from) < 0) {
			snprintf(err, errsize, "no revision %s: %s", from, git_message());
			return -1;
		}
		git_oid_cpy(&r->from, git_object_id(o));
		git_object_free(o);
		r->has_from = 1;
	}
	if (hide) {
		if (git_revparse_single(&o, r->repo, hide) < 0) {
			snprintf(err, errsize, "no revision %s: %s", hide, git_message());
			return -1;
		}
		git_oid_cpy(&r->hide, git_object_id(o));
		git_object_free(o);
		r->has_hide = 1;
	}
	return 0;
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

/* Whether path (relative to the top) is within r's limit. */
static int within(const plan_repo *r, const char *path)
{
	size_t n;
	if (!r->limit)
		return 1;
	n = strlen(r->limit);
	return strncmp(path, r->limit, n) == 0 && (path[n] == '\0' || path[n] == '/');
}

static const char *git_message(void)
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
		snprintf(err, errsize, "not in a git repository (%s)", git_message());
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
			snprintf(err, errsize, "cannot read the index %s (%s)", index_file, git_message());
			goto fail;
		}
		git_repository_set_index(r->repo, r->index);
	} else if (git_repository_index(&r->index, r->repo) < 0) {
		snprintf(err, errsize, "cannot read the index (%s)", git_message());
		goto fail;
	}
head:
	git_error_clear();
	rc = git_revparse_single(&obj, r->repo, "HEAD^{tree}");
	if (rc == 0) {
		r->head = (git_tree *)obj;
	} else if (rc != GIT_ENOTFOUND && rc != GIT_EUNBORNBRANCH) {
		snprintf(err, errsize, "cannot read HEAD (%s)", git_message());
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

static int is_plan_path(const char *path)
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
	*out = plan_malloc(n ? n : 1);
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
	char path[4096];

	if (normal(path, sizeof(path), given) < 0 || outside(path)) {
		*why = "outside the repository";
		return -1;
	}
	e = git_index_get_bypath(r->index, path, 0);
	if (!e || (e->flags_extended & GIT_INDEX_ENTRY_INTENT_TO_ADD)) {
		char dir[4096 + 2];
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
	char path[4096];
	int rc;

	if (!r->tree || normal(path, sizeof(path), given) < 0 || outside(path) ||
	    git_tree_entry_bypath(&e, r->tree, path) < 0) {
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
	rc = blob_bytes(r->repo, git_tree_entry_id(e), out, len, why);
	git_tree_entry_free(e);
	return rc;
}

/* A growing list of paths (malloc'ed strings). */
struct paths {
	char **v;
	size_t n, cap;
	int oom;
	const plan_repo *repo;  /* whose limit applies */
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
	plan_reader rd = { read_index, r };
	size_t i, n = git_index_entrycount(r->index);
	int rc;

	for (i = 0; i < n; i++) {
		const git_index_entry *e = git_index_get_byindex(r->index, i);
		if (!e || GIT_INDEX_ENTRY_STAGE(e) != 0 ||
		    (e->flags_extended & GIT_INDEX_ENTRY_INTENT_TO_ADD) || !is_plan_path(e->path))
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
	char buf[4096];

	if (git_tree_entry_type(e) != GIT_OBJECT_BLOB || !is_plan_path(git_tree_entry_name(e)))
		return 0;
	if ((size_t)snprintf(buf, sizeof(buf), "%s%s", root, git_tree_entry_name(e)) < sizeof(buf) &&
	    within(p->repo, buf))
		add_path(p, buf);
	return 0;
}

/* Loads the plans of tree into set. */
static int load_tree(plan_repo *r, git_tree *tree, plan_set *set)
{
	struct paths p = { 0 };

	p.repo = r;
	plan_reader rd = { read_head, r };
	int rc;

	r->tree = tree;
	if (git_tree_walk(tree, GIT_TREEWALK_PRE, collect, &p) < 0) {
		plan_diag_file(&set->diags, PLAN_SEV_ERROR, "io", "HEAD", "cannot read HEAD's tree: %s",
			       git_message());
		free_paths(&p);
		return PLAN_EREAD;
	}
	rc = load_list(set, &rd, &p);
	free_paths(&p);
	return rc;
}

int plan_repo_load_head(plan_repo *r, plan_set *set)
{
	return r->head ? load_tree(r, r->head, set) : PLAN_OK;
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
	rc = load_tree(r, tree, set);
	r->tree = NULL;
	git_tree_free(tree);
	git_commit_free(commit);
	return rc == PLAN_OK ? 1 : -1;
}

/* The plan files of a tree: their paths and blob ids, in walk order. */
struct plan_blobs {
	char **path;
	git_oid *id;
	size_t n, cap;
	int oom;
	const plan_repo *repo;  /* whose limit applies */
};

static int collect_blob(const char *root, const git_tree_entry *e, void *payload)
{
	struct plan_blobs *b = payload;
	char buf[4096];

	if (git_tree_entry_type(e) != GIT_OBJECT_BLOB || !is_plan_path(git_tree_entry_name(e)))
		return 0;
	snprintf(buf, sizeof(buf), "%s%s", root, git_tree_entry_name(e));
	if (!within(b->repo, buf))
		return 0;
	if (b->n == b->cap) {
		size_t cap = b->cap ? b->cap * 2 : 16;
		char **p = realloc(b->path, cap * sizeof(*p));
		git_oid *id = p ? realloc(b->id, cap * sizeof(*id)) : NULL;
		if (p)
			b->path = p;
		if (!id) {
			b->oom = 1;
			return -1;
		}
		b->id = id;
		b->cap = cap;
	}
	if (!(b->path[b->n] = strdup(buf))) {
		b->oom = 1;
		return -1;
	}
	git_oid_cpy(&b->id[b->n++], git_tree_entry_id(e));
	return 0;
}

static void free_blobs(struct plan_blobs *b)
{
	size_t i;
	for (i = 0; i < b->n; i++)
		free(b->path[i]);
	free(b->path);
	free(b->id);
	memset(b, 0, sizeof(*b));
}

/* Whether two trees hold the same plan files with the same contents. */
static int same_plans(const plan_repo *r, git_tree *a, git_tree *b)
{
	struct plan_blobs x = { 0 }, y = { 0 };
	size_t i;
	int same;

	x.repo = y.repo = r;
	if (a)
		git_tree_walk(a, GIT_TREEWALK_PRE, collect_blob, &x);
	if (b)
		git_tree_walk(b, GIT_TREEWALK_PRE, collect_blob, &y);
	same = !x.oom && !y.oom && x.n == y.n;
	for (i = 0; same && i < x.n; i++)
		same = strcmp(x.path[i], y.path[i]) == 0 && git_oid_equal(&x.id[i], &y.id[i]);
	free_blobs(&x);
	free_blobs(&y);
	return same;
}

/* The linked plans of tree (NULL: none); NULL when memory ran out. */
static plan_set *plans_of(plan_repo *r, git_tree *tree)
{
	plan_set *s = plan_set_new();

	if (!s)
		return NULL;
	if (tree && load_tree(r, tree, s) == PLAN_ENOMEM) {
		plan_set_free(s);
		return NULL;
	}
	r->tree = NULL;
	if (plan_set_link(s) < 0) {
		plan_set_free(s);
		return NULL;
	}
	return s;
}

static int in_window(const plan_repo *r, const git_signature *sig)
{
	long long t = sig ? (long long)sig->when.time : 0;
	return (!r->since || t >= r->since) && (!r->until || t < r->until);
}

int plan_repo_walk(plan_repo *r, int first_parent, plan_history_fn fn, void *ctx,
		   int *shallow, int *unborn, char *err, size_t errsize)
{
	git_revwalk *walk = NULL;
	git_oid id, cached_id, next;
	plan_set *cached = NULL;
	int rc = 0, have_next = 0;

	*shallow = git_repository_is_shallow(r->repo) == 1;
	*unborn = git_repository_head_unborn(r->repo) == 1;
	if (*unborn)
		return 0;
	if (*shallow) {
		/* libgit2 1.5's revwalk stops at a shallow clone's missing parents
		 * without yielding anything: walk first parents by hand instead,
		 * up to the boundary. */
		if (r->has_from)
			git_oid_cpy(&next, &r->from);
		else if (git_reference_name_to_id(&next, r->repo, "HEAD") < 0) {
			snprintf(err, errsize, "cannot read HEAD: %s", git_message());
			return -1;
		}
		have_next = 1;
	} else if (git_revwalk_new(&walk, r->repo) < 0) {
		snprintf(err, errsize, "cannot walk history: %s", git_message());
		return -1;
	}
	if (walk) {
		git_revwalk_sorting(walk, GIT_SORT_TOPOLOGICAL | GIT_SORT_TIME);
		if (first_parent)
			git_revwalk_simplify_first_parent(walk);
		if ((r->has_from ? git_revwalk_push(walk, &r->from) : git_revwalk_push_head(walk)) < 0 ||
		    (r->has_hide && git_revwalk_hide(walk, &r->hide) < 0)) {
			snprintf(err, errsize, "cannot read HEAD: %s", git_message());
			git_revwalk_free(walk);
			return -1;
		}
	}
	memset(&cached_id, 0, sizeof(cached_id));
	rc = 0;
	while (rc == 0) {
		git_commit *c = NULL, *parent = NULL;
		git_tree *tree = NULL, *ptree = NULL;
		plan_set *now = NULL, *before = NULL;
		plan_commit_info info;
		const git_signature *sig;
		const git_oid *pid = NULL;

		if (walk) {
			int w = git_revwalk_next(&id, walk);
			if (w == GIT_ITEROVER)
				break;
			if (w < 0) {
				snprintf(err, errsize, "cannot walk history: %s", git_message());
				rc = -1;
				break;
			}
		} else if (have_next && !(r->has_hide && git_oid_equal(&next, &r->hide))) {
			git_oid_cpy(&id, &next);
			have_next = 0;
		} else {
			break;
		}

		if (git_commit_lookup(&c, r->repo, &id) < 0 || git_commit_tree(&tree, c) < 0) {
			snprintf(err, errsize, "cannot read commit %s: %s", git_oid_tostr_s(&id), git_message());
			git_commit_free(c);
			rc = -1;
			break;
		}
		if (git_commit_parentcount(c) > 0) {
			pid = git_commit_parent_id(c, 0);
			/* In a shallow clone the parent of the last commit is missing. */
			if (git_commit_lookup(&parent, r->repo, pid) == 0) {
				git_commit_tree(&ptree, parent);
				if (!walk) {
					git_oid_cpy(&next, pid);
					have_next = 1;
				}
			} else {
				pid = NULL;
			}
		}
		sig = git_commit_author(c);
		/* At a shallow clone's boundary the parent is missing, not empty:
		 * nothing can be said about what this commit changed. */
		if ((git_commit_parentcount(c) == 0 || parent) && in_window(r, sig) &&
		    !same_plans(r, tree, ptree)) {
			now = cached && git_oid_equal(&cached_id, &id) ? cached : plans_of(r, tree);
			if (now == cached)
				cached = NULL;
			before = plans_of(r, ptree);
			if (!now || !before) {
				snprintf(err, errsize, "out of memory");
				rc = -1;
			} else {
				git_oid_tostr(info.id, sizeof(info.id), &id);
				info.author = sig && sig->name ? sig->name : "";
				info.when = sig ? (long long)sig->when.time : 0;
				info.offset = sig ? sig->when.offset : 0;
				info.subject = git_commit_summary(c) ? git_commit_summary(c) : "";
				info.parents = git_commit_parentcount(c);
				rc = fn(ctx, &info, now, before);
			}
			plan_set_free(now);
			plan_set_free(cached);
			cached = before;
			if (pid)
				git_oid_cpy(&cached_id, pid);
			else
				memset(&cached_id, 0, sizeof(cached_id));
		}
		git_tree_free(ptree);
		git_commit_free(parent);
		git_tree_free(tree);
		git_commit_free(c);
	}
	plan_set_free(cached);
	git_revwalk_free(walk);
	return rc;
}
