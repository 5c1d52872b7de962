/*
 * test_history.c - the history of actions (plan_repo_walk, src/walk.c and
 * src/history.c) over git repositories built here with libgit2, in a
 * temporary directory (mkdtemp under /tmp, removed after each test).  The
 * git command is never run.
 *
 * A test keeps a small work tree in memory (put, edit, drop), commits it
 * whole (commit, or commit_on for branches and merges, with the author
 * time given) and then walks the history with log_of(), which joins what
 * a user of planlog would see, newest first, into one string:
 *
 *     "Move: moved|March update: update-added,rag|First: created"
 *
 * one "SUBJECT: KINDS" per commit that changed the action, KINDS being the
 * kinds plan_action_changes reports between the callback's before and now
 * (with several ids, or none asked, each as "ID=KINDS").  A commit whose
 * plan files have errors shows as "SUBJECT [unparsed]: KINDS" even when
 * KINDS is empty.  Every callback, shown or not, is also kept in lg.call
 * (commit id, author, time, parents, the change texts).
 *
 * Covered: each kind of change; the history of the issue (lead changed,
 * update added, action moved to an included file, then a reformat);
 * commits that change another action, only the format, no plan file or
 * nothing; updates in separate form; the root commit; a merge, with and
 * without --first-parent; a commit whose plans do not parse; an empty, a
 * bare and a shallow repository; a detached HEAD; an id that never
 * existed; plan files in subdirectories and a chain of includes; a
 * renamed file; the callback stopping the walk; one handle walked twice;
 * plan_repo_window (dates, hide, from, a bad revision) and
 * plan_repo_limit (a file, a directory, a name that only starts like it);
 * and the cache: reused, off, garbage, torn, not writable, filled by
 * narrowed walks or in a shallow clone and then used for the whole
 * history.
 *
 * Also pinned: ids longer than the record keys (records.h) are still
 * followed; included paths are named without "x/.." (a file reached by two
 * spellings is one file, not a move); and the documented limit that only
 * files named *.plan are compared (SPEC.md, section 18).
 */
#include "helpers.h"

#include "alloc.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <git2.h>

#include "changes.h"
#include "commits.h"
#include "history.h"
#include "json.h"
#include "log.h"

/* ---- the temporary directory ---- */

static char tmpdir[64];

/* A directory a test made read-only, to be made writable again. */
static char readonly_dir[600];

/* tmpdir/rel (see path_in). */
static const char *at(const char *rel)
{
	return path_in(tmpdir, rel);
}

/* ---- the work tree, committed whole ---- */

#define MAX_FILES 64

/* The files of the next commit; path and text malloc'ed. */
static struct file {
	char *path, *text;
} work[MAX_FILES];

static struct file *find_file(const char *path)
{
	size_t i;

	for (i = 0; i < MAX_FILES; i++)
		if (work[i].path && strcmp(work[i].path, path) == 0)
			return &work[i];
	return NULL;
}

/* Sets the content of path (adding the file). */
static void put(const char *path, const char *text)
{
	struct file *f = find_file(path);
	size_t i;

	for (i = 0; !f && i < MAX_FILES; i++)
		if (!work[i].path) {
			f = &work[i];
			assert_non_null(f->path = strdup(path));
		}
	assert_non_null(f);
	free(f->text);
	assert_non_null(f->text = strdup(text));
}

/* Removes path from the work tree. */
static void drop(const char *path)
{
	struct file *f = find_file(path);

	assert_non_null(f);
	free(f->path);
	free(f->text);
	f->path = f->text = NULL;
}

/* Replaces the first old in path's text by new_ (old must be there). */
static void edit(const char *path, const char *old, const char *new_)
{
	struct file *f = find_file(path);
	char *at_, *s;
	size_t ol = strlen(old), nl = strlen(new_), tl;

	assert_non_null(f);
	at_ = strstr(f->text, old);
	if (!at_)
		fprintf(stderr, "no \"%s\" in %s:\n%s", old, path, f->text);
	assert_non_null(at_);
	tl = strlen(f->text);
	assert_non_null(s = malloc(tl - ol + nl + 1));
	memcpy(s, f->text, (size_t)(at_ - f->text));
	memcpy(s + (at_ - f->text), new_, nl);
	memcpy(s + (at_ - f->text) + nl, at_ + ol, tl - (size_t)(at_ - f->text) - ol + 1);
	free(f->text);
	f->text = s;
}

static void clear_work(void)
{
	size_t i;

	for (i = 0; i < MAX_FILES; i++) {
		free(work[i].path);
		free(work[i].text);
		work[i].path = work[i].text = NULL;
	}
}

/* ---- repositories ---- */

/* The repository being built (owned) and the directory it is in. */
static git_repository *repo;
static char repo_rel[64];

/* Makes tmpdir/rel a new repository, HEAD on the unborn branch main. */
static void init_repo(const char *rel, int bare)
{
	git_repository_free(repo);
	repo = NULL;
	snprintf(repo_rel, sizeof(repo_rel), "%s", rel);
	assert_int_equal(git_repository_init(&repo, at(rel), bare), 0);
	assert_int_equal(git_repository_set_head(repo, "refs/heads/main"), 0);
}

/* The git directory of the repository being built, with a file name. */
static const char *in_gitdir(const char *name)
{
	static char buf[2][700];
	static int next;
	char *b = buf[next++ % 2];

	snprintf(b, sizeof(buf[0]), "%s%s", git_repository_path(repo), name);
	return b;
}

/* Seconds since the epoch of 10:00 UTC on that day. */
static long long day(int y, int m, int d)
{
	struct tm tm;

	memset(&tm, 0, sizeof(tm));
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	tm.tm_hour = 10;
	return (long long)timegm(&tm);
}

/* Adds every file of the work tree to idx, as a blob of the repository. */
static void add_work(git_index *idx)
{
	size_t i;

	for (i = 0; i < MAX_FILES; i++) {
		git_index_entry e;

		if (!work[i].path)
			continue;
		memset(&e, 0, sizeof(e));
		e.path = work[i].path;
		e.mode = GIT_FILEMODE_BLOB;
		assert_int_equal(git_blob_create_from_buffer(&e.id, repo, work[i].text,
							     strlen(work[i].text)), 0);
		assert_int_equal(git_index_add(idx, &e), 0);
	}
}

/*
 * Commits the work tree as the whole tree, by author at when (offset
 * minutes east of UTC), with parents p1 and p2 (either NULL: a root commit,
 * or one parent).  No reference moves.
 */
static git_oid commit_as(const char *author, long long when, int offset, const char *msg,
			 const git_oid *p1, const git_oid *p2)
{
	git_index *idx;
	git_oid tree_id, id;
	git_tree *tree;
	git_signature *sig;
	git_commit *parents[2] = { NULL, NULL };
	size_t n = 0;

	assert_int_equal(git_index_new(&idx), 0);
	add_work(idx);
	assert_int_equal(git_index_write_tree_to(&tree_id, idx, repo), 0);
	git_index_free(idx);
	assert_int_equal(git_tree_lookup(&tree, repo, &tree_id), 0);
	if (p1)
		assert_int_equal(git_commit_lookup(&parents[n++], repo, p1), 0);
	if (p2)
		assert_int_equal(git_commit_lookup(&parents[n++], repo, p2), 0);
	assert_int_equal(git_signature_new(&sig, author, "someone@example.invalid", (git_time_t)when,
					   offset), 0);
	assert_int_equal(git_commit_create(&id, repo, NULL, sig, sig, NULL, msg, tree, n,
					   (const git_commit **)parents), 0);
	git_signature_free(sig);
	git_commit_free(parents[0]);
	git_commit_free(parents[1]);
	git_tree_free(tree);
	return id;
}

/* A commit by Ann Example on the given parents; no reference moves. */
static git_oid commit_on(const char *msg, long long when, const git_oid *p1, const git_oid *p2)
{
	return commit_as("Ann Example", when, 0, msg, p1, p2);
}

/* Points HEAD's branch (or a detached HEAD) at id. */
static void move_head(const git_oid *id)
{
	git_reference *head, *ref;

	assert_int_equal(git_reference_lookup(&head, repo, "HEAD"), 0);
	if (git_reference_type(head) == GIT_REFERENCE_SYMBOLIC) {
		assert_int_equal(git_reference_create(&ref, repo, git_reference_symbolic_target(head),
						      id, 1, "test"), 0);
		git_reference_free(ref);
	} else {
		assert_int_equal(git_repository_set_head_detached(repo, id), 0);
	}
	git_reference_free(head);
}

/* Commits the work tree on top of HEAD (if any) and moves HEAD there. */
static git_oid commit(const char *msg, long long when)
{
	git_oid head, id;
	int born = git_reference_name_to_id(&head, repo, "HEAD") == 0;

	id = commit_on(msg, when, born ? &head : NULL, NULL);
	move_head(&id);
	return id;
}

/* Makes refs/heads/name (or refs/tags/name) point at id. */
static void set_ref(const char *name, const git_oid *id)
{
	git_reference *ref;

	assert_int_equal(git_reference_create(&ref, repo, name, id, 1, "test"), 0);
	git_reference_free(ref);
}

static const char *hex(const git_oid *id)
{
	static char buf[4][GIT_OID_HEXSZ + 1];
	static int next;
	char *b = buf[next++ % 4];

	git_oid_tostr(b, sizeof(buf[0]), id);
	return b;
}

/* ---- walking ---- */

#define MAX_CALLS 32

/* One callback of the walk. */
struct call {
	char id[GIT_OID_HEXSZ_ + 1];
	char subject[128], author[64];
	long long when;
	int offset;
	unsigned parents;
	size_t nothers;            /* a merge's other parents' plans handed over */
	char changed[256];         /* with no ids asked for: the keys changed, sorted, ","-joined */
	int any;                   /* ... or any action may have changed */
	size_t now_actions, before_actions;   /* actions in now and before */
	char other_kinds[512];     /* the kinds between the first of them and now */
	size_t now_errors;         /* errors in the diagnostics of now */
	int linked;                /* now and before both linked */
	int shown;                 /* in lg.s: a change listed, or errors */
	char texts[2048];          /* the changes' texts, "; "-joined */
};

/* What one walk reported. */
static struct log {
	const char *const *ids;
	size_t nids;
	int calls;
	struct call call[MAX_CALLS];
	char s[8192];              /* see the top of the file */
} lg;

/* Options of the next walks; reset before each test. */
static struct {
	int first_parent, no_cache;
	const char *from, *hide, *limit;
	long long since, until;
	int stop_at;               /* the callback returns 7 at this call (1-based); 0: never */
	int want_rc;               /* what plan_repo_walk is to return */
} opt;

/* Set by the last walk. */
static int shallow, unborn;
static char walk_err[256];

static void append(char *buf, size_t size, const char *sep, const char *s)
{
	size_t n = strlen(buf);

	snprintf(buf + n, size - n, "%s%s", n ? sep : "", s);
}

struct kinds {
	char k[512];
	struct call *cl;
};

/* Set when plan_action_changes ran out of memory in a callback. */
static int changes_oom;

static void on_change(void *ctx, const plan_change *c)
{
	struct kinds *k = ctx;

	append(k->k, sizeof(k->k), ",", plan_change_kind_name(c->kind));
	append(k->cl->texts, sizeof(k->cl->texts), "; ", c->text);
}

/* Adds the changes of one action (label NULL: no "ID=") to line. */
static void describe(const char *label, const plan_action *a, const plan_action *b,
		     struct call *cl, char *line, size_t size)
{
	struct kinds k;
	char one[600];

	k.k[0] = '\0';
	k.cl = cl;
	if (plan_action_changes(a, b, on_change, &k) < 0)
		changes_oom = 1;
	if (!k.k[0])
		return;
	snprintf(one, sizeof(one), "%s%s%s", label ? label : "", label ? "=" : "", k.k);
	append(line, size, " ", one);
}

#define MAX_PIECES 16

