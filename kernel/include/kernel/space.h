/*
 * Address spaces: a user translation table, an ASID and capabilities.
 * Identified to user level by a generation-checked id like thread ids.
 */
#ifndef KERNEL_SPACE_H
#define KERNEL_SPACE_H

#include <kernel/kernel.h>
#include <kernel/cpu.h>

#define SPACE_INDEX_BITS 10
#define SPACE_MAX        (1u << SPACE_INDEX_BITS)

struct space {
	u32 id;
	u32 caps;               /* CAP_* */
	u32 *l1;                /* user L1 table (kernel va), USER_L1_ENTRIES entries */
	u32 l1_paddr;
	u32 asid;               /* valid while asid_gen == the current generation */
	u32 asid_gen;
	u32 nthreads;
	u32 nl2;                /* L2 tables owned (integrity counts) */
	u32 l2_groups[2];       /* bit g: some of L1 entries 32g..32g+31 has an L2 table */
};

void space_init(void);
struct space *space_lookup(u32 id);
struct space *space_create(u32 caps);
long space_destroy(struct space *s);
u32 space_count(void);

struct tcb;
/* The space t names by id (SPACE_SELF: its own); another one takes CAP_CONTROL. NULL: *err set. */
struct space *space_target(struct tcb *t, u32 id, long *err);

#endif
