/*
 * fs0's processes: the VFS state (cwd, root, fd table) of each Linux
 * process mm0 told it about, found by pid or by the kernel thread that
 * sends the process's forwarded calls, and what job control needs of it
 * (process group, session, controlling terminal, how it takes SIGTTIN
 * and SIGTTOU), which mm0 keeps current (FS0_PROC_IDS, FS0_PROC_SIGTTY).
 * A fork's child inherits all of it; the first process starts in group
 * and session 0 as mm0 starts it (Linux's init too, until setsid).
 * Processes are found through a pid hash and walked through the list of
 * slots in use, so costs follow the processes that exist.
 */
#include "fs0.h"
#include <cmdline.h>

#define PID_HASH 256

static struct fsproc procs[FSPROC_MAX];
static struct fsproc *by_tid[TID_MAX_THREADS];     /* by the index part of the thread id */
static struct fsproc *by_pid[PID_HASH];
static struct fsproc *used;

struct fsproc *fsproc_by_tid(u32 tid)
{
	struct fsproc *fp = by_tid[tid & (TID_MAX_THREADS - 1)];

	return fp && fp->vp && fp->tid == tid ? fp : NULL;
}

struct fsproc *fsproc_by_pid(u32 pid)
{
	for (struct fsproc *fp = by_pid[pid % PID_HASH]; fp; fp = fp->pid_next)
		if (fp->pid == pid)
			return fp;
	return NULL;
}

static struct fsproc *free_slot(void)
{
	static u32 hint;

	for (u32 n = 0; n < FSPROC_MAX; n++) {
		struct fsproc *fp = &procs[(hint + n) % FSPROC_MAX];
		if (!fp->vp) {
			hint = (hint + n + 1) % FSPROC_MAX;
			return fp;
		}
	}
	return NULL;
}

static void slot_link(struct fsproc *fp)
{
	fp->pid_next = by_pid[fp->pid % PID_HASH];
	by_pid[fp->pid % PID_HASH] = fp;
	fp->used_prev = NULL;
	fp->used_next = used;
	if (used)
		used->used_prev = fp;
	used = fp;
}

static void slot_unlink(struct fsproc *fp)
{
	for (struct fsproc **pp = &by_pid[fp->pid % PID_HASH]; *pp; pp = &(*pp)->pid_next) {
		if (*pp == fp) {
			*pp = fp->pid_next;
			break;
		}
	}
	if (fp->used_prev)
		fp->used_prev->used_next = fp->used_next;
	else
		used = fp->used_next;
	if (fp->used_next)
		fp->used_next->used_prev = fp->used_prev;
}

/* Opens path for fd (the next free one) in p: 0 or -errno. */
static long open_stdio(struct vfs_proc *p, const char *path, u32 flags)
{
	long fd = vfs_openat(p, LINUX_AT_FDCWD, path, flags, 0);

	return fd < 0 ? fd : 0;
}

/* The first process gets the console (or persona-run's host files) as fds 0, 1, 2. */
static long first_stdio(struct vfs_proc *p)
{
	long err = 0;

	if (hostio_path(0)) {
		err = open_stdio(p, hostio_path(0), LINUX_O_RDONLY);
		if (!err)
			err = open_stdio(p, hostio_path(1), LINUX_O_WRONLY);
		if (!err)
			err = open_stdio(p, hostio_path(2), LINUX_O_WRONLY);
		return err;
	}
	for (int i = 0; i < 3 && !err; i++)
		err = open_stdio(p, "/dev/console", LINUX_O_RDWR);
	return err;
}

/* The first process: its standard files, and `init.cwd=DIR` from the command line. */
static long first_process(struct vfs_proc *p)
{
	const struct bootinfo *bi = (const struct bootinfo *)BOOTINFO_VA;
	char cwd[256];
	long err = first_stdio(p);

	if (!err && !cmdline_copy(bi->cmdline, "init.cwd", cwd, sizeof(cwd)))
		err = vfs_chdir(p, cwd);
	return err;
}

long fsproc_new(u32 pid, u32 ppid, u32 tid, u32 space)
{
	struct fsproc *slot = free_slot(), *parent = ppid ? fsproc_by_pid(ppid) : NULL;
	long err;

	if (!slot || fsproc_by_pid(pid))
		return slot ? -LINUX_EEXIST : -LINUX_EAGAIN;
	if (ppid && !parent)
		return -LINUX_ESRCH;
	err = parent ? vfs_proc_fork(parent->vp, 0, &slot->vp) : vfs_proc_new(&slot->vp);
	if (!err && !parent && (err = first_process(slot->vp)) < 0)
		vfs_proc_exit(slot->vp);
	if (err < 0) {
		slot->vp = NULL;
		return err;
	}
	slot->pid = pid;
	slot->tid = tid;
	slot->space = space;
	slot->jc = parent ? parent->jc : (struct jc_proc){ 0 };
	slot->jc.pid = pid;
	slot->late.valid = 0;
	slot->restart.valid = 0;
	by_tid[tid & (TID_MAX_THREADS - 1)] = slot;
	slot_link(slot);
	return 0;
}

long fsproc_exit(u32 pid)
{
	struct fsproc *fp = fsproc_by_pid(pid);

	if (!fp)
		return -LINUX_ESRCH;
	pending_drop(fp);
	vfs_proc_exit(fp->vp);
	fp->vp = NULL;
	slot_unlink(fp);
	if (by_tid[fp->tid & (TID_MAX_THREADS - 1)] == fp)
		by_tid[fp->tid & (TID_MAX_THREADS - 1)] = NULL;
	console_proc_exit(fp);          /* after its files, as Linux's do_exit */
	return 0;
}

/*
 * execve succeeded and the process runs in `space` now: close-on-exec fds
 * close, a waiting FIFO open ends; no old result or restart is wanted.
 */
long fsproc_exec(u32 pid, u32 space)
{
	struct fsproc *fp = fsproc_by_pid(pid);

	if (!fp)
		return -LINUX_ESRCH;
	fp->space = space;
	pending_drop(fp);
	fp->late.valid = 0;
	fp->restart.valid = 0;
	return vfs_proc_exec(fp->vp);
}

/* setpgid/setsid: a new session has no controlling terminal (setsid's proc_clear_tty). */
long fsproc_ids(u32 pid, u32 pgid, u32 sid)
{
	struct fsproc *fp = fsproc_by_pid(pid);

	if (!fp)
		return -LINUX_ESRCH;
	if (sid != fp->jc.sid)
		fp->jc.ctty = 0;
	fp->jc.pgid = pgid;
	fp->jc.sid = sid;
	return 0;
}

long fsproc_sigtty(u32 pid, u32 bits)
{
	struct fsproc *fp = fsproc_by_pid(pid);

	if (!fp)
		return -LINUX_ESRCH;
	fp->jc.sigtty = bits & (FS0_TTIN_IGNORED | FS0_TTOU_IGNORED | FS0_ORPHANED);
	return 0;
}

/* jobctl.c's hook: every live process */
struct jc_proc *jc_next(struct jc_proc *prev)
{
	struct fsproc *fp = prev ? ((struct fsproc *)((char *)prev - offsetof(struct fsproc, jc)))->used_next
			   : used;

	return fp ? &fp->jc : NULL;
}
