#include "ingest/statements.h"

#include <algorithm>
#include <map>
#include <set>

#include "graph/statement_text.h"
#include "ingest/reported_speech.h"
#include "ingest/transcript.h"

namespace ng::ingest {

namespace {

// Words that may stand between a subject and its verb ("Hussein later said",
// "the official said Thursday" is handled by the verb coming first).
const std::set<std::string> kBetween = {"also", "later", "earlier", "then",  "again", "has",
                                        "have", "had",  "had",     "further", "this", "month",
                                        "week", "year", "loudly",  "publicly", "repeatedly",
                                        "previously", "reportedly", "on", "the", "call",
                                        "today", "yesterday", "once", "first", "last", "not"};

// A possessive pronoun stands for whom its plain form does: "its
// statement" is the statement of what "it" refers to.
const std::map<std::string, std::string> kPossessivePronouns = {
    {"its", "it"}, {"his", "he"}, {"her", "she"}, {"their", "they"},
    {"them", "they"}};  // (the form a partitive takes: "One of them said")

// [begin, end) of `text` without the whitespace around it, and then without
// any of `trailing` (or whitespace) at its end: where a statement's words
// lie, so that its text is exactly the body's slice at its offsets (`check`
// verifies it).
std::pair<size_t, size_t> TrimmedSpan(std::string_view text, size_t begin, size_t end,
                                      std::string_view trailing) {
  end = std::min(std::max(begin, end), text.size());
  begin = std::min(begin, end);
  while (begin < end && IsSpace(text[begin])) ++begin;
  while (end > begin &&
         (IsSpace(text[end - 1]) || trailing.find(text[end - 1]) != std::string_view::npos))
    --end;
  return {begin, end};
}

struct Quote {
  size_t open = 0, close = 0;  // positions of the quotation marks (close may be text end)
};

class Finder {
 public:
  Finder(const ParagraphView& p, const Lexicon& lex, const std::vector<ActorFact>& actors,
         Discourse* d, std::vector<StatementFact>* out)
      : p_(p), lex_(lex), actors_(actors), d_(d), out_(out), tokens_(Tokenize(p.text)) {}

  void Run() {
    NoteTitledGenders();
    FindQuotes();
    size_t q = 0;
    for (size_t s = 0; s < p_.sentences.size(); ++s) {
      const Span& sent = p_.sentences[s];
      bool had_quote = false;
      int prev_in_sentence = -1;
      size_t seg_start = sent.start;
      size_t first_statement = out_->size();
      while (q < quotes_.size() && quotes_[q].open < sent.end) {
        if (quotes_[q].open < sent.start) {  // began in an earlier sentence
          ++q;
          continue;
        }
        had_quote = true;
        prev_in_sentence = Quotation(quotes_[q], static_cast<int>(s), seg_start, prev_in_sentence);
        seg_start = std::min(quotes_[q].close + 1, p_.text.size());
        ++q;
      }
      // "... to "formulate ..." and to "initiate ...," the ministry said": an
      // attribution after the last quotation covers the earlier ones.
      for (size_t k = out_->size(); k > first_statement; --k) {
        if ((*out_)[k - 1].speaker >= 0) {
          for (size_t j = first_statement; j < k - 1; ++j)
            if ((*out_)[j].speaker < 0) (*out_)[j].speaker = (*out_)[k - 1].speaker;
          break;
        }
      }
      JoinSplitQuotations(first_statement, sent.start);
      // Reported speech: the parse first; the surface rules add what it
      // did not find.
      size_t before_indirect = out_->size();
      Parsed(static_cast<int>(s));
      size_t parsed_end = out_->size();
      Indirect(static_cast<int>(s), had_quote);
      KeepOneReading(before_indirect, parsed_end);
      DropDenied(before_indirect);
      DropScareQuotes(first_statement, s);
      if (out_->size() == before_indirect) According(static_cast<int>(s));
    }
    IntroducesNextParagraph();
    NotePeople();
  }

  // ""Whenever the board meets," Ina Dahl said, "the members argue."": a
  // quotation broken by its speaker's verb of speech is one statement. Its
  // halves join with an ellipsis for the frame they leave out; its span
  // runs from the first word of one to the last of the other. Joined: a
  // half closed by a comma, then only the frame (a verb of speech, its
  // subject and a phrase or two: "…, Dahl said, referring to the vote,"),
  // then the other half, of one speaker, the first opening the sentence.
  void JoinSplitQuotations(size_t first, size_t sentence_start) {
    constexpr size_t kMostFrameWords = 12;
    for (size_t k = first; k + 1 < out_->size();) {
      StatementFact& a = (*out_)[k];
      const StatementFact& b = (*out_)[k + 1];
      // The first half opens the sentence: one a cue introduced ("she
      // stated, "…," and said, "…"") is a remark of its own.
      const bool opens = a.start >= p_.offset + sentence_start &&
                         Trim(p_.text.substr(sentence_start, a.start - p_.offset - sentence_start)) == "\"";
      if (!opens || a.speaker < 0 || a.speaker != b.speaker || b.start <= a.end) {
        ++k;
        continue;
      }
      const size_t from = a.end - p_.offset, to = b.start - p_.offset;
      const std::string gap = Trim(p_.text.substr(from, to - from));
      // ',"' closing the first half, '"' opening the second, a comma between.
      const bool comma_closed = gap.size() > 4 && gap.compare(0, 2, ",\"") == 0 && gap.back() == '"' &&
                                Trim(gap.substr(0, gap.size() - 1)).back() == ',';
      size_t words = 0, speech_verbs = 0, conjunctions = 0;
      if (comma_closed && gap.find('"', 2) == gap.size() - 1)
        for (size_t t = TokenAt(from + 2); t < tokens_.size() && tokens_[t].start + 1 < to; ++t) {
          ++words;
          speech_verbs += IsVerb(t) && UposOf(t + 1) != "ADP";
          conjunctions += UposOf(t) == "CCONJ";
        }
      // (A second verb of speech reports the second half anew: "Y said,
      // adding later, "…"", "…, suggesting questions such as "…""; one
      // with a preposition after it says what about or to whom: "said,
      // referring to the vote, "…""; a conjunction opens another clause:
      // "…," she said, but despite that, "…".)
      if (speech_verbs != 1 || conjunctions > 0 || words > kMostFrameWords) {
        ++k;
        continue;
      }
      a.text += " … " + b.text;
      a.end = b.end;
      for (int about : b.about_actors)
        if (std::find(a.about_actors.begin(), a.about_actors.end(), about) == a.about_actors.end())
          a.about_actors.push_back(about);
      out_->erase(out_->begin() + static_cast<long>(k) + 1);
    }
  }

  // "Caddell continued:" / "The senator said:" closing a paragraph hands the
  // word to the quotation that opens the next one.
  void IntroducesNextParagraph() {
    std::string_view text = p_.text;
    while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
    if (text.empty() || text.back() != ':' || tokens_.empty()) return;
    size_t v = tokens_.size() - 1;
    if (!IsVerb(v)) return;
    int speaker = SubjectBefore(v, p_.sentences.back().start, -1);
    SetSpeaker(speaker);
  }

 private:
  void FindQuotes() {
    std::vector<size_t> marks;
    for (size_t i = 0; i < p_.text.size(); ++i)
      if (p_.text[i] == '"') marks.push_back(i);
    for (size_t i = 0; i < marks.size(); i += 2) {
      Quote q;
      q.open = marks[i];
      // An unclosed quotation runs to the end of the paragraph.
      q.close = i + 1 < marks.size() ? marks[i + 1] : p_.text.size();
      quotes_.push_back(q);
    }
  }

  int SentenceOf(size_t pos) const {
    for (size_t s = 0; s < p_.sentences.size(); ++s)
      if (pos < p_.sentences[s].end) return static_cast<int>(s);
    return static_cast<int>(p_.sentences.size()) - 1;
  }

  // Index of the first token starting at or after pos.
  size_t TokenAt(size_t pos) const {
    size_t i = 0;
    while (i < tokens_.size() && tokens_[i].start < pos) ++i;
    return i;
  }

  const PlacedMention* MentionStartingAt(size_t pos) const {
    for (const PlacedMention& m : p_.mentions)
      if (m.start == pos && !m.modifier) return &m;
    return nullptr;
  }
  bool InsideMention(size_t pos) const {
    for (const PlacedMention& m : p_.mentions)
      if (m.start <= pos && pos < m.end) return true;
    return false;
  }

  bool IsVerb(size_t t) const {
    return t < tokens_.size() && lex_.speech_verbs.count(tokens_[t].lower) &&
           !InsideMention(tokens_[t].start) && !UsedAsNoun(t);
  }

  // "the state", "Iranian state media", "a call", "after reports that",
  // "Ana Ruiz's remark": after a determiner, a possessor, a preposition or a
  // demonym the word is a noun, not a speech verb.
  bool UsedAsNoun(size_t t) const {
    if (t == 0 || tokens_[t].start != tokens_[t - 1].end + 1) return false;
    static const std::set<std::string> kArticles = {"a", "an", "the", "its", "their", "his",
                                                    "her", "our", "this", "whose"};
    if (kArticles.count(tokens_[t - 1].lower)) return true;
    // (Apostrophes are straight once the text is read: reader.cc.)
    if (EndsWith(tokens_[t - 1].lower, "'s")) return true;
    // So does a preposition, before all but a gerund: "two weeks after
    // reports that ..." ("after saying that ..." is the verb).
    static const std::set<std::string> kPrepositions = {"after", "amid", "despite", "over", "without"};
    if (kPrepositions.count(tokens_[t - 1].lower) && !EndsWith(tokens_[t].lower, "ing")) return true;
    for (const PlacedMention& m : p_.mentions)
      if (m.demonym && m.end == tokens_[t - 1].end) return true;
    return false;
  }

  // Who "he" ('m') or "she" ('f') at `pos` is: the first of the person named
  // earlier in the sentence, the one opening the sentence before, the last
  // speaker and the last person named whom the article has not shown to be
  // of the other sex (by a title, an unnamed person's noun or a given name);
  // else the nearest such person named before it in the paragraph or in the
  // three before; else the first of those.
  int PersonFor(char sex, size_t pos) const {
    auto fits = [&](int actor) {
      if (actor < 0) return false;
      auto known = d_->gender.find(actor);
      if (known != d_->gender.end()) return known->second == sex || known->second == '?';
      const char told = NounGender(actor);
      return told == '-' || told == sex;
    };
    std::vector<int> candidates = {PersonEarlierInSentence(pos), PersonSubjectBefore(pos)};
    // (Whose words these are, when no one before in the sentence is named.)
    if (enclosing_speaker_ >= 0 && OnePerson(enclosing_speaker_) && candidates.front() < 0)
      candidates.insert(candidates.begin(), enclosing_speaker_);
    if (d_->last_speaker >= 0 && OnePerson(d_->last_speaker) && !NamedLaterInClause(d_->last_speaker, pos))
      candidates.push_back(d_->last_speaker);
    if (!(d_->last_person >= 0 && NamedLaterInClause(d_->last_person, pos))) candidates.push_back(d_->last_person);
    // ("Officials confirmed … "…," he wrote": a group is no "he".)
    std::erase_if(candidates, [&](int c) { return c >= 0 && Group(c); });
    for (int c : candidates)
      if (fits(c)) return c;
    const auto first = std::find_if(candidates.begin(), candidates.end(), [](int c) { return c >= 0; });
    // None, or all of the other sex: the nearest person of this one named
    // before it in the paragraph (not later in its clause), else the first
    // of them still (the article may have told the two apart wrongly).
    int nearest = -1;
    for (const PlacedMention& m : p_.mentions) {
      if (m.start >= pos) break;
      if (m.person && !m.modifier && !InsideQuote(m.start) && OnePerson(m.actor) && fits(m.actor) &&
          !NamedLaterInClause(m.actor, pos))
        nearest = m.actor;
    }
    if (nearest >= 0) return nearest;
    // Or of the last three paragraphs, the most recent.
    for (auto it = d_->people.rbegin(); it != d_->people.rend(); ++it)
      if (it->second >= d_->paragraph - 3 && OnePerson(it->first) && fits(it->first) &&
          !NamedLaterInClause(it->first, pos))
        return it->first;
    return first == candidates.end() ? -1 : *first;
  }

