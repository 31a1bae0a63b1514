/*
 * linux-ref-init: pid 1 of the Linux reference boots (tools/linux-ref).
 *
 * Built with the glue like any test program, placed at /linux-ref/init in
 * the same initramfs Persona boots, and started by Linux as rdinit=. It
 * mounts devtmpfs on /dev (and proc on /proc), then runs the jobs
 * /linux-ref/jobs/0000, 0001, ... in order, each a directory holding
 *     argv      the program's argv, NUL-terminated strings (argv[0] = path)
 *     env       its environment, the same way
 *     timeout   whole seconds it may run (text; 0 = no limit)
 *     stdin     optional: its standard input (else /dev/null)
 * Each job runs in a new session, in a fresh empty directory /tmp/lr-NNNN,
 * its stdout and stderr going to files outside it. When it ends (or is
 * killed, with its whole session, at the timeout), init reports on the
 * console, one line each, all starting "@@LR ":
 *     @@LR boot NS                 first line: guest ns since reset (CNTVCT)
 *     @@LR 1 NNNN BASE64           the job's stdout, 57 bytes a line
 *     @@LR 2 NNNN BASE64           its stderr
 *     @@LR end NNNN HOW N LEN1 LEN2
 *                                  HOW N: exit N | signal N (Linux's
 *                                  number) | timeout 0 | noexec ERRNO
 *                                  (could not start; the glue's errno);
 *                                  LEN1/LEN2 the stdout/stderr sizes
 *     @@LR done                    after the last job
 * and powers off. The tool checks the lengths, so a stray kernel message
 * between lines cannot go unnoticed.
 */
#define _GNU_SOURCE                     /* pipe2 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>
#include "../tests/bench/vcounter.h"    /* the boot figure, as sysbench takes it */

#define JOBS            "/linux-ref/jobs"
#define MAX_STRINGS     4096
#define LINUX_REBOOT_MAGIC1     0xfee1dead
#define LINUX_REBOOT_MAGIC2     672274793
#define LINUX_REBOOT_CMD_POWER_OFF 0x4321fedc
#define LINUX_SIGKILL   9
#define LINUX_WNOHANG   1

static const int console = 1;   /* where reports go (stdout = /dev/console) */

/* Prints the whole of buf on the console (or nothing if it is gone). */
static void say(const char *buf, size_t len)
{
	while (len > 0) {
		ssize_t n = write(console, buf, len);

		if (n <= 0)
			return;
		buf += n;
		len -= (size_t)n;
	}
}

static void sayf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void sayf(const char *fmt, ...)
{
	char line[256];
	va_list ap;

	va_start(ap, fmt);
	int n = vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	say(line, n < (int)sizeof line ? (size_t)n : sizeof line - 1);
}

/* Mounts the kernel file systems a program may expect; errors are harmless. */
static void mount_filesystems(void)
{
	mkdir("/dev", 0755);
	syscall(SYS_mount, "devtmpfs", "/dev", "devtmpfs", 0, NULL);
	mkdir("/proc", 0555);
	syscall(SYS_mount, "proc", "/proc", "proc", 0, NULL);
	mkdir("/tmp", 01777);
	/* Linux found no /dev/console in the initramfs: fds 0-2 are closed */
	int fd = open("/dev/console", O_RDWR);

	if (fd >= 0) {
		dup2(fd, 0);
		dup2(fd, 1);
		dup2(fd, 2);
		if (fd > 2)
			close(fd);
	}
}

/* Reads a whole small file into a malloc'd buffer (NUL added); NULL if absent. */
static char *slurp(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY);
	struct stat st;

	if (fd < 0 || fstat(fd, &st) < 0) {
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	char *buf = malloc((size_t)st.st_size + 1);
	ssize_t n = buf ? read(fd, buf, (size_t)st.st_size) : -1;

	close(fd);
	if (n < 0) {
		free(buf);
		return NULL;
	}
	buf[n] = 0;
	*len = (size_t)n;
	return buf;
}

