/*
 * ktest: the in-guest kernel test task. It runs as a server with every
 * capability; each test builds the spaces and threads it needs (children
 * share ktest's image, mapped into their spaces), checks what the kernel
 * did, and leaves nothing behind (the runner recounts threads and spaces
 * after every test).
 *
 * A test is `int t_name(void)` returning 0, or the result of kt_fail()
 * through the CHECK macros.
 */
#ifndef KTEST_H
#define KTEST_H

#include <native.h>
#include <uprintf.h>
#include <string.h>
#include <proto.h>

#define KT_PRIO         PRIO_KTEST      /* the test task's own priority */
#define KT_MAX_THREADS  16
#define KT_STACK_BYTES  4096
#define KT_UTCB_BASE    0x7f000000u     /* child UTCBs: one page per slot */
#define KT_SLEEP_BIT    0x80000000u

int kt_fail(int line, const char *what);
int kt_failv(int line, const char *what, long a, long b);

#define CHECK(c) \
	do { if (!(c)) return kt_fail(__LINE__, #c); } while (0)
#define CHECK_EQ(a, b) \
	do { long _a = (long)(a), _b = (long)(b); \
	     if (_a != _b) return kt_failv(__LINE__, #a " == " #b, _a, _b); } while (0)
#define CHECK_OK(e) \
	do { long _e = (long)(e); if (_e < 0) return kt_failv(__LINE__, #e " >= 0", _e, 0); } while (0)

extern u32 kt_self;                     /* ktest's main thread */
extern u32 kt_ticks_per_us;
extern volatile u32 kt_notified;        /* notification bits seen while sleeping */

/* A space mapping ktest's image (text RX, data RW) at the same addresses. */
long kt_space(u32 caps);
/* A started thread running fn(arg) in space; stops in a receive when fn returns. */
long kt_thread(u32 space, void (*fn)(u32), u32 arg, u32 prio, u32 flags, u32 pager, u32 handler);
/* Created but not started (pc/sp left to the test); returns the tid, *stack_top set. */
long kt_thread_created(u32 space, u32 prio, u32 flags, u32 pager, u32 handler, u32 *stack_top);
/* Destroy everything kt_space/kt_thread made. */
void kt_cleanup(void);

/* Sleeps on the kernel alarm; an open receive, so messages sent to ktest are taken. */
void kt_sleep_us(u32 us);
/* Lets lower-priority children run until they all block, receiving nothing. */
void kt_run_others(void);
/* Sleeps in 1 ms steps until *p == value or timeout; 1 if reached. */
int kt_wait_eq(volatile u32 *p, u32 value, u32 timeout_ms);
/* Sleeps in 1 ms steps until thread tid is in state (TS_*) or timeout; 1 if reached. */
int kt_wait_state(u32 tid, long state, u32 timeout_ms);
/* Receives from anyone, skipping notifications; returns the sender or -errno. */
long kt_recv_msg(struct msg *m);
u64 kt_now_us(void);
/* A page-aligned scratch page owned by ktest (index 0..KT_PAGES-1). */
#define KT_PAGES 8
u8 *kt_page(unsigned i);

/* Test table entry */
struct ktest {
	const char *name;
	int (*fn)(void);
};

#define KT_TABLE(name) const struct ktest name[]
extern const struct ktest ipc_tests[], notify_tests[], fault_tests[], sched_tests[],
	thread_tests[], args_tests[], cpu_tests[], copy_tests[];
extern const unsigned ipc_ntests, notify_ntests, fault_ntests, sched_ntests, thread_ntests,
	args_ntests, cpu_ntests, copy_ntests;

void bench_run(void);

#endif
