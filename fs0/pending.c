/*
 * Parked requests: a call a device could not finish yet (a console read
 * with no input) is kept here with its arguments and run again when
 * something changes (input arrives, the mode changes); the process stays
 * blocked until fs0 replies. A process that goes away drops its requests.
 */
#include "fs0.h"

#define PENDING_MAX 64

struct pending {
	struct fsproc *fp;
	u32 args[8];            /* r0..r7 (r7 = the call number) */
};

static struct pending parked[PENDING_MAX];
static u32 nparked;

long pending_park(struct fsproc *fp, const u32 *args)
{
	if (nparked == PENDING_MAX)
		return -LINUX_EAGAIN;
	parked[nparked].fp = fp;
	memcpy(parked[nparked].args, args, sizeof(parked[0].args));
	nparked++;
	return 0;
}

void pending_drop(struct fsproc *fp)
{
	for (u32 i = 0; i < nparked;) {
		if (parked[i].fp == fp)
			parked[i] = parked[--nparked];
		else
			i++;
	}
}

void retry_pending(void)
{
	for (u32 i = 0; i < nparked;) {
		struct pending p = parked[i];
		long r = linux_call(p.fp, p.args);
		if (r == VFS_PENDING) {
			i++;
			continue;
		}
		parked[i] = parked[--nparked];
		reply_linux(p.fp, p.args, r);
	}
}
