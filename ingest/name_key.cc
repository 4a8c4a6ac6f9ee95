#include "ingest/name_key.h"

#include <cctype>
#include <cstdlib>
#include <set>
#include <vector>

#include <utf8proc.h>

#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// Case folded, diacritics stripped ("José" -> "jose"); invalid UTF-8 is kept
// as it is, lower-cased byte by byte.
std::string FoldedAscii(std::string_view s) {
  utf8proc_uint8_t* out = nullptr;
  auto options =
      static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
  utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), s.size(), &out, options);
  std::string folded;
  if (n < 0) {
    for (char c : s) folded += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  } else {
    folded.assign(reinterpret_cast<char*>(out), static_cast<size_t>(n));
  }
  std::free(out);
  return folded;
}

bool IsSeparator(char c) {
  return c == ' ' || c == '-' || c == '\'' || c == '.' || c == ',' || c == '`';
}

// Curly apostrophes and dashes are separators too.
std::string WithAsciiSeparators(std::string s) {
  for (std::string_view mark : {"\xE2\x80\x99", "\xE2\x80\x98", "\xE2\x80\x90", "\xE2\x80\x91",
                                "\xE2\x80\x93", "\xCA\xBC", "\xCA\xBF", "\xCA\xBE"}) {
    for (size_t at = s.find(mark); at != std::string::npos; at = s.find(mark, at))
      s.replace(at, mark.size(), " ");
  }
  return s;
}

const std::set<std::string> kArticles = {"al", "el"};
const std::set<std::string> kSuffixes = {"jr", "sr", "ii", "iii", "iv"};

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; }

// "Alawadi" is "al-Awadi": the article glued to a surname of six letters or
// more. Not when what follows reads as an English surname's onset rather than
// a transliteration: a doubled "l" ("Ellison", "Allison"), two consonants
// that are not an Arabic digraph ("Albright", "Eldridge"), an "x"
// ("Alexander").
bool HasGluedArticle(const std::string& w) {
  if (w.size() < 6 || !kArticles.count(w.substr(0, 2))) return false;
  const std::string rest = w.substr(2);
  if (rest[0] == 'l' || rest.find('x') != std::string::npos) return false;
  return IsVowel(rest[0]) || IsVowel(rest[1]) || rest[1] == 'h';
}

}  // namespace

std::string PersonNameKey(std::string_view name, const NameVariants& variants) {
  std::string text = WithAsciiSeparators(FoldedAscii(name));
  std::vector<std::string> words;
  std::string word;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && !IsSeparator(text[i])) {
      word += text[i];
      continue;
    }
    if (!word.empty()) words.push_back(word);
    word.clear();
  }
  while (words.size() > 1 && kSuffixes.count(words.back())) words.pop_back();
  std::string key;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string w = words[i];
    if (kArticles.count(w) && i + 1 < words.size()) continue;
    // Only a surname of a name of two words or more ("Albert" alone or first
    // is left alone).
    if (i > 0 && i + 1 == words.size() && HasGluedArticle(w)) w = w.substr(2);
    auto variant = variants.find(w);
    if (variant != variants.end()) w = variant->second;
    key += (key.empty() ? "" : " ") + w;
  }
  return key;
}

std::string OrganizationNameKey(std::string_view name, const std::set<std::string>& legal_suffixes) {
  std::string key;
  for (char c : name)
    if (c != '\'' && c != '.') key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  // (Not the whole name: a firm called "Limited" stays itself.)
  const size_t space = key.find_last_of(" ,");
  if (space != std::string::npos && legal_suffixes.count(key.substr(space + 1))) {
    key.erase(space);
    while (!key.empty() && (key.back() == ' ' || key.back() == ',')) key.pop_back();
  }
  return key;
}

bool IsNameParticle(std::string_view word) {
  static const std::set<std::string, std::less<>> kParticles = {
      "bin", "ibn", "de", "van", "von", "al", "da", "der", "den", "di", "du", "des", "dos", "das", "ter", "la", "le",
      "del", "della", "el"};
  return kParticles.count(word) > 0;
}

std::string FirstAndLast(const std::string& key) {
  size_t first = key.find(' '), last = key.rfind(' ');
  if (first == std::string::npos) return key;
  return key.substr(0, first) + key.substr(last);
}

namespace {

// The one-letter words between the first and the last.
std::string MiddleInitials(const std::string& key) {
  std::vector<std::string> words = Words(key);
  std::string initials;
  for (size_t i = 1; i + 1 < words.size(); ++i)
    if (words[i].size() == 1) initials += words[i];
  return initials;
}

}  // namespace

std::string WithoutMiddleInitials(const std::string& key) {
  std::vector<std::string> words = Words(key);
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && i + 1 < words.size() && words[i].size() == 1) continue;
    out += (out.empty() ? "" : " ") + words[i];
  }
  return out;
}

bool MiddleInitialsAgree(const std::string& a, const std::string& b) {
  const std::string x = MiddleInitials(a), y = MiddleInitials(b);
  return x.empty() || y.empty() || x == y;
}

}  // namespace ng::ingest
