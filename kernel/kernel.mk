# The kernel: objects partially linked into kernel.o, then one image per
# set of boot modules (persona.elf: mm0 fs0; persona-test.elf: + ktest).
KERNEL_SRCS := $(wildcard kernel/src/*.c) $(wildcard kernel/arch/arm/*.c) \
               $(filter-out %.ld.S,$(wildcard kernel/arch/arm/*.S)) $(wildcard kernel/drivers/*/*.c) \
               boards/$(BOARD)/board.c
KERNEL_OBJS := $(patsubst %,$(B)/kernel/%.o,$(basename $(KERNEL_SRCS)))

$(B)/kernel/%.o: %.c
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) $(KERNEL_CFLAGS) -c $< -o $@

$(B)/kernel/%.o: %.S
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) $(KERNEL_CFLAGS) -c $< -o $@

$(B)/kernel.o: $(KERNEL_OBJS) $(LIB_K_OBJS)
	$(call say,LD,$@)$(LD) -r -o $@ $^

$(B)/kernel.ld: kernel/arch/arm/kernel.ld.S
	@mkdir -p $(@D)
	$(call say,CPP,$@)$(CC) $(KERNEL_CFLAGS) -E -P -x c -o $@ $<

# image(name, module=elf ...): the modules .S, its object and the image
define image
$(B)/$(1)-modules.S: tools/mkmodules $(foreach m,$(2),$(lastword $(subst =, ,$(m))))
	$$(call say,GEN,$$@)tools/mkmodules $$@ $(2)
$(B)/$(1)-modules.o: $(B)/$(1)-modules.S
	$$(call say,AS,$$@)$$(CC) $(KERNEL_CFLAGS) -c $$< -o $$@
$(B)/$(1).elf: $(B)/kernel.o $(B)/$(1)-modules.o $(B)/kernel.ld
	$$(call say,LD,$$@)$$(LD) -nostdlib -T $(B)/kernel.ld -o $$@ $(B)/kernel.o $(B)/$(1)-modules.o $(LIBGCC)
endef

$(eval $(call image,persona,mm0=$(B)/mm0.elf fs0=$(B)/fs0.elf))
$(eval $(call image,persona-test,mm0=$(B)/mm0.elf fs0=$(B)/fs0.elf ktest=$(B)/ktest.elf))
