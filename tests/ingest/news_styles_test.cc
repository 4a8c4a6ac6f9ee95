// Conventions of outlets other than the samples': wire datelines, British
// titles and honorifics, offices written before a name, pronouns after a
// named subject, and dictionary aliases that hold only in their own country's news.
#include <catch2/catch.hpp>

#include "ingest/ingest_test_util.h"
#include "ingest/text_util.h"

using ng::testing::AffiliationName;
using ng::testing::ExtractFile;
using ng::testing::ExtractText;
using ng::testing::FindActor;
using ng::testing::HasActor;
using ng::testing::SpeakerOf;


TEST_CASE("a title capitalized at a sentence start and British honorifics are not names") {
  auto x = ExtractText(
      "Spokesman Karel Novak said the talks with Ukraine would resume next week.\n\n"
      "Commissioner Abena Mensah told the BBC that the bloc was ready to send observers.\n\n"
      "But Mr Mensah added that diplomacy remained the preferred option for Ukraine.\n");
  CHECK(SpeakerOf(x, "talks with Ukraine would resume") == "Karel Novak");
  CHECK(SpeakerOf(x, "diplomacy remained the preferred option") == "Abena Mensah");
  CHECK(FindActor(x, "Spokesman Karel Novak") == nullptr);
  CHECK(FindActor(x, "Mr Mensah") == nullptr);
}

TEST_CASE("an office before a name gives the person's title and employer") {
  auto x = ExtractText(
      "Kremlin spokesman Ivan Sorokin told reporters that Russia saw no grounds to return "
      "to the grain deal.\n\n"
      "British Defence Secretary Alan Whitby said the strikes on Yemen were proportionate.\n\n"
      "U.N. spokesperson Marta Lindqvist said food must keep moving to countries in need.\n");
  CHECK(SpeakerOf(x, "no grounds to return") == "Ivan Sorokin");
  CHECK(AffiliationName(x, "Ivan Sorokin") == "Russia");  // the Kremlin is Russia's
  REQUIRE(FindActor(x, "Alan Whitby") != nullptr);
  CHECK(FindActor(x, "Alan Whitby")->title == "Defence Secretary");
  CHECK(AffiliationName(x, "Alan Whitby") == "United Kingdom");
  CHECK(AffiliationName(x, "Marta Lindqvist") == "United Nations");
}

TEST_CASE("a capitalized place after a speech verb is no person") {
  auto x = ExtractText(
      "Ukraine says Black Sea corridor has shipped 10 million tonnes of grain since August.\n");
  CHECK(FindActor(x, "Black Sea") == nullptr);
  CHECK(SpeakerOf(x, "corridor has shipped") == "Ukraine");
}

TEST_CASE("he after a sentence opened by a named person is that person") {
  auto x = ExtractText(
      "Governor Lena Brandt said a port warehouse was damaged in the overnight attack.\n\n"
      "President Tomas Varga thanked Ukraine's partners for air defence systems. He said the "
      "attacks showed that Russia wanted to isolate the country from its neighbours.\n");
  CHECK(SpeakerOf(x, "attacks showed that Russia") == "Tomas Varga");
  CHECK(SpeakerOf(x, "port warehouse was damaged") == "Lena Brandt");
}

TEST_CASE("a wire dateline and a trailing attribution with an adverbial") {
  auto x = ExtractText(
      "KYIV, Feb 14 (Reuters) - Ukraine's shipping corridor has carried more than 10 million "
      "tonnes of cargo since August, Deputy Prime Minister Pavlo Hrytsenko said on Wednesday, "
      "even as Russian drones struck port infrastructure overnight.\n");
  std::string kind;
  REQUIRE(SpeakerOf(x, "shipping corridor has carried", &kind) == "Pavlo Hrytsenko");
  CHECK(kind == "indirect");
  for (const auto& s : x.statements)
    if (s.speaker >= 0 && x.actors[s.speaker].name == "Pavlo Hrytsenko") {
      CHECK(s.text.rfind("Ukraine's shipping corridor", 0) == 0);  // no dateline, no "on Wednesday"
      CHECK(s.text.find("Deputy Prime Minister") == std::string::npos);
    }
}

