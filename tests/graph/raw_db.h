// tests/graph/raw_db.h — the raw RocksDB of a newsgraph database, to look at
// its keys or damage them on purpose.
#ifndef NEWSGRAPH_TESTS_GRAPH_RAW_DB_H_
#define NEWSGRAPH_TESTS_GRAPH_RAW_DB_H_

#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include <rocksdb/db.h>

#include "graph/counts.h"

namespace ng::testing {

struct RawDb {
  // Column family handles in the store's order.
  enum { kMeta = 1, kNodes, kRels, kOut, kIn, kLabels, kNames, kTexts, kCounts };
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;
  explicit RawDb(const std::string& path) {
    std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
    for (const char* n : {"default", "meta", "nodes", "rels", "out", "in", "labels", "names", "texts", "counts"})
      cfs.emplace_back(n, rocksdb::ColumnFamilyOptions());
    // Without it, the flush at open loses the counts' additions.
    cfs.back().options.merge_operator = counts::AddOperator();
    rocksdb::DB* raw;
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), path, cfs, &handles, &raw).ok());
    db.reset(raw);
  }
  ~RawDb() {
    for (auto* h : handles) db->DestroyColumnFamilyHandle(h);
  }
  // Every key and value of one family.
  std::vector<std::pair<std::string, std::string>> All(int family) const {
    std::vector<std::pair<std::string, std::string>> out;
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), handles[family]));
    for (it->SeekToFirst(); it->Valid(); it->Next())
      out.emplace_back(it->key().ToString(), it->value().ToString());
    return out;
  }
};

}  // namespace ng::testing

#endif  // NEWSGRAPH_TESTS_GRAPH_RAW_DB_H_
