#ifndef DRIVERS_GIC_V2_H
#define DRIVERS_GIC_V2_H
/*
 * ARM GICv2 (single CPU). gic_ack() returns the interrupt id, or
 * GIC_SPURIOUS when nothing is pending; every acked id needs gic_eoi().
 */
#include <persona/types.h>
#define GIC_SPURIOUS 1023u
void gic_init(void *dist, void *cpu);
void gic_enable(u32 irq);
void gic_disable(u32 irq);
u32 gic_ack(void);
void gic_eoi(u32 irq);
u32 gic_irq_count(void);
#endif
