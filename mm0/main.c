/*
 * mm0 main: take the boot info, start fs0 (and the test task if the image
 * has one), print the banner, then serve: faults of its tasks and their
 * requests. MINIX-style loop: receive, dispatch on the label, reply unless
 * the request is now pending.
 */
#include "mm0.h"
#include <proto.h>
#include <cmdline.h>

const struct bootinfo *bootinfo;
u32 mm0_tid;

static struct task *start_server(const char *name, u32 prio, u32 caps)
{
	const struct bootinfo_module *m = module_find(name);

	if (!m)
		return NULL;
	return task_start(m, prio, caps);
}

/* Serve until the task wait_for reports ready (wait_for NULL: forever). */
static void serve(struct task *wait_for)
{
	struct msg m;
	long from = ipc_recv(TID_ANY, &m);

	for (;;) {
		if (from < 0) {
			from = ipc_recv(TID_ANY, &m);
			continue;
		}
		u32 label = TAG_LABEL(m.tag);
		struct task *t = task_by_tid((u32)from);
		if (label == LABEL_PAGE_FAULT || label == LABEL_EXCEPTION) {
			pager_fault((u32)from, &m);
			from = ipc_recv(TID_ANY, &m);
			continue;
		}
		if (label == MM0_READY && t) {
			t->ready = 1;
			m.tag = TAG(0, 1);
			m.mr[0] = 0;
			if (t == wait_for) {
				ipc_reply((u32)from, &m);
				return;
			}
		} else if (label == MM0_SHUTDOWN) {
			printf("mm0: shutdown requested by thread %ld, status %u\n", from, m.mr[0]);
			poweroff(m.mr[0]);
		} else {
			m.tag = TAG(0, 1);
			m.mr[0] = (u32)-ENOSYS;
		}
		from = ipc_reply_wait((u32)from, &m);
	}
}

int main(const struct bootinfo *bi)
{
	if (bi->magic != BOOTINFO_MAGIC || bi->version != BOOTINFO_VERSION) {
		printf("mm0: bad boot info\n");
		poweroff(2);
	}
	bootinfo = bi;
	mm0_tid = bi->root_tid;
	if (cmdline_get(bi->cmdline, "mm0.crash"))
		*(volatile u32 *)0 = 1;         /* lets the tests check the kernel's panic report */
	frames_init(bi);

	struct task *fs0 = start_server("fs0", PRIO_FS0, CAP_NATIVE | CAP_CONTROL | CAP_IRQ);
	if (!fs0) {
		printf("mm0: no fs0 module\n");
		poweroff(2);
	}
	serve(fs0);
	printf("Persona on board %s: %u MiB RAM, %u MiB free; servers: mm0 (thread %u), fs0 (thread %u)\n",
	       bi->board, bi->ram_size_bytes >> 20, frames_free_count() >> 8, mm0_tid, fs0->tid);

	const struct bootinfo_module *ktest = module_find("ktest");
	if (!ktest) {
		printf("mm0: no init program yet: powering off\n");
		poweroff(0);
	}
	if (!task_start(ktest, PRIO_KTEST, CAP_ALL)) {
		printf("mm0: cannot start ktest\n");
		poweroff(2);
	}
	serve(NULL);
	return 0;
}
