/*
 * error.c - the last error of this thread (see error.h).
 *
 * A fixed buffer per thread: recording an error never allocates, so that
 * "out of memory" can always be said.
 */
#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#define MESSAGE_SIZE 512

static _Thread_local struct {
	int code;
	char message[MESSAGE_SIZE];
} last;

int plan_error_set(int code, const char *fmt, ...)
{
	char buf[MESSAGE_SIZE];   /* the arguments may be the message itself */
	va_list ap;
	size_t n;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	memcpy(last.message, buf, sizeof(buf));
	/* A message cut short must not end inside a character. */
	n = strlen(last.message);
	if (n == sizeof(last.message) - 1) {
		while (n > 0 && ((unsigned char)last.message[n - 1] & 0xC0) == 0x80)
			n--;
		if (n > 0 && (unsigned char)last.message[n - 1] >= 0xC0)
			n--;
		last.message[n] = '\0';
	}
	last.code = code;
	return code;
}

int plan_error_oom(void)
{
	return plan_error_set(PLAN_ENOMEM, "out of memory");
}

const char *plan_error_message(void)
{
	return last.message;
}

int plan_error_code(void)
{
	return last.code;
}

void plan_error_clear(void)
{
	last.code = PLAN_OK;
	last.message[0] = '\0';
}
