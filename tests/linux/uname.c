/*
 * uname: all six fields are NUL-terminated within their 65 bytes, the
 * first five non-empty; machine names an ARM. gethostname() matches
 * nodename. No field is printed: they name the host.
 */
#include "lt.h"
#include <sys/utsname.h>

static int terminated(const char *s)
{
	return memchr(s, 0, _UTSNAME_LENGTH) != NULL;
}

int main(void)
{
	struct utsname u;
	char host[_UTSNAME_LENGTH + 1];

	memset(&u, 'x', sizeof u);
	EXPECT_OK("uname", uname(&u));
	EXPECT_EQ("sizeof(struct utsname)", sizeof u, 390);
	EXPECT_TRUE("all fields NUL-terminated", terminated(u.sysname) && terminated(u.nodename) &&
		    terminated(u.release) && terminated(u.version) && terminated(u.machine) &&
		    terminated(u.domainname));
	EXPECT_TRUE("sysname non-empty", u.sysname[0] != 0);
	EXPECT_TRUE("nodename non-empty", u.nodename[0] != 0);
	EXPECT_TRUE("release non-empty", u.release[0] != 0);
	EXPECT_TRUE("version non-empty", u.version[0] != 0);
	EXPECT_TRUE("machine starts with \"arm\"", !strncmp(u.machine, "arm", 3));
	EXPECT_OK("gethostname", gethostname(host, sizeof host));
	EXPECT_TRUE("gethostname is nodename", !strcmp(host, u.nodename));
	EXPECT_ERR("gethostname into 1 byte", gethostname(host, 1), ENAMETOOLONG);
	return lt_done();
}
