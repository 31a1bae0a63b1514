/*
 * argv_env: the kernel's initial stack reaches main: argc, argv (the
 * runner passes the arguments in argv_env.args: an empty one, one with
 * spaces, one with a quote), envp == environ, getenv of the runner's fixed
 * variables, and the NULL ends of both vectors.
 */
#include "lt.h"

extern char **environ;

int main(int argc, char **argv, char **envp)
{
	int i, lt_vars = 0;
	char **e;

	EXPECT_EQ("argc", argc, 5);
	for (i = 1; i < argc; i++)
		printf("argv[%d]: \"%s\"\n", i, argv[i]);
	EXPECT_TRUE("argv[argc] is NULL", argv[argc] == NULL);
	EXPECT_TRUE("argv[0] is set", argv[0] && argv[0][0]);
	EXPECT_TRUE("envp is environ", envp == environ);
	EXPECT_TRUE("envp follows argv", envp == argv + argc + 1);
	EXPECT_STR("LT_GREETING", getenv("LT_GREETING"), "hello from the runner");
	EXPECT_STR("LT_EMPTY", getenv("LT_EMPTY"), "");
	EXPECT_TRUE("LT_MISSING unset", getenv("LT_MISSING") == NULL);
	EXPECT_TRUE("PATH set", getenv("PATH") != NULL);
	for (e = environ; *e; e++)
		if (!strncmp(*e, "LT_", 3))
			lt_vars++;
	EXPECT_EQ("LT_ variables", lt_vars, 2);
	EXPECT_OK("setenv", setenv("LT_NEW", "x=y", 1));
	EXPECT_STR("getenv after setenv", getenv("LT_NEW"), "x=y");
	EXPECT_OK("unsetenv", unsetenv("LT_GREETING"));
	EXPECT_TRUE("getenv after unsetenv", getenv("LT_GREETING") == NULL);
	return lt_done();
}
