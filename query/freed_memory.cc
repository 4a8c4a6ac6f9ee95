#include "query/freed_memory.h"

#include <cstdlib>  // defines __GLIBC__ with the C library's headers

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ng {

void KeepFreedMemoryForReuse() {
#if defined(__GLIBC__)
  // Up to 1 GiB of freed heap kept; blocks below 32 MiB (the most glibc
  // allows) from the heap, not mapped and unmapped per query.
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
#endif
}

}  // namespace ng
