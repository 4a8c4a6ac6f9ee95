#include "ingest/events.h"

#include <algorithm>
#include <set>

#include "ingest/dates.h"
#include "ingest/event_arguments.h"
#include "ingest/event_mode.h"

namespace ng::ingest {

namespace {

// Two mentions of one event share a participant, or a participant and the
// country it belongs to ("talks" of the Foreign Ministry of Brazil and of Brazil).
bool Overlap(const EventFact& a, const EventFact& b, const std::vector<ActorFact>& actors) {
  for (const auto& [x, rx] : a.participants)
    for (const auto& [y, ry] : b.participants)
      if (x == y || actors[x].affiliation == y || actors[y].affiliation == x) return true;
  return false;
}

// The parsed sentence holding a token that starts at byte `at`, and the token.
const nlp::Sentence* SentenceWithToken(const std::vector<nlp::Sentence>& syntax, size_t at, int* token) {
  for (const nlp::Sentence& s : syntax)
    for (size_t i = 0; i < s.tokens.size(); ++i)
      if (s.tokens[i].begin == at) {
        *token = static_cast<int>(i);
        return &s;
      }
  return nullptr;
}

// "... in Chile" after the trigger, up to `end`: a country named as where it
// happened, when the parse attached the phrase elsewhere.
std::string CountryAfter(const ParagraphView& p, size_t from, size_t end, const std::vector<ActorFact>& actors) {
  for (const PlacedMention& m : p.mentions) {
    if (m.start < from || m.end > end || actors[m.actor].kind != "country") continue;
    std::string_view gap = p.text.substr(from, m.start - from);
    if (gap.size() >= 3 && gap.substr(gap.size() - 3) == "in ") return actors[m.actor].name;
  }
  return "";
}

}  // namespace

std::vector<std::vector<int>> FindEvents(const ParagraphView& p, const Lexicon& lex,
                                         const std::vector<ActorFact>& actors,
                                         const std::string& published,
                                         std::vector<EventFact>* events) {
  std::vector<std::vector<int>> per_sentence(p.sentences.size());
  std::vector<Token> tokens = Tokenize(p.text);
  for (size_t s = 0; s < p.sentences.size(); ++s) {
    const Span& sent = p.sentences[s];
    std::set<std::string> types;
    for (size_t t = 0; t < tokens.size(); ++t) {
      if (tokens[t].start < sent.start || tokens[t].end > sent.end) continue;
      auto trig = lex.event_triggers.end();
      if (t + 1 < tokens.size())
        trig = lex.event_triggers.find(tokens[t].lower + " " + tokens[t + 1].lower);
      if (trig == lex.event_triggers.end()) trig = lex.event_triggers.find(tokens[t].lower);
      if (trig == lex.event_triggers.end() || !types.insert(trig->second.type).second) continue;
      EventFact e;
      e.type = trig->second.type;
      auto category = lex.event_categories.find(e.type);
      if (category != lex.event_categories.end()) e.category = category->second;
      e.sentence = p.first_sentence + static_cast<int>(s);
      e.date = ResolveEventDate(p.text.substr(sent.start, sent.end - sent.start), published);
      // Participants from the parse of the trigger, never the mere
      // neighbours of a word (ingest/event_arguments.h).
      int trigger = -1;
      const nlp::Sentence* parsed = SentenceWithToken(p.syntax, tokens[t].start, &trigger);
      if (!parsed) continue;
      e.mode = EventMode(*parsed, trigger, lex);
      EventArguments args = ArgumentsOf(*parsed, trigger, trig->second.subject_role, p.mentions);
      e.participants = std::move(args.participants);
      e.location = args.location >= 0 ? actors[args.location].name
                                      : CountryAfter(p, tokens[t].end, sent.end, actors);
      // Talks have two sides at least: when the parse names fewer ("meetings
      // between the two governments"), the states and bodies the sentence
      // names are the likeliest sides.
      if (trig->second.subject_role == "participant" && e.participants.size() < 2)
        for (const PlacedMention& m : p.mentions) {
          bool named = std::any_of(e.participants.begin(), e.participants.end(),
                                   [&](const auto& q) { return q.first == m.actor; });
          if (m.start >= sent.start && m.end <= sent.end && !m.anonymous && !m.modifier && !named &&
              actors[m.actor].kind != "person" && actors[m.actor].name != e.location)
            e.participants.emplace_back(m.actor, "participant");
        }
      if (e.participants.empty()) {
        // "the negotiations" with no party named: the talks the article
        // told of last, if any (a reference back, not a new event).
        for (size_t i = events->size(); i-- > 0;)
          if ((*events)[i].type == e.type) {
            per_sentence[s].push_back(static_cast<int>(i));
            break;
          }
        continue;
      }
      std::string names;
      for (size_t i = 0; i < e.participants.size() && i < 3; ++i)
        names += (i ? ", " : "") + actors[e.participants[i].first].name;
      e.label = e.type + ": " + names;
      int index = -1;
      for (size_t i = 0; i < events->size(); ++i) {
        EventFact& old = (*events)[i];
        if (old.type == e.type && old.date == e.date && Overlap(old, e, actors)) {
          if (old.location.empty()) old.location = e.location;
          for (const auto& pr : e.participants)
            if (std::none_of(old.participants.begin(), old.participants.end(),
                             [&](const auto& q) { return q.first == pr.first; }))
              old.participants.push_back(pr);
          index = static_cast<int>(i);
          break;
        }
      }
      if (index < 0) {
        index = static_cast<int>(events->size());
        events->push_back(std::move(e));
      }
      per_sentence[s].push_back(index);
    }
  }
  return per_sentence;
}

}  // namespace ng::ingest
