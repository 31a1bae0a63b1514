/*
 * mmap_shared: MAP_SHARED anonymous memory is shared with forked children
 * (pages touched before or after the fork); a MAP_SHARED file mapping's
 * writes reach the file by msync and by munmap (even after the fd is
 * closed), never extend it, and are shared with a forked child;
 * MAP_PRIVATE writes stay private; msync's errors.
 */
#include "lt.h"
#include <sys/mman.h>
#include <sys/wait.h>

static void child_do(void (*fn)(void))
{
	int st;
	pid_t pid = fork();

	if (pid == 0) {
		fn();
		_exit(0);
	}
	waitpid(pid, &st, 0);
}

static volatile char *anon, *filemap;

static void child_writes_anon(void)
{
	anon[0] = 'C';
	anon[8192] = 'D';               /* a page nobody had touched before the fork */
}

static void child_writes_file(void)
{
	filemap[1] = 'c';
}

static char file_byte(int fd, off_t at)
{
	char c = 0;

	pread(fd, &c, 1, at);
	return c;
}

int main(void)
{
	anon = mmap(NULL, 3 * 4096, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	SETUP_TRUE(anon != MAP_FAILED);
	anon[0] = 'P';
	child_do(child_writes_anon);
	EXPECT_EQ("anonymous shared: the child's write is seen", anon[0], 'C');
	EXPECT_EQ("... also in a page first touched by the child", anon[8192], 'D');
	munmap((void *)anon, 3 * 4096);

	int fd = open("data", O_RDWR | O_CREAT | O_TRUNC, 0644);
	SETUP(fd);
	SETUP(write(fd, "0123456789", 10));
	filemap = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	SETUP_TRUE(filemap != MAP_FAILED);
	EXPECT_EQ("the mapping shows the file", filemap[3], '3');
	filemap[0] = 'A';
	filemap[20] = 'Z';              /* past the end of the file */
	EXPECT_OK("msync", msync((void *)filemap, 4096, MS_SYNC));
	EXPECT_EQ("msync: the file has the write", file_byte(fd, 0), 'A');
	EXPECT_EQ("the file did not grow", lseek(fd, 0, SEEK_END), 10);
	child_do(child_writes_file);
	EXPECT_EQ("a child's write to the shared file mapping is seen", filemap[1], 'c');
	filemap[2] = 'B';
	close(fd);
	EXPECT_OK("munmap after close", munmap((void *)filemap, 4096));
	fd = open("data", O_RDONLY);
	char buf[11] = { 0 };
	read(fd, buf, 10);
	EXPECT_STR("munmap wrote it back", buf, "AcB3456789");
	close(fd);

	fd = open("data", O_RDWR);
	char *priv = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	SETUP_TRUE(priv != MAP_FAILED);
	priv[0] = 'x';
	msync(priv, 4096, MS_SYNC);
	munmap(priv, 4096);
	EXPECT_EQ("MAP_PRIVATE writes stay private", file_byte(fd, 0), 'A');

	char *m = mmap(NULL, 8192, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	EXPECT_ERR("msync bad flags", msync(m, 4096, 8), EINVAL);
	EXPECT_ERR("msync MS_SYNC|MS_ASYNC", msync(m, 4096, MS_SYNC | MS_ASYNC), EINVAL);
	EXPECT_ERR("msync unaligned", msync(m + 1, 4096, MS_SYNC), EINVAL);
	munmap(m + 4096, 4096);
	EXPECT_ERR("msync over a hole", msync(m, 8192, MS_SYNC), ENOMEM);
	EXPECT_OK("msync of anonymous memory", msync(m, 4096, MS_SYNC));
	EXPECT_OK("msync of nothing", msync(m, 0, MS_SYNC));
	return lt_done();
}
