/*
 * exec_state: what survives execve (Linux's rules): descriptors without
 * FD_CLOEXEC (with their offsets), the signal mask, pending signals,
 * ignored signals, the pid, parent and process group; what does not:
 * FD_CLOEXEC descriptors and handled signals (back to SIG_DFL). A parent
 * cannot setpgid a child after it has exec'd (EACCES). The test execs
 * itself (argv[0]) in "report" mode.
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>

static void on_usr(int sig)
{
}

/* "report" mode, after the exec: print what came through. */
static int report(char **argv)
{
	struct sigaction sa;
	sigset_t mask, pend;

	printf("  pid kept: %s\n", atoi(argv[2]) == getpid() ? "yes" : "no");
	printf("  fd 5 (no cloexec) open: %s, offset %ld\n", fcntl(5, F_GETFD) >= 0 ? "yes" : "no",
	       (long)lseek(5, 0, SEEK_CUR));
	printf("  fd 6 (cloexec) open: %s\n", fcntl(6, F_GETFD) >= 0 ? "yes" : "no");
	sigaction(SIGUSR1, NULL, &sa);
	printf("  handled SIGUSR1 now default: %s\n", sa.sa_handler == SIG_DFL ? "yes" : "no");
	sigaction(SIGUSR2, NULL, &sa);
	printf("  ignored SIGUSR2 still ignored: %s\n", sa.sa_handler == SIG_IGN ? "yes" : "no");
	sigprocmask(SIG_BLOCK, NULL, &mask);
	printf("  SIGTERM still blocked: %s\n", sigismember(&mask, SIGTERM) ? "yes" : "no");
	sigpending(&pend);
	printf("  SIGTERM still pending: %s\n", sigismember(&pend, SIGTERM) ? "yes" : "no");
	return 4;
}

int main(int argc, char **argv)
{
	int st;

	if (argc > 1 && !strcmp(argv[1], "report"))
		return report(argv);
	if (argc > 1 && !strcmp(argv[1], "wait")) {
		char c;
		return read(0, &c, 1) == 1 ? 0 : 1;
	}
	if (argc > 1 && !strcmp(argv[1], "pause"))
		for (;;)
			pause();
	int fd = open("data", O_RDWR | O_CREAT | O_TRUNC, 0644);
	SETUP(fd);
	SETUP(write(fd, "0123456789", 10));
	SETUP(lseek(fd, 3, SEEK_SET));
	SETUP(dup2(fd, 5));
	SETUP(dup2(fd, 6));
	SETUP(fcntl(6, F_SETFD, FD_CLOEXEC));
	signal(SIGUSR1, on_usr);
	signal(SIGUSR2, SIG_IGN);
	sigset_t term;
	sigemptyset(&term);
	sigaddset(&term, SIGTERM);
	sigprocmask(SIG_BLOCK, &term, NULL);
	pid_t pid = fork();
	if (pid == 0) {
		char me[16];
		snprintf(me, sizeof me, "%d", getpid());
		raise(SIGTERM);
		execl(argv[0], argv[0], "report", me, (char *)NULL);
		_exit(127);
	}
	waitpid(pid, &st, 0);
	EXPECT_EQ("the exec'd child reported and exited 4", WEXITSTATUS(st), 4);

	int p[2];
	SETUP(pipe(p));
	pid = fork();
	if (pid == 0) {
		dup2(p[0], 0);
		execl(argv[0], argv[0], "wait", (char *)NULL);
		_exit(127);
	}
	close(p[0]);
	struct timespec ts = { 0, 200000000 };
	nanosleep(&ts, NULL);   /* it has exec'd by now */
	EXPECT_ERR("setpgid after its exec: EACCES", setpgid(pid, pid), EACCES);
	write(p[1], "x", 1);
	waitpid(pid, &st, 0);
	EXPECT_EQ("it ran", WEXITSTATUS(st), 0);

	pid = vfork();
	if (pid == 0) {
		execl(argv[0], argv[0], "pause", (char *)NULL);
		_exit(127);
	}
	EXPECT_TRUE("vfork: the parent goes on once the child has exec'd", pid > 0);
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
	EXPECT_EQ("... and the child was running the program", WTERMSIG(st), SIGKILL);
	return lt_done();
}
