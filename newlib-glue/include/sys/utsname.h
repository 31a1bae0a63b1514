/*
 * <sys/utsname.h> (newlib has none): uname() and Linux's struct utsname,
 * six 65-byte strings. The sixth is domainname with _GNU_SOURCE and
 * __domainname without, as in glibc and musl.
 */
#ifndef _SYS_UTSNAME_H
#define _SYS_UTSNAME_H

#include <sys/cdefs.h>

#ifdef __cplusplus
extern "C" {
#endif

#define _UTSNAME_LENGTH 65

struct utsname {
	char sysname[_UTSNAME_LENGTH];
	char nodename[_UTSNAME_LENGTH];
	char release[_UTSNAME_LENGTH];
	char version[_UTSNAME_LENGTH];
	char machine[_UTSNAME_LENGTH];
#if __GNU_VISIBLE
	char domainname[_UTSNAME_LENGTH];
#else
	char __domainname[_UTSNAME_LENGTH];
#endif
};

int uname(struct utsname *__u);

#ifdef __cplusplus
}
#endif

#endif
