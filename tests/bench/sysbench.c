/*
 * sysbench: guest-time cost of basic system operations, the same binary on
 * Persona and on Linux (tools/run-bench runs it on both). Run under QEMU's
 * -icount shift=0, where one guest nanosecond is one instruction, so the
 * figures count instructions and repeat exactly.
 *
 * Usage: sysbench [-x PROGRAM] [OPERATION...]     (default: all, in this order)
 *   boot            ns from reset to the start of main (the virtual counter);
 *                   meaningful only when sysbench is the first user program
 *   getpid          ns per getpid round trip (svc #0 inline: the system's
 *                   cost, not the C library's wrapper)
 *   write_null      ns per 1-byte write to /dev/null
 *   clock_gettime   ns per clock_gettime64(CLOCK_MONOTONIC) system call
 *   tmpfs_write     MB/s of guest time writing a 16 MiB file in 1 MiB writes
 *   tmpfs_read      MB/s reading it back (both from the one "tmpfs" operation)
 *   mmap_touch      ns to map 1 MiB anonymous memory, touch each page, unmap
 *   pipe_1proc      MB/s through a pipe written and read by one process,
 *                   64 KiB at a time, 64 MiB in all
 *   fork_exit       ns per fork + child _exit + waitpid
 *   fork_exec       ns per fork + execve(PROGRAM, a small static program that
 *                   exits at once) + waitpid
 *   pipe_pingpong   ns per 1-byte round trip between two processes (two pipes)
 *   pipe_throughput MB/s from a child writing 64 MiB in 64 KiB writes to its parent
 * Prints "bench NAME VALUE UNIT" per figure. An operation that fails says why
 * on stderr and prints no figure; the others still run. Exits 1 if any failed.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "vcounter.h"

#define ROUNDS          20000
#define FORK_ROUNDS     200
#define PINGPONG_ROUNDS 2000
#define FILE_BYTES      (16u << 20)
#define CHUNK_BYTES     (1u << 20)
#define MAP_BYTES       (1u << 20)
#define PIPE_BYTES      (64u << 20)
#define PIPE_CHUNK      (64u << 10)
#define LINUX_CLOCK_MONOTONIC 1

static const char *exec_path = "/bin/bench-true";
static unsigned long long boot_ns;

static unsigned long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

/* Says why an operation failed; returns -1 for "no figure". */
static int fail(const char *what)
{
	fprintf(stderr, "sysbench: %s: %s\n", what, strerror(errno));
	return -1;
}

static unsigned mb_per_s(unsigned long long bytes, unsigned long long ns)
{
	return (unsigned)(bytes * 1000000000ull / (ns ? ns : 1) / 1000000ull);
}

static int bench_boot(void)
{
	printf("bench boot %llu ns\n", boot_ns);
	return 0;
}

static long raw_getpid(void)
{
	register long r0 __asm__("r0");
	register long r7 __asm__("r7") = SYS_getpid;

	__asm__ volatile("svc #0" : "=r"(r0) : "r"(r7) : "memory");
	return r0;
}

static int bench_getpid(void)
{
	long pid = raw_getpid();
	unsigned long long t0 = now_ns();

	for (int i = 0; i < ROUNDS; i++)
		if (raw_getpid() != pid)
			return fail("getpid");
	printf("bench getpid %llu ns\n", (now_ns() - t0) / ROUNDS);
	return 0;
}

static int bench_write_null(void)
{
	int fd = open("/dev/null", O_WRONLY);
	char c = 'x';

	if (fd < 0)
		return fail("/dev/null");
	unsigned long long t0 = now_ns();
	for (int i = 0; i < ROUNDS; i++)
		if (write(fd, &c, 1) != 1)
			return fail("write");
	printf("bench write_null %llu ns\n", (now_ns() - t0) / ROUNDS);
	close(fd);
	return 0;
}

static long raw_clock_gettime64(void *ts)
{
	register long r0 __asm__("r0") = LINUX_CLOCK_MONOTONIC;
	register void *r1 __asm__("r1") = ts;
	register long r7 __asm__("r7") = SYS_clock_gettime64;

	__asm__ volatile("svc #0" : "+r"(r0) : "r"(r1), "r"(r7) : "memory");
	return r0;
}

