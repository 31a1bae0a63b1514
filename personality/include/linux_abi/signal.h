/*
 * Linux signals on 32-bit ARM: numbers, sigaction flags, the kernel's
 * struct sigaction for rt_sigaction (174) and the old one for sigaction (67),
 * sigset_t, stack_t, siginfo (128 bytes) and its codes, struct sigevent.
 * The signal frame layouts are in sigcontext.h.
 *
 * Pointers are uint32_t, so the layouts are the same under the host
 * compiler. Fields are not called sa_handler: newlib #defines that name.
 */
#ifndef PERSONALITY_LINUX_ABI_SIGNAL_H
#define PERSONALITY_LINUX_ABI_SIGNAL_H

#include <stdint.h>

/* numbers (arch/arm/include/uapi/asm/signal.h) */
#define LINUX_SIGHUP     1
#define LINUX_SIGINT     2
#define LINUX_SIGQUIT    3
#define LINUX_SIGILL     4
#define LINUX_SIGTRAP    5
#define LINUX_SIGABRT    6
#define LINUX_SIGIOT     6
#define LINUX_SIGBUS     7
#define LINUX_SIGFPE     8
#define LINUX_SIGKILL    9
#define LINUX_SIGUSR1    10
#define LINUX_SIGSEGV    11
#define LINUX_SIGUSR2    12
#define LINUX_SIGPIPE    13
#define LINUX_SIGALRM    14
#define LINUX_SIGTERM    15
#define LINUX_SIGSTKFLT  16
#define LINUX_SIGCHLD    17
#define LINUX_SIGCONT    18
#define LINUX_SIGSTOP    19
#define LINUX_SIGTSTP    20
#define LINUX_SIGTTIN    21
#define LINUX_SIGTTOU    22
#define LINUX_SIGURG     23
#define LINUX_SIGXCPU    24
#define LINUX_SIGXFSZ    25
#define LINUX_SIGVTALRM  26
#define LINUX_SIGPROF    27
#define LINUX_SIGWINCH   28
#define LINUX_SIGIO      29
#define LINUX_SIGPOLL    LINUX_SIGIO
#define LINUX_SIGPWR     30
#define LINUX_SIGSYS     31
#define LINUX_SIGRTMIN   32
#define LINUX_SIGRTMAX   LINUX__NSIG

/* the kernel's signal count (arch/arm/include/asm/signal.h) */
#define LINUX__NSIG       64
#define LINUX__NSIG_BPW   32
#define LINUX__NSIG_WORDS (LINUX__NSIG / LINUX__NSIG_BPW)

/* sa_flags: generic values plus ARM's SA_THIRTYTWO and SA_RESTORER */
#define LINUX_SA_NOCLDSTOP      0x00000001U
#define LINUX_SA_NOCLDWAIT      0x00000002U
#define LINUX_SA_SIGINFO        0x00000004U
#define LINUX_SA_UNSUPPORTED    0x00000400U
#define LINUX_SA_EXPOSE_TAGBITS 0x00000800U
#define LINUX_SA_THIRTYTWO      0x02000000U
#define LINUX_SA_RESTORER       0x04000000U
#define LINUX_SA_ONSTACK        0x08000000U
#define LINUX_SA_RESTART        0x10000000U
#define LINUX_SA_NODEFER        0x40000000U
#define LINUX_SA_RESETHAND      0x80000000U
#define LINUX_SA_NOMASK         LINUX_SA_NODEFER
#define LINUX_SA_ONESHOT        LINUX_SA_RESETHAND

/* sigprocmask how */
#define LINUX_SIG_BLOCK   0
#define LINUX_SIG_UNBLOCK 1
#define LINUX_SIG_SETMASK 2

/* handler values (as the 32-bit words found in struct linux_sigaction) */
#define LINUX_SIG_DFL 0x00000000U
#define LINUX_SIG_IGN 0x00000001U
#define LINUX_SIG_ERR 0xffffffffU

/* sigaltstack */
#define LINUX_SS_ONSTACK    1
#define LINUX_SS_DISABLE    2
#define LINUX_SS_AUTODISARM (1U << 31)
#define LINUX_MINSIGSTKSZ   2048
#define LINUX_SIGSTKSZ      8192

/*
 * The kernel's sigset_t: 64 signals in two 32-bit words, signal n at bit
 * (n - 1). Kept as words, not a uint64_t, because it is only 4-byte aligned
 * inside struct linux_sigaction and struct linux_ucontext.
 */
typedef struct {
	uint32_t sig[LINUX__NSIG_WORDS];
} linux_sigset_t;

/* the one-word mask of sigprocmask (126), sigpending (73), sigsuspend (72) */
typedef uint32_t linux_old_sigset_t;

/*
 * rt_sigaction's struct (arch/arm/include/asm/signal.h, __ARCH_HAS_SA_RESTORER):
 * 20 bytes; the call's sigsetsize argument must be sizeof(linux_sigset_t), 8.
 */
struct linux_sigaction {
	uint32_t handler;   /* Linux sa_handler: SIG_DFL, SIG_IGN or an address */
	uint32_t flags;     /* sa_flags */
	uint32_t restorer;  /* sa_restorer, used if flags has SA_RESTORER */
	linux_sigset_t mask; /* sa_mask */
};

/* sigaction (67)'s struct old_sigaction: note the different order. 16 bytes */
struct linux_old_sigaction {
	uint32_t handler;
	linux_old_sigset_t mask;
	uint32_t flags;
	uint32_t restorer;
};

/* stack_t (Linux struct sigaltstack): 12 bytes */
typedef struct linux_sigaltstack {
	uint32_t ss_sp;
	int32_t  ss_flags;
	uint32_t ss_size;
} linux_stack_t;

