/*
 * sysinfo (116): include/uapi/linux/sysinfo.h with 32-bit longs, 64 bytes.
 * Memory sizes are in units of mem_unit bytes; loads are fixed-point with
 * SI_LOAD_SHIFT fraction bits.
 */
#ifndef PERSONALITY_LINUX_ABI_SYSINFO_H
#define PERSONALITY_LINUX_ABI_SYSINFO_H

#include <stdint.h>

#define LINUX_SI_LOAD_SHIFT 16

struct linux_sysinfo {
	int32_t  uptime;        /* seconds since boot */
	uint32_t loads[3];      /* 1, 5, 15 minute load averages */
	uint32_t totalram;
	uint32_t freeram;
	uint32_t sharedram;
	uint32_t bufferram;
	uint32_t totalswap;
	uint32_t freeswap;
	uint16_t procs;
	uint16_t pad;
	uint32_t totalhigh;
	uint32_t freehigh;
	uint32_t mem_unit;
	char     f[20 - 2 * sizeof(uint32_t) - sizeof(uint32_t)]; /* 8 bytes of libc5 padding */
};

#endif
