/*
 * The ELF auxiliary vector execve puts on a new process's stack after envp
 * (include/uapi/linux/auxvec.h, arch/arm/include/uapi/asm/auxvec.h) and the
 * ARM AT_HWCAP/AT_HWCAP2 bits (arch/arm/include/uapi/asm/hwcap.h).
 * Each entry is two 32-bit words, type then value; AT_NULL ends the vector.
 */
#ifndef PERSONALITY_LINUX_ABI_AUXV_H
#define PERSONALITY_LINUX_ABI_AUXV_H

#include <stdint.h>

struct linux_auxv {
	uint32_t a_type;
	uint32_t a_val;
};

#define LINUX_AT_NULL          0
#define LINUX_AT_IGNORE        1
#define LINUX_AT_EXECFD        2
#define LINUX_AT_PHDR          3
#define LINUX_AT_PHENT         4
#define LINUX_AT_PHNUM         5
#define LINUX_AT_PAGESZ        6
#define LINUX_AT_BASE          7
#define LINUX_AT_FLAGS         8
#define LINUX_AT_ENTRY         9
#define LINUX_AT_NOTELF        10
#define LINUX_AT_UID           11
#define LINUX_AT_EUID          12
#define LINUX_AT_GID           13
#define LINUX_AT_EGID          14
#define LINUX_AT_PLATFORM      15  /* address of a string: "v7l" on ARMv7 little-endian */
#define LINUX_AT_HWCAP         16
#define LINUX_AT_CLKTCK        17
/* 18..22 are reserved */
#define LINUX_AT_SECURE        23
#define LINUX_AT_BASE_PLATFORM 24
#define LINUX_AT_RANDOM        25  /* address of 16 random bytes */
#define LINUX_AT_HWCAP2        26
#define LINUX_AT_RSEQ_FEATURE_SIZE 27
#define LINUX_AT_RSEQ_ALIGN    28
#define LINUX_AT_HWCAP3        29
#define LINUX_AT_HWCAP4        30
#define LINUX_AT_EXECFN        31  /* address of the pathname given to execve */
#define LINUX_AT_SYSINFO_EHDR  33  /* vDSO; ARM defines it, Persona has none */
#define LINUX_AT_MINSIGSTKSZ   51

/* AT_HWCAP */
#define LINUX_HWCAP_SWP       (1U << 0)
#define LINUX_HWCAP_HALF      (1U << 1)
#define LINUX_HWCAP_THUMB     (1U << 2)
#define LINUX_HWCAP_26BIT     (1U << 3)
#define LINUX_HWCAP_FAST_MULT (1U << 4)
#define LINUX_HWCAP_FPA       (1U << 5)
#define LINUX_HWCAP_VFP       (1U << 6)
#define LINUX_HWCAP_EDSP      (1U << 7)
#define LINUX_HWCAP_JAVA      (1U << 8)
#define LINUX_HWCAP_IWMMXT    (1U << 9)
#define LINUX_HWCAP_CRUNCH    (1U << 10)
#define LINUX_HWCAP_THUMBEE   (1U << 11)
#define LINUX_HWCAP_NEON      (1U << 12)
#define LINUX_HWCAP_VFPv3     (1U << 13)
#define LINUX_HWCAP_VFPv3D16  (1U << 14)
#define LINUX_HWCAP_TLS       (1U << 15)
#define LINUX_HWCAP_VFPv4     (1U << 16)
#define LINUX_HWCAP_IDIVA     (1U << 17)
#define LINUX_HWCAP_IDIVT     (1U << 18)
#define LINUX_HWCAP_VFPD32    (1U << 19)
#define LINUX_HWCAP_IDIV      (LINUX_HWCAP_IDIVA | LINUX_HWCAP_IDIVT)
#define LINUX_HWCAP_LPAE      (1U << 20)
#define LINUX_HWCAP_EVTSTRM   (1U << 21)
#define LINUX_HWCAP_FPHP      (1U << 22)
#define LINUX_HWCAP_ASIMDHP   (1U << 23)
#define LINUX_HWCAP_ASIMDDP   (1U << 24)
#define LINUX_HWCAP_ASIMDFHM  (1U << 25)
#define LINUX_HWCAP_ASIMDBF16 (1U << 26)
#define LINUX_HWCAP_I8MM      (1U << 27)

/* AT_HWCAP2 */
#define LINUX_HWCAP2_AES   (1U << 0)
#define LINUX_HWCAP2_PMULL (1U << 1)
#define LINUX_HWCAP2_SHA1  (1U << 2)
#define LINUX_HWCAP2_SHA2  (1U << 3)
#define LINUX_HWCAP2_CRC32 (1U << 4)
#define LINUX_HWCAP2_SB    (1U << 5)
#define LINUX_HWCAP2_SSBS  (1U << 6)

#endif
