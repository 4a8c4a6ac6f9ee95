#include "ingest/nlp/train.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <functional>
#include <mutex>
#include <ostream>
#include <thread>

#include "graph/error.h"
#include "ingest/nlp/evaluate.h"
#include "ingest/nlp/lemmatizer.h"
#include "ingest/nlp/model_file.h"
#include "ingest/nlp/name_finder.h"
#include "ingest/nlp/parser.h"
#include "ingest/nlp/sentence_splitter.h"
#include "ingest/nlp/tagger.h"
#include "ingest/nlp/tokenizer.h"

namespace ng::nlp {

namespace {

// The parser learns from tags as good as the tagger's on unseen text: each
// fold of the training set is tagged by a tagger trained on the other folds.
constexpr int kJackknifeFolds = 5;
constexpr int kSplitterEpochs = 6;
constexpr int kNameEpochs = 12;

// Runs the jobs on `threads` threads; every job writes its own result, so the
// outcome does not depend on the order they run in.
void RunAll(const std::vector<std::function<void()>>& jobs, int threads) {
  std::atomic<size_t> next{0};
  std::exception_ptr failure;
  std::mutex mu;
  auto worker = [&]() {
    for (size_t i; (i = next++) < jobs.size();) {
      try {
        jobs[i]();
      } catch (...) {
        std::lock_guard<std::mutex> lock(mu);
        if (!failure) failure = std::current_exception();
      }
    }
  };
  std::vector<std::thread> pool;
  for (int t = 1; t < std::max(1, threads); ++t) pool.emplace_back(worker);
  worker();
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
}

double Since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

void TrainModels(const TrainingOptions& options, std::ostream& log) {
  namespace fs = std::filesystem;
  auto started = std::chrono::steady_clock::now();
  std::error_code ec;
  fs::create_directories(options.output, ec);
  if (ec) throw Error(ErrorKind::kIo, options.output + ": " + ec.message());
  std::vector<TreebankSentence> treebank = ReadConllu(options.train);
  std::vector<const TreebankSentence*> train;
  for (const TreebankSentence& s : treebank) train.push_back(&s);
  std::vector<TreebankSentence> names = ReadIob2(options.names);
  log << "training on " << train.size() << " sentences of " << options.train << "\n";
  std::mutex log_mu;
  auto say = [&](const std::string& line) {
    std::lock_guard<std::mutex> lock(log_mu);
    log << "[" << static_cast<int>(Since(started)) << " s] " << line << "\n" << std::flush;
  };

  // Tokenizer, sentence splitter, tagger and lemmatizer, and the jackknifed
  // tags, in parallel.
  Tokenizer tokenizer = Tokenizer::Train(train);
  SentenceSplitter splitter;
  Tagger tagger;
  std::vector<std::vector<Token>> tagged(train.size());
  std::vector<std::function<void()>> jobs;
  jobs.push_back([&]() {
    splitter = SentenceSplitter::Train(train, tokenizer, kSplitterEpochs, nullptr);
    say("sentence splitter trained");
  });
  jobs.push_back([&]() {
    tagger = Tagger::Train(train, TaggerOptions{}, nullptr);
    say("tagger trained");
  });
  for (int fold = 0; fold < kJackknifeFolds; ++fold)
    jobs.push_back([&, fold]() {
      std::vector<const TreebankSentence*> rest;
      for (size_t i = 0; i < train.size(); ++i)
        if (static_cast<int>(i % kJackknifeFolds) != fold) rest.push_back(train[i]);
      TaggerOptions o;
      o.folds = 2;
      Tagger t = Tagger::Train(rest, o, nullptr);
      for (size_t i = fold; i < train.size(); i += kJackknifeFolds) {
        tagged[i] = train[i]->tokens;
        t.Tag(&tagged[i]);
      }
      say("jackknife fold " + std::to_string(fold + 1) + " of " + std::to_string(kJackknifeFolds) + " tagged");
    });
  RunAll(jobs, options.threads);
  Lemmatizer lemmatizer = Lemmatizer::Train(train);
  {
    ModelWriter out("tokenizer");
    tokenizer.Save(&out);
    splitter.Save(&out);
    out.Save((fs::path(options.output) / "tokenizer.model").string());
    ModelWriter tags("tagger");
    tagger.Save(&tags);
    lemmatizer.Save(&tags);
    tags.Save((fs::path(options.output) / "tagger.model").string());
  }

  // The parser, and meanwhile the name finder on the tagger's tags.
  Parser parser;
  NameFinder name_finder;
  jobs.clear();
  jobs.push_back([&]() {
    parser = Parser::Train(train, tagged, ParserOptions{}, nullptr);
    say("parser trained");
  });
  jobs.push_back([&]() {
    for (TreebankSentence& s : names) tagger.Tag(&s.tokens);
    std::vector<const TreebankSentence*> ptrs;
    for (const TreebankSentence& s : names) ptrs.push_back(&s);
    name_finder = NameFinder::Train(ptrs, kNameEpochs, 1, nullptr);
    say("name finder trained on " + std::to_string(names.size()) + " sentences of " + options.names);
  });
  RunAll(jobs, options.threads);
  ModelWriter out("parser");
  parser.Save(&out);
  out.Save((fs::path(options.output) / "parser.model").string());
  ModelWriter name_out("names");
  name_finder.Save(&name_out);
  name_out.Save((fs::path(options.output) / "names.model").string());
  say("models written to " + options.output);

  if (!options.dev.empty()) {
    std::unique_ptr<Pipeline> pipeline = Pipeline::Load(options.output);
    say("dev, gold words: " + ToJson(Evaluate(*pipeline, options.dev, false), false));
    say("dev, raw text: " + ToJson(Evaluate(*pipeline, options.dev, true), true));
  }
}

}  // namespace ng::nlp
