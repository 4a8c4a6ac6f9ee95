// The tokenizer and sentence splitter on sentences written for these tests.
#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <sstream>

#include "nlp/nlp_test_util.h"

using ng::testing::Syntax;
using ng::testing::Words;
using V = std::vector<std::string>;

TEST_CASE("tokenizer splits clitics into UD words") {
  CHECK(Words("They don't know.") == V{"They", "do", "n't", "know", "."});
  CHECK(Words("It's the minister's plan.") == V{"It", "'s", "the", "minister", "'s", "plan", "."});
  CHECK(Words("We can't and won't go.") == V{"We", "ca", "n't", "and", "wo", "n't", "go", "."});
  CHECK(Words("I cannot say.") == V{"I", "can", "not", "say", "."});
  CHECK(Words("They\xE2\x80\x99re here.") == V{"They", "\xE2\x80\x99re", "here", "."});
}

TEST_CASE("tokenizer keeps abbreviations numbers and addresses whole") {
  CHECK(Words("U.S. troops left at 5 p.m. on Monday.") ==
        V{"U.S.", "troops", "left", "at", "5", "p.m.", "on", "Monday", "."});
  CHECK(Words("Dr. Smith paid $1,200.50 for 3.5 tons.") ==
        V{"Dr.", "Smith", "paid", "$", "1,200.50", "for", "3.5", "tons", "."});
  CHECK(Words("Write to jane.doe@example.org or see https://example.org/a/b.html today.") ==
        V{"Write", "to", "jane.doe@example.org", "or", "see", "https://example.org/a/b.html", "today", "."});
  CHECK(Words("It rose 12% by 10:30.") == V{"It", "rose", "12", "%", "by", "10:30", "."});
}

TEST_CASE("tokenizer separates quotation marks dashes and ellipses") {
  CHECK(Words("\"We will stay,\" she said.") == V{"\"", "We", "will", "stay", ",", "\"", "she", "said", "."});
  CHECK(Words("\xE2\x80\x9CNo\xE2\x80\x9D \xE2\x80\x94 never...") ==
        V{"\xE2\x80\x9C", "No", "\xE2\x80\x9D", "\xE2\x80\x94", "never", "..."});
  CHECK(Words("a pro-government rally") == V{"a", "pro-government", "rally"});
  CHECK(Words("the al-Bashir family") == V{"the", "al", "-", "Bashir", "family"});
}

TEST_CASE("sentence splitter ends sentences at stops but not after abbreviations") {
  auto sentences = Syntax().Segment("Gen. Ray Stone arrived in the U.S. on Friday. He left Sunday. Was it late?");
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[0].tokens.front().form == "Gen.");
  CHECK(sentences[1].tokens.front().form == "He");
  CHECK(sentences[2].tokens.back().form == "?");
  // A line break always ends one.
  CHECK(Syntax().Segment("first line without a stop\nsecond line").size() == 2);
}

namespace {

// Every word is the text between its offsets, words do not overlap and come
// in order, and only whitespace lies between them.
void CheckOffsets(const std::string& text) {
  size_t last = 0;
  for (const ng::nlp::Sentence& s : Syntax().Segment(text)) {
    REQUIRE(s.begin <= s.end);
    REQUIRE(s.end <= text.size());
    for (const ng::nlp::Token& t : s.tokens) {
      REQUIRE(t.begin >= last);
      REQUIRE(t.begin < t.end);
      REQUIRE(t.end <= text.size());
      REQUIRE(t.form == text.substr(t.begin, t.end - t.begin));
      for (size_t k = last; k < t.begin; ++k) {
        unsigned char c = static_cast<unsigned char>(text[k]);
        // Only spaces (ASCII, control or Unicode) between words.
        if (c >= 0x21 && c < 0x7F) FAIL("a printable byte between words at " << k);
      }
      last = t.end;
    }
  }
}

}  // namespace

TEST_CASE("tokenizer offsets round-trip on every sample article") {
  for (const char* name : {"000_89f189bf1b8a151d.txt", "001_5d9fcba85c3d5cb5.txt", "002_ff08fd6f892093ae.txt",
                           "003_659de86aadaf6bf2.txt", "004_3c4f9761669d23e5.txt"}) {
    std::ifstream in(std::string(NG_SOURCE_DIR "/samples/") + name);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    INFO(name);
    CheckOffsets(ss.str());
  }
}

TEST_CASE("tokenizer offsets round-trip on hostile text") {
  // Control characters, mixed scripts, broken UTF-8, long runs of punctuation.
  CheckOffsets(std::string("a\x01\x02 b\x7f c\td\re\x0b\x0c") + "f");
  CheckOffsets("\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD said \xE4\xB8\xAD\xE5\x9B\xBD \xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA7\xD9\x82 ok.");
  CheckOffsets("bad \xC3 utf8 \xE2\x82 here \xF0\x9F\x98\x80!!! \xFF\xFE end");
  CheckOffsets(std::string(5000, '.') + " " + std::string(3000, '-') + "\"\"\"''' (((");
  std::mt19937 rng(7);
  std::string noise;
  for (int i = 0; i < 20000; ++i) noise.push_back(static_cast<char>(rng() % 256));
  CheckOffsets(noise);
  // A 1 MiB line of words: linear time, offsets intact.
  std::string line;
  while (line.size() < (1u << 20)) line += "Minister al-Said's (U.S.) aide didn't say, \"no\"... ";
  CheckOffsets(line);
}

TEST_CASE("no sentence is longer than 300 tokens") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  size_t words = 0;
  for (const ng::nlp::Sentence& s : Syntax().Segment(text)) {
    CHECK(s.tokens.size() <= 300);
    words += s.tokens.size();
  }
  CHECK(words == 1000);
}

TEST_CASE("tokenizer never cuts inside a UTF-8 character") {
  // Words ending in bytes that equal a clitic's bytes but for the case bit.
  for (const char* text : {"Zo\xC3\xB9s went home.", "x\xE2\x80\xB9s and y\xE2\x80\xB9S.", "\xE2\x80\x9Chi\xE2\x80\x9D"}) {
    for (const std::string& w : Words(text)) {
      unsigned char first = static_cast<unsigned char>(w[0]);
      CHECK((first & 0xC0) != 0x80);  // no word starts with a continuation byte
    }
  }
}
