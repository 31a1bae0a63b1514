/*
 * Process groups, sessions and credentials: stored exactly as Linux keeps
 * them and changed by Linux's rules (root may set any id; others only to
 * one of their real, effective or saved ids). fs0 runs everything as root
 * for now: the ids are reported, not yet enforced on files.
 */
#include "syscall.h"
#include "signal.h"
#include <linux_abi/limits.h>

#define NO_CHANGE 0xffffffffu

long sys_getpgrp(struct call *c) { return c->p->pgid; }

/* The process pid names (0: the caller), or NULL. */
static struct proc *target(struct call *c, u32 pid)
{
	struct proc *p = pid ? proc_by_pid(pid) : c->p;

	return p && p->state == PROC_ALIVE ? p : NULL;
}

long sys_getpgid(struct call *c)
{
	struct proc *p = target(c, c->a[0]);

	return p ? (long)p->pgid : -LINUX_ESRCH;
}

long sys_getsid(struct call *c)
{
	struct proc *p = target(c, c->a[0]);

	return p ? (long)p->sid : -LINUX_ESRCH;
}

#define ANY_SESSION 0xffffffffu

struct group_find {
	u32 pgid, sid;
	int found;
};

static void group_in_session(struct proc *p, void *arg)
{
	struct group_find *g = arg;

	if (p->state == PROC_ALIVE && p->pgid == g->pgid && (g->sid == ANY_SESSION || p->sid == g->sid))
		g->found = 1;
}

/* Is some process group pgid (a group id is any pid still naming one) in session sid? */
static int group_exists(u32 pgid, u32 sid)
{
	struct group_find g = { pgid, sid, 0 };

	proc_for_each(group_in_session, &g);
	return g.found;
}

long sys_setsid(struct call *c)
{
	struct proc *p = c->p;

	if (p->pgid == p->pid || group_exists(p->pid, ANY_SESSION))
		return -LINUX_EPERM;    /* a group leader, or its pid names a group */
	u32 old = p->pgid;
	p->sid = p->pgid = p->pid;
	fs_proc_ids(p->pid, p->pgid, p->sid);
	jobctl_moved(p, old);
	return p->sid;
}

long sys_setpgid(struct call *c)
{
	struct proc *p = target(c, c->a[0]);
	s32 pgid = (s32)c->a[1];

	if (pgid < 0)
		return -LINUX_EINVAL;
	if (!p)
		return -LINUX_ESRCH;
	if (p != c->p && p->ppid != c->p->pid)
		return -LINUX_ESRCH;
	if (p != c->p && p->did_exec)
		return -LINUX_EACCES;   /* a child that has execed */
	if (p->sid == p->pid || p->sid != c->p->sid)
		return -LINUX_EPERM;    /* a session leader, or another session */
	u32 group = pgid ? (u32)pgid : p->pid;
	if (group != p->pid && !group_exists(group, c->p->sid))
		return -LINUX_EPERM;
	u32 old = p->pgid;
	p->pgid = group;
	fs_proc_ids(p->pid, p->pgid, p->sid);
	jobctl_moved(p, old);
	return 0;
}

static int privileged(const struct creds *cr)
{
	return cr->euid == 0;
}

/* May an unprivileged process take id (one of its real, effective, saved)? */
static int one_of(u32 id, u32 r, u32 e, u32 s)
{
	return id == r || id == e || id == s;
}

long sys_setresuid32(struct call *c)
{
	struct creds *cr = &c->p->cred;
	u32 r = c->a[0], e = c->a[1], s = c->a[2];

	if (!privileged(cr) && ((r != NO_CHANGE && !one_of(r, cr->uid, cr->euid, cr->suid)) ||
				(e != NO_CHANGE && !one_of(e, cr->uid, cr->euid, cr->suid)) ||
				(s != NO_CHANGE && !one_of(s, cr->uid, cr->euid, cr->suid))))
		return -LINUX_EPERM;
	if (r != NO_CHANGE)
		cr->uid = r;
	if (e != NO_CHANGE)
		cr->euid = e;
	if (s != NO_CHANGE)
		cr->suid = s;
	cr->fsuid = cr->euid;
	return 0;
}

long sys_setresgid32(struct call *c)
{
	struct creds *cr = &c->p->cred;
	u32 r = c->a[0], e = c->a[1], s = c->a[2];

	if (!privileged(cr) && ((r != NO_CHANGE && !one_of(r, cr->gid, cr->egid, cr->sgid)) ||
				(e != NO_CHANGE && !one_of(e, cr->gid, cr->egid, cr->sgid)) ||
				(s != NO_CHANGE && !one_of(s, cr->gid, cr->egid, cr->sgid))))
		return -LINUX_EPERM;
	if (r != NO_CHANGE)
		cr->gid = r;
	if (e != NO_CHANGE)
		cr->egid = e;
	if (s != NO_CHANGE)
		cr->sgid = s;
	cr->fsgid = cr->egid;
	return 0;
}

