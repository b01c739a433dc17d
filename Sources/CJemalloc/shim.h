#ifndef POLICYGEN_JEMALLOC_SHIM_H
#define POLICYGEN_JEMALLOC_SHIM_H
// Linked into the command line only: its malloc and free replace glibc's for the whole
// process (docs/performance.md says what it saves). Nothing here is called from Swift.
#include <jemalloc/jemalloc.h>
#endif
