// Writing to the store: one node per actor across articles, idempotency,
// replacement of a changed article, nothing written for a bad file, and the
// ingest command's per-file errors.
#include <catch2/catch.hpp>

#include <filesystem>
#include <map>
#include <regex>
#include <sstream>

#include "graph/error.h"
#include "graph/graph_store.h"
#include "graph/temporal_value.h"
#include "ingest/graph_writer.h"
#include "ingest/ingest.h"
#include "ingest/lexicon.h"
#include "test_util.h"

using ng::testing::TempDir;

namespace {

const char* kArticleA =
    "Talks resume in Baghdad\n\nPublished January 25, 2024\n\n"
    "\"We are ready to talk,\" Defense Secretary Lloyd Austin said on Thursday.\n\n"
    "\"Nothing is decided,\" a senior defense official said.\n";

const char* kArticleB =
    "Austin speaks again\n\nPublished January 26, 2024\n\n"
    "\"The talks will take months,\" Defense Secretary Lloyd Austin told reporters.\n";

uint64_t CountLabel(ng::GraphStore* store, const std::string& label) {
  return store->Begin()->CountLabel(label);
}

std::vector<ng::NodeId> ActorsNamed(ng::GraphStore* store, const std::string& name) {
  auto tx = store->Begin();
  std::vector<ng::NodeId> out;
  for (ng::NodeId id : tx->FindByName(name)) {
    auto n = tx->GetNode(id);
    if (n && n->labels == std::vector<std::string>{"Actor"}) out.push_back(id);
  }
  return out;
}

}  // namespace

TEST_CASE("one Actor node per real-world actor across articles") {
  TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  ng::Ingester ingester(store.get(), {});
  ingester.IngestBytes(kArticleA, "a.txt");
  ingester.IngestBytes(kArticleB, "b.txt");
  CHECK(CountLabel(store.get(), "Article") == 2);
  auto austin = ActorsNamed(store.get(), "Lloyd Austin");
  REQUIRE(austin.size() == 1);
  auto tx = store->Begin();
  CHECK(tx->Degree(austin[0], ng::Direction::kOutgoing, {"MENTIONED_IN"}) == 2);
  CHECK(tx->Degree(austin[0], ng::Direction::kOutgoing, {"SAID"}) == 2);
  // The dictionary's relation: Austin holds a role of the United States.
  CHECK(tx->Degree(austin[0], ng::Direction::kOutgoing, {"HOLDS_ROLE"}) == 1);
}

TEST_CASE("ingesting the same article twice changes nothing") {
  TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  ng::Ingester ingester(store.get(), {});
  auto first = ingester.IngestBytes(kArticleA, "a.txt");
  CHECK(first.outcome == ng::IngestFileResult::Outcome::kWritten);
  auto before = store->Begin()->Counts();
  auto again = ingester.IngestBytes(kArticleA, "a.txt");
  CHECK(again.outcome == ng::IngestFileResult::Outcome::kUnchanged);
  auto after = store->Begin()->Counts();
  CHECK(before.nodes == after.nodes);
  CHECK(before.relationships == after.relationships);
}

TEST_CASE("a changed article replaces its facts") {
  TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  ng::Ingester ingester(store.get(), {});
  ingester.IngestBytes(kArticleA, "a.txt");
  CHECK(CountLabel(store.get(), "Statement") == 2);
  std::string changed = std::string(kArticleA).substr(0, std::string(kArticleA).find("\"Nothing"));
  auto r = ingester.IngestBytes(changed, "a.txt");
  CHECK(r.outcome == ng::IngestFileResult::Outcome::kReplaced);
  CHECK(CountLabel(store.get(), "Article") == 1);
  CHECK(CountLabel(store.get(), "Statement") == 1);
}

TEST_CASE("a bad file writes nothing") {
  TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  ng::Ingester ingester(store.get(), {});
  CHECK_THROWS_AS(ingester.IngestBytes("", "empty.txt"), ng::Error);
  CHECK_THROWS_AS(ingester.IngestBytes(std::string("\0\1\2\3", 4), "bin.txt"), ng::Error);
  CHECK(store->Begin()->Counts().nodes == 0);
}

