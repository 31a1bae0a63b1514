FS0_SRCS := $(wildcard fs0/*.c)
FS0_OBJS := $(FS0_SRCS:%.c=$(B)/%.o)

$(B)/fs0/%.o: fs0/%.c
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) $(USER_CFLAGS) -c $< -o $@

$(B)/fs0.elf: $(FS0_OBJS) $(LIB_U_OBJS) $(USER_CRT0) $(SERVER_LD)
	$(call say,LD,$@)$(call link_server,$@,$(FS0_OBJS))
