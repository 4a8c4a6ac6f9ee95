#include "shell/completion.h"

#include <algorithm>
#include <cctype>
#include <optional>

#include "query/engine.h"

namespace ng::cli {

namespace {

bool StartsWithNoCase(const std::string& s, const std::string& prefix) {
  if (prefix.size() > s.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

void AddMatching(const std::vector<std::string>& words, const std::string& prefix,
                 std::vector<std::string>* out) {
  for (const auto& w : words)
    if (StartsWithNoCase(w, prefix)) out->push_back(w);
}

bool NeedsQuotes(const std::string& name) {
  for (unsigned char c : name)
    if (!std::isalnum(c) && c != '_') return true;
  return name.empty() || std::isdigit(static_cast<unsigned char>(name[0]));
}

// Where the string literal open at `cursor` starts (its quote), if one is.
std::optional<size_t> OpenQuote(const std::string& line, size_t cursor) {
  std::optional<size_t> open;
  for (size_t i = 0; i < cursor; ++i) {
    const char c = line[i];
    if (open) {
      if (c == '\\') ++i;  // an escaped character, a quote too
      else if (c == line[*open]) open.reset();
    } else if (c == '\'' || c == '"') {
      open = i;
    }
  }
  return open;
}

// A string literal of `name` that parses: in `quote`, or when none is
// given single quotes, double ones when the name has an apostrophe
// ("Kata'ib Hezbollah"); a backslash and a quote of the kind used are escaped.
std::string Quoted(const std::string& name, char quote = 0) {
  if (!quote) quote = name.find('\'') != std::string::npos && name.find('"') == std::string::npos ? '"' : '\'';
  std::string out(1, quote);
  for (char c : name) {
    if (c == '\\' || c == quote) out += '\\';
    out += c;
  }
  return out + quote;
}

// What was typed inside a literal, its escapes undone.
std::string Unescaped(const std::string& typed) {
  std::string out;
  for (size_t i = 0; i < typed.size(); ++i) out += typed[i] == '\\' && i + 1 < typed.size() ? typed[++i] : typed[i];
  return out;
}

}  // namespace

Completions Complete(Session& session, const std::string& line, size_t cursor) {
  cursor = std::min(cursor, line.size());
  Completions result;
  std::vector<std::string>& out = result.candidates;
  // Inside an open quotation: the rest of an actor name and the closing
  // quote, a quote of that kind in the name escaped ("Kata\'ib Hezbollah':
  // the opening quote is left as typed, which the line editor cannot replace).
  if (std::optional<size_t> open = OpenQuote(line, cursor)) {
    result.start = *open + 1;
    const char quote = line[*open];
    std::string prefix = Unescaped(line.substr(result.start, cursor - result.start));
    for (const auto& name : session.store()->Begin()->NamesWithPrefix(prefix, 50))
      out.push_back(Quoted(name, quote).substr(1));
    return result;
  }
  size_t start = cursor;
  while (start > 0 && (std::isalnum(static_cast<unsigned char>(line[start - 1])) ||
                       line[start - 1] == '_' || line[start - 1] == '.' ||
                       static_cast<unsigned char>(line[start - 1]) >= 0x80))
    --start;
  std::string word = line.substr(start, cursor - start);
  result.start = start;
  const bool line_start = line.find_first_not_of(" \t") == start;
  if (line_start && !word.empty() && word[0] == '.') {
    AddMatching(DotCommandNames(), word, &out);
    return result;
  }
  if (size_t dot = word.rfind('.'); dot != std::string::npos) {
    std::vector<std::string> keys;
    AddMatching(session.vocabulary().keys, word.substr(dot + 1), &keys);
    for (const auto& k : keys) out.push_back(word.substr(0, dot + 1) + k);
    return result;
  }
  if (start > 0 && line[start - 1] == ':') {
    AddMatching(session.vocabulary().labels, word, &out);
    AddMatching(session.vocabulary().types, word, &out);
    return result;
  }
  AddMatching(Engine::Keywords(), word, &out);
  for (auto& k : out)
    if (!word.empty() && std::islower(static_cast<unsigned char>(word[0])))
      std::transform(k.begin(), k.end(), k.begin(), [](unsigned char c) { return std::tolower(c); });
  if (word.size() >= 2)
    for (const auto& name : session.store()->Begin()->NamesWithPrefix(word, 20))
      out.push_back(NeedsQuotes(name) ? Quoted(name) : name);
  return result;
}

}  // namespace ng::cli
