// ingest/nlp/parse_repair.h — corrections of the parser's output where the
// grammar leaves no doubt and the statistical models err often on news text.
#ifndef NEWSGRAPH_INGEST_NLP_PARSE_REPAIR_H_
#define NEWSGRAPH_INGEST_NLP_PARSE_REPAIR_H_

#include <vector>

#include "ingest/nlp/syntax.h"

namespace ng::nlp {

// "Trump attacked Clinton" tagged as a participle (VBN) with a passive
// subject: an English passive clause has a passive auxiliary ("was", "got")
// and no direct object, so a "passive" subject of a verb with an object and
// no such auxiliary is its active subject; with no auxiliary at all the verb
// is a past tense (VBD), as is any participle with an active subject and no
// auxiliary ("the minister pointed to talks"); so is the root participle of
// a subject with a relative clause or an apposition, and no auxiliary.
void RepairPassiveSubjects(std::vector<Token>* tokens);

// "rejects the claim that he was tired" parsed with the "that" clause (or a
// noun modifier, an apposition) hanging from the verb: these relations
// belong to nouns, so such a dependent of a verb that follows the verb's
// object right after it hangs from that object instead.
void RepairNominalDependents(std::vector<Token>* tokens);

// "A new survey shows …" parsed (after the verb's retagging) with "A" and
// "new" hung from "shows": a determiner or modifier of a noun hung from a
// verb after it, before that verb's subject, hangs from the subject.
void RepairSubjectModifiers(std::vector<Token>* tokens);

// "The Policy Center estimates that ..." parsed with "Center" a compound of
// the verb: a finite verb takes no compound, so a noun or name hung from it
// as one before it, when it has no subject, is its subject.
void RepairCompoundSubjects(std::vector<Token>* tokens);

// "the levy, which Mayor Olsen opposes," parsed right with "opposes" tagged a
// plural noun: the head of a relative clause with a subject (or a name hung
// from it as a compound) and the relative pronoun for object, with no determiner, copula or preposition of its own,
// is a verb in "-s".
void RepairRelativeClauseVerbTags(std::vector<Token>* tokens);

// "said on Monday that strikes had stalled" parsed with "that" a relative
// pronoun of "Monday": a day or month named as when a verb's act took place
// takes no relative clause opened by "that" in news (it would be "on the
// Monday when"), so such a clause is the verb's complement, "that" its mark.
// So does a span of time named with no preposition ("said last week that").
// With no "that", a clause in a tense opened by its own subject right after
// the day is the verb's complement too ("said Tuesday they had found ..."),
// and a day right after the verb, read as the clause's mark or a second
// subject before the clause's own, is the verb's time ("said Monday they
// had seen ...", "said Tuesday its crews would strike").
void RepairDayRelatives(std::vector<Token>* tokens);

// "On Wednesday, the minister said ..." parsed with "Wednesday" the subject
// and "the minister" its apposition: a noun with a preposition is no
// subject, so it is an oblique of the verb, and an apposition after it is
// the verb's subject instead; a noun hung from it before its preposition
// ("said Ana Holm, of the church" with "church" the subject) is the subject,
// and the phrase its modifier.
void RepairPrepositionalSubjects(std::vector<Token>* tokens);

// "On Sunday, the minister urged calm" parsed with "the minister" an
// apposition of the day: a day or month has none but a date, so a noun
// set between it and its verb, which has no subject, is that subject.
void RepairDayAppositions(std::vector<Token>* tokens);

// "In a debate this week in Lima, Ana Ruiz, the head of the league, told
// ..." parsed with "week" the subject and "Ana Ruiz" an apposition of
// "Lima": a span of time or a day set before a name set off by commas does
// not speak or act; that name is the subject, the time the verb's.
void RepairTimeSubjectAppositions(std::vector<Token>* tokens);

// "Labour's transport spokesperson, Ana Lund, said ..." parsed with "'s" a
// copula ("Labour is spokesperson"): the tagger read a possessive; a
// possessive "'s" marks the noun before it as the owner of the noun it
// was hung from.
void RepairPossessiveCopulas(std::vector<Token>* tokens);

// The same phrase then read as the clausal complement of the verb after
// it: a noun phrase with no subject or copula of its own, set off by a
// comma right before a finite verb with no subject, is that verb's subject.
void RepairNominalComplementSubjects(std::vector<Token>* tokens);

// "A report seen by the Courier said ..." parsed with "by" a marker and
// "the Courier" a second subject of "said": a noun phrase right after a
// participle's "by", read as the subject of a verb that has another
// subject before it, is the participle's agent.
void RepairParticipleAgents(std::vector<Token>* tokens);

// "Analysts estimated the recall could cost …" parsed with "estimated" the
// clausal subject of "cost" and "the recall" its object: a finite verb with
// a subject and a noun object of its own, read as the clausal subject of the
// verb right after that object, which has none, reports that verb's
// clause, the object its subject (not "What she said is true", "That he
// left surprised us": a wh-word or "that" opens a clause that is a subject).
void RepairObjectSubjectClauses(std::vector<Token>* tokens);

// "Records show the cafe passed its inspections" parsed with "the cafe" the
// object of "show" and "passed" a complement with no subject: a finite
// clause right after a verb's object, with no subject of its own, has that
// object for subject.
void RepairObjectsBeforeSubjectlessClauses(std::vector<Token>* tokens);

// "..., saying demand for chips used in cars had weakened" parsed with "had
// weakened" a conjunct (or an unmarked adverbial clause) of the main verb
// with no subject, "demand" the object of "saying": such a finite clause
// with no subject, no conjunction and no comma, opening right where a verb's
// noun object ends, is that verb's clause, the object its subject.
void RepairObjectSubjectConjuncts(std::vector<Token>* tokens);

// "Those surveyed said the mayor was doing well." parsed with "those" the
// root, "surveyed" the subject of "said" and "said" a relative clause: a
// pronoun, a participle describing it and a finite verb with that
// participle for subject are the verb's subject and its modifier.
void RepairDescribedPronounSubjects(std::vector<Token>* tokens);

// "Sources close to the minister insisted he had nothing to hide." parsed
// with "had" a parataxis of "insisted": a finite clause with a subject,
// right after a verb with nothing set off between, is its complement.
void RepairUnpunctuatedParataxis(std::vector<Token>* tokens);

// "attacked 40 times since May by armed groups ." parsed with "since
// May by armed groups" hung from the full stop: punctuation heads
// nothing but punctuation, so a word hung from it hangs from its head
// instead, a noun's modifier under a verb as the verb's oblique ("by"
// under a passive verb: its agent).
void RepairPunctuationHeads(std::vector<Token>* tokens);

// "said on Thursday, days after soldiers clashed" parsed with "days" the
// subject of "clashed" and "after soldiers" its modifier: a span of time
// does not act, so the noun after "after" (or "before", "since") is the
// subject, that word the clause's mark, the span a modifier of the verb, and
// the clause an adverbial one. So with "a week after the navy detained a
// boat" parsed with "detained" a participle describing "the navy", and
// "two days after reservists were called up" parsed with "reservists" a
// modifier of "days" and "called" a conjunct with no subject.
void RepairTimeSpanSubjects(std::vector<Token>* tokens);

// "labelled the blockade an act of war" parsed with two objects (or the
// second a bare oblique): a verb has one; after a verb of naming the
// second is what the first is called (xcomp). (Others, "told reporters the plan", are left: the
// attribution rules read them as parsed.)
void RepairDoubleObjects(std::vector<Token>* tokens);

// "told the Glenfield Courier the decision was final" parsed as one noun
// phrase with two determiners, the subject of the clause: the name after
// the first determiner is the verb's indirect object (whom it was told).
void RepairHearerBeforeClauseSubject(std::vector<Token>* tokens);

// "told reporters that talks would resume" parsed as a relative clause of
// the hearer with "that" its object: a clause with a subject of its own
// that "that" opens after a verb's indirect object (or a pronoun or name
// as its object) is the verb's complement and "that" its mark. A relative
// clause there would describe whom one tells ("told voters that polls
// ignore"), which news writes with "who".
void RepairHearerRelativeClauses(std::vector<Token>* tokens);

// "said in a statement it was reviewing the contract" parsed as a
// relative clause of "statement": a clause with no relative word whose
// verb has its object, clause or predicate already (no gap a relative
// clause needs) after a phrase "in X" of a verb is that verb's complement.
void RepairContactClausesAfterInPhrase(std::vector<Token>* tokens);

// "…, two people familiar with the talks said." parsed with "with" the
// mark of "said" and "talks" its subject: a verb whose mark is a
// preposition, after an adjective describing a noun, has that noun for
// subject; the adjective describes it and the noun after the preposition
// is the adjective's.
void RepairPrepositionMarkedReports(std::vector<Token>* tokens);

// "acknowledged, however, that the data was sound" parsed as an adverbial
// clause of the verb (after the commas): a clause after its verb that
// "that" alone opens (not "so that", "in order that", "now that") is the
// verb's complement. EWT train and dev have four adverbial clauses so
// opened, all after "order", "save" or a noun.
void RepairThatAdverbialClauses(std::vector<Token>* tokens);

// "Officials of the X Department, which runs the project, said an
// inspection would be held" parsed with the relative clause the verb's
// complement (two subjects: "Officials" and "which") and "an inspection"
// the verb's subject: the noun before the relative pronoun is the verb's
// subject, the clause describes it, and a noun after the verb with a
// subjectless verb hung beside it is that verb's subject, its clause the
// complement.
void RepairRelativeClausesReadAsReports(std::vector<Token>* tokens);

// "said that both buildings needed repairs" parsed with "that" and
// "needed" obliques of "said" (labels no complementizer or verb takes): the
// clause "that" opens is the verb's complement, "that" its mark, and a
// noun hung from the verb between them the clause's subject.
void RepairMislabelledThatClauses(std::vector<Token>* tokens);

// "said losing Okafor would show the club lacked ambition" parsed with the
// gerund hung from "said" and the clause after it from the gerund: a gerund
// right after a verb, followed by a noun phrase and a verb in a tense or
// with a modal whose subject that phrase was read as, opens the clause the
// verb reports: the gerund is that clause's subject, the phrase its object.
void RepairGerundSubjectClauses(std::vector<Token>* tokens);

// "the decision to rule out the goal was wrong" parsed with "the goal" a
// second subject of "wrong": a noun phrase right after a subject whose
// infinitive ("to rule out") has no object yet is that infinitive's object.
void RepairInfinitiveObjectsReadAsSubjects(std::vector<Token>* tokens);

// "acknowledged that limitation and said a trial was needed" parsed with
// "that" opening a clause whose subject is "limitation" and whose verb is
// "said": no "and" stands between a subject and its verb, so "that" is the
// determiner of a singular noun that has none, the noun the first verb's
// object, the second verb joined to the first.
void RepairDemonstrativesReadAsMarks(std::vector<Token>* tokens);

// "said in a statement that talks with the unions would continue" parsed
// with "that talks with the unions" a relative clause of "statement" and
// "continue" a complement with no subject: a "that" read as no mark, then a
// noun phrase running right up to a verb (or its auxiliaries) that has no
// subject, open that verb's clause: "that" its mark, the phrase its subject.
void RepairStrandedThatClauses(std::vector<Token>* tokens);

// "Ferry captain Lars Berge said …" parsed with "Ferry" the subject and the
// name hung from it as more of its name, "captain" describing the name: a
// word of a name that a description hangs from, the description between it
// and the name's first word, is the name's head; that first word modifies
// the description.
void RepairDescribedNameHeads(std::vector<Token>* tokens);

// "A report released last month found that …" parsed with "released" the
// sentence's verb and "found" its complement with no subject: a verb with
// no object between a subject and a subjectless finite verb it governs,
// with only its own phrases between (no comma), is a participle describing
// the subject, and the second verb the sentence's.
void RepairReducedRelativeSubjects(std::vector<Token>* tokens);

// "called for lower fares, the repair of old bridges and more buses"
// parsed with "repair" an oblique of a verb above: a noun with no
// preposition is no oblique (a time would be "obl:unmarked"), so after a
// comma it is the next item of the list the noun before the comma ends.
void RepairListItems(std::vector<Token>* tokens);

// "prices rose, builders say, and the builders' association warned that
// ..." parsed with "association" a conjunct of the first verb and "warned"
// another with no subject: a finite verb conjoined with no subject of its
// own, right after a conjoined noun of the same head, has that noun for
// subject (and the noun's "and" is the verb's).
void RepairConjoinedSubjects(std::vector<Token>* tokens);

// "Rebels took the town on Tuesday, residents and a police source said."
// parsed with "said" a conjunct of "took" (and "residents" of a noun in the
// clause before): a finite verb closing the sentence, its subject's phrase
// opening right after a comma (or a first noun after the comma joined to it
// by the verb's "and"), reports the clause before.
void RepairClosingConjoinedReports(std::vector<Token>* tokens);

// "Two members voted for a cut, minutes of the meeting showed." parsed with
// "showed" a relative clause of "cut": a relative clause with no relative
// word (or a finite verb hung as an oblique, object or noun modifier: "…,
// the district estimates."), set off by a comma, its subject right after
// the comma, closing the sentence with nothing of its own said, is a
// reporting clause of the sentence before it.
void RepairClosingRelativeReports(std::vector<Token>* tokens);

// "The transport minister, Ana Pires, said …" parsed with "minister" a
// clausal complement before "said" and the name its subject: a noun with
// no verb of its own cannot be a clause; before its verb, right before the
// verb's subject set off by commas, it is the subject, the name its
// apposition.
void RepairNominalComplementsBeforeSubject(std::vector<Token>* tokens);

// "X called the strike \"reckless\" and said …" parsed with "the strike"
// the subject of "said": a verb joined by "and" whose subject stands between
// an earlier verb with no object and the "and" takes that verb's subject;
// the noun is that verb's object.
void RepairObjectsReadAsSubjects(std::vector<Token>* tokens);

// "Farmer Dev Patel, who would lease land to the firm, said …" parsed with
// the relative clause the complement of "said" and the name a vocative: a
// clause whose subject is "who" or "which", before its verb and right after
// a noun phrase and a comma, is that phrase's relative clause, the phrase
// the verb's subject when it has none.
void RepairRelativeClausesReadAsComplements(std::vector<Token>* tokens);

// "The lake has warmed faster than expected, scientists said." parsed with
// "scientists" an object in the clause before and "said" with no subject
// (so "..., Minister Ana Rojas said on Tuesday, calling ...", "..., two of
// the people said.", "..., traders and analysts said."): a finite verb
// heading the sentence right after a comma and a noun phrase (or two joined
// by "and") has that phrase for subject when it has none.
void RepairClosingSubjects(std::vector<Token>* tokens);

// "Eight of 10 voters say they will watch" parsed with "eight" and "voters"
// obliques and "say" with no subject: a proportion of people before a verb
// with no subject is its subject, the number first, the people after "of"
// or "in" its modifier.
void RepairProportionSubjects(std::vector<Token>* tokens);

// "Norway, which has observers in the area, called for calm." parsed with
// the sentence's root the name and "called" a participle describing
// "observers": a verb with no subject right after the comma that closes a
// relative clause set off after the opening name or noun is the sentence's
// verb, and the noun its subject.
void RepairVerbsAfterRelativeClauses(std::vector<Token>* tokens);

// "Holm will do well at the port, Dahl argues." parsed with "argues" an
// adverbial clause of "do": a finite verb with no subordinator whose subject
// opens its phrase right after a comma, and which closes the sentence, is a
// clause set beside the one before it (a parataxis), as "…, Dahl said." is.
void RepairClosingAdverbialReports(std::vector<Token>* tokens);

// "The guild, which includes two unions, advocates for ..." parsed with the
// guild the sentence's head and "advocates" a conjunct of "includes" (or
// "Mr. Lee, who understood that ..., told his aides ..." with "understood"
// the head, two subjects, and "told" deep inside its clause): the first
// finite verb after the relative clause of a sentence's opening noun phrase,
// set off by a comma and with no subject or "and" of its own, is the
// sentence's verb and the phrase its subject. The comma may stand before the
// verb's auxiliaries ("..., has urged"), the verb may be tagged a participle
// when it is the clause's conjunct with no auxiliary, and the verb may be
// the one the parse hung the whole clause from as an adverbial clause.
void RepairRelativeClauseSubjects(std::vector<Token>* tokens);

// "the minister, Kadri Tamm, said" parsed with "Kadri" a compound of
// "minister": a compound or flat part comes before its head or right after
// it; one set off from its head by a comma is an apposition.
void RepairCommaCompounds(std::vector<Token>* tokens);

// "The bank's chief economist, Ruth Adeyemi, said ..." parsed with
// "economist" (tagged an adjective) the head and "said" hanging from it: a
// sentence's opening noun phrase with an apposition set off by commas, then
// a finite verb with no subject of its own hanging from the phrase, is that
// verb's subject.
void RepairAppositiveSubjects(std::vector<Token>* tokens);

// "In a post on its site, Grant, 41, said …" parsed with "Grant" a conjunct
// of the site and "said" with no subject: a name right before ", <age>,"
// and a finite verb that has no subject is that verb's subject, the age its
// apposition.
void RepairAgedSubjects(std::vector<Token>* tokens);

// "Now, says Alba Moreno, the catch is too small" parsed with the name a
// vocative of the clause after: after a short opening with no verb, a
// finite verb with no subject, a name set off by commas and a clause with a
// subject of its own, the name is the verb's subject and the clause what it
// says (the opening stays the verb's).
void RepairOpeningInvertedReports(std::vector<Token>* tokens);

// "The pollster said Ruiz, despite her money, is better placed" parsed with
// "Ruiz" a second subject of "said" and "placed" its conjunct: a subject
// after a verb that has one before it, then a clause with none of its own
// that the parse joined to the verb with no conjunction, is that clause's
// subject, and the clause the verb's complement (with what stood between).
void RepairSubjectsAfterReports(std::vector<Token>* tokens);

// "…, figures released on Thursday show." parsed with "Thursday" the
// closing verb's subject and "on" its preposition, the verb an oblique of
// the participle: the day is the participle's, and the verb reports the
// clause before (for RepairClosingSubjects to find its subject).
void RepairClosingDatedReports(std::vector<Token>* tokens);

// "Two senators, speaking on condition of anonymity, said they expected …"
// parsed with the participle the verb's complement (ahead of the real one):
// a present participle set off by commas between a verb's subject and the
// verb describes the subject.
void RepairInterposedComplementParticiples(std::vector<Token>* tokens);

// "Norvik said in a statement that it was watching ..." parsed with the
// "that" clause a complement of "statement": a clause opened by "that" with
// a subject of its own (or an "it" read as an expletive), hung from the noun
// of a verb's phrase of place or occasion ("in", "on", "at", "during") when
// the verb has no clause or object of its own, is the verb's complement.
void RepairFramedComplements(std::vector<Token>* tokens);

// "People familiar with the talks said ..." parsed with "familiar" the
// subject and "People" its subject: an adjective subject with a noun subject
// of its own right before it describes that noun, which is the subject.
void RepairAdjectiveSubjects(std::vector<Token>* tokens);

// "They found that the benefit held even for ..." parsed with "held" a
// participle of "benefit" and "that" a stray word of "found": after a "that"
// the parse did not make a clause's mark, a noun and a past participle
// hanging from it with no auxiliary are a clause in the past tense, what the
// verb before "that" takes.
void RepairThatClauseParticiples(std::vector<Token>* tokens);

// "Lund, speaking to reporters in Oslo, said ..." parsed with "Lund" the
// subject of "speaking" and "speaking" a clause said: a participle set off
// by commas before a finite verb with no subject is an adverbial of that
// verb, and the subject before it the verb's.
void RepairParticipleSubjects(std::vector<Token>* tokens);

// "officials are due to meet next month" parsed with "due to" a
// preposition of the verb (or "meet" a noun modifier of "due"): before a
// verb in the base form "due to" is an adjective and an infinitive's "to",
// the verb completing the adjective (xcomp), which takes the clause's
// subject, copula and auxiliaries.
void RepairDueTo(std::vector<Token>* tokens);

// "rose in the north by a third, according to figures from the bank"
// parsed with "third" (and the phrase around it) hung from "figures": an
// "according to" phrase stands for a source, beside the clause; the
// phrases before it are not its noun's. They go to the word the "according
// to" phrase hangs from.
void RepairAccordingToAttachments(std::vector<Token>* tokens);

// "told a student who suggested that turnout would fall that the vote
// mattered", "told owners who asked about the delay that he would not
// blink" parsed with the last "that" clause under "fall", "delay" or
// "asked": a verb with an indirect object and nothing else told has its
// clause to come; a "that" clause with a subject of its own closing its
// indirect object's relative clause is it, unless it is the only one there
// and follows its verb with nothing between (the relative's own "who said
// that ...").
void RepairRelativeClauseComplements(std::vector<Token>* tokens);

// "wrote in a note to clients that the cut was small" parsed with the "that"
// clause a relative of "note": a clause with a subject of its own and no gap
// "that" could fill (a copula's or its object taken) is no relative; it is
// the complement of the verb the noun's phrase of where it was said ("in",
// "at", "on"; or when, "after", "before") hangs from (not after a time, "the
// week that the plant closed", nor "to the extent that"). So is a clause
// read as the noun's own, "that" its mark ("said after the match that the
// call was wrong").
void RepairGaplessRelativeClauses(std::vector<Token>* tokens);

// "told residents that the bridge will close" parsed with the "that" clause
// describing "residents": a noun the parse made a verb's indirect object
// (or a name or pronoun its object) takes no "that" clause — no noun like
// "claim" or "fact" stands there —, the verb does, as its complement.
void RepairIndirectObjectClauses(std::vector<Token>* tokens);

// "said that officials who knew about the leak had stayed silent" parsed
// with "that" and "officials" obliques of "said" and "stayed" inside the
// relative clause: a "that" hung from a verb as anything but its mark opens
// a clause whose subject is the noun after it; when that noun has a relative
// clause, the verb after the relative's own verb that the parse hung inside
// it, with no subject or mark of its own, is the clause's predicate.
void RepairRelativeSubjectClauses(std::vector<Token>* tokens);

// "Critics say it will raise rents, while supporters insist it will create
// jobs" parsed with the "while" clause inside what the critics say: a
// clause set off by ", while" or ", whereas" that reports a clause of its
// own (a subject and a complement) contrasts the report, not its content,
// and hangs from the reporting verb.
void RepairContrastedReports(std::vector<Token>* tokens);

// "Asked whether he would run, Eng replied: ..." parsed with "Asked" a past
// tense, the sentence's root, and "replied" beside it: a verb opening the
// sentence with no subject, whose words end at a comma before a clause
// with a subject and tense of its own, is a participle modifying that
// clause, which is the sentence's.
void RepairOpeningParticiples(std::vector<Token>* tokens);

// "In a poll released Monday, Ruiz leads Dahl." parsed with "released" a
// past tense, the sentence's root, the phrase its oblique and the clause
// after the comma beside it: a verb right after an opening phrase's noun
// (or after its comma), with no subject or auxiliary, whose words end at a
// comma before a clause with a subject and tense of its own, is a
// participle of that noun; the clause is the sentence's.
void RepairOpeningPhraseParticiples(std::vector<Token>* tokens);

// "Officials said it would not." parsed with "it" and "would" obliques of
// "said": a clause whose verb is left out has its auxiliary for head (as UD
// promotes it). An auxiliary hung from a verb before it by no auxiliary's
// relation, right after a pronoun or noun hung from that verb too that
// follows the verb (or its "that"), and followed by nothing but "not" and
// the closing marks, heads the clause the verb takes, the word before it
// its subject.
void RepairElidedClauses(std::vector<Token>* tokens);

// "As reported by the Gazette, the mayor was warned." parsed with "by" a
// mark and the name the main clause's subject: a sentence opening "As",
// a participle and "by", with a comma after the phrase, has that phrase
// for the participle's agent and the participle for a clause of the root.
void RepairOpeningAsAgents(std::vector<Token>* tokens);

// "Sources close to the president say he is furious" parsed with "close" the
// root and "say" beside it (or "close" a modifier of "say", holding its
// subject): an adjective with no copula or auxiliary, with a phrase of its
// own ("close to X", "familiar with X"), is no predicate; a finite verb
// after it with no subject of its own is, the adjective's subject is that
// verb's, and the adjective (with its phrase) describes it.
void RepairCopulalessAdjectives(std::vector<Token>* tokens);

// "Rojas, asked about the criticism, said she was confident" parsed with
// "asked" the root and "said" its conjunct: a past form right after its
// subject and a comma, followed by a comma and a finite verb with no subject
// or conjunction of its own, is a participle describing the subject; that
// verb is the clause's. So is a present one ("The governor, speaking to a
// crowd, promised new roads": "promised" had hung from "speaking").
void RepairInterposedParticiples(std::vector<Token>* tokens);

// "Sen. Ana Ruiz, facing a close race, said she would stay" parsed with the
// participle the complement of "said" and the name hung from it: a
// participle set off by commas between the sentence's opening noun phrase,
// hung from it, and the finite verb it hangs from, which has no subject, is
// that phrase's; the phrase is the verb's subject.
void RepairSubjectParticipleComplements(std::vector<Token>* tokens);

// "The senator said the bill was flawed and warned that it would raise
// costs" parsed with "warned" joined to "flawed", the bill its subject: a
// past verb with no subject of its own, joined by "and" or "but" inside a
// report's complement, is the reporter's next act when it reports a clause
// of its own, or when the verb it joins has a modal it cannot share ("said
// he would order a review and warned against ...").
void RepairConjoinedReports(std::vector<Token>* tokens);

// "Ruiz's agent has said he would refuse to sign" parsed with "refuse" the
// root and "said" its adverbial clause: a finite verb with a subject, no
// subordinator and nothing of its own after it, right before the other
// clause's subject, is the verb that clause completes. The verb may hang
// from an opening adverbial clause that hangs from the other ("While
// ridership grew, inspectors found trains ran late"), and be tagged a
// participle with no auxiliary (a past tense).
void RepairInvertedReports(std::vector<Token>* tokens);

// "\"There is a gap,\" Tom Dahl, a party figure, said." parsed with the
// quotation's verb the root, "Tom" its second subject and "said" a relative
// clause of "figure": when the sentence's root lies in a quotation closed by
// ", and a finite verb follows with only a noun phrase between, that verb
// reports the quotation and the phrase is its subject (with appositions).
// So when that verb is the root already but the name was read as a second
// subject of the quotation's ("\"There are gaps,\" Tom Dahl said").
void RepairQuotationReports(std::vector<Token>* tokens);

// "said that the cuts, about a tenth of its staff, would save $180 million"
// parsed with "tenth" (a phrase with its own preposition) the clause's
// predicate (or a clause of "statement") and "save" a verb set beside the
// cue: a phrase opened by a
// preposition is no predicate of "that"; the subjectless verb after it is,
// and the phrase describes the subject.
void RepairInterruptedThatClauses(std::vector<Token>* tokens);

// "Peru has sent aid and instructors will train police" parsed
// with the first clause the second's clausal subject: a clause before its
// verb with a subject and a finite verb of its own, and no "that", "whether"
// or wh-word to make it a subject, is the main clause, and the verb it hung
// from its conjunct.
void RepairFiniteClausalSubjects(std::vector<Token>* tokens);

// "The board insists the pipes must be replaced" parsed with "insists the
// pipes" the subject of "replaced": a finite verb with a subject of its own
// and no "that", "whether" or wh-word, hung as the subject of a later verb,
// is the main clause; its object is the later verb's subject, the later
// verb its complement.
void RepairFiniteVerbsReadAsSubjects(std::vector<Token>* tokens);

// "..., said Mr. Berg, the lawyer for the town." parsed with "said" a
// conjunct of the clause before and the name its oblique: a finite verb
// right after a comma, with no subject, object or clause of its own, that
// only a name follows to the sentence's end (and, after a comma, one phrase
// describing it), with no name right before its comma and no determiner
// after it ("…, Ana Ruiz, told The Gazette"), is the sentence's root, the
// name its subject, the clause before its complement.
void RepairClosingInvertedSubjects(std::vector<Token>* tokens);

// "…, said Ana Ruiz of the Farm Institute, adding that …" (or "…, noted Ana
// Ruiz." with the name an object, or the name a possessor of "Institute"):
// a verb in a tense right after a comma, with no subject, followed by a name
// (and an "of", "at" or "from" phrase) that ends the sentence or a comma
// before a participle ending it, is the sentence's root; the name is its
// subject, the phrase the name's, the participle its adverbial clause and
// the clause before its complement.
void RepairInvertedNamedReports(std::vector<Token>* tokens);

// "..., said regional organiser Kerry Lund" parsed with "organiser" the
// subject and "Lund" an oblique: a subject noun after its verb and a name
// right after it, hung from the same verb with no preposition, are one
// phrase, the name its head ("Regional organiser Kerry Lund said"). So are a
// capitalized title and a name after the verb that the parse made two
// subjects ("..., declared Senator Kerry Lund").
void RepairInvertedTitledSubjects(std::vector<Token>* tokens);

// "told a radio station on Monday night that the figures showed ..." parsed with
// "that" and "showed" obliques of "told": a finite verb is no oblique; after
// a "that" hung from the same verb it is that verb's clausal complement.
void RepairObliqueClauses(std::vector<Token>* tokens);

// "the attack by the rebels on Chad sparked fears", "a spokeswoman for Ana
// Holm says" parsed with "on", "for" marking a clause whose subject is the
// name after it: a preposition that opens no clause (data-free: on, of, for,
// against, ...) marks that name as a noun's modifier, the noun before it.
// When the verb then lacks a subject, the noun phrase before the
// preposition is it, and a subordinator of that phrase ("before the
// attack") the verb's.
void RepairPrepositionMarks(std::vector<Token>* tokens);

// A sentence closed by a full stop with no verb before its first "that",
// whose parse has a common noun before that "that" for its root or that
// "that" marking the root's own clause ("A new poll shows that ...", "shows"
// tagged a plural noun), lacks its verb among the words before the "that":
// the index of that "that", else 0.
int VerblessMainClause(const std::vector<Token>& tokens);

// A sentence closed by a full stop with no finite verb, auxiliary or modal
// at all, but past participles ("On Monday, the minister met the envoy."
// with "met" tagged a participle of "the minister", the day the root): a
// sentence of news has a finite verb, and it is one of those participles.
// A clause a subordinator opens after them counts for nothing ("X declined
// to say whether she would run": "would" is that clause's). Their indices,
// else none.
std::vector<int> FinitelessParticiples(const std::vector<Token>& tokens);

// "On Friday, the envoy pointed to new talks, ..." parsed with "the
// envoy" an apposition of the day and "pointed" a participle describing
// him: a day or month has no apposition but a date, so the participle of a
// noun set after a sentence's opening "On Friday," is the main verb. Its
// index, else -1.
int OpeningDayParticiple(const std::vector<Token>& tokens);

// "X has cut the lead to three points, a new poll shows." with "shows"
// tagged a plural noun after "poll": a closing noun phrase opened by a
// determiner after a comma, two nouns at its end, after a clause with its
// verb, is a reporting clause; its last noun is its verb. Its index, else -1.
int ClosingReportNoun(const std::vector<Token>& tokens);

// "The men smashed the windows before fleeing, police said." with "smashed"
// tagged an adjective or participle: the clause a closing report ends (a
// comma, a short noun phrase, a finite verb, at most a phrase opened by a
// preposition, the stop) has no finite verb, auxiliary or modal before that
// comma; its verb is the first participle or adjective in "-ed" right after
// a noun or pronoun there. Its index, else -1.
int ClosingReportParticiple(const std::vector<Token>& tokens);

// "The mayor plans to build a bridge." with "plans" tagged a plural noun
// (the mayor's plans, the sentence verbless): in a sentence closed by a full
// stop with no finite verb or modal, a plural-looking noun right after a
// singular one ("mayor plans", "Olsen plans") that opens what a verb would
// take ("to" and a bare verb, "that", a determiner, a pronoun, a number, an
// "-ing" form) is where the verb is; the first such (the subject's verb
// comes before its objects). Failing one, after a plural noun, a singular-
// looking noun right after a noun and before a name or such an opener
// ("Most voters in the county support Olsen.": a plural's verb has no "-s").
// Its index, else none.
std::vector<int> FinitelessPluralNouns(const std::vector<Token>& tokens);

// "Groups claimed that the mill pollutes the lake." with "pollutes" tagged a
// plural noun: after a "that" right after a verb, with no finite verb or
// modal anywhere after it, a plain noun phrase whose plural-looking noun
// (after a word of its own) opens what a verb would take ("the lake", "to",
// "in") holds the clause's verb; its nouns, else none.
std::vector<int> VerblessThatClause(const std::vector<Token>& tokens);

// "The club fears the stadium will close." with "club fears" read as one noun
// phrase and a second subject of "close": a plural-looking noun that is a
// subject, after a noun of its own, right before another subject of the same
// verb (opened by a determiner, possessive, pronoun or number) is a verb in
// "-s"; its index, else none.
std::vector<int> PluralSubjectBeforeSubject(const std::vector<Token>& tokens);

// "…, though the authors caution that it cannot …" with "caution" a noun: a
// clause opened by a subordinator, with a subject, needs a verb; a singular
// noun heading one with no copula, auxiliary or verb of its own, a subject
// before it and nothing but a clause or phrase after, is that verb; its
// index, else none.
std::vector<int> VerblessSubordinateClause(const std::vector<Token>& tokens);

// "The deal values the firm at $2 billion, an official said." with "values"
// a plural noun: FinitelessPluralNouns of the words a closing reporting
// clause (", an official said on Friday.") reports.
std::vector<int> FinitelessPluralNounsBeforeReport(const std::vector<Token>& tokens);

// The words of which one is the sentence's main verb that the tagger read as
// something else (or, closing it, the verb of its reporting clause): the
// nouns before VerblessMainClause's "that", else FinitelessParticiples, else
// OpeningDayParticiple, else ClosingReportNoun, else ClosingReportParticiple,
// else FinitelessPluralNouns,
// else VerblessThatClause, else PluralSubjectBeforeSubject, else
// VerblessSubordinateClause, else FinitelessPluralNounsBeforeReport. Empty
// when the tags leave no doubt.
std::vector<int> MistaggedMainVerbs(const std::vector<Token>& tokens);

// "Tom Hale, 61, told reporters he was leaving." parsed with "Tom" the root
// and "told" a modifier of it: a sentence of news has a verb for root, so
// a verb in a tense, with no subject of its own, hung straight from a root
// noun or name whose words all come before it, is the root, and the noun
// its subject.
void RepairNominalRootsBeforeVerbs(std::vector<Token>* tokens);

// "argued last year that the hoses were prone to crack" parsed with "that"
// a relative pronoun, the subject of "were prone" beside "the hoses": a
// verb has one subject, so a "that" read as one, right before the verb's
// other subject, is the mark opening its clause.
void RepairThatBeforeSubject(std::vector<Token>* tokens);

// "In June, Mrs. Ostrova, the party's leader, said …" parsed with "Ostrova"
// a conjunct of "June" and "leader" the subject: a name set off by commas
// after an opening phrase of the verb, with a description set off right
// after it as the verb's subject, is the subject, the description its
// apposition.
void RepairNamesBeforeDescribedSubjects(std::vector<Token>* tokens);

// "offered his thanks to rivals Ana Ruiz and Tom Berg" parsed with "Ana
// Ruiz" an oblique of "offered" (or a vocative, the object or subject of a
// noun, or of a verb with another after it): a name with no preposition
// right after a plural noun inside a prepositional phrase names what that
// noun counts ("in modern day Vietnam" is left: there the name is the head).
void RepairBareNameObliques(std::vector<Token>* tokens);

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_PARSE_REPAIR_H_
