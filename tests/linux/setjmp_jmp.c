/*
 * setjmp_jmp: longjmp restores what the AAPCS says a call preserves,
 * d8-d15 included (a value kept in d8 across setjmp survives a callee
 * that clobbers d8-d15 and longjmps); longjmp(env, 0) makes setjmp
 * return 1; sigsetjmp(env, 1) + siglongjmp out of a signal handler
 * restores the mask of the sigsetjmp (the signal is unblocked again),
 * sigsetjmp(env, 0) leaves the handler's mask (the signal stays blocked);
 * _setjmp/_longjmp never touch the mask.
 */
#include "lt.h"
#include <setjmp.h>
#include <signal.h>

static jmp_buf env;
static sigjmp_buf senv;
static volatile int handled;

/* d8-d15 all garbage, then back to the setjmp */
__attribute__((noinline)) static void clobber_and_jump(int val)
{
	__asm__ volatile("vmov.f64 d8, #-2.0\n\tvmov.f64 d9, #-2.0\n\tvmov.f64 d10, #-2.0\n\t"
			 "vmov.f64 d11, #-2.0\n\tvmov.f64 d12, #-2.0\n\tvmov.f64 d13, #-2.0\n\t"
			 "vmov.f64 d14, #-2.0\n\tvmov.f64 d15, #-2.0" ::: "d8", "d9", "d10", "d11",
			 "d12", "d13", "d14", "d15");
	longjmp(env, val);
}

/*
 * GCC warns that a and b "might be clobbered": they are not changed after
 * setjmp, so C says they keep their values, and d8/d15 being callee-saved
 * is what this checks.
 */
#pragma GCC diagnostic ignored "-Wclobbered"

/* Sets d8 and d15, setjmps, lets them be clobbered, longjmps back: what d8 and d15 hold then. */
__attribute__((noinline)) static void vfp_across(double *d8, double *d15, int *ret)
{
	register double a __asm__("d8") = 1.5;
	register double b __asm__("d15") = 3.25;

	__asm__ volatile("" : "+w"(a), "+w"(b));
	int r = setjmp(env);
	if (r == 0)
		clobber_and_jump(0);
	__asm__ volatile("" : "+w"(a), "+w"(b));
	*d8 = a;
	*d15 = b;
	*ret = r;
}

static int blocked(int sig)
{
	sigset_t now;

	sigprocmask(SIG_BLOCK, NULL, &now);
	return sigismember(&now, sig);
}

static void jump_out(int sig)
{
	handled++;
	siglongjmp(senv, sig);
}

static void jump_out_plain(int sig)
{
	handled++;
	_longjmp(env, sig);
}

int main(void)
{
	double d8 = 0, d15 = 0;
	int r = -1;
	struct sigaction sa;

	vfp_across(&d8, &d15, &r);
	EXPECT_EQ("longjmp(env, 0): setjmp returns", r, 1);
	EXPECT_TRUE("d8 kept across longjmp", d8 == 1.5);
	EXPECT_TRUE("d15 kept across longjmp", d15 == 3.25);

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = jump_out;
	sigemptyset(&sa.sa_mask);
	SETUP(sigaction(SIGUSR1, &sa, NULL));
	if ((r = sigsetjmp(senv, 1)) == 0)
		raise(SIGUSR1);
	EXPECT_TRUE("sigsetjmp(env, 1): back with the signal", r == SIGUSR1);
	EXPECT_EQ("  SIGUSR1 blocked after siglongjmp", blocked(SIGUSR1), 0);
	if ((r = sigsetjmp(senv, 0)) == 0)
		raise(SIGUSR1);
	EXPECT_TRUE("sigsetjmp(env, 0): back with the signal", r == SIGUSR1);
	EXPECT_EQ("  SIGUSR1 blocked after siglongjmp", blocked(SIGUSR1), 1);
	sigset_t none;
	sigemptyset(&none);
	SETUP(sigprocmask(SIG_SETMASK, &none, NULL));

	sa.sa_handler = jump_out_plain;
	SETUP(sigaction(SIGUSR2, &sa, NULL));
	if ((r = _setjmp(env)) == 0)
		raise(SIGUSR2);
	EXPECT_TRUE("_setjmp: back with the signal", r == SIGUSR2);
	EXPECT_EQ("  SIGUSR2 blocked after _longjmp", blocked(SIGUSR2), 1);
	EXPECT_EQ("handlers run", handled, 3);
	return lt_done();
}
