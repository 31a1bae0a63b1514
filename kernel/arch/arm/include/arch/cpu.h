/*
 * ARMv7-A coprocessor and barrier accessors.
 */
#ifndef ARCH_CPU_H
#define ARCH_CPU_H

#include <persona/types.h>

#define dsb()   __asm__ volatile("dsb sy" ::: "memory")
#define isb()   __asm__ volatile("isb" ::: "memory")
#define dmb()   __asm__ volatile("dmb sy" ::: "memory")
#define wfi()   __asm__ volatile("wfi" ::: "memory")

#define CP15_READ(name, op1, crn, crm, op2)                                  \
	static inline u32 read_##name(void)                                  \
	{                                                                    \
		u32 v;                                                       \
		__asm__ volatile("mrc p15, " #op1 ", %0, " #crn ", " #crm ", " #op2 \
				 : "=r"(v));                                 \
		return v;                                                    \
	}
#define CP15_WRITE(name, op1, crn, crm, op2)                                 \
	static inline void write_##name(u32 v)                               \
	{                                                                    \
		__asm__ volatile("mcr p15, " #op1 ", %0, " #crn ", " #crm ", " #op2 \
				 :: "r"(v) : "memory");                      \
	}
#define CP15_RW(name, op1, crn, crm, op2) \
	CP15_READ(name, op1, crn, crm, op2) CP15_WRITE(name, op1, crn, crm, op2)

CP15_RW(sctlr, 0, c1, c0, 0)
CP15_RW(cpacr, 0, c1, c0, 2)
CP15_RW(ttbr0, 0, c2, c0, 0)
CP15_RW(ttbr1, 0, c2, c0, 1)
CP15_RW(ttbcr, 0, c2, c0, 2)
CP15_RW(dacr, 0, c3, c0, 0)
CP15_READ(dfsr, 0, c5, c0, 0)
CP15_READ(ifsr, 0, c5, c0, 1)
CP15_READ(dfar, 0, c6, c0, 0)
CP15_READ(ifar, 0, c6, c0, 2)
CP15_RW(contextidr, 0, c13, c0, 1)
CP15_RW(tpidrurw, 0, c13, c0, 2)
CP15_RW(tpidruro, 0, c13, c0, 3)
CP15_RW(vbar, 0, c12, c0, 0)
CP15_READ(midr, 0, c0, c0, 0)
CP15_READ(id_mmfr0, 0, c0, c1, 4)
CP15_READ(id_isar0, 0, c0, c2, 0)
CP15_READ(id_isar3, 0, c0, c2, 3)
CP15_READ(mpidr, 0, c0, c0, 5)
/* generic timer */
CP15_READ(cntfrq, 0, c14, c0, 0)
CP15_RW(cntkctl, 0, c14, c1, 0)
CP15_RW(cntp_ctl, 0, c14, c2, 1)
CP15_RW(cntv_ctl, 0, c14, c3, 1)
/* TLB and caches */
CP15_WRITE(tlbiall, 0, c8, c7, 0)
CP15_WRITE(tlbimva, 0, c8, c7, 1)       /* va | asid */
CP15_WRITE(tlbiasid, 0, c8, c7, 2)
CP15_WRITE(iciallu, 0, c7, c5, 0)
CP15_WRITE(bpiall, 0, c7, c5, 6)

static inline u64 read_cntpct(void)
{
	u32 lo, hi;
	__asm__ volatile("isb; mrrc p15, 0, %0, %1, c14" : "=r"(lo), "=r"(hi));
	return ((u64)hi << 32) | lo;
}

static inline void write_cntp_cval(u64 v)
{
	__asm__ volatile("mcrr p15, 2, %0, %1, c14" :: "r"((u32)v), "r"((u32)(v >> 32)));
}

static inline u32 read_cpsr(void)
{
	u32 v;
	__asm__ volatile("mrs %0, cpsr" : "=r"(v));
	return v;
}

/* VFP system registers (readable at PL1 even with the unit disabled); the kernel is soft-float. */
#define VFP_SYSREG_READ(name)                                                \
	static inline u32 read_##name(void)                                  \
	{                                                                    \
		u32 v;                                                       \
		__asm__ volatile(".fpu vfpv3\n vmrs %0, " #name : "=r"(v));   \
		return v;                                                    \
	}
VFP_SYSREG_READ(fpsid)
VFP_SYSREG_READ(mvfr0)
VFP_SYSREG_READ(mvfr1)

static inline u32 read_fpexc(void)
{
	u32 v;
	__asm__ volatile(".fpu vfpv3\n vmrs %0, fpexc" : "=r"(v));
	return v;
}

static inline void write_fpexc(u32 v)
{
	__asm__ volatile(".fpu vfpv3\n vmsr fpexc, %0" :: "r"(v) : "memory");
}

#endif
