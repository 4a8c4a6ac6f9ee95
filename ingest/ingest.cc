#include "ingest/ingest.h"

#include <algorithm>
#include <filesystem>

#include "ingest/article.h"
#include "ingest/extraction.h"
#include "ingest/graph_writer.h"
#include "ingest/lexicon.h"
#include "ingest/news_syntax.h"
#include "ingest/nlp/syntax.h"
#include "ingest/reader.h"
#include "ingest/text_util.h"

namespace ng {

namespace fs = std::filesystem;

PreparedArticle::PreparedArticle() = default;
PreparedArticle::PreparedArticle(PreparedArticle&&) noexcept = default;
PreparedArticle& PreparedArticle::operator=(PreparedArticle&&) noexcept = default;
PreparedArticle::~PreparedArticle() = default;

Ingester::Ingester(GraphStore* store, const std::vector<std::string>& actor_files,
                   const std::string& models_dir)
    : store_(store),
      lexicon_(ingest::Lexicon::LoadDefault()),
      syntax_(nlp::Pipeline::Load(models_dir.empty() ? nlp::Pipeline::DefaultDir() : models_dir)),
      events_(std::make_unique<ingest::EventIndex>()) {
  for (const std::string& f : actor_files) lexicon_->AddActorFile(f);
  ingest::PrepareNewsSyntax(*lexicon_, syntax_.get());
}

Ingester::~Ingester() = default;

void Ingester::AddActorFile(const std::string& path) {
  lexicon_->AddActorFile(path);
  ingest::PrepareNewsSyntax(*lexicon_, syntax_.get());
}

namespace {

PreparedArticle Analyse(const std::function<ingest::SourceText()>& read, const std::string& file,
                        const ingest::Lexicon& lex, const nlp::Pipeline& syntax) {
  PreparedArticle p;
  p.file = file;
  try {
    ingest::SourceText source = read();
    ingest::Article article = ingest::BuildArticle(source, file, lex);
    if (article.paragraphs.empty())
      throw Error(ErrorKind::kInvalidArgument, "no article text found");
    p.extraction = std::make_unique<ingest::Extraction>(ingest::ExtractArticle(article, lex, syntax));
  } catch (const Error& e) {
    p.error_kind = e.kind();
    p.error = e.what();
  }
  return p;
}

}  // namespace

PreparedArticle Ingester::Prepare(const std::string& path) const {
  return Analyse([&] { return ingest::ReadArticleFile(path); }, fs::path(path).filename().string(),
                 *lexicon_, *syntax_);
}

PreparedArticle Ingester::PrepareBytes(const std::string& bytes, const std::string& file) const {
  return Analyse([&] { return ingest::ReadArticleBytes(bytes, file); }, file, *lexicon_, *syntax_);
}

IngestFileResult Ingester::Commit(const PreparedArticle& article) {
  if (!article.extraction) throw Error(article.error_kind, article.error);
  auto tx = store_->Begin();
  try {
    IngestFileResult r = ingest::WriteExtraction(tx.get(), *article.extraction, *lexicon_, events_.get());
    if (tx->HasWrites()) tx->Commit();
    return r;
  } catch (...) {
    events_->Clear();  // it may name events of the abandoned transaction
    throw;
  }
}

namespace {

bool IsArticleName(const fs::path& p) {
  static const std::vector<std::string> kExtensions = {".txt", ".text", ".html", ".htm", ".xhtml", ""};
  std::string name = p.filename().string();
  if (!name.empty() && name[0] == '.') return false;
  std::string ext = ingest::Lower(p.extension().string());
  return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

// The articles below `folder`; a folder that cannot be read is listed itself,
// so that reading it fails and is reported. Symlinked folders are not
// followed (no loops), nor a database inside the folder (`ingest .` next to
// ./newsgraph.db: its LOCK and CURRENT files have no extension).
void ListFolder(const fs::path& folder, std::vector<std::string>* found) {
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  if (ec) {
    found->push_back(folder.string());
    return;
  }
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    if (ec) {
      found->push_back(folder.string());
      return;
    }
    std::error_code e2;
    if (it->is_symlink(e2) && it->is_directory(e2)) continue;
    if (it->is_directory(e2)) {
      if (!DatabaseExists(it->path().string())) ListFolder(it->path(), found);
    } else if (it->is_regular_file(e2) && IsArticleName(it->path())) {
      found->push_back(it->path().string());
    }
  }
}

}  // namespace

std::vector<std::string> ListArticleFiles(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      ListFolder(path, &found);
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else {
      out.push_back(path);  // named explicitly: read it, or report why not
    }
  }
  return out;
}

}  // namespace ng
