#include "ingest/nlp/parser.h"

#include <algorithm>
#include <map>
#include <ostream>
#include <random>
#include <set>

#include "ingest/nlp/feature_hash.h"
#include "ingest/nlp/lexical.h"
#include "ingest/nlp/model_file.h"

namespace ng::nlp {

namespace {

constexpr uint64_t kNone = 0x6e6f6e65;
constexpr uint64_t kRootWord = 0x726f6f74;

// Zhang & Nivre's templates (s0/s1 stack, n0..n2 buffer, h head, l/r
// leftmost/rightmost dependents, l2/r2 second ones, d distance, v valency,
// s label sets), and a few of our own after them.
enum Template : uint32_t {
  kS0w = 1, kS0p, kS0wp, kN0w, kN0p, kN0wp, kN1w, kN1p, kN1wp, kN2w, kN2p, kN2wp,
  kS0wpN0wp, kS0wpN0w, kS0wN0wp, kS0wpN0p, kS0pN0wp, kS0wN0w, kS0pN0p, kN0pN1p,
  kN0pN1pN2p, kS0pN0pN1p, kS0hpS0pN0p, kS0pS0lpN0p, kS0pS0rpN0p, kS0pN0pN0lp,
  kS0wd, kS0pd, kN0wd, kN0pd, kS0wN0wd, kS0pN0pd,
  kS0wvr, kS0pvr, kS0wvl, kS0pvl, kN0wvl, kN0pvl,
  kS0hw, kS0hp, kS0l, kS0lw, kS0lp, kS0ll, kS0rw, kS0rp, kS0rl, kN0lw, kN0lp, kN0ll,
  kS0h2w, kS0h2p, kS0hl, kS0l2w, kS0l2p, kS0l2l, kS0r2w, kS0r2p, kS0r2l, kN0l2w, kN0l2p, kN0l2l,
  kS0pS0lpS0l2p, kS0pS0rpS0r2p, kS0pS0hpS0h2p, kN0pN0lpN0l2p,
  kS0wsr, kS0psr, kS0wsl, kS0psl, kN0wsl, kN0psl,
  kS1w, kS1p, kS1wp, kS1pS0pN0p, kN3p, kS0uN0u, kS0sufN0p, kS0pN0suf, kBias,
  kS0u, kN0u, kN1u, kS1u, kS1l, kS0uN0uN1u, kS1uS0uN0u, kS0lN0p, kS0wN0pN1p,
  kS0a, kN0a, kN1a, kS0aN0a, kS0pN0a, kS0aN0p,
};

uint64_t Bucket(int distance) {
  static const int kBuckets[] = {0, 1, 2, 3, 4, 5, 5, 6, 6, 6, 7};
  return distance >= 10 ? 8 : kBuckets[distance];
}

}  // namespace

// What the features read of each word: index 0 is ROOT.
struct Parser::Words {
  std::vector<uint64_t> word, tag, upos, suffix, ambiguity;
};

void Parser::Prepare(const std::vector<Token>& tokens, Words* w) const {
  size_t n = tokens.size();
  w->word.assign(n + 1, kRootWord);
  w->tag.assign(n + 1, kRootWord);
  w->upos.assign(n + 1, kRootWord);
  w->suffix.assign(n + 1, kRootWord);
  w->ambiguity.assign(n + 1, kRootWord);
  for (size_t i = 0; i < n; ++i) {
    std::string lower = LowerAscii(tokens[i].form);
    w->word[i + 1] = HashString(lower);
    auto amb = ambiguity_.find(w->word[i + 1]);
    w->ambiguity[i + 1] = amb == ambiguity_.end() ? kNone : amb->second;
    w->tag[i + 1] = HashString(tokens[i].xpos);
    w->upos[i + 1] = HashString(tokens[i].upos);
    w->suffix[i + 1] = HashString(lower.size() > 3 ? lower.substr(lower.size() - 3) : lower);
  }
}

void Parser::Features(const Words& w, const ParseState& s, std::vector<uint64_t>* out) const {
  out->clear();
  auto W = [&](int i) { return i >= 0 ? w.word[i] : kNone; };
  auto P = [&](int i) { return i >= 0 ? w.tag[i] : kNone; };
  auto U = [&](int i) { return i >= 0 ? w.upos[i] : kNone; };
  auto L = [&](int i) { return i >= 0 && s.label(i) >= 0 ? static_cast<uint64_t>(s.label(i)) : kNone; };
  auto WP = [&](int i) { return Mix(W(i), P(i)); };
  int s0 = s.stack(0), s1 = s.stack(1);
  int n0 = s.buffer(0), n1 = s.buffer(1), n2 = s.buffer(2), n3 = s.buffer(3);
  int s0h = s0 >= 0 ? s.head(s0) : -1;
  int s0h2 = s0h >= 0 ? s.head(s0h) : -1;
  int s0l = s0 >= 0 ? s.left(s0, 0) : -1, s0l2 = s0 >= 0 ? s.left(s0, 1) : -1;
  int s0r = s0 >= 0 ? s.right(s0, 0) : -1, s0r2 = s0 >= 0 ? s.right(s0, 1) : -1;
  int n0l = n0 >= 0 ? s.left(n0, 0) : -1, n0l2 = n0 >= 0 ? s.left(n0, 1) : -1;
  uint64_t d = s0 >= 0 && n0 >= 0 ? Bucket(n0 - s0) : kNone;
  uint64_t s0vr = s0 >= 0 ? std::min(s.right_count(s0), 6) : kNone;
  uint64_t s0vl = s0 >= 0 ? std::min(s.left_count(s0), 6) : kNone;
  uint64_t n0vl = n0 >= 0 ? std::min(s.left_count(n0), 6) : kNone;
  uint64_t s0sr = s0 >= 0 ? s.right_labels(s0) : kNone;
  uint64_t s0sl = s0 >= 0 ? s.left_labels(s0) : kNone;
  uint64_t n0sl = n0 >= 0 ? s.left_labels(n0) : kNone;
  auto add = [&](uint64_t f) { out->push_back(f); };
  add(Feature(kBias, 0));
  add(Feature(kS0w, W(s0)));
  add(Feature(kS0p, P(s0)));
  add(Feature(kS0wp, WP(s0)));
  add(Feature(kN0w, W(n0)));
  add(Feature(kN0p, P(n0)));
  add(Feature(kN0wp, WP(n0)));
  add(Feature(kN1w, W(n1)));
  add(Feature(kN1p, P(n1)));
  add(Feature(kN1wp, WP(n1)));
  add(Feature(kN2w, W(n2)));
  add(Feature(kN2p, P(n2)));
  add(Feature(kN2wp, WP(n2)));
  add(Feature(kS0wpN0wp, WP(s0), WP(n0)));
  add(Feature(kS0wpN0w, WP(s0), W(n0)));
  add(Feature(kS0wN0wp, W(s0), WP(n0)));
  add(Feature(kS0wpN0p, WP(s0), P(n0)));
  add(Feature(kS0pN0wp, P(s0), WP(n0)));
  add(Feature(kS0wN0w, W(s0), W(n0)));
  add(Feature(kS0pN0p, P(s0), P(n0)));
  add(Feature(kN0pN1p, P(n0), P(n1)));
  add(Feature(kN0pN1pN2p, P(n0), P(n1), P(n2)));
  add(Feature(kS0pN0pN1p, P(s0), P(n0), P(n1)));
  add(Feature(kS0hpS0pN0p, P(s0h), P(s0), P(n0)));
  add(Feature(kS0pS0lpN0p, P(s0), P(s0l), P(n0)));
  add(Feature(kS0pS0rpN0p, P(s0), P(s0r), P(n0)));
  add(Feature(kS0pN0pN0lp, P(s0), P(n0), P(n0l)));
  add(Feature(kS0wd, W(s0), d));
  add(Feature(kS0pd, P(s0), d));
  add(Feature(kN0wd, W(n0), d));
  add(Feature(kN0pd, P(n0), d));
  add(Feature(kS0wN0wd, W(s0), W(n0), d));
  add(Feature(kS0pN0pd, P(s0), P(n0), d));
  add(Feature(kS0wvr, W(s0), s0vr));
  add(Feature(kS0pvr, P(s0), s0vr));
  add(Feature(kS0wvl, W(s0), s0vl));
  add(Feature(kS0pvl, P(s0), s0vl));
  add(Feature(kN0wvl, W(n0), n0vl));
  add(Feature(kN0pvl, P(n0), n0vl));
  add(Feature(kS0hw, W(s0h)));
  add(Feature(kS0hp, P(s0h)));
  add(Feature(kS0l, L(s0)));
  add(Feature(kS0lw, W(s0l)));
  add(Feature(kS0lp, P(s0l)));
  add(Feature(kS0ll, L(s0l)));
  add(Feature(kS0rw, W(s0r)));
  add(Feature(kS0rp, P(s0r)));
  add(Feature(kS0rl, L(s0r)));
  add(Feature(kN0lw, W(n0l)));
  add(Feature(kN0lp, P(n0l)));
  add(Feature(kN0ll, L(n0l)));
  add(Feature(kS0h2w, W(s0h2)));
  add(Feature(kS0h2p, P(s0h2)));
  add(Feature(kS0hl, L(s0h)));
  add(Feature(kS0l2w, W(s0l2)));
  add(Feature(kS0l2p, P(s0l2)));
  add(Feature(kS0l2l, L(s0l2)));
  add(Feature(kS0r2w, W(s0r2)));
  add(Feature(kS0r2p, P(s0r2)));
  add(Feature(kS0r2l, L(s0r2)));
  add(Feature(kN0l2w, W(n0l2)));
  add(Feature(kN0l2p, P(n0l2)));
  add(Feature(kN0l2l, L(n0l2)));
  add(Feature(kS0pS0lpS0l2p, P(s0), P(s0l), P(s0l2)));
  add(Feature(kS0pS0rpS0r2p, P(s0), P(s0r), P(s0r2)));
  add(Feature(kS0pS0hpS0h2p, P(s0), P(s0h), P(s0h2)));
  add(Feature(kN0pN0lpN0l2p, P(n0), P(n0l), P(n0l2)));
  add(Feature(kS0wsr, W(s0), s0sr));
  add(Feature(kS0psr, P(s0), s0sr));
  add(Feature(kS0wsl, W(s0), s0sl));
  add(Feature(kS0psl, P(s0), s0sl));
  add(Feature(kN0wsl, W(n0), n0sl));
  add(Feature(kN0psl, P(n0), n0sl));
  add(Feature(kS1w, W(s1)));
  add(Feature(kS1p, P(s1)));
  add(Feature(kS1wp, WP(s1)));
  add(Feature(kS1pS0pN0p, P(s1), P(s0), P(n0)));
  add(Feature(kN3p, P(n3)));
  add(Feature(kS0uN0u, U(s0), U(n0)));
  add(Feature(kS0sufN0p, s0 >= 0 ? w.suffix[s0] : kNone, P(n0)));
  add(Feature(kS0pN0suf, P(s0), n0 >= 0 ? w.suffix[n0] : kNone));
  add(Feature(kS0u, U(s0)));
  add(Feature(kN0u, U(n0)));
  add(Feature(kN1u, U(n1)));
  add(Feature(kS1u, U(s1)));
  add(Feature(kS1l, L(s1)));
  add(Feature(kS0uN0uN1u, U(s0), U(n0), U(n1)));
  add(Feature(kS1uS0uN0u, U(s1), U(s0), U(n0)));
  add(Feature(kS0lN0p, L(s0), P(n0)));
  add(Feature(kS0wN0pN1p, W(s0), P(n0), P(n1)));
  // The tags a word takes in training, whatever the tagger chose.
  auto A = [&](int i) { return i >= 0 ? w.ambiguity[i] : kNone; };
  add(Feature(kS0a, A(s0)));
  add(Feature(kN0a, A(n0)));
  add(Feature(kN1a, A(n1)));
  add(Feature(kS0aN0a, A(s0), A(n0)));
  add(Feature(kS0pN0a, P(s0), A(n0)));
  add(Feature(kS0aN0p, A(s0), P(n0)));
}

int Parser::Best(const ParseState& s, const float* scores) const {
  int best = -1;
  for (int a = 0; a < codec_.count(); ++a)
    if (s.Legal(a) && (best < 0 || scores[a] > scores[best])) best = a;
  return best;
}

void Parser::Parse(std::vector<Token>* tokens) const {
  int n = static_cast<int>(tokens->size());
  if (n == 0) return;
  Words w;
  Prepare(*tokens, &w);
  ParseState s(n, codec_);
  std::vector<uint64_t> features;
  std::vector<float> scores(codec_.count());
  while (!s.terminal()) {
    // With nothing on the stack the only move is SHIFT: no need to score it.
    if (s.stack(0) < 0) {
      s.Apply(kShift);
      continue;
    }
    Features(w, s, &features);
    std::fill(scores.begin(), scores.end(), 0.0f);
    model_.Score(features.data(), features.size(), scores.data());
    s.Apply(Best(s, scores.data()));
  }
  s.Finish(fallback_label_);
  for (int i = 0; i < n; ++i) {
    Token& t = (*tokens)[i];
    t.head = s.head(i + 1) - 1;
    t.deprel = labels_[s.label(i + 1)];
  }
}

Parser Parser::Train(const std::vector<const TreebankSentence*>& train,
                     const std::vector<std::vector<Token>>& tagged, const ParserOptions& options,
                     std::ostream* log) {
  Parser p;
  std::set<std::string> labels;
  for (const TreebankSentence* s : train)
    for (const Token& t : s->tokens) labels.insert(t.deprel);
  labels.insert("root");
  labels.insert("parataxis");
  p.labels_.assign(labels.begin(), labels.end());
  auto index = [&](const std::string& l) {
    return static_cast<int>(std::lower_bound(p.labels_.begin(), p.labels_.end(), l) - p.labels_.begin());
  };
  p.codec_.labels = static_cast<int>(p.labels_.size());
  p.codec_.root_label = index("root");
  p.fallback_label_ = index("parataxis");

  {
    std::map<uint64_t, std::map<std::string, int>> counts;
    for (const TreebankSentence* s : train)
      for (const Token& t : s->tokens) ++counts[HashString(LowerAscii(t.form))][t.xpos];
    for (const auto& [word, by_tag] : counts) {
      int total = 0;
      for (const auto& [tag, n] : by_tag) total += n;
      if (total < 3) continue;
      uint64_t h = 0x616d62;
      for (const auto& [tag, n] : by_tag)
        if (n * 10 >= total) h = Mix(h, HashString(tag));
      p.ambiguity_[word] = h;
    }
  }
  // Gold trees over words 0..n, made projective for the oracle.
  std::vector<std::vector<int>> gold_heads(train.size()), gold_labels(train.size());
  for (size_t i = 0; i < train.size(); ++i) {
    const auto& toks = train[i]->tokens;
    gold_heads[i].assign(toks.size() + 1, -1);
    gold_labels[i].assign(toks.size() + 1, -1);
    for (size_t k = 0; k < toks.size(); ++k) {
      gold_heads[i][k + 1] = toks[k].head + 1;
      gold_labels[i][k + 1] = index(toks[k].deprel);
    }
    Projectivize(&gold_heads[i]);
  }

  PerceptronTrainer trainer(p.codec_.count());
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  std::uniform_real_distribution<double> coin(0, 1);
  std::vector<uint64_t> features;
  std::vector<float> scores(p.codec_.count());
  std::vector<int> costs(p.codec_.count());
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t correct = 0, total = 0;
    for (size_t idx : order) {
      const std::vector<Token>& toks = tagged.empty() || tagged[idx].empty() ? train[idx]->tokens
                                                                             : tagged[idx];
      int n = static_cast<int>(toks.size());
      Words w;
      p.Prepare(toks, &w);
      ParseState s(n, p.codec_);
      while (!s.terminal()) {
        p.Features(w, s, &features);
        std::fill(scores.begin(), scores.end(), 0.0f);
        trainer.Score(features.data(), features.size(), scores.data());
        int guess = p.Best(s, scores.data());
        int min_cost = 1 << 30;
        for (int a = 0; a < p.codec_.count(); ++a) {
          costs[a] = s.Legal(a) ? s.Cost(a, gold_heads[idx], gold_labels[idx]) : 1 << 30;
          min_cost = std::min(min_cost, costs[a]);
        }
        int best_gold = -1;
        for (int a = 0; a < p.codec_.count(); ++a)
          if (costs[a] == min_cost && (best_gold < 0 || scores[a] > scores[best_gold])) best_gold = a;
        trainer.Update(features.data(), features.size(), best_gold, costs[guess] == min_cost ? best_gold : guess);
        trainer.Tick();
        correct += costs[guess] == min_cost;
        ++total;
        bool follow_guess = epoch >= options.explore_after && coin(rng) < options.explore;
        s.Apply(follow_guess ? guess : best_gold);
      }
    }
    if (log)
      *log << "parser: epoch " << epoch + 1 << ": " << 100.0 * correct / std::max<size_t>(total, 1)
           << "% of transitions right\n";
  }
  p.model_ = trainer.Average(options.min_weight, options.min_updates);
  return p;
}

