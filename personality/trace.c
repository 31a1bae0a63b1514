/*
 * trace_format: one strace-style line per call. Each traced call has a
 * format string, one letter per argument:
 *   d int   u unsigned   x hex   p pointer (NULL)   s string   b buffer
 *   whose length is the next argument   D dirfd (AT_FDCWD)   O open flags
 *   o octal mode   q 64-bit value in an aligned register pair (skips one)
 * Calls without a format print their first three arguments in hex.
 */
#include <linux_trace.h>
#include <linux_abi/fcntl.h>
#include <fmt.h>
#include <string.h>
#include "syscall_nr.h"
#include "syscall_names.h"

struct fmt_entry {
	uint16_t nr;
	const char *args;
};

static const struct fmt_entry formats[] = {
	{ __NR_read, "dpu" }, { __NR_write, "dbu" }, { __NR_open, "sOo" }, { __NR_openat, "DsOo" },
	{ __NR_close, "d" }, { __NR_creat, "so" }, { __NR_lseek, "ddd" }, { __NR__llseek, "dxxpd" },
	{ __NR_pread64, "dpu_q" }, { __NR_pwrite64, "dbu_q" }, { __NR_readv, "dpd" },
	{ __NR_writev, "dpd" }, { __NR_stat64, "sp" }, { __NR_lstat64, "sp" }, { __NR_fstat64, "dp" },
	{ __NR_fstatat64, "Dspx" }, { __NR_statx, "Dsxxp" }, { __NR_getdents64, "dpu" },
	{ __NR_mkdir, "so" }, { __NR_mkdirat, "Dso" }, { __NR_rmdir, "s" }, { __NR_unlink, "s" },
	{ __NR_unlinkat, "Dsx" }, { __NR_rename, "ss" }, { __NR_renameat, "DsDs" },
	{ __NR_renameat2, "DsDsx" }, { __NR_link, "ss" }, { __NR_linkat, "DsDsx" },
	{ __NR_symlink, "ss" }, { __NR_symlinkat, "sDs" }, { __NR_readlink, "spu" },
	{ __NR_readlinkat, "Dspu" }, { __NR_chdir, "s" }, { __NR_fchdir, "d" }, { __NR_getcwd, "pu" },
	{ __NR_access, "so" }, { __NR_faccessat, "Dso" }, { __NR_chmod, "so" }, { __NR_fchmod, "do" },
	{ __NR_fchmodat, "Dso" }, { __NR_truncate64, "s_q" }, { __NR_ftruncate64, "d_q" },
	{ __NR_dup, "d" }, { __NR_dup2, "dd" }, { __NR_dup3, "ddO" }, { __NR_fcntl64, "ddx" },
	{ __NR_ioctl, "dxp" }, { __NR_umask, "o" }, { __NR_utimensat, "Dspx" }, { __NR_fsync, "d" },
	{ __NR_brk, "p" }, { __NR_mmap2, "puxxdx" }, { __NR_munmap, "pu" }, { __NR_mprotect, "pux" },
	{ __NR_madvise, "pud" }, { __NR_exit, "d" }, { __NR_exit_group, "d" }, { __NR_getpid, "" },
	{ __NR_getppid, "" }, { __NR_gettid, "" }, { __NR_getuid32, "" }, { __NR_geteuid32, "" },
	{ __NR_getgid32, "" }, { __NR_getegid32, "" }, { __NR_uname, "p" }, { __NR_sysinfo, "p" },
	{ __NR_set_tid_address, "p" }, { __NR_clock_gettime, "dp" }, { __NR_clock_gettime64, "dp" },
	{ __NR_clock_getres, "dp" }, { __NR_gettimeofday, "pp" }, { __NR_nanosleep, "pp" },
	{ __NR_clock_nanosleep, "dxpp" }, { __NR_clock_nanosleep_time64, "dxpp" },
	{ __NR_getrandom, "pux" }, { __NR_ugetrlimit, "dp" }, { __NR_prlimit64, "ddpp" },
	{ __NR_pipe, "p" }, { __NR_pipe2, "pO" },
};

static const char *format_of(uint32_t nr)
{
	for (size_t i = 0; i < sizeof(formats) / sizeof(formats[0]); i++)
		if (formats[i].nr == nr)
			return formats[i].args;
	return NULL;
}

struct out {
	char *buf;
	size_t size, len;
};

