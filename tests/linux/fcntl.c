/*
 * fcntl: F_GETFD/F_SETFD, F_GETFL (access mode and status flags through
 * the glue's translation) and F_SETFL (O_APPEND, O_NONBLOCK; the access
 * mode cannot change), F_DUPFD and F_DUPFD_CLOEXEC (lowest fd >= arg),
 * record locks of a single process (F_SETLK then F_GETLK sees no
 * conflict), and the errors: bad fd, unknown command, bad lock type.
 */
#include "lt.h"

int main(void)
{
	int fd, d, fl;
	struct flock lk;

	lt_write_file("f", "0123456789", 10);
	fd = open("f", O_RDWR);
	SETUP(fd);

	EXPECT_EQ("F_GETFD", fcntl(fd, F_GETFD), 0);
	EXPECT_OK("F_SETFD FD_CLOEXEC", fcntl(fd, F_SETFD, FD_CLOEXEC));
	EXPECT_EQ("F_GETFD", fcntl(fd, F_GETFD), FD_CLOEXEC);
	EXPECT_OK("F_SETFD 0", fcntl(fd, F_SETFD, 0));
	EXPECT_EQ("F_GETFD", fcntl(fd, F_GETFD), 0);

	fl = fcntl(fd, F_GETFL);
	EXPECT_EQ("F_GETFL access mode", fl & O_ACCMODE, O_RDWR);
	EXPECT_EQ("F_GETFL O_APPEND", !!(fl & O_APPEND), 0);
	EXPECT_OK("F_SETFL O_APPEND | O_NONBLOCK", fcntl(fd, F_SETFL, O_APPEND | O_NONBLOCK));
	fl = fcntl(fd, F_GETFL);
	EXPECT_EQ("O_APPEND now", !!(fl & O_APPEND), 1);
	EXPECT_EQ("O_NONBLOCK now", !!(fl & O_NONBLOCK), 1);
	EXPECT_EQ("write appends", (lseek(fd, 0, SEEK_SET), write(fd, "X", 1)), 1);
	EXPECT_EQ("at the end", lseek(fd, 0, SEEK_CUR), 11);
	EXPECT_OK("F_SETFL O_WRONLY (ignored)", fcntl(fd, F_SETFL, O_WRONLY));
	fl = fcntl(fd, F_GETFL);
	EXPECT_EQ("access mode unchanged", fl & O_ACCMODE, O_RDWR);
	EXPECT_EQ("O_APPEND cleared", !!(fl & O_APPEND), 0);
	close(fd);
	fd = open("f", O_WRONLY | O_APPEND);
	fl = fcntl(fd, F_GETFL);
	EXPECT_EQ("O_WRONLY | O_APPEND: access mode", fl & O_ACCMODE, O_WRONLY);
	EXPECT_EQ("O_WRONLY | O_APPEND: O_APPEND", !!(fl & O_APPEND), 1);
	close(fd);
	fd = open("f", O_RDWR);

	d = fcntl(fd, F_DUPFD, 30);
	EXPECT_EQ("F_DUPFD 30", d, 30);
	EXPECT_EQ("F_DUPFD 30 again", fcntl(fd, F_DUPFD, 30), 31);
	EXPECT_EQ("no FD_CLOEXEC on it", fcntl(d, F_GETFD), 0);
	d = fcntl(fd, F_DUPFD_CLOEXEC, 40);
	EXPECT_EQ("F_DUPFD_CLOEXEC 40", d, 40);
	EXPECT_EQ("FD_CLOEXEC on it", fcntl(d, F_GETFD), FD_CLOEXEC);

	memset(&lk, 0, sizeof lk);
	lk.l_type = F_WRLCK;
	lk.l_whence = SEEK_SET;
	lk.l_start = 0;
	lk.l_len = 5;
	EXPECT_OK("F_SETLK write lock on 0..4", fcntl(fd, F_SETLK, &lk));
	lk.l_type = F_WRLCK;
	EXPECT_OK("F_GETLK by the owner", fcntl(fd, F_GETLK, &lk));
	EXPECT_TRUE("no conflict with our own lock", lk.l_type == F_UNLCK);
	lk.l_type = F_UNLCK;
	lk.l_start = 0;
	lk.l_len = 5;
	EXPECT_OK("F_SETLK unlock", fcntl(fd, F_SETLK, &lk));
	lk.l_type = F_RDLCK;
	EXPECT_OK("F_SETLK read lock", fcntl(fd, F_SETLK, &lk));
	lk.l_type = 77;
	EXPECT_ERR("F_SETLK with an unknown lock type", fcntl(fd, F_SETLK, &lk), EINVAL);

	EXPECT_ERR("F_GETFD on a bad fd", fcntl(999, F_GETFD), EBADF);
	EXPECT_ERR("F_GETFL on -1", fcntl(-1, F_GETFL), EBADF);
	EXPECT_ERR("F_DUPFD with a negative minimum", fcntl(fd, F_DUPFD, -1), EINVAL);
	EXPECT_ERR("unknown command", fcntl(fd, 12345, 0), EINVAL);
	return lt_done();
}
