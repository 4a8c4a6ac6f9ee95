// The CSV record reader against a character-at-a-time model of RFC 4180 with
// the reader's documented extensions (CRLF, blank lines skipped, text after a
// closing quote kept), on random files read through buffers of many sizes.
#include <catch2/catch.hpp>

#include <fstream>
#include <random>

#include "graph/csv_reader.h"
#include "graph/error.h"
#include "test_util.h"

using namespace ng;
using ng::testing::TempDir;

namespace {

struct ModelRecord {
  std::vector<CsvField> fields;
  uint64_t line = 0;
};

// Everything the reader must return for `text`; `error` set on an
// unterminated quote (with the records before it).
struct ModelResult {
  std::vector<ModelRecord> records;
  bool error = false;
};

ModelResult Model(const std::string& text, char delimiter) {
  ModelResult result;
  size_t i = 0;
  uint64_t line = 1;
  auto get = [&]() -> int { return i < text.size() ? static_cast<unsigned char>(text[i++]) : -1; };
  for (;;) {
    int c = get();
    while (c == '\n' || c == '\r') {
      if (c == '\n') ++line;
      c = get();
    }
    if (c < 0) return result;
    ModelRecord record;
    record.line = line;
    CsvField field;
    for (;;) {
      if (c == '"' && field.text.empty() && !field.quoted) {
        field.quoted = true;
        for (;;) {
          c = get();
          if (c < 0) {
            result.error = true;
            return result;
          }
          if (c == '\n') ++line;
          if (c == '"' && (c = get()) != '"') break;
          field.text.push_back(static_cast<char>(c));
        }
        continue;
      }
      if (c < 0 || c == '\n' || c == delimiter) {
        if (!field.text.empty() && field.text.back() == '\r' && !field.quoted) field.text.pop_back();
        record.fields.push_back(field);
        field = CsvField();
        if (c == delimiter) {
          c = get();
          continue;
        }
        if (c == '\n') ++line;
        break;
      }
      if (!(c == '\r' && field.quoted)) field.text.push_back(static_cast<char>(c));
      c = get();
    }
    result.records.push_back(record);
  }
}

std::string RandomCsv(std::mt19937* rng, bool quotes) {
  // Mostly plain fields, some quotes, CRs, blank lines and long fields.
  static const std::string plain = "ab1 ,,,\n";
  static const std::string special = "\"\r\n;";
  std::string text;
  size_t length = std::uniform_int_distribution<size_t>(0, 400)(*rng);
  for (size_t i = 0; i < length; ++i) {
    int pick = std::uniform_int_distribution<int>(0, 99)(*rng);
    if (pick < 3) text.append(std::uniform_int_distribution<size_t>(10, 70)(*rng), 'x');
    else if (quotes && pick < 15) text += special[(*rng)() % special.size()];
    else text += plain[(*rng)() % plain.size()];
  }
  return text;
}

void ExpectSameAsModel(const std::string& path, const std::string& text, char delimiter,
                       size_t buffer) {
  ModelResult model = Model(text, delimiter);
  CsvReader reader(path, delimiter, buffer);
  std::vector<CsvField> fields;
  for (const ModelRecord& expected : model.records) {
    REQUIRE(reader.Next(&fields));
    REQUIRE(reader.line() == expected.line);
    REQUIRE(fields.size() == expected.fields.size());
    for (size_t f = 0; f < fields.size(); ++f) {
      REQUIRE(fields[f].text == expected.fields[f].text);
      REQUIRE(fields[f].quoted == expected.fields[f].quoted);
    }
  }
  if (model.error) {
    REQUIRE_THROWS_AS(reader.Next(&fields), Error);
  } else {
    REQUIRE_FALSE(reader.Next(&fields));
  }
}

}  // namespace

TEST_CASE("CSV reader matches the model on random files and buffer sizes", "[graph][csv]") {
  TempDir dir;
  std::string path = dir.Sub("random.csv");
  std::mt19937 rng(20261123);
  for (int round = 0; round < 600; ++round) {
    std::string text = RandomCsv(&rng, round % 3 != 0);
    std::ofstream(path, std::ios::binary) << text;
    char delimiter = round % 5 == 0 ? ';' : ',';
    for (size_t buffer : {16, 17, 31, 64, 1 << 20}) {
      INFO("round " << round << ", buffer " << buffer);
      ExpectSameAsModel(path, text, delimiter, buffer);
    }
  }
}

TEST_CASE("CSV reader keeps fields apart when records are reused", "[graph][csv]") {
  TempDir dir;
  std::string path = dir.Sub("reuse.csv");
  std::ofstream(path, std::ios::binary) << "a,b,c\r\n\"q\"\nlong field here,x\n\n,\n";
  CsvReader reader(path, ',', 16);
  std::vector<CsvField> f;
  REQUIRE(reader.Next(&f));
  CHECK(f.size() == 3);
  CHECK(f[2].text == "c");
  REQUIRE(reader.Next(&f));
  REQUIRE(f.size() == 1);
  CHECK(f[0].text == "q");
  CHECK(f[0].quoted);
  REQUIRE(reader.Next(&f));
  REQUIRE(f.size() == 2);
  CHECK(f[0].text == "long field here");
  CHECK_FALSE(f[0].quoted);
  REQUIRE(reader.Next(&f));
  CHECK(reader.line() == 5);
  REQUIRE(f.size() == 2);
  CHECK(f[0].text.empty());
  CHECK_FALSE(reader.Next(&f));
}
