// shell/commands.h — the subcommands of the newsgraph CLI.
//
// main.cc parses the command line with CLI11 (kept to that one file) into the
// plain structs below and calls the matching Run function. Each Run function
// lives in its own file (cmd_<name>.cc), returns the process exit code and
// lets ng::Error escape: main prints it as one line on stderr.
#ifndef NEWSGRAPH_SHELL_COMMANDS_H_
#define NEWSGRAPH_SHELL_COMMANDS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace ng::cli {

struct GlobalOptions {
  std::string db = "newsgraph.db";
  std::string max_memory = "auto";  // shell/memory_budget.h
};

struct IngestArgs {
  std::vector<std::string> paths;        // files and folders (recursive)
  std::vector<std::string> actor_files;  // extra actor dictionaries
  bool progress = true;                  // a progress bar when stderr is a terminal
  int jobs = 0;                          // threads analysing articles; 0: one per core
};

struct QueryArgs {
  std::string query;
  std::string format = "table";
  std::vector<std::string> params;  // NAME=LITERAL
  double timeout_seconds = 0;
  uint64_t max_rows = 0;
  uint64_t max_expansions = 100'000'000;  // relationships visited; 0: no cap
};

struct ExportArgs {
  std::string format = "jsonl";  // jsonl, dot, svg, png, pdf
  std::string output;            // empty: stdout
  std::string query;             // dot/svg/...: only this query's elements
  size_t max_nodes = 500;        // svg/png/pdf: larger diagrams are refused
};

struct ImportArgs {
  std::string format = "jsonl";     // jsonl, csv
  std::string file;                 // jsonl
  std::string nodes;                // csv
  std::string relationships;        // csv
  bool progress = true;
};

struct ShellArgs {
  std::vector<std::string> commands;  // -c: run these and exit
  std::string file;                   // -f: run this file and exit
  bool keep_going = false;            // batch: do not stop at the first error
  std::string mode;                   // initial output mode
  // --init: statements and dot-commands run first (sqlite3's -init); unset:
  // ~/.newsgraphrc when the session is interactive and the file is there.
  std::string init;
};

struct SaidArgs {
  std::string by;
  std::string about;
  bool matrix = false;
  bool context = false;          // each statement's paragraph, its words marked
  bool legend = false;           // --format dot: the words of each pair in a box beside it
  std::string format = "table";  // table, csv, json, jsonl, dot
  std::string output;
};

struct EventsArgs {
  std::string by;        // the event's agent
  std::string against;   // its target
  std::string with;      // any side
  std::string category;  // one of the event guideline's categories
  std::string format = "table";
  std::string output;
};

struct ReportArgs {
  std::string by;
  std::string about;
  std::string query;   // only the statements this query returns
  std::string output;  // the HTML file (required)
};

struct CheckArgs {
  bool verbose = false;
};

struct NlpArgs {
  std::string action;   // parse, cues, eval, train
  std::string models;   // folder of the models (default: Pipeline::DefaultDir())
  std::string file;     // eval: the CoNLL-U file
  bool raw = false;     // eval: from the raw text
  std::string names;    // eval: an IOB2 file to score names on; train: to train on
  std::string treebank; // train: CoNLL-U training split
  std::string dev;      // train: CoNLL-U dev split to report on
  int threads = 2;      // train
};

int RunIngest(const GlobalOptions& global, const IngestArgs& args);
int RunQuery(const GlobalOptions& global, const QueryArgs& args);
int RunExport(const GlobalOptions& global, const ExportArgs& args);
int RunImport(const GlobalOptions& global, const ImportArgs& args);
int RunStats(const GlobalOptions& global);
int RunShell(const GlobalOptions& global, const ShellArgs& args);
int RunSaid(const GlobalOptions& global, const SaidArgs& args);
int RunEvents(const GlobalOptions& global, const EventsArgs& args);
int RunCheck(const GlobalOptions& global, const CheckArgs& args);
int RunReport(const GlobalOptions& global, const ReportArgs& args);
int RunNlp(const NlpArgs& args);
int RunRepair(const GlobalOptions& global);

struct ActorsArgs {
  std::string action;               // merge, split
  std::string actor;                // merge: the actor kept; split: the actor to split
  std::vector<std::string> names;   // merge: actors merged into it; split: names split off
};
int RunActors(const GlobalOptions& global, const ActorsArgs& args);

}  // namespace ng::cli

#endif  // NEWSGRAPH_SHELL_COMMANDS_H_
