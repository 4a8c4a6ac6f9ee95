// shell/main.cc — the newsgraph executable: command-line parsing only.
//
// CLI11 is confined to this file (it is slow to compile). Subcommands are a
// table: each row names the command, describes it, declares its options and
// says which Run function executes it.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <iostream>
#include <memory>
#include <new>
#include <string>
#include <unistd.h>

#include "graph/error.h"
#include "shell/commands.h"
#include "shell/export_formats.h"
#include "shell/memory_budget.h"
#include "shell/suggest.h"

namespace {

using ng::cli::GlobalOptions;

// Parsed options of every subcommand; only the chosen one is used.
struct Parsed {
  GlobalOptions global;
  ng::cli::IngestArgs ingest;
  ng::cli::QueryArgs query;
  ng::cli::ExportArgs export_args;
  ng::cli::ImportArgs import_args;
  ng::cli::ShellArgs shell;
  ng::cli::SaidArgs said;
  ng::cli::EventsArgs events;
  ng::cli::CheckArgs check;
  ng::cli::ReportArgs report;
  ng::cli::NlpArgs nlp;
  ng::cli::ActorsArgs actors;
};

struct Command {
  const char* name;
  const char* description;
  const char* examples;  // the end of its --help, and of the man page's section
  std::function<void(CLI::App*, Parsed*)> declare;
  std::function<int(const Parsed&)> run;
};

const std::vector<Command>& CommandTable() {
  static const std::vector<Command> table = {
      {"ingest", "Read news articles (text or HTML, files or folders) into the graph",
       "Examples:\n"
          "  newsgraph --db news.db ingest samples/\n"
          "  newsgraph --db news.db ingest --jobs 2 --actors my-actors.json articles/\n",
       [](CLI::App* c, Parsed* p) {
         c->add_option("paths", p->ingest.paths, "Files and folders to ingest")->required();
         c->add_option("--actors", p->ingest.actor_files, "Extra actor dictionary (repeatable)")
             ->check(CLI::ExistingFile);
         c->add_flag("!--no-progress", p->ingest.progress, "Do not draw a progress bar");
         c->add_option("-j,--jobs", p->ingest.jobs,
                       "Threads analysing articles (default: one per core); the graph is the same")
             ->check(CLI::Range(1, 256));
       },
       [](const Parsed& p) { return ng::cli::RunIngest(p.global, p.ingest); }},
      {"query", "Run one query and print its result",
       "Examples:\n"
          "  newsgraph --db news.db query \"WHO SAID ABOUT 'United States'\"\n"
          "  newsgraph --db news.db query -F csv \"MATCH (a:Actor) RETURN a.name, a.kind\"\n"
          "  newsgraph --db news.db query -p who='Iraq' \"MATCH (a:Actor {name: $who}) RETURN a\"\n",
       [](CLI::App* c, Parsed* p) {
         c->add_option("query", p->query.query, "The query text")->required();
         c->add_option("--format,-F", p->query.format,
                       "table, box, markdown, line, list, tsv, csv, json or jsonl (tables fit the "
                       "terminal, or $COLUMNS)")
             ->capture_default_str();
         c->add_option("--param,-p", p->query.params, "Parameter NAME=VALUE (a Cypher literal)");
         c->add_option("--timeout", p->query.timeout_seconds, "Stop after this many seconds");
         c->add_option("--max-rows", p->query.max_rows, "Stop after this many result rows");
         c->add_option("--max-expansions", p->query.max_expansions,
                       "Stop after visiting this many relationships (0: no cap)")
             ->capture_default_str();
       },
       [](const Parsed& p) { return ng::cli::RunQuery(p.global, p.query); }},
      {"shell", "Interactive query shell (or batch: -c, -f, or statements on stdin)",
       "Examples:\n"
          "  newsgraph --db news.db shell\n"
          "  newsgraph --db news.db shell -c \"MATCH (a:Actor) RETURN count(a)\" --mode json\n"
          "  newsgraph --db news.db shell -f script.cypher --keep-going\n"
          "\n"
          "Files:\n"
          "  ~/.newsgraphrc          run before the first prompt on a terminal (--init FILE instead)\n"
          "  ~/.newsgraph_history    the statements typed, one entry each\n",
       [](CLI::App* c, Parsed* p) {
         c->add_option("-c,--command", p->shell.commands, "Run this statement and exit");
         c->add_option("-f,--file", p->shell.file, "Run the statements in FILE and exit")
             ->check(CLI::ExistingFile);
         c->add_flag("--keep-going", p->shell.keep_going, "In batch mode, go on after an error");
         c->add_option("--mode", p->shell.mode,
                       "Output mode: table, box, markdown, line, list, tsv, csv, json, jsonl, dot");
         c->add_option("--init", p->shell.init,
                       "Run FILE first (default on a terminal: ~/.newsgraphrc, when there is one)")
             ->check(CLI::ExistingFile);
       },
       [](const Parsed& p) { return ng::cli::RunShell(p.global, p.shell); }},
      {"export", "Write the graph (or a query's part of it) as JSONL, DOT, SVG, PNG or PDF",
       "Examples:\n"
          "  newsgraph --db news.db export --format jsonl -o graph.jsonl\n"
          "  newsgraph --db news.db export --format svg -q \"NEIGHBOURS OF 'coalition' DEPTH 2 VIA PARTICIPATED_IN\" -o c.svg\n"
          "  newsgraph --db news.db export --format csv -o neo4j-import/\n",
       [](CLI::App* c, Parsed* p) {
         std::string names;
         for (const auto& f : ng::cli::ExportFormats()) names += std::string(names.empty() ? "" : ", ") + f.name;
         c->add_option("--format,-F", p->export_args.format, names)->capture_default_str();
         c->add_option("-o,--output", p->export_args.output, "Output file (default: stdout); for csv a folder");
         c->add_option("--query,-q", p->export_args.query, "Only the elements of this query");
         c->add_option("--max-nodes", p->export_args.max_nodes,
                       "svg, png, pdf: refuse a diagram of more nodes or relationships (0: any)")
             ->capture_default_str();
       },
       [](const Parsed& p) { return ng::cli::RunExport(p.global, p.export_args); }},
      {"import", "Load a graph from JSONL (export format) or CSV files",
       "Examples:\n"
          "  newsgraph --db copy.db import graph.jsonl\n"
          "  newsgraph --db copy.db import --format csv --nodes nodes.csv --relationships rels.csv\n",
       [](CLI::App* c, Parsed* p) {
         c->add_option("file", p->import_args.file, "JSONL file (--format jsonl)");
         c->add_option("--format,-F", p->import_args.format, "jsonl or csv")->capture_default_str();
         c->add_option("--nodes", p->import_args.nodes, "Node CSV file (--format csv)");
         c->add_option("--relationships", p->import_args.relationships,
                       "Relationship CSV file (--format csv)");
         c->add_flag("!--no-progress", p->import_args.progress, "Do not draw a progress bar");
       },
       [](const Parsed& p) { return ng::cli::RunImport(p.global, p.import_args); }},
      {"stats", "Counts per label and relationship type, and size on disk",
       "Examples:\n"
          "  newsgraph --db news.db stats\n",
       [](CLI::App*, Parsed*) {}, [](const Parsed& p) { return ng::cli::RunStats(p.global); }},
      {"said", "Who said what about whom",
       "Examples:\n"
          "  newsgraph --db news.db said --about 'United States'\n"
          "  newsgraph --db news.db said --by Sudani --context\n"
          "  newsgraph --db news.db said --matrix\n"
          "  newsgraph --db news.db said --about Iraq --format dot | dot -Tsvg -o iraq.svg\n",
       [](CLI::App* c, Parsed* p) {
         c->add_option("--by", p->said.by, "Only statements by this speaker");
         c->add_option("--about", p->said.about, "Only statements about this actor");
         c->add_flag("--matrix", p->said.matrix, "Speakers by targets, with counts");
         c->add_flag("--context", p->said.context,
                     "Each statement's paragraph, its words and speaker marked");
         c->add_flag("--legend", p->said.legend,
                     "With --format dot: each pair's words in a numbered box beside the diagram");
         c->add_option("--format,-F", p->said.format,
                       "table, box, markdown, line, list, tsv, csv, json, jsonl or dot")
             ->capture_default_str();
         c->add_option("-o,--output", p->said.output, "Output file (default: stdout)");
       },
       [](const Parsed& p) { return ng::cli::RunSaid(p.global, p.said); }},
      {"events", "Who did what to whom: events by, against or with an actor",
       "Examples:\n"
          "  newsgraph --db news.db events --by 'United States'\n"
          "  newsgraph --db news.db events --against 'Kataib Hezbollah' --format csv\n"
          "  newsgraph --db news.db events --with Iraq --category CONSULT\n",
       [](CLI::App* c, Parsed* p) {
         c->add_option("--by", p->events.by, "Only events this actor carried out (its agent)");
         c->add_option("--against", p->events.against, "Only events aimed at this actor (its target)");
         c->add_option("--with", p->events.with, "Only events this actor took part in, in any role");
         c->add_option("--category", p->events.category, "Only events of this category");
         c->add_option("--format,-F", p->events.format,
                       "table, box, markdown, line, list, tsv, csv, json or jsonl")
             ->capture_default_str();
         c->add_option("-o,--output", p->events.output, "Output file (default: stdout)");
       },
       [](const Parsed& p) { return ng::cli::RunEvents(p.global, p.events); }},
      {"report", "Who said what as one self-contained HTML page, with each statement's paragraph",
       "Examples:\n"
          "  newsgraph --db news.db report --about 'United States' -o us.html\n",
       [](CLI::App* c, Parsed* p) {
         c->add_option("--by", p->report.by, "Only statements by this speaker");
         c->add_option("--about", p->report.about, "Only statements about this actor");
         c->add_option("--query,-q", p->report.query, "Only the statements this query returns");
         c->add_option("-o,--output", p->report.output, "The HTML file to write")->required();
       },
       [](const Parsed& p) { return ng::cli::RunReport(p.global, p.report); }},
      {"check", "Verify the store's invariants; exit non-zero on any violation",
       "Examples:\n"
          "  newsgraph --db news.db check --verbose\n",
       [](CLI::App* c, Parsed* p) { c->add_flag("-v,--verbose", p->check.verbose, "List every check"); },
       [](const Parsed& p) { return ng::cli::RunCheck(p.global, p.check); }},
      {"repair", "Recover what a damaged database still holds, after keeping a copy of it",
       "Examples:\n"
          "  newsgraph --db news.db repair\n",
       [](CLI::App*, Parsed*) {},
       [](const Parsed& p) { return ng::cli::RunRepair(p.global); }},
      {"actors", "Merge two actors ingest kept apart, or split one it joined",
       "Examples:\n"
          "  newsgraph --db news.db actors merge 'Iraqi officials' 'many Iraqi officials'\n"
          "  newsgraph --db news.db actors split 'Iraqi officials' 'many Iraqi officials'\n",
       [](CLI::App* c, Parsed* p) {
         c->require_subcommand(1);
         CLI::App* merge = c->add_subcommand(
             "merge", "Move every relationship of OTHER to ACTOR; OTHER's names become its aliases");
         merge->add_option("actor", p->actors.actor, "The actor kept (a name, an alias or #ID)")->required();
         merge->add_option("others", p->actors.names, "The actors merged into it")->required();
         merge->callback([p] { p->actors.action = "merge"; });
         CLI::App* split = c->add_subcommand("split", "Undo `actors merge`: NAME is an actor of its own again");
         split->add_option("actor", p->actors.actor, "The actor something was merged into")->required();
         split->add_option("names", p->actors.names, "The names merged into it to split off")->required();
         split->callback([p] { p->actors.action = "split"; });
       },
       [](const Parsed& p) { return ng::cli::RunActors(p.global, p.actors); }},
      {"nlp", "English syntax: parse text to CoNLL-U, score or train the models",
       "Examples:\n"
          "  echo 'The minister said talks would resume.' | newsgraph nlp parse\n"
          "  echo 'The minister said talks would resume.' | newsgraph nlp cues\n",
       [](CLI::App* c, Parsed* p) {
         c->require_subcommand(1);
         c->add_option("--models", p->nlp.models, "Folder of the trained models");
         CLI::App* parse = c->add_subcommand("parse", "Read text on stdin, print its parse as CoNLL-U");
         parse->callback([p] { p->nlp.action = "parse"; });
         CLI::App* cues = c->add_subcommand(
             "cues", "Read text on stdin, print the attributions its parse holds (cue, source, content)");
         cues->callback([p] { p->nlp.action = "cues"; });
         CLI::App* eval = c->add_subcommand("eval", "Score the models on a CoNLL-U file (one JSON line)");
         eval->add_option("file", p->nlp.file, "CoNLL-U file with gold annotation")->required();
         eval->add_flag("--raw", p->nlp.raw, "From the raw text: own tokens and sentences");
         eval->add_option("--names", p->nlp.names, "Also score names on this IOB2 file");
         eval->callback([p] { p->nlp.action = "eval"; });
         CLI::App* train = c->add_subcommand("train", "Train every model (scripts/train-nlp)");
         train->add_option("--treebank", p->nlp.treebank, "CoNLL-U training split")->required();
         train->add_option("--dev", p->nlp.dev, "CoNLL-U dev split to report scores on");
         train->add_option("--names", p->nlp.names, "IOB2 names to train the name finder on")->required();
         train->add_option("--out", p->nlp.models, "Folder to write the models to")->required();
         train->add_option("--threads", p->nlp.threads, "Threads")->capture_default_str();
         train->callback([p] { p->nlp.action = "train"; });
       },
       [](const Parsed& p) { return ng::cli::RunNlp(p.nlp); }},
  };
  return table;
}

}  // namespace

