#include "ingest/nlp/model_file.h"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include "graph/error.h"

namespace ng::nlp {

namespace {

constexpr char kMagic[8] = {'N', 'G', 'N', 'L', 'P', 'M', 'O', 'D'};

// FNV-1a over 8-byte words (the tail byte by byte): fast enough to check
// tens of megabytes at every start.
uint64_t Checksum(std::string_view bytes) {
  uint64_t h = 1469598103934665603ull;
  size_t i = 0;
  for (; i + 8 <= bytes.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, bytes.data() + i, 8);
    h = (h ^ w) * 1099511628211ull;
  }
  for (; i < bytes.size(); ++i) h = (h ^ static_cast<unsigned char>(bytes[i])) * 1099511628211ull;
  return h;
}

template <class T>
void Put(std::string* out, T v) {
  out->append(reinterpret_cast<const char*>(&v), sizeof v);
}

void Pad(std::string* out) {
  while (out->size() % 8) out->push_back('\0');
}

}  // namespace

void ModelWriter::AddStrings(const std::string& name, const std::vector<std::string>& items) {
  std::string joined;
  for (const std::string& s : items) {
    joined += s;
    joined.push_back('\0');
  }
  Add(name, joined);
}

void ModelWriter::Save(const std::string& path) const {
  std::string payload;
  for (const auto& [name, bytes] : sections_) {
    Put<uint32_t>(&payload, static_cast<uint32_t>(name.size()));
    payload += name;
    Pad(&payload);
    Put<uint64_t>(&payload, bytes.size());
    payload += bytes;
    Pad(&payload);
  }
  std::string file(kMagic, sizeof kMagic);
  Put<uint32_t>(&file, kModelFormatVersion);
  Put<uint32_t>(&file, static_cast<uint32_t>(kind_.size()));
  file += kind_;
  Pad(&file);
  Put<uint64_t>(&file, payload.size());
  Put<uint64_t>(&file, Checksum(payload));
  file += payload;
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(file.data(), static_cast<std::streamsize>(file.size()));
    out.flush();
    if (!out) throw Error(ErrorKind::kIo, tmp + ": cannot write the model");
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) throw Error(ErrorKind::kIo, path + ": " + ec.message());
}

void ModelFile::Fail(const std::string& what) const {
  throw Error(ErrorKind::kCorruption, path_ + ": model is damaged (" + what +
                                          "); retrain with scripts/train-nlp or restore it from git");
}

ModelFile ModelFile::Load(const std::string& path, std::string_view kind) {
  ModelFile m;
  m.path_ = path;
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw Error(ErrorKind::kNotFound, path + ": model file not found (train it with scripts/train-nlp)");
  // One read of the known size: a byte-by-byte copy of the 11 MB parser
  // was most of the start-up time of every ingest.
  std::error_code ec;
  std::streamoff size = in.tellg();
  if (size < 0 || !std::filesystem::is_regular_file(path, ec))
    throw Error(ErrorKind::kIo, path + ": cannot read the model file");
  m.bytes_ = std::make_unique_for_overwrite<char[]>(static_cast<size_t>(size));
  in.seekg(0);
  in.read(m.bytes_.get(), size);
  if (!in || in.gcount() != size) throw Error(ErrorKind::kIo, path + ": cannot read the model file");
  const std::string_view b(m.bytes_.get(), static_cast<size_t>(size));
  size_t pos = 0;
  auto need = [&](size_t n, const char* what) {
    if (pos > b.size() || b.size() - pos < n) m.Fail(std::string("truncated in its ") + what);
  };
  auto get32 = [&]() { uint32_t v; std::memcpy(&v, b.data() + pos, 4); pos += 4; return v; };
  auto get64 = [&]() { uint64_t v; std::memcpy(&v, b.data() + pos, 8); pos += 8; return v; };
  auto align = [&]() { pos = (pos + 7) / 8 * 8; };
  if (b.size() < 16 || std::memcmp(b.data(), kMagic, sizeof kMagic) != 0)
    throw Error(ErrorKind::kCorruption, path + ": not a newsgraph model file");
  pos = 8;
  uint32_t version = get32();
  if (version != kModelFormatVersion)
    throw Error(ErrorKind::kVersion, path + ": model format version " + std::to_string(version) +
                                         ", this build reads version " +
                                         std::to_string(kModelFormatVersion) +
                                         " (retrain with scripts/train-nlp)");
  uint32_t kind_size = get32();
  need(kind_size, "header");
  std::string found_kind(b.substr(pos, kind_size));
  pos += kind_size;
  align();
  if (found_kind != kind)
    throw Error(ErrorKind::kInvalidArgument,
                path + ": a " + found_kind + " model where a " + std::string(kind) + " model belongs");
  need(16, "header");
  uint64_t payload_size = get64();
  uint64_t checksum = get64();
  if (b.size() - pos != payload_size)
    m.Fail("expected " + std::to_string(payload_size) + " bytes of payload, found " +
           std::to_string(b.size() - pos));
  std::string_view payload(b.data() + pos, payload_size);
  if (Checksum(payload) != checksum) m.Fail("checksum mismatch");
  while (pos < b.size()) {
    need(4, "section table");
    uint32_t name_size = get32();
    need(name_size, "section table");
    std::string name(b.substr(pos, name_size));
    pos += name_size;
    align();
    need(8, "section table");
    uint64_t size = get64();
    need(size, "sections");
    m.sections_[name] = std::string_view(b.data() + pos, size);
    pos += size;
    align();
  }
  return m;
}

std::string_view ModelFile::Section(std::string_view name) const {
  auto it = sections_.find(std::string(name));
  if (it == sections_.end()) Fail("no section '" + std::string(name) + "'");
  return it->second;
}

std::vector<std::string> ModelFile::Strings(std::string_view name) const {
  std::string_view bytes = Section(name);
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i < bytes.size(); ++i)
    if (bytes[i] == '\0') {
      out.emplace_back(bytes.substr(start, i - start));
      start = i + 1;
    }
  if (start != bytes.size()) Fail("section '" + std::string(name) + "' is not NUL-terminated");
  return out;
}

}  // namespace ng::nlp
