#include "ingest/graph_writer.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <set>
#include <string_view>

#include "graph/temporal_value.h"
#include "ingest/event_identity.h"
#include "ingest/name_key.h"
#include "ingest/sentences.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

// Unknown metadata (no outlet, no date) is left out rather than stored as "":
// in queries it is then null, so coalesce() and IS NULL work.
// The whole sentence (or sentences) a statement's words stand in, so that
// every statement shows where it came from without the article at hand.
// `split` keeps each paragraph's sentences by the paragraph's offset: a
// paragraph of many statements is split once, not once per statement.
std::string SourceSentence(const std::string& body, size_t start, size_t end, const Lexicon& lex,
                           std::map<size_t, std::vector<Span>>* split) {
  if (start >= body.size() || end > body.size() || start >= end) return "";
  size_t from = body.rfind('\n', start);
  from = from == std::string::npos ? 0 : from + 1;
  size_t to = body.find('\n', end);
  if (to == std::string::npos) to = body.size();
  std::string_view paragraph(body.data() + from, to - from);
  size_t first = 0, last = paragraph.size();
  auto sentences = split->find(from);
  if (sentences == split->end()) sentences = split->emplace(from, SplitSentences(paragraph, lex)).first;
  for (const Span& sp : sentences->second) {
    if (sp.start <= start - from) first = sp.start;
    if (sp.end >= end - from) {
      last = sp.end;
      break;
    }
  }
  std::string out(paragraph.substr(first, last - first));
  while (!out.empty() && std::isspace(static_cast<unsigned char>(out.back()))) out.pop_back();
  return out;
}

Properties Present(Properties p) {
  std::erase_if(p, [](const auto& kv) { return kv.second.is_string() && kv.second.AsString().empty(); });
  return p;
}

// A day ("2024-01-23") is stored as a Cypher date, so that `s.date >=
// date('2024-01-20')` and ORDER BY compare days; a month or a year alone
// ("2023-08", "2014", events only) stays text: Cypher has no partial date.
Value DateValue(const std::string& iso) {
  int y, m, d;
  char tail;
  if (iso.size() == 10 && std::sscanf(iso.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) == 3 && m >= 1 &&
      m <= 12 && d >= 1 && d <= DaysInMonth(y, m))
  {
    Temporal date;
    date.kind = Temporal::Kind::kDate;
    date.days = DaysFromCivil(y, m, d);
    return Value(std::move(date));
  }
  return Value(iso);
}

// The ISO text of a stored date, whichever of the two forms it has.
std::string DateText(const Value& v) {
  if (v.is_temporal()) return TemporalToString(v.AsTemporal());
  return v.is_string() ? v.AsString() : "";
}


std::string HashText(uint64_t h) {
  static const char* kHex = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) s[i] = kHex[h & 15];
  return s;
}

ValueList Strings(const std::set<std::string>& items) {
  ValueList out;
  for (const std::string& s : items) out.emplace_back(s);
  return out;
}

std::vector<std::pair<RelId, NodeId>> Adjacent(const Transaction& tx, NodeId node, Direction dir,
                                               const std::string& type) {
  std::vector<std::pair<RelId, NodeId>> out;
  auto cursor = tx.Adjacent(node, dir, {type});
  AdjacencyEntry e;
  while (cursor->Next(&e)) out.emplace_back(e.relationship, e.neighbour);
  return out;
}

void DeleteWithRelationships(Transaction* tx, NodeId node) {
  std::set<RelId> rels;
  auto cursor = tx->Adjacent(node, Direction::kBoth);
  AdjacencyEntry e;
  while (cursor->Next(&e)) rels.insert(e.relationship);
  for (RelId r : rels) tx->DeleteRelationship(r);
  tx->DeleteNode(node);
}

// Removes an article and the facts only it reported.
void DeleteArticle(Transaction* tx, NodeId article) {
  for (const auto& [rel, node] : Adjacent(*tx, article, Direction::kIncoming, "REPORTED_IN")) {
    auto n = tx->GetNode(node);
    if (!n) continue;
    if (n->HasLabel("Event") &&
        Adjacent(*tx, node, Direction::kOutgoing, "REPORTED_IN").size() > 1) {
      tx->DeleteRelationship(rel);
      continue;
    }
    DeleteWithRelationships(tx, node);
  }
  DeleteWithRelationships(tx, article);
}

}  // namespace

