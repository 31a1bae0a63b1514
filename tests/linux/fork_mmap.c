/*
 * fork_mmap: mappings across fork. A MAP_PRIVATE file mapping is copied:
 * the child sees the parent's writes made before the fork, then each
 * side's writes are its own and the file never changes. A MAP_SHARED file
 * mapping is shared: the child's write is in the parent's mapping and, after
 * its msync, in what read() returns. What a child does to its address space stays in it:
 * munmap, mprotect, mremap, a new mmap (msync in the parent: ENOMEM) and
 * moving its break, up or back down (below the parent's); a shared anonymous mapping the parent made
 * read-only is still writable in the child.
 */
#include "lt.h"
#include <stdint.h>
#include <sys/mman.h>
#include <sys/wait.h>

#define PG 4096

static int out;                 /* a pipe's write end */

/* runs fn in a child; its exit status (or -1) */
static int in_child(int (*fn)(void))
{
	int st;
	pid_t pid = fork();

	if (pid == 0)
		_exit(fn());
	if (pid < 0 || waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

static char *priv, *shared;
static int fd;

static char file_byte(off_t at)
{
	char c = 0;

	pread(fd, &c, 1, at);
	return c;
}

static int child_private(void)
{
	int seen = priv[0] == 'p';      /* the parent's write before the fork */

	priv[0] = 'c';
	priv[PG] = 'c';
	return seen && priv[0] == 'c' && priv[PG] == 'c' ? 0 : 1;
}

static int child_shared(void)
{
	shared[0] = 'S';
	return msync(shared, PG, MS_SYNC) == 0 ? 0 : 1;
}

static int child_unmaps(void)
{
	return munmap(shared, 2 * PG) == 0 && msync(shared, PG, MS_ASYNC) == -1 ? 0 : 1;
}

static int child_protects(void)
{
	return mprotect(shared, 2 * PG, PROT_NONE);
}

static int child_remaps(void)
{
	char *m = mremap(shared, 2 * PG, 64 * PG, MREMAP_MAYMOVE);

	return m != MAP_FAILED && m[0] == 'S' ? 0 : 1;
}

static int child_maps(void)
{
	char *m = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (m == MAP_FAILED)
		return 1;
	m[0] = 1;
	write(out, &m, sizeof m);
	return 0;
}

static uintptr_t brk_now(void)
{
	return (uintptr_t)syscall(SYS_brk, 0);
}

static uintptr_t old_brk;

static int child_grows_brk(void)
{
	uintptr_t want = old_brk + 256 * PG;

	if ((uintptr_t)syscall(SYS_brk, want) != want)
		return 1;
	memset((void *)old_brk, 7, 256 * PG);
	return brk_now() == want ? 0 : 2;
}

static int child_shrinks_brk(void)
{
	return (uintptr_t)syscall(SYS_brk, old_brk) == old_brk ? 0 : 1;
}

static volatile char *ro;

static int child_writes_ro(void)
{
	ro[0] = 'w';
	return 0;
}

int main(void)
{
	char data[3 * PG];
	int p[2];

	for (int i = 0; i < 3; i++)
		memset(data + i * PG, '0' + i, PG);
	lt_write_file("data", data, sizeof data);
	fd = open("data", O_RDWR);
	SETUP(fd);

	priv = mmap(NULL, 3 * PG, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	SETUP_TRUE(priv != MAP_FAILED);
	priv[0] = 'p';
	EXPECT_EQ("MAP_PRIVATE: the child saw my earlier write, then wrote its own", in_child(child_private), 0);
	EXPECT_EQ("... my page is mine", priv[0], 'p');
	EXPECT_EQ("... a page only the child wrote shows the file", priv[PG], '1');
	EXPECT_TRUE("... the file is unchanged", file_byte(0) == '0' && file_byte(PG) == '1');
	munmap(priv, 3 * PG);

	shared = mmap(NULL, 2 * PG, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	SETUP_TRUE(shared != MAP_FAILED);
	EXPECT_EQ("MAP_SHARED: the child writes and msyncs", in_child(child_shared), 0);
	EXPECT_EQ("... in my mapping", shared[0], 'S');
	EXPECT_EQ("... and read() has it", file_byte(0), 'S');

	EXPECT_EQ("the child unmaps it", in_child(child_unmaps), 0);
	EXPECT_OK("... still mapped here", msync(shared, 2 * PG, MS_SYNC));
	EXPECT_EQ("... and readable", shared[0], 'S');
	EXPECT_EQ("the child makes it PROT_NONE", in_child(child_protects), 0);
	shared[1] = 'T';
	EXPECT_EQ("... still writable here", shared[1], 'T');
	EXPECT_EQ("the child mremaps it to 64 pages", in_child(child_remaps), 0);
	EXPECT_OK("... here it is 2 pages still", msync(shared, 2 * PG, MS_SYNC));
	EXPECT_ERR("... and no more", msync(shared, 3 * PG, MS_SYNC), ENOMEM);
	munmap(shared, 2 * PG);

	SETUP(pipe(p));
	out = p[1];
	char *m = NULL;
	EXPECT_EQ("the child maps a page", in_child(child_maps), 0);
	EXPECT_EQ("... its address", read(p[0], &m, sizeof m), sizeof m);
	EXPECT_ERR("... not mapped here", msync(m, PG, MS_ASYNC), ENOMEM);

	old_brk = brk_now();
	EXPECT_EQ("the child moves its break up 1 MiB", in_child(child_grows_brk), 0);
	EXPECT_TRUE("... my break is where it was", brk_now() == old_brk);
	uintptr_t mine = old_brk + 4 * PG;
	SETUP_TRUE((uintptr_t)syscall(SYS_brk, mine) == mine);
	strcpy((char *)old_brk + 3 * PG, "above the old break");
	EXPECT_EQ("I move mine up 4 pages; the child moves its back", in_child(child_shrinks_brk), 0);
	EXPECT_TRUE("... my break is where I put it", brk_now() == mine);
	EXPECT_STR("... and my memory there is", (char *)old_brk + 3 * PG, "above the old break");
	SETUP_TRUE((uintptr_t)syscall(SYS_brk, old_brk) == old_brk);  /* as newlib's sbrk has it */

	ro = mmap(NULL, PG, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	SETUP_TRUE(ro != MAP_FAILED);
	ro[0] = 'r';
	pid_t pid = fork();
	if (pid == 0) {
		read(p[0], &m, 1);      /* until the parent has made it read-only */
		_exit(child_writes_ro());
	}
	EXPECT_OK("shared anonymous: I make it read-only after the fork", mprotect((void *)ro, PG, PROT_READ));
	write(p[1], "x", 1);
	int st;
	waitpid(pid, &st, 0);
	EXPECT_TRUE("... the child could still write", WIFEXITED(st) && WEXITSTATUS(st) == 0);
	EXPECT_EQ("... and I see its write", ro[0], 'w');
	return lt_done();
}
