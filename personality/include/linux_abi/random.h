/*
 * getrandom (384) flags (include/uapi/linux/random.h).
 */
#ifndef PERSONALITY_LINUX_ABI_RANDOM_H
#define PERSONALITY_LINUX_ABI_RANDOM_H

#define LINUX_GRND_NONBLOCK 0x0001
#define LINUX_GRND_RANDOM   0x0002
#define LINUX_GRND_INSECURE 0x0004

#endif
