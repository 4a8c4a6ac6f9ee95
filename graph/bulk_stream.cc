// graph/bulk_stream.cc — BulkWriter's streamed families: the table files of
// families whose keys arrive in order, written by the background worker while
// the import parses (see graph/bulk_writer.h).
#include <filesystem>

#include <rocksdb/sst_file_reader.h>
#include <rocksdb/sst_file_writer.h>

#include "graph/bulk_writer.h"

namespace ng {

namespace {
Error FileError(const char* what, const std::string& file, const rocksdb::Status& s) {
  return Error(ErrorKind::kIo, std::string("bulk import: cannot ") + what + " " + file + ": " +
                                   s.ToString());
}

// Records, texts and the label and name indexes stream while their keys
// come in order; meta is written at the end, adjacency is placed by node.
bool Streamable(Cf cf) {
  return cf == kCfNodes || cf == kCfRels || cf == kCfLabels || cf == kCfNames || cf == kCfTexts;
}
}  // namespace

void BulkWriter::Put(Cf cf, std::string_view key, std::string_view value) {
  Stream& stream = streams_[cf];
  if (Streamable(cf) && !stream.broken) {
    if (stream.last_key.empty() || key > std::string_view(stream.last_key)) {
      stream.batch.Add(key, value);
      stream.last_key.assign(key);
      if (stream.batch.arena.size() >= stream_batch_bytes_) HandOver(cf);
      return;
    }
    // Out of order: what was batched joins the entries sorted at the end.
    stream.broken = true;
    pending_[cf] = std::move(stream.batch);
    stream.batch = Pending();
  }
  pending_[cf].Add(key, value);
}

std::unique_ptr<rocksdb::SstFileWriter> BulkWriter::NewTableFile(Cf cf, const std::string& file) {
  auto writer = std::make_unique<rocksdb::SstFileWriter>(
      rocksdb::EnvOptions(), store_->TableOptions(cf), store_->cf(cf));
  rocksdb::Status s = writer->Open(file);
  if (!s.ok()) throw FileError("write", file, s);
  return writer;
}

void BulkWriter::HandOver(Cf cf) {
  Stream& stream = streams_[cf];
  if (stream.file.empty())
    stream.file = temp_dir_ + "/stream-" + kCfNames_[cf] + ".sst";
  auto batch = std::make_shared<Pending>(std::move(stream.batch));
  // The next batch will be as large: no growing and copying on the way.
  stream.batch = Pending();
  stream.batch.arena.reserve(batch->arena.size() + 4096);
  stream.batch.entries.reserve(batch->entries.size() + 64);
  worker_.Post([this, cf, batch] { WriteBatch(cf, *batch); });
}

void BulkWriter::WriteBatch(Cf cf, const Pending& batch) {
  Stream& stream = streams_[cf];
  if (!stream.writer) stream.writer = NewTableFile(cf, stream.file);
  rocksdb::Status s;
  for (const Pending::Entry& e : batch.entries) {
    const char* k = batch.arena.data() + e.offset;
    s = stream.writer->Put(rocksdb::Slice(k, e.key_size),
                           rocksdb::Slice(k + e.key_size, e.value_size));
    if (!s.ok()) throw FileError("write", stream.file, s);
  }
}

// Ends every stream: an intact one gets its last batch and is finished, a
// broken one is read back into the entries sorted at the end.
void BulkWriter::FinishStreams() {
  for (int c = 0; c < kCfCount; ++c) {
    Stream& stream = streams_[c];
    if (stream.broken || stream.file.empty()) {
      if (!stream.batch.entries.empty()) {  // never handed over: sorted as usual
        pending_[c] = std::move(stream.batch);
        stream.batch = Pending();
      }
      continue;
    }
    if (!stream.batch.entries.empty()) HandOver(static_cast<Cf>(c));
    worker_.Post([&stream] {
      rocksdb::Status s = stream.writer->Finish();
      if (!s.ok()) throw FileError("write", stream.file, s);
      stream.writer.reset();
    });
  }
  worker_.Wait();
  for (int c = 0; c < kCfCount; ++c)
    if (streams_[c].broken && !streams_[c].file.empty()) ReadBack(static_cast<Cf>(c));
}

// The batches a broken stream wrote, back among the family's entries.
void BulkWriter::ReadBack(Cf cf) {
  Stream& stream = streams_[cf];
  rocksdb::Status s = stream.writer->Finish();
  stream.writer.reset();
  rocksdb::SstFileReader reader(store_->TableOptions(cf));
  if (s.ok()) s = reader.Open(stream.file);
  // They came first: of equal keys the later entry must still win.
  Pending merged;
  if (s.ok()) {
    std::unique_ptr<rocksdb::Iterator> it(reader.NewIterator(rocksdb::ReadOptions()));
    for (it->SeekToFirst(); it->Valid(); it->Next())
      merged.Add(it->key().ToStringView(), it->value().ToStringView());
    s = it->status();
  }
  if (!s.ok()) throw FileError("read back", stream.file, s);
  const Pending& later = pending_[cf];
  for (const Pending::Entry& e : later.entries) {
    const char* k = later.arena.data() + e.offset;
    merged.Add(std::string_view(k, e.key_size), std::string_view(k + e.key_size, e.value_size));
  }
  pending_[cf] = std::move(merged);
  std::error_code ec;
  std::filesystem::remove(stream.file, ec);
  stream.file.clear();
}

}  // namespace ng