/* setuid: root sets all three ids; others only the effective one, to real or saved. */
long sys_setuid32(struct call *c)
{
	struct creds *cr = &c->p->cred;
	u32 id = c->a[0];

	if (id == NO_CHANGE)
		return -LINUX_EINVAL;
	if (privileged(cr)) {
		cr->uid = cr->euid = cr->suid = cr->fsuid = id;
		return 0;
	}
	if (id != cr->uid && id != cr->suid)
		return -LINUX_EPERM;
	cr->euid = cr->fsuid = id;
	return 0;
}

long sys_setgid32(struct call *c)
{
	struct creds *cr = &c->p->cred;
	u32 id = c->a[0];

	if (id == NO_CHANGE)
		return -LINUX_EINVAL;
	if (privileged(cr)) {
		cr->gid = cr->egid = cr->sgid = cr->fsgid = id;
		return 0;
	}
	if (id != cr->gid && id != cr->sgid)
		return -LINUX_EPERM;
	cr->egid = cr->fsgid = id;
	return 0;
}

static long put_ids(struct call *c, u32 a, u32 b, u32 d)
{
	struct vm *vm = &c->p->vm;

	if (vm_copy_out(vm, c->a[0], &a, 4) != 4 || vm_copy_out(vm, c->a[1], &b, 4) != 4 ||
	    vm_copy_out(vm, c->a[2], &d, 4) != 4)
		return -LINUX_EFAULT;
	return 0;
}

long sys_getresuid32(struct call *c) { return put_ids(c, c->p->cred.uid, c->p->cred.euid, c->p->cred.suid); }
long sys_getresgid32(struct call *c) { return put_ids(c, c->p->cred.gid, c->p->cred.egid, c->p->cred.sgid); }

long sys_getgroups32(struct call *c)
{
	const struct creds *cr = &c->p->cred;
	s32 size = (s32)c->a[0];

	if (size < 0)
		return -LINUX_EINVAL;
	if (!size)
		return cr->ngroups;
	if ((u32)size < cr->ngroups)
		return -LINUX_EINVAL;
	long n = vm_copy_out(&c->p->vm, c->a[1], cr->groups, cr->ngroups * 4);
	return n == (long)cr->ngroups * 4 ? (long)cr->ngroups : -LINUX_EFAULT;
}

long sys_setgroups32(struct call *c)
{
	struct creds *cr = &c->p->cred;
	u32 n = c->a[0];

	if (!privileged(cr))
		return -LINUX_EPERM;
	if (n > LINUX_NGROUPS_MAX)
		return -LINUX_EINVAL;
	if (n > NGROUPS)
		return -LINUX_ENOMEM;   /* more than Persona keeps */
	if (n && vm_copy_in(&c->p->vm, cr->groups, c->a[1], n * 4) != (long)n * 4)
		return -LINUX_EFAULT;
	cr->ngroups = n;
	return 0;
}

/* setreuid: root may set both; others: real to real or effective, effective to any own id. */
long sys_setreuid32(struct call *c)
{
	struct creds *cr = &c->p->cred;
	u32 r = c->a[0], e = c->a[1], old_uid = cr->uid;

	if (!privileged(cr) && ((r != NO_CHANGE && r != cr->uid && r != cr->euid) ||
				(e != NO_CHANGE && !one_of(e, cr->uid, cr->euid, cr->suid))))
		return -LINUX_EPERM;
	if (r != NO_CHANGE)
		cr->uid = r;
	if (e != NO_CHANGE)
		cr->euid = e;
	if (r != NO_CHANGE || (e != NO_CHANGE && e != old_uid))
		cr->suid = cr->euid;
	cr->fsuid = cr->euid;
	return 0;
}

long sys_setregid32(struct call *c)
{
	struct creds *cr = &c->p->cred;
	u32 r = c->a[0], e = c->a[1], old_gid = cr->gid;

	if (!privileged(cr) && ((r != NO_CHANGE && r != cr->gid && r != cr->egid) ||
				(e != NO_CHANGE && !one_of(e, cr->gid, cr->egid, cr->sgid))))
		return -LINUX_EPERM;
	if (r != NO_CHANGE)
		cr->gid = r;
	if (e != NO_CHANGE)
		cr->egid = e;
	if (r != NO_CHANGE || (e != NO_CHANGE && e != old_gid))
		cr->sgid = cr->egid;
	cr->fsgid = cr->egid;
	return 0;
}

/* The 16-bit calls: 0xffff means "no change". */
static u32 wide(u32 id16)
{
	return (id16 & 0xffffu) == 0xffffu ? NO_CHANGE : id16 & 0xffffu;
}

#define CALL16(name, n)                                                 \
	long sys_##name(struct call *c)                                 \
	{                                                               \
		for (int i = 0; i < n; i++)                             \
			c->a[i] = wide(c->a[i]);                        \
		return sys_##name##32(c);                               \
	}

CALL16(setuid, 1)
CALL16(setgid, 1)
CALL16(setreuid, 2)
CALL16(setregid, 2)
CALL16(setresuid, 3)
CALL16(setresgid, 3)
