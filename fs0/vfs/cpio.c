/*
 * The initramfs: a cpio "newc" archive (magic 070701, or 070702 with a
 * checksum of the data bytes) unpacked into the tree as Linux's
 * init/initramfs.c does: exact modes, owners and mtimes, symlinks, device
 * nodes, FIFOs, hard links (entries with nlink >= 2 and the same ino),
 * several archives one after another with zero padding between them.
 * File data is copied into pages, so the blob can be freed afterwards.
 * Parent directories missing from the archive are created (0755), and
 * directories get their mtime at the end, after their contents. An
 * existing name of another type is replaced; "..", a bad header, field,
 * name or size, a checksum mismatch or a missing TRAILER!!! gives -EINVAL,
 * and no byte outside the blob is ever read.
 * Entry point: vfs_unpack_cpio.
 */
#include "internal.h"

#define HDR_BYTES 110
#define NFIELDS   13

enum { F_INO, F_MODE, F_UID, F_GID, F_NLINK, F_MTIME, F_FILESIZE, F_DEVMAJOR, F_DEVMINOR,
       F_RDEVMAJOR, F_RDEVMINOR, F_NAMESIZE, F_CHECK };

struct entry {
	uint32_t f[NFIELDS];
	int crc;
	char *path;                     /* "/" + the normalised name (allocated) */
	size_t path_bytes;
	const unsigned char *data;
};

/* a node kept for later: the target of hard links, or a directory's mtime */
struct held {
	struct held *next;
	uint32_t ino, major, minor, mtime;
	struct vfs_vnode *node;         /* held */
};

struct unpack {
	struct vfs_proc *p;
	struct held *links;             /* files with nlink >= 2, until TRAILER!!! */
	struct held *dirs;              /* directories, whose mtime is set at the end */
};

/* n rounded up to cpio's 4-byte alignment */
static size_t align4(size_t n)
{
	return (n + 3) & ~(size_t)3;
}

/* 8 hex digits: 0 and *out, or -EINVAL */
static long hex8(const unsigned char *s, uint32_t *out)
{
	uint32_t v = 0;

	for (int i = 0; i < 8; i++) {
		unsigned c = s[i], d;
		if (c >= '0' && c <= '9')
			d = c - '0';
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			d = (c | 0x20) - 'a' + 10;
		else
			return E(EINVAL);
		v = v << 4 | d;
	}
	*out = v;
	return 0;
}

/* The 110-byte header at h: magic and fields, or -EINVAL. */
static long parse_header(const unsigned char *h, struct entry *e)
{
	if (memcmp(h, "07070", 5) || (h[5] != '1' && h[5] != '2'))
		return E(EINVAL);
	e->crc = h[5] == '2';
	for (int i = 0; i < NFIELDS; i++)
		if (hex8(h + 6 + 8 * i, &e->f[i]))
			return E(EINVAL);
	return 0;
}

/* "/" + name without leading "/" and "./", in e->path; -EINVAL for a ".." component */
static long normalise(const char *name, struct entry *e)
{
	while (name[0] == '/' || (name[0] == '.' && name[1] == '/'))
		name++;
	if (!strcmp(name, "."))
		name++;
	for (const char *c = name; *c; c = strchr(c, '/') ? strchr(c, '/') + 1 : c + strlen(c))
		if (c[0] == '.' && c[1] == '.' && (c[2] == '/' || !c[2]))
			return E(EINVAL);
	e->path_bytes = strlen(name) + 2;
	if (e->path_bytes > LINUX_PATH_MAX)
		return E(EINVAL);
	if (!(e->path = vfs_mem_alloc(e->path_bytes)))
		return E(ENOMEM);
	e->path[0] = '/';
	memcpy(e->path + 1, name, e->path_bytes - 1);
	return 0;
}

/* Creates the missing directories above e->path (mode 0755). */
static long make_parents(struct unpack *u, struct entry *e)
{
	for (char *s = strchr(e->path + 1, '/'); s; s = strchr(s + 1, '/')) {
		*s = 0;
		long err = vfs_mkdirat(u->p, LINUX_AT_FDCWD, e->path, 0755);
		*s = '/';
		if (err && err != E(EEXIST))
			return err;
	}
	return 0;
}

/* Removes what e->path names unless it is a directory or file of type (0: anything). */
static long clean_path(struct unpack *u, struct entry *e, uint32_t type)
{
	struct vfs_vnode *v;

	if (vfs_lookup(u->p, LINUX_AT_FDCWD, e->path, 0, &v))
		return 0;
	uint32_t old = v->mode & LINUX_S_IFMT;
	vfs_node_put(v);
	if (old == type && (type == LINUX_S_IFDIR || type == LINUX_S_IFREG))
		return 0;
	return vfs_unlinkat(u->p, LINUX_AT_FDCWD, e->path,
			    old == LINUX_S_IFDIR ? LINUX_AT_REMOVEDIR : 0);
}

