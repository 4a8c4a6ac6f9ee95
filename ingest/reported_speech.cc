#include "ingest/reported_speech.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>

#include "ingest/dates.h"
#include "ingest/dependency_tree.h"
#include "ingest/nlp/lexical.h"
#include "ingest/text_util.h"

namespace ng::ingest {

namespace {

using nlp::Sentence;


using Tree = DependencyTree;

// "The mayor, at a briefing, said ..." with "at a briefing" parsed as the
// verb's clausal complement (and "the mayor" as its subject): a noun with a
// preposition and no copula ("was in favour") is a phrase, never a clause
// that was said; so is one whose phrase a preposition opens ("In a
// statement early Monday, X said ..." with "In" hung from "statement").
bool PrepositionalPhrase(const Tree& tree, int c) {
  const std::string& upos = tree.s.tokens[c].upos;
  if (!(upos == "NOUN" || upos == "PROPN" || upos == "PRON" || upos == "NUM") || tree.Child(c, "cop") >= 0)
    return false;
  if (tree.Child(c, "case") >= 0) return true;
  int first = c, last = c;
  tree.Span(c, -1, &first, &last);
  return tree.s.tokens[first].upos == "ADP" && tree.base_rel(first) == "case";
}

// A word that names whom something was said to: a personal pronoun (not
// "it"), a name, or people by what they do ("jurors", "reporters",
// "analysts", "residents").
bool NamesHearer(const nlp::Token& t) {
  static constexpr std::string_view kAgentEndings[] = {"ers", "ors", "ists", "ants", "ents"};
  const std::string lower = Lower(t.form);
  if (t.xpos == "PRP") return lower != "it";
  if (t.upos == "PROPN") return true;
  if (t.xpos != "NNS") return false;
  return std::any_of(std::begin(kAgentEndings), std::end(kAgentEndings), [&](std::string_view ending) {
    return lower.size() > ending.size() + 2 && EndsWith(lower, ending);
  });
}

// Punctuation and conjunctions at the edges of a content are not words
// said, nor the "that" or preposition that only open it ("talked about how
// the town has changed"); a subordinator that says something ("whether",
// "if", "as") is kept, and so is an infinitive's "to" ("declined to
// comment": the verb alone would be one word and no content).
bool Trimmable(const nlp::Token& t) {
  static const std::set<std::string> kOpeners = {"that", "about", "on", "of", "over"};
  const std::string form = Lower(t.form);
  return t.upos == "PUNCT" || t.upos == "CCONJ" || (t.upos == "SCONJ" && form == "that") ||
         (t.deprel == "mark" && kOpeners.count(form)) || t.deprel == "case";
}

// Whether word t hangs from its head by `relation`: its base relation, and
// for an oblique or noun modifier its preposition ("obl:for" needs "for"; a
// bare "obl" or "nmod" none at all).
bool Matches(const Tree& tree, int t, const std::string& relation) {
  size_t colon = relation.find(':');
  std::string base = relation.substr(0, colon);
  // "urged people not to see it as a cure" parsed with "people" the
  // infinitive's subject: an object and its infinitive, read as one clause.
  if (base == "xcomp" && tree.base_rel(t) == "ccomp" && tree.HasMark(t, "to") && tree.Child(t, "nsubj") >= 0)
    return true;
  if (tree.base_rel(t) != base) return false;
  if (base == "advcl") {
    int mark = tree.Child(t, "mark");
    // "When asked why, X responded": "when" may be the clause's adverb.
    // (After the verb such a clause may be what is asked or known: "decide
    // when we debate", "remembered when it had a choir".)
    if (mark < 0) {
      const int adverb = tree.Child(t, "advmod");
      return adverb < 0 || adverb > t || t > tree.s.tokens[t].head || Lower(tree.s.tokens[adverb].form) != "when";
    }
    // "spoke on condition of anonymity because she was not authorized to ..."
    return !IsCircumstanceSubordinator(Lower(tree.s.tokens[mark].form));
  }
  // A learned "acl" is a noun's complement clause ("the claim that ...",
  // which the parse may call a relative one), not a relative clause about
  // the noun ("a claim her campaign says is false").
  if (base == "acl") {
    // (Nor a passive participle describing it: "the complaint, brought by
    // the council, claims …", "a memo seen by reporters".)
    if (tree.s.tokens[t].xpos == "VBN" && tree.Child(t, "mark") < 0) return false;
    if (colon != std::string::npos || tree.rel(t) != "acl:relcl") return true;
    const int mark = tree.Child(t, "mark");
    return mark >= 0 && Lower(tree.s.tokens[mark].form) == "that";
  }
  if (base != "obl" && base != "nmod") return true;
  int case_word = tree.Child(t, "case");
  // A time or measure adjunct is never a content ("said Monday morning").
  const std::string& full = tree.rel(t);
  if (full == "obl:tmod" || full == "obl:unmarked" || full == "obl:npmod" || full == "nmod:tmod" ||
      full == "nmod:unmarked" || full == "nmod:npmod")
    return false;
  if (colon == std::string::npos) return case_word < 0;
  return case_word >= 0 && tree.s.tokens[case_word].lemma == relation.substr(colon + 1);
}

// Prepositions by which a phrase after a cue's object completes what is said
// of that object: "criticized X for Y", "described X as Y", "likened X to Y",
// "accused X of Y", "charged X with Y", "attacked X over Y".
constexpr const char* kObjectComplementCases[] = {"for", "as", "to", "of", "with", "over", "into", "about"};
// And after a noun of a view, what the view is of: "confidence in X", "anger
// at X", "hostility toward X", "views on X".
constexpr const char* kViewCases[] = {"in", "at", "on", "toward", "towards"};

// Prepositions whose phrase after a cue's object says when or despite what
// the cue was spoken, never more of what was said of the object.
constexpr const char* kCueAdjunctCases[] = {"during", "after", "before", "since", "until", "amid",
                                            "despite", "following", "ahead", "throughout", "via"};

// "criticized the unrest in the capital", "questioned the spending by the
// council": a phrase the parse hung from the cue right after its object
// is the object's, unless it names when, where or how the cue was spoken
// ("in a speech", "on Monday", "during the debate", "on its website").
bool ModifiesObject(const Tree& tree, int c, int case_word, const Lexicon& lex) {
  const std::string& preposition = tree.s.tokens[case_word].lemma;
  for (const char* p : kCueAdjunctCases)
    if (preposition == p) return false;
  const nlp::Token& noun = tree.s.tokens[c];
  // ("while at the convention": a clause of its own.)
  if ((noun.upos != "NOUN" && noun.upos != "PROPN") || tree.Child(c, "mark") >= 0) return false;
  const std::string lemma = Lower(noun.lemma);
  return !IsDayWord(noun.form) && !nlp::IsDayOrMonthName(noun.form) && !lex.speaking_occasions.count(lemma) &&
         !lex.not_content_nouns.count(lemma) && lex.SourceNounKind(lemma).empty();
}

bool CompletesObject(const Tree& tree, int c, bool view, const Lexicon& lex) {
  const std::string relation = tree.base_rel(c);
  // "called them impostors", "considers him a realistic option".
  if (relation == "xcomp" || relation == "obj") return true;
  // "rejected the idea that she was ill" with the "that" clause parsed onto
  // the verb: the clause says what the idea is.
  // (Or as an adverbial clause: "rejects the idea that he was tired".)
  if (relation == "ccomp" || relation == "advcl") {
    const int mark = tree.Child(c, "mark");
    if (mark >= 0 && tree.s.tokens[mark].lemma == "that") return true;
    if (relation == "ccomp") return false;
  }
  // "showed the mayor leading the field": a participle right after the
  // object, no comma or subordinator between, says what is shown of it.
  if ((relation == "advcl" || relation == "acl") && tree.s.tokens[c].xpos == "VBG" &&
      tree.Child(c, "mark") < 0 && tree.Child(c, "nsubj") < 0) {
    int first = c, last = c;
    tree.Span(c, -1, &first, &last);
    if (first == c) return true;
  }
  if (relation != "obl" && relation != "advcl") return false;
  int case_word = tree.Child(c, relation == "obl" ? "case" : "mark");
  if (case_word < 0) return false;
  const std::string& lemma = tree.s.tokens[case_word].lemma;
  for (const char* p : kObjectComplementCases)
    if (lemma == p) return true;
  if (view)
    for (const char* p : kViewCases)
      if (lemma == p) return true;
  return relation == "obl" && ModifiesObject(tree, c, case_word, lex);
}

// The content of a cue's object runs on over the complements right after it,
// and over a day between ("accused X on Sunday of shelling Y"); `view`: the
// object names a view ("expressed confidence in X").
void ExtendOverObjectComplement(const Tree& tree, int cue, const Lexicon& lex, int* last, bool view = false) {
  int reached = *last;  // the end of the content and of the days after it
  // "accused X of voting against the bill in 2019" parsed with "against the
  // bill" and "in 2019" the cue's: after a gerund closing the content, the
  // phrases that follow are the gerund's.
  auto gerund_ends = [&] {
    const nlp::Token& w = tree.s.tokens[*last];
    return w.form.size() > 4 && w.form.compare(w.form.size() - 3, 3, "ing") == 0 &&
           (w.upos == "VERB" || w.upos == "NOUN");
  };
  bool after_gerund = false;
  for (int c : tree.children[cue]) {
    if (c <= reached) continue;
    int cf = c, cl = c;
    tree.Span(c, -1, &cf, &cl);
    if (cf != reached + 1) break;
    // (Not a day: "accused X on Sunday of ...", "of lying on Monday" may be
    // when the cue was.)
    if (tree.base_rel(c) == "obl" && reached == *last && (after_gerund || gerund_ends()) &&
        !IsDayWord(tree.s.tokens[c].form)) {
      *last = reached = cl;
      after_gerund = true;
      continue;
    }
    if (!CompletesObject(tree, c, view, lex)) {
      if (!IsDayWord(tree.s.tokens[c].form)) break;
      reached = cl;
      continue;
    }
    *last = reached = cl;
  }
}

// "said he backs the plan and would fund it": a conjunct whose modal the
// cue has not is the content's verb phrase, not the speaker's.
bool ModalOnly(const Tree& tree, int conjunct, int cue) {
  auto modal = [&](int v) {
    for (int c : tree.children[v])
      if (tree.base_rel(c) == "aux" && tree.s.tokens[c].xpos == "MD") return true;
    return false;
  };
  return modal(conjunct) && !modal(cue);
}

// A verb's Penn tag in a tense: past, third-person present, other present.
bool Tensed(const std::string& xpos) { return xpos == "VBD" || xpos == "VBZ" || xpos == "VBP"; }

// "says tourists who ignore the rules can be fined" parsed with "tourists
// ..." the cue's object and "fined" the cue's conjunct: a predicate in a
// tense with no subject, subordinator or conjunction of its own, right after
// the object (opening with its verb, an auxiliary or an adverb), has the
// object for subject; the content runs over it. A noun with an auxiliary
// or copula in a tense is such a predicate ("had been a burden for years").
// Only after a plain noun phrase: no comma, no clause opened by a
// subordinator ("accused X of ...").
void ExtendOverObjectPredicate(const Tree& tree, int cue, int first, int* last) {
  static const std::set<std::string> kMisattached = {"conj", "advcl", "obl", "parataxis", "dep"};
  static const std::set<std::string> kOpeners = {"aux", "cop", "advmod"};
  const auto& tokens = tree.s.tokens;
  auto tensed_by = [&](int w) { return Tensed(tokens[w].xpos) || tokens[w].xpos == "MD"; };
  for (int k = first; k <= *last; ++k)
    if (tokens[k].upos == "PUNCT" || (tokens[k].upos == "VERB" && tree.Child(k, "mark") >= 0)) return;
  for (int c : tree.children[cue]) {
    if (c <= *last) continue;
    if (!kMisattached.count(tree.base_rel(c))) return;
    bool tensed = tensed_by(c) && tokens[c].upos != "NOUN";
    for (int d : tree.children[c]) {
      const std::string base = tree.base_rel(d);
      if (base == "nsubj" || base == "csubj" || base == "expl" || base == "cc" || base == "mark") return;
      if ((base == "aux" || base == "cop") && tensed_by(d)) tensed = true;
    }
    int cf = c, cl = c;
    tree.Span(c, -1, &cf, &cl);
    if (!tensed || cf != *last + 1) return;
    if (cf != c && !(tokens[cf].head == c && kOpeners.count(tree.base_rel(cf)))) return;
    // "said her plan was sound, praised the staff and left": a conjunct in
    // the cue's own tense with no subject is the speaker's next act.
    for (int d : tree.children[c])
      if (tree.base_rel(d) == "conj" && tokens[d].xpos == tokens[cue].xpos && tree.Child(d, "nsubj") < 0) {
        int df = d, dl = d;
        tree.Span(d, -1, &df, &dl);
        cl = std::min(cl, df - 1);
      }
    *last = cl;
    return;
  }
}

// "surveys show the incumbent within a few votes of the challenger", "the
// count shows X ahead in every ward": after the object of a verb of
// data/small_clause_cues.txt, the phrases the parse hung from the verb right
// after it, with no comma between, are the object's predicate (not a day:
// "showed Berg ahead on Monday" may say when the poll was).
void ExtendOverSmallClause(const Tree& tree, int cue, int* last) {
  static const std::set<std::string> kPredicates = {"obl", "advmod", "compound", "advcl", "xcomp", "acl"};
  const auto& tokens = tree.s.tokens;
  for (int c : tree.children[cue]) {
    if (c <= *last) continue;
    int cf = c, cl = c;
    tree.Span(c, -1, &cf, &cl);
    if (cf != *last + 1 || !kPredicates.count(tree.base_rel(c)) || tree.rel(c) == "obl:tmod" ||
        IsDayWord(tokens[c].form) || tokens[cf].upos == "PUNCT" || tree.Child(c, "mark") >= 0)
      break;
    *last = cl;
  }
}

// "wants to raise taxes, cut spending and ..." parsed with "cut" conjoined
// to "wants": a conjunct of the cue right after its content, with no subject
// of its own and the content's verb form rather than the cue's (a bare
// infinitive cannot coordinate with "wants"), continues the content.
void ExtendOverMisattachedConjuncts(const Tree& tree, int cue, int content, int* last) {
  const auto& tokens = tree.s.tokens;
  for (int c : tree.children[cue]) {
    if (c <= *last) continue;
    if (tree.base_rel(c) != "conj" || tree.Child(c, "nsubj") >= 0) break;
    int cf = c, cl = c;
    tree.Span(c, -1, &cf, &cl);
    // Only a comma, "and" or "or" may stand between (the conjunct's own),
    // and its auxiliaries and adverbs ("and will also be kept").
    for (int k = *last + 1; k < c; ++k)
      if (tokens[k].upos != "PUNCT" && tokens[k].upos != "CCONJ" &&
          !((tokens[k].upos == "AUX" || tokens[k].upos == "ADV") && tokens[k].head == c))
        return;
    if (!ModalOnly(tree, c, cue) && (tokens[c].xpos == tokens[cue].xpos || tokens[c].xpos != tokens[content].xpos))
      break;
    *last = cl;
  }
}

// "said the videos were unclear and that the footage showed nothing" parsed
// with the second clause conjoined to "said": a conjunct opened by "that"
// is a second that-clause of the same cue, never a clause of its own.
void ExtendOverThatConjunct(const Tree& tree, int cue, int* last) {
  const auto& tokens = tree.s.tokens;
  for (int c : tree.children[cue]) {
    // (Or hung from it any other way: "said X, but that Y" had Y an oblique.)
    static const std::set<std::string> kRelations = {"conj", "obl", "advcl", "parataxis", "ccomp"};
    if (c <= *last || !kRelations.count(tree.base_rel(c))) continue;
    int mark = tree.Child(c, "mark");
    if (mark < 0 || tokens[mark].lemma != "that") return;
    int cf = c, cl = c;
    tree.Span(c, -1, &cf, &cl);
    // Only a comma, "and" or "or" between (the conjunct's own).
    for (int k = *last + 1; k < mark; ++k)
      if (tokens[k].upos != "PUNCT" && tokens[k].upos != "CCONJ") return;
    *last = cl;
    return;
  }
}

// "said the plan was sound and the council should adopt it" parsed with
// "adopt" conjoined to "said": a clause with a subject of its own and a
// modal the cue has not, joined to the content by "and" with no comma, is
// more of what was said (the writer's own "and" would not carry a
// "should"; after "but" the writer often goes on in a clause of his own).
void ExtendOverModalConjunct(const Tree& tree, int cue, int* last) {
  const auto& tokens = tree.s.tokens;
  for (int c : tree.children[cue]) {
    if (c <= *last) continue;
    if (tree.base_rel(c) != "conj" || tree.Child(c, "nsubj") < 0 || !ModalOnly(tree, c, cue)) return;
    int cf = c, cl = c;
    tree.Span(c, -1, &cf, &cl);
    if (cf != *last + 1 || Lower(tokens[cf].form) != "and") return;
    *last = cl;
    return;
  }
}

// "The mayor, who said the bridge was safe, closed it": the sentence's own
// verb read as a conjunct of the content. A conjunct after a comma with no
// "and" and no subject of its own, in the content of a relative clause's
// cue, is where the relative clause ends.
void EndRelativeContent(const Tree& tree, int first, int* last) {
  const auto& tokens = tree.s.tokens;
  for (int c = first + 2; c <= *last; ++c)
    if (tree.rel(c) == "conj" && tokens[c].upos == "VERB" && tokens[c - 1].form == "," &&
        tree.Child(c, "cc") < 0 && tree.Child(c, "nsubj") < 0) {
      *last = c - 2;
      return;
    }
}

// "is telling voters the army is depleted and says he will expand it": a
// finite verb of speech conjoined inside the content with no subject of its
// own is a second report by the same speaker; the content ends before it
// (and its "and").
// `speaker_of` remembers the cue whose speaker the second report's is.
void EndBeforeSecondReport(const Tree& tree, int cue, int first, int* last, const Lexicon& lex,
                           std::map<int, int>* speaker_of) {
  const auto& tokens = tree.s.tokens;
  for (int c = first + 1; c <= *last; ++c) {
    auto cue_relations = lex.attribution_cues.find(tokens[c].lemma + " " + tokens[c].upos);
    // A participle conjoined to a participle is more of the content ("has
    // been reviewed and approved"); conjoined to a bare verb ("would order
    // a review and warned …", the tagger's VBN for a past tense) it cannot be.
    bool participle = tokens[c].xpos == "VBN" && tokens[c].head >= 0 && tokens[tokens[c].head].xpos != "VB";
    if (tree.rel(c) != "conj" || tree.Child(c, "nsubj") >= 0 || tokens[c].xpos == "VBG" ||
        participle || tokens[cue].xpos == "VB" || cue_relations == lex.attribution_cues.end())
      continue;
    // A modal the cue has not keeps it in the content, its subject the
    // speaker still ("said the plan was sound and would vote for it").
    if (ModalOnly(tree, c, cue)) {
      speaker_of->emplace(c, cue);
      continue;
    }
    // A verb of speech with no clause among its learned contents reports
    // too when "and" joins it: "and urged the Senate to act" ("rather than
    // criticize him", "or found it compelling" go on with the content).
    const int joint = tree.Child(c, "cc");
    const bool and_speech = lex.speech_lemmas.count(Lower(tokens[c].lemma)) && joint >= 0 &&
                            Lower(tokens[joint].form) == "and";
    if (std::find(cue_relations->second.begin(), cue_relations->second.end(), "ccomp") ==
            cue_relations->second.end() &&
        !and_speech)
      continue;
    // It reports: a verb of speech, or one with a clause of its own ("and
    // then would continue to work on the schools" reports nothing).
    if (!lex.speech_lemmas.count(Lower(tokens[c].lemma)) && tree.Child(c, "ccomp") < 0) continue;
    // Before the conjunct's own words ("and then would say ...").
    int end = c, span_last = c;
    tree.Span(c, -1, &end, &span_last);
    end = std::min(end, c) - 1;
    while (end > first && (tokens[end].upos == "CCONJ" || tokens[end].upos == "PUNCT")) --end;
    *last = end;
    speaker_of->emplace(c, cue);
    return;
  }
}

// Where the object of cue v (`indirect`: or its indirect object) opens
// when its phrase ends right before word `first`, after the cue; else `first`.
int ObjectRightBefore(const Tree& tree, int v, int first, bool indirect) {
  for (int c : tree.children[v]) {
    const std::string relation = tree.base_rel(c);
    if (relation != "obj" && !(indirect && relation == "iobj")) continue;
    int of = c, ol = c;
    tree.Span(c, -1, &of, &ol);
    if (ol == first - 1 && of > v) return of;
  }
  return first;
}

// Whether verb v is said "on condition of anonymity" ("spoke on condition
// of anonymity", "talking under condition of anonymity").
bool SpeaksAnonymously(const Tree& tree, int v) {
  auto anonymity = [&](int w) { return Lower(tree.s.tokens[w].lemma) == "anonymity"; };
  for (int c : tree.children[v]) {
    if (tree.base_rel(c) != "obl") continue;
    if (anonymity(c)) return true;
    if (Lower(tree.s.tokens[c].lemma) == "condition")
      for (int d : tree.children[c])
        if (anonymity(d)) return true;
  }
  return false;
}

// A verb that can report: a verb of speech or a learned cue.
bool Reporting(const std::string& lemma, const Lexicon& lex) {
  return lex.speech_lemmas.count(lemma) || lex.attribution_cues.count(lemma + " VERB");
}

// Whether verb v puts a question: a clause after it opened by "whether",
// "if" or a question word ("asked which road to close").
bool PutsQuestion(const Tree& tree, int v) {
  for (int c : tree.children[v]) {
    if (c < v || (tree.base_rel(c) != "ccomp" && tree.base_rel(c) != "advcl")) continue;
    int first = c, last = c;
    tree.Span(c, -1, &first, &last);
    const nlp::Token& opener = tree.s.tokens[first];
    const std::string word = Lower(opener.form);
    if (word == "whether" || word == "if" || nlp::IsWhWord(opener)) return true;
  }
  return false;
}

// Whether a participle says only where or to whom ("speaking to reporters",
// "appearing on a radio show"): no object, clause or "for" phrase ("calling
// for an inquiry", "refusing to admit fault" say what).
bool SaysOnlyWhereOrToWhom(const Tree& tree, int v) {
  for (int c : tree.children[v]) {
    const std::string base = tree.base_rel(c);
    if (base == "obj" || base == "iobj" || base == "xcomp" || base == "ccomp") return false;
    const int preposition = base == "obl" ? tree.Child(c, "case") : -1;
    if (preposition >= 0 && Lower(tree.s.tokens[preposition].form) == "for") return false;
  }
  return true;
}

// "said the plan would fail, arguing that it cost too much" parsed with
// "arguing" inside the content: a participle of speech after a comma, with
// no subject of its own, is the speaker's next report (its own statement),
// not more of this one. (PolNeAR train: the content stops before such a
// participle 93 times, runs over it 17.)
// `speaker_of` remembers the cue whose speaker the participle's is.
void EndBeforeSpeakingParticiple(const Tree& tree, int cue, int first, int* last, const Lexicon& lex,
                                 std::map<int, int>* speaker_of) {
  const auto& tokens = tree.s.tokens;
  for (int c = first + 2; c <= *last; ++c) {
    const std::string base = tree.base_rel(c);
    // (The comma may close a quotation first: '… "unavoidable," adding …'.)
    int comma = c - 1;
    if (comma > first && tokens[comma].upos == "PUNCT" && tokens[comma].form != "," &&
        tokens[comma - 1].form == ",")
      --comma;
    if (tokens[c].xpos != "VBG" || tokens[comma].form != "," || !Reporting(tokens[c].lemma, lex) ||
        lex.quote_only_verbs.count(tokens[c].lemma) || tree.Child(c, "nsubj") >= 0 ||
        (base != "advcl" && base != "xcomp" && base != "conj" && base != "acl"))
      continue;
    *last = comma - 1;
    speaker_of->emplace(c, cue);
    return;
  }
}

// "Republicans said they were convinced X and Democrats accused Y": a
// conjoined clause with a subject of its own whose verb is a cue is another
// speaker's report; the content ends before its "and". So does a contrast
// set off by a comma ("said she believes X, while Y argued Z", the parse
// hanging the "while" clause inside the content).
void EndBeforeOtherSpeaker(const Tree& tree, int first, int* last, const Lexicon& lex) {
  const auto& tokens = tree.s.tokens;
  for (int c = first + 1; c <= *last; ++c) {
    int subject = tree.Child(c, "nsubj");
    const int mark = tree.Child(c, "mark");
    const bool contrast = tree.base_rel(c) == "advcl" && mark >= 0 && mark > first &&
                          tokens[mark - 1].form == "," &&
                          (Lower(tokens[mark].form) == "while" || Lower(tokens[mark].form) == "whereas");
    if ((tree.rel(c) != "conj" && !contrast) || tokens[c].upos != "VERB" || subject < 0 || subject > c ||
        !Reporting(tokens[c].lemma, lex))
      continue;
    // "… saw a gun and that one was found nearby": a passive verb reports
    // nobody's words, and a clause opened by "that" is more of this content.
    if (tree.rel(subject) == "nsubj:pass" || (mark >= 0 && Lower(tokens[mark].form) == "that")) continue;
    if (contrast) {
      *last = std::min(*last, mark - 2);
      return;
    }
    int sf = subject, sl = subject;
    tree.Span(subject, -1, &sf, &sl);
    int end = sf - 1;
    while (end > first && (tokens[end].upos == "CCONJ" || tokens[end].upos == "PUNCT")) --end;
    if (end < sf - 1) *last = std::min(*last, end);  // only when "and" or a comma stands between
    return;
  }
}

// "…would see their rents go up, according to an analysis": an "according
// to" phrase names the source of what comes before it, so another cue's
// content ends there.
void EndBeforeAccordingTo(const Tree& tree, int first, int* last) {
  const auto& tokens = tree.s.tokens;
  for (int k = first + 1; k < *last; ++k)
    if (Lower(tokens[k].form) == "according" && Lower(tokens[k + 1].form) == "to") {
      *last = k - 1;
      return;
    }
}

// "said the money would be better spent with the Harbour Trust, the city's
// oldest charity", "acknowledged the reality of climate change, which makes
// him an outlier", "promised to build nothing taller, which has become a
// sore point": an apposition or relative clause set off by a comma that
// closes the content glosses a noun for the reader; it is the writer's, not
// what the speaker said. (PolNeAR train and dev: cutting it raises both the
// precision and the recall of contents.)
void DropClosingGloss(const Tree& tree, int first, int* last) {
  const auto& tokens = tree.s.tokens;
  int end = *last;
  while (end > first && tokens[end].upos == "PUNCT") --end;
  // Cuts the content before `gloss` when its phrase closes the content and
  // a comma opens it (the parser may hang the comma from the gloss).
  auto cut_before = [&](int gloss) {
    int gf = gloss, gl = gloss;
    tree.Span(gloss, -1, &gf, &gl);
    while (gf < gloss && tokens[gf].upos == "PUNCT" && tokens[gf].form != ",") ++gf;
    if (tokens[gf].form == ",") ++gf;
    if (gl < end || gf - 2 < first || tokens[gf - 1].form != ",") return false;
    *last = gf - 2;
    return true;
  };
  for (int n = first; n <= end; ++n) {
    if (tokens[n].upos != "PROPN" && tokens[n].upos != "NOUN" && tokens[n].upos != "PRON") continue;
    for (int c : tree.children[n]) {
      const std::string& rel = tree.rel(c);
      if (c > n && (rel == "appos" || rel == "acl:relcl") && cut_before(c)) return;
    }
  }
  // "there is a feud inside the choir, one that may end the season" with
  // "one" parsed as a conjunct: a closing noun phrase after a comma, with no
  // conjunction, that a relative clause describes, is such a gloss too.
  auto described = [&](int h) {
    for (int c : tree.children[h])
      if (c > h && tree.rel(c) == "acl:relcl") return true;
    return false;
  };
  for (int h = first + 2; h <= end; ++h) {
    if (tree.rel(h) == "conj" && tree.Child(h, "cc") < 0 && described(h) &&
        (tokens[h].upos == "NOUN" || tokens[h].upos == "NUM" || tokens[h].upos == "PRON") && cut_before(h))
      return;
  }
}

// "said that if the rules pass, prices will rise" parsed with the "if"
// clause as the content and the clause it conditions hung from the cue
// (a parataxis): a "that" followed by a second subordinator opens a clause
// whose main part is still to come, so the content runs over the clause
// right after it, past the comma.
void ExtendOverMainClauseAfterSubordinate(const Tree& tree, int cue, int content, int* last) {
  const auto& tokens = tree.s.tokens;
  int marks = 0;
  bool that = false;
  for (int c : tree.children[content])
    if (tree.rel(c) == "mark") {
      ++marks;
      that |= Lower(tokens[c].form) == "that";
    }
  if (!that || marks < 2) return;
  for (int c : tree.children[cue]) {
    if (c <= *last || tree.base_rel(c) != "parataxis") continue;
    int first = c, end = c;
    tree.Span(c, -1, &first, &end);
    for (int k = *last + 1; k < first; ++k)
      if (tokens[k].upos != "PUNCT" && tree.rel(k) != "punct") return;
    *last = end;
    return;
  }
}

// "Many voters believe the economy is worsening, a new poll found": a
// reporting clause closing the sentence after a comma, with a subject before
// its verb and no clause of its own, reports the sentence and is no part of
// the content it closes.
void EndBeforeClosingReport(const Tree& tree, const Lexicon& lex, int first, int* last) {
  const auto& tokens = tree.s.tokens;
  for (int c = first + 1; c <= *last; ++c) {
    if (tokens[c].upos != "VERB" || !Reporting(Lower(tokens[c].lemma), lex) || tree.Child(c, "ccomp") >= 0) continue;
    const int subject = tree.Child(c, "nsubj");
    if (subject < 0 || subject > c) continue;
    int subject_first = subject, subject_last = subject;
    tree.Span(subject, -1, &subject_first, &subject_last);
    while (subject_first < subject && tokens[subject_first].upos == "PUNCT") ++subject_first;  // (a comma hung from it)
    int clause_first = c, clause_last = c;
    tree.Span(c, -1, &clause_first, &clause_last);
    const int comma = subject_first - 1;
    if (comma <= first + 1 || tokens[comma].form != "," || clause_last < *last) continue;
    *last = comma - 1;
    return;
  }
}

// "says he told staff to check whether anyone leaked it" with the "whether"
// clause parsed onto "says": words that run on from a clausal content with
// no punctuation between, within the cue's clause, are still what was said —
// except a time adjunct of the cue ("said the talks would resume Monday" is
// read either way; the cue's own "Monday" is kept out).
void ExtendToClauseEnd(const Tree& tree, int cue, int* last) {
  const auto& tokens = tree.s.tokens;
  int end = static_cast<int>(tokens.size()) - 1;
  while (end > *last && tokens[end].upos == "PUNCT") --end;
  for (int k = *last + 1; k <= end; ++k) {
    // A hyphen inside a word ("centuries-old", split by the tokenizer) is no
    // punctuation between phrases.
    bool inner_hyphen = tokens[k].form == "-" && tokens[k - 1].end == tokens[k].begin &&
                        k + 1 < static_cast<int>(tokens.size()) && tokens[k].end == tokens[k + 1].begin;
    if ((tokens[k].upos == "PUNCT" && !inner_hyphen) || tokens[k].upos == "CCONJ") return;
    // The dependent of the cue that k belongs to (a word hung from the
    // sentence's closing punctuation, a misparse, belongs to none).
    if (inner_hyphen) continue;
    int h = k, below = -1;
    while (h >= 0 && h != cue && tokens[h].upos != "PUNCT") {
      below = h;
      h = tokens[h].head;
    }
    if (h == cue) {
      const std::string& rel = tree.rel(below);
      if (rel == "obl:tmod" || rel == "obl:unmarked" || rel == "obl:npmod" || rel == "punct") return;
    } else if (h < 0) {
      return;
    }
    *last = k;
  }
}

// "is expected", "was believed": a passive verb.
bool Passive(const Tree& tree, int verb) {
  for (int c : tree.children[verb])
    if (tree.rel(c) == "aux:pass" || tree.rel(c) == "nsubj:pass") return true;
  return false;
}

// "not", "never", "n't" modifying a verb.
bool NegationOf(const nlp::Token& word) {
  return word.deprel == "advmod" && (word.lemma == "not" || word.lemma == "never" || word.lemma == "n't");
}

// "did not say", "never claimed": a cue denied is no statement of its content.
bool Negated(const Tree& tree, int verb) {
  for (int c : tree.children[verb])
    if (NegationOf(tree.s.tokens[c])) return true;
  return false;
}

// "Neither club would comment", "No official confirmed", "Nobody said":
// a subject that counts no one denies the cue.
bool SubjectDenies(const Tree& tree, int verb) {
  static const std::set<std::string> kNoOne = {"nobody", "none", "no-one", "noone"};
  for (int c : tree.children[verb]) {
    if (tree.base_rel(c) != "nsubj") continue;
    if (kNoOne.count(Lower(tree.s.tokens[c].form))) return true;
    for (int d : tree.children[c]) {
      const std::string word = Lower(tree.s.tokens[d].form);
      if (tree.base_rel(d) == "det" && (word == "no" || word == "neither")) return true;
    }
  }
  return false;
}

bool MakeContent(const Tree& tree, int first, int last, ReportedSpeech* out, bool name_may_stand_alone = false,
                 bool keep_preposition = false) {
  const auto& tokens = tree.s.tokens;
  // A preposition opening a phrase inside the content ("in addition to X,
  // she ...") is the content's own; one that ties the whole content to the
  // cue is too when `keep_preposition` ("spoke about trade", "called for
  // calm": it says what the words were), but for "of" ("critical of X").
  auto inside = [&](int t) { return t >= first && t <= last; };
  auto own_preposition = [&](int t) {
    int phrase = tokens[t].head;
    return tokens[t].deprel == "case" && inside(phrase) &&
           ((keep_preposition && Lower(tokens[t].form) != "of") || inside(tokens[phrase].head));
  };
  // "said only that ...", "said simply that ...": an adverb before the
  // clause's "that" tells how much was said, not what.
  auto before_that = [&](int t) {
    return tokens[t].upos == "ADV" && t + 1 <= last && tokens[t + 1].deprel == "mark" &&
           Lower(tokens[t + 1].form) == "that";
  };
  while (first <= last && ((Trimmable(tokens[first]) && !own_preposition(first)) || before_that(first))) ++first;
  while (last >= first && tokens[last].upos == "PUNCT" && tokens[last].form != "\"") --last;
  // One word is no content ("he said so", "she told him"), but a name a cue
  // takes for its object is ("the union endorsed Okafor"), and so is an
  // object pronoun ("endorsed her", "the levy, which X opposes").
  // A day is no name ("a poll released Monday": the parse may take the day
  // for the object).
  static const std::set<std::string> kObjectPronouns = {"him",  "her",  "them",  "it",  "me",
                                                        "us",   "that", "this",  "which", "what"};
  const nlp::Token& only = tokens[first];
  bool lone_name = name_may_stand_alone && last == first &&
                   ((only.upos == "PROPN" && !IsDayWord(only.form)) ||
                    (only.upos == "PRON" && kObjectPronouns.count(Lower(only.form))));
  if (last - first < 1 && !lone_name) return false;
  out->content_start = tokens[first].begin;
  out->content_end = tokens[last].end;
  return true;
}

// Whether adjective `a` has a phrase saying whom or what it stands towards
// or takes part in ("close to X", "familiar with X", "involved in X"): it
// describes, naming no owner (unlike "data from X").
bool StandsTowards(const Tree& tree, int a) {
  static const std::set<std::string> kTowards = {"to",   "with", "against", "about", "on",
                                                 "over", "in",   "toward",  "towards"};
  for (int c : tree.children[a]) {
    const std::string rel = tree.base_rel(c);
    const int case_word = tree.Child(c, "case");
    if ((rel == "obl" || rel == "nmod") && case_word >= 0 && kTowards.count(Lower(tree.s.tokens[case_word].form)))
      return true;
  }
  return false;
}

// "two of the people said", "one of the officials said": a number of
// people who hold views speaks as they do; the source is the noun after
// "of" when it is people who head sources, or a plural name ("two of the
// Republicans"); "none of his arguments", "most of the vote" are no one.
int PartitiveSource(const Tree& tree, int subject, const Lexicon& lex) {
  if (subject < 0) return subject;
  const auto& tokens = tree.s.tokens;
  if (!nlp::CountsAGroup(tokens[subject], Lower(tokens[subject].form))) return subject;
  // ("Eight in 10 voters": so "in" after a number, when a number follows.)
  for (int c : tree.children[subject]) {
    const int of = tree.Child(c, "case");
    const bool in_ten = of >= 0 && Lower(tokens[of].form) == "in" && tokens[subject].upos == "NUM" &&
                        of + 1 < static_cast<int>(tokens.size()) && tokens[of + 1].upos == "NUM";
    // ("One of them said": the group "them" stands for.)
    const bool them = tokens[c].xpos == "PRP" && Lower(tokens[c].form) == "them";
    if (tree.base_rel(c) == "nmod" && c > subject && of >= 0 && (Lower(tokens[of].form) == "of" || in_ten) &&
        ((tokens[c].xpos == "NNS" && lex.HeadsSources(Lower(tokens[c].form))) || tokens[c].xpos == "NNPS" || them))
      return c;
  }
  return subject;
}

// "A report released last month by the Harbour Institute estimated that":
// a work (data/authored_works.txt) speaks for the author its "by X" or
// "from X" names, or the "by X" of a participle of issuing or writing
// describing it (not of reading: "a report seen by the Courier").
int AuthorOfWork(const Tree& tree, int subject, const Lexicon& lex) {
  if (subject < 0) return subject;
  const auto& tokens = tree.s.tokens;
  if (tokens[subject].upos != "NOUN" || !lex.authored_works.count(Lower(tokens[subject].form))) return subject;
  auto named_by = [&](int c, bool from) {
    const int by = tree.Child(c, "case");
    const std::string word = by >= 0 ? Lower(tokens[by].form) : "";
    // (A name, or a noun that heads sources: "by economists at X"; not a
    // name the tagger read as a common noun, which would name no one.)
    const bool author = tokens[c].upos == "PROPN" ||
                        (tokens[c].upos == "NOUN" && lex.HeadsSources(Lower(tokens[c].form)));
    return c > subject && author && (word == "by" || (from && word == "from"));
  };
  for (int c : tree.children[subject]) {
    if (tree.base_rel(c) == "nmod" && named_by(c, /*from=*/true)) return c;
    if (tree.base_rel(c) == "acl" && tokens[c].xpos == "VBN" && lex.authoring_verbs.count(Lower(tokens[c].lemma)))
      for (int d : tree.children[c])
        if (tree.base_rel(d) == "obl" && named_by(d, /*from=*/false)) return d;
  }
  return subject;
}

// Relations of the words that belong to a source's name or description.
bool InSourcePhrase(const std::string& relation) {
  return relation == "det" || relation == "compound" || relation == "amod" || relation == "flat" ||
         relation == "nmod:poss" || relation == "nummod";
}

void SetSource(const Tree& tree, int subject, ReportedSpeech* out) {
  if (subject < 0) return;
  const auto& tokens = tree.s.tokens;
  const nlp::Token& t = tokens[subject];
  out->source_start = t.begin;
  out->source_end = t.end;
  out->source_word = Lower(t.form);
  out->source_lemma = Lower(t.lemma);
  out->source_pronoun = t.upos == "PRON";
  // An acronym is a name whatever the tagger said ("according to the OKRA").
  out->source_proper = t.upos == "PROPN" || ((t.upos == "NOUN" || t.upos == "X") && IsAcronym(t.form));
  out->source_nominal = t.upos == "NOUN" || t.upos == "PROPN" || out->source_proper;
  out->source_plural = t.xpos == "NNS" || t.xpos == "NNPS";
  // The phrase: the head and the subtrees of its name-like dependents that
  // touch it (a gap means a clause or apposition in between).
  int first = subject, last = subject;
  const std::vector<int>& children = tree.children[subject];  // in text order
  // (The whole a part is of has no number of its own: "eight of 10 voters"
  // names voters.)
  const int part_of = tree.Child(subject, "case");
  const bool whole = part_of >= 0 && (Lower(tokens[part_of].form) == "of" || Lower(tokens[part_of].form) == "in") &&
                     t.head >= 0 && tokens[t.head].upos == "NUM";
  for (auto c = children.rbegin(); c != children.rend(); ++c) {  // nearest left first
    int cf = *c, cl = *c;
    tree.Span(*c, -1, &cf, &cl);
    if (*c > subject || !InSourcePhrase(tree.rel(*c)) || cl != first - 1) continue;
    if (whole && tree.rel(*c) == "nummod") break;
    first = cf;
  }
  for (int c : children) {
    int cf = c, cl = c;
    tree.Span(c, -1, &cf, &cl);
    if (c < subject || !InSourcePhrase(tree.rel(c)) || cf != last + 1) continue;
    // Set off by a comma it describes the source, no part of its name
    // ("Town leaders, worried about the cost, voted …").
    if (tokens[cf].upos == "PUNCT") break;
    // So does an adjective with a phrase of its own: "People close to the
    // minister said" names people, not the minister.
    if (tree.rel(c) == "amod" && StandsTowards(tree, c)) break;
    last = cl;
  }
  // A possessive marker closing the phrase is no part of the name, nor a
  // comma the parse hung inside it opening it (", the company and X said").
  while (last > subject && tokens[last].upos == "PART") --last;
  while (first < subject && tokens[first].upos == "PUNCT") ++first;
  // The name: flat parts after the head, and proper nouns compounded right
  // before it ("Lotte Brandauer" parsed as compound + head).
  int name_first = subject, name_last = subject;
  for (int c : children)
    if (tree.rel(c) == "flat" && tokens[c].upos == "PROPN" && c == name_last + 1) name_last = c;
  // So are the proper nouns compounded before those ("Wendover Highway
  // Traffic Safety Administration", each word hung from the next), and a
  // capitalized word the tagger read as a proper adjective ("National").
  if (out->source_proper)
    for (int c = name_first - 1; c >= first; --c) {
      const int head = tokens[c].head;
      if ((tokens[c].upos != "PROPN" && tokens[c].xpos != "NNP") || head < name_first || head > name_last) break;
      if (tree.rel(c) != "compound" && tree.rel(c) != "flat" && !(tree.rel(c) == "amod" && tokens[c].xpos == "NNP")) break;
      name_first = c;
    }
  // A plural possessor in capitals opens the name ("the Provincial Teachers'
  // Federation"), not one with "'s", which owns the source ("Ana's aide").
  if (out->source_proper && name_first == subject)
    for (int c : children) {
      const int mark = tree.Child(c, "case");
      int cf = c, cl = c;
      tree.Span(c, -1, &cf, &cl);
      if (c > subject || tree.rel(c) != "nmod:poss" || mark != cl || cl != name_first - 1 ||
          (tokens[mark].form != "'" && tokens[mark].form != "\u2019"))
        continue;
      bool capitalized = true;
      for (int k = cf; k < mark; ++k)
        capitalized =
            capitalized && tokens[k].upos != "DET" && StartsUpper(tokens[k].form);
      if (capitalized) name_first = cf;
    }
  out->name_start = tokens[name_first].begin;
  out->name_end = tokens[name_last].end;
  for (int c : children)
    if (tree.rel(c) == "appos" && tokens[c].upos == "NOUN" && c > subject && out->apposition_noun.empty())
      out->apposition_noun = Lower(tokens[c].lemma);
  // (A name's last word may be read as a plural noun: "The developer,
  // Harborline Partners, had planned …".)
  auto name_like = [&](int c) {
    if (tokens[c].upos == "PROPN") return true;
    if (tokens[c].upos != "NOUN" || !StartsUpper(tokens[c].form)) return false;
    const int compound = tree.Child(c, "compound");
    return compound == c - 1 && tokens[compound].upos == "PROPN";
  };
  for (int c : children)
    if (tree.rel(c) == "appos" && name_like(c)) {
      int af = c, al = c;
      tree.Span(c, -1, &af, &al);
      while (af < c && tokens[af].upos == "PUNCT") ++af;  // its commas
      while (al > c && tokens[al].upos == "PUNCT") --al;
      out->apposition_start = tokens[af].begin;
      out->apposition_end = tokens[al].end;
      break;
    }
  for (int child : children) {
    int c = child;
    // "The letter, signed by the Harbour Trust, urged ...": the agent of a
    // participle describing the noun owns it, as "a report by X" does.
    if (tree.base_rel(child) == "acl" && tokens[child].xpos == "VBN")
      for (int g : tree.children[child])
        if (tree.rel(g) == "obl:agent" || (tree.base_rel(g) == "obl" && tree.Child(g, "case") >= 0 &&
                                           Lower(tokens[tree.Child(g, "case")].form) == "by"))
          c = g;
    if ((c == child && tree.base_rel(c) != "nmod") || c < subject || out->owner_end > 0) continue;
    // "a donor to X", "a rift with X": whom the source gives to, stands
    // with or against, or is about owns no words of it ("of", "for", "by"
    // and "from" name owners: "the office of X", "a spokesman for X").
    static const std::set<std::string> kNotOwnerPrepositions = {"to", "with", "against", "about", "on", "over", "like"};
    if (const int case_word = tree.Child(c, "case");
        case_word >= 0 && kNotOwnerPrepositions.count(Lower(tokens[case_word].form)))
      continue;
    int of = c, ol = c;
    tree.Span(c, -1, &of, &ol);
    // (A day is no owner: "voters in five states going to the polls Tuesday".)
    for (int k = of; k <= ol; ++k)
      if (tokens[k].upos == "PROPN" && !IsDayWord(tokens[k].form)) {
        out->owner_start = tokens[of].begin;
        out->owner_end = tokens[ol].end;
        int case_word = tree.Child(c, "case");
        if (case_word >= 0) out->owner_case = Lower(tokens[case_word].form);
        for (int w = of; w <= ol; ++w) out->owner_set_off = out->owner_set_off || tokens[w].form == ",";
        if (c != child) out->owner_verb = Lower(tokens[child].lemma);
        break;
      }
  }
  out->phrase_start = tokens[first].begin;
  out->phrase_end = tokens[last].end;
  out->source_determiner = tokens[first].upos == "DET" && tree.rel(first) == "det";
  out->source_definite = out->source_determiner && Lower(tokens[first].form) == "the";
}

// Whether a comma comes right before word v, but for v's adverbs ("…, even
// suggesting").
bool SetOffByComma(const Tree& tree, int v) {
  int before = v - 1;
  while (before >= 0 && tree.s.tokens[before].head == v && tree.base_rel(before) == "advmod") --before;
  return before >= 0 && tree.s.tokens[before].form == ",";
}

// The noun a relative clause describes (or the name an apposition so
// describes), or, when that noun is what a copula says of a named or
// pronoun subject ("Ada Brenner is a novelist and critic who argued ..."),
// that subject. Not when the noun is a name ("The winner was Berg, who
// said"), nor the "it" of a cleft ("It was the mayor who said").
int DescribedOne(const Tree& tree, int noun) {
  // "Lena Vos, an analyst at Merrow Securities, who expects …": the clause
  // after an apposition describing a name describes the one named.
  const int named = tree.s.tokens[noun].head;
  if (tree.rel(noun) == "appos" && named >= 0 && tree.s.tokens[named].upos == "PROPN" &&
      tree.s.tokens[noun].upos == "NOUN")
    return named;
  int predicate = noun;
  while (tree.rel(predicate) == "conj" && tree.s.tokens[predicate].head >= 0) predicate = tree.s.tokens[predicate].head;
  if (tree.s.tokens[predicate].upos != "NOUN" || tree.Child(predicate, "cop") < 0 ||
      tree.Child(predicate, "case") >= 0)  // "the video was from an angle that would show"
    return noun;
  const int subject = tree.Child(predicate, "nsubj");
  if (subject < 0) return noun;
  // A name or a pronoun ("He is a lawyer who ..."); not another
  // description ("Their targets are leaders who ...": the leaders spoke).
  const std::string& upos = tree.s.tokens[subject].upos;
  const std::string lemma = Lower(tree.s.tokens[subject].lemma);
  if ((upos != "PROPN" && upos != "PRON") || lemma == "it" || lemma == "this" || lemma == "that" ||
      lemma == "there")
    return noun;
  return subject;
}

// The "by" phrase of a passive verb ("was reported by X"), or -1.
int AgentOf(const Tree& tree, int verb) {
  for (int c : tree.children[verb])
    if (tree.rel(c) == "obl:agent") return c;
  return -1;
}

// "As the harbour master warned, ..." / "..., as she had predicted.": a
// clause opened by "as" that may report the clause it hangs from, whatever
// its verb.
bool AsClauseSetOff(const Tree& tree, int v) {
  const nlp::Token& t = tree.s.tokens[v];
  const int mark = tree.Child(v, "mark");
  if (t.upos != "VERB" || tree.base_rel(v) != "advcl" || mark < 0 || Lower(tree.s.tokens[mark].lemma) != "as")
    return false;
  // Its speaker: a subject, or the "by" phrase of a participle opening
  // the clause ("As reported by the Gazette, ..."; closing it, "...,
  // Ruiz said, as reported by the Gazette", the outlet is the channel).
  const bool agent = t.xpos == "VBN" && AgentOf(tree, v) >= 0 && t.head > v;
  if ((tree.Child(v, "nsubj") < 0 && !agent) || tree.Child(v, "obj") >= 0 || tree.Child(v, "ccomp") >= 0 ||
      tree.Child(v, "xcomp") >= 0)
    return false;
  // Nor what it was about, for or to ("as she called for a recount", "as
  // he referred to the mayor"), nor two subjects (a misparse).
  int subjects = 0;
  for (int c : tree.children[v]) {
    subjects += tree.base_rel(c) == "nsubj" || tree.rel(c) == "obl:agent";
    const int c_case = tree.base_rel(c) == "obl" ? tree.Child(c, "case") : -1;
    if (c_case < 0) continue;
    const std::string preposition = Lower(tree.s.tokens[c_case].lemma);
    if (preposition == "for" || preposition == "about" || preposition == "of" || preposition == "to") return false;
  }
  if (subjects != 1) return false;
  // "as" opens the clause ("just as"), and the clause is set off: before
  // the clause it reports, by a comma after it; after it, by a comma before
  // it, closing the sentence (not "rode the crowd as he replied", nor "the
  // fact that ..., as she said, shows").
  int first = v, last = v;
  tree.Span(v, -1, &first, &last);
  for (int k = first; k < mark; ++k)
    if (tree.rel(k) != "advmod" && tree.rel(k) != "punct") return false;
  const int size = static_cast<int>(tree.s.tokens.size());
  const int head = t.head;
  // Before the clause it reports, it opens it: that clause's subject is
  // not before it ("the fact that ..., as she said, only shows").
  if (head >= 0 && head > last)
    for (int c : tree.children[head])
      if (tree.base_rel(c) == "nsubj" && c < first) return false;
  if (head >= 0 && head < first) {
    const bool closes = last + 1 >= size || (last + 2 == size && tree.s.tokens[last + 1].upos == "PUNCT");
    return closes && (tree.s.tokens[first].form == "," || (first > 0 && tree.s.tokens[first - 1].form == ","));
  }
  return tree.s.tokens[last].form == "," || (last + 1 < size && tree.s.tokens[last + 1].form == ",");
}

// The mark opening v's clause ("while", "as", "to"), or an opening "when"
// the parse calls an adverb; -1 if none.
int OpeningSubordinator(const Tree& tree, int v) {
  const int mark = tree.Child(v, "mark");
  if (mark >= 0) return mark;
  const int adverb = tree.Child(v, "advmod");
  return adverb >= 0 && adverb < v && tree.s.tokens[adverb].xpos == "WRB" ? adverb : -1;
}

// Whether the clause v opens runs straight on, with no comma, into the
// clause `head` after it.
bool RunsOnInto(const Tree& tree, int v, int head) {
  int first = v, last = v;
  tree.Span(v, -1, &first, &last);
  const auto& tokens = tree.s.tokens;
  return head > v && last + 1 < static_cast<int>(tokens.size()) && tokens[last].upos != "PUNCT" &&
         tokens[last + 1].upos != "PUNCT";
}

// AsClauseSetOff with a verb of speech or belief: see its use.
bool AsReport(const Tree& tree, int v, const Lexicon& lex) {
  const std::string lemma = Lower(tree.s.tokens[v].lemma);
  return (lex.speech_lemmas.count(lemma) || lex.belief_verbs.count(lemma)) && AsClauseSetOff(tree, v);
}

// Who the cue's clause is about: its subject; for a clause with none, the
// subject of the clause it hangs from ("he smiled and said ...", "..., saying
// ...", "he wants to argue ..."); for a relative clause, the noun it describes
// ("the senator, who said ..."); for a reduced one, that noun too ("officials
// speaking on condition of anonymity").
int SubjectOf(const Tree& tree, int verb, const Lexicon& lex) {
  // A time noun is a subject only when there is no other ("X this week
  // said": data/source_nouns.tsv; "the Council last week said", parsed with
  // the name inside the time's phrase, keeps it); a day never is ("X said
  // Monday").
  auto time = [&](int t) { return lex.SourceNounKind(Lower(tree.s.tokens[t].form)) == "time"; };
  for (int depth = 0; depth < 4 && verb >= 0; ++depth) {
    // Of two subjects (a misparse), the nearer the verb.
    int subject = -1, time_subject = -1;
    for (int c : tree.children[verb]) {
      if (tree.base_rel(c) != "nsubj" || IsDayWord(tree.s.tokens[c].form)) continue;
      if (time(c)) time_subject = c;
      else if (subject < 0 || std::abs(c - verb) < std::abs(subject - verb)) subject = c;
    }
    // Unless the farther one opens the sentence and its relative clause
    // stands between them: "Mia Lind, who helped found Harbour Watch, a tiny
    // club for sailors, said" with "Harbour Watch" a second subject is
    // Lind's. (Not one with a preposition, an oblique misread as a subject.)
    for (int c : tree.children[verb]) {
      if (subject < 0 || subject > verb) break;
      if (c >= subject || tree.base_rel(c) != "nsubj" || tree.Child(c, "case") >= 0) continue;
      int cf = c, cl = c;
      tree.Span(c, -1, &cf, &cl);
      if (cf > 0) continue;
      for (int r : tree.children[c])
        if (tree.rel(r) == "acl:relcl" && r > c && r < subject) {
          subject = c;
          break;
        }
    }
    if (subject < 0) subject = time_subject;
    const std::string relation = tree.base_rel(verb);
    int head = tree.s.tokens[verb].head;
    if (subject >= 0) {
      const std::string& lemma = tree.s.tokens[subject].lemma;
      bool relative = lemma == "who" || lemma == "which" || lemma == "that";
      if (relative && tree.rel(verb) == "acl:relcl" && head >= 0) return DescribedOne(tree, head);
      return subject;
    }
    // A participle's noun speaks ("officials speaking on ..."); an
    // infinitive's does not ("no plans to release the tapes"), its owner
    // does ("the senator's decision to release ...").
    if (relation == "acl" && head >= 0) {
      int mark = tree.Child(verb, "mark");
      // Hung from a verb ("X posted a statement Friday saying that …"), the
      // participle is that verb's adverbial misread: its subject speaks.
      if (mark < 0 && tree.s.tokens[head].upos == "VERB") {
        verb = head;
        continue;
      }
      // "complained about the ball the morning after the match, even suggesting …":
      // set off by a comma from a time or from an oblique of a verb, the
      // participle is that verb's adverbial hung from the nearest noun.
      const int over = tree.s.tokens[head].head;
      if (mark < 0 && SetOffByComma(tree, verb) && over >= 0 && tree.s.tokens[over].upos == "VERB" &&
          (time(head) || IsDayWord(tree.s.tokens[head].form) || tree.base_rel(head) == "obl")) {
        verb = over;
        continue;
      }
      if (mark < 0) return head;
      // "made the criticism while showing support", "by telling them that":
      // a participle opened by a subordinator of time or manner is the
      // clause's adverbial hung from a noun by the parser; the verb over that
      // noun has the subject. ("held X in contempt for refusing": a reason's
      // participle is often the object's, so "for" is not among them.)
      static const std::set<std::string> kSubjectsAdverbial = {"while", "after", "before", "when",
                                                               "since", "by", "without", "upon"};
      if (tree.s.tokens[verb].xpos == "VBG" && kSubjectsAdverbial.count(tree.s.tokens[mark].lemma) &&
          tree.s.tokens[head].head >= 0 && tree.s.tokens[tree.s.tokens[head].head].upos == "VERB") {
        verb = tree.s.tokens[head].head;
        continue;
      }
      for (int c : tree.children[head])
        if (tree.rel(c) == "nmod:poss") return c;
      return -1;
    }
    // (A verb the parse hung as an oblique, "would stay [closed]" with
    // "closed" the oblique of "said", is a clause's word too.)
    const bool verb_oblique = relation == "obl" && tree.s.tokens[verb].upos == "VERB";
    if (relation != "conj" && relation != "xcomp" && relation != "advcl" && !verb_oblique) return -1;
    // "Ruiz leads, with 40 percent of voters saying they back her" parsed
    // with "percent" an oblique of "leads": a participle right after a
    // "with" phrase is what that phrase's noun does (an absolute clause).
    if (relation == "advcl" && tree.s.tokens[verb].xpos == "VBG" && head >= 0)
      for (int c : tree.children[head]) {
        int case_word = tree.Child(c, "case");
        if (tree.base_rel(c) != "obl" || case_word < 0 || Lower(tree.s.tokens[case_word].form) != "with") continue;
        int first = c, last = c;
        tree.Span(c, -1, &first, &last);
        if (last == verb - 1) return c;
      }
    // "The agency quoted a spokesman as saying …": the object of the verb
    // of relaying the "as" participle hangs from says it.
    if (relation == "advcl" && head >= 0 && lex.relay_verbs.count(Lower(tree.s.tokens[head].lemma))) {
      const int mark = tree.Child(verb, "mark");
      const int object = tree.Child(head, "obj");
      if (mark >= 0 && Lower(tree.s.tokens[mark].form) == "as" && object >= 0 && object < verb) return object;
    }
    verb = head;
  }
  return -1;
}

// Whether the clause of cue v (with its subject) closes the sentence after a
// comma, comes after `head` and has no "and" of its own: "..., she noted."
bool ClosesSentence(const Tree& tree, int v, int subject, int head) {
  const auto& tokens = tree.s.tokens;
  if (head < 0 || v < head) return false;
  int start = v, subject_last = v;
  if (subject >= 0) tree.Span(subject, -1, &start, &subject_last);
  int first = v, last = v;
  tree.Span(v, -1, &first, &last);
  while (first < start && tokens[first].upos == "PUNCT") ++first;  // its own comma
  int end = static_cast<int>(tokens.size()) - 1;
  while (end > v && tokens[end].upos == "PUNCT") --end;
  return start > head && tokens[start - 1].form == "," && first >= start && last >= end &&
         tree.Child(v, "cc") < 0;
}

// Words that may follow a cue inside a reporting clause set off by commas
// ("he said later", "Mr. Ruiz said on Tuesday").
bool InsideReportingClause(const nlp::Token& t) {
  return t.upos == "ADV" || t.upos == "ADP" || t.upos == "PROPN" || t.upos == "NOUN" ||
         t.upos == "DET" || t.upos == "NUM" || t.upos == "AUX" || t.upos == "PART";
}

// Whether a verb or auxiliary stands among the first `end` tokens.
bool VerbBefore(const std::vector<nlp::Token>& tokens, int end) {
  return std::any_of(tokens.begin(), tokens.begin() + end,
                     [](const nlp::Token& t) { return t.upos == "VERB" || t.upos == "AUX"; });
}

// Marks the words from comma `open` to comma `close` as no part of r's
// content, when the content runs on both sides of them.
void SetGap(const Tree& tree, int open, int close, ReportedSpeech* r) {
  const auto& tokens = tree.s.tokens;
  if (open < 0 || close <= open || tokens[open].begin <= r->content_start || tokens[close].end >= r->content_end)
    return;
  r->gap_start = tokens[open].begin;
  r->gap_end = tokens[close].end;
}

// "The test, the ministry said, was its largest": a reporting clause set off
// by commas inside the sentence it reports. Parsers trained on few such
// sentences attach its parts anywhere, so it is read off the words: a comma,
// a subject of up to six words, the cue, up to four words of its own and a
// comma, with words of the reported clause on both sides; or the cue first,
// its subject after it ("The plan, said Mayor Ines Vik, would cost less").
// The content is the whole sentence around it (`*first`..`*last`; the
// source's head in `*subject`; the commas setting the clause off in `*open`
// and `*close`), or only what comes before when a participle opens what
// follows ("..., she said, adding ...").
bool ParentheticalClause(const Tree& tree, int v, int* first, int* last, int* subject, int* open_comma,
                         int* close_comma) {
  const auto& tokens = tree.s.tokens;
  const int n = static_cast<int>(tokens.size());
  int open = -1;
  for (int k = v - 1; k >= 0 && v - k <= 7; --k)
    if (tokens[k].form == ",") {
      open = k;
      break;
    }
  // Inverted, the cue is in a tense ("said", "says"), its subject's words
  // right after it: no participle ("known as X").
  const bool inverted = open == v - 1;
  if (open < 2) return false;
  if (inverted && (!Tensed(tokens[v].xpos) || v + 1 >= n || tokens[v + 1].upos == "ADP"))
    return false;
  // A passive ("people were charged fees") reports nothing of its subject's.
  for (int k = open + 1; k < v; ++k)
    if (tokens[k].upos == "VERB" || tokens[k].upos == "PUNCT" || tokens[k].upos == "SCONJ" ||
        (tokens[k].upos == "AUX" && Lower(tokens[k].lemma) == "be"))
      return false;
  int close = -1;
  for (int k = v + 1; k < n && k - v <= (inverted ? 7 : 5); ++k) {
    if (tokens[k].form == ",") {
      close = k;
      break;
    }
    if (!InsideReportingClause(tokens[k])) return false;
  }
  if (close < 0 || close + 2 >= n) return false;
  // The subject: the word of the span whose head lies outside it.
  // A relative pronoun opens a clause of the noun before ("X, who said Y,").
  *subject = -1;
  for (int k = open + 1; k < v; ++k) {
    const nlp::Token& w = tokens[k];
    if (w.xpos == "WP" || w.xpos == "WDT") return false;
    bool nominal = w.upos == "PROPN" || w.upos == "NOUN" || w.upos == "PRON";
    if (nominal && (w.head <= open || w.head >= v)) *subject = k;
  }
  // Inverted, the subject is the name or noun after the cue: the last
  // nominal word before the closing comma whose head is outside the name
  // ("Mayor Ines Vik": "Vik" or the flat name's first word).
  if (inverted)
    for (int k = v + 1; k < close; ++k) {
      const nlp::Token& w = tokens[k];
      bool nominal = w.upos == "PROPN" || w.upos == "NOUN";
      if (nominal && (w.head <= v || w.head >= close)) *subject = k;
    }
  if (*subject < 0) return false;
  // Inverted, only between a subject with no verb yet and its predicate ("The
  // plan, said X, would cost less"); "..., said X, a former aide" closes.
  if (inverted && (VerbBefore(tokens, open) || !(tokens[close + 1].upos == "AUX" || tokens[close + 1].upos == "VERB" ||
                                                 tokens[close + 1].upos == "ADV")))
    return false;
  *open_comma = open;
  *close_comma = close;
  // The clause it is set in: after ", but" (", and", ";") joining a clause
  // with a verb of its own before it ("Prices fell, but the shortage grew so
  // severe, she noted, that …": the shortage is what she noted). Not after a
  // joint of words with no verb ("will cut 600 jobs, or 8% of its staff,
  // the firm said, as …": the jobs are what it said).
  *first = 0;
  for (int k = open - 1; k >= 2; --k) {
    bool joint = tokens[k].form == ";" || (tokens[k].upos == "CCONJ" && tokens[k - 1].form == ",");
    if (!joint) continue;
    const bool clause_after = std::any_of(tokens.begin() + k + 1, tokens.begin() + open,
                                          [](const nlp::Token& t) { return t.upos == "VERB" || t.upos == "AUX"; });
    if (VerbBefore(tokens, k) && clause_after) *first = k + 1;
    break;
  }
  *last = n - 1;
  // A quotation after it is what was said, and quotations are read apart.
  const std::string& next = tokens[close + 1].form;
  if (next == "\"" || next == "\u201c" || next == "''" || next == "``") return false;
  // A participle or a subordinate clause after it ("..., she said, citing
  // ...", "..., he said on Monday, even as ...") is the reporting clause's own;
  // after "and" or "but" a clause of the writer's ("prices rose, traders say,
  // and the union warned ...") is none of it.
  // Not when the words before it have no verb: they are the subject the
  // words after it complete ("The museum, she said, celebrated ...", the
  // past tense tagged a participle).
  const nlp::Token& after = tokens[close + 1];
  const bool verb_before = VerbBefore(tokens, open);
  // But a "that" after "so"/"such" before it completes them ("had grown so
  // strong, the mayor noted, that the ferries stayed in port").
  bool completes_degree = Lower(after.form) == "that" &&
                          std::any_of(tokens.begin(), tokens.begin() + open, [](const nlp::Token& t) {
                            return Lower(t.form) == "so" || Lower(t.form) == "such";
                          });
  // A gerund hung from a predicate after it with a tense or an auxiliary
  // of its own is that clause's subject ("..., he said, replacing her would
  // be harder"), not the reporting clause's participle.
  const int gerund_head = after.head;
  const bool gerund_subject =
      after.xpos == "VBG" && gerund_head > close + 1 &&
      (Tensed(tokens[gerund_head].xpos) || tree.Child(gerund_head, "aux") >= 0 || tree.Child(gerund_head, "cop") >= 0);
  // A clause saying until when, why or on what condition the reported
  // clause holds goes on with it ("The mill was a success, he said, until
  // it went bankrupt"); a concession or a contrast ("even as", "although")
  // is the writer's.
  static const std::set<std::string> kBindsReportedClause = {"until", "because", "unless", "if", "once", "till"};
  const bool binds_reported = after.upos == "SCONJ" && kBindsReportedClause.count(Lower(after.form));
  if (verb_before && !completes_degree && !gerund_subject && !binds_reported &&
      (after.xpos == "VBG" || after.xpos == "VBN" || after.upos == "SCONJ" || after.upos == "ADV" ||
       after.upos == "CCONJ"))
    *last = open - 1;
  return true;
}

// "recalled its ambassador": a cue whose object makes it an act the event
// tables know (data/event_trigger_lemmas.tsv, "recall" needing an envoy)
// says nothing with that object.
bool ActOnObject(const Tree& tree, int cue, int object, const Lexicon& lex) {
  const auto& tokens = tree.s.tokens;
  auto act = lex.event_trigger_lemmas.find(tokens[cue].lemma + " " + tokens[cue].upos);
  return act != lex.event_trigger_lemmas.end() && act->second.needs.count(Lower(tokens[object].lemma)) > 0;
}

// The object of a verb of data/attitude_cues.tsv that makes it a statement
// of a view ("expressed confidence [in X]"), or -1.
int AttitudeObject(const Tree& tree, int v, const Lexicon& lex) {
  const nlp::Token& t = tree.s.tokens[v];
  if (t.upos != "VERB") return -1;
  auto cue = lex.attitude_cues.find(Lower(t.lemma));
  if (cue == lex.attitude_cues.end()) return -1;
  for (int c : tree.children[v])
    if (tree.base_rel(c) == "obj" && cue->second.count(Lower(tree.s.tokens[c].lemma))) return c;
  return -1;
}

// The subject of an inverted reporting clause ("..., said the minister"):
// a cue with no subject, set beside an earlier clause, whose object is a
// noun or name after it.
int InvertedSubject(const Tree& tree, int v) {
  const std::string relation = tree.base_rel(v);
  if (relation != "conj" && relation != "parataxis") return -1;
  if (tree.Child(v, "nsubj") >= 0 || tree.Child(v, "ccomp") >= 0) return -1;
  const auto& tokens = tree.s.tokens;
  int subject = -1;
  for (int c : tree.children[v])
    if (tree.base_rel(c) == "obj" && c > v && (tokens[c].upos == "PROPN" || tokens[c].upos == "NOUN"))
      subject = c;
  if (subject < 0) return -1;
  // "noted transport analyst Petra Holm" read as [analyst] [Holm]: the name
  // right after the role is who the role is.
  int first = subject, last = subject;
  tree.Span(subject, -1, &first, &last);
  for (int c : tree.children[v])
    if (c > last && tokens[c].upos == "PROPN" && tree.Child(c, "case") < 0) {
      int nf = c, nl = c;
      tree.Span(c, -1, &nf, &nl);
      if (nf == last + 1) return c;
    }
  return subject;
}

}  // namespace

bool OwnerSpeaks(const ReportedSpeech& r, const Lexicon& lex) {
  if (r.owner_end == 0 || lex.access_verbs.count(r.owner_verb)) return false;
  // "Allies of X said": people who stand by X, not X (data/relation_nouns.txt).
  if (lex.relation_nouns.count(r.source_word)) return false;
  // "The mayor of Westbury said": a person named by office or trade speaks,
  // not the place or body the office is of (data/person_nouns.tsv); a
  // spokesman or an official speaks for it (data/anonymous_heads.txt).
  // (With a name set off inside the owner's phrase, the parse may have hung
  // the holder's name from it: that phrase speaks, as before.)
  // ("Leaders of X", "fans of X" still stand for X; "nurses at three
  // hospitals in X" do not.)
  static const std::set<std::string> kWhose = {"of", "for", "by"};
  if (lex.person_nouns.count(r.source_lemma) && !lex.anonymous_heads.count(r.source_word) && !r.owner_set_off &&
      (!r.source_plural || !kWhose.count(r.owner_case)))
    return false;
  return r.owner_case == "by" || !lex.evidence_nouns.count(r.source_word);
}

// A pronoun that stands for people ("it" may stand for a document or a thing).
bool PersonalPronoun(const std::string& form) {
  static const std::set<std::string> kPersonal = {"i", "we", "you", "he", "she", "they"};
  return kPersonal.count(Lower(form)) > 0;
}

namespace {

// What a body that hears evidence heard: its clause, after or before it.
const std::vector<std::string> kHeardClause = {"ccomp", "^parataxis"};

// "The court heard that …", "…, a jury at the crown court heard": what a
// body that hears evidence (data/hearing_bodies.txt) heard was said to it by
// someone the sentence does not name.
bool HeardByBody(const Tree& tree, int v, const Lexicon& lex) {
  const nlp::Token& t = tree.s.tokens[v];
  if (t.upos != "VERB" || Lower(t.lemma) != "hear") return false;
  const int subject = tree.Child(v, "nsubj");
  return subject >= 0 && lex.hearing_bodies.count(Lower(tree.s.tokens[subject].form)) > 0;
}

}  // namespace

// A verb the learned table does not list still reports when someone says
// a whole clause with it: its subject is a person, a group or a pronoun, and
// its complement after it is a clause with a subject of its own ("the mayor
// grumbled that the budget was late"). Verbs seen often enough in annotated
// news to be known not to report (data/non_attribution_verbs.txt) never do,
// nor verbs that only introduce quotations (data/quote_only_verbs.txt).
// Returns the relations to try, as a listed cue's, or null.
const std::vector<std::string>* UnlistedCue(const Tree& tree, int v, const Lexicon& lex) {
  static const std::vector<std::string> kClause = {"ccomp", "^parataxis"};
  const auto& tokens = tree.s.tokens;
  if (tokens[v].upos != "VERB" || lex.non_attribution_verbs.count(tokens[v].lemma) ||
      lex.quote_only_verbs.count(tokens[v].lemma))
    return nullptr;
  int subject = -1;
  for (int c : tree.children[v])
    if (tree.rel(c) == "nsubj") subject = c;
  // "The court blocked the permit, ruling that …": a participle set off
  // after its clause has that clause's subject (with "that": "…, using a
  // term he has used" is a relative clause misread).
  const int head = tokens[v].head;
  bool participle = false;
  // (The parse may make it a conjunct with no "and".)
  const bool set_off = tree.base_rel(v) == "advcl" || (tree.base_rel(v) == "conj" && tree.Child(v, "cc") < 0);
  if (subject < 0 && head >= 0 && set_off && tokens[v].xpos == "VBG" && head < v && tokens[v - 1].form == ",")
    for (int c : tree.children[head])
      if (tree.rel(c) == "nsubj") subject = c, participle = true;
  if (subject < 0) return nullptr;
  const nlp::Token& s = tokens[subject];
  if (s.upos != "PROPN" && s.upos != "NOUN" && !(s.upos == "PRON" && PersonalPronoun(s.form)))
    return nullptr;
  for (int c : tree.children[v]) {
    if (c < v || tree.base_rel(c) != "ccomp") continue;
    const int mark = tree.Child(c, "mark");
    if (participle && (mark < 0 || Lower(tokens[mark].form) != "that")) continue;
    if (tree.Child(c, "nsubj") >= 0 || tree.Child(c, "expl") >= 0)
      return &kClause;
  }
  return nullptr;
}

// Whether `relation` of cue word t gives what was spoken of rather than what
// was said: a phrase of data/topic_cues.tsv or any "about" phrase.
bool IsTopic(const nlp::Token& t, const std::string& relation, const Lexicon& lex) {
  static const std::string kAbout = ":about";
  return lex.topic_cues.count(t.lemma + " " + t.upos + " " + relation) ||
         (relation.size() > kAbout.size() &&
          relation.compare(relation.size() - kAbout.size(), kAbout.size(), kAbout) == 0);
}

// Whether the word at `source` may name someone who holds a view: anything
// but a common noun that never heads a source in annotated news ("the
// streets", unlike "the union", "officials").
bool MayHoldAView(const Tree& tree, int source, const Lexicon& lex) {
  if (source < 0) return true;
  const nlp::Token& w = tree.s.tokens[source];
  if (w.upos != "NOUN") return true;
  return lex.HeadsSources(Lower(w.form)) || lex.HeadsSources(Lower(w.lemma));
}

// The verb that takes cue noun v as its object when its subject owns the
// noun ("made remarks about X", "issued a warning that";
// data/statement_verbs.txt), else -1.
int StatementVerbOf(const Tree& tree, int v, const Lexicon& lex) {
  const int head = tree.s.tokens[v].head;
  if (head < 0 || tree.base_rel(v) != "obj" || !lex.statement_verbs.count(Lower(tree.s.tokens[head].lemma)))
    return -1;
  return head;
}

// Whether a verb of saying or believing in the active voice lies between
// tokens `from` and `to`: a reporting clause of its own.
bool ReportsBetween(const Tree& tree, const Lexicon& lex, int from, int to) {
  const auto& tokens = tree.s.tokens;
  // A verb of speech whose object is all it has reports no words ("is
  // demanding a 9% raise, according to X"); set beside a clause it does.
  auto object_only = [&](int k) {
    return tree.Child(k, "obj") >= 0 && tree.Child(k, "ccomp") < 0 && tree.Child(k, "xcomp") < 0 &&
           tree.Child(k, "parataxis") < 0 && tree.base_rel(k) != "parataxis" && tree.base_rel(k) != "ccomp";
  };
  for (int k = from; k <= to; ++k)
    if (tokens[k].upos == "VERB" &&
        (lex.speech_lemmas.count(tokens[k].lemma) || lex.belief_verbs.count(tokens[k].lemma)) && !Passive(tree, k) &&
        !object_only(k))
      return true;
  return false;
}

// Whether what follows a closing phrase, tokens `from` to `to`, leaves the
// phrase closing its clause: nothing, a phrase with no verb ("... in the
// polls before the June vote"), or a part set off by a comma, semicolon or
// dash ("..., four points up on May", "...; the council race is tied",
// "..., although Y gained") that no verb of saying reports.
bool TrailsClause(const Tree& tree, const Lexicon& lex, int from, int to) {
  static const std::set<std::string> kBreaks = {",", ";", "--", "\u2014", "\u2013", "-"};
  const auto& tokens = tree.s.tokens;
  if (from > to) return true;
  if (kBreaks.count(tokens[from].form)) return !ReportsBetween(tree, lex, from + 1, to);
  for (int k = from; k <= to; ++k)
    if (tokens[k].upos == "VERB" || tokens[k].upos == "AUX") return false;
  return true;
}

// "In a poll released Monday, X led Y by six points", "X leads Y in the
// latest poll": an "in" phrase with a poll, survey or study
// (data/evidence_nouns.txt, by its second column) that opens the sentence,
// set off by a comma, or for standings one that closes the main clause,
// tells the rest of the sentence, unless a reporting clause there tells it
// ("In the survey, most voters said ..."). The phrase's noun, or -1;
// [*from, *to] the words it tells.
int EvidencePhrase(const Tree& tree, int in, const Lexicon& lex, int* from, int* to) {
  const auto& tokens = tree.s.tokens;
  const int n = static_cast<int>(tokens.size());
  const nlp::Token& t = tokens[in];
  if (Lower(t.form) != "in" || t.deprel != "case" || t.head < 0) return -1;
  auto where = lex.evidence_in_phrase.find(Lower(tokens[t.head].form));
  if (where == lex.evidence_in_phrase.end()) return -1;
  int start = 0;  // after an opening conjunction ("But in a poll, ...")
  while (start < in && (tokens[start].upos == "CCONJ" || tokens[start].upos == "PUNCT")) ++start;
  int end = n - 1;
  while (end > 0 && tokens[end].upos == "PUNCT") --end;
  int first = t.head, last = t.head;
  tree.Span(t.head, -1, &first, &last);
  first = std::min(first, in);
  while (last > t.head && tokens[last].upos == "PUNCT") --last;  // its comma, if the parse gave it the phrase
  if (first == start) {
    // A few words of time may come before the comma ("In a poll last month, ...").
    int comma = last + 1;
    while (comma < n && comma - last <= 3 && tokens[comma].form != "," && tokens[comma].upos != "VERB" &&
           tokens[comma].upos != "AUX")
      ++comma;
    if (comma + 1 >= n || tokens[comma].form != ",") return -1;
    // "In a survey of 120 clinics, the society found that …": the report
    // after it tells its findings.
    if (ReportsBetween(tree, lex, comma + 1, n - 1)) return -1;
    for (int k = comma + 1; k < n; ++k)
      if (tokens[k].upos == "VERB" && tree.Child(k, "ccomp") >= 0 && Reporting(Lower(tokens[k].lemma), lex)) return -1;
    *from = comma + 1;
    *to = n - 1;
  } else if (where->second == "anywhere" && TrailsClause(tree, lex, last + 1, end)) {
    // The phrase must belong to the main clause, not to one inside it (its
    // open complement shares its subject: "X keeps trailing by ten points in
    // the county surveys").
    static const std::set<std::string> kClause = {"acl", "advcl", "ccomp", "csubj", "parataxis", "conj"};
    int up = t.head;
    for (; tokens[up].head >= 0; up = tokens[up].head)
      if (kClause.count(tree.base_rel(up))) return -1;
    // And close it: after its predicate ("Despite her slide in the polls,
    // X ..." opens a clause the phrase says nothing of).
    if (up > in) return -1;
    *from = start;
    *to = first - 1;
  } else {
    return -1;
  }
  if (ReportsBetween(tree, lex, *from, *to)) return -1;
  return t.head;
}

// A report the word `t` cues, known by `lemma`.
ReportedSpeech CuedBy(const nlp::Token& t, std::string lemma) {
  ReportedSpeech r;
  r.cue_start = t.begin;
  r.cue_end = t.end;
  r.lemma = std::move(lemma);
  return r;
}

// The predicate a hearsay adverb ("reportedly", data/hearsay_adverbs.txt)
// qualifies, or -1: a verb or a predicate word with a subject of its own (not
// "the reportedly stolen car").
int HearsayClause(const Tree& tree, int adverb, const Lexicon& lex) {
  const auto& tokens = tree.s.tokens;
  const nlp::Token& t = tokens[adverb];
  if (t.deprel != "advmod" || t.head < 0 || !lex.hearsay_adverbs.count(Lower(t.form))) return -1;
  int head = t.head;
  // "The fund, allegedly, lost ...": set off by commas after the subject,
  // the parse may hang it from the subject; it qualifies the clause.
  const int n = static_cast<int>(tokens.size());
  if (adverb > 0 && adverb + 1 < n && tokens[adverb - 1].form == "," && tokens[adverb + 1].form == "," &&
      tree.base_rel(head) == "nsubj" && tokens[head].head >= 0)
    head = tokens[head].head;
  if (tree.Child(head, "nsubj") < 0) return -1;  // (passive subjects too: base relations)
  // "X reportedly said ...": the report is X's, told as X's.
  const std::string lemma = Lower(tokens[head].lemma);
  if (lex.speech_lemmas.count(lemma) || lex.belief_verbs.count(lemma)) return -1;
  return head;
}

std::vector<ReportedSpeech> FindReportedSpeech(const Sentence& sentence, const Lexicon& lex) {
  std::vector<ReportedSpeech> out;
  Tree tree(sentence);
  const auto& tokens = sentence.tokens;
  std::map<int, int> participle_speaker;  // "…, arguing that", "… and says": whose cue it follows
  for (int v = 0; v < static_cast<int>(tokens.size()); ++v) {
    const nlp::Token& t = tokens[v];
    int from = -1, to = -1;
    if (int evidence = EvidencePhrase(tree, v, lex, &from, &to); evidence >= 0) {
      ReportedSpeech r = CuedBy(t, "in");
      if (!MakeContent(tree, from, to, &r)) continue;
      SetSource(tree, evidence, &r);
      out.push_back(std::move(r));
      continue;
    }
    // "The mayor reportedly plans to sell the port": the clause the adverb
    // qualifies, without it, passed on from unnamed sources.
    if (int clause = HearsayClause(tree, v, lex); clause >= 0) {
      ReportedSpeech r = CuedBy(t, Lower(t.form));
      int first = clause, last = clause;
      tree.Span(clause, -1, &first, &last);
      if (!MakeContent(tree, first == v ? v + 1 : first, last, &r)) continue;
      // Set off by commas or not, the adverb inside the clause is no word
      // of what was said (opening it, the content starts after it).
      if (v > first) {
        int open = v, close = v;
        if (tokens[v - 1].form == ",") --open;
        if (v < last && tokens[v + 1].form == ",") ++close;
        r.gap_start = tokens[open].begin;
        r.gap_end = tokens[close].end;
      }
      out.push_back(std::move(r));
      continue;
    }
    // "expressed confidence in X", "raised concerns about X": the view the
    // object names, with the phrase after it.
    if (int object = AttitudeObject(tree, v, lex); object >= 0) {
      ReportedSpeech r = CuedBy(t, Lower(t.lemma));
      int first = object, last = object;
      tree.Span(object, -1, &first, &last);
      ExtendOverObjectComplement(tree, v, lex, &last, /*view=*/true);  // the phrase the parse hung from the verb
      if (!MakeContent(tree, first, last, &r)) continue;
      SetSource(tree, AuthorOfWork(tree, PartitiveSource(tree, SubjectOf(tree, v, lex), lex), lex), &r);
      out.push_back(std::move(r));
      continue;
    }
    // "according to X": X's clause is what X says.
    if (Lower(t.form) == "according" && t.head >= 0 && v + 1 < static_cast<int>(tokens.size()) &&
        Lower(tokens[v + 1].form) == "to") {
      int source = t.head;
      int clause = tokens[source].head;
      if (clause < 0) continue;
      // "X plans to visit Y, according to Z": Z reports the plan, not only
      // the visit; the phrase hangs from the innermost verb.
      while (tree.base_rel(clause) == "xcomp" && tokens[clause].head >= 0) clause = tokens[clause].head;
      // "leads the field by 40 delegates according to a count by X" with the
      // phrase hung from "delegates": a phrase of a clause, not of a noun
      // (a noun that is its clause's predicate, with a copula or a subject,
      // is that clause).
      auto predicate = [&](int w) { return tree.Child(w, "cop") >= 0 || tree.Child(w, "nsubj") >= 0; };
      // ("is wrong - or flat out false - according to X" with the phrase
      // hung from the second conjunct: the phrase reports both.)
      while (tokens[clause].head >= 0 &&
             (tree.base_rel(clause) == "conj" ||
              ((tokens[clause].upos == "NOUN" || tokens[clause].upos == "PROPN" || tokens[clause].upos == "NUM") &&
               !predicate(clause) && tree.base_rel(clause) != "appos")))
        clause = tokens[clause].head;
      ReportedSpeech r;
      r.cue_start = t.begin;
      r.cue_end = tokens[v + 1].end;
      r.lemma = "according to";
      int first = clause, last = clause;
      tree.Span(clause, source, &first, &last);
      // Set off at either end of the sentence ("According to X, ...", "...,
      // according to X."), the phrase reports all the rest, however the
      // parser attached it.
      int pf = source, pl = source;
      tree.Span(source, -1, &pf, &pl);
      pf = std::min(pf, v);
      while (pf < v && tokens[pf].upos == "PUNCT") ++pf;  // its own comma
      int n = static_cast<int>(tokens.size());
      int after = pl + 1;
      while (after < n && tokens[after].upos == "PUNCT" && tokens[after].form != ",") ++after;
      // Not over another reporting clause: in "..., the mayor said,
      // according to X" the mayor speaks and X is the channel.
      // A passive belief verb ("X is expected to …") speaks for nobody: the
      // phrase still reports it.
      auto reports = [&](int from, int to) { return ReportsBetween(tree, lex, from, to); };
      // Closing the sentence, the phrase runs to its end with no clause of
      // its own after a comma, however the parser attached what follows
      // the source ("..., according to a survey published on Monday.").
      bool closes = after == n;
      if (!closes && v > 0) {
        closes = true;
        for (int k = v + 2; k < n; ++k)
          if (tokens[k].form == "," || tokens[k].form == ";" || tokens[k].form == ":") closes = false;
      }
      if (closes && pf > 0 && tokens[pf - 1].form == "," && !reports(0, pf - 1)) {
        first = 0;
        last = pf - 1;
      } else if (pf == 0 && pl + 1 < n && tokens[pl + 1].form == "," && !reports(pl + 1, n - 1)) {
        first = pl + 1;
        last = n - 1;
      } else if (pf > 0 && tokens[pf - 1].form == "," && after < n && tokens[after].form == "," &&
                 tree.base_rel(clause).rfind("nsubj", 0) == 0 && tokens[clause].head > after) {
        // "The bridge, according to officials, is safe" with the phrase
        // hung from the subject: it reports the subject's clause.
        clause = tokens[clause].head;
        first = last = clause;
        tree.Span(clause, source, &first, &last);
      }
      // Closing the sentence, the phrase is no part of the words it reports,
      // however the parser hung its words ("according to pricing in futures
      // markets" with "pricing" a compound of "markets").
      if (closes && first < pf && last >= pf && tokens[pf - 1].form == ",") last = pf - 1;
      // With no comma before it, the phrase ends the words it reports when
      // the sentence or a comma follows it ("… empty homes according to a
      // council survey.", "leads by 40 delegates according to a count by X,
      // but …").
      if (v > 0 && tokens[v - 1].form != "," && first < v && last >= v && (after == n || tokens[after].form == ","))
        last = v - 1;
      if (!MakeContent(tree, first, last, &r)) continue;
      // Set off in the middle of the clause it reports, before the clause's
      // head (not before an apposition of the source's, "according to X, a
      // former aide") or after it with more of the clause to come ("The party
      // lost, according to X, forcing …"), the phrase is no part of the words.
      if (pf > 0 && tokens[pf - 1].form == "," && after < n && tokens[after].form == "," &&
          (clause > after || (clause < pf - 1 && first < pf && last > after)))
        SetGap(tree, pf - 1, after, &r);
      SetSource(tree, AuthorOfWork(tree, PartitiveSource(tree, source, lex), lex), &r);
      out.push_back(std::move(r));
      continue;
    }
    auto known = lex.attribution_cues.find(t.lemma + " " + t.upos);
    const bool heard = HeardByBody(tree, v, lex);
    const std::vector<std::string>* relations = known != lex.attribution_cues.end() ? &known->second
                                                : heard                              ? &kHeardClause
                                                                                     : UnlistedCue(tree, v, lex);
    if (!relations) continue;
    // "a memo posted on the intranet": a passive participle describing a
    // noun says what was done to it, by nobody named (with "by X", X is
    // the source: "a letter signed by 40 doctors").
    // (Right after its noun and with no object: a past tense the tagger
    // read as a participle takes one, "a union that endorsed X" misparsed.)
    if (t.xpos == "VBN" && tree.base_rel(v) == "acl" && t.head == v - 1 && AgentOf(tree, v) < 0 &&
        tree.Child(v, "obj") < 0 && tree.Child(v, "iobj") < 0 && tree.Child(v, "ccomp") < 0 &&
        std::none_of(relations->begin(), relations->end(), [](const std::string& r) { return r[0] == '^'; }))
      continue;
    // "quoted a spokesman as saying …" passes on what the spokesman said: the
    // participle reports it, the verb nothing of its own.
    if (lex.relay_verbs.count(Lower(t.lemma)) && tree.Child(v, "obj") >= 0 &&
        std::any_of(tree.children[v].begin(), tree.children[v].end(), [&](int c) {
          const int mark = tree.Child(c, "mark");
          return tree.base_rel(c) == "advcl" && mark >= 0 && Lower(tokens[mark].form) == "as" &&
                 lex.speech_lemmas.count(Lower(tokens[c].lemma)) > 0;
        }))
      continue;
    // "were not authorized to speak to the media": leave to speak is no speech
    // (nor, refused, when the parse hangs the infinitive as an adverbial
    // clause: "because he was not authorized to discuss the talks").
    const int to_mark = tree.Child(v, "mark");
    const bool infinitive_clause =
        tree.base_rel(v) == "xcomp" || (tree.base_rel(v) == "advcl" && t.head >= 0 && Negated(tree, t.head) &&
                                        to_mark >= 0 && Lower(tokens[to_mark].form) == "to");
    if (infinitive_clause && t.head >= 0 && lex.permission_words.count(Lower(tree.s.tokens[t.head].lemma)))
      continue;
    // A participle of speech modifying a clause makes no statement of the
    // clause's subject when it is passive — "Asked whether he would run, X
    // replied": what was put to the subject, by someone, even if named (a
    // past tense with no subject there is the participle misread;
    // "Convinced that ..., X resigned", a belief's, is a statement) — or
    // sets up the report after it: "Writing in the Courier, X argued ..."
    // says how, not what ("..., adding that" after the report is a report
    // of its own).
    // ("Speaking to reporters, X said ...": a cue of no speech sets up the
    // report when it says only where or to whom.)
    bool unnamed_asker = false;
    if (tree.base_rel(v) == "advcl" && tree.Child(v, "nsubj") < 0 && tree.Child(v, "aux") < 0) {
      const bool speech = lex.speech_lemmas.count(Lower(t.lemma)) > 0;
      const bool passive = speech && (t.xpos == "VBN" || t.xpos == "VBD");
      const bool setting_up = t.xpos == "VBG" && t.head > v && Reporting(Lower(tokens[t.head].lemma), lex) &&
                              tree.Child(v, "ccomp") < 0 && (speech || SaysOnlyWhereOrToWhom(tree, v));
      // The question itself was put, though: a statement with no speaker.
      // (Not even the "by" phrase's: "Asked by a reporter whether …, X said:
      // \"…\"" would make the reporter the last speaker, whom the quotation
      // after it goes to; PolNeAR train: a quotation lost to its asker.)
      // "As reported by X, ..." is X's report of the clause (AsClauseSetOff).
      const int mark = tree.Child(v, "mark");
      const bool as_reported = passive && mark >= 0 && Lower(tokens[mark].form) == "as" && AgentOf(tree, v) >= 0;
      if (passive && PutsQuestion(tree, v)) unnamed_asker = true;
      else if ((passive && !as_reported) || setting_up) continue;
    }
    // So does one set off beside the subject of a report after it: "The
    // governor, speaking to a crowd of farmers, promised new roads" (whom he
    // spoke to is no content).
    if (tree.base_rel(v) == "acl" && t.xpos == "VBG" && t.head >= 0 && t.head < v && tree.Child(v, "ccomp") < 0 &&
        SaysOnlyWhereOrToWhom(tree, v)) {
      const nlp::Token& described = tokens[t.head];
      if (tree.base_rel(t.head) == "nsubj" && described.head > v && Reporting(Lower(tokens[described.head].lemma), lex))
        continue;
    }
    // "who spoke on condition of anonymity to discuss internal deliberations":
    // speaking so, and what it was to discuss, report nothing (the words are
    // the clause's that names the source). A clause it reports stays its
    // content ("…, officials said on condition of anonymity").
    if (SpeaksAnonymously(tree, v) && tree.Child(v, "ccomp") < 0) continue;
    if (t.head >= 0 && tree.HasMark(v, "to") && SpeaksAnonymously(tree, t.head)) continue;
    ReportedSpeech r;
    r.negated = Negated(tree, v) || SubjectDenies(tree, v);
    r.cue_start = t.begin;
    r.cue_end = t.end;
    r.lemma = t.lemma;
    r.belief = lex.belief_verbs.count(t.lemma) > 0;
    int source = -1;
    bool found = false, anonymity = false;
    // "The test, the ministry said, was its largest."
    {
      int first = 0, last = 0, subject = -1, open = -1, close = -1;
      bool reports = std::find(relations->begin(), relations->end(), "ccomp") != relations->end();
      if (reports && t.upos == "VERB" && ParentheticalClause(tree, v, &first, &last, &subject, &open, &close) &&
          MakeContent(tree, first, last, &r)) {
        source = subject;
        found = true;
        SetGap(tree, open, close, &r);
      }
    }
    // "..., noted the analyst": an inverted reporting clause closing the
    // sentence, its subject parsed as the cue's object.
    int inverted = found ? -1 : InvertedSubject(tree, v);
    if (inverted >= 0 && ClosesSentence(tree, v, inverted, t.head)) {
      int first = t.head, last = t.head;
      tree.Span(t.head, v, &first, &last);
      last = std::min(last, v - 1);
      if (MakeContent(tree, first, last, &r)) {
        source = inverted;
        found = true;
      }
    }
    // The relations by which this cue's content hangs from it, most frequent
    // first; with no object, a "that" clause with its own subject first of
    // all, whatever the cue's table says ("posted on social media that ..."
    // had run its "on" phrase, the table's, over the clause; "rejected the
    // idea that ..." keeps its object's reading).
    // So with an object that is whom it was said to ("reminded jurors that
    // ...", "assured her that ...").
    std::vector<std::string> tried = *relations;
    const int that_clause = tree.Child(v, "ccomp"), object = tree.Child(v, "obj");
    bool hearer = object >= 0 && object < that_clause && NamesHearer(tokens[object]);
    if (hearer) {
      // The clause right after the hearer, or after when it was told
      // ("reminding voters every day that …"; not "blasted X for … now that …").
      int of = object, ol = object, cf = that_clause, cl = that_clause;
      tree.Span(object, -1, &of, &ol);
      tree.Span(that_clause, -1, &cf, &cl);
      for (int c : tree.children[v]) {
        const std::string base = tree.base_rel(c);
        int bf = c, bl = c;
        tree.Span(c, -1, &bf, &bl);
        if (bf == ol + 1 && bl < cf && (base == "obl" || base == "advmod")) ol = bl;
      }
      hearer = cf == ol + 1;
    }
    if (t.upos == "VERB" && that_clause >= 0 && (object < 0 || hearer) && tree.Child(that_clause, "nsubj") >= 0 &&
        tree.Child(that_clause, "mark") >= 0 && Lower(tokens[tree.Child(that_clause, "mark")].form) == "that" &&
        std::find(tried.begin(), tried.end(), "ccomp") == tried.end())
      tried.insert(tried.begin(), "ccomp");
    // "As the harbour master warned, the storm flooded the streets": a verb
    // of speech or belief opened by "as", with a subject and nothing of its
    // own said, set off from the clause it hangs from, reports that clause
    // (not "as expected", "as she said goodbye").
    if (AsReport(tree, v, lex) && std::find(tried.begin(), tried.end(), "^advcl") == tried.end())
      tried.insert(tried.begin(), "^advcl");
    for (const std::string& relation : tried) {
      if (found) break;
      if (relation[0] == '^') {
        // "The talks will resume, the minister said": the clause the cue's
        // clause hangs from, before the cue's own words.
        if (tree.base_rel(v) != relation.substr(1) || t.head < 0) continue;
        int head = t.head;
        // "according to a letter seen by the paper": the source of the words
        // before it, described, says nothing more ("seen" reports nothing).
        if (relation == "^acl") {
          const int opener = tree.Child(head, "case");
          if (opener >= 0 && Lower(tokens[opener].form) == "according") continue;
        }
        // "As the minister said, costs rose" reports the clause it hangs
        // from; "While a ban was announced, the police ..." or "after he
        // said so, ..." only sets it in time or against it — unless the
        // clause runs on from the cue with no comma, its complement misread
        // ("While he admitted the fund was short he ...").
        const int mark = OpeningSubordinator(tree, v);
        const bool as_clause = relation == "^advcl" && mark >= 0 && Lower(tokens[mark].lemma) == "as";
        // "Asked about it, she said only that ...": a clause that is itself
        // a report has its own cue; the one hung from it asked, not said it.
        // ("As the Gazette reported, the mayor was accused of lying": the
        // report of a report is the writer's source's.)
        if (relation != "^conj" && !as_clause && lex.speech_lemmas.count(Lower(tokens[head].lemma))) continue;
        if (as_clause && !AsClauseSetOff(tree, v)) continue;
        if (relation == "^advcl" && mark >= 0 && !as_clause && Lower(tokens[mark].lemma) != "to" &&
            !RunsOnInto(tree, v, head))
          continue;
        // "X congratulated Y, adding "…"": a participle after the clause it
        // hangs from tells more of the subject's words, not that clause.
        if (relation == "^advcl" && mark < 0 && t.xpos == "VBG" && v > head) continue;
        int subject = SubjectOf(tree, v, lex);
        // A passive cue's subject is what was said, not who said it: its
        // agent is, and with none it is no report of this clause.
        if (subject >= 0 && tree.rel(subject) == "nsubj:pass" && tokens[subject].head == v) {
          subject = AgentOf(tree, v);
          if (subject < 0) continue;
        }
        // "As reported by X, ...": the participle's "by" phrase speaks.
        if (const int agent = AgentOf(tree, v); as_clause && tree.Child(v, "nsubj") < 0 && agent >= 0) subject = agent;
        // "..., other studies have shown": a clause conjoined to its content
        // counts only when it ends the sentence, after a comma, with no "and".
        if (relation == "^conj" && !ClosesSentence(tree, v, subject, head)) continue;
        int first = head, last = head;
        tree.Span(head, v, &first, &last);
        int start_of_cue = v, subject_last = v;
        if (subject >= 0) tree.Span(subject, -1, &start_of_cue, &subject_last);
        start_of_cue = std::min(start_of_cue, v);
        int cue_first = v, cue_last = v;  // the cue's clause
        tree.Span(v, -1, &cue_first, &cue_last);
        const bool closes_sentence = cue_first > head && cue_last + 2 >= static_cast<int>(tokens.size());
        if (as_clause) {
          if (cue_first > head) {
            // ", as the harbour master had warned.": up to its "as", and
            // closing the sentence, for the whole sentence before it, not
            // the nearest clause the parse hung it from.
            start_of_cue = std::min(start_of_cue, cue_first);
            if (closes_sentence) first = 0;
          } else {
            first = std::max(first, cue_last + 1);  // "And as she said, ...": after it
          }
        }
        // "In a year when X, candidates have room, said Y." with the opening
        // clause parsed apart from the one the cue hangs from: a reporting
        // clause closing the sentence reports all of it before the cue,
        // unless another report stands there.
        if ((relation == "^parataxis" || relation == "^conj") && closes_sentence && first > 0 &&
            !ReportsBetween(tree, lex, 0, first - 1))
          first = 0;
        // "X said they expected losses": a clause the cue's clause completes,
        // with nothing setting the cue off, reports it (no "..., they expected").
        bool set_off = relation != "^ccomp" || start_of_cue < head;
        for (int k = head + 1; k < start_of_cue && !set_off; ++k) set_off = tokens[k].upos == "PUNCT";
        if (!set_off) continue;
        if (start_of_cue > head) last = std::min(last, start_of_cue - 1);
        if (!MakeContent(tree, first, last, &r)) continue;
        source = subject;
        found = true;
        break;
      }
      // One step ("ccomp", "obl:for") or two ("obj>nmod:about": "expressed
      // [misgivings] about X", the content hanging from the cue's object).
      size_t arrow = relation.find('>');
      std::string first_step = relation.substr(0, arrow);
      std::string base = first_step.substr(0, first_step.find(':'));
      int content = -1;
      for (int c : tree.children[v]) {
        if (!Matches(tree, c, first_step)) continue;
        if (base == "ccomp" && PrepositionalPhrase(tree, c)) continue;
        if (arrow == std::string::npos) {
          content = c;
          break;
        }
        for (int h : tree.children[c])
          if (Matches(tree, h, relation.substr(arrow + 1))) content = h;
        if (content >= 0) break;
      }
      // "made remarks about X" with "about X" hung from the verb that takes
      // the noun: the noun's phrase all the same.
      const size_t colon = first_step.find(':');
      const int taker = t.upos == "NOUN" ? StatementVerbOf(tree, v, lex) : -1;
      if (content < 0 && base == "nmod" && arrow == std::string::npos && taker >= 0)
        for (int c : tree.children[taker])
          if (c > v && Matches(tree, c, colon == std::string::npos ? "obl" : "obl" + first_step.substr(colon)))
            content = c;
      // "her stance on how shops should pay", "talked about whether to run":
      // a topic phrase may be a clause its preposition opens.
      if (content < 0 && arrow == std::string::npos && (base == "obl" || base == "nmod") &&
          colon != std::string::npos && IsTopic(t, first_step, lex))
        for (int c : tree.children[v]) {
          const int mark = tree.Child(c, "mark");
          if (c > v && (tree.base_rel(c) == "advcl" || tree.base_rel(c) == "acl") && mark >= 0 &&
              Lower(tokens[mark].form) == first_step.substr(colon + 1)) {
            content = c;
            break;
          }
        }
      // "complained to reporters about X", "talked with leaders about X",
      // "… for years about X": the "about" phrase the parse hung from the
      // noun of whom the verb addressed or how long, not a topic of that noun.
      if (content < 0 && first_step == "obl:about")
        for (int c : tree.children[v])
          if (c > v && content < 0 && (Matches(tree, c, "obl:to") || Matches(tree, c, "obl:with") ||
                                       Matches(tree, c, "obl:for")))
            for (int h : tree.children[c])
              if (h > c && Matches(tree, h, "nmod:about")) content = h;
      if (content < 0) continue;
      // "spoke briefly, arguing that the plan would fail": a participle that
      // reports a clause of its own is a statement of its own, not what the
      // first cue said.
      if (base == "advcl" && Reporting(Lower(tokens[content].lemma), lex) && tree.Child(content, "ccomp") >= 0)
        continue;
      if (base == "obj" && ActOnObject(tree, v, content, lex)) continue;
      if ((base == "obl" || base == "nmod") && lex.not_content_nouns.count(Lower(tree.s.tokens[content].lemma)))
        continue;
      // "spoke on Monday", "the poll released Wednesday" read as a verb and its object
      if ((base == "obl" || base == "obj") && IsDayWord(tree.s.tokens[content].form)) continue;
      // "who asked not to be named", "who declined to be identified", "who
      // did not want to be named": a request for anonymity, no report at all.
      static const std::set<std::string> kRefusals = {"decline", "refuse"};
      if (lex.anonymity_verbs.count(tree.s.tokens[content].lemma) && tree.Child(content, "aux") >= 0 &&
          tree.s.tokens[content].xpos == "VBN" &&
          (Negated(tree, content) || Negated(tree, v) || kRefusals.count(Lower(t.lemma)))) {
        anonymity = true;
        break;
      }
      int first = content, last = content;
      tree.Span(content, -1, &first, &last);
      // Two clausal complements on one side are one content misparsed in
      // two ("said she ensures women [are in the pool]").
      if (relation == "ccomp")
        for (int c : tree.children[v])
          if (c != content && tree.base_rel(c) == "ccomp" && (c > v) == (content > v)) {
            tree.Span(c, -1, &first, &last);
          }
      // "said the talks would resume" read as said [the talks] [would resume]:
      // a subjectless clause right after the cue's object has it for subject.
      if (relation == "ccomp" && tree.Child(content, "nsubj") < 0 && tree.Child(content, "expl") < 0)
        first = ObjectRightBefore(tree, v, first, /*indirect=*/false);
      // "urged patients not to treat it as a cure": whom an infinitive is
      // urged on, right before it, is part of what was urged.
      if (relation == "xcomp" && content > v) first = ObjectRightBefore(tree, v, first, /*indirect=*/true);
      if (base == "xcomp" || base == "ccomp") ExtendOverMisattachedConjuncts(tree, v, content, &last);
      if (base == "ccomp" && content > v) ExtendOverMainClauseAfterSubordinate(tree, v, content, &last);
      if (base == "ccomp" && content > v) ExtendOverThatConjunct(tree, v, &last);
      if (base == "ccomp" && content > v) ExtendOverModalConjunct(tree, v, &last);
      if ((base == "ccomp" || base == "xcomp") && content > v) ExtendToClauseEnd(tree, v, &last);
      if ((base == "ccomp" || base == "xcomp") && content > v) EndBeforeClosingReport(tree, lex, first, &last);
      if (tree.rel(v) == "acl:relcl") EndRelativeContent(tree, first, &last);
      if (base == "obj" && Reporting(t.lemma, lex)) ExtendOverObjectPredicate(tree, v, first, &last);
      if (base == "obj" || base == "obl") ExtendOverObjectComplement(tree, v, lex, &last);
      if (base == "obj" && lex.small_clause_cues.count(Lower(t.lemma))) ExtendOverSmallClause(tree, v, &last);
      EndBeforeSecondReport(tree, v, first, &last, lex, &participle_speaker);
      EndBeforeSpeakingParticiple(tree, v, first, &last, lex, &participle_speaker);
      EndBeforeOtherSpeaker(tree, first, &last, lex);
      EndBeforeAccordingTo(tree, first, &last);
      DropClosingGloss(tree, first, &last);
      // A phrase naming what was spoken of: a name alone is content too
      // ("critical of Okafor").
      const std::string relation_key = t.lemma + " " + t.upos + " " + relation;
      const bool topic = IsTopic(t, relation, lex);
      if (!MakeContent(tree, first, last, &r, relation == "obj" || topic, base == "obl")) continue;
      r.topic = topic;
      // A participle cut from another cue's content speaks for that cue's
      // subject; so does a cue it governs ("and demanded to know where …").
      int cut_from = v;
      while (!participle_speaker.count(cut_from) && tree.base_rel(cut_from) == "xcomp" &&
             tree.s.tokens[cut_from].head >= 0)
        cut_from = tree.s.tokens[cut_from].head;
      auto cut = participle_speaker.find(cut_from);
      source = base == "nsubj" ? -1 : SubjectOf(tree, cut != participle_speaker.end() ? cut->second : v, lex);
      // A passive cue's source is its agent ("it was reported by X that");
      // the passive subject of the verb a participle cue hangs from speaks
      // ("X was quoted as saying that", "X was criticized for saying that").
      if (source >= 0 && tree.rel(source) == "nsubj:pass" && tree.s.tokens[source].head == v) source = -1;
      // A passive cue sharing the subject of the verb it is joined to ("X
      // asked Y to mediate and is expected to host ...") has no speaker in it.
      if (source >= 0 && t.upos == "VERB" && Passive(tree, v) && tree.s.tokens[source].head != v) source = -1;
      if (source < 0) source = AgentOf(tree, v);
      // A cue noun's source is its possessor ("the minister's claim that"),
      // else a name or an office compounded before it ("a Treasury warning
      // that", "with the minister warning that" read as a noun; not "a
      // health warning").
      if (t.upos == "NOUN") {
        source = -1;
        for (int c : tree.children[v])
          if (tree.rel(c) == "nmod:poss") source = c;
        for (int c : tree.children[v]) {
          const nlp::Token& w = tree.s.tokens[c];
          if (source < 0 && c < v && tree.rel(c) == "compound" &&
              (w.upos == "PROPN" || lex.anonymous_heads.count(Lower(w.form))))
            source = c;
        }
        // "made remarks about X", "issued a warning that": the noun's owner
        // is the subject of the verb that takes it.
        if (source < 0 && taker >= 0) source = SubjectOf(tree, taker, lex);
      }
      // Of the hand-made topic phrases: a noun's with no owner is nobody's
      // ("the remarks about X"), and a feeling takes someone to feel it ("the
      // streets were quiet on the night of the vote" is nobody's view).
      const bool owned_topic = lex.owned_topic_cues.count(relation_key) > 0;
      if (owned_topic && t.upos == "NOUN" && source < 0) continue;
      if (owned_topic && t.upos == "ADJ" && !MayHoldAView(tree, source, lex)) continue;
      // "rejected the permit", "dismissed the offer": a thing turned down,
      // no words denied ("rejected claims that …" are).
      r.turned_down = lex.claim_denial_verbs.count(t.lemma) && base != "ccomp" &&
                      !lex.claim_nouns.count(Lower(tokens[content].lemma));
      found = true;
      break;
    }
    if (!found || anonymity) continue;
    if (unnamed_asker || heard) source = -1;
    SetSource(tree, AuthorOfWork(tree, PartitiveSource(tree, source, lex), lex), &r);
    out.push_back(std::move(r));
  }
  return out;
}

bool NegatedAt(const Sentence& sentence, size_t begin) {
  for (size_t v = 0; v < sentence.tokens.size(); ++v) {
    if (sentence.tokens[v].begin != begin) continue;
    for (const nlp::Token& c : sentence.tokens)
      if (c.head == static_cast<int>(v) && NegationOf(c)) return true;
  }
  return false;
}

bool OpensCircumstanceOf(const Sentence& sentence, size_t cue_begin, size_t word_begin) {
  const auto& tokens = sentence.tokens;
  for (size_t w = 0; w < tokens.size(); ++w) {
    if (tokens[w].begin != word_begin || !IsCircumstanceSubordinator(Lower(tokens[w].form))) continue;
    const int clause = tokens[w].head;
    if (clause < 0 || DependencyTree::BaseRelation(tokens[clause].deprel) != "advcl") return false;
    const int cue = tokens[clause].head;
    return cue >= 0 && tokens[cue].begin == cue_begin;
  }
  return false;
}

bool IsCircumstanceSubordinator(std::string_view word) {
  static const std::set<std::string_view> kCircumstance = {"because", "after", "before", "when",
                                                           "while",   "since", "although", "though",
                                                           "unless",  "until", "once"};
  return kCircumstance.count(word) > 0;
}

}  // namespace ng::ingest
