/*
 * __syscall_ret: the one place errno is set. A raw Linux result in
 * -4095..-1 becomes -1 with errno holding newlib's number for that error
 * (the two numberings agree up to ERANGE, 34, and differ above); anything
 * else is returned unchanged. __glue_errno_from_linux is the translation
 * alone, for the few calls that return an error number instead of setting
 * errno (clock_nanosleep, posix_memalign-like interfaces).
 */
/* newlib names the rarer Linux errors only with this */
#define __LINUX_ERRNO_EXTENSIONS__
#include <errno.h>
#include "glue.h"

#define E(name) [LINUX_##name] = name

/* Linux errno -> newlib errno; 0 where newlib has no such error (see below) */
static const unsigned char errno_from_linux[LINUX_EHWPOISON + 1] = {
	E(EPERM), E(ENOENT), E(ESRCH), E(EINTR), E(EIO), E(ENXIO), E(E2BIG),
	E(ENOEXEC), E(EBADF), E(ECHILD), E(EAGAIN), E(ENOMEM), E(EACCES),
	E(EFAULT), E(ENOTBLK), E(EBUSY), E(EEXIST), E(EXDEV), E(ENODEV),
	E(ENOTDIR), E(EISDIR), E(EINVAL), E(ENFILE), E(EMFILE), E(ENOTTY),
	E(ETXTBSY), E(EFBIG), E(ENOSPC), E(ESPIPE), E(EROFS), E(EMLINK),
	E(EPIPE), E(EDOM), E(ERANGE),
	E(EDEADLK), E(ENAMETOOLONG), E(ENOLCK), E(ENOSYS), E(ENOTEMPTY),
	E(ELOOP), E(ENOMSG), E(EIDRM), E(ECHRNG), E(EL2NSYNC), E(EL3HLT),
	E(EL3RST), E(ELNRNG), E(EUNATCH), E(ENOCSI), E(EL2HLT), E(EBADE),
	E(EBADR), E(EXFULL), E(ENOANO), E(EBADRQC), E(EBADSLT), E(EBFONT),
	E(ENOSTR), E(ENODATA), E(ETIME), E(ENOSR), E(ENONET), E(ENOPKG),
	E(EREMOTE), E(ENOLINK), E(EADV), E(ESRMNT), E(ECOMM), E(EPROTO),
	E(EMULTIHOP), E(EDOTDOT), E(EBADMSG), E(EOVERFLOW), E(ENOTUNIQ),
	E(EBADFD), E(EREMCHG), E(ELIBACC), E(ELIBBAD), E(ELIBSCN), E(ELIBMAX),
	E(ELIBEXEC), E(EILSEQ), E(ESTRPIPE), E(EUSERS), E(ENOTSOCK),
	E(EDESTADDRREQ), E(EMSGSIZE), E(EPROTOTYPE), E(ENOPROTOOPT),
	E(EPROTONOSUPPORT), E(ESOCKTNOSUPPORT), E(EOPNOTSUPP), E(EPFNOSUPPORT),
	E(EAFNOSUPPORT), E(EADDRINUSE), E(EADDRNOTAVAIL), E(ENETDOWN),
	E(ENETUNREACH), E(ENETRESET), E(ECONNABORTED), E(ECONNRESET),
	E(ENOBUFS), E(EISCONN), E(ENOTCONN), E(ESHUTDOWN), E(ETOOMANYREFS),
	E(ETIMEDOUT), E(ECONNREFUSED), E(EHOSTDOWN), E(EHOSTUNREACH),
	E(EALREADY), E(EINPROGRESS), E(ESTALE), E(EDQUOT), E(ENOMEDIUM),
	E(ECANCELED), E(EOWNERDEAD), E(ENOTRECOVERABLE),
	/*
	 * Linux errors newlib cannot name: the nearest newlib error, so that
	 * strerror() still says something true.
	 */
	[LINUX_ERESTART] = EINTR,
	[LINUX_EUCLEAN] = EIO,
	[LINUX_ENOTNAM] = EIO,
	[LINUX_ENAVAIL] = EIO,
	[LINUX_EISNAM] = EIO,
	[LINUX_EREMOTEIO] = EIO,
	[LINUX_EMEDIUMTYPE] = ENOMEDIUM,
	[LINUX_ENOKEY] = EACCES,
	[LINUX_EKEYEXPIRED] = EACCES,
	[LINUX_EKEYREVOKED] = EACCES,
	[LINUX_EKEYREJECTED] = EACCES,
	[LINUX_ERFKILL] = EIO,
	[LINUX_EHWPOISON] = EIO,
};

/* Every newlib errno fits the table's element type. */
_Static_assert(ESTRPIPE < 256 && ENOTRECOVERABLE < 256, "newlib errno above 255");

int __glue_errno_from_linux(int e)
{
	if (e > 0 && (unsigned)e < sizeof errno_from_linux && errno_from_linux[e])
		return errno_from_linux[e];
	return EIO;
}

long __syscall_ret(unsigned long r)
{
	if (r > -(unsigned long)(LINUX_MAX_ERRNO + 1)) {
		errno = __glue_errno_from_linux((int)-r);
		return -1;
	}
	return r;
}
