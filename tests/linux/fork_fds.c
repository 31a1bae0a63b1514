/*
 * fork_fds: a forked child's descriptors refer to the parent's open file
 * descriptions: an lseek in one moves the other's offset, F_SETFL's
 * O_APPEND and O_NONBLOCK set in one show in the other, a dup in the
 * child shares them too; but the descriptor flag FD_CLOEXEC and the table
 * itself are each process's own (a close or dup2 in the child leaves the
 * parent's descriptor as it was). A pipe gives EOF only once every
 * process has closed its write end, and EPIPE only once every read end
 * is closed.
 */
#include "lt.h"
#include <signal.h>
#include <sys/wait.h>

static int fd;

/* Runs fn in a child and returns its exit status (or -1). */
static int in_child(int (*fn)(void))
{
	pid_t pid = fork();
	int st;

	if (pid == 0)
		_exit(fn());
	if (pid < 0 || waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

static int child_seeks(void)
{
	return lseek(fd, 7, SEEK_SET) == 7 ? 0 : 1;
}

static int child_sets_append(void)
{
	return fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_APPEND);
}

static int child_sees_flags(void)
{
	int fl = fcntl(fd, F_GETFL);

	return !!(fl & O_NONBLOCK) * 2 + !!(fl & O_APPEND);
}

static int child_sets_cloexec(void)
{
	return fcntl(fd, F_SETFD, FD_CLOEXEC) == 0 && fcntl(fd, F_GETFD) == FD_CLOEXEC ? 0 : 1;
}

static int child_sees_cloexec(void)
{
	return fcntl(fd, F_GETFD);
}

static int child_closes(void)
{
	return close(fd) == 0 && fcntl(fd, F_GETFD) == -1 ? 0 : 1;
}

static int child_dup_seeks(void)
{
	int d = dup(fd);

	return d >= 0 && lseek(d, 3, SEEK_SET) == 3 && close(d) == 0 ? 0 : 1;
}

static int child_dup2_over(void)
{
	int p[2];

	return pipe(p) == 0 && dup2(p[0], fd) == fd ? 0 : 1;
}

static int child_reads_two(void)
{
	char b[2];

	return read(fd, b, 2) == 2 && b[0] == '0' + 3 ? 0 : 1;
}

int main(void)
{
	char c;
	int st;

	fd = open("data", O_RDWR | O_CREAT | O_TRUNC, 0644);
	SETUP(fd);
	SETUP(write(fd, "0123456789", 10));
	EXPECT_EQ("child lseeks to 7", in_child(child_seeks), 0);
	EXPECT_EQ("... the parent's offset moved", lseek(fd, 0, SEEK_CUR), 7);
	SETUP(lseek(fd, 0, SEEK_SET));
	EXPECT_EQ("child's dup lseeks to 3", in_child(child_dup_seeks), 0);
	EXPECT_EQ("... the parent's offset moved", lseek(fd, 0, SEEK_CUR), 3);
	EXPECT_EQ("child reads 2 bytes at the shared offset", in_child(child_reads_two), 0);
	EXPECT_EQ("... the parent's offset moved", lseek(fd, 0, SEEK_CUR), 5);

	EXPECT_EQ("child sets O_APPEND", in_child(child_sets_append), 0);
	EXPECT_TRUE("... the parent sees O_APPEND", fcntl(fd, F_GETFL) & O_APPEND);
	SETUP(lseek(fd, 0, SEEK_SET));
	EXPECT_EQ("... and its write goes to the end", write(fd, "A", 1) == 1 ? lseek(fd, 0, SEEK_CUR) : -1, 11);
	SETUP(fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK));
	EXPECT_EQ("parent sets O_NONBLOCK: the child sees both flags", in_child(child_sees_flags), 3);
	SETUP(fcntl(fd, F_SETFL, 0));
	EXPECT_EQ("parent clears them: the child sees neither", in_child(child_sees_flags), 0);

	EXPECT_EQ("child sets FD_CLOEXEC", in_child(child_sets_cloexec), 0);
	EXPECT_EQ("... not on the parent's descriptor", fcntl(fd, F_GETFD), 0);
	SETUP(fcntl(fd, F_SETFD, FD_CLOEXEC));
	EXPECT_EQ("the parent's FD_CLOEXEC is copied at fork", in_child(child_sees_cloexec), FD_CLOEXEC);
	SETUP(fcntl(fd, F_SETFD, 0));
	EXPECT_EQ("child closes the descriptor", in_child(child_closes), 0);
	EXPECT_EQ("... the parent's is open, its offset as it was",
		  fcntl(fd, F_GETFD) == 0 ? lseek(fd, 0, SEEK_CUR) : -1, 11);
	EXPECT_EQ("child dup2s a pipe over it", in_child(child_dup2_over), 0);
	EXPECT_EQ("... the parent's is still the file", pread(fd, &c, 1, 0) == 1 ? c : 0, '0');

	int p[2], q[2];
	SETUP(pipe(p));
	SETUP(pipe(q));
	pid_t pid = fork();
	if (pid == 0) {                 /* holds p's write end until q brings a byte */
		close(p[0]);
		close(q[1]);
		read(q[0], &c, 1);
		_exit(0);
	}
	close(q[0]);
	close(p[1]);
	SETUP(fcntl(p[0], F_SETFL, O_NONBLOCK));
	EXPECT_ERR("pipe: I closed my write end, the child has one: no EOF", read(p[0], &c, 1), EAGAIN);
	write(q[1], "x", 1);
	waitpid(pid, &st, 0);
	EXPECT_EQ("... it exited: EOF", read(p[0], &c, 1), 0);
	close(p[0]);
	close(q[1]);

	signal(SIGPIPE, SIG_IGN);
	SETUP(pipe(p));
	SETUP(pipe(q));
	pid = fork();
	if (pid == 0) {                 /* holds p's read end until q brings a byte */
		close(p[1]);
		close(q[1]);
		read(q[0], &c, 1);
		_exit(0);
	}
	close(q[0]);
	close(p[0]);
	EXPECT_EQ("pipe: I closed my read end, the child has one: write works", write(p[1], "y", 1), 1);
	write(q[1], "x", 1);
	waitpid(pid, &st, 0);
	EXPECT_ERR("... it exited: EPIPE", write(p[1], "y", 1), EPIPE);
	close(p[1]);
	close(q[1]);
	return lt_done();
}