class Writer {
 public:
  Writer(Transaction* tx, const Extraction& x, const Lexicon& lex, EventIndex* events)
      : tx_(tx), x_(x), lex_(lex), events_(events) {}

  IngestFileResult Write() {
    IngestFileResult result;
    std::string hash = HashText(x_.article.content_hash);
    if (auto old = FindArticle(*tx_, x_.article.file)) {
      auto node = tx_->GetNode(*old);
      auto h = node->properties.find("hash");
      // An article stored before bodies were kept is written again, with its body.
      if (h != node->properties.end() && h->second.is_string() && h->second.AsString() == hash &&
          tx_->GetText(*old)) {
        result.outcome = IngestFileResult::Outcome::kUnchanged;
        return result;
      }
      DeleteArticle(tx_, *old);
      events_->Clear();  // some events may be gone
      result.outcome = IngestFileResult::Outcome::kReplaced;
    }
    const Article& a = x_.article;
    ValueList authors;
    for (const std::string& s : a.authors) authors.emplace_back(s);
    NodeId article = tx_->CreateNode(
        {"Article"}, Present({{"file", a.file}, {"name", a.file}, {"url", a.url}, {"outlet", a.outlet},
                      {"title", a.title}, {"published", DateValue(a.published)}, {"authors", authors},
                      {"hash", hash}}));
    // The body the statements' offsets index: `said --context` shows their
    // paragraph from it, `check` verifies the offsets against it.
    tx_->SetText(article, x_.body);
    std::vector<NodeId> actor_ids;
    for (size_t i = 0; i < x_.actors.size(); ++i) actor_ids.push_back(ActorNode(x_.actors[i]));
    for (size_t i = 0; i < x_.actors.size(); ++i) {
      const ActorFact& f = x_.actors[i];
      // Anonymous sources are busy, generic nodes: their affiliation is the one
      // of the article that made them. A person's employer or an institution's
      // country is linked whenever an article names it.
      if (f.affiliation >= 0 && (created_.count(actor_ids[i]) || f.kind != "anonymous_source"))
        LinkAffiliation(f, actor_ids[i], actor_ids[f.affiliation]);
      if (f.mentions > 0 && f.kind != "anonymous_source")
        tx_->CreateRelationship(actor_ids[i], "MENTIONED_IN", article,
                                {{"count", static_cast<int64_t>(f.mentions)}});
    }
    result.actors = x_.actors.size();
    std::vector<NodeId> place_ids;
    for (const PlaceFact& f : x_.places) {
      NodeId id = PlaceNode(f);
      place_ids.push_back(id);
      if (f.country >= 0) Link(id, "LOCATED_IN", actor_ids[f.country], {});
      else if (lex_.actor_by_name.count(f.country_name)) Link(id, "LOCATED_IN", DictNodeByName(f.country_name), {});
      tx_->CreateRelationship(id, "MENTIONED_IN", article, {{"count", static_cast<int64_t>(f.mentions)}});
    }
    std::vector<NodeId> event_ids;
    for (const EventFact& e : x_.events) {
      event_ids.push_back(EventNode(e, actor_ids, article));
      if (e.place >= 0) Link(event_ids.back(), "LOCATED_IN", place_ids[e.place], {});
      for (int forum : e.forums) Link(event_ids.back(), "IN_FORUM", actor_ids[forum], {});
    }
    result.events = x_.events.size();
    result.events_merged = merged_events_;
    size_t statements = 0;
    std::map<size_t, std::vector<Span>> sentences;  // of each paragraph, by its offset
    for (const StatementFact& s : x_.statements) {
      // A Statement has at most one speaker (`check` verifies it). Reported
      // words whose source names no actor are kept, with the words that name
      // it: a verb of speech or belief vouches for them. A quotation with no
      // speaker is not, unless a verb of speech names its source in words
      // ("The mayor said: '...'") or tells of one ("X was told: '...'"): with
      // no cue it may be a title or a scare quote.
      if (s.speaker < 0 && s.kind != "indirect" && s.speaker_words.empty() && !s.unnamed_teller) continue;
      ++statements;
      Properties props = Present({{"text", s.text}, {"kind", s.kind}, {"verb", s.verb},
                                  {"stance", s.stance}, {"date", DateValue(s.date)},
                                  {"source", SourceSentence(x_.body, s.start, s.end, lex_, &sentences)},
                                  {"speaker_words", s.speaker_words},
                                  {"sentence", static_cast<int64_t>(s.sentence)},
                                  {"start", static_cast<int64_t>(s.start)},
                                  {"end", static_cast<int64_t>(s.end)}});
      // Reporting words set off inside the words (graph/statement_text.h).
      if (s.negated) props["negated"] = Value(true);
      if (s.gap_end > s.gap_start) {
        props["gap_start"] = Value(static_cast<int64_t>(s.gap_start));
        props["gap_end"] = Value(static_cast<int64_t>(s.gap_end));
      }
      NodeId st = tx_->CreateNode({"Statement"}, props);
      if (s.speaker >= 0) tx_->CreateRelationship(actor_ids[s.speaker], "SAID", st, {});
      tx_->CreateRelationship(st, "REPORTED_IN", article, {});
      std::set<NodeId> about;
      for (int a : s.about_actors)
        if (a != s.speaker && about.insert(actor_ids[a]).second)
          tx_->CreateRelationship(st, "ABOUT", actor_ids[a], {});
      for (int e : s.about_events)
        if (about.insert(event_ids[e]).second) tx_->CreateRelationship(st, "ABOUT", event_ids[e], {});
    }
    result.statements = statements;
    return result;
  }

