/*
 * symlink_loop: two links pointing at each other, and one pointing at
 * itself: open, stat and chdir through them are ELOOP; lstat and readlink
 * still work; a chain of 39 links resolves, as does one of 40 (Linux's
 * limit counts the links followed, 40), and 41 is ELOOP.
 */
#include "lt.h"

int main(void)
{
	struct stat st;
	char buf[16], name[16], next[16];
	int i;

	SETUP(symlink("b", "a"));
	SETUP(symlink("a", "b"));
	SETUP(symlink("self", "self"));
	EXPECT_ERR("open a", open("a", O_RDONLY), ELOOP);
	EXPECT_ERR("stat a", stat("a", &st), ELOOP);
	EXPECT_ERR("stat self", stat("self", &st), ELOOP);
	EXPECT_ERR("chdir a", chdir("a"), ELOOP);
	EXPECT_ERR("open a/x O_CREAT", open("a/x", O_WRONLY | O_CREAT, 0644), ELOOP);
	EXPECT_ERR("open a O_CREAT", open("a", O_WRONLY | O_CREAT, 0644), ELOOP);
	EXPECT_OK("lstat a", lstat("a", &st));
	EXPECT_EQ("readlink a", readlink("a", buf, sizeof buf), 1);

	lt_write_file("end", "x", 1);
	for (i = 0; i < 41; i++) {
		snprintf(name, sizeof name, "l%d", i);
		if (i == 0)
			strcpy(next, "end");
		else
			snprintf(next, sizeof next, "l%d", i - 1);
		SETUP(symlink(next, name));
	}
	EXPECT_OK("a chain of 39 links", stat("l38", &st));
	EXPECT_OK("a chain of 40 links", stat("l39", &st));
	EXPECT_ERR("a chain of 41 links", stat("l40", &st), ELOOP);
	return lt_done();
}
