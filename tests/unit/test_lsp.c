/*
 * test_lsp.c - planls' message reader, fed one byte at a time and in
 * pieces, with every way a header can be wrong; and a whole session of
 * the server with each of its allocations failing in turn: each failure
 * ends in an error answer or status 2, never a crash or a leak (the
 * sanitizer run sees those), and once none fails the answers are those
 * of a run without failures.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "alloc.h"
#include "date.h"
#include "lsp.h"

struct input {
	const char *data;
	size_t size, off, piece;
};

static ssize_t read_piece(void *ctx, char *buf, size_t n)
{
	struct input *in = ctx;
	size_t k = in->size - in->off;

	if (k > in->piece)
		k = in->piece;
	if (k > n)
		k = n;
	memcpy(buf, in->data + in->off, k);
	in->off += k;
	return (ssize_t)k;
}

/* What the server wrote, in memory of the system's (never failing here). */
struct output {
	char *v;
	size_t n;
};

static int write_mem(void *ctx, const char *buf, size_t n)
{
	struct output *o = ctx;
	char *v = realloc(o->v, o->n + n + 1);

	if (!v)
		return -1;
	memcpy(v + o->n, buf, n);
	o->n += n;
	v[o->n] = '\0';
	o->v = v;
	return 0;
}

/* The messages of data, read in pieces of piece bytes: each body, or "BAD", then "END". */
static void read_all(const char *data, size_t size, size_t piece, char *out, size_t outsize)
{
	struct input in = { data, size, 0, piece };
	plan_lsp_reader r = PLAN_LSP_READER_INIT(read_piece, &in);
	const char *body, *why;
	size_t len, o = 0;
	int rc;

	out[0] = '\0';
	while ((rc = plan_lsp_read(&r, &body, &len, &why)) != PLAN_LSP_END) {
		assert_true(rc == PLAN_LSP_MESSAGE || rc == PLAN_LSP_BAD);
		if (rc == PLAN_LSP_MESSAGE)
			o += (size_t)snprintf(out + o, outsize - o, "%.*s|", (int)len, body);
		else
			o += (size_t)snprintf(out + o, outsize - o, "BAD|");
	}
	snprintf(out + o, outsize - o, "END");
	plan_lsp_reader_free(&r);
}

static void test_framing_in_pieces(void **state)
{
	static const char data[] =
		"Content-Length: 2\r\n\r\n{}"
		"content-length:3\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[1]"
		"Content-Length: 0\r\n\r\n"
		"Content-Length:  4 \r\n\r\nnull";
	char got[256];
	size_t piece;

	(void)state;
	for (piece = 1; piece <= sizeof(data); piece++) {
		read_all(data, sizeof(data) - 1, piece, got, sizeof(got));
		assert_string_equal(got, "{}|[1]||null|END");
	}
}

static void test_bad_headers(void **state)
{
	static const struct {
		const char *data, *want;
	} cases[] = {
		{ "garbage\r\n\r\nContent-Length: 2\r\n\r\n{}", "BAD|{}|END" },
		{ "Content-Type: x\r\n\r\nContent-Length: 2\r\n\r\n{}", "BAD|{}|END" },
		{ "Content-Length: x2\r\n\r\nContent-Length: 2\r\n\r\n{}", "BAD|{}|END" },
		/* Two lengths: refused; its body is then read as a header block, which has none. */
		{ "Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}Content-Length: 2\r\n\r\n[]", "BAD|BAD|END" },
		{ "Content-Length: 99999999999999999999999\r\n\r\nContent-Length: 2\r\n\r\n{}", "BAD|{}|END" },
		{ ": 2\r\n\r\nContent-Length: 2\r\n\r\n{}", "BAD|{}|END" },
		{ "\r\n\r\nContent-Length: 2\r\n\r\n{}", "BAD|{}|END" },
		{ "Content-Length: 10\r\n\r\n{}", "END" },          /* cut short: dropped */
		{ "Content-Length: 2\r\n", "END" },
		{ "", "END" },
	};
	char got[256];
	size_t i, piece;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		for (piece = 1; piece < 64; piece += 7) {
			read_all(cases[i].data, strlen(cases[i].data), piece, got, sizeof(got));
			if (strcmp(got, cases[i].want) != 0)
				fail_msg("case %zu, pieces of %zu: got %s, want %s", i, piece, got, cases[i].want);
		}
}

