# QEMU virt board: how to build for it and how to start it.
BOARD_CPU        := cortex-a15
BOARD_RAM_MB     ?= 256
BOARD_KERNEL_PADDR := 0x40100000
BOARD_RAM_BASE   := 0x40000000
QEMU_SYSTEM      := qemu-system-arm
QEMU_MACHINE     := -M virt -cpu $(BOARD_CPU) -m $(BOARD_RAM_MB) -nic none \
                    -semihosting-config enable=on,target=native
