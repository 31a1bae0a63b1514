/*
 * clone (120) flags and scheduling policies (include/uapi/linux/sched.h).
 * The low byte of clone's flags is the signal sent to the parent on exit
 * (CSIGNAL); fork is clone(SIGCHLD), vfork is clone(CLONE_VM|CLONE_VFORK|SIGCHLD).
 * ARM's clone argument order: flags, stack, parent_tid, tls, child_tid.
 */
#ifndef PERSONALITY_LINUX_ABI_SCHED_H
#define PERSONALITY_LINUX_ABI_SCHED_H

#define LINUX_CSIGNAL              0x000000ff
#define LINUX_CLONE_NEWTIME        0x00000080
#define LINUX_CLONE_VM             0x00000100
#define LINUX_CLONE_FS             0x00000200
#define LINUX_CLONE_FILES          0x00000400
#define LINUX_CLONE_SIGHAND        0x00000800
#define LINUX_CLONE_PIDFD          0x00001000
#define LINUX_CLONE_PTRACE         0x00002000
#define LINUX_CLONE_VFORK          0x00004000
#define LINUX_CLONE_PARENT         0x00008000
#define LINUX_CLONE_THREAD         0x00010000
#define LINUX_CLONE_NEWNS          0x00020000
#define LINUX_CLONE_SYSVSEM        0x00040000
#define LINUX_CLONE_SETTLS         0x00080000
#define LINUX_CLONE_PARENT_SETTID  0x00100000
#define LINUX_CLONE_CHILD_CLEARTID 0x00200000
#define LINUX_CLONE_DETACHED       0x00400000
#define LINUX_CLONE_UNTRACED       0x00800000
#define LINUX_CLONE_CHILD_SETTID   0x01000000
#define LINUX_CLONE_NEWCGROUP      0x02000000
#define LINUX_CLONE_NEWUTS         0x04000000
#define LINUX_CLONE_NEWIPC         0x08000000
#define LINUX_CLONE_NEWUSER        0x10000000
#define LINUX_CLONE_NEWPID         0x20000000
#define LINUX_CLONE_NEWNET         0x40000000
#define LINUX_CLONE_IO             0x80000000U

#define LINUX_SCHED_NORMAL   0
#define LINUX_SCHED_FIFO     1
#define LINUX_SCHED_RR       2
#define LINUX_SCHED_BATCH    3
#define LINUX_SCHED_IDLE     5
#define LINUX_SCHED_DEADLINE 6
#define LINUX_SCHED_RESET_ON_FORK 0x40000000

#endif