 private:
  // Creates a relationship unless the same one exists; looks from the end
  // with fewer relationships (an event, not the busy actor).
  // An institution is PART_OF its country; a titled person HOLDS_ROLE in a
  // country ("British Defence Secretary Grant Shapps"; a "spokesman" is no
  // office of state); anyone else is
  // AFFILIATED_WITH their employer.
  void LinkAffiliation(const ActorFact& f, NodeId from, NodeId to) {
    const ActorFact& of = x_.actors[f.affiliation];
    if (f.kind == "government_body") Link(from, "PART_OF", to, {});
    else if (f.kind == "person" && !f.title.empty() && StartsUpper(f.title) && of.kind == "country")
      Link(from, "HOLDS_ROLE", to, {{"title", f.title}});
    else Link(from, "AFFILIATED_WITH", to, {});
  }

  void Link(NodeId from, const std::string& type, NodeId to, const Properties& props,
            bool scan_end = false) {
    if (from == to) return;
    if (scan_end) {
      for (const auto& [rel, node] : Adjacent(*tx_, to, Direction::kIncoming, type))
        if (node == from) return;
    } else {
      for (const auto& [rel, node] : Adjacent(*tx_, from, Direction::kOutgoing, type))
        if (node == to) return;
    }
    tx_->CreateRelationship(from, type, to, props);
  }

  std::optional<NodeId> FindActor(const std::string& name) {
    auto cached = by_name_.find(name);
    if (cached != by_name_.end()) return cached->second;
    for (NodeId id : tx_->FindByName(name)) {
      auto n = tx_->GetNode(id);
      if (n && n->HasLabel("Actor")) return id;
    }
    return std::nullopt;
  }

  // By name, by the spelling names are compared in, then (a person) by the
  // name without middle initials.
  std::optional<NodeId> FindActorOrSpellings(const ActorFact& f, const std::string& spelling,
                                             const std::string& person_key) {
    if (auto found = FindActor(f.name)) return found;
    if (!spelling.empty())
      if (auto found = FindActor(spelling)) return found;
    if (person_key.find(' ') == std::string::npos) return std::nullopt;
    return FindPersonByInitialFreeName(person_key);
  }

