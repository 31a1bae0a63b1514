/*
 * <sys/auxv.h> (newlib has none; glibc 2.16): getauxval() and Linux's
 * AT_* types and ARM HWCAP bits (from personality/include/linux_abi).
 * The AT_* names here are the auxiliary vector's; they are unrelated to
 * <fcntl.h>'s AT_FDCWD family and do not collide with it.
 */
#ifndef _SYS_AUXV_H
#define _SYS_AUXV_H

#include <linux_abi/auxv.h>

#ifdef __cplusplus
extern "C" {
#endif

#define AT_NULL              LINUX_AT_NULL
#define AT_IGNORE            LINUX_AT_IGNORE
#define AT_EXECFD            LINUX_AT_EXECFD
#define AT_PHDR              LINUX_AT_PHDR
#define AT_PHENT             LINUX_AT_PHENT
#define AT_PHNUM             LINUX_AT_PHNUM
#define AT_PAGESZ            LINUX_AT_PAGESZ
#define AT_BASE              LINUX_AT_BASE
#define AT_FLAGS             LINUX_AT_FLAGS
#define AT_ENTRY             LINUX_AT_ENTRY
#define AT_NOTELF            LINUX_AT_NOTELF
#define AT_UID               LINUX_AT_UID
#define AT_EUID              LINUX_AT_EUID
#define AT_GID               LINUX_AT_GID
#define AT_EGID              LINUX_AT_EGID
#define AT_PLATFORM          LINUX_AT_PLATFORM
#define AT_HWCAP             LINUX_AT_HWCAP
#define AT_CLKTCK            LINUX_AT_CLKTCK
#define AT_SECURE            LINUX_AT_SECURE
#define AT_BASE_PLATFORM     LINUX_AT_BASE_PLATFORM
#define AT_RANDOM            LINUX_AT_RANDOM
#define AT_HWCAP2            LINUX_AT_HWCAP2
#define AT_RSEQ_FEATURE_SIZE LINUX_AT_RSEQ_FEATURE_SIZE
#define AT_RSEQ_ALIGN        LINUX_AT_RSEQ_ALIGN
#define AT_HWCAP3            LINUX_AT_HWCAP3
#define AT_HWCAP4            LINUX_AT_HWCAP4
#define AT_EXECFN            LINUX_AT_EXECFN
#define AT_SYSINFO_EHDR      LINUX_AT_SYSINFO_EHDR
#define AT_MINSIGSTKSZ       LINUX_AT_MINSIGSTKSZ
#define HWCAP_SWP            LINUX_HWCAP_SWP
#define HWCAP_HALF           LINUX_HWCAP_HALF
#define HWCAP_THUMB          LINUX_HWCAP_THUMB
#define HWCAP_26BIT          LINUX_HWCAP_26BIT
#define HWCAP_FAST_MULT      LINUX_HWCAP_FAST_MULT
#define HWCAP_FPA            LINUX_HWCAP_FPA
#define HWCAP_VFP            LINUX_HWCAP_VFP
#define HWCAP_EDSP           LINUX_HWCAP_EDSP
#define HWCAP_JAVA           LINUX_HWCAP_JAVA
#define HWCAP_IWMMXT         LINUX_HWCAP_IWMMXT
#define HWCAP_CRUNCH         LINUX_HWCAP_CRUNCH
#define HWCAP_THUMBEE        LINUX_HWCAP_THUMBEE
#define HWCAP_NEON           LINUX_HWCAP_NEON
#define HWCAP_VFPv3          LINUX_HWCAP_VFPv3
#define HWCAP_VFPv3D16       LINUX_HWCAP_VFPv3D16
#define HWCAP_TLS            LINUX_HWCAP_TLS
#define HWCAP_VFPv4          LINUX_HWCAP_VFPv4
#define HWCAP_IDIVA          LINUX_HWCAP_IDIVA
#define HWCAP_IDIVT          LINUX_HWCAP_IDIVT
#define HWCAP_VFPD32         LINUX_HWCAP_VFPD32
#define HWCAP_IDIV           LINUX_HWCAP_IDIV
#define HWCAP_LPAE           LINUX_HWCAP_LPAE
#define HWCAP_EVTSTRM        LINUX_HWCAP_EVTSTRM
#define HWCAP_FPHP           LINUX_HWCAP_FPHP
#define HWCAP_ASIMDHP        LINUX_HWCAP_ASIMDHP
#define HWCAP_ASIMDDP        LINUX_HWCAP_ASIMDDP
#define HWCAP_ASIMDFHM       LINUX_HWCAP_ASIMDFHM
#define HWCAP_ASIMDBF16      LINUX_HWCAP_ASIMDBF16
#define HWCAP_I8MM           LINUX_HWCAP_I8MM
#define HWCAP2_AES           LINUX_HWCAP2_AES
#define HWCAP2_PMULL         LINUX_HWCAP2_PMULL
#define HWCAP2_SHA1          LINUX_HWCAP2_SHA1
#define HWCAP2_SHA2          LINUX_HWCAP2_SHA2
#define HWCAP2_CRC32         LINUX_HWCAP2_CRC32
#define HWCAP2_SB            LINUX_HWCAP2_SB
#define HWCAP2_SSBS          LINUX_HWCAP2_SSBS

unsigned long getauxval(unsigned long __type);

#ifdef __cplusplus
}
#endif

#endif
