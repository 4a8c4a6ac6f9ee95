#include "query/parser.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "graph/error.h"
#include "query/binder.h"
#include "query/lexer.h"
#include "query/procedures.h"
#include "query/shortcuts.h"

namespace ng::query {

namespace {

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// How deep an expression may nest ("((((1))))", "[[[...]]]") and how tall
// its tree of operands may grow ("1+1+1+..."): far beyond any query a person
// writes, well within the stack of the recursive stages after parsing.
constexpr int kMaxNesting = 200;
constexpr int kMaxExpressionHeight = 500;

class Parser {
 public:
  explicit Parser(const std::string& text) : q_(text), toks_(Lex(text)) {}

  Statement ParseStatement() {
    Statement st;
    st.text = q_;
    if (Keyword("EXPLAIN")) st.mode = Statement::Mode::kExplain;
    else if (Keyword("PROFILE")) st.mode = Statement::Mode::kProfile;
    if (ParseShortcut(&st.shortcut)) {
      ParseShortcutTail(&st);
    } else {
      while (!AtEnd() && !IsKeyword("UNION")) st.clauses.push_back(ParseClause());
      if (st.clauses.empty()) Fail("expected a clause such as MATCH, CREATE or RETURN");
      ReturnStandaloneCall(&st);
      while (IsKeyword("UNION")) {
        UnionPart part;
        part.offset = Next().offset;
        part.all = Keyword("ALL");
        while (!AtEnd() && !IsKeyword("UNION")) part.clauses.push_back(ParseClause());
        if (part.clauses.empty()) Fail("expected a query after UNION");
        st.unions.push_back(std::move(part));
      }
    }
    Symbol(";", false);
    if (!AtEnd()) Fail("expected the end of the statement");
    return st;
  }

 private:
  // ---------------------------------------------------------------- tokens
  const Token& Peek(size_t ahead = 0) const {
    return toks_[std::min(pos_ + ahead, toks_.size() - 1)];
  }
  bool AtEnd() const {
    return Peek().kind == Tok::kEnd || (Peek().kind == Tok::kSymbol && Peek().text == ";");
  }
  const Token& Next() { return toks_[std::min(pos_++, toks_.size() - 1)]; }

  std::string Describe(const Token& t) const {
    if (t.kind == Tok::kEnd) return "the end of the query";
    if (t.kind == Tok::kString) return "'" + q_.substr(t.offset, t.end - t.offset) + "'";
    return "'" + q_.substr(t.offset, t.end - t.offset) + "'";
  }

  [[noreturn]] void Fail(const std::string& expected) const {
    throw Error(ErrorKind::kSyntax,
                PositionMessage(q_, Peek().offset, expected + " but found " + Describe(Peek())));
  }

  bool IsKeyword(const char* kw, size_t ahead = 0) const {
    const Token& t = Peek(ahead);
    return t.kind == Tok::kIdent && Upper(t.text) == kw;
  }
  bool Keyword(const char* kw) {
    if (!IsKeyword(kw)) return false;
    ++pos_;
    return true;
  }
  void ExpectKeyword(const char* kw) {
    if (!Keyword(kw)) Fail(std::string("expected ") + kw);
  }
  bool IsSymbol(const char* s, size_t ahead = 0) const {
    return Peek(ahead).kind == Tok::kSymbol && Peek(ahead).text == s;
  }
  bool Symbol(const char* s, bool required = true) {
    if (IsSymbol(s)) {
      ++pos_;
      return true;
    }
    if (required) Fail(std::string("expected '") + s + "'");
    return false;
  }
  std::string Name() {
    const Token& t = Peek();
    if (t.kind == Tok::kIdent || t.kind == Tok::kQuoted) {
      ++pos_;
      return t.text;
    }
    Fail("expected a name");
  }
  std::string StringLiteral() {
    if (Peek().kind != Tok::kString) Fail("expected a quoted name");
    return Next().text;
  }
  // A small whole number (hop bounds, DEPTH, MAX): decimal digits that fit.
  int64_t Integer() {
    if (Peek().kind != Tok::kInteger) Fail("expected a whole number");
    const std::string& text = Peek().text;
    int64_t v = 0;
    for (char c : text) {
      if (!std::isdigit(static_cast<unsigned char>(c)) || v > (INT64_MAX - (c - '0')) / 10)
        Fail("expected a whole number up to " + std::to_string(INT64_MAX));
      v = v * 10 + (c - '0');
    }
    ++pos_;
    return v;
  }

