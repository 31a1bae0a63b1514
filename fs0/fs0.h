/*
 * fs0, the file system server: the VFS (fs0/vfs/), the processes' file
 * descriptors, devices (console, host files for persona-run) and the
 * protocol with mm0.
 */
#ifndef FS0_H
#define FS0_H

#include <persona/bootinfo.h>
#include <native.h>
#include <uprintf.h>
#include <string.h>
#include <proto.h>
#include "vfs/vfs.h"
#include "jobctl.h"

#define PAGE_SIZE       4096u

/* notification bits */
#define NOTIFY_UART     1u
#define NOTIFY_TIMER    2u      /* a parked call's deadline may have passed */

#define FSPROC_MAX      1024

/* poll(2) interrupted by a signal, for restart_syscall (Linux's restart_block.poll) */
struct poll_restart {
	u32 valid;
	u32 ufds, nfds;
	u64 deadline;                   /* counter value, 0: no timeout */
};

/* A Linux process as fs0 knows it. */
struct fsproc {
	struct fsproc *pid_next;        /* pid hash chain (proc.c) */
	struct fsproc *used_next, *used_prev;   /* slots in use */
	u32 pid;
	u32 tid;                        /* its thread (the sender of its forwarded calls) */
	u32 space;                      /* its address space (for the copy call) */
	struct vfs_proc *vp;            /* NULL: slot free */
	struct jc_proc jc;              /* process group, session, controlling terminal, sigtty bits */
	struct {
		u32 valid;
		long result;
	} late;                         /* a call's result its reply could not deliver (FS0_INTR_DONE) */
	struct poll_restart restart;
};

extern u32 mm0_tid, mm0_space;
extern struct vfs_proc *fs0_self;       /* fs0's own VFS state (device nodes, early opens) */
extern int trace_enabled;

/* proc.c */
struct fsproc *fsproc_by_tid(u32 tid);
struct fsproc *fsproc_by_pid(u32 pid);
long fsproc_new(u32 pid, u32 ppid, u32 tid, u32 space);
long fsproc_exit(u32 pid);
/* FS0_PROC_EXEC, FS0_PROC_IDS, FS0_PROC_SIGTTY: 0 or -ESRCH */
long fsproc_exec(u32 pid, u32 space);
long fsproc_ids(u32 pid, u32 pgid, u32 sid);
long fsproc_sigtty(u32 pid, u32 bits);

/* sys.c: a forwarded call, args = r0..r7: its result or VFS_PENDING */
long linux_call(struct fsproc *fp, const u32 *args);
void trace_call(struct fsproc *fp, const u32 *args, long result);
/* Answers a parked call (traced) */
void reply_linux(struct fsproc *fp, const u32 *args, long result);

/*
 * The call being run. A first run (retry 0) may set a deadline, a start
 * time and a word of its own, which a parked call keeps; a retry (retry
 * 1) sees them again. An interrupted run (FS0_INTERRUPT, retry 1 too)
 * must not wait: it finishes with what is done, or returns the call's
 * restart code (VFS_PENDING stands for -ERESTARTSYS). Handlers of fs0's
 * devices find the caller here (NULL for mm0's own requests).
 */
struct call_ctx {
	struct fsproc *fp;
	int retry;
	int interrupted;
	u64 deadline;           /* counter value, 0: none */
	u64 start;              /* counter value */
	u32 word;
};
extern struct call_ctx call_ctx;

/* poll.c */
#define TIMEOUT_TIMEVAL 0       /* select */
#define TIMEOUT_TS32    1       /* pselect6 */
#define TIMEOUT_TS64    2       /* pselect6_time64 */
long sys_poll(struct fsproc *fp, const u32 *a);
long sys_ppoll(struct fsproc *fp, const u32 *a);
long sys_ppoll_time64(struct fsproc *fp, const u32 *a);
long sys__newselect(struct fsproc *fp, const u32 *a);
long sys_pselect6(struct fsproc *fp, const u32 *a);
long sys_pselect6_time64(struct fsproc *fp, const u32 *a);
long sys_restart_syscall(struct fsproc *fp, const u32 *a);
long select_timeout(struct fsproc *fp, u32 tp, int kind, s64 *ns);
long put_time_left(struct fsproc *fp, u32 tp, int kind);

