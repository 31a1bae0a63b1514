/*
 * Process identity, limits and information calls of a single-threaded
 * process: ids (everyone is root for now), exit, uname, sysinfo, rlimits,
 * the TLS register, getrandom.
 */
#include "syscall.h"
#include <linux_abi/utsname.h>
#include <linux_abi/sysinfo.h>
#include <linux_abi/resource.h>
#include <linux_abi/random.h>
#include <linux_abi/time.h>
#include <clock.h>

long sys_getpid(struct call *c) { return c->p->pid; }
long sys_gettid(struct call *c) { return c->p->pid; }       /* main thread: tid == pid */
long sys_getppid(struct call *c) { return c->p->ppid; }
/* The 16-bit calls see ids above 65535 as the overflow id, 65534. */
static long id16(u32 id) { return id > 0xffffu ? 65534 : (long)id; }

long sys_getuid32(struct call *c) { return c->p->cred.uid; }
long sys_geteuid32(struct call *c) { return c->p->cred.euid; }
long sys_getgid32(struct call *c) { return c->p->cred.gid; }
long sys_getegid32(struct call *c) { return c->p->cred.egid; }
long sys_getuid(struct call *c) { return id16(c->p->cred.uid); }
long sys_geteuid(struct call *c) { return id16(c->p->cred.euid); }
long sys_getgid(struct call *c) { return id16(c->p->cred.gid); }
long sys_getegid(struct call *c) { return id16(c->p->cred.egid); }

long sys_exit_group(struct call *c)
{
	proc_exit(c->p, (c->a[0] & 0xffu) << 8);
	return CALL_GONE;
}

long sys_exit(struct call *c)
{
	return sys_exit_group(c);       /* the only thread of its process */
}

long sys_set_tid_address(struct call *c)
{
	c->p->clear_child_tid = c->a[0];
	return c->p->pid;
}

long sys_arm_set_tls(struct call *c)
{
	struct exregs_frame *f = (struct exregs_frame *)utcb()->mr;
	long err = exregs(c->p->tid, EXREGS_GET);

	if (err < 0)
		return err;
	f->tpidruro = c->a[0];
	err = exregs(c->p->tid, EXREGS_SET_TLS);
	if (err < 0)
		return err;
	c->p->tls = c->a[0];
	return 0;
}

long sys_arm_get_tls(struct call *c)
{
	return c->p->tls;
}

long sys_uname(struct call *c)
{
	struct linux_utsname u;

	memset(&u, 0, sizeof(u));
	strlcpy(u.sysname, "Linux", sizeof(u.sysname));
	strlcpy(u.nodename, "persona", sizeof(u.nodename));
	strlcpy(u.release, "6.1.0-persona", sizeof(u.release));
	strlcpy(u.version, "#1 Persona microkernel", sizeof(u.version));
	strlcpy(u.machine, "armv7l", sizeof(u.machine));
	strlcpy(u.domainname, "(none)", sizeof(u.domainname));
	return vm_copy_out(&c->p->vm, c->a[0], &u, sizeof(u)) == sizeof(u) ? 0 : -LINUX_EFAULT;
}

long sys_sysinfo(struct call *c)
{
	struct linux_sysinfo si;

	memset(&si, 0, sizeof(si));
	si.uptime = (s32)(time_monotonic_ns() / 1000000000ull);
	si.totalram = frames_total_count() * PAGE_SIZE;
	si.freeram = frames_free_count() * PAGE_SIZE;
	si.procs = (u16)proc_count();
	si.mem_unit = 1;
	return vm_copy_out(&c->p->vm, c->a[0], &si, sizeof(si)) == sizeof(si) ? 0 : -LINUX_EFAULT;
}

/* 32-bit struct rlimit (ugetrlimit, setrlimit): RLIM_INFINITY is ~0. */
struct rlimit32 {
	u32 cur, max;
};

static u32 clip32(u64 v)
{
	return v > 0xffffffffull ? 0xffffffffu : (u32)v;
}

