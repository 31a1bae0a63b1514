/*
 * fork_basic: fork gives the child 0 and the parent the child's pid; the
 * child's memory is a copy (globals, heap, stack and a fresh mmap change
 * on one side only); open files are shared, offsets included; the child
 * sees the parent as its parent; many children can be made and reaped.
 */
#include "lt.h"
#include <sys/mman.h>
#include <sys/wait.h>

static int global = 1;

/* Runs fn in a child and returns its exit status (or -1). */
static int in_child(int (*fn)(void))
{
	pid_t pid = fork();
	int st;

	if (pid == 0)
		_exit(fn());
	if (pid < 0 || waitpid(pid, &st, 0) != pid || !WIFEXITED(st))
		return -1;
	return WEXITSTATUS(st);
}

static char *heap;
static char *mapped;
static pid_t parent_pid;

static int child_writes(void)
{
	int local = 5;

	global = 2;
	strcpy(heap, "child");
	mapped[0] = 'c';
	local++;
	return (getppid() == parent_pid) * 10 + (global == 2) + (local == 6);
}

static int shared_offset_child(void)
{
	return write(3, "child\n", 6) == 6 ? 0 : 1;
}

int main(void)
{
	int fd;
	char buf[32];

	heap = malloc(64);
	SETUP_TRUE(heap != NULL);
	strcpy(heap, "parent");
	mapped = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	SETUP_TRUE(mapped != MAP_FAILED);
	mapped[0] = 'p';
	parent_pid = getpid();
	EXPECT_EQ("child's view (ppid, global, stack)", in_child(child_writes), 12);
	EXPECT_EQ("parent's global unchanged", global, 1);
	EXPECT_STR("parent's heap unchanged", heap, "parent");
	EXPECT_EQ("parent's private mapping unchanged", mapped[0], 'p');
	global = 3;
	EXPECT_EQ("parent writes after the child is gone", global, 3);

	fd = open("offsets", O_RDWR | O_CREAT | O_TRUNC, 0644);
	SETUP_TRUE(fd == 3);
	EXPECT_EQ("parent writes", write(fd, "parent\n", 7), 7);
	EXPECT_EQ("child writes through the shared fd", in_child(shared_offset_child), 0);
	EXPECT_EQ("the shared offset moved", lseek(fd, 0, SEEK_CUR), 13);
	EXPECT_EQ("both lines are there", pread(fd, buf, sizeof buf, 0), 13);
	close(fd);

	pid_t kids[20];
	int made = 0, reaped = 0, st;
	for (int i = 0; i < 20; i++) {
		kids[i] = fork();
		if (kids[i] == 0)
			_exit(i);
		made += kids[i] > 0;
	}
	for (int i = 0; i < 20; i++)
		reaped += waitpid(kids[i], &st, 0) == kids[i] && WEXITSTATUS(st) == i;
	EXPECT_EQ("children made", made, 20);
	EXPECT_EQ("children reaped with their status", reaped, 20);
	EXPECT_ERR("no children left", waitpid(-1, &st, 0), ECHILD);
	EXPECT_TRUE("fork returns distinct pids", kids[0] != kids[1] && kids[0] != parent_pid);
	return lt_done();
}
