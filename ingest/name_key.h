// ingest/name_key.h — the form in which two spellings of one person's name
// compare equal: "al-Sudani", "al Sudani" and "Al-Sudani"; "Basem Alawadi"
// and "Basim al-Awadi"; "Mohammed Shia' al-Sudani" and "Muhammad Shia
// al-Sudani"; "José" and "Jose"; "Martin Luther King Jr." and "Martin Luther
// King". Used for equality only (never shown).
#ifndef NEWSGRAPH_INGEST_NAME_KEY_H_
#define NEWSGRAPH_INGEST_NAME_KEY_H_

#include <map>
#include <set>
#include <string>
#include <string_view>

namespace ng::ingest {

// Spelling variants of name words: variant -> the form compared
// (data/name_variants.txt).
using NameVariants = std::map<std::string, std::string>;

// Lower case without diacritics; hyphens, apostrophes and dots as spaces;
// the Arabic article ("al", "el", also glued to a surname: "Alawadi") and
// generational suffixes ("Jr.", "III") dropped; each word in its compared
// spelling. Words joined by one space.
std::string PersonNameKey(std::string_view name, const NameVariants& variants);

// The form in which two spellings of an organization's name compare equal:
// lower case without apostrophes and dots, its legal form dropped
// ("Norvale Foods Inc." and "Norvale Foods"; `legal_suffixes` lower case).
std::string OrganizationNameKey(std::string_view name, const std::set<std::string>& legal_suffixes);

// Whether a lower-case word is a particle of surnames ("de" of "Bill de
// Blasio", "van" of "Jan van Dijk", "bin", "al").
bool IsNameParticle(std::string_view word);

// The first and last words of a key ("george w bush" -> "george bush"): a
// person named with and without a middle name or initial.
std::string FirstAndLast(const std::string& key);

// A key without the initials between its first and last words ("john r
// kasich" -> "john kasich"); the key itself when it has none.
std::string WithoutMiddleInitials(const std::string& key);

// Whether two keys may name one person as far as their middle initials go:
// one has none, or both have the same ("george h w bush" is not "george w
// bush").
bool MiddleInitialsAgree(const std::string& a, const std::string& b);

}  // namespace ng::ingest

#endif  // NEWSGRAPH_INGEST_NAME_KEY_H_
