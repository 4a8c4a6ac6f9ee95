// The mode of an event (ingest/event_mode.h) on sentences written for these
// tests: happened, planned, only possible, or denied.
#include <catch2/catch.hpp>

#include "tests/ingest/ingest_test_util.h"

using ng::testing::ExtractText;

namespace {

// The mode of the first event of `type` in `text`, or "<none>".
std::string ModeOf(const std::string& text, const std::string& type) {
  auto x = ExtractText(text);
  for (const auto& e : x.events)
    if (e.type == type) return e.mode;
  return "<none>";
}

}  // namespace

TEST_CASE("an event told as done occurred") {
  CHECK(ModeOf("United States aircraft carried out an airstrike on a depot in Iraq on Tuesday.\n",
               "airstrike") == "occurred");
}

TEST_CASE("an event with will, a plan or an upcoming date is planned") {
  CHECK(ModeOf("Iraq and the United States will hold talks in Baghdad next week.\n", "talks") ==
        "planned");
  CHECK(ModeOf("Iraq plans a withdrawal of the United States forces by the summer.\n", "withdrawal") ==
        "planned");
}

TEST_CASE("an event considered, discussed or under a modal is hypothetical") {
  CHECK(ModeOf("Iraq is considering a withdrawal of the United States forces.\n", "withdrawal") ==
        "hypothetical");
  CHECK(ModeOf("Iraq could request a withdrawal of the United States forces.\n", "withdrawal") ==
        "hypothetical");
}

TEST_CASE("an event said not to happen is denied, over every other mode") {
  CHECK(ModeOf("The United States is not considering a withdrawal from Iraq.\n", "withdrawal") ==
        "denied");
  CHECK(ModeOf("Iraq denied any plan for a withdrawal of the United States forces.\n", "withdrawal") ==
        "denied");
}

TEST_CASE("an act the words say did not come, 'without' it, is denied") {
  CHECK(ModeOf("The talks between Peru and Chile ended without agreement in March.\n", "agreement") == "denied");
  CHECK(ModeOf("Peru and Chile reached an agreement in March.\n", "agreement") == "occurred");
}

TEST_CASE("a call or a demand for an act is no act yet") {
  CHECK(ModeOf("Chile has called for Norway to withdraw its troops.\n", "withdrawal") == "hypothetical");
  CHECK(ModeOf("Sweden urged Norway to withdraw its ships.\n", "withdrawal") == "hypothetical");
}

TEST_CASE("a merged event takes the mode most of its mentions give") {
  auto x = ng::testing::ExtractText(
      "Norway and Sweden will hold talks on Friday. The talks between Norway and Sweden are planned "
      "for the capital. Norway and Sweden held the talks in the end.\n");
  int talks = 0;
  std::string mode;
  for (const auto& e : x.events)
    if (e.type == "talks") ++talks, mode = e.mode;
  CHECK(talks == 1);
  CHECK(mode == "planned");
}

TEST_CASE("mentions that tell no mode do not outvote the one that does") {
  // Told once as to come; then twice a bare "the talks", which says nothing
  // of whether they took place.
  auto x = ng::testing::ExtractText(
      "Chile and Peru will open talks in Lima next month. The talks between Chile and Peru are "
      "meant to settle the fishing quotas. The talks between Chile and Peru cover the border too.\n");
  std::string mode;
  for (const auto& e : x.events)
    if (e.type == "talks") mode = e.mode;
  CHECK(mode == "planned");
  // A verb in the past tells it: held talks occurred.
  CHECK(ModeOf("Chile and Peru held talks in Lima. The talks between Chile and Peru cover the border.\n",
               "talks") == "occurred");
}

TEST_CASE("'the coming talks' are planned") {
  CHECK(ModeOf("Chile welcomed the coming talks between Peru and Bolivia.\n", "talks") == "planned");
}

TEST_CASE("an event 'set to' happen or to begin 'soon' is planned") {
  CHECK(ModeOf("Norway is set to hold talks with Sweden.\n", "talks") == "planned");
  CHECK(ModeOf("Danish aid for Greenland is due to arrive within days.\n", "aid") == "planned");
  CHECK(ModeOf("Norway has invited Peru and Chile to talks in Oslo.\n", "talks") == "planned");
  CHECK(ModeOf("Peru and Chile met in Oslo last week at the invitation of Norway.\n", "talks") == "occurred");
  // Named an act of aggression, the deployment is no demand ("call" for one).
  CHECK(ModeOf("Chile called the Peruvian deployment a grave provocation.\n", "deployment") == "occurred");
  // Reported words conjoined to reported words: "would" tells what is to come.
  CHECK(ModeOf("Chilean officials said Peru would cut tariffs, and that Chile and Peru would exchange "
               "captives under a new accord.\n",
               "exchange") == "planned");
  CHECK(ModeOf("Norway and Sweden will soon begin talks.\n", "talks") == "planned");
}