  // Whether the quotation's words say "I", "we", "my", "our" …: someone's
  // own words, not a text's or a crowd's ("Every member shall …", "Four
  // more years!").
  bool SpeaksInFirstPerson(const Quote& q) const {
    static const std::set<std::string> kFirstPerson = {"i", "me", "my", "mine", "we", "us", "our", "ours"};
    for (std::string w : Words(Lower(p_.text.substr(q.open, q.close - q.open)))) {
      std::erase_if(w, [](char ch) { return ch == '"' || ch == ',' || ch == '.' || ch == '!' || ch == '?'; });
      if (kFirstPerson.count(w.substr(0, w.find('\'')))) return true;  // "we've"
    }
    return false;
  }

  // The one person the paragraph before named, or -1 (none, or several, or
  // the paragraph before is the headline).
  int OnlyPersonOfParagraphBefore() const {
    if (d_->paragraph < 2) return -1;
    int only = -1;
    for (const auto& [actor, paragraph] : d_->people) {
      if (paragraph != d_->paragraph - 1 || !OnePerson(actor)) continue;
      if (only >= 0 && only != actor) return -1;
      only = actor;
    }
    return only;
  }

  // The people a paragraph names (and the paragraph), most recent last, for
  // "he" and "she" in the three paragraphs after it.
  void NotePeople() {
    std::erase_if(d_->people, [&](const auto& p) { return p.second < d_->paragraph - 3; });
    for (const PlacedMention& m : p_.mentions) {
      if (!m.person || m.modifier || m.actor < 0 || InsideQuote(m.start)) continue;
      std::erase_if(d_->people, [&](const auto& p) { return p.first == m.actor; });
      d_->people.emplace_back(m.actor, d_->paragraph);
    }
  }

  // "Mr. Lund", "Ms. Holm": a person's title, opening the mention or right
  // before it, says which pronoun is theirs (data/gendered_titles.tsv).
  void NoteTitledGenders() {
    for (const PlacedMention& m : p_.mentions) {
      if (!m.person || m.actor < 0) continue;
      // The word right before the mention, then its first word.
      const size_t t = TokenAt(m.start);
      for (size_t k = t > 0 ? t - 1 : t; k <= t && k < tokens_.size(); ++k) {
        auto title = lex_.gendered_titles.find(tokens_[k].lower);
        if (title != lex_.gendered_titles.end()) NoteGender(m.actor, title->second);
      }
    }
  }

  // Evidence of both sexes for one actor (two people of one surname read as
  // one) is no evidence: '?' fits either pronoun.
  void NoteGender(int actor, char sex) {
    auto [it, added] = d_->gender.emplace(actor, sex);
    if (!added && it->second != sex) it->second = '?';
  }

  // "President Zelenskiy thanked ... He said ...": the person who opens the
  // paragraph's previous sentence, when one does, is who "he" is.
  int PersonSubjectBefore(size_t pos) const {
    int s = SentenceOf(pos);
    // (Past the quotation's own sentences: ""It was a team effort. I kept
    // shooting," she said" looks before the quotation.)
    const Quote* quote = QuoteAround(p_.sentences[s].start + 1);
    while (s > 0 && quote && p_.sentences[s - 1].start >= quote->open) --s;
    if (s == 0) return -1;
    const Span& prev = p_.sentences[s - 1];
    for (const PlacedMention& m : p_.mentions) {
      if (m.start < prev.start || m.end > prev.end || m.modifier || m.demonym || InsideQuote(m.start))
        continue;
      if (m.person) return m.actor;
      // An unnamed one too ("The governor declared … She thanked …"), unless
      // named beside ("The minister of finance, Ana Vik, argued …").
      if (m.actor < 0 || !OnePerson(m.actor)) return -1;
      for (const PlacedMention& named : p_.mentions)
        if (named.person && named.start > m.end && named.start <= m.end + 40 && named.end < prev.end &&
            p_.text.substr(m.end, named.start - m.end).find(',') != std::string_view::npos &&
            p_.text[named.end] == ',')
          return named.actor;
      return m.actor;
    }
    return -1;
  }

  // "Ana Vik said she would vote for it, though she noted ...": a person
  // named earlier in the pronoun's own sentence, the first one (the subject,
  // as a rule), is who "she" is.
  int PersonEarlierInSentence(size_t pos) const {
    const std::vector<const PlacedMention*> people = PeopleBefore(pos);
    return people.empty() ? -1 : people.front()->actor;
  }

  // The people named in `pos`'s sentence before it, in order: no noun's
  // modifier ("the Ruiz campaign"), none inside a quotation.
  std::vector<const PlacedMention*> PeopleBefore(size_t pos) const {
    const Span& sent = p_.sentences[SentenceOf(pos)];
    std::vector<const PlacedMention*> people;
    for (const PlacedMention& m : p_.mentions) {
      if (m.start >= pos) break;
      if (m.start >= sent.start && m.person && !m.modifier && !InsideQuote(m.start)) people.push_back(&m);
    }
    return people;
  }

  // The person named as the subject of the clause a quotation hangs in:
  // up from the quotation's first word to the first verb outside it, then
  // to the subject of that verb or of the verbs it hangs from (a participle,
  // a conjunct: "X hardly settled it, treating ... -- '...'"). -1 when that
  // subject names no person ("the crowd"), kNoSubject when there is none.
  static constexpr int kNoSubject = -2;
  int PersonSubjectOfQuotation(const Quote& q) const {
    for (const nlp::Sentence& parsed : p_.syntax) {
      const auto& t = parsed.tokens;
      int inside = -1;
      for (size_t k = 0; k < t.size() && inside < 0; ++k)
        if (t[k].begin > q.open && t[k].end <= q.close && t[k].upos != "PUNCT") inside = static_cast<int>(k);
      if (inside < 0) continue;
      int node = inside;
      for (int steps = 0; node >= 0 && steps < static_cast<int>(t.size()); ++steps) {
        const bool outside = t[node].end <= q.open || t[node].begin >= q.close;
        if (outside && t[node].upos == "VERB") break;
        node = t[node].head;
      }
      for (int depth = 0; node >= 0 && depth < 4; ++depth) {
        for (size_t c = 0; c < t.size(); ++c) {
          if (t[c].head != node || t[c].deprel.rfind("nsubj", 0) != 0) continue;
          for (const PlacedMention& m : p_.mentions)
            if (m.person && !m.modifier && m.start <= t[c].begin && t[c].end <= m.end) return m.actor;
          return -1;
        }
        const std::string& rel = t[node].deprel;
        if (rel != "advcl" && rel != "conj" && rel != "xcomp" && rel != "acl") break;
        node = t[node].head;
      }
      return kNoSubject;
    }
    return kNoSubject;
  }

  // The last person named before `pos` in its sentence who is no owner
  // ("Y's remark") nor a noun's modifier ("the Ruiz campaign"), or -1.
  int PersonNearestBefore(size_t pos) const {
    int found = -1;
    for (const PlacedMention* m : PeopleBefore(pos))
      if (!StartsWith(std::string_view(p_.text).substr(m->end, 1), "'")) found = m->actor;  // not "Ruiz's"
    return found;
  }

  // An unnamed source in the plural ("officials", "residents"): never "he"
  // or "she", whatever else is known of it.
  bool Group(int actor) const {
    const ActorFact& a = actors_[actor];
    if (a.kind != "anonymous_source") return false;
    const std::string head = Lower(DescriptionHead(a.name));
    return Singular(head) != head;
  }

  // "he" or "she" is a person, named or not ("the spokeswoman", "the
  // governor"), never a group ("officials") or a body ("the campaign", "the
  // companies").
  bool OnePerson(int actor) const {
    const ActorFact& a = actors_[actor];
    if (a.kind == "person") return true;
    if (a.kind != "anonymous_source") return false;
    std::string head = Lower(DescriptionHead(a.name));
    return Singular(head) == head && (lex_.anonymous_heads.count(head) > 0 || lex_.person_nouns.count(head) > 0);
  }

  // The pronoun a person's own words take when no title said it: an unnamed
  // person's noun ("the chairwoman": 'f'), a named one's given name ("Tom
  // Oakes": 'm'); '-' for either or for anyone else.
  char NounGender(int actor) const {
    const ActorFact& a = actors_[actor];
    if (a.kind == "anonymous_source") {
      auto noun = lex_.person_nouns.find(Lower(DescriptionHead(a.name)));
      return noun == lex_.person_nouns.end() ? '-' : noun->second;
    }
    const std::vector<std::string> words = Words(a.name);
    if (a.kind != "person" || words.size() < 2) return '-';
    auto given = lex_.given_names.find(words.front());
    return given == lex_.given_names.end() ? '-' : given->second;
  }

  // "The union ... It said ...", "Local officials ... They said ...": with no
  // speaker before to refer to, the nearest actor named earlier in the
  // paragraph that the pronoun can stand for — for "they" a plural, for "it"
  // one organization or country, never a person or a place word.
  int NearestBody(bool plural, size_t pos) const {
    int found = -1;
    for (const PlacedMention& m : p_.mentions) {
      if (m.start >= pos) break;
      if (m.modifier || m.demonym || m.person || InsideQuote(m.start) || m.plural != plural) continue;
      const std::string& kind = actors_[m.actor].kind;
      if (kind == "place" || kind == "media" || OnePerson(m.actor)) continue;  // ("the spokeswoman" is no "it")
      found = m.actor;
    }
    return found;
  }

  // Whether "they" (`plural`) or "it" can stand for `actor`: "they" for no
  // one record ("the study ... They found" is not the study); a body, a
  // country or a team either way ("the firm said they would …", "his team
  // … they").
  bool AgreesInNumber(int actor, bool plural) const {
    const auto& a = actors_[actor];
    if (a.kind != "anonymous_source") return true;
    // ("Patient groups welcomed it. The Alliance said it …": no group is "it".)
    if (!plural) return !Group(actor);
    const std::string head = Lower(DescriptionHead(a.name));
    return Singular(head) != head || !lex_.evidence_nouns.count(head);
  }

