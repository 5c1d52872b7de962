/*
 * map.h - the library's hash function, hash map and priority queue.
 *
 * A plan_map finds the elements of an array the caller owns by a key of
 * the caller's: it stores, per element, the key's hash and the element's
 * index, and hands back the indices whose hash matches, for the caller to
 * compare (so a lookup costs no call through a pointer, and the map never
 * holds a key).  Open addressing with linear probing, kept at most half
 * full; elements are never removed.
 *
 *	size_t it, i;
 *	for (i = plan_map_first(&m, h, &it); i != PLAN_MAP_NONE; i = plan_map_next(&m, h, &it))
 *		if (strcmp(v[i].id, id) == 0)
 *			return &v[i];
 *
 * A plan_pqueue orders indices by a comparison of the caller's.
 */
#ifndef PLAN_MAP_H
#define PLAN_MAP_H

#include <stddef.h>
#include <stdint.h>

/* FNV-1a, 64 bits, of s[0..n): the one hash of the library. */
uint64_t plan_hash(const void *s, size_t n);

/* plan_hash of a NUL-terminated string, without the NUL. */
uint64_t plan_hash_str(const char *s);

typedef struct plan_map_slot {
	uint64_t hash;
	size_t index;               /* element index + 1; 0: empty */
} plan_map_slot;

typedef struct plan_map {
	plan_map_slot *slot;        /* plan_malloc'ed; cap a power of two */
	size_t cap, count;
} plan_map;

#define PLAN_MAP_INIT { NULL, 0, 0 }
#define PLAN_MAP_NONE ((size_t)-1)

/*
 * The first index stored under hash h, or PLAN_MAP_NONE; *it keeps the
 * place for plan_map_next, which gives the next one.  The map must not
 * change between them.
 */
size_t plan_map_first(const plan_map *m, uint64_t h, size_t *it);
size_t plan_map_next(const plan_map *m, uint64_t h, size_t *it);

/* Stores index under hash h (the caller has made sure that its key is new). */
int plan_map_put(plan_map *m, uint64_t h, size_t index);

/* Frees what m holds and leaves it empty; NULL-safe. */
void plan_map_free(plan_map *m);

typedef struct plan_pqueue {
	size_t *v;                  /* a binary heap; plan_malloc'ed */
	size_t n, cap;
	/* Whether a comes out before b. */
	int (*before)(const void *ctx, size_t a, size_t b);
	const void *ctx;
} plan_pqueue;

#define PLAN_PQUEUE_INIT(before, ctx) { NULL, 0, 0, (before), (ctx) }

/* Adds x; 0 or PLAN_ENOMEM. */
int plan_pqueue_push(plan_pqueue *q, size_t x);

/* Removes and returns the first element; q must not be empty. */
size_t plan_pqueue_pop(plan_pqueue *q);

void plan_pqueue_free(plan_pqueue *q);

#endif
