/*
 * personality/gen-syscalls and its output: the numbers and names it
 * generates from personality/syscall.tbl, the X-macro list, and that it
 * rejects bad tables (written to a temporary directory and checked by
 * running the generator). It also includes personality/abi_check.c, so the
 * Linux ABI layouts are checked by the host compiler as well as for ARM.
 *
 * Built by personality/personality.mk's rules (generated headers on the
 * include path, syscall_names.c compiled for the host, GEN_SYSCALLS and
 * SYSCALL_TBL the absolute paths of the generator and the table, HOSTCC_CMD
 * the host compiler); run by make test, or alone: make personality-test.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>
#include "unit.h"
#include "syscall_nr.h"
#include "syscall_names.h"
#include "abi_check.c"

/* The dispatch tables a server would build, from the X-macro list. */
#define SYSCALL(nr, name) [nr] = #name,
static const char *const main_table[LINUX_NR_SYSCALLS] = {
#include "syscall_table.h"
};

#define SYSCALL(nr, name)
#define SYSCALL_ARM(nr, name) [nr - __ARM_NR_BASE] = #name,
static const char *const arm_table[LINUX_NR_ARM_SYSCALLS] = {
#include "syscall_table.h"
};

/*
 * The dispatch pattern syscall_table.h suggests: every handler is declared a
 * weak alias of sys_ni_syscall here, so any a server does not define in
 * another file resolves to it (a strong definition elsewhere wins at link).
 */
struct call;
long sys_ni_syscall(struct call *c);
long sys_ni_syscall(struct call *c)
{
	return -LINUX_ENOSYS;
}

#define SYSCALL(nr, name) long sys_##name(struct call *) __attribute__((weak, alias("sys_ni_syscall")));
#include "syscall_table.h"

#define SYSCALL(nr, name) [nr] = sys_##name,
static long (*const calls[LINUX_NR_SYSCALLS])(struct call *) = {
#include "syscall_table.h"
};

static const char *or_null(const char *s)
{
	return s ? s : "(null)";
}

static void test_known_numbers(void)
{
	CHECK_EQ(__NR_restart_syscall, 0);
	CHECK_EQ(__NR_getpid, 20);
	CHECK_EQ(__NR_ioctl, 54);
	CHECK_EQ(__NR_rt_sigaction, 174);
	CHECK_EQ(__NR_mmap2, 192);
	CHECK_EQ(__NR_exit_group, 248);
	CHECK_EQ(__NR_openat, 322);
	CHECK_EQ(__NR_statx, 397);
	CHECK_EQ(__NR_clock_gettime64, 403);
	CHECK_EQ(__NR_file_setattr, 469);
	CHECK_EQ(SYS_openat, __NR_openat);
	CHECK_EQ(LINUX_NR_SYSCALLS, 470);
}

static void test_arm_private_numbers(void)
{
	CHECK_EQ(__ARM_NR_BASE, 0xf0000);
	CHECK_EQ(__ARM_NR_breakpoint, 0xf0001);
	CHECK_EQ(__ARM_NR_cacheflush, 0xf0002);
	CHECK_EQ(__ARM_NR_set_tls, 0xf0005);
	CHECK_EQ(__ARM_NR_get_tls, 0xf0006);
	CHECK_EQ(LINUX_NR_ARM_SYSCALLS, 7);
}

static void test_names(void)
{
	CHECK_STR(or_null(linux_syscall_name(20)), "getpid");
	CHECK_STR(or_null(linux_syscall_name(322)), "openat");
	CHECK_STR(or_null(linux_syscall_name(0xf0005)), "set_tls");
	CHECK_STR(or_null(linux_syscall_name(7)), "(null)");     /* retired waitpid */
	CHECK_STR(or_null(linux_syscall_name(13)), "(null)");    /* time: OABI only */
	CHECK_STR(or_null(linux_syscall_name(LINUX_NR_SYSCALLS)), "(null)");
	CHECK_STR(or_null(linux_syscall_name(0xf0000)), "(null)");
	CHECK_STR(or_null(linux_syscall_name(0xf0007)), "(null)");
	CHECK_STR(or_null(linux_syscall_name(0xffffffffu)), "(null)");
}

/* Returns how many slots of t disagree with linux_syscall_name(base + i). */
static int count_mismatches(const char *const *t, unsigned n, unsigned base)
{
	int bad = 0;

	for (unsigned i = 0; i < n; i++) {
		const char *name = linux_syscall_name(base + i);
		if ((t[i] == NULL) != (name == NULL) || (t[i] && strcmp(t[i], name)))
			bad++;
	}
	return bad;
}

static void test_table_matches_names(void)
{
	CHECK_EQ(count_mismatches(main_table, LINUX_NR_SYSCALLS, 0), 0);
	CHECK_EQ(count_mismatches(arm_table, LINUX_NR_ARM_SYSCALLS, __ARM_NR_BASE), 0);
	CHECK_STR(or_null(main_table[__NR_statx]), "statx");
	CHECK_STR(or_null(arm_table[__ARM_NR_set_tls - __ARM_NR_BASE]), "set_tls");
}

static void test_dispatch_pattern(void)
{
	CHECK_EQ(calls[__NR_openat](NULL), -LINUX_ENOSYS);
	CHECK(calls[__NR_openat] == sys_ni_syscall);
	CHECK(calls[__NR_file_setattr] == sys_ni_syscall);
	CHECK(calls[7] == NULL);                /* a hole: the dispatcher checks for NULL */
}

static char tmpdir[64];
static int table_seq;

