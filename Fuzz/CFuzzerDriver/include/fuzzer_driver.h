#ifndef POLICYGEN_FUZZER_DRIVER_H
#define POLICYGEN_FUZZER_DRIVER_H
#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver (compiler-rt, linked by -sanitize=fuzzer). SwiftPM gives an executable
// target's main its own name, so each fuzz target's main hands its arguments to the driver.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
