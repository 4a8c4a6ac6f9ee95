// nlp_bench — how fast the syntax layer is, on one core: model loading, tagging
// and parsing given words (a CoNLL-U file's), and the whole pipeline from raw
// text. Each timing is the best of several rounds of CPU time (the machine
// is shared).
// Prints one JSON object.
//
// usage: nlp_bench MODEL_DIR FILE.conllu [ROUNDS]
#include <algorithm>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "ingest/nlp/sentence_splitter.h"
#include "ingest/nlp/syntax.h"
#include "ingest/nlp/treebank.h"

namespace {

// Time is this thread's CPU time: on a shared machine, time taken by other
// guests does not count against the code measured.
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
  }
};

double Seconds(double start) { return Clock::now() - start; }

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: nlp_bench MODEL_DIR FILE.conllu [ROUNDS]\n");
    return 2;
  }
  int rounds = argc > 3 ? std::atoi(argv[3]) : 5;
  double load = 1e9;
  std::unique_ptr<ng::nlp::Pipeline> pipeline;
  for (int r = 0; r < rounds; ++r) {
    auto start = Clock::now();
    pipeline = ng::nlp::Pipeline::Load(argv[1]);
    load = std::min(load, Seconds(start));
  }
  std::vector<ng::nlp::TreebankSentence> gold = ng::nlp::ReadConllu(argv[2]);
  std::vector<const ng::nlp::TreebankSentence*> all;
  size_t words = 0;
  for (const auto& s : gold) {
    all.push_back(&s);
    words += s.tokens.size();
  }
  std::string text = ng::nlp::RebuildText(all, nullptr);
  double tag_parse = 1e9, whole = 1e9;
  size_t raw_words = 0;
  for (int r = 0; r < rounds; ++r) {
    auto start = Clock::now();
    for (const auto& g : gold) {
      ng::nlp::Sentence s;
      for (const auto& t : g.tokens) {
        ng::nlp::Token w;
        w.form = t.form;
        s.tokens.push_back(std::move(w));
      }
      pipeline->Annotate(&s);
    }
    tag_parse = std::min(tag_parse, Seconds(start));
    start = Clock::now();
    raw_words = 0;
    for (const auto& s : pipeline->Analyze(text)) raw_words += s.tokens.size();
    whole = std::min(whole, Seconds(start));
  }
  std::printf("{\"load_ms\":%.1f,\"words\":%zu,\"tag_parse_words_per_s\":%.0f,"
              "\"raw_text_bytes_per_s\":%.0f,\"raw_text_words_per_s\":%.0f}\n",
              load * 1000, words, words / tag_parse, text.size() / whole, raw_words / whole);
  return 0;
}
