/*
 * GICv2 distributor and CPU interface for one CPU: all interrupts start
 * disabled, level-sensitive, priority 0xa0, routed to CPU 0.
 */
#include <drivers/gic_v2.h>

#define GICD_CTLR       0x000
#define GICD_TYPER      0x004
#define GICD_ISENABLER  0x100
#define GICD_ICENABLER  0x180
#define GICD_ICPENDR    0x280
#define GICD_IPRIORITYR 0x400
#define GICD_ITARGETSR  0x800
#define GICD_ICFGR      0xc00
#define GICC_CTLR       0x000
#define GICC_PMR        0x004
#define GICC_IAR        0x00c
#define GICC_EOIR       0x010

static volatile u32 *gicd, *gicc;
static u32 nirqs;

#define D(off) gicd[(off) / 4]
#define C(off) gicc[(off) / 4]

void gic_init(void *dist, void *cpu)
{
	gicd = dist;
	gicc = cpu;
	D(GICD_CTLR) = 0;
	nirqs = ((D(GICD_TYPER) & 0x1f) + 1) * 32;
	if (nirqs > 1020)
		nirqs = 1020;
	for (u32 i = 0; i < nirqs; i += 32) {
		D(GICD_ICENABLER + i / 8) = 0xffffffffu;
		D(GICD_ICPENDR + i / 8) = 0xffffffffu;
	}
	for (u32 i = 0; i < nirqs; i += 4)
		D(GICD_IPRIORITYR + i) = 0xa0a0a0a0u;
	for (u32 i = 32; i < nirqs; i += 4)
		D(GICD_ITARGETSR + i) = 0x01010101u;
	for (u32 i = 32; i < nirqs; i += 16)
		D(GICD_ICFGR + i / 4) = 0;      /* level-sensitive */
	D(GICD_CTLR) = 1;
	C(GICC_PMR) = 0xf0;
	C(GICC_CTLR) = 1;
}

u32 gic_irq_count(void)
{
	return nirqs;
}

void gic_enable(u32 irq)
{
	D(GICD_ISENABLER + (irq / 32) * 4) = 1u << (irq % 32);
}

void gic_disable(u32 irq)
{
	D(GICD_ICENABLER + (irq / 32) * 4) = 1u << (irq % 32);
}

u32 gic_ack(void)
{
	return C(GICC_IAR) & 0x3ff;
}

void gic_eoi(u32 irq)
{
	C(GICC_EOIR) = irq;
}
