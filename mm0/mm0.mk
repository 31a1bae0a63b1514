MM0_SRCS := $(wildcard mm0/*.c)
MM0_OBJS := $(MM0_SRCS:%.c=$(B)/%.o)

$(B)/mm0/%.o: mm0/%.c
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) $(USER_CFLAGS) -c $< -o $@

$(B)/mm0.elf: $(MM0_OBJS) $(LIB_U_OBJS) $(USER_CRT0) $(SERVER_LD)
	$(call say,LD,$@)$(call link_server,$@,$(MM0_OBJS))