/*
 * Writes rows to a fresh table file, runs the generator on it (into a fresh
 * output directory), and returns its exit status; its messages go to out.
 */
static int run_generator(const char *rows, int check_only, char *out, size_t out_size,
			 char *outdir, size_t outdir_size)
{
	char table[128], cmd[512];
	int n = ++table_seq;

	snprintf(table, sizeof table, "%s/t%d.tbl", tmpdir, n);
	snprintf(outdir, outdir_size, "%s/out%d", tmpdir, n);
	FILE *f = fopen(table, "w");
	if (!f)
		return -1;
	fputs(rows, f);
	fclose(f);
	if (check_only)
		snprintf(cmd, sizeof cmd, "python3 %s --check %s 2>&1", GEN_SYSCALLS, table);
	else
		snprintf(cmd, sizeof cmd, "python3 %s %s %s 2>&1", GEN_SYSCALLS, table, outdir);
	FILE *p = popen(cmd, "r");
	if (!p)
		return -1;
	size_t len = fread(out, 1, out_size - 1, p);
	out[len] = 0;
	int status = pclose(p);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static int file_exists(const char *dir, const char *name)
{
	char path[192];

	snprintf(path, sizeof path, "%s/%s", dir, name);
	return access(path, F_OK) == 0;
}

#define GOOD_ROWS "0\tcommon\trestart_syscall\tsys_restart_syscall\n" \
		  "1\tcommon\texit\tsys_exit\n" \
		  "3\tcommon\tread\tsys_read\n"

/* The generator must fail on rows, say why (word), and write no output. */
static void expect_rejected(const char *rows, const char *word)
{
	char out[2048], outdir[128];

	CHECK_EQ(run_generator(rows, 1, out, sizeof out, outdir, sizeof outdir), 1);
	CHECK(strstr(out, word) != NULL);
	CHECK_EQ(run_generator(rows, 0, out, sizeof out, outdir, sizeof outdir), 1);
	CHECK(strstr(out, word) != NULL);
	CHECK(!file_exists(outdir, "syscall_nr.h"));
}

static void test_rejects_duplicate_number(void)
{
	expect_rejected(GOOD_ROWS "3\tcommon\twrite\tsys_write\n", "duplicate number");
}

static void test_rejects_duplicate_name(void)
{
	expect_rejected(GOOD_ROWS "4\tcommon\tread\tsys_read\n", "duplicate name");
}

static void test_rejects_unordered(void)
{
	expect_rejected("0\tcommon\trestart_syscall\tsys_restart_syscall\n"
			"3\tcommon\tread\tsys_read\n1\tcommon\texit\tsys_exit\n", "not above");
}

static void test_rejects_bad_abi(void)
{
	expect_rejected(GOOD_ROWS "4\toabi\twrite\tsys_write\n", "abi");
}

static void test_rejects_wrong_entry(void)
{
	expect_rejected(GOOD_ROWS "4\tcommon\twrite\tsys_read\n", "entry");
}

static void test_rejects_short_row(void)
{
	expect_rejected(GOOD_ROWS "4\tcommon\twrite\n", "4 fields");
}

static void test_rejects_out_of_range(void)
{
	expect_rejected(GOOD_ROWS "5000\tcommon\twrite\tsys_write\n", "outside");
}

static void test_accepts_small_table(void)
{
	char out[2048], outdir[128];

	CHECK_EQ(run_generator("# comment\n\n" GOOD_ROWS, 0, out, sizeof out, outdir,
			       sizeof outdir), 0);
	CHECK(file_exists(outdir, "syscall_nr.h"));
	CHECK(file_exists(outdir, "syscall_table.h"));
	CHECK(file_exists(outdir, "syscall_names.h"));
	CHECK(file_exists(outdir, "syscall_names.c"));

	/* No ARM-private rows: the lookup must still be valid, warning-free C. */
	char cmd[512];
	snprintf(cmd, sizeof cmd, "%s -std=c11 -Wall -Wextra -Werror -fsyntax-only %s/syscall_names.c",
		 HOSTCC_CMD, outdir);
	CHECK_EQ(system(cmd), 0);
}

static void test_real_table_passes_check(void)
{
	char cmd[512];

	snprintf(cmd, sizeof cmd, "python3 %s --check %s", GEN_SYSCALLS, SYSCALL_TBL);
	CHECK_EQ(system(cmd), 0);
}

static const struct unit_test tests[] = {
	{ "known_numbers", test_known_numbers },
	{ "arm_private_numbers", test_arm_private_numbers },
	{ "names", test_names },
	{ "table_matches_names", test_table_matches_names },
	{ "dispatch_pattern", test_dispatch_pattern },
	{ "rejects_duplicate_number", test_rejects_duplicate_number },
	{ "rejects_duplicate_name", test_rejects_duplicate_name },
	{ "rejects_unordered", test_rejects_unordered },
	{ "rejects_bad_abi", test_rejects_bad_abi },
	{ "rejects_wrong_entry", test_rejects_wrong_entry },
	{ "rejects_short_row", test_rejects_short_row },
	{ "rejects_out_of_range", test_rejects_out_of_range },
	{ "accepts_small_table", test_accepts_small_table },
	{ "real_table_passes_check", test_real_table_passes_check },
};

int main(void)
{
	char cmd[96];
	int status;

	snprintf(tmpdir, sizeof tmpdir, "/tmp/test_syscall_tbl.XXXXXX");
	if (!mkdtemp(tmpdir)) {
		perror("mkdtemp");
		return 1;
	}
	status = unit_run("syscall_tbl", tests, (int)(sizeof tests / sizeof tests[0]));
	snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", tmpdir);
	return status;
}
