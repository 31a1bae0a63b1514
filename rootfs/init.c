/*
 * /sbin/init of the default root file system (`make run`), until BusyBox
 * takes its place: a first Linux program that says where it runs, shows
 * what the file system holds, and ends the system by exiting (Persona
 * powers off with init's status).
 */
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <unistd.h>

static void list(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (!d) {
		perror(dir);
		return;
	}
	printf("  %s:", dir);
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, ".."))
			printf(" %s", e->d_name);
	printf("\n");
	closedir(d);
}

int main(int argc, char **argv)
{
	struct utsname u;
	struct sysinfo si;

	if (uname(&u) == 0)
		printf("init: %s %s %s on %s, pid %d\n", u.sysname, u.release, u.machine, u.nodename,
		       (int)getpid());
	if (sysinfo(&si) == 0)
		printf("init: %lu MiB of memory, %lu MiB free\n", si.totalram >> 20, si.freeram >> 20);
	list("/");
	list("/dev");
	printf("init: no shell yet (BusyBox comes next); powering off\n");
	return 0;
}
