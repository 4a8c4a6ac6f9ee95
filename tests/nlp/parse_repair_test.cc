// Corrections of the parser's output (ingest/nlp/parse_repair.h), on
// sentences written for these tests with the parse given by hand, so each
// case holds whatever the trained models do.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/nlp/parse_repair.h"

using ng::nlp::Token;

namespace {

// One word: form, UPOS, XPOS, head (1-based as in CoNLL-U, 0 = root), relation.
Token Word(const std::string& form, const std::string& upos, const std::string& xpos, int head,
           const std::string& deprel) {
  Token t;
  t.form = form;
  t.upos = upos;
  t.xpos = xpos;
  t.head = head - 1;
  t.deprel = deprel;
  return t;
}

}  // namespace

TEST_CASE("a passive subject of a verb with an object and no passive auxiliary is its subject") {
  // "Ruiz criticized Lund for the delay" misread as a participle with a passive subject.
  std::vector<Token> s = {Word("Ruiz", "PROPN", "NNP", 2, "nsubj:pass"),
                          Word("criticized", "VERB", "VBN", 0, "root"),
                          Word("Lund", "PROPN", "NNP", 2, "obj")};
  ng::nlp::RepairPassiveSubjects(&s);
  CHECK(s[0].deprel == "nsubj");
  CHECK(s[1].xpos == "VBD");
}

TEST_CASE("a participle with a passive subject, no auxiliary and an infinitive is an active past") {
  // "Ode declined to comment" read as a participle with a passive subject.
  std::vector<Token> s = {Word("Ode", "PROPN", "NNP", 2, "nsubj:pass"), Word("declined", "VERB", "VBN", 0, "root"),
                          Word("to", "PART", "TO", 4, "mark"),          Word("comment", "VERB", "VB", 2, "xcomp")};
  ng::nlp::RepairPassiveSubjects(&s);
  CHECK(s[0].deprel == "nsubj");
  CHECK(s[1].xpos == "VBD");
  // "Ode was asked to comment": a passive auxiliary keeps the passive.
  std::vector<Token> t = {Word("Ode", "PROPN", "NNP", 3, "nsubj:pass"), Word("was", "AUX", "VBD", 3, "aux:pass"),
                          Word("asked", "VERB", "VBN", 0, "root"),      Word("to", "PART", "TO", 5, "mark"),
                          Word("comment", "VERB", "VB", 3, "xcomp")};
  ng::nlp::RepairPassiveSubjects(&t);
  CHECK(t[0].deprel == "nsubj:pass");
}

TEST_CASE("a true passive and a perfect keep their reading") {
  // "Lund was criticized": a passive auxiliary, no object.
  std::vector<Token> passive = {Word("Lund", "PROPN", "NNP", 3, "nsubj:pass"),
                                Word("was", "AUX", "VBD", 3, "aux:pass"),
                                Word("criticized", "VERB", "VBN", 0, "root")};
  ng::nlp::RepairPassiveSubjects(&passive);
  CHECK(passive[0].deprel == "nsubj:pass");
  CHECK(passive[2].xpos == "VBN");
  // "Ruiz has criticized Lund" misread: the subject is repaired, the
  // participle after "has" stays one.
  std::vector<Token> perfect = {Word("Ruiz", "PROPN", "NNP", 3, "nsubj:pass"),
                                Word("has", "AUX", "VBZ", 3, "aux"),
                                Word("criticized", "VERB", "VBN", 0, "root"),
                                Word("Lund", "PROPN", "NNP", 3, "obj")};
  ng::nlp::RepairPassiveSubjects(&perfect);
  CHECK(perfect[0].deprel == "nsubj");
  CHECK(perfect[2].xpos == "VBN");
}

TEST_CASE("a noun's clause or modifier parsed onto the verb hangs from the object right before it") {
  // "She disputed the claim of the mayor": "of the mayor" read as a modifier of the verb.
  std::vector<Token> s = {Word("She", "PRON", "PRP", 2, "nsubj"),
                          Word("disputed", "VERB", "VBD", 0, "root"),
                          Word("the", "DET", "DT", 4, "det"),
                          Word("claim", "NOUN", "NN", 2, "obj"),
                          Word("of", "ADP", "IN", 7, "case"),
                          Word("the", "DET", "DT", 7, "det"),
                          Word("mayor", "NOUN", "NN", 2, "nmod")};
  ng::nlp::RepairNominalDependents(&s);
  CHECK(s[6].head == 3);
  // An oblique of the verb is the verb's ("disputed the claim on Monday").
  std::vector<Token> obl = {Word("She", "PRON", "PRP", 2, "nsubj"),
                            Word("disputed", "VERB", "VBD", 0, "root"),
                            Word("the", "DET", "DT", 4, "det"),
                            Word("claim", "NOUN", "NN", 2, "obj"),
                            Word("on", "ADP", "IN", 6, "case"),
                            Word("Monday", "PROPN", "NNP", 2, "obl")};
  ng::nlp::RepairNominalDependents(&obl);
  CHECK(obl[5].head == 1);
}

TEST_CASE("a sentence with no verb before its first \"that\" and a noun or that clause for root lacks its verb") {
  // "A poll shows that taxes rose ." with "shows" a plural noun and the root.
  std::vector<Token> noun_root = {Word("A", "DET", "DT", 3, "det"),
                                  Word("poll", "NOUN", "NN", 3, "compound"),
                                  Word("shows", "NOUN", "NNS", 0, "root"),
                                  Word("that", "SCONJ", "IN", 6, "mark"),
                                  Word("taxes", "NOUN", "NNS", 6, "nsubj"),
                                  Word("rose", "VERB", "VBD", 3, "acl"),
                                  Word(".", "PUNCT", ".", 3, "punct")};
  CHECK(ng::nlp::VerblessMainClause(noun_root) == 3);
  // The same words with the that clause as the root and "shows" its subject.
  std::vector<Token> clause_root = {Word("A", "DET", "DT", 3, "det"),
                                    Word("poll", "NOUN", "NN", 3, "compound"),
                                    Word("shows", "NOUN", "NNS", 6, "nsubj"),
                                    Word("that", "SCONJ", "IN", 6, "mark"),
                                    Word("taxes", "NOUN", "NNS", 6, "nsubj"),
                                    Word("rose", "VERB", "VBD", 0, "root"),
                                    Word(".", "PUNCT", ".", 6, "punct")};
  CHECK(ng::nlp::VerblessMainClause(clause_root) == 3);
  // "The claims that taxes rose were false .": the clause belongs to its noun.
  std::vector<Token> noun_clause = {Word("The", "DET", "DT", 2, "det"),
                                    Word("claims", "NOUN", "NNS", 8, "nsubj"),
                                    Word("that", "SCONJ", "IN", 5, "mark"),
                                    Word("taxes", "NOUN", "NNS", 5, "nsubj"),
                                    Word("rose", "VERB", "VBD", 2, "acl"),
                                    Word("were", "AUX", "VBD", 8, "cop"),
                                    Word("false", "ADJ", "JJ", 0, "root"),
                                    Word(".", "PUNCT", ".", 8, "punct")};
  CHECK(ng::nlp::VerblessMainClause(noun_clause) == 0);
  // A verb before the "that": nothing is missing.
  std::vector<Token> verb_first = {Word("Aides", "NOUN", "NNS", 2, "nsubj"),
                                   Word("said", "VERB", "VBD", 0, "root"),
                                   Word("that", "SCONJ", "IN", 5, "mark"),
                                   Word("taxes", "NOUN", "NNS", 5, "nsubj"),
                                   Word("rose", "VERB", "VBD", 2, "ccomp"),
                                   Word(".", "PUNCT", ".", 2, "punct")};
  CHECK(ng::nlp::VerblessMainClause(verb_first) == 0);
  // A headline with no full stop is left as it is.
  noun_root.pop_back();
  CHECK(ng::nlp::VerblessMainClause(noun_root) == 0);
}

TEST_CASE("a noun hung from a finite verb as a compound before it is the verb's subject when it has none") {
  // "The Budget Center estimates that taxes rose ." with "Center" a compound of the verb.
  std::vector<Token> t = {Word("The", "DET", "DT", 3, "det"),
                          Word("Budget", "PROPN", "NNP", 3, "compound"),
                          Word("Center", "PROPN", "NNP", 4, "compound"),
                          Word("estimates", "VERB", "VBZ", 0, "root"),
                          Word("that", "SCONJ", "IN", 7, "mark"),
                          Word("taxes", "NOUN", "NNS", 7, "nsubj"),
                          Word("rose", "VERB", "VBD", 4, "ccomp"),
                          Word(".", "PUNCT", ".", 4, "punct")};
  ng::nlp::RepairCompoundSubjects(&t);
  CHECK(t[2].deprel == "nsubj");
  CHECK(t[1].deprel == "compound");  // "Budget" still belongs to "Center"
  // With a subject of its own the verb keeps the parse as it is.
  std::vector<Token> u = {Word("Park", "PROPN", "NNP", 3, "compound"),
                          Word("rangers", "NOUN", "NNS", 3, "nsubj"),
                          Word("closed", "VERB", "VBD", 0, "root"),
                          Word("it", "PRON", "PRP", 3, "obj"),
                          Word(".", "PUNCT", ".", 3, "punct")};
  ng::nlp::RepairCompoundSubjects(&u);
  CHECK(u[0].deprel == "compound");
}

TEST_CASE("a that-clause parsed as a relative clause of a day or month after a verb is the verb's complement") {
  // "Lund said on Friday that fares had risen ." with "that" a relative pronoun of "Friday".
  std::vector<Token> t = {Word("Lund", "PROPN", "NNP", 2, "nsubj"),
                          Word("said", "VERB", "VBD", 0, "root"),
                          Word("on", "ADP", "IN", 4, "case"),
                          Word("Friday", "PROPN", "NNP", 2, "obl"),
                          Word("that", "PRON", "WDT", 8, "obj"),
                          Word("fares", "NOUN", "NNS", 8, "nsubj"),
                          Word("had", "AUX", "VBD", 8, "aux"),
                          Word("risen", "VERB", "VBN", 4, "acl:relcl"),
                          Word(".", "PUNCT", ".", 2, "punct")};
  ng::nlp::RepairDayRelatives(&t);
  CHECK(t[7].head == 1);
  CHECK(t[7].deprel == "ccomp");
  CHECK(t[4].deprel == "mark");
  CHECK(t[4].upos == "SCONJ");
  // A relative clause of another noun stays one ("on the ferry that left").
  std::vector<Token> u = {Word("Lund", "PROPN", "NNP", 2, "nsubj"),
                          Word("sailed", "VERB", "VBD", 0, "root"),
                          Word("on", "ADP", "IN", 5, "case"),
                          Word("the", "DET", "DT", 5, "det"),
                          Word("ferry", "NOUN", "NN", 2, "obl"),
                          Word("that", "PRON", "WDT", 7, "nsubj"),
                          Word("left", "VERB", "VBD", 5, "acl:relcl"),
                          Word(".", "PUNCT", ".", 2, "punct")};
  ng::nlp::RepairDayRelatives(&u);
  CHECK(u[6].head == 4);
  CHECK(u[6].deprel == "acl:relcl");
  // "Lund said last month that 300 would be hired ." with "that" and "300"
  // both subjects of a relative clause of "month".
  std::vector<Token> w = {Word("Lund", "PROPN", "NNP", 2, "nsubj"),       Word("said", "VERB", "VBD", 0, "root"),
                          Word("last", "ADJ", "JJ", 4, "amod"),           Word("month", "NOUN", "NN", 2, "obl:unmarked"),
                          Word("that", "PRON", "WDT", 9, "nsubj:pass"),   Word("300", "NUM", "CD", 9, "nsubj:pass"),
                          Word("would", "AUX", "MD", 9, "aux"),           Word("be", "AUX", "VB", 9, "aux:pass"),
                          Word("hired", "VERB", "VBN", 4, "acl:relcl"), Word(".", "PUNCT", ".", 2, "punct")};
  ng::nlp::RepairDayRelatives(&w);
  CHECK(w[8].head == 1);
  CHECK(w[8].deprel == "ccomp");
  CHECK(w[4].deprel == "mark");
  // "an offer this year that pleases voters": "that" is the clause's only
  // subject, a relative pronoun (of "offer", hung from "year").
  std::vector<Token> y = {Word("Lund", "PROPN", "NNP", 2, "nsubj"),  Word("made", "VERB", "VBD", 0, "root"),
                          Word("an", "DET", "DT", 4, "det"),         Word("offer", "NOUN", "NN", 2, "obj"),
                          Word("this", "DET", "DT", 6, "det"),       Word("year", "NOUN", "NN", 2, "obl:unmarked"),
                          Word("that", "PRON", "WDT", 8, "nsubj"),   Word("pleases", "VERB", "VBZ", 6, "acl:relcl"),
                          Word("voters", "NOUN", "NNS", 8, "obj")};
  ng::nlp::RepairDayRelatives(&y);
  CHECK(y[7].deprel == "acl:relcl");
  CHECK(y[6].deprel == "nsubj");
  // "Lund said Friday fares had risen ." with no "that": the clause opened by
  // its own subject right after the day is the verb's complement.
  std::vector<Token> z = {Word("Lund", "PROPN", "NNP", 2, "nsubj"),  Word("said", "VERB", "VBD", 0, "root"),
                          Word("Friday", "PROPN", "NNP", 2, "obl:tmod"), Word("fares", "NOUN", "NNS", 6, "nsubj"),
                          Word("had", "AUX", "VBD", 6, "aux"),        Word("risen", "VERB", "VBN", 3, "acl:relcl"),
                          Word(".", "PUNCT", ".", 2, "punct")};
  std::vector<Token> v = z;
  ng::nlp::RepairDayRelatives(&z);
  CHECK(z[5].head == 1);
  CHECK(z[5].deprel == "ccomp");
  // A clause opened by anything but its subject ("Friday when fares had
  // risen") stays the day's.
  v.insert(v.begin() + 3, Word("when", "ADV", "WRB", 0, "advmod"));
  for (Token& w : v)
    if (w.head >= 3) ++w.head;
  v[3].head = 6;  // "risen"
  ng::nlp::RepairDayRelatives(&v);
  CHECK(v[6].deprel == "acl:relcl");
}

