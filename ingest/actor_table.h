// ingest/actor_table.h — turns mentions into the article's actors: one entry
// per real-world actor, with back-references ("the official", "the leader")
// and short forms resolved to what the article introduced before.
#ifndef NEWSGRAPH_INGEST_ACTOR_TABLE_H_
#define NEWSGRAPH_INGEST_ACTOR_TABLE_H_

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "ingest/extraction.h"
#include "ingest/mentions.h"

namespace ng::ingest {

class ActorTable {
 public:
  // `date`: the article's publication date (ISO, may be empty), for whoever
  // held a dated office then ("the president" of 2016 is not that of 2024).
  ActorTable(const Lexicon& lexicon, std::vector<ActorFact>* actors, std::string date = "")
      : lex_(lexicon), actors_(actors), date_(std::move(date)) {}

  // The actor a mention stands for (-1 if none), in document order: each call
  // updates what "the official" or "he" can refer back to.
  int Resolve(const Mention& m, const std::string& surface);

  int last_person() const { return last_person_; }
  // A dictionary actor, added to the article if needed (no mention counted).
  int DictActor(int dict_index);

 private:
  int Intern(const std::string& key, const std::string& name, const std::string& kind, int dict);
  int ResolvePerson(const Mention& m);
  // "Brandvold Vows …" before "Ilse Brandvold said": the person met by
  // surname alone (not from the dictionary) is the one now named in full —
  // renamed, the surname kept as an alias. -1 when there is none.
  int CompleteSurname(const std::string& key, const std::string& name);
  // "The governor ordered … Governor Ruth Bell told …": the unnamed holder of
  // the office the person's whole title names, met before, is that person
  // (it becomes them); -1 when there is none.
  int CompleteOffice(const std::string& key, const Mention& m);
  int ResolveAnonymous(const Mention& m);
  int ResolveRole(const Mention& m);
  int Affiliation(const Mention& m);

  const Lexicon& lex_;
  std::vector<ActorFact>* actors_;
  const std::string date_;
  std::map<std::string, int> by_key_;
  std::vector<int> anonymous_order_;  // anonymous actors, oldest first
  std::vector<int> person_order_;
  int last_person_ = -1;
};

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_ACTOR_TABLE_H_
