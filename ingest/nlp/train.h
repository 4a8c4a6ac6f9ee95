// ingest/nlp/train.h — trains every model of the syntax layer from a
// Universal Dependencies treebank (train split; dev only to report) and a
// Universal NER file, deterministically, and writes them to a folder.
#ifndef NEWSGRAPH_INGEST_NLP_TRAIN_H_
#define NEWSGRAPH_INGEST_NLP_TRAIN_H_

#include <iosfwd>
#include <string>

namespace ng::nlp {

struct TrainingOptions {
  std::string train;   // CoNLL-U training split
  std::string dev;     // CoNLL-U dev split: scores reported, nothing chosen ("" to skip)
  std::string names;   // IOB2 names file to train the name finder on
  std::string output;  // folder for tokenizer.model, tagger.model, parser.model, names.model
  int threads = 2;
};

// Throws ng::Error on unreadable input or an unwritable folder.
void TrainModels(const TrainingOptions& options, std::ostream& log);

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_TRAIN_H_
