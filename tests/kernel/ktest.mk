# in-guest kernel tests (filled below)
