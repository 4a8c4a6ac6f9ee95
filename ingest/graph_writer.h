// ingest/graph_writer.h — writes one article's extraction into a transaction
// (the contract of docs/INGEST.md), merging actors and events with what the
// store already holds and replacing an earlier version of the same article.
#ifndef NEWSGRAPH_INGEST_GRAPH_WRITER_H_
#define NEWSGRAPH_INGEST_GRAPH_WRITER_H_

#include "graph/graph_store.h"
#include "ingest/extraction.h"
#include "ingest/ingest.h"

namespace ng::ingest {

// Does not commit. Unchanged articles (same file, same hash) write nothing.
IngestFileResult WriteExtraction(Transaction* tx, const Extraction& x, const Lexicon& lexicon);

// The Article node recorded for a file base name, if any.
std::optional<NodeId> FindArticle(const Transaction& tx, const std::string& file);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_GRAPH_WRITER_H_
