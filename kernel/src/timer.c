/*
 * Time and alarms. Each thread may have one alarm: a notification with
 * alarm_bits at an absolute counter value. Alarms are kept sorted; the one
 * comparator is programmed for the earlier of the first alarm and the end
 * of the current time slice.
 */
#include <kernel/timer.h>
#include <kernel/sched.h>
#include <kernel/ipc.h>
#include <drivers/generic_timer.h>

u32 timer_hz;
u32 timer_slice_ticks;
static u32 sample_ticks;                /* CPU_SAMPLE_US in counter ticks */
static u64 slice_deadline = ~0ull;
static u64 sample_deadline = ~0ull;     /* ~0: not sampling (idle) */
static u64 sample_last;                 /* when the last sample was taken (or sampling began) */
static struct tcb *alarms;      /* sorted by alarm_deadline */

void timer_init(void)
{
	timer_hz = gt_init();
	timer_slice_ticks = (u32)timer_us_to_ticks(TIMESLICE_US);
	sample_ticks = (u32)timer_us_to_ticks(CPU_SAMPLE_US);
	timer_sampling(1);
}

u64 timer_now(void)
{
	return gt_now();
}

u64 timer_us_to_ticks(u32 us)
{
	return (u64)us * timer_hz / 1000000u;
}

static void program(void)
{
	u64 next = MIN(slice_deadline, sample_deadline);

	if (alarms && alarms->alarm_deadline < next)
		next = alarms->alarm_deadline;
	gt_set_compare(next);
}

void timer_set_slice(u64 deadline)
{
	slice_deadline = deadline;
	program();
}

void timer_sampling(int on)
{
	sample_last = timer_now();
	sample_deadline = on ? sample_last + sample_ticks : ~0ull;
	program();
}

/*
 * A sample: the thread running (not the idle loop's last one) is charged
 * the time since the last one, which is more than CPU_SAMPLE_US when the
 * interrupt came late (the emulator was not running, say): as on Linux,
 * the time passes for the thread that had the CPU.
 */
static void sample(u64 now)
{
	if (current && current->state == TS_RUNNABLE)
		current->user_ticks += now - sample_last;
	sample_last = now;
	sample_deadline = now + sample_ticks;
}

static void alarm_unlink(struct tcb *t)
{
	for (struct tcb **pp = &alarms; *pp; pp = &(*pp)->alarm_next) {
		if (*pp == t) {
			*pp = t->alarm_next;
			t->alarm_next = NULL;
			t->alarm_deadline = 0;
			return;
		}
	}
}

long timer_set_alarm(struct tcb *t, u64 deadline, u32 bits)
{
	if (t->alarm_deadline)
		alarm_unlink(t);
	if (deadline) {
		struct tcb **pp = &alarms;
		while (*pp && (*pp)->alarm_deadline <= deadline)
			pp = &(*pp)->alarm_next;
		t->alarm_deadline = deadline;
		t->alarm_bits = bits;
		t->alarm_next = *pp;
		*pp = t;
	}
	program();
	return 0;
}

void timer_forget(struct tcb *t)
{
	if (t->alarm_deadline)
		alarm_unlink(t);
}

void timer_irq(void)
{
	u64 now = timer_now();

	while (alarms && alarms->alarm_deadline <= now) {
		struct tcb *t = alarms;
		alarm_unlink(t);
		ipc_notify(t, t->alarm_bits);
	}
	if (now >= sample_deadline)
		sample(now);
	if (now >= slice_deadline) {
		slice_deadline = ~0ull;
		sched_tick(now);
	}
	program();
}