/* Writes the entry's data at offset 0 of v. */
static long write_data(struct vfs_vnode *v, struct entry *e)
{
	struct vfs_io io;
	size_t n = e->f[F_FILESIZE];

	if (!n)
		return 0;
	if (n > (size_t)VFS_NON_LFS_BYTES)
		return E(EFBIG);
	vfs_io_buf(&io, &vfs_kernel_io_ops, NULL, (uintptr_t)e->data, n);
	long r = vfs_reg_write(v, 0, &io, 0, n);
	return r == (long)n ? 0 : r < 0 ? r : E(ENOSPC);
}

/* the node an earlier entry with the same ino made, or NULL */
static struct held *find_link(struct unpack *u, struct entry *e)
{
	for (struct held *l = u->links; l; l = l->next)
		if (l->ino == e->f[F_INO] && l->major == e->f[F_DEVMAJOR] &&
		    l->minor == e->f[F_DEVMINOR])
			return l;
	return NULL;
}

/* Keeps v with entry e's identity and mtime on list: 0 or -ENOMEM. */
static long hold(struct held **list, struct entry *e, struct vfs_vnode *v)
{
	struct held *h = vfs_mem_alloc(sizeof *h);

	if (!h)
		return E(ENOMEM);
	h->ino = e->f[F_INO];
	h->major = e->f[F_DEVMAJOR];
	h->minor = e->f[F_DEVMINOR];
	h->mtime = e->f[F_MTIME];
	h->node = v;
	vfs_node_get(v);
	h->next = *list;
	*list = h;
	return 0;
}

/* Empties list, setting each node's atime and mtime first if times. */
static void release(struct held **list, int times)
{
	while (*list) {
		struct held *h = *list;
		*list = h->next;
		if (times) {
			h->node->atime.sec = h->node->mtime.sec = h->mtime;
			h->node->atime.nsec = h->node->mtime.nsec = 0;
		}
		vfs_node_put(h->node);
		vfs_mem_free(h, sizeof *h);
	}
}

/* Names the earlier file v as e->path too. */
static long link_to(struct unpack *u, struct entry *e, struct vfs_vnode *v)
{
	struct vfs_walk w;
	long err = vfs_create_prep(&w, u->p, LINUX_AT_FDCWD, e->path, 0);

	if (!err)
		err = vfs_dir_link_new(w.dir, w.last, w.last_len, v);
	vfs_walk_done(&w);
	return err;
}

/* A regular file: created (or truncated), or a new name of an earlier one. */
static long make_file(struct unpack *u, struct entry *e)
{
	struct held *l = e->f[F_NLINK] >= 2 ? find_link(u, e) : NULL;
	struct vfs_vnode *v;
	long err;

	if (l) {
		if ((err = clean_path(u, e, 0)) || (err = link_to(u, e, l->node)))
			return err;
		return write_data(l->node, e);
	}
	err = vfs_open_node(u->p, LINUX_AT_FDCWD, e->path, LINUX_O_CREAT | LINUX_O_WRONLY,
			    e->f[F_MODE], &v);
	if (err < 0)
		return err;
	err = IS_REG(v) ? vfs_setattr_size(v, 0) : E(EINVAL);
	if (!err)
		err = write_data(v, e);
	if (!err && e->f[F_NLINK] >= 2)
		err = hold(&u->links, e, v);
	vfs_node_put(v);
	return err;
}

/* A symlink whose target is the entry's data. */
static long make_symlink(struct unpack *u, struct entry *e)
{
	size_t n = e->f[F_FILESIZE];

	if (n == 0 || n >= LINUX_PATH_MAX)
		return E(EINVAL);
	char *target = vfs_mem_alloc(n + 1);
	if (!target)
		return E(ENOMEM);
	memcpy(target, e->data, n);
	long err = target[0] ? vfs_symlinkat(u->p, target, LINUX_AT_FDCWD, e->path) : E(EINVAL);
	vfs_mem_free(target, n + 1);
	return err;
}

