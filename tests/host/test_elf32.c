/*
 * lib/src/elf32.c: the servers' real images pass; every broken header field
 * a loader relies on is refused; random corruption never crashes.
 */
#include "unit.h"
#include <elf32.h>
#include <stdint.h>
#include <stdlib.h>

static unsigned char *load(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	unsigned char *buf = malloc(4 << 20);
	*size = f ? fread(buf, 1, 4 << 20, f) : 0;
	if (f)
		fclose(f);
	return buf;
}

static unsigned char *img;
static size_t img_size;
#define LIMIT 0x40000000u

static struct elf32_ehdr *eh(unsigned char *p) { return (struct elf32_ehdr *)p; }

static void t_real_images(void)
{
	const char *names[] = { "mm0.elf", "fs0.elf", "ktest.elf" };
	for (int i = 0; i < 3; i++) {
		size_t n;
		unsigned char *p = load(names[i], &n);
		CHECK(n > 0);
		CHECK_EQ(elf32_check(p, n, LIMIT), 0);
		free(p);
	}
}

/* Applies one corruption to a fresh copy and expects -ENOEXEC. */
static void expect_refused(void (*corrupt)(unsigned char *p), const char *what)
{
	unsigned char *p = malloc(img_size);
	memcpy(p, img, img_size);
	corrupt(p);
	if (elf32_check(p, img_size, LIMIT) != -ELF_ENOEXEC && !unit_failed) {
		unit_failed = 1;
		snprintf(unit_why, sizeof unit_why, "accepted: %s", what);
	}
	free(p);
}

static struct elf32_phdr *load_phdr(unsigned char *p)
{
	for (unsigned i = 0; i < eh(p)->e_phnum; i++) {
		struct elf32_phdr *ph = (struct elf32_phdr *)(p + eh(p)->e_phoff) + i;
		if (ph->p_type == PT_LOAD)
			return ph;
	}
	return NULL;
}

static void c_magic(unsigned char *p) { p[1] = 'X'; }
static void c_class(unsigned char *p) { p[4] = 2; }
static void c_type(unsigned char *p) { eh(p)->e_type = 3; }
static void c_machine(unsigned char *p) { eh(p)->e_machine = 62; }
static void c_phentsize(unsigned char *p) { eh(p)->e_phentsize = 20; }
static void c_phnum0(unsigned char *p) { eh(p)->e_phnum = 0; }
static void c_phnum_big(unsigned char *p) { eh(p)->e_phnum = 1000; }
static void c_phoff(unsigned char *p) { eh(p)->e_phoff = 0xfffffff0u; }
static void c_filesz(unsigned char *p) { struct elf32_phdr *ph = load_phdr(p); ph->p_filesz = ph->p_memsz + 1; }
static void c_offset(unsigned char *p) { load_phdr(p)->p_offset = 0x7ffffff0u; }
static void c_vaddr(unsigned char *p) { load_phdr(p)->p_vaddr = LIMIT; }
static void c_wrap(unsigned char *p) { struct elf32_phdr *ph = load_phdr(p); ph->p_vaddr = 0x10000; ph->p_memsz = 0xfffff000u; }
static void c_interp(unsigned char *p) { load_phdr(p)->p_type = PT_INTERP; }
static void c_entry(unsigned char *p) { eh(p)->e_entry = 0x90000000u; }

static void t_refuses_broken_headers(void)
{
	expect_refused(c_magic, "magic");
	expect_refused(c_class, "64-bit class");
	expect_refused(c_type, "ET_DYN");
	expect_refused(c_machine, "x86-64 machine");
	expect_refused(c_phentsize, "phentsize");
	expect_refused(c_phnum0, "no program headers");
	expect_refused(c_phnum_big, "too many program headers");
	expect_refused(c_phoff, "phoff beyond file");
	expect_refused(c_filesz, "filesz > memsz");
	expect_refused(c_offset, "segment beyond file");
	expect_refused(c_vaddr, "segment above the limit");
	expect_refused(c_wrap, "segment wrapping");
	expect_refused(c_interp, "PT_INTERP");
	expect_refused(c_entry, "entry above the limit");
	CHECK_EQ(elf32_check(img, 51, LIMIT), -ELF_ENOEXEC);    /* truncated header */
}

static void t_survives_corruption(void)
{
	unsigned char *p = malloc(img_size);
	uint32_t seed = 99;
	for (int round = 0; round < 5000; round++) {
		memcpy(p, img, img_size);
		for (int k = 0; k < 4; k++) {
			seed = seed * 1103515245u + 12345u;
			p[(seed >> 8) % 256] = (unsigned char)(seed >> 24);
		}
		int r = elf32_check(p, img_size, LIMIT);
		CHECK(r == 0 || r == -ELF_ENOEXEC);
	}
	free(p);
}

static const struct unit_test tests[] = {
	{ "real_images_accepted", t_real_images },
	{ "refuses_broken_headers", t_refuses_broken_headers },
	{ "survives_corruption", t_survives_corruption },
};

int main(void)
{
	img = load("fs0.elf", &img_size);
	return unit_run("elf32", tests, 3);
}
