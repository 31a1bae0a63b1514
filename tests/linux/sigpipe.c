/*
 * sigpipe: a write to a pipe nobody reads raises SIGPIPE, which by
 * default ends the writer; ignored or handled, the write fails with EPIPE.
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>

static volatile int pipes;

static void on_pipe(int sig)
{
	pipes++;
}

int main(void)
{
	int p[2], st;

	SETUP(pipe(p));
	close(p[0]);
	pid_t pid = fork();
	if (pid == 0) {
		write(p[1], "x", 1);
		_exit(0);
	}
	waitpid(pid, &st, 0);
	EXPECT_TRUE("default: the writer dies of SIGPIPE", WIFSIGNALED(st) && WTERMSIG(st) == SIGPIPE);
	signal(SIGPIPE, SIG_IGN);
	EXPECT_ERR("ignored: EPIPE", write(p[1], "x", 1), EPIPE);
	signal(SIGPIPE, on_pipe);
	EXPECT_ERR("handled: EPIPE", write(p[1], "x", 1), EPIPE);
	EXPECT_EQ("and the handler ran", pipes, 1);
	sigset_t s;
	sigemptyset(&s);
	sigaddset(&s, SIGPIPE);
	sigprocmask(SIG_BLOCK, &s, NULL);
	EXPECT_ERR("blocked: EPIPE", write(p[1], "x", 1), EPIPE);
	sigpending(&s);
	EXPECT_EQ("and SIGPIPE is pending", sigismember(&s, SIGPIPE), 1);
	return lt_done();
}
