/*
 * cow_chain: copy-on-write of a 4 MiB heap buffer. After a fork the
 * parent and the child take turns writing all of it, each still seeing
 * only its own writes (every byte checked, and a checksum over all pages);
 * three generations, each writing its own pattern after its child is
 * forked, pass on what they had at the fork and no later write; a page
 * written before the first fork and never after is the same everywhere.
 */
#include "lt.h"
#include <sys/wait.h>

#define PAGE 4096
#define PAGES 1024                      /* 4 MiB; the last one is KEEP */
#define KEEP (PAGES - 1)

static unsigned char *buf;

static unsigned char pat(int v, int page)
{
	return (unsigned char)(v + page * 7);
}

/* every page but KEEP filled with pattern v */
static void fill(int v)
{
	for (int i = 0; i < KEEP; i++)
		memset(buf + i * PAGE, pat(v, i), PAGE);
}

/* how many pages (but KEEP) are not all pattern v */
static int wrong_pages(int v)
{
	int wrong = 0;

	for (int i = 0; i < KEEP; i++) {
		unsigned char want = pat(v, i);
		for (int j = 0; j < PAGE; j++)
			if (buf[i * PAGE + j] != want) {
				wrong++;
				break;
			}
	}
	return wrong;
}

/* the sum of all bytes equals what pattern v and KEEP's 'K's add up to */
static int checksum_ok(int v)
{
	unsigned sum = 0, want = PAGE * 'K';

	for (int i = 0; i < PAGES * PAGE; i++)
		sum += buf[i];
	for (int i = 0; i < KEEP; i++)
		want += PAGE * pat(v, i);
	return sum == want;
}

static int keep_intact(void)
{
	for (int j = 0; j < PAGE; j++)
		if (buf[KEEP * PAGE + j] != 'K')
			return 0;
	return 1;
}

static void send(int fd)
{
	write(fd, "x", 1);
}

static void await(int fd)
{
	char c;

	if (read(fd, &c, 1) != 1)
		_exit(99);
}

static int exit_code(pid_t pid)
{
	int st;

	if (waitpid(pid, &st, 0) != pid)
		return -1;
	return WIFEXITED(st) ? WEXITSTATUS(st) : 1000 + WTERMSIG(st);
}

/* Generation gen (1..3): inherited pattern v; writes gen*0x20, forks, writes gen*0x20+1. */
static int generation(int gen, int v)
{
	char label[80];
	int go[2];

	snprintf(label, sizeof label, "gen %d: sees its parent's pattern at the fork, no later one", gen);
	EXPECT_EQ(label, wrong_pages(v), 0);
	snprintf(label, sizeof label, "gen %d: checksum", gen);
	EXPECT_TRUE(label, checksum_ok(v));
	snprintf(label, sizeof label, "gen %d: the pre-fork page", gen);
	EXPECT_TRUE(label, keep_intact());
	fill(gen * 0x20);
	int status = 0;
	if (gen < 3) {
		SETUP(pipe(go));
		pid_t pid = fork();
		if (pid == 0) {
			close(go[1]);
			await(go[0]);
			_exit(generation(gen + 1, gen * 0x20));
		}
		close(go[0]);
		fill(gen * 0x20 + 1);
		send(go[1]);
		status = exit_code(pid);
		close(go[1]);
		snprintf(label, sizeof label, "gen %d: its own later pattern, untouched by its child", gen);
		EXPECT_EQ(label, wrong_pages(gen * 0x20 + 1), 0);
	}
	return lt_failures || status ? 1 : 0;
}

int main(void)
{
	int to_child[2], to_parent[2];

	buf = malloc(PAGES * PAGE);
	SETUP_TRUE(buf != NULL);
	fill(0x10);
	memset(buf + KEEP * PAGE, 'K', PAGE);
	SETUP(pipe(to_child));
	SETUP(pipe(to_parent));
	pid_t pid = fork();
	if (pid == 0) {
		int bad = 0;
		await(to_child[0]);             /* the parent has written 0x20 */
		bad |= wrong_pages(0x10) ? 1 : 0;
		fill(0x30);
		send(to_parent[1]);
		await(to_child[0]);             /* the parent has written 0x40 */
		bad |= wrong_pages(0x30) ? 2 : 0;
		bad |= checksum_ok(0x30) ? 0 : 4;
		fill(0x50);
		send(to_parent[1]);
		await(to_child[0]);
		bad |= wrong_pages(0x50) ? 8 : 0;
		bad |= keep_intact() ? 0 : 16;
		_exit(bad);
	}
	fill(0x20);
	send(to_child[1]);
	await(to_parent[0]);
	EXPECT_EQ("parent: its writes, not the child's (wrong pages)", wrong_pages(0x20), 0);
	EXPECT_TRUE("parent: checksum", checksum_ok(0x20));
	fill(0x40);
	send(to_child[1]);
	await(to_parent[0]);
	EXPECT_EQ("parent: its second writes (wrong pages)", wrong_pages(0x40), 0);
	send(to_child[1]);
	EXPECT_EQ("child: each time its own writes only (failed-check bits)", exit_code(pid), 0);
	EXPECT_TRUE("parent: checksum at the end", checksum_ok(0x40));
	EXPECT_TRUE("parent: the page written before the fork", keep_intact());

	fill(0x70);
	int go[2];
	SETUP(pipe(go));
	pid = fork();
	if (pid == 0) {
		await(go[0]);
		_exit(generation(1, 0x70));
	}
	fill(0x71);
	send(go[1]);
	EXPECT_EQ("three generations: all as expected", exit_code(pid), 0);
	EXPECT_EQ("top: its own later pattern", wrong_pages(0x71), 0);
	EXPECT_TRUE("top: checksum", checksum_ok(0x71));
	EXPECT_TRUE("top: the pre-fork page", keep_intact());
	return lt_done();
}
