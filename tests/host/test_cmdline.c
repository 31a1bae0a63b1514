/* lib/src/cmdline.c: keys, values, prefixes that must not match. */
#include "unit.h"
#include <cmdline.h>

static void t_get(void)
{
	const char *c = "init=/bin/sh  trace=1 quiet ktest.only=a,b";
	CHECK_STR(cmdline_get(c, "init"), "/bin/sh  trace=1 quiet ktest.only=a,b");
	CHECK_STR(cmdline_get(c, "quiet"), " ktest.only=a,b");
	CHECK(cmdline_get(c, "trace") == c + 20);
	CHECK(cmdline_get(c, "ktest") == NULL);        /* a prefix of ktest.only */
	CHECK(cmdline_get(c, "nit") == NULL);          /* inside a word */
	CHECK(cmdline_get(c, "") == NULL);
	CHECK(cmdline_get(NULL, "init") == NULL);
	CHECK(cmdline_get("", "init") == NULL);
}

static void t_copy(void)
{
	char buf[8];
	CHECK_EQ(cmdline_copy("a=1 init=/sbin/init b", "init", buf, sizeof buf), 0);
	CHECK_STR(buf, "/sbin/i");                      /* cut to the buffer */
	CHECK_EQ(cmdline_copy("flag", "flag", buf, sizeof buf), 0);
	CHECK_STR(buf, "");
	CHECK_EQ(cmdline_copy("a=1", "b", buf, sizeof buf), -1);
}

static const struct unit_test tests[] = {
	{ "get", t_get },
	{ "copy", t_copy },
};

UNIT_MAIN("cmdline", tests)