  // ---------------------------------------------------------------- shortcuts
  bool ParseShortcut(Shortcut* s) {
    if (IsKeyword("NEIGHBOURS") || IsKeyword("NEIGHBORS")) {
      ++pos_;
      ExpectKeyword("OF");
      s->kind = Shortcut::Kind::kNeighbours;
      s->name = NameArgument(&s->name_param);
      while (!AtEnd() && !AtShortcutTail()) {
        if (Keyword("DEPTH")) {
          s->depth = Integer();
          if (s->depth < 1 || s->depth > 6) Fail("expected a DEPTH from 1 to 6");
        } else if (Keyword("VIA")) {
          s->via.push_back(Name());
          while (Symbol("|", false)) s->via.push_back(Name());
        } else {
          Fail("expected DEPTH or VIA");
        }
      }
      return true;
    }
    if (IsKeyword("PATH") && IsKeyword("FROM", 1)) {
      pos_ += 2;
      s->kind = Shortcut::Kind::kPath;
      s->name = NameArgument(&s->name_param);
      ExpectKeyword("TO");
      s->other = NameArgument(&s->other_param);
      s->depth = 6;
      while (!AtEnd() && !AtShortcutTail()) {
        if (Keyword("MAX")) {
          s->depth = Integer();
          if (s->depth < 1 || s->depth > 15) Fail("expected MAX from 1 to 15");
        } else if (Keyword("ALL")) {
          s->all = true;
        } else if (Keyword("VIA")) {
          s->via.push_back(Name());
          while (Symbol("|", false)) s->via.push_back(Name());
        } else {
          Fail("expected MAX, ALL or VIA");
        }
      }
      return true;
    }
    if (IsKeyword("WHO") && IsKeyword("SAID", 1)) {
      pos_ += 2;
      ExpectKeyword("ABOUT");
      s->kind = Shortcut::Kind::kWhoSaidAbout;
      s->name = NameArgument(&s->name_param);
      return true;
    }
    if (IsKeyword("WHAT") && IsKeyword("DID", 1)) {
      pos_ += 2;
      s->kind = Shortcut::Kind::kWhatDidSay;
      s->name = NameArgument(&s->name_param);
      ExpectKeyword("SAY");
      if (Keyword("ABOUT")) s->other = NameArgument(&s->other_param);
      return true;
    }
    return false;
  }

  // A quoted name, or a $parameter (its name goes to *param).
  std::string NameArgument(std::string* param) {
    if (Peek().kind == Tok::kParam) {
      *param = Next().text;
      return "";
    }
    if (Peek().kind != Tok::kString) Fail("expected a quoted name or a $parameter");
    return Next().text;
  }

  bool AtShortcutTail() const {
    for (const char* kw : {"WHERE", "ORDER", "SKIP", "LIMIT", "RETURN", "WITH", "MATCH", "OPTIONAL", "UNWIND"})
      if (IsKeyword(kw)) return true;
    return false;
  }

  ExprPtr Variable(const std::string& name) {
    auto e = Make(ExprKind::kVariable, 0);
    e->name = name;
    return e;
  }

  // What follows a shortcut runs on its rows, as if they came from
  // "UNWIND $rows AS row WITH row.speaker AS speaker, …": WHERE filters
  // them, ORDER BY / SKIP / LIMIT shape them, and RETURN, WITH or MATCH
  // go on from them.
  void ParseShortcutTail(Statement* st) {
    if (AtEnd()) return;
    size_t at = Peek().offset;
    Clause unwind;
    unwind.kind = ClauseKind::kUnwind;
    unwind.offset = at;
    unwind.expr = Make(ExprKind::kParam, at);
    unwind.expr->name = kShortcutRowsParameter;
    unwind.alias = "__row";
    Clause with;
    with.kind = ClauseKind::kWith;
    with.offset = at;
    const std::vector<std::string>& columns = ShortcutColumns(st->shortcut.kind);
    for (const std::string& c : columns) {
      auto property = Make(ExprKind::kProperty, at);
      property->name = c;
      property->args = {Variable("__row")};
      with.projection.items.push_back({property, c, true});
    }
    if (Keyword("WHERE")) with.projection.where = ParseExpr();
    st->clauses = {unwind, with};
    if (AtEnd() || IsKeyword("ORDER") || IsKeyword("SKIP") || IsKeyword("LIMIT")) {
      Clause ret;
      ret.kind = ClauseKind::kReturn;
      ret.offset = Peek().offset;
      for (const std::string& c : columns) ret.projection.items.push_back({Variable(c), c, true});
      ParseOrderSkipLimit(&ret.projection);
      st->clauses.push_back(std::move(ret));
      return;
    }
    while (!AtEnd()) st->clauses.push_back(ParseClause());
  }

