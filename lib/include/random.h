/*
 * A pseudo-random generator for the servers (AT_RANDOM, getrandom,
 * /dev/urandom): xoshiro128** seeded through SplitMix64. Seed it with what
 * varies from boot to boot (the counter, the RTC). Not a cryptographic
 * generator; said so in docs/design.md.
 */
#ifndef LIB_RANDOM_H
#define LIB_RANDOM_H

#include <stddef.h>
#include <stdint.h>

void random_seed(uint64_t seed);
/* Mixes more entropy into the state. */
void random_stir(uint64_t entropy);
void random_bytes(void *buf, size_t len);

#endif
