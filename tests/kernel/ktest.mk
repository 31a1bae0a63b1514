# ktest: the in-guest kernel test task, a boot module of persona-test.elf.
KTEST_SRCS := $(wildcard tests/kernel/*.c) $(wildcard tests/kernel/*.S)
KTEST_OBJS := $(patsubst %,$(B)/%.o,$(basename $(KTEST_SRCS)))

$(B)/tests/kernel/%.o: tests/kernel/%.c
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) $(USER_CFLAGS) -c $< -o $@

$(B)/tests/kernel/%.o: tests/kernel/%.S
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) $(USER_CFLAGS) -c $< -o $@

$(B)/ktest.elf: $(KTEST_OBJS) $(LIB_U_OBJS) $(USER_CRT0) $(SERVER_LD)
	$(call say,LD,$@)$(call link_server,$@,$(KTEST_OBJS))
