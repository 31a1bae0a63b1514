/*
 * The DIR behind <dirent.h>'s opaque handle. getdents64 (217) fills buf
 * with Linux records (struct linux_dirent64); readdir converts one at a
 * time into ent, newlib-shaped. tell counts the entries returned since the
 * last rewind: telldir/seekdir positions are entry counts, not the
 * filesystem's d_off cookies (64-bit hashes on ext4, which newlib's 32-bit
 * long cannot carry).
 */
#ifndef GLUE_DIR_H
#define GLUE_DIR_H

#include <dirent.h>
#include <stddef.h>

struct __glue_dir {
	int fd;
	size_t pos;             /* next record in buf */
	size_t len;             /* bytes of records in buf */
	long tell;              /* entries returned since the last rewind */
	struct dirent ent;
	char buf[2048] __attribute__((aligned(8)));
};

#endif
