/*
 * error.h - the library's return codes, and its one way to say why.
 *
 * A function that can fail returns PLAN_OK (0) or one of the negative
 * codes below.  When a failure has more to say than its code (a revision
 * that names no commit, a file that cannot be read), the function records
 * a message with plan_error_set before it returns, and the caller reads it
 * with plan_error_message().  The message stays until the next
 * plan_error_set or plan_error_clear, like errno; it is per thread.
 *
 * Problems in what a plan says are not errors: they are diagnostics
 * (diag.h), and the functions that find them return PLAN_OK.  The library
 * never prints and never names the program: a command decides what
 * reaches the terminal, and how.
 */
#ifndef PLAN_ERROR_H
#define PLAN_ERROR_H

#define PLAN_OK          0
#define PLAN_ENOMEM     (-1)   /* an allocation failed */
#define PLAN_EREAD      (-2)   /* a file or an object could not be read */
#define PLAN_ENOTFOUND  (-3)   /* what was named does not exist */
#define PLAN_EGIT       (-4)   /* libgit2 failed: not a repository, a damaged one */
#define PLAN_EINVALID   (-5)   /* a value is not valid: a date, an argument */
#define PLAN_EBUG       (-6)   /* the library caught a mistake of its own before it did harm */

/*
 * Records code and its message (printf-formatted; cut at 511 bytes, on a
 * character boundary; the arguments may include plan_error_message(), to
 * say more about the error before) and returns code, so that a failure reads
 * `return plan_error_set(PLAN_EREAD, "not staged (git add it)");`.
 */
int plan_error_set(int code, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Records PLAN_ENOMEM and "out of memory"; returns PLAN_ENOMEM. */
int plan_error_oom(void);

/* The message of the last error recorded, or "" when none was. */
const char *plan_error_message(void);

/* The code of the last error recorded, or PLAN_OK. */
int plan_error_code(void);

void plan_error_clear(void);

#endif
