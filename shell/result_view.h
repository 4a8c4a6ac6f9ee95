// shell/result_view.h — how the shell, `query` and `said` print results: the
// drawn modes (table, box, markdown, line, list, tsv) that fit the terminal
// and wrap long text inside its cell, and the data formats of query/result.h
// (csv, json, jsonl).
#ifndef NEWSGRAPH_SHELL_RESULT_VIEW_H_
#define NEWSGRAPH_SHELL_RESULT_VIEW_H_

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "query/result.h"

namespace ng::cli {

struct ViewOptions {
  size_t width = 0;                  // columns the result must fit in; 0: no limit
  std::vector<size_t> column_widths;  // .width: a fixed width per column, 0 automatic
  bool headers = true;               // the column names first
  bool color = false;                // table, box: dim borders, bold header
  bool footer = true;                // table, box: "N rows" under the result
  // How a null reads; unset: blank in the drawn modes, nothing in csv/tsv.
  std::optional<std::string> null_text;
};

// Every mode, in the order .help lists them.
const std::vector<std::string>& ModeNames();
// table, box, markdown, line: laid out for reading (the other modes are
// for programs: one row a line).
bool ForReading(const std::string& mode);
// Throws kInvalidArgument naming the known modes when `mode` is none.
void CheckMode(const std::string& mode);

// Writes `result` in `mode`. A result with no RETURN writes a one-line
// summary of its changes in the drawn modes (nothing in csv/json/jsonl).
void WriteView(const ResultSet& result, const std::string& mode, std::ostream& out,
               const ViewOptions& options);

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_RESULT_VIEW_H_
