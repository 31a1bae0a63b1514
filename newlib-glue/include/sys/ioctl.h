/*
 * <sys/ioctl.h> (newlib has none): ioctl() and Linux's terminal and file
 * requests. The numbers are Linux's own, taken from personality/include/
 * linux_abi (one source for the ABI), so the glue passes them unchanged.
 */
#ifndef _SYS_IOCTL_H
#define _SYS_IOCTL_H

#include <linux_abi/ioctl.h>
#include <linux_abi/termios.h>

#ifdef __cplusplus
extern "C" {
#endif

/* TIOCGWINSZ/TIOCSWINSZ */
struct winsize {
	unsigned short ws_row;
	unsigned short ws_col;
	unsigned short ws_xpixel;
	unsigned short ws_ypixel;
};

/* the _IOC request encoding */
#define _IOC_NRBITS    LINUX__IOC_NRBITS
#define _IOC_TYPEBITS  LINUX__IOC_TYPEBITS
#define _IOC_SIZEBITS  LINUX__IOC_SIZEBITS
#define _IOC_DIRBITS   LINUX__IOC_DIRBITS
#define _IOC_NRSHIFT   LINUX__IOC_NRSHIFT
#define _IOC_TYPESHIFT LINUX__IOC_TYPESHIFT
#define _IOC_SIZESHIFT LINUX__IOC_SIZESHIFT
#define _IOC_DIRSHIFT  LINUX__IOC_DIRSHIFT
#define _IOC_NONE      LINUX__IOC_NONE
#define _IOC_WRITE     LINUX__IOC_WRITE
#define _IOC_READ      LINUX__IOC_READ
#define _IOC           LINUX__IOC
#define _IO            LINUX__IO
#define _IOR           LINUX__IOR
#define _IOW           LINUX__IOW
#define _IOWR          LINUX__IOWR
#define _IOC_DIR       LINUX__IOC_DIR
#define _IOC_TYPE      LINUX__IOC_TYPE
#define _IOC_NR        LINUX__IOC_NR
#define _IOC_SIZE      LINUX__IOC_SIZE

/* terminal and file requests */
#define TCGETS             LINUX_TCGETS
#define TCSETS             LINUX_TCSETS
#define TCSETSW            LINUX_TCSETSW
#define TCSETSF            LINUX_TCSETSF
#define TCGETA             LINUX_TCGETA
#define TCSETA             LINUX_TCSETA
#define TCSETAW            LINUX_TCSETAW
#define TCSETAF            LINUX_TCSETAF
#define TCSBRK             LINUX_TCSBRK
#define TCXONC             LINUX_TCXONC
#define TCFLSH             LINUX_TCFLSH
#define TIOCEXCL           LINUX_TIOCEXCL
#define TIOCNXCL           LINUX_TIOCNXCL
#define TIOCSCTTY          LINUX_TIOCSCTTY
#define TIOCGPGRP          LINUX_TIOCGPGRP
#define TIOCSPGRP          LINUX_TIOCSPGRP
#define TIOCOUTQ           LINUX_TIOCOUTQ
#define TIOCSTI            LINUX_TIOCSTI
#define TIOCGWINSZ         LINUX_TIOCGWINSZ
#define TIOCSWINSZ         LINUX_TIOCSWINSZ
#define TIOCMGET           LINUX_TIOCMGET
#define TIOCMBIS           LINUX_TIOCMBIS
#define TIOCMBIC           LINUX_TIOCMBIC
#define TIOCMSET           LINUX_TIOCMSET
#define TIOCGSOFTCAR       LINUX_TIOCGSOFTCAR
#define TIOCSSOFTCAR       LINUX_TIOCSSOFTCAR
#define FIONREAD           LINUX_FIONREAD
#define TIOCINQ            LINUX_TIOCINQ
#define TIOCLINUX          LINUX_TIOCLINUX
#define TIOCCONS           LINUX_TIOCCONS
#define TIOCGSERIAL        LINUX_TIOCGSERIAL
#define TIOCSSERIAL        LINUX_TIOCSSERIAL
#define TIOCPKT            LINUX_TIOCPKT
#define FIONBIO            LINUX_FIONBIO
#define TIOCNOTTY          LINUX_TIOCNOTTY
#define TIOCSETD           LINUX_TIOCSETD
#define TIOCGETD           LINUX_TIOCGETD
#define TCSBRKP            LINUX_TCSBRKP
#define TIOCSBRK           LINUX_TIOCSBRK
#define TIOCCBRK           LINUX_TIOCCBRK
#define TIOCGSID           LINUX_TIOCGSID
#define TCGETS2            LINUX_TCGETS2
#define TCSETS2            LINUX_TCSETS2
#define TCSETSW2           LINUX_TCSETSW2
#define TCSETSF2           LINUX_TCSETSF2
#define TIOCGRS485         LINUX_TIOCGRS485
#define TIOCSRS485         LINUX_TIOCSRS485
#define TIOCGPTN           LINUX_TIOCGPTN
#define TIOCSPTLCK         LINUX_TIOCSPTLCK
#define TIOCGDEV           LINUX_TIOCGDEV
#define TCGETX             LINUX_TCGETX
#define TCSETX             LINUX_TCSETX
#define TCSETXF            LINUX_TCSETXF
#define TCSETXW            LINUX_TCSETXW
#define TIOCSIG            LINUX_TIOCSIG
#define TIOCVHANGUP        LINUX_TIOCVHANGUP
#define TIOCGPKT           LINUX_TIOCGPKT
#define TIOCGPTLCK         LINUX_TIOCGPTLCK
#define TIOCGEXCL          LINUX_TIOCGEXCL
#define TIOCGPTPEER        LINUX_TIOCGPTPEER
#define FIONCLEX           LINUX_FIONCLEX
#define FIOCLEX            LINUX_FIOCLEX
#define FIOASYNC           LINUX_FIOASYNC
#define FIOQSIZE           LINUX_FIOQSIZE
#define TIOCPKT_DATA       LINUX_TIOCPKT_DATA
#define TIOCPKT_FLUSHREAD  LINUX_TIOCPKT_FLUSHREAD
#define TIOCPKT_FLUSHWRITE LINUX_TIOCPKT_FLUSHWRITE
#define TIOCPKT_STOP       LINUX_TIOCPKT_STOP
#define TIOCPKT_START      LINUX_TIOCPKT_START
#define TIOCPKT_NOSTOP     LINUX_TIOCPKT_NOSTOP
#define TIOCPKT_DOSTOP     LINUX_TIOCPKT_DOSTOP
#define TIOCPKT_IOCTL      LINUX_TIOCPKT_IOCTL

/* modem lines (TIOCMGET...) and the normal line discipline */
#define TIOCM_LE  LINUX_TIOCM_LE
#define TIOCM_DTR LINUX_TIOCM_DTR
#define TIOCM_RTS LINUX_TIOCM_RTS
#define TIOCM_ST  LINUX_TIOCM_ST
#define TIOCM_SR  LINUX_TIOCM_SR
#define TIOCM_CTS LINUX_TIOCM_CTS
#define TIOCM_CAR LINUX_TIOCM_CAR
#define TIOCM_RNG LINUX_TIOCM_RNG
#define TIOCM_DSR LINUX_TIOCM_DSR
#define TIOCM_CD  LINUX_TIOCM_CD
#define TIOCM_RI  LINUX_TIOCM_RI
#define N_TTY     LINUX_N_TTY

int ioctl(int __fd, unsigned long __request, ...);

#ifdef __cplusplus
}
#endif

#endif
