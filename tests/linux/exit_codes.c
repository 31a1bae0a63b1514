/*
 * exit_codes: what a process's end leaves to its parent. Only the low 8
 * bits of the code arrive (exit(256) is 0, exit(-1) 255, main returning
 * 300 is 44, exit_group(0x1234) 0x34); exit() runs the atexit handlers
 * (last registered first) and flushes stdio, _exit(), exit_group and
 * exit (1) do neither, and neither does death by a signal; a forked
 * child's exit() flushes its copy of the parent's unwritten buffer.
 * The test execs itself (argv[0]) in "ret" mode.
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>

static int out;                 /* a pipe's write end, for handlers */

static void h1(void) { write(out, "1", 1); }
static void h2(void) { write(out, "2", 1); }
static void h3(void) { write(out, "3", 1); }

/* the raw wait status of a child that runs fn(arg) and then _exit(0)s */
static int status_of(void (*fn)(int), int arg)
{
	int st;
	pid_t pid = fork();

	if (pid == 0) {
		fn(arg);
		_exit(0);
	}
	if (syscall(SYS_wait4, pid, &st, 0, 0) != pid)
		return -1;
	return st;
}

static void do_exit(int code) { exit(code); }
static void do_exit_group(int code) { syscall(SYS_exit_group, code); }
static void do_sys_exit(int code) { syscall(SYS_exit, code); }

/* handlers 1, 2, 3, a buffered line on a pipe, then how it ends */
static void handlers_then(int how)
{
	FILE *f = fdopen(dup(out), "w");

	setvbuf(f, NULL, _IOFBF, 256);
	atexit(h1);
	atexit(h2);
	atexit(h3);
	fprintf(f, "[buffered]");
	if (how == 0)
		exit(0);
	if (how == 1)
		_exit(0);
	if (how == 2)
		syscall(SYS_exit_group, 0);
	if (how == 3)
		raise(SIGTERM);
}

/* what the pipe holds (all the writers are gone) */
static const char *drain(int fd)
{
	static char buf[64];
	int n = 0, r;

	while (n < (int)sizeof buf - 1 && (r = (int)read(fd, buf + n, sizeof buf - 1 - n)) > 0)
		n += r;
	buf[n] = 0;
	return buf;
}

static const char *pipe_after(int how, int *st)
{
	int p[2];

	SETUP(pipe(p));
	out = p[1];
	*st = status_of(handlers_then, how);
	close(p[1]);
	const char *s = drain(p[0]);
	close(p[0]);
	return s;
}

int main(int argc, char **argv)
{
	int st;

	if (argc > 1 && !strcmp(argv[1], "ret"))
		return 300;
	EXPECT_EQ("exit(0): raw status", status_of(do_exit, 0), 0);
	EXPECT_EQ("exit(3): raw status", status_of(do_exit, 3), 0x300);
	EXPECT_EQ("exit(256): raw status", status_of(do_exit, 256), 0);
	EXPECT_EQ("exit(257)", status_of(do_exit, 257), 0x100);
	EXPECT_EQ("exit(-1)", status_of(do_exit, -1), 0xff00);
	EXPECT_EQ("exit(-256)", status_of(do_exit, -256), 0);
	EXPECT_EQ("exit_group(0x1234)", status_of(do_exit_group, 0x1234), 0x3400);
	EXPECT_EQ("exit (1) with 0x1ff", status_of(do_sys_exit, 0x1ff), 0xff00);

	pid_t pid = fork();
	if (pid == 0)
		exit(3);
	waitpid(pid, &st, 0);
	EXPECT_TRUE("exit(3): WIFEXITED, WEXITSTATUS 3, not WIFSIGNALED",
		    WIFEXITED(st) && WEXITSTATUS(st) == 3 && !WIFSIGNALED(st));

	EXPECT_STR("exit: handlers last first, then stdio flushed", pipe_after(0, &st), "321[buffered]");
	EXPECT_EQ("... status", st, 0);
	EXPECT_STR("_exit: neither", pipe_after(1, &st), "");
	EXPECT_EQ("... status", st, 0);
	EXPECT_STR("exit_group: neither", pipe_after(2, &st), "");
	EXPECT_EQ("... status", st, 0);
	EXPECT_STR("killed by SIGTERM: neither", pipe_after(3, &st), "");
	EXPECT_EQ("... raw status", st, 15);

	/* a buffered line in the parent, then fork: the child's exit flushes its copy */
	int p[2];
	SETUP(pipe(p));
	FILE *f = fdopen(p[1], "w");
	SETUP_TRUE(f != NULL);
	setvbuf(f, NULL, _IOFBF, 256);
	fprintf(f, "<before fork>");
	pid = fork();
	if (pid == 0)
		exit(0);
	waitpid(pid, &st, 0);
	fprintf(f, "<parent>");
	fclose(f);
	EXPECT_STR("child's exit flushed its copy, then the parent's", drain(p[0]),
		   "<before fork><before fork><parent>");
	close(p[0]);

	pid = fork();
	if (pid == 0) {
		execl(argv[0], argv[0], "ret", (char *)NULL);
		_exit(127);
	}
	waitpid(pid, &st, 0);
	EXPECT_EQ("main returning 300", WIFEXITED(st) ? WEXITSTATUS(st) : -1, 44);
	return lt_done();
}
