// Who took part in an event, read off the parse (ingest/event_arguments.h),
// on sentences written for these tests.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "ingest/event_arguments.h"
#include "tests/ingest/ingest_test_util.h"

using ng::testing::ExtractText;

namespace {

// "Name:role" of each participant of the first event of `type`, sorted, and
// its location after a '@'; "<none>" without such an event.
std::string Roles(const std::string& text, const std::string& type) {
  auto x = ExtractText(text);
  for (const auto& e : x.events) {
    if (e.type != type) continue;
    std::vector<std::string> parts;
    for (const auto& [actor, role] : e.participants) parts.push_back(x.actors[actor].name + ":" + role);
    std::sort(parts.begin(), parts.end());
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : " ") + p;
    if (!e.location.empty()) out += " @" + e.location;
    return out;
  }
  return "<none>";
}

}  // namespace

TEST_CASE("a verb's subject is the agent, its object the target") {
  CHECK(Roles("Norway attacked Sweden on Monday.\n", "attack") == "Norway:agent Sweden:target");
}

TEST_CASE("actors merely named in the sentence take no part") {
  // Once every actor of the sentence was a participant.
  CHECK(Roles("Officials in Brazil said on Monday that Norway attacked Sweden.\n", "attack") ==
        "Norway:agent Sweden:target");
}

TEST_CASE("a noun trigger: its possessor acts, 'on X' is acted on") {
  CHECK(Roles("Norway's strikes on Sweden drew sharp criticism from Germany.\n", "airstrike") ==
        "Norway:agent Sweden:target");
}

TEST_CASE("a noun trigger as object: the clause's subject acts, 'in X' is where") {
  CHECK(Roles("Norway launched airstrikes against Sweden in Finland.\n", "airstrike") ==
        "Norway:agent Sweden:target @Finland");
}

TEST_CASE("the parties of talks are participants, the subject of the clause it completes too") {
  CHECK(Roles("Norway and Sweden are expected to begin talks on fishing rights.\n", "talks") ==
        "Norway:participant Sweden:participant");
  CHECK(Roles("Talks between Germany and Poland resumed on Friday.\n", "talks") ==
        "Germany:participant Poland:participant");
}

TEST_CASE("talks with fewer than two sides parsed take the sentence's states as sides") {
  CHECK(Roles("Officials said meetings between the two countries would start soon, as Canada "
              "and Brazil agreed.\n", "talks") == "Brazil:participant Canada:participant");
}

TEST_CASE("a modifier of an attack acts in nothing") {
  // The backer of "pro-Norway militias" acts through its group
  // (event_groups_test.cc), never by itself.
  CHECK(Roles("Pro-Norway militias attacked Sweden on Monday.\n", "attack").find("Norway:") == std::string::npos);
}

TEST_CASE("every event carries the PLOVER category of its type") {
  auto x = ExtractText("Norway attacked Sweden on Monday, and Denmark and Finland held talks.\n");
  std::map<std::string, std::string> category;
  for (const auto& e : x.events) category[e.type] = e.category;
  CHECK(category["attack"] == "ASSAULT");
  CHECK(category["talks"] == "CONSULT");
}

TEST_CASE("the guideline's other categories: deployments, arrests, sanctions, protests, meetings") {
  // Where troops are sent is where the deployment is, no party to it.
  CHECK(Roles("Norway deployed troops to Sweden on Monday.\n", "deployment") == "Norway:agent @Sweden");
  // The Norwegian sailors are whom the arrest is done to.
  CHECK(Roles("Brazil arrested two Norwegian sailors on Monday.\n", "arrest") == "Brazil:agent Norway:target");
  CHECK(Roles("Norway imposed sanctions on Sweden.\n", "sanction") == "Norway:agent Sweden:target");
  CHECK(Roles("The foreign ministers of Norway and Sweden met in Oslo on Friday.\n", "talks") ==
        "Norway:participant Sweden:participant @Norway");  // Oslo stands for Norway
  // (Demonstrations: a group's. A state's "protest" is a diplomatic note,
  // below.)
  CHECK(Roles("Sweden banned a protest by Hamas supporters in Stockholm on Friday.\n", "protest") != "<none>");
  auto x = ExtractText("Norway imposed sanctions on Sweden.\n");
  REQUIRE_FALSE(x.events.empty());
  CHECK(x.events[0].category == "SANCTION");
}

TEST_CASE("triggers by lemma: any form of the verb or noun") {
  CHECK(Roles("Norway was attacking Sweden all winter.\n", "attack") == "Norway:agent Sweden:target");
  CHECK(Roles("Norway retaliated against Sweden on Monday.\n", "attack") == "Norway:agent Sweden:target");
  CHECK(Roles("Norway seized the Swedish port of Lysekil.\n", "attack") != "<none>");
}

TEST_CASE("ending a mission or a presence is a withdrawal, ending a season is not") {
  CHECK(Roles("Norway ended its mission in Sweden last year.\n", "withdrawal") == "Norway:agent @Sweden");
  CHECK(Roles("Norway ended the fishing season on Monday.\n", "withdrawal") == "<none>");
}

TEST_CASE("ending a mission in an infinitive of a plain noun is a withdrawal, and a deployment to be ended goes on") {
  // "the procedure to end" had been read as "an end to": "procedure" no
  // trigger, the mission no withdrawal's.
  CHECK(Roles("Norway said it would start the procedure to end the Norwegian mission in Sweden.\n", "withdrawal") ==
        "Norway:agent @Sweden");
  // A noun the end needs that names an act of another kind, under way while
  // its end is to come, is that act too (once ended it is not: "the noun an
  // ending needs is that withdrawal").
  const std::string text = "Norway and Chile will discuss a timeline to end the Norwegian deployment in Chile.\n";
  CHECK(Roles(text, "withdrawal") != "<none>");
  CHECK(Roles(text, "deployment") == "Norway:agent @Chile");
}

TEST_CASE("an end to combat operations is a withdrawal however the parse reads 'combat'") {
  // The tagger may take "combat" for a verb with "operations" its object.
  auto x = ExtractText("Published: 2024-01-25\n\nThe Norwegian government declared an end to combat operations in 2019.\n");
  const ng::ingest::EventFact* ending = nullptr;
  for (const auto& e : x.events)
    if (e.type == "withdrawal") ending = &e;
  REQUIRE(ending);
  CHECK(ending->date == "2019");
  CHECK(ending->mode == "occurred");
}

TEST_CASE("a news outlet reports an event but takes no part in it") {
  CHECK(Roles("Norway and Sweden held talks, Reuters reported.\n", "talks") ==
        "Norway:participant Sweden:participant");
}

TEST_CASE("a name as a word of its own before a noun trigger acts in it") {
  CHECK(Roles("American airstrikes hit the port on Monday.\n", "airstrike") == "United States:agent");
  // Fused into another word it does not ("Norway-backed": the group acts).
  CHECK(Roles("Norway-backed militias attacked Sweden on Monday.\n", "attack").find("Norway:") ==
        std::string::npos);
}

TEST_CASE("an event's date is the one tied to its trigger, not the report's") {
  auto x = ExtractText("Norway said on Tuesday that Denmark withdrew its troops from Sweden in 2019.\n");
  REQUIRE_FALSE(x.events.empty());
  CHECK(x.events[0].date == "2019");
  // No date in the text: none, not the publication's.
  auto y = ExtractText("Norway and Sweden held talks.\n");
  REQUIRE_FALSE(y.events.empty());
  CHECK(y.events[0].date.empty());
}

// "Name:role " of each party of the events of `text` dated `date`.
std::string PartiesOn(const std::string& text, const std::string& date) {
  auto x = ExtractText(text);
  std::string out;
  for (const auto& e : x.events)
    if (e.date == date)
      for (const auto& [actor, role] : e.participants) out += x.actors[actor].name + ":" + role + " ";
  return out;
}

// The mode of the first event of `type` in `text`, or "<none>".
std::string ModeOfFirst(const std::string& text, const std::string& type) {
  auto x = ng::testing::ExtractText(text);
  for (const auto& e : x.events)
    if (e.type == type) return e.mode;
  return "<none>";
}

// The date of the first event of `type` in `text` (published Thursday 25
// January 2024), or "<none>".
std::string DateOf(const std::string& text, const std::string& type) {
  auto x = ExtractText(text);
  for (const auto& e : x.events)
    if (e.type == type) return e.date;
  return "<none>";
}

TEST_CASE("a date tied to the verb that says something dates the saying, not the event") {
  CHECK(DateOf("The ministry announced on May 2 that a Norwegian exit from Sweden was possible.\n",
               "withdrawal") == "");
  // An act told in the simple past took place by the saying: its day; one told
  // as earlier ("had met") has none.
  CHECK(DateOf("The ministry said on Tuesday that its envoy met Norway's foreign minister.\n", "talks") ==
        "2024-01-23");
  CHECK(DateOf("The ministry said on Tuesday that its envoy had met Norway's foreign minister.\n", "talks") == "");
  // A date the parse ties to a verb of another kind above the event is still its own.
  CHECK(DateOf("Norway ordered the invasion of Sweden in March 2003.\n", "attack") == "2003-03");
}

TEST_CASE("a date an event is placed before, after or since is not its date") {
  CHECK(DateOf("Norway and Sweden had begun talks long before the storm in Chile on March 7 closed the "
               "ports.\n",
               "talks") == "");
  // Unless the event is told of in the clause that says what happened then.
  CHECK(DateOf("The ferry has run empty since May 2021, when Norway ended its patrol mission in "
               "Sweden.\n",
               "withdrawal") == "2021-05");
}

