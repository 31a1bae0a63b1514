/*
 * The files behind MAP_SHARED mappings: fs0 holds each open file for mm0
 * (FS0_MAP_HOLD), and every area mapping part of it references one
 * struct map_file (areas split, forked processes share them). The
 * mapping's pages are mm0's frames, read when the mapping is made; they
 * go back into the file at msync, munmap and exit (vm.c), as Linux's page
 * cache would write them. Another process's read() sees the data once it
 * is written back, not before (there is no page cache shared with fs0).
 */
#include "mm0.h"

struct map_file {
	u32 handle;                     /* fs0's */
	u32 refs;
};

struct map_file *mapfile_hold(u32 pid, u32 fd, long *err)
{
	struct map_file *f = mm0_alloc(sizeof(*f));
	long h;

	if (!f) {
		*err = -LINUX_ENOMEM;
		return NULL;
	}
	if ((h = fs_map_hold(pid, fd)) < 0) {
		mm0_free(f, sizeof(*f));
		*err = h;
		return NULL;
	}
	f->handle = (u32)h;
	f->refs = 1;
	return f;
}

void mapfile_ref(struct map_file *f)
{
	f->refs++;
}

void mapfile_unref(struct map_file *f)
{
	if (--f->refs)
		return;
	fs_map_release(f->handle);
	mm0_free(f, sizeof(*f));
}

long mapfile_write(struct map_file *f, u64 pos, const void *src, u32 bytes)
{
	return fs_map_write(f->handle, pos, bytes, src);
}