  // Whether `actor` is named after `pos` in its clause — up to the next
  // comma or semicolon of the sentence: who a subject pronoun cannot stand
  // for ("he will endorse Eng" is not Eng; "As he spoke, Eng ..." may be).
  bool NamedLaterInClause(int actor, size_t pos) const {
    const Span& sent = p_.sentences[SentenceOf(pos)];
    size_t end = p_.text.find_first_of(",;", pos);
    end = std::min(end == std::string_view::npos ? sent.end : end, sent.end);
    if (std::any_of(p_.mentions.begin(), p_.mentions.end(), [&](const PlacedMention& m) {
          return m.actor == actor && m.start > pos && m.start < end && !InsideQuote(m.start);
        }))
      return true;
    // A one-word name the mentions missed ("endorse Olsen"): that word in the clause.
    std::set<std::string> names;
    for (const std::string& name : actors_[actor].aliases)
      if (Words(name).size() == 1) names.insert(name);
    if (Words(actors_[actor].name).size() == 1) names.insert(actors_[actor].name);
    for (size_t t = TokenAt(pos) + 1; t < tokens_.size() && tokens_[t].start < end; ++t)
      if (names.count(tokens_[t].text)) return true;
    return false;
  }

  // "Ana Vik and Jon Berg met the board. They said …": two people joined
  // by "and" opening the sentence before, known by the first; else -1.
  int PeopleJoinedBefore(size_t pos) const {
    const int s = SentenceOf(pos);
    if (s == 0) return -1;
    const Span& prev = p_.sentences[s - 1];
    std::vector<const PlacedMention*> people;
    for (const PlacedMention& m : p_.mentions)
      if (m.start >= prev.start && m.end <= prev.end && !m.modifier && !m.demonym && !InsideQuote(m.start))
        people.push_back(&m);
    if (people.size() < 2 || !people[0]->person || !people[1]->person) return -1;
    const std::string_view opening = p_.text.substr(prev.start, people[0]->start - prev.start);
    const std::string_view between = p_.text.substr(people[0]->end, people[1]->start - people[0]->end);
    if (Words(std::string(opening)).size() > 1 || Trim(between) != "and") return -1;
    return people[0]->actor;
  }

  int Pronoun(const std::string& w, size_t pos) const {
    // A columnist's "I think …", "I suspect …": the writer's own.
    if (w == "i" && d_->writer >= 0 && !InsideQuote(pos)) return d_->writer;
    if (w == "he" || w == "she") {
      // (What "he" and "she" were taken for is no evidence of sex: one wrong
      // reading would make the next ones wrong.)
      return PersonFor(w == "he" ? 'm' : 'f', pos);
    }
    // "Both Lund and Berg said they opposed it": "they" are the people the
    // sentence named before it, known by the first (whose words they are in).
    if (w == "they")
      if (const auto people = PeopleBefore(pos); people.size() >= 2) return people.front()->actor;
    if (w == "it" || w == "they") {
      // A speaker of this paragraph goes on speaking; in a new paragraph the
      // body it names first is nearer than one who spoke before.
      bool speaker_here = d_->last_speaker_paragraph == d_->paragraph;
      int body = speaker_here ? -1 : NearestBody(w == "they", pos);
      if (body >= 0) return body;
      // (Not an unnamed person: "the spokeswoman said it showed …" is no
      // words of hers.)
      if (d_->last_speaker >= 0 && !OnePerson(d_->last_speaker) && AgreesInNumber(d_->last_speaker, w == "they"))
        return d_->last_speaker;
      body = NearestBody(w == "they", pos);
      return body < 0 && w == "they" ? PeopleJoinedBefore(pos) : body;
    }
    return -2;  // not a pronoun
  }

  // The subject of the speech verb at token v, looking back to `from`.
  int SubjectBefore(size_t v, size_t from, int prev_in_sentence) const {
    size_t vpos = tokens_[v].start;
    // A pronoun right before the verb ("he said", "he also added").
    for (size_t k = v; k > 0 && v - k < 3; --k) {
      const Token& t = tokens_[k - 1];
      if (t.start < from) break;
      int pr = Pronoun(t.lower, t.start);
      if (pr != -2) return pr;
      if (!kBetween.count(t.lower)) break;
    }
    const PlacedMention* near = nullptr;
    for (const PlacedMention& m : p_.mentions)
      if (m.start >= from && m.end <= vpos && !m.modifier && !InsideQuote(m.start)) near = &m;
    // "Analysts in Beijing said": the place qualifies the speaker named before it.
    if (size_t t = near ? TokenAt(near->start) : 0; t >= 2 && kPlacePrepositions.count(tokens_[t - 1].lower))
      for (const PlacedMention& m : p_.mentions)
        if (m.end == tokens_[t - 2].end && m.start >= from && !m.modifier && (m.anonymous || m.person)) {
          near = &m;
          break;
        }
    bool participle = EndsWith(tokens_[v].lower, "ing");
    if (near) {
      std::string_view gap = p_.text.substr(near->end, vpos - near->end);
      size_t gap_words = TokenAt(vpos) - TokenAt(near->end);
      bool gap_ok = gap.find(',') == std::string_view::npos && gap.find('"') == std::string_view::npos;
      if (gap_ok && gap_words <= 3) {
        bool all_between = true;
        for (size_t k = TokenAt(near->end); k < TokenAt(vpos); ++k)
          if (!kBetween.count(tokens_[k].lower) && !IsDay(tokens_[k].text)) all_between = false;
        if (all_between || gap_words <= 1) return near->actor;
      }
      std::string g = Trim(gap);
      if (!g.empty() && g.back() == ',') {
        // "Jonathan Lord, the director ... at CNAS, told": the name before the apposition.
        for (const PlacedMention& m : p_.mentions) {
          if (m.start < from || m.end >= near->start || m.modifier) continue;
          if (m.end < p_.text.size() && p_.text[m.end] == ',') {
            if ((m.anonymous && near->person)) return near->actor;
            return m.actor;
          }
        }
        // "Carl Brenner, D-N.Y., said": a person set off by an apposition
        // that names nobody.
        if (near->person && near->end < p_.text.size() && p_.text[near->end] == ',')
          return near->actor;
      }
    }
    if (participle && prev_in_sentence >= 0) return prev_in_sentence;
    // "She said ..., adding: ...": the sentence's pronoun subject.
    if (participle && TokenAt(from) < v) {
      const Token& first = tokens_[TokenAt(from)];
      if (int pr = Pronoun(first.lower, first.start); pr != -2) return pr;
    }
    // The clause's first actor; a demonym before another name only qualifies it.
    for (size_t i = 0; i < p_.mentions.size(); ++i) {
      const PlacedMention& m = p_.mentions[i];
      if (m.start < from || m.end > vpos || m.modifier || InsideQuote(m.start)) continue;
      if (m.demonym && i + 1 < p_.mentions.size() && p_.mentions[i + 1].end <= vpos &&
          p_.mentions[i + 1].start - m.end < 30)
        continue;
      return m.actor;
    }
    return -1;
  }

  inline static const std::set<std::string> kPlacePrepositions = {"in", "from", "at"};

  // Words that open an adverbial between a speech verb and its "that".
  inline static const std::set<std::string> kFrameStarts = {
      "in", "on", "at", "during", "earlier", "later", "late", "last", "this", "yesterday",
      "today", "separately", "also", "again", "publicly", "privately", "repeatedly", "after"};

  // Forms of "be" before a participle make it passive ("was told").
  inline static const std::set<std::string> kPassiveAuxiliaries = {"is", "are", "was", "were", "be", "been",
                                                                    "being"};

  static bool IsDay(const std::string& w) {
    return w == "Monday" || w == "Tuesday" || w == "Wednesday" || w == "Thursday" ||
           w == "Friday" || w == "Saturday" || w == "Sunday";
  }

  // Whether "he" or "she" attributes the quotation right after it ("…," he
  // wrote; "…," said she).
  bool PersonalPronounAfter(const Quote& q) const {
    size_t t = TokenAt(q.close + 1);
    if (t < tokens_.size() && IsVerb(t)) ++t;
    return t < tokens_.size() && (tokens_[t].lower == "he" || tokens_[t].lower == "she");
  }

  // "..., the official said", "..., said the Pentagon", "..., he added".
  // The person named right after an office or a description `m`, past a
  // few lower-case words of it and a comma ("chief meteorologist Paul
  // Grady", "the chief meteorologist, Tom Vik"), or null.
  const PlacedMention* PersonClosingOffice(const PlacedMention& m, size_t limit) const {
    const size_t first = TokenAt(m.end);
    size_t k = first;  // past up to three lower-case words right after it
    while (k < tokens_.size() && k < first + 3 && IsLower(tokens_[k].text[0]) &&
           Trim(p_.text.substr(m.end, tokens_[k].start - m.end)).empty())
      ++k;
    if (k >= tokens_.size() || tokens_[k].start >= limit) return nullptr;
    const size_t from = k > first ? tokens_[k - 1].end : m.end;
    const std::string_view gap = p_.text.substr(from, tokens_[k].start - from);
    if (gap != " " && gap != ", ") return nullptr;
    const PlacedMention* named = MentionStartingAt(tokens_[k].start);
    return named && named->person ? named : nullptr;
  }

  int SpeakerAfter(const Quote& q, size_t limit, std::string* verb) const {
    size_t t = TokenAt(q.close + 1);
    if (t >= tokens_.size() || tokens_[t].start >= limit) return -1;
    std::string_view between = p_.text.substr(q.close + 1, tokens_[t].start - q.close - 1);
    if (between.find('"') != std::string_view::npos || between.find('.') != std::string_view::npos)
      return -1;
    if (IsVerb(t)) {  // "said the Pentagon", "said Alterman"
      for (size_t k = t + 1; k < tokens_.size() && k <= t + 3 && tokens_[k].start < limit; ++k) {
        int pr = Pronoun(tokens_[k].lower, tokens_[k].start);
        if (pr != -2) {
          *verb = lex_.speech_verbs.at(tokens_[t].lower);
          return pr;
        }
        if (const PlacedMention* m = MentionStartingAt(tokens_[k].start)) {
          *verb = lex_.speech_verbs.at(tokens_[t].lower);
          // "said the union's president, Rosa Mendes", "said chief
          // meteorologist Paul Grady", "said the chief meteorologist, Tom
          // Vik": the person named beside the description.
          // (An office written in lower case may stand for a person named
          // before: "chief" for whoever held one.)
          if (!m->person || IsLower(p_.text[m->start]))
            if (const PlacedMention* named = PersonClosingOffice(*m, limit)) return named->actor;
          return m->actor;
        }
      }
      // "said the statement": the words of whoever issued it.
      const int issuer = DocumentIssuerAt(t + 1);
      if (issuer >= 0) *verb = lex_.speech_verbs.at(tokens_[t].lower);
      return issuer >= 0 ? issuer : -1;
    }
    int subject = -2;
    size_t after = 0;
    int pr = Pronoun(tokens_[t].lower, tokens_[t].start);
    if (pr != -2) {
      subject = pr;
      after = t + 1;
    } else {
      const PlacedMention* m = MentionStartingAt(tokens_[t].start);
      if (!m && t + 1 < tokens_.size() && lex_.determiners.count(tokens_[t].lower))
        m = MentionStartingAt(tokens_[t + 1].start);
      // ""…," the post said": the words of whoever issued it.
      if (const int issuer = DocumentIssuerAt(t); !m && issuer != -2 && t + 2 < tokens_.size() && IsVerb(t + 2)) {
        if (issuer >= 0) *verb = lex_.speech_verbs.at(tokens_[t + 2].lower);
        return issuer;
      }
      // "Foreign Minister Ana Lopez said", "spokesman Eric Doyle said": a
      // title or an office word before the name.
      // (Or written in lower case: "board chair Lena Kovacs told".)
      auto before_name = [&](size_t k) {
        return StartsUpper(tokens_[k].text) || lex_.anonymous_heads.count(tokens_[k].lower) > 0 ||
               lex_.lower_titles.count(tokens_[k].lower) > 0 || lex_.organization_nouns.count(tokens_[k].lower) > 0;
      };
      // ("co-founder and chief executive Ana Ruiz said": titles joined by "and".)
      if (const size_t after = TitlesEnd(tokens_[t].start); !m && after != std::string::npos)
        m = MentionStartingAt(after);
      for (size_t k = t; !m && k < tokens_.size() && k < t + 4 && before_name(k); ++k)
        if (k + 1 < tokens_.size()) m = MentionStartingAt(tokens_[k + 1].start);
      if (!m) return -1;
      subject = m->actor;
      after = TokenAt(m->end);
      // "Philippine President Ferdinand Marcos Jr. wrote": a title and a name
      // may stand between the demonym and the verb.
      size_t reach = after + 3;
      while (reach < tokens_.size() && reach < after + 6 && StartsUpper(tokens_[reach - 3].text)) ++reach;
      for (size_t k = after; k < tokens_.size() && k <= reach && tokens_[k].start < limit; ++k) {
        // ("one resident, who asked not to be named, told …": the relative
        // clause's verb is not the one that reports.)
        if (const size_t past = PastRelativeClause(k); past != k) {
          reach += past - k;
          k = past - 1;
          continue;
        }
        if (IsVerb(k)) {
          *verb = lex_.speech_verbs.at(tokens_[k].lower);
          // "Pentagon spokeswoman Sabrina Singh said": the name, not the office.
          for (const PlacedMention& n : p_.mentions)
            if (n.start > m->start && n.end <= tokens_[k].start && n.person && !n.modifier)
              subject = n.actor;
          return subject;
        }
      }
      return -1;
    }
    for (size_t k = after; k < tokens_.size() && k <= after + 3 && tokens_[k].start < limit; ++k)
      if (IsVerb(k)) {
        *verb = lex_.speech_verbs.at(tokens_[k].lower);
        return subject;
      }
    return -1;
  }

