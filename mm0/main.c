/*
 * mm0 main: take the boot info, start fs0 (giving it its share of RAM),
 * print the banner, start the first Linux process (or the kernel test task
 * in a test image), then serve forever. MINIX-style loop: receive, dispatch
 * on the label, reply unless the request is now pending or forwarded.
 */
#include "syscall.h"
#include "signal.h"
#include <proto.h>
#include <cmdline.h>

#define FS0_SHARE_SHIFT 2       /* fs0 (tmpfs and its buffers) gets 1/4 of free RAM */

const struct bootinfo *bootinfo;
u32 mm0_tid, mm0_space;
int trace_enabled;
static u32 fs0_base_pa, fs0_bytes;

static struct task *start_server(const char *name, u32 prio, u32 caps)
{
	const struct bootinfo_module *m = module_find(name);

	return m ? task_start(m, prio, caps) : NULL;
}

/* What the loop does after handling a message. */
enum action { REPLY, FORWARD, NOTHING };

static enum action server_request(long from, struct msg *m, struct task *t)
{
	switch (TAG_LABEL(m->tag)) {
	case MM0_READY:
		t->ready = 1;
		m->tag = TAG(0, 3);
		m->mr[0] = 0;
		m->mr[1] = t->tid == fs0_tid ? fs0_base_pa : 0;
		m->mr[2] = t->tid == fs0_tid ? fs0_bytes : 0;
		return REPLY;
	case MM0_SHUTDOWN:
		printf("mm0: shutdown requested by %s, status %u\n", t->name, m->mr[0]);
		if (mm0_check(1) < 0 && !m->mr[0])
			m->mr[0] = 125;
		poweroff(m->mr[0]);
		return NOTHING;
	}
	m->tag = TAG(0, 1);
	m->mr[0] = (u32)-ENOSYS;
	return REPLY;
}

/* A Linux system call of p: the reply (REPLY, m set), FORWARD to fs0, or NOTHING yet. */
static enum action linux_message(struct proc *p, struct msg *m)
{
	long r = linux_syscall(p, m);

	if (r == CALL_FORWARDED)
		return FORWARD;
	/* signals to act on, a restart code, or a mask to put back: the rare path */
	if (unlikely((u32)(r + ERESTART_RESTARTBLOCK) <= ERESTART_RESTARTBLOCK - ERESTARTSYS ||
		     ((p->sigpending & ~p->sigmask) | p->restore_mask)) && r != CALL_PENDING &&
	    r != CALL_GONE)
		r = signal_call_return(p, r);
	if (r == CALL_PENDING || r == CALL_GONE)
		return NOTHING;
	m->tag = TAG(0, 1);
	m->mr[0] = (u32)r;
	return REPLY;
}

static enum action process_message(struct proc *p, struct msg *m)
{
	u32 label = TAG_LABEL(m->tag);

	if (label == LABEL_PAGE_FAULT || label == LABEL_EXCEPTION) {
		if (unlikely(p->restore_mask) && p->wait == WAIT_NONE) {
			p->sigmask = p->saved_mask;     /* a finished ppoll/pselect6's mask */
			p->restore_mask = 0;
		}
		int resume = pager_linux_fault(p, m);
		m->tag = 0;     /* the reply to a fault carries nothing */
		return resume ? REPLY : NOTHING;
	}
	return label == LABEL_LINUX_SYSCALL ? linux_message(p, m) : NOTHING;
}

/* fs0 raised signals (SIGPIPE, the terminal's): fetch and send them. */
static void fs0_signals(void)
{
	s32 targets[FS0_EVENTS_MAX];
	u32 sigs[FS0_EVENTS_MAX];
	int more = 1;

	while (more) {
		long n = fs_events(targets, sigs, &more);
		for (long i = 0; i < n; i++) {
			if (targets[i] > 0)
				signal_send(proc_alive((u32)targets[i]), sigs[i], NULL);
			else if (targets[i] < 0)
				signal_send_pgrp((u32)-targets[i], sigs[i], NULL);
		}
		if (n <= 0)
			break;
	}
}

