// ingest/country_references.h — "the country" after a country is named: that
// country. Events read their parties off the parse, and "ordered the invasion
// of the country" names its target only through the reference.
#ifndef NEWSGRAPH_INGEST_COUNTRY_REFERENCES_H_
#define NEWSGRAPH_INGEST_COUNTRY_REFERENCES_H_

#include <string_view>
#include <vector>

#include "ingest/extraction.h"
#include "ingest/lexicon.h"
#include "ingest/statements.h"

namespace ng::ingest {

// A country the article named as itself, in the order named.
struct NamedCountry {
  int actor = -1;
  int sentence = -1;     // in the paragraph being read; -1 for earlier paragraphs
  bool subject = false;  // the subject of its clause
  bool bare = true;      // named as itself: not a modifier, possessor or demonym
  int group = -1;        // named together with others ("X and Y", "the two sides"): one id
};
using CountryHistory = std::vector<NamedCountry>;

// Adds to `mentions` (sorted by start, in `text`) a mention of the country
// last named for every "the" + a noun of data/country_references.txt
// ("the country"), mentions of the last two (three) countries named for "the
// two countries", "both governments" ("the three countries": also the
// plurals of data/country_group_references.txt) — the countries last named
// together ("X and Y", or as such a group) when fewer others were named
// since ("X and Y signed a deal at talks Z hosted; the two countries ..."
// are X and Y) — and records in `named` the countries the paragraph names,
// for the paragraphs after it. Modifiers and possessors ("U.S. troops", "the
// US military", "Norway's army" in the parse of `syntax`) and demonyms name
// no country a reference stands for, nor does the subject of the
// reference's own sentence ("Germany ordered the invasion of the country").
// "Its neighbour" is another country than the one named last: the nearest
// named in its sentence, else the one named before.
void AddCountryReferences(std::string_view text, const std::vector<nlp::Sentence>& syntax, const Lexicon& lex,
                          const std::vector<ActorFact>& actors, CountryHistory* named,
                          std::vector<PlacedMention>* mentions);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_COUNTRY_REFERENCES_H_
