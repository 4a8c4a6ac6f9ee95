#include "ingest/event_mode.h"

#include <set>

#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// Relations by which a trigger is an argument of the word above it: the
// governors whose own words count ("considering [a withdrawal]").
const std::set<std::string> kArgument = {"obj", "nsubj", "nsubj:pass", "xcomp", "ccomp", "nmod",
                                         "obl", "acl", "advcl", "csubj"};
// Relations of the words that modify a trigger or a governor.
const std::set<std::string> kModifier = {"aux", "advmod", "mark", "amod", "det", "cop", "aux:pass"};

// Stronger modes win: denied, hypothetical, planned.
int Rank(const std::string& mode) {
  return mode == "denied" ? 3 : mode == "hypothetical" ? 2 : mode == "planned" ? 1 : 0;
}

// "Norway to withdraw troops": a sentence whose main verb is an infinitive
// with no verb over it is headline style for what will be done.
bool HeadlineInfinitive(const nlp::Sentence& s, int verb) {
  const nlp::Token& v = s.tokens[verb];
  if (v.head >= 0 || v.upos != "VERB" || v.xpos != "VB") return false;
  bool to = false;
  for (const nlp::Token& c : s.tokens) {
    if (c.head != verb) continue;
    if (c.deprel == "mark" && Lower(c.form) == "to") to = true;
    if (c.deprel.rfind("aux", 0) == 0) return false;
  }
  return to;
}

}  // namespace

std::string EventMode(const nlp::Sentence& s, int trigger, const Lexicon& lex) {
  std::string best = "occurred";
  // `reported`: t modifies a clause a verb of speech reports.
  auto consider = [&](const nlp::Token& t, bool reported) {
    auto mode = lex.event_modes.find(Lower(t.lemma));
    if (mode == lex.event_modes.end()) mode = lex.event_modes.find(Lower(t.form));
    if (mode == lex.event_modes.end()) return;
    std::string m = mode->second;
    auto as_reported = lex.event_modes_reported.find(mode->first);
    if (reported && as_reported != lex.event_modes_reported.end()) m = as_reported->second;
    if (Rank(m) > Rank(best)) best = m;
  };
  int node = trigger;
  for (int depth = 0; depth < 4 && node >= 0; ++depth) {
    if (depth > 0) consider(s.tokens[node], false);  // the governor itself ("consider", "plan")
    const nlp::Token& n = s.tokens[node];
    bool reported = n.deprel == "ccomp" && n.head >= 0 && lex.speech_lemmas.count(Lower(s.tokens[n.head].lemma));
    for (size_t c = 0; c < s.tokens.size(); ++c)
      if (s.tokens[c].head == node && kModifier.count(s.tokens[c].deprel)) consider(s.tokens[c], reported);
    if (!kArgument.count(s.tokens[node].deprel)) break;
    node = s.tokens[node].head;
  }
  if (best == "occurred" && node >= 0 && HeadlineInfinitive(s, node)) best = "planned";
  return best;
}

}  // namespace ng::ingest
