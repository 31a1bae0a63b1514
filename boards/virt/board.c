/*
 * Devices of the virt board that user-level drivers may map (reported to
 * mm0 in the boot info). The GIC and the kernel's timer are not here.
 */
#include <kernel/boot.h>
#include <board.h>

const struct board_device board_devices[] = {
	{ "uart0", BOARD_UART0_PADDR, 0x1000, BOARD_UART0_IRQ, 1 },
	{ "rtc0", BOARD_RTC_PADDR, 0x1000, BOARD_RTC_IRQ, 1 },
	{ "virtio-mmio", BOARD_VIRTIO_PADDR, BOARD_VIRTIO_SLOT_BYTES, BOARD_VIRTIO_IRQ0,
	  BOARD_VIRTIO_SLOTS },
};

const u32 board_device_count = sizeof(board_devices) / sizeof(board_devices[0]);