namespace {

int RunNewsgraph(int argc, char** argv) {
  CLI::App app{"newsgraph — a knowledge graph of who did and said what in the news"};
  app.set_version_flag("--version", std::string("newsgraph ") + NEWSGRAPH_VERSION);
  app.require_subcommand(1);
  app.footer(
      "Examples:\n"
      "  newsgraph --db news.db ingest samples/\n"
      "  newsgraph --db news.db query \"WHO SAID ABOUT 'United States'\"\n"
      "  newsgraph --db news.db shell\n"
      "\n"
      "Help:\n"
      "  newsgraph help COMMAND (or COMMAND --help): a command's options and examples\n"
      "  man newsgraph: every command; in the shell, .help\n"
      "\n"
      "Exit status:\n"
      "  0 success (an empty answer too), 1 the work failed, 2 the command line cannot be read\n");
  auto parsed = std::make_unique<Parsed>();
  app.add_option("--db", parsed->global.db, "Database directory")->capture_default_str();
  app.add_option("--max-memory", parsed->global.max_memory,
                 "Memory budget (2G, 512M, 0: none; auto: a quarter of RAM, at least 1G)")
      ->capture_default_str();

  // `newsgraph help` (and `newsgraph help COMMAND`) as people type it.
  if (argc >= 2 && std::string(argv[1]) == "help") {
    // A topic that is no command printed the whole help, exit 0.
    if (argc >= 3) {
      std::vector<std::string> commands;
      for (const Command& command : CommandTable()) commands.push_back(command.name);
      if (std::find(commands.begin(), commands.end(), argv[2]) == commands.end()) {
        std::string near = ng::cli::NearestName(argv[2], commands);
        std::cerr << "newsgraph: no help on '" << argv[2] << "'"
                  << (near.empty() ? "" : "; did you mean '" + near + "'?") << " (newsgraph help lists the commands)\n";
        return 2;
      }
    }
    std::vector<char*> args = {argv[0]};
    for (int i = 2; i < argc; ++i) args.push_back(argv[i]);
    args.push_back(const_cast<char*>("--help"));
    return RunNewsgraph(static_cast<int>(args.size()), args.data());
  }
  const Command* chosen = nullptr;
  for (const Command& command : CommandTable()) {
    CLI::App* sub = app.add_subcommand(command.name, command.description);
    // Before declare: its own subcommands (actors merge, nlp eval) inherit it.
    sub->footer(command.examples);
    command.declare(sub, parsed.get());
    sub->callback([&chosen, &command] { chosen = &command; });
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // CLI11 prints the message; its own codes (105, 106, 109 …) say the same
    // thing many ways: a command line that cannot be read exits 2, as grep
    // and the shells do, every other failure 1, help and --version 0.
    int code = app.exit(e) == 0 ? 0 : 2;
    // "newsgraph qurey": the command meant.
    std::vector<std::string> commands = {"help"};
    for (const Command& command : CommandTable()) commands.push_back(command.name);
    for (int i = 1; i < argc && code != 0; ++i) {
      std::string word = argv[i];
      if (word == "--db" || word == "--max-memory") {
        ++i;
        continue;
      }
      if (word.empty() || word[0] == '-') continue;
      if (std::find(commands.begin(), commands.end(), word) != commands.end()) break;
      std::string near = ng::cli::NearestName(word, commands);
      if (!near.empty())
        std::cerr << "newsgraph: no command '" << word << "'; did you mean '" << near << "'?\n";
      break;
    }
    // "ingest -draft.txt": a file whose name starts with '-' reads as an option.
    for (int i = 1; i < argc && code != 0; ++i)
      if (argv[i][0] == '-' && argv[i][1] != '-' && std::filesystem::exists(argv[i]))
        std::cerr << "newsgraph: '" << argv[i] << "' is read as an option; put file names that start "
                  << "with '-' after `--` (newsgraph ingest -- " << argv[i] << ")\n";
    return code;
  }
  uint64_t budget = 0;
  try {
    budget = ng::cli::ParseMemoryBudget(parsed->global.max_memory);
    ng::cli::ApplyMemoryBudget(budget);
    int code = chosen->run(*parsed);
    // Whatever a command printed must have reached its reader: a full disk
    // or closed pipe behind stdout is a failure, not exit 0.
    std::cout.flush();
    if (!std::cout || std::fflush(stdout) != 0 || std::ferror(stdout))
      throw ng::Error(ng::ErrorKind::kIo, "cannot write standard output");
    return code;
  } catch (const ng::Error& e) {
    std::cerr << "newsgraph: " << ng::ErrorKindName(e.kind()) << ": " << e.what() << "\n";
    return 1;
  } catch (const std::bad_alloc&) {
    // Whatever was being written was not committed: the database is as before.
    std::cerr << "newsgraph: Limit: out of memory: the work needed more than the memory budget of "
              << ng::cli::DescribeBytes(budget) << " (--max-memory); nothing was changed\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "newsgraph: internal error: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace

int main(int argc, char** argv) { return RunNewsgraph(argc, argv); }
