/*
 * printf_float: hard-float code through newlib: printf and strtod of
 * doubles and floats, libm, conversions, and VFP registers that survive
 * system calls (a value kept in d8-d15 across write()s).
 */
#include "lt.h"
#include <math.h>

static char buf[128];

static const char *fmt(const char *f, double v)
{
	snprintf(buf, sizeof buf, f, v);
	return buf;
}

int main(void)
{
	volatile double a = 0.1, b = 0.2, third = 1.0 / 3.0;
	volatile float fa = 1.5f;
	double keep = 3.25, sum = 0;
	int i;

	EXPECT_STR("%.17g of 0.1+0.2", fmt("%.17g", a + b), "0.30000000000000004");
	EXPECT_STR("%f of 1/3", fmt("%f", third), "0.333333");
	EXPECT_STR("%e of 12345.678", fmt("%e", 12345.678), "1.234568e+04");
	EXPECT_STR("%g of 1e-10", fmt("%g", 1e-10), "1e-10");
	EXPECT_STR("%.3f of -2.0005", fmt("%.3f", -2.0005), "-2.001");
	EXPECT_STR("%f of float 1.5", fmt("%f", (double)fa), "1.500000");
	EXPECT_STR("%.10f of sqrt(2)", fmt("%.10f", sqrt(2.0)), "1.4142135624");
	EXPECT_STR("%.6f of sin(1)", fmt("%.6f", sin(1.0)), "0.841471");
	EXPECT_STR("%.6f of exp(1)", fmt("%.6f", exp(1.0)), "2.718282");
	EXPECT_STR("%.6f of pow(2,0.5)", fmt("%.6f", pow(2.0, 0.5)), "1.414214");
	EXPECT_STR("%g of strtod(\"6.02e23\")", fmt("%g", strtod("6.02e23", 0)), "6.02e+23");
	EXPECT_STR("%f of atof(\"-0.125\")", fmt("%f", atof("-0.125")), "-0.125000");
	EXPECT_STR("%f of inf", fmt("%f", HUGE_VAL), "inf");
	EXPECT_TRUE("nan != nan", isnan(nan("")));
	EXPECT_EQ("(int)2.999", (int)2.999, 2);
	EXPECT_EQ("(int)-2.999", (int)-2.999, -2);
	EXPECT_EQ("lround(2.5)", lround(2.5), 3);
	EXPECT_EQ("(long long)1e15", (long long)1e15, 1000000000000000LL);
	for (i = 1; i <= 100; i++) {
		sum += 1.0 / i;
		if (i % 25 == 0)
			write(1, "", 0);
	}
	EXPECT_STR("harmonic(100) with syscalls in between", fmt("%.12f", sum), "5.187377517640");
	EXPECT_STR("double kept across syscalls", fmt("%.2f", keep * 2), "6.50");
	return lt_done();
}
