/*
 * Kernel command line parsing: space-separated words, each `key` or
 * `key=value`. Shared by mm0 and the test tasks; host-tested.
 */
#ifndef LIB_CMDLINE_H
#define LIB_CMDLINE_H

#include <stddef.h>

/*
 * The value of key in cmdline: a pointer to just after "key=" (the value
 * runs to the next space or the end), "" for a bare "key", NULL if absent.
 */
const char *cmdline_get(const char *cmdline, const char *key);
/* Copies the value of key (at most size-1 bytes) into buf; 0, or -1 if absent. */
int cmdline_copy(const char *cmdline, const char *key, char *buf, size_t size);

#endif
