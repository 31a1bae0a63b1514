/*
 * sig_bus_eof: a file mapping reaches past the end of its file: bytes of
 * the last page past EOF read as zero, but a page wholly past EOF raises
 * SIGBUS with BUS_ADRERR and si_addr the byte (Linux's filemap fault),
 * for MAP_SHARED and MAP_PRIVATE alike. With the default action SIGBUS
 * ends the process. (A file truncated or grown under an existing mapping
 * is tests/pending/sig_bus_truncate's subject.)
 */
#include "lt.h"
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <linux_abi/signal.h>
#include <linux_abi/sigcontext.h>
#include "lt_raw.h"

static volatile int hits, seen_signo, seen_code;
static volatile u_int32_t seen_addr;

static void handler(int sig, struct linux_siginfo *si, void *ctx)
{
	struct linux_ucontext *uc = ctx;

	hits++;
	seen_signo = si->si_signo;
	seen_code = si->si_code;
	seen_addr = si->sifields.sigfault.addr;
	uc->uc_mcontext.arm_pc += 4;    /* skip the ARM load */
}

__attribute__((noinline, target("arm"))) static u_int32_t load(volatile void *p)
{
	u_int32_t v = 0x5a5a5a5a;

	__asm__ volatile("ldr %0, [%1]" : "+r"(v) : "r"(p) : "memory");
	return v;
}

static void reset(void)
{
	hits = seen_signo = seen_code = 0;
	seen_addr = 0;
}

/* SIGBUS at exactly addr, once */
static int bus_at(volatile char *addr)
{
	reset();
	load(addr);
	return hits == 1 && seen_signo == LINUX_SIGBUS && seen_code == LINUX_BUS_ADRERR &&
	       seen_addr == (u_int32_t)addr;
}

int main(void)
{
	static char data[5000];
	struct linux_sigaction k = { (u_int32_t)handler, LINUX_SA_SIGINFO | LINUX_SA_RESTORER,
				     (u_int32_t)rt_restorer, { { 0, 0 } } };
	int fd, st;
	char *m;

	SETUP(syscall(SYS_rt_sigaction, LINUX_SIGBUS, &k, 0, 8));
	memset(data, 'x', sizeof data);
	lt_write_file("f", data, 100);
	SETUP(fd = open("f", O_RDWR));

	m = mmap(0, 2 * 4096, PROT_READ, MAP_SHARED, fd, 0);
	SETUP_TRUE(m != MAP_FAILED);
	reset();
	EXPECT_EQ("shared: a byte past EOF in the last page reads 0", load(m + 200), 0);
	EXPECT_EQ("... no signal", hits, 0);
	reset();
	load(m + 4096 + 8);
	EXPECT_EQ("shared: a page past EOF: SIGBUS", seen_signo, LINUX_SIGBUS);
	EXPECT_EQ("... si_code BUS_ADRERR", seen_code, LINUX_BUS_ADRERR);
	EXPECT_TRUE("... si_addr the byte", seen_addr == (u_int32_t)(m + 4096 + 8));
	munmap(m, 2 * 4096);

	m = mmap(0, 2 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	SETUP_TRUE(m != MAP_FAILED);
	EXPECT_TRUE("private: a page past EOF: SIGBUS BUS_ADRERR", bus_at(m + 4096 + 0x30));
	munmap(m, 2 * 4096);

	/* a file of 5000 bytes: its second page is there */
	SETUP(ftruncate(fd, 5000));
	m = mmap(0, 2 * 4096, PROT_READ, MAP_SHARED, fd, 0);
	SETUP_TRUE(m != MAP_FAILED);
	reset();
	EXPECT_EQ("5000 bytes: the second page reads", load(m + 4096 + 8), 0);
	EXPECT_EQ("... no signal", hits, 0);
	munmap(m, 2 * 4096);

	/* the default action */
	SETUP(ftruncate(fd, 100));
	pid_t pid = fork();
	if (pid == 0) {
		struct rlimit r = { 0, 0 };
		struct linux_sigaction dfl = { LINUX_SIG_DFL, 0, 0, { { 0, 0 } } };
		char *c = mmap(0, 2 * 4096, PROT_READ, MAP_SHARED, fd, 0);

		setrlimit(RLIMIT_CORE, &r);
		syscall(SYS_rt_sigaction, LINUX_SIGBUS, &dfl, 0, 8);
		load(c + 4096);
		_exit(0);
	}
	syscall(SYS_wait4, pid, &st, 0, 0);
	EXPECT_EQ("default action: killed by SIGBUS", st, LINUX_SIGBUS);
	close(fd);
	return lt_done();
}
