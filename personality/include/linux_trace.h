/*
 * strace-style tracing of Linux system calls, shared by mm0 and fs0 (each
 * traces the calls it completes): `[pid] openat(AT_FDCWD, "/etc/passwd",
 * O_RDONLY) = 3`, errors as `= -1 ENOENT`. Strings and buffers are read from
 * the process through the caller's reader; unreadable ones print as a
 * pointer, as strace does.
 */
#ifndef PERSONALITY_LINUX_TRACE_H
#define PERSONALITY_LINUX_TRACE_H

#include <stddef.h>
#include <stdint.h>

struct trace_reader {
	/* Copies len bytes at process address addr; bytes copied or < 0. */
	long (*read)(void *ctx, uint32_t addr, void *dst, uint32_t len);
	void *ctx;
};

/* A result that is not known (the call does not return now): printed as "?". */
#define TRACE_NO_RESULT (-0x7fffffffL - 1)

/* Formats one trace line (with '\n') into buf; returns its length. */
int trace_format(char *buf, size_t size, uint32_t pid, uint32_t nr, const uint32_t args[7], long result,
		 const struct trace_reader *r);

const char *linux_errno_name(int e);

#endif
