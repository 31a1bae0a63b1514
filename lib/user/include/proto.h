/*
 * Protocols between user-level components: the messages servers and test
 * tasks send to mm0, and the address-space layout mm0 gives each server.
 * Labels stay below LABEL_KERNEL_MIN.
 */
#ifndef USER_PROTO_H
#define USER_PROTO_H

#include <persona/bootinfo.h>

/* Layout of a server's space (mm0 starts servers with r0 = mm0's tid). */
#define SERVER_UTCB_VA          ROOT_UTCB_VA
#define SERVER_STACK_TOP_VA     ROOT_STACK_TOP_VA
#define SERVER_STACK_BYTES      ROOT_STACK_BYTES
#define SERVER_VA_LIMIT         0x40000000u     /* images load below this */

/* Server priorities: servers outrank the work they serve. */
#define PRIO_MM0        24u
#define PRIO_FS0        23u
#define PRIO_KTEST      20u

/* Messages to mm0 */
#define MM0_READY       0x100u  /* a server finished its start-up; reply: 0 */
#define MM0_SHUTDOWN    0x101u  /* mr0 = exit status: check integrity, power off */

/* Messages to fs0 */
#define FS0_PING        0x200u  /* reply: mr0 = mr0 + 1 */

#endif