TEST_CASE("a date in a clause of contrast is that clause's, not the main clause's event's") {
  CHECK(DateOf("While the ministry said as late as March 3 that nothing was planned, Norway and Sweden "
               "will hold talks.\n",
               "talks") == "");
  // An event told of in that clause keeps the date.
  CHECK(DateOf("Although Norway attacked Sweden on March 3, the ports stayed open.\n", "attack") == "2023-03-03");
}

TEST_CASE("a year set before a noun trigger dates it, but a count of events is no year") {
  CHECK(DateOf("Sweden still remembers the 2003 invasion by Norway.\n", "attack") == "2003");
  CHECK(DateOf("Peru condemned Norway's 1999 attack on Sweden.\n", "attack") == "1999");
  CHECK(DateOf("Norway has carried out 2000 attacks on Sweden.\n", "attack") == "");
}

TEST_CASE("a date of the telling of an event, or of what it is for, is not its date") {
  CHECK(DateOf("Norway and Sweden will begin the talks that were announced in August.\n", "talks") == "");
  CHECK(DateOf("Norway and Sweden will resume the talks announced in August.\n", "talks") == "");
  CHECK(DateOf("Norway and Sweden set up a commission in August as a vehicle for the talks.\n", "talks") == "");
  // A clause that tells what happened dates it.
  CHECK(DateOf("Norway and Sweden resumed the talks that were held in August.\n", "talks") == "2023-08");
}

TEST_CASE("an undated mention of an event joins the dated one it refers back to") {
  auto x = ExtractText("Norway and Sweden held talks on Tuesday. The talks between Norway and Sweden "
                       "were friendly.\n");
  int talks = 0;
  for (const auto& e : x.events) talks += e.type == "talks";
  CHECK(talks == 1);
}

TEST_CASE("a mention naming no party dates the event it refers back to when it tells of it alike") {
  // Published Thursday 25 January 2024: "Tuesday" is the 23rd.
  auto x = ExtractText("Norway launched several airstrikes on Swedish ports in recent weeks. The strikes on "
                       "Tuesday hit two depots.\n");
  REQUIRE(x.events.size() == 1);
  CHECK(x.events[0].date == "2024-01-23");
  // A withdrawal said on a day not to be planned does not date one that took place.
  auto y = ExtractText("Norway began a withdrawal of its troops from the north. Its ministry said on January 8 "
                       "that no further withdrawal was planned.\n");
  int undated = 0;
  for (const auto& e : y.events) undated += e.type == "withdrawal" && e.mode == "occurred" && e.date.empty();
  CHECK(undated == 1);
}

TEST_CASE("a bare plural trigger names a kind of event: the sentence's states are not its sides") {
  CHECK(Roles("Officials in Norway and Sweden said the fishing dispute was weakening agreements.\n",
              "agreement") == "<none>");
  // With a determiner it is an agreement of its own, the states its likeliest sides.
  CHECK(Roles("Officials in Norway and Sweden said the fishing dispute was weakening the agreement.\n",
              "agreement") == "Norway:participant Sweden:participant");
}

TEST_CASE("a first trigger with no party leaves the type to the next one that has some") {
  CHECK(Roles("The war began with the attack by Norway on Sweden.\n", "attack") == "Norway:agent Sweden:target");
}

TEST_CASE("whom a party opposes is no party with it") {
  CHECK(Roles("Norway said the withdrawal of the alliance of Denmark against Sweden was necessary.\n",
              "withdrawal") == "Denmark:agent");
  // Of conjoined parties too.
  CHECK(Roles("Denmark and its allies against Sweden withdrew their ships from the strait.\n", "withdrawal") ==
        "Denmark:agent");
}

TEST_CASE("talks with one side named have the other sides of the talks told of before") {
  auto x = ExtractText("Norway and Sweden held talks in Oslo on Monday. The Swedish government praised the "
                       "progress of the long-running negotiations that started in August.\n");
  const ng::ingest::EventFact* august = nullptr;
  for (const auto& e : x.events)
    if (e.type == "talks" && e.date == "2023-08") august = &e;
  REQUIRE(august != nullptr);
  std::set<std::string> sides;
  for (const auto& [actor, role] : august->participants) sides.insert(x.actors[actor].name + ":" + role);
  CHECK(sides == std::set<std::string>{"Norway:participant", "Sweden:participant"});
}

TEST_CASE("a verb completing another takes its object, else its subject, as subject") {
  CHECK(Roles("Chile has called for Norway to withdraw its troops from the island.\n", "withdrawal") ==
        "Norway:agent");
  CHECK(Roles("Sweden urged Norway to withdraw its ships.\n", "withdrawal") == "Norway:agent");
  CHECK(Roles("Norway plans to withdraw its ships.\n", "withdrawal") == "Norway:agent");
}

TEST_CASE("the noun an ending needs is that withdrawal, no event of its own") {
  auto x = ExtractText("Norway ended its deployment in Sweden on Monday.\n");
  int deployments = 0, withdrawals = 0;
  for (const auto& e : x.events) deployments += e.type == "deployment", withdrawals += e.type == "withdrawal";
  CHECK(deployments == 0);
  CHECK(withdrawals == 1);
}

TEST_CASE("mentions with an actor on opposite sides are two events") {
  auto x = ExtractText("Norway attacked Sweden without warning. Weeks later Sweden attacked Norway in return.\n");
  int attacks = 0;
  for (const auto& e : x.events) attacks += e.type == "attack";
  CHECK(attacks == 2);
}

TEST_CASE("mentions in two places are two events") {
  auto x = ExtractText("Norway and Sweden held talks in Finland. Norway and Sweden also held talks in Chile.\n");
  int talks = 0;
  for (const auto& e : x.events) talks += e.type == "talks";
  CHECK(talks == 2);
}

TEST_CASE("a participle describing a noun trigger: its object is acted on, its 'by' acts") {
  CHECK(Roles("Norway launched airstrikes targeting Sweden on Monday.\n", "airstrike") ==
        "Norway:agent Sweden:target");
  CHECK(Roles("The attack claimed by Norway damaged a port.\n", "attack") == "Norway:agent");
}

TEST_CASE("a participle after a noun trigger hung from the verb that takes the noun: its object is acted on, unless set off by a comma") {
  // Checked to be parsed so: "targeting" hangs from "launched", not from "airstrikes" (and
  // "near" from "targeting").
  CHECK(Roles("Norway launched airstrikes near Gao targeting Swedish ships.\n", "airstrike") ==
        "Norway:agent Sweden:target");
  CHECK(Roles("Norway launched airstrikes near Gao, angering Sweden.\n", "airstrike") == "Norway:agent @Gao");
}

TEST_CASE("a passive verb: its subject is acted on, its 'by' phrase acts") {
  CHECK(Roles("Sweden was attacked on Monday by Norway.\n", "attack") == "Norway:agent Sweden:target");
  CHECK(Roles("The ports of Sweden have been attacked twice by Norway.\n", "attack") ==
        "Norway:agent Sweden:target");
}

TEST_CASE("'X came under attack by Y': X suffers it, Y does it") {
  CHECK(Roles("Norwegian bases in Chile have come under rocket attacks since March by Sweden-backed militia "
              "groups.\n",
              "attack") == "Norway:target Sweden-backed militias:agent @Chile");
  CHECK(Roles("The embassy of Chile came under attack from Peru on Monday.\n", "attack") ==
        "Chile:target Peru:agent");
}

TEST_CASE("an active participle describing a noun is done by that noun") {
  CHECK(Roles("Chilean militants launching raids on Peru were arrested on Monday.\n", "attack") ==
        "Chile:agent Peru:target");
  CHECK(Roles("Chilean militants attacking Peruvian troops were arrested on Monday.\n", "attack") ==
        "Chile:agent Peru:target");
  // "inside Peru targeting" is no clause: Peru is where, the gerund the raids' aim.
  CHECK(Roles("The protests began after Chile launched raids inside Peru targeting Bolivian smugglers.\n",
              "attack") == "Bolivia:target Chile:agent @Peru");
}

TEST_CASE("a gerund after 'of', 'for' or 'from' is the object's act") {
  CHECK(Roles("Peru accused Chile on Monday of shelling Bolivian villages.\n", "attack") ==
        "Bolivia:target Chile:agent @Bolivia");
  CHECK(Roles("Peru blamed Chile for attacking Bolivian troops.\n", "attack") == "Bolivia:target Chile:agent");
}

TEST_CASE("returning or opening fire is an attack, returning troops a deployment") {
  CHECK(Roles("Peruvian forces returned fire on Monday.\n", "attack") == "Peru:agent");
  CHECK(Roles("Peruvian troops opened fire on Chilean fishermen.\n", "attack") == "Chile:target Peru:agent");
  CHECK(Roles("Peruvian troops returned to the border on Monday.\n", "deployment") == "Peru:agent");
}

TEST_CASE("who tells of an agreement between two sides is none of them") {
  CHECK(Roles("The Norwegian envoy Ida Rask announced the agreement between Peru and Chile.\n", "agreement") ==
        "Chile:participant Peru:participant");
  // One side named with "with": the teller is the other.
  CHECK(Roles("Peru announced an agreement with Chile.\n", "agreement") == "Chile:participant Peru:participant");
}

TEST_CASE("a judgement an event draws is no party to it, nor whoever voices it") {
  CHECK(Roles("Oslo's strikes drew Chile's condemnation.\n", "airstrike") == "Norway:agent");
  CHECK(Roles("The Norwegian strikes provoked the anger of Chile.\n", "airstrike") == "Norway:agent");
}

