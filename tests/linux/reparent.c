/*
 * reparent: a process whose parent exits gets a new parent (getppid
 * changes, to init, pid 1, as Linux does without a subreaper) and keeps
 * its process group and session; its old grandparent cannot wait for it
 * (ECHILD) and gets no SIGCHLD when it ends, only the one for its own
 * child. A zombie whose parent exits without reaping it leaves its
 * grandparent with nothing to wait for. (That init then reaps them is
 * tools/linux-ref's init's business: it reaps only when the test ends.)
 */
#include "lt.h"
#include <signal.h>
#include <time.h>
#include <sys/wait.h>

struct report {
	char changed, is_init, same_pgrp, same_sid;
};

static void must_read(int fd, void *buf, size_t n)
{
	if (read(fd, buf, n) != (ssize_t)n) {
		printf("setup: short read\n");
		exit(2);
	}
}

int main(void)
{
	int rep[2], go[2], ready[2], st;
	sigset_t chld;
	siginfo_t si;
	struct timespec wait5 = { 5, 0 }, now = { 0, 0 };

	sigemptyset(&chld);
	sigaddset(&chld, SIGCHLD);
	sigprocmask(SIG_BLOCK, &chld, NULL);
	SETUP(pipe(rep));
	SETUP(pipe(go));
	SETUP(pipe(ready));
	pid_t mid = fork();
	if (mid == 0) {
		pid_t me = getpid();
		pid_t gc = fork();
		if (gc == 0) {
			struct report r;
			pid_t pgrp = getpgrp(), sid = getsid(0);
			char c;

			c = getppid() == me;
			write(ready[1], &c, 1);
			close(go[1]);
			read(go[0], &c, 1);     /* mid has been reaped */
			pid_t pp = getppid();
			r.changed = pp != me;
			r.is_init = pp == 1;
			r.same_pgrp = getpgrp() == pgrp;
			r.same_sid = getsid(0) == sid;
			write(rep[1], &r, sizeof r);
			_exit(0);
		}
		char was = 0;
		read(ready[0], &was, 1);        /* the grandchild has looked */
		write(rep[1], &gc, sizeof gc);
		write(rep[1], &was, 1);
		_exit(gc > 0 ? 0 : 1);
	}
	close(go[0]);
	pid_t gc;
	char was;
	must_read(rep[0], &gc, sizeof gc);
	must_read(rep[0], &was, 1);
	EXPECT_TRUE("the middle process exited", waitpid(mid, &st, 0) == mid && WIFEXITED(st) && WEXITSTATUS(st) == 0);
	EXPECT_TRUE("... its SIGCHLD came to me", sigtimedwait(&chld, &si, &wait5) == SIGCHLD && si.si_pid == mid);
	EXPECT_ERR("the grandchild is not my child", waitpid(gc, &st, WNOHANG), ECHILD);
	EXPECT_ERR("... nor is anything", waitpid(-1, &st, WNOHANG), ECHILD);
	EXPECT_OK("... but it is alive", kill(gc, 0));
	write(go[1], "x", 1);
	close(go[1]);
	close(rep[1]);
	struct report r;
	must_read(rep[0], &r, sizeof r);
	EXPECT_TRUE("grandchild: its parent was the middle process", was);
	EXPECT_TRUE("... after that exited, getppid changed", r.changed);
	EXPECT_TRUE("... to 1 (init)", r.is_init);
	EXPECT_TRUE("... same process group", r.same_pgrp);
	EXPECT_TRUE("... same session", r.same_sid);
	char c;
	EXPECT_EQ("... it exited (EOF)", read(rep[0], &c, 1), 0);
	close(rep[0]);
	struct timespec pause = { 0, 300000000 };
	nanosleep(&pause, NULL);
	EXPECT_ERR("its end sent me no SIGCHLD", sigtimedwait(&chld, &si, &now), EAGAIN);

	/* a zombie whose parent exits */
	SETUP(pipe(rep));
	mid = fork();
	if (mid == 0) {
		pid_t z = fork();
		if (z == 0)
			_exit(3);
		siginfo_t zi;
		waitid(P_PID, z, &zi, WEXITED | WNOWAIT);       /* a zombie now */
		write(rep[1], &z, sizeof z);
		_exit(0);
	}
	close(rep[1]);
	pid_t z;
	must_read(rep[0], &z, sizeof z);
	close(rep[0]);
	EXPECT_TRUE("zombie's parent exited without reaping it", waitpid(mid, &st, 0) == mid && WEXITSTATUS(st) == 0);
	EXPECT_TRUE("... its SIGCHLD came to me", sigtimedwait(&chld, &si, &wait5) == SIGCHLD && si.si_pid == mid);
	EXPECT_ERR("the zombie is not mine to reap", waitpid(z, &st, WNOHANG), ECHILD);
	EXPECT_ERR("waitid P_PID neither", waitid(P_PID, z, &si, WEXITED | WNOHANG), ECHILD);
	EXPECT_ERR("no children at all", waitpid(-1, &st, 0), ECHILD);
	EXPECT_ERR("no SIGCHLD for the zombie", sigtimedwait(&chld, &si, &now), EAGAIN);
	return lt_done();
}
