#ifndef KARTA_DIGEST_H
#define KARTA_DIGEST_H

#include <stddef.h>
#include <stdint.h>

/// SHA-256 of `length` bytes at `data`, written as 32 bytes to `digest`. Uses the processor's SHA
/// instructions when it has them, portable C otherwise.
void karta_sha256(const uint8_t *data, size_t length, uint8_t digest[32]);

/// The same digest, by the portable C code when `portable` is not 0 (so that tests check both paths
/// on every machine).
void karta_sha256_path(const uint8_t *data, size_t length, uint8_t digest[32], int portable);

/// Whether the processor's SHA instructions are used (for the benchmark's report).
int karta_sha256_uses_hardware(void);

#endif
