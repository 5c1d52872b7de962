/*
 * lsp.h - the base protocol of the Language Server Protocol (LSP 3.17):
 * messages framed by a Content-Length header, and the JSON-RPC 2.0
 * messages inside them; and the language server that planls runs over
 * it (lsp_server.c).
 *
 * The reader takes bytes from a function (standard input, or memory for
 * the fuzz target), so that nothing it meets can make it crash, hang or
 * grow without bound: a header block longer than PLAN_LSP_MAX_HEADER, a
 * header line that is not "Name: value", a missing or unreadable
 * Content-Length and one over PLAN_LSP_MAX_MESSAGE are each a bad
 * message, which the reader steps over (the body of a too-long message
 * is read and dropped as it comes) and the server answers with a
 * JSON-RPC error.
 */
#ifndef PLAN_LSP_H
#define PLAN_LSP_H

#include "limit.h"

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#include <jansson.h>

/* Where the reader's bytes come from: up to n into buf; 0 at the end, -1 on an error. */
typedef ssize_t (*plan_lsp_read_fn)(void *ctx, char *buf, size_t n);

/* Where the writer's bytes go: all n of them; 0, or -1 on an error. */
typedef int (*plan_lsp_write_fn)(void *ctx, const char *buf, size_t n);

typedef struct plan_lsp_reader {
	plan_lsp_read_fn read;
	void *ctx;
	char *buf;                  /* plan_malloc'ed */
	size_t len, cap;            /* bytes held, from buf[0] */
	size_t used;                /* bytes of the message last returned, dropped on the next read */
	unsigned long long skip;    /* body bytes of a too-long message still to drop */
	int end;                    /* read returned 0 or -1 */
	int resync;                 /* a header block was too long: drop up to the next blank line */
	long long resync_len;       /* and then its body, if its Content-Length was seen (else -1) */
} plan_lsp_reader;

#define PLAN_LSP_READER_INIT(fn, c) { (fn), (c), NULL, 0, 0, 0, 0, 0, 0, -1 }

/* What plan_lsp_read returns. */
#define PLAN_LSP_MESSAGE 1      /* *body, *len: one message's body */
#define PLAN_LSP_END     0      /* the input ended (a message cut short is dropped) */
#define PLAN_LSP_BAD     (-2)   /* a bad message was stepped over; *why says what was wrong */
/* and PLAN_ENOMEM */

/*
 * The next message: its body (not NUL-terminated, valid until the next
 * call) in *body and *len.  Blocks until a whole message is read, the
 * input ends, or a bad message has been stepped over.
 */
int plan_lsp_read(plan_lsp_reader *r, const char **body, size_t *len, const char **why);

/*
 * Whether a whole message (or a bad header) is held already, so that
 * the next plan_lsp_read will not block on the input.
 */
int plan_lsp_buffered(const plan_lsp_reader *r);

void plan_lsp_reader_free(plan_lsp_reader *r);

/* Writes msg (not released) as one framed message, compact.  0, -1 on a write error or ENOMEM. */
int plan_lsp_write(plan_lsp_write_fn write, void *ctx, const json_t *msg);

/* JSON-RPC and LSP error codes. */
#define PLAN_RPC_PARSE_ERROR      (-32700)
#define PLAN_RPC_INVALID_REQUEST  (-32600)
#define PLAN_RPC_METHOD_NOT_FOUND (-32601)
#define PLAN_RPC_INVALID_PARAMS   (-32602)
#define PLAN_RPC_INTERNAL_ERROR   (-32603)
#define PLAN_RPC_NOT_INITIALIZED  (-32002)

/*
 * The language server (lsp_server.c).  It reads messages from r and
 * writes to write until an exit notification or the end of the input.
 */
typedef struct plan_lsp_options {
	long today;                 /* plan_day_number of the day the checks judge */
	int disk;                   /* read files that are not open from the file system;
				     * 0: only the open documents (the fuzz target) */
	const char *version;        /* for serverInfo */
	FILE *log;                  /* where to say what went wrong (stderr), or NULL */
	int input_fd;               /* the descriptor r reads, polled to see whether more
				     * is waiting before an analysis; -1: none */
} plan_lsp_options;

/*
 * Serves until exit: returns 0 when exit came after shutdown, 1 when the
 * input ended or exit came without it (as the protocol says), 2 when
 * memory ran out.
 */
int plan_lsp_serve(plan_lsp_reader *r, plan_lsp_write_fn write, void *wctx,
		   const plan_lsp_options *opt);

#endif
