/*
 * stress_fork_exec: 1000 rounds of fork, execve (of this program, which
 * exits at once), exit and wait; free memory afterwards is what it was
 * after a warm-up (Persona exactly, Linux within its caches' noise), and
 * every child's status arrived.
 */
#include "lt.h"
#include <sys/sysinfo.h>
#include <sys/wait.h>

#define ROUNDS 1000

static long free_kib(void)
{
	struct sysinfo si;

	sysinfo(&si);
	return (long)(si.freeram / 1024 * si.mem_unit);
}

static int round_trip(const char *self, int i)
{
	int st;
	pid_t pid = fork();

	if (pid == 0) {
		char code[8];
		snprintf(code, sizeof code, "%d", i & 127);
		execl(self, self, "exit", code, (char *)NULL);
		_exit(255);
	}
	return pid > 0 && waitpid(pid, &st, 0) == pid && WIFEXITED(st) && WEXITSTATUS(st) == (i & 127);
}

int main(int argc, char **argv)
{
	if (argc > 2 && !strcmp(argv[1], "exit"))
		return atoi(argv[2]);
	for (int i = 0; i < 10; i++)
		round_trip(argv[0], i);
	long before = free_kib();
	int good = 0;
	for (int i = 0; i < ROUNDS; i++)
		good += round_trip(argv[0], i);
	long after = free_kib();
	EXPECT_EQ("rounds with the right status", good, ROUNDS);
	EXPECT_TRUE("free memory back where it was (within 1 MiB)", after - before > -1024 && after - before < 1024);
	return lt_done();
}
