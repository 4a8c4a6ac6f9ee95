#include "shell/completion.h"

#include <algorithm>
#include <cctype>

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

}  // namespace

Completions Complete(Session& session, const std::string& line, size_t cursor) {
  cursor = std::min(cursor, line.size());
  Completions result;
  std::vector<std::string>& out = result.candidates;
  // Inside an open quotation: the rest of an actor name.
  size_t quotes = std::count(line.begin(), line.begin() + cursor, '\'');
  if (quotes % 2 == 1) {
    result.start = line.rfind('\'', cursor - 1) + 1;
    std::string prefix = line.substr(result.start, cursor - result.start);
    for (const auto& name : session.store()->Begin()->NamesWithPrefix(prefix, 50))
      out.push_back(name + "'");
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
      out.push_back(NeedsQuotes(name) ? "'" + name + "'" : name);
  return result;
}

}  // namespace ng::cli
