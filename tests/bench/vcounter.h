/*
 * vcounter.h: guest nanoseconds since QEMU's reset, from the ARM virtual
 * counter, which both Linux and Persona let user mode read (CNTVCT, with
 * CNTFRQ its frequency). Under -icount shift=0 one guest ns is one
 * instruction. sysbench's boot figure (Persona) and tools/linux-ref-init.c's
 * (Linux) must be taken the same way: both use this.
 */
#ifndef VCOUNTER_H
#define VCOUNTER_H

static inline unsigned long long vcounter_ns(void)
{
	unsigned long lo, hi, frq;

	__asm__ volatile("isb; mrrc p15, 1, %0, %1, c14" : "=r"(lo), "=r"(hi));
	__asm__ volatile("mrc p15, 0, %0, c14, c0, 0" : "=r"(frq));
	unsigned long long ticks = ((unsigned long long)hi << 32) | lo;

	return frq ? ticks / frq * 1000000000ull + ticks % frq * 1000000000ull / frq : 0;
}

#endif