static void add(struct out *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void add(struct out *o, const char *fmt, ...)
{
	va_list ap;

	if (o->len >= o->size)
		return;
	va_start(ap, fmt);
	int n = vsnprintf(o->buf + o->len, o->size - o->len, fmt, ap);
	va_end(ap);
	o->len += n > 0 ? (size_t)n : 0;
	if (o->len > o->size)
		o->len = o->size;
}

/*
 * A quoted, escaped copy of up to max bytes at addr (a string stops at its
 * NUL), with "..." after it when more was there than is shown.
 */
static void add_quoted(struct out *o, const struct trace_reader *r, uint32_t addr, uint32_t max, int is_string)
{
	char data[48];
	uint32_t want = max < sizeof(data) ? max : sizeof(data);
	long n = addr ? r->read(r->ctx, addr, data, want) : -1;
	int ended = 0;

	if (n < 0) {
		add(o, addr ? "%#x" : "NULL", (unsigned)addr);
		return;
	}
	add(o, "\"");
	for (long i = 0; i < n && !ended; i++) {
		unsigned char c = (unsigned char)data[i];
		if (is_string && !c) {
			ended = 1;
			break;
		}
		if (c == '\n')
			add(o, "\\n");
		else if (c == '"' || c == '\\')
			add(o, "\\%c", c);
		else if (c >= 32 && c < 127)
			add(o, "%c", c);
		else
			add(o, "\\%o", c);
	}
	int cut = is_string ? !ended : (uint32_t)n < max;
	add(o, cut ? "\"..." : "\"");
}

static void add_open_flags(struct out *o, uint32_t f)
{
	static const struct { uint32_t bit; const char *name; } bits[] = {
		{ LINUX_O_CREAT, "O_CREAT" }, { LINUX_O_EXCL, "O_EXCL" }, { LINUX_O_NOCTTY, "O_NOCTTY" },
		{ LINUX_O_TRUNC, "O_TRUNC" }, { LINUX_O_APPEND, "O_APPEND" }, { LINUX_O_NONBLOCK, "O_NONBLOCK" },
		{ LINUX_O_DIRECTORY, "O_DIRECTORY" }, { LINUX_O_NOFOLLOW, "O_NOFOLLOW" },
		{ LINUX_O_LARGEFILE, "O_LARGEFILE" }, { LINUX_O_CLOEXEC, "O_CLOEXEC" }, { LINUX_O_PATH, "O_PATH" },
	};
	static const char *const acc[] = { "O_RDONLY", "O_WRONLY", "O_RDWR", "O_ACCMODE" };

	add(o, "%s", acc[f & LINUX_O_ACCMODE]);
	f &= ~(uint32_t)LINUX_O_ACCMODE;
	for (size_t i = 0; i < sizeof(bits) / sizeof(bits[0]); i++) {
		if (f & bits[i].bit) {
			add(o, "|%s", bits[i].name);
			f &= ~bits[i].bit;
		}
	}
	if (f)
		add(o, "|%#x", (unsigned)f);
}

static void add_arg(struct out *o, char kind, const uint32_t *a, int i, const struct trace_reader *r)
{
	switch (kind) {
	case 'd': add(o, "%d", (int)a[i]); break;
	case 'u': add(o, "%u", (unsigned)a[i]); break;
	case 'o': add(o, "0%o", (unsigned)a[i]); break;
	case 'p': add(o, a[i] ? "%#x" : "NULL", (unsigned)a[i]); break;
	case 's': add_quoted(o, r, a[i], 64, 1); break;
	case 'b': add_quoted(o, r, a[i], a[i + 1], 0); break;
	case 'D': add(o, (int)a[i] == LINUX_AT_FDCWD ? "AT_FDCWD" : "%d", (int)a[i]); break;
	case 'O': add_open_flags(o, a[i]); break;
	case 'q': add(o, "%llu", (unsigned long long)a[i] | (unsigned long long)a[i + 1] << 32); break;
	default: add(o, "%#x", (unsigned)a[i]); break;
	}
}

int trace_format(char *buf, size_t size, uint32_t pid, uint32_t nr, const uint32_t args[7], long result,
		 const struct trace_reader *r)
{
	struct out o = { buf, size ? size - 1 : 0, 0 };
	const char *name = linux_syscall_name(nr), *f = format_of(nr);

	add(&o, "[%u] %s(", (unsigned)pid, name ? name : "syscall");
	if (!name)
		add(&o, "%u, ", (unsigned)nr);
	int i = 0;
	for (const char *k = f ? f : "xxx"; *k; k++, i++) {
		if (*k == '_')
			continue;       /* the register skipped before a 64-bit pair */
		add(&o, "%s", k == (f ? f : "xxx") ? "" : ", ");
		add_arg(&o, *k, args, i, r);
		if (*k == 'q')
			i++;
	}
	if (result == TRACE_NO_RESULT) {
		add(&o, ") = ?\n");
	} else if (result < 0 && result >= -4095) {
		const char *e = linux_errno_name((int)-result);
		add(&o, ") = -1 %s\n", e ? e : "E?");
	} else {
		add(&o, (nr == __NR_mmap2 || nr == __NR_brk) ? ") = %#lx\n" : ") = %ld\n", result);
	}
	if (size)
		buf[o.len] = 0;
	return (int)o.len;
}