  // ---------------------------------------------------------------- clauses
  Clause ParseClause() {
    Clause c;
    c.offset = Peek().offset;
    if (Keyword("OPTIONAL")) {
      ExpectKeyword("MATCH");
      c.kind = ClauseKind::kMatch;
      c.optional = true;
      ParseMatchBody(&c);
    } else if (Keyword("MATCH")) {
      c.kind = ClauseKind::kMatch;
      ParseMatchBody(&c);
    } else if (Keyword("UNWIND")) {
      c.kind = ClauseKind::kUnwind;
      c.expr = ParseExpr();
      ExpectKeyword("AS");
      c.alias = Name();
    } else if (Keyword("WITH")) {
      c.kind = ClauseKind::kWith;
      c.projection = ParseProjection(true);
    } else if (Keyword("RETURN")) {
      c.kind = ClauseKind::kReturn;
      c.projection = ParseProjection(false);
    } else if (Keyword("CREATE")) {
      c.kind = ClauseKind::kCreate;
      c.patterns = ParsePatterns();
    } else if (Keyword("MERGE")) {
      c.kind = ClauseKind::kMerge;
      c.patterns.push_back(ParsePatternPart());
      while (IsKeyword("ON")) {
        ++pos_;
        bool create = Keyword("CREATE");
        if (!create) ExpectKeyword("MATCH");
        ExpectKeyword("SET");
        auto items = ParseSetItems();
        auto& dest = create ? c.set_items : c.on_match;
        dest.insert(dest.end(), items.begin(), items.end());
      }
    } else if (Keyword("SET")) {
      c.kind = ClauseKind::kSet;
      c.set_items = ParseSetItems();
    } else if (Keyword("REMOVE")) {
      c.kind = ClauseKind::kRemove;
      do {
        RemoveItem r;
        size_t start = Peek().offset;
        r.var = Name();
        if (IsSymbol(":")) {
          while (Symbol(":", false)) r.labels.push_back(Name());
        } else {
          pos_--;
          r.target = ParsePostfix();
          if (r.target->kind != ExprKind::kProperty)
            throw Error(ErrorKind::kSyntax, PositionMessage(q_, start, "expected a property or a label to remove"));
        }
        c.remove_items.push_back(r);
      } while (Symbol(",", false));
    } else if (IsKeyword("DETACH") || IsKeyword("DELETE")) {
      c.kind = ClauseKind::kDelete;
      c.detach = Keyword("DETACH");
      ExpectKeyword("DELETE");
      do c.delete_exprs.push_back(ParseExpr());
      while (Symbol(",", false));
    } else if (Keyword("FOREACH")) {
      c.kind = ClauseKind::kForeach;
      Symbol("(");
      c.alias = Name();
      ExpectKeyword("IN");
      c.expr = ParseExpr();
      Symbol("|");
      do c.body.push_back(ParseClause());
      while (!IsSymbol(")"));
      Symbol(")");
    } else if (Keyword("CALL")) {
      c.kind = ClauseKind::kCall;
      ParseCall(&c);
    } else {
      Fail("expected a clause (MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN, CREATE, MERGE, SET, "
           "REMOVE, DELETE, FOREACH, CALL)");
    }
    return c;
  }

  // A query that is one CALL without YIELD returns every output column of
  // the procedure (an unknown one is left to the binder's ProcedureError).
  void ReturnStandaloneCall(Statement* st) {
    if (st->clauses.size() != 1 || st->clauses[0].kind != ClauseKind::kCall || !st->clauses[0].yields.empty())
      return;
    Clause& call = st->clauses[0];
    const Procedure* p = FindProcedure(call.procedure);
    if (!p) return;
    Clause ret;
    ret.kind = ClauseKind::kReturn;
    ret.offset = call.offset;
    for (const std::string& out : p->outputs) {
      call.yields.push_back({out, out});
      ret.projection.items.push_back({Variable(out), out, true});
    }
    st->clauses.push_back(std::move(ret));
  }

  // CALL db.labels() YIELD label AS l WHERE …; the parentheses may be left
  // out of a call without arguments.
  void ParseCall(Clause* c) {
    c->procedure = Name();
    while (Symbol(".", false)) c->procedure += "." + Name();
    if (Symbol("(", false) && !Symbol(")", false)) {
      do c->arguments.push_back(ParseExpr());
      while (Symbol(",", false));
      Symbol(")");
    }
    if (!Keyword("YIELD")) return;
    do {
      std::string output = Name();
      c->yields.push_back({output, Keyword("AS") ? Name() : output});
    } while (Symbol(",", false));
    if (Keyword("WHERE")) c->where = ParseExpr();
  }

  void ParseMatchBody(Clause* c) {
    c->patterns = ParsePatterns();
    if (Keyword("WHERE")) c->where = ParseExpr();
  }

  std::vector<SetItem> ParseSetItems() {
    std::vector<SetItem> items;
    do {
      SetItem s;
      size_t start = Peek().offset;
      std::string var = Name();
      if (IsSymbol(":")) {
        s.kind = SetItem::Kind::kLabels;
        s.var = var;
        while (Symbol(":", false)) s.labels.push_back(Name());
      } else if (IsSymbol("=") || IsSymbol("+=")) {
        s.kind = Next().text == "=" ? SetItem::Kind::kReplaceMap : SetItem::Kind::kMergeMap;
        s.var = var;
        s.value = ParseExpr();
      } else {
        pos_--;
        s.kind = SetItem::Kind::kProperty;
        s.target = ParsePostfix();
        if (s.target->kind != ExprKind::kProperty)
          throw Error(ErrorKind::kSyntax, PositionMessage(q_, start, "expected a property to set"));
        Symbol("=");
        s.value = ParseExpr();
      }
      items.push_back(s);
    } while (Symbol(",", false));
    return items;
  }