  // For "the statement", "the post" at token k (a text that speaks for
  // whoever issued it, data/source_nouns.tsv), that issuer: the speaker of
  // the paragraph who spoke in such a text before, else as SourceActor finds
  // it, the body that spoke last or is named nearest, not a person (-1 when
  // none); -2 when no such text is named there.
  int DocumentIssuerAt(size_t k) const {
    if (k + 1 >= tokens_.size() || !lex_.determiners.count(tokens_[k].lower) ||
        lex_.SourceNounKind(tokens_[k + 1].lower) != "document")
      return -2;
    // ("the statement from the Harbor Trust": the body named after it.)
    static const std::set<std::string> kFrom = {"from", "by", "of"};
    if (k + 3 < tokens_.size() && kFrom.count(tokens_[k + 2].lower)) {
      const PlacedMention* m = MentionStartingAt(tokens_[k + 3].start);
      if (!m && k + 4 < tokens_.size() && lex_.determiners.count(tokens_[k + 3].lower))
        m = MentionStartingAt(tokens_[k + 4].start);
      return m ? m->actor : -1;
    }
    // ("X said in a statement that … "…," the statement said": X's, a
    // person's too.)
    const std::string before = Lower(std::string(p_.text.substr(0, tokens_[k].start)));
    if (d_->last_speaker >= 0 && d_->last_speaker_paragraph == d_->paragraph &&
        before.find(" " + tokens_[k + 1].lower) != std::string::npos)
      return d_->last_speaker;
    const int issuer = Pronoun("it", tokens_[k].start);
    return issuer >= 0 && !OnePerson(issuer) ? issuer : -1;
  }

  void SetSpeaker(int speaker) {
    // (The writer is "I", never the "he" or "she" of what follows.)
    if (speaker < 0 || speaker == d_->writer) return;
    d_->last_unnamed.clear();
    d_->last_speaker = speaker;
    d_->last_speaker_paragraph = d_->paragraph;
    if (actors_[speaker].kind == "person") d_->last_person = speaker;
  }

  // "\"...\" - Ana Ruiz": a quotation signed with a dash and a name that
  // closes the paragraph (or is followed by a comma and a description), as
  // readers' answers and epigraphs are; the name is the speaker.
  int SignedBy(const Quote& q) const {
    size_t k = SignatureAt(q);
    if (k == std::string::npos) return -1;
    const PlacedMention* m = MentionStartingAt(k);
    if (!m) return -1;
    size_t after = m->end;
    while (after < p_.text.size() && IsSpace(p_.text[after])) ++after;
    if (after < p_.text.size() && p_.text[after] != ',' && p_.text[after] != '.') return -1;
    return m->actor;
  }

  bool Signed(const Quote& q) const { return SignatureAt(q) != std::string::npos; }

  // "- Carl Wenn of Halden University: "..."": a quotation right after a
  // colon that closes a short label naming someone (after a dash or at the
  // start of the sentence, with no verb of speech) is the words of the
  // person the label names, else of the one named last in it; -1 when no
  // name closes it.
  int LabelledBy(const Quote& q) const {
    size_t colon = q.open;
    while (colon > 0 && IsSpace(p_.text[colon - 1])) --colon;
    if (colon == 0 || p_.text[--colon] != ':') return -1;
    size_t from = p_.sentences[SentenceOf(colon)].start;
    for (size_t k = colon; k > from; --k)
      if (p_.text[k - 1] == '-' && (k < 2 || IsSpace(p_.text[k - 2]))) {
        from = k;
        break;
      }
    constexpr size_t kLongestLabel = 10;  // words
    if (TokenAt(colon) - TokenAt(from) > kLongestLabel) return -1;
    // "The court told Lund:" is no label: the verb's subject speaks.
    for (size_t t = TokenAt(from); t < TokenAt(colon); ++t)
      if (IsVerb(t)) return -1;
    int person = -1, last = -1;
    size_t last_start = 0, last_end = 0;
    for (const PlacedMention& m : p_.mentions) {
      if (m.start < from || m.end > colon || m.modifier) continue;
      if (person < 0 && actors_[m.actor].kind == "person") person = m.actor;
      if (m.end >= last_end) last = m.actor, last_start = m.start, last_end = m.end;
    }
    std::string_view tail = p_.text.substr(last_end, colon - last_end);
    if (last < 0 || !Trim(tail).empty()) return -1;
    if (person >= 0) return person;
    // "X of Halden University:" with X no known person: not the university's.
    std::string before = Lower(Trim(p_.text.substr(from, last_start - from)));
    for (const char* of : {" of", " at", " from"})
      if (EndsWith(before, of)) return -1;
    return last;
  }

  // Where the name after "\"...\" - " starts (a capital letter after one or
  // two dashes right after the quotation), or npos.
  size_t SignatureAt(const Quote& q) const {
    size_t k = q.close + 1;
    while (k < p_.text.size() && IsSpace(p_.text[k])) ++k;
    size_t dashes = 0;
    while (k < p_.text.size() && p_.text[k] == '-') ++k, ++dashes;
    if (dashes == 0 || dashes > 2) return std::string::npos;
    while (k < p_.text.size() && IsSpace(p_.text[k])) ++k;
    return k < p_.text.size() && IsUpper(p_.text[k]) ? k : std::string::npos;
  }

  // The words before verb `v` from `from` when they are a short phrase of
  // the verb's own clause opened by a determiner ("The mayor", "A council
  // spokesperson"), else empty.
  std::string UnnamedSubject(size_t v, size_t from) const {
    static const std::set<std::string> kNominal = {"DET", "ADJ", "NOUN", "PROPN", "NUM", "PART"};
    size_t first = v;
    while (first > 0 && tokens_[first - 1].start >= from && v - first < 6) --first;
    if (first == v || !lex_.determiners.count(tokens_[first].lower)) return "";
    const size_t begin = tokens_[first].start, end = tokens_[v - 1].end;
    const std::string_view words = p_.text.substr(begin, end - begin);
    if (words.find_first_of(",;:\"") != std::string_view::npos) return "";
    // A noun phrase only ("The email goes on to say:" is none).
    for (const nlp::Sentence& s : p_.syntax)
      for (const nlp::Token& t : s.tokens)
        if (t.begin >= begin && t.end <= end && !kNominal.count(t.upos)) return "";
    return std::string(words);
  }

  // Whether a comma stands between token k and the token before it.
  bool CommaBefore(size_t k) const {
    if (k == 0 || k >= tokens_.size()) return false;
    const size_t from = tokens_[k - 1].end;
    return p_.text.substr(from, tokens_[k].start - from).find(',') != std::string_view::npos;
  }

  // The token after a relative clause that token k opens after a comma
  // (", who asked not to be named, ") and closes with one within a dozen
  // words; k itself when it opens none.
  size_t PastRelativeClause(size_t k) const {
    if (k >= tokens_.size() || (tokens_[k].lower != "who" && tokens_[k].lower != "which") || !CommaBefore(k)) return k;
    for (size_t close = k + 1; close < tokens_.size() && close < k + 12; ++close)
      if (CommaBefore(close)) return close;
    return k;
  }

  // '"…," one tenant told the Courier', '"…," a shopkeeper said': a noun
  // phrase opened by a determiner that names no actor, right after the
  // quotation and its comma, then a verb of speech (past a relative clause
  // set off by commas: "one tenant, who asked not to be named, told"). Its
  // words, the verb in `*verb`; "" when there is none.
  std::string UnnamedSubjectAfter(const Quote& q, size_t limit, std::string* verb) const {
    static const std::set<std::string> kNominal = {"DET", "ADJ", "NOUN", "NUM"};
    const size_t first = TokenAt(q.close + 1);
    if (first >= tokens_.size() || tokens_[first].start >= limit || !lex_.determiners.count(tokens_[first].lower))
      return "";
    const std::string_view gap = p_.text.substr(q.close + 1, tokens_[first].start - q.close - 1);
    if (gap.find_first_not_of(" ,\u00a0") != std::string_view::npos) return "";
    size_t end = first;  // one past the phrase's last word
    while (end < tokens_.size() && end < first + 6 && tokens_[end].start < limit && kNominal.count(UposOf(end)) &&
           !IsVerb(end))
      ++end;
    if (end == first || end >= tokens_.size()) return "";
    const size_t v = PastRelativeClause(end);
    if (v >= tokens_.size() || tokens_[v].start >= limit || !IsVerb(v)) return "";
    *verb = lex_.speech_verbs.at(tokens_[v].lower);
    return std::string(p_.text.substr(tokens_[first].start, tokens_[end - 1].end - tokens_[first].start));
  }

  // "Her plan is sound, said Ana Ruiz, a planner at the county": the parse
  // found token v's cue with what was said before it and its source after
  // it, so a phrase before the verb is no speaker of the words after it.
  bool SubjectAfterInParse(size_t v) const {
    for (const ReportedSpeech& r : p_.speech)
      if (r.cue_start == tokens_[v].start && r.source_end > r.source_start && r.source_start > r.cue_start &&
          r.content_end <= r.cue_start)
        return true;
    return false;
  }

  // The part of speech the parse gave token t ("" when none).
  std::string UposOf(size_t t) const {
    if (t >= tokens_.size()) return "";
    for (const nlp::Sentence& s : p_.syntax)
      for (const nlp::Token& k : s.tokens)
        if (k.begin <= tokens_[t].start && tokens_[t].start < k.end) return k.upos;
    return "";
  }

