#include "query/statement_rows.h"

#include <algorithm>
#include <deque>

#include "graph/error.h"
#include "query/executor.h"
#include "query/node_map.h"
#include "query/statement_order.h"
#include "query/values.h"

namespace ng::query {

namespace {

// (node, relationship) lists of many nodes for one type and direction, in
// the store's order: one batched walk instead of a cursor per node.
class AdjacencyLists {
 public:
  AdjacencyLists(const Transaction& txn, std::vector<NodeId> nodes, Direction direction,
                 const std::string& type, Executor* limits) {
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    txn.AdjacentRuns(nodes, direction, {type}, [&](const AdjacencyRun& run) {
      // A node's runs come one after another.
      if (index_.Insert(run.node, static_cast<uint32_t>(ranges_.size())))
        ranges_.emplace_back(entries_.size(), entries_.size());
      for (const Neighbour* n = run.begin; n != run.end; ++n) {
        limits->Tick();
        entries_.push_back(*n);
      }
      ranges_.back().second = entries_.size();
    });
  }
  // The neighbours of each of `nodes`, in order.
  std::vector<NodeId> NeighboursOf(const std::vector<NodeId>& nodes) const {
    std::vector<NodeId> out;
    for (NodeId node : nodes)
      for (auto [n, end] = Of(node); n != end; ++n) out.push_back(n->node);
    return out;
  }
  // The neighbours of `node`, in order.
  std::pair<const Neighbour*, const Neighbour*> Of(NodeId node) const {
    uint32_t i = index_.Get(node);
    if (i == kNone) return {nullptr, nullptr};
    return {entries_.data() + ranges_[i].first, entries_.data() + ranges_[i].second};
  }

 private:
  static constexpr uint32_t kNone = ~uint32_t{0};
  NodeMap<uint32_t> index_{kNone};  // into ranges_
  std::vector<std::pair<size_t, size_t>> ranges_;  // of entries_
  std::vector<Neighbour> entries_;
};

// The properties the rows show; a record's others are not read.
const std::vector<std::string> kShownKeys = {"name", "label", "text", "kind", "negated", "date", "outlet", "published"};

// The properties of one node the rows show, read once; null where absent.
struct Shown {
  bool is_statement = false, is_article = false;
  const Value *name = nullptr, *label = nullptr, *text = nullptr, *kind = nullptr, *negated = nullptr,
              *date = nullptr, *outlet = nullptr, *published = nullptr;
  Properties values;  // what the pointers point into
};

Val ToVal(const Value* v) { return v ? ResultValue::FromValue(*v) : Val(); }

// CASE WHEN s.negated THEN s.kind + ', denied' ELSE s.kind END: what the
// speaker did not say or hold is told apart from what they did.
Val KindShown(const Value* kind, const Value* negated) {
  if (!negated || !negated->is_bool() || !negated->AsBool() || !kind || !kind->is_string()) return ToVal(kind);
  return Val(kind->AsString() + ", denied");
}

class NodeReader {
 public:
  explicit NodeReader(const Transaction& txn) : txn_(txn) {}
  const Shown& Get(NodeId id) {
    uint32_t i = index_.Get(id);
    if (i != kNone) return shown_[i];
    std::vector<std::optional<Node>> record = txn_.GetNodes({id}, kShownKeys);
    return Keep(id, std::move(record[0]));
  }
  // Reads the records of `ids` not read yet in one walk (Transaction::GetNodes).
  void Prefetch(std::vector<NodeId> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    ids.erase(std::remove_if(ids.begin(), ids.end(), [&](NodeId id) { return index_.Contains(id); }),
              ids.end());
    std::vector<std::optional<Node>> records = txn_.GetNodes(ids, kShownKeys);
    for (size_t i = 0; i < ids.size(); ++i) Keep(ids[i], std::move(records[i]));
  }

 private:
  const Shown& Keep(NodeId id, std::optional<Node> n) {
    index_.Insert(id, static_cast<uint32_t>(shown_.size()));
    Shown& s = shown_.emplace_back();
    if (!n) return s;
    s.is_statement = n->HasLabel("Statement");
    s.is_article = n->HasLabel("Article");
    s.values = std::move(n->properties);
    for (auto& [key, value] : s.values) {
      const Value** field = key == "name"        ? &s.name
                            : key == "label"     ? &s.label
                            : key == "text"      ? &s.text
                            : key == "kind"      ? &s.kind
                            : key == "negated"   ? &s.negated
                            : key == "date"      ? &s.date
                            : key == "outlet"    ? &s.outlet
                            : key == "published" ? &s.published
                                                 : nullptr;
      if (field && !value.is_null()) *field = &value;
    }
    return s;
  }

