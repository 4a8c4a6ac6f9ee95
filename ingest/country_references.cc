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

// "the two countries", "both governments", "the three nations", "the
// neighbours" at token i
// (a plural of a noun of data/country_references.txt): the index of that
// noun, else 0; `count` is how many countries it stands for.
size_t GroupReference(const std::vector<Token>& tokens, size_t i, const Lexicon& lex, size_t* count) {
  size_t noun = 0;
  if (tokens[i].lower == "both") noun = i + 1, *count = 2;
  else if (tokens[i].lower == "the" && i + 2 < tokens.size() && tokens[i + 1].lower == "two") noun = i + 2, *count = 2;
  else if (tokens[i].lower == "the" && i + 2 < tokens.size() && tokens[i + 1].lower == "three") noun = i + 2, *count = 3;
  // "the neighbours" with no count: the two a report is about.
  else if (tokens[i].lower == "the" && i + 1 < tokens.size() &&
           (tokens[i + 1].lower == "neighbours" || tokens[i + 1].lower == "neighbors") &&
           (i + 2 >= tokens.size() || tokens[i + 2].lower != "of"))
    noun = i + 1, *count = 2;
  if (noun == 0 || noun >= tokens.size()) return 0;
  const std::string& w = tokens[noun].lower;
  if (w.size() < 2 || w.back() != 's') return 0;
  std::string singular = w.substr(0, w.size() - 1);  // "nations"
  if (w.size() > 3 && w.compare(w.size() - 3, 3, "ies") == 0) singular = w.substr(0, w.size() - 3) + "y";  // "countries"
  return lex.country_references.count(singular) || lex.country_group_references.count(singular) ? noun : 0;
}

// "its neighbour", "its northern neighbor" at token i: the index of the
// noun, else 0 (not "its neighbours": several).
size_t NeighbourReference(const std::vector<Token>& tokens, size_t i) {
  if (tokens[i].lower != "its" && tokens[i].lower != "their") return 0;
  size_t noun = i + 1;
  if (noun + 1 < tokens.size() && tokens[noun].lower != "neighbour" && tokens[noun].lower != "neighbor" &&
      tokens[noun].lower == tokens[noun].text)
    ++noun;  // one word describing it ("northern")
  if (noun >= tokens.size()) return 0;
  return tokens[noun].lower == "neighbour" || tokens[noun].lower == "neighbor" ? noun : 0;
}

