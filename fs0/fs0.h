/*
 * fs0, the file system server: the VFS (fs0/vfs/), the processes' file
 * descriptors, devices (console, host files for persona-run) and the
 * protocol with mm0.
 */
#ifndef FS0_H
#define FS0_H

#include <persona/bootinfo.h>
#include <native.h>
#include <uprintf.h>
#include <string.h>
#include <proto.h>

#define PAGE_SIZE       4096u

/* notification bits */
#define NOTIFY_UART     1u

/* mem.c: fs0's own RAM */
long mem_init(u32 base_pa, u32 bytes);
void *page_alloc(void);                 /* a 4 KiB page (not zeroed), NULL if none */
void page_free(void *p);
void *mem_alloc(size_t bytes);          /* <= 2048 bytes, zeroed, NULL if none */
void mem_free(void *p, size_t bytes);
u32 mem_live_objects(void);
u32 mem_pages_used(void);
u32 mem_pages_free(void);

/* uart.c */
long uart_init(void);
void uart_write(const char *s, u32 len);
void uart_interrupt(void (*input)(const char *bytes, u32 n));

#endif
