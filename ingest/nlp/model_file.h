// ingest/nlp/model_file.h — the on-disk form of a trained model: a versioned
// header, a checksum and named sections of bytes. A file that is missing,
// truncated, damaged or of another version is refused with an ng::Error that
// names it.
#ifndef NEWSGRAPH_INGEST_NLP_MODEL_FILE_H_
#define NEWSGRAPH_INGEST_NLP_MODEL_FILE_H_

#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace ng::nlp {

// Bumped whenever a section's layout or a model's features change; older files
// are refused (retrain with scripts/train-nlp).
inline constexpr uint32_t kModelFormatVersion = 1;

class ModelWriter {
 public:
  explicit ModelWriter(std::string kind) : kind_(std::move(kind)) {}

  void Add(const std::string& name, std::string_view bytes) { sections_[name] = std::string(bytes); }
  template <class T>
  void AddArray(const std::string& name, const std::vector<T>& items) {
    static_assert(std::is_trivially_copyable_v<T>);
    Add(name, std::string_view(reinterpret_cast<const char*>(items.data()), items.size() * sizeof(T)));
  }
  // Strings may hold any byte but NUL.
  void AddStrings(const std::string& name, const std::vector<std::string>& items);

  // Writes a temporary file beside `path`, then renames it over `path`.
  void Save(const std::string& path) const;

 private:
  std::string kind_;
  std::map<std::string, std::string> sections_;
};

class ModelFile {
 public:
  // Reads and verifies `path`; `kind` is what the caller expects ("tagger").
  static ModelFile Load(const std::string& path, std::string_view kind);

  const std::string& path() const { return path_; }
  bool Has(std::string_view name) const { return sections_.count(std::string(name)) > 0; }
  std::string_view Section(std::string_view name) const;
  template <class T>
  std::vector<T> Array(std::string_view name) const {
    static_assert(std::is_trivially_copyable_v<T>);
    std::string_view bytes = Section(name);
    if (bytes.size() % sizeof(T) != 0) Fail("section '" + std::string(name) + "' has a bad size");
    std::vector<T> out(bytes.size() / sizeof(T));
    if (!out.empty()) std::memcpy(out.data(), bytes.data(), bytes.size());
    return out;
  }
  std::vector<std::string> Strings(std::string_view name) const;
  // Throws ng::Error "FILE: model is damaged (what)".
  [[noreturn]] void Fail(const std::string& what) const;

 private:
  std::string path_;
  std::unique_ptr<char[]> bytes_;  // the whole file; sections_ view into it
  std::map<std::string, std::string_view> sections_;
};

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_MODEL_FILE_H_
