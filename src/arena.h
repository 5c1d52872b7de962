/*
 * arena.h - one region of memory per parse, freed in one call.
 *
 * Everything a parse builds (the model, copies of text, diagnostics) is
 * allocated from a plan_arena and lives until plan_arena_free().  Nothing
 * allocated from an arena is freed on its own.
 */
#ifndef PLAN_ARENA_H
#define PLAN_ARENA_H

#include <stddef.h>

typedef struct plan_arena plan_arena;

/* A new, empty arena, or NULL when memory is exhausted. */
plan_arena *plan_arena_new(void);

/* Frees the arena and everything allocated from it; NULL is allowed. */
void plan_arena_free(plan_arena *a);

/* size bytes aligned for any object, or NULL when memory is exhausted. */
void *plan_arena_alloc(plan_arena *a, size_t size);

/* As plan_arena_alloc, zero-filled. */
void *plan_arena_zalloc(plan_arena *a, size_t size);

/* A NUL-terminated copy of s[0..len), or NULL when memory is exhausted. */
char *plan_arena_strndup(plan_arena *a, const char *s, size_t len);

/* Bytes handed out so far (for tests and benchmarks). */
size_t plan_arena_used(const plan_arena *a);

#endif
