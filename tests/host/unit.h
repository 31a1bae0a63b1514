/*
 * A minimal host unit-test framework: each test is a function; CHECK
 * records a failure with its line; main() runs a table and prints one
 * "ok N - host/<file>/<test>" or "not ok ..." line per test, and exits
 * non-zero if any failed. Programs are built with ASan and UBSan.
 */
#ifndef HOST_UNIT_H
#define HOST_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_failed;
static char unit_why[300];

#define CHECK(c) \
	do { if (!(c) && !unit_failed) { unit_failed = 1; \
		snprintf(unit_why, sizeof unit_why, "line %d: %s", __LINE__, #c); } } while (0)
#define CHECK_EQ(a, b) \
	do { long long _a = (long long)(a), _b = (long long)(b); \
	     if (_a != _b && !unit_failed) { unit_failed = 1; \
		snprintf(unit_why, sizeof unit_why, "line %d: %s == %s (got %lld, want %lld)", \
			 __LINE__, #a, #b, _a, _b); } } while (0)
#define CHECK_STR(a, b) \
	do { const char *_a = (a), *_b = (b); \
	     if (strcmp(_a, _b) && !unit_failed) { unit_failed = 1; \
		snprintf(unit_why, sizeof unit_why, "line %d: %s: got \"%.100s\", want \"%.100s\"", \
			 __LINE__, #a, _a, _b); } } while (0)

struct unit_test {
	const char *name;
	void (*fn)(void);
};

static int unit_run(const char *suite, const struct unit_test *tests, int n)
{
	int failures = 0;

	for (int i = 0; i < n; i++) {
		unit_failed = 0;
		unit_why[0] = 0;
		tests[i].fn();
		if (unit_failed)
			failures++;
		printf("%s %d - host/%s/%s%s%s\n", unit_failed ? "not ok" : "ok", i + 1, suite,
		       tests[i].name, unit_failed ? " # " : "", unit_why);
	}
	return failures ? 1 : 0;
}

#define UNIT_MAIN(suite, table) \
	int main(void) { return unit_run(suite, table, (int)(sizeof(table) / sizeof(table[0]))); }

#endif
