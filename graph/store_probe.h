// graph/store_probe.h — what the shell asks of a database before deciding
// how to hold it: whether its counts are kept, whether another process
// writes it. Cheap: a key read, one fcntl.
#ifndef NEWSGRAPH_GRAPH_STORE_PROBE_H_
#define NEWSGRAPH_GRAPH_STORE_PROBE_H_

#include <string>

#include "graph/graph_store.h"

namespace ng {

// Whether `store` keeps the counts per label and type (graph/counts.h). A
// database from before they were kept is counted by its first writable open;
// read-only, Counts() scans every node and relationship instead.
bool CountsKept(GraphStore& store);

// Whether another process holds the write lock of the database at `path`
// (RocksDB's fcntl lock on its LOCK file), without taking it. False when
// there is no LOCK file. Not for a database this process has open writable:
// closing the probe's descriptor would drop this process's own lock (POSIX
// record locks belong to the process, not the descriptor).
bool LockedByAnotherProcess(const std::string& path);

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_STORE_PROBE_H_
