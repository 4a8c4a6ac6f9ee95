// Shared by the syntax tests: the committed models, loaded once.
#ifndef NEWSGRAPH_TESTS_NLP_NLP_TEST_UTIL_H_
#define NEWSGRAPH_TESTS_NLP_NLP_TEST_UTIL_H_

#include <string>
#include <vector>

#include "ingest/nlp/syntax.h"

namespace ng::testing {

inline const std::string& ModelDir() {
  static const std::string dir = NG_SOURCE_DIR "/data/models";
  return dir;
}

inline const nlp::Pipeline& Syntax() {
  static const auto* p = nlp::Pipeline::Load(ModelDir()).release();
  return *p;
}

// The words of `text` as the pipeline splits them, each checked to be the
// text between its offsets.
inline std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> out;
  for (const nlp::Sentence& s : Syntax().Segment(text))
    for (const nlp::Token& t : s.tokens) out.push_back(t.form);
  return out;
}

// The first sentence of `text`, analysed.
inline nlp::Sentence Parse(const std::string& text) { return Syntax().Analyze(text).at(0); }

// The index of the first word `form` in `s`, or -1.
inline int Find(const nlp::Sentence& s, const std::string& form) {
  for (size_t i = 0; i < s.tokens.size(); ++i)
    if (s.tokens[i].form == form) return static_cast<int>(i);
  return -1;
}

}  // namespace ng::testing

#endif  // NEWSGRAPH_TESTS_NLP_NLP_TEST_UTIL_H_
