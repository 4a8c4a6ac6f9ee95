// ingest/descriptions.h — what an article calls the people it names, so that
// a later "the nominee" or "the former secretary" is the person it described
// so: "Republican presidential nominee Walter Brennick" (a description before
// the name), "Mara Lindqvist, the former secretary of labor" (an apposition).
// Read off the parse; one table per article, the latest person per word.
#ifndef NEWSGRAPH_INGEST_DESCRIPTIONS_H_
#define NEWSGRAPH_INGEST_DESCRIPTIONS_H_

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/extraction.h"
#include "ingest/mentions.h"
#include "ingest/nlp/syntax.h"
#include "ingest/statements.h"

namespace ng::ingest {

// One description of a person: the words before its head noun, lower case
// ("republican", "presidential" of "Republican presidential nominee X").
struct Description {
  std::vector<std::string> modifiers;
  int person = -1;
};
// Head noun (lower case, singular as the lemmatizer gives it) -> the people
// described by it, in the order the article described them.
using Descriptions = std::map<std::string, std::vector<Description>>;

// Adds the descriptions the parse attaches to the people of `sentences`
// (a paragraph's, or its first few: "Sen. X said … The senator added" is
// one paragraph).
// A title before a name describes its person too: "Sen. X" and "Senator X"
// are "the senator" later (`lexicon.title_nouns`, one-word titles).
void LearnDescriptions(std::span<const nlp::Sentence> sentences,
                       const std::vector<PlacedMention>& mentions,
                       const std::vector<ActorFact>& actors, const Lexicon& lexicon, Descriptions* out);

// The person a definite, singular anonymous or office mention ("the
// nominee", "the Republican presidential nominee") describes, or -1: the
// latest described with the mention's words before its noun — those that
// tell people apart (capitalized, or used in another description of the
// noun: "the Republican nominee" is not "Democratic nominee X"); else the
// latest given the noun as a title alone ("Sen. X" is "the Democratic
// senator"), unless a nationality among the words is not that person's
// country ("the French president" is not "President X" of another).
int DescribedPerson(const Mention& mention, const Descriptions& descriptions, const std::vector<ActorFact>& actors,
                    const Lexicon& lexicon);

// The person a mention calls by age, nation or children alone — "the
// 42-year-old", "the Scot said", "the Brazilian added" (a demonym or
// data/nationality_nouns.txt before a verb of speech), "the mother-of-two"
// — as news does the person it named last: `last`, the person last named by
// a name of their own (not when the mention's sex is not theirs); -1 when
// the mention calls no one so. `text`: the paragraph the mention is in.
int PersonCalledWithoutName(const Mention& mention, std::string_view text, int last,
                            const std::vector<ActorFact>& actors, const Lexicon& lexicon);

// The organization "the company", "the union", "the agency" stands for: of
// the organizations the article named before (`named`, in text order), the
// last whose name holds the noun ("the union" after "the Kestrel Dockers
// Union"), else, for a noun data/organization_references.tsv lists, the one
// of its kind whose name holds no noun of organizations ("the company" after
// "Norvik Foods", not after "the Kestrel Dockers Union"); -1 when none or two.
int OrganizationReferredTo(const Mention& mention, const std::vector<ActorFact>& actors,
                          const std::vector<int>& named, const Lexicon& lexicon);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_DESCRIPTIONS_H_