static int by_text(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

static int on_commit(void *ctx, const plan_commit_info *c, const plan_set *now, const plan_set *before)
{
	struct log *l = ctx;
	struct call *cl = &l->call[l->calls < MAX_CALLS ? l->calls : MAX_CALLS - 1];
	char line[1024] = "", entry[1400];
	const plan_plan *p;
	const plan_action *a;
	size_t i;

	memset(cl, 0, sizeof(*cl));
	snprintf(cl->id, sizeof(cl->id), "%s", c->id);
	snprintf(cl->subject, sizeof(cl->subject), "%s", c->subject);
	snprintf(cl->author, sizeof(cl->author), "%s", c->author);
	cl->when = c->when;
	cl->offset = c->offset;
	cl->parents = c->parents;
	cl->nothers = c->nothers;
	cl->any = c->any;
	{
		const char *keys[64];
		size_t n = c->nchanged < 64 ? c->nchanged : 64;
		if (n)
			memcpy(keys, c->changed, n * sizeof(*keys));
		qsort(keys, n, sizeof(*keys), by_text);
		for (i = 0; i < n; i++)
			append(cl->changed, sizeof(cl->changed), ",", keys[i]);
	}
	for (p = now->plans.head; p; p = p->next)
		cl->now_actions += p->actions.count;
	for (p = before->plans.head; p; p = p->next)
		cl->before_actions += p->actions.count;
	if (c->nothers && l->nids) {
		struct kinds k;
		k.k[0] = '\0';
		k.cl = cl;
		assert_true(c->others[0]->linked);
		plan_action_changes(plan_set_action(c->others[0], l->ids[0]), plan_set_action(now, l->ids[0]),
				    on_change, &k);
		snprintf(cl->other_kinds, sizeof(cl->other_kinds), "%s", k.k);
		cl->texts[0] = '\0';
	}
	cl->now_errors = now->diags.count[PLAN_SEV_ERROR];
	cl->linked = now->linked && before->linked;
	if (l->nids) {
		for (i = 0; i < l->nids; i++)
			describe(l->nids > 1 ? l->ids[i] : NULL, plan_set_action(before, l->ids[i]),
				 plan_set_action(now, l->ids[i]), cl, line, sizeof(line));
	} else {
		/* Every action, as planlog --since lists them, in id order. */
		char piece[MAX_PIECES][600];
		const char *order[MAX_PIECES];
		size_t n = 0;

		for (p = now->plans.head; p; p = p->next)
			for (a = p->actions.head; a && n < MAX_PIECES; a = a->next) {
				piece[n][0] = '\0';
				describe(a->id, plan_set_action(before, a->id), a, cl, piece[n], sizeof(piece[n]));
				if (piece[n][0])
					order[n] = piece[n], n++;
			}
		for (p = before->plans.head; p; p = p->next)
			for (a = p->actions.head; a && n < MAX_PIECES; a = a->next) {
				piece[n][0] = '\0';
				if (!plan_set_action(now, a->id))
					describe(a->id, a, NULL, cl, piece[n], sizeof(piece[n]));
				if (piece[n][0])
					order[n] = piece[n], n++;
			}
		qsort(order, n, sizeof(order[0]), by_text);
		for (i = 0; i < n; i++)
			append(line, sizeof(line), " ", order[i]);
	}
	cl->shown = line[0] || cl->now_errors;
	if (cl->shown) {
		snprintf(entry, sizeof(entry), "%s%s: %s", c->subject, cl->now_errors ? " [unparsed]" : "",
			 line);
		append(l->s, sizeof(l->s), "|", entry);
	}
	l->calls++;
	if (changes_oom) {
		changes_oom = 0;
		return plan_error_oom();
	}
	return opt.stop_at && l->calls == opt.stop_at ? 7 : 0;
}

/* The n-th (from 0) callback of the last walk that lg.s shows. */
static const struct call *shown(int n)
{
	int i;

	for (i = 0; i < lg.calls && i < MAX_CALLS; i++)
		if (lg.call[i].shown && n-- == 0)
			return &lg.call[i];
	fail_msg("fewer callbacks shown than asked for");
	return NULL;
}

/*
 * A walk that failed while memory was failing said so: out of memory, or
 * a libgit2 failure that libgit2 met because memory ran out.
 */
static void assert_out_of_memory(int rc)
{
	const char *m = plan_error_message();

	if (rc == PLAN_ENOMEM && strcmp(m, "out of memory") == 0)
		return;
	if (rc == PLAN_EGIT && strstr(m, "out of memory"))
		return;
	fail_msg("a walk with failing allocations returned %d: %s", rc, m);
}

/* Opens the repository at or above tmpdir/dir for history. */
static plan_repo *open_history(const char *dir)
{
	plan_repo *r = NULL;

	if (plan_repo_open_history(&r, at(dir)) != 0)
		fail_msg("cannot open %s: %s", dir, plan_error_message());
	return r;
}

/* The walk options of opt, for ids. */
static plan_walk_options walk_options(const char *const *ids, size_t nids)
{
	plan_walk_options w = PLAN_WALK_OPTIONS_INIT;

	w.ids = ids;
	w.nids = nids;
	w.first_parent = opt.first_parent;
	w.path = opt.limit;
	w.from = opt.from;
	w.hide = opt.hide;
	w.since = opt.since;
	w.until = opt.until;
	w.no_cache = opt.no_cache;
	return w;
}

/* Walks the history of tmpdir/dir for ids (none: every id); lg.s. */
static const char *walk_ids(const char *dir, const char *const *ids, size_t nids)
{
	plan_repo *r = open_history(dir);
	plan_walk_options w = walk_options(ids, nids);
	plan_walk_result res = { -1, -1 };
	int rc;

	memset(&lg, 0, sizeof(lg));
	lg.ids = ids;
	lg.nids = nids;
	plan_error_clear();
	rc = plan_repo_walk(r, &w, on_commit, &lg, &res);
	snprintf(walk_err, sizeof(walk_err), "%s", plan_error_message());
	shallow = res.shallow;
	unborn = res.unborn;
	plan_repo_free(r);
	lg.ids = NULL;
	if (rc != opt.want_rc)
		fail_msg("plan_repo_walk returned %d, want %d: %s", rc, opt.want_rc, walk_err);
	assert_true(shallow == 0 || shallow == 1);
	assert_true(unborn == 0 || unborn == 1);
	return lg.s;
}

/* The history of one action, newest first (see the top of the file). */
static const char *log_of(const char *dir, const char *id)
{
	const char *ids[1];

	ids[0] = id;
	return walk_ids(dir, ids, 1);
}

static const char *log_of2(const char *dir, const char *id1, const char *id2)
{
	const char *ids[2];

	ids[0] = id1;
	ids[1] = id2;
	return walk_ids(dir, ids, 2);
}

/* Every action changed, commit by commit (planlog --since without ids). */
static const char *log_all(const char *dir)
{
	return walk_ids(dir, NULL, 0);
}

/* All the callbacks of the last walk, as one string (ids and texts too). */
static const char *calls_text(void)
{
	static char buf[MAX_CALLS * 2300];
	int i;

	buf[0] = '\0';
	for (i = 0; i < lg.calls && i < MAX_CALLS; i++) {
		char one[2400];
		snprintf(one, sizeof(one), "%s %s %u [%s]", lg.call[i].id, lg.call[i].subject,
			 lg.call[i].parents, lg.call[i].texts);
		append(buf, sizeof(buf), "\n", one);
	}
	return buf;
}

/* ---- setup ---- */

static int setup(void **state)
{
	(void)state;
	git_libgit2_init();
	memset(&opt, 0, sizeof(opt));
	readonly_dir[0] = '\0';
	strcpy(tmpdir, "/tmp/plan-test-history-XXXXXX");
	if (!mkdtemp(tmpdir))
		return -1;
	/* No user or system configuration: the repositories are ours alone. */
	git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_GLOBAL, tmpdir);
	git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_XDG, tmpdir);
	git_libgit2_opts(GIT_OPT_SET_SEARCH_PATH, GIT_CONFIG_LEVEL_SYSTEM, tmpdir);
	return 0;
}

static int teardown(void **state)
{
	release_all(state);
	if (readonly_dir[0])
		chmod(readonly_dir, 0755);
	git_repository_free(repo);
	repo = NULL;
	clear_work();
	remove_tree(tmpdir);
	git_libgit2_shutdown();
	return 0;
}

#define T(f) cmocka_unit_test_setup_teardown(f, setup, teardown)

/* ---- histories ---- */

/* The plan every one-change test starts from. */
static const char base_plan[] =
	"plan P1 Plan\n"
	"  period 2019/20\n"
	"action A1 First action\n"
	"  lead Jane Smith\n"
	"  due 2019-12\n"
	"  review 2019-06\n"
	"  update 2019-03-01 amber\n"
	"    Slow start.\n"
	"action A2 Other\n"
	"  lead Bob\n"
	"  due 2019-12\n";

/*
 * Commits base_plan as a.plan ("First"), then a.plan with old replaced by
 * new_ ("Change"), and returns A1's history.
 */
static const char *one_change(const char *old, const char *new_)
{
	init_repo("r", 0);
	put("a.plan", base_plan);
	commit("First", day(2019, 1, 1));
	edit("a.plan", old, new_);
	commit("Change", day(2019, 2, 1));
	return log_of("r", "A1");
}

/*
 * The history of the issue (and of tests/log/run): a plan committed, then
 * the lead changed, then an update added, then A1 moved to more.plan
 * (which a.plan includes), then a commit that only reformats.
 */
static git_oid issue[5];

static void issue_history_in(const char *rel, int bare)
{
	init_repo(rel, bare);
	put("a.plan",
	    "plan P1 Plan\n"
	    "  period 2019/20\n"
	    "include more.plan\n"
	    "action A1 First action\n"
	    "  lead Jane Smith\n"
	    "  due 2019-12\n"
	    "action A2 Other\n"
	    "  lead Bob\n"
	    "  due 2019-12\n");
	put("more.plan", "# more actions\n");
	issue[0] = commit("First plan", day(2019, 1, 1));
	edit("a.plan", "lead Jane Smith", "lead Louis Smith, Harrow Police");
	issue[1] = commit("New lead", day(2019, 2, 1));
	edit("a.plan", "action A2 Other\n", "  update 2019-03-01 green\n    On track.\naction A2 Other\n");
	issue[2] = commit("March update", day(2019, 3, 1));
	put("a.plan",
	    "plan P1 Plan\n"
	    "  period 2019/20\n"
	    "include more.plan\n"
	    "action A2 Other\n"
	    "  lead Bob\n"
	    "  due 2019-12\n");
	put("more.plan",
	    "# more actions\n"
	    "action A1 First action\n"
	    "  lead Louis Smith, Harrow Police\n"
	    "  due 2019-12\n"
	    "  update 2019-03-01 green\n"
	    "    On track.\n");
	issue[3] = commit("Move A1 to more.plan", day(2019, 4, 1));
	/* Re-indented, re-wrapped, a date in another form: the same plan. */
	put("more.plan",
	    "# more actions\n"
	    "action A1 First action\n"
	    "    lead Louis Smith,\n"
	    "       Harrow Police\n"
	    "  due December 2019\n"
	    "  update 2019-03-01 green\n"
	    "        On   track.\n");
	edit("a.plan", "  lead Bob", "  lead   Bob");
	issue[4] = commit("Reformat only", day(2019, 5, 1));
}

static void issue_history(void)
{
	issue_history_in("r", 0);
}

#define ISSUE_LOG "Move A1 to more.plan: moved|March update: update-added,rag|" \
	"New lead: lead-added,lead-removed|First plan: created"

/* ---- 1. each kind of change ---- */

static void test_created(void **state)
{
	(void)state;
	init_repo("r", 0);
	put("a.plan", base_plan);
	commit("First", day(2019, 1, 1));
	assert_string_equal(log_of("r", "A1"), "First: created");
	assert_string_equal(shown(0)->texts, "created in a.plan: First action");
}

static void test_title(void **state)
{
	(void)state;
	assert_string_equal(one_change("action A1 First action\n", "action A1 First action, renamed\n"),
			    "Change: title|First: created");
	assert_string_equal(shown(0)->texts,
			    "title changed: \"First action\" -> \"First action, renamed\"");
	/* A title field instead of the title on the action line is the same title. */
	edit("a.plan", "action A1 First action, renamed\n",
	     "action A1\n  title First action,\n    renamed\n");
	commit("Title field", day(2019, 3, 1));
	assert_string_equal(log_of("r", "A1"), "Change: title|First: created");
}

static void test_lead_added(void **state)
{
	(void)state;
	assert_string_equal(one_change("  lead Jane Smith\n", "  lead Jane Smith\n  lead Harrow Police\n"),
			    "Change: lead-added|First: created");
	assert_string_equal(shown(0)->texts, "lead added: Harrow Police");
}

