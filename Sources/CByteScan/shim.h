// Sixteen bytes at a time (SSE2, which every x86-64 has) for the two loops that look at every byte of a
// file: finding the next delimiter, quote or line break (`ByteSearch.firstOf`), and skipping ASCII while
// checking UTF-8 (`ByteDecoder.isValidUTF8`). Static inline, so Swift inlines them at each call. Elsewhere,
// the same answers one byte at a time.
#include <stddef.h>
#include <stdint.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// The offset of the first byte in [from, end) equal to a, b or c; end when there is none.
static inline size_t portrait_first_of3(const uint8_t *base, size_t from, size_t end, uint8_t a, uint8_t b, uint8_t c) {
    size_t i = from;
#if defined(__SSE2__)
    const __m128i va = _mm_set1_epi8((char)a), vb = _mm_set1_epi8((char)b), vc = _mm_set1_epi8((char)c);
    while (i + 16 <= end) {
        const __m128i w = _mm_loadu_si128((const __m128i *)(base + i));
        const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(w, va), _mm_cmpeq_epi8(w, vb)), _mm_cmpeq_epi8(w, vc));
        const unsigned mask = (unsigned)_mm_movemask_epi8(hit);
        if (mask != 0) return i + (size_t)__builtin_ctz(mask);
        i += 16;
    }
#endif
    for (; i < end; i++) {
        const uint8_t x = base[i];
        if (x == a || x == b || x == c) return i;
    }
    return end;
}

/// The offset of the first byte in [from, end) at or above 0x80 (not ASCII); end when there is none.
static inline size_t portrait_first_non_ascii(const uint8_t *base, size_t from, size_t end) {
    size_t i = from;
#if defined(__SSE2__)
    while (i + 32 <= end) {
        const __m128i w0 = _mm_loadu_si128((const __m128i *)(base + i));
        const __m128i w1 = _mm_loadu_si128((const __m128i *)(base + i + 16));
        const unsigned mask = (unsigned)_mm_movemask_epi8(_mm_or_si128(w0, w1));
        if (mask != 0) {
            const unsigned first = (unsigned)_mm_movemask_epi8(w0);
            return first != 0 ? i + (size_t)__builtin_ctz(first) : i + 16 + (size_t)__builtin_ctz((unsigned)_mm_movemask_epi8(w1));
        }
        i += 32;
    }
    while (i + 16 <= end) {
        const unsigned mask = (unsigned)_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(base + i)));
        if (mask != 0) return i + (size_t)__builtin_ctz(mask);
        i += 16;
    }
#endif
    for (; i < end; i++) {
        if (base[i] >= 0x80) return i;
    }
    return end;
}
