/*
 * Fixed-width types for the native interface, usable by freestanding code
 * (kernel, servers) and host code (unit tests) alike.
 */
#ifndef PERSONA_UAPI_TYPES_H
#define PERSONA_UAPI_TYPES_H

#include <stdint.h>
#include <stddef.h>

typedef uint8_t  u8;
typedef uint16_t u16;
typedef unsigned int u32;     /* not uint32_t: that is 'long' on arm-none-eabi */
typedef uint64_t u64;
typedef int      s32;
typedef int64_t  s64;



#define STATIC_ASSERT(cond, msg) _Static_assert(cond, msg)

_Static_assert(sizeof(u32) == 4 && sizeof(u64) == 8, "fixed-width types");

#endif
