// ingest/nlp/treebank.h — reading CoNLL-U treebanks (training and evaluation)
// and IOB2 name annotations.
#ifndef NEWSGRAPH_INGEST_NLP_TREEBANK_H_
#define NEWSGRAPH_INGEST_NLP_TREEBANK_H_

#include <string>
#include <vector>

#include "ingest/nlp/syntax.h"

namespace ng::nlp {

struct MultiwordToken {
  int first = 0, last = 0;  // word indices
  std::string form;
  bool space_after = true;
};

struct TreebankSentence {
  std::string id;
  std::string text;  // `# text`, or the forms joined by their SpaceAfter
  bool new_document = false, new_paragraph = false;
  std::vector<Token> tokens;  // words with offsets into `text`
  std::vector<MultiwordToken> multiwords;
  std::vector<Name> names;    // from an IOB2 file
};

// Every sentence of a CoNLL-U file (empty nodes are skipped). Throws ng::Error
// "FILE:LINE: reason" on a malformed line.
std::vector<TreebankSentence> ReadConllu(const std::string& path);

// The IOB2 files of Universal NER (word, tag columns, CoNLL-U-like comments).
std::vector<TreebankSentence> ReadIob2(const std::string& path);

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_TREEBANK_H_
