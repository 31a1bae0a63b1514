/*
 * What the files of fs0/vfs share and nobody else sees: vnodes, directory
 * entries, fd tables, processes, the path walker, and the one global state.
 */
#ifndef FS0_VFS_INTERNAL_H
#define FS0_VFS_INTERNAL_H

#include "vfs.h"
#include <string.h>

#define E(x) (-(long)LINUX_##x)

#define BOGO_DIRENT_BYTES 20            /* tmpfs: a directory's size grows by this per entry */
#define PTRS_PER_BLOCK    512           /* slots per index node of a file (pages.c) */
#define SHORT_SYMLINK_LEN 128           /* tmpfs keeps shorter targets inline (st_blocks 0) */

struct vfs_dirent {
	struct vfs_dirent *next;
	struct vfs_vnode *node;
	uint64_t cookie;                /* getdents position: stable, increasing, from 2 */
	uint32_t len;
	char name[];                    /* len bytes and a NUL */
};

/*
 * A record lock (lock.c) on its vnode's list: ordered by owner, then by
 * start; one owner's locks never overlap.
 */
struct vfs_lock {
	struct vfs_lock *next;
	const void *owner;              /* an fd table (POSIX lock) or a vfs_file (OFD lock) */
	int64_t start, end;             /* bytes start..end; end INT64_MAX: to any size */
	int32_t pid;                    /* l_pid F_GETLK shows: the locker's, -1 for OFD */
	uint16_t type;                  /* LINUX_F_RDLCK or LINUX_F_WRLCK (F_UNLCK in requests) */
};

/*
 * A tmpfs inode. Lifetime: freed when nlink and refs are both 0. nlink
 * counts entries naming it (a directory: 2 + subdirectories while linked,
 * 0 once removed). refs counts open files, processes' cwd and root, child
 * directories (their ".."), and walks in progress.
 */
struct vfs_vnode {
	struct vfs_vnode *next, *prev;  /* every vnode (vfs_check) */
	uint64_t ino;
	uint32_t mode, nlink, uid, gid;
	uint32_t rdev_major, rdev_minor;
	uint32_t refs;
	uint32_t linkable;               /* an O_TMPFILE file linkat may name */
	int64_t size;
	struct vfs_lock *locks;         /* record locks (lock.c), each allocated */
	struct vfs_time atime, mtime, ctime, btime;
	uint32_t chk_mark, chk_links, chk_refs;   /* vfs_check scratch */
	union {
		struct {
			struct vfs_dirent *first, *last;
			struct vfs_vnode *parent;   /* holds a reference; NULL for the root */
			uint64_t next_cookie;
			uint32_t entries;
		} dir;
		struct {
			void **root;                /* the page index (pages.c), NULL if no page */
			uint32_t height;            /* its levels: 1 = root slots hold pages */
			uint32_t pages;
		} reg;
		struct {
			char *target;               /* size + 1 bytes */
		} lnk;
		struct {
			void *priv;                 /* the FIFO implementation's (a pipe) */
			uint32_t anon;              /* made by pipe2: VFS_FMODE_PIPE ends */
		} fifo;
	};
};

struct vfs_fdtable {
	struct vfs_fdtable *next, *prev;
	uint32_t refs;                  /* processes sharing it (CLONE_FILES) */
	uint32_t cap;                   /* slots allocated */
	uint32_t used;                  /* slots holding a file */
	struct vfs_file **slot;         /* each holds a file reference */
	uint8_t *cloexec;               /* cap bytes after slot[] in the same allocation */
	uint32_t chk_refs;
};

/*
 * A FIFO open that waits for the other end (openwait.c): the description
 * is open (a reader or writer the other side sees) and held; the call's
 * arguments tell its retry from another open.
 */
struct vfs_open_wait {
	struct vfs_file *file;          /* holds a vfs_file_hold reference */
	int dirfd;
	uint32_t flags, mode;
	size_t bytes;                   /* of this allocation, the path included */
	char path[];
};