  // The noun phrase ending right before token v, from its determiner if it
  // has one ("the crowd", "many supporters", "Others"), within [from, v).
  std::string NominalWordsBefore(size_t v, size_t from) const {
    static const std::set<std::string> kNominal = {"ADJ", "NOUN", "PROPN", "NUM", "PRON"};
    size_t first = v;
    while (first > 0 && tokens_[first - 1].start >= from) {
      const std::string upos = UposOf(first - 1);
      if (upos == "DET" || lex_.determiners.count(tokens_[first - 1].lower)) {
        --first;
        break;
      }
      if (!kNominal.count(upos)) break;
      --first;
    }
    if (first == v) return "";
    return std::string(p_.text.substr(tokens_[first].start, tokens_[v - 1].end - tokens_[first].start));
  }

  // The source of a cue outside the quotation whose content the parse puts
  // over it ("...," Marta Lund, a pollster, told me), or -1.
  // Of cues nested in one another the innermost verb of speech speaks, its
  // subject named ("voted to strike after rejecting what their union called a
  // "derisory" offer": the union's word, not the voters'; not "said the allies
  // will take measures "to …"", nor "what it called "…"").
  int ParsedSpeaker(const Quote& q, std::string* verb) const {
    int found = -1;
    size_t narrowest = std::string::npos;
    for (const ReportedSpeech& r : p_.speech) {
      if (r.negated || (q.open < r.cue_start && r.cue_start < q.close)) continue;
      if (r.content_end <= q.open + 1 || q.close <= r.content_start) continue;
      if (r.content_end - r.content_start >= narrowest) continue;
      if (found >= 0 && (!lex_.speech_lemmas.count(r.lemma) || r.source_pronoun)) continue;
      int speaker = SourceActor(r);
      if (speaker < 0) continue;
      *verb = r.lemma;
      found = speaker;
      narrowest = r.content_end - r.content_start;
    }
    return found;
  }

  // Returns the speaker found for this quotation.
  int Quotation(const Quote& q, int s, size_t seg_start, int prev_in_sentence) {
    size_t cstart = q.open + 1, cend = q.close;
    const auto [words_start, words_end] = TrimmedSpan(p_.text, cstart, cend, ",");
    std::string text(p_.text.substr(words_start, words_end - words_start));
    if (Words(text).empty()) return prev_in_sentence;
    int end_sentence = SentenceOf(cend > 0 ? cend - 1 : 0);
    size_t limit = p_.sentences[end_sentence].end;
    std::string verb;
    std::string unnamed;  // the words of a subject that names no actor
    bool told_passively = false;
    int speaker = -1;
    bool ends_sentence = !text.empty() && (text.back() == '.' || text.back() == '?' || text.back() == '!');
    if (!ends_sentence || (cend + 2 < p_.text.size() && IsLower(p_.text[cend + 2])))
      speaker = SpeakerAfter(q, limit, &verb);
    size_t before_words = TokenAt(q.open) - TokenAt(seg_start);
    bool direct = before_words == 0;
    if (speaker < 0) speaker = SignedBy(q);
    if (speaker < 0 && (speaker = LabelledBy(q)) >= 0) direct = true;
    if (speaker < 0) speaker = ParsedSpeaker(q, &verb);
    if (speaker < 0 && (!ends_sentence || (cend + 2 < p_.text.size() && IsLower(p_.text[cend + 2]))))
      unnamed = UnnamedSubjectAfter(q, limit, &verb);
    if (speaker < 0 && unnamed.empty()) {
      // The last speech verb between the segment start and the quotation.
      size_t v = TokenAt(q.open);
      size_t first = TokenAt(seg_start);
      bool found = false;
      while (v > first) {
        --v;
        if (IsVerb(v)) {
          found = true;
          break;
        }
      }
      // "X has been accused of 'burying' the figures": a passive verb's
      // subject is whom the words were said of, not who said them.
      told_passively = found && v > 0 && kPassiveAuxiliaries.count(tokens_[v - 1].lower) > 0 &&
                       !EndsWith(tokens_[v].lower, "ing");  // "is calling it …" is active
      if (told_passively) {
        verb = lex_.speech_verbs.at(tokens_[v].lower);
      } else if (found) {
        verb = lex_.speech_verbs.at(tokens_[v].lower);
        speaker = SubjectBefore(v, seg_start, prev_in_sentence);
        // "A council spokesperson said: '...'" with a subject that names no
        // actor: its words. A definite one ("The candidate said:") may be
        // the last speaker; with none, its words too.
        if (speaker < 0) unnamed = UnnamedSubject(v, seg_start);
        // "At one point the crowd shouted", "Others yelled": a crowd is its
        // own source, never the last one quoted.
        const bool crowd = speaker < 0 && v > 0 && lex_.crowd_nouns.count(tokens_[v - 1].lower) > 0;
        if (crowd) unnamed = NominalWordsBefore(v, seg_start);
        const bool indefinite = !unnamed.empty() && (crowd || !StartsWith(Lower(unnamed), "the "));
        // ("One, who asked not to be named, said …": a subject described by
        // a clause of its own is someone new, not the last speaker.)
        bool described_subject = false;
        for (size_t k = v > 12 ? v - 12 : 1; k < v && !described_subject; ++k)
          described_subject = PastRelativeClause(k) == v;
        if (speaker < 0 && !indefinite && !described_subject && d_->last_speaker_paragraph >= d_->paragraph - 1) {
          speaker = d_->last_speaker;
          if (speaker >= 0) unnamed.clear();
        }
        std::string_view gap = p_.text.substr(tokens_[v].end, q.open - tokens_[v].end);
        std::string g = Trim(gap);
        if ((g.empty() || g == ":" || g == "," || g == "that") && IsUpper(p_.text[cstart]))
          direct = true;
      } else if (before_words == 0 && !Signed(q)) {
        // A quotation that opens its sentence continues the last speaker
        // (unless a name we do not know signs it, or a "he" or "she" after
        // it that the last speaker, a group, cannot be).
        if (d_->last_speaker_paragraph >= d_->paragraph - 1 &&
            !(d_->last_speaker >= 0 && PersonalPronounAfter(q) && Group(d_->last_speaker)))
          speaker = d_->last_speaker;
        if (!d_->last_unnamed.empty() && d_->last_unnamed_paragraph >= d_->paragraph - 1) {
          speaker = -1;
          unnamed = d_->last_unnamed;
        }
        if (prev_in_sentence >= 0) speaker = prev_in_sentence;
        // Before anyone has spoken, a quotation opening a paragraph after one
        // that names a single person is that person's words (a profile's
        // "Captain X has sailed the route for 30 years …" then "We got the
        // call just after midnight …").
        if (speaker < 0 && unnamed.empty() && d_->last_speaker < 0 && Trim(p_.text.substr(0, q.open)).empty() &&
            SpeaksInFirstPerson(q))
          speaker = OnlyPersonOfParagraphBefore();
      } else {
        speaker = prev_in_sentence;
        // "X hardly settled it, treating Y's remark as a compliment -- 'That
        // makes me smart'": a sentence quoted inside another with no verb of
        // speech before it is the words of the clause's subject when a
        // person is named so, not of an owner named on the way ("the crowd
        // reprised the chant '...'" names none: no speaker).
        if (speaker < 0 && Words(text).size() >= 3 && IsUpper(p_.text[words_start])) {
          speaker = PersonSubjectOfQuotation(q);
          if (speaker == kNoSubject) speaker = PersonNearestBefore(q.open);
        }
      }
    }
    // "X said: 'The ...'": a sentence quoted whole right after its verb of
    // speech and a colon or comma is a direct quotation, whoever found the speaker.
    if (!direct && IsUpper(p_.text[cstart])) {
      const size_t next = TokenAt(q.open);
      if (next > TokenAt(seg_start) && IsVerb(next - 1)) {
        const std::string gap = Trim(p_.text.substr(tokens_[next - 1].end, q.open - tokens_[next - 1].end));
        direct = gap == ":" || gap == ",";
      }
      // "X said in a text message: 'The ...'": so too after a phrase of the
      // verb's and a colon (a few words, no clause or quotation of their own).
      for (size_t v = next; !direct && v-- > TokenAt(seg_start);) {
        if (!IsVerb(v)) continue;
        const std::string gap = Trim(p_.text.substr(tokens_[v].end, q.open - tokens_[v].end));
        direct = !gap.empty() && gap.back() == ':' && Words(gap).size() <= 8 &&
                 gap.find_first_of("\".;,") == std::string::npos;
        break;
      }
      // "Tom Berg disagreed: 'The building is unsafe.'": a sentence quoted
      // whole after a colon, closing the sentence, whatever the verb before.
      const size_t colon = p_.text.find_last_not_of(" \u00a0", q.open == 0 ? 0 : q.open - 1);
      const size_t rest = std::min(q.close + 1, p_.sentences[s].end);
      const std::string after = Trim(p_.text.substr(rest, p_.sentences[s].end - rest));
      direct = direct || (q.open > 0 && colon != std::string_view::npos && p_.text[colon] == ':' &&
                          after.find_first_not_of(".!?") == std::string::npos);
    }
    StatementFact st;
    st.text = text;
    if (speaker < 0) st.speaker_words = unnamed;
    if (speaker < 0 && !unnamed.empty()) {
      d_->last_unnamed = unnamed;
      d_->last_unnamed_paragraph = d_->paragraph;
    }
    st.kind = direct ? "direct" : "partial";
    st.unnamed_teller = told_passively;
    st.verb = verb.empty() ? "say" : verb;
    st.sentence = p_.first_sentence + s;
    st.start = p_.offset + words_start;
    st.end = p_.offset + words_end;
    st.speaker = speaker;
    for (const PlacedMention& m : p_.mentions)
      if (m.start >= cstart && m.end <= cend && m.actor != speaker) st.about_actors.push_back(m.actor);
    // A partial quotation sits in reported speech: the whole sentence is what
    // the speaker said, so its actors are what the words are about too —
    // except the frame: the outlet told, the speaker's own employer, and an
    // unnamed source, who counts by the country it belongs to.
    if (st.about_actors.empty() || !direct)
      for (const PlacedMention& m : p_.mentions) {
        if (m.start < p_.sentences[s].start || m.end > limit || m.actor == speaker || m.modifier)
          continue;
        const ActorFact& a = actors_[m.actor];
        if (a.kind == "media" || (speaker >= 0 && actors_[speaker].affiliation == m.actor)) continue;
        int target = m.anonymous ? a.affiliation : m.actor;
        if (target >= 0 && target != speaker) st.about_actors.push_back(target);
      }
    out_->push_back(std::move(st));
    SetSpeaker(speaker);
    return speaker;
  }

