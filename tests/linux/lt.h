/*
 * lt.h: what every Linux test program shares. Each program checks one
 * area, prints one deterministic line per check ("label: value", never
 * pids, addresses, inode numbers, times or random bytes), marks a failed
 * check with "# FAIL (...)" and ends with lt_done(), whose exit status is
 * 0 only if every check passed. The same binary runs under qemu-arm (real
 * Linux semantics, the reference) and on Persona; tools/run-linux-tests
 * compares the two outputs byte for byte.
 *
 * Every test works inside its current directory, a fresh empty one.
 */
#ifndef LT_H
#define LT_H

#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* an address no process has mapped (the first page is never mapped) */
#define BAD ((void *)8)

static int lt_checks, lt_failures;

/* Line-buffered stdout, so that a crash loses no finished line. */
__attribute__((constructor)) static void lt_init(void)
{
	setvbuf(stdout, 0, _IOLBF, 0);
}

/* newlib's name for an errno value */
static __attribute__((unused)) const char *errname(int e)
{
	static char other[16];

	switch (e) {
	case 0: return "0";
	case EPERM: return "EPERM";
	case ENOENT: return "ENOENT";
	case ESRCH: return "ESRCH";
	case EINTR: return "EINTR";
	case EIO: return "EIO";
	case ENXIO: return "ENXIO";
	case E2BIG: return "E2BIG";
	case ENOEXEC: return "ENOEXEC";
	case EBADF: return "EBADF";
	case ECHILD: return "ECHILD";
	case EAGAIN: return "EAGAIN";
	case ENOMEM: return "ENOMEM";
	case EACCES: return "EACCES";
	case EFAULT: return "EFAULT";
	case EBUSY: return "EBUSY";
	case EEXIST: return "EEXIST";
	case EXDEV: return "EXDEV";
	case ENODEV: return "ENODEV";
	case ENOTDIR: return "ENOTDIR";
	case EISDIR: return "EISDIR";
	case EINVAL: return "EINVAL";
	case ENFILE: return "ENFILE";
	case EMFILE: return "EMFILE";
	case ENOTTY: return "ENOTTY";
	case ETXTBSY: return "ETXTBSY";
	case EFBIG: return "EFBIG";
	case ENOSPC: return "ENOSPC";
	case ESPIPE: return "ESPIPE";
	case EROFS: return "EROFS";
	case EMLINK: return "EMLINK";
	case EPIPE: return "EPIPE";
	case EDOM: return "EDOM";
	case ERANGE: return "ERANGE";
	case EDEADLK: return "EDEADLK";
	case ENAMETOOLONG: return "ENAMETOOLONG";
	case ENOLCK: return "ENOLCK";
	case ENOSYS: return "ENOSYS";
	case ENOTEMPTY: return "ENOTEMPTY";
	case ELOOP: return "ELOOP";
	case EOVERFLOW: return "EOVERFLOW";
	case EOPNOTSUPP: return "EOPNOTSUPP";
	case ENOTSUP: return "ENOTSUP";
	case ETIMEDOUT: return "ETIMEDOUT";
	case EILSEQ: return "EILSEQ";
	default:
		snprintf(other, sizeof other, "errno%d", e);
		return other;
	}
}

static __attribute__((unused)) void lt_fail(int line, const char *fmt, long long a)
{
	lt_failures++;
	printf(" # FAIL (");
	printf(fmt, a);
	printf(", line %d)\n", line);
}

/* label: got; a failure unless got == want */
static __attribute__((unused)) void lt_eq(int line, const char *label, long long got, long long want)
{
	lt_checks++;
	printf("%s: %lld", label, got);
	if (got != want)
		lt_fail(line, "want %lld", want);
	else
		printf("\n");
}

/* label: -1 ENAME; a failure unless the call returned -1 with errno want */
static __attribute__((unused)) void lt_err(int line, const char *label, long r, int e, int want)
{
	lt_checks++;
	if (r == -1)
		printf("%s: -1 %s", label, errname(e));
	else
		printf("%s: %ld", label, r);
	if (r != -1 || e != want) {
		lt_failures++;
		printf(" # FAIL (want -1 %s, line %d)\n", errname(want), line);
	} else {
		printf("\n");
	}
}

/* label: ok; a failure if the call returned -1 */
static __attribute__((unused)) void lt_ok(int line, const char *label, long r, int e)
{
	lt_checks++;
	if (r != -1) {
		printf("%s: ok\n", label);
		return;
	}
	lt_failures++;
	printf("%s: -1 %s # FAIL (want success, line %d)\n", label, errname(e), line);
}

/* label: yes; a failure if cond is false */
static __attribute__((unused)) void lt_true(int line, const char *label, int cond)
{
	lt_checks++;
	printf("%s: %s", label, cond ? "yes" : "no");
	if (!cond) {
		lt_failures++;
		printf(" # FAIL (line %d)\n", line);
	} else {
		printf("\n");
	}
}

/* label: "got"; a failure unless got equals want */
static __attribute__((unused)) void lt_str(int line, const char *label, const char *got, const char *want)
{
	lt_checks++;
	printf("%s: \"%s\"", label, got ? got : "(null)");
	if (!got || strcmp(got, want)) {
		lt_failures++;
		printf(" # FAIL (want \"%s\", line %d)\n", want, line);
	} else {
		printf("\n");
	}
}

#define EXPECT_EQ(label, got, want) lt_eq(__LINE__, label, (long long)(got), (long long)(want))
#define EXPECT_TRUE(label, cond)    lt_true(__LINE__, label, !!(cond))
#define EXPECT_STR(label, got, want) lt_str(__LINE__, label, got, want)
#define EXPECT_ERR(label, expr, e) do { \
	errno = 0; \
	long lt_r_ = (long)(expr); \
	lt_err(__LINE__, label, lt_r_, errno, e); \
} while (0)
#define EXPECT_OK(label, expr) do { \
	errno = 0; \
	long lt_r_ = (long)(expr); \
	lt_ok(__LINE__, label, lt_r_, errno); \
} while (0)

/* the end of main: a summary line and the exit status */
static __attribute__((unused)) int lt_done(void)
{
	printf("%d checks, %d failed\n", lt_checks, lt_failures);
	return lt_failures ? 1 : 0;
}

/* a file holding exactly the n bytes of data (created or truncated, mode 0644) */
static __attribute__((unused)) void lt_write_file(const char *path, const void *data, size_t n)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd < 0 || write(fd, data, n) != (ssize_t)n) {
		printf("setup: cannot write %s: %s\n", path, errname(errno));
		exit(2);
	}
	close(fd);
}

/* a setup step that must work, or the test stops (exit 2) */
#define SETUP(expr) do { \
	if ((long)(expr) == -1) { \
		printf("setup failed at line %d: %s: %s\n", __LINE__, #expr, errname(errno)); \
		exit(2); \
	} \
} while (0)

/* a setup condition that must hold, or the test stops (exit 2) */
#define SETUP_TRUE(cond) do { \
	if (!(cond)) { \
		printf("setup failed at line %d: %s: %s\n", __LINE__, #cond, errname(errno)); \
		exit(2); \
	} \
} while (0)

#endif
