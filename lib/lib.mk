# Freestanding support code, built twice: for the kernel and for user tasks.
LIB_SRCS := lib/src/string.c lib/src/fmt.c lib/src/fdt.c lib/src/elf32.c lib/src/cmdline.c \
            lib/src/random.c
# memcpy/memset: lib/src/mem.c on the host, lib/src/arch/arm/mem.S here.
LIB_K_OBJS := $(LIB_SRCS:lib/src/%.c=$(B)/lib-k/%.o) $(B)/lib-k/arch/arm/mem.o
LIB_U_OBJS := $(LIB_SRCS:lib/src/%.c=$(B)/lib-u/%.o) $(B)/lib-u/uprintf.o $(B)/lib-u/clock.o \
              $(B)/lib-u/arch/arm/mem.o
USER_CRT0  := $(B)/lib-u/crt0.o
SERVER_LD  := lib/user/server.ld

$(B)/lib-k/%.o: lib/src/%.c
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) $(KERNEL_CFLAGS) -c $< -o $@

$(B)/lib-u/%.o: lib/src/%.c
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) $(USER_CFLAGS) -c $< -o $@

$(B)/lib-k/arch/arm/%.o: lib/src/arch/arm/%.S
	@mkdir -p $(@D)
	$(call say,AS,$@)$(CC) $(KERNEL_CFLAGS) -c $< -o $@

$(B)/lib-u/arch/arm/%.o: lib/src/arch/arm/%.S
	@mkdir -p $(@D)
	$(call say,AS,$@)$(CC) $(USER_CFLAGS) -c $< -o $@

$(B)/lib-u/%.o: lib/user/%.c
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) $(USER_CFLAGS) -c $< -o $@

$(B)/lib-u/%.o: lib/user/%.S
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) $(USER_CFLAGS) -c $< -o $@

# Where each task is linked (distinct, so profiles and gdb can load all symbol files).
SERVER_BASE_mm0   := 0x00200000
SERVER_BASE_fs0   := 0x00400000
SERVER_BASE_ktest := 0x00600000

# link_server(output, objects): a server or test task ELF
define link_server
	$(LD) -nostdlib -T $(SERVER_LD) --defsym=SERVER_BASE=$(SERVER_BASE_$(basename $(notdir $(1)))) \
		-o $(1) $(USER_CRT0) $(2) $(LIB_U_OBJS) $(LIBGCC)
endef
