// WriteView: the output modes as a table of writers.
#include "shell/result_view.h"

#include <functional>
#include <utility>

#include "shell/text_cells.h"
#include "shell/view_writers.h"

namespace ng::cli {

namespace {

using Writer = std::function<void(const ResultSet&, std::ostream&, const ViewOptions&)>;

// The data formats keep query/result.h's writers (and their tests).
Writer Data(OutputFormat format) {
  return [format](const ResultSet& r, std::ostream& out, const ViewOptions& o) {
    FormatOptions f;
    f.headers = o.headers;
    f.null_text = o.null_text;
    WriteResult(r, format, out, f);
  };
}

Writer Grid(GridStyle style) {
  return [style](const ResultSet& r, std::ostream& out, const ViewOptions& o) {
    WriteGrid(ToCells(r, o), style, out, o);
  };
}

const std::vector<std::pair<std::string, Writer>>& Modes() {
  static const std::vector<std::pair<std::string, Writer>> modes = {
      {"table", Grid(GridStyle::kAscii)},
      {"box", Grid(GridStyle::kBox)},
      {"markdown", Grid(GridStyle::kMarkdown)},
      {"line", [](const ResultSet& r, std::ostream& out,
                  const ViewOptions& o) { WriteLines(ToCells(r, o), out, o); }},
      {"list", [](const ResultSet& r, std::ostream& out,
                  const ViewOptions& o) { WriteSeparated(r, false, out, o); }},
      {"tsv", [](const ResultSet& r, std::ostream& out,
                 const ViewOptions& o) { WriteSeparated(r, true, out, o); }},
      {"csv", Data(OutputFormat::kCsv)},
      {"json", Data(OutputFormat::kJson)},
      {"jsonl", Data(OutputFormat::kJsonl)},
  };
  return modes;
}

bool Drawn(const std::string& mode) {
  return mode == "table" || mode == "box" || mode == "markdown" || mode == "line" ||
         mode == "list" || mode == "tsv";
}

}  // namespace

const std::vector<std::string>& ModeNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const auto& [name, writer] : Modes()) v.push_back(name);
    return v;
  }();
  return names;
}

bool ForReading(const std::string& mode) {
  return mode == "table" || mode == "box" || mode == "markdown" || mode == "line";
}

void CheckMode(const std::string& mode) {
  for (const auto& name : ModeNames())
    if (name == mode) return;
  std::string known;
  for (const auto& name : ModeNames()) known += (known.empty() ? "" : ", ") + name;
  throw Error(ErrorKind::kInvalidArgument, "unknown output format '" + mode + "' (known: " + known + ")");
}

Cells ToCells(const ResultSet& result, const ViewOptions& options) {
  Cells cells;
  for (const auto& c : result.columns) cells.columns.push_back(Printable(c));
  std::vector<int> kinds(result.columns.size(), 0);  // 0 none yet, 1 numbers, 2 other
  for (const auto& row : result.rows) {
    std::vector<std::string> line;
    for (size_t i = 0; i < row.size(); ++i) {
      const ResultValue& v = row[i];
      if (v.is_null()) {
        line.push_back(Printable(options.null_text.value_or("")));
        continue;
      }
      const bool number = v.get_if<int64_t>() || v.get_if<double>();
      if (i < kinds.size()) kinds[i] = number && kinds[i] != 2 ? 1 : 2;
      line.push_back(Printable(ResultValueToText(v)));
    }
    cells.rows.push_back(std::move(line));
  }
  for (int k : kinds) cells.numeric.push_back(k == 1);
  return cells;
}

void WriteView(const ResultSet& result, const std::string& mode, std::ostream& out,
               const ViewOptions& options) {
  CheckMode(mode);
  if (!result.has_return && Drawn(mode)) {
    WriteResult(result, OutputFormat::kTable, out);  // its one-line summary of the changes
    return;
  }
  for (const auto& [name, writer] : Modes())
    if (name == mode) writer(result, out, options);
  if (!result.plan.empty() && (mode == "table" || mode == "box")) WritePlan(result, out);
}

}  // namespace ng::cli