TEST_CASE("the ingest command reports each bad file and goes on") {
  TempDir dir;
  std::string in = dir.Sub("in");
  std::filesystem::create_directories(in + "/sub");
  ng::testing::WriteFile(in + "/good.txt", kArticleA);
  ng::testing::WriteFile(in + "/sub/more.txt", kArticleB);
  ng::testing::WriteFile(in + "/empty.txt", "");
  ng::testing::WriteFile(in + "/bad.txt", "caf\xc3 not utf-8\n");
  ng::testing::WriteFile(in + "/picture.png", std::string("\x89PNG\0\0", 6));  // skipped: not an article
  ng::testing::WriteFile(in + "/actors.json",
                         "{\"actors\":[{\"name\":\"Zed Quorum\",\"kind\":\"person\",\"aliases\":[]}]}");
  auto r = ng::testing::RunCommand(
      {ng::testing::NewsgraphBinary(), "--db", dir.Sub("db"), "ingest", "--no-progress", in});
  CHECK(r.exit_code != 0);
  CHECK(r.err.find("empty.txt") != std::string::npos);
  CHECK(r.err.find("bad.txt") != std::string::npos);
  CHECK(r.err.find("picture.png") == std::string::npos);
  CHECK(r.err.find("good.txt") == std::string::npos);
  CHECK(r.out.find("ingested 2 article") != std::string::npos);
}

TEST_CASE("unknown metadata is absent, not an empty string") {
  TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  ng::Ingester ingester(store.get(), {});
  ingester.IngestBytes(kArticleA, "a.txt");  // plain text: no URL, no outlet
  auto tx = store->Begin();
  uint64_t id = 0;
  REQUIRE(tx->ScanLabel("Article")->Next(&id));
  auto article = tx->GetNode(id);
  REQUIRE(article);
  CHECK(article->properties.count("url") == 0);
  CHECK(article->properties.count("outlet") == 0);
  REQUIRE(article->properties.at("published").is_temporal());
  CHECK(ng::TemporalToString(article->properties.at("published").AsTemporal()) == "2024-01-25");
}

TEST_CASE("a day is stored as a date, a month or a year alone as text") {
  TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  ng::Ingester ingester(store.get(), {});
  ingester.IngestBytes("Ports and treaties\n\nPublished January 25, 2024\n\n"
                       "Norway and Sweden held talks on Tuesday, officials said.\n\n"
                       "In August, Norway and Sweden signed an agreement on fishing.\n",
                       "d.txt");
  auto tx = store->Begin();
  std::map<std::string, std::string> event_dates;  // type -> how its date is stored
  uint64_t id = 0;
  for (auto it = tx->ScanLabel("Event"); it->Next(&id);) {
    auto e = tx->GetNode(id);
    REQUIRE(e);
    const ng::Value& d = e->properties.at("date");
    event_dates[e->properties.at("type").AsString()] =
        d.is_temporal() ? "date " + ng::TemporalToString(d.AsTemporal()) : "text " + d.AsString();
  }
  CHECK(event_dates["talks"] == "date 2024-01-23");
  CHECK(event_dates["agreement"] == "text 2023-08");
  int dated_statements = 0;
  for (auto it = tx->ScanLabel("Statement"); it->Next(&id);) {
    auto st = tx->GetNode(id);
    REQUIRE(st);
    auto d = st->properties.find("date");
    if (d != st->properties.end()) dated_statements += d->second.is_temporal();
  }
  CHECK(dated_statements >= 1);
}

