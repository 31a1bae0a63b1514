/*
 * poll, ppoll, select (_newselect) and pselect6 (and the time64 forms):
 * readiness from the VFS (vfs_poll), waiting as a parked call with a
 * deadline (the kernel alarm wakes fs0 to give up on it). A signal ends
 * the wait (FS0_INTERRUPT runs the call as interrupted): poll returns
 * -ERESTART_RESTARTBLOCK and keeps what restart_syscall needs to go on
 * with the time left (Linux's do_restart_poll); the others return
 * -ERESTARTNOHAND. ppoll, select and pselect6 write the time left back
 * on every return (Linux's poll_select_finish), so that a restart waits
 * only for what is left. Their signal masks are mm0's to apply (it owns
 * signals); fs0 checks the mask's size.
 */
#include "fs0.h"
#include <clock.h>
#include <linux_abi/poll.h>
#include <linux_abi/time.h>

#define ALWAYS          (LINUX_POLLERR | LINUX_POLLHUP | LINUX_POLLNVAL)
#define FDSET_WORDS     (1024 / 32)
#define POLL_IN_SET     (LINUX_POLLRDNORM | LINUX_POLLRDBAND | LINUX_POLLIN | LINUX_POLLHUP | LINUX_POLLERR)
#define POLL_OUT_SET    (LINUX_POLLWRBAND | LINUX_POLLWRNORM | LINUX_POLLOUT | LINUX_POLLERR)
#define POLL_EX_SET     (LINUX_POLLPRI)
#define KEPT            (-2)    /* timeout: call_ctx's deadline is set (a retry, restart_syscall) */

/* A first run's timeout (< 0: none) becomes call_ctx's deadline; KEPT leaves it. */
static void set_deadline(s64 timeout_ns)
{
	if (timeout_ns != KEPT)
		call_ctx.deadline = timeout_ns < 0 ? 0 : read_cntvct() + clock_ns_to_ticks((u64)timeout_ns) + 1;
}

/* 1 if the wait is over: a zero timeout, or the deadline passed. */
static int timed_out(s64 timeout_ns)
{
	return timeout_ns == 0 || (call_ctx.deadline && read_cntvct() >= call_ctx.deadline);
}

/* Nanoseconds left before the deadline (0 if none or passed). */
static u64 time_left(void)
{
	u64 now = read_cntvct();

	return call_ctx.deadline > now ? clock_ticks_to_ns(call_ctx.deadline - now) : 0;
}

/*
 * do_sys_poll: the count of ready fds, 0 on timeout, VFS_PENDING to wait,
 * -ERESTARTNOHAND when interrupted with nothing ready; revents are
 * written back in every case but VFS_PENDING (-EFAULT if they cannot be).
 */
static long do_poll(struct fsproc *fp, u32 ufds, u32 nfds, s64 timeout_ns)
{
	static struct linux_pollfd fds[1024];
	long ready = 0;

	set_deadline(timeout_ns);
	if (nfds > 1024 || nfds > (u32)vfs_proc_nofile(fp->vp))
		return -LINUX_EINVAL;
	if (nfds && user_read(fp->space, ufds, fds, nfds * sizeof(fds[0])) != (long)(nfds * sizeof(fds[0])))
		return -LINUX_EFAULT;
	for (u32 i = 0; i < nfds; i++) {
		u32 want = (u16)fds[i].events | ALWAYS;
		fds[i].revents = fds[i].fd < 0 ? 0 : (int16_t)(vfs_poll(fp->vp, fds[i].fd, want) & want);
		ready += fds[i].revents != 0;
	}
	if (!ready && call_ctx.interrupted)
		ready = -LINUX_ERESTARTNOHAND;
	else if (!ready && !timed_out(timeout_ns))
		return VFS_PENDING;
	if (nfds && user_write(fp->space, ufds, fds, nfds * sizeof(fds[0])) != (long)(nfds * sizeof(fds[0])))
		return -LINUX_EFAULT;
	return ready;
}

static long get_timeout(struct fsproc *fp, u32 addr, int is64, s64 *ns)
{
	s64 sec, nsec;

	if (!addr) {
		*ns = -1;
		return 0;
	}
	if (is64) {
		struct linux_timespec64 ts;
		if (user_read(fp->space, addr, &ts, sizeof(ts)) != sizeof(ts))
			return -LINUX_EFAULT;
		sec = ts.tv_sec;
		nsec = ts.tv_nsec;
	} else {
		struct linux_old_timespec32 ts;
		if (user_read(fp->space, addr, &ts, sizeof(ts)) != sizeof(ts))
			return -LINUX_EFAULT;
		sec = ts.tv_sec;
		nsec = ts.tv_nsec;
	}
	if (sec < 0 || nsec < 0 || nsec >= (s64)NSEC_PER_SEC)
		return -LINUX_EINVAL;
	*ns = sec * (s64)NSEC_PER_SEC + nsec;
	return 0;
}