  static constexpr uint32_t kNone = ~uint32_t{0};
  const Transaction& txn_;
  NodeMap<uint32_t> index_{kNone};  // into shown_
  std::deque<Shown> shown_;  // a deque: what Get returned stays where it is
};

// ORDER BY date, outlet, speaker, statement (stable: ties keep their order)
// as values, for rows whose keys are not all strings or nulls.
void SortRowsAsValues(std::vector<std::vector<Val>>* rows) {
  constexpr size_t kOrder[] = {5, 4, 0, 1};
  std::stable_sort(rows->begin(), rows->end(), [&](const auto& x, const auto& y) {
    for (size_t column : kOrder)
      if (int c = OrderCompare(x[column], y[column])) return c < 0;
    return false;
  });
}

}  // namespace

ResultSet StatementRows(Transaction* txn, std::optional<NodeId> speaker, std::optional<NodeId> target,
                        const QueryOptions& options) {
  Statement none;
  Executor limits(txn, none, options);
  NodeReader nodes(*txn);

  // The matches (speaker, statement), in the order the Cypher finds them.
  std::vector<std::pair<NodeId, NodeId>> matches;
  if (!speaker) {
    AdjacencyLists about(*txn, {*target}, Direction::kIncoming, "ABOUT", &limits);
    std::vector<NodeId> statements;
    nodes.Prefetch(about.NeighboursOf({*target}));
    for (auto [n, end] = about.Of(*target); n != end; ++n)
      if (nodes.Get(n->node).is_statement) statements.push_back(n->node);
    AdjacencyLists said(*txn, statements, Direction::kIncoming, "SAID", &limits);
    for (NodeId s : statements)
      for (auto [n, end] = said.Of(s); n != end; ++n) matches.emplace_back(n->node, s);
  } else {
    AdjacencyLists said(*txn, {*speaker}, Direction::kOutgoing, "SAID", &limits);
    std::vector<NodeId> statements;
    nodes.Prefetch(said.NeighboursOf({*speaker}));
    for (auto [n, end] = said.Of(*speaker); n != end; ++n)
      if (nodes.Get(n->node).is_statement) statements.push_back(n->node);
    AdjacencyLists about(*txn, target ? statements : std::vector<NodeId>{}, Direction::kOutgoing,
                         "ABOUT", &limits);
    for (NodeId s : statements) {
      if (!target) {
        matches.emplace_back(*speaker, s);
        continue;
      }
      for (auto [n, end] = about.Of(s); n != end; ++n)
        if (n->node == *target) matches.emplace_back(*speaker, s);
    }
  }

  std::vector<NodeId> statements;
  for (const auto& m : matches) statements.push_back(m.second);
  AdjacencyLists reported(*txn, statements, Direction::kOutgoing, "REPORTED_IN", &limits);
  AdjacencyLists about(*txn, statements, Direction::kOutgoing, "ABOUT", &limits);
  {
    // Every record the rows show, in one walk.
    std::vector<NodeId> shown = reported.NeighboursOf(statements);
    for (NodeId id : about.NeighboursOf(statements)) shown.push_back(id);
    for (const auto& [sp, s] : matches) shown.insert(shown.end(), {sp, s});
    nodes.Prefetch(std::move(shown));
  }

  // Groups (speaker, statement, article) in order of first appearance; 0 in
  // `article` with `has_article` false is OPTIONAL MATCH's null.
  struct Group {
    NodeId speaker, statement, article;
    bool has_article;
    uint32_t next_of_statement;  // the next group of the same statement
  };
  constexpr uint32_t kNone = ~uint32_t{0};
  std::vector<Group> groups;
  {
    // A statement's groups are chained from its first: a statement has one
    // speaker and one article as a rule, so a chain is a group or two.
    NodeMap<uint32_t> first_of_statement(kNone);
    std::vector<uint32_t> last_of_statement;  // by the first group's number
    auto add = [&](NodeId sp, NodeId s, NodeId article, bool has_article) {
      uint32_t first = first_of_statement.Get(s);
      for (uint32_t g = first; g != kNone; g = groups[g].next_of_statement) {
        const Group& x = groups[g];
        if (x.speaker == sp && x.article == article && x.has_article == has_article) return;
      }
      uint32_t added = static_cast<uint32_t>(groups.size());
      groups.push_back({sp, s, article, has_article, kNone});
      if (first == kNone) {
        first_of_statement.Insert(s, added);
        last_of_statement.resize(std::max<size_t>(last_of_statement.size(), added + 1), kNone);
        last_of_statement[added] = added;
      } else {
        groups[last_of_statement[first]].next_of_statement = added;
        last_of_statement[first] = added;
      }
    };
    for (const auto& [sp, s] : matches) {
      limits.Tick();
      bool any = false;
      for (auto [n, end] = reported.Of(s); n != end; ++n) {
        if (!nodes.Get(n->node).is_article) continue;
        any = true;
        add(sp, s, n->node, true);
      }
      if (!any) add(sp, s, 0, false);
    }
  }
  if (options.max_rows && groups.size() > options.max_rows)
    throw Error(ErrorKind::kLimit, "query stopped: more than " + std::to_string(options.max_rows) +
                                       " result rows (--max-rows)");

  // Each statement's targets, once: collect(DISTINCT coalesce(other.name, other.label)).
  NodeMap<uint32_t> about_index(kNone);  // statement → its list in about_lists
  std::vector<Val> about_lists;
  std::vector<uint32_t> about_uses;  // rows left to take each list: the last one moves it
  for (const Group& g : groups) {
    uint32_t list = about_index.Get(g.statement);
    if (list != kNone) {
      ++about_uses[list];
      continue;
    }
    ResultList values;
    for (auto [n, end] = about.Of(g.statement); n != end; ++n) {
      const Shown& other = nodes.Get(n->node);
      const Value* v = other.name ? other.name : other.label;
      if (!v) continue;
      Val value = ResultValue::FromValue(*v);
      bool repeated = false;
      for (const Val& seen : values) repeated = repeated || SameGroup(seen, value);
      if (!repeated) values.push_back(std::move(value));
    }
    about_index.Insert(g.statement, static_cast<uint32_t>(about_lists.size()));
    about_lists.emplace_back(std::move(values));
    about_uses.push_back(1);
  }

  // The rows' sort keys, then the rows in their order.
  struct Fields {
    const Value *speaker, *text, *kind, *outlet, *date;
  };
  std::vector<Fields> fields;
  fields.reserve(groups.size());
  std::vector<StatementSortKey> keys;
  keys.reserve(groups.size());
  for (const Group& g : groups) {
    const Shown& s = nodes.Get(g.statement);
    Fields f{nodes.Get(g.speaker).name, s.text, s.kind, nullptr, s.date};
    if (g.has_article) {
      const Shown& a = nodes.Get(g.article);
      f.outlet = a.outlet;
      if (!f.date) f.date = a.published;  // coalesce(s.date, a.published)
    }
    fields.push_back(f);
    keys.push_back({{f.date, f.outlet, f.speaker, f.text}});
  }
  std::optional<std::vector<uint32_t>> order = StringOrder(keys);

  ResultSet result;
  result.has_return = true;
  result.columns = {"speaker", "statement", "kind", "about", "outlet", "date"};
  // Made in the order found (their records are read in about that order),
  // then put in ORDER BY's order by moving each row's vector.
  std::vector<std::vector<Val>> rows(groups.size());
  for (size_t r = 0; r < groups.size(); ++r) {
    limits.Tick();
    const Fields& f = fields[r];
    uint32_t list = about_index.Get(groups[r].statement);
    std::vector<Val>& row = rows[r];
    row.reserve(6);
    row.push_back(ToVal(f.speaker));
    row.push_back(ToVal(f.text));
    row.push_back(KindShown(f.kind, nodes.Get(groups[r].statement).negated));
    row.push_back(--about_uses[list] == 0 ? std::move(about_lists[list]) : about_lists[list]);
    row.push_back(ToVal(f.outlet));
    row.push_back(ToVal(f.date));
  }
  if (order) {
    result.rows.reserve(rows.size());
    for (uint32_t r : *order) result.rows.push_back(std::move(rows[r]));
  } else {
    result.rows = std::move(rows);
    SortRowsAsValues(&result.rows);
  }
  return result;
}

}  // namespace ng::query
