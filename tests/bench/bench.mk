# Guest benchmark programs, built with the glue like any user program, so
# that the same binary runs on Persona and on Linux (tools/run-bench).
BENCH_DIR  := $(B)/bench
BENCH_BINS := $(BENCH_DIR)/sysbench $(BENCH_DIR)/bench-true

$(BENCH_DIR)/%: tests/bench/%.c tests/bench/vcounter.h $(GLUE_DEPS)
	@mkdir -p $(@D)
	$(call say,CC,$@)$(CC) -specs=$(GLUE_SPECS) -std=gnu11 -O2 -g $(WARN) $< -o $@
