# The Linux test suite: one program per tests/linux/*.c, built with the glue's
# specs file exactly as a user's program would be, into $(B)/linux-tests/.
# A test may come with tests/linux/<name>.args (its command-line arguments,
# shell-quoted, one line) and <name>.status (the exit status it must end
# with, 0 if absent); both are copied next to the binary, where
# tools/run-linux-tests looks for them.
#
#   make linux-tests                   build them
#   make linux-test                    run them under qemu-arm (Linux semantics)
#   make linux-test LINUX_RUNNER=persona LINUX_ONLY=dup,pipe
#                                      another runner (tools/run-linux-tests --help), some tests
#   make linux-compare                 under qemu-arm and on Persona (tools/persona-run):
#                                      each must pass on both with identical output

LINUX_TEST_DIR   := $(B)/linux-tests
LINUX_TEST_SRCS  := $(wildcard tests/linux/*.c)
LINUX_TEST_BINS  := $(patsubst tests/linux/%.c,$(LINUX_TEST_DIR)/%,$(LINUX_TEST_SRCS))
LINUX_TEST_SIDE  := $(patsubst tests/linux/%,$(LINUX_TEST_DIR)/%,\
                    $(wildcard tests/linux/*.args tests/linux/*.status))
LINUX_TEST_FLAGS := -std=gnu11 -O2 -g $(WARN) -MD -MP
LINUX_RUNNER     ?= qemu-arm
LINUX_ONLY       ?=
comma            := ,

.PHONY: linux-tests linux-test linux-compare
linux-tests: $(LINUX_TEST_BINS) $(LINUX_TEST_SIDE)
all: linux-tests

$(LINUX_TEST_DIR)/%: tests/linux/%.c $(GLUE_DEPS)
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) -specs=$(GLUE_SPECS) $(LINUX_TEST_FLAGS) $< -o $@ -lm

$(LINUX_TEST_DIR)/%.args: tests/linux/%.args
	@mkdir -p $(@D)
	@cp $< $@

$(LINUX_TEST_DIR)/%.status: tests/linux/%.status
	@mkdir -p $(@D)
	@cp $< $@

linux-test: linux-tests
	@tools/run-linux-tests --build $(B) --runner '$(LINUX_RUNNER)' $(subst $(comma), ,$(LINUX_ONLY))

linux-compare: linux-tests $(B)/persona.elf
	@tools/run-linux-tests --build $(B) --compare qemu-arm persona $(subst $(comma), ,$(LINUX_ONLY))
