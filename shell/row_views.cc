// WriteLines (line mode) and WriteSeparated (list, tsv): one row at a time,
// no grid.
#include <algorithm>

#include "shell/text_cells.h"
#include "shell/view_writers.h"

namespace ng::cli {

void WriteLines(const Cells& cells, std::ostream& out, const ViewOptions& o) {
  size_t name_width = 0;
  for (const auto& c : cells.columns) name_width = std::max(name_width, DisplayWidth(c));
  // Values wrap in what the names leave of the width, continued under
  // themselves (sqlite3's line mode, which has no width, runs them on).
  const size_t indent = name_width + 3;
  const size_t value_width = o.width > indent + 10 ? o.width - indent : (o.width ? 10 : 0);
  for (size_t r = 0; r < cells.rows.size(); ++r) {
    if (r > 0) out << "\n";
    for (size_t i = 0; i < cells.columns.size(); ++i) {
      const std::string& name = cells.columns[i];
      std::vector<std::string> lines = Wrap(i < cells.rows[r].size() ? cells.rows[r][i] : "", value_width);
      out << std::string(name_width - DisplayWidth(name), ' ') << name << " = " << lines[0] << "\n";
      for (size_t k = 1; k < lines.size(); ++k) out << std::string(indent, ' ') << lines[k] << "\n";
    }
  }
}

namespace {

// tsv's escapes, as PostgreSQL's text format and DuckDB write them: the
// value stays on its line and in its column, and nothing is lost.
std::string TsvField(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\\': out += "\\\\"; break;
      default: out += c;
    }
  }
  return out;
}

}  // namespace

void WriteSeparated(const ResultSet& result, bool tsv, std::ostream& out, const ViewOptions& o) {
  const char* separator = tsv ? "\t" : "|";
  // list is for reading, so made printable; tsv for programs, so escaped.
  auto field = [&](const std::string& s) { return tsv ? TsvField(s) : Printable(s); };
  if (o.headers) {
    for (size_t i = 0; i < result.columns.size(); ++i)
      out << (i ? separator : "") << field(result.columns[i]);
    out << "\n";
  }
  for (const auto& row : result.rows) {
    for (size_t i = 0; i < row.size(); ++i) {
      const ResultValue& v = row[i];
      const std::string* s = v.get_if<std::string>();
      std::string text = v.is_null() ? o.null_text.value_or("") : s ? *s : ResultValueToText(v);
      out << (i ? separator : "") << field(text);
    }
    out << "\n";
  }
}

}  // namespace ng::cli
