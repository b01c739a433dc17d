#include "free_memory.h"

#include <stddef.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

// jemalloc's control interface, present when the program links jemalloc (the command line
// does; the tests do not). Weak, so that this file links either way.
extern int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen)
    __attribute__((weak));

void policygen_release_free_memory(void) {
    if (mallctl != NULL) {
        // Every arena's unused pages back to the system (4096 is MALLCTL_ARENAS_ALL).
        mallctl("arena.4096.purge", NULL, NULL, NULL, 0);
        return;
    }
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}
