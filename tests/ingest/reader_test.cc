// Reading articles: metadata, boilerplate, sentences, and bad input rejected
// with one clear reason.
#include <catch2/catch.hpp>

#include <algorithm>

#include "graph/error.h"
#include "ingest/ingest_test_util.h"
#include "ingest/sentences.h"

using ng::ingest::ReadArticleBytes;

namespace {
std::string Reason(const std::string& bytes, const std::string& name = "x.txt") {
  try {
    ReadArticleBytes(bytes, name);
  } catch (const ng::Error& e) {
    return e.what();
  }
  return "";
}

// An article of a headline, `line` right after it, and one paragraph.
ng::ingest::Article ArticleWithSecondLine(const std::string& line) {
  const std::string text = "Ferry plan splits county\n\n" + line + "\n\nThe board voted on Tuesday, officials said.\n";
  return ng::ingest::BuildArticle(ReadArticleBytes(text, "a.txt"), "a.txt", ng::testing::TestLexicon());
}
}  // namespace

TEST_CASE("bad inputs are refused with a reason") {
  CHECK(Reason("") .find("empty") != std::string::npos);
  CHECK(Reason(std::string("abc\0def\x01\x02", 9)).find("binary") != std::string::npos);
  CHECK(Reason("caf\xc3 ok\n").find("UTF-8") != std::string::npos);
  CHECK(Reason(std::string(50 * 1024 * 1024, 'a')).find("longer") != std::string::npos);
}

TEST_CASE("UTF-16 with a byte-order mark is read") {
  std::string u16 = "\xff\xfe";
  for (char c : std::string("Hello world.")) u16 += std::string{c, '\0'};
  CHECK(ReadArticleBytes(u16, "x.txt").text.find("Hello world.") != std::string::npos);
}

TEST_CASE("deeply nested HTML is read without blowing the stack") {
  std::string html = "<html><body>";
  for (int i = 0; i < 20000; ++i) html += "<div>";
  html += "<p>Deep text here.</p>";
  for (int i = 0; i < 20000; ++i) html += "</div>";
  html += "</body></html>";
  // Either the text or a clear refusal; never a crash.
  try {
    ReadArticleBytes(html, "deep.html");
  } catch (const ng::Error& e) {
    CHECK(std::string(e.what()).size() > 0);
  }
}

TEST_CASE("HTML paragraphs and metadata") {
  std::string html =
      "<html><head><title>Talks begin</title><link rel=\"canonical\" "
      "href=\"https://www.reuters.com/world/2024/01/25/talks/\"></head><body><nav>Home | World</nav>"
      "<p>First paragraph of the story.</p><p>Second &ldquo;quoted&rdquo; paragraph.</p></body></html>";
  auto src = ReadArticleBytes(html, "a.html");
  auto a = ng::ingest::BuildArticle(src, "a.html", ng::testing::TestLexicon());
  CHECK(a.url == "https://www.reuters.com/world/2024/01/25/talks/");
  CHECK(a.outlet == "Reuters");
  CHECK(a.published == "2024-01-25");
  bool quoted = false;
  for (const auto& p : a.paragraphs) quoted |= p.find("Second \"quoted\" paragraph.") != std::string::npos;
  CHECK(quoted);
}

TEST_CASE("normalization folds curly quotes, apostrophes, dashes and NBSP") {
  CHECK(ng::ingest::NormalizeText("\xe2\x80\x9cIt\xe2\x80\x99s done,\" he said\xc2\xa0\xe2\x80\x94 ok") ==
        "\"It's done,\" he said - ok");
}

TEST_CASE("doubled single marks are one double quotation mark") {
  CHECK(ng::ingest::NormalizeText("''We will wait,'' she said.") == "\"We will wait,\" she said.");
  CHECK(ng::ingest::NormalizeText("``We will wait,'' she said.") == "\"We will wait,\" she said.");
  // A lone apostrophe stays one.
  CHECK(ng::ingest::NormalizeText("the workers' union") == "the workers' union");
}

