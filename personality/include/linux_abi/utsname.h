/*
 * uname (122) fills Linux's struct new_utsname: six NUL-terminated fields
 * of 65 bytes each (include/uapi/linux/utsname.h), 390 bytes in all.
 */
#ifndef PERSONALITY_LINUX_ABI_UTSNAME_H
#define PERSONALITY_LINUX_ABI_UTSNAME_H

#define LINUX___NEW_UTS_LEN 64

struct linux_utsname {
	char sysname[LINUX___NEW_UTS_LEN + 1];
	char nodename[LINUX___NEW_UTS_LEN + 1];
	char release[LINUX___NEW_UTS_LEN + 1];
	char version[LINUX___NEW_UTS_LEN + 1];
	char machine[LINUX___NEW_UTS_LEN + 1];
	char domainname[LINUX___NEW_UTS_LEN + 1];
};

#endif
