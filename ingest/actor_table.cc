#include "ingest/actor_table.h"

#include <algorithm>
#include <set>

#include "ingest/name_key.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

std::string FirstWord(const std::string& s) { return s.substr(0, s.find(' ')); }

std::string SingularPhrase(const std::string& phrase) {
  std::vector<std::string> w = Words(phrase);
  std::string out;
  for (size_t i = 0; i < w.size(); ++i) out += (i ? " " : "") + (i + 1 == w.size() ? Singular(w[i]) : w[i]);
  return out;
}


}  // namespace

int ActorTable::Intern(const std::string& key, const std::string& name, const std::string& kind,
                       int dict) {
  auto it = by_key_.find(key);
  if (it != by_key_.end()) return it->second;
  int id = static_cast<int>(actors_->size());
  ActorFact a;
  a.name = name;
  a.kind = kind;
  a.dict = dict;
  actors_->push_back(a);
  by_key_[key] = id;
  return id;
}

int ActorTable::DictActor(int dict_index) {
  const ng::ingest::DictActor& d = lex_.actors[dict_index];
  return Intern("dict:" + d.name, d.name, d.kind, dict_index);
}

int ActorTable::Resolve(const Mention& m, const std::string& surface) {
  int id = -1;
  switch (m.kind) {
    case MentionKind::kDictionary:
      id = DictActor(m.actor);
      if (lex_.actors[m.actor].kind == "person") {
        last_person_ = id;
        person_order_.push_back(id);
      }
      break;
    case MentionKind::kPerson:
      id = ResolvePerson(m);
      break;
    case MentionKind::kAnonymous:
      return ResolveAnonymous(m);
    case MentionKind::kRole:
      return ResolveRole(m);
    case MentionKind::kOrganization: {
      int affiliation = Affiliation(m);
      id = Intern("org:" + OrganizationNameKey(m.name, lex_.legal_suffixes), m.name, m.org_kind, -1);
      if ((*actors_)[id].affiliation < 0) (*actors_)[id].affiliation = affiliation;
      break;
    }
  }
  if (id < 0) return id;
  ActorFact& a = (*actors_)[id];
  ++a.mentions;
  if (!m.demonym && surface != a.name && surface.size() < 80 && Words(surface).size() <= 6)
    a.aliases.insert(surface);
  if (!m.title.empty() && a.title.empty()) a.title = m.title;
  return id;
}

int ActorTable::ResolvePerson(const Mention& m) {
  // The dictionary by name or alias, then by first name + surname; names
  // compared in one spelling ("Basem Alawadi" is "Basim al-Awadi").
  auto NameKey = [this](const std::string& name) { return PersonNameKey(name, lex_.name_variants); };
  std::string key = NameKey(m.name);
  int dict = -1;
  // Dictionary keys are computed once (Lexicon::person_keys): a loop that
  // normalized every dictionary name for every mention took a third of ingest.
  for (size_t i = 0; i < lex_.person_keys.size() && dict < 0; ++i)
    for (const std::string& k : lex_.person_keys[i])
      if (k == key) dict = static_cast<int>(i);
  // A person the article named in full earlier ("Lord" after "Jonathan Lord").
  int id = -1;
  if (dict >= 0) {
    id = DictActor(dict);
  } else {
    for (int p : person_order_) {
      const ActorFact& a = (*actors_)[p];
      std::string known = NameKey(a.name);
      // The same name, a surname alone (with its particle: "De Blasio" after
      // "Bill de Blasio"), or the name with or without a middle name or
      // initial ("George W. Bush" after "George Bush").
      const bool particle_surname = IsNameParticle(FirstWord(key)) && Words(key).size() >= 2 &&
                                    EndsWith(known, " " + key);
      if (known == key || (Words(m.name).size() == 1 && LastWord(known) == key) || particle_surname ||
          (std::min(Words(key).size(), Words(known).size()) == 2 &&
           Words(key).size() != Words(known).size() && FirstAndLast(known) == FirstAndLast(key))) {
        id = p;
      }
    }
    if (id < 0) {
      for (size_t i = 0; i < lex_.person_keys.size() && dict < 0; ++i) {
        const std::vector<std::string>& keys = lex_.person_keys[i];
        if (!keys.empty() && Words(m.name).size() > 1 && LastWord(keys[0]) == LastWord(key) &&
            FirstWord(keys[0]) == FirstWord(key))
          dict = static_cast<int>(i);
      }
      if (dict < 0) id = CompleteSurname(key, m.name);
      if (dict < 0 && id < 0) id = CompleteOffice(key, m);
      if (id < 0) id = dict >= 0 ? DictActor(dict) : Intern("person:" + key, m.name, "person", -1);
    }
  }
  // "Kremlin spokesman Dmitry Peskov": a discovered person's employer.
  if ((*actors_)[id].dict < 0 && (*actors_)[id].affiliation < 0)
    for (int cue : m.cues)
      if (lex_.actors[cue].kind != "person") {
        int employer = DictActor(cue);  // may grow actors_: index again after
        (*actors_)[id].affiliation = employer;
        break;
      }
  last_person_ = id;
  person_order_.push_back(id);
  return id;
}

