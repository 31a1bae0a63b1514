/*
 * <sys/sysinfo.h> (newlib has none): sysinfo() with Linux's struct (32-bit
 * longs on ARM, 64 bytes; memory sizes in units of mem_unit bytes) and
 * glibc's get_nprocs()/get_nprocs_conf().
 */
#ifndef _SYS_SYSINFO_H
#define _SYS_SYSINFO_H

#ifdef __cplusplus
extern "C" {
#endif

#define SI_LOAD_SHIFT 16

struct sysinfo {
	long uptime;
	unsigned long loads[3];
	unsigned long totalram;
	unsigned long freeram;
	unsigned long sharedram;
	unsigned long bufferram;
	unsigned long totalswap;
	unsigned long freeswap;
	unsigned short procs;
	unsigned short pad;
	unsigned long totalhigh;
	unsigned long freehigh;
	unsigned int mem_unit;
	char __reserved[8];
};

int sysinfo(struct sysinfo *__info);
int get_nprocs(void);
int get_nprocs_conf(void);

#ifdef __cplusplus
}
#endif

#endif