TEST_CASE("a sentence with a full stop and no finite verb has its verb among its participles") {
  // "On Friday , the envoy met the minister ." with "met" a participle of "envoy".
  std::vector<Token> s = {Word("On", "ADP", "IN", 2, "case"),       Word("Friday", "PROPN", "NNP", 0, "root"),
                          Word(",", "PUNCT", ",", 2, "punct"),       Word("the", "DET", "DT", 5, "det"),
                          Word("envoy", "NOUN", "NN", 2, "appos"),    Word("met", "VERB", "VBN", 5, "acl"),
                          Word("the", "DET", "DT", 8, "det"),         Word("minister", "NOUN", "NN", 6, "obj"),
                          Word(".", "PUNCT", ".", 2, "punct")};
  CHECK(ng::nlp::FinitelessParticiples(s) == std::vector<int>{5});
  CHECK(ng::nlp::MistaggedMainVerbs(s) == std::vector<int>{5});
  // A finite verb anywhere, or no full stop (a headline), leaves it be.
  std::vector<Token> finite = s;
  finite[5].xpos = "VBD";
  CHECK(ng::nlp::FinitelessParticiples(finite).empty());
  std::vector<Token> headline(s.begin(), s.end() - 1);
  CHECK(ng::nlp::FinitelessParticiples(headline).empty());
  // An auxiliary makes the participle a participle ("has met").
  std::vector<Token> perfect = s;
  perfect.insert(perfect.begin() + 5, Word("has", "AUX", "VBZ", 7, "aux"));
  CHECK(ng::nlp::FinitelessParticiples(perfect).empty());
}

TEST_CASE("a relative clause's head with a subject and the relative pronoun for object is a verb, not a plural noun") {
  // "the levy , which Olsen opposes , ..." with "opposes" tagged NNS.
  std::vector<Token> s = {Word("the", "DET", "DT", 2, "det"),          Word("levy", "NOUN", "NN", 0, "root"),
                          Word(",", "PUNCT", ",", 6, "punct"),          Word("which", "PRON", "WDT", 6, "obj"),
                          Word("Olsen", "PROPN", "NNP", 6, "nsubj"),   Word("opposes", "NOUN", "NNS", 2, "acl:relcl"),
                          Word(",", "PUNCT", ",", 2, "punct")};
  std::vector<Token> u = s;
  ng::nlp::RepairRelativeClauseVerbTags(&u);
  CHECK(u[5].upos == "VERB");
  CHECK(u[5].xpos == "VBZ");
  // A name hung from it as a compound counts as its subject.
  u = s;
  u[4].deprel = "compound";
  ng::nlp::RepairRelativeClauseVerbTags(&u);
  CHECK(u[5].xpos == "VBZ");
  // "which are the rules": a copula makes it a noun predicate; so does a
  // determiner of its own.
  u = s;
  u[4] = Word("the", "DET", "DT", 6, "det");
  ng::nlp::RepairRelativeClauseVerbTags(&u);
  CHECK(u[5].xpos == "NNS");
  // The relative pronoun its subject ("which costs"): not this repair's.
  u = s;
  u[3].deprel = "nsubj";
  u[4].deprel = "obj";
  ng::nlp::RepairRelativeClauseVerbTags(&u);
  CHECK(u[5].xpos == "NNS");
}

TEST_CASE("a sentence with no finite verb has it in a plural-looking noun after a singular one") {
  // "The mayor plans to build roads ." with "plans" a noun.
  std::vector<Token> s = {Word("The", "DET", "DT", 3, "det"),     Word("mayor", "NOUN", "NN", 3, "compound"),
                          Word("plans", "NOUN", "NNS", 0, "root"), Word("to", "PART", "TO", 5, "mark"),
                          Word("build", "VERB", "VB", 3, "acl"),   Word("roads", "NOUN", "NNS", 5, "obj"),
                          Word(".", "PUNCT", ".", 3, "punct")};
  CHECK(ng::nlp::FinitelessPluralNouns(s) == std::vector<int>{2});
  CHECK(ng::nlp::MistaggedMainVerbs(s) == std::vector<int>{2});
  // A finite verb anywhere leaves it be; so does a determiner before it
  // ("the plans"), and no full stop (a headline).
  std::vector<Token> finite = s;
  finite[4].xpos = "VBP";
  CHECK(ng::nlp::FinitelessPluralNouns(finite).empty());
  std::vector<Token> determiner = s;
  determiner[1] = Word("the", "DET", "DT", 3, "det");
  CHECK(ng::nlp::FinitelessPluralNouns(determiner).empty());
  std::vector<Token> headline(s.begin(), s.end() - 1);
  CHECK(ng::nlp::FinitelessPluralNouns(headline).empty());
  // Nothing a verb takes after it ("mayor plans ." , "plans for"): no verb there.
  std::vector<Token> preposition = s;
  preposition[3] = Word("for", "ADP", "IN", 6, "case");
  CHECK(ng::nlp::FinitelessPluralNouns(preposition).empty());
  // "Most voters in the county support Olsen ." with "support" a noun: after
  // a plural subject the verb has no "-s".
  std::vector<Token> base = {Word("Most", "ADJ", "JJS", 2, "amod"),     Word("voters", "NOUN", "NNS", 0, "root"),
                             Word("in", "ADP", "IN", 6, "case"),        Word("the", "DET", "DT", 6, "det"),
                             Word("county", "NOUN", "NN", 6, "compound"), Word("support", "NOUN", "NN", 2, "nmod"),
                             Word("Olsen", "PROPN", "NNP", 2, "vocative"), Word(".", "PUNCT", ".", 2, "punct")};
  CHECK(ng::nlp::FinitelessPluralNouns(base) == std::vector<int>{5});
  // With no plural before it, a singular subject's verb would have its "-s".
  std::vector<Token> singular = base;
  singular[1] = Word("voter", "NOUN", "NN", 0, "root");
  CHECK(ng::nlp::FinitelessPluralNouns(singular).empty());
}

TEST_CASE("a participle of a noun set after an opening day is the main verb") {
  // "On Friday , the envoy hinted at talks , saying he will stay ." with the
  // envoy an apposition of the day: the sentence has a finite verb later.
  std::vector<Token> s = {Word("On", "ADP", "IN", 2, "case"),       Word("Friday", "PROPN", "NNP", 13, "obl"),
                          Word(",", "PUNCT", ",", 5, "punct"),       Word("the", "DET", "DT", 5, "det"),
                          Word("envoy", "NOUN", "NN", 2, "appos"),    Word("hinted", "VERB", "VBN", 5, "acl"),
                          Word("at", "ADP", "IN", 8, "case"),         Word("talks", "NOUN", "NNS", 6, "obl"),
                          Word(",", "PUNCT", ",", 10, "punct"),       Word("saying", "VERB", "VBG", 6, "advcl"),
                          Word("he", "PRON", "PRP", 13, "nsubj"),     Word("will", "AUX", "MD", 13, "aux"),
                          Word("stay", "VERB", "VB", 0, "root"),      Word(".", "PUNCT", ".", 13, "punct")};
  CHECK(ng::nlp::OpeningDayParticiple(s) == 5);
  CHECK(ng::nlp::MistaggedMainVerbs(s) == std::vector<int>{5});
  // "In the capital , Oslo , ...": a place has appositions; only a day or month is tested.
  std::vector<Token> place = s;
  place[1].form = "Oslo";
  CHECK(ng::nlp::OpeningDayParticiple(place) == -1);
  // "On Friday , the envoy , who had hinted ..." : a participle with its auxiliary.
  std::vector<Token> perfect = s;
  perfect[2] = Word("had", "AUX", "VBD", 6, "aux");
  CHECK(ng::nlp::OpeningDayParticiple(perfect) == -1);
}

TEST_CASE("a subject with a preposition is an oblique and its apposition the subject") {
  // "On Friday , the envoy said ..." with "Friday" the subject and "envoy" its apposition.
  std::vector<Token> s = {Word("On", "ADP", "IN", 2, "case"),    Word("Friday", "PROPN", "NNP", 6, "nsubj"),
                          Word(",", "PUNCT", ",", 5, "punct"),    Word("the", "DET", "DT", 5, "det"),
                          Word("envoy", "NOUN", "NN", 2, "appos"), Word("said", "VERB", "VBD", 0, "root")};
  ng::nlp::RepairPrepositionalSubjects(&s);
  CHECK(s[1].deprel == "obl");
  CHECK(s[4].deprel == "nsubj");
  CHECK(s[4].head == 5);
  // With no apposition the verb is left without a subject rather than a wrong one.
  std::vector<Token> alone = {Word("After", "ADP", "IN", 2, "case"), Word("dinner", "NOUN", "NN", 3, "nsubj"),
                              Word("left", "VERB", "VBD", 0, "root")};
  ng::nlp::RepairPrepositionalSubjects(&alone);
  CHECK(alone[1].deprel == "obl");
  // "said Ana Holm , of the church" with "church" the subject and "Holm" hung from it.
  std::vector<Token> of = {Word("said", "VERB", "VBD", 0, "root"),  Word("Ana", "PROPN", "NNP", 7, "nsubj"),
                           Word("Holm", "PROPN", "NNP", 2, "flat"),  Word(",", "PUNCT", ",", 7, "punct"),
                           Word("of", "ADP", "IN", 7, "case"),       Word("the", "DET", "DT", 7, "det"),
                           Word("church", "NOUN", "NN", 1, "nsubj")};
  ng::nlp::RepairPrepositionalSubjects(&of);
  CHECK(of[1].deprel == "nsubj");
  CHECK(of[1].head == 0);
  CHECK(of[6].deprel == "nmod");
  CHECK(of[6].head == 1);
  // A possessive 's is no preposition.
  std::vector<Token> owner = {Word("Ana", "PROPN", "NNP", 3, "nmod:poss"), Word("'s", "PART", "POS", 1, "case"),
                              Word("aide", "NOUN", "NN", 4, "nsubj"), Word("left", "VERB", "VBD", 0, "root")};
  ng::nlp::RepairPrepositionalSubjects(&owner);
  CHECK(owner[2].deprel == "nsubj");
}

TEST_CASE("a participle with an active subject and no auxiliary is a past tense") {
  std::vector<Token> s = {Word("Lund", "PROPN", "NNP", 2, "nsubj"), Word("hinted", "VERB", "VBN", 0, "root")};
  ng::nlp::RepairPassiveSubjects(&s);
  CHECK(s[1].xpos == "VBD");
  // "Lund has hinted": the auxiliary keeps the participle.
  std::vector<Token> perfect = {Word("Lund", "PROPN", "NNP", 3, "nsubj"), Word("has", "AUX", "VBZ", 3, "aux"),
                                Word("hinted", "VERB", "VBN", 0, "root")};
  ng::nlp::RepairPassiveSubjects(&perfect);
  CHECK(perfect[2].xpos == "VBN");
}

TEST_CASE("a noun set as an apposition of an opening day is the subject of the verb") {
  // "On Sunday , the envoy urged calm" with "envoy" an apposition of "Sunday".
  std::vector<Token> s = {Word("On", "ADP", "IN", 2, "case"),     Word("Sunday", "PROPN", "NNP", 6, "obl"),
                          Word(",", "PUNCT", ",", 5, "punct"),     Word("the", "DET", "DT", 5, "det"),
                          Word("envoy", "NOUN", "NN", 2, "appos"), Word("urged", "VERB", "VBD", 0, "root"),
                          Word("calm", "NOUN", "NN", 6, "obj")};
  const std::vector<Token> before = s;
  ng::nlp::RepairDayAppositions(&s);
  CHECK(s[4].deprel == "nsubj");
  CHECK(s[4].head == 5);
  // A date is the day's apposition ("Sunday, May 4"); so is any noun when the verb has its subject.
  std::vector<Token> date = before;
  date[4] = Word("May", "PROPN", "NNP", 2, "appos");
  ng::nlp::RepairDayAppositions(&date);
  CHECK(date[4].deprel == "appos");
  std::vector<Token> subject = before;
  subject[6] = Word("Ana", "PROPN", "NNP", 6, "nsubj");
  ng::nlp::RepairDayAppositions(&subject);
  CHECK(subject[4].deprel == "appos");
}

TEST_CASE("a name after a preposition that opens no clause modifies the noun before it") {
  // "before the raid by rebels on Chad sparked fears" with "on" marking "sparked" and "Chad" its subject.
  std::vector<Token> s = {Word("before", "SCONJ", "IN", 3, "case"), Word("the", "DET", "DT", 3, "det"),
                          Word("raid", "NOUN", "NN", 0, "root"),     Word("by", "ADP", "IN", 5, "case"),
                          Word("rebels", "NOUN", "NNS", 3, "nmod"),  Word("on", "ADP", "IN", 8, "mark"),
                          Word("Chad", "PROPN", "NNP", 8, "nsubj"),  Word("sparked", "VERB", "VBD", 3, "acl"),
                          Word("fears", "NOUN", "NNS", 8, "obj")};
  ng::nlp::RepairPrepositionMarks(&s);
  CHECK(s[5].deprel == "case");
  CHECK(s[6].deprel == "nmod");
  CHECK(s[6].head == 2);  // the raid, not the rebels
  // The raid is what sparked, "before" the verb's mark, the verb in the raid's place.
  CHECK(s[2].deprel == "nsubj");
  CHECK(s[2].head == 7);
  CHECK(s[0].deprel == "mark");
  CHECK(s[0].head == 7);
  CHECK(s[7].head == -1);
  CHECK(s[7].deprel == "root");
}