void Parser::Save(ModelWriter* out) const {
  out->AddStrings("labels", labels_);
  std::map<uint64_t, uint64_t> ambiguity(ambiguity_.begin(), ambiguity_.end());
  std::vector<uint64_t> keys, values;
  for (const auto& [k, v] : ambiguity) keys.push_back(k), values.push_back(v);
  out->AddArray("ambiguity.keys", keys);
  out->AddArray("ambiguity.values", values);
  model_.Save(out, "parser");
}

Parser Parser::Load(const ModelFile& in) {
  Parser p;
  p.labels_ = in.Strings("labels");
  if (p.labels_.empty() || !std::is_sorted(p.labels_.begin(), p.labels_.end())) in.Fail("labels");
  auto find = [&](const std::string& l) {
    auto it = std::lower_bound(p.labels_.begin(), p.labels_.end(), l);
    if (it == p.labels_.end() || *it != l) in.Fail("no label '" + l + "'");
    return static_cast<int>(it - p.labels_.begin());
  };
  p.codec_.labels = static_cast<int>(p.labels_.size());
  p.codec_.root_label = find("root");
  p.fallback_label_ = find("parataxis");
  std::vector<uint64_t> keys = in.Array<uint64_t>("ambiguity.keys");
  std::vector<uint64_t> values = in.Array<uint64_t>("ambiguity.values");
  if (keys.size() != values.size()) in.Fail("ambiguity sizes disagree");
  p.ambiguity_.reserve(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) p.ambiguity_[keys[i]] = values[i];
  p.model_ = Perceptron::Load(in, "parser");
  if (p.model_.classes() != p.codec_.count()) in.Fail("action count disagrees");
  return p;
}

}  // namespace ng::nlp