  Projection ParseProjection(bool is_with) {
    Projection p;
    p.distinct = Keyword("DISTINCT");
    if (Symbol("*", false)) {
      p.star = true;
      if (!Symbol(",", false)) goto tail;
    }
    do {
      ProjectionItem item;
      item.expr = ParseExpr();
      if (Keyword("AS")) {
        item.alias = Name();
        item.aliased = true;
      } else {
        item.alias = q_.substr(item.expr->offset, item.expr->end - item.expr->offset);
      }
      p.items.push_back(item);
    } while (Symbol(",", false));
  tail:
    ParseOrderSkipLimit(&p);
    if (is_with && Keyword("WHERE")) p.where = ParseExpr();
    return p;
  }

  void ParseOrderSkipLimit(Projection* projection) {
    Projection& p = *projection;
    if (Keyword("ORDER")) {
      ExpectKeyword("BY");
      do {
        SortItem s;
        s.expr = ParseExpr();
        if (Keyword("DESC") || Keyword("DESCENDING")) s.descending = true;
        else if (Keyword("ASC") || Keyword("ASCENDING")) s.descending = false;
        p.order_by.push_back(s);
      } while (Symbol(",", false));
    }
    if (Keyword("SKIP")) p.skip = ParseExpr();
    if (Keyword("LIMIT")) p.limit = ParseExpr();
  }

  // ---------------------------------------------------------------- patterns
  std::vector<PatternPart> ParsePatterns() {
    std::vector<PatternPart> parts;
    do parts.push_back(ParsePatternPart());
    while (Symbol(",", false));
    return parts;
  }

  PatternPart ParsePatternPart() {
    PatternPart part;
    if ((Peek().kind == Tok::kIdent || Peek().kind == Tok::kQuoted) && IsSymbol("=", 1)) {
      part.path_var = Name();
      Symbol("=");
    }
    bool wrapped = false;
    if (IsKeyword("SHORTESTPATH") || IsKeyword("ALLSHORTESTPATHS")) {
      part.shortest = IsKeyword("SHORTESTPATH") ? PatternPart::Shortest::kOne
                                                 : PatternPart::Shortest::kAll;
      ++pos_;
      Symbol("(");
      wrapped = true;
    }
    part.nodes.push_back(ParseNode());
    while (IsSymbol("-") || IsSymbol("<-")) {
      part.rels.push_back(ParseRel());
      part.nodes.push_back(ParseNode());
    }
    if (wrapped) Symbol(")");
    return part;
  }

  NodePattern ParseNode() {
    NodePattern n;
    n.offset = Peek().offset;
    Symbol("(");
    if (Peek().kind == Tok::kIdent || Peek().kind == Tok::kQuoted) n.var = Name();
    while (Symbol(":", false)) n.labels.push_back(Name());
    if (IsSymbol("{") || Peek().kind == Tok::kParam) n.properties = ParseAtom();
    Symbol(")");
    return n;
  }

  RelPattern ParseRel() {
    RelPattern r;
    r.offset = Peek().offset;
    bool left = false, right = false;
    if (Symbol("<-", false)) left = true;
    else Symbol("-");
    if (Symbol("[", false)) {
      if (Peek().kind == Tok::kIdent || Peek().kind == Tok::kQuoted) r.var = Name();
      if (Symbol(":", false)) {
        r.types.push_back(Name());
        while (Symbol("|", false)) {
          Symbol(":", false);
          r.types.push_back(Name());
        }
      }
      if (Symbol("*", false)) {
        r.variable_length = true;
        r.min_hops = 1;
        r.max_hops = -1;
        if (Peek().kind == Tok::kInteger) {
          r.min_hops = Integer();
          r.max_hops = r.min_hops;
        }
        if (Symbol("..", false)) {
          r.max_hops = Peek().kind == Tok::kInteger ? Integer() : -1;
        }
      }
      if (IsSymbol("{") || Peek().kind == Tok::kParam) r.properties = ParseAtom();
      Symbol("]");
    }
    if (Symbol("->", false)) right = true;
    else if (Symbol("-", false)) {
    } else if (IsSymbol(">")) {
      ++pos_;
      right = true;
    } else {
      Fail("expected '-' or '->' to close the relationship");
    }
    if (left && right) r.direction = RelDirection::kBoth;
    else if (left) r.direction = RelDirection::kLeft;
    else if (right) r.direction = RelDirection::kRight;
    return r;
  }

