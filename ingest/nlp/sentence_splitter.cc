#include "ingest/nlp/sentence_splitter.h"

#include <algorithm>
#include <ostream>
#include <set>

#include "ingest/nlp/feature_hash.h"
#include "ingest/nlp/lexical.h"
#include "ingest/nlp/model_file.h"

namespace ng::nlp {

bool NewSentenceAfterTimeOfDay(std::string_view word, std::string_view next) {
  // (A day or a month goes on it too.)
  static const std::set<std::string_view> kZones = {"ET",  "EST", "EDT", "CT",  "CST",     "CDT",     "MT",
                                                    "PT",  "PST", "PDT", "GMT", "BST",     "CET",     "UTC",
                                                    "Eastern", "Pacific", "Central", "Mountain", "local"};
  const std::string_view ending = word.size() >= 4 ? word.substr(word.size() - 4) : std::string_view();
  const bool time = ending == "a.m." || ending == "p.m.";
  return time && !next.empty() && next[0] >= 'A' && next[0] <= 'Z' && !kZones.count(next) && !IsDayOrMonthName(next);
}

namespace {

constexpr uint64_t kNone = 0x6e6f6e65;

enum Template : uint32_t {
  kBias = 1, kWord, kShape, kNextWord, kNextShape, kPrevWord, kWordNextShape, kShapeNextShape,
  kPrevWordWord, kAbbreviation, kSpace, kLengthShape, kWordNextWord, kNextNextShape, kNextFirstChar,
  kLastChar, kAbbreviationNextShape,
};

uint64_t LengthBucket(size_t n) { return n < 3 ? n : n < 6 ? 3 : n < 10 ? 4 : n < 20 ? 5 : n < 40 ? 6 : 7; }

}  // namespace

std::string RebuildText(const std::vector<const TreebankSentence*>& sentences, std::vector<size_t>* ends) {
  std::string text;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const TreebankSentence& s = *sentences[i];
    if (!text.empty()) text += s.new_paragraph || s.new_document ? "\n" : " ";
    text += s.text;
    if (ends) ends->push_back(text.size());
  }
  return text;
}

SentenceSplitter::Words SentenceSplitter::Describe(std::string_view text,
                                                   const std::vector<SurfaceToken>& tokens) {
  Words w;
  w.word.reserve(tokens.size());
  w.shape.reserve(tokens.size());
  for (const SurfaceToken& t : tokens) {
    std::string_view form = text.substr(t.begin, t.end - t.begin);
    w.word.push_back(HashString(LowerAscii(form)));
    w.shape.push_back(HashString(WordShape(form)));
  }
  return w;
}

void SentenceSplitter::Features(std::string_view text, const std::vector<SurfaceToken>& tokens,
                                const Words& words, size_t i, size_t length, const Tokenizer& tokenizer,
                                std::vector<uint64_t>* out) const {
  out->clear();
  auto form = [&](size_t k) { return text.substr(tokens[k].begin, tokens[k].end - tokens[k].begin); };
  auto word = [&](long k) { return k >= 0 && k < static_cast<long>(tokens.size()) ? words.word[k] : kNone; };
  auto shape = [&](long k) { return k >= 0 && k < static_cast<long>(tokens.size()) ? words.shape[k] : kNone; };
  long k = static_cast<long>(i);
  std::string_view f = form(i);
  bool abbreviation = tokenizer.IsAbbreviation(f);
  uint64_t space = tokens[i].line_after ? 2 : tokens[i].space_after ? 1 : 0;
  uint64_t next_first = k + 1 < static_cast<long>(tokens.size())
                            ? static_cast<unsigned char>(text[tokens[i + 1].begin])
                            : kNone;
  out->push_back(Feature(kBias, 0));
  out->push_back(Feature(kWord, word(k)));
  out->push_back(Feature(kShape, shape(k)));
  out->push_back(Feature(kNextWord, word(k + 1)));
  out->push_back(Feature(kNextShape, shape(k + 1)));
  out->push_back(Feature(kPrevWord, word(k - 1)));
  out->push_back(Feature(kWordNextShape, word(k), shape(k + 1)));
  out->push_back(Feature(kShapeNextShape, shape(k), shape(k + 1)));
  out->push_back(Feature(kPrevWordWord, word(k - 1), word(k)));
  out->push_back(Feature(kAbbreviation, abbreviation));
  out->push_back(Feature(kSpace, space));
  out->push_back(Feature(kLengthShape, LengthBucket(length), shape(k)));
  out->push_back(Feature(kWordNextWord, word(k), word(k + 1)));
  out->push_back(Feature(kNextNextShape, shape(k + 1), shape(k + 2)));
  out->push_back(Feature(kNextFirstChar, next_first, space));
  out->push_back(Feature(kLastChar, static_cast<unsigned char>(f.back()), next_first));
  out->push_back(Feature(kAbbreviationNextShape, abbreviation, shape(k + 1)));
}

