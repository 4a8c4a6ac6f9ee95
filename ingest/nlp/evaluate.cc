#include "ingest/nlp/evaluate.h"

#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "ingest/nlp/sentence_splitter.h"
#include "ingest/nlp/treebank.h"

namespace ng::nlp {

namespace {

std::string Universal(const std::string& deprel) { return deprel.substr(0, deprel.find(':')); }

double Percent(size_t part, size_t whole) { return whole ? 100.0 * part / whole : 0; }
double F1(size_t correct, size_t gold, size_t system) {
  return gold + system ? 200.0 * correct / (gold + system) : 0;
}

Evaluation GoldWords(const Pipeline& pipeline, const std::vector<TreebankSentence>& gold) {
  Evaluation e;
  size_t upos = 0, xpos = 0, lemmas = 0, uas = 0, las = 0;
  double seconds = 0;
  for (const TreebankSentence& g : gold) {
    Sentence s;
    for (const Token& t : g.tokens) {
      Token w;
      w.form = t.form;
      w.begin = t.begin;
      w.end = t.end;
      s.tokens.push_back(w);
    }
    auto start = std::chrono::steady_clock::now();
    pipeline.Annotate(&s);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    ++e.sentences;
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      const Token &sys = s.tokens[i], &ref = g.tokens[i];
      ++e.tokens;
      upos += sys.upos == ref.upos;
      xpos += sys.xpos == ref.xpos;
      lemmas += sys.lemma == ref.lemma;
      bool head = sys.head == ref.head;
      uas += head;
      las += head && Universal(sys.deprel) == Universal(ref.deprel);
    }
  }
  e.upos = Percent(upos, e.tokens);
  e.xpos = Percent(xpos, e.tokens);
  e.lemmas = Percent(lemmas, e.tokens);
  e.uas = Percent(uas, e.tokens);
  e.las = Percent(las, e.tokens);
  e.tokens_per_s = seconds > 0 ? e.tokens / seconds : 0;
  return e;
}

// A word placed in its document's text.
struct Placed {
  size_t begin, end;
  const Token* token;
  long head;  // index into the document's word list, -1 root
};

Evaluation RawText(const Pipeline& pipeline, const std::vector<TreebankSentence>& gold) {
  Evaluation e;
  size_t gold_words = 0, system_words = 0, aligned = 0, upos = 0, xpos = 0, lemmas = 0, uas = 0, las = 0;
  size_t gold_sentences = 0, system_sentences = 0, same_sentences = 0;
  double seconds = 0;
  size_t i = 0;
  while (i < gold.size()) {
    // One document at a time.
    std::vector<const TreebankSentence*> doc;
    do doc.push_back(&gold[i++]);
    while (i < gold.size() && !gold[i].new_document);
    std::vector<size_t> ends;
    std::string text = RebuildText(doc, &ends);
    std::vector<Placed> ref;
    std::set<std::pair<size_t, size_t>> ref_sentences;
    for (size_t k = 0; k < doc.size(); ++k) {
      size_t offset = ends[k] - doc[k]->text.size();
      size_t first = ref.size();
      for (const Token& t : doc[k]->tokens)
        ref.push_back({offset + t.begin, offset + t.end, &t, t.head < 0 ? -1 : static_cast<long>(first + t.head)});
      ref_sentences.insert({offset, ends[k]});
    }
    auto start = std::chrono::steady_clock::now();
    std::vector<Sentence> analysed = pipeline.Analyze(text);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::vector<Placed> sys;
    for (const Sentence& s : analysed) {
      size_t first = sys.size();
      for (const Token& t : s.tokens)
        sys.push_back({t.begin, t.end, &t, t.head < 0 ? -1 : static_cast<long>(first + t.head)});
      ++system_sentences;
      same_sentences += ref_sentences.count({s.begin, s.end});
    }
    gold_sentences += doc.size();
    gold_words += ref.size();
    system_words += sys.size();
    // Words align when they cover the same characters.
    std::map<std::pair<size_t, size_t>, long> ref_at;
    for (size_t k = 0; k < ref.size(); ++k) ref_at[{ref[k].begin, ref[k].end}] = static_cast<long>(k);
    std::vector<long> to_ref(sys.size(), -2);
    for (size_t k = 0; k < sys.size(); ++k) {
      auto it = ref_at.find({sys[k].begin, sys[k].end});
      if (it != ref_at.end()) to_ref[k] = it->second;
    }
    for (size_t k = 0; k < sys.size(); ++k) {
      if (to_ref[k] < 0) continue;
      const Placed& r = ref[to_ref[k]];
      const Token &a = *sys[k].token, &b = *r.token;
      ++aligned;
      upos += a.upos == b.upos;
      xpos += a.xpos == b.xpos;
      lemmas += a.lemma == b.lemma;
      long head = sys[k].head < 0 ? -1 : to_ref[sys[k].head];
      bool right = head == r.head && (head != -2);
      uas += right;
      las += right && Universal(a.deprel) == Universal(b.deprel);
    }
  }
  e.sentences = gold_sentences;
  e.tokens = gold_words;
  e.words = F1(aligned, gold_words, system_words);
  e.sentences_f1 = F1(same_sentences, gold_sentences, system_sentences);
  e.upos = F1(upos, gold_words, system_words);
  e.xpos = F1(xpos, gold_words, system_words);
  e.lemmas = F1(lemmas, gold_words, system_words);
  e.uas = F1(uas, gold_words, system_words);
  e.las = F1(las, gold_words, system_words);
  e.tokens_per_s = seconds > 0 ? system_words / seconds : 0;
  return e;
}

}  // namespace

