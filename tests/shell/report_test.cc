// `newsgraph report`: one self-contained HTML page in which names and words,
// however hostile, are text (issue 21).
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "shell/html_report.h"
#include "test_util.h"

using ng::cli::HtmlEscape;
using ng::cli::ReportStatement;

namespace {

size_t Count(const std::string& text, const std::string& what) {
  size_t n = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("HtmlEscape escapes the five characters HTML gives meaning", "[shell][report]") {
  CHECK(HtmlEscape("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;");
  CHECK(HtmlEscape("plain é") == "plain é");
  CHECK(HtmlEscape("") == "");
}

TEST_CASE("hostile statement text renders as text in the report", "[shell][report]") {
  ReportStatement s;
  s.id = 7;
  s.speaker = "<img src=x onerror=alert(1)>";
  s.kind = "direct";
  s.words = "</script><script>alert(\"x\")</script>";
  s.about = {"\"Quoted\" & 'single'"};
  s.outlet = "O'Brien \"Times\"";
  s.date = "2025-03-03";
  s.url = "javascript:alert(1)";
  ng::cli::StatementContext c;
  c.paragraph = "Before " + s.words + ", said " + s.speaker + ".";
  c.words = {7, 7 + s.words.size()};
  c.speaker = ng::cli::Mark{c.words.end + 7, c.words.end + 7 + s.speaker.size()};
  s.context = c;
  std::ostringstream out;
  ng::cli::WriteHtmlReport({s}, "About </title><script>alert(2)</script>", "", out);
  const std::string html = out.str();
  // Only the page's own script element: none from the data.
  CHECK(Count(html, "<script") == 1);
  CHECK(Count(html, "</script>") == 1);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("javascript:") == std::string::npos);  // no link to it
  CHECK(Count(html, "&lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") == 2);  // words, paragraph
  CHECK(html.find("data-speaker=\"&lt;img src=x onerror=alert(1)&gt;\"") != std::string::npos);
  CHECK(html.find("&quot;Quoted&quot; &amp; &#39;single&#39;") != std::string::npos);
  CHECK(html.find("data-outlet=\"O&#39;Brien &quot;Times&quot;\"") != std::string::npos);
  CHECK(html.find("<blockquote>Before <mark class=\"words\">&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("said <mark class=\"speaker\">&lt;img src=x onerror=alert(1)&gt;</mark>.</blockquote>") !=
        std::string::npos);
  CHECK(html.find("<title>About &lt;/title&gt;&lt;script&gt;alert(2)&lt;/script&gt;</title>") !=
        std::string::npos);
  CHECK(html.find("://") == std::string::npos);  // self-contained: nothing fetched, no link
}

TEST_CASE("the same words from different outlets and speakers are set side by side", "[shell][report]") {
  auto statement = [](const std::string& speaker, const std::string& words, const std::string& outlet) {
    ReportStatement s;
    s.speaker = speaker;
    s.words = words;
    s.outlet = outlet;
    return s;
  };
  std::ostringstream out;
  ng::cli::WriteHtmlReport({statement("Ines Brandt", "The ice is gone.", "Fjord Post"),
                            statement("harbour office", "the ice is gone", "Coast Radio"),
                            statement("Tove Lind", "The mail is late", "Coast Radio")},
                           "t", "", out);
  const std::string html = out.str();
  const std::string view = html.substr(html.find("The same words, different speakers"));
  CHECK(view.find("<td>The ice is gone.</td><td>Fjord Post</td><td>Ines Brandt</td>") != std::string::npos);
  CHECK(view.find("<td>the ice is gone</td><td>Coast Radio</td><td>harbour office</td>") != std::string::npos);
  CHECK(view.substr(0, view.find("</table>")).find("The mail is late") == std::string::npos);
}

TEST_CASE("report writes every statement of said, with its paragraph", "[shell][report]") {
  ng::testing::TempDir dir;
  const std::string db = dir.Sub("db"), bin = ng::testing::NewsgraphBinary();
  ng::testing::WriteFile(dir.Sub("ferry.txt"),
                         "Source: https://harbour.example/news/ferries?a=1&b=2\n\n"
                         "Ferries return to the fjord\n\nPublished March 3, 2025\n\n"
                         "\"Tell them <img src=x onerror=alert(1)> and </script> mean nothing,\" "
                         "harbour master Ines Brandt said on Friday.\n\n"
                         "Ines Brandt said that the ferries would leave the harbour at dawn on Monday.\n");
  REQUIRE(ng::testing::RunCommand({bin, "--db", db, "ingest", "--no-progress", dir.Sub("ferry.txt")})
              .exit_code == 0);
  auto said = ng::testing::RunCommand({bin, "--db", db, "said", "--format", "jsonl"});
  REQUIRE(said.exit_code == 0);
  const size_t statements = Count(said.out, "\n");
  REQUIRE(statements == 2);
  auto r = ng::testing::RunCommand({bin, "--db", db, "report", "--by", "Ines Brandt", "-o", dir.Sub("r.html")});
  REQUIRE(r.exit_code == 0);
  const std::string html = ng::testing::ReadFile(dir.Sub("r.html"));
  CHECK(Count(html, "<li class=\"st\"") == statements);
  CHECK(Count(html, "<blockquote>") == statements);
  CHECK(Count(html, "<script") == 1);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<mark class=\"words\">Tell them &lt;img src=x onerror=alert(1)&gt; and &lt;/script&gt; "
                  "mean nothing</mark>") != std::string::npos);
  CHECK(html.find("href=\"https://harbour.example/news/ferries?a=1&amp;b=2\"") != std::string::npos);
  r = ng::testing::RunCommand({bin, "--db", db, "report", "--query",
                               "MATCH (s:Statement) WHERE s.kind = 'indirect' RETURN s", "-o", dir.Sub("q.html")});
  REQUIRE(r.exit_code == 0);
  CHECK(Count(ng::testing::ReadFile(dir.Sub("q.html")), "<li class=\"st\"") == 1);
  // Names are hostile too, also in the diagram Graphviz draws.
  r = ng::testing::RunCommand({bin, "--db", db, "query",
                               "MATCH (t:Actor {name: 'Ines Brandt'}) "
                               "CREATE (:Actor {name: '<img src=x onerror=alert(1)>', kind: 'person'})"
                               "-[:SAID]->(:Statement {text: '\"quoted\" & <b>bold</b>', kind: 'direct'})"
                               "-[:ABOUT]->(t)"});
  REQUIRE(r.exit_code == 0);
  r = ng::testing::RunCommand({bin, "--db", db, "report", "-o", dir.Sub("all.html")});
  REQUIRE(r.exit_code == 0);
  const std::string all = ng::testing::ReadFile(dir.Sub("all.html"));
  CHECK(all.find("<svg") != std::string::npos);
  CHECK(all.find("<img") == std::string::npos);
  CHECK(all.find("<b>") == std::string::npos);
  CHECK(all.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
  CHECK(Count(all, "<script") == 1);
  r = ng::testing::RunCommand({bin, "--db", db, "report"});
  CHECK(r.exit_code != 0);
  CHECK(r.err.find("output") != std::string::npos);
}
