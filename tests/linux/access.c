/*
 * access: F_OK of existing and missing names, R_OK/W_OK of a file we own
 * (mode 0644), X_OK of a file without any execute bit (EACCES even for
 * root), X_OK of a directory; faccessat with AT_FDCWD and AT_EACCESS;
 * errors: an unknown mode bit (EINVAL), a path through a file (ENOTDIR).
 */
#include "lt.h"

int main(void)
{
	lt_write_file("f", "x", 1);
	chmod("f", 0644);
	SETUP(mkdir("d", 0755));
	EXPECT_OK("F_OK existing", access("f", F_OK));
	EXPECT_ERR("F_OK missing", access("missing", F_OK), ENOENT);
	EXPECT_OK("R_OK", access("f", R_OK));
	EXPECT_OK("W_OK", access("f", W_OK));
	EXPECT_OK("R_OK | W_OK", access("f", R_OK | W_OK));
	EXPECT_ERR("X_OK of a 0644 file", access("f", X_OK), EACCES);
	EXPECT_OK("X_OK of a directory", access("d", X_OK));
	EXPECT_OK("X_OK of .", access(".", X_OK));
	EXPECT_ERR("through a file", access("f/x", F_OK), ENOTDIR);
	EXPECT_ERR("empty path", access("", F_OK), ENOENT);
	EXPECT_ERR("unknown mode bit", access("f", 8), EINVAL);
	EXPECT_OK("faccessat AT_FDCWD", faccessat(AT_FDCWD, "f", R_OK, 0));
	EXPECT_OK("faccessat AT_EACCESS", faccessat(AT_FDCWD, "f", R_OK, AT_EACCESS));
	EXPECT_ERR("faccessat X_OK AT_EACCESS", faccessat(AT_FDCWD, "f", X_OK, AT_EACCESS), EACCES);
	EXPECT_ERR("faccessat missing", faccessat(AT_FDCWD, "missing", F_OK, 0), ENOENT);
	return lt_done();
}
