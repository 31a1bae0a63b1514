/*
 * futex (240) and futex_time64 (422) operations (include/uapi/linux/futex.h).
 * The op argument is a command, optionally or'ed with FUTEX_PRIVATE_FLAG and
 * FUTEX_CLOCK_REALTIME.
 */
#ifndef PERSONALITY_LINUX_ABI_FUTEX_H
#define PERSONALITY_LINUX_ABI_FUTEX_H

#define LINUX_FUTEX_WAIT            0
#define LINUX_FUTEX_WAKE            1
#define LINUX_FUTEX_FD              2
#define LINUX_FUTEX_REQUEUE         3
#define LINUX_FUTEX_CMP_REQUEUE     4
#define LINUX_FUTEX_WAKE_OP         5
#define LINUX_FUTEX_LOCK_PI         6
#define LINUX_FUTEX_UNLOCK_PI       7
#define LINUX_FUTEX_TRYLOCK_PI      8
#define LINUX_FUTEX_WAIT_BITSET     9
#define LINUX_FUTEX_WAKE_BITSET     10
#define LINUX_FUTEX_WAIT_REQUEUE_PI 11
#define LINUX_FUTEX_CMP_REQUEUE_PI  12
#define LINUX_FUTEX_LOCK_PI2        13
#define LINUX_FUTEX_PRIVATE_FLAG    128
#define LINUX_FUTEX_CLOCK_REALTIME  256
#define LINUX_FUTEX_CMD_MASK        (~(LINUX_FUTEX_PRIVATE_FLAG | LINUX_FUTEX_CLOCK_REALTIME))

/* set_robust_list / CLONE_CHILD_CLEARTID wake-up word bits */
#define LINUX_FUTEX_WAITERS    0x80000000U
#define LINUX_FUTEX_OWNER_DIED 0x40000000U
#define LINUX_FUTEX_TID_MASK   0x3fffffffU

#endif
