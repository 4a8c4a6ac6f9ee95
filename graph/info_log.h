// graph/info_log.h — RocksDB's diagnostic log (DB/LOG) written so that a
// failure to write it never stops the database: RocksDB's own file logger
// aborts the process (an assertion in Debian's build) on the first write
// after the disk filled up, while the data path reports the full disk as an
// ordinary error. This logger drops what it cannot write.
#ifndef NEWSGRAPH_GRAPH_INFO_LOG_H_
#define NEWSGRAPH_GRAPH_INFO_LOG_H_

#include <memory>
#include <string>

#include <rocksdb/env.h>

namespace ng {

// A logger appending to `folder`/LOG; the previous LOG, if any, is kept as
// LOG.old (so `repair` and people read the log of the last open). Returns
// null when the file cannot be opened at all: RocksDB then logs nowhere.
std::shared_ptr<rocksdb::Logger> OpenInfoLog(const std::string& folder);

// A logger that writes nothing, for read-only opens.
std::shared_ptr<rocksdb::Logger> DiscardingInfoLog();

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_INFO_LOG_H_
