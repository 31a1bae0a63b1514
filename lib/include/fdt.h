/*
 * Just enough flattened-device-tree reading for boot: the first RAM bank
 * (/memory reg, honouring the root's #address-cells/#size-cells) and
 * /chosen/bootargs. Pure functions over a blob; host-tested.
 */
#ifndef LIB_FDT_H
#define LIB_FDT_H

#include <stdint.h>
#include <stddef.h>

#define FDT_MAGIC 0xd00dfeedu

struct fdt_info {
	uint64_t mem_base;
	uint64_t mem_size;      /* 0 if no /memory node was found */
	const char *bootargs;   /* points into the blob; NULL if none */
};

/* Returns 0 and fills *info, or -1 if blob is not a valid FDT of at most max_bytes. */
int fdt_read(const void *blob, size_t max_bytes, struct fdt_info *info);

#endif
