// ingest/ingest.h — the public face of the ingest module: news articles (text
// or HTML) in, actors, statements and events with provenance out, written to a
// GraphStore one atomic transaction per article.
#ifndef NEWSGRAPH_INGEST_INGEST_H_
#define NEWSGRAPH_INGEST_INGEST_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "graph/graph_store.h"

namespace ng {

namespace ingest {
class Lexicon;
class EventIndex;
}

struct IngestFileResult {
  enum class Outcome { kWritten, kUnchanged, kReplaced };
  Outcome outcome = Outcome::kWritten;
  uint64_t actors = 0, statements = 0, events = 0;
};

class Ingester {
 public:
  // Loads the built-in dictionaries and lexicons, then each extra actor
  // dictionary (format in docs/INGEST.md). Throws ng::Error on a bad file.
  Ingester(GraphStore* store, const std::vector<std::string>& actor_files);
  ~Ingester();

  // Adds an actor dictionary later (a folder's actors.json).
  void AddActorFile(const std::string& path);

  // Reads, extracts and writes one article in one transaction. An unchanged
  // file (same base name, same bytes) writes nothing; a changed one replaces
  // the article's facts. Throws ng::Error (nothing written) for a file that is
  // not a readable article.
  IngestFileResult IngestFile(const std::string& path);
  // Same, from bytes in memory; `file` is the name recorded on the Article.
  IngestFileResult IngestBytes(const std::string& bytes, const std::string& file);

 private:
  GraphStore* store_;
  std::unique_ptr<ingest::Lexicon> lexicon_;
  std::unique_ptr<ingest::EventIndex> events_;
};

// Files under `paths` (folders recursively, sorted) that look like articles:
// .txt .text .html .htm .xhtml and names without an extension; a database
// folder among them (its LOCK, CURRENT) is skipped.
std::vector<std::string> ListArticleFiles(const std::vector<std::string>& paths);

}  // namespace ng

#endif  // NEWSGRAPH_INGEST_INGEST_H_