long sys_ugetrlimit(struct call *c)
{
	if (c->a[0] >= LINUX_RLIM_NLIMITS)
		return -LINUX_EINVAL;
	const struct linux_rlimit64 *r = &c->p->rlim[c->a[0]];
	struct rlimit32 out = { clip32(r->rlim_cur), clip32(r->rlim_max) };
	return vm_copy_out(&c->p->vm, c->a[1], &out, sizeof(out)) == sizeof(out) ? 0 : -LINUX_EFAULT;
}

static long set_limit(struct proc *p, u32 res, const struct linux_rlimit64 *new)
{
	if (new->rlim_cur > new->rlim_max)
		return -LINUX_EINVAL;
	if (res == LINUX_RLIMIT_NOFILE && new->rlim_max > 1024u * 1024u)
		return -LINUX_EPERM;    /* above fs.nr_open, as Linux */
	if (res == LINUX_RLIMIT_NOFILE) {
		long err = fs_set_nofile(p->pid, new->rlim_cur > 0x7fffffffull ? 0x7fffffffu : (u32)new->rlim_cur);
		if (err < 0)
			return err;
	}
	p->rlim[res] = *new;
	return 0;
}

long sys_setrlimit(struct call *c)
{
	struct rlimit32 in;
	struct linux_rlimit64 new;

	if (c->a[0] >= LINUX_RLIM_NLIMITS)
		return -LINUX_EINVAL;
	if (vm_copy_in(&c->p->vm, &in, c->a[1], sizeof(in)) != sizeof(in))
		return -LINUX_EFAULT;
	new.rlim_cur = in.cur == 0xffffffffu ? LINUX_RLIM64_INFINITY : in.cur;
	new.rlim_max = in.max == 0xffffffffu ? LINUX_RLIM64_INFINITY : in.max;
	return set_limit(c->p, c->a[0], &new);
}

long sys_prlimit64(struct call *c)
{
	u32 pid = c->a[0], res = c->a[1], newp = c->a[2], oldp = c->a[3];
	struct proc *p = pid ? proc_by_pid(pid) : c->p;
	struct linux_rlimit64 new;

	if (!p || p->state != PROC_ALIVE)
		return -LINUX_ESRCH;
	if (res >= LINUX_RLIM_NLIMITS)
		return -LINUX_EINVAL;
	if (newp && vm_copy_in(&c->p->vm, &new, newp, sizeof(new)) != sizeof(new))
		return -LINUX_EFAULT;
	if (newp && new.rlim_cur > new.rlim_max)
		return -LINUX_EINVAL;
	if (oldp && vm_copy_out(&c->p->vm, oldp, &p->rlim[res], sizeof(new)) != sizeof(new))
		return -LINUX_EFAULT;
	return newp ? set_limit(p, res, &new) : 0;
}

#define GETRANDOM_MAX ((32u << 20) - 1) /* Linux returns at most this much per call */

long sys_getrandom(struct call *c)
{
	u32 buf = c->a[0], len = c->a[1], flags = c->a[2];
	u8 chunk[256];
	u32 done = 0;

	if (flags & ~(LINUX_GRND_NONBLOCK | LINUX_GRND_RANDOM | LINUX_GRND_INSECURE))
		return -LINUX_EINVAL;
	if ((flags & LINUX_GRND_INSECURE) && (flags & LINUX_GRND_RANDOM))
		return -LINUX_EINVAL;
	if (len > GETRANDOM_MAX)
		len = GETRANDOM_MAX;
	while (done < len) {
		u32 n = len - done < sizeof(chunk) ? len - done : sizeof(chunk);
		random_bytes(chunk, n);
		long r = vm_copy_out(&c->p->vm, buf + done, chunk, n);
		if (r <= 0)
			break;
		done += (u32)r;
		if ((u32)r < n)
			break;
	}
	return done || !len ? (long)done : -LINUX_EFAULT;
}

