/*
 * mm0's requests to fs0 (calls: mm0 waits, fs0 never calls back, so this
 * cannot deadlock) and the forwarding of a process's file system calls
 * (fs0 replies to the process directly).
 */
#include "mm0.h"
#include <proto.h>

u32 fs0_tid;

static long fs_call(u32 label, u32 a, u32 b, u32 c, u32 d, struct msg *out)
{
	struct msg m = { .tag = TAG(label, 4), .mr = { a, b, c, d } };
	long r = ipc_call(fs0_tid, &m);

	if (r < 0)
		return r;
	if (out)
		*out = m;
	return (long)m.mr[0];
}

long fs_proc_new(u32 pid, u32 ppid, u32 tid, u32 space)
{
	return fs_call(FS0_PROC_NEW, pid, ppid, tid, space, NULL);
}

long fs_proc_exit(u32 pid)
{
	return fs_call(FS0_PROC_EXIT, pid, 0, 0, 0, NULL);
}

long fs_exec_open(u32 pid, const struct exec_file *f, u32 *size, u32 *mode)
{
	struct msg m = { .tag = TAG(FS0_EXEC_OPEN, 5),
			 .mr = { pid, (u32)f->path, strlen(f->path), f->dirfd } };

	utcb()->mr[4] = f->at_flags;
	long h = ipc_call(fs0_tid, &m);

	if (h >= 0)
		h = (long)m.mr[0];
	if (h >= 0) {
		*size = m.mr[1];
		*mode = m.mr[2];
	}
	return h;
}

long fs_exec_read(u32 handle, u32 offset, u32 bytes, void *dst)
{
	return fs_call(FS0_EXEC_READ, handle, offset, bytes, (u32)dst, NULL);
}

long fs_exec_close(u32 handle)
{
	return fs_call(FS0_EXEC_CLOSE, handle, 0, 0, 0, NULL);
}

long fs_file_read(u32 pid, u32 fd, u64 offset, u32 bytes, void *dst)
{
	struct msg m = { .tag = TAG(FS0_FILE_READ, 6), .mr = { pid, fd, (u32)offset, (u32)(offset >> 32) } };

	utcb()->mr[4] = bytes;
	utcb()->mr[5] = (u32)dst;
	long r = ipc_call(fs0_tid, &m);
	return r < 0 ? r : (long)m.mr[0];
}

long fs_set_nofile(u32 pid, u32 limit)
{
	return fs_call(FS0_SET_NOFILE, pid, limit, 0, 0, NULL);
}

long fs_file_check(u32 pid, u32 fd, int shared_write)
{
	return fs_call(FS0_FILE_CHECK, pid, fd, (u32)shared_write, 0, NULL);
}

long fs_proc_exec(u32 pid, u32 space)
{
	return fs_call(FS0_PROC_EXEC, pid, space, 0, 0, NULL);
}

long fs_proc_ids(u32 pid, u32 pgid, u32 sid)
{
	return fs_call(FS0_PROC_IDS, pid, pgid, sid, 0, NULL);
}

long fs_proc_sigtty(u32 pid, u32 bits)
{
	return fs_call(FS0_PROC_SIGTTY, pid, bits, 0, 0, NULL);
}

long fs_interrupt(u32 pid, u32 *kind)
{
	struct msg m;
	long r = fs_call(FS0_INTERRUPT, pid, 0, 0, 0, &m);

	*kind = r < 0 ? FS0_INTR_NONE : m.mr[0];
	return r < 0 ? -LINUX_EINTR : (long)m.mr[1];
}

long fs_events(s32 *targets, u32 *sigs, int *more)
{
	struct msg m = { .tag = TAG(FS0_EVENTS, 0) };
	long r = ipc_call(fs0_tid, &m);

	if (r < 0)
		return r;
	u32 n = m.mr[0] & ~FS0_EVENTS_MORE;
	const u32 *mr = utcb()->mr;
	*more = (m.mr[0] & FS0_EVENTS_MORE) != 0;
	if (n > FS0_EVENTS_MAX)
		n = FS0_EVENTS_MAX;
	for (u32 i = 0; i < n; i++) {
		targets[i] = (s32)(1 + 2 * i < 4 ? m.mr[1 + 2 * i] : mr[1 + 2 * i]);
		sigs[i] = 2 + 2 * i < 4 ? m.mr[2 + 2 * i] : mr[2 + 2 * i];
	}
	return (long)n;
}

long fs_map_hold(u32 pid, u32 fd)
{
	return fs_call(FS0_MAP_HOLD, pid, fd, 0, 0, NULL);
}

long fs_map_write(u32 handle, u64 pos, u32 bytes, const void *src)
{
	struct msg m = { .tag = TAG(FS0_MAP_WRITE, 5), .mr = { handle, (u32)pos, (u32)(pos >> 32), bytes } };

	utcb()->mr[4] = (u32)src;
	long r = ipc_call(fs0_tid, &m);
	return r < 0 ? r : (long)m.mr[0];
}

long fs_map_release(u32 handle)
{
	return fs_call(FS0_MAP_RELEASE, handle, 0, 0, 0, NULL);
}

long fs_check(struct msg *out)
{
	return fs_call(FS0_CHECK, 0, 0, 0, 0, out);
}

long forward_wait(u32 tid, struct msg *m)
{
	m->tag = TAG(FS0_LINUX, 8);
	utcb()->forward = tid;
	return ipc(fs0_tid, TID_ANY, TAG_SEND | TAG_FORWARD | TAG_RECV, m);
}
