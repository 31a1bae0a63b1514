# Running the images: make run / test / bench / debug.
IMAGE ?= $(B)/persona.elf
GDB_PORT ?= 1234

run: $(B)/persona.elf rootfs
	@tools/boot --build $(B)

test: $(B)/persona.elf $(B)/persona-test.elf host-tests rootfs linux-tests
	@tools/run-tests --build $(B) --host $(HB) $(if $(KTEST),--ktest $(KTEST))

bench: $(B)/persona-test.elf $(B)/persona.elf $(BENCH_BINS)
	@tools/run-bench --build $(B)

# QEMU waits for gdb; IMAGE=build/virt/persona-test.elf debugs the test boot.
debug: $(B)/persona.elf $(B)/persona-test.elf
	@echo "QEMU is halted, waiting for gdb on port $(GDB_PORT). In another terminal:"
	@echo "  gdb-multiarch -ex 'set architecture armv7' -ex 'target remote :$(GDB_PORT)' \\"
	@echo "      -ex 'symbol-file $(IMAGE)' -ex 'add-symbol-file $(B)/mm0.elf' \\"
	@echo "      -ex 'add-symbol-file $(B)/fs0.elf' -ex 'add-symbol-file $(B)/ktest.elf'"
	$(QEMU_ARGS) -nographic -S -gdb tcp::$(GDB_PORT) -kernel $(IMAGE)
