/*
 * Signal frames on a process's stack, laid out exactly as Linux's
 * arch/arm/kernel/signal.c does (personality/include/linux_abi/
 * sigcontext.h): struct sigframe for a plain handler (returns through
 * sigreturn), struct rt_sigframe with siginfo for SA_SIGINFO (returns
 * through rt_sigreturn). The ucontext keeps r0-r15, cpsr, the mask to
 * restore, the fault details and the VFP registers.
 *
 * Without SA_RESTORER the handler returns into the process's signal page
 * (Linux's "sigpage", mapped read-only and executable at SIGPAGE_VA the
 * first time it is needed), whose code issues the sigreturn.
 */
#include "syscall.h"
#include "signal.h"
#include <linux_abi/sigcontext.h>

#define CPSR_I 0x80u                   /* the IRQ mask bit */

#define PSR_T           (1u << 5)
#define PSR_FLAGS_OUT   0xf800fc00u     /* N Z C V Q and IT: cleared for a handler */
#define PSR_USER_BITS   0xf80ffc20u     /* what sigreturn may restore: flags, GE, IT, T */
#define UC_FLAGS_PLAIN  0x5ac3c35au     /* a value trap_no never has (Linux's setup_frame) */

/* The signal page's code, at SIGPAGE_VA (words; Thumb pairs in one word). */
static const u32 sigpage_code[] = {
	0xe3a07077, 0xef000000,         /* 0: mov r7, #119 (sigreturn); svc #0 */
	0xdf002777,                     /* 8: movs r7, #119; svc #0 (Thumb) */
	0xe3a070ad, 0xef000000,         /* 12: mov r7, #173 (rt_sigreturn); svc #0 */
	0xdf0027ad,                     /* 20: movs r7, #173; svc #0 (Thumb) */
};

/* Maps the signal page into p if it is not there; 0 or -errno. */
static long sigpage_map(struct proc *p)
{
	if (vma_find(&p->vm, SIGPAGE_VA))
		return 0;
	long err = vma_insert(&p->vm, SIGPAGE_VA, SIGPAGE_VA + PAGE_SIZE, VMA_READ | VMA_EXEC);
	if (err < 0)
		return err;
	u32 pa = vm_populate(&p->vm, SIGPAGE_VA);
	if (!pa) {
		vma_remove(&p->vm, SIGPAGE_VA, SIGPAGE_VA + PAGE_SIZE);
		return -LINUX_ENOMEM;
	}
	memcpy(phys_to_mm0(pa), sigpage_code, sizeof(sigpage_code));
	return 0;
}

/* Where a frame of size bytes goes (Linux's get_sigframe and sigsp). */
static u32 frame_address(const struct proc *p, const struct sigctx *u, u32 size,
			 const struct linux_sigaction *ka)
{
	u32 sp = u->f.sp;

	if ((ka->flags & LINUX_SA_ONSTACK) && altstack_state(p, sp) == 0)
		sp = p->altstack.ss_sp + p->altstack.ss_size;
	return (sp - size) & ~7u;
}

static void save_regs(const struct proc *p, const struct sigctx *u, u64 mask,
		      struct linux_ucontext *uc)
{
	struct linux_sigcontext *sc = &uc->uc_mcontext;
	uint32_t *r = &sc->arm_r0;

	for (int i = 0; i < 13; i++)
		r[i] = u->f.r[i];
	sc->arm_sp = u->f.sp;
	sc->arm_lr = u->f.lr;
	sc->arm_pc = u->f.pc & ~1u;
	sc->arm_cpsr = (u->f.cpsr & ~PSR_T) | ((u->f.pc & 1) ? PSR_T : 0) | 0x10;
	sc->trap_no = p->fault_trap;
	sc->error_code = p->fault_fsr;
	sc->fault_address = p->fault_addr;
	sc->oldmask = (u32)mask;
	uc->uc_sigmask.sig[0] = (u32)mask;
	uc->uc_sigmask.sig[1] = (u32)(mask >> 32);
}

static void save_vfp(const struct sigctx *u, struct linux_ucontext *uc)
{
	struct linux_vfp_sigframe *v = (struct linux_vfp_sigframe *)uc->uc_regspace;

	v->magic = LINUX_VFP_MAGIC;
	v->size = LINUX_VFP_STORAGE_SIZE;
	memcpy(v->ufp.fpregs, u->vfp.d, sizeof(v->ufp.fpregs));
	v->ufp.fpscr = u->vfp.fpscr;
	v->ufp_exc.fpexc = u->vfp.fpexc;
	uc->uc_regspace[LINUX_VFP_STORAGE_SIZE / 4] = 0;        /* end_magic */
}

static void fill_siginfo(u32 sig, const struct sig_info *si, struct linux_siginfo *info)
{
	info->si_signo = (s32)sig;
	info->si_code = si->code;
	switch (sig) {
	case LINUX_SIGSEGV: case LINUX_SIGBUS: case LINUX_SIGILL: case LINUX_SIGFPE: case LINUX_SIGTRAP:
		if (si->code > 0) {
			info->sifields.sigfault.addr = si->value;
			return;
		}
		break;
	case LINUX_SIGCHLD:
		if (si->code > 0) {
			info->sifields.sigchld.pid = (s32)si->pid;
			info->sifields.sigchld.uid = si->uid;
			info->sifields.sigchld.status = (s32)si->value;
			return;
		}
		break;
	}
	info->sifields.rt.pid = (s32)si->pid;
	info->sifields.rt.uid = si->uid;
	info->sifields.rt.sigval.sival_int = (s32)si->value;
}