/* PLAN_LSP_MAX_MESSAGE: a declared length past it is refused and its body skipped. */
static void test_too_long(void **state)
{
	char head[128], got[256], *data;
	size_t n, body = 1000;

	(void)state;
	n = (size_t)snprintf(head, sizeof(head), "Content-Length: %ld\r\n\r\n", PLAN_LSP_MAX_MESSAGE + 1);
	/* Only some of the body arrives: the input ends while it is skipped. */
	data = malloc(n + body + 32);
	assert_non_null(data);
	memcpy(data, head, n);
	memset(data + n, '{', body);
	read_all(data, n + body, 4096, got, sizeof(got));
	assert_string_equal(got, "BAD|END");
	free(data);
}

static void test_header_limit(void **state)
{
	char *data = malloc(3 * PLAN_LSP_MAX_HEADER);
	char got[256];
	size_t n;

	(void)state;
	assert_non_null(data);
	/* A header block of PLAN_LSP_MAX_HEADER bytes is read; one byte more is not. */
	for (n = PLAN_LSP_MAX_HEADER; n <= PLAN_LSP_MAX_HEADER + 1; n++) {
		size_t k = (size_t)sprintf(data, "Content-Length: 2\r\nX: ");
		memset(data + k, 'x', n - k);
		memcpy(data + n, "\r\n\r\n{}Content-Length: 2\r\n\r\n[]", 30);
		read_all(data, n + 30, 100, got, sizeof(got));
		assert_string_equal(got, n == PLAN_LSP_MAX_HEADER ? "{}|[]|END" : "BAD|[]|END");
	}
	/* One that never ends, without a length: dropped up to its end. */
	memset(data, 'x', 2 * PLAN_LSP_MAX_HEADER);
	memcpy(data + 2 * PLAN_LSP_MAX_HEADER, "\r\n\r\nContent-Length: 2\r\n\r\n[]", 28);
	read_all(data, 2 * PLAN_LSP_MAX_HEADER + 28, 100, got, sizeof(got));
	assert_string_equal(got, "BAD|[]|END");
	free(data);
}

/* A session: a message per line of parts, framed. */
static char *session(size_t *len)
{
	static const char *const parts[] = {
		"{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":"
		"{\"general\":{\"positionEncodings\":[\"utf-8\"]}}}}",
		"{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}",
		"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":"
		"{\"uri\":\"file:///w/a.plan\",\"languageId\":\"plan\",\"version\":1,\"text\":"
		"\"plan P1 Plan\\n  period 2019/20\\n  person Jane Smith\\naction A1 T\\n  lead Jane Smith\\n"
		"  due 2019-12\\n  update 2019-01-01 gren\\n    Text.\\n2019-02-01 A2 green\\n  More.\\n\"}}}",
		"{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":"
		"{\"uri\":\"file:///w/a.plan\"},\"position\":{\"line\":3,\"character\":8}}}",
		"{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/codeAction\",\"params\":{\"textDocument\":"
		"{\"uri\":\"file:///w/a.plan\"},\"range\":{\"start\":{\"line\":0,\"character\":0},"
		"\"end\":{\"line\":9,\"character\":0}},\"context\":{\"diagnostics\":[]}}}",
		"{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didChange\",\"params\":{\"textDocument\":"
		"{\"uri\":\"file:///w/a.plan\",\"version\":2},\"contentChanges\":[{\"range\":{\"start\":"
		"{\"line\":6,\"character\":20},\"end\":{\"line\":6,\"character\":24}},\"text\":\"green\"}]}}",
		"{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"textDocument/documentSymbol\",\"params\":"
		"{\"textDocument\":{\"uri\":\"file:///w/a.plan\"}}}",
		"{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"textDocument/references\",\"params\":{\"textDocument\":"
		"{\"uri\":\"file:///w/a.plan\"},\"position\":{\"line\":3,\"character\":8},"
		"\"context\":{\"includeDeclaration\":true}}}",
		"{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"textDocument/completion\",\"params\":{\"textDocument\":"
		"{\"uri\":\"file:///w/a.plan\"},\"position\":{\"line\":4,\"character\":7}}}",
		"{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"textDocument/formatting\",\"params\":{\"textDocument\":"
		"{\"uri\":\"file:///w/a.plan\"},\"options\":{\"tabSize\":2,\"insertSpaces\":true}}}",
		"{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"shutdown\"}",
		"{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}",
	};
	char *buf = NULL;
	size_t i, n = 0;

	for (i = 0; i < sizeof(parts) / sizeof(parts[0]); i++) {
		size_t k = strlen(parts[i]);
		buf = realloc(buf, n + k + 64);
		assert_non_null(buf);
		n += (size_t)sprintf(buf + n, "Content-Length: %zu\r\n\r\n%s", k, parts[i]);
	}
	*len = n;
	return buf;
}