static int bench_clock_gettime(void)
{
	long long ts[2];
	unsigned long long t0 = now_ns();

	for (int i = 0; i < ROUNDS; i++)
		if (raw_clock_gettime64(ts) != 0)
			return fail("clock_gettime64");
	printf("bench clock_gettime %llu ns\n", (now_ns() - t0) / ROUNDS);
	return 0;
}

static int bench_tmpfs(void)
{
	char *buf = malloc(CHUNK_BYTES);
	int fd = open("bench.tmp", O_CREAT | O_TRUNC | O_RDWR, 0600);

	if (!buf || fd < 0)
		return fail("tmpfs setup");
	memset(buf, 0x5a, CHUNK_BYTES);
	unsigned long long t0 = now_ns();
	for (unsigned done = 0; done < FILE_BYTES; done += CHUNK_BYTES)
		if (write(fd, buf, CHUNK_BYTES) != (ssize_t)CHUNK_BYTES)
			return fail("tmpfs write");
	unsigned long long t1 = now_ns();
	if (lseek(fd, 0, SEEK_SET) != 0)
		return fail("lseek");
	for (unsigned done = 0; done < FILE_BYTES; done += CHUNK_BYTES)
		if (read(fd, buf, CHUNK_BYTES) != (ssize_t)CHUNK_BYTES)
			return fail("tmpfs read");
	unsigned long long t2 = now_ns();
	printf("bench tmpfs_write %u MB/s\n", mb_per_s(FILE_BYTES, t1 - t0));
	printf("bench tmpfs_read %u MB/s\n", mb_per_s(FILE_BYTES, t2 - t1));
	close(fd);
	unlink("bench.tmp");
	free(buf);
	return 0;
}

static int bench_mmap_touch(void)
{
	unsigned long long t0 = now_ns();
	char *p = mmap(NULL, MAP_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		return fail("mmap");
	for (unsigned off = 0; off < MAP_BYTES; off += 4096)
		p[off] = 1;
	if (munmap(p, MAP_BYTES))
		return fail("munmap");
	printf("bench mmap_touch %llu ns\n", now_ns() - t0);
	return 0;
}

/* Writes what fits, then reads all of it back: no blocking whatever the pipe's size. */
static int bench_pipe_1proc(void)
{
	static char buf[PIPE_CHUNK];
	int p[2];
	unsigned long long moved = 0;

	if (pipe(p) < 0 || fcntl(p[0], F_SETFL, O_NONBLOCK) < 0 || fcntl(p[1], F_SETFL, O_NONBLOCK) < 0)
		return fail("pipe");
	unsigned long long t0 = now_ns();
	while (moved < PIPE_BYTES) {
		ssize_t n = write(p[1], buf, PIPE_CHUNK);

		if (n <= 0)
			return fail("pipe write");
		for (ssize_t got = 0; got < n;) {
			ssize_t r = read(p[0], buf, PIPE_CHUNK);

			if (r <= 0)
				return fail("pipe read");
			got += r;
		}
		moved += (unsigned long long)n;
	}
	printf("bench pipe_1proc %u MB/s\n", mb_per_s(moved, now_ns() - t0));
	close(p[0]);
	close(p[1]);
	return 0;
}

/* Waits for pid; 0 if it exited with status 0. */
static int reap(pid_t pid)
{
	int status;

	if (waitpid(pid, &status, 0) != pid)
		return fail("waitpid");
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
		fprintf(stderr, "sysbench: child ended with status %#x\n", status);
		return -1;
	}
	return 0;
}

static int bench_fork_exit(void)
{
	unsigned long long t0 = now_ns();

	for (int i = 0; i < FORK_ROUNDS; i++) {
		pid_t pid = fork();

		if (pid < 0)
			return fail("fork");
		if (pid == 0)
			_exit(0);
		if (reap(pid))
			return -1;
	}
	printf("bench fork_exit %llu ns\n", (now_ns() - t0) / FORK_ROUNDS);
	return 0;
}

static int bench_fork_exec(void)
{
	char *argv[] = { (char *)exec_path, NULL };
	char *envp[] = { NULL };
	unsigned long long t0 = now_ns();

	for (int i = 0; i < FORK_ROUNDS; i++) {
		pid_t pid = fork();

		if (pid < 0)
			return fail("fork");
		if (pid == 0) {
			execve(exec_path, argv, envp);
			_exit(127);
		}
		if (reap(pid))
			return -1;
	}
	printf("bench fork_exec %llu ns\n", (now_ns() - t0) / FORK_ROUNDS);
	return 0;
}

