#include "shell/html_report.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "shell/said_query.h"

namespace ng::cli {

namespace {

// Lists inside a data attribute are joined with this (no name contains it).
constexpr char kSeparator = '\x1f';

const char* kStyle = R"(
body{font:15px/1.45 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:0 1rem;color:#222}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
#filters{display:flex;flex-wrap:wrap;gap:.5rem 1rem;position:sticky;top:0;background:#fff;padding:.5rem 0;border-bottom:1px solid #ddd}
#filters label{display:flex;flex-direction:column;font-size:.8rem;max-width:100%}
#filters select{max-width:100%}
table.heat{border-collapse:collapse;font-size:.85rem;display:block;overflow-x:auto}
.heat th,.heat td{border:1px solid #ddd;padding:.2rem .4rem;text-align:center}
.heat th.speaker{text-align:left}
.diagram{overflow-x:auto}.diagram svg{max-width:100%;height:auto}
.bar{background:#c8553d;height:.9rem;display:inline-block;vertical-align:middle}
.timeline td{padding:0 .4rem;font-size:.85rem}
ul.statements{list-style:none;padding:0}
li.st{border-left:3px solid #ccc;margin:.6rem 0;padding:.2rem .6rem}
li.st[data-kind=direct]{border-color:#2a6f97}li.st[data-kind=partial]{border-color:#6a994e}
.meta{color:#666;font-size:.85rem}
blockquote{margin:.4rem 0;padding:.4rem .6rem;background:#f6f6f6}
mark.words{background:#ffe066}mark.speaker{background:#bde0fe}
@media print{#filters{display:none}details{display:block}details>*{display:block}}
)";

// Rows hidden by the filters; a speaker with no row left hidden too.
const char* kScript = R"(
(function(){
  var rows=[].slice.call(document.querySelectorAll('li.st'));
  var get=function(id){return document.getElementById(id).value;};
  // How long loading and the last filtering took, for tests/scripts/report_browser.py.
  document.addEventListener('DOMContentLoaded',function(){
    document.body.dataset.loadedMs=performance.now().toFixed(0);
  });
  function apply(){
    var started=performance.now();
    var speaker=get('f-speaker'),about=get('f-about'),outlet=get('f-outlet'),kind=get('f-kind');
    var from=get('f-from'),to=get('f-to'),shown=0;
    rows.forEach(function(r){
      var d=r.dataset;
      var ok=(!speaker||d.speaker===speaker)&&(!about||d.about.split('\x1f').indexOf(about)>=0)&&
             (!outlet||d.outlet===outlet)&&(!kind||d.kind===kind)&&(!from||d.date>=from)&&(!to||(d.date&&d.date<=to));
      r.hidden=!ok;shown+=ok?1:0;
    });
    [].forEach.call(document.querySelectorAll('section.speaker'),function(s){
      s.hidden=!s.querySelector('li.st:not([hidden])');
    });
    document.getElementById('shown').textContent=String(shown);
    document.body.dataset.filterMs=(performance.now()-started).toFixed(1);
  }
  [].forEach.call(document.querySelectorAll('#filters select,#filters input'),function(e){
    e.addEventListener('input',apply);
  });
  // A link can carry filters and a statement to open: #speaker=X&about=Y&from=2024-01-01&open=17
  var preset=new URLSearchParams(location.hash.slice(1));
  ['speaker','about','outlet','kind','from','to'].forEach(function(k){
    if(preset.has(k))document.getElementById('f-'+k).value=preset.get(k);
  });
  var open=preset.get('open');
  rows.forEach(function(r){if(r.dataset.id===open)r.querySelector('details').open=true;});
  // On paper every paragraph is shown: a closed <details> prints nothing of its body.
  window.addEventListener('beforeprint',function(){
    [].forEach.call(document.querySelectorAll('details'),function(d){d.open=true;});
  });
  apply();
})();
)";

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : std::string(1, kSeparator)) + s;
  return out;
}

// The paragraph with <mark>s around the words and the speaker, escaped between.
std::string MarkedParagraph(const StatementContext& c) {
  std::vector<std::tuple<size_t, int, const char*>> inserts = {
      {c.words.start, 1, "<mark class=\"words\">"}, {c.words.end, 0, "</mark>"}};
  if (c.speaker) {
    inserts.emplace_back(c.speaker->start, 1, "<mark class=\"speaker\">");
    inserts.emplace_back(c.speaker->end, 0, "</mark>");
  }
  std::sort(inserts.begin(), inserts.end());
  std::string out;
  size_t done = 0;
  for (const auto& [at, order, tag] : inserts) {
    out += HtmlEscape(std::string_view(c.paragraph).substr(done, at - done));
    out += tag;
    done = at;
  }
  return out + HtmlEscape(std::string_view(c.paragraph).substr(done));
}

// A link only to a web address: no javascript: or data: URLs from articles.
bool WebAddress(const std::string& url) {
  return url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0;
}

void Select(std::ostream& out, const char* id, const char* label, const std::set<std::string>& values) {
  out << "<label>" << label << "<select id=\"" << id << "\"><option value=\"\">all</option>";
  for (const std::string& v : values)
    if (!v.empty()) out << "<option>" << HtmlEscape(v) << "</option>";
  out << "</select></label>\n";
}

void HeatMap(const std::vector<ReportStatement>& statements, std::ostream& out) {
  std::map<std::string, std::map<std::string, int>> cells;
  std::map<std::string, int> per_target, per_speaker;
  for (const ReportStatement& s : statements) {
    if (UnknownSpeaker(s.speaker)) continue;  // no actor to count
    for (const std::string& t : s.about) {
      ++cells[s.speaker][t];
      ++per_target[t];
      ++per_speaker[s.speaker];
    }
  }
  // The 12 most spoken-about targets, the speakers who speak of them most.
  std::vector<std::pair<int, std::string>> targets, speakers;
  for (const auto& [t, n] : per_target) targets.emplace_back(-n, t);
  for (const auto& [s, n] : per_speaker) speakers.emplace_back(-n, s);
  std::sort(targets.begin(), targets.end());
  std::sort(speakers.begin(), speakers.end());
  if (targets.size() > 12) targets.resize(12);
  int most = 1;
  for (const auto& [s, row] : cells)
    for (const auto& [t, n] : row) most = std::max(most, n);
  out << "<table class=\"heat\"><tr><th>speaker \\ about</th>";
  for (const auto& [n, t] : targets) out << "<th>" << HtmlEscape(t) << "</th>";
  out << "</tr>\n";
  for (const auto& [ns, s] : speakers) {
    out << "<tr><th class=\"speaker\">" << HtmlEscape(s) << "</th>";
    for (const auto& [nt, t] : targets) {
      auto it = cells[s].find(t);
      int n = it == cells[s].end() ? 0 : it->second;
      if (n == 0) {
        out << "<td></td>";
        continue;
      }
      out << "<td style=\"background:rgba(200,85,61," << 0.15 + 0.85 * n / most << ")\">" << n << "</td>";
    }
    out << "</tr>\n";
  }
  out << "</table>\n";
}

void Timeline(const std::vector<ReportStatement>& statements, std::ostream& out) {
  std::map<std::string, int> per_date;
  for (const ReportStatement& s : statements) ++per_date[s.date.empty() ? "undated" : s.date];
  int most = 1;
  for (const auto& [d, n] : per_date) most = std::max(most, n);
  out << "<table class=\"timeline\">\n";
  for (const auto& [d, n] : per_date)
    out << "<tr><td>" << HtmlEscape(d) << "</td><td><span class=\"bar\" style=\"width:"
        << 20 * n / most << "rem\"></span> " << n << "</td></tr>\n";
  out << "</table>\n";
}

// Words (compared as said compares them) that different outlets give to
// different speakers, each group with who said them where.
void SameWords(const std::vector<ReportStatement>& statements, std::ostream& out) {
  std::map<std::string, std::vector<const ReportStatement*>> groups;
  for (const ReportStatement& s : statements) groups[NormalizedWords(s.words)].push_back(&s);
  bool any = false;
  for (const auto& [words, list] : groups) {
    std::set<std::string> speakers, outlets;
    for (const ReportStatement* s : list) speakers.insert(s->speaker), outlets.insert(s->outlet);
    if (words.empty() || speakers.size() < 2 || outlets.size() < 2) continue;
    if (!any) out << "<table class=\"heat\"><tr><th>words</th><th>outlet</th><th>speaker</th></tr>\n";
    any = true;
    for (const ReportStatement* s : list)
      out << "<tr><td>" << HtmlEscape(s->words) << "</td><td>" << HtmlEscape(s->outlet) << "</td><td>"
          << HtmlEscape(s->speaker) << "</td></tr>\n";
  }
  out << (any ? "</table>\n" : "<p class=\"meta\">none in this selection</p>\n");
}

// Graphviz's SVG from its <svg> element on (no XML prolog inside HTML).
std::string InlineSvg(const std::string& svg) {
  size_t at = svg.find("<svg");
  return at == std::string::npos ? "" : svg.substr(at);
}

void Statement(const ReportStatement& s, std::ostream& out) {
  out << "<li class=\"st\" data-id=\"" << s.id << "\" data-speaker=\"" << HtmlEscape(s.speaker)
      << "\" data-about=\"" << HtmlEscape(Joined(s.about)) << "\" data-outlet=\"" << HtmlEscape(s.outlet)
      << "\" data-kind=\"" << HtmlEscape(s.kind) << "\" data-date=\"" << HtmlEscape(s.date) << "\">"
      << "<div class=\"words\">" << HtmlEscape(s.words) << "</div><div class=\"meta\">"
      << HtmlEscape(s.kind) << " · " << HtmlEscape(s.outlet) << " · " << HtmlEscape(s.date);
  if (!s.about.empty()) {
    std::string about;
    for (const std::string& a : s.about) about += (about.empty() ? "" : ", ") + a;
    out << " · about " << HtmlEscape(about);
  }
  out << "</div><details><summary>in context</summary>";
  if (s.context) out << "<blockquote>" << MarkedParagraph(*s.context) << "</blockquote>";
  else out << "<p class=\"meta\">no stored text: the article was ingested before bodies were kept</p>";
  if (WebAddress(s.url))
    out << "<p class=\"meta\"><a href=\"" << HtmlEscape(s.url) << "\" rel=\"noreferrer noopener\">"
        << HtmlEscape(s.url) << "</a></p>";
  out << "</details></li>\n";
}

}  // namespace

std::string HtmlEscape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

void WriteHtmlReport(const std::vector<ReportStatement>& statements, const std::string& title,
                     const std::string& diagram_svg, std::ostream& out) {
  std::set<std::string> speakers, targets, outlets, kinds;
  for (const ReportStatement& s : statements) {
    speakers.insert(s.speaker);
    targets.insert(s.about.begin(), s.about.end());
    outlets.insert(s.outlet);
    kinds.insert(s.kind);
  }
  out << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
         // Nothing is fetched: a page that leaked would still load nothing.
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">"
      << "<title>" << HtmlEscape(title) << "</title><style>" << kStyle << "</style></head><body>\n"
      << "<h1>" << HtmlEscape(title) << "</h1>\n<p class=\"meta\"><span id=\"shown\">"
      << statements.size() << "</span> of " << statements.size() << " statements shown</p>\n"
      << "<div id=\"filters\">\n";
  Select(out, "f-speaker", "speaker", speakers);
  Select(out, "f-about", "about", targets);
  Select(out, "f-outlet", "outlet", outlets);
  Select(out, "f-kind", "kind", kinds);
  out << "<label>from<input id=\"f-from\" type=\"date\"></label><label>to<input id=\"f-to\" "
         "type=\"date\"></label>\n</div>\n<h2>Who speaks about whom</h2>\n";
  HeatMap(statements, out);
  if (std::string svg = InlineSvg(diagram_svg); !svg.empty())
    out << "<div class=\"diagram\">" << svg << "</div>\n";
  out << "<h2>Statements by date</h2>\n";
  Timeline(statements, out);
  out << "<h2>The same words, different speakers</h2>\n";
  SameWords(statements, out);
  out << "<h2>Statements by speaker</h2>\n";
  std::map<std::string, std::vector<const ReportStatement*>> by_speaker;
  for (const ReportStatement& s : statements) by_speaker[s.speaker].push_back(&s);
  for (const auto& [speaker, list] : by_speaker) {
    out << "<section class=\"speaker\"><h3>" << HtmlEscape(speaker) << "</h3><ul class=\"statements\">\n";
    for (const ReportStatement* s : list) Statement(*s, out);
    out << "</ul></section>\n";
  }
  out << "<script>" << kScript << "</script>\n</body></html>\n";
}

}  // namespace ng::cli
