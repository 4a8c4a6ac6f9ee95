#include "graph/text_compression.h"

#include <memory>

#include <zstd.h>

#include "graph/error.h"

namespace ng::text_compression {

namespace {

constexpr char kFormat = 1;
// An article is compressed once and read many times, and zstd decompresses
// as fast at any level: a level above the default (3) costs only ingest time.
constexpr int kLevel = 9;
// No article comes near this; a frame claiming more is damaged.
constexpr unsigned long long kMaxText = 64ull << 20;

}  // namespace

std::string Compress(std::string_view text) {
  std::string out(1 + ZSTD_compressBound(text.size()), '\0');
  out[0] = kFormat;
  // With the frame's checksum a damaged text is an error, not other words.
  std::unique_ptr<ZSTD_CCtx, size_t (*)(ZSTD_CCtx*)> cctx(ZSTD_createCCtx(), ZSTD_freeCCtx);
  ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_compressionLevel, kLevel);
  ZSTD_CCtx_setParameter(cctx.get(), ZSTD_c_checksumFlag, 1);
  size_t n = ZSTD_compress2(cctx.get(), out.data() + 1, out.size() - 1, text.data(), text.size());
  if (ZSTD_isError(n))
    throw Error(ErrorKind::kInternal, std::string("compressing a text failed: ") + ZSTD_getErrorName(n));
  out.resize(1 + n);
  return out;
}

std::string Decompress(std::string_view stored) {
  if (stored.empty() || stored[0] != kFormat)
    throw Error(ErrorKind::kCorruption, "stored text has an unknown format");
  stored.remove_prefix(1);
  unsigned long long size = ZSTD_getFrameContentSize(stored.data(), stored.size());
  if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > kMaxText)
    throw Error(ErrorKind::kCorruption, "stored text is damaged");
  std::string out(size, '\0');
  size_t n = ZSTD_decompress(out.data(), out.size(), stored.data(), stored.size());
  if (ZSTD_isError(n) || n != size) throw Error(ErrorKind::kCorruption, "stored text is damaged");
  return out;
}

}  // namespace ng::text_compression
