# newlib-glue/: what turns arm-none-eabi newlib into a Linux ARM EABI C
# library: crt0 (the Linux ELF entry), the system-call stubs newlib's libc.a
# calls, the POSIX functions and headers it lacks, a link script and a GCC
# specs file. docs/porting.md says how to use it.
#
# For other fragments:
#   GLUE_SPECS   the generated specs file (absolute paths inside): build a
#                program with $(CC) -specs=$(GLUE_SPECS) prog.c -o prog
#   GLUE_DEPS    what such a link depends on (make it a prerequisite)
#
#   make glue    build the library, crt0, specs and the header checks

GLUE_DIR    := $(B)/newlib-glue
GLUE_SRCS   := $(filter-out newlib-glue/src/crt/crt0.S newlib-glue/src/internal/check_protos.c, \
               $(wildcard newlib-glue/src/*/*.c newlib-glue/src/*/*.S))
GLUE_OBJS   := $(patsubst newlib-glue/src/%,$(GLUE_DIR)/obj/%.o,$(basename $(GLUE_SRCS)))
GLUE_LIB    := $(GLUE_DIR)/libglue.a
GLUE_CRT0   := $(GLUE_DIR)/crt0.o
GLUE_LD     := newlib-glue/persona.ld
GLUE_SPECS  := $(GLUE_DIR)/persona.specs
# <sys/syscall.h> includes <bits/syscall.h>: the generated numbers, copied.
GLUE_GEN_H  := $(GLUE_DIR)/include/bits/syscall.h
GLUE_CHECK  := $(GLUE_DIR)/obj/internal/check_protos.o
GLUE_DEPS   := $(GLUE_SPECS) $(GLUE_CRT0) $(GLUE_LIB) $(GLUE_LD) $(GLUE_GEN_H)

# As a newlib program is compiled (DESIGN.md section 3), in ARM mode: the
# raw system calls bind r7, Thumb's frame pointer. The glue's headers come
# before newlib's.
GLUE_CFLAGS := -std=gnu11 -O2 -g $(WARN) -MD -MP -march=armv7-a -marm -mfpu=vfpv3-d16 \
               -mfloat-abi=hard -fno-common -D_GNU_SOURCE -isystem newlib-glue/include \
               -isystem $(GLUE_DIR)/include -isystem personality/include \
               -Inewlib-glue/src/internal -I$(PERSONALITY_DIR)

.PHONY: glue
glue: $(GLUE_DEPS) $(GLUE_CHECK)
all: glue

$(GLUE_DIR)/obj/%.o: newlib-glue/src/%.c | $(PERSONALITY_GEN) $(GLUE_GEN_H)
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) $(GLUE_CFLAGS) -c $< -o $@

$(GLUE_DIR)/obj/%.o: newlib-glue/src/%.S
	@mkdir -p $(@D)
	$(call say,AS,$@)$(CC) $(GLUE_CFLAGS) -c $< -o $@

$(GLUE_LIB): $(GLUE_OBJS)
	$(call say,AR,$@)rm -f $@ && $(CROSS)ar rcs $@ $^

$(GLUE_CRT0): $(GLUE_DIR)/obj/crt/crt0.o
	@cp $< $@

$(GLUE_GEN_H): $(PERSONALITY_DIR)/syscall_nr.h
	@mkdir -p $(@D)
	$(call say,GEN,$@)cp $< $@

$(GLUE_SPECS): newlib-glue/persona.specs.in newlib-glue/glue.mk
	@mkdir -p $(@D)
	$(call say,GEN,$@)sed -e 's|@GLUE_SPECS@|$(abspath $@)|g' \
		-e 's|@GLUE_INC@|$(abspath newlib-glue/include)|g' \
		-e 's|@GLUE_GEN_INC@|$(abspath $(GLUE_DIR)/include)|g' \
		-e 's|@PERSONALITY_INC@|$(abspath personality/include)|g' \
		-e 's|@GLUE_CRT0@|$(abspath $(GLUE_CRT0))|g' \
		-e 's|@GLUE_LIB@|$(abspath $(GLUE_LIB))|g' \
		-e 's|@GLUE_LD@|$(abspath $(GLUE_LD))|g' $< > $@.tmp && mv $@.tmp $@
