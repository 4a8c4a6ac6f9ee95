#include "query/engine.h"

#include <cctype>
#include <chrono>
#include <functional>

#include "graph/error.h"
#include "query/executor.h"
#include "query/parser.h"
#include "query/shortcuts.h"
#include "query/temporal.h"
#include "query/union_query.h"

namespace ng {

namespace {

// Where a script's text is: in code, a string, or a comment. Shared by the
// statement splitter and the shell's "is this statement complete?" test.
class ScriptScanner {
 public:
  explicit ScriptScanner(const std::string& text) : text_(text) {}

  // Calls `on_end(i)` at each top-level ';'. Returns false if the text ends
  // inside a string, a quoted name or a block comment.
  template <typename F>
  bool Scan(F on_end) const {
    char quote = 0;
    bool line_comment = false, block_comment = false;
    for (size_t i = 0; i < text_.size(); ++i) {
      char c = text_[i];
      char next = i + 1 < text_.size() ? text_[i + 1] : '\0';
      if (line_comment) {
        if (c == '\n') line_comment = false;
      } else if (block_comment) {
        if (c == '*' && next == '/') block_comment = false, ++i;
      } else if (quote) {
        if (c == '\\' && quote != '`') ++i;
        else if (c == quote) quote = 0;
      } else if (c == '\'' || c == '"' || c == '`') {
        quote = c;
      } else if (c == '/' && next == '/') {
        line_comment = true;
      } else if (c == '/' && next == '*') {
        block_comment = true, ++i;
      } else if (c == ';') {
        on_end(i);
      }
    }
    return !quote && !block_comment;
  }

 private:
  const std::string& text_;
};

// True if `s` holds something other than spaces and comments.
bool HasCode(const std::string& s) {
  bool line_comment = false, block_comment = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i], next = i + 1 < s.size() ? s[i + 1] : '\0';
    if (line_comment) {
      if (c == '\n') line_comment = false;
    } else if (block_comment) {
      if (c == '*' && next == '/') block_comment = false, ++i;
    } else if (c == '/' && next == '/') {
      line_comment = true;
    } else if (c == '/' && next == '*') {
      block_comment = true, ++i;
    } else if (!std::isspace(static_cast<unsigned char>(c))) {
      return true;
    }
  }
  return false;
}

}  // namespace

Engine::Engine(GraphStore* store) : store_(store) {}
Engine::~Engine() = default;

ResultSet Engine::Run(const std::string& statement, const QueryOptions& options) {
  auto begin = std::chrono::steady_clock::now();
  query::Statement parsed = query::Parse(statement);
  query::StartStatementClock();
  auto txn = store_->Begin();
  ResultSet result;
  if (parsed.shortcut.kind != query::Shortcut::Kind::kNone) {
    result = query::RunShortcut(txn.get(), parsed, options);
  } else if (!parsed.unions.empty()) {
    result = query::RunUnion(txn.get(), parsed, options);
  } else {
    query::Executor executor(txn.get(), parsed, options);
    result = executor.Run();
  }
  if (txn->HasWrites()) {
    if (store_->read_only())
      throw Error(ErrorKind::kReadOnly,
                  "the database " + store_->path() + " is open read-only; this statement writes");
    txn->Commit();
  }
  result.stats.millis =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - begin).count();
  return result;
}

Node Engine::ResolveName(const std::string& name) {
  return query::ResolveName(*store_->Begin(), name);
}

std::vector<std::string> Engine::SplitStatements(const std::string& script) {
  std::vector<std::string> out;
  size_t from = 0;
  ScriptScanner(script).Scan([&](size_t end) {
    std::string piece = script.substr(from, end - from + 1);
    if (HasCode(piece.substr(0, piece.size() - 1))) out.push_back(piece);
    from = end + 1;
  });
  if (from < script.size() && HasCode(script.substr(from))) out.push_back(script.substr(from));
  return out;
}

bool Engine::NeedsMoreInput(const std::string& text) {
  size_t last_end = std::string::npos;
  bool closed = ScriptScanner(text).Scan([&](size_t end) { last_end = end; });
  if (!closed) return true;
  std::string rest = last_end == std::string::npos ? text : text.substr(last_end + 1);
  return HasCode(rest);
}

const std::vector<std::string>& Engine::Keywords() {
  static const std::vector<std::string> keywords = {
      "ALL", "AND", "AS", "ASC", "ASCENDING", "BY", "CONTAINS", "CREATE", "DELETE", "DEPTH",
      "DESC", "DESCENDING", "DETACH", "DID", "DISTINCT", "ENDS", "EXPLAIN", "FALSE", "FROM",
      "IN", "IS", "LIMIT", "MATCH", "MAX", "MERGE", "NEIGHBOURS", "NOT", "NULL", "OF", "ON",
      "OPTIONAL", "OR", "ORDER", "PATH", "PROFILE", "REMOVE", "RETURN", "SAID", "SAY", "SET",
      "SKIP", "STARTS", "TO", "TRUE", "UNWIND", "VIA", "WHAT", "WHERE", "WHO", "WITH", "XOR",
      "ABOUT", "CASE", "WHEN", "THEN", "ELSE", "END", "UNION", "EXISTS", "ANY", "NONE", "SINGLE"};
  return keywords;
}

ResultValue ParseParameterLiteral(const std::string& text) {
  std::string trimmed = text;
  while (!trimmed.empty() && std::isspace(static_cast<unsigned char>(trimmed.back()))) trimmed.pop_back();
  size_t lead = trimmed.find_first_not_of(" \t\n");
  trimmed = lead == std::string::npos ? "" : trimmed.substr(lead);
  const bool structured = !trimmed.empty() && (trimmed[0] == '[' || trimmed[0] == '{');
  query::Statement st;
  try {
    st = query::Parse("RETURN " + trimmed + " AS value");
  } catch (const Error& e) {
    if (structured)
      throw Error(ErrorKind::kSyntax, "parameter value " + text + " is not a valid list or map");
    return ResultValue(text);
  }
  // Only constants: a bare word such as Sudani is a string, not a variable.
  std::function<bool(const query::Expr&)> constant = [&](const query::Expr& e) {
    using query::ExprKind;
    if (e.kind != ExprKind::kLiteral && e.kind != ExprKind::kList && e.kind != ExprKind::kMap &&
        !(e.kind == ExprKind::kUnary && e.name == "-"))
      return false;
    for (const auto& a : e.args)
      if (a && !constant(*a)) return false;
    return true;
  };
  const query::Expr& value = *st.clauses.at(0).projection.items.at(0).expr;
  if (!constant(value)) {
    if (structured)
      throw Error(ErrorKind::kSyntax, "parameter value " + text + " must hold literals only");
    return ResultValue(text);
  }
  QueryOptions none;
  query::Executor executor(nullptr, st, none);
  return executor.Eval(value, {});
}

}  // namespace ng