TEST_CASE("a mention naming no party refers back to the event of its type the sentence's actors point to") {
  auto x = ExtractText(
      "Norway has waged attacks on Sweden since 2015. Chile attacked Peru again. Sweden, which once held "
      "the north, was declared defeated in 2019.\n");
  std::map<std::string, std::string> date_of;  // by the event's target
  for (const auto& e : x.events)
    for (const auto& [actor, role] : e.participants)
      if (role == "target") date_of[x.actors[actor].name] = e.date;
  CHECK(date_of["Sweden"] == "2019");
  CHECK(date_of["Peru"].empty());
}

TEST_CASE("an act a verb trigger is done to bring about is aimed at that act's object") {
  CHECK(Roles("The parliament of Chile has voted to expel Norwegian forces from the country.\n", "vote") ==
        "Chile:agent Norway:target Parliament of Chile:agent");
  // A participle the parser reads as a complement is no such act.
  CHECK(Roles("President Ana Holm withdrew remaining Norwegian troops in late 2011.\n", "withdrawal") ==
        "Ana Holm:agent");
}

TEST_CASE("a pronoun in reported words stands for whoever reports them") {
  CHECK(Roles("Norway said it would strike Sweden.\n", "airstrike") == "Norway:agent Sweden:target");
}

TEST_CASE("an attack 'by X on Y' in a clause the parser opens at 'on' is still on Y") {
  CHECK(Roles("They agreed last year, before the March 3 terror attack by Boko Haram on Chad sparked wider "
              "tensions in the region.\n",
              "attack") == "Boko Haram:agent Chad:target");
}

TEST_CASE("a killing told as part of an attack is that attack, its victims the attack's targets") {
  // Once a casualty of its own, with the attacker's country for where it happened.
  auto x = ExtractText("On Monday, two soldiers of Chad were killed in Norwegian airstrikes near the border.\n");
  std::vector<std::string> types;
  for (const auto& e : x.events) types.push_back(e.type);
  CHECK(types == std::vector<std::string>{"airstrike"});
  CHECK(Roles("On Monday, two soldiers of Chad were killed in Norwegian airstrikes near the border.\n",
              "airstrike") == "Chad:target Norway:agent");
  // Killed in a place: a casualty there.
  CHECK(Roles("Two officers of Chad were killed in Oslo on Tuesday.\n", "casualty") == "Chad:target @Norway");
}

TEST_CASE("a phrase the parser hangs from the full stop still belongs to the clause") {
  CHECK(Roles("Norwegian bases in Mali have been attacked at least twelve times since March by militant groups "
              "trained and supplied by Russia, including incidents on Monday in the north of the country.\n",
              "attack") == "Norway:target Russia-backed militias:agent @Mali");  // the bases are in Mali
}

TEST_CASE("a second trigger of a sentence told with another mode is another event") {
  // The talks are to come; the meeting took place: two events, the meeting with its own parties.
  auto x = ExtractText(
      "On Tuesday, Peru's foreign minister Ana Vidal hinted at the coming talks with Bolivia, saying in a "
      "statement that she met the ambassador of Bolivia.\n");
  std::vector<std::string> modes;
  for (const auto& e : x.events)
    if (e.type == "talks") modes.push_back(e.mode);
  std::sort(modes.begin(), modes.end());
  CHECK(modes == std::vector<std::string>{"occurred", "planned"});
}

TEST_CASE("a pronoun in the content clause of a statement noun stands for its issuer") {
  // Sentences the parser reads with the that-clause hung from "statement".
  CHECK(Roles("Peru said in a brief statement that it attacked Chile.\n", "attack") == "Chile:target Peru:agent");
  // Through the gerund that says it: its doer is the clause's subject.
  CHECK(Roles("Peru warned Chile, saying in a brief statement that it attacked Bolivia.\n", "attack") ==
        "Bolivia:target Peru:agent");
  // A relative clause of the noun ("that" its subject) is no content clause.
  CHECK(Roles("Peru cited a report that said it would strike Bolivia.\n", "airstrike") == "Bolivia:target");
}

TEST_CASE("an act in the infinitive describing a noun of intention is done by that noun's owner") {
  CHECK(Roles("Peru said it had no plans to attack Chile.\n", "attack") == "Chile:target Peru:agent");
  // A demand on others is no intention: the parliament does not expel.
  CHECK(Roles("The parliament of Chile passed a resolution to expel the forces of Norway.\n", "arrest") ==
        "Norway:target");
}

TEST_CASE("words that name a deployment or an agreement only with their object") {
  CHECK(Roles("Norway sent two warships to the coast of Chile.\n", "deployment") == "Norway:agent @Chile");
  CHECK(Roles("Estonia called up reservists on Monday.\n", "deployment") == "Estonia:agent");
  CHECK(Roles("Norway called the plan a mistake.\n", "deployment") == "<none>");
  CHECK(Roles("Peru and Chile settled their border dispute in 2019.\n", "agreement") ==
        "Chile:participant Peru:participant");
}

TEST_CASE("sides committing together to do something agree on it, committing an act is no agreement") {
  CHECK(Roles("Peru and Bolivia committed to share the lake's water.\n", "agreement") ==
        "Bolivia:participant Peru:participant");
  CHECK(Roles("Peru and Bolivia committed a serious error at the border.\n", "agreement") == "<none>");
}

TEST_CASE("unnamed people act for the country they are of") {
  CHECK(Roles("Swedish officials said they would not rule out sanctions on Norwegian seafood exporters.\n",
              "sanction") == "Norway:target Sweden:agent");
}

TEST_CASE("who hosts talks is no side of them") {
  // Oslo says where: in Norway, which is no side.
  CHECK(Roles("Norway will host the talks between Peru and Chile in Oslo.\n", "talks") ==
        "Chile:participant Peru:participant @Norway");
}

TEST_CASE("who recalls an event takes no part in it") {
  CHECK(Roles("Norway recalled the March attack by Sweden on Chile.\n", "attack") ==
        "Chile:target Sweden:agent");
}

TEST_CASE("who condemns or welcomes an event takes no part in it") {
  CHECK(Roles("Chile has loudly condemned Norway's airstrikes on Sweden.\n", "airstrike") ==
        "Norway:agent Sweden:target");
  CHECK(Roles("Chile welcomed the talks between Norway and Sweden.\n", "talks") ==
        "Norway:participant Sweden:participant");
}

TEST_CASE("a target phrase headed by a noun of ground says where, not whom") {
  CHECK(Roles("Norway carried out airstrikes on Swedish soil on Monday.\n", "airstrike") == "Norway:agent @Sweden");
}

TEST_CASE("talks completed from the sentence take its states, not its alliances or groups") {
  CHECK(Roles("NATO said meetings between the two countries would start soon, as Canada and Brazil "
              "agreed.\n", "talks") == "Brazil:participant Canada:participant");
}

TEST_CASE("the 'of' phrase of an act done to someone is its target, of a withdrawal its agent, and 'from' is where a withdrawal leaves") {
  CHECK(Roles("Angry over the Norwegian invasion of Sweden, Germany recalled its envoy.\n", "attack") ==
        "Norway:agent Sweden:target");
  CHECK(Roles("The withdrawal of Norway from the alliance was announced on Monday.\n", "withdrawal") == "Norway:agent");
  // Once "from Sweden" made Sweden a party of its own withdrawal.
  CHECK(Roles("Talks will cover a Norwegian exit from Sweden.\n", "withdrawal") == "Norway:agent @Sweden");
}

TEST_CASE("'from' below a withdrawal's party is still where it leaves: the withdrawal of the ships from X") {
  // "Norway weighs a withdrawal of ships from Sweden", parsed (by hand) with
  // "from Sweden" hung from "ships": the ships leave Sweden, Sweden does not withdraw.
  const std::string text = "Norway weighs a withdrawal of ships from Sweden";
  std::vector<ng::nlp::Token> words;
  auto add = [&](const std::string& form, const std::string& upos, int head, const std::string& deprel) {
    ng::nlp::Token t;
    t.form = t.lemma = form;
    t.begin = text.find(form, words.empty() ? 0 : words.back().end);
    t.end = t.begin + form.size();
    t.upos = upos;
    t.head = head;
    t.deprel = deprel;
    words.push_back(t);
  };
  add("Norway", "PROPN", 1, "nsubj");
  add("weighs", "VERB", -1, "root");
  add("a", "DET", 3, "det");
  add("withdrawal", "NOUN", 1, "obj");
  add("of", "ADP", 5, "case");
  add("ships", "NOUN", 3, "nmod");
  add("from", "ADP", 7, "case");
  add("Sweden", "PROPN", 5, "nmod");
  ng::nlp::Sentence sentence;
  sentence.tokens = words;
  ng::ingest::PlacedMention norway, sweden;
  norway.start = 0, norway.end = 6, norway.actor = 0;
  sweden.start = text.find("Sweden"), sweden.end = text.size(), sweden.actor = 1;
  const auto& lex = ng::testing::TestLexicon();
  auto entry = lex.event_triggers.find("withdrawal");
  REQUIRE(entry != lex.event_triggers.end());
  auto args = ng::ingest::ArgumentsOf(sentence, 3, entry->second, {norway, sweden}, {}, {});
  CHECK(args.location == 1);
  for (const auto& [actor, role] : args.participants) CHECK(actor != 1);
}

TEST_CASE("'the country' stands for the country last named, not one that qualifies a noun") {
  CHECK(Roles("The talks end two decades of Norwegian involvement in Sweden. Germany ordered the invasion "
              "of the country in 2003.\n",
              "attack") == "Germany:agent Sweden:target");
  // "the US military" names the military; the country is still Sweden.
  CHECK(Roles("Sweden hosts 2,000 soldiers. The US military ended its combat role in the country in 2021.\n",
              "withdrawal") == "United States:agent @Sweden");
}

