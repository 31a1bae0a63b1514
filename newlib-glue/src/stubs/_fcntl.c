/*
 * _fcntl: fcntl() (fcntl/fcntl.c) and newlib's _fcntl_r end here
 * (fcntl64, 221). newlib numbers the commands, the file status flags and
 * the lock types differently from Linux, and its struct flock has 32-bit
 * offsets: all translated. Linux-only commands (F_LINUX_SPECIFIC_BASE,
 * 1024, and up: F_GETPIPE_SZ, ...) pass unchanged; any other command
 * newlib names but Linux lacks is EINVAL.
 */
#include <fcntl.h>
#include <stdarg.h>
#include "protos.h"

static long lock_raw(int fd, int kcmd, struct flock *fl)
{
	static const short type_to_linux[] = {
		[F_RDLCK] = LINUX_F_RDLCK, [F_WRLCK] = LINUX_F_WRLCK, [F_UNLCK] = LINUX_F_UNLCK,
	};
	struct linux_flock64 k;
	long r;

	if (fl->l_type < F_RDLCK || fl->l_type > F_UNLCK)
		return -LINUX_EINVAL;
	k.l_type = type_to_linux[fl->l_type];
	k.l_whence = fl->l_whence;
	k.l_start = fl->l_start;
	k.l_len = fl->l_len;
	k.l_pid = 0;
	r = __syscall(SYS_fcntl64, fd, kcmd, &k);
	if (r == 0 && kcmd == LINUX_F_GETLK64) {
		fl->l_type = k.l_type == LINUX_F_RDLCK ? F_RDLCK :
			     k.l_type == LINUX_F_WRLCK ? F_WRLCK : F_UNLCK;
		fl->l_whence = k.l_whence;
		if (k.l_start != (long)k.l_start || k.l_len != (long)k.l_len)
			return -LINUX_EOVERFLOW;
		fl->l_start = (long)k.l_start;
		fl->l_len = (long)k.l_len;
		fl->l_pid = (short)k.l_pid;
	}
	return r;
}

int _fcntl(int fd, int cmd, ...)
{
	unsigned long arg;
	va_list ap;
	long r;

	va_start(ap, cmd);
	arg = va_arg(ap, unsigned long);
	va_end(ap);

	switch (cmd) {
	case F_DUPFD:
		return __sys_ret(SYS_fcntl64, fd, LINUX_F_DUPFD, arg);
	case F_DUPFD_CLOEXEC:
		return __sys_ret(SYS_fcntl64, fd, LINUX_F_DUPFD_CLOEXEC, arg);
	case F_GETFD:
		return __sys_ret(SYS_fcntl64, fd, LINUX_F_GETFD);
	case F_SETFD:
		return __sys_ret(SYS_fcntl64, fd, LINUX_F_SETFD, arg);
	case F_GETFL:
		r = __syscall(SYS_fcntl64, fd, LINUX_F_GETFL);
		return r < 0 ? __syscall_ret(r) : __glue_oflags_from_linux((int)r);
	case F_SETFL:
		return __sys_ret(SYS_fcntl64, fd, LINUX_F_SETFL, __glue_oflags_to_linux((int)arg));
	case F_GETOWN:
		return __sys_ret(SYS_fcntl64, fd, LINUX_F_GETOWN);
	case F_SETOWN:
		return __sys_ret(SYS_fcntl64, fd, LINUX_F_SETOWN, arg);
	case F_GETLK:
		return __syscall_ret(lock_raw(fd, LINUX_F_GETLK64, (struct flock *)arg));
	case F_SETLK:
		return __syscall_ret(lock_raw(fd, LINUX_F_SETLK64, (struct flock *)arg));
	case F_SETLKW:
		return __syscall_ret(lock_raw(fd, LINUX_F_SETLKW64, (struct flock *)arg));
	default:
		if (cmd >= LINUX_F_LINUX_SPECIFIC_BASE)
			return __sys_ret(SYS_fcntl64, fd, cmd, arg);
		return __syscall_ret(-LINUX_EINVAL);
	}
}
