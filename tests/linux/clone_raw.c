/*
 * clone_raw: the clone system call (120) with ARM's argument order
 * (flags, stack, parent_tid, tls, child_tid). clone(SIGCHLD) is fork;
 * CLONE_PARENT_SETTID and CLONE_CHILD_SETTID store the pid in the
 * parent's and the child's memory; CLONE_VM|CLONE_VFORK|SIGCHLD with a
 * stack of its own, as posix_spawn-style C libraries use it, runs the
 * child on that stack until it execs or exits, the parent waiting; flag
 * sets Linux refuses are EINVAL (CLONE_SIGHAND without CLONE_VM,
 * CLONE_THREAD without CLONE_SIGHAND, CLONE_FS with CLONE_NEWNS or
 * CLONE_NEWUSER, CLONE_PIDFD with CLONE_PARENT_SETTID). The test execs
 * itself (argv[0]) in "show" mode.
 */
#include "lt.h"
#include <sys/wait.h>
#include <linux_abi/sched.h>
#include <linux_abi/signal.h>
#include "lt_raw.h"

static char *self;
static int global = 1;
static int out_fd;
static char stack[64 * 1024] __attribute__((aligned(16)));

#define STACK_TOP (stack + sizeof stack)

/* a clone call through syscall(), the way fork() might be written */
static long clone_call(unsigned flags, void *sp, pid_t *ptid, void *tls, pid_t *ctid)
{
	long r = syscall(SYS_clone, flags, sp, ptid, tls, ctid);

	return r < 0 ? -errno : r;
}

/* clone(flags | SIGCHLD) with a parent_tid word, for flag sets that must fail */
static long bad_clone(unsigned flags)
{
	static pid_t word;

	return syscall(SYS_clone, flags | LINUX_SIGCHLD, 0, &word, 0, 0);
}

static int exit_code(pid_t pid)
{
	int st;

	if (waitpid(pid, &st, 0) != pid)
		return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 1000 + WTERMSIG(st);
}

/* on the new stack: 42 if its locals are there and its parent is the caller */
static int on_own_stack(void *arg)
{
	char here;
	int ok = &here >= stack && &here < STACK_TOP;

	write(out_fd, "s", 1);
	return ok && getppid() == *(pid_t *)arg ? 42 : 1;
}

static int execs(void *arg)
{
	execl(self, self, "show", (char *)NULL);
	return 127;
}

static int exec_fails(void *arg)
{
	execl("no/such/program", "x", (char *)NULL);
	char e = (char)errno;
	write(out_fd, &e, 1);
	return 127;
}

static int child_settid_seen(void *arg)
{
	return *(pid_t *)arg == getpid() ? 7 : 1;
}

int main(int argc, char **argv)
{
	int p[2];
	char c;

	if (argc > 1 && !strcmp(argv[1], "show"))
		return 3;
	self = argv[0];
	SETUP(pipe(p));
	SETUP(fcntl(p[0], F_SETFL, O_NONBLOCK));
	out_fd = p[1];

	long pid = clone_call(LINUX_SIGCHLD, 0, 0, 0, 0);
	if (pid == 0) {
		global = 2;
		_exit(getppid() > 0 && global == 2 ? 9 : 1);
	}
	EXPECT_TRUE("clone(SIGCHLD): a pid", pid > 0);
	EXPECT_EQ("... the child ran (exit 9)", exit_code(pid), 9);
	EXPECT_EQ("... on a copy of memory", global, 1);

	pid_t ptid = 0, ctid = 0;
	pid = clone_call(LINUX_SIGCHLD | LINUX_CLONE_PARENT_SETTID, 0, &ptid, 0, 0);
	if (pid == 0)
		_exit(0);
	EXPECT_TRUE("CLONE_PARENT_SETTID: the parent's word holds the pid", pid > 0 && ptid == pid);
	EXPECT_EQ("... exit 0", exit_code(pid), 0);

	pid = raw_clone(child_settid_seen, 0, LINUX_SIGCHLD | LINUX_CLONE_CHILD_SETTID, &ctid, 0, 0, &ctid);
	EXPECT_EQ("CLONE_CHILD_SETTID: the child's word holds its pid", exit_code(pid), 7);
	EXPECT_EQ("... not the parent's (no CLONE_VM)", ctid, 0);

	unsigned spawn = LINUX_CLONE_VM | LINUX_CLONE_VFORK | LINUX_SIGCHLD;
	pid_t me = getpid();
	pid = raw_clone(on_own_stack, STACK_TOP, spawn, &me, 0, 0, 0);
	EXPECT_TRUE("CLONE_VM|CLONE_VFORK: a pid", pid > 0);
	EXPECT_EQ("... the child had run when the parent went on", read(p[0], &c, 1) == 1 ? c : 0, 's');
	EXPECT_EQ("... on its own stack, my child (exit 42)", exit_code(pid), 42);
	pid = raw_clone(execs, STACK_TOP, spawn, 0, 0, 0, 0);
	EXPECT_EQ("... exec'd: the program ran (exit 3)", exit_code(pid), 3);
	pid = raw_clone(exec_fails, STACK_TOP, spawn, 0, 0, 0, 0);
	EXPECT_STR("... failed exec: the child's errno", read(p[0], &c, 1) == 1 ? errname(c) : "none", "ENOENT");
	EXPECT_EQ("... then exit 127", exit_code(pid), 127);

	EXPECT_ERR("CLONE_SIGHAND without CLONE_VM", bad_clone(LINUX_CLONE_SIGHAND), EINVAL);
	EXPECT_ERR("CLONE_THREAD without CLONE_SIGHAND", bad_clone(LINUX_CLONE_THREAD | LINUX_CLONE_VM), EINVAL);
	EXPECT_ERR("CLONE_THREAD alone", syscall(SYS_clone, LINUX_CLONE_THREAD, 0, 0, 0, 0), EINVAL);
	EXPECT_ERR("CLONE_NEWNS with CLONE_FS", bad_clone(LINUX_CLONE_NEWNS | LINUX_CLONE_FS), EINVAL);
	EXPECT_ERR("CLONE_NEWUSER with CLONE_FS", bad_clone(LINUX_CLONE_NEWUSER | LINUX_CLONE_FS), EINVAL);
	EXPECT_ERR("CLONE_PIDFD with CLONE_PARENT_SETTID",
		   bad_clone(LINUX_CLONE_PIDFD | LINUX_CLONE_PARENT_SETTID), EINVAL);
	EXPECT_EQ("no child was made", waitpid(-1, 0, WNOHANG) == -1 && errno == ECHILD, 1);
	return lt_done();
}