  // ---------------------------------------------------------------- expressions
  ExprPtr Make(ExprKind kind, size_t offset) {
    auto e = std::make_shared<Expr>();
    e->kind = kind;
    e->offset = offset;
    return e;
  }
  ExprPtr Binary(const std::string& op, ExprPtr a, ExprPtr b) {
    auto e = Make(ExprKind::kBinary, a->offset);
    e->name = op;
    e->end = b->end;
    e->args = {a, b};
    return Sealed(e);
  }
  // e with its height set from its operands, refused when too tall.
  ExprPtr Sealed(ExprPtr e) {
    for (const ExprPtr& a : e->args)
      if (a) e->height = std::max(e->height, a->height + 1);
    if (e->height > kMaxExpressionHeight)
      throw Error(ErrorKind::kSyntax,
                  PositionMessage(q_, e->offset, "expression too complex: more than " +
                                                     std::to_string(kMaxExpressionHeight) +
                                                     " levels of operators"));
    return e;
  }
  // Counts the levels of ParseExpr on the stack, refusing past kMaxNesting.
  class NestingGuard {
   public:
    explicit NestingGuard(Parser* p) : p_(p) {
      if (++p_->nesting_ > kMaxNesting)
        throw Error(ErrorKind::kSyntax,
                    PositionMessage(p_->q_, p_->Peek().offset, "expression nested more than " +
                                                                   std::to_string(kMaxNesting) + " levels deep"));
    }
    ~NestingGuard() { --p_->nesting_; }
    NestingGuard(const NestingGuard&) = delete;
    NestingGuard& operator=(const NestingGuard&) = delete;

   private:
    Parser* p_;
  };
  size_t PrevEnd() const { return toks_[pos_ - 1].end; }

  ExprPtr ParseExpr() {
    NestingGuard guard(this);
    return ParseOr();
  }

  ExprPtr ParseOr() {
    auto e = ParseXor();
    while (Keyword("OR")) e = Binary("OR", e, ParseXor());
    return e;
  }
  ExprPtr ParseXor() {
    auto e = ParseAnd();
    while (Keyword("XOR")) e = Binary("XOR", e, ParseAnd());
    return e;
  }
  ExprPtr ParseAnd() {
    auto e = ParseNot();
    while (Keyword("AND")) e = Binary("AND", e, ParseNot());
    return e;
  }
  ExprPtr ParseNot() {
    if (IsKeyword("NOT")) {
      NestingGuard guard(this);
      size_t at = Next().offset;
      auto inner = ParseNot();
      auto e = Make(ExprKind::kUnary, at);
      e->name = "NOT";
      e->args = {inner};
      e->end = inner->end;
      return Sealed(e);
    }
    return ParseComparison();
  }
  // Comparisons chain as in openCypher: a < b <= c means a < b AND b <= c.
  ExprPtr ParseComparison() {
    auto left = ParsePredicate();
    ExprPtr result;
    for (;;) {
      const Token& t = Peek();
      if (!(t.kind == Tok::kSymbol &&
            (t.text == "=" || t.text == "<>" || t.text == "!=" || t.text == "<" || t.text == ">" ||
             t.text == "<=" || t.text == ">=")))
        return result ? result : left;
      std::string op = Next().text == "!=" ? "<>" : toks_[pos_ - 1].text;
      auto right = ParsePredicate();
      auto comparison = Binary(op, left, right);
      result = result ? Binary("AND", result, comparison) : comparison;
      left = right;
    }
  }
  // String, list and null predicates bind tighter than comparisons:
  // `x IS NULL = y IS NULL` compares two booleans.
  ExprPtr ParsePredicate() {
    auto e = ParseAdditive();
    for (;;) {
      if (IsSymbol("=~")) {
        ++pos_;
        e = Binary("=~", e, ParseAdditive());
      } else if (IsKeyword("IN")) {
        ++pos_;
        e = Binary("IN", e, ParseAdditive());
      } else if (IsKeyword("STARTS") && IsKeyword("WITH", 1)) {
        pos_ += 2;
        e = Binary("STARTS WITH", e, ParseAdditive());
      } else if (IsKeyword("ENDS") && IsKeyword("WITH", 1)) {
        pos_ += 2;
        e = Binary("ENDS WITH", e, ParseAdditive());
      } else if (IsKeyword("CONTAINS")) {
        ++pos_;
        e = Binary("CONTAINS", e, ParseAdditive());
      } else if (IsKeyword("IS")) {
        ++pos_;
        bool negated = Keyword("NOT");
        ExpectKeyword("NULL");
        auto n = Make(negated ? ExprKind::kIsNotNull : ExprKind::kIsNull, e->offset);
        n->args = {e};
        n->end = PrevEnd();
        e = Sealed(n);
      } else {
        return e;
      }
    }
  }
  ExprPtr ParseAdditive() {
    auto e = ParseMultiplicative();
    while (IsSymbol("+") || IsSymbol("-")) {
      std::string op = Next().text;
      e = Binary(op, e, ParseMultiplicative());
    }
    return e;
  }
  ExprPtr ParseMultiplicative() {
    auto e = ParsePower();
    while (IsSymbol("*") || IsSymbol("/") || IsSymbol("%")) {
      std::string op = Next().text;
      e = Binary(op, e, ParsePower());
    }
    return e;
  }
  ExprPtr ParsePower() {
    auto e = ParseUnary();
    while (IsSymbol("^")) {
      ++pos_;
      e = Binary("^", e, ParseUnary());
    }
    return e;
  }
  ExprPtr ParseUnary() {
    if (IsSymbol("-") || IsSymbol("+")) {
      size_t at = Peek().offset;
      std::string op = Next().text;
      // A negative number literal keeps its sign (so -9223372036854775808 works).
      if (op == "-" && (Peek().kind == Tok::kInteger || Peek().kind == Tok::kFloat) &&
          !IsSymbol(".", 1) && !IsSymbol("[", 1)) {
        auto lit = NumberLiteral(true);
        lit->offset = at;
        return lit;
      }
      NestingGuard guard(this);
      auto inner = ParseUnary();
      auto e = Make(ExprKind::kUnary, at);
      e->name = op;
      e->args = {inner};
      e->end = inner->end;
      return Sealed(e);
    }
    return ParsePostfix();
  }

