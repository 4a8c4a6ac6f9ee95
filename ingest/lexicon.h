// ingest/lexicon.h — the domain knowledge ingest runs on, loaded from data
// files (data/ is compiled in; --actors and a folder's actors.json add more).
#ifndef NEWSGRAPH_INGEST_LEXICON_H_
#define NEWSGRAPH_INGEST_LEXICON_H_

#include <map>
#include <memory>
#include <regex>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/name_key.h"

namespace ng::ingest {

struct DictRole {
  std::string title;  // "Prime Minister"
  std::string of;     // canonical name of the country or body
  // When the office was held, as ISO dates ("2009-01-20"): from inclusive,
  // to exclusive; empty: no bound known.
  std::string from, to;

  bool dated() const { return !from.empty() || !to.empty(); }
  // Whether it was held on `date` (ISO, or a prefix of one: "2016-09"). A
  // dated office on an unknown date is nobody's: the holder is not known.
  bool HeldOn(const std::string& date) const {
    if (!dated()) return true;
    if (date.empty()) return false;
    return (from.empty() || from <= date) && (to.empty() || date < to);
  }
};

struct DictActor {
  std::string name;  // canonical
  std::string kind;
  std::vector<std::string> aliases;
  std::vector<std::string> demonyms;  // "Iraqi": affiliation cue and mention
  std::string capital;                // metonymy: "Baghdad" acts for Iraq
  std::string part_of;
  std::string affiliated_with;
  std::vector<DictRole> roles;
};

// One surface form that names a dictionary actor.
struct Alias {
  std::string text;
  int actor = 0;          // index into Lexicon::actors
  bool case_sensitive = false;
  bool demonym = false;
  // A "local alias" ("the foreign ministry"): names the actor only in an
  // article that also names what it is part of.
  bool local = false;
  // A person's one-word alias that is a word of their name ("Halden" of
  // "Lars Halden"): after "in" or "near" it names them only in an article
  // that names them by more ("in Halden" alone is the city).
  bool surname = false;
};

struct BoilerplatePattern {
  bool whole_line = true;  // false: cut only the match
  std::regex re;
  bool anchored = false;   // "^...": tried at the line start only (much faster)
  std::string literal;     // inline patterns: a lower-case word the line must hold
  std::regex lower_re;     // inline patterns: the same, for a lower-cased line
};

struct EventTrigger {
  std::string type;
  std::string subject_role;
  // A word that names an event only with one of these lemmas as its object,
  // subject or "of"/"to" complement ("end" a mission); empty: always.
  std::set<std::string> needs;
  // What a noun trigger's phrase with a preposition names where the type
  // says otherwise than the general rules (data/event_prepositions.tsv):
  // "of" -> "target" for an invasion, "from" -> "location" for a withdrawal.
  std::map<std::string, std::string> preposition_roles;
  // Of a word typed by its object (data/event_object_types.tsv): those
  // objects, whose own phrases are the event's ("a letter to X").
  std::set<std::string> objects;
  // A visit: what it goes to ("visited X", "a visit to X") is where it is
  // held as well as a side of it (data/event_destinations.txt).
  bool visits = false;
  // A demand for another act (category REQUEST: a vote, a petition): whom
  // the act it calls for is aimed at is its target ("a petition to expel
  // X"); an infinitive after other acts tells what they are for.
  bool demands = false;
};

// A news outlet known by its address (data/outlets.tsv).
struct Outlet {
  std::string domain;   // suffix of the host name
  std::string name;
  std::string country;  // home country, "" for wire services
};

class Lexicon {
 public:
  // The compiled-in data/ files.
  static std::unique_ptr<Lexicon> LoadDefault();
  // Adds the actors of a dictionary file (format: docs/INGEST.md); throws
  // ng::Error naming the file on a bad file.
  void AddActorFile(const std::string& path);
  void AddActorJson(const std::string& json_text, const std::string& source_name);

