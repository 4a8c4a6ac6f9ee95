#include "ingest/extraction.h"

#include <algorithm>
#include <optional>
#include <set>
#include <span>
#include <string>

#include "ingest/about_inference.h"
#include "ingest/actor_table.h"
#include "ingest/appositions.h"
#include "ingest/country_references.h"
#include "ingest/dates.h"
#include "ingest/descriptions.h"
#include "ingest/event_groups.h"
#include "ingest/event_forums.h"
#include "ingest/events.h"
#include "ingest/headline_case.h"
#include "ingest/headline_speaker.h"
#include "ingest/mentions.h"
#include "ingest/name_spans.h"
#include "ingest/places.h"
#include "ingest/reported_speech.h"
#include "ingest/sentences.h"
#include "ingest/statements.h"
#include "ingest/text_util.h"
#include "ingest/transcript.h"

namespace ng::ingest {

namespace {

// The proper nouns that close the owner phrase of a source ("by economist
// Lise Dahl" -> "Lise Dahl"), as a speaker phrase of a name.
std::optional<SpeakerPhrase> OwnerName(const std::vector<nlp::Sentence>& sentences, const ReportedSpeech& r) {
  for (const nlp::Sentence& s : sentences) {
    int last = -1;
    for (int k = 0; k < static_cast<int>(s.tokens.size()); ++k)
      if (s.tokens[k].begin >= r.owner_start && s.tokens[k].end <= r.owner_end) last = k;
    if (last < 0 || s.tokens[last].upos != "PROPN") continue;
    int first = last;
    while (first > 0 && s.tokens[first - 1].upos == "PROPN" && s.tokens[first - 1].begin >= r.owner_start) --first;
    SpeakerPhrase sp;
    sp.start = sp.name_start = s.tokens[first].begin;
    sp.end = sp.name_end = s.tokens[last].end;
    sp.head_start = s.tokens[last].begin;
    sp.head_end = s.tokens[last].end;
    sp.proper = true;
    for (const nlp::Name& n : s.names)
      if (n.type == "ORG" && n.first <= last && first <= n.last) sp.organization = true;
    return sp;
  }
  return std::nullopt;
}

// "Residents were divided. Some said …": a word that names part of a group
// (data/partitive_sources.txt) speaks as that part of the plural noun of
// people named last before it in the paragraph ("some residents", "one of
// the residents"); with none named, nobody is.
std::optional<SpeakerPhrase> PartOfGroup(const std::vector<nlp::Sentence>& sentences, const ReportedSpeech& r,
                                         const Lexicon& lex) {
  const auto part = lex.partitive_sources.find(r.source_word);
  if (part == lex.partitive_sources.end() || r.source_end - r.source_start != r.source_word.size())
    return std::nullopt;
  // (Opening its sentence or a clause after a comma, "and" or "but": "- some
  // say, unfairly -" set off inside a sentence is anyone.)
  static const std::set<std::string> kOpeners = {"but", "and", "yet", "while", "whereas", ",", ";"};
  bool opens = false;
  for (const nlp::Sentence& s : sentences)
    for (size_t k = 0; k < s.tokens.size(); ++k)
      if (s.tokens[k].begin == r.source_start) opens = k == 0 || kOpeners.count(Lower(s.tokens[k - 1].form));
  if (!opens) return std::nullopt;
  // The group: the last plural noun of people that is a clause's subject
  // ("Shopkeepers were split …", not whom their words were about), else the
  // last one at all.
  const nlp::Token *group = nullptr, *subject_group = nullptr;
  for (const nlp::Sentence& s : sentences)
    for (const nlp::Token& t : s.tokens) {
      if (t.end > r.source_start) break;
      const std::string lemma = Lower(t.lemma);
      // A plural name is people when it names them by where they are from or
      // by a party or creed ("Americans", "Democrats", "Socialists"; not
      // "States" or "Communications").
      const bool named_people =
          t.xpos == "NNPS" && (EndsWith(t.form, "ans") || EndsWith(t.form, "ats") || EndsWith(t.form, "ists"));
      const bool people =
          (t.xpos == "NNS" && (lex.person_nouns.count(lemma) || lex.anonymous_heads.count(Lower(t.form)))) ||
          named_people;
      if (!people) continue;
      group = &t;
      if (t.deprel.rfind("nsubj", 0) == 0) subject_group = &t;
    }
  if (subject_group) group = subject_group;
  if (!group) return std::nullopt;
  SpeakerPhrase sp;
  sp.start = sp.head_start = r.source_start;
  sp.end = sp.head_end = r.source_end;
  // ("one of the residents": no noun of one person, whom "she" could be.)
  const std::string group_name = group->xpos == "NNPS" ? group->form : Lower(group->form);
  sp.plural = part->second;
  sp.called = r.source_word + (part->second ? " " : " of the ") + group_name;
  return sp;
}

// "Lumora will raise prices, the company said": the name opening what a
// firm referred to by its kind ("the company", "the streaming service",
// data/organization_references.tsv) says is that firm, when the name is one
// word or the name finder's organization, as a speaker phrase of a name.
std::optional<SpeakerPhrase> FirmNamedInContent(const std::vector<nlp::Sentence>& sentences, const ReportedSpeech& r,
                                                const Lexicon& lex) {
  if (r.source_proper || r.source_plural || !r.source_definite || !lex.organization_references.count(r.source_lemma))
    return std::nullopt;
  for (const nlp::Sentence& s : sentences) {
    const auto& t = s.tokens;
    int first = -1;
    for (int k = 0; k < static_cast<int>(t.size()) && first < 0; ++k)
      if (t[k].begin >= r.content_start && t[k].upos != "PUNCT") first = k;
    if (first < 0 || t[first].begin >= r.content_end || t[first].upos != "PROPN") continue;
    int last = first;
    while (last + 1 < static_cast<int>(t.size()) && t[last + 1].upos == "PROPN") ++last;
    if (t[last].deprel.rfind("nsubj", 0) != 0) return std::nullopt;
    bool organization = false;
    for (const nlp::Name& n : s.names)
      if (n.first <= first && last <= n.last) organization = n.type == "ORG";
    if (last > first && !organization) return std::nullopt;  // "Ana Ruiz will step down"
    SpeakerPhrase sp;
    sp.start = sp.name_start = t[first].begin;
    sp.end = sp.name_end = t[last].end;
    sp.head_start = t[last].begin;
    sp.head_end = t[last].end;
    sp.proper = true;
    sp.organization = true;
    return sp;
  }
  return std::nullopt;
}

// "Chief Executive Ruth Okafor told …" parsed with "Chief" the subject's
// head and the name hung apart: the source is the given name after the
// title (data/titles.txt) and the capitalized words that follow it.
void NameAfterTitle(const nlp::Sentence& s, const Lexicon& lex, ReportedSpeech* r) {
  const auto& t = s.tokens;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].begin != r->name_start) continue;
    // The longest title ("Secretary General", not "Secretary" before the
    // given name "General").
    std::string title;
    size_t after = 0;  // the word after the title
    for (size_t w = k; w + 1 < t.size() && w < k + 4; ++w) {
      title += (w > k ? " " : "") + Lower(t[w].form);
      if (lex.lower_titles.count(title)) after = w + 1;
    }
    if (after == 0 || !lex.given_names.count(t[after].form)) return;
    size_t last = after;
    while (last + 1 < t.size() && t[last + 1].upos == "PROPN" && StartsUpper(t[last + 1].form)) ++last;
    r->name_start = r->source_start = t[after].begin;
    r->name_end = r->source_end = t[last].end;
    r->phrase_end = std::max(r->phrase_end, r->name_end);
    return;
  }
}

