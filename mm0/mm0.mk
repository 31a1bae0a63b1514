# mm0: the root task (memory, processes, Linux system calls).
MM0_SRCS := $(wildcard mm0/*.c)
MM0_OBJS := $(MM0_SRCS:%.c=$(B)/%.o)
MM0_CFLAGS := $(USER_CFLAGS) $(addprefix -I,$(PERSONALITY_INC))

$(B)/mm0/%.o: mm0/%.c | $(PERSONALITY_GEN)
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) $(MM0_CFLAGS) -c $< -o $@

$(B)/mm0.elf: $(MM0_OBJS) $(PERSONALITY_OBJS) $(PERSONALITY_TRACE_OBJS) $(LIB_U_OBJS) $(USER_CRT0) \
	      $(SERVER_LD)
	$(call say,LD,$@)$(call link_server,$@,$(MM0_OBJS) $(PERSONALITY_OBJS) $(PERSONALITY_TRACE_OBJS))
