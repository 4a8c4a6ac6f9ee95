// The article body kept in the store: the text statement offsets index,
// each statement's `text` exactly its slice, replaced and removed with the
// article (issue 21).
#include <catch2/catch.hpp>

#include <map>

#include "graph/graph_store.h"
#include "graph/integrity.h"
#include "graph/statement_text.h"
#include "ingest/graph_writer.h"
#include "ingest/ingest.h"
#include "ingest_test_util.h"
#include "test_util.h"

using ng::testing::TempDir;

namespace {

// Quotations ending in a comma and opening with a space, reported speech
// after "said that" and before ", X said": every way statement words were
// trimmed.
const char* kBody =
    "\"We are ready to sail again,\" harbour master Ines Brandt said on Friday.\n\n"
    "\" The ice is gone ,\" said Ines Brandt.\n\n"
    "Ines Brandt said that the ferries would leave the harbour at dawn on Monday.\n\n"
    "The ferries will carry the mail to the northern islands, Ines Brandt said.\n\n"
    "The old pier, Ines Brandt said, would be rebuilt by summer.\n";

const char* kArticle =
    "Ferries return to the fjord\n\nPublished March 3, 2025\n\n"
    "\"We are ready to sail again,\" harbour master Ines Brandt said on Friday.\n\n"
    "Ines Brandt said that the ferries would leave the harbour at dawn on Monday.\n";

// Statements of the store with their offsets checked against their article's text.
size_t CheckedStatements(ng::GraphStore* store) {
  auto tx = store->Begin();
  size_t n = 0;
  uint64_t id;
  for (auto c = tx->ScanLabel("Statement"); c->Next(&id);) {
    auto st = tx->GetNode(id);
    ng::AdjacencyEntry e;
    auto articles = tx->Adjacent(id, ng::Direction::kOutgoing, {"REPORTED_IN"});
    REQUIRE(articles->Next(&e));
    auto body = tx->GetText(e.neighbour);
    REQUIRE(body);
    int64_t start = st->properties.at("start").AsInt(), end = st->properties.at("end").AsInt();
    REQUIRE(end <= static_cast<int64_t>(body->size()));
    int64_t gap_start = 0, gap_end = 0;
    if (st->properties.count("gap_start")) {
      gap_start = st->properties.at("gap_start").AsInt();
      gap_end = st->properties.at("gap_end").AsInt();
    }
    CHECK(ng::StatementWords(*body, start, end, gap_start, gap_end) == st->properties.at("text").AsString());
    ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("every statement's text is the body's slice at its offsets", "[ingest][text]") {
  ng::ingest::Extraction x = ng::testing::ExtractText(kBody);
  std::map<std::string, std::string> kinds;
  for (const auto& st : x.statements) {
    REQUIRE(st.end <= x.body.size());
    CHECK(ng::StatementWords(x.body, st.start, st.end, st.gap_start, st.gap_end) == st.text);
    kinds[st.text] = st.kind;
  }
  // The trimmed words, as before offsets were made to match them.
  CHECK(kinds.count("We are ready to sail again"));
  CHECK(kinds.count("The ice is gone"));
  CHECK(kinds.count("the ferries would leave the harbour at dawn on Monday"));
  CHECK(kinds.count("The ferries will carry the mail to the northern islands"));
  // The reporting words set off inside the words are left out: the slice
  // with a gap.
  CHECK(kinds.count("The old pier would be rebuilt by summer"));
  bool gap = false;
  for (const auto& st : x.statements)
    if (st.text == "The old pier would be rebuilt by summer")
      gap = x.body.substr(st.gap_start, st.gap_end - st.gap_start) == ", Ines Brandt said,";
  CHECK(gap);
}

TEST_CASE("ingest stores the body in the article's transaction, replaced and removed with it",
          "[ingest][text]") {
  TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  ng::Ingester ingester(store.get(), {});
  ingester.IngestBytes(kArticle, "ferry.txt");
  auto article = [&] { return *ng::ingest::FindArticle(*store->Begin(), "ferry.txt"); };
  auto body = store->Begin()->GetText(article());
  REQUIRE(body);
  CHECK(body->find("Ferries return to the fjord\n\"We are ready to sail again,\"") == 0);
  CHECK(CheckedStatements(store.get()) == 2);

  std::string changed = std::string(kArticle) + "\n\"The mail is late,\" Ines Brandt said.\n" +
                        "\nThe old pier, Ines Brandt said, would be rebuilt by summer.\n";
  CHECK(ingester.IngestBytes(changed, "ferry.txt").outcome == ng::IngestFileResult::Outcome::kReplaced);
  CHECK(store->Begin()->GetText(article())->find("The mail is late") != std::string::npos);
  CHECK(CheckedStatements(store.get()) == 4);  // one with reporting words left out
  uint64_t id, texts = 0;
  for (auto c = store->Begin()->ScanTexts(); c->Next(&id);) ++texts;
  CHECK(texts == 1);  // the old body went with the old article node
  store.reset();
  CHECK(ng::CheckIntegrity(dir.Sub("db")).ok());
}

TEST_CASE("a paragraph longer than 16 KB is cut at sentence ends into paragraphs of its own") {
  std::string paragraph;
  int sentences = 0;
  while (paragraph.size() < 40 * 1024) {
    paragraph += "The ferry number " + std::to_string(++sentences) + " left the harbour at dawn. ";
  }
  const std::string text = "Ferries\n\nPublished March 3, 2025\n\n" + paragraph + "\n";
  auto src = ng::ingest::ReadArticleBytes(text, "long.txt");
  auto a = ng::ingest::BuildArticle(src, "long.txt", ng::testing::TestLexicon());
  REQUIRE(a.paragraphs.size() >= 4);  // the title, then at least three pieces
  std::string joined;
  for (size_t i = 1; i < a.paragraphs.size(); ++i) {
    const std::string& piece = a.paragraphs[i];
    CHECK(piece.size() <= 16 * 1024);
    CHECK(piece.back() == '.');  // every piece ends a sentence
    joined += (joined.empty() ? "" : " ") + piece;
  }
  // Nothing lost, nothing repeated.
  while (!paragraph.empty() && paragraph.back() == ' ') paragraph.pop_back();
  CHECK(joined == paragraph);
}

TEST_CASE("a long paragraph with no sentence end or space is still cut into bounded pieces") {
  const std::string words(20 * 1024, 'x');
  const std::string text = "Ferries\n\nPublished March 3, 2025\n\nThe harbour master said " + words + " " + words + ".\n";
  auto src = ng::ingest::ReadArticleBytes(text, "run.txt");
  auto a = ng::ingest::BuildArticle(src, "run.txt", ng::testing::TestLexicon());
  REQUIRE(a.paragraphs.size() >= 4);
  size_t total = 0;
  for (size_t i = 1; i < a.paragraphs.size(); ++i) {
    CHECK(a.paragraphs[i].size() <= 16 * 1024);
    total += a.paragraphs[i].size();
  }
  CHECK(total >= 2 * words.size());
}

TEST_CASE("a dated dateline dates an article that gives no other date, and leaves the story") {
  const std::string text =
      "Ferry line reopens\n\nLERWICK, May 6, 2025 - The ferry line to the northern isles reopened on Monday "
      "after a week of storms that kept the boats in port, cut the islands off from the mainland and left the "
      "shops of the smaller isles short of bread, milk and fuel, the harbour master said.\n";
  auto a = ng::ingest::BuildArticle(ng::ingest::ReadArticleBytes(text, "ferry.txt"), "ferry.txt",
                                    ng::testing::TestLexicon());
  CHECK(a.published == "2025-05-06");
  REQUIRE(a.paragraphs.size() == 2);
  CHECK(a.paragraphs[1].rfind("The ferry line", 0) == 0);
  // A date line of its own wins over the dateline's.
  const std::string dated =
      "Ferry line reopens\n\nPublished May 7, 2025\n\nLERWICK, May 6, 2025 - The ferry line to the northern isles "
      "reopened on Monday after a week of storms.\n";
  auto b = ng::ingest::BuildArticle(ng::ingest::ReadArticleBytes(dated, "ferry.txt"), "ferry.txt",
                                    ng::testing::TestLexicon());
  CHECK(b.published == "2025-05-07");
  // A dateline with no year dates nothing.
  const std::string no_year =
      "Ferry line reopens\n\nLERWICK, May 6 (Wire) - The ferry line to the northern isles reopened on Monday "
      "after a week of storms.\n";
  auto c = ng::ingest::BuildArticle(ng::ingest::ReadArticleBytes(no_year, "ferry.txt"), "ferry.txt",
                                    ng::testing::TestLexicon());
  CHECK(c.published.empty());
  CHECK(c.paragraphs[1].rfind("The ferry line", 0) == 0);
}

TEST_CASE("a dateline after a headline that ends with a full stop leaves the story too") {
  // The headline ends with a full stop, so it is read as the first
  // paragraph; the dateline opens the second.
  const std::string text =
      "The ferry line to the northern isles reopens after the storms.\n\n"
      "LERWICK \xE2\x80\x95 Two harbour pilots made an urgent call for patience with the new timetable on Monday.\n";
  auto a = ng::ingest::BuildArticle(ng::ingest::ReadArticleBytes(text, "ferry.txt"), "ferry.txt",
                                    ng::testing::TestLexicon());
  REQUIRE(!a.paragraphs.empty());
  CHECK(a.paragraphs.back().rfind("Two harbour pilots", 0) == 0);
  // Only a dateline's shape is cut: a second paragraph opening with a
  // capitalized word and no dash is the story's.
  const std::string plain =
      "The ferry line to the northern isles reopens after the storms.\n\n"
      "LERWICK harbour reopened on Monday after a week of storms.\n";
  auto b = ng::ingest::BuildArticle(ng::ingest::ReadArticleBytes(plain, "ferry.txt"), "ferry.txt",
                                    ng::testing::TestLexicon());
  REQUIRE(!b.paragraphs.empty());
  CHECK(b.paragraphs.back().rfind("LERWICK harbour", 0) == 0);
}
