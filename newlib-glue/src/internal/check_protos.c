/*
 * Build-time check, never linked: the glue's declarations of newlib's
 * stubs (protos.h) and of the functions newlib declares (the public
 * headers in newlib-glue/include, which add to newlib's) must agree with
 * newlib's own, seen as newlib sees them while it is compiled. A
 * conflicting declaration is an error here.
 */
#define _COMPILING_NEWLIB
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/auxv.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/random.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/signal.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/uio.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include "protos.h"
