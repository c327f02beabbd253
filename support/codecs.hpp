// Source encodings beyond UTF-8: the single-byte codecs a PEP 263 coding line may name.
#pragma once
#include <string>
#include <string_view>

namespace krait::codecs {

// CPython's spelling of an encoding name for lookup: lower case, '-' and ' ' as '_',
// and the common aliases resolved ("latin-1" -> "latin_1", "windows-1252" -> "cp1252").
std::string normalize(std::string_view name);

// Decodes `in` from the single-byte codec `name` (normalized) into UTF-8. Returns false if
// the codec is unknown; sets *bad_byte to the offset of a byte the codec cannot decode.
bool decode_single_byte(std::string_view name, std::string_view in, std::string& out, long* bad_byte);

}  // namespace krait::codecs
