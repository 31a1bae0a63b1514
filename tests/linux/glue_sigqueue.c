/*
 * glue_sigqueue: sigqueue through the C library (rt_sigqueueinfo). The
 * value arrives in si_value with SI_QUEUE and the sender's pid, both to an
 * SA_SIGINFO handler and through sigtimedwait; signal 0 only checks the
 * target; psiginfo prints the signal's name.
 */
#include "lt.h"
#include <signal.h>
#include <time.h>
#include <sys/wait.h>

static volatile int hits, got_code, got_value;
static volatile pid_t got_pid;

static void on_info(int sig, siginfo_t *si, void *ctx)
{
	hits++;
	got_code = si->si_code;
	got_value = si->si_value.sival_int;
	got_pid = si->si_pid;
}

int main(void)
{
	struct sigaction sa;
	struct timespec zero = { 0, 0 };
	static int target;
	siginfo_t si;
	sigset_t usr1;

	memset(&sa, 0, sizeof sa);
	sa.sa_sigaction = on_info;
	sa.sa_flags = SA_SIGINFO;
	SETUP(sigaction(SIGUSR1, &sa, NULL));
	EXPECT_OK("sigqueue to myself", sigqueue(getpid(), SIGUSR1, (union sigval){ .sival_int = 42 }));
	EXPECT_EQ("the handler ran", hits, 1);
	EXPECT_EQ("si_code SI_QUEUE", got_code, SI_QUEUE);
	EXPECT_EQ("si_value", got_value, 42);
	EXPECT_TRUE("si_pid mine", got_pid == getpid());

	sigemptyset(&usr1);
	sigaddset(&usr1, SIGUSR1);
	sigprocmask(SIG_BLOCK, &usr1, NULL);
	sigqueue(getpid(), SIGUSR1, (union sigval){ .sival_ptr = &target });
	memset(&si, 0, sizeof si);
	EXPECT_EQ("sigtimedwait takes it", sigtimedwait(&usr1, &si, &zero), SIGUSR1);
	EXPECT_EQ("... si_code SI_QUEUE", si.si_code, SI_QUEUE);
	EXPECT_TRUE("... si_value the pointer", si.si_value.sival_ptr == &target);
	EXPECT_EQ("the handler did not run", hits, 1);

	EXPECT_OK("signal 0: the target exists", sigqueue(getpid(), 0, (union sigval){ 0 }));
	pid_t pid = fork();
	if (pid == 0)
		_exit(0);
	waitpid(pid, NULL, 0);
	EXPECT_ERR("to a process gone", sigqueue(pid, SIGUSR1, (union sigval){ 0 }), ESRCH);
	EXPECT_ERR("a signal newlib has but Linux not (SIGEMT)", sigqueue(getpid(), SIGEMT, (union sigval){ 0 }),
		   EINVAL);

	/* psiginfo on stderr, read back */
	char text[64] = "";
	int fd = open("err", O_RDWR | O_CREAT | O_TRUNC, 0644), saved = dup(2);
	SETUP(fd);
	dup2(fd, 2);
	psiginfo(&si, "queued");
	dup2(saved, 2);
	ssize_t n = pread(fd, text, sizeof text - 1, 0);
	text[n > 0 ? n : 0] = 0;
	EXPECT_TRUE("psiginfo: one line", n > 0 && text[n - 1] == '\n');
	text[n > 0 ? n - 1 : 0] = 0;
	EXPECT_STR("psiginfo", text, "queued: User defined signal 1");
	return lt_done();
}
