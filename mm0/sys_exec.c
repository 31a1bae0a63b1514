/*
 * execve (Linux's fs/exec.c and binfmt_script.c). The arguments and
 * environment are copied into mm0 first (E2BIG over Linux's limits), `#!`
 * scripts name their interpreter (one optional argument; five levels at
 * most, as Linux), and the new image is built in a fresh address space while the
 * old one still runs: a failed exec returns an error to an unchanged
 * process. Past that point the thread moves to the new space
 * (TC_SET_SPACE), the old memory goes, close-on-exec descriptors close
 * (fs0), handled signals return to their default, and a vfork parent goes on.
 */
#include "syscall.h"
#include "signal.h"
#include <linux_abi/limits.h>
#include <linux_abi/fcntl.h>

#define MAX_ARG_STRLEN  (32u * PAGE_SIZE)       /* one string, with its NUL */
#define ARG_MAX_MIN     (128u << 10)            /* Linux's ARG_MAX: the least room for them all */
#define ARG_STRINGS_MAX 0x7fffffffu
#define SCRIPT_DEPTH    5                       /* scripts in a row (Linux: a sixth is ELOOP) */
#define SHEBANG_BYTES   256                     /* BINPRM_BUF_SIZE */

/* argv and envp copied into mm0: strings in one block, and the pointer arrays. */
struct exec_strings {
	char *block;
	u32 block_bytes;
	const char **argv, **envp;      /* NULL-terminated, into block */
	const char **vectors;           /* the allocation argv and envp point into */
	u32 argc, envc, room;           /* room: pointers allocated in argv (prefix space included) */
};

/* Counts a user pointer array up to its NULL: the count or -errno. */
static long count_vector(struct vm *vm, u32 uvec, u32 limit)
{
	u32 n = 0, ptr;

	if (!uvec)
		return 0;
	for (;; n++) {
		if (vm_copy_in(vm, &ptr, uvec + n * 4, 4) != 4)
			return -LINUX_EFAULT;
		if (!ptr)
			return n;
		if (n >= limit)
			return -LINUX_E2BIG;
	}
}

/* The strings' total size (with NULs) into *bytes: 0 or -EFAULT/-E2BIG. */
static long measure(struct vm *vm, u32 uvec, u32 n, u32 *bytes)
{
	u32 ptr;

	for (u32 i = 0; i < n; i++) {
		if (vm_copy_in(vm, &ptr, uvec + i * 4, 4) != 4)
			return -LINUX_EFAULT;
		long len = vm_string_in(vm, NULL, ptr, MAX_ARG_STRLEN);
		if (len < 0)
			return len == -LINUX_ENAMETOOLONG ? -LINUX_E2BIG : len;
		*bytes += (u32)len + 1;
	}
	return 0;
}

/* Copies n strings of uvec into *at, their pointers into out[0..n-1]. */
static long copy_vector(struct vm *vm, u32 uvec, u32 n, char **at, const char **out)
{
	u32 ptr;

	for (u32 i = 0; i < n; i++) {
		if (vm_copy_in(vm, &ptr, uvec + i * 4, 4) != 4)
			return -LINUX_EFAULT;
		long len = vm_string_in(vm, *at, ptr, MAX_ARG_STRLEN);
		if (len < 0)
			return -LINUX_EFAULT;
		out[i] = *at;
		*at += len + 1;
	}
	out[n] = NULL;
	return 0;
}

static void strings_free(struct exec_strings *s)
{
	if (s->block)
		mm0_free(s->block, s->block_bytes);
	if (s->vectors)
		mm0_free(s->vectors, (s->room + s->envc + 2) * sizeof(char *));
	memset(s, 0, sizeof(*s));
}

/* Linux's bprm_stack_limits: room for strings and pointers, from RLIMIT_STACK. */
static u32 arg_limit(const struct proc *p)
{
	u64 stack = p->rlim[LINUX_RLIMIT_STACK].rlim_cur;
	u64 limit = (8ull << 20) / 4 * 3;

	if (stack / 4 < limit)
		limit = stack / 4;
	return limit < ARG_MAX_MIN ? ARG_MAX_MIN : (u32)limit;
}