struct vfs_proc {
	struct vfs_proc *next, *prev;
	struct vfs_vnode *root, *cwd;   /* each holds a reference */
	uint32_t umask;
	uint32_t nofile;
	struct vfs_fdtable *fds;        /* holds a reference */
	struct vfs_open_wait *open_wait;        /* a waiting FIFO open, or NULL */
};

struct vfs_dev_entry {
	uint32_t major, minor;
	const struct vfs_dev_ops *ops;
};

struct vfs_global {
	int ready;
	struct vfs_vnode *root;
	struct vfs_vnode *vnodes;
	struct vfs_file *files;
	struct vfs_fdtable *tables;
	struct vfs_proc *procs;
	uint64_t next_ino;
	uint32_t chk_epoch;
	struct vfs_stats n;
	struct vfs_dev_entry devs[VFS_MAX_DEVS];
	const struct vfs_dev_ops *fifo_ops;
};

extern struct vfs_global vfs_g;

#define IS_DIR(v) LINUX_S_ISDIR((v)->mode)
#define IS_REG(v) LINUX_S_ISREG((v)->mode)
#define IS_LNK(v) LINUX_S_ISLNK((v)->mode)

/* doubly linked lists through next/prev with a head pointer */
#define LIST_ADD(head, x) do {                          \
		(x)->prev = NULL;                       \
		(x)->next = (head);                     \
		if (head)                               \
			(head)->prev = (x);             \
		(head) = (x);                           \
	} while (0)
#define LIST_DEL(head, x) do {                          \
		if ((x)->prev)                          \
			(x)->prev->next = (x)->next;    \
		else                                    \
			(head) = (x)->next;             \
		if ((x)->next)                          \
			(x)->next->prev = (x)->prev;    \
	} while (0)

/* mem.c: counted allocations (zeroed) and pages (zeroed) */
void *vfs_mem_alloc(size_t bytes);
void vfs_mem_free(void *p, size_t bytes);
void *vfs_mem_page(void);
void vfs_mem_page_free(void *page);

/* node.c */
#define T_A 1u
#define T_M 2u
#define T_C 4u
long vfs_node_new(uint32_t mode, struct vfs_vnode **out);
void vfs_node_get(struct vfs_vnode *v);
void vfs_node_put(struct vfs_vnode *v);
void vfs_node_destroy(struct vfs_vnode *v);
void vfs_node_touch(struct vfs_vnode *v, uint32_t which);
void vfs_node_read_touch(struct vfs_vnode *v);
int64_t vfs_node_blocks(const struct vfs_vnode *v);

/* dir.c */
struct vfs_dirent *vfs_dir_find(struct vfs_vnode *dir, const char *name, uint32_t len);
struct vfs_dirent *vfs_dir_find_node(struct vfs_vnode *dir, struct vfs_vnode *node);
long vfs_dir_lookup(struct vfs_vnode *dir, const char *name, uint32_t len,
		    struct vfs_dirent **out);
long vfs_dir_insert(struct vfs_vnode *dir, const char *name, uint32_t len,
		    struct vfs_vnode *node);
void vfs_dir_remove(struct vfs_vnode *dir, struct vfs_dirent *e);
struct vfs_dirent *vfs_dir_at(struct vfs_vnode *dir, uint64_t pos);
void vfs_dir_set_parent(struct vfs_vnode *dir, struct vfs_vnode *parent);
long vfs_dir_link_new(struct vfs_vnode *dir, const char *name, uint32_t len,
		      struct vfs_vnode *node);
void vfs_dir_unlink(struct vfs_vnode *dir, struct vfs_dirent *e);
int vfs_dir_is_ancestor(struct vfs_vnode *a, struct vfs_vnode *d);

/* pages.c */
long vfs_reg_read(struct vfs_vnode *v, int64_t pos, const struct vfs_io *io, size_t n);
long vfs_reg_write(struct vfs_vnode *v, int64_t pos, const struct vfs_io *io, size_t io_off,
		   size_t n);
long vfs_reg_truncate(struct vfs_vnode *v, int64_t size);
void vfs_reg_free(struct vfs_vnode *v);
int64_t vfs_reg_seek_data(struct vfs_vnode *v, int64_t pos, int hole);
void *vfs_reg_page(const struct vfs_vnode *v, uint32_t index);
uint32_t vfs_reg_census(const struct vfs_vnode *v, size_t *bytes, int *past_eof);

