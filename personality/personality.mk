# personality/: the Linux ARM EABI ABI in one place. gen-syscalls turns
# syscall.tbl into the call numbers, the X-macro call list and the tracing
# names under $(B)/personality/; abi_check.c is compiled (as for a server,
# and after newlib's headers) so that a drifted layout or a name clash fails
# the build.
#
# For other fragments:
#   PERSONALITY_INC   include directories; compile with $(addprefix -I,$(PERSONALITY_INC))
#                     and write #include <linux_abi/signal.h>, #include "syscall_nr.h"
#   PERSONALITY_GEN   the generated files; make them an order-only prerequisite
#                     (| $(PERSONALITY_GEN)) of every object that includes one
#                     (-MMD then tracks the real dependency)
#   PERSONALITY_OBJS  objects a server links for linux_syscall_name()
#
#   make personality       generate, and build the objects and the checks
#   make personality-test  build and run the host test tests/host/test_syscall_tbl.c
#                          (make test runs it too)

PERSONALITY_DIR  := $(B)/personality
PERSONALITY_INC  := $(B)/personality personality/include
PERSONALITY_GEN  := $(addprefix $(PERSONALITY_DIR)/,syscall_nr.h syscall_table.h \
                    syscall_names.h syscall_names.c)
PERSONALITY_OBJS := $(PERSONALITY_DIR)/syscall_names.o
PERSONALITY_CHECK_OBJS := $(PERSONALITY_DIR)/abi_check.o $(PERSONALITY_DIR)/abi_check_newlib.o

PERSONALITY_CFLAGS := $(USER_CFLAGS) $(addprefix -I,$(PERSONALITY_INC))
# As a newlib program is compiled (DESIGN.md section 3), newlib's headers included.
PERSONALITY_NEWLIB_CFLAGS := -std=gnu11 -O2 $(WARN) -MMD -MP -march=armv7-a -marm \
                             -mfpu=vfpv3-d16 -mfloat-abi=hard -DABI_CHECK_WITH_NEWLIB \
                             $(addprefix -I,$(PERSONALITY_INC))

.PHONY: personality personality-test
personality: $(PERSONALITY_GEN) $(PERSONALITY_OBJS) $(PERSONALITY_CHECK_OBJS)
all: personality

# One run writes all four files (grouped target, GNU make 4.3+).
$(PERSONALITY_GEN) &: personality/syscall.tbl personality/gen-syscalls
	@mkdir -p $(PERSONALITY_DIR)
	$(call say,GEN,$(PERSONALITY_DIR))python3 personality/gen-syscalls \
		personality/syscall.tbl $(PERSONALITY_DIR)

$(PERSONALITY_DIR)/syscall_names.o: $(PERSONALITY_DIR)/syscall_names.c | $(PERSONALITY_GEN)
	$(call say,CC,$@)$(CC) $(PERSONALITY_CFLAGS) -c $< -o $@

$(PERSONALITY_DIR)/abi_check.o: personality/abi_check.c | $(PERSONALITY_GEN)
	$(call say,CC,$@)$(CC) $(PERSONALITY_CFLAGS) -c $< -o $@

$(PERSONALITY_DIR)/abi_check_newlib.o: personality/abi_check.c | $(PERSONALITY_GEN)
	$(call say,CC,$@)$(CC) $(PERSONALITY_NEWLIB_CFLAGS) -c $< -o $@

# The host test (tests/host/host.mk builds and links every tests/host/test_*.c;
# this one also needs the generated files, a host syscall_names.o, the paths
# of the generator and the table, and abi_check.c, which it includes).
PERSONALITY_HOST_FLAGS = $(addprefix -I,$(PERSONALITY_INC)) -Ipersonality -Itests/host \
                         -DGEN_SYSCALLS='"$(abspath personality/gen-syscalls)"' \
                         -DSYSCALL_TBL='"$(abspath personality/syscall.tbl)"' \
                         -DHOSTCC_CMD='"$(HOSTCC)"'

$(HB)/test_syscall_tbl.o: tests/host/test_syscall_tbl.c | $(PERSONALITY_GEN)
	@mkdir -p $(@D)
	$(call say,HOSTCC,$@)$(HOSTCC) $(HOST_CFLAGS) $(PERSONALITY_HOST_FLAGS) -c $< -o $@

$(HB)/personality/syscall_names.o: $(PERSONALITY_DIR)/syscall_names.c | $(PERSONALITY_GEN)
	@mkdir -p $(@D)
	$(call say,HOSTCC,$@)$(HOSTCC) $(HOST_CFLAGS) -c $< -o $@

$(HB)/test_syscall_tbl: $(HB)/personality/syscall_names.o

personality-test: $(HB)/test_syscall_tbl
	$(HB)/test_syscall_tbl

# Tracing (linux_trace.h): the formatter and the errno names it prints,
# generated from linux_abi/errno.h. Servers link PERSONALITY_TRACE_OBJS.
PERSONALITY_ERRNO_C := $(PERSONALITY_DIR)/errno_names.c
PERSONALITY_TRACE_OBJS := $(PERSONALITY_DIR)/trace.o $(PERSONALITY_DIR)/errno_names.o

$(PERSONALITY_ERRNO_C): personality/include/linux_abi/errno.h personality/gen-errno
	@mkdir -p $(@D)
	$(call say,GEN,$@)python3 personality/gen-errno $< $@

$(PERSONALITY_DIR)/errno_names.o: $(PERSONALITY_ERRNO_C)
	$(call say,CC,$@)$(CC) $(PERSONALITY_CFLAGS) -c $< -o $@

$(PERSONALITY_DIR)/trace.o: personality/trace.c | $(PERSONALITY_GEN)
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) $(PERSONALITY_CFLAGS) -c $< -o $@