/* Creates the entry's node, whatever its type. */
static long make_node(struct unpack *u, struct entry *e)
{
	uint32_t type = e->f[F_MODE] & LINUX_S_IFMT;
	uint32_t perm = e->f[F_MODE] & 07777;

	switch (type) {
	case LINUX_S_IFDIR: {
		long err = vfs_mkdirat(u->p, LINUX_AT_FDCWD, e->path, perm);
		return err == E(EEXIST) ? 0 : err;
	}
	case LINUX_S_IFREG:
		return make_file(u, e);
	case LINUX_S_IFLNK:
		return make_symlink(u, e);
	case LINUX_S_IFCHR:
	case LINUX_S_IFBLK:
	case LINUX_S_IFIFO:
	case LINUX_S_IFSOCK:
		return vfs_mknodat(u->p, LINUX_AT_FDCWD, e->path, type | perm,
				   LINUX_NEW_ENCODE_DEV(e->f[F_RDEVMAJOR], e->f[F_RDEVMINOR]));
	default:
		return E(EINVAL);
	}
}

/* Exact mode (but a symlink's), owner, and mtime for atime and mtime (later for a directory). */
static long set_attrs(struct unpack *u, struct entry *e)
{
	struct vfs_vnode *v;
	long err = vfs_lookup(u->p, LINUX_AT_FDCWD, e->path, 0, &v);

	if (err)
		return err;
	if ((v->mode & LINUX_S_IFMT) != (e->f[F_MODE] & LINUX_S_IFMT))
		err = E(EINVAL);
	if (!err && !IS_LNK(v))
		v->mode = e->f[F_MODE];
	if (!err) {
		v->uid = e->f[F_UID];
		v->gid = e->f[F_GID];
		v->atime.sec = v->mtime.sec = e->f[F_MTIME];
		v->atime.nsec = v->mtime.nsec = 0;
		if (IS_DIR(v))
			err = hold(&u->dirs, e, v);
	}
	vfs_node_put(v);
	return err;
}

/* Makes the entry named e->path in the tree. */
static long make_entry(struct unpack *u, struct entry *e)
{
	uint32_t type = e->f[F_MODE] & LINUX_S_IFMT;
	long err = 0;

	if (e->path[1]) {
		if (!(err = make_parents(u, e)) && !(err = clean_path(u, e, type)))
			err = make_node(u, e);
	} else if (type != LINUX_S_IFDIR) {
		err = E(EINVAL);
	}
	return err ? err : set_attrs(u, e);
}

/* the sum of the data bytes (070702 archives) */
static uint32_t data_sum(const unsigned char *d, size_t n)
{
	uint32_t sum = 0;

	while (n--)
		sum += *d++;
	return sum;
}

/*
 * The entry at *off: checked against the blob's end, made, *off moved past
 * it. *trailer says whether it was TRAILER!!!.
 */
static long one_entry(struct unpack *u, const unsigned char *b, size_t bytes, size_t *off,
		      int *trailer)
{
	struct entry e = { .crc = 0 };
	size_t at = *off;

	if (bytes - at < HDR_BYTES || parse_header(b + at, &e))
		return E(EINVAL);
	size_t namesize = e.f[F_NAMESIZE], size = e.f[F_FILESIZE];
	const char *name = (const char *)b + at + HDR_BYTES;
	if (namesize == 0 || namesize > LINUX_PATH_MAX || namesize > bytes - at - HDR_BYTES ||
	    strnlen(name, namesize) != namesize - 1)
		return E(EINVAL);
	size_t data = at + align4(HDR_BYTES + namesize);
	if (data > bytes && size == 0)
		data = bytes;
	if (data > bytes || size > bytes - data)
		return E(EINVAL);
	e.data = b + data;
	*off = bytes - data - size < align4(size) - size ? bytes : data + align4(size);
	if (e.crc && data_sum(e.data, size) != e.f[F_CHECK])
		return E(EINVAL);
	*trailer = !strcmp(name, "TRAILER!!!");
	if (*trailer) {
		release(&u->links, 0);
		return 0;
	}
	long err = normalise(name, &e);
	if (!err)
		err = make_entry(u, &e);
	vfs_mem_free(e.path, e.path_bytes);
	return err;
}

/* Entries one by one, skipping the zero padding between archives. */
long vfs_unpack_cpio(const void *blob, size_t bytes)
{
	const unsigned char *b = blob;
	struct unpack u = { .links = NULL, .dirs = NULL };
	size_t off = 0;
	int trailer = 0;
	long err = vfs_proc_new(&u.p);

	if (err)
		return err;
	u.p->umask = 0;
	for (;;) {
		while (off < bytes && b[off] == 0)
			off++;
		if (off >= bytes || (err = one_entry(&u, b, bytes, &off, &trailer)))
			break;
	}
	release(&u.links, 0);
	release(&u.dirs, 1);
	vfs_proc_exit(u.p);
	return err ? err : trailer ? 0 : E(EINVAL);
}
