#ifndef POLICYGEN_FOLDER_EXCHANGE_H
#define POLICYGEN_FOLDER_EXCHANGE_H

/// Swaps two paths in one step (Linux renameat2 with RENAME_EXCHANGE): at every instant
/// each name holds either the old or the new folder, never nothing.
/// Returns 0, or -1 with errno set (ENOSYS or EINVAL where the kernel or file system
/// cannot exchange; the caller then falls back to two renames).
int policygen_exchange_paths(const char *first, const char *second);

#endif
