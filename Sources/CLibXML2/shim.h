// The part of libxml2 that portrait uses: its HTML parser (HTMLparser.h) and XML push parser (parser.h), driven through SAX callbacks so
// that no document tree is built. The headers live in include/libxml2, which pkg-config's libxml-2.0
// gives to every importer (Package.swift).
#ifndef PORTRAIT_CLIBXML2_SHIM_H
#define PORTRAIT_CLIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, and its encoding.h then includes ICU's headers, which clash with the
// copy of ICU inside Swift's Foundation. Portrait never touches the ICU part (the two converter pointers
// at the end of xmlCharEncodingHandler, which it only handles by pointer), so the headers are read without it.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#endif