static void test_lead_removed(void **state)
{
	(void)state;
	assert_string_equal(one_change("  lead Jane Smith\n", ""), "Change: lead-removed|First: created");
	assert_string_equal(shown(0)->texts, "lead removed: Jane Smith");
}

static void test_due_moved(void **state)
{
	(void)state;
	assert_string_equal(one_change("  due 2019-12\n  review", "  due 2020-01\n  review"),
			    "Change: due|First: created");
	assert_string_equal(shown(0)->texts, "deadline moved: 2019-12 -> 2020-01");
}

static void test_review_moved(void **state)
{
	(void)state;
	assert_string_equal(one_change("  review 2019-06\n", "  review 2019-09\n"),
			    "Change: review|First: created");
	assert_string_equal(shown(0)->texts, "review points changed: 2019-06 -> 2019-09");
	/* A review point added. */
	edit("a.plan", "  review 2019-09\n", "  review 2019-09\n  review 2019-12\n");
	commit("Another review", day(2019, 3, 1));
	assert_string_equal(log_of("r", "A1"), "Another review: review|Change: review|First: created");
	/* A review point other than the last moved, the count the same. */
	edit("a.plan", "  review 2019-09\n", "  review 2019-10\n");
	commit("Earlier review moved", day(2019, 4, 1));
	assert_string_equal(log_of("r", "A1"), "Earlier review moved: review|Another review: review|"
			    "Change: review|First: created");
	assert_string_equal(shown(0)->texts, "review points changed: 2019-09, 2019-12 -> 2019-10, 2019-12");
	/* Written in another form: the same review points. */
	edit("a.plan", "  review 2019-10\n", "  review October 2019\n");
	commit("Same reviews", day(2019, 5, 1));
	assert_string_equal(log_of("r", "A1"), "Earlier review moved: review|Another review: review|"
			    "Change: review|First: created");
}

static void test_decision(void **state)
{
	(void)state;
	assert_string_equal(one_change("    Slow start.\n", "    Slow start.\n  decision 2019-05-20 complete\n"),
			    "Change: decision|First: created");
	assert_string_equal(shown(0)->texts, "decision recorded: 2019-05-20 complete");
	edit("a.plan", "decision 2019-05-20 complete", "decision 2019-05-20 continue into 2020/21");
	commit("Changed mind", day(2019, 3, 1));
	assert_string_equal(log_of("r", "A1"), "Changed mind: decision|Change: decision|First: created");
}

static void test_update_added(void **state)
{
	(void)state;
	/* Amber again: the rating does not change. */
	assert_string_equal(one_change("    Slow start.\n",
				       "    Slow start.\n  update 2019-04-01 amber by Ann\n    Better.\n"),
			    "Change: update-added|First: created");
	assert_string_equal(shown(0)->texts, "update added: 2019-04-01 amber: Better.");
}

static void test_update_rewritten(void **state)
{
	(void)state;
	/* An edited update: the new text is added, the committed one rewritten. */
	assert_string_equal(one_change("    Slow start.\n", "    Slow start, corrected.\n"),
			    "Change: update-added,update-rewritten|First: created");
	assert_non_null(strstr(shown(0)->texts,
			       "committed update edited or deleted (a rewrite of the record): "
			       "2019-03-01 amber: Slow start."));
	/* A deleted update, which also takes the rating with it. */
	edit("a.plan", "  update 2019-03-01 amber\n    Slow start, corrected.\n", "");
	commit("Deleted", day(2019, 3, 1));
	assert_string_equal(log_of("r", "A1"), "Deleted: update-rewritten,rag|"
			    "Change: update-added,update-rewritten|First: created");
}

static void test_rag(void **state)
{
	(void)state;
	assert_string_equal(one_change("    Slow start.\n",
				       "    Slow start.\n  update 2019-04-01 green\n    Fine now.\n"),
			    "Change: update-added,rag|First: created");
	assert_non_null(strstr(shown(0)->texts, "RAG changed: amber -> green"));
}

/* The action moved from a.plan to b.plan, two plans side by side. */
static void test_moved(void **state)
{
	(void)state;
	init_repo("r", 0);
	put("a.plan", base_plan);
	put("b.plan", "plan P2 Second plan\naction B1 Something\n");
	commit("First", day(2019, 1, 1));
	put("a.plan", "plan P1 Plan\n  period 2019/20\naction A2 Other\n  lead Bob\n  due 2019-12\n");
	put("b.plan",
	    "plan P2 Second plan\n"
	    "action B1 Something\n"
	    "action A1 First action\n"
	    "  lead Jane Smith\n"
	    "  due 2019-12\n"
	    "  review 2019-06\n"
	    "  update 2019-03-01 amber\n"
	    "    Slow start.\n");
	commit("Move", day(2019, 2, 1));
	assert_string_equal(log_of("r", "A1"), "Move: moved|First: created");
	assert_string_equal(shown(0)->texts, "moved from a.plan to b.plan");
	/* B1, next to it, never changed. */
	assert_string_equal(log_of("r", "B1"), "First: created");
}

/* The file renamed: the action moves with it. */
static void test_file_renamed(void **state)
{
	(void)state;
	init_repo("r", 0);
	put("a.plan", base_plan);
	commit("First", day(2019, 1, 1));
	drop("a.plan");
	put("plans/renamed.plan", base_plan);
	commit("Rename", day(2019, 2, 1));
	assert_string_equal(log_of("r", "A1"), "Rename: moved|First: created");
	assert_string_equal(shown(0)->texts, "moved from a.plan to plans/renamed.plan");
}

static void test_deleted(void **state)
{
	plan_repo *r;
	plan_set *tip;

	(void)state;
	assert_string_equal(one_change("action A1 First action\n  lead Jane Smith\n  due 2019-12\n"
				       "  review 2019-06\n  update 2019-03-01 amber\n    Slow start.\n", ""),
			    "Change: deleted|First: created");
	assert_string_equal(shown(0)->texts, "deleted from a.plan");
	/* The whole file deleted. */
	put("b.plan", "plan P2 Two\naction A3 Third\n");
	commit("Add b", day(2019, 3, 1));
	drop("b.plan");
	commit("Drop b", day(2019, 4, 1));
	assert_string_equal(log_of("r", "A3"), "Drop b: deleted|Add b: created");
	assert_string_equal(shown(0)->texts, "deleted from b.plan");
	/* And the tip has neither. */
	r = open_history("r");
	tip = track(plan_set_new());
	assert_int_equal(plan_repo_load_rev(r, opt.from, tip), PLAN_OK);
	plan_repo_free(r);
	assert_int_equal(plan_set_link(tip), 0);
	assert_null(plan_set_action(tip, "A1"));
	assert_null(plan_set_action(tip, "A3"));
	assert_non_null(plan_set_action(tip, "A2"));
	release(tip);
}

/* The issue: exactly the lead, the update and the move, then created. */
static void test_issue_history(void **state)
{
	(void)state;
	issue_history();
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	assert_string_equal(shown(0)->texts, "moved from a.plan to more.plan");
	/* A2 only had its lead reformatted, and A1 put before it, then moved away. */
	assert_string_equal(log_of("r", "A2"), "First plan: created");
	assert_string_equal(log_of2("r", "A1", "A2"),
			    "Move A1 to more.plan: A1=moved|March update: A1=update-added,rag|"
			    "New lead: A1=lead-added,lead-removed|First plan: A1=created A2=created");
}

/* ---- 2. commits that do not change the action ---- */

static void test_other_action_not_reported(void **state)
{
	(void)state;
	init_repo("r", 0);
	put("a.plan", base_plan);
	commit("First", day(2019, 1, 1));
	edit("a.plan", "  lead Bob\n", "  lead Robert\n");
	commit("A2 lead", day(2019, 2, 1));
	put("README.md", "Not a plan.\n");
	commit("Readme", day(2019, 3, 1));
	commit("Nothing", day(2019, 4, 1));
	put("notes.txt", "action A1 Not a plan file\n");
	commit("Text file", day(2019, 5, 1));
	edit("a.plan", "  due 2019-12\n  review", "  due 2020-03\n  review");
	commit("A1 due", day(2019, 6, 1));
	assert_string_equal(log_of("r", "A1"), "A1 due: due|First: created");
	/* No callback at all for the others. */
	assert_int_equal(lg.calls, 2);
	assert_string_equal(lg.call[0].subject, "A1 due");
	assert_string_equal(lg.call[1].subject, "First");
	assert_string_equal(log_of("r", "A2"), "A2 lead: lead-added,lead-removed|First: created");
	assert_int_equal(lg.calls, 2);
}

static void test_formatting_only_not_reported(void **state)
{
	(void)state;
	init_repo("r", 0);
	put("a.plan", base_plan);
	commit("First", day(2019, 1, 1));
	/* Re-indented fields and text, re-wrapped text, runs of blanks, a
	 * date in another form, a comment: the same action. */
	put("a.plan",
	    "plan P1 Plan\n"
	    "  period 2019/20\n"
	    "action A1 First action\n"
	    "# a comment\n"
	    "      lead   Jane Smith\n"
	    "   due December 2019\n"
	    "   review June 2019\n"
	    "  update 2019-03-01 amber\n"
	    "        Slow\n"
	    "        start.\n"
	    "action A2 Other\n"
	    "  lead Bob\n"
	    "  due 2019-12\n");
	commit("Reformat", day(2019, 2, 1));
	edit("a.plan", "      lead   Jane Smith\n", "      lead   Jane Smyth\n");
	commit("Real change", day(2019, 3, 1));
	assert_string_equal(log_of("r", "A1"),
			    "Real change: lead-added,lead-removed|First: created");
	/* The reformat, whether a callback came for it or not, lists nothing. */
	assert_true(lg.calls == 2 || lg.calls == 3);
}

/* ---- 3. updates in separate form ---- */

static void test_separate_form_update(void **state)
{
	(void)state;
	init_repo("r", 0);
	put("a.plan", "plan P1 Plan\ninclude updates.plan\naction A1 First\n  lead Jane\naction A2 Two\n");
	put("updates.plan", "# updates from the partners\n");
	commit("First", day(2019, 1, 1));
	put("updates.plan",
	    "# updates from the partners\n"
	    "2019-01-10 A1 green\n"
	    "  Going well.\n");
	commit("Partner update", day(2019, 1, 10));
	put("updates.plan",
	    "# updates from the partners\n"
	    "2019-01-10 A1 green\n"
	    "  Going well.\n"
	    "2019-01-20 A2 red by Housing\n"
	    "  Stuck.\n");
	commit("A2 update", day(2019, 1, 20));
	assert_string_equal(log_of("r", "A1"), "Partner update: update-added,rag|First: created");
	assert_string_equal(shown(0)->texts,
			    "update added: 2019-01-10 green: Going well.; RAG changed: none -> green");
	assert_string_equal(log_of("r", "A2"), "A2 update: update-added,rag|First: created");
	/* Edited where it was written: a rewrite. */
	edit("updates.plan", "  Going well.", "  Going very well.");
	commit("Edit", day(2019, 2, 1));
	assert_string_equal(log_of("r", "A1"), "Edit: update-added,update-rewritten|"
			    "Partner update: update-added,rag|First: created");
}

/* The separate updates in a file of their own that nothing includes. */
static void test_separate_form_update_own_file(void **state)
{
	(void)state;
	init_repo("r", 0);
	put("plans/a.plan", "plan P1 Plan\naction A1 First\n  lead Jane\n");
	commit("First", day(2019, 1, 1));
	put("plans/updates/housing.plan", "2019-01-10 A1 amber by Housing\n  Waiting.\n");
	commit("Housing", day(2019, 1, 10));
	assert_string_equal(log_of("r", "A1"), "Housing: update-added,rag|First: created");
}

/* ---- 4. history as it is ---- */

static void test_root_commit_info(void **state)
{
	git_oid id;

	(void)state;
	init_repo("r", 0);
	put("a.plan", base_plan);
	id = commit_as("Zoë Example", day(2019, 1, 1), 60, "First plan\n\nWith a body.\n", NULL, NULL);
	move_head(&id);
	assert_string_equal(log_of("r", "A1"), "First plan: created");
	assert_int_equal(lg.calls, 1);
	assert_string_equal(lg.call[0].id, hex(&id));
	assert_string_equal(lg.call[0].author, "Zoë Example");
	assert_int_equal(lg.call[0].when, day(2019, 1, 1));
	assert_int_equal(lg.call[0].offset, 60);
	assert_int_equal(lg.call[0].parents, 0);
	assert_int_equal(lg.call[0].linked, 1);
	assert_int_equal(shallow, 0);
	assert_int_equal(unborn, 0);
}