static long copy_strings(struct proc *p, u32 uargv, u32 uenvp, struct exec_strings *s)
{
	struct vm *vm = &p->vm;
	long argc = count_vector(vm, uargv, ARG_STRINGS_MAX), envc = 0;
	u32 bytes = 0, limit = arg_limit(p);

	if (argc >= 0)
		envc = count_vector(vm, uenvp, ARG_STRINGS_MAX);
	if (argc < 0 || envc < 0)
		return argc < 0 ? argc : envc;
	u32 ptr_bytes = ((argc ? (u32)argc : 1) + (u32)envc) * 4;
	if (ptr_bytes >= limit)
		return -LINUX_E2BIG;
	long err = measure(vm, uargv, (u32)argc, &bytes);
	if (!err)
		err = measure(vm, uenvp, (u32)envc, &bytes);
	if (!err && bytes > limit - ptr_bytes)
		err = -LINUX_E2BIG;
	if (err < 0)
		return err;
	s->argc = (u32)argc;
	s->envc = (u32)envc;
	s->room = (u32)argc + 1 + SCRIPT_DEPTH * 2;     /* prefixes that scripts add */
	s->block_bytes = bytes + 1;
	s->block = mm0_alloc(s->block_bytes);
	s->vectors = mm0_alloc((s->room + s->envc + 2) * sizeof(char *));
	if (!s->block || !s->vectors)
		return -LINUX_ENOMEM;
	char *at = s->block;
	const char **args = s->vectors + SCRIPT_DEPTH * 2;
	s->envp = s->vectors + s->room + 1;
	err = copy_vector(vm, uargv, s->argc, &at, args);
	if (!err)
		err = copy_vector(vm, uenvp, s->envc, &at, s->envp);
	if (!err && !s->argc) {
		args[0] = "";                   /* Linux 5.18 on: an empty argv[0] is supplied */
		args[1] = NULL;
		s->argc = 1;
	}
	s->argv = args;
	return err;
}

/* Parses "#!interp [arg]" in buf: 1 with *interp and *arg (NULL if none), 0 if not a script. */
static int parse_shebang(char *buf, long n, char **interp, char **arg)
{
	if (n < 2 || buf[0] != '#' || buf[1] != '!')
		return 0;
	char *end = buf + 2;

	while (end < buf + n && *end != '\n')
		end++;
	*end = 0;                       /* buf has room for one more byte than was read */
	char *s = buf + 2;
	while (*s == ' ' || *s == '\t')
		s++;
	for (char *t = end - 1; t >= s && (*t == ' ' || *t == '\t'); t--)
		*t = 0;
	if (!*s)
		return -1;
	*interp = s;
	while (*s && *s != ' ' && *s != '\t')
		s++;
	*arg = NULL;
	if (*s) {
		*s++ = 0;
		while (*s == ' ' || *s == '\t')
			s++;
		*arg = *s ? s : NULL;
	}
	return 1;
}

/*
 * Follows #! from file f (the name filename): *image is the ELF file to
 * load, argv gains the interpreters in front (the script's name replaces
 * argv[0]); interpreters are looked up as paths of their own. bufs hold
 * the interpreter strings. 0 or -errno.
 */
static long resolve_scripts(struct proc *p, const struct exec_file *f, const char *filename,
			    struct exec_strings *s, char bufs[SCRIPT_DEPTH][SHEBANG_BYTES],
			    struct exec_file *image)
{
	static char peek[SHEBANG_BYTES];

	*image = *f;
	for (int depth = 0;; depth++) {
		long n = exec_peek(p, image, peek, SHEBANG_BYTES - 1);
		char *interp, *arg;
		if (n < 0)
			return n;
		if (n < 2 || peek[0] != '#' || peek[1] != '!')
			return 0;
		if (depth == SCRIPT_DEPTH)
			return -LINUX_ELOOP;
		char *buf = bufs[depth];
		memcpy(buf, peek, (size_t)n);
		if (parse_shebang(buf, n, &interp, &arg) <= 0)
			return -LINUX_ENOEXEC;
		s->argv[0] = depth ? image->path : filename;    /* the script's name instead of its argv[0] */
		if (arg) {
			*--s->argv = arg;
			s->argc++;
		}
		*--s->argv = interp;
		s->argc++;
		*image = EXEC_FILE(interp);
	}
}

