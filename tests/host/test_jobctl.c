/*
 * fs0/jobctl.c, job control on the terminal, against Linux's
 * tty_jobctrl.c: acquiring and giving up the controlling terminal, the
 * foreground group and its checks, background reads and writes
 * (SIGTTIN/SIGTTOU, EIO), and the hang-up when the session leader exits.
 *
 * The processes: a session 10 led by 10 with a shell-like layout (10 in
 * group 10, jobs 11 and 12 in group 11, 13 in group 13), and 20 leading
 * another session.
 */
#include "unit.h"
#include "jobctl.h"
#include <linux_abi/errno.h>
#include <linux_abi/signal.h>

#define E(x) (-LINUX_##x)

static struct jc_proc procs[8];
static int nprocs;
static struct jc_tty tty;
static int32_t sig_target[16];
static uint32_t sig_num[16];
static int nsigs;

struct jc_proc *jc_next(struct jc_proc *prev)
{
	struct jc_proc *p = prev ? prev + 1 : procs;

	return p < procs + nprocs ? p : NULL;
}

void jc_signal(int32_t target, uint32_t sig)
{
	sig_target[nsigs] = target;
	sig_num[nsigs++] = sig;
}

static struct jc_proc *proc(uint32_t pid)
{
	for (int i = 0; i < nprocs; i++)
		if (procs[i].pid == pid)
			return &procs[i];
	return NULL;
}

static void add(uint32_t pid, uint32_t pgid, uint32_t sid)
{
	procs[nprocs++] = (struct jc_proc){ pid, pgid, sid, 0, 0 };
}

/* The session of 10 owns the terminal with group 10 in the foreground; 11..13 inherited it. */
static void setup(void)
{
	nprocs = nsigs = 0;
	tty = (struct jc_tty){ 0, 0 };
	add(10, 10, 10);
	add(11, 11, 10);
	add(12, 11, 10);
	add(13, 13, 10);
	add(20, 20, 20);
	jc_open(&tty, proc(10), 1);
	for (uint32_t pid = 11; pid <= 13; pid++)
		proc(pid)->ctty = 1;    /* forked after the leader acquired it */
}

static void acquire_on_open(void)
{
	setup();
	CHECK_EQ(tty.session, 10);
	CHECK_EQ(tty.pgrp, 10);
	CHECK(proc(10)->ctty);
	jc_open(&tty, proc(20), 1);             /* the terminal has a session: no */
	CHECK(!proc(20)->ctty);
	CHECK_EQ(tty.session, 10);
	nprocs = 0;
	tty = (struct jc_tty){ 0, 0 };
	add(5, 1, 1);                           /* not a leader */
	add(7, 7, 7);
	jc_open(&tty, proc(5), 1);
	CHECK_EQ(tty.session, 0);
	jc_open(&tty, proc(7), 0);              /* a write-only open does not acquire */
	CHECK_EQ(tty.session, 0);
	jc_open(&tty, proc(7), 1);
	CHECK_EQ(tty.session, 7);
}

static void sctty(void)
{
	setup();
	CHECK_EQ(jc_sctty(&tty, proc(10), 0), 0);       /* already ours */
	CHECK_EQ(jc_sctty(&tty, proc(11), 0), E(EPERM)); /* not a leader */
	CHECK_EQ(jc_sctty(&tty, proc(20), 0), E(EPERM)); /* another session's */
	CHECK_EQ(jc_sctty(&tty, proc(20), 1), 0);        /* stolen (root) */
	CHECK_EQ(tty.session, 20);
	CHECK_EQ(tty.pgrp, 20);
	CHECK(!proc(10)->ctty);
	CHECK(!proc(12)->ctty);
	CHECK(proc(20)->ctty);
}

static void pgrp_requests(void)
{
	uint32_t v = 99;

	setup();
	CHECK_EQ(jc_gpgrp(&tty, proc(12), &v), 0);
	CHECK_EQ(v, 10);
	CHECK_EQ(jc_gsid(&tty, proc(12), &v), 0);
	CHECK_EQ(v, 10);
	CHECK_EQ(jc_gpgrp(&tty, proc(20), &v), E(ENOTTY));    /* not its terminal */
	CHECK_EQ(jc_gsid(&tty, proc(20), &v), E(ENOTTY));
	CHECK_EQ(jc_spgrp_check(&tty, proc(10)), 0);
	CHECK_EQ(jc_spgrp(&tty, proc(10), 11), 0);
	CHECK_EQ(tty.pgrp, 11);
	CHECK_EQ(jc_spgrp(&tty, proc(10), 20), E(EPERM));     /* a group of another session */
	CHECK_EQ(jc_spgrp(&tty, proc(10), 77), E(ESRCH));
	CHECK_EQ(jc_spgrp(&tty, proc(10), -1), E(EINVAL));
	CHECK_EQ(jc_spgrp(&tty, proc(10), 0), E(ESRCH));
	CHECK_EQ(jc_spgrp(&tty, proc(10), 12), 0);            /* a pid in the session will do (Linux) */
	CHECK_EQ(jc_spgrp_check(&tty, proc(20)), E(ENOTTY));
	CHECK_EQ(nsigs, 0);
}

