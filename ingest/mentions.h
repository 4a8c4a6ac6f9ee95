// ingest/mentions.h — where a paragraph names actors: dictionary names and
// their aliases, demonyms and capitals; people discovered by title,
// apposition or speech; anonymous sources ("a senior defense official");
// unnamed office holders ("Iraq's foreign minister").
#ifndef NEWSGRAPH_INGEST_MENTIONS_H_
#define NEWSGRAPH_INGEST_MENTIONS_H_

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/lexicon.h"

namespace ng::ingest {

enum class MentionKind {
  kDictionary,  // `actor` is a Lexicon index
  kPerson,      // a person not in the dictionary: `name`
  kAnonymous,   // an anonymous source: `name` is the phrase without determiner
  kRole,        // an office without a name ("the prime minister"): `name`
  kOrganization,  // an organization not in the dictionary: `name`, `org_kind`
};

struct Mention {
  size_t start = 0, end = 0;
  MentionKind kind = MentionKind::kDictionary;
  int actor = -1;
  std::string name;
  std::string title;            // "Defense Secretary" before a person's name
  std::vector<int> cues;        // dictionary actors inside an anonymous/role/organization phrase
  std::string owner_name;       // "Hale's spokesman": "Hale", perhaps a person named before
  std::string org_kind;         // kOrganization: from data/organization_heads.tsv
  bool modifier = false;        // "pro-Iran", "US-led": names but is not a subject
  bool demonym = false;
  bool definite = false;        // "the official": refers back to an earlier one
  bool plural = false;          // "officials"
};

// People found so far in the article: full name, and surname → full name,
// so that "Austin" after "Lloyd Austin" is the same person.
struct KnownPeople {
  std::set<std::string> full_names;
  std::map<std::string, std::string> by_surname;
  // "Abiy said" after "Abiy Ahmed": news calls some people by their first
  // name (Ethiopian, Thai, Indonesian usage). Empty when two people share it.
  std::map<std::string, std::string> by_given_name;
  void Add(const std::string& full_name);
  // The full name a one-word mention stands for: by surname, else by a given
  // name no other person of the article has; empty when none.
  std::string FullNameOf(const std::string& word) const;
  // Short names of organizations -> their full names: the first word of a
  // firm named with a company head ("Norvale" for "Norvale Mining",
  // data/short_name_heads.txt; empty when two firms share the word), the
  // last word of a club's ("Rovers", data/short_name_tails.txt) and an
  // acronym given in brackets after a name ("EFF" for "the Eastern Freedom
  // Front (EFF)").
  std::map<std::string, std::string> organization_by_short_name;
};

// What a whole article names, for the local aliases of the dictionary ("the
// foreign ministry" is Iraq's only in an article that names Iraq).
struct ArticleContext {
  std::set<int> named;    // dictionary actors named by an alias that is not local
  std::vector<std::pair<size_t, int>> countries;  // (offset, country) named by name, in order
  int main_country = -1;  // the first country named by name (not by a demonym)

  // The country named last before `offset`, else the main country.
  int CountryBefore(size_t offset) const {
    int found = main_country;
    for (const auto& [at, country] : countries)
      if (at < offset) found = country;
    return found;
  }
};
ArticleContext ScanArticle(std::string_view body, const Lexicon& lexicon);

// Byte ranges of `text` that the name finder calls people's names.
using NameSpans = std::vector<std::pair<size_t, size_t>>;

// The phrase the parse gives as the source of reported speech ("Merrill said
// ...", "Senate Democrats argued ..."): a name there is a person (or what the
// name finder says it is) even alone, and a description an anonymous source.
struct SpeakerPhrase {
  size_t start = 0, end = 0;            // the phrase, in the paragraph
  size_t head_start = 0, head_end = 0;  // its head word
  size_t name_start = 0, name_end = 0;  // a proper name at the head
  bool proper = false;                  // a proper noun heads it
  bool organization = false;            // the name finder calls it one
  bool plural = false, definite = false, determiner = false;
  // Its first word is a common word the parse read so, capitalized only to
  // open the sentence ("Rail operators warned": no name "Rail").
  bool common_first_word = false;
  // What it is called instead of its words: "some residents" for "Some"
  // said after "Residents were divided".
  std::string called;
};

// Mentions in `text`, sorted by position, not overlapping. People found are
// added to `people`. Without `context` local aliases always count; `offset`
// is where `text` starts in the body ScanArticle read. A run of capitalized
// words is a person when something says so: a title, an apposition, a speech
// verb, an outlet's possessive, or the name finder (`person_names`).
// `speakers` add the sources of reported speech no other rule found, then
// `organization_names` the name finder's organizations where nothing else is;
// `function_words` (closed-class words of the parse) open no person's name;
// `lower_case_words` (a Title Case headline's words the article writes in
// lower case: "Ana Ruiz Speaks") are no part of any name.
std::vector<Mention> FindMentions(std::string_view text, const Lexicon& lexicon,
                                  KnownPeople* people, const ArticleContext* context = nullptr,
                                  size_t offset = 0, const NameSpans* person_names = nullptr,
                                  const std::vector<SpeakerPhrase>* speakers = nullptr,
                                  const NameSpans* organization_names = nullptr,
                                  const NameSpans* function_words = nullptr,
                                  const NameSpans* lower_case_words = nullptr);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_MENTIONS_H_
