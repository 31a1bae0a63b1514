/*
 * glue_exec: execvpe, execvp and fexecve through the C library. execvpe
 * searches $PATH (skipping directories without the file, remembering one
 * where it is not executable) and gives the new image the environment
 * passed; fexecve runs the file an fd is open on. The test runs copies
 * of itself in "show" mode, so it needs a system that can exec an ARM
 * binary: Linux (tools/linux-ref) or Persona, not qemu-arm.
 */
#include "lt.h"
#include <sys/wait.h>

/* "show" mode: print the arguments and $X, exit 3. */
static int show(int argc, char **argv)
{
	const char *x = getenv("X");

	printf("  argc %d:", argc);
	for (int i = 1; i < argc; i++)
		printf(" [%s]", argv[i]);
	printf(" X=%s\n", x ? x : "(unset)");
	return 3;
}

/* a copy of the file from at to, with mode */
static void copy(const char *from, const char *to, mode_t mode)
{
	char buf[4096];
	int in = open(from, O_RDONLY), out = open(to, O_WRONLY | O_CREAT | O_TRUNC, mode);
	ssize_t n;

	SETUP_TRUE(in >= 0 && out >= 0);
	while ((n = read(in, buf, sizeof buf)) > 0)
		SETUP_TRUE(write(out, buf, (size_t)n) == n);
	close(in);
	close(out);
}

enum how { VPE, VP, FEXEC };

/* Runs the exec in a child: its exit status, or -errno if the exec failed. */
static int run(enum how how, const char *file, int fd, char *const *argv, char *const *envp)
{
	int p[2], err = 0, st;

	SETUP(pipe(p));
	fcntl(p[1], F_SETFD, FD_CLOEXEC);
	pid_t pid = fork();
	if (pid == 0) {
		if (how == VPE)
			execvpe(file, argv, envp);
		else if (how == VP)
			execvp(file, argv);
		else
			fexecve(fd, argv, envp);
		err = errno;
		write(p[1], &err, sizeof err);
		_exit(127);
	}
	close(p[1]);
	int n = read(p[0], &err, sizeof err);
	close(p[0]);
	waitpid(pid, &st, 0);
	return n == sizeof err ? -err : WEXITSTATUS(st);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "show"))
		return show(argc, argv);
	SETUP(mkdir("bin", 0755));
	SETUP(mkdir("noexec", 0755));
	copy(argv[0], "bin/prog", 0755);
	copy(argv[0], "noexec/prog", 0644);
	copy(argv[0], "noexec/other", 0644);

	char *args[] = { "prog", "show", "a b", NULL };
	char *env[] = { "X=passed", NULL };
	setenv("PATH", "missing:noexec:bin", 1);
	setenv("X", "inherited", 1);
	EXPECT_EQ("execvpe: found in the third directory, the environment passed",
		  run(VPE, "prog", -1, args, env), 3);
	EXPECT_EQ("execvp: the environment inherited", run(VP, "prog", -1, args, NULL), 3);
	EXPECT_EQ("execvpe with a slash: no search", run(VPE, "bin/prog", -1, args, env), 3);
	EXPECT_EQ("execvpe: nowhere: ENOENT", run(VPE, "nosuch", -1, args, env), -ENOENT);
	EXPECT_EQ("execvpe: only not executable: EACCES", run(VPE, "other", -1, args, env), -EACCES);
	EXPECT_EQ("execvpe: empty name: ENOENT", run(VPE, "", -1, args, env), -ENOENT);
	copy(argv[0], "here", 0755);
	setenv("PATH", "", 1);
	EXPECT_EQ("empty PATH: the current directory", run(VPE, "here", -1, args, env), 3);
	setenv("PATH", "missing:", 1);
	EXPECT_EQ("an empty PATH entry: the current directory", run(VPE, "here", -1, args, env), 3);

	int fd = open("bin/prog", O_RDONLY);
	SETUP(fd);
	EXPECT_EQ("fexecve of an open executable", run(FEXEC, NULL, fd, args, env), 3);
	close(fd);
	EXPECT_EQ("fexecve of a closed fd: EBADF", run(FEXEC, NULL, 50, args, env), -EBADF);
	fd = open("noexec/prog", O_RDONLY);
	SETUP(fd);
	EXPECT_EQ("fexecve of a file not executable: EACCES", run(FEXEC, NULL, fd, args, env), -EACCES);
	close(fd);
	return lt_done();
}
