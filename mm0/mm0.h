/*
 * mm0, the root task: owns physical memory, starts the other servers and
 * is the pager of every task it starts.
 */
#ifndef MM0_H
#define MM0_H

#include <persona/bootinfo.h>
#include <native.h>
#include <uprintf.h>
#include <string.h>

#define TASK_NAME_LEN 16
#define MAX_TASKS     16

struct task {
	char name[TASK_NAME_LEN];
	u32 space;
	u32 tid;
	int ready;                      /* sent MM0_READY */
};

extern const struct bootinfo *bootinfo;
extern u32 mm0_tid;

/* frames.c: physical pages (paddr) of the REGION_FREE regions */
void frames_init(const struct bootinfo *bi);
u32 frame_alloc(void);                  /* zeroed page, 0 if none */
void frame_free(u32 pa);
u32 frames_free_count(void);
u32 frames_total_count(void);
void *phys_to_mm0(u32 pa);              /* mm0's view of a physical page */

/* task.c: servers and test tasks from boot modules */
const struct bootinfo_module *module_find(const char *name);
struct task *task_start(const struct bootinfo_module *m, u32 prio, u32 caps);
struct task *task_by_tid(u32 tid);

/* pager.c */
void pager_fault(u32 tid, const struct msg *m);

#endif
