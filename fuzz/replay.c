/*
 * replay.c - runs the fuzz target over files, without libFuzzer: the
 * crashers kept in tests/fuzz/ and the corpus in fuzz/corpus/ are replayed
 * by make test this way, under the sanitizers in its second pass.
 * Usage: replay FILE...
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
	int i, n = 0;

	for (i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		unsigned char *buf = NULL;
		size_t len = 0, cap = 0, got;

		if (!f) {
			perror(argv[i]);
			return 2;
		}
		do {
			if (len == cap) {
				unsigned char *b = realloc(buf, cap = cap ? cap * 2 : 65536);
				if (!b) {
					fprintf(stderr, "replay: out of memory\n");
					return 2;
				}
				buf = b;
			}
			got = fread(buf + len, 1, cap - len, f);
			len += got;
		} while (got);
		fclose(f);
		LLVMFuzzerTestOneInput(buf, len);
		free(buf);
		n++;
	}
	printf("fuzz replay: %d inputs, no crash\n", n);
	return 0;
}