static int serve(const char *data, size_t len, struct output *out)
{
	struct input in = { data, len, 0, 1000 };
	plan_lsp_reader r = PLAN_LSP_READER_INIT(read_piece, &in);
	plan_lsp_options opt;
	int rc;

	memset(&opt, 0, sizeof(opt));
	opt.today = plan_day_number(2019, 6, 1);
	opt.version = "test";
	opt.input_fd = -1;
	out->n = 0;
	if (out->v)
		out->v[0] = '\0';
	rc = plan_lsp_serve(&r, write_mem, out, &opt);
	plan_lsp_reader_free(&r);
	return rc;
}

static void test_session(void **state)
{
	struct output out = { NULL, 0 };
	size_t len;
	char *data = session(&len);

	(void)state;
	assert_int_equal(serve(data, len, &out), 0);
	assert_non_null(strstr(out.v, "\"positionEncoding\":\"utf-8\""));
	assert_non_null(strstr(out.v, "\"code\":\"syntax\""));
	assert_non_null(strstr(out.v, "\"newText\":\"green\""));
	assert_non_null(strstr(out.v, "\"value\":\"action A1: T\\nplan: P1\\nleads: Jane Smith\\n"));
	assert_non_null(strstr(out.v, "\"label\":\"Jane Smith\""));
	assert_non_null(strstr(out.v, "\"id\":7,\"result\":null"));
	/* The update's text is indented four: the canonical form, as one edit. */
	assert_non_null(strstr(out.v, "\"id\":8,\"result\":[{\"range\":{\"start\":{\"line\":0,\"character\":0},"));
	free(out.v);
	free(data);
}

static void test_allocation_failures(void **state)
{
	struct output want = { NULL, 0 }, got = { NULL, 0 };
	size_t len;
	char *data = session(&len);
	long i, made;
	int rc;

	(void)state;
	assert_int_equal(serve(data, len, &want), 0);
	for (i = 0;; i++) {
		plan_alloc_fail_after(i);
		rc = serve(data, len, &got);
		made = plan_alloc_fail_after(-1);
		assert_true(rc == 0 || rc == 1 || rc == 2);
		if (made <= i)
			break;
	}
	assert_true(i > 100);   /* the session allocates: the loop did fail some */
	assert_int_equal(rc, 0);
	assert_string_equal(got.v, want.v);
	free(want.v);
	free(got.v);
	free(data);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_framing_in_pieces),
		cmocka_unit_test(test_bad_headers),
		cmocka_unit_test(test_too_long),
		cmocka_unit_test(test_header_limit),
		cmocka_unit_test(test_session),
		cmocka_unit_test(test_allocation_failures),
	};
	return cmocka_run_group_tests_name("test_lsp", tests, NULL, NULL);
}
