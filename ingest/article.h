// ingest/article.h — an article's metadata and body paragraphs, with
// boilerplate removed.
#ifndef NEWSGRAPH_INGEST_ARTICLE_H_
#define NEWSGRAPH_INGEST_ARTICLE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/lexicon.h"
#include "ingest/reader.h"

namespace ng::ingest {

struct Article {
  std::string file;       // base name of the ingested file
  std::string url;
  std::string outlet;
  std::string title;
  std::string published;  // YYYY-MM-DD or empty
  std::vector<std::string> authors;
  std::vector<std::string> paragraphs;  // title first, then the body
  uint64_t content_hash = 0;
};

Article BuildArticle(const SourceText& source, const std::string& file, const Lexicon& lexicon);

// "January 24, 2024", "Wed January 24, 2024", "25 Jan, 2024", "2024-01-25",
// ".../2024/01/25/..." → "2024-01-24"; empty when none is found.
std::string FindDate(const std::string& text);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_ARTICLE_H_