TEST_CASE("a statement keeps the whole sentence it came from") {
  TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  ng::Ingester ingester(store.get(), {});
  ingester.IngestBytes(kArticleA, "a.txt");
  auto tx = store->Begin();
  int found = 0;
  uint64_t id = 0;
  for (auto c = tx->ScanLabel("Statement"); c->Next(&id);) {
    auto s = tx->GetNode(id);
    if (s->properties.at("text").AsString().find("ready to talk") == std::string::npos) continue;
    ++found;
    CHECK(s->properties.at("source").AsString() ==
          "\"We are ready to talk,\" Defense Secretary Lloyd Austin said on Thursday.");
  }
  CHECK(found == 1);
}

TEST_CASE("reported words whose source names no actor are kept without a speaker, a lone quotation is not") {
  TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  ng::Ingester ingester(store.get(), {});
  ingester.IngestBytes(
      "Harvest news\n\nPublished March 3, 2025\n\n"
      "They say the new subsidy will come after the harvest.\n\n"
      "The fair sold out of \"golden\" pears by noon.\n",
      "g.txt");
  auto tx = store->Begin();
  std::map<std::string, std::string> words_of;  // statement text -> speaker_words
  uint64_t id = 0;
  for (auto c = tx->ScanLabel("Statement"); c->Next(&id);) {
    auto s = tx->GetNode(id);
    CHECK(tx->Degree(id, ng::Direction::kIncoming, {"SAID"}) == 0);
    CHECK(tx->Degree(id, ng::Direction::kOutgoing, {"REPORTED_IN"}) == 1);
    auto w = s->properties.find("speaker_words");
    words_of[s->properties.at("text").AsString()] = w == s->properties.end() ? "" : w->second.AsString();
  }
  REQUIRE(words_of.size() == 1);
  CHECK(words_of.begin()->first == "the new subsidy will come after the harvest");
  CHECK(words_of.begin()->second == "They");
}

TEST_CASE("a quotation a passive verb of speech tells of is kept with no speaker, not given to whom it was told") {
  TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  ng::Ingester ingester(store.get(), {});
  ingester.IngestBytes(
      "Harbour news\n\nPublished March 3, 2025\n\n"
      "Skipper Ola Brekke was told: \"Take the boats out of the water before the storm.\"\n",
      "h.txt");
  auto tx = store->Begin();
  std::vector<std::string> texts;
  uint64_t id = 0;
  for (auto c = tx->ScanLabel("Statement"); c->Next(&id);) {
    CHECK(tx->Degree(id, ng::Direction::kIncoming, {"SAID"}) == 0);
    texts.push_back(tx->GetNode(id)->properties.at("text").AsString());
  }
  REQUIRE(texts.size() == 1);
  CHECK(texts[0] == "Take the boats out of the water before the storm.");
}

namespace {

// An article whose only facts are one event of `type` on `date` in which the
// named countries take part, in that order.
ng::ingest::Extraction EventArticle(const std::string& file, const std::vector<std::string>& who) {
  ng::ingest::Extraction x;
  x.article.file = file;
  x.article.content_hash = std::hash<std::string>()(file);
  ng::ingest::EventFact e;
  e.type = "meeting";
  e.label = "talks";
  e.date = "2024-01-20";
  for (const std::string& name : who) {
    ng::ingest::ActorFact a;
    a.name = name;
    a.kind = "country";
    a.mentions = 1;
    e.participants.emplace_back(static_cast<int>(x.actors.size()), "participant");
    x.actors.push_back(a);
  }
  x.events.push_back(e);
  return x;
}

// Writes `articles` in order, each in its own transaction; a fresh event
// index from `resume_at` on, as when an ingest stops there and starts again.
std::string WriteAll(const std::vector<ng::ingest::Extraction>& articles, size_t resume_at) {
  TempDir dir;
  auto store = ng::GraphStore::Open(dir.Sub("db"), {});
  auto lexicon = ng::ingest::Lexicon::LoadDefault();
  auto index = std::make_unique<ng::ingest::EventIndex>();
  for (size_t i = 0; i < articles.size(); ++i) {
    if (i == resume_at) index = std::make_unique<ng::ingest::EventIndex>();
    auto tx = store->Begin();
    ng::ingest::WriteExtraction(tx.get(), articles[i], *lexicon, index.get());
    tx->Commit();
  }
  // Which event each article's event became.
  auto tx = store->Begin();
  std::string out;
  ng::AdjacencyEntry entry;
  for (const auto& x : articles)
    for (ng::NodeId a : tx->FindByName(x.article.file))
      for (auto c = tx->Adjacent(a, ng::Direction::kIncoming, {"REPORTED_IN"}); c->Next(&entry);)
        out += x.article.file + "->" + std::to_string(entry.neighbour) + " ";
  return out;
}

}  // namespace