/* The four sigreturn sequences in the frame's retcode (debuggers look there). */
static void fill_retcode(uint32_t *retcode, int rt, int thumb)
{
	const u32 *code = rt ? &sigpage_code[3] : &sigpage_code[0];

	retcode[0] = thumb ? code[2] : code[0];
	retcode[1] = thumb ? 0 : code[1];
}

long sigframe_push(struct proc *p, struct sigctx *u, u32 sig, const struct sig_info *si,
		   const struct linux_sigaction *ka, u64 saved_mask)
{
	static struct linux_rt_sigframe fr;     /* 888 bytes: too big for mm0's stack habits */
	int rt = (ka->flags & LINUX_SA_SIGINFO) != 0, thumb = ka->handler & 1;
	struct linux_sigframe *sf = rt ? &fr.sig : (struct linux_sigframe *)&fr;
	u32 size = rt ? sizeof(struct linux_rt_sigframe) : sizeof(struct linux_sigframe);
	u32 frame = frame_address(p, u, size, ka);

	if (!(ka->flags & LINUX_SA_RESTORER) && sigpage_map(p) < 0)
		return -LINUX_EFAULT;
	memset(&fr, 0, sizeof(fr));
	if (rt) {
		fill_siginfo(sig, si, &fr.info);
		sf->uc.uc_stack = p->altstack;          /* as set (__save_altstack) */
	} else {
		sf->uc.uc_flags = UC_FLAGS_PLAIN;
	}
	save_regs(p, u, saved_mask, &sf->uc);
	save_vfp(u, &sf->uc);
	fill_retcode(sf->retcode, rt, thumb);
	if (vm_copy_out(&p->vm, frame, &fr, size) != (long)size)
		return -LINUX_EFAULT;
	if (rt && (p->altstack.ss_flags & (s32)LINUX_SS_AUTODISARM)) {
		p->altstack = (linux_stack_t){ 0, LINUX_SS_DISABLE, 0 };        /* until rt_sigreturn */
	}
	u32 sf_addr = rt ? frame + offsetof(struct linux_rt_sigframe, sig) : frame;
	u->f.r[0] = sig;
	if (rt) {
		u->f.r[1] = frame;                                      /* &info */
		u->f.r[2] = sf_addr + offsetof(struct linux_sigframe, uc);
	}
	u->f.sp = frame;
	u->f.lr = (ka->flags & LINUX_SA_RESTORER) ? ka->restorer
		  : SIGPAGE_VA + (rt ? 12 : 0) + (thumb ? 9 : 0);
	u->f.pc = ka->handler;                  /* bit 0: Thumb */
	u->f.cpsr &= ~PSR_FLAGS_OUT;
	return 0;
}

/* rt_sigreturn puts the saved alternate stack back; like Linux it ignores all but -EFAULT. */
static void restore_altstack(struct proc *p, const linux_stack_t *ss, u32 sp)
{
	if (ss->ss_sp != p->altstack.ss_sp || ss->ss_size != p->altstack.ss_size ||
	    ss->ss_flags != p->altstack.ss_flags)
		signal_altstack_set(p, ss, sp);
}

long sigframe_pop(struct proc *p, struct sigctx *u, int rt, u64 *mask)
{
	static struct linux_rt_sigframe fr;
	struct linux_sigframe *sf = rt ? &fr.sig : (struct linux_sigframe *)&fr;
	u32 size = rt ? sizeof(struct linux_rt_sigframe) : sizeof(struct linux_sigframe);
	u32 frame = u->f.sp;

	if ((frame & 7) || vm_copy_in(&p->vm, &fr, frame, size) != (long)size)
		return -LINUX_EFAULT;
	const struct linux_sigcontext *sc = &sf->uc.uc_mcontext;
	const struct linux_vfp_sigframe *v = (const void *)sf->uc.uc_regspace;
	/* user mode, IRQs not masked (Linux's valid_user_regs), and a VFP record */
	if ((sc->arm_cpsr & 0x1f) != 0x10 || (sc->arm_cpsr & CPSR_I) || v->magic != LINUX_VFP_MAGIC ||
	    v->size != LINUX_VFP_STORAGE_SIZE)
		return -LINUX_EINVAL;
	if (rt)
		restore_altstack(p, &sf->uc.uc_stack, frame);
	const uint32_t *r = &sc->arm_r0;
	for (int i = 0; i < 13; i++)
		u->f.r[i] = r[i];
	u->f.sp = sc->arm_sp;
	u->f.lr = sc->arm_lr;
	u->f.pc = (sc->arm_pc & ~1u) | ((sc->arm_cpsr & PSR_T) ? 1 : 0);
	u->f.cpsr = sc->arm_cpsr & PSR_USER_BITS;
	memcpy(u->vfp.d, v->ufp.fpregs, sizeof(u->vfp.d));
	u->vfp.fpscr = v->ufp.fpscr;
	u->vfp.fpexc = v->ufp_exc.fpexc;
	u->have_vfp = 1;
	*mask = (u64)sf->uc.uc_sigmask.sig[0] | (u64)sf->uc.uc_sigmask.sig[1] << 32;
	return 0;
}
