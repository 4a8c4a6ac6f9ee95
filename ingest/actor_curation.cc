#include "ingest/actor_curation.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include "graph/error.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

constexpr const char* kMerged = "merged";    // the kept node's record of merges
constexpr const char* kCount = "count";      // MENTIONED_IN: how often the article names the actor

std::vector<std::string> Aliases(const Node& n) {
  std::vector<std::string> out;
  auto it = n.properties.find("aliases");
  if (it != n.properties.end() && it->second.is_list())
    for (const Value& v : it->second.AsList())
      if (v.is_string()) out.push_back(v.AsString());
  return out;
}

void SetAliases(Node* n, const std::vector<std::string>& aliases) {
  ValueList list;
  for (const std::string& a : aliases) list.emplace_back(a);
  n->properties["aliases"] = Value(std::move(list));
}

std::vector<std::string> Records(const Node& n) {
  std::vector<std::string> out;
  auto it = n.properties.find(kMerged);
  if (it != n.properties.end() && it->second.is_list())
    for (const Value& v : it->second.AsList())
      if (v.is_string()) out.push_back(v.AsString());
  return out;
}

void SetRecords(Node* n, const std::vector<std::string>& records) {
  if (records.empty()) {
    n->properties.erase(kMerged);
    return;
  }
  ValueList list;
  for (const std::string& r : records) list.emplace_back(r);
  n->properties[kMerged] = Value(std::move(list));
}

// Properties compared for joining: all but the count, which adds up.
Properties WithoutCount(Properties p) {
  p.erase(kCount);
  return p;
}

using RelKey = std::tuple<std::string, bool, NodeId>;  // type, outgoing, other end

const ValueMap& MapField(const ValueMap& m, const char* key) {
  static const ValueMap kEmpty;
  auto it = m.find(key);
  return it != m.end() && it->second.is_map() ? it->second.AsMap() : kEmpty;
}

int64_t IntField(const ValueMap& m, const char* key, int64_t fallback) {
  auto it = m.find(key);
  return it != m.end() && it->second.is_int() ? it->second.AsInt() : fallback;
}

}  // namespace

std::string ActorName(const Node& n) {
  auto it = n.properties.find("name");
  return it != n.properties.end() && it->second.is_string() ? it->second.AsString() : "#" + std::to_string(n.id);
}

