/*
 * ids: the identity calls agree with each other and with the auxiliary
 * vector: uid == euid, gid == egid (no set-id bits), the same through the
 * 32-bit calls (getuid32, 199) and the old 16-bit ones (24); gettid is the
 * pid in a single-threaded process; getpgid(0) and getsid(0) are ours.
 * The parent, group and session may be 0 (a first process, as when
 * tools/persona-run starts the test, has them so on Linux too). No id is
 * printed.
 */
#include "lt.h"
#include <sys/auxv.h>

int main(void)
{
	pid_t pid = getpid();

	EXPECT_TRUE("getpid > 0", pid > 0);
	EXPECT_TRUE("getppid >= 0 and not ours", getppid() >= 0 && getppid() != pid);
	EXPECT_TRUE("gettid == getpid", gettid() == pid);
	EXPECT_TRUE("getuid == geteuid", getuid() == geteuid());
	EXPECT_TRUE("getgid == getegid", getgid() == getegid());
	EXPECT_TRUE("getuid32 (199) raw == getuid", (uid_t)syscall(SYS_getuid32) == getuid());
	EXPECT_TRUE("getuid (24, 16-bit) raw agrees", syscall(SYS_getuid) == (long)(getuid() & 0xffff));
	EXPECT_TRUE("AT_UID == getuid", getauxval(AT_UID) == getuid());
	EXPECT_TRUE("AT_EUID == geteuid", getauxval(AT_EUID) == geteuid());
	EXPECT_TRUE("AT_GID == getgid", getauxval(AT_GID) == getgid());
	EXPECT_TRUE("AT_EGID == getegid", getauxval(AT_EGID) == getegid());
	EXPECT_TRUE("getpgrp >= 0", getpgrp() >= 0);
	EXPECT_TRUE("getpgid(0) == getpgrp", getpgid(0) == getpgrp());
	EXPECT_TRUE("getpgid(pid) == getpgrp", getpgid(pid) == getpgrp());
	EXPECT_TRUE("getsid(0) >= 0", getsid(0) >= 0);
	EXPECT_TRUE("getsid(0) == getsid(pid)", getsid(0) == getsid(pid));
	EXPECT_ERR("getpgid of a missing process", getpgid(0x3ffffff0), ESRCH);
	EXPECT_ERR("getsid of a missing process", getsid(0x3ffffff0), ESRCH);
	EXPECT_OK("setuid to our own uid", setuid(getuid()));
	EXPECT_OK("setgid to our own gid", setgid(getgid()));
	EXPECT_TRUE("getgroups count >= 0", getgroups(0, NULL) >= 0);
	return lt_done();
}
