#ifndef POLICYGEN_FREE_MEMORY_H
#define POLICYGEN_FREE_MEMORY_H

/// Returns memory the process has freed to the system: jemalloc's purge of every arena when
/// the program links jemalloc, else glibc's malloc_trim (which Swift's Glibc module does not
/// declare); does nothing elsewhere.
void policygen_release_free_memory(void);

#endif
