#ifndef NEWSCONV_CLIBXML2_SHIM_H
#define NEWSCONV_CLIBXML2_SHIM_H

/*
 * ICU clash fix (see the libxml2 notes): <libxml/encoding.h> includes the system ICU
 * <unicode/ucnv.h>, whose types clash with the ICU that Foundation ships as a module.
 * libxml2's headers only need two ICU names, so define the include guard and declare
 * them opaquely before any libxml2 include.
 */
#include <stdint.h>
#ifndef UCNV_H
#define UCNV_H
typedef struct UConverter UConverter;
typedef uint16_t UChar;
#endif

#include <libxml/xmlversion.h>
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>

/* xmlFree is a global function pointer; Swift 6 rejects it as shared mutable state. */
static inline void newsconv_xmlFree(void *p) { xmlFree(p); }

/* The libxml2 version this was built against, as a string. */
static inline const char *newsconv_libxml_version(void) { return LIBXML_DOTTED_VERSION; }

#endif
