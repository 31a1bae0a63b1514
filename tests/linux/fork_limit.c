/*
 * fork_limit: a fork bomb by an ordinary user stops at RLIMIT_NPROC with
 * EAGAIN (root is exempt, as in Linux); the processes it made are reaped
 * and the user can fork again; free memory comes back.
 */
#include "lt.h"
#include <signal.h>
#include <sys/resource.h>
#include <sys/sysinfo.h>
#include <sys/wait.h>

#define LIMIT 25

static long free_kib(void)
{
	struct sysinfo si;

	sysinfo(&si);
	return (long)(si.freeram / 1024 * si.mem_unit);
}

/* As uid 1000 with RLIMIT_NPROC = LIMIT: forks until refused; exits with how many it made. */
static int bomb(void)
{
	struct rlimit r = { LIMIT, LIMIT };
	pid_t kids[LIMIT * 2];
	int n = 0, err = 0;

	if (setrlimit(RLIMIT_NPROC, &r) || setuid(1000))
		return 255;
	while (n < LIMIT * 2) {
		pid_t pid = fork();
		if (pid == 0) {
			pause();
			_exit(0);
		}
		if (pid < 0) {
			err = errno;
			break;
		}
		kids[n++] = pid;
	}
	for (int i = 0; i < n; i++)
		kill(kids[i], SIGKILL);
	for (int i = 0; i < n; i++)
		waitpid(kids[i], NULL, 0);
	pid_t again = fork();
	if (again == 0)
		_exit(0);
	int ok = again > 0 && waitpid(again, NULL, 0) == again;
	return err == EAGAIN && ok ? n : 200 + (err != EAGAIN);
}

int main(void)
{
	int st;
	long before = free_kib();
	pid_t pid = fork();

	if (pid == 0)
		_exit(bomb());
	waitpid(pid, &st, 0);
	EXPECT_EQ("children made before EAGAIN (the limit counts the bomb itself)", WEXITSTATUS(st), LIMIT - 1);
	EXPECT_TRUE("free memory back (within 1 MiB)", free_kib() - before > -1024);
	return lt_done();
}
