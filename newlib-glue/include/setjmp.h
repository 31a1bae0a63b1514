/*
 * <setjmp.h>: replaces newlib's, whose ARM setjmp saves only the core
 * registers (r4-r11, sp, lr) and whose jmp_buf has no room for more. The
 * AAPCS makes d8-d15 callee-saved too, and GCC keeps values there (and
 * spills integers there) across calls, so a longjmp must restore them, as
 * glibc's and musl's do. newlib also has no sigsetjmp/siglongjmp outside
 * Cygwin and RTEMS; these are POSIX's, saving the whole Linux signal mask
 * (real-time signals included) when savemask is non-zero.
 *
 * Layout (32-bit words): r4-r11, sp, lr (0-9), d8-d15 (10-25); a
 * sigjmp_buf adds savemask (32) and the Linux mask (33-34).
 */
#ifndef _SETJMP_H_
#define _SETJMP_H_
#define _MACHINE_SETJMP_H_      /* newlib's machine/setjmp.h has nothing for us */

#include "_ansi.h"

_BEGIN_STD_C

typedef unsigned long long jmp_buf[16];
typedef unsigned long long sigjmp_buf[18];

int setjmp(jmp_buf __env) __attribute__((__returns_twice__));
void longjmp(jmp_buf __env, int __val) __attribute__((__noreturn__));
int _setjmp(jmp_buf __env) __attribute__((__returns_twice__));
void _longjmp(jmp_buf __env, int __val) __attribute__((__noreturn__));
int sigsetjmp(sigjmp_buf __env, int __savemask) __attribute__((__returns_twice__));
void siglongjmp(sigjmp_buf __env, int __val) __attribute__((__noreturn__));

_END_STD_C

#endif
