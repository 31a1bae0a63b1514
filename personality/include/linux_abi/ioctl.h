/*
 * Linux ioctl request numbers on ARM: the _IOC encoding (asm-generic/ioctl.h)
 * and the tty/file requests (arch/arm/include/uapi/asm/ioctls.h, which is
 * asm-generic/ioctls.h plus ARM's own FIOQSIZE). Their argument structures
 * are in termios.h.
 */
#ifndef PERSONALITY_LINUX_ABI_IOCTL_H
#define PERSONALITY_LINUX_ABI_IOCTL_H

#include <stdint.h>
#include "termios.h"

/* request = dir:2 | size:14 | type:8 | nr:8, from the top bit down */
#define LINUX__IOC_NRBITS    8
#define LINUX__IOC_TYPEBITS  8
#define LINUX__IOC_SIZEBITS  14
#define LINUX__IOC_DIRBITS   2
#define LINUX__IOC_NRSHIFT   0
#define LINUX__IOC_TYPESHIFT (LINUX__IOC_NRSHIFT + LINUX__IOC_NRBITS)
#define LINUX__IOC_SIZESHIFT (LINUX__IOC_TYPESHIFT + LINUX__IOC_TYPEBITS)
#define LINUX__IOC_DIRSHIFT  (LINUX__IOC_SIZESHIFT + LINUX__IOC_SIZEBITS)
#define LINUX__IOC_NONE      0U
#define LINUX__IOC_WRITE     1U
#define LINUX__IOC_READ      2U

#define LINUX__IOC(dir, type, nr, size) \
	(((uint32_t)(dir) << LINUX__IOC_DIRSHIFT) | ((uint32_t)(type) << LINUX__IOC_TYPESHIFT) | \
	 ((uint32_t)(nr) << LINUX__IOC_NRSHIFT) | ((uint32_t)(size) << LINUX__IOC_SIZESHIFT))
#define LINUX__IO(type, nr)         LINUX__IOC(LINUX__IOC_NONE, (type), (nr), 0)
#define LINUX__IOR(type, nr, t)     LINUX__IOC(LINUX__IOC_READ, (type), (nr), sizeof(t))
#define LINUX__IOW(type, nr, t)     LINUX__IOC(LINUX__IOC_WRITE, (type), (nr), sizeof(t))
#define LINUX__IOWR(type, nr, t) \
	LINUX__IOC(LINUX__IOC_READ | LINUX__IOC_WRITE, (type), (nr), sizeof(t))

#define LINUX__IOC_DIR(req)  (((req) >> LINUX__IOC_DIRSHIFT) & ((1U << LINUX__IOC_DIRBITS) - 1))
#define LINUX__IOC_TYPE(req) (((req) >> LINUX__IOC_TYPESHIFT) & ((1U << LINUX__IOC_TYPEBITS) - 1))
#define LINUX__IOC_NR(req)   (((req) >> LINUX__IOC_NRSHIFT) & ((1U << LINUX__IOC_NRBITS) - 1))
#define LINUX__IOC_SIZE(req) (((req) >> LINUX__IOC_SIZESHIFT) & ((1U << LINUX__IOC_SIZEBITS) - 1))

/* tty requests ('T' = 0x54; the old ones predate the encoding) */
#define LINUX_TCGETS       0x5401
#define LINUX_TCSETS       0x5402
#define LINUX_TCSETSW      0x5403
#define LINUX_TCSETSF      0x5404
#define LINUX_TCGETA       0x5405
#define LINUX_TCSETA       0x5406
#define LINUX_TCSETAW      0x5407
#define LINUX_TCSETAF      0x5408
#define LINUX_TCSBRK       0x5409
#define LINUX_TCXONC       0x540A
#define LINUX_TCFLSH       0x540B
#define LINUX_TIOCEXCL     0x540C
#define LINUX_TIOCNXCL     0x540D
#define LINUX_TIOCSCTTY    0x540E
#define LINUX_TIOCGPGRP    0x540F
#define LINUX_TIOCSPGRP    0x5410
#define LINUX_TIOCOUTQ     0x5411
#define LINUX_TIOCSTI      0x5412
#define LINUX_TIOCGWINSZ   0x5413
#define LINUX_TIOCSWINSZ   0x5414
#define LINUX_TIOCMGET     0x5415
#define LINUX_TIOCMBIS     0x5416
#define LINUX_TIOCMBIC     0x5417
#define LINUX_TIOCMSET     0x5418
#define LINUX_TIOCGSOFTCAR 0x5419
#define LINUX_TIOCSSOFTCAR 0x541A
#define LINUX_FIONREAD     0x541B
#define LINUX_TIOCINQ      LINUX_FIONREAD
#define LINUX_TIOCLINUX    0x541C
#define LINUX_TIOCCONS     0x541D
#define LINUX_TIOCGSERIAL  0x541E
#define LINUX_TIOCSSERIAL  0x541F
#define LINUX_TIOCPKT      0x5420
#define LINUX_FIONBIO      0x5421
#define LINUX_TIOCNOTTY    0x5422
#define LINUX_TIOCSETD     0x5423
#define LINUX_TIOCGETD     0x5424
#define LINUX_TCSBRKP      0x5425
#define LINUX_TIOCSBRK     0x5427
#define LINUX_TIOCCBRK     0x5428
#define LINUX_TIOCGSID     0x5429
#define LINUX_TCGETS2      LINUX__IOR('T', 0x2A, struct linux_termios2)
#define LINUX_TCSETS2      LINUX__IOW('T', 0x2B, struct linux_termios2)
#define LINUX_TCSETSW2     LINUX__IOW('T', 0x2C, struct linux_termios2)
#define LINUX_TCSETSF2     LINUX__IOW('T', 0x2D, struct linux_termios2)
#define LINUX_TIOCGRS485   0x542E
#define LINUX_TIOCSRS485   0x542F
#define LINUX_TIOCGPTN     LINUX__IOR('T', 0x30, uint32_t)
#define LINUX_TIOCSPTLCK   LINUX__IOW('T', 0x31, int32_t)
#define LINUX_TIOCGDEV     LINUX__IOR('T', 0x32, uint32_t)
#define LINUX_TCGETX       0x5432
#define LINUX_TCSETX       0x5433
#define LINUX_TCSETXF      0x5434
#define LINUX_TCSETXW      0x5435
#define LINUX_TIOCSIG      LINUX__IOW('T', 0x36, int32_t)
#define LINUX_TIOCVHANGUP  0x5437
#define LINUX_TIOCGPKT     LINUX__IOR('T', 0x38, int32_t)
#define LINUX_TIOCGPTLCK   LINUX__IOR('T', 0x39, int32_t)
#define LINUX_TIOCGEXCL    LINUX__IOR('T', 0x40, int32_t)
#define LINUX_TIOCGPTPEER  LINUX__IO('T', 0x41)

/* file requests, valid on any fd */
#define LINUX_FIONCLEX     0x5450
#define LINUX_FIOCLEX      0x5451
#define LINUX_FIOASYNC     0x5452
#define LINUX_FIOQSIZE     0x545E  /* ARM; generic is 0x5460 */

/* TIOCPKT packet-mode bytes */
#define LINUX_TIOCPKT_DATA       0
#define LINUX_TIOCPKT_FLUSHREAD  1
#define LINUX_TIOCPKT_FLUSHWRITE 2
#define LINUX_TIOCPKT_STOP       4
#define LINUX_TIOCPKT_START      8
#define LINUX_TIOCPKT_NOSTOP     16
#define LINUX_TIOCPKT_DOSTOP     32
#define LINUX_TIOCPKT_IOCTL      64

#endif