union linux_sigval {
	int32_t  sival_int;
	uint32_t sival_ptr;
};

/*
 * siginfo_t (asm-generic/siginfo.h on a 32-bit, 4-byte-aligned ABI):
 * 128 bytes, the union at offset 12. Linux's si_pid is sifields.kill.pid
 * here, si_addr is sifields.sigfault.addr, and so on.
 */
struct linux_siginfo {
	int32_t si_signo;
	int32_t si_errno;
	int32_t si_code;
	union {
		uint32_t pad[29];
		struct {                 /* kill, tkill, tgkill */
			int32_t  pid;
			uint32_t uid;
		} kill;
		struct {                 /* POSIX timers */
			int32_t  tid;
			int32_t  overrun;
			union linux_sigval sigval;
			int32_t  sys_private;
		} timer;
		struct {                 /* sigqueue, rt_sigqueueinfo */
			int32_t  pid;
			uint32_t uid;
			union linux_sigval sigval;
		} rt;
		struct {                 /* SIGCHLD */
			int32_t  pid;
			uint32_t uid;
			int32_t  status;
			int32_t  utime;  /* clock_t, USER_HZ ticks */
			int32_t  stime;
		} sigchld;
		struct {                 /* SIGILL, SIGFPE, SIGSEGV, SIGBUS, SIGTRAP */
			uint32_t addr;
			union {
				int32_t trapno;
				int16_t addr_lsb;
				struct {
					uint8_t  dummy_bnd[4];
					uint32_t lower;
					uint32_t upper;
				} addr_bnd;
				struct {
					uint8_t  dummy_pkey[4];
					uint32_t pkey;
				} addr_pkey;
				struct {
					uint32_t data;
					uint32_t type;
					uint32_t flags;
				} perf;
			};
		} sigfault;
		struct {                 /* SIGPOLL */
			int32_t band;    /* long */
			int32_t fd;
		} sigpoll;
		struct {                 /* SIGSYS */
			uint32_t call_addr;
			int32_t  syscall;
			uint32_t arch;
		} sigsys;
	} sifields;
};

/* si_code values */
#define LINUX_SI_USER     0
#define LINUX_SI_KERNEL   0x80
#define LINUX_SI_QUEUE    (-1)
#define LINUX_SI_TIMER    (-2)
#define LINUX_SI_MESGQ    (-3)
#define LINUX_SI_ASYNCIO  (-4)
#define LINUX_SI_SIGIO    (-5)
#define LINUX_SI_TKILL    (-6)
#define LINUX_SI_DETHREAD (-7)
#define LINUX_SI_ASYNCNL  (-60)

#define LINUX_ILL_ILLOPC 1
#define LINUX_ILL_ILLOPN 2
#define LINUX_ILL_ILLADR 3
#define LINUX_ILL_ILLTRP 4
#define LINUX_ILL_PRVOPC 5
#define LINUX_ILL_PRVREG 6
#define LINUX_ILL_COPROC 7
#define LINUX_ILL_BADSTK 8
#define LINUX_ILL_BADIADDR 9

#define LINUX_FPE_INTDIV 1
#define LINUX_FPE_INTOVF 2
#define LINUX_FPE_FLTDIV 3
#define LINUX_FPE_FLTOVF 4
#define LINUX_FPE_FLTUND 5
#define LINUX_FPE_FLTRES 6
#define LINUX_FPE_FLTINV 7
#define LINUX_FPE_FLTSUB 8
#define LINUX_FPE_FLTUNK 14
#define LINUX_FPE_CONDTRAP 15

#define LINUX_SEGV_MAPERR 1
#define LINUX_SEGV_ACCERR 2
#define LINUX_SEGV_BNDERR 3
#define LINUX_SEGV_PKUERR 4

#define LINUX_BUS_ADRALN 1
#define LINUX_BUS_ADRERR 2
#define LINUX_BUS_OBJERR 3
#define LINUX_BUS_MCEERR_AR 4
#define LINUX_BUS_MCEERR_AO 5

#define LINUX_TRAP_BRKPT  1
#define LINUX_TRAP_TRACE  2
#define LINUX_TRAP_BRANCH 3
#define LINUX_TRAP_HWBKPT 4
#define LINUX_TRAP_UNK    5
#define LINUX_TRAP_PERF   6

#define LINUX_CLD_EXITED    1
#define LINUX_CLD_KILLED    2
#define LINUX_CLD_DUMPED    3
#define LINUX_CLD_TRAPPED   4
#define LINUX_CLD_STOPPED   5
#define LINUX_CLD_CONTINUED 6

#define LINUX_POLL_IN  1
#define LINUX_POLL_OUT 2
#define LINUX_POLL_MSG 3
#define LINUX_POLL_ERR 4
#define LINUX_POLL_PRI 5
#define LINUX_POLL_HUP 6

#define LINUX_SYS_SECCOMP       1
#define LINUX_SYS_USER_DISPATCH 2

/* struct sigevent (timer_create, mq_notify): 64 bytes */
#define LINUX_SIGEV_SIGNAL    0
#define LINUX_SIGEV_NONE      1
#define LINUX_SIGEV_THREAD    2
#define LINUX_SIGEV_THREAD_ID 4

struct linux_sigevent {
	union linux_sigval sigev_value;
	int32_t sigev_signo;
	int32_t sigev_notify;
	union {
		int32_t pad[13];
		int32_t tid;
		struct {
			uint32_t function;
			uint32_t attribute;
		} sigev_thread;
	} sigev_un;
};

#endif
