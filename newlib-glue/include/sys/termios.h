/*
 * <sys/termios.h>, which newlib's <termios.h> includes but does not ship:
 * the terminal interface with Linux's numbers (from personality/include/
 * linux_abi). struct termios is glibc's for ARM: the kernel's fields with
 * NCCS 32 and the two speeds after them; tcgetattr/tcsetattr convert to
 * and from the kernel's (NCCS 19) for TCGETS/TCSETS*.
 */
#ifndef _SYS_TERMIOS_H
#define _SYS_TERMIOS_H

#include <sys/types.h>
#include <linux_abi/termios.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef unsigned char cc_t;
typedef unsigned int speed_t;
typedef unsigned int tcflag_t;

#define NCCS 32

struct termios {
	tcflag_t c_iflag;
	tcflag_t c_oflag;
	tcflag_t c_cflag;
	tcflag_t c_lflag;
	cc_t c_line;
	cc_t c_cc[NCCS];
	speed_t c_ispeed;
	speed_t c_ospeed;
};

/* c_cc indexes */
#define VINTR    LINUX_VINTR
#define VQUIT    LINUX_VQUIT
#define VERASE   LINUX_VERASE
#define VKILL    LINUX_VKILL
#define VEOF     LINUX_VEOF
#define VTIME    LINUX_VTIME
#define VMIN     LINUX_VMIN
#define VSWTC    LINUX_VSWTC
#define VSTART   LINUX_VSTART
#define VSTOP    LINUX_VSTOP
#define VSUSP    LINUX_VSUSP
#define VEOL     LINUX_VEOL
#define VREPRINT LINUX_VREPRINT
#define VDISCARD LINUX_VDISCARD
#define VWERASE  LINUX_VWERASE
#define VLNEXT   LINUX_VLNEXT
#define VEOL2    LINUX_VEOL2
#define VTDLY    LINUX_VTDLY
#define VT0      LINUX_VT0
#define VT1      LINUX_VT1

/* c_iflag */
#define IGNBRK  LINUX_IGNBRK
#define BRKINT  LINUX_BRKINT
#define IGNPAR  LINUX_IGNPAR
#define PARMRK  LINUX_PARMRK
#define INPCK   LINUX_INPCK
#define ISTRIP  LINUX_ISTRIP
#define INLCR   LINUX_INLCR
#define IGNCR   LINUX_IGNCR
#define ICRNL   LINUX_ICRNL
#define IUCLC   LINUX_IUCLC
#define IXON    LINUX_IXON
#define IXANY   LINUX_IXANY
#define IXOFF   LINUX_IXOFF
#define IMAXBEL LINUX_IMAXBEL
#define IUTF8   LINUX_IUTF8

/* c_oflag */
#define OPOST  LINUX_OPOST
#define OLCUC  LINUX_OLCUC
#define ONLCR  LINUX_ONLCR
#define OCRNL  LINUX_OCRNL
#define ONOCR  LINUX_ONOCR
#define ONLRET LINUX_ONLRET
#define OFILL  LINUX_OFILL
#define OFDEL  LINUX_OFDEL
#define NLDLY  LINUX_NLDLY
#define NL0    LINUX_NL0
#define NL1    LINUX_NL1
#define CRDLY  LINUX_CRDLY
#define CR0    LINUX_CR0
#define CR1    LINUX_CR1
#define CR2    LINUX_CR2
#define CR3    LINUX_CR3
#define TABDLY LINUX_TABDLY
#define TAB0   LINUX_TAB0
#define TAB1   LINUX_TAB1
#define TAB2   LINUX_TAB2
#define TAB3   LINUX_TAB3
#define XTABS  LINUX_XTABS
#define BSDLY  LINUX_BSDLY
#define BS0    LINUX_BS0
#define BS1    LINUX_BS1
#define VTDLY  LINUX_VTDLY
#define VT0    LINUX_VT0
#define VT1    LINUX_VT1
#define FFDLY  LINUX_FFDLY
#define FF0    LINUX_FF0
#define FF1    LINUX_FF1

