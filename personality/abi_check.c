/*
 * Compile-time check of personality/include/linux_abi/ and of the generated
 * syscall_nr.h against Linux's 32-bit ARM EABI: sizes, field offsets, a few
 * encoded numbers. It has no code; personality.mk compiles it for ARM (as a
 * server and, with ABI_CHECK_WITH_NEWLIB, after newlib's own headers, which
 * catches name clashes) into objects nobody links, so a drifted layout fails
 * the build. tests/host/test_syscall_tbl.c includes it, so the host gcc
 * checks it too.
 *
 * Where the figures come from: Linux's definitions (uapi headers of Linux
 * 6.1 for armhf, and for statx, stat.h of 6.16+; arch/arm/include/asm/
 * signal.h, ucontext.h, user.h, arch/arm/kernel/signal.h, fs/readdir.c for
 * the kernel-internal structs) laid out by the AAPCS rules: natural
 * alignment, 8 for 64-bit members. The offsets the Linux sources print in
 * comments (statx) are copied; every other figure is computed from those
 * definitions. The headers were also compared once, field by field and
 * constant by constant, with the Linux 6.1 armhf uapi headers (Debian's
 * linux-libc-dev-armhf-cross) under arm-none-eabi-gcc. Not covered by that
 * comparison, so computed only: the kernel-internal structs (linux_sigaction,
 * ucontext, the VFP record, the sigframes, linux_dirent[64]) and the statx
 * fields after stx_dio_offset_align.
 */
#ifdef ABI_CHECK_WITH_NEWLIB
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/select.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/times.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#endif

#include <stddef.h>
#include <linux_abi/all.h>
#include "syscall_nr.h"

