// ingest/dependency_tree.h — a parsed sentence with each word's dependents
// listed, for the readers of the parse (reported speech, event arguments).
#ifndef NEWSGRAPH_INGEST_DEPENDENCY_TREE_H_
#define NEWSGRAPH_INGEST_DEPENDENCY_TREE_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/nlp/syntax.h"
#include "ingest/text_util.h"

namespace ng::ingest {

struct DependencyTree {
  const nlp::Sentence& s;
  std::vector<std::vector<int>> children;  // in text order

  explicit DependencyTree(const nlp::Sentence& sentence) : s(sentence), children(sentence.tokens.size()) {
    for (size_t i = 0; i < s.tokens.size(); ++i)
      if (s.tokens[i].head >= 0) children[s.tokens[i].head].push_back(static_cast<int>(i));
  }

  const std::string& rel(int t) const { return s.tokens[t].deprel; }
  std::string base_rel(int t) const { return BaseRelation(rel(t)); }
  // A relation without its subtype: "obl" for "obl:tmod".
  static std::string BaseRelation(const std::string& deprel) { return deprel.substr(0, deprel.find(':')); }

  // The first dependent of t by `relation` (its base, "obl" for "obl:tmod"), or -1.
  int Child(int t, const std::string& relation) const {
    for (int c : children[t])
      if (base_rel(c) == relation) return c;
    return -1;
  }

  // Whether t has a subordinator or infinitive marker `word` ("to",
  // "whether"), lower case.
  bool HasMark(int t, std::string_view word) const {
    for (int c : children[t])
      if (rel(c) == "mark" && Lower(s.tokens[c].form) == word) return true;
    return false;
  }

  // The words of t's subtree, skipping the subtree of `except`: [first, last].
  void Span(int t, int except, int* first, int* last) const {
    if (t == except) return;
    *first = std::min(*first, t);
    *last = std::max(*last, t);
    for (int c : children[t]) Span(c, except, first, last);
  }
};

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_DEPENDENCY_TREE_H_