TEST_CASE("a preposition of place opens no gerund clause: the name is where, the gerund describes the noun") {
  // "launched raids inside Chad targeting rebels" with "inside" marking "targeting" and "Chad" its subject.
  std::vector<Token> s = {Word("launched", "VERB", "VBD", 0, "root"), Word("raids", "NOUN", "NNS", 1, "obj"),
                          Word("inside", "ADP", "IN", 5, "mark"),     Word("Chad", "PROPN", "NNP", 5, "nsubj"),
                          Word("targeting", "VERB", "VBG", 1, "advcl"), Word("rebels", "NOUN", "NNS", 5, "obj")};
  ng::nlp::RepairPrepositionMarks(&s);
  CHECK(s[2].deprel == "case");
  CHECK(s[2].head == 3);
  CHECK(s[3].deprel == "nmod");
  CHECK(s[3].head == 1);
  CHECK(s[4].deprel == "acl");
  CHECK(s[4].head == 1);
  // "with Chad leaving" and "of Chad leaving" are gerunds with a subject.
  for (const char* preposition : {"with", "of"}) {
    std::vector<Token> g = {Word("feared", "VERB", "VBD", 0, "root"), Word("risk", "NOUN", "NN", 1, "obj"),
                            Word(preposition, "ADP", "IN", 5, "mark"), Word("Chad", "PROPN", "NNP", 5, "nsubj"),
                            Word("leaving", "VERB", "VBG", 2, "acl")};
    ng::nlp::RepairPrepositionMarks(&g);
    CHECK(g[2].deprel == "mark");
    CHECK(g[3].deprel == "nsubj");
    CHECK(g[4].head == 1);
  }
}

TEST_CASE("a finite clause with its own subject before a verb is the main clause, not a clausal subject") {
  // "Peru has sent aid and instructors will train police" with "sent" the clausal subject of "train".
  std::vector<Token> s = {Word("Peru", "PROPN", "NNP", 3, "nsubj"),  Word("has", "AUX", "VBZ", 3, "aux"),
                          Word("sent", "VERB", "VBN", 8, "csubj"),   Word("aid", "NOUN", "NN", 3, "obj"),
                          Word("and", "CCONJ", "CC", 8, "cc"),       Word("instructors", "NOUN", "NNS", 8, "nsubj"),
                          Word("will", "AUX", "MD", 8, "aux"),       Word("train", "VERB", "VB", 0, "root"),
                          Word("police", "NOUN", "NN", 8, "obj"),    Word(".", "PUNCT", ".", 8, "punct")};
  ng::nlp::RepairFiniteClausalSubjects(&s);
  CHECK(s[2].head == -1);
  CHECK(s[2].deprel == "root");
  CHECK(s[7].head == 2);
  CHECK(s[7].deprel == "conj");
  CHECK(s[9].head == 2);
  // "What Peru sent will help" and "That Peru sent aid helped" keep their clausal subjects.
  std::vector<Token> what = {Word("What", "PRON", "WP", 3, "obj"),   Word("Peru", "PROPN", "NNP", 3, "nsubj"),
                             Word("sent", "VERB", "VBD", 5, "csubj"), Word("will", "AUX", "MD", 5, "aux"),
                             Word("help", "VERB", "VB", 0, "root")};
  ng::nlp::RepairFiniteClausalSubjects(&what);
  CHECK(what[2].deprel == "csubj");
  std::vector<Token> that = {Word("That", "SCONJ", "IN", 3, "mark"), Word("Peru", "PROPN", "NNP", 3, "nsubj"),
                             Word("sent", "VERB", "VBD", 5, "csubj"), Word("aid", "NOUN", "NN", 3, "obj"),
                             Word("helped", "VERB", "VBD", 0, "root")};
  ng::nlp::RepairFiniteClausalSubjects(&that);
  CHECK(that[2].deprel == "csubj");
}

TEST_CASE("a verb in a tense with a subject of its own, read as a later verb's subject, is the main clause") {
  // "The board insists the pipes must be replaced." with "insists the pipes"
  // the subject of "replaced".
  std::vector<Token> s = {Word("The", "DET", "DT", 2, "det"),           Word("board", "NOUN", "NN", 3, "nsubj"),
                          Word("insists", "VERB", "VBZ", 8, "nsubj:pass"), Word("the", "DET", "DT", 5, "det"),
                          Word("pipes", "NOUN", "NNS", 3, "obj"),       Word("must", "AUX", "MD", 8, "aux"),
                          Word("be", "AUX", "VB", 8, "aux:pass"),       Word("replaced", "VERB", "VBN", 0, "root"),
                          Word(".", "PUNCT", ".", 8, "punct")};
  ng::nlp::RepairFiniteVerbsReadAsSubjects(&s);
  CHECK(s[2].head == -1);
  CHECK(s[2].deprel == "root");
  CHECK(s[7].head == 2);
  CHECK(s[7].deprel == "ccomp");
  CHECK(s[4].head == 7);
  CHECK(s[4].deprel == "nsubj:pass");
  CHECK(s[8].head == 2);
  // A predicate noun: "Lund says the fee "would be a scandal"" — the quote
  // mark, copula and article stand between; the object is the plain subject.
  std::vector<Token> noun = {Word("Lund", "PROPN", "NNP", 2, "nsubj"), Word("says", "VERB", "VBZ", 9, "nsubj"),
                             Word("the", "DET", "DT", 4, "det"),        Word("fee", "NOUN", "NN", 2, "obj"),
                             Word("\"", "PUNCT", "``", 9, "punct"),    Word("would", "AUX", "MD", 9, "aux"),
                             Word("be", "AUX", "VB", 9, "cop"),         Word("a", "DET", "DT", 9, "det"),
                             Word("scandal", "NOUN", "NN", 0, "root")};
  ng::nlp::RepairFiniteVerbsReadAsSubjects(&noun);
  CHECK(noun[1].deprel == "root");
  CHECK(noun[8].head == 1);
  CHECK(noun[3].head == 8);
  CHECK(noun[3].deprel == "nsubj");
  // "Whoever runs the port is a fool": a wh-word makes the clause a subject.
  std::vector<Token> who = {Word("Whoever", "PRON", "WP", 2, "nsubj"), Word("runs", "VERB", "VBZ", 7, "nsubj"),
                            Word("the", "DET", "DT", 4, "det"),         Word("port", "NOUN", "NN", 2, "obj"),
                            Word("is", "AUX", "VBZ", 7, "cop"),         Word("a", "DET", "DT", 7, "det"),
                            Word("fool", "NOUN", "NN", 0, "root")};
  ng::nlp::RepairFiniteVerbsReadAsSubjects(&who);
  CHECK(who[1].deprel == "nsubj");
  CHECK(who[1].head == 6);
  // Words between the object and the later verb that are not its clause's
  // ("advocates a list of rules … that allow firms to tell …"): left alone.
  std::vector<Token> far = {Word("Voters", "NOUN", "NNS", 2, "nsubj"), Word("want", "VERB", "VBP", 7, "nsubj"),
                            Word("rules", "NOUN", "NNS", 2, "obj"),     Word("that", "PRON", "WDT", 5, "nsubj"),
                            Word("allow", "VERB", "VBP", 3, "acl:relcl"), Word("firms", "NOUN", "NNS", 7, "obl"),
                            Word("lie", "VERB", "VBP", 0, "root")};
  ng::nlp::RepairFiniteVerbsReadAsSubjects(&far);
  CHECK(far[1].deprel == "nsubj");
  // "Campus organizers Ana Vik and Ole Berg have been touring the state":
  // "organizers" a plural noun the tagger took for a verb.
  std::vector<Token> noun_read_as_verb = {
      Word("Campus", "PROPN", "NNP", 2, "nsubj"),      Word("organizers", "VERB", "VBZ", 8, "nsubj"),
      Word("Ana", "PROPN", "NNP", 4, "compound"),      Word("Vik", "PROPN", "NNP", 2, "obj"),
      Word("and", "CCONJ", "CC", 6, "cc"),             Word("Berg", "PROPN", "NNP", 4, "conj"),
      Word("have", "AUX", "VBP", 8, "aux"),            Word("toured", "VERB", "VBN", 0, "root")};
  ng::nlp::RepairFiniteVerbsReadAsSubjects(&noun_read_as_verb);
  CHECK(noun_read_as_verb[1].deprel == "nsubj");
  CHECK(noun_read_as_verb[7].deprel == "root");
}

TEST_CASE("a verb's object right before a complement clause with no subject is that clause's subject") {
  // "Records show the cafe passed its checks" with "the cafe" the object of
  // "show" and "passed" subjectless.
  std::vector<Token> s = {Word("Records", "NOUN", "NNS", 2, "nsubj"), Word("show", "VERB", "VBP", 0, "root"),
                          Word("the", "DET", "DT", 4, "det"),          Word("cafe", "NOUN", "NN", 2, "obj"),
                          Word("passed", "VERB", "VBD", 2, "ccomp"),   Word("its", "PRON", "PRP$", 7, "nmod:poss"),
                          Word("checks", "NOUN", "NNS", 5, "obj")};
  ng::nlp::RepairObjectsBeforeSubjectlessClauses(&s);
  CHECK(s[3].head == 4);
  CHECK(s[3].deprel == "nsubj");
  // A clause with a subject of its own keeps it: "told the board the plan failed".
  std::vector<Token> own = {Word("Lund", "PROPN", "NNP", 2, "nsubj"), Word("told", "VERB", "VBD", 0, "root"),
                            Word("the", "DET", "DT", 4, "det"),        Word("board", "NOUN", "NN", 2, "obj"),
                            Word("the", "DET", "DT", 6, "det"),        Word("plan", "NOUN", "NN", 7, "nsubj"),
                            Word("failed", "VERB", "VBD", 2, "ccomp")};
  ng::nlp::RepairObjectsBeforeSubjectlessClauses(&own);
  CHECK(own[3].deprel == "obj");
  CHECK(own[3].head == 1);
}

TEST_CASE("an office after its verb and the name after it are one subject, the name its head") {
  // "said regional organiser Kerry Lund" with "organiser" the subject and "Lund" an oblique.
  std::vector<Token> s = {Word("said", "VERB", "VBD", 0, "root"),      Word("regional", "ADJ", "JJ", 3, "amod"),
                          Word("organiser", "NOUN", "NN", 1, "nsubj"), Word("Kerry", "PROPN", "NNP", 5, "compound"),
                          Word("Lund", "PROPN", "NNP", 1, "obl")};
  ng::nlp::RepairInvertedTitledSubjects(&s);
  CHECK(s[4].deprel == "nsubj");
  CHECK(s[4].head == 0);
  CHECK(s[2].head == 4);
  CHECK(s[2].deprel == "compound");
  // "told reporters Lund would stay": a subject before its verb keeps its reading.
  std::vector<Token> before = {Word("Holm", "PROPN", "NNP", 2, "nsubj"), Word("told", "VERB", "VBD", 0, "root"),
                               Word("Lund", "PROPN", "NNP", 2, "obl")};
  ng::nlp::RepairInvertedTitledSubjects(&before);
  CHECK(before[2].deprel == "obl");
  // "declared Mayor Ines Vik" with "Mayor" and "Ines" both subjects.
  std::vector<Token> titled = {Word("declared", "VERB", "VBD", 0, "root"), Word("Mayor", "PROPN", "NNP", 1, "nsubj"),
                               Word("Ines", "PROPN", "NNP", 1, "nsubj"),   Word("Vik", "PROPN", "NNP", 3, "flat")};
  ng::nlp::RepairInvertedTitledSubjects(&titled);
  CHECK(titled[1].head == 2);
  CHECK(titled[1].deprel == "compound");
  CHECK(titled[2].deprel == "nsubj");
  // "said Vik Tuesday": a name after a name subject is no title's.
  std::vector<Token> day = {Word("said", "VERB", "VBD", 0, "root"), Word("Vik", "PROPN", "NNP", 1, "nsubj"),
                            Word("Tuesday", "PROPN", "NNP", 1, "obl:unmarked")};
  ng::nlp::RepairInvertedTitledSubjects(&day);
  CHECK(day[1].deprel == "nsubj");
  CHECK(day[1].head == 0);
}

TEST_CASE("a finite verb after 'that', both hung from a verb as obliques, is its clausal complement") {
  // "told Fox on Monday that figures showed gains" with "that" and "showed" obliques of "told".
  std::vector<Token> s = {Word("told", "VERB", "VBD", 0, "root"), Word("Fox", "PROPN", "NNP", 1, "iobj"),
                          Word("on", "ADP", "IN", 4, "case"),     Word("Monday", "PROPN", "NNP", 1, "obl"),
                          Word("that", "SCONJ", "IN", 1, "obl"),  Word("figures", "NOUN", "NNS", 7, "nsubj"),
                          Word("showed", "VERB", "VBD", 1, "obl"), Word("gains", "NOUN", "NNS", 7, "obj")};
  ng::nlp::RepairObliqueClauses(&s);
  CHECK(s[6].deprel == "ccomp");
  CHECK(s[4].head == 6);
  CHECK(s[4].deprel == "mark");
  // A gerund oblique ("told Fox about leaving") stays.
  std::vector<Token> g = {Word("told", "VERB", "VBD", 0, "root"), Word("Fox", "PROPN", "NNP", 1, "iobj"),
                          Word("about", "SCONJ", "IN", 4, "mark"), Word("leaving", "VERB", "VBG", 1, "obl")};
  ng::nlp::RepairObliqueClauses(&g);
  CHECK(g[3].deprel == "obl");
}

