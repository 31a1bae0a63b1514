/*
 * epoll_pipe: epoll on pipes, through the raw calls (the glue has no
 * <sys/epoll.h>; struct epoll_event is 16 bytes on ARM EABI, the data
 * 8-aligned): epoll_create1 and its flags, epoll_ctl's errors (EEXIST,
 * ENOENT, EPERM for a regular file, EINVAL for the epoll fd itself or a
 * bad op, EBADF); level-triggered readiness repeats until the data is
 * read, EPOLLET reports only new data, EPOLLONESHOT once until
 * EPOLL_CTL_MOD re-arms it; a wait with no timeout ends when a child
 * writes; EPOLLHUP after the writer goes, EPOLLERR for a write end whose
 * reader went; closing the last fd of a file takes it out of the set.
 */
#include "lt.h"
#include <sys/wait.h>

#define EP_IN       0x001u
#define EP_OUT      0x004u
#define EP_ERR      0x008u
#define EP_HUP      0x010u
#define EP_ONESHOT  (1u << 30)
#define EP_ET       (1u << 31)
#define CTL_ADD     1
#define CTL_DEL     2
#define CTL_MOD     3

struct ev {
	uint32_t events;
	uint64_t data;
};

_Static_assert(sizeof(struct ev) == 16, "ARM EABI struct epoll_event");

static long ctl(int ep, int op, int fd, uint32_t events, uint64_t data)
{
	struct ev e = { events, data };

	return syscall(SYS_epoll_ctl, ep, op, fd, &e);
}

static struct ev got[4];

static long wait_ev(int ep, int ms)
{
	memset(got, 0, sizeof got);
	return syscall(SYS_epoll_wait, ep, got, 4, ms);
}

int main(void)
{
	int ep, p[2], q[2], fd, st;
	char buf[8];
	pid_t pid;

	EXPECT_ERR("epoll_create1 with an unknown flag", syscall(SYS_epoll_create1, 1), EINVAL);
	EXPECT_ERR("epoll_create(0)", syscall(SYS_epoll_create, 0), EINVAL);
	ep = (int)syscall(SYS_epoll_create1, 02000000);  /* Linux's O_CLOEXEC */
	EXPECT_TRUE("epoll_create1(EPOLL_CLOEXEC)", ep >= 0);
	EXPECT_EQ("FD_CLOEXEC", fcntl(ep, F_GETFD), FD_CLOEXEC);
	SETUP(pipe(p));
	lt_write_file("f", "x", 1);
	SETUP(fd = open("f", O_RDONLY));

	EXPECT_OK("ADD the read end", ctl(ep, CTL_ADD, p[0], EP_IN, 42));
	EXPECT_ERR("ADD it again", ctl(ep, CTL_ADD, p[0], EP_IN, 42), EEXIST);
	EXPECT_ERR("MOD one not added", ctl(ep, CTL_MOD, p[1], EP_OUT, 1), ENOENT);
	EXPECT_ERR("DEL one not added", ctl(ep, CTL_DEL, p[1], 0, 0), ENOENT);
	EXPECT_ERR("ADD a regular file", ctl(ep, CTL_ADD, fd, EP_IN, 0), EPERM);
	EXPECT_ERR("ADD the epoll fd to itself", ctl(ep, CTL_ADD, ep, EP_IN, 0), EINVAL);
	EXPECT_ERR("op 9", ctl(ep, 9, p[0], EP_IN, 0), EINVAL);
	EXPECT_ERR("ADD a closed fd", ctl(ep, CTL_ADD, 40, EP_IN, 0), EBADF);
	EXPECT_ERR("on a non-epoll fd", ctl(fd, CTL_ADD, p[0], EP_IN, 0), EINVAL);
	EXPECT_ERR("epoll_wait, maxevents 0", syscall(SYS_epoll_wait, ep, got, 0, 0), EINVAL);
	EXPECT_ERR("epoll_wait on a pipe", syscall(SYS_epoll_wait, p[0], got, 1, 0), EINVAL);

	EXPECT_EQ("nothing to read", wait_ev(ep, 0), 0);
	SETUP(write(p[1], "ab", 2));
	EXPECT_EQ("after a write", wait_ev(ep, 0), 1);
	EXPECT_TRUE("EPOLLIN, data 42", got[0].events == EP_IN && got[0].data == 42);
	EXPECT_EQ("level-triggered: again", wait_ev(ep, 0), 1);
	SETUP(read(p[0], buf, sizeof buf));
	EXPECT_EQ("read: nothing", wait_ev(ep, 0), 0);

	EXPECT_OK("MOD to EPOLLET", ctl(ep, CTL_MOD, p[0], EP_IN | EP_ET, 0x100000007ull));
	SETUP(write(p[1], "c", 1));
	EXPECT_EQ("edge: once", wait_ev(ep, 0), 1);
	EXPECT_TRUE("64-bit data kept", got[0].data == 0x100000007ull);
	EXPECT_EQ("edge: not again", wait_ev(ep, 0), 0);
	SETUP(write(p[1], "d", 1));
	EXPECT_EQ("edge: new data, again", wait_ev(ep, 0), 1);
	SETUP(read(p[0], buf, sizeof buf));

	EXPECT_OK("MOD to EPOLLONESHOT", ctl(ep, CTL_MOD, p[0], EP_IN | EP_ONESHOT, 5));
	SETUP(write(p[1], "e", 1));
	EXPECT_EQ("oneshot: once", wait_ev(ep, 0), 1);
	SETUP(write(p[1], "f", 1));
	EXPECT_EQ("oneshot: then disarmed", wait_ev(ep, 0), 0);
	EXPECT_OK("MOD re-arms", ctl(ep, CTL_MOD, p[0], EP_IN, 6));
	EXPECT_EQ("ready again", wait_ev(ep, 0), 1);
	EXPECT_EQ("data 6", got[0].data, 6);
	SETUP(read(p[0], buf, sizeof buf));

	pid = fork();
	SETUP(pid);
	if (pid == 0) {
		usleep(100000);
		write(p[1], "g", 1);
		_exit(0);
	}
	EXPECT_EQ("timeout -1: woken by a child's write", wait_ev(ep, -1), 1);
	waitpid(pid, &st, 0);
	SETUP(read(p[0], buf, sizeof buf));
	close(p[1]);
	EXPECT_EQ("the writer gone", wait_ev(ep, 0), 1);
	EXPECT_EQ("EPOLLHUP", got[0].events, EP_HUP);
	close(p[0]);
	EXPECT_EQ("closed: out of the set", wait_ev(ep, 0), 0);

	SETUP(pipe(q));
	EXPECT_OK("ADD a write end", ctl(ep, CTL_ADD, q[1], EP_OUT, 9));
	EXPECT_EQ("writable", wait_ev(ep, 0), 1);
	EXPECT_EQ("EPOLLOUT", got[0].events, EP_OUT);
	close(q[0]);
	EXPECT_EQ("the reader gone", wait_ev(ep, 0), 1);
	EXPECT_EQ("EPOLLOUT | EPOLLERR", got[0].events, EP_OUT | EP_ERR);
	EXPECT_OK("DEL", ctl(ep, CTL_DEL, q[1], 0, 0));
	EXPECT_EQ("nothing left", wait_ev(ep, 0), 0);
	close(q[1]);
	close(ep);
	return lt_done();
}