TEST_CASE("two triggers of one type with other parties in one sentence are two events") {
  auto x = ExtractText(
      "The Norwegian strikes on Tuesday were carried out in response to a missile strike by Sweden on a "
      "base in Finland.\n");
  std::set<std::string> agents;
  for (const auto& e : x.events)
    if (e.type == "airstrike")
      for (const auto& [actor, role] : e.participants)
        if (role == "agent") agents.insert(x.actors[actor].name);
  CHECK(agents == std::set<std::string>{"Norway", "Sweden"});
  // One party in common: one event told twice.
  CHECK(Roles("Norway attacked Sweden on Monday, and the attack by Norway lasted an hour.\n", "attack") ==
        "Norway:agent Sweden:target");
}

TEST_CASE("a gerund or infinitive clause with no subject of its own is done by the subject of the clause it modifies") {
  CHECK(Roles("Norway drew protests after launching raids on Sweden.\n", "attack") == "Norway:agent Sweden:target");
  CHECK(Roles("Norway hit back on Monday, attacking Swedish depots.\n", "attack") == "Norway:agent Sweden:target");
  // Two words for one act: the second's parties join the first's event.
  CHECK(Roles("Norway retaliated by attacking Sweden.\n", "attack") == "Norway:agent Sweden:target");
  // A gerund after "to" is a matter, not the subject's act.
  CHECK(Roles("Norway left the door open to attacking Sweden.\n", "attack").find("Norway") == std::string::npos);
  CHECK(Roles("Norway sent jets to bomb Swedish depots.\n", "airstrike") == "Norway:agent Sweden:target");
  // A passive clause's subject suffered, it did not act.
  CHECK(Roles("Sweden was shelled, killing three Norwegian sailors.\n", "casualty").find("Sweden:agent") ==
        std::string::npos);
}

TEST_CASE("the place an envoy is posted to is no party to what the envoy does") {
  // The name beside the post is the envoy, wherever the parse hangs it.
  CHECK(Roles("Norway's foreign minister said that he met with the Swedish Ambassador to Chile, Anna Berg, on "
              "Monday.\n",
              "talks") == "Anna Berg:participant Norway:participant Sweden:participant");
  CHECK(Roles("The Norwegian envoy to Chile met the Swedish foreign minister on Monday.\n", "talks") ==
        "Norway:participant Sweden:participant");
}

TEST_CASE("a body the sides of talks meet in is their forum, not a side") {
  const std::string text = "Norway and Sweden said the meetings of the Joint Border Commission will start soon.\n";
  CHECK(Roles(text, "talks") == "Norway:participant Sweden:participant");
  auto x = ExtractText(text);
  REQUIRE(x.events.size() == 1);
  REQUIRE(x.events[0].forums.size() == 1);
  CHECK(x.actors[x.events[0].forums[0]].name == "Joint Border Commission");
  // With one other side, the body is the other side.
  CHECK(Roles("Norway held talks with the European Commission.\n", "talks") ==
        "European Commission:participant Norway:participant");
}

TEST_CASE("a group named by who backs it in a 'by' phrase acts, and 'the militias' refers back to it") {
  CHECK(Roles("Militias backed by Norway attacked a Swedish base.\n", "attack") ==
        "Norway-backed militias:agent Sweden:target");
  CHECK(Roles("Swedish posts have been attacked by militant groups trained and supplied by Norway.\n", "attack") ==
        "Norway-backed militias:agent Sweden:target");
  CHECK(PartiesOn("Norway-backed militias shelled a Swedish port on Monday. Peru said the militias attacked "
                  "Chile on Tuesday.\n",
                  "2024-01-23")
            .find("Norway-backed militias:agent") != std::string::npos);
}

TEST_CASE("a conjoined verb with no subject of its own has its first verb's") {
  CHECK(Roles("Sweden recalled its envoy and attacked Norway on Monday.\n", "attack") ==
        "Norway:target Sweden:agent");
  // A passive conjunct's subject is acted on.
  CHECK(Roles("Peru condemned Norway and was attacked by Sweden.\n", "attack") == "Peru:target Sweden:agent");
}

TEST_CASE("summoning another country's envoy is a summons between the two, apart from their talks") {
  CHECK(Roles("Sweden summoned Norway's ambassador.\n", "summons") == "Norway:participant Sweden:participant");
  CHECK(Roles("Sweden summoned the Norwegian ambassador on Monday.\n", "summons") ==
        "Norway:participant Sweden:participant");
  auto x = ExtractText("Norway and Sweden will hold talks on fishing next week. Sweden condemned the seizure of "
                       "a trawler and summoned Norway's ambassador.\n");
  int talks = 0, summons = 0;
  for (const auto& e : x.events) {
    talks += e.type == "talks";
    summons += e.type == "summons" && e.category == "CONSULT";
  }
  CHECK(talks == 1);
  CHECK(summons == 1);
}

TEST_CASE("what is seized says the kind of event: a vessel is a seizure, a town an assault") {
  CHECK(Roles("Peru seized a Chilean tanker on Monday.\n", "arrest") == "Chile:target Peru:agent");
  CHECK(Roles("A Chilean trawler was seized by the Peruvian navy.\n", "arrest") == "Chile:target Peru:agent");
  CHECK(Roles("Peru announced the seizure of a Chilean tanker.\n", "arrest") == "Chile:target Peru:agent");
  CHECK(Roles("Peru seized the Chilean town of Arica.\n", "attack") == "Chile:target Peru:agent @Chile");
  CHECK(Roles("Peru seized the Chilean town of Arica.\n", "arrest") == "<none>");
}

TEST_CASE("agreeing is an agreement of the sides it names, not of one side or of an opinion") {
  CHECK(Roles("Chile and Peru agreed on Monday to reopen their border.\n", "agreement") ==
        "Chile:participant Peru:participant");
  CHECK(Roles("Chile agreed with Peru to reopen the border.\n", "agreement") == "Chile:participant Peru:participant");
  CHECK(DateOf("Chile and Peru agreed on Monday to reopen their border.\n", "agreement") == "2024-01-22");
  // One side, with another state named in the sentence: no agreement.
  CHECK(Roles("Chile agreed to reopen its border, Peru said.\n", "agreement") == "<none>");
  CHECK(Roles("Chile and Peru agreed that the border was unsafe.\n", "agreement") == "<none>");
}

TEST_CASE("an act meant is not dated by the meaning of it, an act begun is") {
  CHECK(DateOf("Chile decided in May to withdraw its troops from Peru.\n", "withdrawal") == "");
  CHECK(DateOf("Chile and Peru agreed on Monday to resume talks on their border.\n", "talks") == "");
  CHECK(DateOf("Chile began on Monday to withdraw its troops from Peru.\n", "withdrawal") == "2024-01-22");
}

TEST_CASE("whoever says what an event is takes no part in it") {
  CHECK(Roles("Peru called the Chilean sanctions unjust.\n", "sanction") == "Chile:agent");
}

TEST_CASE("a year parsed apart from its month still dates the event") {
  CHECK(DateOf("Chile and Peru signed a reciprocal fishing agreement in July 2021 that allows their boats to fish "
               "in each other's waters.\n",
               "agreement") == "2021-07");
}

TEST_CASE("whose intention an act is does it, the owner read as a noun's modifier too") {
  CHECK(Roles("Hungary plans to deploy 200 soldiers to Chad, its defence minister said.\n", "deployment") ==
        "Hungary:agent @Chad");
  CHECK(Roles("Norway's plans to withdraw its troops from Sweden worry Peru.\n", "withdrawal") ==
        "Norway:agent @Sweden");
}

TEST_CASE("blocking a convoy or a supply run is a blockade its owner suffers") {
  CHECK(Roles("Peruvian navy ships blocked a Chilean supply convoy on Monday.\n", "blockade") ==
        "Chile:target Peru:agent");
  auto x = ExtractText("Peru blocked a bill on fishing on Monday.\n");
  CHECK(x.events.empty());
}

TEST_CASE("joint drills are cooperation of their sides, one army's drills a show of force") {
  auto joint = ExtractText("Chile and Peru held joint exercises on Monday.\n");
  REQUIRE(joint.events.size() == 1);
  CHECK(joint.events[0].category == "COOPERATE");
  CHECK(Roles("Chile and Peru held joint exercises on Monday.\n", "exercise") == "Chile:participant Peru:participant");
  auto alone = ExtractText("Peru held military exercises near Bolivia on Monday.\n");
  REQUIRE(alone.events.size() == 1);
  CHECK(alone.events[0].category == "MOBILIZE");
  // No side is added from the other states the sentence names.
  CHECK(Roles("Peru held military exercises near Bolivia on Monday.\n", "exercise") == "Peru:agent @Bolivia");
}

TEST_CASE("two agreements of different sides in one article stay two") {
  auto x = ExtractText("Chile and Peru have signed a fishing agreement. Bolivia and Peru have signed a trade "
                       "agreement too.\n");
  int agreements = 0;
  for (const auto& e : x.events) agreements += e.type == "agreement";
  CHECK(agreements == 2);
}

TEST_CASE("a pronoun in a whether-clause stands for whoever has not said") {
  CHECK(Roles("Peru has not said whether it will send warships to the drills.\n", "deployment") == "Peru:agent");
}

TEST_CASE("a root noun's phrase ends before the sentence's stop") {
  // "plans" read as the root noun: its phrase is "Hungary plans", not the sentence.
  CHECK(Roles("Hungary plans to deploy soldiers to Chad.\n", "deployment") == "Hungary:agent @Chad");
}

