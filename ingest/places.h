// ingest/places.h — the places an article names that are no actor: cities,
// provinces, bases, regions ("in Trennefjord", "Haldorvik province", "the city of
// Marvik", "Camp Sorvik"). Countries, and capitals the dictionary makes
// stand for their government, are actors and stay so.
//
// A run of capitalized words is a place when the name finder calls it one,
// when it ends in a place word ("Air Base", "Strip"), when a place noun
// follows or introduces it ("X province", "the city of X"), or when a
// locative preposition governs it ("near X") and the name finder calls it
// no person or organization; never when it overlaps an actor's mention, is
// a calendar word, or only modifies a common noun ("in X-town talks").
#ifndef NEWSGRAPH_INGEST_PLACES_H_
#define NEWSGRAPH_INGEST_PLACES_H_

#include <vector>

#include "ingest/extraction.h"
#include "ingest/lexicon.h"
#include "ingest/statements.h"

namespace ng::ingest {

// Finds the places of paragraph `p` (its syntax and actor mentions read),
// adds new ones to `places` (one per name in the article; "Haldorvik" and
// "Haldorvik province" are one), counts their mentions and returns where they
// are named (`actor` = index of `places`), in text order. A country named
// with the place ("Norway's Haldorvik province", "Lyngstrand, Norway") is its country.
std::vector<PlacedMention> FindPlaces(const ParagraphView& p, const Lexicon& lex,
                                      const std::vector<ActorFact>& actors, std::vector<PlaceFact>* places);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_PLACES_H_
