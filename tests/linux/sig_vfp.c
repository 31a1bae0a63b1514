/*
 * sig_vfp: a signal handler and the VFP/NEON registers. Code that has
 * set all of d0-d31 and FPSCR, then sends itself a signal, finds every
 * one of them as it was after a handler that overwrote them all, for
 * rt_sigreturn (SA_SIGINFO) and sigreturn (plain) handlers alike. The
 * SA_SIGINFO handler finds in uc_regspace, among the records it walks
 * (magic, size; ended by a zero magic), Linux's VFP record (magic
 * 0x56465001, size 0x120) holding the interrupted d-registers and FPSCR;
 * the handler runs with that FPSCR (only LEN and STRIDE cleared, and here
 * they are 0); changes it makes to the record are what the interrupted
 * code gets back.
 */
#include "lt.h"
#include <signal.h>
#include <linux_abi/signal.h>
#include <linux_abi/sigcontext.h>
#include "lt_raw.h"

struct probe {
	u_int64_t in[32];       /*   0 */
	u_int64_t out[32];      /* 256 */
	u_int32_t fpscr_in;     /* 512 */
	u_int32_t fpscr_out;    /* 516 */
	int32_t pid;            /* 520 */
	int32_t sig;            /* 524 */
};

/*
 * Loads d0-d31 and FPSCR from the probe, kill(pid, sig)s, stores them back:
 * the signal is delivered as the svc returns. d8-d15 and FPSCR are the
 * caller's again at the end.
 */
void vfp_probe(struct probe *pr);
__asm__(
	"	.text\n"
	"	.arm\n"
	"	.fpu neon\n"
	"	.align 2\n"
	"	.globl vfp_probe\n"
	"	.type vfp_probe, %function\n"
	"vfp_probe:\n"
	"	push {r4, r5, r7, lr}\n"
	"	vpush {d8-d15}\n"
	"	vmrs r5, fpscr\n"
	"	mov r4, r0\n"
	"	ldr r1, [r4, #512]\n"
	"	vmsr fpscr, r1\n"
	"	vldmia r4, {d0-d15}\n"
	"	add r1, r4, #128\n"
	"	vldmia r1, {d16-d31}\n"
	"	ldr r0, [r4, #520]\n"
	"	ldr r1, [r4, #524]\n"
	"	mov r7, #37\n"
	"	svc #0\n"
	"	add r1, r4, #256\n"
	"	vstmia r1, {d0-d15}\n"
	"	add r1, r4, #384\n"
	"	vstmia r1, {d16-d31}\n"
	"	vmrs r1, fpscr\n"
	"	str r1, [r4, #516]\n"
	"	vmsr fpscr, r5\n"
	"	vpop {d8-d15}\n"
	"	pop {r4, r5, r7, pc}\n"
	"	.size vfp_probe, . - vfp_probe\n");

/* overwrites d0-d31 and FPSCR, with arithmetic that sets FPSCR's flags */
void vfp_clobber(void);
__asm__(
	"	.text\n"
	"	.arm\n"
	"	.fpu neon\n"
	"	.align 2\n"
	"	.globl vfp_clobber\n"
	"	.type vfp_clobber, %function\n"
	"vfp_clobber:\n"
	"	vpush {d8-d15}\n"
	"	mov r0, #0\n"
	"	vmsr fpscr, r0\n"
	"	vmov.i8 q0, #0xa5\n"
	"	vmov.i8 q1, #0x5a\n"
	"	vmov.i8 q2, #0xff\n"
	"	vmov.i8 q3, #0x11\n"
	"	vmov.i8 q4, #0x22\n"
	"	vmov.i8 q5, #0x33\n"
	"	vmov.i8 q6, #0x44\n"
	"	vmov.i8 q7, #0x55\n"
	"	vmov.i8 q8, #0x66\n"
	"	vmov.i8 q9, #0x77\n"
	"	vmov.i8 q10, #0x88\n"
	"	vmov.i8 q11, #0x99\n"
	"	vmov.i8 q12, #0xaa\n"
	"	vmov.i8 q13, #0xbb\n"
	"	vmov.i8 q14, #0xcc\n"
	"	vmov.i8 q15, #0xdd\n"
	"	vmov.f64 d0, #1.0\n"
	"	vsub.f64 d1, d0, d0\n"
	"	vdiv.f64 d2, d0, d1\n"          /* 1/0: DZC */
	"	vdiv.f64 d3, d1, d1\n"          /* 0/0: IOC */
	"	vpop {d8-d15}\n"
	"	bx lr\n"
	"	.size vfp_clobber, . - vfp_clobber\n");

static u_int32_t get_fpscr(void)
{
	u_int32_t v;

	__asm__ volatile("vmrs %0, fpscr" : "=r"(v));
	return v;
}

