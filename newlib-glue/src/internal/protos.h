/*
 * The system-call stubs newlib's libc.a calls: its syscalls/ and reent/
 * sources end in these. newlib declares them only while compiling
 * itself (_COMPILING_NEWLIB); these are the same declarations, and
 * internal/check_protos.c compiles them next to newlib's so that a drift
 * fails the build.
 */
#ifndef GLUE_PROTOS_H
#define GLUE_PROTOS_H

#include <stddef.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/types.h>
#include <unistd.h>
#include "glue.h"

int _close(int fd);
int _execve(const char *path, char *const argv[], char *const envp[]);
int _fcntl(int fd, int cmd, ...);
pid_t _fork(void);
int _fstat(int fd, struct stat *st);
pid_t _getpid(void);
int _gettimeofday(struct timeval *tv, void *tz);
int _isatty(int fd);
int _kill(pid_t pid, int sig);
int _link(const char *old, const char *new);
_off_t _lseek(int fd, _off_t offset, int whence);
int _mkdir(const char *path, mode_t mode);
int _open(const char *path, int flags, ...);
_READ_WRITE_RETURN_TYPE _read(int fd, void *buf, size_t n);
void *_sbrk(ptrdiff_t incr);
int _stat(const char *path, struct stat *st);
clock_t _times(struct tms *buf);
int _unlink(const char *path);
pid_t _wait(int *status);
_READ_WRITE_RETURN_TYPE _write(int fd, const void *buf, size_t n);

#endif
