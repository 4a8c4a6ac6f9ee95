#include "query/statement_rows.h"

#include <algorithm>
#include <deque>
#include <unordered_map>

#include "graph/error.h"
#include "query/executor.h"
#include "query/node_map.h"
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

Val PropertyValue(const Node& n, const char* key) {
  auto it = n.properties.find(key);
  return it == n.properties.end() ? Val() : ResultValue::FromValue(it->second);
}

// The properties of one node the rows show, read once.
struct Shown {
  bool is_statement = false, is_article = false;
  Val name, label, text, kind, date, outlet, published;
};

class NodeReader {
 public:
  explicit NodeReader(const Transaction& txn) : txn_(txn) {}
  const Shown& Get(NodeId id) {
    uint32_t i = index_.Get(id);
    if (i != kNone) return shown_[i];
    return Keep(id, txn_.GetNode(id));
  }
  // Reads the records of `ids` not read yet in one walk (Transaction::GetNodes).
  void Prefetch(std::vector<NodeId> ids) {
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    ids.erase(std::remove_if(ids.begin(), ids.end(), [&](NodeId id) { return index_.Contains(id); }),
              ids.end());
    std::vector<std::optional<Node>> records = txn_.GetNodes(ids);
    for (size_t i = 0; i < ids.size(); ++i) Keep(ids[i], records[i]);
  }

 private:
  const Shown& Keep(NodeId id, const std::optional<Node>& n) {
    Shown s;
    if (n) {
      s.is_statement = n->HasLabel("Statement");
      s.is_article = n->HasLabel("Article");
      s.name = PropertyValue(*n, "name");
      s.label = PropertyValue(*n, "label");
      s.text = PropertyValue(*n, "text");
      s.kind = PropertyValue(*n, "kind");
      s.date = PropertyValue(*n, "date");
      s.outlet = PropertyValue(*n, "outlet");
      s.published = PropertyValue(*n, "published");
    }
    index_.Insert(id, static_cast<uint32_t>(shown_.size()));
    shown_.push_back(std::move(s));
    return shown_.back();
  }

  static constexpr uint32_t kNone = ~uint32_t{0};
  const Transaction& txn_;
  NodeMap<uint32_t> index_{kNone};  // into shown_
  std::deque<Shown> shown_;  // a deque: what Get returned stays where it is
};

// ORDER BY date, outlet, speaker, statement (stable: ties keep their order).
// The store keeps these as strings or leaves them out: then the rows are
// sorted on the strings themselves, nulls last as OrderCompare puts them,
// not through OrderCompare's dispatch on the value's type every time.
void SortRows(std::vector<std::vector<Val>>* rows) {
  constexpr size_t kOrder[] = {5, 4, 0, 1};
  bool strings = true;
  for (const auto& row : *rows)
    for (size_t column : kOrder)
      strings = strings && (row[column].is_null() || row[column].get_if<std::string>());
  if (!strings) {
    std::stable_sort(rows->begin(), rows->end(), [&](const auto& x, const auto& y) {
      for (size_t column : kOrder)
        if (int c = OrderCompare(x[column], y[column])) return c < 0;
      return false;
    });
    return;
  }
  struct Key {
    const std::string* values[4];  // null for a null
    size_t row;
  };
  std::vector<Key> keys(rows->size());
  for (size_t r = 0; r < rows->size(); ++r) {
    keys[r].row = r;
    for (size_t k = 0; k < 4; ++k) keys[r].values[k] = (*rows)[r][kOrder[k]].get_if<std::string>();
  }
  std::stable_sort(keys.begin(), keys.end(), [](const Key& x, const Key& y) {
    for (size_t k = 0; k < 4; ++k) {
      const std::string *a = x.values[k], *b = y.values[k];
      if (!a || !b) {
        if (a != b) return b == nullptr;  // a string before a null
        continue;
      }
      if (int c = a->compare(*b)) return c < 0;
    }
    return false;
  });
  std::vector<std::vector<Val>> sorted;
  sorted.reserve(rows->size());
  for (const Key& k : keys) sorted.push_back(std::move((*rows)[k.row]));
  *rows = std::move(sorted);
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
  };
  std::vector<Group> groups;
  {
    struct KeyHash {
      size_t operator()(const std::tuple<NodeId, NodeId, NodeId, bool>& k) const {
        auto [a, b, c, d] = k;
        return std::hash<uint64_t>()(a * 1000003 ^ b * 10007 ^ c * 31 ^ d);
      }
    };
    std::unordered_map<std::tuple<NodeId, NodeId, NodeId, bool>, bool, KeyHash> seen;
    for (const auto& [sp, s] : matches) {
      limits.Tick();
      bool any = false;
      for (auto [n, end] = reported.Of(s); n != end; ++n) {
        if (!nodes.Get(n->node).is_article) continue;
        any = true;
        if (seen.emplace(std::make_tuple(sp, s, n->node, true), true).second)
          groups.push_back({sp, s, n->node, true});
      }
      if (!any && seen.emplace(std::make_tuple(sp, s, NodeId{0}, false), true).second)
        groups.push_back({sp, s, 0, false});
    }
  }

  ResultSet result;
  result.has_return = true;
  result.columns = {"speaker", "statement", "kind", "about", "outlet", "date"};
  constexpr uint32_t kNone = ~uint32_t{0};
  NodeMap<uint32_t> about_index(kNone);  // statement → its list in about_lists
  std::vector<Val> about_lists;
  result.rows.reserve(groups.size());
  for (const Group& g : groups) {
    limits.Tick();
    uint32_t list = about_index.Get(g.statement);
    if (list == kNone) {
      ResultList values;
      for (auto [n, end] = about.Of(g.statement); n != end; ++n) {
        const Shown& other = nodes.Get(n->node);
        const Val& v = other.name.is_null() ? other.label : other.name;
        if (v.is_null()) continue;
        bool repeated = false;
        for (const Val& seen : values) repeated = repeated || SameGroup(seen, v);
        if (!repeated) values.push_back(v);
      }
      list = static_cast<uint32_t>(about_lists.size());
      about_index.Insert(g.statement, list);
      about_lists.emplace_back(std::move(values));
    }
    const Shown& s = nodes.Get(g.statement);
    const Val& speaker_name = nodes.Get(g.speaker).name;
    Val outlet, published;
    if (g.has_article) {
      const Shown& a = nodes.Get(g.article);
      outlet = a.outlet;
      published = a.published;
    }
    result.rows.push_back({speaker_name, s.text, s.kind, about_lists[list], outlet,
                           s.date.is_null() ? published : s.date});
  }
  SortRows(&result.rows);
  if (options.max_rows && result.rows.size() > options.max_rows)
    throw Error(ErrorKind::kLimit, "query stopped: more than " + std::to_string(options.max_rows) +
                                       " result rows (--max-rows)");
  return result;
}

}  // namespace ng::query