TEST_CASE("a subordinating preposition and a verb with its own subject keep their reading") {
  // "a spokeswoman for Holm says" with two subjects: the name goes to the noun, the verb keeps its subject.
  std::vector<Token> two = {Word("spokeswoman", "NOUN", "NN", 4, "nsubj"), Word("for", "ADP", "IN", 4, "mark"),
                            Word("Holm", "PROPN", "NNP", 4, "nsubj"), Word("says", "VERB", "VBZ", 0, "root")};
  ng::nlp::RepairPrepositionMarks(&two);
  CHECK(two[0].deprel == "nsubj");
  CHECK(two[2].deprel == "nmod");
  CHECK(two[2].head == 0);
  // "after the vote , as Holm said" : "as" opens clauses.
  std::vector<Token> as = {Word("vote", "NOUN", "NN", 0, "root"), Word("as", "ADP", "IN", 4, "mark"),
                           Word("Holm", "PROPN", "NNP", 4, "nsubj"), Word("said", "VERB", "VBD", 1, "acl")};
  ng::nlp::RepairPrepositionMarks(&as);
  CHECK(as[1].deprel == "mark");
  CHECK(as[2].deprel == "nsubj");
}

TEST_CASE("a word hung from punctuation hangs from the punctuation's head") {
  // "Lund was attacked by rebels ." with "rebels" hung from the full stop.
  std::vector<Token> s = {Word("Lund", "PROPN", "NNP", 3, "nsubj:pass"), Word("was", "AUX", "VBD", 3, "aux:pass"),
                          Word("attacked", "VERB", "VBN", 0, "root"),    Word("by", "ADP", "IN", 5, "case"),
                          Word("rebels", "NOUN", "NNS", 6, "nmod"),      Word(".", "PUNCT", ".", 3, "punct")};
  ng::nlp::RepairPunctuationHeads(&s);
  CHECK(s[4].head == 2);
  CHECK(s[4].deprel == "obl:agent");  // "by" under a passive verb
  // Not passive: a verb's oblique.
  std::vector<Token> active = {Word("Lund", "PROPN", "NNP", 2, "nsubj"), Word("left", "VERB", "VBD", 0, "root"),
                               Word("in", "ADP", "IN", 4, "case"),       Word("May", "PROPN", "NNP", 5, "nmod"),
                               Word(".", "PUNCT", ".", 2, "punct")};
  ng::nlp::RepairPunctuationHeads(&active);
  CHECK(active[3].head == 1);
  CHECK(active[3].deprel == "obl");
  // Punctuation under punctuation stays.
  std::vector<Token> marks = {Word("Lund", "PROPN", "NNP", 0, "root"), Word("!", "PUNCT", ".", 1, "punct"),
                              Word("!", "PUNCT", ".", 2, "punct")};
  ng::nlp::RepairPunctuationHeads(&marks);
  CHECK(marks[2].head == 1);
}

TEST_CASE("a span of time with 'after' a noun is no subject: the noun is, in a clause 'after' marks") {
  // "said , days after rebels clashed" with "days" the subject of "clashed".
  std::vector<Token> s = {Word("said", "VERB", "VBD", 0, "root"),    Word(",", "PUNCT", ",", 3, "punct"),
                          Word("days", "NOUN", "NNS", 6, "nsubj"),   Word("after", "ADP", "IN", 5, "case"),
                          Word("rebels", "NOUN", "NNS", 3, "nmod"),  Word("clashed", "VERB", "VBD", 1, "ccomp")};
  s[2].lemma = "day";
  ng::nlp::RepairTimeSpanSubjects(&s);
  CHECK(s[4].deprel == "nsubj");
  CHECK(s[4].head == 5);
  CHECK(s[3].deprel == "mark");
  CHECK(s[3].head == 5);
  CHECK(s[2].deprel == "obl:unmarked");
  CHECK(s[5].deprel == "advcl");
  // A subject that is no span of time stays: "the rebels after the war clashed" is another matter.
  std::vector<Token> rebels = {Word("rebels", "NOUN", "NNS", 4, "nsubj"), Word("after", "ADP", "IN", 3, "case"),
                               Word("dinner", "NOUN", "NN", 1, "nmod"),   Word("clashed", "VERB", "VBD", 0, "root")};
  ng::nlp::RepairTimeSpanSubjects(&rebels);
  CHECK(rebels[0].deprel == "nsubj");
  CHECK(rebels[2].deprel == "nmod");
}

TEST_CASE("a participle with an object describing the noun after 'after' is that noun's verb") {
  // "expelled envoys , a week after the navy detained a boat" with "detained" describing "navy".
  std::vector<Token> s = {Word("expelled", "VERB", "VBD", 0, "root"), Word("envoys", "NOUN", "NNS", 1, "obj"),
                          Word("week", "NOUN", "NN", 1, "obl"),      Word("after", "ADP", "IN", 5, "case"),
                          Word("navy", "NOUN", "NN", 3, "nmod"),     Word("detained", "VERB", "VBN", 5, "acl"),
                          Word("boat", "NOUN", "NN", 6, "obj")};
  s[2].lemma = "week";
  ng::nlp::RepairTimeSpanSubjects(&s);
  CHECK(s[5].head == 0);
  CHECK(s[5].deprel == "advcl");
  CHECK(s[5].xpos == "VBD");
  CHECK(s[4].deprel == "nsubj");
  CHECK(s[4].head == 5);
  CHECK(s[3].deprel == "mark");
  CHECK(s[2].head == 5);
  // Without an object the participle may describe the noun ("after the navy, trained by X").
  std::vector<Token> passive = {Word("left", "VERB", "VBD", 0, "root"), Word("after", "ADP", "IN", 3, "case"),
                                Word("navy", "NOUN", "NN", 1, "obl"),   Word("trained", "VERB", "VBN", 3, "acl")};
  ng::nlp::RepairTimeSpanSubjects(&passive);
  CHECK(passive[3].deprel == "acl");
}

TEST_CASE("a repair never hangs a word below itself") {
  // "envoy on Chad said" with "envoy" hung below "Chad" (the parser's odd tree): "Chad" cannot
  // become the modifier of a noun it heads.
  std::vector<Token> s = {Word("envoy", "NOUN", "NN", 3, "nmod"), Word("on", "ADP", "IN", 4, "mark"),
                          Word("Chad", "PROPN", "NNP", 4, "nsubj"), Word("said", "VERB", "VBD", 0, "root")};
  ng::nlp::RepairPrepositionMarks(&s);
  for (size_t i = 0; i < s.size(); ++i) {
    int h = static_cast<int>(i), steps = 0;
    while (h >= 0 && steps <= static_cast<int>(s.size())) h = s[h].head, ++steps;
    CHECK(h < 0);  // reaches the root
  }
}

TEST_CASE("a noun after 'a day after' with a verb's auxiliaries after it is that verb's subject") {
  // "stopped exports , a day after troops were deployed" with "troops" a
  // modifier of "day" and "deployed" a conjunct of "stopped".
  std::vector<Token> s = {Word("stopped", "VERB", "VBD", 0, "root"),  Word("exports", "NOUN", "NNS", 1, "obj"),
                          Word(",", "PUNCT", ",", 5, "punct"),        Word("a", "DET", "DT", 5, "det"),
                          Word("day", "NOUN", "NN", 1, "obl:unmarked"), Word("after", "ADP", "IN", 7, "case"),
                          Word("troops", "NOUN", "NNS", 5, "nmod"),   Word("were", "AUX", "VBD", 9, "aux:pass"),
                          Word("deployed", "VERB", "VBN", 1, "conj")};
  s[4].lemma = "day";
  ng::nlp::RepairTimeSpanSubjects(&s);
  CHECK(s[6].deprel == "nsubj:pass");
  CHECK(s[6].head == 8);
  CHECK(s[5].deprel == "mark");
  CHECK(s[5].head == 8);
  CHECK(s[4].head == 8);
  CHECK(s[8].head == 0);
  CHECK(s[8].deprel == "advcl");
  // A verb with a subject of its own keeps it.
  std::vector<Token> own = {Word("stopped", "VERB", "VBD", 0, "root"),   Word("day", "NOUN", "NN", 1, "obl:unmarked"),
                            Word("after", "ADP", "IN", 4, "case"),       Word("talks", "NOUN", "NNS", 2, "nmod"),
                            Word("they", "PRON", "PRP", 7, "nsubj"),     Word("had", "AUX", "VBD", 7, "aux"),
                            Word("left", "VERB", "VBN", 1, "conj")};
  own[1].lemma = "day";
  ng::nlp::RepairTimeSpanSubjects(&own);
  CHECK(own[3].deprel == "nmod");
  CHECK(own[6].head == 0);
}

TEST_CASE("two objects of a verb of naming: the second is what the first is called") {
  std::vector<Token> s = {Word("Chile", "PROPN", "NNP", 2, "nsubj"), Word("called", "VERB", "VBD", 0, "root"),
                          Word("deployment", "NOUN", "NN", 2, "obj"), Word("act", "NOUN", "NN", 2, "obj")};
  s[1].lemma = "call";
  ng::nlp::RepairDoubleObjects(&s);
  CHECK(s[2].deprel == "obj");
  CHECK(s[3].deprel == "xcomp");
  // So is a noun with no preposition read as a bare oblique.
  std::vector<Token> bare = {Word("Chile", "PROPN", "NNP", 2, "nsubj"), Word("called", "VERB", "VBD", 0, "root"),
                             Word("deployment", "NOUN", "NN", 2, "obj"), Word("provocation", "NOUN", "NN", 2, "obl:unmarked")};
  bare[1].lemma = "call";
  ng::nlp::RepairDoubleObjects(&bare);
  CHECK(bare[3].deprel == "xcomp");
  // Other verbs are left as parsed.
  std::vector<Token> gave = {Word("Chile", "PROPN", "NNP", 2, "nsubj"), Word("gave", "VERB", "VBD", 0, "root"),
                             Word("envoy", "NOUN", "NN", 2, "obj"),     Word("letter", "NOUN", "NN", 2, "obj")};
  gave[1].lemma = "give";
  ng::nlp::RepairDoubleObjects(&gave);
  CHECK(gave[2].deprel == "obj");
  CHECK(gave[3].deprel == "obj");
}

TEST_CASE("a noun with no preposition after a comma is the next item of a list, no oblique") {
  // "called for fares , the repair of bridges" with "repair" an oblique of "said".
  std::vector<Token> s = {Word("said", "VERB", "VBD", 0, "root"),   Word("called", "VERB", "VBN", 1, "ccomp"),
                          Word("for", "ADP", "IN", 4, "case"),       Word("fares", "NOUN", "NNS", 2, "obl"),
                          Word(",", "PUNCT", ",", 7, "punct"),       Word("the", "DET", "DT", 7, "det"),
                          Word("repair", "NOUN", "NN", 1, "obl"),    Word("of", "ADP", "IN", 9, "case"),
                          Word("bridges", "NOUN", "NNS", 7, "nmod")};
  ng::nlp::RepairListItems(&s);
  CHECK(s[6].head == 3);
  CHECK(s[6].deprel == "conj");
  CHECK(s[4].head == 6);
  // With a preposition it is an oblique indeed ("..., on Monday").
  std::vector<Token> on = {Word("said", "VERB", "VBD", 0, "root"), Word("fares", "NOUN", "NNS", 1, "obj"),
                           Word(",", "PUNCT", ",", 5, "punct"),     Word("on", "ADP", "IN", 5, "case"),
                           Word("day", "NOUN", "NN", 1, "obl")};
  ng::nlp::RepairListItems(&on);
  CHECK(on[4].head == 0);
  CHECK(on[4].deprel == "obl");
}

TEST_CASE("a conjoined noun right before a conjoined verb with no subject is that verb's subject") {
  // "fares rose , and the union warned" with "union" and "warned" both conjuncts of "rose".
  std::vector<Token> s = {Word("fares", "NOUN", "NNS", 2, "nsubj"), Word("rose", "VERB", "VBD", 0, "root"),
                          Word(",", "PUNCT", ",", 6, "punct"),       Word("and", "CCONJ", "CC", 6, "cc"),
                          Word("the", "DET", "DT", 6, "det"),        Word("union", "NOUN", "NN", 2, "conj"),
                          Word("warned", "VERB", "VBD", 2, "conj")};
  ng::nlp::RepairConjoinedSubjects(&s);
  CHECK(s[5].head == 6);
  CHECK(s[5].deprel == "nsubj");
  CHECK(s[3].head == 6);  // the "and" joins the verbs
  CHECK(s[2].head == 6);
  CHECK(s[6].head == 1);
  CHECK(s[6].deprel == "conj");
  // A verb that shares the first one's subject is left: "fares rose and fell".
  std::vector<Token> fell = {Word("fares", "NOUN", "NNS", 2, "nsubj"), Word("rose", "VERB", "VBD", 0, "root"),
                             Word("and", "CCONJ", "CC", 4, "cc"),       Word("fell", "VERB", "VBD", 2, "conj")};
  ng::nlp::RepairConjoinedSubjects(&fell);
  CHECK(fell[3].head == 1);
  CHECK(fell[3].deprel == "conj");
  CHECK(fell[2].head == 3);
}

TEST_CASE("a noun phrase after a comma before a closing verb with no subject is its subject") {
  // "the lake warmed , scientists said ." with "scientists" an object of "warmed".
  std::vector<Token> s = {Word("the", "DET", "DT", 2, "det"),         Word("lake", "NOUN", "NN", 3, "nsubj"),
                          Word("warmed", "VERB", "VBD", 6, "ccomp"),  Word(",", "PUNCT", ",", 3, "punct"),
                          Word("scientists", "NOUN", "NNS", 3, "obj"), Word("said", "VERB", "VBD", 0, "root"),
                          Word(".", "PUNCT", ".", 6, "punct")};
  ng::nlp::RepairClosingSubjects(&s);
  CHECK(s[4].head == 5);
  CHECK(s[4].deprel == "nsubj");
  // A verb with a subject is left: "the lake warmed , and fish died ."
  std::vector<Token> died = {Word("lake", "NOUN", "NN", 2, "nsubj"), Word("warmed", "VERB", "VBD", 0, "root"),
                             Word(",", "PUNCT", ",", 5, "punct"),     Word("fish", "NOUN", "NNS", 5, "nsubj"),
                             Word("died", "VERB", "VBD", 2, "conj")};
  ng::nlp::RepairClosingSubjects(&died);
  CHECK(died[3].head == 4);
  CHECK(died[3].deprel == "nsubj");
}