static void test_merge(void **state)
{
	git_oid first, side, main2, merge;

	(void)state;
	init_repo("r", 0);
	put("a.plan", base_plan);
	first = commit("First", day(2019, 1, 1));
	/* The side branch adds an update to A1. */
	edit("a.plan", "    Slow start.\n", "    Slow start.\n  update 2019-05-10 green\n    Side work.\n");
	side = commit_on("Side update", day(2019, 5, 10), &first, NULL);
	set_ref("refs/heads/side", &side);
	/* Main changes A2 only. */
	put("a.plan", base_plan);
	edit("a.plan", "  lead Bob\n", "  lead Bob\n  lead Carol\n");
	main2 = commit_on("Main", day(2019, 5, 11), &first, NULL);
	/* The merge has both. */
	edit("a.plan", "    Slow start.\n", "    Slow start.\n  update 2019-05-10 green\n    Side work.\n");
	merge = commit_on("Merge side", day(2019, 5, 12), &main2, &side);
	move_head(&merge);

	assert_string_equal(log_of("r", "A1"),
			    "Merge side: update-added,rag|Side update: update-added,rag|First: created");
	assert_int_equal(lg.call[0].parents, 2);
	assert_string_equal(lg.call[0].id, hex(&merge));
	/* The side's plans are handed over too: against them, the merge
	 * changed nothing of A1 (what it brought, the side made). */
	assert_int_equal(lg.call[0].nothers, 1);
	assert_string_equal(lg.call[0].other_kinds, "");
	assert_int_equal(lg.call[1].parents, 1);
	assert_int_equal(lg.call[1].nothers, 0);
	/* Compared with its first parent, the merge does not change A2. */
	assert_string_equal(log_of("r", "A2"), "Main: lead-added|First: created");

	opt.first_parent = 1;
	assert_string_equal(log_of("r", "A1"), "Merge side: update-added,rag|First: created");
	assert_int_equal(lg.call[0].nothers, 0);
	assert_string_equal(log_of("r", "A2"), "Main: lead-added|First: created");
	/* From the cache, the same. */
	opt.first_parent = 0;
	assert_string_equal(log_of("r", "A1"),
			    "Merge side: update-added,rag|Side update: update-added,rag|First: created");
	assert_int_equal(lg.call[0].nothers, 1);
}

/* a.plan as base_plan with A1's title set to title. */
static git_oid titled(const char *msg, const char *title, long long when, const git_oid *p1,
		      const git_oid *p2)
{
	char line[128];

	put("a.plan", base_plan);
	snprintf(line, sizeof(line), "action A1 %s\n", title);
	edit("a.plan", "action A1 First action\n", line);
	return commit_on(msg, when, p1, p2);
}

/*
 * The order of commits across branches: each before its parents, and of
 * those ready, the latest commit time first, even when a clock was wrong
 * ("Main 2" is dated after the merge that contains it).  The same from
 * the cache, with --first-parent, and with a revision hidden.
 */
static void test_order_of_branches(void **state)
{
	static const char order[] = "Merge: title|Main 2: title|Side 3: title|Side 2: title|"
				    "Main 1: title|Side 1: title|First: created";
	git_oid first, s1, s2, s3, m1, m2, merge;

	(void)state;
	init_repo("r", 0);
	first = titled("First", "First action", day(2019, 1, 1), NULL, NULL);
	s1 = titled("Side 1", "Side one", day(2019, 1, 2), &first, NULL);
	m1 = titled("Main 1", "Main one", day(2019, 1, 3), &first, NULL);
	s2 = titled("Side 2", "Side two", day(2019, 1, 4), &s1, NULL);
	s3 = titled("Side 3", "Side three", day(2019, 1, 6), &s2, NULL);
	m2 = titled("Main 2", "Main two", day(2019, 1, 9), &m1, NULL);
	merge = titled("Merge", "Merged", day(2019, 1, 7), &m2, &s3);
	move_head(&merge);

	assert_string_equal(log_of("r", "A1"), order);
	assert_string_equal(log_of("r", "A1"), order);
	opt.no_cache = 1;
	assert_string_equal(log_of("r", "A1"), order);
	opt.no_cache = 0;
	opt.first_parent = 1;
	assert_string_equal(log_of("r", "A1"), "Merge: title|Main 2: title|Main 1: title|First: created");
	opt.first_parent = 0;
	/* Since Side 2: it and what it reaches are left out. */
	opt.hide = hex(&s2);
	assert_string_equal(log_of("r", "A1"), "Merge: title|Main 2: title|Side 3: title|Main 1: title");
	opt.no_cache = 1;
	assert_string_equal(log_of("r", "A1"), "Merge: title|Main 2: title|Side 3: title|Main 1: title");
}

/* A merge whose second parent is the one that changed nothing: no change. */
static void test_merge_of_unrelated_branch(void **state)
{
	git_oid first, side, merge;

	(void)state;
	init_repo("r", 0);
	put("a.plan", base_plan);
	first = commit("First", day(2019, 1, 1));
	put("other.txt", "side\n");
	side = commit_on("Side", day(2019, 1, 2), &first, NULL);
	edit("a.plan", "  due 2019-12\n  review", "  due 2020-12\n  review");
	merge = commit_on("Merge with due", day(2019, 1, 3), &side, &first);
	move_head(&merge);
	assert_string_equal(log_of("r", "A1"), "Merge with due: due|First: created");
	assert_int_equal(lg.call[0].parents, 2);
	/* A change of its own: against the other parent too. */
	assert_int_equal(lg.call[0].nothers, 1);
	assert_string_equal(lg.call[0].other_kinds, "due");
}

static void test_unparsed_commit(void **state)
{
	(void)state;
	init_repo("r", 0);
	put("a.plan", base_plan);
	commit("First", day(2019, 1, 1));
	edit("a.plan", "action A2 Other\n", "garbage line\naction A2 Other\n");
	commit("Broken", day(2019, 2, 1));
	edit("a.plan", "garbage line\n", "");
	edit("a.plan", "  due 2019-12\n  review", "  due 2020-01\n  review");
	commit("Fixed", day(2019, 3, 1));
	assert_string_equal(log_of("r", "A1"), "Fixed: due|Broken [unparsed]: |First: created");
	assert_int_equal(lg.calls, 3);
	assert_true(lg.call[1].now_errors >= 1);
	assert_int_equal(lg.call[0].now_errors, 0);
	assert_int_equal(lg.call[1].linked, 1);
}

/* A plan file that does not parse at all: the action is gone from it. */
static void test_binary_commit(void **state)
{
	(void)state;
	init_repo("r", 0);
	put("a.plan", base_plan);
	commit("First", day(2019, 1, 1));
	/* No NUL can go through put(); a bad encoding is the nearest. */
	edit("a.plan", "action A1 First action\n", "action A1 First action \xff\xfe\n");
	commit("Bad bytes", day(2019, 2, 1));
	assert_string_equal(log_of("r", "A1"),
			    "Bad bytes [unparsed]: title|First: created");
}

static void test_empty_repository(void **state)
{
	plan_repo *r;
	plan_set *tip;

	(void)state;
	init_repo("r", 0);
	assert_string_equal(log_of("r", "A1"), "");
	assert_int_equal(lg.calls, 0);
	assert_int_equal(unborn, 1);
	assert_int_equal(shallow, 0);
	/* Every id: the same. */
	assert_string_equal(log_all("r"), "");
	assert_int_equal(unborn, 1);
	/* And the tip has no plans. */
	r = open_history("r");
	tip = track(plan_set_new());
	assert_int_equal(plan_repo_load_rev(r, opt.from, tip), PLAN_OK);
	plan_repo_free(r);
	assert_null(tip->plans.head);
	release(tip);
	/* Nothing was cached either. */
	assert_int_equal(access(in_gitdir("planlog.cache"), F_OK), -1);
}

static void test_bare_repository(void **state)
{
	(void)state;
	issue_history_in("bare.git", 1);
	assert_int_equal(git_repository_is_bare(repo), 1);
	assert_string_equal(log_of("bare.git", "A1"), ISSUE_LOG);
	assert_int_equal(unborn, 0);
	assert_int_equal(shallow, 0);
	assert_string_equal(log_of("bare.git", "A2"), "First plan: created");
}

static void test_bare_repository_alone(void **state)
{
	(void)state;
	init_repo("bare.git", 1);
	put("a.plan", base_plan);
	commit("First", day(2019, 1, 1));
	edit("a.plan", "  lead Jane Smith\n", "");
	commit("No lead", day(2019, 2, 1));
	assert_int_equal(git_repository_is_bare(repo), 1);
	assert_string_equal(log_of("bare.git", "A1"), "No lead: lead-removed|First: created");
	assert_int_equal(unborn, 0);
	/* The cache is in the bare repository's directory. */
	assert_int_equal(access(at("bare.git/planlog.cache"), F_OK), 0);
}

static void test_detached_head(void **state)
{
	(void)state;
	issue_history();
	assert_int_equal(git_repository_set_head_detached(repo, &issue[2]), 0);
	assert_int_equal(git_repository_head_detached(repo), 1);
	assert_string_equal(log_of("r", "A1"),
			    "March update: update-added,rag|New lead: lead-added,lead-removed|First plan: created");
	/* A commit on the detached HEAD is walked, main's later ones are not. */
	put("a.plan",
	    "plan P1 Plan\n"
	    "  period 2019/20\n"
	    "include more.plan\n"
	    "action A1 First action, detached\n"
	    "  lead Louis Smith, Harrow Police\n"
	    "  due 2019-12\n"
	    "  update 2019-03-01 green\n"
	    "    On track.\n"
	    "action A2 Other\n"
	    "  lead Bob\n"
	    "  due 2019-12\n");
	put("more.plan", "# more actions\n");
	commit("Detached work", day(2019, 6, 1));
	assert_int_equal(git_repository_head_detached(repo), 1);
	assert_string_equal(log_of("r", "A1"), "Detached work: title|March update: update-added,rag|"
			    "New lead: lead-added,lead-removed|First plan: created");
	/* main did not move. */
	{
		git_oid main;
		assert_int_equal(git_reference_name_to_id(&main, repo, "refs/heads/main"), 0);
		assert_true(git_oid_equal(&main, &issue[4]));
	}
}

static void test_unknown_id(void **state)
{
	plan_repo *r;
	plan_set *tip;

	(void)state;
	issue_history();
	assert_string_equal(log_of("r", "ZZ9"), "");
	assert_int_equal(lg.calls, 0);
	/* Nor a prefix of an id, nor the plan's id. */
	assert_string_equal(log_of("r", "A"), "");
	assert_int_equal(lg.calls, 0);
	r = open_history("r");
	tip = track(plan_set_new());
	assert_int_equal(plan_repo_load_rev(r, opt.from, tip), PLAN_OK);
	plan_repo_free(r);
	assert_int_equal(plan_set_link(tip), 0);
	assert_errors(tip, 0);
	assert_null(plan_set_action(tip, "ZZ9"));
	assert_non_null(plan_set_action(tip, "A1"));
	assert_non_null(plan_set_action(tip, "A2"));
	release(tip);
}

/* Removes the loose object id from the repository's object store. */
static void remove_object(const git_oid *id)
{
	char rel[64];
	const char *h = hex(id);

	snprintf(rel, sizeof(rel), "objects/%.2s/%s", h, h + 2);
	assert_int_equal(unlink(in_gitdir(rel)), 0);
}

static void write_shallow(const git_oid *boundary)
{
	FILE *f = fopen(in_gitdir("shallow"), "w");

	assert_non_null(f);
	fprintf(f, "%s\n", hex(boundary));
	assert_int_equal(fclose(f), 0);
}

static void test_shallow(void **state)
{
	(void)state;
	issue_history();
	/* As a clone of depth 3: issue[2] is the boundary, its parent is missing. */
	write_shallow(&issue[2]);
	remove_object(&issue[1]);
	assert_string_equal(log_of("r", "A1"), "Move A1 to more.plan: moved");
	assert_int_equal(shallow, 1);
	assert_int_equal(unborn, 0);
	/* The window still applies. */
	opt.until = day(2019, 4, 1);
	assert_string_equal(log_of("r", "A1"), "");
	assert_int_equal(shallow, 1);
	opt.until = 0;
	/* And so does hide. */
	opt.hide = hex(&issue[3]);
	assert_string_equal(log_of("r", "A1"), "");
	opt.hide = NULL;
	/* A depth of 1: the only commit is the boundary. */
	write_shallow(&issue[4]);
	remove_object(&issue[3]);
	assert_string_equal(log_of("r", "A1"), "");
	assert_int_equal(lg.calls, 0);
	assert_int_equal(shallow, 1);
}