static struct probe pr;
static volatile int hits, edit, found_vfp, records_ok, regs_match, end_zero;
static volatile u_int32_t frame_size, frame_fpscr, handler_fpscr, clobbered_fpscr;

static void info_handler(int sig, struct linux_siginfo *si, void *ctx)
{
	struct linux_ucontext *uc = ctx;
	unsigned off = 0;

	handler_fpscr = get_fpscr();
	hits++;
	found_vfp = 0;
	records_ok = 1;
	/* walk the records: magic, size (the whole record), ... until a zero magic */
	while (off + 8 <= sizeof uc->uc_regspace) {
		u_int32_t magic = uc->uc_regspace[off / 4], size = uc->uc_regspace[off / 4 + 1];

		if (magic == 0) {
			end_zero = 1;
			break;
		}
		if (magic == LINUX_VFP_MAGIC) {
			struct linux_vfp_sigframe *vfp = (void *)&uc->uc_regspace[off / 4];

			found_vfp = 1;
			frame_size = size;
			frame_fpscr = vfp->ufp.fpscr;
			regs_match = 0;
			for (int i = 0; i < 32; i++)
				regs_match += vfp->ufp.fpregs[i] == pr.in[i];
			if (edit) {
				double a = 2.5, b = -7.0;

				memcpy(&vfp->ufp.fpregs[5], &a, 8);
				memcpy(&vfp->ufp.fpregs[20], &b, 8);
				vfp->ufp.fpscr = 0x00c00000;    /* round towards zero */
			}
		}
		if (size < 8 || size % 4) {
			records_ok = 0;
			break;
		}
		off += size;
	}
	vfp_clobber();
	clobbered_fpscr = get_fpscr();
}

static void plain_handler(int sig)
{
	hits++;
	vfp_clobber();
}

static void install(void *fn, int info)
{
	struct linux_sigaction k = { (u_int32_t)fn, (info ? LINUX_SA_SIGINFO : 0) | LINUX_SA_RESTORER,
				     (u_int32_t)(info ? rt_restorer : restorer), { { 0, 0 } } };

	SETUP(syscall(SYS_rt_sigaction, LINUX_SIGUSR1, &k, 0, 8));
}

static int all_back(void)
{
	int n = 0;

	for (int i = 0; i < 32; i++)
		n += pr.out[i] == pr.in[i];
	return n;
}

int main(void)
{
	for (int i = 0; i < 32; i++)
		pr.in[i] = 0x0123456789abcdefull * (i + 1) ^ ((u_int64_t)i << 56);
	pr.fpscr_in = 0x03c00000;       /* DN, FZ, round towards zero */
	pr.pid = getpid();
	pr.sig = LINUX_SIGUSR1;

	install(info_handler, 1);
	vfp_probe(&pr);
	EXPECT_EQ("SA_SIGINFO: the handler ran", hits, 1);
	EXPECT_EQ("it overwrote FPSCR (and set flags)", clobbered_fpscr != pr.fpscr_in, 1);
	EXPECT_EQ("after rt_sigreturn: d0-d31 as they were", all_back(), 32);
	EXPECT_EQ("after rt_sigreturn: FPSCR as it was", pr.fpscr_out, pr.fpscr_in);
	EXPECT_EQ("uc_regspace: the VFP record is there", found_vfp, 1);
	EXPECT_EQ("... the records are well formed", records_ok, 1);
	EXPECT_EQ("... ended by a zero magic", end_zero, 1);
	EXPECT_EQ("... its size", frame_size, 0x120);
	EXPECT_EQ("... d0-d31 of the interrupted code", regs_match, 32);
	EXPECT_EQ("... FPSCR of the interrupted code", frame_fpscr, pr.fpscr_in);
	EXPECT_EQ("the handler starts with that FPSCR", handler_fpscr, pr.fpscr_in);

	edit = 1;
	memset(pr.out, 0, sizeof pr.out);
	vfp_probe(&pr);
	double d5, d20;
	memcpy(&d5, &pr.out[5], 8);
	memcpy(&d20, &pr.out[20], 8);
	EXPECT_TRUE("record edited: d5 comes back as 2.5", d5 == 2.5);
	EXPECT_TRUE("record edited: d20 comes back as -7", d20 == -7.0);
	EXPECT_EQ("... the others as they were", all_back(), 30);
	EXPECT_EQ("... FPSCR as edited", pr.fpscr_out, 0x00c00000);

	install(plain_handler, 0);
	hits = 0;
	memset(pr.out, 0, sizeof pr.out);
	pr.fpscr_in = 0x00400000;       /* round towards +infinity */
	vfp_probe(&pr);
	EXPECT_EQ("plain handler: ran", hits, 1);
	EXPECT_EQ("after sigreturn: d0-d31 as they were", all_back(), 32);
	EXPECT_EQ("after sigreturn: FPSCR as it was", pr.fpscr_out, pr.fpscr_in);
	return lt_done();
}
