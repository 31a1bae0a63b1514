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

#define PAGE_SIZE       4096u

/* notification bits */
#define NOTIFY_UART     1u
#define NOTIFY_TIMER    2u      /* a parked call's deadline may have passed */

#define FSPROC_MAX      1024

/* A Linux process as fs0 knows it. */
struct fsproc {
	u32 pid;
	u32 tid;                        /* its thread (the sender of its forwarded calls) */
	u32 space;                      /* its address space (for the copy call) */
	struct vfs_proc *vp;            /* NULL: slot free */
};

extern u32 mm0_tid, mm0_space;
extern struct vfs_proc *fs0_self;       /* fs0's own VFS state (device nodes, early opens) */
extern int trace_enabled;

/* proc.c */
struct fsproc *fsproc_by_tid(u32 tid);
struct fsproc *fsproc_by_pid(u32 pid);
long fsproc_new(u32 pid, u32 ppid, u32 tid, u32 space);
long fsproc_exit(u32 pid);

/* sys.c: a forwarded call, args = r0..r7: its result or VFS_PENDING */
long linux_call(struct fsproc *fp, const u32 *args);
void trace_call(struct fsproc *fp, const u32 *args, long result);
/* Answers a parked call (traced) */
void reply_linux(struct fsproc *fp, const u32 *args, long result);

/*
 * The call being run: a first run (retry 0) may set a deadline, which a
 * parked call keeps; a retry (retry 1) sees it again (poll.c, pending.c).
 */
struct call_ctx {
	int retry;
	u64 deadline;           /* counter value, 0: none */
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
long select_timeout(struct fsproc *fp, u32 tp, int kind, s64 *ns);
long put_time_left(struct fsproc *fp, u32 tp, int kind);

/* pending.c */
long pending_park(struct fsproc *fp, const u32 *args, u32 done);
/* r is a write's result: CALL_PARKED if it was a blocking pipe write now parked for the rest */
#define CALL_PARKED (VFS_PENDING - 1)
long partial_write(struct fsproc *fp, const u32 *args, long r);

/* A write that moved less than asked (the rare case partial_write looks at). */
static inline int unlikely_short_write(const u32 *args, long r)
{
	return __builtin_expect(r > 0 && (u32)r < args[2], 0);
}
void pending_drop(struct fsproc *fp);
void retry_pending(void);

/* mm0req.c: answers the request in m (mm0 waits) */
void mm0_request(struct msg *m);

/* pipe.c; any change of a pipe (or the console) sets pipes_changed: parked calls may go on */
extern int pipes_changed;
void pipe_init(void);
int blocking_fifo(struct fsproc *fp, int fd);

/* console.c, hostio.c */
long console_init(void);
void console_input(const char *bytes, u32 n);
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
