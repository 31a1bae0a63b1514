/*
 * File system calls go to fs0, which replies to the process itself. Before
 * forwarding, mm0 makes present every page fs0 will copy to or from (fs0
 * reaches the process's memory with the kernel's copy call, which cannot
 * fault pages in), as far as those pages are valid: where they are not,
 * fs0's copy fails and it returns -EFAULT in the order Linux would (after
 * checking the fd, say). The table below says, per call, which arguments
 * are user memory; fs0 touches no other process memory.
 */
#include "syscall.h"
#include "signal.h"
#include <linux_abi/uio.h>
#include <linux_abi/ioctl.h>
#include <linux_abi/termios.h>
#include <linux_abi/stat.h>
#include <linux_abi/limits.h>
#include <linux_abi/fcntl.h>

enum fw_kind {
	FW_NONE,
	FW_STR,         /* a path or name: up to PATH_MAX bytes */
	FW_IN,          /* read by fs0: `len` bytes, len from argument `size` */
	FW_OUT,         /* written by fs0, len from argument `size` */
	FW_IN_FIXED,    /* read by fs0: `size` bytes */
	FW_OUT_FIXED,   /* written by fs0: `size` bytes */
	FW_INOUT_FIXED, /* read, and written back if it can be: `size` bytes */
	FW_IOV_IN,      /* an iovec array of `size`-argument entries, buffers read */
	FW_IOV_OUT,     /* ... buffers written */
	FW_IOCTL,       /* depends on the command in argument 1 */
	FW_FCNTL,       /* a struct flock (read, written) for the lock commands in argument 1 */
	FW_POLLFD,      /* an array of struct pollfd, count in argument `size` (read and written) */
	FW_FDSETS,      /* three fd_sets at arguments arg..arg+2, nfds in argument 0 */
};

struct fw_arg {
	u8 kind;
	u8 arg;         /* which register holds the pointer */
	u16 size;       /* register holding the length, or a byte count (FIXED) */
};

struct fw_spec {
	u16 nr;
	u16 sigmask;                    /* ppoll/pselect6: waits with a signal mask of its own */
	struct fw_arg args[3];
};

#define STR(a)          { FW_STR, a, 0 }
#define IN(a, n)        { FW_IN, a, n }
#define OUT(a, n)       { FW_OUT, a, n }
#define INF(a, bytes)   { FW_IN_FIXED, a, bytes }
#define OUTF(a, bytes)  { FW_OUT_FIXED, a, bytes }
#define INOUTF(a, bytes) { FW_INOUT_FIXED, a, bytes }
#define IOVI(a, n)      { FW_IOV_IN, a, n }
#define IOVO(a, n)      { FW_IOV_OUT, a, n }
#define STAT64          sizeof(struct linux_stat64)
#define STATX           sizeof(struct linux_statx)