/* The boundary right after a change: the change before it is not known. */
static void test_shallow_boundary_change_not_reported(void **state)
{
	(void)state;
	issue_history();
	write_shallow(&issue[3]);
	remove_object(&issue[2]);
	/* issue[3] moved A1, but what its parent held is unknown: only
	 * issue[4] (a reformat, no change) is compared. */
	assert_string_equal(log_of("r", "A1"), "");
	assert_true(lg.calls <= 1);
	assert_int_equal(shallow, 1);
	/* With --first-parent the same. */
	opt.first_parent = 1;
	assert_string_equal(log_of("r", "A1"), "");
	assert_int_equal(shallow, 1);
}

/* Plan files in directories, including each other by relative paths. */
static void test_subdirectories(void **state)
{
	(void)state;
	init_repo("r", 0);
	put("plans/main.plan", "plan P1 Plan\ninclude sub/acts.plan\ninclude more/x.plan\n");
	put("plans/sub/acts.plan", "action A1 First\n  due 2019-12\n");
	put("plans/more/x.plan", "# nothing yet\n");
	put("plans/other.plan", "plan P2 Other\naction B1 Two\n");
	commit("First", day(2019, 1, 1));
	edit("plans/sub/acts.plan", "due 2019-12", "due 2020-06");
	commit("Due", day(2019, 2, 1));
	put("plans/sub/acts.plan", "# moved away\n");
	put("plans/more/x.plan", "action A1 First\n  due 2020-06\n");
	commit("Move", day(2019, 3, 1));
	assert_string_equal(log_of("r", "A1"), "Move: moved|Due: due|First: created");
	assert_string_equal(shown(0)->texts, "moved from plans/sub/acts.plan to plans/more/x.plan");
	assert_string_equal(shown(2)->texts, "created in plans/sub/acts.plan: First");
	assert_string_equal(log_of("r", "B1"), "First: created");
}

/* A chain of includes: the file with the plan is read, two levels up. */
/*
 * Many plan files that no change joins (each holds an update of the
 * action asked for): listing a tree meets each blob for the first time,
 * and the table of blobs grows (and moves) while the files listed before
 * it still refer to it (a use after free under ASan).
 */
static void test_many_files(void **state)
{
	char path[32], text[128], plan[4096];
	int i;

	(void)state;
	init_repo("r", 0);
	snprintf(plan, sizeof(plan), "%s", base_plan);
	for (i = 0; i < 40; i++) {
		snprintf(path, sizeof(path), "f%02d.plan", i);
		snprintf(text, sizeof(text), "2018-%02d-%02d A1 green\n  Update %d.\n", i / 28 + 1, i % 28 + 1, i);
		put(path, text);
		snprintf(plan + strlen(plan), sizeof(plan) - strlen(plan), "include %s\n", path);
	}
	put("a.plan", plan);
	commit("First", day(2019, 1, 1));
	edit("a.plan", "  due 2019-12\n  review", "  due 2020-01\n  review");
	commit("Due", day(2019, 2, 1));
	assert_string_equal(log_of("r", "A1"), "Due: due|First: created");
	assert_string_equal(log_of("r", "A1"), "Due: due|First: created");
	opt.no_cache = 1;
	assert_string_equal(log_of("r", "A1"), "Due: due|First: created");
}

static void test_include_chain(void **state)
{
	(void)state;
	init_repo("r", 0);
	put("main.plan", "plan P1 Plan\ninclude a/mid.plan\n");
	put("a/mid.plan", "# middle\ninclude b/leaf.plan\n");
	put("a/b/leaf.plan", "action A1 Leaf\n  due 2019-12\n");
	put("other.plan", "plan P2 Other\naction B1 Two\n");
	commit("First", day(2019, 1, 1));
	edit("a/b/leaf.plan", "due 2019-12", "due 2020-01");
	commit("Due", day(2019, 2, 1));
	edit("other.plan", "action B1 Two\n", "action B1 Two\n  lead Bob\n");
	commit("B1", day(2019, 3, 1));
	assert_string_equal(log_of("r", "A1"), "Due: due|First: created");
	assert_int_equal(lg.calls, 2);
	assert_int_equal(shown(0)->now_errors, 0);
	assert_string_equal(log_all("r"), "B1: B1=lead-added|Due: A1=due|First: A1=created B1=created");
}

/*
 * An included file is named without "." and "x/.." parts: plans/main.plan
 * includes "../shared/more.plan"; moving A1 there from plans/sub/acts.plan
 * is "moved from plans/sub/acts.plan to shared/more.plan", and a commit
 * that changes A1's deadline while the include moves to
 * plans/sub/index.plan ("../../shared/more.plan") is a deadline change
 * only: A1 stayed in shared/more.plan.
 */
static void test_include_path_normalised(void **state)
{
	(void)state;
	init_repo("r", 0);
	put("plans/main.plan", "plan P1 Plan\ninclude sub/acts.plan\ninclude ../shared/more.plan\n");
	put("plans/sub/acts.plan", "action A1 First\n  due 2019-12\n");
	put("shared/more.plan", "# nothing yet\n");
	commit("First", day(2019, 1, 1));
	put("plans/sub/acts.plan", "# moved away\n");
	put("shared/more.plan", "action A1 First\n  due 2019-12\n");
	commit("Move", day(2019, 2, 1));
	assert_string_equal(log_of("r", "A1"), "Move: moved|First: created");
	assert_string_equal(shown(0)->texts, "moved from plans/sub/acts.plan to shared/more.plan");
	put("plans/main.plan", "plan P1 Plan\ninclude sub/acts.plan\ninclude sub/index.plan\n");
	put("plans/sub/index.plan", "include ../../shared/more.plan\n");
	edit("shared/more.plan", "due 2019-12", "due 2020-06");
	commit("Due", day(2019, 3, 1));
	assert_string_equal(log_of("r", "A1"), "Due: due|Move: moved|First: created");
}

/*
 * A limit stated in SPEC.md (section 18): only files named ".plan" are
 * compared, so a commit that changes only updates.txt (which a.plan
 * includes) is not seen, though the update is part of A1 at HEAD.
 */
static void test_include_not_named_plan(void **state)
{
	plan_repo *r;
	plan_set *tip;

	(void)state;
	init_repo("r", 0);
	put("a.plan", "plan P1 Plan\ninclude updates.txt\naction A1 First\n  lead Jane\n");
	put("updates.txt", "# updates\n");
	commit("First", day(2019, 1, 1));
	put("updates.txt", "# updates\n2019-01-10 A1 green\n  Going well.\n");
	commit("Partner update", day(2019, 1, 10));
	/* The update is part of A1 at HEAD. */
	r = open_history("r");
	tip = track(plan_set_new());
	assert_int_equal(plan_repo_load_rev(r, opt.from, tip), PLAN_OK);
	plan_repo_free(r);
	assert_int_equal(plan_set_link(tip), 0);
	assert_errors(tip, 0);
	assert_non_null(plan_set_action(tip, "A1"));
	assert_int_equal(plan_set_action(tip, "A1")->updates.count, 1);
	release(tip);
	/* A limit (SPEC.md, section 18): only files named *.plan are compared,
	 * so the commit that changed only updates.txt is not seen. */
	assert_string_equal(log_of("r", "A1"), "First: created");
}

/* A non-zero return from the callback stops the walk and is returned. */
static void test_callback_stops(void **state)
{
	(void)state;
	issue_history();
	/* The first callback is the reformat's, which lists nothing. */
	opt.stop_at = 3;
	opt.want_rc = 7;
	assert_string_equal(log_of("r", "A1"),
			    "Move A1 to more.plan: moved|March update: update-added,rag");
	assert_int_equal(lg.calls, 3);
	opt.stop_at = 1;
	assert_string_equal(log_of("r", "A1"), "");
	assert_int_equal(lg.calls, 1);
}

/*
 * An id longer than PLAN_RECORD_KEY_MAX (255) bytes, at which record keys
 * are cut (records.h), is still followed: "A" followed by 299 "x", created
 * and then given a new deadline.
 */
/*
 * With no ids asked for, each commit is read for what it changed only:
 * the callback gets the keys it changed, and plans that hold the records
 * of those alone (one action of fifty), so that the work grows with what
 * changed, not with the plans; a change that may touch any action (fields
 * at the top of an included file) gets whole plans, and says so.  The
 * same from the cache, and without it.
 */
static void test_all_reads_what_changed(void **state)
{
	char plan[8192];
	int i, pass;

	(void)state;
	init_repo("r", 0);
	snprintf(plan, sizeof(plan), "plan P1 Plan\n  period 2019/20\n");
	for (i = 1; i <= 50; i++)
		snprintf(plan + strlen(plan), sizeof(plan) - strlen(plan),
			 "action A%d Action %d\n  lead Lead %d\n  due 2019-12\n", i, i, i);
	put("a.plan", plan);
	commit("First", day(2019, 1, 1));
	edit("a.plan", "action A7 Action 7\n  lead Lead 7\n  due 2019-12\n",
	     "action A7 Action 7\n  lead Lead 7\n  due 2020-01\n");
	commit("A7 due", day(2019, 2, 1));
	put("b.plan", "2019-04-01 A9 green\n  From the agency.\n");
	edit("a.plan", "action A1 ", "include b.plan\naction A1 ");
	commit("Agency", day(2019, 4, 1));
	put("extra.plan", "  lead Extra Person\n");
	edit("a.plan", "  lead Lead 30\n", "  lead Lead 30\ninclude extra.plan\n");
	commit("Extra lead", day(2019, 5, 1));
	opt.since = day(2019, 2, 1);
	for (pass = 0; pass < 3; pass++) {
		opt.no_cache = pass == 2;
		assert_string_equal(log_all("r"), "Extra lead: A30=lead-added|Agency: A9=update-added,rag|"
				    "A7 due: A7=due");
		/* Fields at the top of an included file: any action. */
		assert_int_equal(lg.call[0].any, 1);
		assert_int_equal(lg.call[0].now_actions, 50);
		assert_int_equal(lg.call[0].before_actions, 50);
		/* Agency: b.plan added (A9's update: each word of its line that
		 * may be an id) and a.plan's plan record (its include line):
		 * A9's record in a.plan is read too, and no other action's. */
		assert_string_equal(lg.call[1].changed, "A9,P1,green");
		assert_int_equal(lg.call[1].any, 0);
		assert_int_equal(lg.call[1].now_actions, 1);
		assert_int_equal(lg.call[1].before_actions, 1);
		assert_string_equal(lg.call[2].changed, "A7");
		assert_int_equal(lg.call[2].any, 0);
		assert_int_equal(lg.call[2].now_actions, 1);
		assert_int_equal(lg.call[2].before_actions, 1);
	}
}

static void test_long_id(void **state)
{
	char id[301], text[1200];

	(void)state;
	memset(id, 'x', sizeof(id) - 1);
	id[0] = 'A';
	id[sizeof(id) - 1] = '\0';
	init_repo("r", 0);
	snprintf(text, sizeof(text), "plan P1 Plan\naction %s Long\n  due 2019-12\n", id);
	put("a.plan", text);
	commit("First", day(2019, 1, 1));
	edit("a.plan", "due 2019-12", "due 2020-01");
	commit("Due", day(2019, 2, 1));
	/* The id is a good one: the plans at HEAD have it, without errors. */
	{
		plan_repo *r = open_history("r");
		plan_set *tip = track(plan_set_new());

		assert_int_equal(plan_repo_load_rev(r, opt.from, tip), PLAN_OK);
		plan_repo_free(r);
		assert_int_equal(plan_set_link(tip), 0);
		assert_errors(tip, 0);
		assert_non_null(plan_set_action(tip, id));
		release(tip);
	}
	assert_string_equal(log_of("r", id), "Due: due|First: created");
}

/* ---- 5. windows and limits ---- */

