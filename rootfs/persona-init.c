/*
 * persona-init: pid 1 of tools/persona-run boots. It runs PROGRAM (argv[1],
 * with argv[1..] and persona-init's own environment, standard files and
 * directory) as its child in a new session, the way tools/linux-ref's init
 * runs each job on Linux, so that the program is not pid 1: its parent is
 * not itself, and its orphans go to init. persona-init reaps every process
 * that comes to it and, once PROGRAM has ended, exits with its status
 * (128+N if Linux signal N ended it), which ends the boot with that status.
 * If PROGRAM cannot be started it says why on the console and exits 125.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

#define START_FAILED 125

static void console_say(const char *what, const char *why)
{
	int fd = open("/dev/console", O_WRONLY);
	char line[512];

	if (fd < 0)
		return;
	int n = snprintf(line, sizeof line, "persona-init: %s: %s\n", what, why);
	write(fd, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
	close(fd);
}

/* wait4 itself: the status word with Linux's signal numbers, not newlib's. */
static long reap(int *status)
{
	return syscall(SYS_wait4, -1, status, 0, 0);
}

int main(int argc, char **argv, char **envp)
{
	if (argc < 2) {
		console_say("usage", "persona-init PROGRAM [ARGS...]");
		return START_FAILED;
	}
	pid_t pid = fork();
	if (pid < 0) {
		console_say("fork", strerror(errno));
		return START_FAILED;
	}
	if (pid == 0) {
		setsid();
		execve(argv[1], argv + 1, envp);
		console_say(argv[1], strerror(errno));
		_exit(START_FAILED);
	}
	for (;;) {
		int status;
		long w = reap(&status);
		if (w == pid)
			return (status & 0x7f) ? 128 + (status & 0x7f) : (status >> 8) & 0xff;
		if (w < 0 && errno != EINTR) {
			console_say("wait4", strerror(errno));
			return START_FAILED;
		}
	}
}
