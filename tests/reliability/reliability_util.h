// tests/reliability/reliability_util.h — a generated article corpus and
// child processes for the concurrency, runaway and curation-kill tests.
#ifndef NEWSGRAPH_TESTS_RELIABILITY_RELIABILITY_UTIL_H_
#define NEWSGRAPH_TESTS_RELIABILITY_RELIABILITY_UTIL_H_

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace ng::testing {

// Articles made from the samples' paragraphs, shuffled and renumbered, so the
// corpus is article-like but every file differs.
inline void WriteArticleCorpus(const std::string& dir, int count, unsigned seed) {
  namespace fs = std::filesystem;
  std::vector<std::vector<std::string>> samples;
  for (const auto& e : fs::directory_iterator(SourceDir() + "/samples")) {
    if (e.path().extension() != ".txt") continue;
    std::istringstream in(ReadFile(e.path().string()));
    std::vector<std::string> paragraphs;
    for (std::string line; std::getline(in, line);)
      if (line.size() > 40) paragraphs.push_back(line);
    samples.push_back(paragraphs);
  }
  std::sort(samples.begin(), samples.end());
  std::mt19937 rng(seed);
  fs::create_directories(dir);
  for (int i = 0; i < count; ++i) {
    std::vector<std::string> body = samples[i % samples.size()];
    std::shuffle(body.begin() + 1, body.end(), rng);
    std::ostringstream out;
    out << "Report number " << i << " on the talks\n\n";
    for (const auto& p : body) out << p << "\n\n";
    char name[32];
    std::snprintf(name, sizeof name, "/a%04d.txt", i);
    WriteFile(dir + name, out.str());
  }
}

// Starts `argv` with stdout and stderr sent to /dev/null; returns its pid.
inline pid_t SpawnQuiet(const std::vector<std::string>& argv) {
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

// True while the child runs; false (and its status in *status) once it ended.
inline bool StillRunning(pid_t pid, int* status) {
  return waitpid(pid, status, WNOHANG) == 0;
}

// Splits CSV output of `newsgraph query -F csv` with plain (unquoted) cells.
inline std::vector<std::vector<std::string>> CsvRows(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::vector<std::string> cells;
    std::istringstream cell_in(line);
    for (std::string cell; std::getline(cell_in, cell, ',');) cells.push_back(cell);
    rows.push_back(cells);
  }
  return rows;
}

}  // namespace ng::testing

#endif  // NEWSGRAPH_TESTS_RELIABILITY_RELIABILITY_UTIL_H_
