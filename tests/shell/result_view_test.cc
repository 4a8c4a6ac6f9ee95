// The shell's output modes (shell/result_view.h): tables that fit a width
// with long text wrapped in its cell, box, markdown, line, list and tsv.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "shell/column_layout.h"
#include "shell/result_view.h"
#include "shell/text_cells.h"

using namespace ng;
using namespace ng::cli;

namespace {

const std::string kQuote =
    "the military talks had been in the works well before Hamas's attack in Israel plunged the "
    "region into turmoil and exacerbated long-running tensions";

ResultSet WhoSaid() {
  ResultSet r;
  r.has_return = true;
  r.columns = {"speaker", "statement", "kind", "statements", "outlet"};
  r.rows.push_back({ResultValue(std::string("U.S. officials")), ResultValue(kQuote),
                    ResultValue(std::string("indirect")), ResultValue(int64_t{12}), ResultValue()});
  r.rows.push_back({ResultValue(std::string("CNN")), ResultValue(std::string("short | words")),
                    ResultValue(std::string("partial")), ResultValue(int64_t{3}),
                    ResultValue(std::string("CNN"))});
  return r;
}

std::string View(const ResultSet& r, const std::string& mode, size_t width,
                 std::vector<size_t> columns = {}) {
  ViewOptions o;
  o.width = width;
  o.column_widths = std::move(columns);
  std::ostringstream out;
  WriteView(r, mode, out, o);
  return out.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

size_t Widest(const std::string& text) {
  size_t widest = 0;
  for (const auto& line : Lines(text)) widest = std::max(widest, DisplayWidth(line));
  return widest;
}

// Whether the quotation's every letter is in the second column, in order
// (spaces aside: a word longer than its column breaks).
bool HasWholeQuote(const std::string& table) {
  std::string joined;
  for (const auto& line : Lines(table)) {
    size_t a = line.find("| ", line.find("| ") + 1);  // the second cell
    if (a == std::string::npos) continue;
    size_t b = line.find(" |", a + 2);
    std::string cell = line.substr(a + 2, b - a - 2);
    while (!cell.empty() && cell.back() == ' ') cell.pop_back();
    joined += cell;
  }
  std::string letters = kQuote;
  letters.erase(std::remove(letters.begin(), letters.end(), ' '), letters.end());
  joined.erase(std::remove(joined.begin(), joined.end(), ' '), joined.end());
  return joined.find(letters) != std::string::npos;
}

}  // namespace

TEST_CASE("Wrap breaks at spaces and inside words only when they are longer than a line",
          "[shell][view]") {
  CHECK(Wrap("one two three", 7) == std::vector<std::string>{"one two", "three"});
  CHECK(Wrap("abcdefghij", 4) == std::vector<std::string>{"abcd", "efgh", "ij"});
  CHECK(Wrap("", 5) == std::vector<std::string>{""});
  CHECK(Wrap("fits", 0) == std::vector<std::string>{"fits"});
  CHECK(Wrap("año über déjà", 8) == std::vector<std::string>{"año über", "déjà"});
  CHECK(DisplayWidth("año") == 3);
  CHECK(DisplayWidth("日本") == 4);
  // Colour codes (said --context on a terminal) take no room.
  CHECK(DisplayWidth("\033[1;33mready\033[0m") == 5);
  CHECK(Wrap("go \033[1;33mready to sail\033[0m again", 9) ==
        std::vector<std::string>{"go \033[1;33mready", "to sail\033[0m", "again"});
  for (size_t width : {1, 3, 9, 20})
    for (const auto& line : Wrap(kQuote, width)) CHECK(DisplayWidth(line) <= width);
}

TEST_CASE("FitColumns keeps narrow columns and shares the rest by the square root of the width",
          "[shell][view]") {
  CHECK(FitColumns({10, 20}, {5, 5}, 100, 6) == std::vector<size_t>{10, 20});
  auto w = FitColumns({8, 200, 30, 10}, {8, 12, 12, 10}, 100, 6);
  CHECK(w[0] == 8);    // a kind stays whole
  CHECK(w[3] == 10);   // a date too
  CHECK(w[0] + w[1] + w[2] + w[3] == 100);
  CHECK(w[1] > w[2]);  // the quotation gets more than the name
  CHECK(w[2] >= 12);   // and the name keeps its longest word
  // Minimums that do not fit come down, the widest first.
  w = FitColumns({10, 60, 60}, {10, 20, 20}, 40, 6);
  CHECK(w == std::vector<size_t>{10, 15, 15});
}

TEST_CASE("a table fits the width and wraps long text inside its cell instead of cutting it",
          "[shell][view]") {
  for (size_t width : {60, 80, 120}) {
    INFO("width " << width);
    const std::string table = View(WhoSaid(), "table", width);
    CHECK(Widest(table) <= width);
    CHECK(HasWholeQuote(table));                           // no word lost, no "…"
    CHECK(table.find("…") == std::string::npos);
    CHECK(table.find("| indirect |") != std::string::npos);  // short cells whole
    CHECK(table.find("2 rows") != std::string::npos);
  }
  // No width: one line a row, as wide as it comes.
  const std::string wide = View(WhoSaid(), "table", 0);
  CHECK(wide.find(kQuote) != std::string::npos);
  CHECK(Lines(wide).size() == 7);  // rule, header, rule, 2 rows, rule, footer
}

TEST_CASE("numbers are right-aligned and null is blank unless .nullvalue says otherwise",
          "[shell][view]") {
  const std::string table = View(WhoSaid(), "table", 0);
  CHECK(table.find("|         12 |") != std::string::npos);
  CHECK(table.find("null") == std::string::npos);
  ViewOptions o;
  o.null_text = "(none)";
  std::ostringstream out;
  WriteView(WhoSaid(), "table", out, o);
  CHECK(out.str().find("(none)") != std::string::npos);
}

TEST_CASE(".width sets a column's width and the others fit around it", "[shell][view]") {
  const std::string table = View(WhoSaid(), "table", 100, {6});
  CHECK(table.find("| speake |") != std::string::npos);
  CHECK(table.find("| U.S.   |") != std::string::npos);  // "U.S. officials" wrapped at 6
  CHECK(Widest(table) <= 100);
}

TEST_CASE("box draws with lines and markdown pipes with escapes", "[shell][view]") {
  const std::string box = View(WhoSaid(), "box", 80);
  CHECK(box.rfind("┌", 0) == 0);
  CHECK(box.find("│ CNN ") != std::string::npos);
  CHECK(box.find("└") != std::string::npos);
  CHECK(Widest(box) <= 80);
  const std::string md = View(WhoSaid(), "markdown", 40);  // markdown never wraps
  CHECK(md.rfind("| speaker ", 0) == 0);
  CHECK(md.find("|----------------|") != std::string::npos);
  CHECK(md.find("-:|") != std::string::npos);  // the number column, right-aligned
  CHECK(md.find("short \\| words") != std::string::npos);
  CHECK(md.find(kQuote) != std::string::npos);
}

TEST_CASE("line mode prints column = value with values wrapped under themselves", "[shell][view]") {
  const std::string line = View(WhoSaid(), "line", 60);
  CHECK(line.rfind("   speaker = U.S. officials\n statement = the military", 0) == 0);
  CHECK(line.find("\n             ") != std::string::npos);  // a continuation, indented
  CHECK(line.find("\n\n   speaker = CNN\n") != std::string::npos);
  CHECK(Widest(line) <= 60);
}

TEST_CASE("list separates with bars and tsv with tabs and escapes", "[shell][view]") {
  ResultSet r;
  r.has_return = true;
  r.columns = {"a", "b"};
  r.rows.push_back({ResultValue(std::string("tab\there")), ResultValue(std::string("two\nlines\\"))});
  r.rows.push_back({ResultValue(int64_t{1}), ResultValue()});
  CHECK(View(r, "tsv", 10) == "a\tb\ntab\\there\ttwo\\nlines\\\\\n1\t\n");
  CHECK(View(r, "list", 10) == "a|b\ntab here|two lines\\\n1|\n");
}

TEST_CASE("an unknown mode names the known ones", "[shell][view]") {
  CHECK_THROWS_WITH(View(WhoSaid(), "boxx", 0),
                    Catch::Contains("unknown output format 'boxx'") && Catch::Contains("markdown"));
}
