/*
 * Console output for servers and in-guest tests, through NR_DEBUG_WRITE
 * (the text is formatted into the calling thread's UTCB buffer).
 */
#ifndef USER_UPRINTF_H
#define USER_UPRINTF_H

#include <stdarg.h>
#include <fmt.h>

int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int vprintf(const char *fmt, va_list ap);
int puts(const char *s);

#endif