TEST_CASE("boilerplate lines are dropped, bylines read") {
  std::string text =
      "Headline of the day\n\nBy Jane Roe and John Doe, CNN\n\nThe real first paragraph is here.\n\n"
      "Leave a Comment\n\n(c) 2024 Some Network. All Rights Reserved.\n\nPrivacy Policy\n\n"
      "Follow Jane Roe on Twitter @janeroe.\n\n\"Follow John Doe on X @johndoe.\"\n";
  auto a = ng::ingest::BuildArticle(ReadArticleBytes(text, "t.txt"), "t.txt", ng::testing::TestLexicon());
  CHECK(a.authors == std::vector<std::string>{"Jane Roe", "John Doe"});
  for (const auto& p : a.paragraphs) {
    CHECK(p.find("Leave a Comment") == std::string::npos);
    CHECK(p.find("Rights Reserved") == std::string::npos);
    CHECK(p.find("Privacy") == std::string::npos);
    CHECK(p.find("on Twitter") == std::string::npos);  // an author's handle is no paragraph
  }
}

TEST_CASE("republishing and cookie notices are boilerplate, paragraphs that tell of republishing or of cookies are not") {
  std::string text =
      "Headline of the day\n\nThe real first paragraph is here.\n\n"
      "The museum plans to republish its 1950 catalogue of lighthouse drawings next year.\n\n"
      "All republished articles must include our logo and the writer's byline.\n\n"
      "The bakery's oat cookies use no butter, its owner said.\n\n"
      "We use cookies to improve your experience. Accept all cookies?\n";
  auto a = ng::ingest::BuildArticle(ReadArticleBytes(text, "t.txt"), "t.txt", ng::testing::TestLexicon());
  bool memoir = false, bakery = false;
  for (const auto& p : a.paragraphs) {
    memoir |= p.find("republish its 1950 catalogue") != std::string::npos;
    bakery |= p.find("oat cookies") != std::string::npos;
    CHECK(p.find("our logo") == std::string::npos);
    CHECK(p.find("improve your experience") == std::string::npos);
  }
  CHECK(memoir);
  CHECK(bakery);  // a paragraph about cookies is no cookie notice
}

TEST_CASE("a byline's writer's post after the comma is no outlet") {
  const auto& read = ArticleWithSecondLine;
  auto role = read("By Ana Ruiz, Senior Business Reporter");
  CHECK(role.authors == std::vector<std::string>{"Ana Ruiz"});
  CHECK(role.outlet.empty());
  CHECK(read("By Ana Ruiz, Staff Writers").outlet.empty());
  CHECK(read("By Ana Ruiz, Harbor Gazette").outlet == "Harbor Gazette");
}

TEST_CASE("sentences survive abbreviations") {
  std::string p = "Gen. Smith met U.S. officials in Washington, D.C., on Jan. 5. They talked.";
  auto s = ng::ingest::SplitSentences(p, ng::testing::TestLexicon());
  REQUIRE(s.size() == 2);
  CHECK(p.substr(s[1].start, s[1].end - s[1].start) == "They talked.");
}

TEST_CASE("an abbreviation before a word that only opens sentences, or a time of day before a capital, ends one") {
  std::string p =
      "The envoy landed in the U.S. He met officials at 10 a.m. Staff waited. The vote is at 9 a.m. Monday.";
  auto s = ng::ingest::SplitSentences(p, ng::testing::TestLexicon());
  REQUIRE(s.size() == 4);
  CHECK(p.substr(s[1].start, s[1].end - s[1].start) == "He met officials at 10 a.m.");
  CHECK(p.substr(s[3].start, s[3].end - s[3].start) == "The vote is at 9 a.m. Monday.");
}

TEST_CASE("a date on a line of its own is metadata, not the title") {
  std::string text = "25 Jan, 2024 04:59\n\nUS to negotiate future of its troops in Iraq\n\n"
                     "The talks begin on Saturday, officials said.\n";
  ng::ingest::Article a =
      ng::ingest::BuildArticle(ReadArticleBytes(text, "t.txt"), "t.txt", ng::testing::TestLexicon());
  CHECK(a.title == "US to negotiate future of its troops in Iraq");
  CHECK(a.published == "2024-01-25");
  for (const auto& p : a.paragraphs) CHECK(p.find("04:59") == std::string::npos);
}

