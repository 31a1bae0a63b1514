/*
 * What a 32-bit ARM Linux process finds on its stack when a handler runs:
 * struct sigcontext (uapi asm/sigcontext.h), struct ucontext
 * (arch/arm/include/asm/ucontext.h), the VFP record in uc_regspace, and the
 * frames themselves (arch/arm/kernel/signal.h). sigreturn (119) and
 * rt_sigreturn (173) read the frame back from the sp the handler returns with.
 */
#ifndef PERSONALITY_LINUX_ABI_SIGCONTEXT_H
#define PERSONALITY_LINUX_ABI_SIGCONTEXT_H

#include <stdint.h>
#include "signal.h"

/* 21 words, 84 bytes */
struct linux_sigcontext {
	uint32_t trap_no;
	uint32_t error_code;
	uint32_t oldmask;
	uint32_t arm_r0;
	uint32_t arm_r1;
	uint32_t arm_r2;
	uint32_t arm_r3;
	uint32_t arm_r4;
	uint32_t arm_r5;
	uint32_t arm_r6;
	uint32_t arm_r7;
	uint32_t arm_r8;
	uint32_t arm_r9;
	uint32_t arm_r10;
	uint32_t arm_fp;
	uint32_t arm_ip;
	uint32_t arm_sp;
	uint32_t arm_lr;
	uint32_t arm_pc;
	uint32_t arm_cpsr;
	uint32_t fault_address;
};

/*
 * 744 bytes. uc_sigmask is followed by room for a 1024-bit (glibc) mask;
 * uc_regspace holds coprocessor records, each a magic word and a size word,
 * ended by a zero word (Linux's struct aux_sigframe: VFP, then end_magic).
 */
struct linux_ucontext {
	uint32_t uc_flags;                      /*   0 */
	uint32_t uc_link;                       /*   4 */
	linux_stack_t uc_stack;                 /*   8 */
	struct linux_sigcontext uc_mcontext;    /*  20 */
	linux_sigset_t uc_sigmask;              /* 104 */
	int32_t  uc_unused[32 - sizeof(linux_sigset_t) / sizeof(int32_t)];
	uint32_t uc_regspace[128] __attribute__((aligned(8))); /* 232 */
};

/* VFP record in uc_regspace (arch/arm/include/asm/ucontext.h, asm/user.h) */
#define LINUX_VFP_MAGIC 0x56465001U

struct linux_user_vfp {
	uint64_t fpregs[32];
	uint32_t fpscr;
};

struct linux_user_vfp_exc {
	uint32_t fpexc;
	uint32_t fpinst;
	uint32_t fpinst2;
};

/* 288 bytes: magic, size (= 288), 264 for ufp, 12 for ufp_exc, 4 padding */
struct linux_vfp_sigframe {
	uint32_t magic;
	uint32_t size;
	struct linux_user_vfp ufp;
	struct linux_user_vfp_exc ufp_exc;
} __attribute__((aligned(8)));

#define LINUX_VFP_STORAGE_SIZE sizeof(struct linux_vfp_sigframe)

/*
 * Frame for a handler without SA_SIGINFO (sigreturn): 760 bytes. Without
 * SA_RESTORER Linux copies its sigreturn instructions into retcode even
 * though lr points at the signal page: debuggers recognise frames by them.
 */
struct linux_sigframe {
	struct linux_ucontext uc;
	uint32_t retcode[4];
};

/* Frame for an SA_SIGINFO handler (rt_sigreturn): 888 bytes. */
struct linux_rt_sigframe {
	struct linux_siginfo info;
	struct linux_sigframe sig;
};

#endif
