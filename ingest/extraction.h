// ingest/extraction.h — what one article yields before it is written: the
// actors it names, the statements and events it reports, with provenance.
#ifndef NEWSGRAPH_INGEST_EXTRACTION_H_
#define NEWSGRAPH_INGEST_EXTRACTION_H_

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ingest/article.h"
#include "ingest/lexicon.h"
#include "ingest/nlp/syntax.h"

namespace ng::ingest {

// One real-world actor of the article. Dictionary actors keep their index so
// that their relations (PART_OF, HOLDS_ROLE) can be written.
struct ActorFact {
  std::string name;
  std::string kind;  // country, person, government_body, ..., anonymous_source
  std::set<std::string> aliases;
  int dict = -1;             // Lexicon::actors index, or -1 when discovered
  std::string title;         // "Defense Secretary" of a discovered person
  int affiliation = -1;      // another ActorFact (the country of "a US official")
  int mentions = 0;          // named in the text (MENTIONED_IN count)
  bool writer = false;       // the byline's author: kept only when "I" says something
};

// A place the article names that is no actor ("Haldorvik province", "Lyngstrand"):
// cities, regions, bases. Countries are actors.
struct PlaceFact {
  std::string name;
  std::set<std::string> aliases;  // "Haldorvik province" beside "Haldorvik"
  int country = -1;               // the ActorFact of the country it lies in, when the text says
  std::string country_name;       // that country's name, or the gazetteer's when the text names none
  int mentions = 0;
};

struct StatementFact {
  std::string text;
  std::string kind;  // direct | partial | indirect
  std::string verb;  // lemma
  // "belief" when the verb gives what the speaker believes, expects, hopes or
  // fears ("officials expect the talks to fail"), empty for what was said.
  std::string stance;
  // The cue is denied ("did not say that ...", "does not believe ...",
  // "never apologized for ...") or denies ("denied that ...", "rejected
  // claims that ...": data/denial_verbs.txt): words the speaker does not hold.
  bool negated = false;
  std::string date;  // YYYY-MM-DD when known
  int sentence = 0;   // index over the article's sentences
  int paragraph = 0;  // index over the article's paragraphs
  size_t start = 0, end = 0;  // offsets of `text` in the article body
  // Reporting words set off inside [start, end), left out of `text`
  // (graph/statement_text.h); both 0 when none.
  size_t gap_start = 0, gap_end = 0;
  // The actor who said it; -1 when the words naming the source stand for no
  // actor ("they say", "many farmers said", a cue with no subject): the
  // statement is kept, with those words, so nothing reported is lost.
  int speaker = -1;
  std::string speaker_words;  // the source as written, when `speaker` is -1
  // A verb of speech reports the words though it names no one: a passive
  // one ("X was told: '...'", "X was accused of 'burying' it").
  bool unnamed_teller = false;
  std::vector<int> about_actors;
  std::vector<int> about_events;
};

struct EventFact {
  std::string type, label, date, location;
  std::string category;  // PLOVER: CONSULT, ASSAULT, RETREAT, AGREE, REQUEST, ...
  std::string mode = "occurred";  // occurred | planned | hypothetical | denied
  std::vector<std::string> mention_modes;  // of every mention merged into it, in text order
  int sentence = 0;
  int place = -1;  // PlaceFact where it happened, when that place is no actor
  bool repeated = false;  // told as an act repeated or going on (RepeatedAct)
  std::vector<std::pair<int, std::string>> participants;  // actor, role
  std::vector<int> forums;  // actors in which the sides meet (event_forums.h)
};

struct Extraction {
  Article article;
  std::string body;  // paragraphs joined by '\n': the text offsets refer to
  std::vector<ActorFact> actors;
  std::vector<PlaceFact> places;
  std::vector<StatementFact> statements;
  std::vector<EventFact> events;
};

// Runs every extraction stage over an article. Pure: no store, no files;
// safe to run on many articles at once.
Extraction ExtractArticle(const Article& article, const Lexicon& lexicon, const nlp::Pipeline& syntax);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_EXTRACTION_H_
