// Model files: what a missing, truncated, damaged or foreign file does.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "graph/error.h"
#include "ingest/nlp/model_file.h"
#include "nlp/nlp_test_util.h"

namespace fs = std::filesystem;

namespace {

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void WriteAll(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << bytes;
}

// A copy of the committed models in a fresh folder, to damage.
fs::path CopyModels(const std::string& name) {
  fs::path dir = fs::temp_directory_path() / ("ng_models_" + name + "_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  for (const auto& e : fs::directory_iterator(ng::testing::ModelDir()))
    if (e.path().extension() == ".model") fs::copy_file(e.path(), dir / e.path().filename());
  return dir;
}

// Loading fails with an ng::Error whose message names `file` and says `what`.
void ExpectRefusal(const fs::path& dir, const std::string& file, const std::string& what) {
  try {
    ng::nlp::Pipeline::Load(dir.string());
    FAIL("loaded a damaged model");
  } catch (const ng::Error& e) {
    std::string message = e.what();
    INFO(message);
    CHECK(message.find((dir / file).string()) != std::string::npos);
    CHECK(message.find(what) != std::string::npos);
  }
}

}  // namespace

TEST_CASE("the committed models load and are small") {
  size_t bytes = 0;
  for (const auto& e : fs::directory_iterator(ng::testing::ModelDir()))
    if (e.path().extension() == ".model") bytes += fs::file_size(e.path());
  CHECK(bytes <= 30u * 1024 * 1024);
  CHECK(ng::testing::Syntax().Analyze("It works.").size() == 1);
}

TEST_CASE("a missing model file is named in the error") {
  fs::path dir = CopyModels("missing");
  fs::remove(dir / "parser.model");
  ExpectRefusal(dir, "parser.model", "not found");
  fs::remove_all(dir);
}

TEST_CASE("a directory or an empty file where a model belongs is refused") {
  fs::path dir = CopyModels("not_a_file");
  fs::remove(dir / "parser.model");
  fs::create_directory(dir / "parser.model");
  ExpectRefusal(dir, "parser.model", "cannot read");
  fs::remove(dir / "parser.model");
  WriteAll(dir / "parser.model", "");
  ExpectRefusal(dir, "parser.model", "not a newsgraph model");
  fs::remove_all(dir);
}

TEST_CASE("a truncated model file is refused") {
  fs::path dir = CopyModels("truncated");
  std::string bytes = ReadAll(dir / "tagger.model");
  for (size_t keep : {size_t{3}, size_t{20}, bytes.size() / 2, bytes.size() - 1}) {
    WriteAll(dir / "tagger.model", bytes.substr(0, keep));
    INFO("kept " << keep);
    ExpectRefusal(dir, "tagger.model", keep < 16 ? "not a newsgraph model" : "damaged");
  }
  fs::remove_all(dir);
}

TEST_CASE("a flipped byte in a model file is refused") {
  fs::path dir = CopyModels("flipped");
  std::string bytes = ReadAll(dir / "names.model");
  bytes[bytes.size() / 2] ^= 0x10;
  WriteAll(dir / "names.model", bytes);
  ExpectRefusal(dir, "names.model", "checksum");
  fs::remove_all(dir);
}

TEST_CASE("a model of another format version or kind is refused") {
  fs::path dir = CopyModels("version");
  std::string bytes = ReadAll(dir / "tokenizer.model");
  std::string other = bytes;
  other[8] = static_cast<char>(ng::nlp::kModelFormatVersion + 1);
  WriteAll(dir / "tokenizer.model", other);
  ExpectRefusal(dir, "tokenizer.model", "version");
  // A parser model where the tokenizer's belongs.
  fs::copy_file(dir / "parser.model", dir / "tokenizer.model", fs::copy_options::overwrite_existing);
  ExpectRefusal(dir, "tokenizer.model", "a parser model where a tokenizer model belongs");
  fs::remove_all(dir);
}

TEST_CASE("model sections round-trip") {
  fs::path file = fs::temp_directory_path() / ("ng_sections_" + std::to_string(::getpid()) + ".model");
  ng::nlp::ModelWriter w("test");
  w.AddStrings("words", {"alpha", "", "gamma"});
  w.AddArray("numbers", std::vector<uint32_t>{1, 2, 3000000000u});
  w.Save(file.string());
  ng::nlp::ModelFile m = ng::nlp::ModelFile::Load(file.string(), "test");
  CHECK(m.Strings("words") == std::vector<std::string>{"alpha", "", "gamma"});
  CHECK(m.Array<uint32_t>("numbers") == std::vector<uint32_t>{1, 2, 3000000000u});
  CHECK_THROWS_AS(m.Section("absent"), ng::Error);
  fs::remove(file);
}