static void test_window_dates(void **state)
{
	(void)state;
	issue_history();
	opt.since = day(2019, 2, 15);
	opt.until = day(2019, 3, 31);
	assert_string_equal(log_of("r", "A1"), "March update: update-added,rag");
	assert_string_equal(log_all("r"), "March update: A1=update-added,rag");
	/* since is included, until is not (author times). */
	opt.since = day(2019, 2, 1);
	opt.until = day(2019, 3, 1);
	assert_string_equal(log_of("r", "A1"), "New lead: lead-added,lead-removed");
	/* Only since. */
	opt.until = 0;
	opt.since = day(2019, 3, 1);
	assert_string_equal(log_of("r", "A1"), "Move A1 to more.plan: moved|March update: update-added,rag");
	/* An empty window. */
	opt.since = day(2030, 1, 1);
	assert_string_equal(log_all("r"), "");
	assert_int_equal(lg.calls, 0);
}

static void test_window_revisions(void **state)
{
	plan_repo *r = NULL;
	char err[256] = "";

	(void)state;
	issue_history();
	/* --since REV: leave out that commit and what it reaches. */
	opt.hide = hex(&issue[1]);
	assert_string_equal(log_of("r", "A1"), "Move A1 to more.plan: moved|March update: update-added,rag");
	/* By a tag name too. */
	set_ref("refs/tags/meeting", &issue[2]);
	opt.hide = "meeting";
	assert_string_equal(log_of("r", "A1"), "Move A1 to more.plan: moved");
	assert_string_equal(log_all("r"), "Move A1 to more.plan: A1=moved");
	/* --until REV: start there. */
	opt.hide = NULL;
	opt.from = hex(&issue[2]);
	assert_string_equal(log_of("r", "A1"),
			    "March update: update-added,rag|New lead: lead-added,lead-removed|First plan: created");
	/* Both. */
	opt.hide = hex(&issue[0]);
	assert_string_equal(log_of("r", "A1"),
			    "March update: update-added,rag|New lead: lead-added,lead-removed");
	/* The tip is the commit the walk starts from. */
	{
		plan_set *tip = track(plan_set_new());
		const plan_action *a;

		opt.hide = NULL;
		opt.from = hex(&issue[2]);
		r = open_history("r");
		assert_int_equal(plan_repo_load_rev(r, opt.from, tip), PLAN_OK);
		plan_repo_free(r);
		assert_int_equal(plan_set_link(tip), 0);
		a = plan_set_action(tip, "A1");
		assert_non_null(a);
		assert_string_equal(a->loc.src->path, "a.plan");
		release(tip);
	}
	/* A revision that does not exist. */
	opt.hide = "no-such-rev";
	opt.from = NULL;
	opt.want_rc = PLAN_ENOTFOUND;
	log_of("r", "A1");
	assert_non_null(strstr(walk_err, "no revision no-such-rev"));
	opt.hide = NULL;
	opt.from = "nope";
	log_of("r", "A1");
	assert_non_null(strstr(walk_err, "no revision nope"));
	(void)r;
	(void)err;
}

static void test_limit_file(void **state)
{
	(void)state;
	issue_history();
	edit("more.plan", "  due December 2019\n", "  due 2020-02\n");
	commit("More only", day(2019, 6, 1));
	assert_string_equal(log_of("r", "A1"), "More only: due|" ISSUE_LOG);
	/* Only a.plan: the commit that changes more.plan only is skipped, but
	 * what a.plan includes is still read (A1 moved, not deleted). */
	opt.limit = "a.plan";
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	opt.limit = "./a.plan";
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	/* Only more.plan: read alone, without a.plan, its actions have no
	 * plan (an error), so every commit that touches A1 there shows as
	 * unparsed, and nothing before the move is seen. */
	opt.limit = "more.plan";
	assert_string_equal(log_of("r", "A1"), "More only [unparsed]: |Reformat only [unparsed]: |"
			    "Move A1 to more.plan [unparsed]: ");
}

static void test_limit_directory(void **state)
{
	(void)state;
	init_repo("r", 0);
	put("plans/a.plan", "plan PA Plan\naction A1 One\n  due 2019-12\n");
	put("plans-old/b.plan", "plan PB Old\naction B1 Two\n  due 2019-12\n");
	put("other/c.plan", "plan PC Other\naction C1 Three\n  due 2019-12\n");
	commit("First", day(2019, 1, 1));
	edit("plans/a.plan", "due 2019-12", "due 2020-01");
	commit("A1 due", day(2019, 2, 1));
	edit("plans-old/b.plan", "due 2019-12", "due 2020-01");
	commit("B1 due", day(2019, 3, 1));
	edit("other/c.plan", "due 2019-12", "due 2020-01");
	commit("C1 due", day(2019, 4, 1));

	opt.limit = "plans";
	assert_string_equal(log_of("r", "A1"), "A1 due: due|First: created");
	/* plans-old only starts like plans. */
	assert_string_equal(log_of("r", "B1"), "");
	assert_string_equal(log_all("r"), "A1 due: A1=due|First: A1=created");
	opt.limit = "plans/";
	assert_string_equal(log_of("r", "A1"), "A1 due: due|First: created");
	assert_string_equal(log_of("r", "B1"), "");
	opt.limit = "plans-old";
	assert_string_equal(log_of("r", "B1"), "B1 due: due|First: created");
	assert_string_equal(log_of("r", "A1"), "");
	opt.limit = ".";
	assert_string_equal(log_of("r", "C1"), "C1 due: due|First: created");
	opt.limit = NULL;
	assert_string_equal(log_all("r"), "C1 due: C1=due|B1 due: B1=due|A1 due: A1=due|"
			    "First: A1=created B1=created C1=created");
}

/* ---- 6. the cache ---- */

static long file_size(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

static uint64_t fnv(const unsigned char *p, size_t n)
{
	uint64_t h = 1469598103934665603ULL;

	while (n--)
		h = (h ^ *p++) * 1099511628211ULL;
	return h;
}

static uint64_t le(const unsigned char *p, int n)
{
	uint64_t v = 0;

	while (n--)
		v = v << 8 | p[n];
	return v;
}

/*
 * The number of batches of the cache file at path when it is whole (the
 * header, then batches that check out and end exactly at its end, as
 * logcache.c lays them out); -1 when it is not.
 */
static int cache_batches(const char *path)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf;
	long size = file_size(path);
	size_t at_ = 16;
	int n = 0;

	if (!f || size < 16) {
		if (f)
			fclose(f);
		return -1;
	}
	assert_non_null(buf = malloc((size_t)size));
	assert_int_equal(fread(buf, 1, (size_t)size, f), (size_t)size);
	fclose(f);
	if (memcmp(buf, "planlog cache 5\n", 16) != 0)
		n = -1;
	while (n >= 0 && at_ < (size_t)size) {
		size_t len;

		if ((size_t)size - at_ < 13 || buf[at_] != 'B') {
			n = -1;
			break;
		}
		len = (size_t)le(buf + at_ + 1, 4);
		if ((size_t)size - at_ - 13 < len || fnv(buf + at_ + 13, len) != le(buf + at_ + 5, 8)) {
			n = -1;
			break;
		}
		at_ += 13 + len;
		n++;
	}
	free(buf);
	return n;
}

static void write_bytes(const char *path, const char *bytes, size_t n)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(bytes, 1, n, f), n);
	assert_int_equal(fclose(f), 0);
}

static void test_cache_reused(void **state)
{
	static char first_calls[MAX_CALLS * 2300];
	const char *cache;
	long size;

	(void)state;
	issue_history();
	cache = in_gitdir("planlog.cache");
	assert_int_equal(access(cache, F_OK), -1);
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	snprintf(first_calls, sizeof(first_calls), "%s", calls_text());
	assert_int_equal(cache_batches(cache), 1);
	size = file_size(cache);
	/* Again, from the cache: the same callbacks, nothing new to write. */
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	assert_string_equal(calls_text(), first_calls);
	assert_int_equal(file_size(cache), size);
	/* What was learnt of the commits and blob pairs for A1 serves A2 and
	 * every id; what was kept of each file parsed is kept per set of ids,
	 * so A2 adds a batch, and every id (which parses whole files) none. */
	assert_string_equal(log_of("r", "A2"), "First plan: created");
	assert_int_equal(cache_batches(cache), 2);
	size = file_size(cache);
	assert_string_equal(log_all("r"), "Move A1 to more.plan: A1=moved|"
			    "March update: A1=update-added,rag|"
			    "New lead: A1=lead-added,lead-removed|First plan: A1=created A2=created");
	assert_int_equal(file_size(cache), size);
	assert_string_equal(log_of("r", "A2"), "First plan: created");
	assert_int_equal(file_size(cache), size);
	/* A new commit is seen, and added to the cache as a batch of its own. */
	edit("more.plan", "  due December 2019\n", "  due 2020-02\n");
	commit("Later", day(2019, 6, 1));
	assert_string_equal(log_of("r", "A1"), "Later: due|" ISSUE_LOG);
	assert_int_equal(cache_batches(cache), 3);
	assert_true(file_size(cache) > size);
	/* And the same without the cache. */
	opt.no_cache = 1;
	assert_string_equal(log_of("r", "A1"), "Later: due|" ISSUE_LOG);
}

static int collect_blob_id(const git_oid *id, void *payload)
{
	git_oid *v = payload;
	size_t i, size;
	git_object_t type;
	git_odb *odb;

	assert_int_equal(git_repository_odb(&odb, repo), 0);
	assert_int_equal(git_odb_read_header(&size, &type, odb, id), 0);
	git_odb_free(odb);
	if (type != GIT_OBJECT_BLOB)
		return 0;
	for (i = 0; !git_oid_is_zero(&v[i]); i++)
		;
	assert_true(i < 63);
	git_oid_cpy(&v[i], id);
	return 0;
}

/*
 * A second walk for the same ids reads no blob at all: what was learnt of
 * each pair, the facts of each version and the bytes kept of those parsed
 * come from the cache.  With every blob gone from the object store the
 * answers stay the same; without the cache the walk cannot read them.
 */
static void test_cache_reads_no_blob(void **state)
{
	git_oid blobs[64];
	git_odb *odb;
	size_t i;

	(void)state;
	issue_history();
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	memset(blobs, 0, sizeof(blobs));
	assert_int_equal(git_repository_odb(&odb, repo), 0);
	assert_int_equal(git_odb_foreach(odb, collect_blob_id, blobs), 0);
	git_odb_free(odb);
	assert_false(git_oid_is_zero(&blobs[3]));
	for (i = 0; !git_oid_is_zero(&blobs[i]); i++)
		remove_object(&blobs[i]);
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	opt.no_cache = 1;
	opt.want_rc = PLAN_EGIT;
	log_of("r", "A1");
	assert_non_null(strstr(walk_err, "cannot read"));
}

/*
 * A second walk reads no commit but those it shows: the graph (parents,
 * times) and what each commit changed come from the cache.  Commits that
 * change no plan file are removed after the first walk (but HEAD); the
 * second gives the same history, and without the cache the walk cannot
 * go past them.
 */
static void test_cache_reads_no_other_commit(void **state)
{
	git_oid notes[3];
	int i;

	(void)state;
	issue_history();
	for (i = 0; i < 3; i++) {
		char text[32];
		snprintf(text, sizeof(text), "notes %d\n", i);
		put("notes.txt", text);
		notes[i] = commit("Notes only", day(2019, 6, 1 + i));
	}
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	/* HEAD itself is read to open the repository. */
	for (i = 0; i < 2; i++)
		remove_object(&notes[i]);
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	assert_string_equal(log_all("r"), "Move A1 to more.plan: A1=moved|"
			    "March update: A1=update-added,rag|"
			    "New lead: A1=lead-added,lead-removed|First plan: A1=created A2=created");
	opt.no_cache = 1;
	opt.want_rc = PLAN_EGIT;
	log_of("r", "A1");
	assert_non_null(strstr(walk_err, "cannot read commit"));
}

/*
 * Every allocation of a walk fails in turn, libgit2's too, without the
 * cache, filling it and reading from it; first with every later one
 * failing too, then alone: each run either gives the whole history or
 * fails with "out of memory" (and leaks nothing, under ASan), never a
 * history with something missing.
 */
