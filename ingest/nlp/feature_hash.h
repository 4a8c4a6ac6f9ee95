// ingest/nlp/feature_hash.h — features as 64-bit keys: a template number
// mixed with the hashes of the values it joins. Models never store strings.
#ifndef NEWSGRAPH_INGEST_NLP_FEATURE_HASH_H_
#define NEWSGRAPH_INGEST_NLP_FEATURE_HASH_H_

#include <cstdint>
#include <string_view>

namespace ng::nlp {

// FNV-1a over the bytes, then a finalizer so that short strings spread.
inline uint64_t HashString(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdull;
  h ^= h >> 33;
  return h;
}

// Joins a running key with one more value (a hash, an id or a small number).
inline uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  h *= 0xc2b2ae3d27d4eb4full;
  return h ^ (h >> 29);
}

inline uint64_t Feature(uint32_t tmpl, uint64_t a) { return Mix(Mix(tmpl + 1, a), 0x51); }
inline uint64_t Feature(uint32_t tmpl, uint64_t a, uint64_t b) {
  return Mix(Mix(Mix(tmpl + 1, a), b), 0x52);
}
inline uint64_t Feature(uint32_t tmpl, uint64_t a, uint64_t b, uint64_t c) {
  return Mix(Mix(Mix(Mix(tmpl + 1, a), b), c), 0x53);
}

}  // namespace ng::nlp

#endif  // NEWSGRAPH_INGEST_NLP_FEATURE_HASH_H_