static void background_read(void)
{
	setup();
	CHECK_EQ(jc_check(&tty, proc(10), LINUX_SIGTTIN), 0);        /* foreground */
	CHECK_EQ(jc_check(&tty, proc(20), LINUX_SIGTTIN), 0);        /* not its terminal */
	CHECK_EQ(jc_check(&tty, proc(12), LINUX_SIGTTIN), E(ERESTARTSYS));
	CHECK_EQ(nsigs, 1);
	CHECK_EQ(sig_target[0], -11);                                 /* the reader's group */
	CHECK_EQ(sig_num[0], LINUX_SIGTTIN);
	proc(12)->sigtty = JC_TTIN_IGNORED;
	CHECK_EQ(jc_check(&tty, proc(12), LINUX_SIGTTIN), E(EIO));
	proc(12)->sigtty = JC_ORPHANED;
	CHECK_EQ(jc_check(&tty, proc(12), LINUX_SIGTTIN), E(EIO));
	CHECK_EQ(nsigs, 1);
}

static void background_write(void)
{
	setup();
	CHECK_EQ(jc_check(&tty, proc(13), LINUX_SIGTTOU), E(ERESTARTSYS));
	CHECK_EQ(sig_target[0], -13);
	CHECK_EQ(sig_num[0], LINUX_SIGTTOU);
	proc(13)->sigtty = JC_TTOU_IGNORED | JC_ORPHANED;
	CHECK_EQ(jc_check(&tty, proc(13), LINUX_SIGTTOU), 0);        /* ignored: the write goes on */
	proc(13)->sigtty = JC_ORPHANED;
	CHECK_EQ(jc_check(&tty, proc(13), LINUX_SIGTTOU), E(EIO));
	CHECK_EQ(jc_spgrp_check(&tty, proc(13)), E(ENOTTY));         /* EIO reads ENOTTY there */
	proc(13)->sigtty = 0;
	CHECK_EQ(jc_spgrp_check(&tty, proc(13)), E(ERESTARTSYS));
	CHECK_EQ(nsigs, 2);
}

static void notty(void)
{
	setup();
	CHECK_EQ(jc_notty(&tty, proc(20)), E(ENOTTY));
	CHECK_EQ(jc_notty(&tty, proc(12)), 0);          /* a member lets go alone */
	CHECK(!proc(12)->ctty);
	CHECK_EQ(tty.session, 10);
	CHECK_EQ(nsigs, 0);
	tty.pgrp = 11;
	CHECK_EQ(jc_notty(&tty, proc(10)), 0);          /* the leader: the session loses it */
	CHECK_EQ(nsigs, 2);
	CHECK_EQ(sig_target[0], -11);
	CHECK_EQ(sig_num[0], LINUX_SIGHUP);
	CHECK_EQ(sig_num[1], LINUX_SIGCONT);
	CHECK_EQ(tty.session, 0);
	CHECK_EQ(tty.pgrp, 0);
	CHECK(!proc(11)->ctty && !proc(13)->ctty && !proc(10)->ctty);
}

static void leader_exit(void)
{
	setup();
	CHECK_EQ(jc_exit(&tty, proc(11)), 0);           /* not the leader */
	tty.pgrp = 13;
	CHECK_EQ(jc_exit(&tty, proc(10)), 1);
	CHECK_EQ(nsigs, 1);                             /* SIGHUP only: a serial line hangs up */
	CHECK_EQ(sig_target[0], -13);
	CHECK_EQ(sig_num[0], LINUX_SIGHUP);
	CHECK_EQ(tty.session, 0);
	CHECK(!proc(13)->ctty);
	jc_open(&tty, proc(20), 1);                     /* free for another session */
	CHECK_EQ(tty.session, 20);
	CHECK_EQ(jc_exit(&tty, proc(10)), 0);
}

static const struct unit_test tests[] = {
	{ "acquire_on_open", acquire_on_open },
	{ "sctty", sctty },
	{ "pgrp_requests", pgrp_requests },
	{ "background_read", background_read },
	{ "background_write", background_write },
	{ "notty", notty },
	{ "leader_exit", leader_exit },
};

UNIT_MAIN("jobctl", tests)
