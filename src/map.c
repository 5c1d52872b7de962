/*
 * map.c - hash function, hash map and priority queue (see map.h).
 */
#include "map.h"
#include "alloc.h"
#include "error.h"

#include <string.h>

uint64_t plan_hash(const void *s, size_t n)
{
	const unsigned char *p = s;
	uint64_t h = 1469598103934665603ULL;

	while (n--)
		h = (h ^ *p++) * 1099511628211ULL;
	return h;
}

uint64_t plan_hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

/* The slot where a probe for h starts: the high bits mix best. */
static size_t home(const plan_map *m, uint64_t h)
{
	return (size_t)(h ^ (h >> 29)) & (m->cap - 1);
}

static size_t scan(const plan_map *m, uint64_t h, size_t i, size_t *it)
{
	for (; m->slot[i].index; i = (i + 1) & (m->cap - 1))
		if (m->slot[i].hash == h) {
			*it = i;
			return m->slot[i].index - 1;
		}
	*it = i;
	return PLAN_MAP_NONE;
}

size_t plan_map_first(const plan_map *m, uint64_t h, size_t *it)
{
	if (!m->cap)
		return PLAN_MAP_NONE;
	return scan(m, h, home(m, h), it);
}

size_t plan_map_next(const plan_map *m, uint64_t h, size_t *it)
{
	return scan(m, h, (*it + 1) & (m->cap - 1), it);
}

/* Puts (h, index + 1) into the first empty slot of its probe in slot[cap]. */
static void place(plan_map_slot *slot, size_t cap, uint64_t h, size_t index1)
{
	plan_map m = { slot, cap, 0 };
	size_t i;

	for (i = home(&m, h); slot[i].index; i = (i + 1) & (cap - 1))
		;
	slot[i].hash = h;
	slot[i].index = index1;
}

int plan_map_put(plan_map *m, uint64_t h, size_t index)
{
	if ((m->count + 1) * 2 > m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 64, i;
		plan_map_slot *v = plan_calloc(cap, sizeof(*v));

		if (!v)
			return PLAN_ENOMEM;
		for (i = 0; i < m->cap; i++)
			if (m->slot[i].index)
				place(v, cap, m->slot[i].hash, m->slot[i].index);
		plan_free(m->slot);
		m->slot = v;
		m->cap = cap;
	}
	place(m->slot, m->cap, h, index + 1);
	m->count++;
	return PLAN_OK;
}

void plan_map_free(plan_map *m)
{
	if (!m)
		return;
	plan_free(m->slot);
	m->slot = NULL;
	m->cap = m->count = 0;
}

int plan_pqueue_push(plan_pqueue *q, size_t x)
{
	size_t i;

	if (PLAN_GROW(q->v, q->cap, q->n + 1) < 0)
		return PLAN_ENOMEM;
	for (i = q->n++; i > 0 && q->before(q->ctx, x, q->v[(i - 1) / 2]); i = (i - 1) / 2)
		q->v[i] = q->v[(i - 1) / 2];
	q->v[i] = x;
	return PLAN_OK;
}

size_t plan_pqueue_pop(plan_pqueue *q)
{
	size_t top = q->v[0], last = q->v[--q->n], i = 0;

	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= q->n)
			break;
		if (c + 1 < q->n && q->before(q->ctx, q->v[c + 1], q->v[c]))
			c++;
		if (!q->before(q->ctx, q->v[c], last))
			break;
		q->v[i] = q->v[c];
		i = c;
	}
	if (q->n)
		q->v[i] = last;
	return top;
}

void plan_pqueue_free(plan_pqueue *q)
{
	if (!q)
		return;
	plan_free(q->v);
	q->v = NULL;
	q->n = q->cap = 0;
}