TEST_CASE("'the group' after an armed group is named is that group") {
  CHECK(PartiesOn("Chad's army shelled Boko Haram camps on Monday. The group attacked a border post in August.\n",
                  "2023-08") == "Boko Haram:agent ");
}

TEST_CASE("'by the end of the year' dates an event in the publication's year") {
  CHECK(DateOf("Hungary will deploy soldiers to Chad by the end of the year.\n", "deployment") == "2024");
  CHECK(DateOf("Hungary will deploy soldiers to Chad by the end of next year.\n", "deployment") == "2025");
}

TEST_CASE("joint patrols are cooperation of their sides, one navy's patrols a deployment") {
  auto joint = ExtractText("Chile and Peru began joint naval patrols on Monday.\n");
  REQUIRE(joint.events.size() == 1);
  CHECK(joint.events[0].category == "COOPERATE");
  CHECK(Roles("Chile and Peru began joint naval patrols on Monday.\n", "patrol") == "Chile:participant Peru:participant");
  auto alone = ExtractText("Peru began naval patrols near Bolivia on Monday.\n");
  REQUIRE(alone.events.size() == 1);
  CHECK(alone.events[0].category == "MOBILIZE");
}

TEST_CASE("striking a ship or a base is an attack, striking a deal is none") {
  CHECK(Roles("Houthi drones struck two tankers off the coast of Yemen on Monday.\n", "attack") ==
        "Houthis:agent @Yemen");
  CHECK(Roles("Rockets hit a Norwegian base in Mali on Tuesday.\n", "attack") == "Norway:target @Mali");
  CHECK(Roles("Chile struck a deal with Peru on Monday.\n", "attack") == "<none>");
}

TEST_CASE("a workers' strike is a protest, a strike on a place an attack") {
  // The union's strike had been an airstrike by the union.
  CHECK(Roles("The Dockers Union said it would hold a 48-hour strike at the port of Halden.\n", "protest") ==
        "Dockers Union:agent");
  CHECK(Roles("The Dockers Union staged a strike at the port of Halden on Monday.\n", "protest") ==
        "Dockers Union:agent");
  CHECK(Roles("The Dockers Union staged a strike at the port of Halden on Monday.\n", "airstrike") == "<none>");
  CHECK(Roles("Norway launched strikes on rebel positions in Chad.\n", "airstrike") == "Norway:agent @Chad");
}

TEST_CASE("hosting a government's envoys is talks with it, sending monitors a deployment") {
  CHECK(Roles("Norway will host Chilean envoys in Oslo next month.\n", "talks") == "Chile:participant Norway:participant @Norway");
  CHECK(Roles("The European Union is ready to send monitors to the disputed border.\n", "deployment") ==
        "European Union:agent");
}

TEST_CASE("aid goes to whom 'to' names") {
  CHECK(Roles("Norway delivered medical aid to Yemen in January.\n", "aid") == "Norway:agent Yemen:target");
}

TEST_CASE("forces returning to a country are deployed, a note handed to an envoy is consultation") {
  CHECK(Roles("Brazilian marines returned to Haiti after the storm.\n", "deployment") == "Brazil:agent @Haiti");
  CHECK(Roles("Canadian pupils returned to school in Mali.\n", "deployment") == "<none>");
  // The phrase hangs from the note, not from the verb.
  CHECK(Roles("Norway handed a note to the ambassador of Sweden on Monday.\n", "talks") ==
        "Norway:participant Sweden:participant");
  CHECK(Roles("A letter from Peru was delivered to the foreign minister of Chile on Tuesday.\n", "talks") ==
        "Chile:participant Peru:participant");
}

TEST_CASE("sending relief is aid, 'aid for X' goes to X, a swap of prisoners is done together") {
  CHECK(Roles("Peru will send tents and vaccines to Bolivia.\n", "aid") == "Bolivia:target Peru:agent");
  CHECK(Roles("Peru sent a delegation to Bolivia.\n", "aid") == "<none>");
  CHECK(Roles("Canadian aid for Haiti reached the port on Monday.\n", "aid") == "Canada:agent Haiti:target");
  CHECK(Roles("Chile and Argentina will exchange captives under the deal.\n", "exchange") ==
        "Argentina:participant Chile:participant");
  CHECK(Roles("Chile and Argentina will exchange ambassadors next week.\n", "exchange") == "<none>");
}

TEST_CASE("'the two countries' are the last two countries named") {
  // The talks of next month (published January 2024), apart from Tuesday's meeting.
  CHECK(PartiesOn("Chile's foreign minister met the Peruvian ambassador in Lima on Tuesday. The two countries will "
                  "hold further talks in Santiago next month.\n",
                  "2024-02") == "Peru:participant Chile:participant ");  // last named first
  std::string both;
  auto x = ExtractText("Chile's navy seized a Peruvian trawler on Monday. Both countries will hold talks next month.\n");
  for (const auto& e : x.events)
    if (e.type == "talks")
      for (const auto& [actor, role] : e.participants) both += x.actors[actor].name + " ";
  CHECK((both == "Chile Peru " || both == "Peru Chile "));
}

TEST_CASE("halting trade through a country sanctions it, whoever invites sides to talks is no side") {
  CHECK(Roles("Kenya halted maize shipments through Uganda on Monday.\n", "sanction") == "Kenya:agent Uganda:target");
  CHECK(Roles("Kenya stopped the bus at the border.\n", "sanction") == "<none>");
  CHECK(Roles("Norway has invited Peru and Chile to talks in Oslo.\n", "talks") ==
        "Chile:participant Peru:participant @Norway");
  // "both governments": not the inviter, the subject of its own sentence.
  CHECK(Roles("Peru and Chile clashed at sea in May. Last week Norway invited the two governments to peace talks.\n", "talks") ==
        "Chile:participant Peru:participant");
  CHECK(Roles("Peru and Chile met in Madrid last week at the invitation of Spain.\n", "talks") ==
        "Chile:participant Peru:participant @Spain");
}

TEST_CASE("a clause after 'a day after' misread as a conjunct has its own subject, 'called X a Y' judges X") {
  CHECK(Roles("Chile closed the port on Friday, two days after Peruvian troops were deployed to the border.\n",
              "deployment") == "Peru:agent");
  // One deployment, Peru's: Chile calls it something, does none.
  auto x = ExtractText("Peru moved troops to the border. Chile called the deployment a grave provocation.\n");
  std::string deployments;
  for (const auto& e : x.events)
    if (e.type == "deployment")
      for (const auto& [actor, role] : e.participants) deployments += x.actors[actor].name + ":" + role + " ";
  CHECK(deployments == "Peru:agent ");
}

TEST_CASE("'they' in a clause of time is the subject of the clause it modifies, 'the neighbours' are two") {
  CHECK(Roles("Peru and Chile have not traded since they agreed in 2012 to share the catch.\n", "agreement") ==
        "Chile:participant Peru:participant");
  // "It" there is as often a thing.
  CHECK(Roles("Peru attacked the port after it was shelled by Chile.\n", "attack") == "Peru:agent");
  CHECK(Roles("Peru and Chile clashed at sea in May. The neighbours signed a fishing deal in June.\n", "agreement") ==
        "Chile:participant Peru:participant");
}

TEST_CASE("opening fire on X attacks X, deporting people expels them, trade cut with X sanctions X, a host is no side") {
  CHECK(Roles("Chilean troops opened fire on a Peruvian patrol boat on Monday.\n", "attack") == "Chile:agent Peru:target");
  CHECK(Roles("Peru opened a consulate in Arica on Monday.\n", "attack") == "<none>");
  CHECK(Roles("Chile deported 200 Peruvian workers in March.\n", "arrest") == "Chile:agent Peru:target");
  CHECK(Roles("Chile cut its trade with Peru after the vote.\n", "sanction") == "Chile:agent Peru:target");
  CHECK(Roles("Peru and Chile will meet in Lisbon next week for talks hosted by Portugal.\n", "talks") ==
        "Chile:participant Peru:participant @Portugal");
  // "hours after" a day: that day (Monday the 22nd).
  CHECK(DateOf("Peru closed its border on Monday, hours after Chilean troops opened fire on a Peruvian patrol "
               "boat.\n",
               "attack") == "2024-01-22");
}

TEST_CASE("two countries joined by a hyphen are both named, and named together") {
  CHECK(Roles("Officials said the Peruvian-Chilean talks would resume soon.\n", "talks") ==
        "Chile:participant Peru:participant");
  // "the two neighbours" after "the Peru-Chile frontier" are those two.
  CHECK(Roles("Trade resumed across the Peru-Chile frontier on Friday after the two neighbours settled their "
              "fishing quarrel.\n",
              "agreement") == "Chile:participant Peru:participant");
}

TEST_CASE("'the two countries' are the two last named together when only a host was named since") {
  std::string parties;
  auto x = ExtractText("Chile and Peru agreed on fishing quotas on Monday at a meeting Spain organised in Madrid. "
                       "The two countries will exchange captives soon.\n");
  for (const auto& e : x.events)
    if (e.type == "exchange")
      for (const auto& [actor, role] : e.participants) parties += x.actors[actor].name + " ";
  CHECK((parties == "Chile Peru " || parties == "Peru Chile "));
}