TEST_CASE("two noun phrases joined by 'and' after a comma before a closing verb are its subject") {
  // "costs rose as rain fell , traders and analysts said ." with both nouns
  // read as conjuncts of "fell"'s neighbour.
  std::vector<Token> s = {Word("costs", "NOUN", "NNS", 2, "nsubj"),    Word("rose", "VERB", "VBD", 10, "ccomp"),
                          Word("as", "SCONJ", "IN", 5, "mark"),        Word("rain", "NOUN", "NN", 5, "nsubj"),
                          Word("harvests", "NOUN", "NNS", 2, "obl"),   Word(",", "PUNCT", ",", 7, "punct"),
                          Word("traders", "NOUN", "NNS", 5, "conj"),  Word("and", "CCONJ", "CC", 9, "cc"),
                          Word("analysts", "NOUN", "NNS", 5, "conj"), Word("said", "VERB", "VBD", 0, "root"),
                          Word(".", "PUNCT", ".", 10, "punct")};
  ng::nlp::RepairClosingSubjects(&s);
  CHECK(s[6].head == 9);
  CHECK(s[6].deprel == "nsubj");
  CHECK(s[8].head == 6);
  CHECK(s[8].deprel == "conj");
}

TEST_CASE("a name after a closing verb, with an 'of' phrase or a participle after it, is the verb's subject") {
  // "prices ease , said Ana Ruiz of the Farm Institute ." with "Institute"
  // the subject and "Ana" its possessor.
  std::vector<Token> s = {Word("prices", "NOUN", "NNS", 2, "nsubj"),    Word("ease", "VERB", "VBP", 4, "ccomp"),
                          Word(",", "PUNCT", ",", 4, "punct"),          Word("said", "VERB", "VBD", 0, "root"),
                          Word("Ana", "PROPN", "NNP", 10, "nmod:poss"), Word("Ruiz", "PROPN", "NNP", 5, "flat"),
                          Word("of", "ADP", "IN", 9, "case"),           Word("the", "DET", "DT", 9, "det"),
                          Word("Farm", "PROPN", "NNP", 10, "compound"), Word("Institute", "PROPN", "NNP", 4, "nsubj"),
                          Word(".", "PUNCT", ".", 4, "punct")};
  ng::nlp::RepairInvertedNamedReports(&s);
  CHECK(s[4].head == 3);
  CHECK(s[4].deprel == "nsubj");
  CHECK(s[5].head == 4);
  CHECK(s[9].head == 4);
  CHECK(s[9].deprel == "nmod");
  CHECK(s[6].head == 9);
  CHECK(s[6].deprel == "case");
  // "prices ease , noted Ana Ruiz , adding that stocks remain ." with the
  // name an object and "noted" a conjunct of "ease".
  std::vector<Token> p = {Word("prices", "NOUN", "NNS", 2, "nsubj"), Word("ease", "VERB", "VBP", 0, "root"),
                          Word(",", "PUNCT", ",", 4, "punct"),       Word("noted", "VERB", "VBD", 2, "conj"),
                          Word("Ana", "PROPN", "NNP", 4, "obj"),     Word("Ruiz", "PROPN", "NNP", 5, "flat"),
                          Word(",", "PUNCT", ",", 8, "punct"),       Word("adding", "VERB", "VBG", 4, "advcl"),
                          Word("that", "SCONJ", "IN", 11, "mark"),   Word("stocks", "NOUN", "NNS", 11, "nsubj"),
                          Word("remain", "VERB", "VBP", 8, "ccomp"), Word(".", "PUNCT", ".", 2, "punct")};
  ng::nlp::RepairInvertedNamedReports(&p);
  CHECK(p[3].head == -1);
  CHECK(p[3].deprel == "root");
  CHECK(p[1].head == 3);
  CHECK(p[1].deprel == "ccomp");
  CHECK(p[4].head == 3);
  CHECK(p[4].deprel == "nsubj");
  CHECK(p[7].head == 3);
  CHECK(p[11].head == 3);
  // A verb with a subject before it is left: "prices ease , Ana Ruiz noted ."
  std::vector<Token> before = {Word("prices", "NOUN", "NNS", 2, "nsubj"), Word("ease", "VERB", "VBP", 6, "ccomp"),
                               Word(",", "PUNCT", ",", 6, "punct"),       Word("Ana", "PROPN", "NNP", 6, "nsubj"),
                               Word("Ruiz", "PROPN", "NNP", 4, "flat"),    Word("noted", "VERB", "VBD", 0, "root"),
                               Word(".", "PUNCT", ".", 6, "punct")};
  ng::nlp::RepairInvertedNamedReports(&before);
  CHECK(before[3].head == 5);
  // Nor when more follows the name than a participle's clause: "…, met Ana
  // Ruiz in Lima and left ."
  std::vector<Token> more = {Word("prices", "NOUN", "NNS", 2, "nsubj"), Word("eased", "VERB", "VBD", 0, "root"),
                             Word(",", "PUNCT", ",", 4, "punct"),       Word("met", "VERB", "VBD", 2, "conj"),
                             Word("Ana", "PROPN", "NNP", 4, "obj"),     Word("Ruiz", "PROPN", "NNP", 5, "flat"),
                             Word("in", "ADP", "IN", 8, "case"),        Word("Lima", "PROPN", "NNP", 4, "obl")};
  ng::nlp::RepairInvertedNamedReports(&more);
  CHECK(more[4].deprel == "obj");
}

TEST_CASE("a closing reporting verb hung from the clause before heads the sentence") {
  // "rents will rise , Mayor Ivo Tal said today ." with "said" a complement
  // of "rise" and "Ivo" its object.
  std::vector<Token> s = {Word("rents", "NOUN", "NNS", 3, "nsubj"), Word("will", "AUX", "MD", 3, "aux"),
                          Word("rise", "VERB", "VB", 0, "root"),     Word(",", "PUNCT", ",", 6, "punct"),
                          Word("Mayor", "PROPN", "NNP", 6, "compound"), Word("Ivo", "PROPN", "NNP", 3, "obj"),
                          Word("Tal", "PROPN", "NNP", 6, "flat"),    Word("said", "VERB", "VBD", 3, "xcomp"),
                          Word("today", "NOUN", "NN", 8, "obl:tmod"), Word(".", "PUNCT", ".", 3, "punct")};
  ng::nlp::RepairClosingSubjects(&s);
  CHECK(s[7].head == -1);
  CHECK(s[7].deprel == "root");
  CHECK(s[2].head == 7);
  CHECK(s[2].deprel == "ccomp");
  CHECK(s[5].head == 7);
  CHECK(s[5].deprel == "nsubj");
  CHECK(s[9].head == 7);  // the stop goes with the sentence's head
  // A verb with an object of its own is a clause of the sentence, left:
  // "rents rose , tenants paid more ."
  std::vector<Token> paid = {Word("rents", "NOUN", "NNS", 2, "nsubj"), Word("rose", "VERB", "VBD", 0, "root"),
                             Word(",", "PUNCT", ",", 5, "punct"),      Word("tenants", "NOUN", "NNS", 2, "obj"),
                             Word("paid", "VERB", "VBD", 2, "parataxis"), Word("more", "ADJ", "JJR", 5, "obj")};
  ng::nlp::RepairClosingSubjects(&paid);
  CHECK(paid[4].head == 1);
  CHECK(paid[3].head == 1);
}

TEST_CASE("the head of a closing speaker phrase is its first noun, its other parts its modifiers") {
  // "taxes fell , officials for the city said ." with "city" hung from "fell".
  std::vector<Token> s = {Word("taxes", "NOUN", "NNS", 2, "nsubj"), Word("fell", "VERB", "VBD", 0, "root"),
                          Word(",", "PUNCT", ",", 2, "punct"),       Word("officials", "NOUN", "NNS", 2, "conj"),
                          Word("for", "ADP", "IN", 7, "case"),       Word("the", "DET", "DT", 7, "det"),
                          Word("city", "NOUN", "NN", 2, "obl"),      Word("said", "VERB", "VBD", 2, "parataxis"),
                          Word(".", "PUNCT", ".", 2, "punct")};
  ng::nlp::RepairClosingSubjects(&s);
  CHECK(s[7].head == -1);
  CHECK(s[3].head == 7);
  CHECK(s[3].deprel == "nsubj");
  CHECK(s[6].head == 3);
  CHECK(s[6].deprel == "nmod");
}

TEST_CASE("the verb after an opening phrase's relative clause is the sentence's, the phrase its subject") {
  // "Farmers , who own the land , opposed the road ." with "Farmers" the root
  // and "opposed" a conjunct of "own".
  std::vector<Token> s = {Word("Farmers", "NOUN", "NNS", 0, "root"), Word(",", "PUNCT", ",", 4, "punct"),
                          Word("who", "PRON", "WP", 4, "nsubj"),      Word("own", "VERB", "VBP", 1, "acl:relcl"),
                          Word("the", "DET", "DT", 6, "det"),         Word("land", "NOUN", "NN", 4, "obj"),
                          Word(",", "PUNCT", ",", 8, "punct"),        Word("opposed", "VERB", "VBD", 4, "conj"),
                          Word("the", "DET", "DT", 10, "det"),        Word("road", "NOUN", "NN", 8, "obj"),
                          Word(".", "PUNCT", ".", 1, "punct")};
  ng::nlp::RepairRelativeClauseSubjects(&s);
  CHECK(s[7].head == -1);
  CHECK(s[7].deprel == "root");
  CHECK(s[0].head == 7);
  CHECK(s[0].deprel == "nsubj");
  CHECK(s[3].head == 0);  // the relative clause stays the phrase's
  CHECK(s[10].head == 7);
  // "Ms. Ode , who knew that it would fail , told aides ." with "knew" the
  // root, two subjects, and "told" a conjunct of "fail".
  std::vector<Token> t = {Word("Ms.", "PROPN", "NNP", 2, "compound"), Word("Ode", "PROPN", "NNP", 5, "nsubj"),
                          Word(",", "PUNCT", ",", 5, "punct"),         Word("who", "PRON", "WP", 5, "nsubj"),
                          Word("knew", "VERB", "VBD", 0, "root"),      Word("that", "SCONJ", "IN", 9, "mark"),
                          Word("it", "PRON", "PRP", 9, "nsubj"),       Word("would", "AUX", "MD", 9, "aux"),
                          Word("fail", "VERB", "VB", 5, "ccomp"),      Word(",", "PUNCT", ",", 11, "punct"),
                          Word("told", "VERB", "VBD", 9, "conj"),      Word("aides", "NOUN", "NNS", 11, "obj"),
                          Word(".", "PUNCT", ".", 5, "punct")};
  ng::nlp::RepairRelativeClauseSubjects(&t);
  CHECK(t[10].head == -1);
  CHECK(t[1].head == 10);
  CHECK(t[1].deprel == "nsubj");
  CHECK(t[4].head == 1);
  CHECK(t[4].deprel == "acl:relcl");
  CHECK(t[12].head == 10);
  // A verb joined by "and" belongs to the relative clause: "Farmers , who
  // own land and grow corn , ..." is left as parsed.
  std::vector<Token> u = {Word("Farmers", "NOUN", "NNS", 0, "root"), Word(",", "PUNCT", ",", 4, "punct"),
                          Word("who", "PRON", "WP", 4, "nsubj"),      Word("own", "VERB", "VBP", 1, "acl:relcl"),
                          Word("land", "NOUN", "NN", 4, "obj"),       Word("and", "CCONJ", "CC", 7, "cc"),
                          Word("grow", "VERB", "VBP", 4, "conj"),     Word("corn", "NOUN", "NN", 7, "obj")};
  ng::nlp::RepairRelativeClauseSubjects(&u);
  CHECK(u[6].head == 3);
  CHECK(u[0].head == -1);
}