TEST_CASE("events merge the same way whether an ingest ran once or resumed", "[ingest][events]") {
  // Iran's event and Iraq's are two; the third names both (Iraq first) and
  // joins Iraq's; the fourth names Iran alone: Iran now took part in two
  // events of the same type and date, and the earliest stands for them.
  std::vector<ng::ingest::Extraction> articles = {
      EventArticle("a1.txt", {"Iraq"}), EventArticle("a2.txt", {"Iran"}),
      EventArticle("a3.txt", {"Iraq", "Iran"}), EventArticle("a4.txt", {"Iran"})};
  const std::string once = WriteAll(articles, articles.size());
  for (size_t resume = 1; resume < articles.size(); ++resume) {
    INFO("resumed before article " << resume + 1);
    CHECK(WriteAll(articles, resume) == once);
  }
  // a1, a3 and a4 report one event; a2 its own.
  std::map<std::string, std::string> event_of;
  std::istringstream in(once);
  for (std::string pair; in >> pair;)
    event_of[pair.substr(0, pair.find("->"))] = pair.substr(pair.find("->") + 2);
  CHECK(event_of["a3.txt"] == event_of["a1.txt"]);
  CHECK(event_of["a4.txt"] == event_of["a1.txt"]);
  CHECK(event_of["a2.txt"] != event_of["a1.txt"]);
}

TEST_CASE("the ingest summary counts event mentions and events as stats does") {
  // Once it said 35 events while `stats` counted 29 Event nodes, with no word of why (issue 20).
  TempDir dir;
  std::string in = dir.Sub("in");
  std::filesystem::create_directories(in);
  const char* article =
      "Border clash\n\nPublished January 21, 2024\n\nNorway attacked Sweden on January 20, 2024.\n";
  ng::testing::WriteFile(in + "/one.txt", article);
  ng::testing::WriteFile(in + "/two.txt", article);
  auto r = ng::testing::RunCommand(
      {ng::testing::NewsgraphBinary(), "--db", dir.Sub("db"), "ingest", "--no-progress", in});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find(", 2 event mentions, 1 event\n") != std::string::npos);
  CHECK(r.out.find("the graph now holds") == std::string::npos);  // nothing else was there
  {
    auto store = ng::GraphStore::Open(dir.Sub("db"), {});
    CHECK(CountLabel(store.get(), "Event") == 1);
  }
  // A third article into the same database: its summary is its own, and the
  // graph's totals follow, as `stats` gives them.
  std::string more = dir.Sub("more");
  std::filesystem::create_directories(more);
  ng::testing::WriteFile(more + "/three.txt",
                         "Talks\n\nPublished March 2, 2024\n\nNorway attacked Denmark on March 1, 2024.\n");
  r = ng::testing::RunCommand(
      {ng::testing::NewsgraphBinary(), "--db", dir.Sub("db"), "ingest", "--no-progress", more});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find(", 1 event mention, 1 event\n") != std::string::npos);
  CHECK(r.out.find("statements, 2 events\n") != std::string::npos);
  auto stats = ng::testing::RunCommand({ng::testing::NewsgraphBinary(), "--db", dir.Sub("db"), "stats"});
  std::smatch events;
  REQUIRE(std::regex_search(stats.out, events, std::regex("\n  Event +([0-9]+)\n")));
  CHECK(events[1] == "2");
}