  // A person stored under the name without its middle initials ("John R.
  // Kasich" and "John Kasich" of another article), whose own initials do not
  // say otherwise ("George H. W. Bush" is no "George W. Bush").
  std::optional<NodeId> FindPersonByInitialFreeName(const std::string& key) {
    const std::string bare = WithoutMiddleInitials(key);
    for (NodeId id : tx_->FindByName(bare)) {
      auto n = tx_->GetNode(id);
      if (!n || !n->HasLabel("Actor")) continue;
      auto name = n->properties.find("name");
      auto kind = n->properties.find("kind");
      if (name == n->properties.end() || !name->second.is_string() || kind == n->properties.end() ||
          kind->second != Value("person"))
        continue;
      if (MiddleInitialsAgree(PersonNameKey(name->second.AsString(), lex_.name_variants), key)) return id;
    }
    return std::nullopt;
  }

  NodeId DictNode(int index) {
    const DictActor& d = lex_.actors[index];
    ActorFact f;
    f.name = d.name;
    f.kind = d.kind;
    f.dict = index;
    return ActorNode(f);
  }

  NodeId DictNodeByName(const std::string& name) {
    auto it = lex_.actor_by_name.find(name);
    if (it != lex_.actor_by_name.end()) return DictNode(it->second);
    ActorFact f;
    f.name = name;
    f.kind = "organization";
    return ActorNode(f);
  }

  // A discovered person's name in the spelling names are compared in, when
  // it differs from the name: kept as an alias so that other articles'
  // spellings find the node ("Basem Alawadi" -> "basim awadi").
  std::string SpellingKey(const ActorFact& f) const {
    if (f.kind != "person" || f.dict >= 0) return "";
    std::string key = PersonNameKey(f.name, lex_.name_variants);
    return key == Lower(f.name) || key.find(' ') == std::string::npos ? "" : key;
  }

  NodeId ActorNode(const ActorFact& f) {
    std::set<std::string> aliases = f.aliases;
    if (f.dict >= 0) {
      const DictActor& d = lex_.actors[f.dict];
      aliases.insert(d.aliases.begin(), d.aliases.end());
    }
    const std::string spelling = SpellingKey(f);
    if (!spelling.empty()) aliases.insert(spelling);
    // Known too without middle initials, for other articles' "John Kasich".
    const std::string person_key =
        f.kind == "person" && f.dict < 0 ? PersonNameKey(f.name, lex_.name_variants) : "";
    const std::string bare = WithoutMiddleInitials(person_key);
    if (bare != person_key) aliases.insert(bare);
    aliases.erase(f.name);
    NodeId id;
    bool created = false;
    auto cached = events_->actors_.find(f.name);
    if (cached != events_->actors_.end()) {
      id = cached->second.first;
      std::set<std::string>& have = cached->second.second;
      size_t before = have.size();
      have.insert(aliases.begin(), aliases.end());
      if (have.size() != before) {
        Node n = *tx_->GetNode(id);
        std::set<std::string> all = have;
        all.erase(f.name);
        n.properties["aliases"] = Strings(all);
        tx_->UpdateNode(n);
      }
    } else if (auto found = FindActorOrSpellings(f, spelling, person_key)) {
      id = *found;
      std::set<std::string> more = aliases;
      more.insert(f.name);  // found by another spelling: this one is an alias
      events_->actors_[f.name] = {id, JoinAliases(id, more)};
    } else {
      id = tx_->CreateNode({"Actor"}, {{"name", f.name}, {"kind", f.kind}, {"aliases", Strings(aliases)}});
      created = true;
      created_.insert(id);
      events_->actors_[f.name] = {id, aliases};
    }
    by_name_[f.name] = id;
    if (created && f.dict >= 0) {
      const DictActor& d = lex_.actors[f.dict];
      if (!d.part_of.empty()) Link(id, "PART_OF", DictNodeByName(d.part_of), {});
      if (!d.affiliated_with.empty()) Link(id, "AFFILIATED_WITH", DictNodeByName(d.affiliated_with), {});
      // Every office the dictionary knows, each term with its dates.
      for (const DictRole& r : d.roles) {
        if (r.of.empty()) continue;
        Properties props = {{"title", r.title}};
        if (!r.from.empty()) props["from"] = r.from;
        if (!r.to.empty()) props["to"] = r.to;
        NodeId of = DictNodeByName(r.of);
        if (of != id) tx_->CreateRelationship(id, "HOLDS_ROLE", of, props);
      }
    }
    return id;
  }