TEST_CASE("a verb after a relative clause's closing comma is the sentence's, with its auxiliaries or tagged a participle") {
  // "Olsen , who held a rally , has urged the county ." with the relative
  // clause an adverbial clause of "urged" and Olsen its subject.
  std::vector<Token> s = {Word("Olsen", "PROPN", "NNP", 4, "nsubj"), Word(",", "PUNCT", ",", 4, "punct"),
                          Word("who", "PRON", "WP", 4, "nsubj"),      Word("held", "VERB", "VBD", 9, "advcl"),
                          Word("a", "DET", "DT", 6, "det"),           Word("rally", "NOUN", "NN", 4, "obj"),
                          Word(",", "PUNCT", ",", 9, "punct"),        Word("has", "AUX", "VBZ", 9, "aux"),
                          Word("urged", "VERB", "VBN", 0, "root"),    Word("the", "DET", "DT", 11, "det"),
                          Word("county", "NOUN", "NN", 9, "obj"),     Word(".", "PUNCT", ".", 9, "punct")};
  ng::nlp::RepairRelativeClauseSubjects(&s);
  CHECK(s[0].head == 8);
  CHECK(s[0].deprel == "nsubj");
  CHECK(s[3].head == 0);
  CHECK(s[3].deprel == "acl:relcl");
  CHECK(s[8].head == -1);
  // "Dahl , who ran a farm , has urged reform ." with "ran" the root and
  // "urged" hung from it.
  std::vector<Token> t = {Word("Dahl", "PROPN", "NNP", 4, "nsubj"), Word(",", "PUNCT", ",", 4, "punct"),
                          Word("who", "PRON", "WP", 4, "nsubj"),     Word("ran", "VERB", "VBD", 0, "root"),
                          Word("a", "DET", "DT", 6, "det"),          Word("farm", "NOUN", "NN", 4, "obj"),
                          Word(",", "PUNCT", ",", 9, "punct"),       Word("has", "AUX", "VBZ", 9, "aux"),
                          Word("urged", "VERB", "VBN", 4, "parataxis"), Word("reform", "NOUN", "NN", 9, "obj"),
                          Word(".", "PUNCT", ".", 4, "punct")};
  ng::nlp::RepairRelativeClauseSubjects(&t);
  CHECK(t[8].head == -1);
  CHECK(t[8].deprel == "root");
  CHECK(t[0].head == 8);
  CHECK(t[3].head == 0);
  CHECK(t[10].head == 8);
  // "Lind , who drafted the bill , faltered ." with "faltered" a participle
  // conjoined to "drafted".
  std::vector<Token> u = {Word("Lind", "PROPN", "NNP", 4, "nsubj"), Word(",", "PUNCT", ",", 4, "punct"),
                          Word("who", "PRON", "WP", 4, "nsubj"),     Word("drafted", "VERB", "VBD", 0, "root"),
                          Word("the", "DET", "DT", 6, "det"),        Word("bill", "NOUN", "NN", 4, "obj"),
                          Word(",", "PUNCT", ",", 8, "punct"),       Word("faltered", "VERB", "VBN", 4, "conj"),
                          Word(".", "PUNCT", ".", 4, "punct")};
  ng::nlp::RepairRelativeClauseSubjects(&u);
  CHECK(u[7].head == -1);
  CHECK(u[7].xpos == "VBD");
  CHECK(u[0].head == 7);
  CHECK(u[0].deprel == "nsubj");
}

TEST_CASE("a closing subject and finite verb after a comma, parsed as an adverbial clause, stand beside the clause before") {
  // "Holm will win , Dahl argues ." with "argues" an adverbial clause of "win".
  std::vector<Token> s = {Word("Holm", "PROPN", "NNP", 3, "nsubj"), Word("will", "AUX", "MD", 3, "aux"),
                          Word("win", "VERB", "VB", 0, "root"),      Word(",", "PUNCT", ",", 5, "punct"),
                          Word("Dahl", "PROPN", "NNP", 6, "nsubj"),  Word("argues", "VERB", "VBZ", 3, "advcl"),
                          Word(".", "PUNCT", ".", 3, "punct")};
  ng::nlp::RepairClosingAdverbialReports(&s);
  CHECK(s[5].deprel == "parataxis");
  CHECK(s[5].head == 2);
  // With a subordinator it is an adverbial clause: "Holm will win , as Dahl argues ."
  std::vector<Token> as = {Word("Holm", "PROPN", "NNP", 3, "nsubj"), Word("will", "AUX", "MD", 3, "aux"),
                           Word("win", "VERB", "VB", 0, "root"),      Word(",", "PUNCT", ",", 7, "punct"),
                           Word("as", "SCONJ", "IN", 7, "mark"),      Word("Dahl", "PROPN", "NNP", 7, "nsubj"),
                           Word("argues", "VERB", "VBZ", 3, "advcl"), Word(".", "PUNCT", ".", 3, "punct")};
  ng::nlp::RepairClosingAdverbialReports(&as);
  CHECK(as[6].deprel == "advcl");
  // Nor does a clause that goes on after its verb's phrase end the sentence.
  std::vector<Token> on = {Word("Holm", "PROPN", "NNP", 3, "nsubj"), Word("will", "AUX", "MD", 3, "aux"),
                           Word("win", "VERB", "VB", 0, "root"),      Word(",", "PUNCT", ",", 5, "punct"),
                           Word("Dahl", "PROPN", "NNP", 6, "nsubj"),  Word("argues", "VERB", "VBZ", 3, "advcl"),
                           Word("and", "CCONJ", "CC", 9, "cc"),       Word("Vik", "PROPN", "NNP", 9, "nsubj"),
                           Word("agrees", "VERB", "VBZ", 3, "conj"),  Word(".", "PUNCT", ".", 3, "punct")};
  ng::nlp::RepairClosingAdverbialReports(&on);
  CHECK(on[5].deprel == "advcl");
}

TEST_CASE("a verb hung inside an opening adverbial clause, right before a clause with its own subject, takes that clause") {
  // "While ridership grew , inspectors found trains ran late ." with "found"
  // an adverbial clause of "grew", itself one of "ran".
  std::vector<Token> s = {Word("While", "SCONJ", "IN", 3, "mark"),    Word("ridership", "NOUN", "NN", 3, "nsubj"),
                          Word("grew", "VERB", "VBD", 8, "advcl"),      Word(",", "PUNCT", ",", 6, "punct"),
                          Word("inspectors", "NOUN", "NNS", 6, "nsubj"), Word("found", "VERB", "VBD", 3, "advcl"),
                          Word("trains", "NOUN", "NNS", 8, "nsubj"),    Word("ran", "VERB", "VBD", 0, "root"),
                          Word("late", "ADV", "RB", 8, "advmod"),       Word(".", "PUNCT", ".", 8, "punct")};
  std::vector<Token> p = s;  // the same with "found" tagged a participle (no auxiliary)
  p[5].xpos = "VBN";
  ng::nlp::RepairInvertedReports(&s);
  CHECK(s[5].head == -1);
  CHECK(s[5].deprel == "root");
  CHECK(s[7].head == 5);
  CHECK(s[7].deprel == "ccomp");
  CHECK(s[2].head == 5);  // the opening clause is the report's
  CHECK(s[9].head == 5);
  ng::nlp::RepairInvertedReports(&p);
  CHECK(p[5].head == -1);
  CHECK(p[5].xpos == "VBD");  // a past tense
  // "When inspectors found trains ran late": a clause opened by "when"
  // completes none.
  std::vector<Token> w = {Word("When", "ADV", "WRB", 3, "advmod"),      Word("inspectors", "NOUN", "NNS", 3, "nsubj"),
                          Word("found", "VERB", "VBD", 5, "advcl"),     Word("trains", "NOUN", "NNS", 5, "nsubj"),
                          Word("ran", "VERB", "VBD", 0, "root"),        Word("late", "ADV", "RB", 5, "advmod")};
  ng::nlp::RepairInvertedReports(&w);
  CHECK(w[2].deprel == "advcl");
  CHECK(w[4].head == -1);
}

TEST_CASE("a closing speaker's name set off before its description is the subject") {
  // "taxes rose , Ivo Tal , the mayor , said ." with "Ivo" an object of "rose".
  std::vector<Token> s = {Word("taxes", "NOUN", "NNS", 2, "nsubj"), Word("rose", "VERB", "VBD", 10, "ccomp"),
                          Word(",", "PUNCT", ",", 4, "punct"),       Word("Ivo", "PROPN", "NNP", 2, "obj"),
                          Word("Tal", "PROPN", "NNP", 4, "flat"),    Word(",", "PUNCT", ",", 8, "punct"),
                          Word("the", "DET", "DT", 8, "det"),        Word("mayor", "NOUN", "NN", 4, "appos"),
                          Word(",", "PUNCT", ",", 10, "punct"),      Word("said", "VERB", "VBD", 0, "root"),
                          Word(".", "PUNCT", ".", 10, "punct")};
  ng::nlp::RepairClosingSubjects(&s);
  CHECK(s[3].head == 9);
  CHECK(s[3].deprel == "nsubj");
  CHECK(s[7].head == 3);  // the description stays the name's
}

TEST_CASE("a compound set off from its head by a comma is an apposition") {
  // "the mayor , Ivo Tal , said" with "Ivo" a compound of "mayor".
  std::vector<Token> s = {Word("the", "DET", "DT", 2, "det"),       Word("mayor", "NOUN", "NN", 7, "nsubj"),
                          Word(",", "PUNCT", ",", 2, "punct"),      Word("Ivo", "PROPN", "NNP", 2, "compound"),
                          Word("Tal", "PROPN", "NNP", 4, "flat"),   Word(",", "PUNCT", ",", 2, "punct"),
                          Word("said", "VERB", "VBD", 0, "root")};
  ng::nlp::RepairCommaCompounds(&s);
  CHECK(s[3].deprel == "appos");
  CHECK(s[4].deprel == "flat");  // right after its head, no comma: a part of the name
  CHECK(s[2].head == 3);
  // A compound before its head is left: "Mayor Ivo Tal".
  std::vector<Token> t = {Word("Mayor", "PROPN", "NNP", 2, "compound"), Word("Ivo", "PROPN", "NNP", 0, "root")};
  ng::nlp::RepairCommaCompounds(&t);
  CHECK(t[0].deprel == "compound");
}

TEST_CASE("an opening phrase with an apposition set off by commas is the subject of the verb after") {
  // "the chief executive , Ivo Tal , said costs rose ." with "executive" an
  // adjective heading the sentence and "said" hanging from it.
  std::vector<Token> s = {Word("the", "DET", "DT", 3, "det"),          Word("chief", "ADJ", "JJ", 3, "amod"),
                          Word("executive", "ADJ", "JJ", 0, "root"),   Word(",", "PUNCT", ",", 5, "punct"),
                          Word("Ivo", "PROPN", "NNP", 3, "appos"),     Word("Tal", "PROPN", "NNP", 5, "flat"),
                          Word(",", "PUNCT", ",", 8, "punct"),         Word("said", "VERB", "VBD", 3, "nmod"),
                          Word("costs", "NOUN", "NNS", 10, "nsubj"),   Word("rose", "VERB", "VBD", 8, "ccomp"),
                          Word(".", "PUNCT", ".", 3, "punct")};
  ng::nlp::RepairAppositiveSubjects(&s);
  CHECK(s[7].head == -1);
  CHECK(s[7].deprel == "root");
  CHECK(s[2].head == 7);
  CHECK(s[2].deprel == "nsubj");
  CHECK(s[2].upos == "NOUN");
  CHECK(s[10].head == 7);
  CHECK(s[4].head == 2);  // the apposition stays the phrase's
}

TEST_CASE("a that clause hung from the noun of 'in a statement' is the verb's complement") {
  // "Orsk said in a statement that it grew ." with the clause under "statement".
  std::vector<Token> s = {Word("Orsk", "PROPN", "NNP", 2, "nsubj"), Word("said", "VERB", "VBD", 0, "root"),
                          Word("in", "ADP", "IN", 5, "case"),        Word("a", "DET", "DT", 5, "det"),
                          Word("statement", "NOUN", "NN", 2, "obl"), Word("that", "SCONJ", "IN", 8, "mark"),
                          Word("it", "PRON", "PRP", 8, "nsubj"),     Word("grew", "VERB", "VBD", 5, "acl"),
                          Word(".", "PUNCT", ".", 2, "punct")};
  ng::nlp::RepairFramedComplements(&s);
  CHECK(s[7].head == 1);
  CHECK(s[7].deprel == "ccomp");
  // "complained about reports that it grew": the clause says what the
  // reports say, and stays theirs.
  std::vector<Token> t = {Word("Orsk", "PROPN", "NNP", 2, "nsubj"), Word("complained", "VERB", "VBD", 0, "root"),
                          Word("about", "ADP", "IN", 4, "case"),     Word("reports", "NOUN", "NNS", 2, "obl"),
                          Word("that", "SCONJ", "IN", 7, "mark"),    Word("it", "PRON", "PRP", 7, "nsubj"),
                          Word("grew", "VERB", "VBD", 4, "acl")};
  ng::nlp::RepairFramedComplements(&t);
  CHECK(t[6].head == 3);
  CHECK(t[6].deprel == "acl");
  // Read as a relative clause with "that" its object, the clause's own
  // subject and modal show a complement: "wrote on a blog that it would end".
  std::vector<Token> u = {Word("Ida", "PROPN", "NNP", 2, "nsubj"),  Word("wrote", "VERB", "VBD", 0, "root"),
                          Word("on", "ADP", "IN", 5, "case"),        Word("a", "DET", "DT", 5, "det"),
                          Word("blog", "NOUN", "NN", 2, "obl"),      Word("that", "PRON", "WDT", 9, "obj"),
                          Word("it", "PRON", "PRP", 9, "nsubj"),     Word("would", "AUX", "MD", 9, "aux"),
                          Word("end", "VERB", "VB", 5, "acl:relcl")};
  ng::nlp::RepairFramedComplements(&u);
  CHECK(u[8].head == 1);
  CHECK(u[8].deprel == "ccomp");
  CHECK(u[5].deprel == "mark");
  // "on the blog that Ida writes": no modal, a relative clause.
  std::vector<Token> v = {Word("Ida", "PROPN", "NNP", 2, "nsubj"),  Word("spoke", "VERB", "VBD", 0, "root"),
                          Word("on", "ADP", "IN", 5, "case"),        Word("the", "DET", "DT", 5, "det"),
                          Word("blog", "NOUN", "NN", 2, "obl"),      Word("that", "PRON", "WDT", 8, "obj"),
                          Word("Ida", "PROPN", "NNP", 8, "nsubj"),   Word("writes", "VERB", "VBZ", 5, "acl:relcl")};
  ng::nlp::RepairFramedComplements(&v);
  CHECK(v[7].head == 4);
  // "that" read as the relative's subject beside a second subject: "said in
  // an email that staff had been told".
  std::vector<Token> w = {Word("Ida", "PROPN", "NNP", 2, "nsubj"),     Word("said", "VERB", "VBD", 0, "root"),
                          Word("in", "ADP", "IN", 5, "case"),           Word("an", "DET", "DT", 5, "det"),
                          Word("email", "NOUN", "NN", 2, "obl"),        Word("that", "PRON", "WDT", 10, "nsubj:pass"),
                          Word("staff", "NOUN", "NN", 10, "nsubj:pass"), Word("had", "AUX", "VBD", 10, "aux"),
                          Word("been", "AUX", "VBN", 10, "aux:pass"),   Word("told", "VERB", "VBN", 5, "acl:relcl")};
  ng::nlp::RepairFramedComplements(&w);
  CHECK(w[9].head == 1);
  CHECK(w[9].deprel == "ccomp");
  CHECK(w[5].deprel == "mark");
}

