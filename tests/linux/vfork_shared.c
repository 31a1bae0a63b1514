/*
 * vfork_shared: a vfork child (the system call, 190) and a
 * CLONE_VM|CLONE_VFORK child share the parent's memory until they exec or
 * exit: what the child writes to a global, the heap, the parent's stack or
 * a page it maps itself is there for the parent when it goes on, and
 * CLONE_CHILD_SETTID's word is set in the shared memory.
 */
#include "lt.h"
#include <sys/mman.h>
#include <sys/wait.h>
#include <linux_abi/sched.h>
#include <linux_abi/signal.h>
#include "lt_raw.h"

/* vfork (190) by hand: in the child, child(arg), which never returns. */
static pid_t __attribute__((noinline)) vfork_then(void (*child)(void *), void *arg)
{
	register long r0 asm("r0");
	register long r7 asm("r7") = SYS_vfork;

	asm volatile("svc #0" : "=r"(r0) : "r"(r7) : "memory");
	if (r0 == 0) {
		child(arg);
		_exit(126);
	}
	return r0 < 0 ? -1 : (pid_t)r0;
}

static volatile int global = 1;
static char *heap;
static char *volatile mapped;
static char stack[64 * 1024] __attribute__((aligned(16)));

static void child_writes(void *arg)
{
	global = 2;
	strcpy(heap, "child");
	*(volatile int *)arg = 7;
	char *m = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (m != MAP_FAILED) {
		m[0] = 'v';
		mapped = m;
	}
	_exit(0);
}

static int clone_child_writes(void *arg)
{
	global = 3;
	strcpy(heap, "clone");
	return 0;
}

static int exit_code(pid_t pid)
{
	int st;

	if (waitpid(pid, &st, 0) != pid)
		return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 1000 + WTERMSIG(st);
}

int main(void)
{
	volatile int local = 5;

	heap = malloc(64);
	SETUP_TRUE(heap != NULL);
	strcpy(heap, "parent");
	pid_t pid = vfork_then(child_writes, (void *)&local);
	EXPECT_EQ("vfork child: exit 0", exit_code(pid), 0);
	EXPECT_EQ("its write to a global is the parent's", global, 2);
	EXPECT_STR("its write to the heap is the parent's", heap, "child");
	EXPECT_EQ("its write to the parent's stack too", local, 7);
	EXPECT_TRUE("the page it mapped is in the parent", mapped != NULL && mapped[0] == 'v');
	if (mapped)
		munmap(mapped, 4096);

	pid_t ctid = 0;
	pid = raw_clone(clone_child_writes, stack + sizeof stack,
			LINUX_CLONE_VM | LINUX_CLONE_VFORK | LINUX_CLONE_CHILD_SETTID | LINUX_SIGCHLD, 0, 0, 0,
			&ctid);
	EXPECT_TRUE("CLONE_VM|CLONE_VFORK: CLONE_CHILD_SETTID's word in shared memory", pid > 0 && ctid == pid);
	EXPECT_EQ("... exit 0", exit_code(pid), 0);
	EXPECT_EQ("its write to a global is the parent's", global, 3);
	EXPECT_STR("its write to the heap is the parent's", heap, "clone");
	return lt_done();
}
