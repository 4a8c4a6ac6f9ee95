// libFuzzer target: the article reader, boilerplate removal, sentence
// splitting and mention finding on arbitrary bytes. Anything but ng::Error
// (a clean refusal) is a bug; so are crashes, hangs and sanitizer reports.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "graph/error.h"
#include "ingest/article.h"
#include "ingest/lexicon.h"
#include "ingest/mentions.h"
#include "ingest/reader.h"
#include "ingest/sentences.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::unique_ptr<ng::ingest::Lexicon> lexicon = ng::ingest::Lexicon::LoadDefault();
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  // The first byte chooses text or HTML handling.
  const std::string name = (size > 0 && (data[0] & 1)) ? "a.html" : "a.txt";
  try {
    ng::ingest::SourceText source = ng::ingest::ReadArticleBytes(bytes, name);
    ng::ingest::Article article = ng::ingest::BuildArticle(source, name, *lexicon);
    ng::ingest::KnownPeople people;
    for (const std::string& p : article.paragraphs) {
      for (const auto& s : ng::ingest::SplitSentences(p, *lexicon))
        if (s.start > s.end || s.end > p.size()) __builtin_trap();
      for (const auto& m : ng::ingest::FindMentions(p, *lexicon, &people))
        if (m.start > m.end || m.end > p.size()) __builtin_trap();
    }
  } catch (const ng::Error&) {
  }
  return 0;
}