TEST_CASE("a clause describing a noun trigger tells its mode, but not by its infinitive") {
  CHECK(ModeOf("Norway and Chile announced talks scheduled for the spring.\n", "talks") == "planned");
  CHECK(ModeOf("Norway and Chile announced talks that could start within days.\n", "talks") ==
        "hypothetical");
  // The infinitive is what the resolution asks for; the resolution passed.
  CHECK(ModeOf("The parliament of Chile passed a resolution to expel the forces of Norway.\n", "vote") ==
        "occurred");
}

TEST_CASE("a clause in which the noun trigger acts gives its verb's mode to what it calls for, not to the noun") {
  // The petition was signed; the vote it calls for is what is not yet.
  CHECK(ModeOf("Forty deputies of Chile signed a petition calling for a vote on the treaty.\n", "petition") ==
        "occurred");
  CHECK(ModeOf("Chile passed a resolution that urges talks with Peru.\n", "vote") == "occurred");
  // A modal of the clause is still the noun's ("talks that could start").
  CHECK(ModeOf("Chile proposed talks with Peru that could begin within days.\n", "talks") == "hypothetical");
}

TEST_CASE("'would' in reported speech is the speaker's future, elsewhere a condition") {
  CHECK(ModeOf("Norway said Sweden would withdraw its troops from Finland.\n", "withdrawal") == "planned");
  CHECK(ModeOf("Norway would withdraw its troops from Sweden if asked.\n", "withdrawal") == "hypothetical");
}

TEST_CASE("a headline's bare infinitive is what will be done") {
  auto mode = [](const std::string& headline) {
    auto x = ng::testing::ExtractFile(headline + "\n\nPublished January 25, 2024\n\nThe ministry gave no date.\n");
    for (const auto& e : x.events)
      if (e.type == "withdrawal") return e.mode;
    return std::string("<none>");
  };
  CHECK(mode("Norway to withdraw its troops from Sweden") == "planned");
  CHECK(mode("Norway withdraws its troops from Sweden") == "occurred");
}

TEST_CASE("being willing to act is no act yet") {
  CHECK(ModeOf("Norway said on Monday that it was willing to hold talks with Sweden.\n", "talks") ==
        "hypothetical");
}

TEST_CASE("a negated verb of speech leaves the event it governs open, not denied") {
  CHECK(ModeOf("The ministry has not commented on a Danish exit from the strait.\n", "withdrawal") ==
        "hypothetical");
  CHECK(ModeOf("The ministry did not say that Norway withdrew its ships.\n", "withdrawal") == "hypothetical");
  CHECK(ModeOf("Sweden did not rule out an airstrike on the depot.\n", "airstrike") == "hypothetical");
}

TEST_CASE("ruling an act out denies it") {
  CHECK(ModeOf("Sweden ruled out an airstrike on the depot.\n", "airstrike") == "denied");
}

TEST_CASE("denying a negotiation over an act denies the negotiation, not the act") {
  auto x = ExtractText("Norway said its meetings with Chile were not a negotiation over an exit by Norway.\n");
  std::string withdrawal, talks;
  for (const auto& e : x.events) {
    if (e.type == "withdrawal") withdrawal = e.mode;
    if (e.type == "talks" && talks.empty()) talks = e.mode;
  }
  CHECK(withdrawal == "hypothetical");
  CHECK(talks == "occurred");
}

TEST_CASE("an act in the infinitive is planned unless its governor says it began") {
  CHECK(ModeOf("Chile agreed to withdraw its ships from the strait.\n", "withdrawal") == "planned");
  CHECK(ModeOf("Chile began to withdraw its ships from the strait.\n", "withdrawal") == "occurred");
}

TEST_CASE("an act that an infinitive would begin is meant, not done, unless a word above says it began") {
  CHECK(ModeOf("Chile and Peru agreed on Monday to resume talks on their border.\n", "talks") == "planned");
  CHECK(ModeOf("Chile and Peru began to hold talks in May.\n", "talks") == "occurred");
  // A time beside the act is no act it would begin.
  CHECK(ModeOf("Chile and Peru agreed to start talks before the attack by Norway on Sweden.\n", "attack") ==
        "occurred");
}

