# QEMU virt board: how to start QEMU for it (boards/virt/qemu.args is the
# one list of QEMU arguments; addresses live in boards/virt/board.h).
QEMU_ARGS := $(shell grep -v '^\#' boards/virt/qemu.args | tr '\n' ' ')
