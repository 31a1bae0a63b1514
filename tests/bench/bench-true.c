/*
 * bench-true: the small static program sysbench's fork_exec operation
 * executes: it exits with status 0 at once (the C library's start-up and
 * exit included, as for any program built with the glue).
 */
int main(void)
{
	return 0;
}