TEST_CASE("a campaign of attacks is not one of its dated attacks") {
  // Two events: the campaign, undated, and the attack of May 3.
  auto x = ExtractText("Houthi forces attacked a Danish tanker on May 3. Houthi forces have attacked commercial "
                       "ships more than 40 times since November.\n");
  std::vector<std::string> dates;
  for (const auto& e : x.events) dates.push_back(e.date);
  std::sort(dates.begin(), dates.end());
  CHECK(dates == std::vector<std::string>{"", "2023-05-03"});
  // "including" a dated act: that act and the campaign.
  CHECK(PartiesOn("Norwegian bases in Mali have been attacked twelve times since March by militant groups trained "
                  "by Russia, including an incident on Monday.\n",
                  "2024-01-22") == "Norway:target Russia-backed militias:agent ");
}

TEST_CASE("an act an infinitive does is meant, not done: 'agreed to hold talks'") {
  CHECK(ModeOfFirst("Chile and Peru agreed on Monday to hold talks in Lima.\n", "talks") == "planned");
  CHECK(ModeOfFirst("Chile and Peru held talks in Lima on Monday.\n", "talks") == "occurred");
}

TEST_CASE("a clash is fought by both sides, on its own day, apart from the talks told with it") {
  auto x = ExtractText("Chile and Bolivia will resume talks next week, the Chilean foreign ministry said on Thursday, "
                       "days after soldiers of the two countries clashed near the border. Two Bolivian soldiers "
                       "were wounded in the clash on Sunday.\n");
  std::vector<std::string> told;
  for (const auto& e : x.events) told.push_back(e.type + " " + e.mode + " " + e.date);
  std::sort(told.begin(), told.end());
  // Published Thursday 25 January 2024: next week (29 January to 4 February) lies in two months.
  CHECK(told == std::vector<std::string>{"clash occurred 2024-01-21", "talks planned "});
  CHECK(Roles("Soldiers of Chile and Bolivia clashed near the border on Sunday.\n", "clash") ==
        "Bolivia:participant Chile:participant");
}

TEST_CASE("a delegation sent to both capitals is a visit of the three") {
  CHECK(Roles("Chile and Bolivia signed a water treaty in May. The European Union sent a delegation to both "
              "capitals on Wednesday.\n",
              "talks") == "Bolivia:participant Chile:participant European Union:participant");
}

TEST_CASE("talks still awaited are not the talks a delegation held on a day") {
  auto x = ExtractText("Chile and Bolivia will resume talks next month. The European Union sent a delegation to "
                       "Chile and Bolivia on Wednesday.\n");
  int talks = 0;
  for (const auto& e : x.events) talks += e.type == "talks";
  CHECK(talks == 2);
}

TEST_CASE("a weekday of an event still to come is the next one") {
  // Published Thursday 25 January 2024.
  CHECK(DateOf("The Chilean president is expected to visit Lima on Monday.\n", "talks") == "2024-01-29");
  CHECK(DateOf("The Chilean president visited Lima on Monday.\n", "talks") == "2024-01-22");
}

TEST_CASE("cutting imports, assets or envoys is a sanction on whoever owns them") {
  CHECK(Roles("Chile suspended imports of Peruvian fish on Monday.\n", "sanction") == "Chile:agent Peru:target");
  CHECK(Roles("Chile froze the assets of three Peruvian firms.\n", "sanction") == "Chile:agent Peru:target");
  CHECK(Roles("Chile recalled its ambassador from Lima in May.\n", "recall") == "Chile:agent Peru:target");
  // Suspending a minister is none.
  CHECK(Roles("Chile suspended its finance minister on Monday.\n", "sanction") == "<none>");
  // Trade cut off to a country sanctions it, told by the verb or the noun.
  CHECK(Roles("Chile suspended fuel exports to Peru on Monday.\n", "sanction") == "Chile:agent Peru:target");
  CHECK(Roles("Chile announced a suspension of fuel exports to Peru.\n", "sanction") == "Chile:agent Peru:target");
}

TEST_CASE("seizing a barge or a ferry is a seizure, not an attack") {
  CHECK(Roles("Chilean police seized a Peruvian barge on the river on Sunday.\n", "arrest") ==
        "Chile:agent Peru:target");
  CHECK(Roles("Chilean police seized a Peruvian barge on the river on Sunday.\n", "attack") == "<none>");
}

TEST_CASE("'the two governments' and 'the three countries' stand for the countries named last") {
  CHECK(PartiesOn("Chile expelled two Peruvian diplomats on Monday. The two governments held talks in Quito on "
                  "Tuesday.\n",
                  "2024-01-23") == "Peru:participant Chile:participant ");
  CHECK(PartiesOn("Chile and Peru held talks on Monday. Bolivia offered to host a summit of the three countries "
                  "next month.\n",
                  "2024-02") == "Bolivia:participant Peru:participant Chile:participant ");
  CHECK(PartiesOn("Chilean police seized a Peruvian barge on Sunday. The two neighbours signed a river traffic "
                  "agreement in 2019.\n",
                  "2019") == "Peru:participant Chile:participant ");
}

TEST_CASE("a second act of one type with a side on both ends is another event") {
  auto x = ExtractText("Chile expelled two Peruvian diplomats on Wednesday, a week after Peru's navy detained a "
                       "Chilean fishing boat near the coast.\n");
  std::vector<std::string> sides;
  for (const auto& e : x.events) {
    std::string s;
    for (const auto& [actor, role] : e.participants) s += x.actors[actor].name + ":" + role + " ";
    sides.push_back(s);
  }
  std::sort(sides.begin(), sides.end());
  CHECK(sides == std::vector<std::string>{"Chile:agent Peru:target ", "Peru:agent Chile:target "});
}

TEST_CASE("an event to come is not dated before the article: that date is the planning's") {
  // The parse may hang "last year" from the infinitive: published 25
  // January 2024, talks agreed then are not talks held in 2023.
  CHECK(DateOf("Norway and Sweden agreed to open negotiations over fishing quotas in 2023.\n", "talks") == "");
  // A date ahead stands, and so does a past one of an act that took place.
  CHECK(DateOf("Norway and Sweden will hold talks on their fishing quotas next month.\n", "talks") == "2024-02");
  CHECK(DateOf("Norway and Sweden held talks on their fishing quotas last year.\n", "talks") == "2023");
}

TEST_CASE("what is negotiated is a matter of the talks, not a side") {
  CHECK(Roles("Peru offered to negotiate the terms of the mission of the European Union.\n", "talks") ==
        "Peru:participant");
  CHECK(Roles("Peru is ready to negotiate the terms of NATO's mission.\n", "talks") == "Peru:participant");
  // An object that names a side is one.
  CHECK(Roles("Norway met the foreign minister of Sweden on Monday.\n", "talks") ==
        "Norway:participant Sweden:participant");
}

TEST_CASE("states named as where something is are no sides of talks named in passing") {
  CHECK(Roles("Rebel raids on Norwegian soldiers stationed in Chile and Peru have made the talks more urgent.\n",
              "talks").find("Chile") == std::string::npos);
  // Named as sides, the sentence's states complete the talks still.
  CHECK(Roles("NATO said meetings between the two countries would start soon, as Canada and Brazil "
              "agreed.\n", "talks") == "Brazil:participant Canada:participant");
}

TEST_CASE("'the country' is not the subject of an infinitive after 'for'") {
  // Norway withdraws from Sweden, not from itself.
  CHECK(Roles("Norway keeps 900 soldiers in Sweden. Lawmakers have asked for Norway to withdraw its soldiers from "
              "the country.\n",
              "withdrawal") == "Norway:agent @Sweden");
}

TEST_CASE("an act to come is not one that took place in a month or year before") {
  auto x = ExtractText("Norway could withdraw its troops from Sweden. Norway ended its naval mission in Sweden in "
                       "March 2019.\n");
  std::vector<std::string> withdrawals;
  for (const auto& e : x.events)
    if (e.type == "withdrawal") withdrawals.push_back(e.mode + " " + e.date);
  std::sort(withdrawals.begin(), withdrawals.end());
  CHECK(withdrawals == std::vector<std::string>{"hypothetical ", "occurred 2019-03"});
}

TEST_CASE("a noun trigger that names its own doer is not done by the subject of its clause") {
  CHECK(Roles("Sweden demanded the withdrawal of Norwegian troops.\n", "withdrawal") == "Norway:agent");
  CHECK(Roles("Sweden welcomed a Danish withdrawal from the border.\n", "withdrawal").find("Sweden") ==
        std::string::npos);
  // A pronoun owner may stand for that subject; no name, no doer of its own.
  CHECK(Roles("Norway launched its airstrikes on Sweden on Monday.\n", "airstrike") == "Norway:agent Sweden:target");
  CHECK(Roles("Chile's parliament adopted a resolution on fishing in May.\n", "vote") != "<none>");
}

TEST_CASE("the forces a withdrawal moves are its doer's") {
  CHECK(Roles("Talks on how to withdraw Swedish forces from Norway began on Monday.\n", "withdrawal") ==
        "Sweden:agent @Norway");
}

TEST_CASE("leaving the door open to an act tells of it as possible, undated by the day the door was left open") {
  CHECK(ModeOfFirst("Norway's defence minister left the door open on Monday to reducing the Norwegian naval "
                    "presence in Sweden.\n",
                    "withdrawal") == "hypothetical");
  CHECK(DateOf("Norway's defence minister left the door open on Monday to reducing the Norwegian naval "
               "presence in Sweden.\n",
               "withdrawal") == "");
}

TEST_CASE("the foe of a mission is no party to its end") {
  CHECK(Roles("Norway will end its naval mission against the Houthis.\n", "withdrawal") == "Norway:agent");
  CHECK(Roles("Norway said it would end the air mission of its navy against Russia.\n", "withdrawal") ==
        "Norway:agent");
}