TEST_CASE("an adjective read as subject, or as a clause before the verb, describes the noun before it") {
  // "people familiar with it said" with "familiar" the subject, "people" its.
  std::vector<Token> s = {Word("people", "NOUN", "NNS", 2, "nsubj"), Word("familiar", "ADJ", "JJ", 5, "nsubj"),
                          Word("with", "ADP", "IN", 4, "case"),      Word("it", "PRON", "PRP", 2, "obl"),
                          Word("said", "VERB", "VBD", 0, "root")};
  ng::nlp::RepairAdjectiveSubjects(&s);
  CHECK(s[0].head == 4);
  CHECK(s[0].deprel == "nsubj");
  CHECK(s[1].head == 0);
  CHECK(s[1].deprel == "amod");
  // "aides aware of it said" with "aware" a complement clause of "said".
  std::vector<Token> t = {Word("aides", "NOUN", "NNS", 2, "nsubj"), Word("aware", "ADJ", "JJ", 5, "ccomp"),
                          Word("of", "ADP", "IN", 4, "case"),       Word("it", "PRON", "PRP", 2, "obl"),
                          Word("said", "VERB", "VBD", 0, "root")};
  ng::nlp::RepairAdjectiveSubjects(&t);
  CHECK(t[0].head == 4);
  CHECK(t[0].deprel == "nsubj");
  CHECK(t[1].deprel == "amod");
  // A predicate with its copula is a clause: "aides were aware, he said".
  std::vector<Token> u = {Word("aides", "NOUN", "NNS", 3, "nsubj"), Word("were", "AUX", "VBD", 3, "cop"),
                          Word("aware", "ADJ", "JJ", 6, "ccomp"),   Word(",", "PUNCT", ",", 3, "punct"),
                          Word("he", "PRON", "PRP", 6, "nsubj"),    Word("said", "VERB", "VBD", 0, "root")};
  ng::nlp::RepairAdjectiveSubjects(&u);
  CHECK(u[0].head == 2);
  CHECK(u[2].deprel == "ccomp");
}

TEST_CASE("a noun and a participle after a stray 'that' are a clause in the past tense") {
  // "they found that the effect lasted" with "lasted" a participle of "effect".
  std::vector<Token> s = {Word("they", "PRON", "PRP", 2, "nsubj"),   Word("found", "VERB", "VBD", 0, "root"),
                          Word("that", "SCONJ", "IN", 2, "obl"),     Word("the", "DET", "DT", 5, "det"),
                          Word("effect", "NOUN", "NN", 2, "obl"),    Word("lasted", "VERB", "VBN", 5, "acl")};
  ng::nlp::RepairThatClauseParticiples(&s);
  CHECK(s[5].head == 1);
  CHECK(s[5].deprel == "ccomp");
  CHECK(s[5].xpos == "VBD");
  CHECK(s[4].head == 5);
  CHECK(s[4].deprel == "nsubj");
  CHECK(s[2].head == 5);
  CHECK(s[2].deprel == "mark");
  // "that" as the mark of its clause already: left.
  std::vector<Token> t = {Word("they", "PRON", "PRP", 2, "nsubj"),   Word("found", "VERB", "VBD", 0, "root"),
                          Word("that", "SCONJ", "IN", 6, "mark"),    Word("the", "DET", "DT", 5, "det"),
                          Word("effect", "NOUN", "NN", 6, "nsubj"),  Word("lasted", "VERB", "VBD", 2, "ccomp")};
  ng::nlp::RepairThatClauseParticiples(&t);
  CHECK(t[5].head == 1);
  CHECK(t[4].head == 5);
}

TEST_CASE("a participle set off by commas before a subjectless verb gives it its subject") {
  // "Ode , speaking in Oslo , said it rose" with "Ode" the participle's subject.
  std::vector<Token> s = {Word("Ode", "PROPN", "NNP", 3, "nsubj"),   Word(",", "PUNCT", ",", 3, "punct"),
                          Word("speaking", "VERB", "VBG", 7, "ccomp"), Word("in", "ADP", "IN", 5, "case"),
                          Word("Oslo", "PROPN", "NNP", 3, "obl"),     Word(",", "PUNCT", ",", 3, "punct"),
                          Word("said", "VERB", "VBD", 0, "root"),     Word("it", "PRON", "PRP", 9, "nsubj"),
                          Word("rose", "VERB", "VBD", 7, "ccomp")};
  ng::nlp::RepairParticipleSubjects(&s);
  CHECK(s[0].head == 6);
  CHECK(s[0].deprel == "nsubj");
  CHECK(s[2].deprel == "advcl");
}

TEST_CASE("'due to' before a verb in the base form: an adjective the verb completes") {
  // "envoys are due to meet" with "due to" a preposition of "meet".
  std::vector<Token> s = {Word("envoys", "NOUN", "NNS", 5, "nsubj"), Word("are", "AUX", "VBP", 5, "cop"),
                          Word("due", "ADJ", "JJ", 5, "case"),       Word("to", "ADP", "IN", 3, "fixed"),
                          Word("meet", "VERB", "VB", 0, "root"),      Word(".", "PUNCT", ".", 5, "punct")};
  ng::nlp::RepairDueTo(&s);
  CHECK(s[2].head == -1);
  CHECK(s[2].deprel == "root");
  CHECK(s[4].head == 2);
  CHECK(s[4].deprel == "xcomp");
  CHECK(s[3].head == 4);
  CHECK(s[3].deprel == "mark");
  CHECK(s[0].head == 2);  // the subject, the copula and the stop go to "due"
  CHECK(s[1].head == 2);
  CHECK(s[5].head == 2);
  // Before a noun "due to" is a preposition: "delayed due to rain".
  std::vector<Token> rain = {Word("delayed", "VERB", "VBN", 0, "root"), Word("due", "ADJ", "JJ", 4, "case"),
                             Word("to", "ADP", "IN", 2, "fixed"),      Word("rain", "NOUN", "NN", 1, "obl")};
  ng::nlp::RepairDueTo(&rain);
  CHECK(rain[1].head == 3);
  CHECK(rain[2].deprel == "fixed");
}

TEST_CASE("a that-clause with no verb but a plural-looking noun after its subject holds its verb among its nouns") {
  // "Groups claimed that the mill pollutes the lake ." with "pollutes" tagged
  // a plural noun, "the mill pollutes" read as one noun phrase.
  std::vector<Token> s = {Word("Groups", "NOUN", "NNS", 2, "nsubj"), Word("claimed", "VERB", "VBD", 0, "root"),
                          Word("that", "SCONJ", "IN", 6, "mark"),    Word("the", "DET", "DT", 6, "det"),
                          Word("mill", "NOUN", "NN", 6, "compound"), Word("pollutes", "NOUN", "NNS", 2, "obj"),
                          Word("the", "DET", "DT", 8, "det"),        Word("lake", "NOUN", "NN", 6, "nmod"),
                          Word(".", "PUNCT", ".", 2, "punct")};
  CHECK(ng::nlp::VerblessThatClause(s) == std::vector<int>{4, 5});
  CHECK(ng::nlp::MistaggedMainVerbs(s) == std::vector<int>{4, 5});
  // A finite verb after the "that" leaves it be.
  std::vector<Token> finite = s;
  finite[5] = Word("pollutes", "VERB", "VBZ", 2, "ccomp");
  CHECK(ng::nlp::VerblessThatClause(finite).empty());
  // A "that" after a noun opens a relative or a noun's clause, not a verb's.
  std::vector<Token> noun = s;
  noun[1] = Word("claim", "NOUN", "NN", 0, "root");
  CHECK(ng::nlp::VerblessThatClause(noun).empty());
  // A determiner alone before the plural: "the mills" is a subject still
  // waiting for its verb.
  std::vector<Token> plural = s;
  plural[4] = Word("mills", "NOUN", "NNS", 6, "compound");
  plural[5] = Word("near", "ADP", "IN", 8, "case");
  CHECK(ng::nlp::VerblessThatClause(plural).empty());
}

TEST_CASE("a plural-looking subject right before another subject of the same verb is a verb in -s") {
  // "The club fears the stadium will close ." with "club fears" one noun
  // phrase and two subjects of "close".
  std::vector<Token> s = {Word("The", "DET", "DT", 3, "det"),         Word("club", "NOUN", "NN", 3, "compound"),
                          Word("fears", "NOUN", "NNS", 7, "nsubj"),   Word("the", "DET", "DT", 5, "det"),
                          Word("stadium", "NOUN", "NN", 7, "nsubj"),  Word("will", "AUX", "MD", 7, "aux"),
                          Word("close", "VERB", "VB", 0, "root"),     Word(".", "PUNCT", ".", 7, "punct")};
  CHECK(ng::nlp::PluralSubjectBeforeSubject(s) == std::vector<int>{2});
  CHECK(ng::nlp::MistaggedMainVerbs(s) == std::vector<int>{2});
  // One subject only ("The club fears will grow ."): nothing to say it is a verb.
  std::vector<Token> one = s;
  one.erase(one.begin() + 3, one.begin() + 5);
  for (Token& w : one)
    if (w.head >= 3) w.head -= 2;
  CHECK(ng::nlp::PluralSubjectBeforeSubject(one).empty());
  // No noun before it ("The fears of the club ..."): a plain plural subject.
  std::vector<Token> bare = s;
  bare[1] = Word("new", "ADJ", "JJ", 3, "amod");
  CHECK(ng::nlp::PluralSubjectBeforeSubject(bare).empty());
}

TEST_CASE("a past tense right after an opening phrase's noun, ending at a comma before a clause, describes the noun") {
  // "In a survey published Friday , Ruiz leads Dahl ." with "published" the
  // root, "survey" its oblique and "leads" beside it.
  std::vector<Token> s = {Word("In", "ADP", "IN", 3, "case"),         Word("a", "DET", "DT", 3, "det"),
                          Word("survey", "NOUN", "NN", 4, "obl"),     Word("published", "VERB", "VBD", 0, "root"),
                          Word("Friday", "PROPN", "NNP", 4, "obj"),   Word(",", "PUNCT", ",", 7, "punct"),
                          Word("Ruiz", "PROPN", "NNP", 8, "nsubj"),   Word("leads", "VERB", "VBZ", 4, "parataxis"),
                          Word("Dahl", "PROPN", "NNP", 8, "obj"),     Word(".", "PUNCT", ".", 4, "punct")};
  std::vector<Token> subject = s;  // "In a survey, pollsters published Friday, ...": a subject of its own
  ng::nlp::RepairOpeningPhraseParticiples(&s);
  CHECK(s[7].head == -1);
  CHECK(s[7].deprel == "root");
  CHECK(s[2].head == 7);  // the phrase is the clause's
  CHECK(s[3].head == 2);
  CHECK(s[3].deprel == "acl");
  CHECK(s[3].xpos == "VBN");
  CHECK(s[9].head == 7);
  // A verb with its own subject is a clause, left as parsed.
  subject.insert(subject.begin() + 3, Word("pollsters", "NOUN", "NNS", 5, "nsubj"));
  for (size_t i = 0; i < subject.size(); ++i)
    if (i != 3 && subject[i].head >= 3) ++subject[i].head;
  ng::nlp::RepairOpeningPhraseParticiples(&subject);
  CHECK(subject[4].head == -1);
  CHECK(subject[4].xpos == "VBD");
  // "In a survey published Friday , most voters chose Ruiz ." with "voters"
  // the participle's object and "chose" its conjunct with no subject.
  std::vector<Token> o = {Word("In", "ADP", "IN", 3, "case"),         Word("a", "DET", "DT", 3, "det"),
                          Word("survey", "NOUN", "NN", 4, "obl"),     Word("published", "VERB", "VBD", 0, "root"),
                          Word("Friday", "PROPN", "NNP", 4, "obl"),   Word(",", "PUNCT", ",", 8, "punct"),
                          Word("most", "ADJ", "JJS", 8, "amod"),      Word("voters", "NOUN", "NNS", 4, "obj"),
                          Word("chose", "VERB", "VBD", 4, "conj"),    Word("Ruiz", "PROPN", "NNP", 9, "obj"),
                          Word(".", "PUNCT", ".", 4, "punct")};
  ng::nlp::RepairOpeningPhraseParticiples(&o);
  CHECK(o[8].head == -1);
  CHECK(o[7].head == 8);
  CHECK(o[7].deprel == "nsubj");
  CHECK(o[3].deprel == "acl");
  // "In the survey , taken in May , Ruiz led ." with the participle set off.
  std::vector<Token> c = {Word("In", "ADP", "IN", 3, "case"),       Word("the", "DET", "DT", 3, "det"),
                          Word("survey", "NOUN", "NN", 5, "obl"),   Word(",", "PUNCT", ",", 3, "punct"),
                          Word("taken", "VERB", "VBN", 0, "root"),  Word("in", "ADP", "IN", 7, "case"),
                          Word("May", "PROPN", "NNP", 5, "obl"),    Word(",", "PUNCT", ",", 10, "punct"),
                          Word("Ruiz", "PROPN", "NNP", 10, "nsubj"), Word("led", "VERB", "VBD", 5, "parataxis"),
                          Word(".", "PUNCT", ".", 5, "punct")};
  ng::nlp::RepairOpeningPhraseParticiples(&c);
  CHECK(c[8].head == 9);
  CHECK(c[9].head == -1);
  CHECK(c[4].head == 2);
  CHECK(c[4].deprel == "acl");
  CHECK(c[2].head == 9);
}

