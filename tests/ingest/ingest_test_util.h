// Shared by the ingest tests: extraction of a hand-written article.
#ifndef NEWSGRAPH_TESTS_INGEST_INGEST_TEST_UTIL_H_
#define NEWSGRAPH_TESTS_INGEST_INGEST_TEST_UTIL_H_

#include <set>
#include <string>

#include "ingest/article.h"
#include "ingest/extraction.h"
#include "ingest/lexicon.h"
#include "ingest/news_syntax.h"
#include "ingest/nlp/syntax.h"
#include "ingest/reader.h"

namespace ng::testing {

inline const ingest::Lexicon& TestLexicon() {
  static const auto* lex = ingest::Lexicon::LoadDefault().release();
  return *lex;
}

// The committed syntax models (data/models), as ingest loads them.
inline const nlp::Pipeline& TestSyntax() {
  static const auto* syntax = [] {
    auto p = nlp::Pipeline::Load(NG_SOURCE_DIR "/data/models");
    ingest::PrepareNewsSyntax(TestLexicon(), p.get());
    return p.release();
  }();
  return *syntax;
}

// A whole article file's text, as ingest reads it.
inline ingest::Extraction ExtractFile(const std::string& text) {
  ingest::SourceText src = ingest::ReadArticleBytes(text, "test.txt");
  ingest::Article a = ingest::BuildArticle(src, "test.txt", TestLexicon());
  return ingest::ExtractArticle(a, TestLexicon(), TestSyntax());
}

// A title line, a dateline, then `body` (paragraphs separated by blank lines);
// with `url`, a "Source:" line first names the outlet.
inline ingest::Extraction ExtractText(const std::string& body, const std::string& url = "") {
  std::string text = "Test headline without a verb\n\nPublished January 25, 2024\n\n" + body;
  if (!url.empty()) text = "Source: " + url + "\n\n" + text;
  return ExtractFile(text);
}

// The speaker's name of the first statement whose text contains `words`
// ("" if it has none, "<missing>" if there is no such statement).
inline std::string SpeakerOf(const ingest::Extraction& x, const std::string& words,
                             std::string* kind = nullptr) {
  for (const auto& s : x.statements) {
    if (s.text.find(words) == std::string::npos) continue;
    if (kind) *kind = s.kind;
    return s.speaker >= 0 ? x.actors[s.speaker].name : "";
  }
  return "<missing>";
}

// The names of what the first statement containing `words` is about.
inline std::set<std::string> AboutOf(const ingest::Extraction& x, const std::string& words) {
  std::set<std::string> names;
  for (const auto& s : x.statements) {
    if (s.text.find(words) == std::string::npos) continue;
    for (int a : s.about_actors) names.insert(x.actors[a].name);
    break;
  }
  return names;
}

// The actor called `name`, or nullptr.
inline const ingest::ActorFact* FindActor(const ingest::Extraction& x, const std::string& name) {
  for (const auto& a : x.actors)
    if (a.name == name) return &a;
  return nullptr;
}

// The name of what the actor called `name` is affiliated with ("" if nothing).
inline std::string AffiliationName(const ingest::Extraction& x, const std::string& name) {
  const ingest::ActorFact* a = FindActor(x, name);
  return a && a->affiliation >= 0 ? x.actors[a->affiliation].name : "";
}

inline bool HasActor(const ingest::Extraction& x, const std::string& name, const std::string& kind) {
  for (const auto& a : x.actors)
    if (a.name == name && a.kind == kind) return true;
  return false;
}

}  // namespace ng::testing

#endif  // NEWSGRAPH_TESTS_INGEST_INGEST_TEST_UTIL_H_