/* c_cflag */
#define CBAUD   LINUX_CBAUD
#define CSIZE   LINUX_CSIZE
#define CS5     LINUX_CS5
#define CS6     LINUX_CS6
#define CS7     LINUX_CS7
#define CS8     LINUX_CS8
#define CSTOPB  LINUX_CSTOPB
#define CREAD   LINUX_CREAD
#define PARENB  LINUX_PARENB
#define PARODD  LINUX_PARODD
#define HUPCL   LINUX_HUPCL
#define CLOCAL  LINUX_CLOCAL
#define CBAUDEX LINUX_CBAUDEX
#define BOTHER  LINUX_BOTHER
#define CIBAUD  LINUX_CIBAUD
#define ADDRB   LINUX_ADDRB
#define CMSPAR  LINUX_CMSPAR
#define CRTSCTS LINUX_CRTSCTS

/* speeds (the CBAUD field of c_cflag) */
#define B0       LINUX_B0
#define B50      LINUX_B50
#define B75      LINUX_B75
#define B110     LINUX_B110
#define B134     LINUX_B134
#define B150     LINUX_B150
#define B200     LINUX_B200
#define B300     LINUX_B300
#define B600     LINUX_B600
#define B1200    LINUX_B1200
#define B1800    LINUX_B1800
#define B2400    LINUX_B2400
#define B4800    LINUX_B4800
#define B9600    LINUX_B9600
#define B19200   LINUX_B19200
#define B38400   LINUX_B38400
#define B57600   LINUX_B57600
#define B115200  LINUX_B115200
#define B230400  LINUX_B230400
#define B460800  LINUX_B460800
#define B500000  LINUX_B500000
#define B576000  LINUX_B576000
#define B921600  LINUX_B921600
#define B1000000 LINUX_B1000000
#define B1152000 LINUX_B1152000
#define B1500000 LINUX_B1500000
#define B2000000 LINUX_B2000000
#define B2500000 LINUX_B2500000
#define B3000000 LINUX_B3000000
#define B3500000 LINUX_B3500000
#define B4000000 LINUX_B4000000

/* c_lflag */
#define ISIG    LINUX_ISIG
#define ICANON  LINUX_ICANON
#define XCASE   LINUX_XCASE
#define ECHO    LINUX_ECHO
#define ECHOE   LINUX_ECHOE
#define ECHOK   LINUX_ECHOK
#define ECHONL  LINUX_ECHONL
#define NOFLSH  LINUX_NOFLSH
#define TOSTOP  LINUX_TOSTOP
#define ECHOCTL LINUX_ECHOCTL
#define ECHOPRT LINUX_ECHOPRT
#define ECHOKE  LINUX_ECHOKE
#define FLUSHO  LINUX_FLUSHO
#define PENDIN  LINUX_PENDIN
#define IEXTEN  LINUX_IEXTEN
#define EXTPROC LINUX_EXTPROC

/* tcsetattr, tcflow, tcflush arguments */
#define TCSANOW   LINUX_TCSANOW
#define TCSADRAIN LINUX_TCSADRAIN
#define TCSAFLUSH LINUX_TCSAFLUSH
#define TCOOFF    LINUX_TCOOFF
#define TCOON     LINUX_TCOON
#define TCIOFF    LINUX_TCIOFF
#define TCION     LINUX_TCION
#define TCIFLUSH  LINUX_TCIFLUSH
#define TCOFLUSH  LINUX_TCOFLUSH
#define TCIOFLUSH LINUX_TCIOFLUSH

int tcgetattr(int __fd, struct termios *__t);
int tcsetattr(int __fd, int __action, const struct termios *__t);
int tcdrain(int __fd);
int tcflow(int __fd, int __action);
int tcflush(int __fd, int __queue);
int tcsendbreak(int __fd, int __duration);
pid_t tcgetsid(int __fd);
speed_t cfgetispeed(const struct termios *__t);
speed_t cfgetospeed(const struct termios *__t);
int cfsetispeed(struct termios *__t, speed_t __speed);
int cfsetospeed(struct termios *__t, speed_t __speed);
#if __BSD_VISIBLE || __GNU_VISIBLE
void cfmakeraw(struct termios *__t);
int cfsetspeed(struct termios *__t, speed_t __speed);
#endif

#ifdef __cplusplus
}
#endif

#endif