/*
 * poll_select_finish: the time left goes back to *tp (not for a zero
 * timeout); if it cannot, the call cannot be restarted: -ERESTARTNOHAND
 * becomes -EINTR, any other result stands.
 */
static long finish(struct fsproc *fp, u32 tp, int kind, int zero_timeout, long r)
{
	if (!tp || zero_timeout)
		return r;
	return put_time_left(fp, tp, kind) < 0 && r == -LINUX_ERESTARTNOHAND ? -LINUX_EINTR : r;
}

/* poll interrupted: restart_syscall goes on with the time left (do_restart_poll). */
static long poll_restart(struct fsproc *fp, u32 ufds, u32 nfds)
{
	fp->restart = (struct poll_restart){ 1, ufds, nfds, call_ctx.deadline };
	return -LINUX_ERESTART_RESTARTBLOCK;
}

long sys_poll(struct fsproc *fp, const u32 *a)
{
	s32 ms = (s32)a[2];
	s64 ns = call_ctx.retry ? KEPT : ms < 0 ? -1 : (s64)ms * 1000000;
	long r = do_poll(fp, a[0], a[1], ns);

	return r == -LINUX_ERESTARTNOHAND ? poll_restart(fp, a[0], a[1]) : r;
}

/* restart_syscall: an interrupted poll goes on (-EINTR if none was: do_no_restart_syscall). */
long sys_restart_syscall(struct fsproc *fp, const u32 *a)
{
	struct poll_restart *rs = &fp->restart;

	if (!rs->valid)
		return -LINUX_EINTR;
	if (!call_ctx.retry)
		call_ctx.deadline = rs->deadline;
	long r = do_poll(fp, rs->ufds, rs->nfds, KEPT);
	if (r == -LINUX_ERESTARTNOHAND)
		return poll_restart(fp, rs->ufds, rs->nfds);
	if (r != VFS_PENDING)
		rs->valid = 0;
	return r;
}

/* ppoll: the timeout and the mask's size are checked once; the time left is written back. */
static long ppoll(struct fsproc *fp, const u32 *a, int is64)
{
	s64 ns = KEPT;

	if (!call_ctx.retry) {
		long err = get_timeout(fp, a[2], is64, &ns);
		if (err)
			return err;
		if (a[3] && a[4] != 8)
			return -LINUX_EINVAL;   /* sigsetsize */
	}
	long r = do_poll(fp, a[0], a[1], ns);
	if (r == VFS_PENDING)
		return r;
	return finish(fp, a[2], is64 ? TIMEOUT_TS64 : TIMEOUT_TS32, ns == 0, r);
}

long sys_ppoll(struct fsproc *fp, const u32 *a) { return ppoll(fp, a, 0); }
long sys_ppoll_time64(struct fsproc *fp, const u32 *a) { return ppoll(fp, a, 1); }

/* One fd_set (or NULL) of nfds bits. */
static long get_set(struct fsproc *fp, u32 addr, u32 nfds, u32 *set)
{
	u32 bytes = (nfds + 31) / 32 * 4;

	memset(set, 0, FDSET_WORDS * 4);
	if (!addr || !bytes)
		return 0;
	return user_read(fp->space, addr, set, bytes) == (long)bytes ? 0 : -LINUX_EFAULT;
}

static long put_set(struct fsproc *fp, u32 addr, u32 nfds, const u32 *set)
{
	u32 bytes = (nfds + 31) / 32 * 4;

	if (!addr || !bytes)
		return 0;
	return user_write(fp->space, addr, set, bytes) == (long)bytes ? 0 : -LINUX_EFAULT;
}

/* Readiness of the three sets (in: what is asked, out: what is ready): the count or -EBADF. */
static long scan_sets(struct fsproc *fp, u32 nfds, u32 in[3][FDSET_WORDS], u32 out[3][FDSET_WORDS])
{
	static const u32 mask[3] = { POLL_IN_SET, POLL_OUT_SET, POLL_EX_SET };
	long ready = 0;

	memset(out, 0, 3 * FDSET_WORDS * 4);
	for (u32 fd = 0; fd < nfds; fd++) {
		u32 bit = 1u << (fd % 32), w = fd / 32;
		if (!((in[0][w] | in[1][w] | in[2][w]) & bit))
			continue;
		u32 ev = vfs_poll(fp->vp, (int)fd, ~0u);
		if (ev & LINUX_POLLNVAL)
			return -LINUX_EBADF;
		for (int s = 0; s < 3; s++) {
			if ((in[s][w] & bit) && (ev & mask[s])) {
				out[s][w] |= bit;
				ready++;
			}
		}
	}
	return ready;
}

