/*
 * sysbench: guest-time cost of basic system calls, the same binary on
 * Persona and on Linux. Run under QEMU's -icount shift=0, where one guest
 * nanosecond is one instruction, so the figures count instructions and
 * repeat exactly. Prints "bench NAME VALUE UNIT" lines:
 *   getpid          ns per getpid round trip (svc #0 inline: the system's
 *                   cost, not the C library's wrapper)
 *   write_null      ns per 1-byte write to /dev/null
 *   tmpfs_write     MB/s of guest time writing a 16 MiB file in 1 MiB writes
 *   tmpfs_read      MB/s reading it back
 *   mmap_touch      ns to map 1 MiB anonymous memory, touch each page, unmap
 * Exits non-zero if an operation fails (a figure of a failed run is no figure).
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#define ROUNDS          20000
#define FILE_BYTES      (16u << 20)
#define CHUNK_BYTES     (1u << 20)
#define MAP_BYTES       (1u << 20)

static unsigned long long now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (unsigned long long)ts.tv_sec * 1000000000ull + (unsigned long long)ts.tv_nsec;
}

static void fail(const char *what)
{
	perror(what);
	exit(1);
}

static long raw_getpid(void)
{
	register long r0 __asm__("r0");
	register long r7 __asm__("r7") = SYS_getpid;

	__asm__ volatile("svc #0" : "=r"(r0) : "r"(r7) : "memory");
	return r0;
}

static void bench_getpid(void)
{
	long pid = raw_getpid();
	unsigned long long t0 = now_ns();

	for (int i = 0; i < ROUNDS; i++)
		if (raw_getpid() != pid)
			fail("getpid");
	printf("bench getpid %llu ns\n", (now_ns() - t0) / ROUNDS);
}

static void bench_write_null(void)
{
	int fd = open("/dev/null", O_WRONLY);
	char c = 'x';

	if (fd < 0)
		fail("/dev/null");
	unsigned long long t0 = now_ns();
	for (int i = 0; i < ROUNDS; i++)
		if (write(fd, &c, 1) != 1)
			fail("write");
	printf("bench write_null %llu ns\n", (now_ns() - t0) / ROUNDS);
	close(fd);
}

static unsigned mb_per_s(unsigned long long bytes, unsigned long long ns)
{
	return (unsigned)(bytes * 1000000000ull / (ns ? ns : 1) / 1000000ull);
}

static void bench_tmpfs(void)
{
	char *buf = malloc(CHUNK_BYTES);
	int fd = open("bench.tmp", O_CREAT | O_TRUNC | O_RDWR, 0600);

	if (!buf || fd < 0)
		fail("tmpfs setup");
	memset(buf, 0x5a, CHUNK_BYTES);
	unsigned long long t0 = now_ns();
	for (unsigned done = 0; done < FILE_BYTES; done += CHUNK_BYTES)
		if (write(fd, buf, CHUNK_BYTES) != (ssize_t)CHUNK_BYTES)
			fail("tmpfs write");
	unsigned long long t1 = now_ns();
	if (lseek(fd, 0, SEEK_SET) != 0)
		fail("lseek");
	for (unsigned done = 0; done < FILE_BYTES; done += CHUNK_BYTES)
		if (read(fd, buf, CHUNK_BYTES) != (ssize_t)CHUNK_BYTES)
			fail("tmpfs read");
	unsigned long long t2 = now_ns();
	printf("bench tmpfs_write %u MB/s\n", mb_per_s(FILE_BYTES, t1 - t0));
	printf("bench tmpfs_read %u MB/s\n", mb_per_s(FILE_BYTES, t2 - t1));
	close(fd);
	unlink("bench.tmp");
	free(buf);
}

static void bench_mmap_touch(void)
{
	unsigned long long t0 = now_ns();
	char *p = mmap(NULL, MAP_BYTES, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (p == MAP_FAILED)
		fail("mmap");
	for (unsigned off = 0; off < MAP_BYTES; off += 4096)
		p[off] = 1;
	if (munmap(p, MAP_BYTES))
		fail("munmap");
	printf("bench mmap_touch %llu ns\n", now_ns() - t0);
}

int main(void)
{
	bench_getpid();
	bench_write_null();
	bench_tmpfs();
	bench_mmap_touch();
	return 0;
}
