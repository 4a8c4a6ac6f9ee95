// Crash safety for real: an ingest of a few hundred articles is killed with
// SIGKILL at 30 random moments; after every kill the database opens, passes
// `check`, and holds each article whole or not at all; resuming ends in
// exactly the graph an uninterrupted run gives.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <random>
#include <sstream>
#include <thread>

#include "graph/graph_store.h"
#include "test_util.h"

using namespace ng;
namespace fs = std::filesystem;

namespace {

// Articles made from the samples' paragraphs, shuffled and renumbered, so the
// corpus is article-like but every file differs.
void WriteCorpus(const std::string& dir, int count) {
  std::vector<std::vector<std::string>> samples;
  for (const auto& e : fs::directory_iterator(testing::SourceDir() + "/samples")) {
    if (e.path().extension() != ".txt") continue;
    std::istringstream in(testing::ReadFile(e.path().string()));
    std::vector<std::string> paragraphs;
    for (std::string line; std::getline(in, line);)
      if (line.size() > 40) paragraphs.push_back(line);
    samples.push_back(paragraphs);
  }
  std::sort(samples.begin(), samples.end());
  std::mt19937 rng(7);
  fs::create_directories(dir);
  for (int i = 0; i < count; ++i) {
    const auto& base = samples[i % samples.size()];
    std::vector<std::string> body(base.begin(), base.end());
    std::shuffle(body.begin() + 1, body.end(), rng);
    std::ostringstream out;
    out << "Report number " << i << " on the talks\n\n";
    for (const auto& p : body) out << p << "\n\n";
    char name[32];
    std::snprintf(name, sizeof name, "/a%04d.txt", i);
    testing::WriteFile(dir + name, out.str());
  }
}

pid_t Spawn(const std::vector<std::string>& argv) {
  pid_t pid = fork();
  if (pid == 0) {
    int devnull = open("/dev/null", O_WRONLY);
    dup2(devnull, 1);
    dup2(devnull, 2);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    execv(args[0], args.data());
    _exit(127);
  }
  return pid;
}

// Statements per article file, read through the store.
std::map<std::string, int> StatementsPerArticle(const std::string& db) {
  OpenOptions ro;
  ro.read_only = true;
  auto store = GraphStore::Open(db, ro);
  auto txn = store->Begin();
  std::map<std::string, int> out;
  uint64_t id;
  for (auto c = txn->ScanLabel("Article"); c->Next(&id);) {
    auto article = txn->GetNode(id);
    out[article->properties.at("file").AsString()] =
        static_cast<int>(txn->Degree(id, Direction::kIncoming, {"REPORTED_IN"}));
  }
  return out;
}

std::string Export(const std::string& db) {
  auto r = testing::RunCommand({testing::NewsgraphBinary(), "--db", db, "export"});
  REQUIRE(r.exit_code == 0);
  return r.out;
}

}  // namespace

TEST_CASE("ingest killed 30 times resumes to the uninterrupted graph", "[reliability][crash]") {
  testing::TempDir dir;
  const std::string corpus = dir.Sub("corpus"), ng = testing::NewsgraphBinary();
  WriteCorpus(corpus, 300);

  const std::string reference_db = dir.Sub("reference");
  auto start = std::chrono::steady_clock::now();
  REQUIRE(testing::RunCommand({ng, "--db", reference_db, "ingest", "--no-progress", corpus})
              .exit_code == 0);
  double full_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const std::string reference = Export(reference_db);
  const auto reference_counts = StatementsPerArticle(reference_db);
  REQUIRE(reference_counts.size() == 300);

  const std::string db = dir.Sub("db");
  std::mt19937 rng(2024);
  int kills = 0;
  size_t present = 0;
  for (int round = 0; round < 30; ++round) {
    // Kill somewhere in what is left to do, so that most rounds interrupt work.
    double left = full_seconds * (1.0 - present / 300.0);
    std::uniform_real_distribution<double> moment(0.005, std::max(0.02, left * 0.9));
    pid_t pid = Spawn({ng, "--db", db, "ingest", "--no-progress", corpus});
    std::this_thread::sleep_for(std::chrono::duration<double>(moment(rng)));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) ++kills;

    auto check = testing::RunCommand({ng, "--db", db, "check"});
    INFO("round " << round << ": " << check.err);
    REQUIRE(check.exit_code == 0);
    // Every article present holds exactly the statements the full run gave it.
    const auto counts = StatementsPerArticle(db);
    present = counts.size();
    for (const auto& [file, statements] : counts) {
      INFO(file);
      CHECK(statements == reference_counts.at(file));
    }
  }
  CHECK(kills >= 20);  // most rounds really killed a running ingest

  REQUIRE(testing::RunCommand({ng, "--db", db, "ingest", "--no-progress", corpus}).exit_code == 0);
  CHECK(Export(db) == reference);
}
