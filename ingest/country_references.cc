#include "ingest/country_references.h"

#include <algorithm>

#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// How the parse of `syntax` reads the mention's last word.
struct MentionSyntax {
  int sentence = -1;
  std::string deprel;
};

MentionSyntax SyntaxOf(size_t end, const std::vector<nlp::Sentence>& syntax) {
  for (size_t s = 0; s < syntax.size(); ++s)
    for (const nlp::Token& t : syntax[s].tokens)
      if (t.begin < end && end <= t.end) return {static_cast<int>(s), t.deprel};
  return {};
}

int SentenceAt(size_t at, const std::vector<nlp::Sentence>& syntax) {
  for (size_t s = 0; s < syntax.size(); ++s)
    if (syntax[s].begin <= at && at < syntax[s].end) return static_cast<int>(s);
  return -1;
}

}  // namespace

void AddCountryReferences(std::string_view text, const std::vector<nlp::Sentence>& syntax, const Lexicon& lex,
                          const std::vector<ActorFact>& actors, CountryHistory* named,
                          std::vector<PlacedMention>* mentions) {
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<PlacedMention> added;
  size_t next = 0;  // the first mention not yet passed
  // Countries named as themselves, in order: not as a modifier or possessor
  // of another noun ("the US military", "Norway's army"), nor as a demonym.
  auto pass = [&](const PlacedMention& m) {
    if (m.modifier || m.demonym || actors[m.actor].kind != "country") return;
    MentionSyntax how = SyntaxOf(m.end, syntax);
    if (how.deprel == "compound" || how.deprel == "amod" || how.deprel == "nmod:poss") return;
    named->push_back({m.actor, how.sentence, how.deprel == "nsubj" || how.deprel == "nsubj:pass"});
  };
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    for (; next < mentions->size() && (*mentions)[next].end <= tokens[i].start; ++next) pass((*mentions)[next]);
    if (tokens[i].lower != "the" || !lex.country_references.count(tokens[i + 1].lower)) continue;
    const size_t start = tokens[i].start, end = tokens[i + 1].end;
    bool covered = std::any_of(mentions->begin(), mentions->end(),
                               [&](const PlacedMention& m) { return m.start < end && start < m.end; });
    if (covered) continue;
    // "Germany ordered the invasion of the country": the subject of the
    // reference's own sentence is not what it stands for.
    const int sentence = SentenceAt(start, syntax);
    for (auto it = named->rbegin(); it != named->rend(); ++it) {
      if (it->subject && it->sentence == sentence && sentence >= 0) continue;
      PlacedMention m;
      m.start = start;
      m.end = end;
      m.actor = it->actor;
      added.push_back(m);
      break;
    }
  }
  for (; next < mentions->size(); ++next) pass((*mentions)[next]);
  // Sentence numbers are the paragraph's: the next one starts afresh.
  for (NamedCountry& c : *named) c.sentence = -1;
  mentions->insert(mentions->end(), added.begin(), added.end());
  std::stable_sort(mentions->begin(), mentions->end(),
                   [](const PlacedMention& a, const PlacedMention& b) { return a.start < b.start; });
}

}  // namespace ng::ingest
