/*
 * printf-style formatting without a C library: %d %i %u %x %X %o %p %s %c %%,
 * flags '-' '0' '#', a width, a precision for %s, and the l / ll / z length
 * modifiers. Output is truncated to the buffer and always terminated;
 * the return value is the length the full output would have had.
 */
#ifndef LIB_FMT_H
#define LIB_FMT_H

#include <stdarg.h>
#include <stddef.h>

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);
int snprintf(char *buf, size_t size, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

#endif
