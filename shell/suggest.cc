#include "shell/suggest.h"

#include <algorithm>
#include <cctype>

namespace ng::cli {

size_t EditDistance(const std::string& a, const std::string& b) {
  auto lower = [](char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); };
  // Optimal string alignment: Levenshtein plus the swap of two neighbours.
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i)
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.size()][b.size()];
}

std::string NearestName(const std::string& typed, const std::vector<std::string>& candidates) {
  if (typed.size() > 200) return "";  // the table above is quadratic
  size_t limit = std::clamp<size_t>(typed.size() / 3, 1, 3);
  std::string best;
  size_t best_distance = limit + 1;
  // Of candidates as near, one with the same first letter: a typo is
  // seldom the first letter ("knd" is "kind", not "end").
  auto same_start = [&](const std::string& c) {
    return !c.empty() && !typed.empty() &&
           std::tolower(static_cast<unsigned char>(c[0])) == std::tolower(static_cast<unsigned char>(typed[0]));
  };
  for (const std::string& c : candidates) {
    size_t d = EditDistance(typed, c);
    if (d < best_distance || (d == best_distance && same_start(c) && !same_start(best))) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

std::vector<std::string> MissingNameNotes(const ResultSet& result, const std::vector<std::string>& labels,
                                          const std::vector<std::string>& types) {
  std::vector<std::string> out;
  auto note = [&](const std::string& what, const std::string& name, const std::vector<std::string>& known) {
    std::string line = "note: " + what + " '" + name + "'";
    std::string near = NearestName(name, known);
    if (!near.empty()) {
      line += "; did you mean '" + near + "'?";
    } else if (!known.empty()) {
      line += " (there are:";
      for (size_t i = 0; i < known.size() && i < 12; ++i) line += (i ? ", " : " ") + known[i];
      line += known.size() > 12 ? ", ...)" : ")";
    }
    out.push_back(line);
  };
  for (const std::string& l : result.missing_labels) note("no node has the label", l, labels);
  for (const std::string& t : result.missing_types) note("no relationship has the type", t, types);
  for (const auto& [typed, name] : result.names_elsewhere)
    out.push_back("note: no node is called '" + typed + "' as written, but '" + name +
                  "' answers to it (an alias or another case): compare with its name, or with "
                  "'" + typed + "' IN n.aliases; the shortcuts (WHO SAID ABOUT …) resolve aliases");
  return out;
}

}  // namespace ng::cli

namespace ng::cli {

Error WithNearestName(const Error& error, const Transaction& txn) {
  const std::string message = error.what();
  const std::string marker = "is called '";
  size_t at = message.find(marker);
  if (error.kind() != ErrorKind::kEntityNotFound || at == std::string::npos) return error;
  at += marker.size();
  const size_t end = message.find('\'', at);
  if (end == std::string::npos || end == at) return error;
  const std::string name = message.substr(at, end - at);
  // Names sharing the first letter: a typo is seldom the first letter, and
  // the name index reads them in one prefix scan, not the whole index.
  std::string near = NearestName(name, txn.NamesWithPrefix(name.substr(0, 1), 5000));
  if (near.empty()) return error;
  return Error(error.kind(), message + "; did you mean '" + near + "'?");
}

}  // namespace ng::cli