  std::vector<DictActor> actors;
  // The name keys (PersonNameKey) of each dictionary person, computed once:
  // its name's first, then those of its aliases of two words or more; none
  // for other kinds. Kept in step with `actors` by AddActorJson.
  std::vector<std::vector<std::string>> person_keys;
  void IndexPersonKeys();
  std::map<std::string, int> actor_by_name;       // canonical name -> index
  std::map<std::string, std::vector<Alias>> aliases_by_prefix;  // lower 2 chars -> longest first
  std::map<std::string, std::string> speech_verbs;  // form -> lemma
  std::set<std::string> speech_lemmas;               // the lemmas of speech_verbs
  std::set<std::string> quote_only_verbs;            // lemmas: no reported speech
  std::set<std::string> speaker_verbs;               // lemmas whose subject always speaks
  std::set<std::string> belief_verbs;                // lemmas: what someone believes
  std::set<std::string> non_attribution_verbs;       // lemmas whose clause is nobody's words
  // Attribution cues learned from annotated news (data/attribution_cues.tsv):
  // "lemma UPOS" -> the relations by which the content hangs from the cue,
  // most frequent first ("ccomp", "obj", "obl:for"; "^parataxis": the cue's
  // clause hangs from the content).
  std::map<std::string, std::vector<std::string>> attribution_cues;
  // Of those, the phrases that name a topic ("lemma UPOS obl:about"; from
  // data/topic_cues.tsv; any "about" phrase is one too), and the ones the
  // learned table lacks: a noun's of these speaks for nobody without an owner
  // (the learned ones keep what annotated news showed).
  std::set<std::string> topic_cues, owned_topic_cues;
  // Verbs whose subject owns the cue noun they take as object ("made
  // remarks about X", "issued a warning that"; data/statement_verbs.txt).
  std::set<std::string> statement_verbs;
  // Subjects of cue verbs that are no speaker: word -> "document" | "time"
  // (data/source_nouns.tsv).
  std::map<std::string, std::string> source_nouns;
  // Common nouns that head the sources of attributions in annotated news
  // ("officials", "campaign", "poll"; data/source_heads.tsv, learned).
  std::set<std::string> source_heads;
  // Sources that speak by themselves whatever their noun modifier names ("a
  // poll of South Carolina"; data/evidence_nouns.txt).
  std::set<std::string> evidence_nouns;
  // Of those, where an "in" phrase with the noun attributes the rest of its
  // sentence to it: "opening" or "anywhere" ("X leads in the polls").
  std::map<std::string, std::string> evidence_in_phrase;
  // Spellings of name words read as one (data/name_variants.txt).
  NameVariants name_variants;
  // Words that give an event its mode: lemma (or "lemma_particle") ->
  // occurred | planned | hypothetical | denied (data/event_modes.tsv).
  std::map<std::string, std::string> event_modes;
  // The same in a clause reported by a verb of speech, where it differs.
  std::map<std::string, std::string> event_modes_reported;
  // Verbs that, negated, leave the event they govern open: lemma, or
  // "lemma_particle" (data/event_mode_open.txt; verbs of speech count too).
  std::set<std::string> event_mode_open;
  // Last words of the names of bodies in which sides meet, lower case
  // (data/event_forums.txt).
  std::set<std::string> event_forum_heads;
  // Event type -> PLOVER category (data/event_categories.tsv).
  std::map<std::string, std::string> event_categories;
  // The category of an event of the type with one side only, where it
  // differs ("exercise": joint drills cooperate, one army's drills mobilize).
  std::map<std::string, std::string> event_categories_one_side;
  // Categories whose single acts recur between the same parties, so that
  // one told with no date at all joins none dated elsewhere
  // (data/event_recurring.txt, ingest/event_identity.h).
  std::set<std::string> event_recurring;
  // Event types no state or ministry does: its "protest" is a diplomatic
  // note (data/event_not_by_states.txt).
  std::set<std::string> event_not_by_states;
  // Armed groups named by description (data/event_groups.tsv,
  // ingest/event_groups.h): head lemma -> the plural of the group's name,
  // and the words joining a backer to it -> "backed" | "pro".
  std::map<std::string, std::string> event_group_heads;
  std::map<std::string, std::string> event_group_cues;
  // Verbs whose subject judges an event without taking part in it
  // (data/event_onlookers.tsv: "condemn", "welcome").
  std::set<std::string> event_onlookers;
  // Verbs whose subject suffers the event their object names
  // (data/event_undergoers.txt: "suffer", "endure").
  std::set<std::string> event_undergoers;
  // Nouns of a relation two countries joined by a hyphen name
  // (data/bilateral_nouns.txt: "the Peruvian-Chilean frontier").
  std::set<std::string> bilateral_nouns;
  // Nouns of ground: "on Norwegian soil" is where (data/event_places.tsv).
  std::set<std::string> event_places;
  // Nouns of inhabited places: "shelled a Thai village" is in Thailand and
  // done to it (data/event_settlements.txt).
  std::set<std::string> event_settlements;
  // Nouns of intention: "no plans to attack" (data/event_intentions.tsv).
  std::set<std::string> event_intentions;
  // Lemmas and forms of the nouns that name an attack (noun triggers of
  // category ASSAULT): what "killed in Norwegian airstrikes" was caused by.
  std::set<std::string> event_attack_nouns;
  std::map<std::string, std::string> anonymous_heads;  // word -> "source" | "role"
  std::set<std::string> home_country_heads;  // unnamed officials of the outlet's country
  std::set<std::string> any_office_heads;    // role heads naming whoever holds an office
  std::set<std::string> anonymous_modifiers;
  std::set<std::string> determiners;
  // Nouns that after "the" stand for the country last named (data/country_references.txt).
  std::set<std::string> country_references;
  // Nouns that stand for countries only in a group ("the two governments"):
  // data/country_group_references.txt.
  std::set<std::string> country_group_references;
  std::vector<std::string> titles;  // longest first
  std::set<std::string> lower_titles;  // the same in lower case ("chief executive")
  // "mr" -> 'm', "ms" -> 'f': whom "he" or "she" may stand for (data/gendered_titles.tsv).
  std::map<std::string, char> gendered_titles;
  // "governor" -> '-', "chairwoman" -> 'f': nouns that name one person, whom
  // "he" or "she" may stand for unnamed (data/person_nouns.tsv).
  std::map<std::string, char> person_nouns;
  // "Hillary" -> 'f', "Tom" -> 'm': given names that nearly always go with
  // one sex (data/given_names.tsv, from US birth records).
  std::map<std::string, char> given_names;
  // "quote", "cite": verbs that pass on the words of their object ("quoted
  // a spokesman as saying …"; data/relay_verbs.txt).
  std::set<std::string> relay_verbs;
  // Bodies that hear evidence: "the court heard that …" has no speaker
  // (data/hearing_bodies.txt).
  std::set<std::string> hearing_bodies;
  // Words naming part of a group that speak as it: true for several people
  // ("some", "many"), false for one ("another"; data/partitive_sources.txt).
  std::map<std::string, bool> partitive_sources;
  // "show", "display": what a person named by a trade does with them says
  // nothing ("patients showed signs of …"; data/display_verbs.txt).
  std::set<std::string> display_verbs;
  // "governor", "mayor": offices an article's setting gives one holder
  // (data/single_offices.txt).
  std::set<std::string> single_offices;
  std::set<std::string> dotted_title_words;  // "Sen.", "Gen.": words of titles ending in '.'
  // "Sen." -> "senator": what an article calls the person later (data/title_abbreviations.tsv).
  std::map<std::string, std::string> title_nouns;
  std::set<std::string> place_words;  // "Sea", "Base": a name ending so is no person
  // What makes a name that is no actor a place (data/place_cues.tsv).
  std::set<std::string> place_nouns;         // "province": "X province", "the city of X"
  std::set<std::string> place_prepositions;  // "in", "near": "in X" says where
  std::set<std::string> name_particles;      // "al", "el": lower-case words inside a name
  std::set<std::string> never_places;        // "Monday", "English"
  // Cities and first-level divisions of the world (data/gazetteer.tsv):
  // lower-case name -> the country of the place so named: the country with
  // a region of the name if one has ("Florida" is the US state, not a
  // Uruguayan town), else the only country with a city of the name, else ""
  // (a place, country unknown: "Richmond").
  std::unordered_map<std::string, std::string> gazetteer;
  std::unordered_set<std::string> gazetteer_regions;  // its first-level divisions ("new mexico")
  // Last (or first, before "of") words of names of seas, gulfs, deserts:
  // "the South China Sea" names no country (data/geographic_words.txt).
  std::set<std::string> geographic_words;
  // Nouns of the body that speaks for a state: "her government" is her
  // country (data/state_bodies.txt).
  std::set<std::string> state_bodies;
  std::set<std::string> not_organization_heads;  // "East", "Plan": the name finder's ORG ending so is none
  std::set<std::string> abbreviations;
  std::vector<BoilerplatePattern> boilerplate;
  std::vector<Outlet> outlets;
  std::map<std::string, EventTrigger> event_triggers;
  // The same by the parse's "lemma UPOS" (data/event_trigger_lemmas.tsv).
  std::map<std::string, EventTrigger> event_trigger_lemmas;
  // Before those, by "lemma UPOS": the lemmas of an object that make the
  // word name another kind of event, and that kind ("seize" a tanker:
  // data/event_object_types.tsv).
  std::map<std::string, std::vector<std::pair<std::set<std::string>, EventTrigger>>> event_object_types;
  std::map<std::string, std::string> organization_heads;  // "Ministry" -> government_body
  // "People", "Analyst" and titles' last words ("General", "Mayor"): "X's"
  // belongs to an organization's name ("the Attorney General's Office").
  std::set<std::string> possessive_name_words;
  // "condition", "behalf": a cue's phrase headed so is how one speaks, not what.
  std::set<std::string> not_content_nouns;
  // "speech", "interview", "ruling": a cue's phrase headed so says where it was said.
  std::set<std::string> speaking_occasions;
  // "deny", "reject": what the speaker reports is what they deny.
  std::set<std::string> denial_verbs;
  // Of those, the ones that deny only a clause or a claim ("rejected claims
  // that …", not "rejected the permit"), and the claims (data/claim_nouns.txt).
  std::set<std::string> claim_denial_verbs;
  std::set<std::string> claim_nouns;
  // "operator", "union": a description headed so is an organization's.
  std::set<std::string> organization_nouns;
  // "company" -> "organization": what kind "the company" may stand for.
  std::map<std::string, std::string> organization_references;
  // "name", "identify": "asked not to be named" is no content.
  std::set<std::string> anonymity_verbs;
  std::set<std::string> permission_words;  // "not authorized to speak": no words said
  std::set<std::string> access_verbs;      // "a report seen by X": X read it, did not write it
  std::set<std::string> relation_nouns;    // "allies of X": people who speak as themselves, not as X
  std::set<std::string> small_clause_cues;  // "surveys show X within a few votes": the object's predicate follows
  // "expressed confidence in X": verb lemma -> the object lemmas that make it
  // a statement of the subject's view (data/attitude_cues.tsv).
  std::map<std::string, std::set<std::string>> attitude_cues;
  std::set<std::string> short_name_heads;  // "Mining": "Norvale" alone is "Norvale Mining"
  std::set<std::string> short_name_tails;  // "Rovers": alone, the "Harbour Rovers" named before
  std::set<std::string> legal_suffixes;    // "inc", "ltd": a firm's name with or without them is one
  std::set<std::string> nationality_nouns;  // "Scot", "Dane": "the Scot said" is a person named before
  std::set<std::string> authored_works;     // "report": "a report by X found" is X's (data/authored_works.txt)
  std::set<std::string> authoring_verbs;    // "publish": "a study published by X" is X's
  std::set<std::string> vessel_prefixes;    // "MV", "HMS": the name after one is a ship's (data/vessel_prefixes.txt)
  std::vector<std::string> state_institutions;  // "central bank": "Peru's central bank" is Peru's
  std::set<std::string> hearsay_adverbs;  // "X reportedly plans ...": a clause from unnamed sources
  std::set<std::string> crowd_nouns;       // "the crowd chanted": its own source, no one quoted before
  std::set<std::string> byline_roles;      // "By X, Business Reporter": no outlet

  // The longest alias at `pos`. With `named` (the dictionary actors an
  // article names), a local alias counts only if its actor's parent is named.
  const Alias* MatchAlias(std::string_view text, size_t pos,
                          const std::set<int>* named = nullptr) const;
  // What `actor` is part of (or affiliated with), or -1.
  int ParentOf(int actor) const;
  // Whether `named` holds what `actor` is part of, or that one's parent, ….
  bool AncestorNamed(int actor, const std::set<int>& named) const;

  // What data/source_nouns.tsv says the lower-case `word` is as a cue's
  // subject ("document", "time"), or "" when it lists no such noun.
  std::string SourceNounKind(const std::string& word) const;
  // Whether a common noun (lower case) heads sources: learned from annotated
  // news (source_heads) or listed as an anonymous source (anonymous_heads).
  bool HeadsSources(const std::string& lower) const {
    return source_heads.count(lower) || anonymous_heads.count(lower);
  }

  // The home country of the outlet called `name`, or "".
  std::string HomeCountryOf(const std::string& outlet_name) const;

  // Makes `text` name actor `actor` in MatchAlias.
  void IndexAlias(const std::string& text, int actor, bool demonym, bool local = false, bool surname = false);
};

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_LEXICON_H_