TEST_CASE("said in a statement that: the content starts after that") {
  auto x = ExtractText(
      "The Pentagon said in a statement on Monday that Canada had withdrawn two hundred troops "
      "from the border.\n");
  for (const auto& s : x.statements) CHECK(s.text.find("in a statement") == std::string::npos);
  CHECK(SpeakerOf(x, "Canada had withdrawn") == "Pentagon");
}

TEST_CASE("a local alias names the dictionary's ministry only where its country is named") {
  // data/actors.json: "foreign ministry" is a local alias of the Iraqi Foreign Ministry.
  auto elsewhere = ExtractText(
      "Niger's military rulers gave the ambassador 48 hours to leave the country.\n\n"
      "The foreign ministry said the ambassador had ignored an invitation to a meeting.\n\n"
      "The French foreign ministry said the rulers had no authority to make such a request.\n");
  CHECK(SpeakerOf(elsewhere, "ignored an invitation") == "Foreign Ministry of Niger");
  CHECK(SpeakerOf(elsewhere, "no authority to make") == "Foreign Ministry of France");
  CHECK(AffiliationName(elsewhere, "Foreign Ministry of Niger") == "Niger");
  CHECK(!HasActor(elsewhere, "Iraqi Foreign Ministry", "government_body"));

  auto in_iraq = ExtractText(
      "Iraq asked the coalition to set a timeline for its departure.\n\n"
      "The foreign ministry said the talks would begin in Baghdad next month.\n");
  CHECK(SpeakerOf(in_iraq, "talks would begin in Baghdad") == "Iraqi Foreign Ministry");
}

TEST_CASE("a local alias belongs to the country named last before it") {
  auto x = ExtractText(
      "Israel and Hamas agreed to extend the truce, mediator Qatar has announced, as the two "
      "sides exchanged more captives.\n\n"
      "The foreign ministry said the truce would hold for two more days in Gaza.\n");
  CHECK(SpeakerOf(x, "truce would hold") == "Foreign Ministry of Qatar");
  // The attribution ", mediator Qatar has announced," is not reported words of its own.
  std::string kind;
  CHECK(SpeakerOf(x, "agreed to extend the truce", &kind) == "Qatar");
  CHECK(kind == "indirect");
  for (const auto& s : x.statements) CHECK(s.text[0] != ',');
}

TEST_CASE("said on Sunday: the day is the report's, not the speaker's words") {
  auto x = ExtractText(
      "Prime Minister Dana Whitfield said on Sunday she would welcome an extension of the "
      "truce in Gaza.\n");
  std::string kind;
  REQUIRE(SpeakerOf(x, "would welcome an extension", &kind) == "Dana Whitfield");
  for (const auto& s : x.statements)
    if (s.verb == "say") CHECK(s.text.rfind("she would welcome", 0) == 0);
}

TEST_CASE("a body qualified by a capitalized word the dictionary does not know") {
  // "parliament" is a local alias of the Iraqi parliament; Iraq is not named here.
  auto x = ExtractText(
      "Hungary voted against the plan last year.\n\n"
      "\"This is a historic day,\" said Roberta Lanza, the president of the Kurdish parliament.\n");
  CHECK(HasActor(x, "Kurdish Parliament", "government_body"));
  CHECK(!HasActor(x, "Parliament of Hungary", "government_body"));
  CHECK(SpeakerOf(x, "historic day") == "Roberta Lanza");
}

TEST_CASE("names with several particles, critics, a pronoun subject of a participle") {
  auto x = ExtractText(
      "The commission president, Ursula van der Berg, described the vote as \"a milestone\".\n\n"
      "Critics said the reforms would lead to more detention of children in Greece.\n\n"
      "The pact will require member states to either accept a share of asylum seekers or pay.\n\n"
      "Interior minister Nancy Falk welcomed the vote in Berlin. She said Germany would push for "
      "the rules to take effect quickly, adding: \"Solidarity is not optional.\"\n");
  CHECK(SpeakerOf(x, "a milestone") == "Ursula van der Berg");
  CHECK(SpeakerOf(x, "more detention of children") == "critics");
  CHECK(SpeakerOf(x, "accept a share") == "<missing>");  // "member states to ...": no speech
  CHECK(SpeakerOf(x, "Solidarity is not optional") == "Nancy Falk");
}