TEST_CASE("a count of an act makes it a campaign wherever the parse hung the count in its clause") {
  // The parse hangs "more than 40 times" under the operation's name.
  auto x = ExtractText("Houthi forces have attacked Danish ships as part of Operation Desert Falcon more than 40 times "
                       "since November.\n");
  REQUIRE_FALSE(x.events.empty());
  CHECK(x.events[0].type == "attack");
  CHECK(x.events[0].repeated);
  // A count in a clause of its own counts something else.
  auto once = ExtractText("Houthi forces attacked a Danish ship that had sailed the strait 40 times.\n");
  REQUIRE_FALSE(once.events.empty());
  CHECK_FALSE(once.events[0].repeated);
}

TEST_CASE("attacks a place has come under since a time are a campaign, joined or not to another noun") {
  // The first had been read as one attack: "since" hangs from the verb the
  // attacks are an oblique of.
  for (const char* text : {"Danish outposts in Mali have come under attacks by Boko Haram since March.\n",
                           "Danish outposts in Mali have faced rocket and drone attacks by Boko Haram since "
                           "March.\n"}) {
    INFO(text);
    auto x = ExtractText(text);
    REQUIRE_FALSE(x.events.empty());
    CHECK(x.events[0].type == "attack");
    CHECK(x.events[0].repeated);
  }
  auto once = ExtractText("Danish outposts in Mali faced a rocket attack by Boko Haram on Tuesday.\n");
  REQUIRE_FALSE(once.events.empty());
  CHECK_FALSE(once.events[0].repeated);
}

TEST_CASE("a verb with its particle names a withdrawal, however the parse hangs the particle") {
  CHECK(Roles("Chile demanded that Peru pull its patrol boats out of the bay.\n", "withdrawal") == "Peru:agent");
  CHECK(Roles("Russian units pulled back from the Finnish border on Sunday.\n", "withdrawal") ==
        "Russia:agent @Finland");
  // "pull" alone is none.
  CHECK(Roles("Chile pulled a rescued sailor from the water.\n", "withdrawal") == "<none>");
}

TEST_CASE("what its or their owns in reported words is the reporter's") {
  CHECK(Roles("Chile said its air force would strike Peru.\n", "airstrike") == "Chile:agent Peru:target");
  CHECK(Roles("Japan's defence ministry said its navy would hold exercises near Okinawa.\n", "exercise") ==
        "Japan:agent @Japan");
}

TEST_CASE("the forces a deployment moves are its doer's, as object, passive subject or described noun") {
  CHECK(Roles("Two Greek destroyers were deployed near Rhodes on Monday.\n", "deployment") == "Greece:agent @Rhodes");
  CHECK(Roles("Norway sent troops to Latvia on Monday.\n", "deployment") == "Norway:agent @Latvia");
  CHECK(Roles("The Norwegian troops sent to Latvia last month will stay until May.\n", "deployment") ==
        "Norway:agent @Latvia");
  CHECK(ModeOfFirst("The Norwegian troops sent to Latvia last month will stay until May.\n", "deployment") ==
        "occurred");
  // A seizure described by its participle.
  CHECK(Roles("A Norwegian tanker seized by Iran on Monday was released.\n", "arrest") == "Iran:agent Norway:target");
  // A participle with an object of its own acts ("police detained a ship" misread as a noun with a
  // participle).
  CHECK(Roles("Finnish police detained a cargo ship on Monday after a cable was damaged.\n", "arrest") ==
        "Finland:agent");
}

TEST_CASE("a state's protest is a diplomatic note, no demonstration") {
  CHECK(Roles("Chile rejected the protest lodged by Peru on Monday.\n", "protest") == "<none>");
  CHECK(Roles("Chile ignored a formal protest from Bolivia.\n", "protest") == "<none>");
  // A group's is one.
  CHECK(Roles("Supporters of Hamas protested in Amman on Friday.\n", "protest") == "Hamas:agent @Jordan");
}

TEST_CASE("a month named for an act to come is the next such month, and a clause below dates its own act") {
  // Published January 25, 2024.
  CHECK(DateOf("Chile and Peru will meet in April.\n", "talks") == "2024-04");
  CHECK(DateOf("Chile and Peru agreed to meet in April.\n", "talks") == "2024-04");
  CHECK(DateOf("Chile and Peru agreed to meet in April.\n", "agreement") == "");
  CHECK(DateOf("Chile and Peru held talks in April.\n", "talks") == "2023-04");
  // A month named before the noun.
  CHECK(DateOf("Chile and Peru will hold the March talks in Lima.\n", "talks") == "2024-03");
}

TEST_CASE("a by phrase the parse hung on an active verb is the agent of the verb's noun trigger") {
  CHECK(Roles("Sweden banned a protest by Hamas in Stockholm.\n", "protest") == "Hamas:agent @Sweden");
  CHECK(Roles("Norwegian ports have suffered forty drone attacks this winter by rebels backed by Russia.\n",
              "attack") == "Norway:target Russia-backed rebels:agent");
  // A passive verb's "by" phrase is its own.
  CHECK(Roles("A protest in Oslo was banned by Sweden.\n", "protest") == "<none>");
}

TEST_CASE("the subject of a verb of undergoing suffers the event its object names") {
  CHECK(Roles("Danish ships suffered two attacks off Yemen on Monday.\n", "attack") == "Denmark:target @Yemen");
}

TEST_CASE("moving forces and reinforcing a border are deployments") {
  CHECK(Roles("Chile moved two battalions to the north on Monday.\n", "deployment") == "Chile:agent");
  CHECK(Roles("Peru reinforced its southern frontier with extra soldiers.\n", "deployment") == "Peru:agent @Peru");
  // Moving or reinforcing something else is none.
  CHECK(Roles("Chile moved its embassy to a new building.\n", "deployment") == "<none>");
}

TEST_CASE("what a possessive pronoun owns is its owner's: the reporter's, else the subject's above") {
  CHECK(Roles("Chile's president said his government would not withdraw its ships from the bay.\n",
              "withdrawal") == "Chile:agent");
  CHECK(Roles("Chile recalled its envoy after its navy attacked a Peruvian port.\n", "attack") ==
        "Chile:agent Peru:target");
}

TEST_CASE("whoever hosts talks is no side the sentence completes them with") {
  CHECK(Roles("Brazil, which is hosting the talks, sent troops to its border.\n", "talks") == "<none>");
}

TEST_CASE("banning a country's apps sanctions it, and a scuffle is a clash of both sides") {
  CHECK(Roles("India banned 20 Chinese apps on Monday.\n", "sanction") == "China:target India:agent");
  CHECK(Roles("Soldiers of Chile and Peru scuffled at the border on Monday.\n", "clash") ==
        "Chile:participant Peru:participant");
}

TEST_CASE("dates of acts told against another time, or by the end of the month") {
  // Published Thursday 25 January 2024.
  CHECK(DateOf("Chile will complete the withdrawal of its troops by the end of the month.\n", "withdrawal") ==
        "2024-01");
  // The talks' own day, over the participle after the comma; the deal is not dated by it.
  CHECK(DateOf("The deal came after the third round of talks between Chile and Peru, held in Lima on "
               "Wednesday.\n",
               "talks") == "2024-01-24");
  CHECK(DateOf("The deal came after the third round of talks between Chile and Peru, held in Lima on "
               "Wednesday.\n",
               "agreement") == "");
  // An act told against a time to come lies near it: its month, not its day;
  // "two days after" a day past counts back from it (Friday the 19th).
  CHECK(DateOf("Chile and Peru will resume talks on Friday, a week after their soldiers clashed on the "
               "border.\n",
               "clash") == "2024-01");
  CHECK(DateOf("Chile closed the port on Friday, two days after Peruvian troops were deployed to the border.\n",
               "deployment") == "2024-01-17");
  // "Next month" is the act's own; "March" another act's.
  CHECK(DateOf("Spain is expected to deploy six jets to Latvia next month under a NATO plan agreed in March.\n",
               "deployment") == "2024-02");
}

TEST_CASE("training forces is aid, suspending support a sanction, storming a base an attack") {
  CHECK(Roles("Chile will train Peruvian police officers next year.\n", "aid") == "Chile:agent Peru:target");
  CHECK(Roles("The European Union suspended its budget support to Somalia in 2024.\n", "sanction") ==
        "European Union:agent Somalia:target");
  CHECK(Roles("Houthi fighters stormed a Saudi army base on Monday.\n", "attack") ==
        "Houthis:agent Saudi Arabia:target");
  // A train is none.
  CHECK(Roles("Chile will train its new staff next year.\n", "aid") == "<none>");
}

TEST_CASE("a killing told as what an attack did is that attack, its victims the attack's targets") {
  CHECK(Roles("Houthi fighters attacked an army base on Monday, killing three Saudi soldiers.\n", "attack") ==
        "Houthis:agent Saudi Arabia:target");
  CHECK(Roles("Houthi fighters attacked an army base on Monday, killing three Saudi soldiers.\n", "casualty") ==
        "<none>");
}

TEST_CASE("what a vote is on is no party, and a relative clause's pronoun is the subject above") {
  CHECK(Roles("The UN Security Council voted on the future of the African Union mission.\n", "vote") ==
        "UN Security Council:agent");
  CHECK(Roles("The European Union has not restored the budget support it suspended in 2024.\n", "sanction") ==
        "European Union:agent");
}