static void test_walk_allocation_failure(void **state)
{
	const char *ids[1] = { "A1" };
	int pass, once;

	(void)state;
	issue_history();
	/* libgit2 1.5's object cache is left corrupt when an allocation fails
	 * while an object is stored in it (a later lookup hands back freed
	 * memory): these runs go without it. */
	git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 0);
	for (once = 0; once < 2; once++)
	for (pass = 0; pass < 3; pass++) {
		long n, made = 0;

		opt.no_cache = pass == 0;
		for (n = 0; n < 100000; n++) {
			plan_repo *r;
			plan_walk_options w = walk_options(ids, 1);
			plan_walk_result res;
			int rc;

			if (pass == 1)
				unlink(in_gitdir("planlog.cache"));
			r = open_history("r");
			memset(&lg, 0, sizeof(lg));
			lg.ids = ids;
			lg.nids = 1;
			plan_error_clear();
			if (once)
				plan_alloc_fail_only(n);
			else
				plan_alloc_fail_after(n);
			rc = plan_repo_walk(r, &w, on_commit, &lg, &res);
			made = plan_alloc_fail_after(-1);
			plan_repo_free(r);
			lg.ids = NULL;
			if (rc == 0 && strcmp(lg.s, ISSUE_LOG) != 0)
				fail_msg("allocation %ld failing%s (pass %d): %s", n,
					 once ? " alone" : ", and every later one", pass, lg.s);
			if (rc != 0)
				assert_out_of_memory(rc);
			if (made <= n)
				break;
		}
		assert_true(n > 10);
		assert_true(n < 100000);
		/* Filling the cache and reading from it take allocations of their own. */
		if (pass == 2)
			assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	}
	git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 1);
}

/*
 * The same with no ids asked for (planlog --since), whose walk reads each
 * commit for the keys it changed (want_step, prefetch into a cache of
 * memory only): each run gives every action changed, or fails with "out
 * of memory".
 */
static void test_walk_all_allocation_failure(void **state)
{
	static const char want[] = "Move A1 to more.plan: A1=moved|March update: A1=update-added,rag|"
				   "New lead: A1=lead-added,lead-removed|First plan: A1=created A2=created";
	int pass, once;

	(void)state;
	issue_history();
	git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 0);
	for (once = 0; once < 2; once++)
	for (pass = 0; pass < 2; pass++) {
		long n, made = 0;

		opt.no_cache = pass == 0;
		for (n = 0; n < 100000; n++) {
			plan_repo *r = open_history("r");
			plan_walk_options w = walk_options(NULL, 0);
			plan_walk_result res;
			int rc;

			memset(&lg, 0, sizeof(lg));
			plan_error_clear();
			if (once)
				plan_alloc_fail_only(n);
			else
				plan_alloc_fail_after(n);
			rc = plan_repo_walk(r, &w, on_commit, &lg, &res);
			made = plan_alloc_fail_after(-1);
			plan_repo_free(r);
			if (rc == 0 && strcmp(lg.s, want) != 0)
				fail_msg("allocation %ld failing%s (pass %d): %s", n,
					 once ? " alone" : ", and every later one", pass, lg.s);
			if (rc != 0)
				assert_out_of_memory(rc);
			if (made <= n)
				break;
		}
		assert_true(n > 10);
		assert_true(n < 100000);
	}
	git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 1);
	assert_string_equal(log_all("r"), want);
}

/* What plan_log_read gathered, as "ID:KIND,KIND|ID:..." (log.c). */
static const char *log_summary(const plan_log *log)
{
	static char buf[2048];
	size_t i, k;

	buf[0] = '\0';
	for (i = 0; i < log->nactions; i++) {
		char one[512];
		snprintf(one, sizeof(one), "%s:", log->actions[i].id);
		for (k = 0; k < log->actions[i].nchanges; k++)
			append(one, sizeof(one), k ? "," : "", plan_change_kind_name(log->actions[i].changes[k].kind));
		append(buf, sizeof(buf), "|", one);
	}
	return buf;
}

/*
 * plan_log_read (log.c: the changes kept, a merge's own ones, every action
 * changed with no ids) with each allocation failing in turn, a merge in
 * the history: the whole log, or "out of memory".
 */
static void test_log_allocation_failure(void **state)
{
	const char *ids[1] = { "A1" };
	char want[2][2048];
	git_oid first, side, main2, merge;
	int all, once;

	(void)state;
	init_repo("r", 0);
	put("a.plan", base_plan);
	first = commit("First", day(2019, 1, 1));
	edit("a.plan", "    Slow start.\n", "    Slow start.\n  update 2019-05-10 green\n    Side work.\n");
	side = commit_on("Side update", day(2019, 5, 10), &first, NULL);
	put("a.plan", base_plan);
	edit("a.plan", "  lead Bob\n", "  lead Bob\n  lead Carol\n");
	main2 = commit_on("Main", day(2019, 5, 11), &first, NULL);
	edit("a.plan", "    Slow start.\n", "    Slow start.\n  update 2019-05-10 green\n    Side work.\n");
	edit("a.plan", "  lead Jane Smith\n", "  lead Jane Smith\n  lead Merger\n");
	merge = commit_on("Merge side", day(2019, 5, 12), &main2, &side);
	move_head(&merge);
	git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 0);
	for (all = 0; all < 2; all++) {
		plan_walk_options w = walk_options(all ? NULL : ids, all ? 0 : 1);
		plan_repo *r = open_history("r");
		plan_log *log;

		w.no_cache = 1;
		assert_int_equal(plan_log_read(&log, r, &w), PLAN_OK);
		snprintf(want[all], sizeof(want[all]), "%s", log_summary(log));
		plan_log_free(log);
		plan_repo_free(r);
	}
	assert_string_equal(want[0], "A1:lead-added,update-added,rag,created");
	assert_string_equal(want[1], "A1:lead-added,update-added,rag,created|A2:lead-added,created");
	for (once = 0; once < 2; once++)
	for (all = 0; all < 2; all++) {
		long n, made = 0;

		for (n = 0; n < 100000; n++) {
			plan_walk_options w = walk_options(all ? NULL : ids, all ? 0 : 1);
			plan_repo *r = open_history("r");
			plan_log *log = NULL;
			int rc;

			w.no_cache = 1;
			plan_error_clear();
			if (once)
				plan_alloc_fail_only(n);
			else
				plan_alloc_fail_after(n);
			rc = plan_log_read(&log, r, &w);
			made = plan_alloc_fail_after(-1);
			plan_repo_free(r);
			if (rc == PLAN_OK && strcmp(log_summary(log), want[all]) != 0)
				fail_msg("allocation %ld failing%s (%s): %s", n, once ? " alone" : "",
					 all ? "every id" : "A1", log_summary(log));
			if (rc != PLAN_OK)
				assert_out_of_memory(rc);
			plan_log_free(log);
			if (made <= n)
				break;
		}
		assert_true(n > 10 && n < 100000);
	}
	git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 1);
}

/* Writes the work tree as the repository's index: what is staged. */
static void stage(void)
{
	git_index *idx;

	assert_int_equal(git_repository_index(&idx, repo), 0);
	assert_int_equal(git_index_clear(idx), 0);
	add_work(idx);
	assert_int_equal(git_index_write(idx), 0);
	git_index_free(idx);
}

/* The diagnostics of set as JSON text (malloc'ed). */
static char *diags_text(plan_set *set)
{
	json_t *j = plan_json_diags(set);
	char *s;

	assert_non_null(j);
	s = json_dumps(j, JSON_INDENT(1));
	json_decref(j);
	assert_non_null(s);
	return s;
}

/*
 * What the allocation-failure loop runs: --staged, or --range when range
 * is set (its revisions read before, as HEAD is: see history_int.h).
 */
struct commits_run {
	const char *range;
	plan_range rg;
	plan_commits_options opt;
};

static int run_commits(struct commits_run *run, plan_repo *r, plan_set **set)
{
	plan_commits_result res;

	return run->range ? plan_range_check(set, r, &run->rg, &run->opt, &res) :
			    plan_staged_check(set, r, &run->opt, &res);
}

static int open_for(struct commits_run *run, plan_repo **r)
{
	if (run->range) {
		assert_int_equal(plan_repo_open_history(r, at("r")), PLAN_OK);
		assert_int_equal(plan_range_resolve(*r, run->range, &run->rg), PLAN_OK);
		return PLAN_OK;
	}
	return plan_repo_open(r, at("r"));
}

/*
 * Every allocation of `plancheck --staged` or `--range`, after the
 * repository is opened, fails in turn, libgit2's too: reading the index
 * and the blobs it names, the commits, trees and blobs of HEAD, of the
 * merged heads and their merge bases, the rules between them and every
 * check.  Each run either gives every diagnostic of a run without
 * failures, or fails with "out of memory" (and leaks nothing, under
 * ASan): never fewer diagnostics.  Returns the diagnostics, as JSON.
 */
static char *commits_allocation_loop(struct commits_run *run)
{
	plan_repo *r;
	plan_set *set;
	char *want;
	long n, made = 0;
	int rc, once;

	assert_int_equal(open_for(run, &r), PLAN_OK);
	assert_int_equal(run_commits(run, r, &set), PLAN_OK);
	plan_repo_free(r);
	want = diags_text(set);
	plan_set_free(set);
	/* As for the walk: libgit2 1.5's object cache does not survive a failure. */
	git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 0);
	for (once = 0; once < 2; once++)
	for (n = 0; n < 100000; n++) {
		assert_int_equal(open_for(run, &r), PLAN_OK);
		plan_error_clear();
		if (once)
			plan_alloc_fail_only(n);
		else
			plan_alloc_fail_after(n);
		rc = run_commits(run, r, &set);
		made = plan_alloc_fail_after(-1);
		plan_repo_free(r);
		if (rc == PLAN_OK && !set->diags.oom) {
			char *got = diags_text(set);
			if (strcmp(got, want) != 0)
				fprintf(stderr, "allocation %ld failing%s: a different answer\n%s\n", n,
					once ? " alone" : ", and every later one", got);
			assert_string_equal(got, want);
			free(got);
		} else {
			if (rc != PLAN_ENOMEM)
				fail_msg("allocation %ld failing: %d (%s)", n, rc, plan_error_message());
			assert_string_equal(plan_error_message(), "out of memory");
			assert_true(!set || set->diags.oom);
		}
		plan_set_free(set);
		if (made <= n)
			break;
	}
	git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 1);
	assert_true(n > 50);
	assert_true(n < 100000);
	return want;
}

static void commits_run_init(struct commits_run *run, const char *range)
{
	memset(run, 0, sizeof(*run));
	run->range = range;
	plan_check_options_init(&run->opt.check);
	run->opt.check.today = plan_day_number(2019, 6, 1);
	run->opt.check.range = range != NULL;
}

static void test_staged_allocation_failure(void **state)
{
	struct commits_run run;
	char *want;

	(void)state;
	issue_history();
	edit("more.plan", "        On   track.\n", "        Off track.\n");
	edit("a.plan", "  due 2019-12\n", "  due 2020-01\n");
	stage();
	commits_run_init(&run, NULL);
	want = commits_allocation_loop(&run);
	assert_non_null(strstr(want, "rewritten-update"));
	assert_non_null(strstr(want, "moved-deadline"));
	free(want);
}

/*
 * The same during a merge: HEAD and the merged commit each added an
 * update since their fork, and the staged merge drops HEAD's and rewrites
 * the merged one's.
 */
static void test_staged_merge_allocation_failure(void **state)
{
	struct commits_run run;
	git_oid theirs;
	FILE *f;
	char *want;

	(void)state;
	issue_history();
	edit("a.plan", "  lead   Bob\n", "  lead   Bob\n  update 2019-05-02 amber\n    Theirs.\n");
	theirs = commit_on("Theirs", day(2019, 5, 2), &issue[4], NULL);
	edit("a.plan", "    Theirs.\n", "    Theirs, rewritten.\n");
	edit("more.plan", "        On   track.\n", "        On   track.\n  update 2019-05-01 green\n    Ours.\n");
	commit("Ours", day(2019, 5, 1));
	edit("more.plan", "  update 2019-05-01 green\n    Ours.\n", "");
	stage();
	f = fopen(in_gitdir("MERGE_HEAD"), "w");
	assert_non_null(f);
	fprintf(f, "%s\n", hex(&theirs));
	fclose(f);
	commits_run_init(&run, NULL);
	want = commits_allocation_loop(&run);
	assert_non_null(strstr(want, "A1 dated 1 May 2019, committed at more.plan:"));
	assert_non_null(strstr(want, "A2 dated 2 May 2019 was changed after it was committed (was at a.plan:"));
	assert_non_null(strstr(want, "in the merged commit"));
	free(want);
}

