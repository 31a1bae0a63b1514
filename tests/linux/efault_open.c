/*
 * efault_open: a bad path for open (5), with and without O_CREAT, and for
 * creat (8): EFAULT, and nothing was created.
 */
#include "lt.h"
#include <dirent.h>

int main(void)
{
	DIR *d;
	int n = 0;

	EXPECT_ERR("open(bad, O_RDONLY)", syscall(SYS_open, BAD, 0, 0), EFAULT);
	EXPECT_ERR("open(bad, O_WRONLY | O_CREAT)", syscall(SYS_open, BAD, 0101, 0644), EFAULT);
	EXPECT_ERR("creat(bad)", syscall(SYS_creat, BAD, 0644), EFAULT);
	d = opendir(".");
	while (d && readdir(d))
		n++;
	EXPECT_EQ("the directory holds only . and ..", n, 2);
	return lt_done();
}
