// graph/statement_text.h — the words of a Statement as they lie in its
// article's text: a slice of the body, or two slices when reporting words set
// off by commas stand inside it ("The test, the ministry said, was its
// largest"). Ingest writes `text` with it and `check` reads it back.
#ifndef NEWSGRAPH_GRAPH_STATEMENT_TEXT_H_
#define NEWSGRAPH_GRAPH_STATEMENT_TEXT_H_

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>

namespace ng {

// body[start, end) without body[gap_start, gap_end): the part before the gap
// with its trailing spaces dropped, one space, the part after it with its
// leading spaces dropped. Without a gap inside (start < gap_start <= gap_end <
// end), the plain slice. Offsets past the body are clamped.
inline std::string StatementWords(std::string_view body, size_t start, size_t end, size_t gap_start = 0,
                                  size_t gap_end = 0) {
  end = std::min(end, body.size());
  start = std::min(start, end);
  if (!(start < gap_start && gap_start <= gap_end && gap_end < end))
    return std::string(body.substr(start, end - start));
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  size_t before_end = gap_start, after_start = gap_end;
  while (before_end > start && space(body[before_end - 1])) --before_end;
  while (after_start < end && space(body[after_start])) ++after_start;
  return std::string(body.substr(start, before_end - start)) + " " +
         std::string(body.substr(after_start, end - after_start));
}

}  // namespace ng

#endif  // NEWSGRAPH_GRAPH_STATEMENT_TEXT_H_