  // One Place node per name across articles; another article's wording
  // ("Haldorvik province" beside "Haldorvik") joins its aliases.
  NodeId PlaceNode(const PlaceFact& f) {
    std::optional<NodeId> found;
    for (NodeId id : tx_->FindByName(f.name)) {
      auto n = tx_->GetNode(id);
      if (n && n->HasLabel("Place")) found = id;
      if (found) break;
    }
    std::set<std::string> aliases = f.aliases;
    aliases.erase(f.name);
    if (!found) return tx_->CreateNode({"Place"}, {{"name", f.name}, {"aliases", Strings(aliases)}});
    JoinAliases(*found, aliases);
    return *found;
  }

  // Adds `more` to the aliases of node `id` (never its name), writing the
  // node only when that changes them; returns them all.
  std::set<std::string> JoinAliases(NodeId id, const std::set<std::string>& more) {
    Node n = *tx_->GetNode(id);
    std::set<std::string> have;
    auto al = n.properties.find("aliases");
    if (al != n.properties.end() && al->second.is_list())
      for (const Value& v : al->second.AsList())
        if (v.is_string()) have.insert(v.AsString());
    size_t before = have.size();
    have.insert(more.begin(), more.end());
    have.erase(n.properties["name"].is_string() ? n.properties["name"].AsString() : "");
    if (have.size() != before) {
      n.properties["aliases"] = Strings(have);
      tx_->UpdateNode(n);
    }
    return have;
  }

  // Registers every key under which the store knows the events `actor`
  // took part in (event_identity.h), once per index.
  // A state's bodies' events too: events know those parties as the state
  // (PartyOf).
  void LoadEvents(NodeId actor) {
    if (!events_->loaded_.insert(actor).second) return;
    for (const auto& [rel, node] : Adjacent(*tx_, actor, Direction::kOutgoing, "PARTICIPATED_IN"))
      if (auto r = tx_->GetRelationship(rel))
        RememberParty(node, IdentityOf(node), actor, StringProperty(r->properties, "role"), ReportsOf(node));
    for (const auto& [rel, body] : Adjacent(*tx_, actor, Direction::kIncoming, "PART_OF"))
      if (PartyOf(body) == actor) LoadEvents(body);
  }

  // The party an event knows `actor` as: the country a government body is
  // part of ("the Norwegian defence ministry pulled its frigates back" and
  // "Norway pulled its frigates back" tell one act), else the actor itself.
  NodeId PartyOf(NodeId actor) {
    auto [it, fresh] = events_->state_of_.try_emplace(actor, actor);
    if (fresh)
      for (const auto& [rel, whole] : Adjacent(*tx_, actor, Direction::kOutgoing, "PART_OF"))
        if (auto n = tx_->GetNode(whole); n && StringProperty(n->properties, "kind") == "country") {
          it->second = whole;
          break;
        }
    return it->second;
  }

  // Registers the keys of the parties of `event` as the store now holds it:
  // the keys an index loaded from the store would give it (LoadEvents), so
  // that a resumed ingest finds what one run would (a party one article
  // added is known in the week of another that told the event too). With
  // `report`, only what that new report of the event adds: its keys for the
  // parties the event had, every report's for the parties it brought.
  void RememberEvent(NodeId event, const std::set<NodeId>* had = nullptr, const std::string* report = nullptr) {
    const EventIdentity identity = IdentityOf(event);
    std::optional<std::vector<std::string>> all;
    for (const auto& [rel, actor] : Adjacent(*tx_, event, Direction::kIncoming, "PARTICIPATED_IN")) {
      auto r = tx_->GetRelationship(rel);
      if (!r) continue;
      const std::string role = StringProperty(r->properties, "role");
      if (had && report && had->count(actor)) {
        RememberParty(event, identity, actor, role, {*report});
        continue;
      }
      if (!all) all = ReportsOf(event);
      RememberParty(event, identity, actor, role, *all);
    }
  }

