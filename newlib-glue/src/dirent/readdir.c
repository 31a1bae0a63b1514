/*
 * readdir (<dirent.h>): the next entry, refilling the buffer with
 * getdents64 (217) when it runs out. At the end NULL with errno untouched;
 * on an error NULL with errno set (except ENOENT, a directory removed
 * while being read, which is just the end, as in musl).
 */
#include <dirent.h>
#include <string.h>
#include "dir.h"
#include "glue.h"

struct dirent *readdir(DIR *dir)
{
	struct __glue_dir *d = dir;
	const struct linux_dirent64 *k;
	long r;

	if (d->pos >= d->len) {
		r = __syscall(SYS_getdents64, d->fd, d->buf, sizeof d->buf);
		if (r <= 0) {
			if (r < 0 && r != -LINUX_ENOENT)
				__syscall_ret(r);
			return 0;
		}
		d->len = (size_t)r;
		d->pos = 0;
	}
	k = (const struct linux_dirent64 *)(d->buf + d->pos);
	d->pos += k->d_reclen;
	d->tell++;
	d->ent.d_ino = (ino_t)k->d_ino;
	d->ent.d_off = (off_t)k->d_off;
	d->ent.d_reclen = sizeof d->ent;
	d->ent.d_type = k->d_type;
	strncpy(d->ent.d_name, k->d_name, sizeof d->ent.d_name - 1);
	d->ent.d_name[sizeof d->ent.d_name - 1] = 0;
	return &d->ent;
}