std::vector<std::pair<size_t, size_t>> SentenceSplitter::Split(std::string_view text,
                                                               const std::vector<SurfaceToken>& tokens,
                                                               const Tokenizer& tokenizer) const {
  std::vector<std::pair<size_t, size_t>> out;
  std::vector<uint64_t> features;
  Words words = Describe(text, tokens);
  size_t start = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    bool end = i + 1 == tokens.size() || tokens[i].line_after;
    if (!end) {
      Features(text, tokens, words, i, i - start + 1, tokenizer, &features);
      float scores[2] = {0, 0};
      model_.Score(features.data(), features.size(), scores);
      end = scores[1] > scores[0];
    }
    if (end) {
      out.emplace_back(start, i + 1);
      start = i + 1;
    }
  }
  return out;
}

SentenceSplitter SentenceSplitter::Train(const std::vector<const TreebankSentence*>& train,
                                         const Tokenizer& tokenizer, int epochs, std::ostream* log) {
  // Documents as the splitter will meet them: raw text, our tokens, and
  // which tokens end a gold sentence.
  struct Document {
    std::string text;
    std::vector<SurfaceToken> tokens;
    std::vector<char> ends;
    Words words;
  };
  std::vector<Document> docs;
  std::vector<const TreebankSentence*> current;
  auto flush = [&]() {
    if (current.empty()) return;
    Document d;
    std::vector<size_t> ends;
    d.text = RebuildText(current, &ends);
    d.tokens = tokenizer.Tokenize(d.text);
    std::set<size_t> end_set(ends.begin(), ends.end());
    for (const SurfaceToken& t : d.tokens) d.ends.push_back(end_set.count(t.end) > 0);
    d.words = Describe(d.text, d.tokens);
    docs.push_back(std::move(d));
    current.clear();
  };
  for (const TreebankSentence* s : train) {
    if (s->new_document) flush();
    current.push_back(s);
  }
  flush();
  SentenceSplitter splitter;
  PerceptronTrainer trainer(2);
  std::vector<uint64_t> features;
  for (int epoch = 0; epoch < epochs; ++epoch) {
    size_t correct = 0, total = 0;
    for (const Document& d : docs) {
      size_t start = 0;
      for (size_t i = 0; i < d.tokens.size(); ++i) {
        bool forced = i + 1 == d.tokens.size() || d.tokens[i].line_after;
        bool gold = d.ends[i] || forced;
        if (!forced) {
          splitter.Features(d.text, d.tokens, d.words, i, i - start + 1, tokenizer, &features);
          float scores[2] = {0, 0};
          trainer.Score(features.data(), features.size(), scores);
          int guess = scores[1] > scores[0];
          trainer.Update(features.data(), features.size(), gold, guess);
          trainer.Tick();
          correct += guess == gold;
          ++total;
        }
        if (gold) start = i + 1;  // the gold history, as in training a tagger
      }
    }
    if (log)
      *log << "sentences: epoch " << epoch + 1 << ": " << 100.0 * correct / std::max<size_t>(total, 1)
           << "% of boundaries right\n";
  }
  splitter.model_ = trainer.Average(0.0f);
  return splitter;
}

void SentenceSplitter::Save(ModelWriter* out) const { model_.Save(out, "sentences"); }

SentenceSplitter SentenceSplitter::Load(const ModelFile& in) {
  SentenceSplitter s;
  s.model_ = Perceptron::Load(in, "sentences");
  if (s.model_.classes() != 2) in.Fail("sentence model classes");
  return s;
}

}  // namespace ng::nlp