/* The same for --range, over a history with a rewrite and a merge. */
static void test_range_allocation_failure(void **state)
{
	struct commits_run run;
	git_oid side, tip;
	char range[2 * GIT_OID_HEXSZ + 3];
	char *want;

	(void)state;
	issue_history();
	edit("a.plan", "  lead   Bob\n", "  lead   Bob\n  update 2019-05-02 amber\n    Side.\n");
	side = commit_on("Side", day(2019, 5, 2), &issue[4], NULL);
	edit("a.plan", "    Side.\n", "    Side, rewritten.\n");
	tip = commit_on("Merge", day(2019, 5, 3), &issue[4], &side);
	move_head(&tip);
	edit("more.plan", "        On   track.\n", "        Off track.\n");
	commit("Rewrite", day(2019, 5, 4));
	snprintf(range, sizeof(range), "%s..HEAD", hex(&issue[1]));
	commits_run_init(&run, range);
	want = commits_allocation_loop(&run);
	assert_non_null(strstr(want, "A2 dated 2 May 2019 was changed"));
	assert_non_null(strstr(want, "A1 dated 1 March 2019 was changed"));
	assert_non_null(strstr(want, "\"commit\": \""));
	free(want);
}

/* A walk narrowed by a limit or a window first fills the cache; a full walk after it is whole. */
static void test_cache_after_narrow_walks(void **state)
{
	(void)state;
	issue_history();
	edit("more.plan", "  due December 2019\n", "  due 2020-02\n");
	commit("More only", day(2019, 6, 1));
	/* A window first: only the commits in it are learnt. */
	opt.since = day(2019, 3, 1);
	opt.until = day(2019, 4, 1);
	assert_string_equal(log_of("r", "A1"), "March update: update-added,rag");
	opt.since = opt.until = 0;
	opt.hide = hex(&issue[3]);
	assert_string_equal(log_of("r", "A1"), "More only: due");
	opt.hide = NULL;
	/* Then a window over commits the cache knows (their times from it). */
	opt.since = day(2019, 3, 1);
	opt.until = day(2019, 4, 1);
	assert_string_equal(log_of("r", "A1"), "March update: update-added,rag");
	opt.until = day(2019, 6, 2);
	assert_string_equal(log_of("r", "A1"), "More only: due|Move A1 to more.plan: moved|"
			    "March update: update-added,rag");
	opt.since = opt.until = 0;
	opt.limit = "a.plan";
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	opt.limit = NULL;
	opt.first_parent = 1;
	assert_string_equal(log_of("r", "A1"), "More only: due|" ISSUE_LOG);
	opt.first_parent = 0;
	assert_string_equal(log_of("r", "A1"), "More only: due|" ISSUE_LOG);
	assert_true(cache_batches(in_gitdir("planlog.cache")) >= 1);
}

/* What a shallow clone taught the cache does not cut the history once it is whole. */
static void test_cache_after_unshallow(void **state)
{
	char obj[700], aside[720];

	(void)state;
	issue_history();
	snprintf(obj, sizeof(obj), "%sobjects/%.2s/%s", git_repository_path(repo), hex(&issue[1]),
		 hex(&issue[1]) + 2);
	snprintf(aside, sizeof(aside), "%s.aside", obj);
	write_shallow(&issue[2]);
	assert_int_equal(rename(obj, aside), 0);
	assert_string_equal(log_of("r", "A1"), "Move A1 to more.plan: moved");
	assert_int_equal(shallow, 1);
	/* git fetch --unshallow. */
	assert_int_equal(rename(aside, obj), 0);
	assert_int_equal(unlink(in_gitdir("shallow")), 0);
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	assert_int_equal(shallow, 0);
}

/* One handle, several walks and the tip after them. */
static void test_walk_twice_same_handle(void **state)
{
	plan_repo *r;
	plan_set *tip;
	const char *ids[1] = { "A1" };
	plan_walk_options w = PLAN_WALK_OPTIONS_INIT;
	plan_walk_result res;

	(void)state;
	w.ids = ids;
	w.nids = 1;
	issue_history();
	r = open_history("r");
	memset(&lg, 0, sizeof(lg));
	lg.ids = ids;
	lg.nids = 1;
	assert_int_equal(plan_repo_walk(r, &w, on_commit, &lg, &res), 0);
	assert_string_equal(lg.s, ISSUE_LOG);
	memset(&lg, 0, sizeof(lg));
	lg.ids = ids;
	lg.nids = 1;
	assert_int_equal(plan_repo_walk(r, &w, on_commit, &lg, &res), 0);
	assert_string_equal(lg.s, ISSUE_LOG);
	lg.ids = NULL;
	tip = track(plan_set_new());
	assert_int_equal(plan_repo_load_rev(r, opt.from, tip), PLAN_OK);
	plan_repo_free(r);
	assert_int_equal(plan_set_link(tip), 0);
	assert_errors(tip, 0);
	assert_string_equal(plan_set_action(tip, "A1")->loc.src->path, "more.plan");
	release(tip);
}

static void test_cache_off(void **state)
{
	(void)state;
	issue_history();
	opt.no_cache = 1;
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	assert_string_equal(log_all("r"), "Move A1 to more.plan: A1=moved|"
			    "March update: A1=update-added,rag|"
			    "New lead: A1=lead-added,lead-removed|First plan: A1=created A2=created");
	assert_int_equal(access(in_gitdir("planlog.cache"), F_OK), -1);
}

static void test_cache_garbage(void **state)
{
	static const char junk[] = "this is not a cache\nB\x05\x00\x00\x00garbage garbage garbage";
	const char *cache;

	(void)state;
	issue_history();
	cache = in_gitdir("planlog.cache");
	write_bytes(cache, junk, sizeof(junk) - 1);
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	/* Started afresh. */
	assert_int_equal(cache_batches(cache), 1);
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);

	/* The right header over garbage. */
	{
		static const char half[] = "planlog cache 5\nB\xff\xff\x00\x00\x01\x02\x03\x04\x05\x06\x07\x08junk";
		write_bytes(cache, half, sizeof(half) - 1);
	}
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	assert_int_equal(cache_batches(cache), 1);
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);

	/* Only part of the header. */
	write_bytes(cache, "planlog ca", 10);
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	assert_int_equal(cache_batches(cache), 1);

	/* Empty. */
	write_bytes(cache, "", 0);
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	assert_int_equal(cache_batches(cache), 1);
}

static void test_cache_torn(void **state)
{
	static char want[8192];
	const char *cache;
	long size1, size2;
	FILE *f;
	unsigned char *head;

	(void)state;
	issue_history();
	cache = in_gitdir("planlog.cache");
	assert_string_equal(log_of("r", "A1"), ISSUE_LOG);
	size1 = file_size(cache);
	assert_true(size1 > 16);
	assert_non_null(head = malloc((size_t)size1));
	assert_non_null(f = fopen(cache, "rb"));
	assert_int_equal(fread(head, 1, (size_t)size1, f), (size_t)size1);
	fclose(f);

	edit("more.plan", "  due December 2019\n", "  due 2020-02\n");
	commit("Later", day(2019, 6, 1));
	snprintf(want, sizeof(want), "%s", log_of("r", "A1"));
	assert_string_equal(want, "Later: due|" ISSUE_LOG);
	size2 = file_size(cache);
	assert_int_equal(cache_batches(cache), 2);

	/* A write torn in the middle of the last batch. */
	assert_int_equal(truncate(cache, size1 + (size2 - size1) / 2), 0);
	assert_int_equal(cache_batches(cache), -1);
	assert_string_equal(log_of("r", "A1"), want);
	/* Repaired: the first batch kept as it was, the torn one replaced. */
	assert_int_equal(cache_batches(cache), 2);
	assert_int_equal(file_size(cache), size2);
	assert_non_null(f = fopen(cache, "rb"));
	{
		unsigned char *now = malloc((size_t)size1);
		assert_non_null(now);
		assert_int_equal(fread(now, 1, (size_t)size1, f), (size_t)size1);
		assert_memory_equal(now, head, (size_t)size1);
		free(now);
	}
	fclose(f);
	free(head);

	/* Torn inside the batch head itself. */
	assert_int_equal(truncate(cache, size1 + 5), 0);
	assert_string_equal(log_of("r", "A1"), want);
	assert_int_equal(cache_batches(cache), 2);
	assert_int_equal(file_size(cache), size2);

	/* A byte of the last batch flipped: its checksum fails. */
	{
		int fd = open(cache, O_RDWR);
		unsigned char b;
		assert_true(fd >= 0);
		assert_int_equal(pread(fd, &b, 1, size2 - 3), 1);
		b ^= 0x5a;
		assert_int_equal(pwrite(fd, &b, 1, size2 - 3), 1);
		close(fd);
	}
	assert_int_equal(cache_batches(cache), -1);
	assert_string_equal(log_of("r", "A1"), want);
	assert_int_equal(cache_batches(cache), 2);
}

static void test_cache_unwritable(void **state)
{
	static char want[8192];
	const char *cache;

	(void)state;
	issue_history();
	cache = in_gitdir("planlog.cache");
	opt.no_cache = 1;
	snprintf(want, sizeof(want), "%s", log_of("r", "A1"));
	assert_string_equal(want, ISSUE_LOG);
	opt.no_cache = 0;

	/* Where the cache would go there is a directory: it can be neither
	 * read nor written, whoever runs the test. */
	assert_int_equal(mkdir(cache, 0755), 0);
	assert_string_equal(log_of("r", "A1"), want);
	assert_string_equal(log_of("r", "A1"), want);
	{
		struct stat st;
		assert_int_equal(stat(cache, &st), 0);
		assert_true(S_ISDIR(st.st_mode));
	}
	assert_int_equal(rmdir(cache), 0);

	/* A read-only git directory. */
	if (geteuid() == 0) {
		print_message("note: running as root, chmod cannot make the git directory "
			      "read-only; checked with a directory in the cache's place only\n");
		return;
	}
	snprintf(readonly_dir, sizeof(readonly_dir), "%s", git_repository_path(repo));
	assert_int_equal(chmod(readonly_dir, 0555), 0);
	assert_string_equal(log_of("r", "A1"), want);
	assert_string_equal(log_all("r"), "Move A1 to more.plan: A1=moved|"
			    "March update: A1=update-added,rag|"
			    "New lead: A1=lead-added,lead-removed|First plan: A1=created A2=created");
	assert_int_equal(access(cache, F_OK), -1);
	assert_int_equal(chmod(readonly_dir, 0755), 0);
	readonly_dir[0] = '\0';
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		/* 1. each kind of change */
		T(test_created),
		T(test_title),
		T(test_lead_added),
		T(test_lead_removed),
		T(test_due_moved),
		T(test_review_moved),
		T(test_decision),
		T(test_update_added),
		T(test_update_rewritten),
		T(test_rag),
		T(test_moved),
		T(test_file_renamed),
		T(test_deleted),
		T(test_issue_history),
		/* 2. commits that do not change the action */
		T(test_other_action_not_reported),
		T(test_formatting_only_not_reported),
		/* 3. updates in separate form */
		T(test_separate_form_update),
		T(test_separate_form_update_own_file),
		/* 4. history as it is */
		T(test_root_commit_info),
		T(test_merge),
		T(test_order_of_branches),
		T(test_merge_of_unrelated_branch),
		T(test_unparsed_commit),
		T(test_binary_commit),
		T(test_empty_repository),
		T(test_bare_repository),
		T(test_bare_repository_alone),
		T(test_detached_head),
		T(test_unknown_id),
		T(test_shallow),
		T(test_shallow_boundary_change_not_reported),
		T(test_subdirectories),
		T(test_include_not_named_plan),
		T(test_include_path_normalised),
		T(test_include_chain),
		T(test_many_files),
		T(test_callback_stops),
		T(test_walk_twice_same_handle),
		T(test_long_id),
		T(test_all_reads_what_changed),
		/* 5. windows and limits */
		T(test_window_dates),
		T(test_window_revisions),
		T(test_limit_file),
		T(test_limit_directory),
		/* 6. the cache */
		T(test_cache_reused),
		T(test_cache_reads_no_blob),
		T(test_cache_reads_no_other_commit),
		T(test_walk_allocation_failure),
		T(test_walk_all_allocation_failure),
		T(test_log_allocation_failure),
		T(test_staged_allocation_failure),
		T(test_staged_merge_allocation_failure),
		T(test_range_allocation_failure),
		T(test_cache_after_narrow_walks),
		T(test_cache_after_unshallow),
		T(test_cache_off),
		T(test_cache_garbage),
		T(test_cache_torn),
		T(test_cache_unwritable),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
