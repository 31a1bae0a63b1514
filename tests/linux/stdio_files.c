/*
 * stdio_files: newlib's stdio over the glue: fopen modes ("w", "r", "a",
 * "r+"), fprintf/fscanf, fgets, fseek/ftell/rewind, ungetc, fread/fwrite
 * of a binary block larger than the buffer, setvbuf, tmpfile, mkstemp
 * (which opens with O_CREAT | O_EXCL), fopen of a missing file (ENOENT),
 * remove.
 */
#include "lt.h"

int main(void)
{
	static unsigned char block[20000], back[20000];
	char line[64], word[16], tmpl[] = "tmpXXXXXX";
	FILE *f;
	int n = 0, fd, i;
	struct stat st;

	f = fopen("t.txt", "w");
	EXPECT_TRUE("fopen w", f != NULL);
	fprintf(f, "alpha %d\nbeta %s\n", 42, "gamma");
	EXPECT_OK("fclose", fclose(f));
	f = fopen("t.txt", "a");
	fputs("delta\n", f);
	fclose(f);
	f = fopen("t.txt", "r");
	EXPECT_EQ("fscanf", fscanf(f, "%15s %d", word, &n), 2);
	EXPECT_TRUE("read alpha 42", !strcmp(word, "alpha") && n == 42);
	EXPECT_TRUE("fgets the rest of line 1", fgets(line, sizeof line, f) && !strcmp(line, "\n"));
	EXPECT_STR("fgets line 2", fgets(line, sizeof line, f), "beta gamma\n");
	EXPECT_STR("fgets line 3 (appended)", fgets(line, sizeof line, f), "delta\n");
	EXPECT_TRUE("then EOF", fgets(line, sizeof line, f) == NULL && feof(f));
	EXPECT_EQ("ftell", ftell(f), 26);
	EXPECT_OK("fseek 6", fseek(f, 6, SEEK_SET));
	EXPECT_EQ("getc", getc(f), '4');
	EXPECT_EQ("ungetc", ungetc('X', f), 'X');
	EXPECT_EQ("getc gets it back", getc(f), 'X');
	rewind(f);
	EXPECT_EQ("after rewind", getc(f), 'a');
	fclose(f);

	f = fopen("t.txt", "r+");
	fseek(f, 0, SEEK_SET);
	fputs("ALPHA", f);
	fclose(f);
	f = fopen("t.txt", "r");
	EXPECT_STR("r+ overwrote in place", fgets(line, sizeof line, f), "ALPHA 42\n");
	fclose(f);

	for (i = 0; i < (int)sizeof block; i++)
		block[i] = (unsigned char)(i * 7);
	f = fopen("b.bin", "wb");
	setvbuf(f, NULL, _IOFBF, 512);
	EXPECT_EQ("fwrite 20000", fwrite(block, 1, sizeof block, f), sizeof block);
	fclose(f);
	f = fopen("b.bin", "rb");
	EXPECT_EQ("fread 20000", fread(back, 1, sizeof back, f), sizeof back);
	EXPECT_TRUE("same bytes", !memcmp(block, back, sizeof block));
	EXPECT_EQ("fread at EOF", fread(back, 1, 10, f), 0);
	fclose(f);

	f = tmpfile();
	EXPECT_TRUE("tmpfile", f != NULL);
	fputs("scratch", f);
	rewind(f);
	EXPECT_STR("tmpfile reads back", fgets(line, sizeof line, f), "scratch");
	fclose(f);
	fd = mkstemp(tmpl);
	EXPECT_TRUE("mkstemp", fd >= 0);
	EXPECT_TRUE("template filled", strncmp(tmpl, "tmpXXXXXX", 9) != 0);
	EXPECT_OK("fstat", fstat(fd, &st));
	EXPECT_EQ("mkstemp mode", st.st_mode & 0777, 0600);
	close(fd);
	EXPECT_OK("remove it", remove(tmpl));
	errno = 0;
	EXPECT_TRUE("fopen missing", fopen("missing.txt", "r") == NULL);
	EXPECT_STR("errno", errname(errno), "ENOENT");
	errno = 0;
	EXPECT_TRUE("fopen a directory for writing", fopen(".", "w") == NULL);
	EXPECT_STR("errno", errname(errno), "EISDIR");
	EXPECT_OK("remove t.txt", remove("t.txt"));
	return lt_done();
}