// The sources of reported speech, for FindMentions.
std::vector<SpeakerPhrase> Speakers(std::string_view text, const std::vector<nlp::Sentence>& sentences,
                                    const std::vector<ReportedSpeech>& speech, const Lexicon& lex,
                                    const Descriptions& descriptions) {
  std::vector<SpeakerPhrase> out;
  for (const ReportedSpeech& r : speech) {
    // Inside a quotation (an odd number of marks before the cue) the words
    // are the quoted speaker's, and whom they name is no source of the article.
    if (std::count(text.begin(), text.begin() + static_cast<long>(std::min(r.cue_start, text.size())),
                   '"') % 2)
      continue;
    if (r.source_end == 0 || r.negated) continue;
    if (auto part = PartOfGroup(sentences, r, lex)) {
      out.push_back(*part);
      continue;
    }
    if (!r.source_nominal || lex.source_nouns.count(r.source_word)) continue;
    if (auto firm = FirmNamedInContent(sentences, r, lex)) out.push_back(*firm);
    // A common noun speaks only if news sources are called so ("officials",
    // "the campaign"; not "the video shows", "three ways suggest"), or if the
    // article described a person so before ("filmmaker Ana Ruiz ... the
    // filmmaker said").
    bool described = r.source_definite && !r.source_plural && descriptions.count(r.source_word);
    // "according to X" says in so many words that X is a source, whatever
    // X is ("according to one global index", "… to an attendee").
    bool named_a_source = r.lemma == "according to";
    // So does the subject of a verb only speakers do: "the bakery said",
    // "the union denies" (data/speaker_verbs.txt; a map shows, it says nothing).
    bool speaks = lex.speaker_verbs.count(r.lemma) > 0;
    // So do people who expect or fear ("Forecasters expect more rain";
    // not "the model expects"), a body of any trade ("the regulator") and a
    // record that shows by itself ("minutes of the meeting showed",
    // data/evidence_nouns.txt).
    bool believe = r.source_plural && lex.belief_verbs.count(r.lemma) > 0;
    bool body = lex.organization_nouns.count(r.source_lemma) > 0;
    bool record = lex.evidence_nouns.count(r.source_word) > 0;
    // And people named by their trade or tie ("engineers question …", "a
    // shopkeeper said": data/person_nouns.tsv), unless they only display
    // something ("patients showed signs of …").
    bool person = lex.person_nouns.count(r.source_lemma) > 0 && !lex.display_verbs.count(r.lemma);
    // So is one called by age ("the 61-year-old asked"; descriptions.h).
    const bool aged = r.source_word == "old" && EndsWith(text.substr(0, r.source_end), "-year-old");
    if (!r.source_proper && !lex.HeadsSources(r.source_word) && !lex.source_heads.count(r.source_lemma) &&
        !described && !named_a_source && !speaks && !believe && !body && !record && !person && !aged)
      continue;
    // "the office of Prime Minister X": the name inside says whose it is,
    // and is a speaker of its own when nothing else named it ("an analysis
    // by economist Lise Dahl": the proper nouns closing the owner's phrase).
    if (!r.source_proper && OwnerSpeaks(r, lex)) {
      if (auto owner = OwnerName(sentences, r)) out.push_back(*owner);
      continue;
    }
    // "his best friend at college, Ana Ruiz": the name beside speaks; a
    // phrase over both would hide it.
    if (!r.source_proper && r.apposition_end > 0 && lex.relation_nouns.count(r.source_word)) continue;
    SpeakerPhrase sp;
    sp.start = r.phrase_start;
    sp.end = r.phrase_end;
    // "The mayor of Westbury said": the office's place or body is part of
    // the description of the person who holds it (not "lawyers for X").
    if (r.owner_end > 0 && !r.source_proper && !r.source_plural && lex.person_nouns.count(r.source_lemma) &&
        text.substr(r.owner_start, 3) == "of " && !r.owner_set_off &&
        Trim(text.substr(r.phrase_end, r.owner_start - std::min(r.owner_start, r.phrase_end))).empty())
      sp.end = r.owner_end;
    sp.head_start = r.source_start;
    sp.head_end = r.source_end;
    sp.name_start = r.name_start;
    sp.name_end = r.name_end;
    sp.proper = r.source_proper;
    sp.plural = r.source_plural;
    sp.definite = r.source_definite;
    sp.determiner = r.source_determiner;
    for (const nlp::Sentence& s : sentences)
      if (!s.tokens.empty() && s.tokens.front().begin == r.phrase_start)
        sp.common_first_word = s.tokens.front().upos == "NOUN" || s.tokens.front().upos == "ADJ";
    for (const nlp::Sentence& s : sentences)
      for (const nlp::Name& n : s.names)
        if (n.type == "ORG" && s.tokens[n.first].begin <= r.source_start &&
            r.source_end <= s.tokens[n.last].end)
          sp.organization = true;
    // "Lumora, the streaming company, said": a name described as a body.
    if (sp.proper && lex.organization_nouns.count(r.apposition_noun)) sp.organization = true;
    // "Norvik said it was watching ...": a name of one word whose words
    // go on about "it" speaks for a company or a body, not a person; so
    // does a capitalized word no source is called by, which the tagger took
    // for a plural ("Vestas said its profits fell").
    bool about_it = false;
    if (r.content_end > r.content_start + 3 && r.content_end <= text.size()) {
      const std::vector<std::string> words =
          Words(Lower(std::string(text.substr(r.content_start, std::min<size_t>(r.content_end - r.content_start, 12)))));
      about_it = !words.empty() && (words[0] == "it" || words[0] == "its");
    }
    const std::string_view phrase = text.substr(sp.start, sp.end - sp.start);
    const std::string lower = Lower(std::string(phrase));
    if (about_it && !sp.proper && !phrase.empty() && StartsUpper(phrase) && phrase.find(' ') == std::string_view::npos &&
        !lex.HeadsSources(lower)) {
      sp.proper = true;
      sp.plural = false;
      sp.name_start = sp.start;
      sp.name_end = sp.end;
    }
    if (about_it && sp.proper &&
        text.substr(sp.name_start, sp.name_end - sp.name_start).find(' ') == std::string_view::npos)
      sp.organization = true;
    out.push_back(sp);
  }
  return out;
}

