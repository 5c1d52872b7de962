/*
 * arena.c - bump allocation in chained blocks.
 *
 * Blocks grow geometrically from PLAN_ARENA_FIRST_BLOCK; a request larger
 * than half a block gets a block of its own, so a 1 MB line costs one
 * allocation and no waste in the current block.
 */
#include "arena.h"
#include "alloc.h"

#include <stdalign.h>
#include <stdint.h>
#include <string.h>

#define PLAN_ARENA_FIRST_BLOCK (16 * 1024)
#define PLAN_ARENA_MAX_BLOCK   (4 * 1024 * 1024)

struct block {
	struct block *next;
	size_t size;  /* usable bytes after the header */
	size_t used;
	alignas(max_align_t) unsigned char data[];
};

struct plan_arena {
	struct block *head;     /* block being filled; owned */
	size_t next_size;
	size_t total;
};

plan_arena *plan_arena_new(void)
{
	plan_arena *a = plan_malloc(sizeof(*a));
	if (!a)
		return NULL;
	a->head = NULL;
	a->next_size = PLAN_ARENA_FIRST_BLOCK;
	a->total = 0;
	return a;
}

void plan_arena_free(plan_arena *a)
{
	struct block *b, *next;

	if (!a)
		return;
	for (b = a->head; b; b = next) {
		next = b->next;
		plan_free(b);
	}
	plan_free(a);
}

static struct block *new_block(size_t size)
{
	struct block *b;

	if (size > SIZE_MAX - sizeof(*b))
		return NULL;
	b = sizeof(*b) + size >= PLAN_HUGE_PAGE ? plan_malloc_large(sizeof(*b) + size) :
						     plan_malloc(sizeof(*b) + size);
	if (!b)
		return NULL;
	b->size = size;
	b->used = 0;
	b->next = NULL;
	return b;
}

void *plan_arena_alloc(plan_arena *a, size_t size)
{
	const size_t align = alignof(max_align_t);
	struct block *b = a->head;
	size_t off;

	if (size == 0)
		size = 1;
	if (size > SIZE_MAX - align)
		return NULL;
	size = (size + align - 1) & ~(align - 1);

	if (b && b->size - b->used >= size) {
		off = b->used;
		b->used += size;
		a->total += size;
		return b->data + off;
	}
	if (size > a->next_size / 2) {
		/* A big request gets its own block behind the current one. */
		struct block *big = new_block(size);
		if (!big)
			return NULL;
		big->used = size;
		if (b) {
			big->next = b->next;
			b->next = big;
		} else {
			a->head = big;
		}
		a->total += size;
		return big->data;
	}
	b = new_block(a->next_size - sizeof(*b));   /* blocks of whole pages */
	if (!b)
		return NULL;
	if (a->next_size < PLAN_ARENA_MAX_BLOCK)
		a->next_size *= 2;
	b->next = a->head;
	a->head = b;
	b->used = size;
	a->total += size;
	return b->data;
}

void *plan_arena_zalloc(plan_arena *a, size_t size)
{
	void *p = plan_arena_alloc(a, size);
	if (p)
		memset(p, 0, size);
	return p;
}

char *plan_arena_strndup(plan_arena *a, const char *s, size_t len)
{
	char *p;

	if (len == SIZE_MAX)
		return NULL;
	p = plan_arena_alloc(a, len + 1);
	if (!p)
		return NULL;
	memcpy(p, s, len);
	p[len] = '\0';
	return p;
}

size_t plan_arena_used(const plan_arena *a)
{
	return a->total;
}
