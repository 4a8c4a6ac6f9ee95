// The shell's dot-commands, as a table: name, arguments, help, handler.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <functional>
#include <sstream>

#include "query/statement_rows.h"
#include "shell/dot_writer.h"
#include "shell/session.h"
#include "shell/text_cells.h"
#include "shell/statement_context.h"
#include "shell/suggest.h"

namespace ng::cli {

namespace {

using Args = std::vector<std::string>;

struct DotCommand {
  const char* name;
  const char* usage;
  const char* help;
  std::function<void(Session&, const Args&, const std::string& rest)> run;
};

ResultSet Ask(Session& s, const std::string& query, const std::map<std::string, ResultValue>& p) {
  QueryOptions options;
  options.parameters = p;
  return s.Run(query, options);  // .export dot FILE QUERY may be given one that writes
}

void Show(Session& s, const ResultSet& r) {
  s.Show(r);
  s.EndOfResult();
}

void Headers(Session& s, const Args& a, const std::string&) {
  if (a.size() != 1 || (a[0] != "on" && a[0] != "off"))
    throw Error(ErrorKind::kInvalidArgument, "usage: .headers on|off");
  s.headers = a[0] == "on";
}

void NullValue(Session& s, const Args& a, const std::string&) {
  // ".nullvalue" alone goes back to the default; '' makes null read as nothing.
  if (a.empty()) {
    s.null_text.reset();
    return;
  }
  std::string text;
  for (const std::string& w : a) text += (text.empty() ? "" : " ") + w;
  s.null_text = text;
}

void Once(Session& s, const Args& a, const std::string&) {
  if (a.size() != 1) throw Error(ErrorKind::kInvalidArgument, "usage: .once FILE");
  s.SetOutputOnce(a[0]);
}

void Schema(Session& s, const Args&, const std::string&) {
  StoreCounts c = s.store()->Begin()->Counts();
  ResultSet r;
  r.has_return = true;
  r.columns = {"kind", "name", "count"};
  for (const auto& [l, n] : c.per_label)
    r.rows.push_back({ResultValue(std::string("label")), ResultValue(l), ResultValue(int64_t(n))});
  for (const auto& [t, n] : c.per_type)
    r.rows.push_back({ResultValue(std::string("relationship")), ResultValue(t), ResultValue(int64_t(n))});
  // Which label owns which key, with the nodes that have it (kept counts);
  // a database from before they were kept lists the sampled keys alone.
  for (const auto& k : c.per_key)
    r.rows.push_back({ResultValue(std::string("property key")), ResultValue(k.label + "." + k.key),
                      ResultValue(int64_t(k.nodes))});
  if (c.per_key.empty())
    for (const auto& k : s.vocabulary().keys)
      r.rows.push_back({ResultValue(std::string("property key")), ResultValue(k), ResultValue()});
  Show(s, r);
}

void Actors(Session& s, const Args& a, const std::string&) {
  Show(s, Ask(s,
              "MATCH (a:Actor) WHERE $p IS NULL OR toLower(a.name) CONTAINS toLower($p) "
              "OPTIONAL MATCH (a)-[:SAID]->(st:Statement) "
              "RETURN a.name AS name, a.kind AS kind, a.aliases AS aliases, count(st) AS statements "
              "ORDER BY statements DESC, name",
              {{"p", a.empty() ? ResultValue() : ResultValue(a[0])}}));
}

// The statement as `said --context` shows it (its kind as the listings do).
std::string ContextQuery() {
  return std::string("MATCH (speaker)-[:SAID]->(s:Statement) WHERE id(s) = $id "
                     "OPTIONAL MATCH (s)-[:REPORTED_IN]->(a:Article) "
                     "OPTIONAL MATCH (s)-[:ABOUT]->(t) "
                     "RETURN id(s) AS id, speaker.name AS speaker, ") +
         query::kStatementKindShown +
         " AS kind, a.outlet AS outlet, a.file AS article, coalesce(s.date, a.published) AS date, "
         "       collect(DISTINCT coalesce(t.name, t.label)) AS about";
}

void Context(Session& s, const Args& a, const std::string&) {
  if (a.size() != 1 || a[0].empty() || a[0].find_first_not_of("0123456789") != std::string::npos ||
      a[0].size() > 18)
    throw Error(ErrorKind::kInvalidArgument, "usage: .context ID (a statement's id)");
  const int64_t id = std::stoll(a[0]);
  auto txn = s.store()->Begin();
  FindContext(*txn, static_cast<NodeId>(id));  // kNotFound when it is no statement
  ResultSet r = Ask(s, ContextQuery(), {{"id", ResultValue(id)}});
  WriteInContext(r, *txn, s.color && &s.out() == &std::cout, s.View().width, s.out());
  s.EndOfResult();
}

std::string ModeUsage() {
  std::string usage;
  for (const std::string& m : ModeNames()) usage += m + "|";
  return usage + "dot";
}

void Mode(Session& s, const Args& a, const std::string&) {
  if (a.empty()) {  // as in sqlite3: the mode in use
    s.out() << "current output mode: " << s.mode << "\n";
    return;
  }
  if (a.size() != 1) throw Error(ErrorKind::kInvalidArgument, "usage: .mode " + ModeUsage());
  if (a[0] != "dot") {
    std::vector<std::string> names = ModeNames();
    names.push_back("dot");
    if (std::find(names.begin(), names.end(), a[0]) == names.end()) {
      std::string near = NearestName(a[0], names);
      throw Error(ErrorKind::kInvalidArgument, "unknown mode '" + a[0] + "'" +
                                                   (near.empty() ? "" : "; did you mean " + near + "?") +
                                                   " (usage: .mode " + ModeUsage() + ")");
    }
  }
  s.mode = a[0];
}

// A width: digits only, at most 5 of them.
std::optional<size_t> Width(const std::string& w) {
  if (w.empty() || w.size() > 5 || w.find_first_not_of("0123456789") != std::string::npos)
    return std::nullopt;
  return static_cast<size_t>(std::stoul(w));
}

void MaxWidth(Session& s, const Args& a, const std::string&) {
  if (a.empty()) {  // back to the terminal's width
    s.max_width.reset();
    return;
  }
  auto w = a.size() == 1 ? Width(a[0]) : std::nullopt;
  if (!w) throw Error(ErrorKind::kInvalidArgument, "usage: .maxwidth [N] (0: no limit; alone: the terminal's width)");
  s.max_width = *w;
}

void ColumnWidths(Session& s, const Args& a, const std::string&) {
  std::vector<size_t> widths;
  for (const std::string& arg : a) {
    auto w = Width(arg);
    if (!w) throw Error(ErrorKind::kInvalidArgument, "usage: .width [N…] (a width per column, 0: automatic)");
    widths.push_back(*w);
  }
  s.column_widths = widths;
}

void Pager(Session& s, const Args& a, const std::string&) {
  if (a.size() != 1 || (a[0] != "on" && a[0] != "off"))
    throw Error(ErrorKind::kInvalidArgument, "usage: .pager on|off");
  s.pager = a[0] == "on";
}

void Output(Session& s, const Args& a, const std::string&) {
  s.SetOutput(a.empty() ? "" : a[0]);
}

void Read(Session& s, const Args& a, const std::string&) {
  if (a.size() != 1) throw Error(ErrorKind::kInvalidArgument, "usage: .read FILE");
  std::ifstream in(a[0]);
  if (!in) throw Error(ErrorKind::kNotFound, "cannot read " + a[0]);
  std::stringstream text;
  text << in.rdbuf();
  if (!s.RunScript(text.str(), false))
    throw Error(ErrorKind::kInvalidArgument, ".read " + a[0] + " stopped at the error above");
}

void Timer(Session& s, const Args& a, const std::string&) {
  if (a.size() != 1 || (a[0] != "on" && a[0] != "off"))
    throw Error(ErrorKind::kInvalidArgument, "usage: .timer on|off");
  s.timer = a[0] == "on";
}

void Param(Session& s, const Args& a, const std::string& rest) {
  if (!a.empty() && a[0] == "set" && a.size() >= 3) {
    // The value is everything after the name: .param set who 'Sudani'
    size_t name_at = rest.find(a[1], rest.find("set") + 3);
    std::string value = rest.substr(name_at + a[1].size());
    s.parameters[a[1]] = ParseParameterLiteral(value);
  } else if (!a.empty() && a[0] == "list") {
    for (const auto& [k, v] : s.parameters) s.out() << "$" << k << " = " << ResultValueToJson(v) << "\n";
  } else if (!a.empty() && a[0] == "clear") {
    s.parameters.clear();
  } else {
    throw Error(ErrorKind::kInvalidArgument, "usage: .param set NAME VALUE | .param list | .param clear");
  }
}

void ExportDot(Session& s, const Args& a, const std::string& rest) {
  if (a.size() < 3 || a[0] != "dot")
    throw Error(ErrorKind::kInvalidArgument, "usage: .export dot FILE QUERY");
  size_t query_at = rest.find(a[1], rest.find("dot") + 3) + a[1].size();
  std::string query = rest.substr(query_at);
  ResultSet r = Ask(s, query, s.parameters);
  std::ofstream file(a[1]);
  if (!file) throw Error(ErrorKind::kIo, "cannot write " + a[1]);
  DotOptions options;
  options.title = query;
  WriteDot(CollectElements(r, *s.store()->Begin()), options, file);
  if (!file.flush()) throw Error(ErrorKind::kIo, "cannot write " + a[1]);
}

void Open(Session& s, const Args& a, const std::string&) {
  if (a.size() != 1) throw Error(ErrorKind::kInvalidArgument, "usage: .open PATH");
  s.Open(a[0]);
  if (s.interactive) std::cerr << s.Welcome();
}

const std::vector<DotCommand>& Commands();

void Help(Session& s, const Args&, const std::string&) {
  for (const DotCommand& c : Commands()) {
    std::string head = std::string(c.name) + " " + c.usage;
    const size_t width = DisplayWidth(head);  // "[N…]" is 4 columns, 6 bytes
    s.out() << head << std::string(width < 34 ? 34 - width : 1, ' ') << c.help << "\n";
  }
  s.out() << "\nStatements end with ';' and may span lines. Tab completes keywords, labels,\n"
             "relationship types, property keys and actor names. Ctrl-C stops a running query,\n"
             "Ctrl-D leaves. The query language: docs/QUERY.md.\n";
}

const std::vector<DotCommand>& Commands() {
  static const std::vector<DotCommand> commands = {
      {".actors", "[PATTERN]", "actors whose name contains PATTERN, most quoted first", Actors},
      {".context", "ID", "statement ID in its paragraph, its words and speaker marked", Context},
      {".export", "dot FILE QUERY", "write QUERY's nodes and relationships as DOT", ExportDot},
      {".headers", "on|off", "column names above the rows of a result", Headers},
      {".help", "", "this list", Help},
      {".maxwidth", "[N]", "width results fit in (0: no limit; alone: the terminal's)", MaxWidth},
      {".mode", "[MODE]", "table box markdown line list tsv csv json jsonl dot (alone: the mode in use)", Mode},
      {".nullvalue", "[TEXT]", "how null reads in results (alone: blank)", NullValue},
      {".once", "FILE", "the next result only to FILE, emptied first", Once},
      {".open", "PATH", "switch to PATH (this one stays if PATH cannot be opened)", Open},
      {".output", "[FILE]", "results to FILE, emptied first; no FILE: back to the screen", Output},
      {".pager", "on|off", "results taller than the screen through $PAGER (default less)", Pager},
      {".param", "set NAME VALUE|list|clear", "query parameters ($NAME)", Param},
      {".quit", "", "leave the shell (also .exit, Ctrl-D)", nullptr},
      {".read", "FILE", "run the statements in FILE", Read},
      {".schema", "", "labels, relationship types, property keys, counts", Schema},
      {".timer", "on|off", "print how long each statement took", Timer},
      {".width", "[N…]", "column widths, first column first (0 or none: fitted)", ColumnWidths},
  };
  return commands;
}

}  // namespace

std::vector<std::string> DotCommandNames() {
  std::vector<std::string> names;
  for (const DotCommand& c : Commands()) names.push_back(c.name);
  names.push_back(".exit");
  return names;
}

bool RunDotCommand(Session& session, const std::string& line) {
  std::istringstream words(line);
  std::string name, word;
  words >> name;
  Args args;
  while (words >> word) {
    // 'quoted words' stay one argument
    if (word.size() > 1 && word[0] == '\'' && word.back() != '\'') {
      std::string more;
      while (words >> more) {
        word += " " + more;
        if (more.back() == '\'') break;
      }
    }
    if (word.size() >= 2 && word[0] == '\'' && word.back() == '\'') word = word.substr(1, word.size() - 2);
    args.push_back(word);
  }
  if (name == ".quit" || name == ".exit") {
    session.quit_ = true;
    return true;
  }
  for (const DotCommand& c : Commands()) {
    if (name != c.name) continue;
    c.run(session, args, line);
    return true;
  }
  std::vector<std::string> names = {".quit", ".exit"};
  for (const DotCommand& c : Commands()) names.push_back(c.name);
  std::string near = NearestName(name, names);
  std::string hint = near.empty() ? "" : "; did you mean " + near + "?";
  throw Error(ErrorKind::kInvalidArgument, "unknown command " + name + hint + " (type .help)");
}

}  // namespace ng::cli
