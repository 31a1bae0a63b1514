/*
 * Address spaces: creation with capabilities, lookup by generation-checked
 * id, destruction once no thread is left in them.
 */
#include <kernel/space.h>
#include <kernel/kalloc.h>
#include <arch/mmu.h>
#include <kernel/tcb.h>

static struct space *space_table[SPACE_MAX];
static u32 space_gen[SPACE_MAX];
static u32 nspaces;
static struct kcache space_cache = KCACHE_INIT("space", 64);

STATIC_ASSERT(sizeof(struct space) <= 64, "space fits its cache object");

void space_init(void)
{
	for (u32 i = 0; i < SPACE_MAX; i++)
		space_gen[i] = 1;
}

struct space *space_lookup(u32 id)
{
	struct space *s = space_table[id & (SPACE_MAX - 1)];

	return (s && s->id == id) ? s : NULL;
}

struct space *space_create(u32 caps)
{
	u32 i;

	for (i = 1; i < SPACE_MAX && space_table[i]; i++)
		;
	if (i == SPACE_MAX)
		return NULL;
	struct space *s = kcache_alloc(&space_cache);
	if (!s)
		return NULL;
	if (mmu_space_init(s) < 0) {
		kcache_free(&space_cache, s);
		return NULL;
	}
	s->id = ((space_gen[i] & 0x1fffffu) << SPACE_INDEX_BITS) | i;
	s->caps = caps;
	space_table[i] = s;
	nspaces++;
	return s;
}

long space_destroy(struct space *s)
{
	if (s->nthreads)
		return -EBUSY;
	u32 i = s->id & (SPACE_MAX - 1);
	mmu_space_free(s);
	if (space_loaded == s)
		space_loaded = NULL;
	space_table[i] = NULL;
	space_gen[i]++;
	nspaces--;
	kcache_free(&space_cache, s);
	return 0;
}

u32 space_count(void)
{
	return nspaces;
}

struct space *space_target(struct tcb *t, u32 id, long *err)
{
	if (id == SPACE_SELF || id == t->space->id)
		return t->space;
	if (!(t->space->caps & CAP_CONTROL)) {
		*err = -EPERM;
		return NULL;
	}
	struct space *s = space_lookup(id);
	if (!s)
		*err = -ESRCH;
	return s;
}