  ExprPtr NumberLiteral(bool negative) {
    const Token& t = Next();
    auto e = Make(ExprKind::kLiteral, t.offset);
    e->end = t.end;
    if (t.kind == Tok::kFloat) {
      try {
        e->literal = ResultValue(std::stod((negative ? "-" : "") + t.text));
      } catch (const std::out_of_range&) {
        throw Error(ErrorKind::kSyntax,
                    PositionMessage(q_, t.offset, "FloatingPointOverflow: " + t.text + " is too large"));
      }
      return e;
    }
    // Integers by hand: every digit must belong to the base, and the value
    // must fit int64 (-2^63 only when negated).
    unsigned base = 10;
    size_t i = 0;
    if (t.text.size() > 1 && t.text[0] == '0' && (t.text[1] == 'x' || t.text[1] == 'X')) base = 16, i = 2;
    else if (t.text.size() > 1 && t.text[0] == '0' && t.text[1] == 'o') base = 8, i = 2;
    const uint64_t limit = negative ? (uint64_t{1} << 63) : static_cast<uint64_t>(INT64_MAX);
    uint64_t v = 0;
    if (i == t.text.size())
      throw Error(ErrorKind::kSyntax, PositionMessage(q_, t.offset, "InvalidNumberLiteral: " + t.text));
    for (; i < t.text.size(); ++i) {
      char c = t.text[i];
      unsigned digit = std::isdigit(static_cast<unsigned char>(c)) ? c - '0'
                       : std::isxdigit(static_cast<unsigned char>(c)) ? (std::tolower(c) - 'a' + 10)
                                                                       : 99;
      if (digit >= base)
        throw Error(ErrorKind::kSyntax,
                    PositionMessage(q_, t.offset, "InvalidNumberLiteral: " + t.text));
      if (v > (limit - digit) / base)
        throw Error(ErrorKind::kSyntax,
                    PositionMessage(q_, t.offset, std::string("IntegerOverflow: integer literal is too large: ") +
                                                      (negative ? "-" : "") + t.text));
      v = v * base + digit;
    }
    e->literal = ResultValue(negative ? static_cast<int64_t>(0 - v) : static_cast<int64_t>(v));
    return e;
  }

  ExprPtr ParsePostfix() {
    auto e = ParseAtom();
    for (;;) {
      if (IsSymbol(".") && (Peek(1).kind == Tok::kIdent || Peek(1).kind == Tok::kQuoted)) {
        ++pos_;
        auto p = Make(ExprKind::kProperty, e->offset);
        p->name = Name();
        p->args = {e};
        p->end = PrevEnd();
        e = Sealed(p);
      } else if (IsSymbol("[")) {
        ++pos_;
        ExprPtr from, to;
        bool slice = false;
        if (!IsSymbol("..")) from = ParseExpr();
        if (Symbol("..", false)) {
          slice = true;
          if (!IsSymbol("]")) to = ParseExpr();
        }
        Symbol("]");
        auto x = Make(slice ? ExprKind::kSlice : ExprKind::kIndex, e->offset);
        x->args = {e, from, to};
        x->end = PrevEnd();
        e = Sealed(x);
      } else if (IsSymbol(":") && e->kind == ExprKind::kVariable) {
        auto x = Make(ExprKind::kHasLabels, e->offset);
        x->args = {e};
        while (Symbol(":", false)) x->keys.push_back(Name());
        x->end = PrevEnd();
        e = Sealed(x);
      } else {
        return e;
      }
    }
  }