#define SIZE(type, n) _Static_assert(sizeof(type) == (n), "sizeof(" #type ") != " #n)
#define OFF(type, field, n) \
	_Static_assert(offsetof(type, field) == (n), "offsetof(" #type ", " #field ") != " #n)
#define VALUE(expr, n) _Static_assert((expr) == (n), #expr " != " #n)

/* stat.h */
SIZE(struct linux_stat, 64);
OFF(struct linux_stat, st_mode, 8);
OFF(struct linux_stat, st_rdev, 16);
OFF(struct linux_stat, st_size, 20);
OFF(struct linux_stat, st_blocks, 28);
OFF(struct linux_stat, st_atime_sec, 32);
OFF(struct linux_stat, st_ctime_nsec, 52);

SIZE(struct linux_stat64, 104);
OFF(struct linux_stat64, st_ino_low, 12);
OFF(struct linux_stat64, st_mode, 16);
OFF(struct linux_stat64, st_nlink, 20);
OFF(struct linux_stat64, st_uid, 24);
OFF(struct linux_stat64, st_gid, 28);
OFF(struct linux_stat64, st_rdev, 32);
OFF(struct linux_stat64, st_size, 48);
OFF(struct linux_stat64, st_blksize, 56);
OFF(struct linux_stat64, st_blocks, 64);
OFF(struct linux_stat64, st_atime_sec, 72);
OFF(struct linux_stat64, st_atime_nsec, 76);
OFF(struct linux_stat64, st_mtime_sec, 80);
OFF(struct linux_stat64, st_ctime_sec, 88);
OFF(struct linux_stat64, st_ino, 96);

SIZE(struct linux_statx_timestamp, 16);
SIZE(struct linux_statx, 256);
OFF(struct linux_statx, stx_attributes, 0x08);
OFF(struct linux_statx, stx_nlink, 0x10);
OFF(struct linux_statx, stx_mode, 0x1c);
OFF(struct linux_statx, stx_ino, 0x20);
OFF(struct linux_statx, stx_size, 0x28);
OFF(struct linux_statx, stx_blocks, 0x30);
OFF(struct linux_statx, stx_attributes_mask, 0x38);
OFF(struct linux_statx, stx_atime, 0x40);
OFF(struct linux_statx, stx_btime, 0x50);
OFF(struct linux_statx, stx_ctime, 0x60);
OFF(struct linux_statx, stx_mtime, 0x70);
OFF(struct linux_statx, stx_rdev_major, 0x80);
OFF(struct linux_statx, stx_dev_major, 0x88);
OFF(struct linux_statx, stx_mnt_id, 0x90);
OFF(struct linux_statx, stx_dio_mem_align, 0x98);
OFF(struct linux_statx, stx_subvol, 0xa0);
OFF(struct linux_statx, stx_atomic_write_unit_min, 0xa8);
OFF(struct linux_statx, stx_atomic_write_segments_max, 0xb0);
OFF(struct linux_statx, stx_dio_read_offset_align, 0xb4);
OFF(struct linux_statx, stx_atomic_write_unit_max_opt, 0xb8);
OFF(struct linux_statx, spare3, 0xc0);

SIZE(struct linux_statfs, 64);
OFF(struct linux_statfs, f_fsid, 28);
OFF(struct linux_statfs, f_spare, 48);
SIZE(struct linux_statfs64, 84);
OFF(struct linux_statfs64, f_blocks, 8);
OFF(struct linux_statfs64, f_fsid, 48);
OFF(struct linux_statfs64, f_namelen, 56);
OFF(struct linux_statfs64, f_spare, 68);

VALUE(LINUX_NEW_ENCODE_DEV(5, 1), 0x501u);           /* /dev/console */
VALUE(LINUX_NEW_ENCODE_DEV(136, 0x123), 0x108823u);     /* minor bits above 8 go to 20.. */

/* dirent.h */
OFF(struct linux_dirent64, d_ino, 0);
OFF(struct linux_dirent64, d_off, 8);
OFF(struct linux_dirent64, d_reclen, 16);
OFF(struct linux_dirent64, d_type, 18);
OFF(struct linux_dirent64, d_name, LINUX_DIRENT64_NAME_OFFSET);
VALUE(LINUX_DIRENT64_NAME_OFFSET, 19);
SIZE(struct linux_dirent64, 24);
VALUE(LINUX_DIRENT64_RECLEN(1), 24);                  /* "." */
VALUE(LINUX_DIRENT64_RECLEN(5), 32);
OFF(struct linux_dirent, d_reclen, 8);
OFF(struct linux_dirent, d_name, LINUX_DIRENT_NAME_OFFSET);
VALUE(LINUX_DIRENT_NAME_OFFSET, 10);
VALUE(LINUX_DIRENT_RECLEN(1), 16);

/* time.h */
SIZE(struct linux_timespec64, 16);
OFF(struct linux_timespec64, tv_nsec, 8);
SIZE(struct linux_old_timespec32, 8);
SIZE(struct linux_timeval, 8);
SIZE(struct linux_timezone, 8);
SIZE(struct linux_itimerspec64, 32);
SIZE(struct linux_old_itimerspec32, 16);
SIZE(struct linux_itimerval, 16);
SIZE(struct linux_tms, 16);

/* utsname.h, sysinfo.h, resource.h, uio.h */
SIZE(struct linux_utsname, 390);
OFF(struct linux_utsname, machine, 260);
OFF(struct linux_utsname, domainname, 325);
SIZE(struct linux_sysinfo, 64);
OFF(struct linux_sysinfo, totalram, 16);
OFF(struct linux_sysinfo, procs, 40);
OFF(struct linux_sysinfo, totalhigh, 44);
OFF(struct linux_sysinfo, mem_unit, 52);
SIZE(struct linux_rlimit, 8);
SIZE(struct linux_rlimit64, 16);
SIZE(struct linux_rusage, 72);
OFF(struct linux_rusage, ru_maxrss, 16);
OFF(struct linux_rusage, ru_nivcsw, 68);
SIZE(struct linux_iovec, 8);

/* termios.h, ioctl.h */
SIZE(struct linux_termios, 36);
OFF(struct linux_termios, c_line, 16);
OFF(struct linux_termios, c_cc, 17);
SIZE(struct linux_termios2, 44);
OFF(struct linux_termios2, c_ispeed, 36);
OFF(struct linux_termios2, c_ospeed, 40);
SIZE(struct linux_termio, 18);
OFF(struct linux_termio, c_cc, 9);
SIZE(struct linux_winsize, 8);
VALUE(LINUX_TCGETS2, 0x802c542au);
VALUE(LINUX_TCSETS2, 0x402c542bu);
VALUE(LINUX_TIOCGPTN, 0x80045430u);
VALUE(LINUX_TIOCSPTLCK, 0x40045431u);
VALUE(LINUX_TIOCGPTPEER, 0x5441u);
VALUE(LINUX__IOC_SIZE(LINUX_TCGETS2), 44u);
VALUE(LINUX__IOC_DIR(LINUX_TCGETS2), LINUX__IOC_READ);

/* signal.h */
SIZE(linux_sigset_t, 8);
_Static_assert(_Alignof(linux_sigset_t) == 4, "linux_sigset_t must stay 4-byte aligned");
SIZE(struct linux_sigaction, 20);
OFF(struct linux_sigaction, flags, 4);
OFF(struct linux_sigaction, restorer, 8);
OFF(struct linux_sigaction, mask, 12);
SIZE(struct linux_old_sigaction, 16);
OFF(struct linux_old_sigaction, mask, 4);
OFF(struct linux_old_sigaction, flags, 8);
OFF(struct linux_old_sigaction, restorer, 12);
SIZE(linux_stack_t, 12);
OFF(linux_stack_t, ss_flags, 4);
OFF(linux_stack_t, ss_size, 8);
SIZE(struct linux_siginfo, 128);
OFF(struct linux_siginfo, si_code, 8);
OFF(struct linux_siginfo, sifields, 12);
OFF(struct linux_siginfo, sifields.kill.uid, 16);
OFF(struct linux_siginfo, sifields.timer.sigval, 20);
OFF(struct linux_siginfo, sifields.rt.sigval, 20);
OFF(struct linux_siginfo, sifields.sigchld.status, 20);
OFF(struct linux_siginfo, sifields.sigchld.utime, 24);
OFF(struct linux_siginfo, sifields.sigchld.stime, 28);
OFF(struct linux_siginfo, sifields.sigfault.addr, 12);
OFF(struct linux_siginfo, sifields.sigfault.addr_lsb, 16);
OFF(struct linux_siginfo, sifields.sigfault.addr_bnd.lower, 20);
OFF(struct linux_siginfo, sifields.sigfault.addr_pkey.pkey, 20);
OFF(struct linux_siginfo, sifields.sigpoll.fd, 16);
OFF(struct linux_siginfo, sifields.sigsys.syscall, 16);
OFF(struct linux_siginfo, sifields.sigsys.arch, 20);
SIZE(struct linux_sigevent, 64);
OFF(struct linux_sigevent, sigev_notify, 8);
OFF(struct linux_sigevent, sigev_un, 12);

/* sigcontext.h */
SIZE(struct linux_sigcontext, 84);
OFF(struct linux_sigcontext, arm_r0, 12);
OFF(struct linux_sigcontext, arm_sp, 64);
OFF(struct linux_sigcontext, arm_pc, 72);
OFF(struct linux_sigcontext, arm_cpsr, 76);
OFF(struct linux_sigcontext, fault_address, 80);
SIZE(struct linux_ucontext, 744);
OFF(struct linux_ucontext, uc_stack, 8);
OFF(struct linux_ucontext, uc_mcontext, 20);
OFF(struct linux_ucontext, uc_sigmask, 104);
OFF(struct linux_ucontext, uc_regspace, 232);
SIZE(struct linux_user_vfp, 264);
SIZE(struct linux_vfp_sigframe, 288);
OFF(struct linux_vfp_sigframe, ufp, 8);
OFF(struct linux_vfp_sigframe, ufp_exc, 272);
VALUE(LINUX_VFP_STORAGE_SIZE, 288);
SIZE(struct linux_sigframe, 760);
OFF(struct linux_sigframe, retcode, 744);
SIZE(struct linux_rt_sigframe, 888);
OFF(struct linux_rt_sigframe, sig, 128);

/* fcntl.h, poll.h, auxv.h */
SIZE(struct linux_flock, 16);
OFF(struct linux_flock, l_start, 4);
OFF(struct linux_flock, l_pid, 12);
SIZE(struct linux_flock64, 32);
OFF(struct linux_flock64, l_start, 8);
OFF(struct linux_flock64, l_len, 16);
OFF(struct linux_flock64, l_pid, 24);
SIZE(struct linux_f_owner_ex, 8);
SIZE(struct linux_open_how, 24);
SIZE(struct linux_pollfd, 8);
OFF(struct linux_pollfd, revents, 6);
SIZE(linux_fd_set, 128);
SIZE(struct linux_auxv, 8);

/* numbers that differ from asm-generic or from newlib, and a few calls */
VALUE(LINUX_O_DIRECTORY, 040000);
VALUE(LINUX_O_NOFOLLOW, 0100000);
VALUE(LINUX_O_DIRECT, 0200000);
VALUE(LINUX_O_LARGEFILE, 0400000);
VALUE(LINUX_O_CREAT, 0100);
VALUE(LINUX_FIOQSIZE, 0x545e);
VALUE(LINUX_SA_RESTORER, 0x04000000u);
VALUE(LINUX_EHWPOISON, 133);
VALUE(__NR_restart_syscall, 0);
VALUE(__NR_getpid, 20);
VALUE(__NR_rt_sigaction, 174);
VALUE(__NR_mmap2, 192);
VALUE(__NR_exit_group, 248);
VALUE(__NR_openat, 322);
VALUE(__NR_statx, 397);
VALUE(__NR_clock_gettime64, 403);
VALUE(SYS_getpid, __NR_getpid);
VALUE(__ARM_NR_BASE, 0x0f0000);
VALUE(__ARM_NR_set_tls, 0x0f0005);
VALUE(__ARM_NR_get_tls, 0x0f0006);
