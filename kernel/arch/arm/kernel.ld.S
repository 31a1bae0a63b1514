/*
 * Kernel image: linked high, loaded by QEMU at the physical addresses in
 * p_paddr. The entry point is physical because the MMU is off at entry.
 * Boot modules (.modules, from the generated modules.S) come last, 1 MiB
 * aligned after .bss, so the RAM they occupy can be handed to user level.
 */
#include <arch/layout.h>

OUTPUT_FORMAT("elf32-littlearm")
OUTPUT_ARCH(arm)
ENTRY(_start_phys)

SECTIONS
{
	. = KERNEL_IMAGE_VADDR;
	__kernel_start = .;
	.text : AT(ADDR(.text) - KERNEL_VOFFSET) {
		*(.text.head)
		*(.text .text.*)
	}
	.rodata : AT(ADDR(.rodata) - KERNEL_VOFFSET) {
		*(.rodata .rodata.*)
	}
	.ARM.exidx : AT(ADDR(.ARM.exidx) - KERNEL_VOFFSET) { *(.ARM.exidx*) }
	.data : AT(ADDR(.data) - KERNEL_VOFFSET) {
		*(.data .data.*)
	}
	.bss (NOLOAD) : AT(ADDR(.bss) - KERNEL_VOFFSET) {
		__bss_start = .;
		*(.bss.pagetable)
		*(.bss .bss.* COMMON)
		. = ALIGN(4096);
		__bss_end = .;
	}
	. = ALIGN(0x100000);
	.modules : AT(ADDR(.modules) - KERNEL_VOFFSET) {
		__modules_start = .;
		*(.modules)
		. = ALIGN(4096);
		__modules_end = .;
	}
	__kernel_end = .;
	_start_phys = _start - KERNEL_VOFFSET;
	/DISCARD/ : { *(.comment) *(.note*) }
}