// An unnamed source (or the byline's writer) the article found no words, act, subject or
// affiliation for ("his lawyer" once the name beside it spoke) is no actor
// of its own: the graph would link it to nothing (unnamed sources get no
// MENTIONED_IN; "Iraqi officials" who only watched keep their country).
// Drops it and renumbers the references to the actors after it.
void DropUnusedSources(Extraction* x) {
  const size_t n = x->actors.size();
  std::vector<bool> used(n, false);
  auto use = [&](int a) {
    if (a >= 0 && static_cast<size_t>(a) < n) used[a] = true;
  };
  for (const StatementFact& s : x->statements) {
    use(s.speaker);
    for (int a : s.about_actors) use(a);
  }
  for (const EventFact& e : x->events) {
    for (const auto& [actor, role] : e.participants) use(actor);
    for (int a : e.forums) use(a);
  }
  for (const PlaceFact& p : x->places) use(p.country);
  for (const ActorFact& a : x->actors) use(a.affiliation);
  std::vector<int> renumbered(n, -1);
  std::vector<ActorFact> kept;
  for (size_t i = 0; i < n; ++i) {
    if (!used[i] && ((x->actors[i].kind == "anonymous_source" && x->actors[i].affiliation < 0) || x->actors[i].writer))
      continue;
    renumbered[i] = static_cast<int>(kept.size());
    kept.push_back(std::move(x->actors[i]));
  }
  auto renumber = [&](int* a) {
    if (*a >= 0) *a = renumbered[*a];
  };
  for (ActorFact& a : kept) renumber(&a.affiliation);
  for (StatementFact& s : x->statements) {
    renumber(&s.speaker);
    for (int& a : s.about_actors) renumber(&a);
  }
  for (EventFact& e : x->events) {
    for (auto& [actor, role] : e.participants) renumber(&actor);
    for (int& a : e.forums) renumber(&a);
  }
  for (PlaceFact& p : x->places) renumber(&p.country);
  x->actors = std::move(kept);
}

}  // namespace

