/*
 * walk_int.h - the state of one walk through history (plan_repo_walk),
 * shared by its parts:
 *   graph.c     step 1: the commits to look at, in order (the commit graph,
 *               from the cache or the commits);
 *   treediff.c  step 1: for each, the plan files it changed (object ids
 *               only);
 *   walk.c      steps 2 and 3: which ids each change touched, and the
 *               commits that touched one asked for, parsed and handed on;
 *   facts.c     step 3: which plan files of those commits to parse.
 * Not for other modules.
 */
#ifndef PLAN_WALK_INT_H
#define PLAN_WALK_INT_H

#include "history_int.h"
#include "logcache.h"

/* One plan file that a commit changed; a zero id: the file is absent. */
struct change {
	const char *path;          /* arena */
	git_oid old, new_;
	int any;                   /* PLAN_RECORDS_ANY: any id may have changed */
	size_t step;               /* its step: walk.st[step] */
	int known;                 /* keys below are filled */
	const char **keys;         /* arena; the ids whose records differ */
	size_t nkeys;
};

/* A commit that changed plan files, and where its changes are. */
struct step {
	git_oid id;
	size_t first, n;           /* walk.ch[first .. first + n) */
	/* With no ids asked for: a digest of the keys it changed (the keys
	 * wanted when it is read), set when only those are read. */
	unsigned char digest[PLAN_OID_SIZE];
	int has_digest;
};

struct walk {
	plan_repo *r;
	const plan_walk_options *opt;
	char *limit;               /* opt->path, normalised; plan_malloc'ed; NULL: all */
	git_oid from, hide;        /* opt->from (else HEAD) and opt->hide, resolved */
	int has_hide;
	plan_arena *arena;
	struct change *ch;         /* every change, step by step; plan_malloc'ed */
	size_t nch, capch;
	struct step *st;           /* the steps, newest first; plan_malloc'ed */
	size_t nst, capst;
	plan_logcache *cache;      /* NULL: none */
	plan_logcache *mem;        /* with no ids asked for: what was kept of each changed
				    * file for its step, read in step 2's order (memory only) */
	unsigned char digest[PLAN_OID_SIZE];  /* of the ids asked for */
	int has_digest;
	const char **keys;         /* keys of the change being filled; plan_malloc'ed */
	size_t nkeys, capkeys;
	/* Step 3: the record keys wanted (plan_walk_asked): the ids asked for
	 * or, with none asked, the keys the step being read changed, each
	 * once; and whether only their files and records are read (else
	 * whole trees: a step that may change any action). */
	struct wanted_key {
		const char *s;     /* borrowed: opt->ids, or the changes' keys */
		size_t len;        /* cut to PLAN_RECORD_KEY_MAX */
		uint64_t hash;     /* plan_hash(s, len) */
	} *want;                   /* plan_malloc'ed */
	size_t nwant, capwant;
	plan_map want_map;         /* want[] by plan_hash of the key */
	const char **changed;      /* the same keys, for plan_commit_info; plan_malloc'ed */
	const unsigned char *step_digest;  /* with no ids asked for: the step's digest, or NULL */
	size_t capchanged;
	int reduce;
	int oom;
	int unreadable;            /* a blob could not be read */
};

/* The zero id: no file. */
extern const git_oid plan_zero_oid;

/* plan_hash of an object id. */
uint64_t plan_oid_hash(const git_oid *id);

/*
 * Whether a commit whose author wrote it at when, offset minutes east of
 * UTC, is in the walk's window: the window's days are the author's own
 * (the date planlog shows), not days in UTC.
 */
int plan_walk_in_window(const struct walk *w, long long when, int offset);

/*
 * A commit as the walk reads it: through libgit2, or by hand when libgit2
 * cannot parse it (an author or committer time that git writes but
 * libgit2 refuses: past 2^63 - 1, or not digits; git shows such a date as
 * 1970-01-01).  Read by hand, the author's name and the subject are read
 * as libgit2 reads them.
 */
struct wcommit {
	git_oid id, tree;
	git_commit *c;             /* owned; NULL when read by hand */
	git_odb_object *obj;       /* by hand: the object; owned */
	git_oid *parents;          /* by hand; plan_malloc'ed */
	size_t nparents;
	long long ctime;           /* the committer's time: the order */
	const char *header;        /* the header, up to the message */
	size_t header_len;
	char *author, *summary;    /* by hand; plan_malloc'ed */
};