  // Who the source of parsed reported speech is: a person named in
  // apposition, the actor named by its head word, or by a name inside its
  // phrase ("the Ruiz campaign"); what its
  // pronoun refers to; for a document ("the statement said"), whoever issued
  // it: the organization that spoke last.
  int SourceActor(const ReportedSpeech& r) const {
    if (r.source_end == 0) return -1;
    if (r.source_pronoun) {
      auto possessive = kPossessivePronouns.find(r.source_word);
      int pr = Pronoun(possessive != kPossessivePronouns.end() ? possessive->second : r.source_word,
                       r.source_start);
      return pr >= 0 ? pr : -1;
    }
    // "Abiy said his government believed ...": the country of the person the
    // pronoun stands for.
    if (int state = GovernmentOfPronoun(r); state >= 0) return state;
    // "A Pentagon spokeswoman, Sabrina Singh, said": the person named beside.
    for (const PlacedMention& m : p_.mentions)
      if (m.person && r.apposition_start <= m.start && m.end <= r.apposition_end) return m.actor;
    if (int named = PersonBesideDescription(r); named >= 0) return named;
    if (int named = PersonClosingDescription(r); named >= 0) return named;
    if (int named = OrganizationInApposition(r); named >= 0) return named;
    // "Secretary General Ilse Marwood-Lund warned …" parsed with "Secretary"
    // the subject, "Founder and chief executive Ana Ruiz said" with
    // "Founder": the person named right after the titles it opens (unless
    // the word names a person itself: "Mr. King and Mr. Lowe say").
    for (const PlacedMention& m : p_.mentions)
      if (m.person && m.start <= r.source_start && r.source_start < m.end && !m.modifier) return m.actor;
    if (const size_t after = TitlesEnd(r.source_start); after != std::string::npos)
      for (const PlacedMention& m : p_.mentions)
        if (m.person && !m.modifier && m.start == after && m.start < r.cue_start) return m.actor;
    for (const PlacedMention& m : p_.mentions)
      if (m.start <= r.source_start && r.source_start < m.end && !m.modifier) return m.actor;
    for (const PlacedMention& m : p_.mentions)
      if (r.phrase_start <= m.start && m.end <= r.phrase_end && !m.modifier) return m.actor;
    for (const PlacedMention& m : p_.mentions)
      if (OwnerSpeaks(r, lex_) && r.owner_start <= m.start && m.end <= r.owner_end && !m.modifier) return m.actor;
    if (lex_.SourceNounKind(r.source_word) == "document") {
      // (A spokeswoman who spoke last issued no filing nor report.)
      int pr = Pronoun("it", r.source_start);
      return pr >= 0 && !OnePerson(pr) ? pr : -1;
    }
    return -1;
  }

  // Where the titles opening at `pos` end ("Founder and chief executive "
  // of "… Ana Ruiz"): the byte after the space closing the last, or npos
  // when no title opens there. Titles joined by "and" are one run.
  size_t TitlesEnd(size_t pos) const {
    size_t end = std::string::npos;
    for (;;) {
      size_t longest = 0;
      const std::string rest = Lower(std::string(p_.text.substr(pos, 40)));
      for (const std::string& t : lex_.lower_titles)
        if (t.size() > longest && rest.size() > t.size() && rest.compare(0, t.size(), t) == 0 && rest[t.size()] == ' ')
          longest = t.size();
      if (longest == 0) return end;
      end = pos + longest + 1;
      if (p_.text.substr(end, 4) != "and ") return end;
      pos = end + 4;
    }
  }

  // "Its chairman, retired teacher Gwen Price, said": a person closing a
  // phrase set off by commas between a description and its verb, however the
  // parse hung it, a few words of description before the name (not a
  // clause: "The report, which was seen by X, said"); else -1.
  int PersonBesideDescription(const ReportedSpeech& r) const {
    static const std::set<std::string> kClauseWords = {"who", "which", "that", "whose", "by", "was", "is"};
    if (r.source_proper || r.phrase_end == 0 || p_.text.substr(r.phrase_end, 2) != ", ") return -1;
    auto describes = [](std::string_view words) {
      const std::vector<std::string> w = Words(std::string(words));
      const auto clause_word = [](const std::string& x) { return kClauseWords.count(Lower(x)) > 0; };
      return w.size() <= 3 && std::none_of(w.begin(), w.end(), clause_word) && words.find(',') == std::string_view::npos;
    };
    for (const PlacedMention& m : p_.mentions)
      if (m.person && !m.modifier && m.start > r.phrase_end && m.end + 2 <= r.cue_start &&
          p_.text.substr(m.end, 2) == ", " && Trim(p_.text.substr(m.end + 1, r.cue_start - m.end - 1)).empty() &&
          describes(p_.text.substr(r.phrase_end + 2, m.start - r.phrase_end - 2)))
        return m.actor;
    return -1;
  }

  // "A lawyer representing residents of the town, Ana Ruiz, said": a person
  // set off by commas between the description's longer phrase and its verb
  // names the description's head, however the parse hung the name (the
  // town's), unless the noun before the name is a person's too ("a lawyer
  // for the mayor, Ana Ruiz," may name the mayor); else -1.
  int PersonClosingDescription(const ReportedSpeech& r) const {
    if (r.source_proper || r.source_pronoun || r.phrase_end == 0 || r.cue_start <= r.phrase_end) return -1;
    for (const PlacedMention& m : p_.mentions) {
      if (!m.person || m.modifier || m.start < r.phrase_end + 3 || m.end >= r.cue_start) continue;
      if (p_.text.substr(m.start - 2, 2) != ", " || Trim(p_.text.substr(m.end, r.cue_start - m.end)) != ",") continue;
      const std::string_view between = p_.text.substr(r.phrase_end, m.start - 2 - r.phrase_end);
      const std::vector<std::string> words = Words(std::string(between));
      if (words.empty() || words.size() > 12 || between.find_first_of(",;:\"") != std::string_view::npos) continue;
      const std::string noun = Singular(Lower(words.back()));
      if (lex_.person_nouns.count(noun) || lex_.anonymous_heads.count(noun)) continue;
      return m.actor;
    }
    return -1;
  }

  // "The firm's rival, Corda Systems, said": an organization whose name is
  // the description's apposition (not "X, the vice chair of the Finance
  // Committee,"); else -1.
  int OrganizationInApposition(const ReportedSpeech& r) const {
    if (r.source_proper) return -1;
    for (const PlacedMention& m : p_.mentions) {
      if (m.modifier || m.anonymous || m.demonym || m.start < r.apposition_start || m.end != r.apposition_end) continue;
      const std::string before = Lower(p_.text.substr(r.apposition_start, m.start - r.apposition_start));
      if (before.empty() || before == "the ") return m.actor;
    }
    return -1;
  }

  // "his government", "her administration": the country of the person the
  // pronoun stands for, when the article gives one; else -1.
  int GovernmentOfPronoun(const ReportedSpeech& r) const {
    if (!lex_.state_bodies.count(r.source_lemma) || r.phrase_start >= r.source_start) return -1;
    std::string_view first = p_.text.substr(r.phrase_start, r.source_start - r.phrase_start);
    first = first.substr(0, first.find(' '));
    auto possessive = kPossessivePronouns.find(Lower(first));
    if (possessive == kPossessivePronouns.end() || possessive->second == "it" || possessive->second == "they")
      return -1;
    const int person = Pronoun(possessive->second, r.phrase_start);
    if (person < 0 || actors_[person].kind != "person") return -1;
    const int state = actors_[person].affiliation;
    return state >= 0 && actors_[state].kind == "country" ? state : -1;
  }

  // Whether the words before an unresolved report's cue name someone who
  // could speak ("they", "many farmers", "the agency") rather than what the
  // parser took for its subject ("this month", "a greater urgency").
  bool NamesSource(const ReportedSpeech& r) const {
    if (r.phrase_end <= r.phrase_start) return false;
    if (r.source_pronoun) return !kPossessivePronouns.count(r.source_word);
    std::string noun = lex_.SourceNounKind(r.source_word);
    if (!noun.empty()) return noun != "time";
    // (Or an organization of any trade or beat: "the ministry said", "the
    // regulator said", beyond the learned heads of one beat's news.)
    return r.source_proper || r.source_plural || lex_.source_heads.count(r.source_lemma) ||
           lex_.organization_nouns.count(r.source_lemma);
  }

  // Where a statement read off the parse, [first, from), and one the
  // surface rules found after it overlap, one reading of the words stays:
  // the parse's when its cue is a verb of speech or belief, else the surface
  // rules' (they need a verb of speech: "agreed to extend the truce,
  // Qatar announced" is Qatar's announcement, not Israel's words).
  void KeepOneReading(size_t first, size_t from) {
    std::vector<bool> drop(out_->size(), false);
    auto overlap = [](const StatementFact& a, const StatementFact& b) {
      return a.start < b.end && b.start < a.end;
    };
    // (A denial is speech too: "rejected claims that X" is no claim of the
    // subject's, as the surface rules read it.)
    auto speech = [&](const StatementFact& parsed) {
      return lex_.speech_lemmas.count(parsed.verb) || lex_.belief_verbs.count(parsed.verb) ||
             lex_.denial_verbs.count(parsed.verb);
    };
    // First the parse's verbs of speech and belief displace the surface
    // readings they overlap; then a surface reading still standing displaces
    // the parse's other cues (one the first step removed displaces nothing:
    // "X said A, but she refuses to B" keeps the refusal). A parse reading
    // whose source names no actor is no better than the surface's that has
    // a speaker: it yields to it.
    auto first_pass = [&](const StatementFact& parsed, const StatementFact& surface) {
      return speech(parsed) && (parsed.speaker >= 0 || surface.speaker < 0);
    };
    for (int pass = 0; pass < 2; ++pass)
      for (size_t k = first; k < from; ++k)
        for (size_t j = from; j < out_->size(); ++j) {
          const StatementFact& parsed = (*out_)[k];
          if (!overlap(parsed, (*out_)[j]) || first_pass(parsed, (*out_)[j]) != (pass == 0)) continue;
          if (pass == 0) drop[j] = true;
          else if (!drop[j]) drop[k] = true;
        }
    for (size_t k = out_->size(); k-- > first;)
      if (drop[k]) out_->erase(out_->begin() + static_cast<long>(k));
  }

  // "X did not say that ...": the surface rules see a speech verb, the parse
  // its negation; nothing after `first` is kept that overlaps a denied
  // content, unless it holds the denial itself ("The ministry said it had
  // not asked ..." is what the ministry said).
  void DropDenied(size_t first) {
    auto denied = [&](const StatementFact& st) {
      if (st.negated) return false;
      for (const ReportedSpeech* r : denied_) {
        size_t cue = p_.offset + r->cue_start;
        if (p_.offset + r->content_start < st.end && st.start < p_.offset + r->content_end &&
            !(st.start <= cue && cue < st.end))
          return true;
      }
      return false;
    };
    out_->erase(std::remove_if(out_->begin() + static_cast<long>(first), out_->end(), denied),
                out_->end());
  }

  // A word or two in quotation marks that no cue reports is a scare quote or
  // a title ("the so-called "reform" package"), not a statement: kept only
  // when a parsed cue's content holds it or a verb of speech heads a clause
  // of the sentence ("so-called" modifies a noun and is none).
  void DropScareQuotes(size_t first, size_t s) {
    const Span& sent = p_.sentences[s];
    // "she told Good Evening Harbour": words in quotation marks written as a title,
    // in a sentence that is not (a headline capitalizes everything), name a
    // show, a book or a song, whatever cue is near.
    auto title = [&](const StatementFact& st) {
      if (st.kind == "indirect" || !IsTitleCase(st.text)) return false;
      size_t capitalized = 0, words = 0;
      for (const Token& w : Tokenize(p_.text, sent.start, sent.end)) {
        if (p_.offset + w.start >= st.start && p_.offset + w.end <= st.end) continue;
        ++words;
        capitalized += StartsUpper(w.text);
      }
      return words > 0 && capitalized * 2 < words;
    };
    out_->erase(std::remove_if(out_->begin() + static_cast<long>(first), out_->end(), title),
                out_->end());
    for (const nlp::Sentence& parsed : p_.syntax)
      for (const nlp::Token& t : parsed.tokens)
        if (t.begin >= sent.start && t.begin < sent.end && t.upos == "VERB" && t.deprel != "amod" &&
            lex_.speech_verbs.count(Lower(t.form)))
          return;
    auto scare = [&](const StatementFact& st) {
      if (st.kind != "partial" || Words(st.text).size() > 2) return false;
      for (const ReportedSpeech& r : p_.speech)
        if (!r.negated && p_.offset + r.content_start <= st.start && st.end <= p_.offset + r.content_end)
          return false;
      return true;
    };
    out_->erase(std::remove_if(out_->begin() + static_cast<long>(first), out_->end(), scare),
                out_->end());
  }

