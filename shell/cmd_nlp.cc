// `newsgraph nlp parse|cues|eval|train`: the English syntax layer on its own,
// and the attributions ingest reads off it (to see why a statement is missed).
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

#include "graph/error.h"
#include "ingest/lexicon.h"
#include "ingest/news_syntax.h"
#include "ingest/nlp/evaluate.h"
#include "ingest/nlp/syntax.h"
#include "ingest/nlp/train.h"
#include "ingest/reader.h"
#include "ingest/reported_speech.h"
#include "shell/commands.h"

namespace ng::cli {

namespace {

// Text on stdin, bounded: the parse of a larger input belongs in a file.
constexpr size_t kMaxInput = 64u << 20;

std::string ReadStdin() {
  std::string text;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
    text.append(buf, n);
    if (text.size() > kMaxInput)
      throw Error(ErrorKind::kInvalidArgument, "nlp parse: more than 64 MiB on stdin");
  }
  return text;
}

void Print(const std::string& s) {
  if (std::fwrite(s.data(), 1, s.size(), stdout) != s.size() || std::fflush(stdout) != 0)
    throw Error(ErrorKind::kIo, "cannot write to stdout");
}

// One line per cue the parse holds: the cue's lemma (with "denied" or
// "belief"), the source phrase ("-" when the clause names none) and the
// content, separated by tabs. Whether ingest keeps it depends on the source
// naming an actor (docs/INGEST.md).
std::string DescribeCues(const std::string& text, const std::vector<nlp::Sentence>& sentences,
                         const ingest::Lexicon& lexicon) {
  std::string out;
  auto slice = [&](size_t b, size_t e) { return e > b ? text.substr(b, e - b) : std::string("-"); };
  for (const nlp::Sentence& s : sentences)
    for (const ingest::ReportedSpeech& r : ingest::FindReportedSpeech(s, lexicon)) {
      out += r.lemma;
      if (r.negated) out += " (denied)";
      if (r.belief) out += " (belief)";
      out += '\t' + slice(r.phrase_start, r.phrase_end) + '\t' + slice(r.content_start, r.content_end) + '\n';
    }
  return out;
}

}  // namespace

int RunNlp(const NlpArgs& args) {
  if (args.action == "train") {
    nlp::TrainingOptions o;
    o.train = args.treebank;
    o.dev = args.dev;
    o.names = args.names;
    o.output = args.models;
    o.threads = args.threads;
    nlp::TrainModels(o, std::cerr);
    return 0;
  }
  std::string dir = args.models.empty() ? nlp::Pipeline::DefaultDir() : args.models;
  std::unique_ptr<nlp::Pipeline> pipeline = nlp::Pipeline::Load(dir);
  if (args.action == "parse" || args.action == "cues") {
    // Read as ingest reads news (the reader's normalized text, data/'s
    // abbreviations and demonyms, edited text's sentence rules), so what is
    // printed is what ingest sees.
    std::unique_ptr<ingest::Lexicon> lexicon = ingest::Lexicon::LoadDefault();
    ingest::PrepareNewsSyntax(*lexicon, pipeline.get());
    const std::string text = ingest::NormalizeText(ReadStdin());
    const std::vector<nlp::Sentence> sentences = pipeline->Analyze(text);
    Print(args.action == "parse" ? nlp::ToConllu(text, sentences) : DescribeCues(text, sentences, *lexicon));
    return 0;
  }
  nlp::Evaluation e = nlp::Evaluate(*pipeline, args.file, args.raw);
  std::string line = nlp::ToJson(e, args.raw);
  if (!args.names.empty()) {
    nlp::NameEvaluation all = nlp::EvaluateNames(*pipeline, args.names, "");
    nlp::NameEvaluation per = nlp::EvaluateNames(*pipeline, args.names, "PER");
    char buf[160];
    std::snprintf(buf, sizeof buf, ",\"names_f1\":%.2f,\"names_p\":%.2f,\"names_r\":%.2f,\"per_f1\":%.2f}",
                  all.f1(), all.precision(), all.recall(), per.f1());
    line.pop_back();
    line += buf;
  }
  Print(line + "\n");
  return 0;
}

}  // namespace ng::cli
