/*
 * fuzz_lsp.c - a libFuzzer target over planls: the message reader
 * (Content-Length framing, its limits and its recovery), the JSON-RPC
 * dispatch and every request and notification the server answers, with
 * documents it is sent analysed as they change.
 *
 * The input is the byte stream a client would write.  The reader is given
 * it in pieces whose sizes the input's first byte chooses (1 to 256
 * bytes), so that headers and bodies cut anywhere are reached.  The
 * server reads no file that is not open (plan_lsp_options.disk = 0) and
 * its output goes nowhere; it must never crash, leak or hang.
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>

#include "check.h"
#include "date.h"
#include "lsp.h"

struct input {
	const uint8_t *data;
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

static int write_nowhere(void *ctx, const char *buf, size_t n)
{
	(void)ctx;
	(void)buf;
	(void)n;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct input in;
	plan_lsp_reader r = PLAN_LSP_READER_INIT(read_piece, &in);
	plan_lsp_options opt;

	if (size == 0)
		return 0;
	in.data = data + 1;
	in.size = size - 1;
	in.off = 0;
	in.piece = (size_t)data[0] + 1;
	memset(&opt, 0, sizeof(opt));
	opt.today = plan_day_number(2019, 6, 1);
	opt.disk = 0;
	opt.version = "fuzz";
	opt.input_fd = -1;
	plan_lsp_serve(&r, write_nowhere, NULL, &opt);
	plan_lsp_reader_free(&r);
	return 0;
}
