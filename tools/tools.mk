# Running the images: make run / test / bench / debug.
QEMU_RUN := $(QEMU_SYSTEM) $(QEMU_MACHINE)

run: $(B)/persona.elf
	$(QEMU_RUN) -nographic -kernel $<