  ExprPtr ParseAtom() { return Sealed(ParseAtomBody()); }
  ExprPtr ParseAtomBody() {
    const Token& t = Peek();
    size_t at = t.offset;
    switch (t.kind) {
      case Tok::kInteger:
      case Tok::kFloat:
        return NumberLiteral(false);
      case Tok::kString: {
        ++pos_;
        auto e = Make(ExprKind::kLiteral, at);
        e->literal = ResultValue(t.text);
        e->end = t.end;
        return e;
      }
      case Tok::kParam: {
        ++pos_;
        auto e = Make(ExprKind::kParam, at);
        e->name = t.text;
        e->end = t.end;
        return e;
      }
      case Tok::kSymbol:
        if (t.text == "(") {
          if (ExprPtr pattern = TryPatternPredicate()) return pattern;
          ++pos_;
          auto inner = ParseExpr();
          Symbol(")");
          // Keep the parentheses in the column name, as Cypher does.
          auto copy = std::make_shared<Expr>(*inner);
          copy->offset = at;
          copy->end = PrevEnd();
          return copy;
        }
        if (t.text == "[") {
          if (IsName(1) && IsKeyword("IN", 2)) return ParseListComprehension();
          if (ExprPtr comprehension = TryPatternComprehension()) return comprehension;
          ++pos_;
          auto e = Make(ExprKind::kList, at);
          if (!IsSymbol("]")) {
            do e->args.push_back(ParseExpr());
            while (Symbol(",", false));
          }
          Symbol("]");
          e->end = PrevEnd();
          return e;
        }
        if (t.text == "{") {
          ++pos_;
          auto e = Make(ExprKind::kMap, at);
          if (!IsSymbol("}")) {
            do {
              e->keys.push_back(Name());
              Symbol(":");
              e->args.push_back(ParseExpr());
            } while (Symbol(",", false));
          }
          Symbol("}");
          e->end = PrevEnd();
          return e;
        }
        Fail("expected an expression");
      case Tok::kIdent:
      case Tok::kQuoted: {
        std::string word = t.text;
        std::string up = Upper(word);
        if (t.kind == Tok::kIdent) {
          if (up == "CASE") return ParseCase();
          if (IsSymbol("(", 1) && IsName(2) && IsKeyword("IN", 3) &&
              (up == "ALL" || up == "ANY" || up == "NONE" || up == "SINGLE"))
            return ParseQuantifier();
          if (up == "REDUCE" && IsSymbol("(", 1) && IsName(2) && IsSymbol("=", 3)) return ParseReduce();
          if (up == "EXISTS" && IsSymbol("{", 1)) return ParseExistsSubquery();
        }
        if (t.kind == Tok::kIdent && (up == "TRUE" || up == "FALSE" || up == "NULL")) {
          ++pos_;
          auto e = Make(ExprKind::kLiteral, at);
          if (up != "NULL") e->literal = ResultValue(up == "TRUE");
          e->end = t.end;
          return e;
        }
        ++pos_;
        // Function call, possibly namespaced.
        std::string fname = word;
        size_t save = pos_;
        while (t.kind == Tok::kIdent && IsSymbol(".") && Peek(1).kind == Tok::kIdent &&
               IsSymbol("(", 2)) {
          pos_ += 1;
          fname += "." + Next().text;
        }
        if (t.kind == Tok::kIdent && IsSymbol("(")) {
          ++pos_;
          if (Upper(fname) == "COUNT" && IsSymbol("*")) {
            ++pos_;
            Symbol(")");
            auto e = Make(ExprKind::kCountStar, at);
            e->end = PrevEnd();
            return e;
          }
          auto e = Make(ExprKind::kCall, at);
          e->name = fname;
          e->distinct = Keyword("DISTINCT");
          if (!IsSymbol(")")) {
            do e->args.push_back(ParseExpr());
            while (Symbol(",", false));
          }
          Symbol(")");
          e->end = PrevEnd();
          return e;
        }
        pos_ = save;
        auto e = Make(ExprKind::kVariable, at);
        e->name = word;
        e->end = t.end;
        return e;
      }
      default:
        Fail("expected an expression");
    }
  }

  // ------------------------------------------- expressions with scopes or patterns
  bool IsName(size_t ahead) const {
    return Peek(ahead).kind == Tok::kIdent || Peek(ahead).kind == Tok::kQuoted;
  }

  // A MATCH clause holding `parts` and `where`, for an expression to run.
  static std::shared_ptr<Clause> Subquery(std::vector<PatternPart> parts, ExprPtr where) {
    auto c = std::make_shared<Clause>();
    c->kind = ClauseKind::kMatch;
    c->patterns = std::move(parts);
    c->where = std::move(where);
    return c;
  }