TEST_CASE("a generational suffix, a shoal, an appositive role and 'Title Name of Country'") {
  auto x = ExtractText(
      "President Rodrigo Santos Jr. of the Philippines met Prime Minister Aiko Tanaka of Japan "
      "in Manila.\n\n"
      "Mr. Santos, whose government has clashed with Chinese vessels near Second Thomas Shoal, "
      "said the Philippines would not be intimidated.\n\n"
      "Li Wen, a ministry spokeswoman, said Washington was \"stoking confrontation\" in Asia.\n");
  CHECK(SpeakerOf(x, "would not be intimidated") == "Rodrigo Santos Jr");
  CHECK(FindActor(x, "Second Thomas Shoal") == nullptr);
  CHECK(AffiliationName(x, "Rodrigo Santos Jr") == "Philippines");
  CHECK(AffiliationName(x, "Aiko Tanaka") == "Japan");
  CHECK(SpeakerOf(x, "stoking confrontation") == "Li Wen");
  // The spokeswoman is Li Wen, not an unnamed source of her own.
  CHECK(FindActor(x, "ministry spokeswoman") == nullptr);
}

TEST_CASE("US congressional style: dotted titles, party and state, leaders' titles") {
  auto x = ExtractText(
      "The Senate passed the aid package for Ukraine early Tuesday, sending it to the House.\n\n"
      "Senate Majority Leader Carl Brenner, D-N.Y., said the vote sent a message to allies of "
      "the United States.\n\n"
      "\"This bill is a down payment on American credibility,\" said Sen. Ada Whitlock, R-Ky., "
      "the Republican leader.\n\n"
      "Sen. Tom Rusk, R-Ohio, who opposed the bill, told reporters that the money would only "
      "prolong the war. \"There is no clear end point,\" Rusk said.\n");
  CHECK(SpeakerOf(x, "vote sent a message") == "Carl Brenner");
  CHECK(FindActor(x, "Senate Majority Leader Carl Brenner") == nullptr);
  CHECK(SpeakerOf(x, "down payment on American credibility") == "Ada Whitlock");
  CHECK(SpeakerOf(x, "only prolong the war") == "Tom Rusk");
  CHECK(SpeakerOf(x, "no clear end point") == "Tom Rusk");
  CHECK(HasActor(x, "US Senate", "government_body"));  // "the Senate", the US named
}

TEST_CASE("a journalist named by an outlet's possessive works for it") {
  auto x = ExtractText(
      "Al Jazeera's Omar Haddad, reporting from Doha, said the talks would resume on Monday.\n");
  CHECK(SpeakerOf(x, "talks would resume") == "Omar Haddad");
  CHECK(AffiliationName(x, "Omar Haddad") == "Al Jazeera");
}

TEST_CASE("the UN chief is the person named before as working for the UN") {
  auto x = ExtractText(
      "United Nations Secretary-General Anna Lindgren called for a full ceasefire in Gaza. The UN "
      "chief said the truce was \"a glimmer of hope\" for the people of Gaza.\n");
  CHECK(AffiliationName(x, "Anna Lindgren") == "United Nations");
  CHECK(SpeakerOf(x, "a glimmer of hope") == "Anna Lindgren");
}

TEST_CASE("a quotation in single marks, as British papers print it") {
  auto x = ExtractText(
      "\xE2\x80\x98We will not give up a single inch,\xE2\x80\x99 said Defence Secretary Alan "
      "Whitby. He added that Britain\xE2\x80\x99s support was \xE2\x80\x98unwavering\xE2\x80\x99.\n");
  std::string kind;
  CHECK(SpeakerOf(x, "We will not give up a single inch", &kind) == "Alan Whitby");
  CHECK(kind == "direct");
  CHECK(SpeakerOf(x, "unwavering", &kind) == "Alan Whitby");
  CHECK(kind == "partial");
}

