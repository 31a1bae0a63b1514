/*
 * QEMU `-M virt -cpu cortex-a15` (measured on QEMU 7.2; see DESIGN.md §3).
 * Everything the kernel knows about the machine's addresses lives here
 * (plain numbers: assembly and the linker script include this too);
 * drivers take their base addresses from these constants.
 */
#ifndef BOARD_VIRT_H
#define BOARD_VIRT_H

#define BOARD_NAME              "virt"

#define BOARD_RAM_BASE          0x40000000
#define BOARD_RAM_DEFAULT_BYTES 0x08000000    /* used if the DTB has no /memory */
#define BOARD_DTB_PADDR         0x40000000    /* QEMU puts the DTB at the start of RAM */
#define BOARD_DTB_MAX_BYTES     0x00100000    /* reserved below the kernel image */
#define BOARD_KERNEL_PADDR      0x40100000    /* ELF p_paddr of the kernel image */

#define BOARD_UART0_PADDR       0x09000000    /* PL011 */
#define BOARD_UART0_IRQ         33            /* SPI 1 */
#define BOARD_RTC_PADDR         0x09010000    /* PL031 */
#define BOARD_RTC_IRQ           34            /* SPI 2 */
#define BOARD_GICD_PADDR        0x08000000    /* GICv2 distributor */
#define BOARD_GICC_PADDR        0x08010000    /* GICv2 CPU interface */
#define BOARD_VIRTIO_PADDR      0x0a000000    /* 32 virtio-mmio slots of 0x200 */
#define BOARD_VIRTIO_SLOT_BYTES 0x200
#define BOARD_VIRTIO_SLOTS      32
#define BOARD_VIRTIO_IRQ0       48            /* slot n: 48 + n */

#define BOARD_TIMER_IRQ         30            /* non-secure physical timer PPI */
#define BOARD_VTIMER_IRQ        27            /* virtual timer PPI: user drivers may bind it */
#define BOARD_IRQ_COUNT         96            /* GIC interrupt ids handled */

#endif
