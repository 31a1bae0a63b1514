/*
 * <sys/mman.h> (newlib has none): memory mappings with Linux's flags (from
 * personality/include/linux_abi), passed to the kernel unchanged.
 */
#ifndef _SYS_MMAN_H
#define _SYS_MMAN_H

#include <sys/types.h>
#include <linux_abi/mman.h>

#ifdef __cplusplus
extern "C" {
#endif

#define MAP_FAILED ((void *)-1)

#define PROT_NONE            LINUX_PROT_NONE
#define PROT_READ            LINUX_PROT_READ
#define PROT_WRITE           LINUX_PROT_WRITE
#define PROT_EXEC            LINUX_PROT_EXEC
#define PROT_SEM             LINUX_PROT_SEM
#define PROT_GROWSDOWN       LINUX_PROT_GROWSDOWN
#define PROT_GROWSUP         LINUX_PROT_GROWSUP
#define MAP_SHARED           LINUX_MAP_SHARED
#define MAP_PRIVATE          LINUX_MAP_PRIVATE
#define MAP_SHARED_VALIDATE  LINUX_MAP_SHARED_VALIDATE
#define MAP_TYPE             LINUX_MAP_TYPE
#define MAP_FIXED            LINUX_MAP_FIXED
#define MAP_ANONYMOUS        LINUX_MAP_ANONYMOUS
#define MAP_ANON             LINUX_MAP_ANON
#define MAP_FILE             LINUX_MAP_FILE
#define MAP_GROWSDOWN        LINUX_MAP_GROWSDOWN
#define MAP_DENYWRITE        LINUX_MAP_DENYWRITE
#define MAP_EXECUTABLE       LINUX_MAP_EXECUTABLE
#define MAP_LOCKED           LINUX_MAP_LOCKED
#define MAP_NORESERVE        LINUX_MAP_NORESERVE
#define MAP_POPULATE         LINUX_MAP_POPULATE
#define MAP_NONBLOCK         LINUX_MAP_NONBLOCK
#define MAP_STACK            LINUX_MAP_STACK
#define MAP_HUGETLB          LINUX_MAP_HUGETLB
#define MAP_SYNC             LINUX_MAP_SYNC
#define MAP_FIXED_NOREPLACE  LINUX_MAP_FIXED_NOREPLACE
#define MAP_UNINITIALIZED    LINUX_MAP_UNINITIALIZED
#define MREMAP_MAYMOVE       LINUX_MREMAP_MAYMOVE
#define MREMAP_FIXED         LINUX_MREMAP_FIXED
#define MREMAP_DONTUNMAP     LINUX_MREMAP_DONTUNMAP
#define MS_ASYNC             LINUX_MS_ASYNC
#define MS_INVALIDATE        LINUX_MS_INVALIDATE
#define MS_SYNC              LINUX_MS_SYNC
#define MCL_CURRENT          LINUX_MCL_CURRENT
#define MCL_FUTURE           LINUX_MCL_FUTURE
#define MCL_ONFAULT          LINUX_MCL_ONFAULT
#define MLOCK_ONFAULT        LINUX_MLOCK_ONFAULT
#define MADV_NORMAL          LINUX_MADV_NORMAL
#define MADV_RANDOM          LINUX_MADV_RANDOM
#define MADV_SEQUENTIAL      LINUX_MADV_SEQUENTIAL
#define MADV_WILLNEED        LINUX_MADV_WILLNEED
#define MADV_DONTNEED        LINUX_MADV_DONTNEED
#define MADV_FREE            LINUX_MADV_FREE
#define MADV_REMOVE          LINUX_MADV_REMOVE
#define MADV_DONTFORK        LINUX_MADV_DONTFORK
#define MADV_DOFORK          LINUX_MADV_DOFORK
#define MADV_MERGEABLE       LINUX_MADV_MERGEABLE
#define MADV_UNMERGEABLE     LINUX_MADV_UNMERGEABLE
#define MADV_HUGEPAGE        LINUX_MADV_HUGEPAGE
#define MADV_NOHUGEPAGE      LINUX_MADV_NOHUGEPAGE
#define MADV_DONTDUMP        LINUX_MADV_DONTDUMP
#define MADV_DODUMP          LINUX_MADV_DODUMP
#define MADV_WIPEONFORK      LINUX_MADV_WIPEONFORK
#define MADV_KEEPONFORK      LINUX_MADV_KEEPONFORK
#define MADV_COLD            LINUX_MADV_COLD
#define MADV_PAGEOUT         LINUX_MADV_PAGEOUT
#define MADV_POPULATE_READ   LINUX_MADV_POPULATE_READ
#define MADV_POPULATE_WRITE  LINUX_MADV_POPULATE_WRITE
#define MADV_DONTNEED_LOCKED LINUX_MADV_DONTNEED_LOCKED
#define MADV_COLLAPSE        LINUX_MADV_COLLAPSE
#define MADV_HWPOISON        LINUX_MADV_HWPOISON
#define MADV_SOFT_OFFLINE    LINUX_MADV_SOFT_OFFLINE

void *mmap(void *__addr, size_t __len, int __prot, int __flags, int __fd, off_t __offset);
int munmap(void *__addr, size_t __len);
int mprotect(void *__addr, size_t __len, int __prot);
int madvise(void *__addr, size_t __len, int __advice);
int msync(void *__addr, size_t __len, int __flags);
int mlock(const void *__addr, size_t __len);
int munlock(const void *__addr, size_t __len);
#if __GNU_VISIBLE
void *mremap(void *__old, size_t __old_len, size_t __new_len, int __flags, ...);
#endif

#ifdef __cplusplus
}
#endif

#endif
