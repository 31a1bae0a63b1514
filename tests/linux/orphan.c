/*
 * orphan: when a parent exits, its children go to init (pid 1), which
 * reaps them; a process group orphaned by an exit while one of its
 * members is stopped gets SIGHUP and then SIGCONT (Linux's
 * kill_orphaned_pgrp), so the stopped member does not stay stopped.
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>

static volatile int hups;

static void on_hup(int sig)
{
	hups++;
}

int main(void)
{
	int p[2], st;
	char c;

	SETUP(pipe(p));
	pid_t mid = fork();
	if (mid == 0) {
		pid_t grandchild = fork();
		if (grandchild == 0) {
			while (getppid() != 1)
				usleep(10000);
			c = 'r';
			write(p[1], &c, 1);     /* reparented to init */
			_exit(0);
		}
		_exit(0);
	}
	waitpid(mid, &st, 0);
	EXPECT_EQ("the grandchild saw init become its parent", read(p[0], &c, 1) == 1 && c == 'r', 1);

	/* mid leads a new group: its child stops; mid exits, orphaning the group */
	mid = fork();
	if (mid == 0) {
		setpgid(0, 0);
		pid_t kid = fork();
		if (kid == 0) {
			signal(SIGHUP, on_hup);
			raise(SIGSTOP);
			c = hups ? 'h' : 'n';   /* continued after the SIGHUP */
			write(p[1], &c, 1);
			_exit(0);
		}
		waitpid(kid, &st, WUNTRACED);
		_exit(WIFSTOPPED(st) ? 0 : 1);
	}
	waitpid(mid, &st, 0);
	EXPECT_EQ("its stopped member was seen stopped", WEXITSTATUS(st), 0);
	EXPECT_EQ("orphaned: SIGHUP, then SIGCONT let it go on", read(p[0], &c, 1) == 1 ? c : 0, 'h');
	return lt_done();
}
