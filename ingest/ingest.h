// ingest/ingest.h — the public face of the ingest module: news articles (text
// or HTML) in, actors, statements and events with provenance out, written to a
// GraphStore one atomic transaction per article.
#ifndef NEWSGRAPH_INGEST_INGEST_H_
#define NEWSGRAPH_INGEST_INGEST_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "graph/error.h"
#include "graph/graph_store.h"

namespace ng {

namespace ingest {
class Lexicon;
class EventIndex;
struct Extraction;
}
namespace nlp {
class Pipeline;
}

struct IngestFileResult {
  enum class Outcome { kWritten, kUnchanged, kReplaced };
  Outcome outcome = Outcome::kWritten;
  uint64_t actors = 0, statements = 0, events = 0;
  // Of `events`, those that joined an event other articles had reported
  // (the same type, date and a participant): no new Event node.
  uint64_t events_merged = 0;
};

// An article read and analysed, not yet written: what Ingester::Prepare gives
// and Ingester::Commit takes.
struct PreparedArticle {
  PreparedArticle();
  PreparedArticle(PreparedArticle&&) noexcept;
  PreparedArticle& operator=(PreparedArticle&&) noexcept;
  ~PreparedArticle();

  std::string file;                                // base name recorded on the Article
  std::unique_ptr<ingest::Extraction> extraction;  // null when the file is no article
  ErrorKind error_kind = ErrorKind::kInvalidArgument;
  std::string error;                               // why not, when extraction is null
};

class Ingester {
 public:
  // Loads the built-in dictionaries and lexicons, the syntax models of
  // `models_dir` (default: nlp::Pipeline::DefaultDir()), then each extra actor
  // dictionary (format in docs/INGEST.md). Throws ng::Error on a bad file.
  Ingester(GraphStore* store, const std::vector<std::string>& actor_files,
           const std::string& models_dir = "");
  ~Ingester();

  // Adds an actor dictionary later (a folder's actors.json), before any Prepare.
  void AddActorFile(const std::string& path);

  // Reads and analyses one article. Touches no store: many threads may
  // prepare articles at once. Never throws for a bad file (see `error`).
  PreparedArticle Prepare(const std::string& path) const;
  PreparedArticle PrepareBytes(const std::string& bytes, const std::string& file) const;

  // Writes a prepared article in one transaction. An unchanged file (same
  // base name, same bytes) writes nothing; a changed one replaces the
  // article's facts. Throws ng::Error (nothing written) for a file that is
  // not a readable article.
  IngestFileResult Commit(const PreparedArticle& article);

  IngestFileResult IngestFile(const std::string& path) { return Commit(Prepare(path)); }
  IngestFileResult IngestBytes(const std::string& bytes, const std::string& file) {
    return Commit(PrepareBytes(bytes, file));
  }

 private:
  GraphStore* store_;
  std::unique_ptr<ingest::Lexicon> lexicon_;
  std::unique_ptr<nlp::Pipeline> syntax_;
  std::unique_ptr<ingest::EventIndex> events_;
};

// Ingests `files` in their order: `jobs` threads read and analyse articles
// ahead (at most a few per thread), the calling thread commits them one by
// one in file order, so the graph is the same whatever `jobs` is. `report`
// is called on the calling thread after each file with its result, or with
// the error that kept it out (then `result` is null).
void IngestInOrder(Ingester* ingester, const std::vector<std::string>& files, int jobs,
                   const std::function<void(size_t index, const IngestFileResult* result,
                                            const Error* error)>& report);

// Files under `paths` (folders recursively, sorted) that look like articles:
// .txt .text .html .htm .xhtml and names without an extension; a database
// folder among them (its LOCK, CURRENT) is skipped.
std::vector<std::string> ListArticleFiles(const std::vector<std::string>& paths);

}  // namespace ng

#endif  // NEWSGRAPH_INGEST_INGEST_H_