int ActorTable::CompleteSurname(const std::string& key, const std::string& name) {
  if (Words(key).size() < 2) return -1;
  int found = -1;
  for (int p : person_order_) {
    const ActorFact& a = (*actors_)[p];
    if (a.dict >= 0 || Words(a.name).size() != 1 || PersonNameKey(a.name, lex_.name_variants) != LastWord(key))
      continue;
    found = p;
  }
  if (found < 0) return -1;
  ActorFact& a = (*actors_)[found];
  a.aliases.insert(a.name);
  a.name = name;
  by_key_["person:" + key] = found;
  return found;
}

int ActorTable::CompleteOffice(const std::string& key, const Mention& m) {
  if (m.title.empty() || Words(m.name).size() < 2) return -1;
  auto office_of = [this](const std::string& title) {  // "Gov." -> "governor"
    auto noun = lex_.title_nouns.find(title);
    return noun != lex_.title_nouns.end() ? noun->second : Lower(title);
  };
  // (An office one holder has, not "a spokesman" nor "the senator" of many.)
  const std::string office = office_of(m.title);
  if (!lex_.single_offices.count(office)) return -1;
  auto unnamed = by_key_.find("anon:" + office);
  if (unnamed == by_key_.end() || (*actors_)[unnamed->second].kind != "anonymous_source") return -1;
  // (Not when someone named already holds it: "the governor" was theirs.)
  for (int p : person_order_)
    if (office_of((*actors_)[p].title) == office) return -1;
  const int id = unnamed->second;
  ActorFact& a = (*actors_)[id];
  a.kind = "person";
  a.name = m.name;
  a.aliases.clear();
  by_key_.erase(unnamed);
  by_key_["person:" + key] = id;
  std::erase(anonymous_order_, id);
  return id;
}

int ActorTable::Affiliation(const Mention& m) {
  // The names inside the phrase ("US" in "US officials") are mentioned too.
  for (int cue : m.cues) ++(*actors_)[DictActor(cue)].mentions;
  for (int cue : m.cues) {
    const std::string& kind = lex_.actors[cue].kind;
    if (kind != "person") return DictActor(cue);
  }
  return -1;
}