  // What keys of a stored event are made of: its category, mode and date,
  // and whether it has one party.
  EventIdentity IdentityOf(NodeId event) {
    EventIdentity identity;
    auto n = tx_->GetNode(event);
    if (!n) return identity;
    identity.category = StringProperty(n->properties, "category");
    if (identity.category.empty()) identity.category = StringProperty(n->properties, "type");
    identity.mode = StringProperty(n->properties, "mode");
    if (auto d = n->properties.find("date"); d != n->properties.end()) identity.date = DateText(d->second);
    identity.one_party = Adjacent(*tx_, event, Direction::kIncoming, "PARTICIPATED_IN").size() == 1;
    identity.recurs = lex_.event_recurring.count(identity.category) > 0;
    auto repeated = n->properties.find("repeated");
    identity.repeated = repeated != n->properties.end() && repeated->second.is_bool() && repeated->second.AsBool();
    return identity;
  }

  // The publication day of each report of `event` ("" for one with none).
  std::vector<std::string> ReportsOf(NodeId event) {
    std::vector<std::string> published;
    for (const auto& [report, article] : Adjacent(*tx_, event, Direction::kOutgoing, "REPORTED_IN"))
      if (auto a = tx_->GetNode(article)) published.push_back(PublishedOf(*a));
    return published;
  }

  static std::string PublishedOf(const Node& article) {
    auto published = article.properties.find("published");
    return published == article.properties.end() ? "" : DateText(published->second);
  }

  // The keys of `actor`, party in `role` to the stored `event`, in reports
  // published on the days `published`.
  void RememberParty(NodeId event, EventIdentity identity, NodeId actor, const std::string& role,
                     const std::vector<std::string>& published) {
    actor = PartyOf(actor);
    // An act that took place on its date is known by it alone, and as
    // reports with no date of publication know it, with one party or
    // several alike (it may have gathered parties since it was stored).
    if (!identity.date.empty() && identity.mode == "occurred") {
      for (bool one : {true, false}) {
        identity.one_party = one;
        for (const std::string& key : KeysOf(identity, actor, role).known_by) Remember(key, event);
      }
      // (Its any-date key is one whatever its parties.)
      if (const std::string any = KeysOf(identity, actor, role).any_date; !any.empty())
        events_->dated_acts_[any].insert(event);
      return;
    }
    // Undated: known in the week of each report. So is a dated event to come
    // (it may have taken its date from a report that joined it: the keys it
    // had stay its keys), with one party or several alike, as it may gather
    // more parties once dated.
    std::vector<bool> alone = {identity.one_party};
    if (!identity.date.empty()) alone = {true, false};
    for (bool one : alone) {
      identity.one_party = one;
      if (!identity.date.empty())
        for (const std::string& key : KeysOf(identity, actor, role).known_by) Remember(key, event);
      EventIdentity undated = identity;
      undated.date.clear();
      for (const std::string& day : published) {
        undated.published = day;
        for (const std::string& key : KeysOf(undated, actor, role).known_by) Remember(key, event);
      }
    }
  }

  // What a mention joining `event` adds to it: the place where none was
  // told, the date where none was, and the mode its reports give together
  // (event_identity.h). Returns whether the event took the mention's date.
  bool JoinMention(NodeId event, const EventFact& e) {
    auto n = tx_->GetNode(event);
    if (!n) return false;
    bool changed = false, dated = false;
    if (!e.location.empty() && StringProperty(n->properties, "location").empty()) {
      n->properties["location"] = e.location;
      changed = true;
    }
    // An undated prospect a dated report joins takes its date: no report of
    // another date may join it then.
    // So does one told to the year that a report dates to the month or day.
    const std::string had_date = n->properties.count("date") ? DateText(n->properties.at("date")) : "";
    if (!e.date.empty() && (had_date.empty() || (e.date.size() > had_date.size() && DatesAgree(had_date, e.date)))) {
      n->properties["date"] = DateValue(e.date);
      changed = dated = true;
    }
    const std::string mode = StringProperty(n->properties, "mode");
    if (const std::string joined = JoinedMode(mode, e.mode); joined != mode) {
      n->properties["mode"] = joined;
      changed = true;
    }
    if (changed) tx_->UpdateNode(*n);
    return dated;
  }