static const struct fw_spec specs[] = {
	{ __NR_read, 0, { OUT(1, 2) } },
	{ __NR_write, 0, { IN(1, 2) } },
	{ __NR_pread64, 0, { OUT(1, 2) } },
	{ __NR_pwrite64, 0, { IN(1, 2) } },
	{ __NR_readv, 0, { IOVO(1, 2) } },
	{ __NR_writev, 0, { IOVI(1, 2) } },
	{ __NR_preadv, 0, { IOVO(1, 2) } },
	{ __NR_pwritev, 0, { IOVI(1, 2) } },
	{ __NR_preadv2, 0, { IOVO(1, 2) } },
	{ __NR_pwritev2, 0, { IOVI(1, 2) } },
	{ __NR_open, 0, { STR(0) } },
	{ __NR_openat, 0, { STR(1) } },
	{ __NR_creat, 0, { STR(0) } },
	{ __NR_close, 0, { { 0 } } },
	{ __NR_lseek, 0, { { 0 } } },
	{ __NR__llseek, 0, { OUTF(3, 8) } },
	{ __NR_fstat64, 0, { OUTF(1, STAT64) } },
	{ __NR_stat64, 0, { STR(0), OUTF(1, STAT64) } },
	{ __NR_lstat64, 0, { STR(0), OUTF(1, STAT64) } },
	{ __NR_fstatat64, 0, { STR(1), OUTF(2, STAT64) } },
	{ __NR_statx, 0, { STR(1), OUTF(4, STATX) } },
	{ __NR_getdents64, 0, { OUT(1, 2) } },
	{ __NR_mkdir, 0, { STR(0) } },
	{ __NR_mkdirat, 0, { STR(1) } },
	{ __NR_rmdir, 0, { STR(0) } },
	{ __NR_unlink, 0, { STR(0) } },
	{ __NR_unlinkat, 0, { STR(1) } },
	{ __NR_rename, 0, { STR(0), STR(1) } },
	{ __NR_renameat, 0, { STR(1), STR(3) } },
	{ __NR_renameat2, 0, { STR(1), STR(3) } },
	{ __NR_link, 0, { STR(0), STR(1) } },
	{ __NR_linkat, 0, { STR(1), STR(3) } },
	{ __NR_symlink, 0, { STR(0), STR(1) } },
	{ __NR_symlinkat, 0, { STR(0), STR(2) } },
	{ __NR_readlink, 0, { STR(0), OUT(1, 2) } },
	{ __NR_readlinkat, 0, { STR(1), OUT(2, 3) } },
	{ __NR_chdir, 0, { STR(0) } },
	{ __NR_fchdir, 0, { { 0 } } },
	{ __NR_getcwd, 0, { OUT(0, 1) } },
	{ __NR_access, 0, { STR(0) } },
	{ __NR_faccessat, 0, { STR(1) } },
	{ __NR_faccessat2, 0, { STR(1) } },
	{ __NR_chmod, 0, { STR(0) } },
	{ __NR_fchmod, 0, { { 0 } } },
	{ __NR_fchmodat, 0, { STR(1) } },
	{ __NR_chown, 0, { STR(0) } },
	{ __NR_lchown, 0, { STR(0) } },
	{ __NR_fchown, 0, { { 0 } } },
	{ __NR_chown32, 0, { STR(0) } },
	{ __NR_lchown32, 0, { STR(0) } },
	{ __NR_fchown32, 0, { { 0 } } },
	{ __NR_fchownat, 0, { STR(1) } },
	{ __NR_truncate, 0, { STR(0) } },
	{ __NR_truncate64, 0, { STR(0) } },
	{ __NR_ftruncate, 0, { { 0 } } },
	{ __NR_ftruncate64, 0, { { 0 } } },
	{ __NR_fsync, 0, { { 0 } } },
	{ __NR_fdatasync, 0, { { 0 } } },
	{ __NR_sync, 0, { { 0 } } },
	{ __NR_syncfs, 0, { { 0 } } },
	{ __NR_dup, 0, { { 0 } } },
	{ __NR_dup2, 0, { { 0 } } },
	{ __NR_dup3, 0, { { 0 } } },
	{ __NR_fcntl, 0, { { FW_FCNTL, 2, 0 } } },
	{ __NR_fcntl64, 0, { { FW_FCNTL, 2, 0 } } },
	{ __NR_ioctl, 0, { { FW_IOCTL, 2, 0 } } },
	{ __NR_umask, 0, { { 0 } } },
	{ __NR_utimensat, 0, { STR(1), INF(2, 16) } },
	{ __NR_utimensat_time64, 0, { STR(1), INF(2, 32) } },
	{ __NR_mknod, 0, { STR(0) } },
	{ __NR_mknodat, 0, { STR(1) } },
	{ __NR_poll, 0, { { FW_POLLFD, 0, 1 } } },
	{ __NR_ppoll, 1, { { FW_POLLFD, 0, 1 }, INOUTF(2, 8) } },      /* the time left is written back */
	{ __NR_ppoll_time64, 1, { { FW_POLLFD, 0, 1 }, INOUTF(2, 16) } },
	{ __NR__newselect, 0, { { FW_FDSETS, 1, 0 }, INOUTF(4, 8) } },
	{ __NR_pselect6, 1, { { FW_FDSETS, 1, 0 }, INOUTF(4, 8), INF(5, 8) } },
	{ __NR_pselect6_time64, 1, { { FW_FDSETS, 1, 0 }, INOUTF(4, 16), INF(5, 8) } },
	{ __NR_pipe, 0, { OUTF(0, 8) } },
	{ __NR_pipe2, 0, { OUTF(0, 8) } },
};

