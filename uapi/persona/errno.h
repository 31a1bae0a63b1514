/*
 * The errno values the native interface returns (negated). They are Linux's
 * numbers, so a server can pass a kernel error straight on to a Linux caller.
 */
#ifndef PERSONA_UAPI_ERRNO_H
#define PERSONA_UAPI_ERRNO_H

#define EPERM    1
#define ENOENT   2
#define ESRCH    3
#define EINTR    4
#define EIO      5
#define E2BIG    7
#define EBADF    9
#define EAGAIN  11
#define ENOMEM  12
#define EACCES  13
#define EFAULT  14
#define EBUSY   16
#define EEXIST  17
#define EINVAL  22
#define ERANGE  34
#define EDEADLK 35
#define ENOSYS  38

#endif