/* dev.c */
const struct vfs_dev_ops *vfs_dev_find(uint32_t major, uint32_t minor);
void vfs_dev_register_mem(void);

/* file.c */
long vfs_file_open(struct vfs_vnode *v, uint32_t flags, struct vfs_file **out);
void vfs_file_put(struct vfs_file *f);
void vfs_file_free(struct vfs_file *f);

/* fdtable.c */
struct vfs_file *vfs_fd_file(struct vfs_proc *p, int fd);
struct vfs_file *vfs_fd_io_file(struct vfs_proc *p, int fd);
long vfs_fd_alloc(struct vfs_proc *p, uint32_t from);
long vfs_fd_expand(struct vfs_proc *p, uint32_t fd);
void vfs_fd_install(struct vfs_proc *p, int fd, struct vfs_file *f, int cloexec);
long vfs_fd_close(struct vfs_proc *p, int fd);
long vfs_fdtable_new(uint32_t cap, struct vfs_fdtable **out);
long vfs_fdtable_copy(struct vfs_fdtable *src, struct vfs_fdtable **out);
void vfs_fdtable_put(struct vfs_fdtable *t);
size_t vfs_fdtable_bytes(uint32_t cap);

/* namei.c: the walker */
#define LOOKUP_FOLLOW    1      /* follow a symlink named by the last component */
#define LOOKUP_DIRECTORY 2      /* the result must be a directory */
#define LOOKUP_EMPTY     4      /* "" names the start (AT_EMPTY_PATH) */

enum { LAST_NORM, LAST_ROOT, LAST_DOT, LAST_DOTDOT, LAST_EMPTY };

struct vfs_walk {
	struct vfs_proc *p;
	struct vfs_vnode *dir;          /* where the last component is looked up (held) */
	const char *last;
	uint32_t last_len;
	int last_type;
	int slash;                      /* the last component had trailing slashes */
	int depth, links;
	const char *stack[VFS_MAXSYMLINKS + 1];
};

long vfs_walk_parent(struct vfs_walk *w, struct vfs_proc *p, int dirfd, const char *path,
		     int flags);
long vfs_walk_last(struct vfs_walk *w, int flags, struct vfs_vnode **out);
long vfs_walk_follow(struct vfs_walk *w, struct vfs_vnode *link);
long vfs_walk_into(struct vfs_walk *w, struct vfs_vnode *link);
void vfs_walk_done(struct vfs_walk *w);
long vfs_lookup(struct vfs_proc *p, int dirfd, const char *path, int flags,
		struct vfs_vnode **out);
long vfs_lookup_at(struct vfs_proc *p, int dirfd, const char *path, int at_flags,
		   int allowed, struct vfs_vnode **out);
long vfs_path_check(const char *path);

/* create.c */
long vfs_create_prep(struct vfs_walk *w, struct vfs_proc *p, int dirfd, const char *path,
		     int want_dir);
long vfs_create_node(struct vfs_walk *w, uint32_t mode, struct vfs_vnode **out);

/* lock.c */
void vfs_lock_remove(struct vfs_vnode *v, const void *owner);
void vfs_lock_close(struct vfs_file *f, const struct vfs_fdtable *t);

/* openwait.c */
int vfs_open_is_retry(const struct vfs_proc *p, int dirfd, const char *path, uint32_t flags,
		      uint32_t mode);
long vfs_open_park(struct vfs_proc *p, struct vfs_file *f, int dirfd, const char *path,
		   uint32_t flags, uint32_t mode);
long vfs_open_resume(struct vfs_proc *p);

/* open.c */
long vfs_open_node(struct vfs_proc *p, int dirfd, const char *path, uint32_t flags,
		   uint32_t mode, struct vfs_vnode **out);

/* attr.c */
long vfs_setattr_size(struct vfs_vnode *v, int64_t length);
void vfs_chmod_node(struct vfs_vnode *v, uint32_t mode);
void vfs_chown_node(struct vfs_vnode *v, uint32_t uid, uint32_t gid);

#endif