  // The weeks of the dated articles that reported `event`, read once per
  // index (an event may have thousands of reports) and kept up to date.
  const std::set<int64_t>& WeeksReported(NodeId event) {
    auto [it, fresh] = events_->weeks_.try_emplace(event);
    if (fresh)
      for (const std::string& day : ReportsOf(event))
        if (auto week = WeekOf(day)) it->second.insert(*week);
    return it->second;
  }

  static std::string StringProperty(const Properties& properties, const std::string& key) {
    auto it = properties.find(key);
    return it != properties.end() && it->second.is_string() ? it->second.AsString() : "";
  }

  // Of several events an actor took part in with one key, the earliest
  // stands for them: the choice must not depend on the order in which this
  // run met them (stored ones first when an ingest resumes, or all in one
  // run), so that a resumed ingest gives the graph of one run.
  void Remember(const std::string& key, NodeId event) {
    auto [it, inserted] = events_->by_key_.emplace(key, event);
    if (!inserted) it->second = std::min(it->second, event);
  }

  // The event already stored that `e` tells of again, if any: a party
  // shares a key with it (event_identity.h). Not one this article already
  // wrote: within an article, extraction has kept its events apart knowing
  // more.
  std::optional<NodeId> ReportedBefore(const EventFact& e, const std::vector<NodeId>& actor_ids) {
    EventIdentity identity{e.category.empty() ? e.type : e.category, e.date, e.mode, x_.article.published,
                           e.participants.size() == 1, e.repeated};
    identity.recurs = lex_.event_recurring.count(identity.category) > 0;
    // Parties in common with each event told before, by dated keys and by
    // keys of undated events: one a party, however many keys find the event.
    std::map<NodeId, std::set<int>> shared_dated, shared_undated;
    const bool week_known = WeekOf(x_.article.published).has_value();
    for (const auto& [actor, role] : e.participants) {
      const NodeId party = PartyOf(actor_ids[actor]);
      LoadEvents(party);
      LoadEvents(actor_ids[actor]);
      const EventKeys keys = KeysOf(identity, party, role);
      // An act of one party told undated with no date of publication (or a
      // campaign told undated in this week's news): the earliest dated act
      // of that party alone (one party is too little to tell which of its
      // acts with others it is: the European Union's sanctions of a year).
      // Bounded: the first hundred so known.
      if (identity.one_party && e.mode == "occurred" && e.date.empty() && !keys.sought.empty() &&
          !keys.any_date.empty()) {
        if (auto acts = events_->dated_acts_.find(keys.any_date); acts != events_->dated_acts_.end()) {
          int looked = 0;
          for (NodeId act : acts->second) {  // in node order: the earliest first
            if (++looked > 100) break;
            if (events_of_article_.count(act) || Adjacent(*tx_, act, Direction::kIncoming, "PARTICIPATED_IN").size() != 1)
              continue;
            shared_undated[act].insert(actor);
            break;
          }
        }
        if (!week_known) continue;  // (else this week's reports too)
      }
      for (const std::string& key : keys.sought) {
        if (identity.one_party && key == keys.any_date) continue;  // (above)
        auto it = events_->by_key_.find(key);
        if (it == events_->by_key_.end() || events_of_article_.count(it->second)) continue;
        const bool undated = std::find(keys.sought_undated.begin(), keys.sought_undated.end(), key) !=
                             keys.sought_undated.end();
        (undated ? shared_undated : shared_dated)[it->second].insert(actor);
      }
    }
    // Undated, two parties in common (one when the mention has one).
    const size_t needed = identity.one_party ? 1 : 2;
    std::set<NodeId> candidates;
    for (const auto& [node, parties] : shared_dated) candidates.insert(node);
    for (const auto& [node, parties] : shared_undated)
      if (parties.size() >= needed) candidates.insert(node);
    // A dated mention joins no event of another date; an undated mention of
    // a dated article no undated event that another week's reports have
    // joined (by way of an article with no date).
    const auto week = e.date.empty() ? WeekOf(x_.article.published) : std::nullopt;
    for (NodeId node : candidates) {  // the earliest first: the set is in node order
      auto n = tx_->GetNode(node);
      if (!n) continue;
      auto d = n->properties.find("date");
      const std::string date = d == n->properties.end() ? "" : DateText(d->second);
      if (!e.date.empty() && !date.empty() && !DatesAgree(date, e.date)) continue;
      if (OtherParties(node, e, actor_ids)) continue;
      if (week && date.empty()) {
        const std::set<int64_t>& weeks = WeeksReported(node);
        if (weeks.size() > 1 || (weeks.size() == 1 && *weeks.begin() != *week)) continue;
      }
      return node;
    }
    return std::nullopt;
  }

