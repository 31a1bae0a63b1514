# fs0: the file system server (its VFS core is fs0/vfs/).
FS0_SRCS := $(wildcard fs0/*.c) $(wildcard fs0/vfs/*.c)
FS0_OBJS := $(FS0_SRCS:%.c=$(B)/%.o)
FS0_CFLAGS := $(USER_CFLAGS) $(addprefix -I,$(PERSONALITY_INC))

$(B)/fs0/%.o: fs0/%.c | $(PERSONALITY_GEN)
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) $(FS0_CFLAGS) -c $< -o $@

$(B)/fs0.elf: $(FS0_OBJS) $(PERSONALITY_OBJS) $(PERSONALITY_TRACE_OBJS) $(LIB_U_OBJS) $(USER_CRT0) $(SERVER_LD)
	$(call say,LD,$@)$(call link_server,$@,$(FS0_OBJS) $(PERSONALITY_OBJS) $(PERSONALITY_TRACE_OBJS))