TEST_CASE("more speech verbs: revealed, complained, testified, and quipped only quotes") {
  auto x = ExtractText(
      "Senator Ruth Okoye revealed that the Pentagon had spent the funds in Iraq.\n\n"
      "Governor Ines Marlow complained that Canada had ignored the border agreement.\n\n"
      "General Omar Tadesse testified that Iran supplied the drones used in the attack.\n\n"
      "Mayor Lars Engel quipped that the talks were going nowhere.\n");
  CHECK(SpeakerOf(x, "had spent the funds") == "Ruth Okoye");
  CHECK(SpeakerOf(x, "ignored the border agreement") == "Ines Marlow");
  CHECK(SpeakerOf(x, "Iran supplied the drones") == "Omar Tadesse");
  CHECK(SpeakerOf(x, "talks were going nowhere") == "<missing>");  // quip: quotations only
}

TEST_CASE("an observatory for human rights, a possessive office, state media") {
  auto x = ExtractText(
      "The Syrian Observatory for Human Rights, a war monitor, said 16 people were killed in "
      "the strike on Damascus.\n\n"
      "Syria's foreign minister Faisal Haddad said Israel would bear responsibility.\n\n"
      "According to Iranian state media, the funeral will be held on Thursday in Tehran.\n");
  CHECK(FindActor(x, "Human Rights") == nullptr);
  CHECK(SpeakerOf(x, "16 people were killed") == "Syrian Observatory for Human Rights");
  CHECK(AffiliationName(x, "Faisal Haddad") == "Syria");
  std::string kind;
  CHECK(SpeakerOf(x, "funeral will be held", &kind) == "Iran");
  for (const auto& s : x.statements) CHECK(s.verb != "state");  // "state media" is a noun
}

TEST_CASE("a demonym, title and name before the verb, analysts in a capital, headlines") {
  auto x = ExtractText(
      "\"We will not be deterred,\" Philippine President Tomas Reyes wrote on social media.\n\n"
      "Analysts in Beijing said the incident showed China was unlikely to back down.\n\n"
      "\"The border is closed,\" Burmese General Min Lwin told reporters.\n");
  CHECK(SpeakerOf(x, "We will not be deterred") == "Tomas Reyes");
  CHECK(SpeakerOf(x, "The border is closed") == "Min Lwin");
  CHECK(AffiliationName(x, "Min Lwin") == "Myanmar");
  CHECK(SpeakerOf(x, "unlikely to back down") == "analysts");
  // The test article's headline has no verb; one that has makes no statement either.
  auto src = ng::ingest::ReadArticleBytes(
      "China warns Philippines over South China Sea mission\n\nPublished January 25, 2024\n\n"
      "Officials said the talks would go on in Manila.\n",
      "h.txt");
  auto article = ng::ingest::BuildArticle(src, "h.txt", ng::testing::TestLexicon());
  auto headline = ng::ingest::ExtractArticle(article, ng::testing::TestLexicon(), ng::testing::TestSyntax());
  CHECK(SpeakerOf(headline, "Philippines over South China Sea") == "<missing>");
  CHECK(SpeakerOf(headline, "talks would go on") != "<missing>");
}

TEST_CASE("a person called by age alone is the person named before") {
  // "the 58-year-old" had been no one: the parse had headed the sentence by
  // "old" and the reporting verb had hung from it.
  auto x = ExtractText(
      "Tilde Rasmussen, a baker, has objected to the new market rules.\n\n"
      "The 58-year-old, who has run her stall for a decade, told the council she would appeal.\n\n"
      "Her rival Osric Payne, 61, welcomed the rules. The 61-year-old said trade would grow.\n");
  CHECK(SpeakerOf(x, "she would appeal") == "Tilde Rasmussen");
  CHECK(SpeakerOf(x, "trade would grow") == "Osric Payne");
  // Asking too, the person last named outside quotation marks: not one the
  // quotation names.
  auto y = ExtractText(
      "Comedian Wilma Osterhout posted the clip on Thursday.\n\n"
      "\"Would Harald Brink sound better in French?\" the 61-year-old asked her followers.\n");
  CHECK(SpeakerOf(y, "sound better in French") == "Wilma Osterhout");
}