TEST_CASE("an auxiliary closing a clause with its verb left out heads that clause") {
  // "Port officials said it would not ." with "it" and "would" obliques of "said".
  std::vector<Token> s = {Word("Port", "PROPN", "NNP", 2, "compound"), Word("officials", "NOUN", "NNS", 3, "nsubj"),
                          Word("said", "VERB", "VBD", 0, "root"),      Word("it", "PRON", "PRP", 3, "obl"),
                          Word("would", "AUX", "MD", 3, "obl"),        Word("not", "PART", "RB", 5, "advmod"),
                          Word(".", "PUNCT", ".", 3, "punct")};
  ng::nlp::RepairElidedClauses(&s);
  CHECK(s[4].head == 2);
  CHECK(s[4].deprel == "ccomp");
  CHECK(s[3].head == 4);
  CHECK(s[3].deprel == "nsubj");
  CHECK(s[5].head == 4);
  // "Bankers love the plan ; workers do not .": the second half of the
  // sentence is no clause of "love".
  std::vector<Token> t = {Word("Bankers", "NOUN", "NNS", 2, "nsubj"), Word("love", "VERB", "VBP", 0, "root"),
                          Word("the", "DET", "DT", 4, "det"),         Word("plan", "NOUN", "NN", 2, "obj"),
                          Word(";", "PUNCT", ",", 2, "punct"),        Word("workers", "NOUN", "NNS", 2, "obl"),
                          Word("do", "AUX", "VBP", 2, "obl"),         Word("not", "PART", "RB", 7, "advmod"),
                          Word(".", "PUNCT", ".", 2, "punct")};
  ng::nlp::RepairElidedClauses(&t);
  CHECK(t[6].deprel == "obl");
  CHECK(t[5].head == 1);
}

TEST_CASE("an opening 'As' participle 'by' phrase is the participle's agent, the participle a clause of the root") {
  // "As reported by the Gazette , the mayor resigned ." with "by" a mark of
  // "resigned" and "Gazette" its passive subject.
  std::vector<Token> s = {Word("As", "SCONJ", "IN", 2, "mark"),          Word("reported", "VERB", "VBN", 8, "advcl"),
                          Word("by", "ADP", "IN", 8, "mark"),            Word("the", "DET", "DT", 8, "det"),
                          Word("Gazette", "PROPN", "NNP", 8, "nsubj:pass"), Word(",", "PUNCT", ",", 8, "punct"),
                          Word("the", "DET", "DT", 7, "det"),            Word("mayor", "NOUN", "NN", 8, "nsubj"),
                          Word("resigned", "VERB", "VBD", 0, "root"),    Word(".", "PUNCT", ".", 8, "punct")};
  ng::nlp::RepairOpeningAsAgents(&s);
  CHECK(s[4].head == 1);
  CHECK(s[4].deprel == "obl:agent");
  CHECK(s[2].head == 4);
  CHECK(s[2].deprel == "case");
  CHECK(s[3].head == 4);
  CHECK(s[1].head == 8);
  CHECK(s[1].deprel == "advcl");
  CHECK(s[8].head == -1);
  // The same with the participle the root and the verb hung from it.
  std::vector<Token> r = {Word("As", "SCONJ", "IN", 2, "mark"),          Word("reported", "VERB", "VBN", 0, "root"),
                          Word("by", "ADP", "IN", 9, "mark"),            Word("the", "DET", "DT", 9, "det"),
                          Word("Gazette", "PROPN", "NNP", 9, "nsubj:pass"), Word(",", "PUNCT", ",", 9, "punct"),
                          Word("the", "DET", "DT", 7, "det"),            Word("mayor", "NOUN", "NN", 9, "nsubj"),
                          Word("resigned", "VERB", "VBD", 2, "parataxis"), Word(".", "PUNCT", ".", 2, "punct")};
  ng::nlp::RepairOpeningAsAgents(&r);
  CHECK(r[8].head == -1);
  CHECK(r[8].deprel == "root");
  CHECK(r[1].head == 8);
  CHECK(r[4].head == 1);
  CHECK(r[4].deprel == "obl:agent");
  CHECK(r[9].head == 8);
}

TEST_CASE("a participle set off between the opening subject and its verb describes the subject") {
  // "Sen. Ruiz , facing a race , said she would stay ." with "facing" the
  // complement of "said" and the name its vocative.
  std::vector<Token> s = {Word("Sen.", "PROPN", "NNP", 4, "vocative"), Word("Ruiz", "PROPN", "NNP", 1, "flat"),
                          Word(",", "PUNCT", ",", 4, "punct"),          Word("facing", "VERB", "VBG", 8, "ccomp"),
                          Word("a", "DET", "DT", 6, "det"),             Word("race", "NOUN", "NN", 4, "obj"),
                          Word(",", "PUNCT", ",", 4, "punct"),          Word("said", "VERB", "VBD", 0, "root"),
                          Word("she", "PRON", "PRP", 11, "nsubj"),      Word("would", "AUX", "MD", 11, "aux"),
                          Word("stay", "VERB", "VB", 8, "ccomp"),       Word(".", "PUNCT", ".", 8, "punct")};
  std::vector<Token> subject = s;  // the same with "said" given a subject of its own
  ng::nlp::RepairSubjectParticipleComplements(&s);
  CHECK(s[0].head == 7);
  CHECK(s[0].deprel == "nsubj");
  CHECK(s[3].head == 0);
  CHECK(s[3].deprel == "acl");
  CHECK(s[6].head == 3);
  subject[8].head = 7;
  subject[8].deprel = "nsubj";
  ng::nlp::RepairSubjectParticipleComplements(&subject);
  CHECK(subject[3].deprel == "ccomp");
}

TEST_CASE("a determiner or modifier hung from a verb after it, before its subject, is the subject's") {
  // "A new survey shows voters left ." with "A" and "new" hung from "shows".
  std::vector<Token> s = {Word("A", "DET", "DT", 4, "det"),         Word("new", "ADJ", "JJ", 4, "amod"),
                          Word("survey", "NOUN", "NN", 4, "nsubj"), Word("shows", "VERB", "VBZ", 0, "root"),
                          Word("voters", "NOUN", "NNS", 6, "nsubj"), Word("left", "VERB", "VBD", 4, "ccomp"),
                          Word(".", "PUNCT", ".", 4, "punct")};
  ng::nlp::RepairSubjectModifiers(&s);
  CHECK(s[0].head == 2);
  CHECK(s[1].head == 2);
  // With no subject between it and the verb, it stays ("Many left.").
  std::vector<Token> t = {Word("Many", "ADJ", "JJ", 2, "amod"), Word("left", "VERB", "VBD", 0, "root"),
                          Word(".", "PUNCT", ".", 2, "punct")};
  ng::nlp::RepairSubjectModifiers(&t);
  CHECK(t[0].head == 1);
}

TEST_CASE("a verb after a comma with only a name and its description after it is the root, the name its subject") {
  // "Fares rose, said Mr. Berg, the town's lawyer." read with "said" a
  // conjunct of "rose" and "Berg" an oblique of "rose".
  auto sentence = [] {
    return std::vector<Token>{Word("Fares", "NOUN", "NNS", 2, "nsubj"),   Word("rose", "VERB", "VBD", 0, "root"),
                              Word(",", "PUNCT", ",", 4, "punct"),        Word("said", "VERB", "VBD", 2, "conj"),
                              Word("Mr.", "PROPN", "NNP", 6, "nmod:desc"), Word("Berg", "PROPN", "NNP", 2, "obl"),
                              Word(",", "PUNCT", ",", 10, "punct"),       Word("the", "DET", "DT", 9, "det"),
                              Word("town", "NOUN", "NN", 10, "nmod:poss"), Word("'s", "PART", "POS", 9, "case"),
                              Word("lawyer", "NOUN", "NN", 6, "appos"),   Word(".", "PUNCT", ".", 2, "punct")};
  };
  std::vector<Token> s = sentence();
  s[10].head = 1;  // the description hung from "rose" too
  s[10].deprel = "obl";
  ng::nlp::RepairClosingInvertedSubjects(&s);
  CHECK(s[3].head == -1);
  CHECK(s[3].deprel == "root");
  CHECK(s[1].head == 3);
  CHECK(s[1].deprel == "ccomp");
  CHECK(s[5].head == 3);
  CHECK(s[5].deprel == "nsubj");
  CHECK(s[10].head == 5);
  CHECK(s[10].deprel == "appos");
  CHECK(s[11].head == 3);
  // A name set off right before the comma is the subject: the name after is
  // whom it was told to ("…, Ana Ruiz, told Lund.").
  std::vector<Token> named = {Word("Fares", "NOUN", "NNS", 2, "nsubj"), Word("rose", "VERB", "VBD", 0, "root"),
                              Word(",", "PUNCT", ",", 4, "punct"),      Word("Ruiz", "PROPN", "NNP", 2, "appos"),
                              Word(",", "PUNCT", ",", 6, "punct"),      Word("told", "VERB", "VBD", 2, "conj"),
                              Word("Lund", "PROPN", "NNP", 2, "obl"),   Word(".", "PUNCT", ".", 2, "punct")};
  ng::nlp::RepairClosingInvertedSubjects(&named);
  CHECK(named[5].head == 1);
  CHECK(named[6].deprel == "obl");
  // So is a name with a determiner after the verb ("told The Gazette").
  std::vector<Token> told = sentence();
  told[4] = Word("The", "DET", "DT", 6, "det");
  ng::nlp::RepairClosingInvertedSubjects(&told);
  CHECK(told[3].head == 1);
  CHECK(told[5].deprel == "obl");
}

TEST_CASE("a verb in a tense hung from a root name before it is the root and the name its subject") {
  // "Nils Vane, 47, told staff he would retire." parsed with "Nils" the root.
  auto sentence = [] {
    return std::vector<Token>{Word("Nils", "PROPN", "NNP", 0, "root"),   Word("Vane", "PROPN", "NNP", 1, "flat"),
                              Word(",", "PUNCT", ",", 4, "punct"),       Word("47", "NUM", "CD", 1, "amod"),
                              Word(",", "PUNCT", ",", 1, "punct"),       Word("told", "VERB", "VBD", 1, "nmod"),
                              Word("staff", "NOUN", "NN", 6, "iobj"),    Word("he", "PRON", "PRP", 10, "nsubj"),
                              Word("would", "AUX", "MD", 10, "aux"),     Word("retire", "VERB", "VB", 6, "ccomp"),
                              Word(".", "PUNCT", ".", 1, "punct")};
  };
  std::vector<Token> s = sentence();
  ng::nlp::RepairNominalRootsBeforeVerbs(&s);
  CHECK(s[5].head == -1);
  CHECK(s[5].deprel == "root");
  CHECK(s[0].head == 5);
  CHECK(s[0].deprel == "nsubj");
  CHECK(s[3].head == 0);  // the age stays the name's
  CHECK(s[10].head == 5);
  // A verb with a subject of its own is a clause beside the name.
  std::vector<Token> own = sentence();
  own[6].deprel = "nsubj";
  ng::nlp::RepairNominalRootsBeforeVerbs(&own);
  CHECK(own[0].head == -1);
  CHECK(own[5].head == 0);
  // So is a relative clause, and a verb after another verb.
  std::vector<Token> relative = sentence();
  relative[5].deprel = "acl:relcl";
  ng::nlp::RepairNominalRootsBeforeVerbs(&relative);
  CHECK(relative[0].head == -1);
  std::vector<Token> participle = sentence();
  participle[3] = Word("aged", "VERB", "VBN", 1, "acl");
  ng::nlp::RepairNominalRootsBeforeVerbs(&participle);
  CHECK(participle[0].head == -1);
}

TEST_CASE("a gerund after a verb opening a clause in a tense is that clause's subject") {
  // "Critics said closing the depot would cost jobs." read with the gerund
  // an oblique of "said" and the clause hung from the gerund, its object
  // taken for the clause's subject.
  auto sentence = [] {
    return std::vector<Token>{Word("Critics", "NOUN", "NNS", 2, "nsubj"), Word("said", "VERB", "VBD", 0, "root"),
                              Word("closing", "VERB", "VBG", 2, "obl"),   Word("the", "DET", "DT", 5, "det"),
                              Word("depot", "NOUN", "NN", 7, "nsubj"),    Word("would", "AUX", "MD", 7, "aux"),
                              Word("cost", "VERB", "VB", 3, "ccomp"),     Word("jobs", "NOUN", "NNS", 7, "obj"),
                              Word(".", "PUNCT", ".", 2, "punct")};
  };
  std::vector<Token> s = sentence();
  ng::nlp::RepairGerundSubjectClauses(&s);
  CHECK(s[6].head == 1);
  CHECK(s[6].deprel == "ccomp");
  CHECK(s[2].head == 6);
  CHECK(s[2].deprel == "csubj");
  CHECK(s[4].head == 2);
  CHECK(s[4].deprel == "obj");
  // The gerund a verb goes on with keeps its clause: "kept saying things would improve".
  std::vector<Token> kept = sentence();
  kept[2].deprel = "xcomp";
  ng::nlp::RepairGerundSubjectClauses(&kept);
  CHECK(kept[6].head == 2);
  CHECK(kept[4].deprel == "nsubj");
  // Read with its object and the clause hung from the verb with no subject.
  std::vector<Token> beside = sentence();
  beside[2].deprel = "xcomp";
  beside[4] = Word("depot", "NOUN", "NN", 3, "obj");
  beside[6] = Word("cost", "VERB", "VB", 2, "ccomp");
  ng::nlp::RepairGerundSubjectClauses(&beside);
  CHECK(beside[2].head == 6);
  CHECK(beside[2].deprel == "csubj");
}
