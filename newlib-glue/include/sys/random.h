/* <sys/random.h> (newlib has none; glibc 2.25): getrandom() with Linux's GRND_* flags, and getentropy(). */
#ifndef _SYS_RANDOM_H
#define _SYS_RANDOM_H

#include <sys/types.h>
#include <linux_abi/random.h>

#ifdef __cplusplus
extern "C" {
#endif

#define GRND_NONBLOCK LINUX_GRND_NONBLOCK
#define GRND_RANDOM   LINUX_GRND_RANDOM
#define GRND_INSECURE LINUX_GRND_INSECURE

ssize_t getrandom(void *__buf, size_t __len, unsigned __flags);
int getentropy(void *, size_t);

#ifdef __cplusplus
}
#endif

#endif
