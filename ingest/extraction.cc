#include "ingest/extraction.h"

#include <algorithm>
#include <cctype>

#include "ingest/actor_table.h"
#include "ingest/dates.h"
#include "ingest/events.h"
#include "ingest/mentions.h"
#include "ingest/sentences.h"
#include "ingest/statements.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// The country or body a speaker speaks for: a country itself, else what it is
// affiliated with, part of, or holds an office of (followed a few steps).
int GroupOf(int actor, const std::vector<ActorFact>& actors, const Lexicon& lex) {
  auto find = [&](const std::string& name) {
    for (size_t i = 0; i < actors.size(); ++i)
      if (actors[i].name == name) return static_cast<int>(i);
    return -1;
  };
  for (int step = 0; step < 4 && actor >= 0; ++step) {
    const ActorFact& a = actors[actor];
    if (a.kind == "country") return actor;
    int next = a.affiliation;
    if (next < 0 && a.dict >= 0) {
      const DictActor& d = lex.actors[a.dict];
      if (!d.part_of.empty()) next = find(d.part_of);
      else if (!d.roles.empty()) next = find(d.roles[0].of);
      else if (!d.affiliated_with.empty()) next = find(d.affiliated_with);
    }
    if (next == actor) return -1;
    actor = next;
  }
  return -1;
}

// "we", "us", "our" in the words: the speaker's side is what they are about.
bool SpeaksForAGroup(const std::string& text) {
  static const char* const kFirstPersonPlural[] = {"we", "us", "our", "ours", "ourselves"};
  std::string word;
  for (size_t i = 0; i <= text.size(); ++i) {
    unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (std::isalpha(c)) {
      word += static_cast<char>(std::tolower(c));
      continue;
    }
    for (const char* w : kFirstPersonPlural)
      if (word == w) return true;
    word.clear();
  }
  return false;
}

}  // namespace

Extraction ExtractArticle(const Article& article, const Lexicon& lex) {
  Extraction x;
  x.article = article;
  ActorTable table(lex, &x.actors);
  KnownPeople people;
  Discourse discourse;
  int sentence_index = 0;
  for (size_t i = 0; i < article.paragraphs.size(); ++i) {
    const std::string& text = article.paragraphs[i];
    ParagraphView p;
    if (!x.body.empty()) x.body += '\n';
    p.offset = x.body.size();
    x.body += text;
    p.text = text;
    p.first_sentence = sentence_index;
    p.sentences = SplitSentences(text, lex);
    sentence_index += static_cast<int>(p.sentences.size());
    for (const Mention& m : FindMentions(text, lex, &people)) {
      int actor = table.Resolve(m, text.substr(m.start, m.end - m.start));
      if (actor < 0) continue;
      PlacedMention pm;
      pm.start = m.start;
      pm.end = m.end;
      pm.actor = actor;
      pm.modifier = m.modifier;
      pm.person = x.actors[actor].kind == "person";
      pm.anonymous = x.actors[actor].kind == "anonymous_source";
      pm.plural = m.plural;
      pm.demonym = m.demonym;
      p.mentions.push_back(pm);
      // Later paragraphs may call a dictionary person by surname alone.
      if (m.kind == MentionKind::kDictionary && pm.person) people.Add(x.actors[actor].name);
    }
    if (table.last_person() >= 0 && discourse.last_person < 0) discourse.last_person = table.last_person();
    discourse.paragraph = static_cast<int>(i);
    size_t first_statement = x.statements.size();
    // Pronouns refer to the person last named before the statement.
    discourse.last_person = table.last_person();
    FindStatements(p, lex, x.actors, &discourse, &x.statements);
    std::vector<std::vector<int>> events =
        FindEvents(p, lex, x.actors, article.published, &x.events);
    for (size_t s = first_statement; s < x.statements.size(); ++s) {
      StatementFact& st = x.statements[s];
      int local = st.sentence - p.first_sentence;
      const Span& sp = p.sentences[std::clamp(local, 0, static_cast<int>(p.sentences.size()) - 1)];
      st.date = ResolveDate(std::string_view(text).substr(sp.start, sp.end - sp.start),
                            article.published);
      if (local >= 0 && local < static_cast<int>(events.size())) st.about_events = events[local];
      if (st.speaker >= 0 && SpeaksForAGroup(st.text)) {
        int group = GroupOf(st.speaker, x.actors, lex);
        if (group >= 0) st.about_actors.push_back(group);
      }
      std::sort(st.about_actors.begin(), st.about_actors.end());
      st.about_actors.erase(std::unique(st.about_actors.begin(), st.about_actors.end()),
                            st.about_actors.end());
    }
  }
  return x;
}

}  // namespace ng::ingest
