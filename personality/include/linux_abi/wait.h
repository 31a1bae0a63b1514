/*
 * wait4 (114) and waitid (280) options and id types (include/uapi/linux/
 * wait.h), and how the kernel encodes the status word wait4 stores.
 */
#ifndef PERSONALITY_LINUX_ABI_WAIT_H
#define PERSONALITY_LINUX_ABI_WAIT_H

#define LINUX_WNOHANG    0x00000001
#define LINUX_WUNTRACED  0x00000002
#define LINUX_WSTOPPED   LINUX_WUNTRACED
#define LINUX_WEXITED    0x00000004
#define LINUX_WCONTINUED 0x00000008
#define LINUX_WNOWAIT    0x01000000
#define LINUX___WNOTHREAD 0x20000000
#define LINUX___WALL     0x40000000
#define LINUX___WCLONE   0x80000000U

/* waitid idtype */
#define LINUX_P_ALL   0
#define LINUX_P_PID   1
#define LINUX_P_PGID  2
#define LINUX_P_PIDFD 3

/*
 * The status word (kernel/exit.c; the same encoding glibc's W* macros decode):
 * exited: code << 8; killed: signal, | 0x80 if it dumped core;
 * stopped: signal << 8 | 0x7f; continued: 0xffff.
 */
#define LINUX_W_EXITCODE(code, sig) (((code) & 0xff) << 8 | (sig))
#define LINUX_W_STOPCODE(sig)       ((sig) << 8 | 0x7f)
#define LINUX_W_CONTINUED           0xffff
#define LINUX_WCOREFLAG             0x80

#endif
