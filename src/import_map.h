/*
 * import_map.h - what import_map.c shows of its value readers, for the
 * unit tests (plan_import_write itself is in import.h).
 */
#ifndef PLAN_IMPORT_MAP_H
#define PLAN_IMPORT_MAP_H

#include <stddef.h>

/*
 * The numbering at the start of a cell's text ("1.", "1.1.1", "(a)",
 * "b)"): the label into label ("1", "1.1.1", "a", "b") and the length of
 * the numbering with the blanks (and a dash) after it; 0 when none.
 */
size_t plan_import_label(const char *text, char *label, size_t size);

/* The RAG a fill colour 0xRRGGBB shows by its hue: PLAN_RAG_RED, _AMBER, _GREEN or 0. */
int plan_import_rag_of_fill(unsigned rgb);

#endif
