/*
 * fold.h - names compared as people read them.
 *
 * Spellings of a name that a reader takes for the same name fold to the
 * same bytes: "ZOË MÜLLER", "Zoë Müller", and "Zoë Müller" typed on a Mac
 * or pasted from a PDF, where the ë is an e followed by a combining
 * diaeresis (NFD), all fold to "zoë müller".  The folding is Unicode's:
 * normalisation to NFC and full case folding ("Straße" is "strasse"),
 * with the tables of utf8proc (Debian's libutf8proc), so that no table of
 * characters is written here.  For "did you mean", PLAN_FOLD_LOOSE also
 * takes accents and other marks away and lumps look-alike punctuation
 * together ("Tomás Ó Briain" and "Tomas O Briain" are both "tomas o
 * briain"; "O’Neil" is "o'neil").
 *
 * ASCII text, the common case, is folded without utf8proc, byte by byte,
 * to the same result.  Text that is not valid UTF-8 (never plan text,
 * which the scanner makes valid, section 2 of SPEC.md) has its ASCII
 * letters folded and its other bytes kept.
 */
#ifndef PLAN_FOLD_H
#define PLAN_FOLD_H

#include <stddef.h>

#include "arena.h"

typedef enum {
	PLAN_FOLD_CASE = 0,    /* NFC and case folding: names that match */
	PLAN_FOLD_LOOSE = 1    /* and no marks, punctuation lumped: names that are near */
} plan_fold_how;

/*
 * Folds s[0..n) into out[0..size), NUL-terminated (size > 0), and returns
 * the length of the whole folded text: when it is size or more, out holds
 * only its start, cut at a character boundary, and a buffer of that
 * length plus one holds it all.  Returns (size_t)-1 when memory ran out
 * (recorded: plan_error_message), which only text of more than a few
 * hundred characters needs.
 */
size_t plan_fold(char *out, size_t size, const char *s, size_t n, plan_fold_how how);

/*
 * Whether plan_fold(..., PLAN_FOLD_CASE) of s[0..n) only lowers its ASCII
 * letters (A-Z) and keeps every other byte: then a caller can compare
 * byte by byte, lowering ASCII letters, without a copy.  True of ASCII
 * text, and of text whose other characters are punctuation, symbols and
 * letters that are already lower case and composed (’ – £; not é, which
 * decomposes, nor É).
 */
int plan_fold_is_ascii_case(const char *s, size_t n);

/*
 * s[0..n) folded, as a NUL-terminated copy in a (its length in *len when
 * len is not NULL); NULL when memory ran out.
 */
char *plan_fold_arena(plan_arena *a, const char *s, size_t n, plan_fold_how how, size_t *len);

/*
 * Whether the character that starts at s[0..n) (n > 0) is part of a word:
 * a letter, a combining mark or a digit, of any script.  Bytes that start
 * no valid character are not.
 */
int plan_fold_is_word(const char *s, size_t n);

/*
 * Whether the character that ends just before s + i (i > 0; s[0..i) is
 * UTF-8 cut at a character boundary) is part of a word.
 */
int plan_fold_word_before(const char *s, size_t i);

#endif
