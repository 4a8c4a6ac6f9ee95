// WriteGrid: table, box and markdown; columns sized to the width, long text
// wrapped inside its cell.
#include <algorithm>

#include "shell/column_layout.h"
#include "shell/text_cells.h"
#include "shell/view_writers.h"

namespace ng::cli {

namespace {

// Narrowest a wrapped column gets when words must break to fit.
constexpr size_t kFloor = 6;
// A word longer than this (a URL) may break rather than widen its column.
constexpr size_t kLongestUnbrokenWord = 20;

// Columns of the longest space-separated word of `text`.
size_t LongestWord(const std::string& text) {
  size_t longest = 0, start = 0;
  while (start <= text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    longest = std::max(longest, DisplayWidth(text.substr(start, end - start)));
    start = end + 1;
  }
  return longest;
}

struct Borders {
  const char *top[3], *middle[3], *bottom[3];  // left, between, right
  const char *rule, *side;
};
const Borders kAscii = {{"+", "+", "+"}, {"+", "+", "+"}, {"+", "+", "+"}, "-", "|"};
const Borders kBox = {{"┌", "┬", "┐"}, {"├", "┼", "┤"}, {"└", "┴", "┘"}, "─", "│"};

std::string Repeat(const char* s, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

std::string Pad(const std::string& text, size_t width, bool right) {
  size_t w = DisplayWidth(text);
  std::string fill(width > w ? width - w : 0, ' ');
  return right ? fill + text : text + fill;
}

// Each column's width: .width where given, else fitted into what is left.
std::vector<size_t> Widths(const Cells& cells, const ViewOptions& o) {
  const size_t n = cells.columns.size();
  std::vector<size_t> natural(n, 0), word(n, 0);
  for (size_t i = 0; i < n; ++i) {
    natural[i] = DisplayWidth(cells.columns[i]);
    word[i] = LongestWord(cells.columns[i]);
    for (const auto& row : cells.rows)
      if (i < row.size()) {
        natural[i] = std::max(natural[i], DisplayWidth(row[i]));
        word[i] = std::max(word[i], LongestWord(row[i]));
      }
    natural[i] = std::max<size_t>(natural[i], 1);
    word[i] = std::min(std::max(word[i], kFloor), kLongestUnbrokenWord);
  }
  std::vector<size_t> widths = natural, automatic, minimum;
  size_t fixed = 0;
  for (size_t i = 0; i < n; ++i) {
    size_t given = i < o.column_widths.size() ? o.column_widths[i] : 0;
    if (given) fixed += widths[i] = given;
    else {
      automatic.push_back(natural[i]);
      minimum.push_back(word[i]);
    }
  }
  const size_t overhead = 3 * n + 1;  // "| " before each column, " |" after the last
  size_t available = 0;
  if (o.width) available = std::max<size_t>(o.width > overhead + fixed ? o.width - overhead - fixed : 1, 1);
  std::vector<size_t> fitted = FitColumns(automatic, minimum, available, kFloor);
  for (size_t i = 0, k = 0; i < n; ++i)
    if (!(i < o.column_widths.size() && o.column_widths[i])) widths[i] = fitted[k++];
  return widths;
}

void WriteMarkdown(const Cells& cells, std::ostream& out) {
  auto escaped = [](const std::string& s) {
    std::string e;
    for (char c : s) e += c == '|' ? std::string("\\|") : std::string(1, c);
    return e;
  };
  std::vector<size_t> widths(cells.columns.size(), 3);
  auto measure = [&](const std::vector<std::string>& row) {
    for (size_t i = 0; i < row.size() && i < widths.size(); ++i)
      widths[i] = std::max(widths[i], DisplayWidth(escaped(row[i])));
  };
  measure(cells.columns);
  for (const auto& row : cells.rows) measure(row);
  auto line = [&](const std::vector<std::string>& row) {
    out << "|";
    for (size_t i = 0; i < widths.size(); ++i)
      out << " " << Pad(i < row.size() ? escaped(row[i]) : "", widths[i], cells.numeric[i]) << " |";
    out << "\n";
  };
  line(cells.columns);
  out << "|";
  for (size_t i = 0; i < widths.size(); ++i)
    out << (cells.numeric[i] ? std::string(widths[i] + 1, '-') + ":" : std::string(widths[i] + 2, '-'))
        << "|";
  out << "\n";
  for (const auto& row : cells.rows) line(row);
}

}  // namespace

void WriteGrid(const Cells& cells, GridStyle style, std::ostream& out, const ViewOptions& o) {
  if (style == GridStyle::kMarkdown) return WriteMarkdown(cells, out);
  const Borders& b = style == GridStyle::kBox ? kBox : kAscii;
  const std::vector<size_t> widths = Widths(cells, o);
  auto rule = [&](const char* const* corners) {
    std::string s = corners[0];
    for (size_t i = 0; i < widths.size(); ++i)
      s += Repeat(b.rule, widths[i] + 2) + (i + 1 < widths.size() ? corners[1] : corners[2]);
    return s + "\n";
  };
  // One row, its cells wrapped; `numeric` right-aligns the number columns.
  auto row_lines = [&](const std::vector<std::string>& row, bool numeric) {
    std::vector<std::vector<std::string>> wrapped;
    size_t height = 1;
    for (size_t i = 0; i < widths.size(); ++i) {
      wrapped.push_back(Wrap(i < row.size() ? row[i] : "", widths[i]));
      height = std::max(height, wrapped.back().size());
    }
    std::string s;
    for (size_t line = 0; line < height; ++line) {
      s += b.side;
      for (size_t i = 0; i < widths.size(); ++i) {
        const std::string& text = line < wrapped[i].size() ? wrapped[i][line] : "";
        s += " " + Pad(text, widths[i], numeric && cells.numeric[i]) + " " + b.side;
      }
      s += "\n";
    }
    return std::make_pair(s, height);
  };
  std::vector<std::pair<std::string, size_t>> body;
  bool tall = false;  // some row takes more than one line: rules between rows
  for (const auto& row : cells.rows) {
    body.push_back(row_lines(row, true));
    tall = tall || body.back().second > 1;
  }
  const char* bold = o.color ? "\033[1m" : "";
  const char* reset = o.color ? "\033[0m" : "";
  out << rule(b.top);
  if (o.headers) out << bold << row_lines(cells.columns, false).first << reset << rule(b.middle);
  for (size_t r = 0; r < body.size(); ++r) {
    if (tall && r > 0) out << rule(b.middle);
    out << body[r].first;
  }
  out << rule(b.bottom);
  if (o.footer) out << cells.rows.size() << (cells.rows.size() == 1 ? " row" : " rows") << "\n";
}

}  // namespace ng::cli
