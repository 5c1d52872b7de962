/*
 * limit.h - every limit of the library and the commands, in one place.
 * SPEC.md section 16 lists them with what happens past each; the tests
 * try each at the limit and one past it.
 */
#ifndef PLAN_LIMIT_H
#define PLAN_LIMIT_H

/* Reading */

/* Largest plan file read, in bytes, and how messages say it. */
#define PLAN_MAX_FILE_SIZE (1024L * 1024 * 1024)
#define PLAN_MAX_FILE_SIZE_TEXT "1 GiB"

/* A NUL byte in this many first bytes makes a file binary, not a plan. */
#define PLAN_BINARY_SNIFF 8000

/* Deepest chain of includes (the file named by the caller is depth 0). */
#define PLAN_MAX_INCLUDE_DEPTH 16

/* Earliest and latest years a plan date may name. */
#define PLAN_DATE_MIN_YEAR 1900
#define PLAN_DATE_MAX_YEAR 2999

/* Reporting */

/* Encoding errors reported per file; past it, one line says how many more. */
#define PLAN_MAX_ENCODING_ERRORS 10

/* Syntax errors reported per file; past it they are counted, and a note says how many. */
#define PLAN_MAX_SYNTAX_ERRORS 50

/* Most diagnostics kept from one run; past it one more says so. */
#define PLAN_MAX_DIAGS 1000

/* Bytes of a long source line shown on each side of a caret. */
#define PLAN_DIAG_ECHO_HALF 80

/* Most checks a plan can configure (see check.h). */
#define PLAN_MAX_CHECKS 32

/*
 * Most digits in a figure's number (measure.c), decimals included: a
 * double holds every such number exactly, so that the JSON export gives
 * back what the plan says.  More is an error (measure-figure).
 */
#define PLAN_FIGURE_MAX_DIGITS 15

/* History (planlog, --staged) */

/* Longest path of a file in git, with its NUL; longer ones are left out. */
#define PLAN_MAX_GIT_PATH 4096

/* Longest record key (records.h); longer ids are compared by this prefix. */
#define PLAN_RECORD_KEY_MAX 255

/*
 * Largest plan file whose history planlog reads at full speed: libgit2
 * never caches delta bases larger than 1 MiB, so each version of a larger
 * file is rebuilt from the start of its delta chain.  The large-file
 * check reports files over it.
 */
#define PLAN_LARGE_FILE_SIZE (1024L * 1024)
#define PLAN_LARGE_FILE_SIZE_TEXT "1 MiB"

/* Largest planlog cache file read; a bigger one is started afresh. */
#define PLAN_LOGCACHE_MAX_SIZE (256L * 1024 * 1024)

/* The language server (planls) */

/*
 * Largest message planls reads, in bytes (its Content-Length): a larger
 * one is skipped and answered with an error.  A didOpen carries a whole
 * file, so this bounds the size of a document the server can edit.
 */
#define PLAN_LSP_MAX_MESSAGE (64L * 1024 * 1024)
#define PLAN_LSP_MAX_MESSAGE_TEXT "64 MiB"

/* Longest header block of a message (its lines up to the blank line). */
#define PLAN_LSP_MAX_HEADER 4096

/* Most *.plan files of one directory planls reads with a document, besides it. */
#define PLAN_LSP_MAX_DIR_FILES 1000

/* planfmt */

/* Widths prose can be filled to (--width), and the default. */
#define PLAN_FMT_MIN_WIDTH 20
#define PLAN_FMT_MAX_WIDTH 10000
#define PLAN_FMT_WIDTH 88

/* Cells of the table a diff finds the longest common lines with (udiff.c);
 * past it, the texts are cut at the lines each holds once, and a part
 * still too long with none is shown as removed, then added, in one hunk. */
#define PLAN_UDIFF_MAX_CELLS (16L * 1024 * 1024)

/* Importing (planimport: import.h) */

/*
 * Most bytes planimport expands from one docx or xlsx file: the parts it
 * reads, uncompressed, added up as they are read.  A zip bomb stops here.
 */
#define PLAN_IMPORT_MAX_EXPANDED (64L * 1024 * 1024)
#define PLAN_IMPORT_MAX_EXPANDED_TEXT "64 MiB"

/*
 * Highest compression ratio (expanded bytes over compressed bytes, as the
 * zip's directory gives them) of a part planimport reads, for parts that
 * expand to more than PLAN_IMPORT_RATIO_FLOOR: real Office XML expands
 * 5 to 30 times; a zip bomb thousands of times.
 */
#define PLAN_IMPORT_MAX_RATIO 100
#define PLAN_IMPORT_RATIO_FLOOR (1024L * 1024)

/*
 * Most cells in one imported document, all its tables counted: the empty
 * cells that fill the gaps of a sheet count, and so does a row with no
 * cell (as one); shared strings of a workbook are counted apart, against
 * the same limit.
 */
#define PLAN_IMPORT_MAX_CELLS 1000000L

/* Most bytes of text in one cell (or one paragraph, or shared string). */
#define PLAN_IMPORT_MAX_CELL (1024L * 1024)
#define PLAN_IMPORT_MAX_CELL_TEXT "1 MiB"

/* Limits in messages: PLAN_LIMIT_TEXT(PLAN_DATE_MIN_YEAR) is "1900". */
#define PLAN_LIMIT_TEXT_(x) #x
#define PLAN_LIMIT_TEXT(x) PLAN_LIMIT_TEXT_(x)

#endif
