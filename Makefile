# Persona: one non-recursive Makefile; each directory adds its rules in a
# *.mk fragment. Everything is built under $(BUILD)/ (out of tree).
#
#   make            kernel image with mm0 and fs0      ($(B)/persona.elf)
#   make run        boot it in QEMU
#   make test       host unit tests + in-guest test boots, "N passed, N failed"
#   make bench      in-guest figures under -icount shift=0
#   make debug      QEMU halted with a gdb stub, prints the gdb-multiarch command

BOARD   ?= virt
BUILD   ?= build
B       := $(BUILD)/$(BOARD)
HB      := $(BUILD)/host

include boards/$(BOARD)/board.mk

CROSS   ?= arm-none-eabi-
CC      := $(CROSS)gcc
LD      := $(CROSS)ld
OBJCOPY := $(CROSS)objcopy
HOSTCC  ?= gcc

# tools/deps installs missing packages (or says how); the toolchain facts it
# finds are remembered in $(B)/toolchain.mk, which make rebuilds first.
.DEFAULT_GOAL := all
NODEPS_GOALS := clean distclean help
ifeq ($(filter $(NODEPS_GOALS),$(MAKECMDGOALS)),)
include $(B)/toolchain.mk
endif

# A missing tool forces the check again (e.g. a package removed since).
DEPS_MISSING := $(if $(and $(shell command -v $(CC)),$(shell command -v qemu-system-arm),\
                $(shell command -v python3)),,deps-missing)
.PHONY: deps-missing
$(B)/toolchain.mk: tools/deps $(DEPS_MISSING)
	@mkdir -p $(@D)
	@tools/deps
	@echo "GCC_INCLUDE := $$($(CC) -print-file-name=include)" > $@.tmp
	@echo "LIBGCC := $$($(CC) -march=armv7-a -marm -mfloat-abi=soft -print-libgcc-file-name)" >> $@.tmp
	@mv $@.tmp $@

ARCH_FLAGS := -march=armv7-a -marm -mfloat-abi=soft -mgeneral-regs-only
WARN       := -Wall -Wextra -Werror -Wno-unused-parameter
CFLAGS_ALL := -std=gnu11 -O2 -g $(WARN) -ffreestanding -fno-common -fno-pic \
              -fno-stack-protector -fno-tree-loop-distribute-patterns -nostdinc \
              -isystem $(GCC_INCLUDE) -MMD -MP $(ARCH_FLAGS) -Iuapi -Ilib/include

KERNEL_CFLAGS := $(CFLAGS_ALL) -mno-unaligned-access -DKERNEL -DDEBUG \
                 -Ikernel/include -Ikernel/arch/arm/include -Ikernel/drivers/include \
                 -Iboards/$(BOARD)
USER_CFLAGS   := $(CFLAGS_ALL) -Ilib/user/include

# Quiet build lines ("  CC  file"); V=1 shows the commands.
ifeq ($(V),1)
say =
else
say = @printf '  %-6s %s\n' $(1) $(2);
endif

.PHONY: all run test bench debug clean help
all: $(B)/persona.elf

help:
	@sed -n '4,9p' Makefile

include lib/lib.mk
include personality/personality.mk
include newlib-glue/glue.mk
include tests/linux/linux.mk
include tests/bench/bench.mk
include rootfs/rootfs.mk
include kernel/kernel.mk
include mm0/mm0.mk
include fs0/fs0.mk
include tests/kernel/ktest.mk
include tests/host/host.mk
include tools/tools.mk

clean:
	rm -rf $(BUILD)

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
