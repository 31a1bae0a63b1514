/*
 * vfork: the vfork system call itself (the C library's vfork() is fork):
 * the child runs first and the parent goes on only once the child has
 * _exited, exec'd or been killed; the child has its own pid, its parent
 * is the caller, and it gets its own descriptor table and working
 * directory; a child whose execve fails reports the error and
 * _exit(127)s. (Whether it shares the parent's memory is vfork_shared.)
 * The test execs itself (argv[0]) in "hold" mode.
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>

static char *self;

/*
 * vfork (190) by hand: in the child, child(arg), which never returns;
 * in the parent, the child's pid (or -1 and errno). The child runs on the
 * parent's stack, below this frame, and only calls functions.
 */
static pid_t __attribute__((noinline)) vfork_then(void (*child)(void *), void *arg)
{
	register long r0 asm("r0");
	register long r7 asm("r7") = SYS_vfork;

	asm volatile("svc #0" : "=r"(r0) : "r"(r7) : "memory");
	if (r0 == 0) {
		child(arg);
		_exit(126);
	}
	if (r0 < 0 && r0 > -4096) {
		errno = (int)-r0;
		return -1;
	}
	return (pid_t)r0;
}

struct report {
	int pid, ppid, marks;
};

static int out_fd;

/* writes its ids, then marks (yielding in between), then _exit(5) */
static void child_reports(void *arg)
{
	struct report r = { getpid(), getppid(), 0 };

	for (int i = 0; i < 3; i++) {
		syscall(SYS_sched_yield);
		r.marks++;
	}
	write(out_fd, &r, sizeof r);
	_exit(5);
}

/* stdin from the pipe, then this program in "hold" mode (or 127) */
static void child_execs(void *arg)
{
	int *p = arg;

	dup2(p[0], 0);
	close(p[0]);
	close(p[1]);
	write(out_fd, "e", 1);
	execl(self, self, "hold", (char *)NULL);
	_exit(127);
}

static void child_exec_fails(void *arg)
{
	execl("no/such/program", "x", (char *)NULL);
	char e = (char)errno;
	write(out_fd, &e, 1);
	_exit(127);
}

static void child_killed(void *arg)
{
	write(out_fd, "k", 1);
	kill(getpid(), SIGKILL);
	_exit(1);
}

/* opens a file (the lowest free fd) and changes directory, then _exit(0) */
static void child_opens(void *arg)
{
	int fd = open("marker", O_RDONLY);

	write(out_fd, &fd, sizeof fd);
	chdir("sub");
	_exit(0);
}

/* what the pipe holds right now (non-blocking), up to n bytes */
static int take(int fd, void *buf, int n)
{
	int r = (int)read(fd, buf, n);

	return r < 0 ? -errno : r;
}

int main(int argc, char **argv)
{
	int out[2], in[2], st;
	char c;

	if (argc > 1 && !strcmp(argv[1], "hold"))
		return read(0, &c, 1) == 1 && c == 'x' ? 6 : 1;
	self = argv[0];
	SETUP(pipe(out));
	SETUP(fcntl(out[0], F_SETFL, O_NONBLOCK));
	out_fd = out[1];

	struct report r = { 0, 0, 0 };
	pid_t pid = vfork_then(child_reports, NULL);
	EXPECT_TRUE("vfork returns a pid", pid > 0);
	EXPECT_EQ("the child ran to its end before the parent went on", take(out[0], &r, sizeof r), sizeof r);
	EXPECT_EQ("... all of it", r.marks, 3);
	EXPECT_TRUE("the child's getpid is what vfork returned", r.pid == pid);
	EXPECT_TRUE("... not the parent's", r.pid != getpid());
	EXPECT_TRUE("the child's getppid is the parent", r.ppid == getpid());
	EXPECT_TRUE("waitpid collects it", waitpid(pid, &st, 0) == pid);
	EXPECT_EQ("... exit 5", WIFEXITED(st) ? WEXITSTATUS(st) : -1, 5);

	SETUP(pipe(in));
	pid = vfork_then(child_execs, in);
	close(in[0]);
	EXPECT_EQ("exec: the child had started", take(out[0], &c, 1) == 1 ? c : 0, 'e');
	EXPECT_EQ("the parent goes on while the exec'd child runs", waitpid(pid, &st, WNOHANG), 0);
	EXPECT_EQ("release it", write(in[1], "x", 1), 1);
	waitpid(pid, &st, 0);
	EXPECT_EQ("it ran the program (exit 6)", WIFEXITED(st) ? WEXITSTATUS(st) : -1, 6);
	close(in[1]);

	pid = vfork_then(child_exec_fails, NULL);
	EXPECT_STR("failed execve: the child's errno", take(out[0], &c, 1) == 1 ? errname(c) : "none", "ENOENT");
	waitpid(pid, &st, 0);
	EXPECT_EQ("... then _exit(127)", WIFEXITED(st) ? WEXITSTATUS(st) : -1, 127);

	pid = vfork_then(child_killed, NULL);
	EXPECT_EQ("killed child: it had run", take(out[0], &c, 1) == 1 ? c : 0, 'k');
	EXPECT_TRUE("... the parent went on", waitpid(pid, &st, 0) == pid);
	EXPECT_TRUE("... WTERMSIG SIGKILL", WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);

	lt_write_file("marker", "m", 1);
	SETUP(mkdir("sub", 0755));
	int fd = -1;
	pid = vfork_then(child_opens, NULL);
	EXPECT_EQ("child's open worked", take(out[0], &fd, sizeof fd), sizeof fd);
	EXPECT_ERR("its descriptor is not in the parent's table", fcntl(fd, F_GETFD), EBADF);
	EXPECT_OK("its chdir did not move the parent", access("marker", F_OK));
	waitpid(pid, &st, 0);
	EXPECT_EQ("... exit 0", WIFEXITED(st) ? WEXITSTATUS(st) : -1, 0);

	EXPECT_ERR("no children left", waitpid(-1, &st, WNOHANG), ECHILD);
	return lt_done();
}