  // Reported speech and beliefs read off the parse (ingest/reported_speech.h).
  void Parsed(int s) {
    const Span& sent = p_.sentences[s];
    std::vector<std::pair<const ReportedSpeech*, int>> found;  // with its speaker
    for (const ReportedSpeech& r : p_.speech) {
      if (r.cue_start < sent.start || r.cue_start >= sent.end) continue;
      if (InsideQuote(r.cue_start) || WithinOneQuote(r.content_start, r.content_end)) continue;
      if (r.negated) denied_.push_back(&r);
      // A pronoun inside someone's words is first theirs ("One shopkeeper
      // said she saw …"): the reports before it are resolved already.
      enclosing_speaker_ = -1;
      for (const auto& [outer, speaker] : found)
        if (speaker >= 0 && outer->content_start <= r.cue_start && r.cue_start < outer->content_end)
          enclosing_speaker_ = speaker;
      // The same subject of two cues ("A spokesman for X, Dan Ovitz,
      // declined to say when …") is one speaker, however the second cue's
      // place hides the name beside it.
      int same = -1;
      for (const auto& [other, speaker] : found)
        if (speaker >= 0 && r.source_end > 0 && other->source_start == r.source_start &&
            other->source_end == r.source_end)
          same = speaker;
      found.emplace_back(&r, same >= 0 ? same : SourceActor(r));
      enclosing_speaker_ = -1;
    }
    // "She said the roads were safe, though she noted ...": a second report
    // joined to the first content by a comma and a conjunction ends it.
    std::vector<size_t> ends;
    for (const auto& [r, speaker] : found) ends.push_back(r->content_end);
    for (size_t i = 0; i < found.size(); ++i)
      for (size_t o = 0; o < found.size(); ++o) {
        const ReportedSpeech* r = found[i].first;
        const ReportedSpeech* outer = found[o].first;
        if (o == i || found[i].second < 0 || found[o].second != found[i].second ||
            r->cue_start < outer->content_start ||
            r->cue_start >= ends[o])
          continue;
        size_t clause = r->source_end > 0 ? std::min(r->source_start, r->phrase_start) : r->cue_start;
        size_t joint = SecondReportJoint(outer->content_start, clause);
        if (joint != std::string::npos) ends[o] = joint;
      }
    for (size_t i = 0; i < found.size(); ++i) {
      const auto& [r, speaker] = found[i];
      // A report with no known source inside someone's words is part of
      // them ("the mayor said militias attacked the base"). A known
      // speaker's own view inside them is a statement of its own too ("She
      // said she would welcome an extension": her welcome), as news corpora
      // count it (PolNeAR dev unquoted recall 0.568 -> 0.574).
      bool nested = false;
      for (size_t o = 0; o < found.size(); ++o)
        if (o != i && speaker < 0 && found[o].first->content_start <= r->cue_start && r->cue_start < ends[o])
          nested = true;
      if (nested) continue;
      // Words opening with a quotation hold its opening mark too.
      const Quote* opening = QuoteAround(r->content_start);
      size_t content_start = opening ? opening->open : r->content_start;
      size_t content_end = TrimmedSpan(p_.text, content_start, ends[i], ",;").second;
      // Words closing inside a quotation hold its closing mark too, and the
      // stop before it ('the merger was "a historic step."').
      if (const Quote* closing = content_end > content_start ? QuoteAround(content_end - 1) : nullptr;
          closing && closing->open >= content_start && closing->close < p_.text.size() &&
          std::all_of(p_.text.begin() + content_end, p_.text.begin() + closing->close,
                      [](char c) { return c == '.' || c == ',' || c == '!' || c == '?'; }))
        content_end = closing->close + 1;
      StatementFact st;
      st.text = std::string(p_.text.substr(content_start, content_end - content_start));
      // Without the reporting words set off inside it ("The test, the
      // ministry said, was its largest" says "The test was its largest").
      if (r->gap_start > content_start && r->gap_end < content_end && r->gap_start < r->gap_end) {
        st.text = StatementWords(p_.text, content_start, content_end, r->gap_start, r->gap_end);
        st.gap_start = p_.offset + r->gap_start;
        st.gap_end = p_.offset + r->gap_end;
      }
      st.kind = "indirect";
      st.verb = r->lemma;
      if (r->belief) st.stance = "belief";
      if (r->topic) st.stance = "topic";
      // (A denial is a stance on words the speaker does not hold,
      // data/denial_verbs.txt.)
      st.negated = r->negated || (lex_.denial_verbs.count(r->lemma) > 0 && !r->turned_down);
      st.sentence = p_.first_sentence + s;
      st.start = p_.offset + content_start;
      st.end = p_.offset + content_end;
      st.speaker = speaker;
      if (speaker < 0 && NamesSource(*r))
        st.speaker_words = std::string(p_.text.substr(r->phrase_start, r->phrase_end - r->phrase_start));
      for (const PlacedMention& m : p_.mentions)
        if (m.start >= r->content_start && m.end <= content_end && m.actor != speaker)
          st.about_actors.push_back(m.actor);
      if (int whom = PersonPronounStandsFor(st.text, content_start, speaker); whom >= 0)
        st.about_actors.push_back(whom);
      out_->push_back(std::move(st));
      // A poll or a study tells findings, no words: the quotations after it
      // are not its.
      if (!lex_.evidence_nouns.count(r->source_word)) SetSpeaker(speaker);
    }
  }

  // "The teachers' union endorsed her": content that is "him" or
  // "her" alone is about the person last named before it in the paragraph
  // who is not the speaker ("Ruiz's aides praised him": Ruiz), or nobody.
  int PersonPronounStandsFor(const std::string& text, size_t pos, int speaker) const {
    const std::string word = Lower(text);
    if (word != "him" && word != "her") return -1;
    int found = -1;
    for (const PlacedMention& m : p_.mentions) {
      if (m.start >= pos) break;
      if (!m.person || m.modifier || m.actor == speaker || InsideQuote(m.start)) continue;
      found = m.actor;
    }
    return found;
  }

  // Where a clause starting at `clause` is joined to the words before it by
  // a comma (or semicolon) and a conjunction — ", but he refuses ...", ",
  // though she noted ..." — the position of that comma, else npos.
  size_t SecondReportJoint(size_t from, size_t clause) const {
    static const std::set<std::string> kJoints = {"but", "and", "though", "although", "while", "yet"};
    size_t t = TokenAt(clause);
    if (t < 2 || tokens_[t - 2].start < from) return std::string::npos;
    const Token& word = tokens_[t - 1];
    std::string_view gap = p_.text.substr(word.end, clause - word.end);
    if (size_t semi = gap.find(';'); semi != std::string_view::npos) return word.end + semi;
    if (!kJoints.count(word.lower)) return std::string::npos;
    const Token& before = tokens_[t - 2];
    std::string_view comma_gap = p_.text.substr(before.end, word.start - before.end);
    size_t mark = comma_gap.find_first_of(",;");
    return mark == std::string_view::npos ? std::string::npos : before.end + mark;
  }