/* The new image is ready in (space, vm): p becomes it. */
static void switch_image(struct proc *p, u32 space, struct vm *vm, u32 entry, u32 sp,
			 const char *path)
{
	struct exregs_frame *f = (struct exregs_frame *)utcb()->mr;

	thread_set_space(p->tid, space);
	memset(f, 0, sizeof(*f));
	f->sp = sp;
	f->pc = entry;
	memset(utcb()->buf, 0, sizeof(struct exregs_vfp));
	exregs(p->tid, EXREGS_SET_REGS | EXREGS_SET_PC | EXREGS_SET_PSR | EXREGS_SET_TLS | EXREGS_SET_VFP);
	if (p->vfork_lender) {
		vfork_return(p);        /* the parent's memory goes back to it */
	} else {
		cputime_exec(p);
		vm_release(&p->vm);
		space_destroy(p->space);
	}
	p->vm = *vm;
	p->space = space;
	p->tls = 0;
	p->did_exec = 1;
	proc_set_comm(p, path);
	signal_exec_reset(p);
	fs_proc_exec(p->pid, space);
	jobctl_sync(p);
	proc_vfork_done(p);
}

/* Builds the image of file image for p in a new space: 0 and (space, vm, entry, sp) or -errno. */
static long build_image(struct proc *p, const struct exec_file *image, const char *path,
			const struct exec_strings *s, u32 *space, struct vm *vm, u32 *entry, u32 *sp)
{
	long sp_id = space_create(0);

	if (sp_id < 0)
		return -LINUX_ENOMEM;
	long err = vm_init(vm, (u32)sp_id);
	if (!err)
		err = exec_load(p, vm, image, path, s->argv, s->envp, entry, sp);
	if (err < 0) {
		vm_release(vm);
		space_destroy((u32)sp_id);
		return err == -ENOMEM ? -LINUX_ENOMEM : err;
	}
	*space = (u32)sp_id;
	return 0;
}

/*
 * execveat's name for the program (AT_EXECFN, a script's argv): the path,
 * or Linux's "/dev/fd/N" and "/dev/fd/N/path" for one reached from a
 * descriptor.
 */
static void exec_filename(const struct exec_file *f, char *out, u32 size)
{
	if (f->dirfd == (u32)LINUX_AT_FDCWD || f->path[0] == '/')
		strlcpy(out, f->path, size);
	else if (!f->path[0])
		snprintf(out, size, "/dev/fd/%d", (int)f->dirfd);
	else
		snprintf(out, size, "/dev/fd/%d/%s", (int)f->dirfd, f->path);
}

static long do_execve(struct proc *p, u32 upath, u32 uargv, u32 uenvp, u32 dirfd, u32 at_flags)
{
	static char path[LINUX_PATH_MAX], name[LINUX_PATH_MAX + 16], bufs[SCRIPT_DEPTH][SHEBANG_BYTES];
	struct exec_file f = { path, dirfd, at_flags }, image;
	struct exec_strings s = { 0 };
	struct vm vm;
	u32 space, entry, sp;

	long err = vm_string_in(&p->vm, path, upath, sizeof(path));
	exec_filename(&f, name, sizeof(name));
	if (err >= 0)
		err = copy_strings(p, uargv, uenvp, &s);
	if (err >= 0)
		err = resolve_scripts(p, &f, name, &s, bufs, &image);
	if (err >= 0)
		err = build_image(p, &image, name, &s, &space, &vm, &entry, &sp);
	if (err >= 0)
		switch_image(p, space, &vm, entry, sp, name);
	strings_free(&s);
	return err < 0 ? err : 0;
}

long sys_execve(struct call *c)
{
	return do_execve(c->p, c->a[0], c->a[1], c->a[2], (u32)LINUX_AT_FDCWD, 0);
}

long sys_execveat(struct call *c)
{
	if (c->a[4] & ~(LINUX_AT_EMPTY_PATH | LINUX_AT_SYMLINK_NOFOLLOW))
		return -LINUX_EINVAL;
	return do_execve(c->p, c->a[1], c->a[2], c->a[3], c->a[0], c->a[4]);
}
