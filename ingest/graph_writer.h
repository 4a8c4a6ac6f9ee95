// ingest/graph_writer.h — writes one article's extraction into a transaction
// (the contract of docs/INGEST.md), merging actors and events with what the
// store already holds and replacing an earlier version of the same article.
#ifndef NEWSGRAPH_INGEST_GRAPH_WRITER_H_
#define NEWSGRAPH_INGEST_GRAPH_WRITER_H_

#include <map>
#include <set>
#include <string>

#include "graph/graph_store.h"
#include "ingest/extraction.h"
#include "ingest/ingest.h"

namespace ng::ingest {

// Events already in the store by their keys (event_identity.h), so that merging a
// new event does not rescan a busy actor's events for every article. Filled
// lazily per actor; Clear() it when a transaction is abandoned.
class EventIndex {
 public:
  void Clear() {
    by_key_.clear(), dated_acts_.clear(), loaded_.clear(), actors_.clear(), weeks_.clear(), state_of_.clear();
  }

 private:
  friend class Writer;
  std::map<std::string, NodeId> by_key_;  // EventKey -> the earliest event node
  // EventKeys::any_date -> every dated act known by it, in node order.
  std::map<std::string, std::set<NodeId>> dated_acts_;
  std::set<NodeId> loaded_;               // actors whose events are in by_key_
  std::map<NodeId, std::set<int64_t>> weeks_;  // event -> weeks of its dated reports
  std::map<NodeId, NodeId> state_of_;          // actor -> the party events know it as
  // Actor nodes written so far, by name, with their aliases (saves a
  // FindByName and two reads per actor and article).
  std::map<std::string, std::pair<NodeId, std::set<std::string>>> actors_;
};

// Does not commit. Unchanged articles (same file, same hash) write nothing.
IngestFileResult WriteExtraction(Transaction* tx, const Extraction& x, const Lexicon& lexicon,
                                 EventIndex* events);

// The Article node recorded for a file base name, if any.
std::optional<NodeId> FindArticle(const Transaction& tx, const std::string& file);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_GRAPH_WRITER_H_
