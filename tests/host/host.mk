# host unit tests
