/*
 * pack_sheet.h - the board pack as rows of typed cells, for the two
 * spreadsheet formats (pack_csv.c, pack_xlsx.c), so that the CSV is the
 * Actions sheet (or the Updates sheet) of the workbook, cell for cell.
 *
 * A row is filled from the pack (plan_sheet_action_row,
 * plan_sheet_update_row); its cells are values, not text: a day is a
 * day number, a count a number, a rating a plan_rag.  Each writer turns
 * them into its destination's form (CSV: YYYY-MM-DD and digits; xlsx:
 * dates with a date format and numbers), and every text cell goes
 * through plan_sheet_text, the one cleaner of text for a spreadsheet.
 *
 * ORDER: the columns are listed in SPEC.md section 14 ("Spreadsheets");
 * a change of a *_heads table changes it there too.
 */
#ifndef PLAN_PACK_SHEET_H
#define PLAN_PACK_SHEET_H

#include "pack.h"

typedef enum {
	PLAN_SHEET_EMPTY = 0,
	PLAN_SHEET_TEXT,           /* text: any bytes (plan text), cleaned when written */
	PLAN_SHEET_DAY,            /* day: a day number (date.h) */
	PLAN_SHEET_NUMBER,         /* number */
	PLAN_SHEET_RAG             /* rag: red, amber or green (the word is the text) */
} plan_sheet_kind;

typedef struct plan_sheet_cell {
	plan_sheet_kind kind;
	const char *text;          /* TEXT, RAG: borrowed from the pack or the row */
	long day;
	long number;
	plan_rag rag;
} plan_sheet_cell;

/* ORDER: as plan_sheet_action_heads. */
enum {
	PLAN_SHEET_A_PLAN, PLAN_SHEET_A_SECTION, PLAN_SHEET_A_OBJECTIVE, PLAN_SHEET_A_ID,
	PLAN_SHEET_A_TITLE, PLAN_SHEET_A_LEADS, PLAN_SHEET_A_DEADLINE, PLAN_SHEET_A_START,
	PLAN_SHEET_A_END, PLAN_SHEET_A_EFFECTIVE, PLAN_SHEET_A_STATUS, PLAN_SHEET_A_STATE,
	PLAN_SHEET_A_OVERDUE, PLAN_SHEET_A_RAG, PLAN_SHEET_A_UPDATE_DATE, PLAN_SHEET_A_UPDATE_TEXT,
	PLAN_SHEET_A_DECISION, PLAN_SHEET_A_DECISION_DATE, PLAN_SHEET_A_DECISION_NOTE,
	PLAN_SHEET_ACTION_COLS
};

/* ORDER: as plan_sheet_update_heads. */
enum {
	PLAN_SHEET_U_PLAN, PLAN_SHEET_U_ACTION, PLAN_SHEET_U_DATE, PLAN_SHEET_U_RAG,
	PLAN_SHEET_U_AUTHOR, PLAN_SHEET_U_TEXT,
	PLAN_SHEET_UPDATE_COLS
};

extern const char *const plan_sheet_action_heads[PLAN_SHEET_ACTION_COLS];
extern const char *const plan_sheet_update_heads[PLAN_SHEET_UPDATE_COLS];

/* A growable text buffer; zeroed is empty.  NULL-safe free. */
typedef struct plan_sheet_buf {
	char *s;
	size_t n, cap;
} plan_sheet_buf;

void plan_sheet_buf_free(plan_sheet_buf *b);

/*
 * One row's cells and the text made for them (owned by the row, valid
 * until the next fill or plan_sheet_row_free).  Zeroed is ready.
 */
typedef struct plan_sheet_row {
	plan_sheet_cell cells[PLAN_SHEET_ACTION_COLS];
	size_t n;
	plan_sheet_buf leads;      /* the leads, joined by "; " */
	char deadline[96];         /* the deadline as the plan's dates name it */
	char decision[64];         /* "continue into 2019/20", "complete", ... */
	char dates[2][24];         /* dates not to the day, as written ("2019-03") */
} plan_sheet_row;

void plan_sheet_row_free(plan_sheet_row *r);

/* Fills r with the Actions row of pack->items[i].  0, or -1 when memory ran out (recorded). */
int plan_sheet_action_row(const plan_pack *pack, size_t i, plan_sheet_row *r);

/* Fills r with the Updates row of update u of pack->items[i]. */
void plan_sheet_update_row(const plan_pack *pack, size_t i, const plan_update *u, plan_sheet_row *r);

/*
 * The RAG cell of rating rag: a RAG cell with its word, or an empty cell
 * for PLAN_RAG_NONE.
 */
plan_sheet_cell plan_sheet_rag(plan_rag rag);

/*
 * A date of the plan (an update's, a decision's) as a cell: a DAY cell
 * for a date to the day, else a TEXT cell with its written form
 * (plan_date_format: "2019-03", "2019/20") in buf (24 bytes).
 */
plan_sheet_cell plan_sheet_date(const plan_date *d, char *buf, size_t size);

/* What plan_sheet_text does besides making UTF-8 valid. */
enum {
	PLAN_SHEET_XML = 1         /* also for xlsx's XML: U+FFFE and U+FFFF become U+FFFD,
				    * a literal "_xHHHH_" is kept literal ("_x005F_xHHHH_"),
				    * and the text is cut to Excel's 32,767 characters */
};

/*
 * Cleans s (any bytes) into out (NUL-terminated; out->n its length) for
 * a spreadsheet cell: each byte that does not start valid UTF-8 becomes
 * U+FFFD, and text a spreadsheet would run as a formula (its first byte
 * '=', '+', '-', '@', tab or CR) gets a leading apostrophe.  Returns 0,
 * or -1 when memory ran out (recorded).
 */
int plan_sheet_text(plan_sheet_buf *out, const char *s, int flags);

/* The most characters (UTF-16 units, as Excel counts) of a cell's text. */
#define PLAN_SHEET_CELL_MAX 32767

#endif