/* pending.c */
#define CALL_PARKED (VFS_PENDING - 1)
/*
 * A first run's result r that says the call waits (VFS_PENDING, or
 * -ERESTARTSYS: a job-control signal was raised and the call waits for
 * mm0 to interrupt it): CALL_PARKED, or the result to give if it cannot
 * wait.
 */
long pending_start(struct fsproc *fp, const u32 *args, long r);
/* r is a write's result: CALL_PARKED if it was a blocking pipe write now parked for the rest */
long partial_write(struct fsproc *fp, const u32 *args, long r);
/* Job-control state changed: calls waiting for a job-control signal start again. */
void pending_recheck(void);
/* FS0_INTERRUPT: 1 and *result if fp had a parked call, which is dropped; else 0 */
int pending_interrupt(struct fsproc *fp, long *result);

/* A write that moved less than asked (the rare case partial_write looks at). */
static inline int unlikely_short_write(const u32 *args, long r)
{
	return __builtin_expect(r > 0 && (u32)r < args[2], 0);
}
void pending_drop(struct fsproc *fp);
void retry_pending(void);

/* maps.c: the files of MAP_SHARED mappings (FS0_MAP_*) */
long map_hold(u32 pid, u32 fd);
long map_write(u32 h, s64 pos, u32 bytes, u32 src);
long map_release(u32 h);

/* mm0req.c: answers the request in m (mm0 waits) */
void mm0_request(struct msg *m);

/* signals.c: signals for mm0, interrupted calls, replies that found no one waiting */
void fs0_signal(s32 target, u32 sig);
void events_reply(struct msg *m);
void interrupt_reply(u32 pid, struct msg *m);
/* A reply to tid failed with err: a process that is not waiting keeps result for FS0_INTERRUPT. */
void reply_failed(u32 tid, u32 result, long err);

/* pipe.c; any change of a pipe (or the console) sets pipes_changed: parked calls may go on */
extern int pipes_changed;
void pipe_init(void);
int blocking_fifo(struct fsproc *fp, int fd);

/* console.c, hostio.c */
long console_init(void);
void console_input(const char *bytes, u32 n);
/* p exits: the terminal is hung up if p was its session's leader */
void console_proc_exit(struct fsproc *fp);
long hostio_init(void);
/* /dev/hostin, /dev/hostout, /dev/hosterr for fd 0, 1, 2 once set up, else NULL */
const char *hostio_path(int fd);

/* mem.c: fs0's own RAM */
long mem_init(u32 base_pa, u32 bytes);
void *page_alloc(void);                 /* a 4 KiB page (not zeroed), NULL if none */
void page_free(void *p);
void *mem_alloc(size_t bytes);          /* <= 2048 bytes, zeroed, NULL if none */
void mem_free(void *p, size_t bytes);
u32 mem_live_objects(void);
u32 mem_pages_used(void);
u32 mem_pages_free(void);

/* uio.c: a process's memory through the kernel's copy call */
extern const struct vfs_io_ops user_io_ops;
long user_read(u32 space, u32 addr, void *dst, u32 n);
long user_write(u32 space, u32 addr, const void *src, u32 n);
/* A path string into buf (LINUX_PATH_MAX bytes): its length, -EFAULT or -ENAMETOOLONG. */
long user_path(u32 space, u32 addr, char *buf);

/* uart.c */
long uart_init(void);
void uart_write(const char *s, u32 len);
void uart_interrupt(void (*input)(const char *bytes, u32 n));

#endif