TEST_CASE("a conjoined verb shares its first verb's auxiliary, not its negation") {
  CHECK(ModeOf("Norway will hold talks with Sweden and sign a treaty with Chile.\n", "agreement") == "planned");
  CHECK(ModeOf("Norway did not attack Sweden and signed a treaty with Chile.\n", "agreement") == "occurred");
}

TEST_CASE("where a prepositional phrase says an act stands gives its mode") {
  CHECK(ModeOf("Talks between Norway and Sweden are in the works.\n", "talks") == "planned");
  CHECK(ModeOf("The talks between Norway and Sweden have been in the works since May.\n", "talks") == "planned");
  CHECK(ModeOf("A withdrawal of Norwegian troops from Sweden is under consideration.\n", "withdrawal") ==
        "hypothetical");
  CHECK(ModeOf("A Norwegian withdrawal from Sweden is off the table.\n", "withdrawal") == "denied");
  CHECK(ModeOf("Norway rejected a withdrawal from Sweden under consideration in Oslo.\n", "withdrawal") ==
        "denied");
  CHECK(ModeOf("Sweden fears a withdrawal of Norwegian troops under consideration in Oslo.\n", "withdrawal") ==
        "hypothetical");
  // A place is no such phrase, nor is an act the one in the works is placed before.
  CHECK(ModeOf("Talks between Norway and Sweden are in the capital.\n", "talks") == "occurred");
  CHECK(ModeOf("Talks with Sweden were in the works before the Norwegian attack on Peru.\n", "attack") ==
        "occurred");
}

TEST_CASE("a verb that says what an event is neither calls for it nor weighs it") {
  CHECK(ModeOf("Chile imposed sanctions on Peru last year, a step Lima called unjust.\n", "sanction") == "occurred");
  CHECK(ModeOf("Peru called the Chilean sanctions unjust.\n", "sanction") == "occurred");
  // A call for an act is still one.
  CHECK(ModeOf("Chile called for talks with Peru.\n", "talks") == "hypothetical");
}

TEST_CASE("a base-form verb joined to a verb of another tense goes on a list of acts meant") {
  // The parse joins "begin" and "hold" to "noted" or "drafted", not to "to set".
  CHECK(ModeOf("The committee noted that the plan was drafted to set a date for the Chilean patrols, begin a "
               "withdrawal of Chilean ships from the strait and hold new talks with Peru.\n",
               "withdrawal") == "planned");
  CHECK(ModeOf("The committee noted that the plan was drafted to set a date for the Chilean patrols, begin a "
               "withdrawal of Chilean ships from the strait and hold new talks with Peru.\n",
               "talks") == "planned");
  CHECK(ModeOf("The officials said the plan aims at drawing up a calendar for the patrols, reduce the patrols by "
               "half and withdraw the Chilean ships from the strait.\n",
               "withdrawal") == "planned");
  // Verbs in one tense tell of acts done.
  CHECK(ModeOf("Chile drew up a calendar for its patrols and withdrew its ships from the strait.\n", "withdrawal") ==
        "occurred");
}

TEST_CASE("refusing to act denies the act") {
  CHECK(ModeOf("Peru has refused to withdraw its troops from the border.\n", "withdrawal") == "denied");
}

TEST_CASE("an act that a plan would end is under way, whatever the mode of its end") {
  // The deployment had taken the mode of "discuss" above "end".
  CHECK(ModeOf("Norway and Chile will discuss a timeline to end the Norwegian deployment in Chile.\n", "deployment") ==
        "occurred");
  CHECK(ModeOf("Peru and Chile will set a date to end the Chilean deployment on the island.\n", "deployment") ==
        "occurred");
  // The end itself keeps its own.
  CHECK(ModeOf("Norway could end its deployment in Chile.\n", "withdrawal") == "hypothetical");
}

TEST_CASE("a choice not yet made leaves the act open, a choice made against it denies it") {
  // "not" on "decided" had denied the deployment.
  CHECK(ModeOf("Norway has not decided whether to send warships to Chile.\n", "deployment") == "hypothetical");
  CHECK(ModeOf("Norway decided not to send warships to Chile.\n", "deployment") == "denied");
}
