/*
 * import_int.h - what the readers of planimport share inside the library
 * (not for the commands).  import_read.c dispatches by format to one
 * reader per container; each fills doc->tables (and doc->title) from
 * arrays allocated in doc->arena, and records why it failed.
 */
#ifndef PLAN_IMPORT_INT_H
#define PLAN_IMPORT_INT_H

#include <stddef.h>

#include "import.h"

/*
 * Fills doc->tables (one table, named after the file or "table 1") from
 * the RFC 4180 CSV in data[0..len): a UTF-8 byte order mark at the start
 * is skipped, and line ends may be LF, CRLF or CR, mixed in one file;
 * quoted fields may hold separators, quotes ("" for one) and line ends.
 * doc->arena is set; doc->tables and doc->ntables are filled, every cell
 * with span 1.  Returns PLAN_OK, or a negative code with the reason
 * recorded (PLAN_EINVALID: not valid UTF-8, an unterminated quote, over a
 * PLAN_IMPORT_MAX_* limit of limit.h; PLAN_ENOMEM).  Written in
 * import_csv.c.
 */
int plan_import_csv_read(plan_table_doc *doc, const char *data, size_t len);

/* The same for a Word document (import_docx.c) and an Excel workbook
 * (import_xlsx.c), from the zip archive in data[0..len); name is the
 * file's, for messages. */
int plan_import_docx_read(plan_table_doc *doc, const char *name, const void *data, size_t len);
int plan_import_xlsx_read(plan_table_doc *doc, const char *name, const void *data, size_t len);

#endif