TEST_CASE("'the mother-of-two' is the person named last, of her sex") {
  // The speaker had been an unnamed "mum".
  auto x = ExtractText(
      "Baker Ingrid Rasmussen, 39, has lost her stall.\n\n"
      "In a post, the mum-of-two wrote: \"I will be back next year.\"\n\n"
      "The father-of-three said he was sorry to see her go.\n");
  CHECK(SpeakerOf(x, "I will be back next year") == "Ingrid Rasmussen");
  CHECK(SpeakerOf(x, "sorry to see her go") != "Ingrid Rasmussen");
}

TEST_CASE("a trade capitalized to open the sentence is no part of the name after it") {
  // "Neighbour Gregor Vance" and "Comedian Wilma Osterhout" had been the names.
  auto x = ExtractText(
      "Neighbour Gregor Vance, 67, insisted the extension was modest.\n\n"
      "Comedian Wilma Osterhout said the row had been good for ticket sales.\n");
  CHECK(SpeakerOf(x, "extension was modest") == "Gregor Vance");
  CHECK(SpeakerOf(x, "good for ticket sales") == "Wilma Osterhout");
  CHECK(FindActor(x, "Neighbour Gregor Vance") == nullptr);
  // With no given name after it, the word may open the name ("Baker Halloran").
  auto y = ExtractText("Baker Halloran said the team was ready.\n");
  CHECK(SpeakerOf(y, "team was ready") == "Baker Halloran");
}

TEST_CASE("a columnist's 'I think' is the byline's author's, and no one's 'she'") {
  // "I" had been no one: the byline's writer was no actor.
  auto x = ExtractFile(
      "Keep the pool open\n\nBy Oriane Falk\n\n"
      "Councillor Teodor Brask called the closure a sensible saving.\n\n"
      "I think Brask is wrong about what the pool costs the town.\n\n"
      "When I asked a swimmer where she would go instead, she shrugged. \"Nowhere,\" she said.\n");
  CHECK(SpeakerOf(x, "Brask is wrong about what the pool costs") == "Oriane Falk");
  CHECK(SpeakerOf(x, "Nowhere") != "Oriane Falk");
  // With nobody's "I", the writer is no actor.
  auto y = ExtractFile("Pool to close\n\nBy Oriane Falk\n\nCouncillor Teodor Brask said the pool would close.\n");
  CHECK(FindActor(y, "Oriane Falk") == nullptr);
}

TEST_CASE("'the Scot said' is the person named before, not a person called Scot nor a country") {
  // "Scot" had been a person of its own, "the Brazilian" Brazil.
  auto x = ExtractText(
      "Harbour Rovers manager Ewan Drummond refused to discuss the striker on Friday.\n\n"
      "\"I will not talk about players at other clubs,\" the Scot said.\n\n"
      "Winger Tiago Amaral, who joined in May, was more relaxed. \"We are calm,\" the Brazilian added.\n");
  CHECK(SpeakerOf(x, "players at other clubs") == "Ewan Drummond");
  CHECK(SpeakerOf(x, "We are calm") == "Tiago Amaral");
  CHECK(FindActor(x, "Scot") == nullptr);
}

TEST_CASE("a double surname after a lower-case title is one name") {
  // "Chief executive Laura Hallam-Wexcombe" had named no one, and the later
  // "Hallam-Wexcombe said" a person of that surname alone.
  auto x = ExtractText(
      "Chief executive Laura Hallam-Wexcombe addressed staff on Monday.\n\n"
      "\"We will close the plant by June,\" Hallam-Wexcombe said.\n");
  CHECK(SpeakerOf(x, "close the plant by June") == "Laura Hallam-Wexcombe");
  CHECK(FindActor(x, "Hallam-Wexcombe") == nullptr);
}