TEST_CASE("an HTML page's title is its headline, without section and outlet") {
  auto title_of = [](const std::string& page_title) {
    std::string html = "<html><head><title>" + page_title +
                       "</title></head><body><div>Skip links Skip to Content Live Navigation menu "
                       "News Sport Video</div><p>The truce held for a fourth day, officials said."
                       "</p></body></html>";
    auto src = ReadArticleBytes(html, "a.html");
    return ng::ingest::BuildArticle(src, "a.html", ng::testing::TestLexicon()).title;
  };
  CHECK(title_of("Truce extended by two days | Israel-Palestine conflict News | Al Jazeera") ==
        "Truce extended by two days");
  CHECK(title_of("Truce extended by two days - The Guardian") == "Truce extended by two days");
  CHECK(title_of("Truce extended - and talks go on") == "Truce extended - and talks go on");
}

TEST_CASE("a byline of names and a city, as British papers write it") {
  const auto& article_with = ArticleWithSecondLine;
  CHECK(article_with("Jennifer Rankin in Brussels").authors ==
        std::vector<std::string>{"Jennifer Rankin"});
  CHECK(article_with("Ana Ruiz and Li Wei in Hong Kong").authors ==
        std::vector<std::string>{"Ana Ruiz", "Li Wei"});
  CHECK(article_with("Protests grow in Paris").authors.empty());  // a headline, not names
}

TEST_CASE("a paragraph opening with 'By' is a byline only when names follow") {
  const auto& read = ArticleWithSecondLine;
  auto has_paragraph = [](const ng::ingest::Article& a, const std::string& words) {
    return std::any_of(a.paragraphs.begin(), a.paragraphs.end(),
                       [&](const std::string& p) { return p.find(words) != std::string::npos; });
  };
  for (const std::string line : {"By most counts, the harbour board has lost money for years.",
                                 "By contrast, the harbour board wants a new pier.",
                                 "By Sunday, the talks on the ferry had collapsed."}) {
    auto a = read(line);
    CHECK(a.authors.empty());
    CHECK(has_paragraph(a, line.substr(3, 20)));
  }
  auto byline = read("By Ana Ruiz and Jan van Dijk, Harbor Gazette");
  CHECK(byline.authors == std::vector<std::string>{"Ana Ruiz", "Jan van Dijk"});
  CHECK(byline.outlet == "Harbor Gazette");
  CHECK(read("By Ivo Tal Jr., U.S. News").authors == std::vector<std::string>{"Ivo Tal Jr."});
}

TEST_CASE("an all-capitals byline is written as names") {
  auto src = ReadArticleBytes(
      "Senate passes aid package\n\nBy MARY CLARE JALONICK and STEPHEN O'NEIL\n\n"
      "The Senate passed the package on Tuesday, officials said.\n",
      "a.txt");
  auto a = ng::ingest::BuildArticle(src, "a.txt", ng::testing::TestLexicon());
  CHECK(a.authors == std::vector<std::string>{"Mary Clare Jalonick", "Stephen O'Neil"});
}

TEST_CASE("single quotation marks quote where a line has no double ones") {
  auto paragraph_of = [](const std::string& text) {
    auto src = ReadArticleBytes("Title line\n\n" + text + "\n", "a.txt");
    return ng::ingest::BuildArticle(src, "a.txt", ng::testing::TestLexicon()).paragraphs.back();
  };
  // Curly (British papers) and straight single marks; apostrophes stay.
  CHECK(paragraph_of("\xE2\x80\x98We won\xE2\x80\x99t back down,\xE2\x80\x99 the minister said.") ==
        "\"We won't back down,\" the minister said.");
  CHECK(paragraph_of("He called it 'a historic day' for the workers' union.") ==
        "He called it \"a historic day\" for the workers' union.");
  CHECK(paragraph_of("The '90s were different, the governor's aide said.") ==
        "The '90s were different, the governor's aide said.");
  // Inside a double-quoted quotation a single-quoted one stays single.
  CHECK(paragraph_of("\"He told me 'no' twice,\" she said.") ==
        "\"He told me 'no' twice,\" she said.");
}