/* The child's side of the ping-pong: echo every byte until EOF. */
static void echo_bytes(int in, int out)
{
	char c;

	while (read(in, &c, 1) == 1)
		if (write(out, &c, 1) != 1)
			_exit(1);
	_exit(0);
}

static int bench_pipe_pingpong(void)
{
	int to[2], from[2];
	char c = 'x';

	if (pipe(to) < 0 || pipe(from) < 0)
		return fail("pipe");
	pid_t pid = fork();

	if (pid < 0)
		return fail("fork");
	if (pid == 0) {
		close(to[1]);
		close(from[0]);
		echo_bytes(to[0], from[1]);
	}
	close(to[0]);
	close(from[1]);
	unsigned long long t0 = now_ns();
	for (int i = 0; i < PINGPONG_ROUNDS; i++)
		if (write(to[1], &c, 1) != 1 || read(from[0], &c, 1) != 1)
			return fail("ping-pong");
	unsigned long long t1 = now_ns();
	close(to[1]);
	close(from[0]);
	if (reap(pid))
		return -1;
	printf("bench pipe_pingpong %llu ns\n", (t1 - t0) / PINGPONG_ROUNDS);
	return 0;
}

/* The child's side of the throughput test: PIPE_BYTES in PIPE_CHUNK writes. */
static void write_all(int fd)
{
	static char buf[PIPE_CHUNK];

	for (unsigned done = 0; done < PIPE_BYTES; done += PIPE_CHUNK)
		for (unsigned at = 0; at < PIPE_CHUNK;) {
			ssize_t n = write(fd, buf + at, PIPE_CHUNK - at);

			if (n <= 0)
				_exit(1);
			at += (unsigned)n;
		}
	_exit(0);
}

static int bench_pipe_throughput(void)
{
	static char buf[PIPE_CHUNK];
	unsigned long long got = 0;
	int p[2];
	ssize_t n;

	if (pipe(p) < 0)
		return fail("pipe");
	unsigned long long t0 = now_ns();
	pid_t pid = fork();

	if (pid < 0)
		return fail("fork");
	if (pid == 0) {
		close(p[0]);
		write_all(p[1]);
	}
	close(p[1]);
	while ((n = read(p[0], buf, sizeof buf)) > 0)
		got += (unsigned long long)n;
	unsigned long long t1 = now_ns();
	close(p[0]);
	if (reap(pid))
		return -1;
	if (got != PIPE_BYTES) {
		fprintf(stderr, "sysbench: pipe_throughput: %llu bytes arrived\n", got);
		return -1;
	}
	printf("bench pipe_throughput %u MB/s\n", mb_per_s(got, t1 - t0));
	return 0;
}

static const struct {
	const char *name;
	int (*fn)(void);
} ops[] = {
	{ "boot", bench_boot },
	{ "getpid", bench_getpid },
	{ "write_null", bench_write_null },
	{ "clock_gettime", bench_clock_gettime },
	{ "tmpfs", bench_tmpfs },
	{ "mmap_touch", bench_mmap_touch },
	{ "pipe_1proc", bench_pipe_1proc },
	/* those that need more than one process last: a system without fork loses nothing else */
	{ "fork_exit", bench_fork_exit },
	{ "fork_exec", bench_fork_exec },
	{ "pipe_pingpong", bench_pipe_pingpong },
	{ "pipe_throughput", bench_pipe_throughput },
};
#define NOPS (sizeof ops / sizeof ops[0])

/* Runs the named operation; -1 if it failed or there is no such one. */
static int run_op(const char *name)
{
	for (unsigned i = 0; i < NOPS; i++)
		if (!strcmp(ops[i].name, name)) {
			int r = ops[i].fn();

			fflush(stdout);
			return r;
		}
	fprintf(stderr, "sysbench: no operation %s\n", name);
	return -1;
}

int main(int argc, char **argv)
{
	int failed = 0, i = 1;

	boot_ns = vcounter_ns();
	if (argc > 2 && !strcmp(argv[1], "-x")) {
		exec_path = argv[2];
		i = 3;
	}
	if (i == argc)
		for (unsigned k = 0; k < NOPS; k++)
			failed |= run_op(ops[k].name);
	for (; i < argc; i++)
		failed |= run_op(argv[i]);
	return failed ? 1 : 0;
}