Extraction ExtractArticle(const Article& article, const Lexicon& lex, const nlp::Pipeline& syntax) {
  Extraction x;
  x.article = article;
  ActorTable table(lex, &x.actors, article.published);
  KnownPeople people;
  Descriptions descriptions;
  // The organizations last named, in text order, for "the company" (OrganizationReferredTo).
  constexpr size_t kOrganizationsRemembered = 32;
  std::vector<int> organizations_named;
  int person_named_last = -1;  // by a name of their own, not a noun's modifier ("the Vik campaign")
  Discourse discourse;
  // A byline's one author is who "I" is in the writer's own words (dropped
  // below when they say nothing).
  if (article.authors.size() == 1) {
    ActorFact writer;
    writer.name = article.authors.front();
    writer.kind = "person";
    writer.writer = true;
    discourse.writer = static_cast<int>(x.actors.size());
    x.actors.push_back(std::move(writer));
  }
  std::string whole;
  for (const std::string& paragraph : article.paragraphs) whole += paragraph + '\n';
  const ArticleContext context = ScanArticle(whole, lex);
  const std::vector<std::string> transcript_speakers = TranscriptSpeakers(article.paragraphs);
  const bool interview = std::any_of(article.paragraphs.begin(), article.paragraphs.end(),
                                     [](const std::string& p) { return OpensWithQuestionLabel(p); });
  int sentence_index = 0;
  CountryHistory countries_named;  // for "the country"
  for (size_t i = 0; i < article.paragraphs.size(); ++i) {
    const std::string& text = article.paragraphs[i];
    ParagraphView p;
    p.interview = interview;
    if (!x.body.empty()) x.body += '\n';
    p.offset = x.body.size();
    x.body += text;
    p.text = text;
    p.first_sentence = sentence_index;
    p.sentences = SplitSentences(text, lex);
    sentence_index += static_cast<int>(p.sentences.size());
    // A Title Case headline is tagged as the body writes its words.
    const bool title_case = i == 0 && article.paragraphs.size() > 1 && IsTitleCaseHeadline(text);
    NameSpans lowered;  // a Title Case headline's words that are no part of a name
    p.syntax = title_case
                   ? AnalyzeTitleCaseHeadline(text, std::string_view(whole).substr(text.size()), syntax, &lowered)
                   : syntax.Analyze(text);
    NameSpans person_names = PersonNames(p.syntax, lex);
    for (const auto& span : QuotationSignatures(text, p.syntax)) person_names.push_back(span);
    const NameSpans organization_names = OrganizationNames(p.syntax);
    const NameSpans function_words = FunctionWords(p.syntax, lex);
    for (const nlp::Sentence& s : p.syntax)
      for (ReportedSpeech& r : FindReportedSpeech(s, lex)) {
        if (r.source_proper) NameAfterTitle(s, lex, &r);
        p.speech.push_back(std::move(r));
      }
    const std::vector<SpeakerPhrase> speakers = Speakers(text, p.syntax, p.speech, lex, descriptions);
    // The paragraph's sentences before a mention describe people to it too
    // ("Sen. X criticized … The senator said"): learned as the mentions
    // reach each next sentence.
    size_t described_upto = 0;  // sentences of the paragraph learned from
    size_t quote_marks_upto = 0, quote_marks = 0;  // quotation marks before a mention
    auto learn_sentences_before = [&](size_t pos) {
      size_t k = described_upto;
      while (k < p.syntax.size() && !p.syntax[k].tokens.empty() && p.syntax[k].tokens.back().end <= pos) ++k;
      if (k == described_upto) return;
      LearnDescriptions(std::span<const nlp::Sentence>(p.syntax).subspan(described_upto, k - described_upto),
                        p.mentions, x.actors, lex, &descriptions);
      described_upto = k;
    };
    for (const Mention& m :
         FindMentions(text, lex, &people, &context, p.offset, &person_names, &speakers,
                      &organization_names, &function_words, &lowered)) {
      learn_sentences_before(m.start);
      // "the nominee" after "Republican presidential nominee Walter Brennick".
      int actor = DescribedPerson(m, descriptions, x.actors, lex);
      // "the 42-year-old", "the Scot said" after "Marit Lunde": the person named last.
      if (actor < 0) actor = PersonCalledWithoutName(m, text, person_named_last, x.actors, lex);
      // "the company" after "Norvik Foods".
      if (actor < 0) actor = OrganizationReferredTo(m, x.actors, organizations_named, lex);
      if (actor < 0) actor = table.Resolve(m, text.substr(m.start, m.end - m.start));
      if (actor < 0) continue;
      const std::string& kind = x.actors[actor].kind;
      if (kind == "organization" || kind == "media" || kind == "government_body") {
        // Each once, the latest last; the last few suffice (and bound the search).
        std::erase(organizations_named, actor);
        organizations_named.push_back(actor);
        if (organizations_named.size() > kOrganizationsRemembered) organizations_named.erase(organizations_named.begin());
      }
      PlacedMention pm;
      pm.start = m.start;
      pm.end = m.end;
      pm.actor = actor;
      pm.modifier = m.modifier;
      pm.person = x.actors[actor].kind == "person";
      pm.anonymous = x.actors[actor].kind == "anonymous_source";
      pm.plural = m.plural;
      pm.demonym = m.demonym;
      // (Not one named inside a quotation: the speaker talks of them.
      // Mentions come in text order, so the marks are counted once.)
      for (; quote_marks_upto < m.start; ++quote_marks_upto) quote_marks += text[quote_marks_upto] == '"';
      if (pm.person && !pm.modifier && !m.definite && quote_marks % 2 == 0) person_named_last = actor;
      p.mentions.push_back(pm);
      // Later paragraphs may call a dictionary person by surname alone.
      if (m.kind == MentionKind::kDictionary && pm.person) people.Add(x.actors[actor].name);
    }
    LinkAppositions(p, &x.actors);
    learn_sentences_before(text.size());
    if (table.last_person() >= 0 && discourse.last_person < 0) discourse.last_person = table.last_person();
    discourse.paragraph = static_cast<int>(i);
    size_t first_statement = x.statements.size();
    // Pronouns refer to the person last named before the statement.
    discourse.last_person = table.last_person();
    AddTranscriptSpeaker(transcript_speakers, text, &x.actors);
    FindStatements(p, lex, x.actors, &discourse, &x.statements);
    // A headline's "China warns Philippines over ..." is no reported speech
    // (headlines drop the clause); its quotations stand.
    // Nor is its subject the speaker "he" or "she" stands for below ("Ferry
    // captain recalls …", then "he said" after the body named the captain).
    if (i == 0 && !article.title.empty()) {
      x.statements.erase(std::remove_if(x.statements.begin() + first_statement, x.statements.end(),
                                        [](const StatementFact& s) { return s.kind == "indirect"; }),
                         x.statements.end());
      discourse.last_speaker = x.statements.size() > first_statement ? x.statements.back().speaker : -1;
    }
    // Armed groups named by description, and "the country" for the country
    // last named, act in events only (ingest/event_groups.h, country_references.h).
    AddGroupDescriptions(&p, lex, &x.actors);
    AddCountryReferences(text, p.syntax, lex, x.actors, &countries_named, &p.mentions);
    // A title-case headline capitalizes every word: its places are named again below.
    if (i > 0 || article.title.empty()) p.places = FindPlaces(p, lex, x.actors, &x.places);
    std::vector<std::vector<EventMention>> events =
        FindEvents(p, lex, x.actors, article.published, &x.events);
    for (size_t s = first_statement; s < x.statements.size(); ++s) {
      StatementFact& st = x.statements[s];
      int local = st.sentence - p.first_sentence;
      const Span& sp = p.sentences[std::clamp(local, 0, static_cast<int>(p.sentences.size()) - 1)];
      // The day of the words is that of the clause reporting them, not a
      // day they name ("said on Sunday the camps had closed on Friday").
      std::string reporting = text.substr(sp.start, sp.end - sp.start);
      const size_t from = std::clamp(st.start, p.offset + sp.start, p.offset + sp.end) - p.offset - sp.start;
      const size_t to = std::clamp(st.end, p.offset + sp.start, p.offset + sp.end) - p.offset - sp.start;
      if (from < to) std::fill(reporting.begin() + from, reporting.begin() + to, ' ');
      st.date = ResolveDate(reporting, article.published);
      // A statement is about the events named in its own words, not those
      // of the clause that reports it ("after the strikes, X said …").
      if (local >= 0 && local < static_cast<int>(events.size()))
        for (const EventMention& m : events[local])
          if (st.start <= m.at && m.at < st.end) st.about_events.push_back(m.event);
      st.paragraph = static_cast<int>(i);
      std::sort(st.about_actors.begin(), st.about_actors.end());
      st.about_actors.erase(std::unique(st.about_actors.begin(), st.about_actors.end()),
                            st.about_actors.end());
    }
  }
  SetEventForums(lex, x.actors, &x.events);
  // "China held drills near Taiwan": one side's exercise is no cooperation
  // but a show of force, which that side does.
  for (EventFact& e : x.events)
    if (auto one = lex.event_categories_one_side.find(e.type);
        one != lex.event_categories_one_side.end() && e.participants.size() < 2) {
      e.category = one->second;
      for (auto& [actor, role] : e.participants)
        if (role == "participant") role = "agent";
    }
  // An event in a place that is no actor is located there: in the country
  // the article puts that place in, else in the place itself.
  for (EventFact& e : x.events)
    if (e.place >= 0 && e.location.empty()) {
      const PlaceFact& where = x.places[e.place];
      e.location = where.country_name.empty() ? where.name : where.country_name;
    }
  // "Brun: Ferry Will Stay Open" — once the article has named its actors.
  // (A plain-text article's first line is its headline even when the reader
  // found no title.)
  if (!article.paragraphs.empty())
    if (auto st = HeadlineStatement(article.paragraphs[0], x.actors)) {
      // Unless another rule read most of it already (a quotation inside it
      // stays a statement of its own, as in the body); a quotation read with
      // no speaker ("Brun: 'Ferry Will Stay Open'") is the named speaker's.
      bool told = false;
      for (StatementFact& s : x.statements) {
        if (s.paragraph != 0 || s.start >= st->end || st->start >= s.end) continue;
        if (2 * (std::min(s.end, st->end) - std::max(s.start, st->start)) < st->end - st->start) continue;
        if (s.speaker < 0 && s.speaker_words.empty()) {
          s.speaker = st->speaker;
          // The whole of what follows the colon quoted: the speaker's words.
          if (s.kind == "partial" && s.start <= st->start + 1 && s.end + 2 >= st->end) s.kind = "direct";
        }
        told = true;
      }
      if (!told) x.statements.insert(x.statements.begin(), std::move(*st));
    }
  InferAboutTargets(lex, &x);
  DropUnusedSources(&x);
  return x;
}

}  // namespace ng::ingest