MergeReport MergeActors(Transaction* tx, NodeId keep, NodeId other) {
  std::optional<Node> k = tx->GetNode(keep), o = tx->GetNode(other);
  if (!k || !k->HasLabel("Actor")) throw Error(ErrorKind::kArgument, "node " + std::to_string(keep) + " is no actor");
  if (!o || !o->HasLabel("Actor")) throw Error(ErrorKind::kArgument, "node " + std::to_string(other) + " is no actor");
  if (keep == other) throw Error(ErrorKind::kArgument, "'" + ActorName(*k) + "' cannot be merged into itself");
  MergeReport report;
  report.kept = ActorName(*k);
  report.merged = ActorName(*o);

  // The kept actor's relationships by (type, direction, other end), to join
  // instead of doubling.
  std::map<RelKey, std::vector<RelId>> have;
  {
    auto cursor = tx->Adjacent(keep, Direction::kBoth);
    AdjacencyEntry e;
    while (cursor->Next(&e))
      have[{e.type, e.direction == Direction::kOutgoing, e.neighbour}].push_back(e.relationship);
  }
  std::vector<AdjacencyEntry> mine;
  {
    std::set<RelId> seen;
    auto cursor = tx->Adjacent(other, Direction::kBoth);
    AdjacencyEntry e;
    while (cursor->Next(&e))
      if (seen.insert(e.relationship).second) mine.push_back(e);
  }

  // The record keeps, per relationship: a moved one as the pair (old id,
  // new id) — the new one still says what it is; a joined or dropped one in
  // full, as nothing else does.
  ValueList moved, joined, dropped;
  for (const AdjacencyEntry& e : mine) {
    Relationship r = *tx->GetRelationship(e.relationship);
    bool out = r.start == other;
    NodeId far = out ? r.end : r.start;
    ValueMap entry = {{"id", Value(static_cast<int64_t>(r.id))},
                      {"type", Value(r.type)},
                      {"out", Value(out)},
                      {"other", Value(static_cast<int64_t>(far))},
                      {"properties", Value(ValueMap(r.properties.begin(), r.properties.end()))}};
    tx->DeleteRelationship(r.id);
    if (far == keep || far == other) {  // between the two: nothing left to relate
      ++report.dropped;
      dropped.emplace_back(std::move(entry));
      continue;
    }
    std::optional<Relationship> twin;
    auto same = have.find({r.type, out, far});
    if (same != have.end())
      for (RelId id : same->second) {
        std::optional<Relationship> candidate = tx->GetRelationship(id);
        if (candidate && WithoutCount(candidate->properties) == WithoutCount(r.properties)) {
          twin = candidate;
          break;
        }
      }
    ++report.moved;
    if (twin) {
      auto mine_count = r.properties.find(kCount), its_count = twin->properties.find(kCount);
      if (mine_count != r.properties.end() && its_count != twin->properties.end() && mine_count->second.is_int() &&
          its_count->second.is_int()) {
        twin->properties[kCount] = Value(its_count->second.AsInt() + mine_count->second.AsInt());
        tx->UpdateRelationship(*twin);
      }
      entry["now"] = Value(static_cast<int64_t>(twin->id));
      joined.emplace_back(std::move(entry));
      ++report.joined;
      continue;
    }
    RelId now = out ? tx->CreateRelationship(keep, r.type, far, r.properties)
                    : tx->CreateRelationship(far, r.type, keep, r.properties);
    moved.emplace_back(static_cast<int64_t>(r.id));
    moved.emplace_back(static_cast<int64_t>(now));
  }

  // The merged actor's names become the kept one's aliases.
  std::vector<std::string> aliases = Aliases(*k), added;
  std::set<std::string> known = {Lower(ActorName(*k))};
  for (const std::string& a : aliases) known.insert(Lower(a));
  std::vector<std::string> names = {ActorName(*o)};
  for (const std::string& a : Aliases(*o)) names.push_back(a);
  for (const std::string& n : names)
    if (known.insert(Lower(n)).second) {
      aliases.push_back(n);
      added.push_back(n);
    }
  ValueList added_list;
  for (const std::string& a : added) added_list.emplace_back(a);
  ValueList labels;
  for (const std::string& l : o->labels) labels.emplace_back(l);
  ValueMap record = {{"id", Value(static_cast<int64_t>(other))},
                     {"labels", Value(std::move(labels))},
                     {"properties", Value(ValueMap(o->properties.begin(), o->properties.end()))},
                     {"aliases_added", Value(std::move(added_list))},
                     {"moved", Value(std::move(moved))},
                     {"joined", Value(std::move(joined))},
                     {"dropped", Value(std::move(dropped))}};
  std::vector<std::string> records = Records(*k);
  records.push_back(ValueToJson(Value(std::move(record))));
  SetAliases(&*k, aliases);
  SetRecords(&*k, records);
  tx->UpdateNode(*k);
  tx->DeleteNode(other);
  return report;
}

std::vector<std::string> MergedNames(const Node& actor) {
  std::vector<std::string> out;
  for (const std::string& r : Records(actor)) {
    Value v = ValueFromJson(r);
    if (!v.is_map()) continue;
    const ValueMap& props = MapField(v.AsMap(), "properties");
    auto it = props.find("name");
    out.push_back(it != props.end() && it->second.is_string() ? it->second.AsString()
                                                              : "#" + std::to_string(IntField(v.AsMap(), "id", 0)));
  }
  return out;
}

