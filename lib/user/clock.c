/*
 * clock_*: see clock.h.
 */
#include <clock.h>
#include <native.h>
#include <string.h>
#include <persona/bootinfo.h>

#define RTC_DR 0        /* PL031 data register: seconds since 1970 */

static u64 boot_counter, boot_realtime_ns;
static u32 hz = 1;

static u32 rtc_seconds(u32 rtc_va)
{
	const struct bootinfo *bi = (const struct bootinfo *)BOOTINFO_VA;

	for (u32 i = 0; i < bi->ndevices; i++) {
		const struct bootinfo_device *d = &bi->devices[i];
		if (strcmp(d->name, "rtc0"))
			continue;
		if (map(SPACE_SELF, rtc_va, d->base_paddr, 1, MAP_R | MAP_DEVICE) < 0)
			return 0;
		return *(volatile u32 *)(rtc_va + RTC_DR);
	}
	return 0;
}

void clock_init(u32 rtc_va)
{
	hz = read_cntfrq();
	boot_counter = read_cntvct();
	boot_realtime_ns = (u64)rtc_seconds(rtc_va) * NSEC_PER_SEC;
}

u32 clock_hz(void)
{
	return hz;
}

u64 clock_ticks_to_ns(u64 ticks)
{
	return ticks / hz * NSEC_PER_SEC + ticks % hz * NSEC_PER_SEC / hz;
}

u64 clock_ns_to_ticks(u64 ns)
{
	return ns / NSEC_PER_SEC * hz + ns % NSEC_PER_SEC * hz / NSEC_PER_SEC;
}

u64 clock_monotonic_ns(void)
{
	return clock_ticks_to_ns(read_cntvct() - boot_counter);
}

u64 clock_realtime_ns(void)
{
	return boot_realtime_ns + clock_monotonic_ns();
}
