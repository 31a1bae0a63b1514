/*
 * The terminal structures and flag bits that Linux's tty ioctls exchange on
 * ARM (asm-generic/termbits.h, termbits-common.h, termios.h): struct termios
 * for TCGETS/TCSETS*, termios2 for TCGETS2/TCSETS*2, the old struct termio
 * for TCGETA, struct winsize. The ioctl numbers are in ioctl.h.
 *
 * This is the kernel's termios (NCCS 19), not glibc's (NCCS 32 with speeds).
 */
#ifndef PERSONALITY_LINUX_ABI_TERMIOS_H
#define PERSONALITY_LINUX_ABI_TERMIOS_H

#include <stdint.h>

#define LINUX_NCCS 19
#define LINUX_NCC  8

/* TCGETS/TCSETS: 36 bytes */
struct linux_termios {
	uint32_t c_iflag;
	uint32_t c_oflag;
	uint32_t c_cflag;
	uint32_t c_lflag;
	uint8_t  c_line;
	uint8_t  c_cc[LINUX_NCCS];
};

/* TCGETS2/TCSETS2: 44 bytes */
struct linux_termios2 {
	uint32_t c_iflag;
	uint32_t c_oflag;
	uint32_t c_cflag;
	uint32_t c_lflag;
	uint8_t  c_line;
	uint8_t  c_cc[LINUX_NCCS];
	uint32_t c_ispeed;
	uint32_t c_ospeed;
};

/* TCGETA/TCSETA: 18 bytes */
struct linux_termio {
	uint16_t c_iflag;
	uint16_t c_oflag;
	uint16_t c_cflag;
	uint16_t c_lflag;
	uint8_t  c_line;
	uint8_t  c_cc[LINUX_NCC];
};

/* TIOCGWINSZ/TIOCSWINSZ: 8 bytes */
struct linux_winsize {
	uint16_t ws_row;
	uint16_t ws_col;
	uint16_t ws_xpixel;
	uint16_t ws_ypixel;
};

/* c_cc indexes */
#define LINUX_VINTR    0
#define LINUX_VQUIT    1
#define LINUX_VERASE   2
#define LINUX_VKILL    3
#define LINUX_VEOF     4
#define LINUX_VTIME    5
#define LINUX_VMIN     6
#define LINUX_VSWTC    7
#define LINUX_VSTART   8
#define LINUX_VSTOP    9
#define LINUX_VSUSP    10
#define LINUX_VEOL     11
#define LINUX_VREPRINT 12
#define LINUX_VDISCARD 13
#define LINUX_VWERASE  14
#define LINUX_VLNEXT   15
#define LINUX_VEOL2    16

/* c_iflag */
#define LINUX_IGNBRK  0x001
#define LINUX_BRKINT  0x002
#define LINUX_IGNPAR  0x004
#define LINUX_PARMRK  0x008
#define LINUX_INPCK   0x010
#define LINUX_ISTRIP  0x020
#define LINUX_INLCR   0x040
#define LINUX_IGNCR   0x080
#define LINUX_ICRNL   0x100
#define LINUX_IUCLC   0x0200
#define LINUX_IXON    0x0400
#define LINUX_IXANY   0x800
#define LINUX_IXOFF   0x1000
#define LINUX_IMAXBEL 0x2000
#define LINUX_IUTF8   0x4000

/* c_oflag */
#define LINUX_OPOST   0x01
#define LINUX_OLCUC   0x00002
#define LINUX_ONLCR   0x00004
#define LINUX_OCRNL   0x08
#define LINUX_ONOCR   0x10
#define LINUX_ONLRET  0x20
#define LINUX_OFILL   0x40
#define LINUX_OFDEL   0x80
#define LINUX_NLDLY   0x00100
#define LINUX_NL0     0x00000
#define LINUX_NL1     0x00100
#define LINUX_CRDLY   0x00600
#define LINUX_CR0     0x00000
#define LINUX_CR1     0x00200
#define LINUX_CR2     0x00400
#define LINUX_CR3     0x00600
#define LINUX_TABDLY  0x01800
#define LINUX_TAB0    0x00000
#define LINUX_TAB1    0x00800
#define LINUX_TAB2    0x01000
#define LINUX_TAB3    0x01800
#define LINUX_XTABS   0x01800
#define LINUX_BSDLY   0x02000
#define LINUX_BS0     0x00000
#define LINUX_BS1     0x02000
#define LINUX_VTDLY   0x04000
#define LINUX_VT0     0x00000
#define LINUX_VT1     0x04000
#define LINUX_FFDLY   0x08000
#define LINUX_FF0     0x00000
#define LINUX_FF1     0x08000