int ActorTable::ResolveAnonymous(const Mention& mention) {
  // "His campaign", "her office": the person named last owns it, so the
  // source is theirs ("Tom Vik's campaign"), not one actor shared by every
  // article that writes "His campaign".
  Mention m = mention;
  const size_t space = m.name.find(' ');
  if (const std::string first = Lower(m.name.substr(0, space));
      space != std::string::npos && (first == "his" || first == "her") && last_person_ >= 0) {
    m.owner_name = (*actors_)[last_person_].name;
    m.name = m.owner_name + "'s " + m.name.substr(space + 1);
  }
  std::string phrase = SingularPhrase(m.name);
  std::string head = Singular(LastWord(m.name));
  bool bare = Words(m.name).size() == 1;
  // "the official", "the defense official", bare "officials": the one met before.
  if (m.definite || (bare && m.plural)) {
    // A singular back-reference skips groups ("the official" is not "officials").
    for (int pass = 0; pass < 2; ++pass)
      for (auto it = anonymous_order_.rbegin(); it != anonymous_order_.rend(); ++it) {
        const std::string& raw = (*actors_)[*it].name;
        if (pass == 0 && !m.plural && Singular(DescriptionHead(raw)) != DescriptionHead(raw)) continue;
        // ("the spokeswoman" is the "spokeswoman for Fenwick Holdings" met before.)
        const std::string& name = SingularPhrase(raw);
        const std::string ownerless = SingularPhrase(WithoutOwner(raw));
        if (name == phrase || EndsWith(name, " " + phrase) || (bare && ownerless == phrase)) return *it;
      }
  }
  int affiliation = Affiliation(m);
  // "Hale's spokesman": works for the person the article named before, by
  // surname or in full.
  if (affiliation < 0 && !m.owner_name.empty()) {
    const std::string key = PersonNameKey(m.owner_name, lex_.name_variants);
    for (int p : person_order_) {
      const std::string known = PersonNameKey((*actors_)[p].name, lex_.name_variants);
      if (known == key || LastWord(known) == key) affiliation = p;
    }
  }
  int id = Intern("anon:" + Lower(m.name), m.name, "anonymous_source", -1);
  ActorFact& a = (*actors_)[id];
  if (a.affiliation < 0) a.affiliation = affiliation;
  anonymous_order_.push_back(id);
  (void)head;
  return id;
}

int ActorTable::ResolveRole(const Mention& m) {
  // "Iraq's foreign minister": the dictionary knows who holds the office.
  std::string role = LastWord(m.name);
  std::string phrase = Lower(m.name);
  for (int cue : m.cues) {
    const std::string& country = lex_.actors[cue].name;
    for (size_t i = 0; i < lex_.actors.size(); ++i)
      for (const DictRole& r : lex_.actors[i].roles)
        if (r.of == country && EndsWith(phrase, Lower(r.title)) && r.HeldOn(date_)) {
          int id = DictActor(static_cast<int>(i));
          last_person_ = id;
          return id;
        }
  }
  // "the prime minister", "the leader": the office holder the article named;
  // "the UN chief": the person named earlier as working for the UN.
  if (m.definite || m.cues.empty()) {
    std::set<int> employers;
    for (int cue : m.cues) employers.insert(DictActor(cue));
    const bool any_office = lex_.any_office_heads.count(Lower(role)) > 0;
    // The office without whose it is: "Danish secretary" -> "secretary",
    // "Chilean foreign minister" -> "foreign minister" (the lower-case words).
    std::string office;
    for (const std::string& w : Words(m.name))
      office = IsLower(w[0]) ? (office.empty() ? "" : office + " ") + w : "";
    // ("the country's leader" with the country unknown is no leader named before.)
    const bool owned_elsewhere = phrase.find("'s ") != std::string::npos && employers.empty();
    for (auto it = person_order_.rbegin(); it != person_order_.rend(); ++it) {
      const ActorFact& a = (*actors_)[*it];
      std::string title = Lower(a.title);
      if (a.dict >= 0)
        for (const DictRole& r : lex_.actors[a.dict].roles)
          if (r.HeldOn(date_)) title += " " + Lower(r.title);
      if (title.find(phrase) != std::string::npos) return *it;
      // "Secretary of State Helga Marund ... the Danish secretary": the office
      // named by a person's title, of the same employer or of one unknown.
      bool same_employer = employers.empty() || employers.count(a.affiliation) || (a.affiliation < 0 && a.dict < 0);
      if (!office.empty() && same_employer && (" " + title + " ").find(" " + office + " ") != std::string::npos)
        return *it;
      if (any_office && !owned_elsewhere && (employers.empty() || employers.count(a.affiliation))) return *it;
    }
  }
  int affiliation = Affiliation(m);
  int id = Intern("anon:" + Lower(m.name), m.name, "anonymous_source", -1);
  ActorFact& a = (*actors_)[id];
  if (a.affiliation < 0) a.affiliation = affiliation;
  return id;
}

}  // namespace ng::ingest
