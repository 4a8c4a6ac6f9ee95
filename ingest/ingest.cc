#include "ingest/ingest.h"

#include <algorithm>
#include <filesystem>

#include "ingest/article.h"
#include "ingest/extraction.h"
#include "ingest/graph_writer.h"
#include "ingest/lexicon.h"
#include "ingest/reader.h"
#include "ingest/text_util.h"

namespace ng {

namespace fs = std::filesystem;

Ingester::Ingester(GraphStore* store, const std::vector<std::string>& actor_files)
    : store_(store),
      lexicon_(ingest::Lexicon::LoadDefault()),
      events_(std::make_unique<ingest::EventIndex>()) {
  for (const std::string& f : actor_files) lexicon_->AddActorFile(f);
}

Ingester::~Ingester() = default;

void Ingester::AddActorFile(const std::string& path) { lexicon_->AddActorFile(path); }

namespace {

IngestFileResult Write(GraphStore* store, const ingest::SourceText& source, const std::string& file,
                       const ingest::Lexicon& lex, ingest::EventIndex* events) {
  ingest::Article article = ingest::BuildArticle(source, file, lex);
  if (article.paragraphs.empty())
    throw Error(ErrorKind::kInvalidArgument, "no article text found");
  ingest::Extraction x = ingest::ExtractArticle(article, lex);
  auto tx = store->Begin();
  try {
    IngestFileResult r = ingest::WriteExtraction(tx.get(), x, lex, events);
    if (tx->HasWrites()) tx->Commit();
    return r;
  } catch (...) {
    events->Clear();  // it may name events of the abandoned transaction
    throw;
  }
}

}  // namespace

IngestFileResult Ingester::IngestFile(const std::string& path) {
  ingest::SourceText source = ingest::ReadArticleFile(path);
  return Write(store_, source, fs::path(path).filename().string(), *lexicon_, events_.get());
}

IngestFileResult Ingester::IngestBytes(const std::string& bytes, const std::string& file) {
  ingest::SourceText source = ingest::ReadArticleBytes(bytes, file);
  return Write(store_, source, file, *lexicon_, events_.get());
}

std::vector<std::string> ListArticleFiles(const std::vector<std::string>& paths) {
  static const std::vector<std::string> kExtensions = {".txt", ".text", ".html", ".htm", ".xhtml", ""};
  std::vector<std::string> out;
  auto accept = [&](const fs::path& p) {
    std::string ext = ingest::Lower(p.extension().string());
    std::string name = p.filename().string();
    if (!name.empty() && name[0] == '.') return false;
    return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
  };
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
           it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (ec) break;
        // A database inside the folder (`ingest .` next to ./newsgraph.db) is
        // not an article collection: its LOCK and CURRENT files have no extension.
        if (it->is_directory(ec) && DatabaseExists(it->path().string())) {
          it.disable_recursion_pending();
          continue;
        }
        if (it->is_regular_file(ec) && accept(it->path())) found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(path);  // named explicitly: read it, or report why not
    }
  }
  return out;
}

}  // namespace ng