/*
 * Reads commit id into *c.  PLAN_ENOMEM, or PLAN_EGIT when it cannot be
 * read, with libgit2's reason left for plan_git_error.
 */
int plan_wcommit_read(struct walk *w, const git_oid *id, struct wcommit *c);

/* Parent k of c (k < c->nparents). */
const git_oid *plan_wcommit_parent(const struct wcommit *c, size_t k);

/* NULL-safe. */
void plan_wcommit_free(struct wcommit *c);

/*
 * A commit's author time and offset (minutes east of UTC), read from its
 * header as git reads them, not as libgit2 does (which drops offsets past
 * 14 hours and reads +0099 as +0000): see SPEC.md section 18.
 */
void plan_commit_author(const struct wcommit *c, long long *when, int *offset);

/*
 * Step 1 (graph.c): every commit in the window, newest first, each with
 * the plan files it changed (w->st, w->ch).
 */
int plan_walk_list(struct walk *w);

/*
 * Step 1 for one commit c, whose first parent is parent (NULL: a root)
 * (treediff.c): its changes, from the cache or from its trees, appended
 * to w->ch, and a step when it has any within the limit.  PLAN_ENOMEM, or
 * PLAN_EGIT when an object cannot be read, with the reason recorded.
 */
int plan_walk_changes(struct walk *w, const struct wcommit *c, const struct wcommit *parent);

/* The same for a commit the cache knows (no object is read). */
int plan_walk_known(struct walk *w, const git_oid *id, const plan_file_change *v, size_t n);

/* Whether key is a key wanted (walk.c; see struct walk). */
int plan_walk_asked(const struct walk *w, const char *key);

/* The same for key[0..len). */
int plan_walk_wants(const struct walk *w, const char *key, size_t len);

/* Whether key[0..len) is an include line's ("include PATH": no id has a blank; facts.c). */
int plan_is_include_key(const char *key, size_t len);

/* What step 3 knows of a blob, for the ids asked for (facts.c). */
struct plan_blob {
	git_oid id;
	size_t up;                 /* union-find parent */
	size_t rep;                /* at the root: the newest blob of the set */
	int known, has_id;         /* at the root of a set: the answers are in */
	int any;                   /* fields before its first record (records.h) */
	const char **incl;         /* arena: include texts */
	size_t nincl;
	/* With no ids asked for: plan_hash of each key of its records, sorted,
	 * each once (a hash that two keys share makes a file read for
	 * nothing, never one left out). */
	const uint64_t *keys;      /* arena */
	size_t nkeys;
};

/* Every blob met, with the sets that share their answers. */
struct plan_facts {
	struct plan_blob *v;       /* plan_malloc'ed */
	size_t n, cap;
	plan_map ids;              /* v[] by blob id */
};

/* A plan file of a tree, and whether to parse it. */
struct plan_file {
	char *path;                /* arena, normalised */
	uint64_t hash;             /* plan_hash_str(path) */
	size_t facts;              /* its blob's answers: plan_facts.v[facts] */
	int keep;
};

/* The plan files of one tree (facts.c fills v). */
struct plan_files {
	struct walk *w;
	struct plan_facts *t;
	struct plan_file *v;       /* plan_malloc'ed */
	size_t n, cap;
	plan_map paths;            /* v[] by path */
	int fail;
};

/* Frees what fs holds (not fs). */
void plan_files_free(struct plan_files *fs);

/* Joins the blobs of every change that leaves both answers alone. */
int plan_facts_join(struct walk *w, struct plan_facts *t);

/*
 * Reads the answers for blob id off its bytes[0..len), unless its set has
 * them already (so that a blob in hand need not be read again); PLAN_OK,
 * or PLAN_ENOMEM.
 */
int plan_facts_learn(struct walk *w, struct plan_facts *t, const git_oid *id, const char *bytes, size_t len);

void plan_facts_free(struct plan_facts *t);

/*
 * Lists the plan files of tree within the walk's limit into fs and marks
 * those to parse; *any is set when one of them has fields before its
 * first record.  PLAN_ENOMEM, also when a blob cannot be read (then
 * fs->w->unreadable is set).
 */
int plan_files_choose(struct plan_files *fs, git_tree *tree, int *any);

/* A plan_path_fn: whether fs (ctx) marked path to parse (a file not listed: yes). */
int plan_files_keep(void *ctx, const char *path, const git_oid *blob);

#endif
