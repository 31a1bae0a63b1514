# Running the images: make run / test / bench / debug.
IMAGE ?= $(B)/persona.elf
GDB_PORT ?= 1234

run: $(B)/persona.elf rootfs
	@tools/boot --build $(B)

# The Linux suite of make test runs on linux-ref too (Debian's kernel is
# downloaded into $(BUILD)/linux-ref the first time).
test: $(B)/persona.elf $(B)/persona-test.elf host-tests rootfs linux-tests linux-ref-init
	@tools/run-tests --build $(B) --host $(HB) $(if $(KTEST),--ktest $(KTEST))

# Persona beside Linux booted on the same QEMU (tools/linux-ref downloads
# Debian's kernel into $(BUILD)/linux-ref the first time). bench writes
# $(BUILD)/bench/bench.csv and ratios.png.
bench: $(B)/persona-test.elf $(B)/persona.elf $(BENCH_BINS) rootfs linux-ref-init
	@tools/deps bench
	@tools/run-bench --build $(B)

compare: $(B)/persona.elf linux-tests rootfs linux-ref-init
	@tools/run-linux-tests --build $(B) --compare linux-ref persona --table

# QEMU waits for gdb; IMAGE=build/virt/persona-test.elf debugs the test boot.
debug: $(B)/persona.elf $(B)/persona-test.elf
	@echo "QEMU is halted, waiting for gdb on port $(GDB_PORT). In another terminal:"
	@echo "  gdb-multiarch -ex 'set architecture armv7' -ex 'target remote :$(GDB_PORT)' \\"
	@echo "      -ex 'symbol-file $(IMAGE)' -ex 'add-symbol-file $(B)/mm0.elf' \\"
	@echo "      -ex 'add-symbol-file $(B)/fs0.elf' -ex 'add-symbol-file $(B)/ktest.elf'"
	$(QEMU_ARGS) -nographic -S -gdb tcp::$(GDB_PORT) -kernel $(IMAGE)

# The Linux reference (tools/linux-ref): our pid 1 for Debian's kernel on the
# same QEMU, built with the glue like any test program.
LINUX_REF_INIT := $(B)/linux-ref/init

$(LINUX_REF_INIT): tools/linux-ref-init.c tests/bench/vcounter.h $(GLUE_DEPS)
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) -specs=$(GLUE_SPECS) -std=gnu11 -O2 $(WARN) -o $@ $<

.PHONY: linux-ref-init compare
linux-ref-init: $(LINUX_REF_INIT)
all: linux-ref-init
