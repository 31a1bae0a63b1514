/*
 * Virtual memory layout (ARMv7 short descriptors, TTBCR.N = 1):
 *
 *   0x00000000 - 0x7fffffff  user space, per address space, TTBR0 (8 KiB L1)
 *   0x80000000 - 0xbfffffff  kernel linear map of RAM: va = pa + KERNEL_VOFFSET
 *   0xf0000000 - 0xf0ffffff  kernel device windows (1 MiB sections)
 *
 * The kernel image is linked at KERNEL_VBASE + (BOARD_KERNEL_PADDR - BOARD_RAM_BASE).
 * Used by assembly and the linker script, so only #defines here.
 */
#ifndef ARCH_LAYOUT_H
#define ARCH_LAYOUT_H

#include <board.h>

#define KERNEL_VBASE        0x80000000
#define KERNEL_VOFFSET      (KERNEL_VBASE - BOARD_RAM_BASE)
#define KERNEL_LINEAR_MAX   0x40000000      /* RAM beyond 1 GiB is not used */
#define KERNEL_IMAGE_VADDR  (BOARD_KERNEL_PADDR + KERNEL_VOFFSET)
#define DEVICE_VBASE        0xf0000000
#define DEVICE_VEND         0xf1000000
#define USER_TOP            0x80000000      /* first address above user space */

#define PAGE_SHIFT          12
#define PAGE_SIZE           4096
#define SECTION_SHIFT       20
#define SECTION_SIZE        0x00100000

#define KSTACK_BYTES        8192
#define PANIC_STACK_BYTES   4096

/* CPSR modes and bits */
#define MODE_USR            0x10
#define MODE_FIQ            0x11
#define MODE_IRQ            0x12
#define MODE_SVC            0x13
#define MODE_ABT            0x17
#define MODE_UND            0x1b
#define MODE_SYS            0x1f
#define MODE_MASK           0x1f
#define PSR_T               (1 << 5)
#define PSR_F               (1 << 6)
#define PSR_I               (1 << 7)
#define PSR_A               (1 << 8)
#define PSR_E               (1 << 9)

/* struct frame offsets (see frame.h) */
#define FRAME_R0            0
#define FRAME_SP            52
#define FRAME_LR            56
#define FRAME_PC            60
#define FRAME_CPSR          64
#define FRAME_BYTES         68

/* Kinds of exception taken in kernel mode (kernel_exception_panic) */
#define EXC_KERNEL_UNDEF    1
#define EXC_KERNEL_PABT     2
#define EXC_KERNEL_DABT     3
#define EXC_KERNEL_SVC      4
#define EXC_KERNEL_FIQ      5

#endif
