#include "ingest/events.h"

#include <algorithm>
#include <set>

#include "ingest/dates.h"
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

// The mode of the trigger starting at byte `at` of the paragraph, from the
// parse ("occurred" when the parse has no word there).
std::string ModeAt(const ParagraphView& p, size_t at, const Lexicon& lex) {
  for (const nlp::Sentence& s : p.syntax)
    for (size_t i = 0; i < s.tokens.size(); ++i)
      if (s.tokens[i].begin == at) return EventMode(s, static_cast<int>(i), lex);
  return "occurred";
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
      e.sentence = p.first_sentence + static_cast<int>(s);
      e.date = ResolveDate(p.text.substr(sent.start, sent.end - sent.start), published);
      e.mode = ModeAt(p, tokens[t].start, lex);
      std::set<int> seen;
      for (const PlacedMention& m : p.mentions) {
        if (m.start < sent.start || m.end > sent.end || m.anonymous || m.modifier ||
            !seen.insert(m.actor).second)
          continue;
        const std::string& kind = actors[m.actor].kind;
        std::string role = "participant";
        if (m.end <= tokens[t].start) {
          role = trig->second.subject_role;
        } else {
          std::string_view gap = p.text.substr(tokens[t].end, m.start - tokens[t].end);
          if (gap.find(" on ") != std::string_view::npos || gap.find("against") != std::string_view::npos ||
              gap.find("target") != std::string_view::npos)
            role = "target";
          // "in Iraq": where it happened.
          if (kind == "country" && gap.size() >= 3 && gap.substr(gap.size() - 3) == "in " &&
              e.location.empty()) {
            e.location = actors[m.actor].name;
            continue;
          }
        }
        e.participants.emplace_back(m.actor, role);
      }
      if (e.participants.empty()) continue;
      std::string names;
      for (size_t i = 0; i < e.participants.size() && i < 3; ++i)
        names += (i ? ", " : "") + actors[e.participants[i].first].name;
      e.label = e.type + ": " + names;
      int index = -1;
      for (size_t i = 0; i < events->size(); ++i) {
        EventFact& old = (*events)[i];
        if (old.type == e.type && old.date == e.date && Overlap(old, e, actors)) {
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
