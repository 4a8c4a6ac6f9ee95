// ingest/reader.h — from a file on disk to normalized article text.
#ifndef NEWSGRAPH_INGEST_READER_H_
#define NEWSGRAPH_INGEST_READER_H_

#include <string>
#include <string_view>

namespace ng::ingest {

struct SourceText {
  std::string text;           // normalized UTF-8, one paragraph per line
  std::string canonical_url;  // HTML <link rel=canonical> or og:url
  std::string title;          // HTML <title> / og:title
  std::string site_name;      // og:site_name
  std::string published;      // article:published_time
  std::string author;         // <meta name=author>
  uint64_t content_hash = 0;  // of the raw bytes: unchanged files are skipped
};

// Reads a text or HTML article. Throws ng::Error(kInvalidArgument) with a
// one-line reason for files that are not articles: empty, binary, invalid
// UTF-8 (with the byte offset), lines longer than 1 MiB.
SourceText ReadArticleFile(const std::string& path);

// Same, from bytes in memory (`name` decides HTML by its extension).
SourceText ReadArticleBytes(std::string_view bytes, const std::string& name);

// NFC, with typographic variants folded: every quotation mark becomes '"',
// apostrophes '\'', dashes '-', non-breaking and thin spaces ' '.
std::string NormalizeText(std::string_view utf8);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_READER_H_
