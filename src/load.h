/*
 * load.h - reading plan files and the files they include.
 *
 * Each file is parsed by its own scanner; an `include` line makes the
 * loader read the named file (relative to the including file's
 * directory) in the includer's context, if it is inside the tree of the
 * file named by the caller (plan_load_options).  Every file is read at most once
 * per set, identified by device and inode, and a file read already is
 * known before it is read again: on the file system by stat, through
 * another reader by its path.  Cycles are reported with their chain,
 * directories and devices are refused, and nesting is limited to
 * PLAN_MAX_INCLUDE_DEPTH.
 */
#ifndef PLAN_LOAD_H
#define PLAN_LOAD_H

#include "limit.h"

#include "error.h"
#include "model.h"

/* Identifies a file, so that it is read once and cycles are seen. */
typedef struct plan_file_id {
	unsigned long long a, b;   /* device and inode, or what a reader chooses */
} plan_file_id;

/*
 * Where the loader reads files from: the file system unless the set is
 * given another reader (the git index or a tree, say).  read fills *out
 * (plan_malloc'ed, not NUL-terminated), *len and *id and returns PLAN_OK;
 * or returns PLAN_EREAD with why the file cannot be read recorded
 * (plan_error_set: "not staged (git add it)"), or PLAN_ENOMEM.  An
 * included file's path is the includer's directory joined with the
 * include's text, as is ("p/sub/../b.plan"): a reader that
 * needs canonical names normalises it (plan_path_normalise).  A reader
 * names a file by its path: the same path read again is the same file,
 * so the loader reads each path once and remembers its id (an include
 * of it again is then known for what it is without a read: each read of
 * a staged file inflates its blob).
 */
typedef struct plan_reader {
	int (*read)(void *ctx, const char *path, char **out, size_t *len, plan_file_id *id);
	void *ctx;
	int lexical;   /* paths name nothing but themselves (git): included
			* files are named with "." and "x/.." removed */
} plan_reader;

/* Makes set read its files through reader. */
int plan_set_reader(plan_set *set, const plan_reader *reader);

/*
 * How a set reads files from the file system (SPEC section 9).  A file
 * named to plan_load_file, plan_load_paths or plan_load_buffer has a
 * tree: the git work tree that holds it (the nearest directory up from
 * its own that holds a .git), else its directory.  Neither it (through a
 * symbolic link) nor what it includes is read from outside that tree:
 * such a file is an error that says so, unless allow_outside is set.
 * The git readers never read outside the repository anyway.
 */
typedef struct plan_load_options {
	int allow_outside;   /* read files outside the tree of the file named */
} plan_load_options;

#define PLAN_LOAD_OPTIONS_INIT { 0 }

/* Makes set load as opt says (before it loads anything); PLAN_OK or PLAN_ENOMEM. */
int plan_set_load_options(plan_set *set, const plan_load_options *opt);

/* Removes "." and "x/.." segments and doubled slashes, in place. */
void plan_path_normalise(char *path);

/*
 * Reads and parses path and what it includes into set.  Problems with the
 * file's content are diagnostics; a file that cannot be read is a
 * diagnostic and PLAN_EREAD.  Returns PLAN_OK, PLAN_EREAD or PLAN_ENOMEM.
 */
int plan_load_file(plan_set *set, const char *path);

/*
 * Loads each of paths with plan_load_file, except those that another of
 * them includes: those are read through the include, in their includer's
 * context.  Returns PLAN_OK, PLAN_EREAD (some path could not be read) or
 * PLAN_ENOMEM.
 */
int plan_load_paths(plan_set *set, const char *const *paths, size_t n);

/*
 * Reads fd to its end into *out (plan_malloc'ed, at least one byte more
 * than the *len read), expecting about hint bytes; -1 with errno when it
 * cannot (EFBIG past max bytes, ENOMEM when memory ran out).
 */
int plan_read_fd(int fd, size_t hint, size_t max, char **out, size_t *len);

/*
 * Parses bytes as a file named path (which is only shown, never opened);
 * includes are resolved on the file system relative to path.
 */
int plan_load_buffer(plan_set *set, const char *path, const char *bytes, size_t len);

#endif
