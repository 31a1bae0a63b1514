/*
 * mm0, the root task: owns physical memory, starts the other servers, and
 * runs Linux processes: it is their pager and the handler of every system
 * call they make (file calls go on to fs0).
 */
#ifndef MM0_H
#define MM0_H

#include <persona/bootinfo.h>
#include <native.h>
#include <uprintf.h>
#include <string.h>
#include <random.h>
#include <linux_abi/errno.h>
#include "vm.h"
#include "proc.h"

#define unlikely(x) __builtin_expect(!!(x), 0)
#define likely(x) __builtin_expect(!!(x), 1)

#define TASK_NAME_LEN 16
#define MAX_TASKS     16

struct task {
	char name[TASK_NAME_LEN];
	u32 space;
	u32 tid;
	int ready;                      /* sent MM0_READY */
};

extern const struct bootinfo *bootinfo;
extern u32 mm0_tid, mm0_space, fs0_tid;
extern int trace_enabled;

/* frames.c: physical pages (paddr) of the REGION_FREE regions, counted */
void frames_init(const struct bootinfo *bi);
u32 frame_alloc(void);                  /* zeroed page, one reference; 0 if none */
u32 frame_alloc_run(u32 n);             /* n contiguous zeroed pages; 0 if none */
void frame_ref(u32 pa);
void frame_unref(u32 pa);               /* freed with the last reference */
u32 frame_refs(u32 pa);
void frame_free(u32 pa);
u32 frame_reserve_run(u32 n);            /* n contiguous frames given away for good (fs0) */
u32 frames_free_count(void);
u32 frames_total_count(void);
/* Integrity: count each page-table entry's frame, then compare with the references. */
void frames_audit_begin(void);
void frames_audit_saw(u32 pa);
/* Frames whose references differ from the entries counted; *distinct = frames seen. */
u32 frames_audit_end(u32 *distinct, int verbose);
void *phys_to_mm0(u32 pa);              /* mm0's view of a physical page */
u32 mm0_to_phys(const void *va);

/* heap.c */
void *mm0_alloc(size_t bytes);          /* zeroed, NULL if out of memory */
void mm0_free(void *p, size_t bytes);
u32 heap_live_objects(void);
u32 heap_frame_count(void);

/* task.c: servers and test tasks from boot modules */
const struct bootinfo_module *module_find(const char *name);
struct task *task_start(const struct bootinfo_module *m, u32 prio, u32 caps);
struct task *task_by_tid(u32 tid);

/* pager.c */
void pager_fault(u32 tid, const struct msg *m);
int pager_linux_fault(struct proc *p, const struct msg *m);

/* fs.c: requests to fs0 */
long fs_proc_new(u32 pid, u32 ppid, u32 tid, u32 space);
long fs_proc_exit(u32 pid);
/* An executable to open: path from dirfd (execveat), with AT_EMPTY_PATH/AT_SYMLINK_NOFOLLOW. */
struct exec_file {
	const char *path;
	u32 dirfd, at_flags;
};
#define EXEC_FILE(p) ((struct exec_file){ (p), (u32)-100 /* AT_FDCWD */, 0 })
long fs_exec_open(u32 pid, const struct exec_file *f, u32 *size, u32 *mode);
long fs_exec_read(u32 handle, u32 offset, u32 bytes, void *dst);
long fs_exec_close(u32 handle);
long fs_file_read(u32 pid, u32 fd, u64 offset, u32 bytes, void *dst);
long fs_check(struct msg *out);
long fs_set_nofile(u32 pid, u32 limit);
/* Processes (proto.h): exec, group and session, SIGTTIN/SIGTTOU handling, a signal's interruption. */
long fs_proc_exec(u32 pid, u32 space);
long fs_proc_ids(u32 pid, u32 pgid, u32 sid);
long fs_proc_sigtty(u32 pid, u32 bits);
/* What became of pid's call in fs0 (*kind = FS0_INTR_*): its result. */
long fs_interrupt(u32 pid, u32 *kind);
/* fs0's queued signals: up to FS0_EVENTS_MAX (target, signal) pairs; the count, more flag in *more. */
long fs_events(s32 *targets, u32 *sigs, int *more);
/* Would mmap of fd work (shared_write: MAP_SHARED with PROT_WRITE)? 0 or -errno. */
long fs_file_check(u32 pid, u32 fd, int shared_write);
/* MAP_SHARED files (proto.h FS0_MAP_*) */
long fs_map_hold(u32 pid, u32 fd);
long fs_map_write(u32 handle, u64 pos, u32 bytes, const void *src);
long fs_map_release(u32 handle);
/* Forwards the Linux call in m (as received from tid) to fs0, then waits for the next message. */
long forward_wait(u32 tid, struct msg *m);

/* mapfile.c: the file of a MAP_SHARED area, counted by the areas using it */
struct map_file;
struct map_file *mapfile_hold(u32 pid, u32 fd, long *err);
void mapfile_ref(struct map_file *f);
void mapfile_unref(struct map_file *f);
long mapfile_write(struct map_file *f, u64 pos, const void *src, u32 bytes);

/* exec.c, hwcap.c */
/*
 * Loads the static ELF at path for process p into vm (empty) with the
 * Linux initial stack (AT_EXECFN = execfn); *entry, *sp; 0 or -errno
 * (ENOENT, EACCES, ENOEXEC, ENOMEM, ...). Nothing of p changes.
 */
long exec_load(struct proc *p, struct vm *vm, const struct exec_file *f, const char *execfn,
	       const char *const *argv, const char *const *envp, u32 *entry, u32 *sp);
/* The first bytes of file f (for #!): their count or -errno. */
long exec_peek(struct proc *p, const struct exec_file *f, char *buf, u32 len);
u32 linux_hwcap(void);

/* lifecycle.c */
long init_start(const char *cmdline);
/* A process with an empty space and a stopped TF_LINUX thread handled by mm0. */
long proc_create(u32 ppid, struct proc **out);
/* comm = the last part of path (Linux's task name, 15 characters). */
void proc_set_comm(struct proc *p, const char *path);

/* exit.c */
/* The process ends with a Linux wait status (exit code << 8, or the signal). */
void proc_exit(struct proc *p, u32 wait_status);
/* A fault the process cannot survive: log one line, end it with sig. */
void proc_kill_fault(struct proc *p, u32 sig, const struct msg *m);
/* The parent collected zombie p: its slot and pid are free. */
void proc_reap(struct proc *p);
/* child execed or exited: a vfork parent waiting for it goes on. */
void proc_vfork_done(struct proc *child);

/* check.c */
long mm0_check(int verbose);
void mm0_check_baseline(void);

#endif