// "asked for Norway to pull out of the country": a name between "for"
// and an infinitive's "to" is that verb's subject, however it is parsed.
bool InfinitiveSubject(const std::vector<Token>& tokens, size_t start, size_t end) {
  size_t after = 0;
  while (after < tokens.size() && tokens[after].start < end) ++after;
  if (after >= tokens.size() || tokens[after].lower != "to") return false;
  size_t before = 0;
  while (before < tokens.size() && tokens[before].end <= start) ++before;
  if (before == 0) return false;
  --before;  // the last token before the name
  if (tokens[before].lower == "the" && before > 0) --before;
  return tokens[before].lower == "for";
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
  // All of them for "the two countries" ("X's minister met Y's envoy ...
  // the two countries"), the countries of unnamed people too ("the Danish
  // ambassador").
  int next_group = 0;
  for (const NamedCountry& c : *named) next_group = std::max(next_group, c.group + 1);
  size_t last_country_end = std::string_view::npos;  // of the last bare country named here
  const PlacedMention* last_modifier = nullptr;
  auto pass = [&](const PlacedMention& m) {
    if (m.modifier) {
      // "the Peruvian-Chilean frontier": two countries named together.
      if (last_modifier && last_modifier->end + 1 == m.start && text[last_modifier->end] == '-' &&
          actors[m.actor].kind == "country" && actors[last_modifier->actor].kind == "country") {
        const int id = next_group++, sentence = SyntaxOf(m.end, syntax).sentence;
        named->push_back({last_modifier->actor, sentence, false, false, id});
        named->push_back({m.actor, sentence, false, false, id});
      }
      last_modifier = &m;
      return;
    }
    MentionSyntax how = SyntaxOf(m.end, syntax);
    const ActorFact& a = actors[m.actor];
    if (a.kind == "anonymous_source" && a.affiliation >= 0 && actors[a.affiliation].kind == "country") {
      named->push_back({a.affiliation, how.sentence, false, false});
      return;
    }
    if (a.kind != "country") return;
    const bool bare = !m.demonym && how.deprel != "compound" && how.deprel != "amod" && how.deprel != "nmod:poss";
    const bool subject =
        how.deprel == "nsubj" || how.deprel == "nsubj:pass" || InfinitiveSubject(tokens, m.start, m.end);
    NamedCountry named_now{m.actor, how.sentence, subject, bare};
    // "X and Y", "X, Y and Z": named together.
    if (bare && last_country_end != std::string_view::npos && last_country_end <= m.start && !named->empty()) {
      const std::string_view gap = text.substr(last_country_end, m.start - last_country_end);
      if (gap == " and " || gap == ", " || gap == ", and ") {
        if (named->back().group < 0) named->back().group = next_group++;
        named_now.group = named->back().group;
      }
    }
    last_country_end = bare ? m.end : std::string_view::npos;
    named->push_back(named_now);
  };
  // The countries of "the two countries": the last `count` named together
  // when fewer than `count` others were named since (a host, a mediator
  // named in passing), else the last `count` named.
  auto group_of = [&](size_t count, int sentence, bool subject_outside) {
    // "X invited the two sides": X, alone the subject of the reference's
    // own sentence, is not one of them ("X and Y said the two countries ..." are).
    auto outside = [&](const NamedCountry& c) {
      return subject_outside && c.subject && c.group < 0 && c.sentence == sentence && sentence >= 0;
    };
    // Bounded: a group named more than kLookBack countries ago is no
    // antecedent (and a long article must not make this quadratic).
    constexpr int kLookBack = 64;
    std::vector<int> group, since;
    int looked = 0;
    for (auto it = named->rbegin(); it != named->rend() && ++looked <= kLookBack; ++it) {
      if (outside(*it)) continue;
      if (it->group >= 0) {
        int members = 0;
        for (auto member = it; member != named->rend() && ++members <= kLookBack; ++member)
          if (member->group == it->group && std::find(group.begin(), group.end(), member->actor) == group.end())
            group.push_back(member->actor);
        break;
      }
      if (std::find(since.begin(), since.end(), it->actor) == since.end()) since.push_back(it->actor);
    }
    const size_t others = std::count_if(since.begin(), since.end(), [&](int actor) {
      return std::find(group.begin(), group.end(), actor) == group.end();
    });
    if (group.size() == count && others < count) return group;
    std::vector<int> last;
    for (auto it = named->rbegin(); it != named->rend() && last.size() < count; ++it)
      if (!outside(*it) && std::find(last.begin(), last.end(), it->actor) == last.end()) last.push_back(it->actor);
    return last;
  };
  for (size_t i = 0; i + 1 < tokens.size(); ++i) {
    for (; next < mentions->size() && (*mentions)[next].end <= tokens[i].start; ++next) pass((*mentions)[next]);
    // "the two countries", "both countries": the last two countries named.
    size_t count = 0;
    if (size_t noun = GroupReference(tokens, i, lex, &count); noun > 0) {
      const size_t start = tokens[i].start, end = tokens[noun].end;
      // Unless too few others were named ("X offered to host a summit of
      // the three countries": X is one).
      std::vector<int> group = group_of(count, SentenceAt(start, syntax), true);
      if (group.size() < count) group = group_of(count, SentenceAt(start, syntax), false);
      if (group.size() == count) {
        const int id = next_group++;
        for (int actor : group) {
          PlacedMention m;
          m.start = start;
          m.end = end;
          m.actor = actor;
          m.plural = true;
          added.push_back(m);
          // Named together again: the group a later reference finds.
          named->push_back({actor, SentenceAt(start, syntax), false, false, id});
        }
      }
      last_country_end = std::string_view::npos;
      continue;
    }
    if (size_t noun = NeighbourReference(tokens, i); noun > 0) {
      // "Juba halted exports through its northern neighbour": the country
      // "its" stands for is the one named last; its neighbour another named
      // in the sentence (the nearest), else the one named before it.
      if (named->empty()) continue;
      const int own = named->back().actor;
      const int sentence = SentenceAt(tokens[i].start, syntax);
      int neighbour = -1;
      size_t distance = std::string_view::npos;
      for (const PlacedMention& m : *mentions) {
        // (A state's body names the state: "the Afghan energy ministry said".)
        const ActorFact& a = actors[m.actor];
        const int country = a.kind == "country" ? m.actor
                            : a.kind == "government_body" && a.affiliation >= 0 &&
                                    actors[a.affiliation].kind == "country"
                                ? a.affiliation
                                : -1;
        if (country < 0 || country == own || SentenceAt(m.start, syntax) != sentence || sentence < 0) continue;
        const size_t d = m.start > tokens[i].start ? m.start - tokens[i].start : tokens[i].start - m.start;
        if (d < distance) distance = d, neighbour = country;
      }
      for (auto it = named->rbegin(); neighbour < 0 && it != named->rend(); ++it)
        if (it->actor != own) neighbour = it->actor;
      if (neighbour < 0) continue;
      PlacedMention m;
      m.start = tokens[i].start;
      m.end = tokens[noun].end;
      m.actor = neighbour;
      added.push_back(m);
      continue;
    }
    if (tokens[i].lower != "the" || !lex.country_references.count(tokens[i + 1].lower)) continue;
    const size_t start = tokens[i].start, end = tokens[i + 1].end;
    bool covered = std::any_of(mentions->begin(), mentions->end(),
                               [&](const PlacedMention& m) { return m.start < end && start < m.end; });
    if (covered) continue;
    // "Germany ordered the invasion of the country": the subject of the
    // reference's own sentence is not what it stands for.
    const int sentence = SentenceAt(start, syntax);
    for (auto it = named->rbegin(); it != named->rend(); ++it) {
      if (!it->bare || (it->subject && it->sentence == sentence && sentence >= 0)) continue;
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
