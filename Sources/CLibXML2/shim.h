#ifndef NEWSCONV_CLIBXML2_SHIM_H
#define NEWSCONV_CLIBXML2_SHIM_H

/*
 * ICU clash fix (see the libxml2 notes): <libxml/encoding.h> includes the system ICU
 * <unicode/ucnv.h>, whose types clash with the ICU that Foundation ships as a module.
 * libxml2's headers only need two ICU names, so define the include guard and declare
 * them opaquely before any libxml2 include.
 */
#include <stdint.h>
#include <string.h>
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
#include <libxml/uri.h>

/* xmlFree is a global function pointer; Swift 6 rejects it as shared mutable state. */
static inline void newsconv_xmlFree(void *p) { xmlFree(p); }

/* External resources: only schema documents (*.xsd) may be loaded, and never over the network.
   DTDs and external entities (file:///etc/passwd, http://…) are refused, whatever a document says. */
static inline xmlParserInputPtr newsconv_entity_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    if (url == NULL) return NULL;
    size_t n = strlen(url);
    if (n >= 4 && strcmp(url + n - 4, ".xsd") == 0) {
        return xmlNoNetExternalEntityLoader(url, id, ctxt);
    }
    return NULL;
}

static inline void newsconv_install_entity_loader(void) {
    xmlSetExternalEntityLoader(newsconv_entity_loader);
}

/* A generic error handler that prints nothing (libxml2 reports some encoding errors through it). */
static inline void newsconv_silent_generic_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void newsconv_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, newsconv_silent_generic_error);
}

/* Hands freed heap back to the system after a large tree is freed (glibc only). */
#if defined(__GLIBC__)
#include <malloc.h>
static inline void newsconv_release_free_memory(void) { malloc_trim(0); }
#else
static inline void newsconv_release_free_memory(void) {}
#endif

/* The libxml2 version this was built against, as a string. */
static inline const char *newsconv_libxml_version(void) { return LIBXML_DOTTED_VERSION; }

#endif