TEST_CASE("a common word opening a sentence is no part of the name after it") {
  // "Yesterday Dara Hallworth" had been the person's name.
  auto x = ExtractText(
      "Yesterday Dara Hallworth told the council the depot would close.\n\n"
      "Earlier Tomas Brenn had said the depot was safe.\n");
  CHECK(SpeakerOf(x, "the depot would close") == "Dara Hallworth");
  CHECK(SpeakerOf(x, "the depot was safe") == "Tomas Brenn");
  // A title stays the person's title.
  auto y = ExtractText("Mayor Dara Hallworth said the depot would close.\n\n\"It is done,\" the mayor said.\n");
  CHECK(SpeakerOf(y, "It is done") == "Dara Hallworth");
}

TEST_CASE("a cue governed by a second report's verb is that report's speaker's") {
  // "demanded to know" conjoined inside the first report's content had been
  // said by "the grant", its subject there.
  auto x = ExtractText(
      "Opposition leader Gareth Moylan spoke on Tuesday. He said the grant amounted to very little "
      "and demanded to know where the rest would come from.\n");
  CHECK(SpeakerOf(x, "where the rest would come from") == "Gareth Moylan");
  CHECK(FindActor(x, "grant") == nullptr);
}

TEST_CASE("each of stacked titles calls the person by it later") {
  // "the detective" after "Detective Inspector Rachel Obi" had been an
  // unnamed detective: the tagger reads the capitalized titles as a noun
  // and an adjective.
  auto x = ExtractText(
      "Detective Inspector Nadia Orr said the van had been stolen in May.\n\n"
      "\"We think the pair had met before,\" the detective said.\n");
  CHECK(SpeakerOf(x, "the pair had met before") == "Nadia Orr");
  CHECK(FindActor(x, "detective") == nullptr);
}

TEST_CASE("an age before a noun of a person is the person named before, of that sex") {
  // "The 58-year-old former budget official" had been an unnamed official.
  auto x = ExtractText(
      "Edward Verhaagen, an economist at a research institute, said growth was strong.\n\n"
      "The 58-year-old former budget official expects exports to weaken, and said the central bank should "
      "wait.\n\n"
      "The 61-year-old woman said prices were too high.\n");
  CHECK(SpeakerOf(x, "the central bank should wait") == "Edward Verhaagen");
  CHECK(SpeakerOf(x, "prices were too high") != "Edward Verhaagen");
}

TEST_CASE("words said on condition of anonymity are reported speech") {
  // A cue said "on condition of anonymity" had been dropped with its words.
  auto x = ExtractText(
      "The board will vote on the merger on Friday, three people familiar with the plan said on condition of "
      "anonymity.\n\n"
      "Two officials who spoke on condition of anonymity to discuss the plan said it had stalled.\n");
  CHECK(SpeakerOf(x, "The board will vote on the merger on Friday") != "<missing>");
  CHECK(SpeakerOf(x, "it had stalled") != "<missing>");
  CHECK(SpeakerOf(x, "to discuss the plan") == "<missing>");
}

TEST_CASE("a closing 'according to' reports every clause before it") {
  // A verb of speech with only an object ("is demanding a raise") had been
  // taken for a report of its own, and the phrase had reported only the
  // clause after "while".
  auto x = ExtractText(
      "The drivers' union is demanding a 9% raise, while the operator has put 4% on the table, according to "
      "papers seen by the Harbour Herald.\n");
  bool whole = false;
  for (const auto& s : x.statements)
    whole = whole || (s.text.find("The drivers' union is demanding a 9% raise") != std::string::npos &&
                      s.text.find("the operator has put 4% on the table") != std::string::npos);
  CHECK(whole);
}

TEST_CASE("a conjunct with a modal the cue lacks is more of what was said") {
  // "and would reply in writing" had been a second report, cut from the
  // content; and the conjunct's cue had been said by the content's subject.
  auto x = ExtractText(
      "The Harbour Trust said it was reviewing the draft closely and would reply in writing in June.\n\n"
      "The mayor said the scheme was sound and would vote for it.\n");
  const std::string trust = SpeakerOf(x, "would reply in writing in June");
  CHECK(trust == "Harbour Trust");
  CHECK(SpeakerOf(x, "it was reviewing the draft closely and would reply in writing") == "Harbour Trust");
  const std::string vote = SpeakerOf(x, "for it");
  CHECK(vote != "scheme");
}

