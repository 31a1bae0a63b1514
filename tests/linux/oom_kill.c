/*
 * oom_kill: a process that touches more memory than the machine has is
 * killed by SIGKILL when no more can be given (Linux's OOM killer picks
 * it, the largest), not the system; a mapping too big for the address
 * space is ENOMEM at mmap. Afterwards processes work and the memory is back.
 */
#include "lt.h"
#include <signal.h>
#include <sys/mman.h>
#include <sys/sysinfo.h>
#include <sys/wait.h>

#define CHUNK (1u << 20)

static long free_kib(void)
{
	struct sysinfo si;

	sysinfo(&si);
	return (long)(si.freeram / 1024 * si.mem_unit);
}

int main(void)
{
	int st;

	EXPECT_TRUE("mmap of 3.5 GiB: ENOMEM", mmap(NULL, 0xe0000000u, PROT_READ | PROT_WRITE,
						      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0) == MAP_FAILED &&
		    errno == ENOMEM);
	long before = free_kib();
	pid_t pid = fork();
	if (pid == 0) {
		for (unsigned i = 0; i < 1536; i++) {           /* 1.5 GiB, more than either has */
			char *p = mmap(NULL, CHUNK, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
			if (p == MAP_FAILED)
				_exit(3);
			for (unsigned off = 0; off < CHUNK; off += 4096)
				p[off] = 1;
		}
		_exit(4);
	}
	waitpid(pid, &st, 0);
	EXPECT_TRUE("the hog was killed by SIGKILL", WIFSIGNALED(st) && WTERMSIG(st) == SIGKILL);
	pid = fork();
	if (pid == 0)
		_exit(7);
	waitpid(pid, &st, 0);
	EXPECT_EQ("processes still work", WEXITSTATUS(st), 7);
	EXPECT_TRUE("the memory came back (within 4 MiB)", free_kib() - before > -4096);
	return lt_done();
}
