/*
 * Creating processes and starting the first one. The first process is
 * /sbin/init, or the program named by `init=PATH ARGS...` on the kernel
 * command line (everything after the path is its argv[1..]), or with
 * `init.args=FILE` the NUL-separated argv (argv[0] first) in that file of
 * the root file system (tools/persona-run uses it: arguments may contain
 * spaces). It gets Linux's initial environment (HOME=/, TERM=linux), or
 * with `init.env=FILE` the NUL-separated environment in that file. When it
 * ends, the system checks its integrity and powers off with its exit
 * status (128+N for a signal N), which is what tools/persona-run passes on
 * (exit.c).
 */
#include "syscall.h"
#include <proto.h>
#include <cmdline.h>

#define PRIO_LINUX      10u
#define INIT_MAX_ARGS   32
#define INIT_ARGS_BYTES 4096

static const char *init_env[INIT_MAX_ARGS] = { "HOME=/", "TERM=linux", NULL };
static char init_args[INIT_ARGS_BYTES], init_envs[INIT_ARGS_BYTES];

/* Splits cmdline's `init=PATH ARGS...` into argv; argv[0] = PATH. Returns argc. */
static int init_argv(const char *cmdline, const char **argv)
{
	const char *v = cmdline_get(cmdline, "init");
	int argc = 0;

	if (!v) {
		argv[0] = "/sbin/init";
		argv[1] = NULL;
		return 1;
	}
	strlcpy(init_args, v, sizeof(init_args));
	for (char *s = init_args; *s && argc < INIT_MAX_ARGS - 1;) {
		argv[argc++] = s;
		while (*s && *s != ' ')
			s++;
		while (*s == ' ')
			*s++ = 0;
	}
	argv[argc] = NULL;
	return argc;
}

/* Reads FILE into buf and splits it at the NULs into v (NULL-terminated); count, or -errno. */
static long file_vector(const char *path, char *buf, const char **v)
{
	u32 size, mode;
	struct exec_file f = EXEC_FILE(path);
	long h = fs_exec_open(0, &f, &size, &mode);       /* pid 0: from the root, no process yet */

	if (h < 0)
		return h;
	long n = size < INIT_ARGS_BYTES - 1 ? (long)size : INIT_ARGS_BYTES - 1;
	n = n ? fs_exec_read((u32)h, 0, (u32)n, buf) : 0;
	fs_exec_close((u32)h);
	if (n < 0)
		return n;
	buf[n] = 0;
	int count = 0;
	for (long i = 0; i < n && count < INIT_MAX_ARGS - 1; i += strlen(buf + i) + 1)
		v[count++] = buf + i;
	v[count] = NULL;
	return count;
}

void proc_set_comm(struct proc *p, const char *path)
{
	const char *base = path;

	for (const char *s = path; *s; s++)
		if (*s == '/')
			base = s + 1;
	strlcpy(p->comm, base, sizeof(p->comm));
}

long proc_create(u32 ppid, struct proc **out)
{
	struct proc *p = proc_alloc();

	if (!p)
		return -LINUX_EAGAIN;
	long space = space_create(0);
	long tid = space < 0 ? space : thread_create((u32)space, 0, PRIO_LINUX, TF_LINUX, mm0_tid, mm0_tid);
	if (tid < 0 || vm_init(&p->vm, (u32)space) < 0) {
		if (space >= 0)
			space_destroy((u32)space);
		proc_free(p);
		return tid < 0 ? tid : -LINUX_ENOMEM;
	}
	p->ppid = ppid;
	p->pgid = p->sid = 0;           /* the first process: as Linux starts init; fork copies the parent's */
	p->exit_signal = LINUX_SIGCHLD;
	p->altstack.ss_flags = LINUX_SS_DISABLE;
	p->space = (u32)space;
	proc_set_tid(p, (u32)tid);
	*out = p;
	return 0;
}

long init_start(const char *cmdline)
{
	const char *argv[INIT_MAX_ARGS];
	struct proc *p;
	u32 entry, sp;

	char args_path[256];
	long err = 0;

	if (!cmdline_copy(cmdline, "init.args", args_path, sizeof(args_path)))
		err = file_vector(args_path, init_args, argv);
	else
		init_argv(cmdline, argv);
	if (err >= 0 && !cmdline_copy(cmdline, "init.env", args_path, sizeof(args_path)))
		err = file_vector(args_path, init_envs, init_env);
	if (err == 0 && !argv[0])
		err = -LINUX_EINVAL;
	if (err < 0) {
		printf("mm0: cannot read %s: error %ld\n", args_path, err);
		return err;
	}
	err = proc_create(0, &p);
	if (!err)
		err = fs_proc_new(p->pid, 0, p->tid, p->space);
	if (!err)
		err = exec_load(p, &p->vm, &EXEC_FILE(argv[0]), argv[0], argv, init_env, &entry, &sp);
	if (err < 0) {
		printf("mm0: cannot start %s: error %ld\n", argv[0], err);
		return err;
	}
	proc_set_comm(p, argv[0]);
	return thread_start(p->tid, entry, sp, 0);
}
