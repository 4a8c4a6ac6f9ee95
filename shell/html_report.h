// shell/html_report.h — `newsgraph report`: statements as one self-contained
// HTML page (inline CSS and script, no network), every name and word escaped.
#ifndef NEWSGRAPH_SHELL_HTML_REPORT_H_
#define NEWSGRAPH_SHELL_HTML_REPORT_H_

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "shell/statement_context.h"

namespace ng::cli {

struct ReportStatement {
  int64_t id = 0;
  std::string speaker, kind, words, outlet, date, url;
  std::vector<std::string> about;
  std::optional<StatementContext> context;  // its paragraph, when the body is stored
};

// Text as HTML text or attribute value: & < > " ' escaped.
std::string HtmlEscape(std::string_view text);

// The page: a speaker × target heat map, `diagram_svg` (Graphviz's SVG of
// who talks about whom, written as given: it must come from RenderGraphviz,
// which escapes the labels), statements per date, the same words given to
// different speakers by different outlets, the statements grouped by speaker
// (each with its paragraph and article link behind a disclosure), and
// filters by speaker, target, outlet, kind and date range.
void WriteHtmlReport(const std::vector<ReportStatement>& statements, const std::string& title,
                     const std::string& diagram_svg, std::ostream& out);

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_HTML_REPORT_H_
