// WriteResult: the output formats of query results, as a table of writers.
#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <memory>

#include "graph/error.h"
#include "query/result.h"

namespace ng {

namespace {

// Display width of UTF-8 text: code points, not bytes.
size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}


std::string Cut(const std::string& s, size_t max) {
  std::string flat = Printable(s);
  if (Width(flat) <= max) return flat;
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < flat.size(); ++i) {
    unsigned char c = flat[i];
    if ((c & 0xC0) != 0x80 && ++n > max - 1) break;
    out += flat[i];
  }
  return out + "…";
}

std::string Summary(const QueryStats& s) {
  std::string out;
  auto add = [&](uint64_t n, const char* what) {
    if (n) out += (out.empty() ? "" : ", ") + std::to_string(n) + " " + what;
  };
  add(s.nodes_created, "nodes created");
  add(s.nodes_deleted, "nodes deleted");
  add(s.relationships_created, "relationships created");
  add(s.relationships_deleted, "relationships deleted");
  add(s.properties_set, "properties set");
  add(s.labels_added, "labels added");
  add(s.labels_removed, "labels removed");
  return out.empty() ? "(no changes)" : out;
}

}  // namespace

// Text safe to show on a terminal: stored names and quotations are hostile
// input, and an escape sequence in one would drive the user's terminal.
// Control characters become their Unicode pictures (ESC shows as U+241B),
// C1 controls (U+0080..U+009F) the replacement character; a line break or
// tab is a space.
std::string Printable(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (c == '\n' || c == '\t' || c == '\r') {
      out += ' ';
    } else if (c < 0x20 || c == 0x7F) {
      unsigned picture = c == 0x7F ? 0x2421 : 0x2400 + c;
      out += static_cast<char>(0xE0 | (picture >> 12));
      out += static_cast<char>(0x80 | ((picture >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (picture & 0x3F));
    } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) >= 0x80 &&
               static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

void WritePlan(const ResultSet& r, std::ostream& out) {
  out << "PROFILE\n";
  for (const auto& op : r.plan) {
    std::string name = std::string(op.depth * 2 + 2, ' ') + op.name;
    out << name;
    if (op.depth == 0) {
      char figures[64];
      std::snprintf(figures, sizeof figures, "  %llu rows, %.3f ms",
                    static_cast<unsigned long long>(op.rows), op.millis);
      out << figures;
      if (op.db_hits) out << ", " << op.db_hits << " db hits";
    }
    out << "\n";
  }
}

namespace {

void WriteTable(const ResultSet& r, std::ostream& out, const FormatOptions& o) {
  if (!r.has_return) {
    out << Summary(r.stats) << "\n";
    return;
  }
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> width;
  std::vector<std::string> columns;
  for (const auto& c : r.columns) columns.push_back(Printable(c));
  for (const auto& c : columns) width.push_back(Width(c));
  for (const auto& row : r.rows) {
    std::vector<std::string> line;
    for (size_t i = 0; i < row.size(); ++i) {
      const std::string text = row[i].is_null() && o.null_text ? *o.null_text : ResultValueToText(row[i]);
      line.push_back(Cut(text, o.max_column_width));
      width[i] = std::max(width[i], Width(line.back()));
    }
    cells.push_back(std::move(line));
  }
  auto rule = [&] {
    std::string s = "+";
    for (size_t w : width) s += std::string(w + 2, '-') + "+";
    return s;
  };
  auto line = [&](const std::vector<std::string>& v) {
    std::string s = "|";
    for (size_t i = 0; i < v.size(); ++i) s += " " + v[i] + std::string(width[i] - Width(v[i]), ' ') + " |";
    return s;
  };
  const char* bold = o.color ? "\033[1m" : "";
  const char* reset = o.color ? "\033[0m" : "";
  out << rule() << "\n";
  if (o.headers) out << bold << line(columns) << reset << "\n" << rule() << "\n";
  for (const auto& c : cells) out << line(c) << "\n";
  out << rule() << "\n"
      << r.rows.size() << (r.rows.size() == 1 ? " row" : " rows") << "\n";
  if (!r.plan.empty()) WritePlan(r, out);
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? "\"\"" : std::string(1, c);
  return out + "\"";
}

void WriteCsvHeader(const std::vector<std::string>& columns, std::ostream& out) {
  for (size_t i = 0; i < columns.size(); ++i) out << (i ? "," : "") << CsvField(columns[i]);
  out << "\r\n";
}

void WriteCsvRow(const std::vector<ResultValue>& row, std::ostream& out, const std::string& null_text = "") {
  for (size_t i = 0; i < row.size(); ++i) {
    // Strings and temporals as their text ("2024-01-02", not the JSON
    // string "\"2024-01-02\""); lists, maps and graph values as JSON.
    std::string text = row[i].is_null()                 ? null_text
                       : row[i].get_if<std::string>()   ? *row[i].get_if<std::string>()
                       : row[i].get_if<Temporal>()      ? ResultValueToText(row[i])
                                                        : ResultValueToJson(row[i]);
    out << (i ? "," : "") << CsvField(text);
  }
  out << "\r\n";
}

void WriteCsv(const ResultSet& r, std::ostream& out, const FormatOptions& o) {
  if (!r.has_return) return;
  if (o.headers) WriteCsvHeader(r.columns, out);
  for (const auto& row : r.rows) WriteCsvRow(row, out, o.null_text.value_or(""));
}

std::string RowJson(const std::vector<std::string>& columns, const std::vector<ResultValue>& row) {
  std::string s = "{";
  for (size_t i = 0; i < row.size(); ++i)
    s += (i ? "," : "") + ValueToJson(Value(columns[i])) + ":" + ResultValueToJson(row[i]);
  return s + "}";
}

std::string RowJson(const ResultSet& r, const std::vector<ResultValue>& row) { return RowJson(r.columns, row); }

void WriteJson(const ResultSet& r, std::ostream& out, const FormatOptions&) {
  if (!r.has_return) return;
  out << "[";
  for (size_t i = 0; i < r.rows.size(); ++i) out << (i ? ",\n " : "") << RowJson(r, r.rows[i]);
  out << "]\n";
}

void WriteJsonl(const ResultSet& r, std::ostream& out, const FormatOptions&) {
  if (!r.has_return) return;
  for (const auto& row : r.rows) out << RowJson(r, row) << "\n";
}

using Writer = std::function<void(const ResultSet&, std::ostream&, const FormatOptions&)>;

const std::map<std::string, std::pair<OutputFormat, Writer>>& Formats() {
  static const std::map<std::string, std::pair<OutputFormat, Writer>> formats = {
      {"table", {OutputFormat::kTable, WriteTable}},
      {"csv", {OutputFormat::kCsv, WriteCsv}},
      {"json", {OutputFormat::kJson, WriteJson}},
      {"jsonl", {OutputFormat::kJsonl, WriteJsonl}},
  };
  return formats;
}

}  // namespace

ResultRowSink StreamingWriter(OutputFormat format, std::ostream& out) {
  if (format == OutputFormat::kJsonl)
    return [&out](const std::vector<std::string>& columns, const std::vector<ResultValue>& row) {
      out << RowJson(columns, row) << "\n";
    };
  if (format == OutputFormat::kCsv) {
    auto header_written = std::make_shared<bool>(false);
    return [&out, header_written](const std::vector<std::string>& columns, const std::vector<ResultValue>& row) {
      if (!*header_written) WriteCsvHeader(columns, out);
      *header_written = true;
      WriteCsvRow(row, out);
    };
  }
  return {};
}

OutputFormat ParseOutputFormat(const std::string& name) {
  auto it = Formats().find(name);
  if (it == Formats().end())
    throw Error(ErrorKind::kInvalidArgument,
                "unknown output format '" + name + "' (known: csv, json, jsonl, table)");
  return it->second.first;
}

void WriteResult(const ResultSet& result, OutputFormat format, std::ostream& out,
                 const FormatOptions& options) {
  for (const auto& [name, entry] : Formats())
    if (entry.first == format) return entry.second(result, out, options);
}

}  // namespace ng
