/*
 * lib/src/fdt.c on the device tree QEMU really passes (virt.dtb, dumped by
 * the build with -m 256 and -append "persona test args") and on corrupted
 * copies of it, which must be refused without reading out of bounds.
 */
#include "unit.h"
#include <fdt.h>
#include <stdint.h>
#include <stdlib.h>

static unsigned char *blob;
static size_t blob_size;

static void load(void)
{
	FILE *f = fopen("virt.dtb", "rb");
	if (!f)
		return;
	blob = malloc(1 << 20);
	blob_size = fread(blob, 1, 1 << 20, f);
	fclose(f);
}

static void put_be32(unsigned char *p, uint32_t v)
{
	p[0] = v >> 24; p[1] = v >> 16; p[2] = v >> 8; p[3] = v;
}

static void t_qemu_virt(void)
{
	struct fdt_info info;
	CHECK(blob != NULL);
	if (!blob)
		return;
	CHECK_EQ(fdt_read(blob, blob_size, &info), 0);
	CHECK_EQ(info.mem_base, 0x40000000);
	CHECK_EQ(info.mem_size, 256u << 20);
	CHECK(info.bootargs != NULL);
	if (info.bootargs)
		CHECK_STR(info.bootargs, "persona test args");
}

static void t_rejects_bad_headers(void)
{
	struct fdt_info info;
	unsigned char *copy = malloc(blob_size);
	if (!blob) {
		CHECK(blob != NULL);
		free(copy);
		return;
	}
	CHECK_EQ(fdt_read(blob, 39, &info), -1);                /* shorter than a header */
	memcpy(copy, blob, blob_size);
	copy[0] ^= 1;
	CHECK_EQ(fdt_read(copy, blob_size, &info), -1);         /* magic */
	static const int fields[] = { 4, 8, 12, 32, 36 };       /* totalsize, offsets, sizes */
	for (unsigned i = 0; i < 5; i++) {
		memcpy(copy, blob, blob_size);
		put_be32(copy + fields[i], 0xfffffff0u);
		CHECK_EQ(fdt_read(copy, blob_size, &info), -1);
	}
	free(copy);
}

/* Random corruption of the structure block: any result but a crash is fine. */
static void t_survives_corruption(void)
{
	struct fdt_info info;
	if (!blob) {
		CHECK(blob != NULL);
		return;
	}
	unsigned char *copy = malloc(blob_size);
	uint32_t seed = 12345;
	for (int round = 0; round < 2000; round++) {
		memcpy(copy, blob, blob_size);
		for (int k = 0; k < 8; k++) {
			seed = seed * 1103515245u + 12345u;
			size_t at = 40 + (seed >> 8) % 4096;
			copy[at] = (unsigned char)(seed >> 24);
		}
		int r = fdt_read(copy, blob_size, &info);
		CHECK(r == 0 || r == -1);
		if (r == 0 && info.bootargs)
			CHECK(info.bootargs >= (char *)copy && info.bootargs < (char *)copy + blob_size);
	}
	free(copy);
}

static const struct unit_test tests[] = {
	{ "qemu_virt_memory_and_bootargs", t_qemu_virt },
	{ "rejects_bad_headers", t_rejects_bad_headers },
	{ "survives_corruption", t_survives_corruption },
};

int main(void)
{
	load();
	return unit_run("fdt", tests, 3);
}
