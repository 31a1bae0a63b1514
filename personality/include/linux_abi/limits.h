/*
 * Limits Linux enforces and reports (include/uapi/linux/limits.h,
 * asm-generic/param.h).
 */
#ifndef PERSONALITY_LINUX_ABI_LIMITS_H
#define PERSONALITY_LINUX_ABI_LIMITS_H

#define LINUX_NGROUPS_MAX    65536
#define LINUX_ARG_MAX        131072
#define LINUX_MAX_CANON      255
#define LINUX_MAX_INPUT      255
#define LINUX_NAME_MAX       255     /* bytes in a file name, without the NUL */
#define LINUX_PATH_MAX       4096    /* bytes in a path, with the NUL */
#define LINUX_PIPE_BUF       4096    /* writes up to this size are atomic */
#define LINUX_XATTR_NAME_MAX 255
#define LINUX_XATTR_SIZE_MAX 65536
#define LINUX_XATTR_LIST_MAX 65536
#define LINUX_RTSIG_MAX      32
#define LINUX_EXEC_PAGESIZE  4096
#define LINUX_MAXHOSTNAMELEN 64

#endif