static enum action dispatch(long from, struct msg *m)
{
	if (m->tag & TAG_NOTIFY) {
		if (m->mr[0] & NOTIFY_ALARM)
			time_wake_sleepers();
		if (m->mr[0] & MM0_NOTIFY_FS0)
			fs0_signals();
		return NOTHING;
	}
	struct proc *p = proc_by_tid((u32)from);
	if (p)
		return process_message(p, m);
	struct task *t = task_by_tid((u32)from);
	u32 label = TAG_LABEL(m->tag);
	if (label == LABEL_PAGE_FAULT || label == LABEL_EXCEPTION) {
		pager_fault((u32)from, m);
		return NOTHING;
	}
	return t ? server_request(from, m, t) : NOTHING;
}

/* Answers the message just handled as a says, and waits for the next one: its sender. */
static long answer_and_wait(enum action a, long from, struct msg *m)
{
	if (a == REPLY)
		return ipc_reply_wait((u32)from, m);
	if (a == FORWARD)
		return forward_wait((u32)from, m);
	return ipc_recv(TID_ANY, m);
}

/* Serves until the task wait_for reports ready (start-up). */
static void serve_until(struct task *wait_for)
{
	struct msg m;
	long from = ipc_recv(TID_ANY, &m);

	for (;;) {
		if (from < 0) {
			from = ipc_recv(TID_ANY, &m);
			continue;
		}
		enum action a = dispatch(from, &m);
		if (wait_for->ready) {
			ipc_reply((u32)from, &m);
			return;
		}
		from = answer_and_wait(a, from, &m);
	}
}

/* Serves forever; a Linux system call (the kernel's exact tag) goes straight to linux_message. */
static void serve(void)
{
	struct msg m;
	long from = ipc_recv(TID_ANY, &m);

	for (;;) {
		struct proc *p;
		enum action a;
		if (likely(m.tag == TAG(LABEL_LINUX_SYSCALL, 8) && (p = proc_by_tid((u32)from))))
			a = linux_message(p, &m);
		else if (from < 0)
			a = NOTHING;
		else
			a = dispatch(from, &m);
		from = answer_and_wait(a, from, &m);
	}
}

static void start_fs0(void)
{
	u32 pages = frames_free_count() >> FS0_SHARE_SHIFT;

	fs0_base_pa = frame_reserve_run(pages);
	fs0_bytes = fs0_base_pa ? pages * PAGE_SIZE : 0;
	struct task *fs0 = start_server("fs0", PRIO_FS0,
					CAP_NATIVE | CAP_CONTROL | CAP_MEMORY | CAP_IRQ | CAP_SYSTEM);
	if (!fs0 || !fs0_bytes) {
		printf("mm0: cannot start fs0\n");
		poweroff(2);
	}
	fs0_tid = fs0->tid;
	serve_until(fs0);
}

int main(const struct bootinfo *bi)
{
	if (bi->magic != BOOTINFO_MAGIC || bi->version != BOOTINFO_VERSION) {
		printf("mm0: bad boot info\n");
		poweroff(2);
	}
	bootinfo = bi;
	mm0_tid = bi->root_tid;
	mm0_space = bi->root_space;
	if (cmdline_get(bi->cmdline, "mm0.crash"))
		*(volatile u32 *)0 = 1;         /* lets the tests check the kernel's panic report */
	trace_enabled = cmdline_get(bi->cmdline, "trace") != NULL;
	frames_init(bi);
	time_init();
	forward_init();
	start_fs0();
	printf("Persona on board %s: %u MiB RAM, %u MiB free; servers: mm0 (thread %u), fs0 (thread %u)\n",
	       bi->board, bi->ram_size_bytes >> 20, frames_free_count() >> 8, mm0_tid, fs0_tid);
	mm0_check_baseline();
	const struct bootinfo_module *ktest = module_find("ktest");
	if (!ktest && !module_find("initrd")) {
		printf("mm0: no root file system (initrd=): powering off\n");
		poweroff(mm0_check(1) < 0 ? 125 : 0);
	}
	if (ktest ? !task_start(ktest, PRIO_KTEST, CAP_ALL) : init_start(bi->cmdline) < 0)
		poweroff(2);
	serve();
	return 0;
}
