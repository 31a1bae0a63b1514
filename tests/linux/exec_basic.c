/*
 * exec_basic: execve runs a program with exactly the argv and environment
 * given (an empty argv gets "" as argv[0], as Linux 5.18 on does); "#!"
 * scripts run their interpreter with its one optional argument and the
 * script's path; failures leave the caller as it was, with Linux's errors
 * (ENOENT, EACCES, ENOEXEC, ENOTDIR, E2BIG, ELOOP, EFAULT). The test
 * execs itself (argv[0]) in "show" mode to see what a new image got.
 */
#include "lt.h"
#include <sys/stat.h>
#include <sys/wait.h>

extern char **environ;
static const char *self;

/* "show" mode: print argv and the environment, exit 3. */
static int show(int argc, char **argv)
{
	printf("  argc %d:", argc);
	for (int i = 1; i < argc; i++)
		printf(" [%s]", argv[i]);
	printf("\n  env:");
	for (char **e = environ; *e; e++)
		printf(" [%s]", *e);
	printf("\n");
	return 3;
}

/* Runs execve(path, argv, envp) in a child; its exit status, or -errno if exec failed. */
static int run(const char *path, char *const *argv, char *const *envp)
{
	int p[2], err = 0, st;

	SETUP(pipe(p));
	fcntl(p[1], F_SETFD, FD_CLOEXEC);
	pid_t pid = fork();
	if (pid == 0) {
		syscall(SYS_execve, path, argv, envp);
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

static void file(const char *name, const char *text, mode_t mode)
{
	lt_write_file(name, text, strlen(text));
	chmod(name, mode);
}

int main(int argc, char **argv)
{
	char line[256];

	if (argc > 1 && !strcmp(argv[1], "show"))
		return show(argc, argv);
	if (argc == 1 && !argv[0][0])
		return 0;                       /* started with a NULL argv */
	self = argv[0];
	char *args[] = { (char *)self, "show", "two words", "", NULL };
	char *env[] = { "A=1", "B=with space", NULL };
	char *none[] = { NULL };
	EXPECT_EQ("argv and env passed exactly", run(self, args, env), 3);
	EXPECT_EQ("empty environment", run(self, args, none), 3);
	EXPECT_EQ("NULL envp", run(self, args, NULL), 3);
	EXPECT_EQ("NULL argv: argv[0] is \"\", argc 1", run(self, NULL, env), 0);

	snprintf(line, sizeof line, "#!%s show\n", self);
	file("script", line, 0755);
	char *sargs[] = { "ignored-argv0", "s1", NULL };
	EXPECT_EQ("#! script: interpreter, its argument, script path, argv[1..]", run("./script", sargs, env), 3);
	snprintf(line, sizeof line, "#!  %s   show  \t\n", self);
	file("spaced", line, 0755);
	EXPECT_EQ("#! with spaces around", run("./spaced", sargs, env), 3);
	file("chain1", "#!./script\n", 0755);
	EXPECT_EQ("a script interpreting a script", run("./chain1", sargs, env), 3);
	file("c2", "#!./chain1\n", 0755);
	file("c3", "#!./c2\n", 0755);
	file("c4", "#!./c3\n", 0755);
	file("c5", "#!./c4\n", 0755);
	file("c6", "#!./c5\n", 0755);
	EXPECT_EQ("four levels of scripts", run("./c3", sargs, env), 3);
	EXPECT_EQ("five levels", run("./c4", sargs, env), 3);
	EXPECT_EQ("six levels: ELOOP (Linux allows five)", run("./c5", sargs, env), -ELOOP);
	EXPECT_EQ("too many levels: ELOOP", run("./c6", sargs, env), -ELOOP);
	file("noint", "#!\n", 0755);
	EXPECT_EQ("#! without an interpreter: ENOEXEC", run("./noint", sargs, env), -ENOEXEC);
	file("missing-int", "#!/no/such/interpreter\n", 0755);
	EXPECT_EQ("#! with a missing interpreter: ENOENT", run("./missing-int", sargs, env), -ENOENT);

	EXPECT_EQ("ENOENT", run("./no-such-program", args, env), -ENOENT);
	EXPECT_EQ("empty path: ENOENT", run("", args, env), -ENOENT);
	file("plain", "not a program\n", 0644);
	EXPECT_EQ("not executable: EACCES", run("./plain", args, env), -EACCES);
	file("garbage", "\x7f" "ELF garbage garbage garbage\n", 0755);
	EXPECT_EQ("executable but not a program: ENOEXEC", run("./garbage", args, env), -ENOEXEC);
	mkdir("dir", 0755);
	EXPECT_EQ("a directory: EACCES", run("./dir", args, env), -EACCES);
	EXPECT_EQ("through a file: ENOTDIR", run("./plain/x", args, env), -ENOTDIR);
	EXPECT_EQ("bad path pointer: EFAULT", run(BAD, args, env), -EFAULT);
	char *badargs[] = { (char *)self, BAD, NULL };
	EXPECT_EQ("bad argv string: EFAULT", run(self, badargs, env), -EFAULT);
	EXPECT_EQ("bad argv pointer: EFAULT", run(self, (char *const *)(long)BAD, env), -EFAULT);

	static char big[200 * 1024];
	memset(big, 'x', sizeof big - 1);
	char *bigargs[] = { (char *)self, "show", big, NULL };
	EXPECT_EQ("one string over 128 KiB: E2BIG", run(self, bigargs, env), -E2BIG);
	char **many = malloc(30 * sizeof(char *));
	big[100 * 1024] = 0;
	for (int i = 0; i < 29; i++)
		many[i] = big;
	many[29] = NULL;
	EXPECT_EQ("strings over a quarter of the stack limit: E2BIG", run(self, bigargs, many), -E2BIG);
	EXPECT_OK("and the caller is still here", getpid());
	return lt_done();
}
