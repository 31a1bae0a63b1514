# Host unit tests: pure code (lib/, parts of the kernel) built for the host
# with ASan/UBSan, one program per tests/host/test_*.c, run by tools/run-tests.
HOST_CFLAGS := -std=gnu11 -O1 -g -Wall -Wextra -Werror -Wno-unused-parameter \
               -fsanitize=address,undefined -fno-sanitize-recover=all \
               -Iuapi -idirafter lib/include -MMD -MP
# Our libc-named functions get a persona_ prefix on the host, so the tests
# compare them with the host's own.
HOST_RENAME := $(foreach f,memcpy memmove memset memcmp strlen strnlen strcmp strncmp strchr \
               strlcpy vsnprintf snprintf,-D$(f)=persona_$(f))

HOST_TESTS := $(patsubst tests/host/%.c,$(HB)/%,$(wildcard tests/host/test_*.c))

$(HB)/lib/%.o: lib/src/%.c
	@mkdir -p $(@D)
	$(call say,HOSTCC,$@)$(HOSTCC) $(HOST_CFLAGS) -c $< -o $@

$(HB)/renamed/%.o: lib/src/%.c
	@mkdir -p $(@D)
	$(call say,HOSTCC,$@)$(HOSTCC) $(HOST_CFLAGS) $(HOST_RENAME) -c $< -o $@

$(HB)/kernel/%.o: kernel/src/%.c
	@mkdir -p $(@D)
	$(call say,HOSTCC,$@)$(HOSTCC) $(HOST_CFLAGS) -Itests/host/shim -Ikernel/include -c $< -o $@

$(HB)/%.o: tests/host/%.c
	@mkdir -p $(@D)
	$(call say,HOSTCC,$@)$(HOSTCC) $(HOST_CFLAGS) -Itests/host/shim -Ikernel/include -c $< -o $@

$(HB)/test_%: $(HB)/test_%.o
	$(call say,HOSTLD,$@)$(HOSTCC) $(HOST_CFLAGS) -o $@ $^

$(HB)/test_fmt: $(HB)/renamed/fmt.o $(HB)/renamed/string.o $(HB)/renamed/mem.o
$(HB)/test_string: $(HB)/renamed/string.o $(HB)/renamed/mem.o
$(HB)/test_cmdline: $(HB)/lib/cmdline.o
$(HB)/test_fdt: $(HB)/lib/fdt.o
$(HB)/test_elf32: $(HB)/lib/elf32.o
$(HB)/test_kalloc: $(HB)/kernel/kalloc.o

# Test data: the device tree QEMU gives the virt board, and real ELF images.
$(HB)/virt.dtb: $(B)/persona.elf
	@mkdir -p $(@D)
	$(call say,DTB,$@)$(QEMU_ARGS) -display none -machine dumpdtb=$@ -append "persona test args" \
		-kernel $< >/dev/null 2>&1
$(HB)/%.elf: $(B)/%.elf
	@mkdir -p $(@D)
	@cp $< $@

HOST_DATA := $(HB)/virt.dtb $(HB)/mm0.elf $(HB)/fs0.elf $(HB)/ktest.elf

.PHONY: host-tests
host-tests: $(HOST_TESTS) $(HOST_DATA)
# keep the test objects (intermediate files of the pattern rules)
.SECONDARY: $(HOST_TESTS:%=%.o)

# fs0/vfs: the VFS library, linked into every test_vfs_* program together
# with tests/host/vfs_harness.c (its hooks: malloc with failure injection,
# a settable clock, user memory with a fault window).
VFS_HOST_CFLAGS := $(HOST_CFLAGS) -Ipersonality/include -Ifs0/vfs
VFS_HOST_OBJS := $(patsubst fs0/vfs/%.c,$(HB)/vfs/%.o,$(wildcard fs0/vfs/*.c)) $(HB)/vfs_harness.o

$(HB)/vfs/%.o: fs0/vfs/%.c
	@mkdir -p $(@D)
	$(call say,HOSTCC,$@)$(HOSTCC) $(VFS_HOST_CFLAGS) -c $< -o $@

$(HB)/vfs_harness.o: tests/host/vfs_harness.c
	@mkdir -p $(@D)
	$(call say,HOSTCC,$@)$(HOSTCC) $(VFS_HOST_CFLAGS) -c $< -o $@

$(HB)/test_vfs_%.o: tests/host/test_vfs_%.c
	@mkdir -p $(@D)
	$(call say,HOSTCC,$@)$(HOSTCC) $(VFS_HOST_CFLAGS) -c $< -o $@

$(patsubst tests/host/%.c,$(HB)/%,$(wildcard tests/host/test_vfs_*.c)): $(VFS_HOST_OBJS)

# ARM unit tests: code that only exists for ARM (assembly), built with the
# glue and run under qemu-arm by tools/run-tests (files named arm_test_*).
$(HB)/arm/mem.o: lib/src/arch/arm/mem.S
	@mkdir -p $(@D)
	$(call say,AS,$@)$(CC) $(USER_CFLAGS) -Dmemcpy=persona_memcpy -Dmemset=persona_memset -c $< -o $@

$(HB)/arm_test_%: tests/host/arm_test_%.c $(HB)/arm/%.o $(GLUE_DEPS)
	$(call say,LD,$@)$(CC) -specs=$(GLUE_SPECS) -O2 -Itests/host -o $@ $< $(HB)/arm/$*.o

HOST_ARM_TESTS := $(patsubst tests/host/%.c,$(HB)/%,$(wildcard tests/host/arm_test_*.c))
host-tests: $(HOST_ARM_TESTS)

# fs0's pure pieces: the tty line discipline, job control, the queue of
# signals for mm0 (each test links the one file it tests).
FS0_HOST_TESTS := $(HB)/test_tty $(HB)/test_jobctl $(HB)/test_events
$(FS0_HOST_TESTS:%=%.o): HOST_CFLAGS += -Ipersonality/include -Ifs0

$(HB)/fs0/%.o: fs0/%.c
	@mkdir -p $(@D)
	$(call say,HOSTCC,$@)$(HOSTCC) $(HOST_CFLAGS) -Ipersonality/include -Ifs0 -c $< -o $@

$(HB)/test_tty: $(HB)/fs0/tty.o
$(HB)/test_jobctl: $(HB)/fs0/jobctl.o
$(HB)/test_events: $(HB)/fs0/events.o
