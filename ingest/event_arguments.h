// ingest/event_arguments.h — who took part in an event, read off the parse
// of its trigger: the subject and object of a verb ("Norway attacked
// Sweden"), the possessor, modifiers and prepositional phrases of a noun
// ("Norway's strikes on Sweden", "talks between Chile and Peru"), and for a
// noun the clause it sits in ("Norway launched strikes", "the strikes hit
// the port"). Actors merely named elsewhere in the sentence
// take no part.
#ifndef NEWSGRAPH_INGEST_EVENT_ARGUMENTS_H_
#define NEWSGRAPH_INGEST_EVENT_ARGUMENTS_H_

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ingest/extraction.h"
#include "ingest/nlp/syntax.h"
#include "ingest/statements.h"

namespace ng::ingest {

struct EventArguments {
  // actor, agent | target | participant; unnamed sources among them ("Swedish
  // officials"), whom the caller takes for the country they are of.
  std::vector<std::pair<int, std::string>> participants;
  int location = -1;                                      // actor named as where it happened
  size_t where_begin = 0, where_end = 0;  // the phrase that says where ("in X"), if any
  // The place is the doer's own ("moved troops to its border", "reinforced
  // their frontier"): where it happened is the doer's country.
  bool own_place = false;
  // The attack the event is part of ("killed in Norwegian airstrikes"): the
  // byte its noun starts at, else npos.
  size_t cause_begin = std::string::npos;
  // Actors named as onlookers of the event ("X condemned the strikes", "X,
  // which hosts the talks"): no party, nor a side to complete talks with.
  std::vector<int> bystanders;
  // Participants named as the owner of the reported subject ("X's ministry
  // said its navy would …"): a body of a state stands for that state there.
  std::set<int> owners;
};

// The arguments of the trigger at token `trigger` of `sentence`, an `entry`
// of the trigger tables (data/event_triggers.tsv): its `subject_role` is what
// the trigger's subject does, "agent" for an attack, "participant" for
// talks, whose every party is a participant; its `preposition_roles` what a
// phrase with a preposition names for that type ("the invasion of X":
// target, "the withdrawal from X": where); its `needs`
// the lemmas that make the trigger an event ("end" a mission): such a
// dependent is the event itself, and its own dependents are the trigger's
// ("ended its mission in X": X is where).
// `mentions` are the paragraph's (offsets in the same text as the parse).
// `onlookers` are lemmas of verbs that judge an event without taking part in
// it: the subject of such a verb with the trigger as its object ("X condemned
// the strikes") is no party. `places` are nouns of ground: a target phrase
// headed by one ("on Norwegian soil") says where. `intentions` are nouns of
// what their owner means to do: an infinitive trigger describing one that is
// a verb's object is done by that verb's subject ("X has no plans to attack").
// `attacks` are nouns naming an attack: a phrase of role "cause" headed by
// one ("killed in Norwegian airstrikes") names the attack the event is part
// of (`cause_begin`). `undergoers` are lemmas of verbs whose subject
// suffers the event their object names ("X suffered attacks by Y": X the
// target, as in "X came under attack"). `settlements` are nouns of inhabited
// places: a target headed by one is also where ("shelled a Thai village").
EventArguments ArgumentsOf(const nlp::Sentence& sentence, int trigger, const EventTrigger& entry,
                           const std::vector<PlacedMention>& mentions,
                           const std::set<std::string>& onlookers = {},
                           const std::set<std::string>& places = {},
                           const std::set<std::string>& intentions = {},
                           const std::set<std::string>& attacks = {},
                           const std::set<std::string>& undergoers = {},
                           const std::set<std::string>& settlements = {});

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_EVENT_ARGUMENTS_H_
