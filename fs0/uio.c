/*
 * The vfs_io operations for a process's memory: the kernel's copy call,
 * at most COPY_MAX_BYTES at a time, stopping at the first fault (mm0 made
 * every valid page present before forwarding the request).
 */
#include "fs0.h"

static long copy(u32 space, uintptr_t remote, void *local, size_t n, u32 dir)
{
	size_t done = 0;

	while (done < n) {
		u32 chunk = n - done < COPY_MAX_BYTES ? (u32)(n - done) : COPY_MAX_BYTES;
		long r = native_call(NR_COPY, space, (u32)(remote + done), (u32)local + (u32)done, chunk,
				     dir, 0, 0);
		if (r <= 0)
			break;
		done += (size_t)r;
		if ((u32)r < chunk)
			break;
	}
	return done || !n ? (long)done : -LINUX_EFAULT;
}

static long user_copy_out(const struct vfs_io *io, uintptr_t addr, const void *src, size_t n)
{
	return copy((u32)(uintptr_t)io->space, addr, (void *)src, n, COPY_TO_SPACE);
}

static long user_copy_in(const struct vfs_io *io, uintptr_t addr, void *dst, size_t n)
{
	return copy((u32)(uintptr_t)io->space, addr, dst, n, COPY_FROM_SPACE);
}

const struct vfs_io_ops user_io_ops = { user_copy_out, user_copy_in };

long user_read(u32 space, u32 addr, void *dst, u32 n)
{
	return copy(space, addr, dst, n, COPY_FROM_SPACE);
}

long user_write(u32 space, u32 addr, const void *src, u32 n)
{
	return copy(space, addr, (void *)src, n, COPY_TO_SPACE);
}

long user_path(u32 space, u32 addr, char *buf)
{
	for (u32 done = 0; done < LINUX_PATH_MAX;) {
		u32 n = LINUX_PATH_MAX - done < 256 ? LINUX_PATH_MAX - done : 256;
		/* never cross into a page the string does not reach */
		u32 to_page_end = 4096 - ((addr + done) & 4095);
		if (n > to_page_end)
			n = to_page_end;
		long r = copy(space, addr + done, buf + done, n, COPY_FROM_SPACE);
		if (r <= 0)
			return -LINUX_EFAULT;
		for (u32 i = done; i < done + (u32)r; i++)
			if (!buf[i])
				return i;
		done += (u32)r;
		if ((u32)r < n)
			return -LINUX_EFAULT;
	}
	return -LINUX_ENAMETOOLONG;
}
