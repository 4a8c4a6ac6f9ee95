#include "ingest/text_util.h"

#include <utf8proc.h>

namespace ng::ingest {

bool StartsUpper(std::string_view s) {
  if (s.empty()) return false;
  if (static_cast<unsigned char>(s[0]) < 0x80) return IsUpper(s[0]);
  utf8proc_int32_t cp = -1;
  if (utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                       &cp) <= 0)
    return false;
  const utf8proc_category_t category = utf8proc_category(cp);
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (IsUpper(c)) c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::string Trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && IsSpace(s[b])) ++b;
  while (e > b && IsSpace(s[e - 1])) --e;
  return std::string(s.substr(b, e - b));
}

std::vector<std::string> SplitLines(std::string_view text) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n') {
      std::string_view line = text.substr(start, i - start);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      out.emplace_back(line);
      start = i + 1;
    }
  }
  return out;
}

namespace {
// Words a title leaves in lower case.
constexpr std::string_view kTitleFunctionWords[] = {"a", "an", "the", "and", "or", "but", "nor", "of", "in",
                                                    "on", "at", "to", "for", "with", "by", "from", "as", "vs"};
}  // namespace

std::string LastWord(const std::string& s) {
  size_t sp = s.rfind(' ');
  return sp == std::string::npos ? s : s.substr(sp + 1);
}

std::string WithoutOwner(const std::string& description) {
  // The first "of" or "for" after a lower-case word, whichever comes first.
  const std::vector<std::string> words = Words(description);
  std::string kept;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i > 0 && (words[i] == "of" || words[i] == "for") && IsLower(words[i - 1][0])) return kept;
    kept += (i ? " " : "") + words[i];
  }
  return description;
}

std::string Singular(std::string w) {
  if (EndsWith(w, "people")) return w.substr(0, w.size() - 6) + "person";
  if (EndsWith(w, "men")) return w.substr(0, w.size() - 3) + "man";
  if (EndsWith(w, "s") && !EndsWith(w, "ss")) w.pop_back();
  return w;
}

bool IsAcronym(std::string_view s) {
  if (s.size() < 2 || s.size() > 12) return false;
  int capitals = 0;
  for (char c : s) {
    if (IsUpper(c)) ++capitals;
    else if (c != '.' && c != '&') return false;
  }
  return capitals >= 2 && capitals <= 10;
}

bool IsTitleCase(std::string_view s) {
  std::vector<Token> words = Tokenize(s);
  if (words.size() < 2) return false;
  for (size_t i = 0; i < words.size(); ++i) {
    const Token& w = words[i];
    if (IsUpper(w.text[0]) || (IsAlnum(w.text[0]) && !IsLower(w.text[0]))) continue;
    bool function_word = false;
    for (std::string_view f : kTitleFunctionWords) function_word |= w.lower == f;
    if (!function_word || i == 0) return false;
  }
  return true;
}

std::vector<std::string> Words(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsSpace(s[i])) ++i;
    size_t b = i;
    while (i < s.size() && !IsSpace(s[i])) ++i;
    if (i > b) out.emplace_back(s.substr(b, i - b));
  }
  return out;
}

bool StartsWith(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

bool MatchesAt(std::string_view s, size_t pos, std::string_view word, bool case_sensitive) {
  if (pos + word.size() > s.size()) return false;
  for (size_t i = 0; i < word.size(); ++i) {
    char a = s[pos + i], b = word[i];
    if (!case_sensitive) {
      if (IsUpper(a)) a = static_cast<char>(a - 'A' + 'a');
      if (IsUpper(b)) b = static_cast<char>(b - 'A' + 'a');
    }
    if (a != b) return false;
  }
  return true;
}

std::string_view WordAt(std::string_view s, size_t pos, size_t* end) {
  size_t i = pos;
  while (i < s.size() && (IsAlnum(s[i]) || ((s[i] == '-' || s[i] == '\'' || s[i] == '.') &&
                                            i + 1 < s.size() && IsAlnum(s[i + 1]))))
    ++i;
  *end = i;
  return s.substr(pos, i - pos);
}

std::vector<Token> Tokenize(std::string_view s, size_t begin, size_t end) {
  if (end > s.size()) end = s.size();
  std::vector<Token> out;
  size_t i = begin;
  while (i < end) {
    if (!IsAlnum(s[i])) {
      ++i;
      continue;
    }
    size_t e;
    WordAt(s.substr(0, end), i, &e);
    // Keep the final '.' of initialisms like "U.S." and "W.".
    if (e < end && s[e] == '.' && e >= 1 &&
        ((e - i == 1 && IsUpper(s[i])) || (e >= i + 2 && s[e - 2] == '.')))
      ++e;
    Token t;
    t.start = i;
    t.end = e;
    t.text = std::string(s.substr(i, e - i));
    t.lower = Lower(t.text);
    out.push_back(std::move(t));
    i = e;
  }
  return out;
}

}  // namespace ng::ingest