u8 forwarded[LINUX_NR_SYSCALLS];
static const struct fw_spec *by_nr[LINUX_NR_SYSCALLS];

void forward_init(void)
{
	for (u32 i = 0; i < sizeof(specs) / sizeof(specs[0]); i++) {
		by_nr[specs[i].nr] = &specs[i];
		forwarded[specs[i].nr] = 1;
	}
}

/* The user memory an ioctl command reads (FAULT_READ) or writes, and how much. */
static u32 ioctl_extent(u32 cmd, u32 *access)
{
	switch (cmd) {
	case LINUX_TCGETS:
		*access = FAULT_WRITE;
		return sizeof(struct linux_termios);
	case LINUX_TCSETS:
	case LINUX_TCSETSW:
	case LINUX_TCSETSF:
		*access = FAULT_READ;
		return sizeof(struct linux_termios);
	case LINUX_TIOCGWINSZ:
		*access = FAULT_WRITE;
		return sizeof(struct linux_winsize);
	case LINUX_TIOCSWINSZ:
		*access = FAULT_READ;
		return sizeof(struct linux_winsize);
	case LINUX_FIONREAD:
	case LINUX_TIOCGPGRP:
	case LINUX_TIOCGSID:
	case LINUX_TIOCOUTQ:
	case LINUX_TIOCGETD:
	case LINUX_TIOCGEXCL:
	case LINUX_TIOCGDEV:
	case LINUX_TIOCGSOFTCAR:
		*access = FAULT_WRITE;
		return sizeof(u32);
	case LINUX_TIOCSPGRP:
	case LINUX_FIONBIO:
	case LINUX_TIOCSETD:
	case LINUX_TIOCSSOFTCAR:
		*access = FAULT_READ;
		return sizeof(u32);
	case LINUX_TIOCSTI:
		*access = FAULT_READ;
		return 1;
	}
	return 0;
}

/* The struct flock an fcntl lock command reads (and for F_*GETLK writes back), in bytes. */
static u32 fcntl_extent(u32 cmd, u32 *access)
{
	*access = cmd == LINUX_F_GETLK || cmd == LINUX_F_GETLK64 || cmd == LINUX_F_OFD_GETLK
		  ? FAULT_WRITE : FAULT_READ;
	switch (cmd) {
	case LINUX_F_GETLK:
	case LINUX_F_SETLK:
	case LINUX_F_SETLKW:
		return sizeof(struct linux_flock);
	case LINUX_F_GETLK64:
	case LINUX_F_SETLK64:
	case LINUX_F_SETLKW64:
	case LINUX_F_OFD_GETLK:
	case LINUX_F_OFD_SETLK:
	case LINUX_F_OFD_SETLKW:
		return sizeof(struct linux_flock64);
	}
	return 0;
}

static void prefault_iov(struct vm *vm, u32 iov, u32 count, u32 access)
{
	struct linux_iovec v;

	if (count > LINUX_UIO_MAXIOV)
		return;
	vm_prefault(vm, iov, count * sizeof(v), FAULT_READ);
	for (u32 i = 0; i < count; i++) {
		if (vm_copy_in(vm, &v, iov + i * sizeof(v), sizeof(v)) != sizeof(v))
			return;
		vm_prefault(vm, v.iov_base, v.iov_len, access);
	}
}

