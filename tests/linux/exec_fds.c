/*
 * exec_fds: which descriptors an execve keeps. Closed: those opened with
 * O_CLOEXEC, pipe2(O_CLOEXEC)'s, dup3(O_CLOEXEC)'s, F_DUPFD_CLOEXEC's,
 * and any given FD_CLOEXEC by F_SETFD (only bit 0 of its argument counts),
 * including one dup2'd onto itself (which changes nothing). Kept, with
 * their offsets: the others, and dup, dup2, dup3(0) and F_DUPFD copies of
 * close-on-exec descriptors (the flag is the descriptor's, never copied);
 * a failed execve closes nothing; a read after the exec moves the
 * parent's offset. The test execs itself (argv[0]) in "report" mode, with
 * "label:fd:want" arguments (want: an offset, "pipe" or "closed").
 */
#include "lt.h"
#include <sys/wait.h>

/* "report" mode: one check per argument; then reads 2 bytes from fd argv[2]. */
static int report(int argc, char **argv)
{
	char label[64], want[16], line[96];
	int fd;

	for (int i = 3; i < argc; i++) {
		if (sscanf(argv[i], "%63[^:]:%d:%15s", label, &fd, want) != 3)
			return 99;
		int fl = fcntl(fd, F_GETFD);
		off_t off = lseek(fd, 0, SEEK_CUR);
		snprintf(line, sizeof line, "  after exec, %s", label);
		if (!strcmp(want, "closed"))
			EXPECT_ERR(line, fcntl(fd, F_GETFD), EBADF);
		else if (!strcmp(want, "pipe"))
			EXPECT_TRUE(line, fl == 0 && off == -1 && errno == ESPIPE);
		else
			EXPECT_EQ(line, fl == 0 ? off : -1000 - fl, atoi(want));
	}
	char b[2];
	if (read(atoi(argv[2]), b, 2) != 2)
		return 98;
	return lt_failures ? 1 : 0;
}

static char args[16][48];
static char *argl[20];
static int nargs;

static void want(const char *label, int fd, const char *w)
{
	snprintf(args[nargs], sizeof args[nargs], "%s:%d:%s", label, fd, w);
	argl[3 + nargs] = args[nargs];
	nargs++;
}

static int open_at(int flags, off_t off)
{
	int fd = open("data", O_RDONLY | flags);

	SETUP(fd);
	SETUP(lseek(fd, off, SEEK_SET));
	return fd;
}

int main(int argc, char **argv)
{
	char buf[100];
	int st;

	if (argc > 2 && !strcmp(argv[1], "report"))
		return report(argc, argv);
	memset(buf, 'd', sizeof buf);
	lt_write_file("data", buf, sizeof buf);

	int oc = open_at(O_CLOEXEC, 1);
	int plain = open_at(0, 2);
	EXPECT_EQ("open O_CLOEXEC: FD_CLOEXEC", fcntl(oc, F_GETFD), FD_CLOEXEC);
	EXPECT_EQ("open: none", fcntl(plain, F_GETFD), 0);
	want("open O_CLOEXEC", oc, "closed");
	want("open", plain, "2");

	int pc[2], pp[2];
	SETUP(pipe2(pc, O_CLOEXEC));
	SETUP(pipe(pp));
	EXPECT_TRUE("pipe2 O_CLOEXEC: both ends", fcntl(pc[0], F_GETFD) == FD_CLOEXEC && fcntl(pc[1], F_GETFD) == FD_CLOEXEC);
	want("pipe2 O_CLOEXEC read end", pc[0], "closed");
	want("pipe2 O_CLOEXEC write end", pc[1], "closed");
	want("pipe read end", pp[0], "pipe");

	EXPECT_EQ("dup3 O_CLOEXEC", dup3(plain, 40, O_CLOEXEC), 40);
	want("dup3 O_CLOEXEC", 40, "closed");
	EXPECT_EQ("dup3 0 of a close-on-exec one", dup3(oc, 41, 0), 41);
	EXPECT_EQ("... has no FD_CLOEXEC", fcntl(41, F_GETFD), 0);
	want("dup3 0 of O_CLOEXEC", 41, "1");
	EXPECT_ERR("dup3 onto itself", dup3(oc, oc, O_CLOEXEC), EINVAL);

	int dc = fcntl(plain, F_DUPFD_CLOEXEC, 50);
	EXPECT_TRUE("F_DUPFD_CLOEXEC: at least 50, FD_CLOEXEC", dc >= 50 && fcntl(dc, F_GETFD) == FD_CLOEXEC);
	want("F_DUPFD_CLOEXEC", dc, "closed");
	int dn = fcntl(oc, F_DUPFD, 60);
	EXPECT_TRUE("F_DUPFD of a close-on-exec one: no FD_CLOEXEC", dn >= 60 && fcntl(dn, F_GETFD) == 0);
	want("F_DUPFD of O_CLOEXEC", dn, "1");
	int d = dup(oc);
	EXPECT_EQ("dup of a close-on-exec one: no FD_CLOEXEC", fcntl(d, F_GETFD), 0);
	want("dup of O_CLOEXEC", d, "1");
	EXPECT_EQ("dup2 of a close-on-exec one", dup2(oc, 42), 42);
	EXPECT_EQ("... no FD_CLOEXEC", fcntl(42, F_GETFD), 0);
	want("dup2 of O_CLOEXEC", 42, "1");

	int set = open_at(0, 3);
	EXPECT_OK("F_SETFD FD_CLOEXEC", fcntl(set, F_SETFD, FD_CLOEXEC));
	want("F_SETFD FD_CLOEXEC", set, "closed");
	int cleared = open_at(O_CLOEXEC, 4);
	EXPECT_OK("F_SETFD 0 on an O_CLOEXEC one", fcntl(cleared, F_SETFD, 0));
	want("F_SETFD 0 on O_CLOEXEC", cleared, "4");
	int other = open_at(0, 6);
	EXPECT_OK("F_SETFD 2 (not FD_CLOEXEC)", fcntl(other, F_SETFD, 2));
	EXPECT_EQ("... F_GETFD", fcntl(other, F_GETFD), 0);
	want("F_SETFD 2", other, "6");
	int self = open_at(O_CLOEXEC, 5);
	EXPECT_EQ("dup2 onto itself", dup2(self, self), self);
	EXPECT_EQ("... keeps FD_CLOEXEC", fcntl(self, F_GETFD), FD_CLOEXEC);
	want("dup2 of O_CLOEXEC onto itself", self, "closed");

	char fdarg[12];
	snprintf(fdarg, sizeof fdarg, "%d", plain);
	argl[0] = argv[0];
	argl[1] = "report";
	argl[2] = fdarg;
	argl[3 + nargs] = NULL;
	pid_t pid = fork();
	if (pid == 0) {
		execl("no/such/program", "x", (char *)NULL);
		if (fcntl(oc, F_GETFD) != FD_CLOEXEC || fcntl(pc[0], F_GETFD) != FD_CLOEXEC)
			_exit(120);
		execv(argv[0], argl);
		_exit(127);
	}
	waitpid(pid, &st, 0);
	EXPECT_EQ("the exec'd program's checks (and a failed exec closed nothing)",
		  WIFEXITED(st) ? WEXITSTATUS(st) : -1, 0);
	EXPECT_EQ("its read moved my offset", lseek(plain, 0, SEEK_CUR), 4);
	return lt_done();
}