/* Splits len bytes of NUL-terminated strings into vec, NULL-ended; returns vec. */
static char **split(char *buf, size_t len, char **vec)
{
	int n = 0;

	for (size_t i = 0; i < len && n < MAX_STRINGS - 1; i += strlen(buf + i) + 1)
		vec[n++] = buf + i;
	vec[n] = NULL;
	return vec;
}

/* Removes a directory tree (the job's scratch directory). */
static void remove_tree(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;
	char child[512];

	while (d && (e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		snprintf(child, sizeof child, "%s/%s", path, e->d_name);
		struct stat st;

		if (lstat(child, &st) == 0 && S_ISDIR(st.st_mode)) {
			chmod(child, 0700);
			remove_tree(child);
		} else {
			unlink(child);
		}
	}
	if (d)
		closedir(d);
	rmdir(path);
}

/*
 * The child's side: session, directory, fds 0-2, exec; never returns.
 * If execve fails, its errno goes to report_fd (close-on-exec otherwise).
 */
static void start_job(char **argv, char **envp, const char *cwd, const char *in,
		      const char *out, const char *err, int report_fd)
{
	setsid();
	int fd0 = open(in, O_RDONLY);
	int fd1 = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	int fd2 = open(err, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	if (fd0 < 0 || fd1 < 0 || fd2 < 0 || chdir(cwd) < 0 ||
	    dup2(fd0, 0) < 0 || dup2(fd1, 1) < 0 || dup2(fd2, 2) < 0)
		goto failed;
	for (int fd = 3; fd < 64; fd++)
		if (fd != report_fd)
			close(fd);
	execve(argv[0], argv, envp);
failed:;
	int e = errno;

	write(report_fd, &e, sizeof e);
	_exit(127);
}

static volatile sig_atomic_t timed_out;

static void on_alarm(int sig)
{
	timed_out = 1;
}

/*
 * Waits for pid with a limit of seconds (0: none); kills its session at the
 * limit. Returns the raw Linux wait status, or -1 after a timeout.
 */
static int wait_job(long pid, int seconds)
{
	int status = 0, killed = 0;

	timed_out = 0;
	alarm(seconds);
	for (;;) {
		long r = syscall(SYS_wait4, pid, &status, 0, NULL);

		if (r == pid || (r < 0 && errno != EINTR))
			break;
		if (timed_out && !killed) {
			syscall(SYS_kill, -pid, LINUX_SIGKILL);
			killed = 1;
		}
	}
	alarm(0);
	/* reap what the job left behind (its orphans are ours as pid 1) */
	while (syscall(SYS_wait4, -1, NULL, LINUX_WNOHANG, NULL) > 0)
		;
	return killed ? -1 : status;
}

/* Sends one file's contents framed as "@@LR TAG NNNN BASE64" lines; returns its size. */
static size_t send_file(const char *path, int tag, int job)
{
	static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	unsigned char in[57 * 64];
	char line[128];
	size_t total = 0;
	int fd = open(path, O_RDONLY);
	ssize_t n;

	while (fd >= 0 && (n = read(fd, in, sizeof in)) > 0) {
		total += (size_t)n;
		for (ssize_t at = 0; at < n; at += 57) {
			int len = n - at < 57 ? (int)(n - at) : 57;
			int o = snprintf(line, sizeof line, "@@LR %d %04d ", tag, job);

			for (int i = 0; i < len; i += 3) {
				unsigned v = in[at + i] << 16;

				v |= i + 1 < len ? in[at + i + 1] << 8 : 0;
				v |= i + 2 < len ? in[at + i + 2] : 0;
				line[o++] = b64[v >> 18 & 63];
				line[o++] = b64[v >> 12 & 63];
				line[o++] = i + 1 < len ? b64[v >> 6 & 63] : '=';
				line[o++] = i + 2 < len ? b64[v & 63] : '=';
			}
			line[o++] = '\n';
			say(line, (size_t)o);
		}
	}
	if (fd >= 0)
		close(fd);
	return total;
}

/* Reports how the job ended (see the top of this file). */
static void report_end(int job, int status, int exec_errno, size_t len1, size_t len2)
{
	if (exec_errno)
		sayf("@@LR end %04d noexec %d %lu %lu\n", job, exec_errno, (unsigned long)len1, (unsigned long)len2);
	else if (status == -1)
		sayf("@@LR end %04d timeout 0 %lu %lu\n", job, (unsigned long)len1, (unsigned long)len2);
	else if (status & 0x7f)
		sayf("@@LR end %04d signal %d %lu %lu\n", job, status & 0x7f, (unsigned long)len1, (unsigned long)len2);
	else
		sayf("@@LR end %04d exit %d %lu %lu\n", job, (status >> 8) & 0xff, (unsigned long)len1, (unsigned long)len2);
}

/* Forks and runs one job; returns its wait status (-1 timeout), *exec_errno if it did not start. */
static int spawn(char **argv, char **envp, const char *cwd, const char *in, const char *out,
		 const char *err, int seconds, int *exec_errno)
{
	int fds[2];

	*exec_errno = 0;
	if (pipe2(fds, O_CLOEXEC) < 0) {
		*exec_errno = errno;
		return 0;
	}
	long pid = fork();

	if (pid == 0)
		start_job(argv, envp, cwd, in, out, err, fds[1]);
	close(fds[1]);
	if (pid < 0) {
		*exec_errno = errno;
		close(fds[0]);
		return 0;
	}
	int status = wait_job(pid, seconds);

	if (read(fds[0], exec_errno, sizeof *exec_errno) != sizeof *exec_errno)
		*exec_errno = 0;
	close(fds[0]);
	return status;
}

/* Runs job number job from its directory and reports it; 0 if there is no such job. */
static int run_job(int job)
{
	static char *argv[MAX_STRINGS], *envp[MAX_STRINGS];
	char dir[64], path[96], in[96], cwd[64], out[64], err[64];
	size_t alen, elen = 0, tlen;
	int exec_errno;

	snprintf(dir, sizeof dir, JOBS "/%04d", job);
	snprintf(path, sizeof path, "%s/argv", dir);
	char *abuf = slurp(path, &alen);

	if (!abuf)
		return 0;
	snprintf(path, sizeof path, "%s/env", dir);
	char *ebuf = slurp(path, &elen);
	snprintf(path, sizeof path, "%s/timeout", dir);
	char *tbuf = slurp(path, &tlen);
	snprintf(in, sizeof in, "%s/stdin", dir);
	if (access(in, R_OK) != 0)
		strcpy(in, "/dev/null");
	snprintf(cwd, sizeof cwd, "/tmp/lr-%04d", job);
	snprintf(out, sizeof out, "/tmp/lr-%04d.1", job);
	snprintf(err, sizeof err, "/tmp/lr-%04d.2", job);
	mkdir(cwd, 0755);
	split(abuf, alen, argv);
	split(ebuf ? ebuf : abuf + alen, ebuf ? elen : 0, envp);

	int status = spawn(argv, envp, cwd, in, out, err, tbuf ? atoi(tbuf) : 0, &exec_errno);
	size_t len1 = send_file(out, 1, job), len2 = send_file(err, 2, job);

	report_end(job, status, exec_errno, len1, len2);
	unlink(out);
	unlink(err);
	remove_tree(cwd);
	free(abuf);
	free(ebuf);
	free(tbuf);
	return 1;
}

int main(void)
{
	unsigned long long boot_ns = vcounter_ns();
	struct sigaction sa = { .sa_handler = on_alarm };

	mount_filesystems();
	sayf("@@LR boot %llu\n", boot_ns);
	sigaction(SIGALRM, &sa, NULL);
	for (int job = 0; run_job(job); job++)
		;
	sayf("@@LR done\n");
	sync();
	syscall(SYS_reboot, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LINUX_REBOOT_CMD_POWER_OFF, NULL);
	return 0;
}