/* c_cflag */
#define LINUX_CBAUD    0x0000100fU
#define LINUX_CSIZE    0x00000030U
#define LINUX_CS5      0x00000000U
#define LINUX_CS6      0x00000010U
#define LINUX_CS7      0x00000020U
#define LINUX_CS8      0x00000030U
#define LINUX_CSTOPB   0x00000040U
#define LINUX_CREAD    0x00000080U
#define LINUX_PARENB   0x00000100U
#define LINUX_PARODD   0x00000200U
#define LINUX_HUPCL    0x00000400U
#define LINUX_CLOCAL   0x00000800U
#define LINUX_CBAUDEX  0x00001000U
#define LINUX_BOTHER   0x00001000U
#define LINUX_CIBAUD   0x100f0000U
#define LINUX_ADDRB    0x20000000U
#define LINUX_CMSPAR   0x40000000U
#define LINUX_CRTSCTS  0x80000000U
#define LINUX_IBSHIFT  16

/* baud rates (the CBAUD field) */
#define LINUX_B0       0x00000000U
#define LINUX_B50      0x00000001U
#define LINUX_B75      0x00000002U
#define LINUX_B110     0x00000003U
#define LINUX_B134     0x00000004U
#define LINUX_B150     0x00000005U
#define LINUX_B200     0x00000006U
#define LINUX_B300     0x00000007U
#define LINUX_B600     0x00000008U
#define LINUX_B1200    0x00000009U
#define LINUX_B1800    0x0000000aU
#define LINUX_B2400    0x0000000bU
#define LINUX_B4800    0x0000000cU
#define LINUX_B9600    0x0000000dU
#define LINUX_B19200   0x0000000eU
#define LINUX_B38400   0x0000000fU
#define LINUX_B57600   0x00001001U
#define LINUX_B115200  0x00001002U
#define LINUX_B230400  0x00001003U
#define LINUX_B460800  0x00001004U
#define LINUX_B500000  0x00001005U
#define LINUX_B576000  0x00001006U
#define LINUX_B921600  0x00001007U
#define LINUX_B1000000 0x00001008U
#define LINUX_B1152000 0x00001009U
#define LINUX_B1500000 0x0000100aU
#define LINUX_B2000000 0x0000100bU
#define LINUX_B2500000 0x0000100cU
#define LINUX_B3000000 0x0000100dU
#define LINUX_B3500000 0x0000100eU
#define LINUX_B4000000 0x0000100fU

/* c_lflag */
#define LINUX_ISIG    0x00001
#define LINUX_ICANON  0x00002
#define LINUX_XCASE   0x00004
#define LINUX_ECHO    0x00008
#define LINUX_ECHOE   0x00010
#define LINUX_ECHOK   0x00020
#define LINUX_ECHONL  0x00040
#define LINUX_NOFLSH  0x00080
#define LINUX_TOSTOP  0x00100
#define LINUX_ECHOCTL 0x00200
#define LINUX_ECHOPRT 0x00400
#define LINUX_ECHOKE  0x00800
#define LINUX_FLUSHO  0x01000
#define LINUX_PENDIN  0x04000
#define LINUX_IEXTEN  0x08000
#define LINUX_EXTPROC 0x10000

/* tcsetattr actions; TCSETS + action is TCSETS, TCSETSW or TCSETSF */
#define LINUX_TCSANOW   0
#define LINUX_TCSADRAIN 1
#define LINUX_TCSAFLUSH 2

/* TCXONC arguments */
#define LINUX_TCOOFF 0
#define LINUX_TCOON  1
#define LINUX_TCIOFF 2
#define LINUX_TCION  3

/* TCFLSH arguments */
#define LINUX_TCIFLUSH  0
#define LINUX_TCOFLUSH  1
#define LINUX_TCIOFLUSH 2

/* modem lines (TIOCMGET...) */
#define LINUX_TIOCM_LE   0x001
#define LINUX_TIOCM_DTR  0x002
#define LINUX_TIOCM_RTS  0x004
#define LINUX_TIOCM_ST   0x008
#define LINUX_TIOCM_SR   0x010
#define LINUX_TIOCM_CTS  0x020
#define LINUX_TIOCM_CAR  0x040
#define LINUX_TIOCM_RNG  0x080
#define LINUX_TIOCM_DSR  0x100
#define LINUX_TIOCM_CD   LINUX_TIOCM_CAR
#define LINUX_TIOCM_RI   LINUX_TIOCM_RNG

/* line discipline number of the normal tty (TIOCGETD) */
#define LINUX_N_TTY 0

#endif
