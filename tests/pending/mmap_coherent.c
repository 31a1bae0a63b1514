/*
 * mmap_coherent: Linux's mappings of a file and its write() go through one
 * page cache: a write() shows at once in a MAP_SHARED mapping (the
 * writer's own and a forked child's), and in the pages of a MAP_PRIVATE
 * mapping that nobody has written yet (a private page once written keeps
 * its copy). A munmap writing a shared mapping back loses no write() made
 * to the file while it was mapped.
 */
#include "lt.h"
#include <sys/mman.h>
#include <sys/wait.h>

#define PG 4096

static volatile char *shared;

static int in_child_read(volatile char *at)
{
	int st;
	pid_t pid = fork();

	if (pid == 0)
		_exit(*at);
	if (pid < 0 || waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

int main(void)
{
	char data[2 * PG];

	memset(data, '0', PG);
	memset(data + PG, '1', PG);
	lt_write_file("data", data, sizeof data);
	int fd = open("data", O_RDWR);
	SETUP(fd);

	shared = mmap(NULL, 2 * PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	SETUP_TRUE(shared != MAP_FAILED);
	EXPECT_EQ("MAP_SHARED shows the file", shared[0], '0');
	SETUP(pwrite(fd, "A", 1, 0));
	EXPECT_EQ("pwrite: my MAP_SHARED mapping shows it", shared[0], 'A');
	SETUP(pwrite(fd, "B", 1, PG + 5));
	EXPECT_EQ("... in a page not touched before", shared[PG + 5], 'B');
	SETUP(pwrite(fd, "C", 1, 1));
	EXPECT_EQ("pwrite after the fork: the child's mapping shows it", in_child_read(shared + 1), 'C');

	volatile char *priv = mmap(NULL, 2 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	SETUP_TRUE(priv != MAP_FAILED);
	EXPECT_EQ("MAP_PRIVATE shows the file", priv[0], 'A');
	priv[0] = 'p';
	SETUP(pwrite(fd, "D", 1, PG + 6));
	EXPECT_EQ("pwrite: a private page nobody wrote shows it", priv[PG + 6], 'D');
	SETUP(pwrite(fd, "E", 1, 2));
	EXPECT_EQ("... the page I wrote does not", priv[2], '0');
	EXPECT_EQ("... and keeps my write", priv[0], 'p');
	munmap((void *)priv, 2 * PG);

	char c = 0;
	shared[100] = 'm';
	SETUP(pwrite(fd, "F", 1, 3));
	EXPECT_OK("a store in the mapping, a pwrite to the same page; munmap", munmap((void *)shared, 2 * PG));
	EXPECT_EQ("... the file has the pwrite", pread(fd, &c, 1, 3) == 1 ? c : 0, 'F');
	EXPECT_EQ("... and the store", pread(fd, &c, 1, 100) == 1 ? c : 0, 'm');
	EXPECT_EQ("... and the earlier pwrite", pread(fd, &c, 1, 0) == 1 ? c : 0, 'A');
	return lt_done();
}
