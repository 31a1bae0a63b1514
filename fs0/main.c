/*
 * fs0, the file system server. So far it only announces itself to mm0 and
 * answers FS0_PING; the VFS arrives with the newlib personality.
 */
#include <native.h>
#include <proto.h>

int main(u32 mm0)
{
	struct msg m = { .tag = TAG(MM0_READY, 0) };

	ipc_call(mm0, &m);
	long from = ipc_recv(TID_ANY, &m);
	for (;;) {
		if (from < 0) {
			from = ipc_recv(TID_ANY, &m);
			continue;
		}
		if (TAG_LABEL(m.tag) == FS0_PING) {
			m.tag = TAG(0, 1);
			m.mr[0] = m.mr[0] + 1;
		} else if (TAG_LABEL(m.tag) == FS0_CHECK) {
			m.tag = TAG(0, 3);
			m.mr[0] = m.mr[1] = m.mr[2] = 0;
		} else {
			m.tag = TAG(0, 1);
			m.mr[0] = (u32)-ENOSYS;
		}
		from = ipc_reply_wait((u32)from, &m);
	}
}