static void prefault_arg(struct call *c, const struct fw_arg *a)
{
	struct vm *vm = &c->p->vm;
	u32 ptr = c->a[a->arg], access = FAULT_READ;

	switch (a->kind) {
	case FW_STR:
		vm_prefault_string(vm, ptr, LINUX_PATH_MAX);
		break;
	case FW_IN:
	case FW_OUT:
		vm_prefault(vm, ptr, c->a[a->size], a->kind == FW_IN ? FAULT_READ : FAULT_WRITE);
		break;
	case FW_IN_FIXED:
	case FW_OUT_FIXED:
		vm_prefault(vm, ptr, a->size, a->kind == FW_IN_FIXED ? FAULT_READ : FAULT_WRITE);
		break;
	case FW_INOUT_FIXED:
		vm_prefault(vm, ptr, a->size, FAULT_READ);
		vm_prefault(vm, ptr, a->size, FAULT_WRITE);
		break;
	case FW_IOV_IN:
	case FW_IOV_OUT:
		prefault_iov(vm, ptr, c->a[a->size], a->kind == FW_IOV_IN ? FAULT_READ : FAULT_WRITE);
		break;
	case FW_IOCTL:
		vm_prefault(vm, ptr, ioctl_extent(c->a[1], &access), access);
		break;
	case FW_FCNTL:
		vm_prefault(vm, ptr, fcntl_extent(c->a[1], &access), access);
		break;
	case FW_POLLFD:
		vm_prefault(vm, ptr, c->a[a->size] * 8, FAULT_WRITE);
		break;
	case FW_FDSETS:
		for (int i = 0; i < 3; i++)
			vm_prefault(vm, c->a[a->arg + i], ((c->a[0] & 0x7ff) + 31) / 32 * 4, FAULT_WRITE);
		break;
	}
}

/*
 * ppoll and pselect6 wait with a signal mask of their own. mm0 sets it
 * before fs0 has the call and restores the old one lazily: when the
 * process next enters mm0 (linux_syscall), or in a handler's frame if a
 * signal ends the wait (restore_mask, as rt_sigsuspend). The address of
 * the mask: 0 if none (or a size fs0 will refuse); -EFAULT.
 */
static long call_sigmask(struct call *c, u32 *mask_ptr)
{
	u32 ptr = c->a[3], size = c->a[4];

	if (c->nr == __NR_pselect6 || c->nr == __NR_pselect6_time64) {
		u32 pair[2];
		if (!c->a[5])
			ptr = 0;
		else if (vm_copy_in(&c->p->vm, pair, c->a[5], sizeof(pair)) != sizeof(pair))
			return -LINUX_EFAULT;
		else
			ptr = pair[0], size = pair[1];
	}
	*mask_ptr = ptr && size == 8 ? ptr : 0;
	return 0;
}

static long wait_with_mask(struct call *c)
{
	struct proc *p = c->p;
	u32 ptr;
	u64 mask;
	long err = call_sigmask(c, &ptr);

	if (err || !ptr)
		return err;
	if (vm_copy_in(&p->vm, &mask, ptr, sizeof(mask)) != sizeof(mask))
		return -LINUX_EFAULT;
	p->saved_mask = p->sigmask;
	p->restore_mask = 1;
	p->sigmask = mask & ~UNBLOCKABLE;
	return signal_deliverable(p) ? -ERESTARTNOHAND : 0;
}

long forward_call(struct call *c)
{
	const struct fw_spec *s = by_nr[c->nr];

	if (unlikely(s->sigmask)) {
		long err = wait_with_mask(c);
		if (err)
			return err;
	}
	for (int i = 0; i < 3; i++)
		prefault_arg(c, &s->args[i]);
	return CALL_FORWARDED;
}
