/*
 * The integrity check (Codezero's idea, MINIX VM's SANITYCHECK): count
 * mm0's memory two ways and compare. Frames the allocator says are in use
 * must equal the frames the heap, the servers and the processes' page
 * tables account for; every process's resident count must match its page
 * table; each frame's reference count must equal the page-table entries
 * naming it (fork shares frames between processes). At the end of a boot, heap objects and process frames must be
 * back where they were when the first process started.
 */
#include "syscall.h"
#include <proto.h>

extern u32 task_frames;
static u32 base_heap_objects;

struct tally {
	u32 frames;             /* distinct frames in the processes' page tables */
	u32 bad;
	u32 alive;              /* live processes (zombies hold no memory) */
	int verbose;
};

static void check_vmas(struct proc *p, struct tally *t)
{
	u32 n = 0, last_end = 0;

	for (struct vma *v = p->vm.vmas; v; v = v->next, n++) {
		if (v->start >= v->end || v->start < last_end || (v->start | v->end) & ~PAGE_MASK) {
			t->bad++;
			if (t->verbose)
				printf("mm0 check: pid %u: bad area %08x-%08x\n", p->pid, v->start, v->end);
		}
		last_end = v->end;
	}
	if (n != p->vm.nvmas) {
		t->bad++;
		if (t->verbose)
			printf("mm0 check: pid %u: %u areas listed, %u counted\n", p->pid, n, p->vm.nvmas);
	}
}

static void check_pages(struct proc *p, struct tally *t)
{
	u32 resident = 0;

	for (u32 i = 0; p->vm.l1 && i < VM_L1_ENTRIES; i++) {
		for (u32 j = 0; p->vm.l1[i] && j < VM_L2_ENTRIES; j++) {
			u32 e = p->vm.l1[i][j];
			if (!(e & SPTE_PRESENT))
				continue;
			resident++;
			frames_audit_saw(SPTE_FRAME(e));
			if (!vma_find(&p->vm, (i << 20) | (j << 12)))
				t->bad++;
		}
	}
	if (resident != p->vm.resident) {
		t->bad++;
		if (t->verbose)
			printf("mm0 check: pid %u: %u pages resident, %u counted\n", p->pid, resident,
			       p->vm.resident);
	}
}

static void check_proc(struct proc *p, void *arg)
{
	struct tally *t = arg;

	if (p->state != PROC_ALIVE)
		return;
	t->alive++;
	check_vmas(p, t);
	check_pages(p, t);
}

void mm0_check_baseline(void)
{
	base_heap_objects = heap_live_objects();
}

long mm0_check(int verbose)
{
	struct tally t = { .verbose = verbose };

	frames_audit_begin();
	proc_for_each(check_proc, &t);
	t.bad += frames_audit_end(&t.frames, verbose);
	u32 used = frames_total_count() - frames_free_count() - heap_frame_count();
	if (used != task_frames + t.frames) {
		t.bad++;
		if (verbose)
			printf("mm0 check: %u frames in use, %u accounted for (%u tasks, %u processes)\n",
			       used, task_frames + t.frames, task_frames, t.frames);
	}
	if (!t.alive && heap_live_objects() != base_heap_objects) {
		t.bad++;
		if (verbose)
			printf("mm0 check: %u heap objects left, %u at start\n", heap_live_objects(),
			       base_heap_objects);
	}
	struct msg m;
	long fs = fs_check(&m);
	if (fs < 0) {
		t.bad++;
		if (verbose)
			printf("mm0 check: fs0 reports %ld\n", fs);
	}
	if (verbose)
		printf("mm0 check: %s (%u frames for processes, %u heap objects; fs0: %u open files, "
		       "%u vnodes)\n", t.bad ? "MISMATCH" : "ok", t.frames, heap_live_objects(),
		       m.mr[1], m.mr[2]);
	return t.bad ? -1 : 0;
}
