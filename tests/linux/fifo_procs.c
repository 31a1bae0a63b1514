/*
 * fifo_procs: a FIFO between processes: a blocking open for reading
 * waits until another process opens for writing, and one for writing
 * waits for a reader; bytes flow from one to the other, then end of file
 * once the writer has closed (every later read too); with an O_RDWR
 * opener present a reader's open does not wait; a FIFO unlinked while
 * open still carries data, to a child that inherited it as well, fstat
 * says nlink 0, and a new FIFO made under the name is a different one.
 */
#include "lt.h"
#include <poll.h>
#include <sys/wait.h>

static int ready(int fd)
{
	struct pollfd pf = { fd, POLLIN, 0 };

	return poll(&pf, 1, 0) == 1;
}

static int wait_status(pid_t pid)
{
	int st;

	if (waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

int main(void)
{
	int s[2], fd, rw;
	char buf[16], c;
	pid_t pid;
	struct stat st;

	SETUP(mkfifo("f", 0600));
	SETUP(pipe(s));

	/* the reader opens first and waits */
	pid = fork();
	SETUP(pid);
	if (pid == 0) {
		usleep(100000);
		write(s[1], "w", 1);    /* before its open: the parent's cannot end sooner */
		int w = open("f", O_WRONLY);
		if (w < 0 || write(w, "hello", 5) != 5)
			_exit(1);
		_exit(0);
	}
	fd = open("f", O_RDONLY);
	EXPECT_TRUE("O_RDONLY open returned", fd >= 0);
	EXPECT_TRUE("only after the writer came", ready(s[0]));
	read(s[0], &c, 1);
	EXPECT_EQ("writer exited", wait_status(pid), 0);
	EXPECT_EQ("read its bytes", read(fd, buf, sizeof buf), 5);
	EXPECT_TRUE("\"hello\"", !memcmp(buf, "hello", 5));
	EXPECT_EQ("writer gone: end of file", read(fd, buf, sizeof buf), 0);
	EXPECT_EQ("and again", read(fd, buf, sizeof buf), 0);
	close(fd);

	/* the writer opens first and waits */
	pid = fork();
	SETUP(pid);
	if (pid == 0) {
		usleep(100000);
		write(s[1], "r", 1);
		int r = open("f", O_RDONLY), n = 0, k;
		if (r < 0)
			_exit(1);
		while ((k = read(r, buf + n, sizeof buf - n)) > 0)
			n += k;
		_exit(k == 0 && n == 4 && !memcmp(buf, "data", 4) ? 0 : 2);
	}
	fd = open("f", O_WRONLY);
	EXPECT_TRUE("O_WRONLY open returned", fd >= 0);
	EXPECT_TRUE("only after the reader came", ready(s[0]));
	read(s[0], &c, 1);
	EXPECT_EQ("write 2", write(fd, "da", 2), 2);
	EXPECT_EQ("write 2 more", write(fd, "ta", 2), 2);
	close(fd);
	EXPECT_EQ("the reader got \"data\", then end of file", wait_status(pid), 0);

	/* an O_RDWR opener counts as a writer: a reader's open does not wait */
	rw = open("f", O_RDWR);
	EXPECT_TRUE("O_RDWR open", rw >= 0);
	pid = fork();
	SETUP(pid);
	if (pid == 0) {
		int r = open("f", O_RDONLY);
		if (r < 0)
			_exit(1);
		write(s[1], "o", 1);
		_exit(read(r, buf, sizeof buf) == 3 && !memcmp(buf, "xyz", 3) ? 0 : 2);
	}
	EXPECT_EQ("the child's O_RDONLY open returned", read(s[0], &c, 1) == 1 ? c : '?', 'o');
	EXPECT_EQ("write 3", write(rw, "xyz", 3), 3);
	EXPECT_EQ("the child read them", wait_status(pid), 0);

	/* unlinked while open */
	EXPECT_OK("unlink the FIFO", unlink("f"));
	EXPECT_ERR("the name is gone", stat("f", &st), ENOENT);
	EXPECT_OK("fstat", fstat(rw, &st));
	EXPECT_TRUE("still a FIFO", S_ISFIFO(st.st_mode));
	EXPECT_EQ("nlink", st.st_nlink, 0);
	EXPECT_EQ("write 4", write(rw, "abcd", 4), 4);
	EXPECT_EQ("read 4", read(rw, buf, sizeof buf), 4);
	pid = fork();
	SETUP(pid);
	if (pid == 0)
		_exit(write(rw, "kid", 3) == 3 ? 0 : 1);
	EXPECT_EQ("a child wrote into it", wait_status(pid), 0);
	EXPECT_EQ("read the child's 3", read(rw, buf, sizeof buf), 3);
	EXPECT_TRUE("\"kid\"", !memcmp(buf, "kid", 3));
	EXPECT_OK("mkfifo the name again", mkfifo("f", 0600));
	EXPECT_ERR("a new FIFO, the old one still open: no reader (ENXIO)", open("f", O_WRONLY | O_NONBLOCK), ENXIO);
	close(rw);
	return lt_done();
}
