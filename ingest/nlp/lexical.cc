#include "ingest/nlp/lexical.h"

#include <algorithm>
#include <cctype>

#include "ingest/nlp/feature_hash.h"

namespace ng::nlp {

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string WordShape(std::string_view s) {
  std::string out;
  char last = 0;
  int run = 0;
  for (unsigned char c : s) {
    char k = (c >= 'A' && c <= 'Z') ? 'X' : (c >= 'a' && c <= 'z') ? 'x' : (c >= '0' && c <= '9') ? 'd'
             : c >= 0x80 ? 'u' : static_cast<char>(c);
    if (k == 'u' && c < 0xC0) continue;  // one mark per multi-byte character
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 2) out.push_back(k);
  }
  return out;
}

namespace {

// Cuts at a UTF-8 character boundary at most `n` bytes from the end (or start).
std::string_view Tail(std::string_view s, size_t n) {
  if (s.size() <= n) return s;
  size_t start = s.size() - n;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return s.substr(start);
}

std::string_view Head(std::string_view s, size_t n) {
  if (s.size() <= n) return s;
  while (n < s.size() && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) ++n;
  return s.substr(0, n);
}

}  // namespace

Lexical Describe(std::string_view form) {
  Lexical x;
  std::string lower = LowerAscii(form);
  x.form = HashString(form);
  x.lower = HashString(lower);
  x.shape = HashString(WordShape(form));
  for (int i = 0; i < 3; ++i) x.prefix[i] = Mix(i + 1, HashString(Head(lower, i + 1)));
  for (int i = 0; i < 4; ++i) x.suffix[i] = Mix(i + 11, HashString(Tail(lower, i + 1)));
  x.capitalized = !form.empty() && form[0] >= 'A' && form[0] <= 'Z';
  bool any_lower = false, any_upper = false;
  for (char c : form) {
    if (c >= '0' && c <= '9') x.has_digit = true;
    if (c == '-') x.has_hyphen = true;
    if (c >= 'a' && c <= 'z') any_lower = true;
    if (c >= 'A' && c <= 'Z') any_upper = true;
  }
  x.all_caps = any_upper && !any_lower;
  return x;
}

bool IsDayOrMonthName(std::string_view word) {
  static constexpr std::string_view kNames[] = {
      "monday", "tuesday", "wednesday", "thursday", "friday",  "saturday",  "sunday",  "january", "february",
      "march",  "april",   "may",       "june",     "july",    "august",    "september", "october", "november",
      "december"};
  const std::string lower = LowerAscii(word);
  return std::find(std::begin(kNames), std::end(kNames), lower) != std::end(kNames);
}

bool IsTitleCaseWord(std::string_view form) {
  if (form.size() < 2 || !std::isupper(static_cast<unsigned char>(form[0]))) return false;
  bool lower = false;
  for (char ch : form.substr(1)) {
    if (!std::isalpha(static_cast<unsigned char>(ch))) return false;
    lower = lower || std::islower(static_cast<unsigned char>(ch));
  }
  return lower;
}

}  // namespace ng::nlp