TEST_CASE("a work's author named with 'by' speaks for it") {
  // The speaker had been "report" and "study".
  auto x = ExtractText(
      "A survey released last week by the Harbour Institute estimated that rents had doubled.\n\n"
      "A study by the Lakeside Foundation found that commutes had grown longer.\n\n"
      "The report said prices would rise.\n");
  CHECK(SpeakerOf(x, "rents had doubled") == "Harbour Institute");
  CHECK(SpeakerOf(x, "commutes had grown longer") == "Lakeside Foundation");
  CHECK(SpeakerOf(x, "prices would rise") != "Harbour Institute");
}

TEST_CASE("'acknowledged, however, that' reports its clause") {
  auto x = ExtractText(
      "Ingrid Halvorsen, an astronomer, reviewed the paper. She conceded, however, that the measurement was "
      "sound.\n");
  CHECK(SpeakerOf(x, "the measurement was sound") == "Ingrid Halvorsen");
}

TEST_CASE("'His sister, X, fears the bakery will close' is X's fear") {
  auto x = ExtractText("Her cousin, Mara Lindgren, fears the bakery will close before spring.\n");
  CHECK(SpeakerOf(x, "the bakery will close before spring") == "Mara Lindgren");
}

TEST_CASE("a witness or a neighbour speaks unnamed") {
  // "Another witness posted:" had had no speaker.
  auto x = ExtractText(
      "Dozens filmed the landing. Another witness posted: \"The roof caught fire.\"\n\n"
      "\"We heard a bang at midnight,\" one neighbour said.\n");
  CHECK(SpeakerOf(x, "The roof caught fire") == "witness");
  CHECK(SpeakerOf(x, "We heard a bang at midnight") == "neighbour");
}

TEST_CASE("a name opening with an accented capital is a name") {
  // "Élise" had been no capitalized word: the speaker was "minister".
  CHECK(ng::ingest::StartsUpper("Élise"));
  CHECK(ng::ingest::StartsUpper("Łukasz"));
  CHECK_FALSE(ng::ingest::StartsUpper("élan"));
  CHECK_FALSE(ng::ingest::StartsUpper("“Quote"));
  auto x = ExtractText(
      "Speaking at a depot run by Vestral Rail, Transport Minister Élise Carrier-Dumont said the levy would "
      "pay for new trams.\n\n"
      "\"Every dollar counts,\" she said.\n\n"
      "Øystein Vatne, a fisherman, said the catch was poor.\n");
  CHECK(SpeakerOf(x, "the levy would pay for new trams") == "Élise Carrier-Dumont");
  CHECK(SpeakerOf(x, "Every dollar counts") == "Élise Carrier-Dumont");
  CHECK(SpeakerOf(x, "the catch was poor") == "Øystein Vatne");
}

TEST_CASE("'the club' is the one club named before") {
  // It had been an unnamed club.
  auto x = ExtractText(
      "Carnmoor Athletic have sacked manager Anton Ruhle after six defeats.\n\n"
      "The club said Ruhle would leave at the end of the week.\n");
  CHECK(SpeakerOf(x, "Ruhle would leave at the end of the week") == "Carnmoor Athletic");
}

TEST_CASE("a given name and surname after a lower-case trade name a person") {
  // "defender Marcus Oduwole" had named no one: the name finder found no
  // person there.
  auto x = ExtractText("Northern League defender Marcus Oduwole joined the club in May.\n");
  CHECK(HasActor(x, "Marcus Oduwole", "person"));
}

TEST_CASE("a ship named after its prefix is no actor, and a ferry firm is a firm") {
  // "MV Corran Star" had been an organization "Star", and "the company" had
  // gone to it; "Kelvin Sound Ferries" had been a person.
  auto x = ExtractText(
      "The MV Corran Star has been out of service since February after engineers found a fault.\n\n"
      "In a statement, Kelvin Sound Ferries apologised to passengers. The company said parts had been ordered "
      "from Norway.\n");
  CHECK(FindActor(x, "Star") == nullptr);
  CHECK(HasActor(x, "Kelvin Sound Ferries", "organization"));
  CHECK(SpeakerOf(x, "parts had been ordered from Norway") == "Kelvin Sound Ferries");
}