SplitReport SplitActor(Transaction* tx, NodeId actor, const std::string& name) {
  std::optional<Node> a = tx->GetNode(actor);
  if (!a || !a->HasLabel("Actor")) throw Error(ErrorKind::kArgument, "node " + std::to_string(actor) + " is no actor");
  std::vector<std::string> records = Records(*a);
  std::vector<std::string> names = MergedNames(*a);
  size_t which = names.size();
  for (size_t i = 0; i < names.size(); ++i)
    if (Lower(names[i]) == Lower(name)) which = i;
  if (which == names.size()) {
    std::string message = "nothing called '" + name + "' was merged into '" + ActorName(*a) + "' with `actors merge`";
    if (names.empty()) {
      message += "; nothing was";
    } else {
      message += "; merged into it:";
      for (size_t i = 0; i < names.size(); ++i) message += (i ? ", '" : " '") + names[i] + "'";
    }
    throw Error(ErrorKind::kArgument, message);
  }
  const ValueMap record = ValueFromJson(records[which]).AsMap();
  SplitReport report;
  report.name = names[which];

  // The actor again, under its old id when that is free.
  std::vector<std::string> labels;
  auto label_list = record.find("labels");
  if (label_list != record.end() && label_list->second.is_list())
    for (const Value& l : label_list->second.AsList())
      if (l.is_string()) labels.push_back(l.AsString());
  const ValueMap& props = MapField(record, "properties");
  Properties properties(props.begin(), props.end());
  NodeId old_id = static_cast<NodeId>(IntField(record, "id", 0));
  if (old_id != 0 && !tx->NodeExists(old_id)) {
    tx->CreateNodeWithId(old_id, labels, properties);
    report.restored = old_id;
  } else {
    report.restored = tx->CreateNode(labels, properties);
  }
  const NodeId restored = report.restored;

  auto relate = [&](RelId old_rel, bool out, NodeId far, const std::string& type, const Properties& p) {
    NodeId start = out ? restored : far, end = out ? far : restored;
    if (old_rel != 0 && !tx->GetRelationship(old_rel)) tx->CreateRelationshipWithId(old_rel, start, type, end, p);
    else tx->CreateRelationship(start, type, end, p);
  };
  auto entries = [&](const char* key) {
    auto it = record.find(key);
    return it != record.end() && it->second.is_list() ? it->second.AsList() : ValueList{};
  };
  // Moved ones: back from where they are now, as they are now.
  ValueList moved = entries("moved");
  for (size_t i = 0; i + 1 < moved.size(); i += 2) {
    if (!moved[i].is_int() || !moved[i + 1].is_int()) continue;
    std::optional<Relationship> held = tx->GetRelationship(static_cast<RelId>(moved[i + 1].AsInt()));
    if (!held || (held->start != actor && held->end != actor)) {
      ++report.gone;
      continue;
    }
    bool out = held->start == actor;
    NodeId far = out ? held->end : held->start;
    tx->DeleteRelationship(held->id);
    relate(static_cast<RelId>(moved[i].AsInt()), out, far, held->type, held->properties);
    ++report.moved_back;
  }
  // Joined and dropped ones: from the record (a joined count is taken back).
  for (const char* key : {"joined", "dropped"})
    for (const Value& item : entries(key)) {
      if (!item.is_map()) continue;
      const ValueMap& e = item.AsMap();
      auto type = e.find("type");
      auto out = e.find("out");
      if (type == e.end() || !type->second.is_string() || out == e.end()) continue;
      NodeId far = static_cast<NodeId>(IntField(e, "other", 0));
      if (far == old_id) far = restored;  // a relationship of the merged actor with itself
      if (far != actor && !tx->NodeExists(far)) {
        ++report.gone;
        continue;
      }
      const ValueMap& rp = MapField(e, "properties");
      Properties original(rp.begin(), rp.end());
      int64_t now = IntField(e, "now", -1);
      if (now >= 0) {
        std::optional<Relationship> held = tx->GetRelationship(static_cast<RelId>(now));
        auto mine = original.find(kCount);
        if (held && mine != original.end() && mine->second.is_int()) {
          auto its = held->properties.find(kCount);
          if (its != held->properties.end() && its->second.is_int()) {
            held->properties[kCount] = Value(std::max<int64_t>(its->second.AsInt() - mine->second.AsInt(), 1));
            tx->UpdateRelationship(*held);
          }
        }
      }
      relate(static_cast<RelId>(IntField(e, "id", 0)), out->second == Value(true), far, type->second.AsString(),
             original);
      ++report.moved_back;
    }

  // Its names leave the actor's aliases; the record goes.
  std::set<std::string> added;
  auto added_list = record.find("aliases_added");
  if (added_list != record.end() && added_list->second.is_list())
    for (const Value& v : added_list->second.AsList())
      if (v.is_string()) added.insert(Lower(v.AsString()));
  a = tx->GetNode(actor);
  std::vector<std::string> aliases;
  for (const std::string& alias : Aliases(*a))
    if (!added.count(Lower(alias))) aliases.push_back(alias);
  SetAliases(&*a, aliases);
  records.erase(records.begin() + static_cast<long>(which));
  SetRecords(&*a, records);
  tx->UpdateNode(*a);
  return report;
}

}  // namespace ng::ingest
