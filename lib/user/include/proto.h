/*
 * Protocols between user-level components: the messages servers and test
 * tasks send to mm0, and the address-space layout mm0 gives each server.
 * Labels stay below LABEL_KERNEL_MIN.
 */
#ifndef USER_PROTO_H
#define USER_PROTO_H

#include <persona/bootinfo.h>

/* Layout of a server's space (mm0 starts servers with r0 = mm0's tid). */
#define SERVER_UTCB_VA          ROOT_UTCB_VA
#define SERVER_STACK_TOP_VA     ROOT_STACK_TOP_VA
#define SERVER_STACK_BYTES      ROOT_STACK_BYTES
#define SERVER_VA_LIMIT         0x40000000u     /* images load below this */

/* Server priorities: servers outrank the work they serve. */
#define PRIO_MM0        24u
#define PRIO_FS0        23u
#define PRIO_KTEST      20u

/* Messages to mm0 */
#define MM0_READY       0x100u  /* a server finished its start-up; reply: 0, and to fs0
				   mr1/mr2 = base paddr / bytes of the RAM fs0 owns */
#define MM0_SHUTDOWN    0x101u  /* mr0 = exit status: check integrity, power off */

/*
 * Messages to fs0. File system calls of a process arrive forwarded by mm0
 * (TAG_FORWARD, the process as sender) as FS0_LINUX with the process's
 * r0..r3 in mr0..mr3 and r4..r7 in mr4..mr7 (r7 = the call number); fs0
 * replies to the process itself. The rest come from mm0, which waits.
 */
#define FS0_PING        0x200u  /* reply: mr0 = mr0 + 1 */
#define FS0_LINUX       0x201u  /* a forwarded Linux system call */
#define FS0_PROC_NEW    0x202u  /* mr0 pid, mr1 parent pid (0: first process), mr2 tid, mr3 space */
#define FS0_PROC_EXIT   0x203u  /* mr0 pid: close everything it had open */
#define FS0_EXEC_OPEN   0x204u  /* mr0 pid (0: from the root), mr1 path (in mm0), mr2 length,
				   mr3 dirfd (AT_FDCWD), mr4 AT_EMPTY_PATH|AT_SYMLINK_NOFOLLOW
				   (execveat) -> mr0 handle or -errno, mr1 size, mr2 mode */
#define FS0_EXEC_READ   0x205u  /* mr0 handle, mr1 offset, mr2 bytes, mr3 destination (in mm0)
				   -> mr0 bytes or -errno */
#define FS0_EXEC_CLOSE  0x206u  /* mr0 handle */
#define FS0_CHECK       0x207u  /* integrity check -> mr0 0 or -errno, mr1 open files, mr2 vnodes */
#define FS0_SET_NOFILE  0x209u  /* mr0 pid, mr1 limit: RLIMIT_NOFILE changed */
#define FS0_FILE_CHECK  0x20au  /* mr0 pid, mr1 fd, mr2 1 if a shared writable mapping:
				   -> mr0 0 or -errno as mmap would fail */
#define FS0_FILE_READ   0x208u  /* mr0 pid, mr1 fd, mr2/mr3 offset (lo/hi), mr4 bytes, mr5 destination
				   (in mm0): read for mmap -> mr0 bytes or -errno (EBADF, EACCES, ENODEV) */

/*
 * Processes (issue 5). FS0_PROC_NEW with a parent is fork: the child gets
 * a copy of the parent's descriptor table sharing the open files, its cwd
 * and root, umask, process group, session and controlling terminal.
 */
#define FS0_PROC_EXEC   0x20bu  /* mr0 pid, mr1 its new space: execve succeeded: close the
				   O_CLOEXEC fds; the process's memory is in that space now */
#define FS0_PROC_IDS    0x20cu  /* mr0 pid, mr1 pgid, mr2 sid: setpgid/setsid changed them */
#define FS0_PROC_SIGTTY 0x20du  /* mr0 pid, mr1 FS0_TTIN_* bits: how it takes SIGTTIN/SIGTTOU */
#define FS0_TTIN_IGNORED 1u     /*   SIGTTIN is ignored or blocked: background read is EIO */
#define FS0_TTOU_IGNORED 2u     /*   SIGTTOU is ignored or blocked: background write goes on */
#define FS0_ORPHANED     4u     /*   its process group is orphaned (EIO instead of stopping) */

/*
 * A signal for a process that is inside a forwarded call: mm0 has
 * suspended it (TC_SUSPEND said CANCEL_LINUX_INSIDE) and asks fs0 what
 * became of the call. Reply mr0:
 *   FS0_INTR_NONE    fs0 holds no call of pid (it never saw one)
 *   FS0_INTR_PARKED  it was waiting and is dropped; mr1 = what the call
 *                    returns when interrupted: bytes already moved, or one
 *                    of Linux's internal -ERESTARTSYS (512), -ERESTARTNOINTR
 *                    (513), -ERESTARTNOHAND (514), -ERESTART_RESTARTBLOCK
 *                    (516), which mm0 turns into -EINTR or a restart
 *   FS0_INTR_DONE    it had finished but the reply found the process
 *                    suspended: mr1 = its result, which mm0 puts in r0
 */
#define FS0_INTERRUPT   0x20eu  /* mr0 pid -> mr0 FS0_INTR_*, mr1 result */
#define FS0_INTR_NONE   0u
#define FS0_INTR_PARKED 1u
#define FS0_INTR_DONE   2u

/*
 * Signals fs0 raises (SIGPIPE for a write without readers; SIGINT, SIGQUIT,
 * SIGTSTP from the terminal's special characters; SIGTTIN/SIGTTOU for a
 * background group; SIGWINCH; SIGHUP when a terminal's session leader
 * goes): fs0 queues them, notifies mm0 with MM0_NOTIFY_FS0 *before*
 * replying to the process concerned, and mm0 fetches them with
 * FS0_EVENTS. Reply: mr0 = number of events n (at most FS0_EVENTS_MAX)
 * with FS0_EVENTS_MORE or'ed in if more remain; event i is mr[1+2i] =
 * target (> 0 a pid, < 0 minus a process group id) and mr[2+2i] = the
 * Linux signal number.
 */
#define FS0_EVENTS      0x20fu

/*
 * MAP_SHARED file mappings: mm0 holds the open file (so a later close of
 * the fd does not matter) and writes the mapping's pages back (msync,
 * munmap, exit) as Linux's page cache would, never past the file's end.
 */
#define FS0_MAP_HOLD    0x210u  /* mr0 pid, mr1 fd -> mr0 handle or -errno */
#define FS0_MAP_WRITE   0x211u  /* mr0 handle, mr1/mr2 file offset (lo/hi), mr3 bytes, mr4 source
				   (in mm0) -> mr0 bytes written (0 past the end) or -errno */
#define FS0_MAP_RELEASE 0x212u  /* mr0 handle */
#define FS0_EVENTS_MAX  15u
#define FS0_EVENTS_MORE 0x80000000u
#define MM0_NOTIFY_FS0  0x100u  /* mm0's notification bit for fs0's events */

#endif
