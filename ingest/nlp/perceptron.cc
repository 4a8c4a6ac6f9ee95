#include "ingest/nlp/perceptron.h"

#include <algorithm>
#include <cmath>

#include "ingest/nlp/model_file.h"

namespace ng::nlp {

namespace {

// The 24 bits of a feature's key a slot keeps to recognize it (never zero:
// a slot of 0 is empty), in bits 31-8.
uint32_t FingerprintOf(uint64_t key) {
  uint32_t f = static_cast<uint32_t>(key >> 40) << 8;
  return f ? f : 1u << 8;
}
constexpr uint32_t kFingerprintMask = 0xFFFFFF00u;
constexpr uint32_t kDense = 1;
constexpr uint32_t kMaxSparse = 127;  // entries a sparse row may have (bits 7-1)

// A row with at least this share of all classes is stored dense.
constexpr int kDenseShare = 3;  // classes / 3

}  // namespace

namespace {

// The dense rows' sum, compiled for AVX2 (8 lanes) and plain x86-64; the
// processor's best is chosen at run time.
__attribute__((target_clones("avx2", "default")))
void AddDense(const int16_t* const* rows, size_t count, size_t classes, int32_t* sums) {
  for (size_t r = 0; r < count; ++r) {
    const int16_t* __restrict row = rows[r];
    for (size_t c = 0; c < classes; ++c) sums[c] += row[c];
  }
}

}  // namespace

void Perceptron::Score(const uint64_t* features, size_t count, float* scores) const {
  if (slots_.empty()) return;
  // Sums in integers, scaled once; features are looked up in batches so that
  // the memory reads of a batch overlap (prefetch first, then read).
  constexpr size_t kBatch = 128;
  alignas(32) int32_t sums[256] = {0};
  uint32_t begin[kBatch], end[kBatch];
  const int16_t* dense[kBatch];
  const size_t classes = static_cast<size_t>(classes_);
  for (size_t base = 0; base < count; base += kBatch) {
    size_t n = std::min(kBatch, count - base);
    for (size_t i = 0; i < n; ++i) __builtin_prefetch(&slots_[features[base + i] & mask_]);
    size_t rows = 0, dense_rows = 0;
    for (size_t i = 0; i < n; ++i) {
      uint64_t key = features[base + i];
      uint32_t fp = FingerprintOf(key);
      for (uint64_t slot = key & mask_;; slot = (slot + 1) & mask_) {
        const Slot& found = slots_[slot];
        if (found.key == 0) break;
        if ((found.key & kFingerprintMask) != fp) continue;
        if (found.key & kDense) {
          const int16_t* row = &dense_[static_cast<size_t>(found.start) * classes];
          __builtin_prefetch(row);
          __builtin_prefetch(row + 32);
          dense[dense_rows++] = row;
        } else {
          begin[rows] = found.start;
          end[rows] = found.start + ((found.key >> 1) & kMaxSparse);
          __builtin_prefetch(&entries_[found.start]);
          ++rows;
        }
        break;
      }
    }
    AddDense(dense, dense_rows, classes, sums);
    for (size_t r = 0; r < rows; ++r)
      for (uint32_t e = begin[r]; e < end[r]; ++e) sums[entries_[e].cls] += entries_[e].weight;
  }
  for (int c = 0; c < classes_; ++c) scores[c] += sums[c] * scale_;
}

size_t Perceptron::bytes() const {
  return slots_.size() * sizeof(Slot) + entries_.size() * sizeof(Entry) + dense_.size() * sizeof(int16_t);
}

size_t Perceptron::rows() const {
  size_t n = 0;
  for (const Slot& s : slots_) n += s.key != 0;
  return n;
}

void Perceptron::Save(ModelWriter* out, const std::string& prefix) const {
  std::vector<float> header = {static_cast<float>(classes_), scale_};
  out->AddArray(prefix + ".header", header);
  out->AddArray(prefix + ".slots", slots_);
  out->AddArray(prefix + ".entries", entries_);
  out->AddArray(prefix + ".dense", dense_);
}

Perceptron Perceptron::Load(const ModelFile& in, const std::string& prefix) {
  Perceptron p;
  std::vector<float> header = in.Array<float>(prefix + ".header");
  if (header.size() != 2) in.Fail(prefix + " header");
  p.classes_ = static_cast<int>(header[0]);
  p.scale_ = header[1];
  p.slots_ = in.Array<Slot>(prefix + ".slots");
  p.entries_ = in.Array<Entry>(prefix + ".entries");
  p.dense_ = in.Array<int16_t>(prefix + ".dense");
  size_t slots = p.slots_.size();
  // Every index the scorer follows is checked once here.
  if (p.classes_ <= 0 || p.classes_ > 256 || (slots & (slots - 1)) != 0 ||
      p.dense_.size() % static_cast<size_t>(p.classes_) != 0)
    in.Fail(prefix + " tables disagree");
  size_t dense_rows = p.dense_.size() / static_cast<size_t>(p.classes_);
  bool any_empty = slots == 0;
  for (const Slot& slot : p.slots_) {
    any_empty |= slot.key == 0;
    if (slot.key == 0) continue;
    if (slot.key & kDense) {
      if (slot.start >= dense_rows) in.Fail(prefix + " dense row out of range");
    } else if (static_cast<size_t>(slot.start) + ((slot.key >> 1) & kMaxSparse) > p.entries_.size()) {
      in.Fail(prefix + " row out of range");
    }
  }
  if (!any_empty) in.Fail(prefix + " table has no empty slot");
  for (const Entry& e : p.entries_)
    if (e.cls >= p.classes_) in.Fail(prefix + " class out of range");
  p.mask_ = slots ? slots - 1 : 0;
  return p;
}

PerceptronTrainer::PerceptronTrainer(int classes) : classes_(classes) {}

void PerceptronTrainer::Score(const uint64_t* features, size_t count, float* scores) const {
  for (size_t i = 0; i < count; ++i) {
    auto it = rows_.find(features[i]);
    if (it == rows_.end()) continue;
    for (const Entry& e : it->second) scores[e.cls] += e.weight;
  }
}

void PerceptronTrainer::Update(const uint64_t* features, size_t count, int truth, int guess,
                               float step) {
  if (truth == guess) return;
  for (size_t i = 0; i < count; ++i) {
    std::vector<Entry>& row = rows_[features[i]];
    for (int k = 0; k < 2; ++k) {
      uint16_t cls = static_cast<uint16_t>(k == 0 ? truth : guess);
      float delta = k == 0 ? step : -step;
      auto it = std::find_if(row.begin(), row.end(), [&](const Entry& e) { return e.cls == cls; });
      if (it == row.end()) {
        row.push_back(Entry{});
        it = row.end() - 1;
        it->cls = cls;
        it->stamp = static_cast<uint32_t>(now_);
      }
      it->total += static_cast<double>(now_ - it->stamp) * it->weight;
      it->stamp = static_cast<uint32_t>(now_);
      it->weight += delta;
      if (it->updates < 65535) ++it->updates;
    }
  }
}

Perceptron PerceptronTrainer::Average(float min_weight, int min_updates) const {
  struct Row {
    uint64_t key;
    std::vector<std::pair<uint16_t, float>> entries;
  };
  std::vector<Row> kept;
  float largest = 0;
  for (const auto& [key, row] : rows_) {
    Row r{key, {}};
    int updates = 0;
    for (const Entry& e : row) updates += e.updates;
    if (updates < 2 * min_updates) continue;  // each update touches two entries
    for (const Entry& e : row) {
      double total = e.total + static_cast<double>(now_ - e.stamp) * e.weight;
      float avg = static_cast<float>(total / static_cast<double>(now_));
      if (std::fabs(avg) < min_weight || avg == 0) continue;
      r.entries.emplace_back(e.cls, avg);
      largest = std::max(largest, std::fabs(avg));
    }
    if (r.entries.empty()) continue;
    std::sort(r.entries.begin(), r.entries.end());
    kept.push_back(std::move(r));
  }
  Perceptron p;
  p.classes_ = classes_;
  p.scale_ = largest > 0 ? largest / 32767.0f : 1.0f;
  size_t slots = 1;
  while (slots < kept.size() * 10 / 7 + 1) slots <<= 1;  // load factor <= 0.7
  p.mask_ = slots - 1;
  p.slots_.assign(slots, Perceptron::Slot{0, 0});
  // Insert in key order so the table is the same whatever the hash map's order.
  std::sort(kept.begin(), kept.end(), [](const Row& a, const Row& b) { return a.key < b.key; });
  for (const Row& row : kept) {
    uint64_t slot = row.key & p.mask_;
    while (p.slots_[slot].key != 0) slot = (slot + 1) & p.mask_;
    Perceptron::Slot& s = p.slots_[slot];
    bool dense = static_cast<int>(row.entries.size()) * kDenseShare >= classes_ ||
                 row.entries.size() > kMaxSparse;
    if (dense) {
      s.key = FingerprintOf(row.key) | kDense;
      s.start = static_cast<uint32_t>(p.dense_.size() / static_cast<size_t>(classes_));
      p.dense_.resize(p.dense_.size() + static_cast<size_t>(classes_), 0);
      int16_t* weights = &p.dense_[static_cast<size_t>(s.start) * static_cast<size_t>(classes_)];
      for (const auto& [cls, w] : row.entries) weights[cls] = static_cast<int16_t>(std::lround(w / p.scale_));
    } else {
      s.key = FingerprintOf(row.key) | static_cast<uint32_t>(row.entries.size()) << 1;
      s.start = static_cast<uint32_t>(p.entries_.size());
      for (const auto& [cls, w] : row.entries)
        p.entries_.push_back({static_cast<uint8_t>(cls), static_cast<int16_t>(std::lround(w / p.scale_))});
    }
  }
  return p;
}

}  // namespace ng::nlp
