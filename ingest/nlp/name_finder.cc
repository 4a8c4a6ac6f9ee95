#include "ingest/nlp/name_finder.h"

#include <algorithm>
#include <cctype>
#include <ostream>
#include <random>
#include <set>

#include "ingest/nlp/feature_hash.h"
#include "ingest/nlp/lexical.h"
#include "ingest/nlp/model_file.h"

namespace ng::nlp {

namespace {

constexpr uint64_t kNone = 0x6e6f6e65;

enum Template : uint32_t {
  kBias = 1, kLower, kForm, kShape, kSuffix3, kPrefix3, kTag, kPrevLabel, kPrevLabelShape, kPrevLabelTag,
  kPrevLower, kNextLower, kPrevTag, kNextTag, kNextNextTag, kPrevPrevTag, kTagNextTag, kPrevTagTag,
  kNextShape, kPrevShape, kFirst, kPrevLabelLower, kNextLowerTag, kPrevLowerTag, kUpos, kSuffix2,
};

}  // namespace

struct NameFinder::Context {
  std::vector<Lexical> words;
  std::vector<uint64_t> tag, upos;
  std::vector<int> labels;
};

void NameFinder::Prepare(const std::vector<Token>& tokens, Context* c) const {
  c->words.clear();
  c->tag.clear();
  c->upos.clear();
  for (const Token& t : tokens) {
    c->words.push_back(Describe(t.form));
    c->tag.push_back(HashString(t.xpos));
    c->upos.push_back(HashString(t.upos));
  }
  c->labels.assign(tokens.size(), 0);
}

void NameFinder::Features(const Context& c, size_t i, std::vector<uint64_t>* out) const {
  out->clear();
  long k = static_cast<long>(i), n = static_cast<long>(c.words.size());
  auto in = [&](long j) { return j >= 0 && j < n; };
  auto lower = [&](long j) { return in(j) ? c.words[j].lower : kNone; };
  auto shape = [&](long j) { return in(j) ? c.words[j].shape : kNone; };
  auto tag = [&](long j) { return in(j) ? c.tag[j] : kNone; };
  uint64_t prev = k > 0 ? static_cast<uint64_t>(c.labels[k - 1]) : kNone;
  const Lexical& w = c.words[i];
  auto add = [&](uint64_t f) { out->push_back(f); };
  add(Feature(kBias, 0));
  add(Feature(kLower, w.lower));
  add(Feature(kForm, w.form));
  add(Feature(kShape, w.shape));
  add(Feature(kSuffix3, w.suffix[2]));
  add(Feature(kSuffix2, w.suffix[1]));
  add(Feature(kPrefix3, w.prefix[2]));
  add(Feature(kTag, tag(k)));
  add(Feature(kUpos, c.upos[i]));
  add(Feature(kPrevLabel, prev));
  add(Feature(kPrevLabelShape, prev, w.shape));
  add(Feature(kPrevLabelTag, prev, tag(k)));
  add(Feature(kPrevLabelLower, prev, w.lower));
  add(Feature(kPrevLower, lower(k - 1)));
  add(Feature(kNextLower, lower(k + 1)));
  add(Feature(kPrevTag, tag(k - 1)));
  add(Feature(kNextTag, tag(k + 1)));
  add(Feature(kNextNextTag, tag(k + 2)));
  add(Feature(kPrevPrevTag, tag(k - 2)));
  add(Feature(kTagNextTag, tag(k), tag(k + 1)));
  add(Feature(kPrevTagTag, tag(k - 1), tag(k)));
  add(Feature(kNextShape, shape(k + 1)));
  add(Feature(kPrevShape, shape(k - 1)));
  add(Feature(kFirst, i == 0, w.shape));
  add(Feature(kNextLowerTag, lower(k + 1), tag(k)));
  add(Feature(kPrevLowerTag, lower(k - 1), tag(k)));
}

// I-X follows B-X or I-X only.
bool NameFinder::Allowed(int previous, int label) const {
  const std::string& l = labels_[label];
  if (l[0] != 'I') return true;
  if (previous < 0) return false;
  const std::string& p = labels_[previous];
  return p != "O" && p.substr(2) == l.substr(2);
}

std::vector<Name> NameFinder::Find(const std::vector<Token>& tokens) const {
  Context c;
  Prepare(tokens, &c);
  std::vector<uint64_t> features;
  std::vector<float> scores(labels_.size());
  std::vector<Name> names;
  for (size_t i = 0; i < tokens.size(); ++i) {
    Features(c, i, &features);
    std::fill(scores.begin(), scores.end(), 0.0f);
    model_.Score(features.data(), features.size(), scores.data());
    int previous = i > 0 ? c.labels[i - 1] : -1;
    int best = 0;
    for (size_t l = 0; l < labels_.size(); ++l)
      if (Allowed(previous, static_cast<int>(l)) && scores[l] > scores[best]) best = static_cast<int>(l);
    c.labels[i] = best;
    const std::string& label = labels_[best];
    if (label[0] == 'B') names.push_back({static_cast<int>(i), static_cast<int>(i), label.substr(2)});
    else if (label[0] == 'I') names.back().last = static_cast<int>(i);
  }
  ExtendOverHyphens(tokens, &names);
  return names;
}

// "Dara Hallam-Wexcombe": the model may stop at the hyphen of a double
// name (it saw few); a name runs on over a hyphen written close on both
// sides to a Title Case word, taking in a name that word opens.
void NameFinder::ExtendOverHyphens(const std::vector<Token>& tokens, std::vector<Name>* names) {
  for (size_t n = 0; n < names->size(); ++n) {
    Name& name = (*names)[n];
    for (;;) {
      const size_t hyphen = static_cast<size_t>(name.last) + 1;
      if (hyphen + 1 >= tokens.size() || tokens[hyphen].form != "-" || tokens[hyphen - 1].space_after ||
          tokens[hyphen].space_after || !IsTitleCaseWord(tokens[hyphen - 1].form) ||
          !IsTitleCaseWord(tokens[hyphen + 1].form))
        break;
      name.last = static_cast<int>(hyphen) + 1;
      if (n + 1 < names->size() && (*names)[n + 1].first <= name.last) {
        name.last = std::max(name.last, (*names)[n + 1].last);
        names->erase(names->begin() + static_cast<std::ptrdiff_t>(n) + 1);
      }
    }
  }
}

NameFinder NameFinder::Train(const std::vector<const TreebankSentence*>& sentences, int epochs,
                             uint64_t seed, std::ostream* log) {
  NameFinder f;
  std::set<std::string> types;
  for (const TreebankSentence* s : sentences)
    for (const Name& n : s->names) types.insert(n.type);
  f.labels_.push_back("O");
  for (const std::string& t : types) {
    f.labels_.push_back("B-" + t);
    f.labels_.push_back("I-" + t);
  }
  auto index = [&](const std::string& l) {
    return static_cast<int>(std::find(f.labels_.begin(), f.labels_.end(), l) - f.labels_.begin());
  };
  PerceptronTrainer trainer(static_cast<int>(f.labels_.size()));
  std::vector<size_t> order(sentences.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(seed);
  Context c;
  std::vector<uint64_t> features;
  std::vector<float> scores(f.labels_.size());
  for (int epoch = 0; epoch < epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, total = 0;
    for (size_t idx : order) {
      const TreebankSentence& s = *sentences[idx];
      std::vector<int> gold(s.tokens.size(), 0);
      for (const Name& n : s.names)
        for (int k = n.first; k <= n.last; ++k) gold[k] = index((k == n.first ? "B-" : "I-") + n.type);
      f.Prepare(s.tokens, &c);
      for (size_t i = 0; i < s.tokens.size(); ++i) {
        f.Features(c, i, &features);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.Score(features.data(), features.size(), scores.data());
        int previous = i > 0 ? c.labels[i - 1] : -1;
        int guess = 0;
        for (size_t l = 0; l < f.labels_.size(); ++l)
          if (f.Allowed(previous, static_cast<int>(l)) && scores[l] > scores[guess]) guess = static_cast<int>(l);
        trainer.Update(features.data(), features.size(), gold[i], guess);
        trainer.Tick();
        correct += guess == gold[i];
        ++total;
        c.labels[i] = guess;  // learn from its own history, as it will run
      }
    }
    if (log)
      *log << "names: epoch " << epoch + 1 << ": " << 100.0 * correct / std::max<size_t>(total, 1)
           << "% of words right\n";
  }
  f.model_ = trainer.Average(0.0f);
  return f;
}

void NameFinder::Save(ModelWriter* out) const {
  out->AddStrings("name_labels", labels_);
  model_.Save(out, "names");
}

NameFinder NameFinder::Load(const ModelFile& in) {
  NameFinder f;
  f.labels_ = in.Strings("name_labels");
  if (f.labels_.empty() || f.labels_[0] != "O") in.Fail("name labels");
  for (size_t i = 1; i < f.labels_.size(); ++i)
    if (f.labels_[i].size() < 3 || (f.labels_[i][0] != 'B' && f.labels_[i][0] != 'I') || f.labels_[i][1] != '-')
      in.Fail("name label '" + f.labels_[i] + "'");
  f.model_ = Perceptron::Load(in, "names");
  if (f.model_.classes() != static_cast<int>(f.labels_.size())) in.Fail("name label count disagrees");
  return f;
}

}  // namespace ng::nlp