  // Reported speech outside quotations: "X said (that) ...", "..., X said".
  void Indirect(int s, bool /*had_quote*/) {
    const Span& sent = p_.sentences[s];
    size_t first = TokenAt(sent.start), last = TokenAt(sent.end);
    for (size_t v = first; v < last; ++v) {
      if (!IsVerb(v)) continue;
      // Nor one the parse reads as a noun or a name ("the swing state of
      // Ohio", "a State of the Union": "state" had made 292 reported
      // statements of PolNeAR train, nearly all wrong), unless a that-clause
      // follows it ("a council report that ...").
      if (const std::string upos = UposOf(v);
          (upos == "NOUN" || upos == "PROPN") && !(v + 1 < tokens_.size() && tokens_[v + 1].lower == "that"))
        continue;
      const std::string& lemma = lex_.speech_verbs.at(tokens_[v].lower);
      if (lex_.quote_only_verbs.count(lemma)) continue;
      if (InsideQuote(tokens_[v].start)) continue;
      // The verb of a quotation's attribution is not a statement of its own.
      size_t next_quote = NextQuote(tokens_[v].end);
      if (next_quote < sent.end && next_quote - tokens_[v].end < 80 &&
          p_.text.substr(tokens_[v].end, next_quote - tokens_[v].end).find(',') ==
              std::string_view::npos)
        continue;
      if (PrevQuoteNear(tokens_[v].start, sent.start)) continue;
      if (EndsWith(tokens_[v].lower, "ing")) continue;
      if (v > 0 && tokens_[v - 1].lower == "to") continue;  // "too early to say": no report
      // "…, Ina Dahl was told": a passive report's subject heard it (a
      // "by" after it names the teller: "the story was told by the paper").
      if (v > 0 && kPassiveAuxiliaries.count(tokens_[v - 1].lower) &&
          !(v + 1 < tokens_.size() && tokens_[v + 1].lower == "by"))
        continue;
      if (SubjectAfterInParse(v)) continue;
      // "The minister did not say when …": no report at all.
      if (std::any_of(p_.syntax.begin(), p_.syntax.end(),
                      [&](const nlp::Sentence& parsed) { return NegatedAt(parsed, tokens_[v].start); }))
        continue;
      // "…, which would explain why …": a relative "which" stands for a
      // thing, no speaker (the name before it is no subject of the verb).
      {
        static const std::set<std::string> kBetween = {"would", "could", "may", "might", "will", "can", "also"};
        size_t k = v;
        while (k > first && kBetween.count(tokens_[k - 1].lower)) --k;
        if (k > first && tokens_[k - 1].lower == "which") continue;
      }
      int speaker = SubjectBefore(v, sent.start, -1);
      if (speaker < 0) continue;
      // "..., US officials said." — the clause is before the subject.
      const PlacedMention* subj = nullptr;
      for (const PlacedMention& m : p_.mentions)
        if (m.actor == speaker && m.end <= tokens_[v].start && m.start >= sent.start) subj = &m;
      size_t text_start, text_end;
      bool frame_only = false;  // the words after the verb open with a frame and hold no "that"
      std::string_view before = subj ? p_.text.substr(sent.start, subj->start - sent.start)
                                     : std::string_view();
      std::string b = Trim(before);
      b = WithoutOffice(b);
      for (const char* det : {" the", " a", " an"})  // "..., the Israeli military said"
        if (EndsWith(Lower(b), det)) b = Trim(b.substr(0, b.size() - std::string(det).size()));
      // "The bank's chief economist, Ruth Adeyemi, said ...": a name set
      // off by commas right before the verb, after a phrase with no comma of
      // its own, is that phrase's apposition; the phrase is its subject, not
      // its words ("Prices will rise, Ana Rojas, the minister, said" closes).
      const bool apposition = subj && Trim(p_.text.substr(subj->end, tokens_[v].start - subj->end)) == "," &&
                              !b.empty() && b.find(',') == b.size() - 1;
      // "In an interview with X, Lund said taxes would not rise": the words
      // before are a phrase with no verb of its own, not what was said.
      const bool clause_before = subj && FiniteVerbIn(sent.start, subj->start);
      if (subj && !apposition && clause_before && !b.empty() && b.back() == ',' && AttributionEnds(v, sent.end)) {
        text_start = AfterDateline(sent.start, sent.start + b.size());
        text_end = sent.start + b.size() - 1;
      } else {
        text_start = tokens_[v].end;
        // "told CNN that", "said in a statement on Monday that" — but in "said
        // a commission that will ..." the "that" is the commission's.
        bool frame = lemma == "tell" || (v + 1 < last && (kFrameStarts.count(tokens_[v + 1].lower) ||
                                                          IsDay(tokens_[v + 1].text)));
        for (size_t k = v + 1; frame && k < last && k <= v + 6; ++k) {
          if (p_.text.substr(tokens_[k - 1].end, tokens_[k].start - tokens_[k - 1].end).find_first_of(",\"") !=
              std::string_view::npos)
            break;
          if (tokens_[k].lower == "that") {
            text_start = tokens_[k].end;
            break;
          }
        }
        frame_only = frame && lemma != "tell" && text_start == tokens_[v].end;
        size_t t = TokenAt(text_start);
        // "said on Sunday he would ...": the time is the report's, not the words'.
        if (t + 1 < last && tokens_[t].lower == "on" && IsDay(tokens_[t + 1].text)) t += 2;
        else if (t < last && (tokens_[t].lower == "yesterday" || tokens_[t].lower == "today")) t += 1;
        if (t < last && t > TokenAt(text_start)) text_start = tokens_[t - 1].end;
        if (t < last && tokens_[t].lower == "that") text_start = tokens_[t].end;
        text_end = std::min(sent.end, next_quote);
        // "told members to expect higher costs, according to a letter": the
        // phrase names the source of the words before it, not more of them.
        for (size_t k = TokenAt(text_start); k + 1 < last && tokens_[k].start < text_end; ++k)
          if (tokens_[k].lower == "according" && tokens_[k + 1].lower == "to" && k > 0 &&
              p_.text.substr(tokens_[k - 1].end, tokens_[k].start - tokens_[k - 1].end).find(',') !=
                  std::string_view::npos) {
            text_end = std::min(text_end, tokens_[k - 1].end);
            break;
          }
        // "When Lund reported on the vote, the ferries were idle": a report
        // in a clause a subordinator opens ends at its comma; the clause
        // after is the sentence's, not what was reported. ("As Lund told
        // the council, ..." is the parse's: the clause after is what she told.)
        const std::string opener = subj ? Lower(b) : std::string();
        const size_t comma = p_.text.find(',', text_start);
        if ((opener == "as" || IsCircumstanceSubordinator(opener)) && comma < text_end) {
          if (opener == "as") continue;
          text_end = comma;
        }
      }
      const auto [words_start, words_end] = TrimmedSpan(p_.text, text_start, text_end, ".,");
      std::string text(p_.text.substr(words_start, words_end - words_start));
      // "That was all Lund said when she left": a clause the parse hangs
      // from the verb to say when or why she spoke is not what she said.
      const size_t content_start = words_start;  // (clang 14 captures no structured binding)
      if (std::any_of(p_.syntax.begin(), p_.syntax.end(), [&](const nlp::Sentence& parsed) {
            return OpensCircumstanceOf(parsed, tokens_[v].start, content_start);
          }))
        continue;
      // ", as the two sides ...": a verb with no content clause after it.
      // "member states to accept ...": an infinitive is no reported clause.
      if (Words(text).size() < 4 || text[0] == ',' || StartsWith(text, "to ")) continue;
      // "…, Olsen said in a statement released by her office.": a frame
      // with no clause after it says where, not what.
      if (frame_only && !FiniteVerbIn(words_start, words_end)) continue;
      StatementFact st;
      st.text = text;
      st.kind = "indirect";
      st.verb = lemma;
      st.sentence = p_.first_sentence + s;
      st.start = p_.offset + words_start;
      st.end = p_.offset + words_end;
      st.speaker = speaker;
      for (const PlacedMention& m : p_.mentions)
        if (m.start >= text_start && m.end <= text_end && m.actor != speaker)
          st.about_actors.push_back(m.actor);
      out_->push_back(std::move(st));
      SetSpeaker(speaker);
      return;  // one reported statement per sentence
    }
  }

  // "..., Deputy Prime Minister" / "..., Iraqi government spokesman": the
  // office words before a speaker's name belong to the attribution.
  std::string WithoutOffice(std::string b) const {
    for (int words = 0; words < 4; ++words) {
      size_t space = b.find_last_of(' ');
      if (space == std::string::npos) break;
      std::string last = b.substr(space + 1);
      bool office = StartsUpper(last) || lex_.anonymous_heads.count(Lower(last)) > 0;
      if (!office || last.back() == ',') break;
      b = Trim(b.substr(0, space));
    }
    // "..., mediator Qatar has announced": one common noun set off by a comma.
    size_t space = b.find_last_of(' ');
    if (space != std::string::npos && space > 0 && b[space - 1] == ',' && IsLower(b[space + 1]))
      b = b.substr(0, space);
    return b;
  }

  // "KYIV, Feb 14 (Reuters) - " and "WASHINGTON (AP) — " open a wire story's
  // first sentence; they are the outlet's, not the speaker's words.
  size_t AfterDateline(size_t start, size_t end) const {
    std::string_view head = p_.text.substr(start, std::min<size_t>(end - start, 60));
    for (std::string_view dash : {") - ", ") \xE2\x80\x94 ", ") \xE2\x80\x93 ", ") -- "}) {
      size_t at = head.find(dash);
      if (at != std::string_view::npos && head.find('(') < at) return start + at + dash.size();
    }
    return start;
  }

  // Whether the parse has a finite verb or a modal in [from, to).
  bool FiniteVerbIn(size_t from, size_t to) const {
    for (const nlp::Sentence& parsed : p_.syntax)
      for (const nlp::Token& w : parsed.tokens)
        if (w.begin >= from && w.end <= to &&
            (w.xpos == "VBD" || w.xpos == "VBZ" || w.xpos == "VBP" || w.xpos == "MD"))
          return true;
    return false;
  }

  // After "..., X said" the attribution ends within a few words: at the
  // sentence's end or a comma ("said on Wednesday, even as ..."), with no
  // "that" opening a clause of its own. A finite verb before that comma or
  // end is a clause the verb reports ("..., X said it was too early").
  bool AttributionEnds(size_t v, size_t sentence_end) const {
    if (tokens_[v].end < p_.text.size() && p_.text[tokens_[v].end] == ',') return true;
    size_t words = 0;
    for (size_t k = v + 1; k < tokens_.size() && tokens_[k].start < sentence_end; ++k) {
      if (tokens_[k].lower == "that" || ++words > 6 || FiniteVerbIn(tokens_[k].start, tokens_[k].end)) return false;
      if (tokens_[k].end < p_.text.size() && p_.text[tokens_[k].end] == ',') return true;
    }
    return true;
  }

  // "..., according to X." / "According to X, ...": X is the source.
  bool According(int s) {
    const Span& sent = p_.sentences[s];
    size_t first = TokenAt(sent.start), last = TokenAt(sent.end);
    for (size_t k = first; k + 1 < last; ++k) {
      if (tokens_[k].lower != "according" || tokens_[k + 1].lower != "to") continue;
      if (InsideQuote(tokens_[k].start) || NextQuote(sent.start) < sent.end) return false;
      const PlacedMention* src = nullptr;
      for (const PlacedMention& m : p_.mentions)
        if (m.start >= tokens_[k + 1].end && m.start < sent.end && !m.modifier &&
            TokenAt(m.start) <= k + 5) {
          src = &m;
          break;
        }
      if (!src) return false;
      size_t text_start, text_end;
      if (k == first) {  // "According to X, ..."
        size_t comma = p_.text.find(',', src->end);
        if (comma == std::string_view::npos || comma >= sent.end) return false;
        text_start = comma + 1;
        text_end = sent.end;
      } else {
        text_start = sent.start;
        text_end = tokens_[k].start;
      }
      const auto [words_start, words_end] = TrimmedSpan(p_.text, text_start, text_end, ".,");
      std::string text(p_.text.substr(words_start, words_end - words_start));
      if (Words(text).size() < 4) return false;
      StatementFact st;
      st.text = text;
      st.kind = "indirect";
      st.verb = "say";
      st.sentence = p_.first_sentence + s;
      st.start = p_.offset + text_start;
      st.end = st.start + text.size();
      st.speaker = src->actor;
      for (const PlacedMention& m : p_.mentions)
        if (m.start >= text_start && m.end <= text_end && m.actor != src->actor)
          st.about_actors.push_back(m.actor);
      out_->push_back(std::move(st));
      return true;
    }
    return false;
  }

  // The quotation `pos` lies inside (between its marks), or null.
  const Quote* QuoteAround(size_t pos) const {
    for (const Quote& q : quotes_)
      if (q.open < pos && pos < q.close) return &q;
    return nullptr;
  }
  bool InsideQuote(size_t pos) const { return QuoteAround(pos) != nullptr; }
  // Whether [start, end) lies inside one quotation: words the quotation
  // rules read. Reported words that only open with one ("said "budget
  // cuts" and new fees would pay") run on past it and are the parse's.
  bool WithinOneQuote(size_t start, size_t end) const {
    const Quote* q = QuoteAround(start);
    return q && end <= q->close + 1;
  }
  size_t NextQuote(size_t pos) const {
    for (const Quote& q : quotes_)
      if (q.open >= pos) return q.open;
    return p_.text.size();
  }
  // A quotation closed shortly before `pos` in the same sentence: the verb at
  // `pos` attributes it ("...," U.N. spokesperson Stephane Dujarric told a briefing).
  bool PrevQuoteNear(size_t pos, size_t sentence_start) const {
    for (const Quote& q : quotes_)
      if (q.close < pos && q.close >= sentence_start && pos - q.close < 80) {
        std::string_view gap = p_.text.substr(q.close + 1, pos - q.close - 1);
        if (gap.find('"') == std::string_view::npos) return true;
      }
    return false;
  }

  // Contents of denied cues ("did not say that ..."), in the paragraph.
  std::vector<const ReportedSpeech*> denied_;
  const ParagraphView& p_;
  const Lexicon& lex_;
  const std::vector<ActorFact>& actors_;
  Discourse* d_;
  std::vector<StatementFact>* out_;
  std::vector<Token> tokens_;
  std::vector<Quote> quotes_;
  // While a parsed report's source is resolved: the speaker of the report
  // whose words hold its cue ("X said she saw …": X), else -1.
  int enclosing_speaker_ = -1;
};

}  // namespace

void FindStatements(const ParagraphView& p, const Lexicon& lexicon,
                    const std::vector<ActorFact>& actors, Discourse* discourse,
                    std::vector<StatementFact>* out) {
  // "MARUND: We will not sign.": a transcript's turn is its speaker's, whole.
  StatementFact turn;
  if (TranscriptTurn(p, actors, &turn)) {
    discourse->last_speaker = turn.speaker;
    discourse->last_speaker_paragraph = discourse->paragraph;
    out->push_back(std::move(turn));
    return;
  }
  Finder(p, lexicon, actors, discourse, out).Run();
}

}  // namespace ng::ingest
