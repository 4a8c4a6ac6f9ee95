// The clause-by-clause executor: reading clauses (MATCH, UNWIND, WITH,
// RETURN) here; the updating clauses are in update_clauses.cc.
#include "query/executor.h"

#include <algorithm>

#include "graph/error.h"
#include "query/binder.h"
#include "query/fast_match.h"
#include "query/functions.h"
#include "query/pattern_match.h"
#include "query/procedures.h"

namespace ng::query {

namespace {

using Clock = std::chrono::steady_clock;

// The text that groups a value for aggregation and DISTINCT: nodes and
// relationships by identity (their properties, an article's text say, need
// not be written out for every row), anything else as JSON.
std::string GroupingText(const Val& v) {
  if (const Node* n = v.get_if<Node>()) return "(" + std::to_string(n->id) + ")";
  if (const Relationship* r = v.get_if<Relationship>()) return "[" + std::to_string(r->id) + "]";
  if (const ResultList* l = v.get_if<ResultList>()) {
    std::string out = "[";
    for (const Val& e : *l) out += GroupingText(e) + ",";
    return out + "]";
  }
  if (const ResultMap* m = v.get_if<ResultMap>()) {
    std::string out = "{";
    for (const auto& [k, e] : *m) out += ValueToJson(Value(k)) + ":" + GroupingText(e) + ",";
    return out + "}";
  }
  return ResultValueToJson(v);
}

// Every aggregate call inside `e` (not inside another aggregate).
void CollectAggregates(const Expr& e, std::vector<const Expr*>* out) {
  if (e.kind == ExprKind::kCountStar ||
      (e.kind == ExprKind::kCall && IsAggregateFunction(e.name))) {
    out->push_back(&e);
    return;
  }
  for (const auto& a : e.args)
    if (a) CollectAggregates(*a, out);
}

void AddPatternVariables(const std::vector<PatternPart>& parts, std::vector<std::string>* scope) {
  auto add = [&](const std::string& v) {
    if (!v.empty() && std::find(scope->begin(), scope->end(), v) == scope->end())
      scope->push_back(v);
  };
  for (const auto& p : parts) {
    add(p.path_var);
    for (const auto& n : p.nodes) add(n.var);
    for (const auto& r : p.rels) add(r.var);
  }
}

// A projected row with what ORDER BY may also see (the variables before the
// projection, unless it aggregated or was DISTINCT) and its group's aggregates.
struct Projected {
  std::vector<Val> values;
  Row env;
  std::map<const Expr*, Val> aggregates;
};

}  // namespace

Executor::Executor(Transaction* txn, const Statement& statement, const QueryOptions& options,
                   Row initial)
    : txn_(txn), st_(statement), options_(options), start_(Clock::now()),
      streaming_(StreamingOutput()), initial_(std::move(initial)) {}

void Executor::Tick(uint64_t cost) {
  work_ += cost;
  if (options_.max_expansions && work_ > options_.max_expansions)
    throw Error(ErrorKind::kLimit, "query stopped after " + std::to_string(options_.max_expansions) +
                                       " steps (the expansion cap); narrow the pattern or add "
                                       "a bound such as *1..3");
  if (work_ < next_check_) return;
  next_check_ = work_ + 1024;
  if (options_.cancel && options_.cancel->load()) throw Error(ErrorKind::kLimit, "query cancelled");
  if (options_.timeout_seconds > 0 &&
      std::chrono::duration<double>(Clock::now() - start_).count() > options_.timeout_seconds)
    throw Error(ErrorKind::kLimit, "query stopped after the timeout of " +
                                       DoubleToJson(options_.timeout_seconds) + " s (--timeout)");
}

std::string Executor::Text(const Expr& e) const {
  if (e.end <= e.offset || e.end > st_.text.size()) {
    // Made by the parser, not written (the rows of a shortcut).
    if (e.kind == ExprKind::kParam) return "$" + e.name;
    if (e.kind == ExprKind::kVariable) return e.name;
    return "";
  }
  return st_.text.substr(e.offset, e.end - e.offset);
}

ResultSet Executor::Run() {
  ResultSet result;
  if (st_.mode == Statement::Mode::kExplain) {
    result.columns = {"plan"};
    result.has_return = true;
    for (const auto& op : Plan())
      result.rows.push_back({Val(std::string(op.depth * 2, ' ') + op.name)});
    return result;
  }
  std::vector<Row> rows{initial_};
  std::vector<OperatorProfile> plan = Plan();
  size_t op = 0;
  for (size_t i = 0; i < st_.clauses.size();) {
    auto begin = Clock::now();
    size_t used = 1;
    rows = Apply(i, std::move(rows), &result, &used);
    double millis = std::chrono::duration<double, std::milli>(Clock::now() - begin).count();
    // The clause's own operator is the first of its lines in the plan; a
    // MATCH streamed into the projection after it is timed with it.
    for (size_t k = 0; k < used; ++k) {
      while (op < plan.size() && plan[op].depth != 0) ++op;
      if (op >= plan.size()) break;
      const Clause& c = st_.clauses[i + k];
      plan[op].rows = c.kind == ClauseKind::kReturn ? result.rows.size() + result.streamed_rows : rows.size();
      plan[op].millis = k + 1 == used ? millis : 0;
      if (k == 0 && fast_profile_.used) {
        plan[op].rows = fast_profile_.rows;
        plan[op].db_hits = fast_profile_.db_hits;
      } else if (used > 1 && k == 0) {
        plan[op].name += " (streamed into the aggregation)";
      }
      ++op;
    }
    i += used;
  }
  if (st_.mode == Statement::Mode::kProfile) result.plan = plan;
  result.has_return = !st_.clauses.empty() && st_.clauses.back().kind == ClauseKind::kReturn;
  if (result.has_return && result.rows.empty() && result.streamed_rows == 0) NoteMissingNames(&result);
  result.stats = stats_;
  return result;
}

namespace {

// String literals compared with a `name` property: {name: 'X'} maps and
// `x.name = 'X'` conditions (through AND).
void NameLiterals(const Expr* e, std::vector<std::string>* out) {
  if (!e) return;
  if (e->kind == ExprKind::kMap) {
    for (size_t i = 0; i < e->keys.size() && i < e->args.size(); ++i)
      if (e->keys[i] == "name" && e->args[i]->kind == ExprKind::kLiteral)
        if (auto* s = e->args[i]->literal.get_if<std::string>()) out->push_back(*s);
    return;
  }
  if (e->kind != ExprKind::kBinary || e->args.size() != 2) return;
  if (e->name == "AND") {
    NameLiterals(e->args[0].get(), out);
    NameLiterals(e->args[1].get(), out);
    return;
  }
  if (e->name != "=") return;
  for (int side = 0; side < 2; ++side) {
    const Expr& property = *e->args[side];
    const Expr& value = *e->args[1 - side];
    if (property.kind == ExprKind::kProperty && property.name == "name" && value.kind == ExprKind::kLiteral)
      if (auto* s = value.literal.get_if<std::string>()) out->push_back(*s);
  }
}

}  // namespace

void Executor::NoteMissingNames(ResultSet* result) const {
  if (!txn_) return;
  std::vector<std::string> names;
  for (const Clause& c : st_.clauses) {
    if (c.kind != ClauseKind::kMatch) continue;
    NameLiterals(c.where.get(), &names);
    for (const PatternPart& p : c.patterns)
      for (const NodePattern& n : p.nodes) NameLiterals(n.properties.get(), &names);
  }
  std::set<std::string> seen;
  for (const std::string& name : names) {
    if (!seen.insert(name).second) continue;
    std::vector<NodeId> ids = txn_->FindByName(name);  // names and aliases, any case
    bool exact = false;
    std::string other;
    for (NodeId id : ids) {
      std::optional<Node> n = txn_->GetNode(id);
      if (!n) continue;
      auto it = n->properties.find("name");
      if (it == n->properties.end() || !it->second.is_string()) continue;
      if (it->second.AsString() == name) exact = true;
      else if (other.empty()) other = it->second.AsString();
    }
    if (!exact && !other.empty()) result->names_elsewhere.emplace_back(name, other);
  }
  // A label is checked through its index; relationship types have none, so
  // the store is counted only when a statement naming one found nothing.
  std::set<std::string> labels, types;
  for (const Clause& c : st_.clauses) {
    if (c.kind != ClauseKind::kMatch) continue;
    for (const PatternPart& p : c.patterns) {
      for (const NodePattern& n : p.nodes) labels.insert(n.labels.begin(), n.labels.end());
      for (const RelPattern& r : p.rels) types.insert(r.types.begin(), r.types.end());
    }
  }
  uint64_t id;
  for (const std::string& l : labels)
    if (!txn_->ScanLabel(l)->Next(&id)) result->missing_labels.push_back(l);
  if (types.empty()) return;
  std::set<std::string> stored;
  for (const auto& [type, n] : txn_->Counts().per_type) stored.insert(type);
  for (const std::string& t : types)
    if (!stored.count(t)) result->missing_types.push_back(t);
}

std::vector<OperatorProfile> Executor::Plan() const {
  std::vector<OperatorProfile> plan;
  Row bound = initial_;
  for (size_t i = 0; i < st_.clauses.size(); ++i) {
    if (auto fast = FastPlan(i, true)) {
      plan.push_back({"Match (over ids, into the projection)", 0, 0, 0});
      for (const std::string& line : fast->Describe()) plan.push_back({line, 1, 0, 0});
      DescribeClause(st_.clauses[i], &bound);
      continue;
    }
    auto lines = DescribeClause(st_.clauses[i], &bound);
    size_t limit = PushedDownLimit(i);
    if (limit) lines[0] += " (stops after " + std::to_string(limit) + " rows: LIMIT or --max-rows pushed down)";
    for (size_t k = 0; k < lines.size(); ++k) plan.push_back({lines[k], k == 0 ? 0 : 1, 0, 0});
  }
  return plan;
}

std::vector<std::string> Executor::DescribeClause(const Clause& c, Row* bound) const {
  PatternMatcher m(const_cast<Executor*>(this));
  std::vector<std::string> out;
  auto bind_patterns = [&] {
    std::vector<std::string> vars;
    AddPatternVariables(c.patterns, &vars);
    for (const auto& v : vars) bound->emplace(v, Val());
  };
  switch (c.kind) {
    case ClauseKind::kMatch:
      out.push_back(c.optional ? "OptionalMatch" : "Match");
      m.PushDown(c.where.get());
      for (const auto& p : c.patterns) out.push_back(m.Describe(p, *bound));
      if (c.where) out.push_back("Filter(" + Text(*c.where) + ") — each condition tested as soon as its variables are bound");
      bind_patterns();
      break;
    case ClauseKind::kUnwind:
      out.push_back("Unwind(" + Text(*c.expr) + " AS " + c.alias + ")");
      bound->emplace(c.alias, Val());
      break;
    case ClauseKind::kWith:
    case ClauseKind::kReturn: {
      const Projection& pr = c.projection;
      bool aggregate = false;
      std::string cols;
      for (const auto& item : pr.items) {
        aggregate |= ContainsAggregate(*item.expr);
        cols += (cols.empty() ? "" : ", ") + item.alias;
      }
      if (pr.star) cols = "*";
      out.push_back(std::string(c.kind == ClauseKind::kWith ? "With" : "Return") + "(" + cols + ")");
      if (aggregate) out.push_back("Aggregate");
      if (pr.distinct) out.push_back("Distinct");
      if (!pr.order_by.empty()) out.push_back("Sort");
      if (pr.skip) out.push_back("Skip(" + Text(*pr.skip) + ")");
      if (pr.limit) out.push_back("Limit(" + Text(*pr.limit) + ")");
      if (pr.where) out.push_back("Filter(" + Text(*pr.where) + ")");
      if (!pr.star) bound->clear();
      for (const auto& item : pr.items) bound->emplace(item.alias, Val());
      break;
    }
    case ClauseKind::kCreate:
      out.push_back("Create");
      bind_patterns();
      break;
    case ClauseKind::kMerge:
      out.push_back("Merge");
      for (const auto& p : c.patterns) out.push_back(m.Describe(p, *bound));
      bind_patterns();
      break;
    case ClauseKind::kSet: out.push_back("SetProperties"); break;
    case ClauseKind::kRemove: out.push_back("Remove"); break;
    case ClauseKind::kDelete: out.push_back(c.detach ? "DetachDelete" : "Delete"); break;
    case ClauseKind::kForeach: out.push_back("Foreach(" + c.alias + " IN " + Text(*c.expr) + ")"); break;
    case ClauseKind::kCall:
      out.push_back("ProcedureCall(" + c.procedure + ")");
      for (const auto& [output, alias] : c.yields) bound->emplace(alias, Val());
      if (c.where) out.push_back("Filter(" + Text(*c.where) + ")");
      break;
  }
  return out;
}

// A MATCH right before a projection that only cuts rows (LIMIT, no sorting,
// grouping or DISTINCT) needs no more rows than SKIP + LIMIT.
size_t Executor::PushedDownLimit(size_t index) const {
  const Clause& c = st_.clauses[index];
  if (c.kind != ClauseKind::kMatch || c.optional || index + 1 >= st_.clauses.size()) return 0;
  const Clause& next = st_.clauses[index + 1];
  if (next.kind != ClauseKind::kWith && next.kind != ClauseKind::kReturn) return 0;
  const Projection& p = next.projection;
  // --max-rows caps what RETURN hands out: one row more than it tells that
  // the cap was passed ("more than N result rows").
  const bool capped = next.kind == ClauseKind::kReturn && options_.max_rows > 0;
  if ((!p.limit && !capped) || p.distinct || !p.order_by.empty() || p.where) return 0;
  for (const auto& item : p.items)
    if (ContainsAggregate(*item.expr)) return 0;
  auto constant = [](const ExprPtr& e) -> int64_t {
    if (!e) return 0;
    if (e->kind != ExprKind::kLiteral) return -1;
    auto* i = e->literal.get_if<int64_t>();
    return i && *i >= 0 ? *i : -1;
  };
  int64_t skip = constant(p.skip);
  if (skip < 0) return 0;
  size_t budget = 0;
  if (p.limit) {
    int64_t limit = constant(p.limit);
    if (limit >= 0) budget = static_cast<size_t>(limit + skip) + (limit + skip == 0 ? 1 : 0);
  }
  if (capped) {
    size_t cap = static_cast<size_t>(skip) + options_.max_rows + 1;
    budget = budget ? std::min(budget, cap) : cap;
  }
  return budget;
}

std::unique_ptr<FastMatch> Executor::FastPlan(size_t index, bool describe_only) const {
  // The first clause only: its input is the one initial row, known when
  // planning; statements that write keep the general matcher's order of reads.
  if (index != 0 || options_.general_matcher_only || st_.clauses.size() < 2) return nullptr;
  for (const Clause& c : st_.clauses)
    if (Writes(c.kind)) return nullptr;
  return FastMatch::Plan(const_cast<Executor*>(this), st_.clauses[0], st_.clauses[1], initial_,
                         describe_only);
}

std::vector<Row> Executor::CountProjection(const Clause& next, int64_t count, ResultSet* result) {
  Row row;
  std::vector<Val> values;
  for (const auto& item : next.projection.items) {
    row[item.alias] = Val(count);
    values.push_back(Val(count));
    if (next.kind == ClauseKind::kReturn) result->columns.push_back(item.alias);
  }
  if (next.kind == ClauseKind::kWith) return {row};
  EmitRow(result, std::move(values));
  return {};
}

bool Executor::StreamsIntoAggregation(size_t index) const {
  if (index + 1 >= st_.clauses.size() || st_.clauses[index].kind != ClauseKind::kMatch) return false;
  const Clause& next = st_.clauses[index + 1];
  if (next.kind != ClauseKind::kWith && next.kind != ClauseKind::kReturn) return false;
  if (next.projection.star) return false;
  for (const auto& item : next.projection.items)
    if (ContainsAggregate(*item.expr)) return true;
  return false;
}

bool Executor::StreamingOutput() const {
  if (!options_.row_sink || st_.mode != Statement::Mode::kRun) return false;
  for (const Clause& c : st_.clauses)
    if (Writes(c.kind)) return false;
  return true;
}

bool Executor::StreamsIntoOutput(size_t index) const {
  if (!streaming_ || index + 2 != st_.clauses.size()) return false;
  if (st_.clauses[index].kind != ClauseKind::kMatch) return false;
  const Clause& next = st_.clauses[index + 1];
  const Projection& p = next.projection;
  if (next.kind != ClauseKind::kReturn || p.star || p.distinct || !p.order_by.empty() || p.where) return false;
  for (const auto& item : p.items)
    if (ContainsAggregate(*item.expr)) return false;
  return true;
}

void Executor::EmitRow(ResultSet* result, std::vector<Val> values) {
  if (options_.max_rows && result->rows.size() + result->streamed_rows >= options_.max_rows)
    throw Error(ErrorKind::kLimit, "query stopped: more than " + std::to_string(options_.max_rows) +
                                       " result rows (--max-rows)");
  if (streaming_) {
    options_.row_sink(result->columns, values);
    ++result->streamed_rows;
    return;
  }
  result->rows.push_back(std::move(values));
}

void Executor::StreamMatchToOutput(size_t index, const std::vector<Row>& rows, ResultSet* result) {
  const Projection& pr = st_.clauses[index + 1].projection;
  for (const auto& item : pr.items) result->columns.push_back(item.alias);
  size_t skip = pr.skip ? static_cast<size_t>(CountArgument(pr.skip, "SKIP")) : 0;
  size_t limit = pr.limit ? static_cast<size_t>(CountArgument(pr.limit, "LIMIT")) : SIZE_MAX;
  if (limit == 0) return;
  size_t seen = 0, sent = 0;
  struct Enough {};
  try {
    MatchInto(st_.clauses[index], rows, PushedDownLimit(index), [&](const Row& row) {
      Tick();
      if (seen++ < skip) return;
      std::vector<Val> values;
      for (const auto& item : pr.items) values.push_back(Eval(*item.expr, row));
      EmitRow(result, std::move(values));
      if (++sent >= limit) throw Enough{};
    });
  } catch (const Enough&) {
  }
}

std::vector<Row> Executor::Apply(size_t index, std::vector<Row> rows, ResultSet* result,
                                 size_t* used) {
  const Clause& c = st_.clauses[index];
  *used = 1;
  fast_profile_ = {};
  if (std::unique_ptr<FastMatch> fast = FastPlan(index, false)) {
    // MATCH over ids, straight into the projection that takes all its rows.
    *used = 2;
    const Clause& next = st_.clauses[index + 1];
    std::vector<Row> out;
    if (fast->counts_only()) {
      out = CountProjection(next, fast->counts_reach() ? fast->ReachCount() : fast->Count(), result);
    } else {
      RowSource source = [&](const RowSink& sink) {
        fast->Run([&](const Row& row, uint64_t weight) {
          row_weight_ = weight;
          sink(row);
        });
        row_weight_ = 1;
      };
      out = Project(next, {}, result, &source);
    }
    fast_profile_ = {true, fast->rows(), fast->db_hits()};
    return out;
  }
  if (StreamsIntoOutput(index)) {
    *used = 2;
    StreamMatchToOutput(index, rows, result);
    return {};
  }
  if (StreamsIntoAggregation(index)) {
    // MATCH … RETURN count(*): rows go straight into their groups, so memory
    // is per group, not per match (a runaway count stays small).
    *used = 2;
    RowSource source = [&](const RowSink& sink) { MatchInto(c, rows, 0, sink); };
    return Project(st_.clauses[index + 1], {}, result, &source);
  }
  switch (c.kind) {
    case ClauseKind::kMatch: return Match(c, std::move(rows), PushedDownLimit(index));
    case ClauseKind::kUnwind: return Unwind(c, std::move(rows));
    case ClauseKind::kWith:
    case ClauseKind::kReturn: return Project(c, std::move(rows), result);
    case ClauseKind::kCreate: return Create(c, std::move(rows));
    case ClauseKind::kMerge: return Merge(c, std::move(rows));
    case ClauseKind::kSet: SetItems(c.set_items, &rows); return rows;
    case ClauseKind::kRemove: return Remove(c, std::move(rows));
    case ClauseKind::kDelete: return Delete(c, std::move(rows));
    case ClauseKind::kCall: return Call(c, std::move(rows));
    case ClauseKind::kForeach: Foreach(c, rows); return rows;
  }
  return rows;
}

// FOREACH changes the graph and binds nothing after it: each row passes on
// as it came, its list's items having run the body one at a time.
void Executor::Foreach(const Clause& c, const std::vector<Row>& rows) {
  for (const Row& row : rows) {
    Val list = Eval(*c.expr, row);
    if (list.is_null()) continue;
    const ResultList* items = list.get_if<ResultList>();
    if (!items) throw Error(ErrorKind::kType, "FOREACH needs a list, not " + ResultValueToText(list));
    for (const Val& item : *items) {
      Tick();
      Row one = row;
      one[c.alias] = item;
      std::vector<Row> inner = {std::move(one)};
      for (const Clause& u : c.body) {
        switch (u.kind) {
          case ClauseKind::kCreate: inner = Create(u, std::move(inner)); break;
          case ClauseKind::kMerge: inner = Merge(u, std::move(inner)); break;
          case ClauseKind::kSet: SetItems(u.set_items, &inner); break;
          case ClauseKind::kRemove: inner = Remove(u, std::move(inner)); break;
          case ClauseKind::kDelete: inner = Delete(u, std::move(inner)); break;
          case ClauseKind::kForeach: Foreach(u, inner); break;
          default: throw Error(ErrorKind::kInternal, "FOREACH holds a clause that reads");  // the binder refuses it
        }
      }
    }
  }
}

// Each row met by each record of the procedure, its YIELDed columns bound.
std::vector<Row> Executor::Call(const Clause& c, std::vector<Row> rows) {
  const Procedure* p = FindProcedure(c.procedure);  // the binder saw it exists
  auto records = p->records(*txn_);
  std::vector<size_t> columns;
  for (const auto& [output, alias] : c.yields)
    columns.push_back(std::find(p->outputs.begin(), p->outputs.end(), output) - p->outputs.begin());
  std::vector<Row> out;
  for (const Row& row : rows)
    for (const auto& record : records) {
      Tick();
      Row next = row;
      for (size_t i = 0; i < columns.size(); ++i) next[c.yields[i].second] = record[columns[i]];
      if (c.where) {
        Tri keep = ToTri(Eval(*c.where, next), "WHERE");
        if (!keep || !*keep) continue;
      }
      out.push_back(std::move(next));
    }
  return out;
}

std::vector<Row> Executor::Match(const Clause& c, std::vector<Row> rows, size_t budget) {
  std::vector<Row> out;
  MatchInto(c, rows, budget, [&](const Row& match) {
    out.push_back(match);
    if (options_.max_rows && out.size() > options_.max_rows * 16 + 100000)
      throw Error(ErrorKind::kLimit, "query stopped: the pattern matched more than " +
                                         std::to_string(out.size() - 1) + " rows");
  });
  return out;
}

void Executor::MatchInto(const Clause& c, const std::vector<Row>& rows, size_t budget,
                         const RowSink& sink) {
  struct Enough {};
  PatternMatcher matcher(this);
  matcher.PushDown(c.where.get());
  size_t emitted = 0;
  try {
    for (const Row& row : rows) {
      bool any = false;
      matcher.MatchAll(c.patterns, row, [&](const Row& match) {
        Tick();
        if (c.where) {
          Tri keep = ToTri(Eval(*c.where, match), "WHERE");
          if (!keep || !*keep) return;
        }
        any = true;
        sink(match);
        if (budget && ++emitted >= budget) throw Enough{};
      });
      if (c.optional && !any) {
        Row nulls = row;
        std::vector<std::string> vars;
        AddPatternVariables(c.patterns, &vars);
        for (const auto& v : vars) nulls.emplace(v, Val());
        sink(nulls);
      }
    }
  } catch (const Enough&) {
  }
}

std::vector<Row> Executor::Unwind(const Clause& c, std::vector<Row> rows) {
  std::vector<Row> out;
  for (Row& row : rows) {
    Val v = Eval(*c.expr, row);
    if (v.is_null()) continue;
    if (auto* list = v.get_if<ResultList>()) {
      for (const Val& item : *list) {
        Tick();
        Row next = row;
        next[c.alias] = item;
        out.push_back(std::move(next));
      }
    } else {
      row[c.alias] = v;
      out.push_back(std::move(row));
    }
  }
  return out;
}

// SKIP and LIMIT values (also from parameters) are checked like literals at
// compile time, hence the SyntaxError class (as openCypher reports them).
int64_t Executor::CountArgument(const ExprPtr& e, const char* what) {
  Val v = Eval(*e, Row{});
  auto* i = v.get_if<int64_t>();
  if (!i)
    throw Error(ErrorKind::kSyntax, std::string("InvalidArgumentType: ") + what +
                                        " needs an integer, got " +
                                        (v.is_null() ? "null" : ResultValueToText(v)));
  if (*i < 0)
    throw Error(ErrorKind::kSyntax, std::string("NegativeIntegerArgument: ") + what +
                                        " must not be negative, got " + std::to_string(*i));
  return *i;
}

std::vector<Row> Executor::Project(const Clause& c, std::vector<Row> rows, ResultSet* result,
                                   const RowSource* source) {
  const RowSource each_row = source ? *source : RowSource([&](const RowSink& sink) {
    for (const Row& row : rows) sink(row);
  });
  const Projection& pr = c.projection;
  std::vector<ProjectionItem> items = pr.items;
  if (pr.star) {
    // RETURN *: every named variable in scope, sorted by name.
    std::vector<std::string> names;
    for (const auto& [name, v] : rows.empty() ? initial_ : rows.front())
      if (name.rfind("  ", 0) != 0) names.push_back(name);
    std::vector<ProjectionItem> star;
    for (const auto& n : names) {
      auto e = std::make_shared<Expr>();
      e->kind = ExprKind::kVariable;
      e->name = n;
      star.push_back({e, n, true});
    }
    items.insert(items.begin(), star.begin(), star.end());
  }

  std::vector<const Expr*> aggregates;
  for (const auto& item : items) CollectAggregates(*item.expr, &aggregates);
  const bool grouping = !aggregates.empty();
  for (const auto& s : pr.order_by) CollectAggregates(*s.expr, &aggregates);

  std::vector<Projected> projected;
  if (grouping) {
    // Group by the values of the non-aggregate items.
    std::vector<size_t> key_items;
    for (size_t i = 0; i < items.size(); ++i)
      if (!ContainsAggregate(*items[i].expr)) key_items.push_back(i);
    struct Group {
      std::vector<Val> key;
      Row first;
      std::vector<Aggregator> aggs;
    };
    std::vector<Group> groups;
    std::map<std::string, size_t> index;  // JSON of the key → group
    auto new_group = [&](std::vector<Val> key, const Row& row) {
      Group g{std::move(key), row, {}};
      for (const Expr* a : aggregates)
        g.aggs.emplace_back(a->kind == ExprKind::kCountStar ? "count" : a->name, a->distinct);
      groups.push_back(std::move(g));
      return groups.size() - 1;
    };
    size_t seen = 0;
    each_row([&](const Row& row) {
      ++seen;
      Tick();
      std::vector<Val> key;
      std::string key_text;
      for (size_t i : key_items) {
        key.push_back(Eval(*items[i].expr, row));
        Val k = key.back();
        // 1 and 1.0 group together.
        if (auto* d = k.get_if<double>(); d && *d == static_cast<double>(static_cast<int64_t>(*d)))
          k = Val(static_cast<int64_t>(*d));
        key_text += GroupingText(k) + "\x1f";
      }
      auto [it, inserted] = index.emplace(key_text, 0);
      if (inserted) it->second = new_group(std::move(key), row);
      Group& g = groups[it->second];
      for (size_t a = 0; a < aggregates.size(); ++a) {
        const Expr* e = aggregates[a];
        if (e->args.size() == 2) g.aggs[a].SetPercentile(Eval(*e->args[1], row));
        g.aggs[a].Add(e->kind == ExprKind::kCountStar ? Val(true) : Eval(*e->args.at(0), row), row_weight_);
      }
    });
    if (groups.empty() && key_items.empty()) new_group({}, seen == 0 ? initial_ : Row{});
    for (Group& g : groups) {
      Projected p;
      for (size_t a = 0; a < aggregates.size(); ++a) p.aggregates[aggregates[a]] = g.aggs[a].Result();
      for (const auto& item : items) p.values.push_back(Eval(*item.expr, g.first, &p.aggregates));
      // ORDER BY may repeat a grouping key (`RETURN n.x, count(*) ORDER BY n.x`):
      // the group's first row gives it, the binder rejected anything else.
      p.env = g.first;
      for (size_t i = 0; i < items.size(); ++i) p.env[items[i].alias] = p.values[i];
      projected.push_back(std::move(p));
    }
  } else {
    each_row([&](const Row& row) {
      Tick();
      Projected p;
      for (const auto& item : items) p.values.push_back(Eval(*item.expr, row));
      p.env = row;
      for (size_t i = 0; i < items.size(); ++i) p.env[items[i].alias] = p.values[i];
      projected.push_back(std::move(p));
    });
  }

  if (pr.distinct) {
    std::vector<Projected> unique;
    std::map<std::string, bool> seen;
    for (auto& p : projected) {
      std::string key;
      for (const auto& v : p.values) key += GroupingText(v) + "\x1f";
      if (seen.emplace(key, true).second) unique.push_back(std::move(p));
    }
    projected = std::move(unique);
  }

  if (!pr.order_by.empty()) {
    std::vector<std::vector<Val>> keys;
    for (auto& p : projected) {
      std::vector<Val> k;
      for (const auto& s : pr.order_by) k.push_back(Eval(*s.expr, p.env, &p.aggregates));
      keys.push_back(std::move(k));
    }
    std::vector<size_t> order(projected.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    // Ties keep their order (the position decides), so a partial sort of
    // the first SKIP + LIMIT rows picks what the whole stable sort would.
    auto before = [&](size_t a, size_t b) {
      for (size_t k = 0; k < pr.order_by.size(); ++k) {
        int cmp = OrderCompare(keys[a][k], keys[b][k]);
        if (cmp != 0) return pr.order_by[k].descending ? cmp > 0 : cmp < 0;
      }
      return a < b;
    };
    size_t keep = SIZE_MAX;
    if (pr.limit) {
      size_t skip = pr.skip ? static_cast<size_t>(CountArgument(pr.skip, "SKIP")) : 0;
      size_t limit = static_cast<size_t>(CountArgument(pr.limit, "LIMIT"));
      keep = skip > SIZE_MAX - limit ? SIZE_MAX : skip + limit;
    }
    if (keep < order.size()) {
      std::partial_sort(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(keep), order.end(), before);
      order.resize(keep);
    } else {
      std::sort(order.begin(), order.end(), before);
    }
    std::vector<Projected> sorted;
    for (size_t i : order) sorted.push_back(std::move(projected[i]));
    projected = std::move(sorted);
  }

  size_t skip = pr.skip ? static_cast<size_t>(CountArgument(pr.skip, "SKIP")) : 0;
  size_t limit = pr.limit ? static_cast<size_t>(CountArgument(pr.limit, "LIMIT")) : SIZE_MAX;
  size_t begin = std::min(skip, projected.size());
  size_t end = limit == SIZE_MAX ? projected.size() : std::min(projected.size(), begin + limit);

  std::vector<Row> out;
  if (c.kind == ClauseKind::kReturn) {
    for (const auto& item : items) result->columns.push_back(item.alias);
    for (size_t i = begin; i < end; ++i) {
      std::vector<Val> values = std::move(projected[i].values);
      if (writes_)
        for (auto& v : values) v = Freshen(v);
      EmitRow(result, std::move(values));
    }
    return out;
  }
  for (size_t i = begin; i < end; ++i) {
    Row row;
    for (size_t k = 0; k < items.size(); ++k) row[items[k].alias] = projected[i].values[k];
    if (pr.where) {
      Tri keep = ToTri(Eval(*pr.where, projected[i].env, &projected[i].aggregates), "WHERE");
      if (!keep || !*keep) continue;
    }
    out.push_back(std::move(row));
  }
  return out;
}

}  // namespace ng::query