  // Whether the stored `event` and the mention `e` both name parties in a
  // role and share none of them: the European Union's sanctions on X and its
  // sanctions on Y in one year are two acts, whatever key they share.
  bool OtherParties(NodeId event, const EventFact& e, const std::vector<NodeId>& actor_ids) {
    std::map<std::string, std::set<NodeId>> stored, told;
    for (const auto& [rel, actor] : Adjacent(*tx_, event, Direction::kIncoming, "PARTICIPATED_IN"))
      if (auto r = tx_->GetRelationship(rel)) stored[StringProperty(r->properties, "role")].insert(PartyOf(actor));
    for (const auto& [actor, role] : e.participants) told[role].insert(PartyOf(actor_ids[actor]));
    for (const auto& [role, parties] : told) {
      auto other = stored.find(role);
      if (other == stored.end()) continue;
      if (std::none_of(parties.begin(), parties.end(), [&](NodeId a) { return other->second.count(a) > 0; }))
        return true;
    }
    return false;
  }

  NodeId EventNode(const EventFact& e, const std::vector<NodeId>& actor_ids, NodeId article) {
    const std::optional<NodeId> same = ReportedBefore(e, actor_ids);
    NodeId id;
    std::set<NodeId> had;  // the parties of the event this mention joins
    bool dated = false;
    if (same) {
      id = *same;
      ++merged_events_;
      for (const auto& [rel, actor] : Adjacent(*tx_, id, Direction::kIncoming, "PARTICIPATED_IN")) had.insert(actor);
      Link(id, "REPORTED_IN", article, {}, /*scan_end=*/true);  // the article has few reports, the event may have thousands
      dated = JoinMention(id, e);
    } else {
      Properties properties = Present({{"type", e.type},
                                       {"label", e.label},
                                       {"date", DateValue(e.date)},
                                       {"category", e.category},
                                       {"mode", e.mode},
                                       {"location", e.location},
                                       {"sentence", static_cast<int64_t>(e.sentence)}});
      if (e.repeated) properties["repeated"] = Value(true);  // a campaign of acts (event_identity.h)
      id = tx_->CreateNode({"Event"}, properties);
      tx_->CreateRelationship(id, "REPORTED_IN", article, {});
    }
    events_of_article_.insert(id);
    for (const auto& [actor, role] : e.participants)
      Link(actor_ids[actor], "PARTICIPATED_IN", id, {{"role", role}}, /*scan_end=*/true);
    if (auto week = WeekOf(x_.article.published); week && events_->weeks_.count(id))
      events_->weeks_[id].insert(*week);
    // A new event, or one that took this report's date, has every key made
    // afresh; one more report of an event, its own.
    if (same && !dated) RememberEvent(id, &had, &x_.article.published);
    else RememberEvent(id);
    return id;
  }

  Transaction* tx_;
  const Extraction& x_;
  const Lexicon& lex_;
  std::map<std::string, NodeId> by_name_;
  EventIndex* events_;
  std::set<NodeId> created_;  // actor nodes made by this transaction
  uint64_t merged_events_ = 0;  // events that joined one already stored
  std::set<NodeId> events_of_article_;  // event nodes this article wrote or joined
};

std::optional<NodeId> FindArticle(const Transaction& tx, const std::string& file) {
  for (NodeId id : tx.FindByName(file)) {
    auto n = tx.GetNode(id);
    if (!n || !n->HasLabel("Article")) continue;
    auto f = n->properties.find("file");
    if (f != n->properties.end() && f->second == Value(file)) return id;
  }
  return std::nullopt;
}

IngestFileResult WriteExtraction(Transaction* tx, const Extraction& x, const Lexicon& lexicon,
                                 EventIndex* events) {
  return Writer(tx, x, lexicon, events).Write();
}

}  // namespace ng::ingest
