// libFuzzer target: the sentence splitter and the statement (quote) and
// event extractor on arbitrary paragraphs. The reader is bypassed so the
// fuzzer spends its time on extraction: each input line is one paragraph.
// ng::Error is a clean refusal; crashes, hangs, sanitizer reports and
// statements whose offsets fall outside the body are bugs.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "graph/error.h"
#include "ingest/article.h"
#include "ingest/extraction.h"
#include "ingest/lexicon.h"
#include "ingest/nlp/syntax.h"
#include "ingest/sentences.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static std::unique_ptr<ng::ingest::Lexicon> lexicon = ng::ingest::Lexicon::LoadDefault();
  static std::unique_ptr<ng::nlp::Pipeline> syntax = ng::nlp::Pipeline::Load(ng::nlp::Pipeline::DefaultDir());
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ng::ingest::Article article;
  article.file = "fuzz.txt";
  article.published = "2024-01-25";
  size_t pos = 0;
  while (pos <= bytes.size()) {
    size_t nl = bytes.find('\n', pos);
    if (nl == std::string_view::npos) nl = bytes.size();
    if (nl > pos) article.paragraphs.emplace_back(bytes.substr(pos, nl - pos));
    pos = nl + 1;
  }
  try {
    for (const std::string& p : article.paragraphs)
      for (const auto& s : ng::ingest::SplitSentences(p, *lexicon))
        if (s.start > s.end || s.end > p.size()) __builtin_trap();
    ng::ingest::Extraction x = ng::ingest::ExtractArticle(article, *lexicon, *syntax);
    const int actors = static_cast<int>(x.actors.size());
    for (const auto& st : x.statements) {
      if (st.start > st.end || st.end > x.body.size()) __builtin_trap();
      if (st.speaker < -1 || st.speaker >= actors) __builtin_trap();
      for (int a : st.about_actors)
        if (a < 0 || a >= actors) __builtin_trap();
    }
    for (const auto& ev : x.events)
      for (const auto& [a, role] : ev.participants)
        if (a < 0 || a >= actors) __builtin_trap();
  } catch (const ng::Error&) {
  }
  return 0;
}
