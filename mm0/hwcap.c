/*
 * AT_HWCAP as Linux computes it on ARMv7 from the CPU's identification
 * registers (arch/arm/kernel/setup.c, arch/arm/vfp/vfpmodule.c): the v7
 * base set minus SWP (LDREX/STREX present), integer divide from ID_ISAR0,
 * LPAE from ID_MMFR0, VFP/NEON variants from FPSID, MVFR0 and MVFR1, and the
 * timer event stream the kernel enables.
 */
#include "mm0.h"
#include <linux_abi/auxv.h>

static u32 field(u32 reg, u32 shift)
{
	return (reg >> shift) & 0xfu;
}

static u32 vfp_hwcap(void)
{
	u32 fpsid = (u32)kinfo(KINFO_FPSID), mvfr0 = (u32)kinfo(KINFO_MVFR0);
	u32 mvfr1 = (u32)kinfo(KINFO_MVFR1), caps = LINUX_HWCAP_VFP;

	if (((fpsid >> 16) & 0x7f) >= 2)
		caps |= LINUX_HWCAP_VFPv3;
	caps |= field(mvfr0, 0) == 2 ? LINUX_HWCAP_VFPD32 : LINUX_HWCAP_VFPv3D16;
	if ((mvfr1 & 0x000fff00u) == 0x00011100u)
		caps |= LINUX_HWCAP_NEON;
	if ((mvfr1 & 0xf0000000u) == 0x10000000u)
		caps |= LINUX_HWCAP_VFPv4;
	return caps;
}

u32 linux_hwcap(void)
{
	u32 caps = LINUX_HWCAP_HALF | LINUX_HWCAP_THUMB | LINUX_HWCAP_FAST_MULT | LINUX_HWCAP_EDSP |
		   LINUX_HWCAP_TLS | LINUX_HWCAP_EVTSTRM;
	u32 isar0 = (u32)kinfo(KINFO_ID_ISAR0), mmfr0 = (u32)kinfo(KINFO_ID_MMFR0);
	u32 isar3 = (u32)kinfo(KINFO_ID_ISAR3);

	if (!field(isar3, 12) && !field(isar3, 20))
		caps |= LINUX_HWCAP_SWP;        /* no LDREX/STREX: SWP is the only atomic */
	if (field(isar0, 24) >= 1)
		caps |= LINUX_HWCAP_IDIVT;
	if (field(isar0, 24) >= 2)
		caps |= LINUX_HWCAP_IDIVA;
	if (field(mmfr0, 0) >= 5)
		caps |= LINUX_HWCAP_LPAE;
	return caps | vfp_hwcap();
}
