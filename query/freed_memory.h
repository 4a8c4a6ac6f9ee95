// query/freed_memory.h — a process that runs query after query (the shell, a
// benchmark) keeps the memory a query freed for the next one, instead of
// handing it back to the system.
//
// WHO SAID ABOUT the hub of scale M makes 176,935 rows, about 200 MB. glibc
// gives the freed top of its heap back (past 128 KiB) and maps each large
// block afresh, so the next query faults every page in again; on the 2-vCPU
// VM of docs/PERFORMANCE.md a fault costs about 15 µs, and making those rows
// spent 0.4 s in faults, more than in the work. Kept memory is what the next
// allocations reuse: the process's peak stays what it was.
#ifndef NEWSGRAPH_QUERY_FREED_MEMORY_H_
#define NEWSGRAPH_QUERY_FREED_MEMORY_H_

namespace ng {

// Process-wide (the C library's allocator): call once, at start-up.
void KeepFreedMemoryForReuse();

}  // namespace ng

#endif  // NEWSGRAPH_QUERY_FREED_MEMORY_H_