/*
 * core_sys_select: the count of ready fds (their sets written back), 0 on
 * timeout, VFS_PENDING to wait, -ERESTARTNOHAND when interrupted with
 * nothing ready (sets untouched), or -EINVAL, -EFAULT, -EBADF.
 */
static long select_core(struct fsproc *fp, const u32 *a, s64 ns)
{
	static u32 in[3][FDSET_WORDS], out[3][FDSET_WORDS];
	u32 nfds = a[0];
	long err;

	set_deadline(ns);
	if ((s32)nfds < 0)
		return -LINUX_EINVAL;
	if (nfds > 1024)
		nfds = 1024;
	for (int s = 0; s < 3; s++)
		if ((err = get_set(fp, a[1 + s], nfds, in[s])) < 0)
			return err;
	long ready = scan_sets(fp, nfds, in, out);
	if (ready < 0)
		return ready;
	if (!ready && call_ctx.interrupted)
		return -LINUX_ERESTARTNOHAND;
	if (!ready && !timed_out(ns))
		return VFS_PENDING;
	for (int s = 0; s < 3; s++)
		if ((err = put_set(fp, a[1 + s], nfds, out[s])) < 0)
			return err;
	return ready;
}

/*
 * select and pselect6: sets at a[1..3], the timeout at tp of the given
 * kind; pselect6's sigmask argument pack at sigpack (read before the
 * timeout, its size checked after, as Linux's do_pselect).
 */
static long do_select(struct fsproc *fp, const u32 *a, u32 tp, int kind, u32 sigpack)
{
	u32 pack[2] = { 0, 0 };         /* the sigset's address and size */
	s64 ns = KEPT;
	long err;

	if (!call_ctx.retry) {
		if (sigpack && user_read(fp->space, sigpack, pack, sizeof(pack)) != sizeof(pack))
			return -LINUX_EFAULT;
		if ((err = select_timeout(fp, tp, kind, &ns)) < 0)
			return err;
		if (pack[0] && pack[1] != 8)
			return -LINUX_EINVAL;
	}
	long r = select_core(fp, a, ns);
	if (r == VFS_PENDING)
		return r;
	return finish(fp, tp, kind, ns == 0, r);
}

long sys__newselect(struct fsproc *fp, const u32 *a) { return do_select(fp, a, a[4], TIMEOUT_TIMEVAL, 0); }
long sys_pselect6(struct fsproc *fp, const u32 *a) { return do_select(fp, a, a[4], TIMEOUT_TS32, a[5]); }
long sys_pselect6_time64(struct fsproc *fp, const u32 *a) { return do_select(fp, a, a[4], TIMEOUT_TS64, a[5]); }

long select_timeout(struct fsproc *fp, u32 tp, int kind, s64 *ns)
{
	if (!tp) {
		*ns = -1;
		return 0;
	}
	if (kind != TIMEOUT_TIMEVAL)
		return get_timeout(fp, tp, kind == TIMEOUT_TS64, ns);
	struct linux_timeval tv;
	if (user_read(fp->space, tp, &tv, sizeof(tv)) != sizeof(tv))
		return -LINUX_EFAULT;
	if (tv.tv_sec < 0 || tv.tv_usec < 0)
		return -LINUX_EINVAL;
	/* Linux normalises microseconds above a second rather than refusing them */
	*ns = (s64)tv.tv_sec * (s64)NSEC_PER_SEC + (s64)tv.tv_usec * 1000;
	return 0;
}

long put_time_left(struct fsproc *fp, u32 tp, int kind)
{
	u64 left = time_left();

	if (!tp)
		return 0;
	if (kind == TIMEOUT_TIMEVAL) {
		struct linux_timeval tv = { (s32)(left / NSEC_PER_SEC), (s32)(left % NSEC_PER_SEC / 1000) };
		return user_write(fp->space, tp, &tv, sizeof(tv)) == sizeof(tv) ? 0 : -LINUX_EFAULT;
	}
	if (kind == TIMEOUT_TS64) {
		struct linux_timespec64 ts = { (s64)(left / NSEC_PER_SEC), (s64)(left % NSEC_PER_SEC) };
		return user_write(fp->space, tp, &ts, sizeof(ts)) == sizeof(ts) ? 0 : -LINUX_EFAULT;
	}
	struct linux_old_timespec32 ts = { (s32)(left / NSEC_PER_SEC), (s32)(left % NSEC_PER_SEC) };
	return user_write(fp->space, tp, &ts, sizeof(ts)) == sizeof(ts) ? 0 : -LINUX_EFAULT;
}