  // A relationship pattern where an expression is expected, "(a)-[:T]->(b)",
  // is a predicate; anything else in parentheses ("(a)", "(1 + 2)", "(a) - (b)")
  // is read again as an expression.
  ExprPtr TryPatternPredicate() {
    size_t save = pos_, at = Peek().offset;
    try {
      PatternPart part = ParsePatternPart();
      if (!part.rels.empty()) {
        auto e = Make(ExprKind::kPattern, at);
        e->subquery = Subquery({std::move(part)}, nullptr);
        e->end = PrevEnd();
        return e;
      }
    } catch (const Error&) {
    }
    pos_ = save;
    return nullptr;
  }

  // "[(a)-->(b) WHERE b.x > 1 | b.name]", "[p = (a)-->() | p]".
  ExprPtr TryPatternComprehension() {
    size_t save = pos_, at = Peek().offset;
    ++pos_;
    try {
      PatternPart part = ParsePatternPart();
      if (!part.rels.empty() && (IsKeyword("WHERE") || IsSymbol("|"))) {
        auto e = Make(ExprKind::kPatternComprehension, at);
        ExprPtr where = Keyword("WHERE") ? ParseExpr() : nullptr;
        Symbol("|");
        e->args = {ParseExpr()};
        Symbol("]");
        e->subquery = Subquery({std::move(part)}, where);
        e->end = PrevEnd();
        return e;
      }
    } catch (const Error&) {
      if (pos_ > save + 1 && (IsSymbol("|") || IsKeyword("WHERE"))) throw;
    }
    pos_ = save;
    return nullptr;
  }

  // "[x IN list WHERE x > 1 | x * 2]": WHERE and the projection are optional.
  ExprPtr ParseListComprehension() {
    auto e = Make(ExprKind::kListComprehension, Next().offset);
    e->keys = {Name()};
    ExpectKeyword("IN");
    ExprPtr list = ParseExpr();
    ExprPtr where = Keyword("WHERE") ? ParseExpr() : nullptr;
    ExprPtr projection = Symbol("|", false) ? ParseExpr() : nullptr;
    Symbol("]");
    e->args = {list, where, projection};
    e->end = PrevEnd();
    return e;
  }

  // "all(x IN list WHERE x > 1)", and any, none, single.
  ExprPtr ParseQuantifier() {
    auto e = Make(ExprKind::kQuantifier, Peek().offset);
    e->name = Upper(Next().text);
    Symbol("(");
    e->keys = {Name()};
    ExpectKeyword("IN");
    ExprPtr list = ParseExpr();
    ExpectKeyword("WHERE");
    ExprPtr where = ParseExpr();
    Symbol(")");
    e->args = {list, where};
    e->end = PrevEnd();
    return e;
  }

  // "reduce(total = 0, x IN list | total + x)".
  ExprPtr ParseReduce() {
    auto e = Make(ExprKind::kReduce, Next().offset);
    Symbol("(");
    std::string acc = Name();
    Symbol("=");
    ExprPtr init = ParseExpr();
    Symbol(",");
    e->keys = {acc, Name()};
    ExpectKeyword("IN");
    ExprPtr list = ParseExpr();
    Symbol("|");
    ExprPtr step = ParseExpr();
    Symbol(")");
    e->args = {init, list, step};
    e->end = PrevEnd();
    return e;
  }

  // "CASE x WHEN 1 THEN 'one' ELSE 'other' END" and "CASE WHEN x > 1 THEN … END".
  ExprPtr ParseCase() {
    auto e = Make(ExprKind::kCase, Next().offset);
    ExprPtr subject = IsKeyword("WHEN") ? nullptr : ParseExpr();
    e->args = {subject, nullptr};
    if (!IsKeyword("WHEN")) Fail("expected WHEN");
    while (Keyword("WHEN")) {
      e->args.push_back(ParseExpr());
      ExpectKeyword("THEN");
      e->args.push_back(ParseExpr());
    }
    if (Keyword("ELSE")) e->args[1] = ParseExpr();
    ExpectKeyword("END");
    e->end = PrevEnd();
    return e;
  }

  // "EXISTS { MATCH (a)-->(b) WHERE b.x > 1 }" (MATCH may be left out).
  ExprPtr ParseExistsSubquery() {
    auto e = Make(ExprKind::kPattern, Next().offset);
    e->name = "EXISTS";  // may bind variables of its own, unlike a pattern predicate
    Symbol("{");
    Keyword("MATCH");
    std::vector<PatternPart> parts = ParsePatterns();
    ExprPtr where = Keyword("WHERE") ? ParseExpr() : nullptr;
    Symbol("}");
    e->subquery = Subquery(std::move(parts), where);
    e->end = PrevEnd();
    return e;
  }

  std::string q_;
  std::vector<Token> toks_;
  size_t pos_ = 0;
  int nesting_ = 0;  // levels of ParseExpr on the stack (NestingGuard)
};

}  // namespace

Statement Parse(const std::string& text) {
  Statement st = Parser(text).ParseStatement();
  Bind(st);
  return st;
}

}  // namespace ng::query