Evaluation Evaluate(const Pipeline& pipeline, const std::string& conllu, bool raw) {
  std::vector<TreebankSentence> gold = ReadConllu(conllu);
  return raw ? RawText(pipeline, gold) : GoldWords(pipeline, gold);
}

std::string ToJson(const Evaluation& e, bool raw) {
  char buf[512];
  if (raw)
    std::snprintf(buf, sizeof buf,
                  "{\"sentences\":%zu,\"tokens\":%zu,\"words\":%.2f,\"sentences_f1\":%.2f,\"upos\":%.2f,"
                  "\"xpos\":%.2f,\"lemmas\":%.2f,\"uas\":%.2f,\"las\":%.2f,\"tokens_per_s\":%.0f}",
                  e.sentences, e.tokens, e.words, e.sentences_f1, e.upos, e.xpos, e.lemmas, e.uas, e.las,
                  e.tokens_per_s);
  else
    std::snprintf(buf, sizeof buf,
                  "{\"sentences\":%zu,\"tokens\":%zu,\"upos\":%.2f,\"xpos\":%.2f,\"lemmas\":%.2f,"
                  "\"uas\":%.2f,\"las\":%.2f,\"tokens_per_s\":%.0f}",
                  e.sentences, e.tokens, e.upos, e.xpos, e.lemmas, e.uas, e.las, e.tokens_per_s);
  return buf;
}

NameEvaluation EvaluateNames(const Pipeline& pipeline, const std::string& iob2, const std::string& type) {
  NameEvaluation e;
  for (TreebankSentence& g : ReadIob2(iob2)) {
    Sentence s;
    for (const Token& t : g.tokens) {
      Token w;
      w.form = t.form;
      s.tokens.push_back(w);
    }
    pipeline.Annotate(&s);
    std::set<std::tuple<int, int, std::string>> ref, sys;
    for (const Name& n : g.names)
      if (type.empty() || n.type == type) ref.insert({n.first, n.last, n.type});
    for (const Name& n : s.names)
      if (type.empty() || n.type == type) sys.insert({n.first, n.last, n.type});
    e.gold += ref.size();
    e.found += sys.size();
    for (const auto& n : sys) e.correct += ref.count(n);
  }
  return e;
}

}  // namespace ng::nlp