TEST_CASE("a place phrase of what is attacked says where, one of the attacker none") {
  CHECK(Roles("Norwegian jets bombed a depot in Kirkuk on Monday.\n", "airstrike") == "Norway:agent @Iraq");
  CHECK(Roles("Peruvian police raided a camp near Bolivia on Monday.\n", "attack") == "Peru:agent @Bolivia");
  CHECK(Roles("Chilean gunners shelled a market in the town of Kirkuk.\n", "attack") == "Chile:agent @Iraq");
  // Where the doers are stationed is not where they strike.
  CHECK(Roles("Norwegian troops in Sweden attacked a camp on Monday.\n", "attack") == "Norway:agent");
}

TEST_CASE("the doer's own border or frontier is in the doer's country") {
  CHECK(Roles("Peru moved extra troops to its northern border last month.\n", "deployment") ==
        "Peru:agent @Peru");
  CHECK(Roles("Peru has reinforced its southern frontier with more troops.\n", "deployment") ==
        "Peru:agent @Peru");
  // The neighbour named with the border is no place of it.
  CHECK(Roles("Peru sent 300 soldiers to its border with Bolivia in May.\n", "deployment") == "Peru:agent @Peru");
  // Whose border it is acts in nothing.
  CHECK(Roles("Peru has reinforced the Bolivian border with more troops.\n", "deployment") == "Peru:agent @Bolivia");
}

TEST_CASE("a place in the place an event leaves or is held at is where") {
  CHECK(Roles("Peruvian and Chilean troops will withdraw from a disputed valley in Arica.\n", "withdrawal") ==
        "Chile:agent Peru:agent @Chile");
  CHECK(Roles("Military commanders of Peru and Chile met at Arica on Monday.\n", "talks") ==
        "Chile:participant Peru:participant @Chile");
  // A body stands for its country's ground; a forum is no place.
  CHECK(Roles("Envoys of Peru and Chile met at the White House on Monday.\n", "talks") ==
        "Chile:participant Peru:participant @United States");
  CHECK(Roles("Peru and Chile held talks at the United Nations on Monday.\n", "talks") ==
        "Chile:participant Peru:participant");
}

TEST_CASE("an inhabited place attacked is where, and its country suffers it") {
  CHECK(Roles("Cambodian artillery shelled a Thai village on Monday.\n", "attack") ==
        "Cambodia:agent Thailand:target @Thailand");
  CHECK(Roles("Cambodian gunners shelled the Thai province of Surin on Monday.\n", "attack") ==
        "Cambodia:agent Thailand:target @Thailand");
  // An owner's base is not on the owner's ground.
  CHECK(Roles("Norwegian jets bombed a Swedish base on Monday.\n", "airstrike") == "Norway:agent Sweden:target");
}

TEST_CASE("whom a visit goes to is a side of it and where it is held") {
  CHECK(Roles("The president of Peru is due to visit Santiago next week.\n", "talks") ==
        "Chile:participant Peru:participant @Chile");
  CHECK(Roles("The Chilean president will pay a visit to Lima in May.\n", "talks") ==
        "Chile:participant Peru:participant @Peru");
  // Meeting someone is no place.
  CHECK(Roles("Peru's president met Chile's foreign minister on Monday.\n", "talks") ==
        "Chile:participant Peru:participant");
}

TEST_CASE("tariffs and duties imposed or raised on a country's goods are sanctions") {
  CHECK(Roles("Canada imposed tariffs on American steel in 2018.\n", "sanction") == "Canada:agent United States:target");
  CHECK(Roles("Peru said it would raise duties on Chilean wine.\n", "sanction") == "Chile:target Peru:agent");
  CHECK(Roles("Chinese tariffs on Australian barley hurt farmers.\n", "sanction") == "Australia:target China:agent");
  // A fine is no sanction between states, nor is raising anything else.
  CHECK(Roles("Peru raised its interest rates on Monday.\n", "sanction") == "<none>");
}

TEST_CASE("sides 'due to meet' are the subject's, and the meeting is to come") {
  CHECK(Roles("Peruvian and Chilean officials are due to meet in Lima next month.\n", "talks") ==
        "Chile:participant Peru:participant @Peru");
  CHECK(ModeOfFirst("Greek and Turkish diplomats are due to meet in April.\n", "talks") == "planned");
}

TEST_CASE("'two years ago' dates an act, 'five years after X' dates X when the clause speaks of now") {
  // Published Thursday 25 January 2024.
  CHECK(DateOf("Two years ago, Norway invaded Sweden.\n", "attack") == "2022");
  CHECK(DateOf("Norway and Sweden held talks in Oslo three months ago.\n", "talks") == "2023-10");
  CHECK(DateOf("Norway and Sweden held talks in Oslo 10 days ago.\n", "talks") == "2024-01-15");
  CHECK(DateOf("Five years after the Norwegian invasion of Sweden, the border town is still in ruins.\n",
               "attack") == "2019");
  // Told against a past clause, the span counts from a time not told.
  CHECK(DateOf("Five years after the Norwegian invasion of Sweden, the border town was rebuilt.\n", "attack") ==
        "");
  // Weeks ago with no count, and a decade, are too loose to date.
  CHECK(DateOf("Norway invaded Sweden a decade ago.\n", "attack") == "");
}

TEST_CASE("acts aimed at two different countries are two events, whatever their agent") {
  auto x = ExtractText("Norway invaded Sweden in 2008. The town was rebuilt after the Norwegian invasion of Finland.\n");
  std::vector<std::string> attacks;
  for (const auto& e : x.events) {
    if (e.type != "attack") continue;
    std::string parties;
    for (const auto& [actor, role] : e.participants) parties += x.actors[actor].name + ":" + role + " ";
    attacks.push_back(parties);
  }
  REQUIRE(attacks.size() == 2);
  CHECK(attacks[0].find("Finland") == std::string::npos);
  CHECK(attacks[1].find("Sweden") == std::string::npos);
}

TEST_CASE("'sent 50 tonnes of aid', 'a series of raids': a counted trigger's clause names its doer") {
  // The aid had had no donor: "aid" hangs from "tonnes", not from "sent".
  CHECK(Roles("Sweden sent 50 tonnes of food aid to Finland after the floods.\n", "aid") ==
        "Finland:target Sweden:agent");
  CHECK(Roles("Norway launched a series of raids on Swedish ports.\n", "attack") == "Norway:agent Sweden:target");
}

TEST_CASE("whoever kills in a raid carries out the raid, a place beside the object is no target") {
  // The killing is the raid's, and the raid had had no party: no event.
  CHECK(Roles("Norwegian forces killed three rebels in a raid near the border on Sunday.\n", "attack") ==
        "Norway:agent");
  // A raid that names its doer keeps it.
  CHECK(Roles("Three rebels were killed in a Swedish raid on Sunday.\n", "attack") == "Sweden:agent");
  // "outside the parliament" says where the protesters were, not whom police held.
  CHECK(Roles("Swedish police arrested 12 protesters outside the parliament on Monday.\n", "arrest") ==
        "Sweden:agent @Sweden");
}

TEST_CASE("'the parliament' is the country's the sentence names before it, by name or demonym") {
  auto x = ExtractText("Norway closed its border on Sunday.\n\nSwedish police arrested 12 protesters near the "
                       "parliament on Monday.\n");
  bool swedish = false, norwegian = false;
  for (const auto& a : x.actors) {
    swedish |= a.name == "Parliament of Sweden";
    norwegian |= a.name == "Parliament of Norway";
  }
  CHECK(swedish);
  CHECK_FALSE(norwegian);
}

TEST_CASE("an aid package is aid, whoever blocks it gives none, a name split among its modifiers is its donor") {
  // "aid" had been a modifier of "package" with no party; then the blocker
  // its donor, and "European Union" (an adjective and a compound) none.
  CHECK(Roles("The European Union approved an aid package for Chile on Monday.\n", "aid") ==
        "Chile:target European Union:agent");
  CHECK(Roles("Peru blocked a European Union aid package for Chile on Monday.\n", "aid") ==
        "Chile:target European Union:agent");
}

TEST_CASE("whoever violates a ceasefire declared none") {
  // The accused had been the ceasefire's agent.
  CHECK(Roles("Chile accused Peru of violating the ceasefire on Tuesday.\n", "withdrawal") == "<none>");
  CHECK(Roles("Chile and Peru agreed a ceasefire on Tuesday.\n", "withdrawal") == "Chile:agent Peru:agent");
}

TEST_CASE("an infinitive after a noun trigger tells what the act is for, but for a demand whose act it is") {
  // Sweden is whom the deployment is to defend, not whom it is done to.
  CHECK(Roles("The brigade returned home from a Norwegian deployment to defend Sweden.\n", "deployment") ==
        "Norway:agent");
  // A participle still names what the act is done to.
  CHECK(Roles("Norway launched airstrikes targeting Sweden on Monday.\n", "airstrike") ==
        "Norway:agent Sweden:target");
  // A demand is aimed at whom the act it calls for is.
  CHECK(Roles("Forty deputies of Chile signed a petition to expel Norway's soldiers.\n", "petition") ==
        "Chile:agent Norway:target");
}

TEST_CASE("a body named with its place ('Police in Norway') acts though the parse leaves the place out") {
  // The arrest had had no agent: the phrase of "Police" stopped before "in Norway".
  CHECK(Roles("Police in Norway arrested Ana Lund in Oslo on Sunday.\n", "arrest") ==
        "Ana Lund:target Police in Norway:agent @Norway");
}

TEST_CASE("'its neighbour' is another country than the one named last: the one named in its sentence") {
  // The halt had had no target: "its northern neighbour" named no country.
  CHECK(Roles("Uzbekistan halted gas exports through its southern neighbour on Monday, the Afghan "
              "energy ministry said.\n", "sanction") == "Afghanistan:target Uzbekistan:agent");
}
