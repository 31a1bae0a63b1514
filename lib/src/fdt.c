/*
 * Walks the structure block once, tracking depth, and picks out the
 * properties fdt_read() reports. Every offset is bounds-checked against the
 * header's sizes, so a corrupt blob yields -1, not a wild read.
 */
#include <fdt.h>
#include <string.h>

#define FDT_BEGIN_NODE  1
#define FDT_END_NODE    2
#define FDT_PROP        3
#define FDT_NOP         4
#define FDT_END         9

static uint32_t be32(const void *p)
{
	const uint8_t *b = p;

	return ((uint32_t)b[0] << 24) | ((uint32_t)b[1] << 16) | ((uint32_t)b[2] << 8) | b[3];
}

/* Reads a big-endian number of `cells` 32-bit cells (1 or 2). */
static uint64_t read_cells(const uint8_t *p, uint32_t cells)
{
	return cells == 2 ? ((uint64_t)be32(p) << 32) | be32(p + 4) : be32(p);
}

int fdt_read(const void *blob, size_t max_bytes, struct fdt_info *info)
{
	const uint8_t *b = blob;

	memset(info, 0, sizeof(*info));
	if (max_bytes < 40 || be32(b) != FDT_MAGIC)
		return -1;
	uint32_t total = be32(b + 4), off_struct = be32(b + 8), off_strings = be32(b + 12);
	uint32_t size_strings = be32(b + 32), size_struct = be32(b + 36);
	if (total > max_bytes || off_struct > total || size_struct > total - off_struct ||
	    off_strings > total || size_strings > total - off_strings)
		return -1;

	const uint8_t *p = b + off_struct, *end = p + size_struct;
	uint32_t addr_cells = 2, size_cells = 1;
	int depth = 0, in_memory = 0, in_chosen = 0;

	while (p + 4 <= end) {
		uint32_t token = be32(p);
		p += 4;
		if (token == FDT_BEGIN_NODE) {
			const char *name = (const char *)p;
			size_t len = strnlen(name, (size_t)(end - p));
			if (p + len >= end)
				return -1;
			depth++;
			if (depth == 2) {
				in_memory = !strncmp(name, "memory", 6) &&
					    (name[6] == 0 || name[6] == '@');
				in_chosen = !strcmp(name, "chosen");
			}
			p += (len + 1 + 3) & ~(size_t)3;
		} else if (token == FDT_END_NODE) {
			if (depth == 2)
				in_memory = in_chosen = 0;
			depth--;
		} else if (token == FDT_PROP) {
			if (p + 8 > end)
				return -1;
			uint32_t len = be32(p), nameoff = be32(p + 4);
			const uint8_t *val = p + 8;
			if (len > (size_t)(end - val) || nameoff >= size_strings)
				return -1;
			const char *pname = (const char *)(b + off_strings + nameoff);
			if (depth == 1 && !strcmp(pname, "#address-cells") && len == 4)
				addr_cells = be32(val);
			else if (depth == 1 && !strcmp(pname, "#size-cells") && len == 4)
				size_cells = be32(val);
			else if (depth == 2 && in_memory && !strcmp(pname, "reg") &&
				 !info->mem_size && addr_cells <= 2 && size_cells <= 2 &&
				 len >= 4 * (addr_cells + size_cells)) {
				info->mem_base = read_cells(val, addr_cells);
				info->mem_size = read_cells(val + 4 * addr_cells, size_cells);
			} else if (depth == 2 && in_chosen && !strcmp(pname, "bootargs") &&
				   len > 0 && val[len - 1] == 0) {
				info->bootargs = (const char *)val;
			}
			p = val + ((len + 3) & ~3u);
		} else if (token == FDT_NOP) {
			continue;
		} else if (token == FDT_END) {
			return 0;
		} else {
			return -1;
		}
	}
	return -1;
}
