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
#include <libxml/parserInternals.h>

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

/*
 * htmlReadMemory with a buffer of the input's size: libxml2 2.9 copies the bytes into a buffer that
 * starts at 2 * xmlDefaultBufferSize and grows by doubling (16 MB for a 10 MB page). Here the
 * buffer is made large enough at once (xmlDefaultBufferSize is per thread, and restored at once);
 * everything else is what htmlReadMemory does (xmlCreateMemoryParserCtxt, the HTML SAX handler,
 * htmlDoRead's steps), so the same parser builds the same tree. In two steps, so that the caller
 * can let its bytes go once libxml2 has its copy. Reading through a callback
 * instead (htmlReadIO) would need no copy, but 2.9's parser cuts long attribute values where
 * its input buffer is refilled.
 */
static inline xmlParserCtxtPtr newsconv_html_context(const char *bytes, int size) {
    if (bytes == NULL || size <= 0) return NULL;
    xmlInitParser();
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (ctxt == NULL) return NULL;
    int defaultSize = xmlDefaultBufferSize;
    if (size / 2 + 64 > defaultSize) xmlDefaultBufferSize = size / 2 + 64;
    xmlParserInputBufferPtr buffer = xmlParserInputBufferCreateMem(bytes, size, XML_CHAR_ENCODING_NONE);
    xmlDefaultBufferSize = defaultSize;
    if (buffer == NULL) { xmlFreeParserCtxt(ctxt); return NULL; }
    xmlParserInputPtr stream = xmlNewIOInputStream(ctxt, buffer, XML_CHAR_ENCODING_NONE);
    if (stream == NULL) { xmlFreeParserInputBuffer(buffer); xmlFreeParserCtxt(ctxt); return NULL; }
    inputPush(ctxt, stream);
    htmlDefaultSAXHandlerInit();
    if (ctxt->sax != NULL) memcpy(ctxt->sax, &htmlDefaultSAXHandler, sizeof(xmlSAXHandlerV1));
    return ctxt;
}

/* Parses what newsconv_html_context copied (the bytes given to it are no longer needed) and
   frees the context. */
static inline htmlDocPtr newsconv_html_parse(xmlParserCtxtPtr ctxt, const char *url, const char *encoding, int options) {
    /* htmlDoRead(ctxt, url, encoding, options, 0) */
    htmlCtxtUseOptions(ctxt, options);
    ctxt->html = 1;
    if (encoding != NULL) {
        xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(encoding);
        if (handler != NULL) {
            xmlSwitchToEncoding(ctxt, handler);
            if (ctxt->input->encoding != NULL) xmlFree((xmlChar *)ctxt->input->encoding);
            ctxt->input->encoding = xmlStrdup((const xmlChar *)encoding);
        }
    }
    if (url != NULL && ctxt->input != NULL && ctxt->input->filename == NULL)
        ctxt->input->filename = (char *)xmlStrdup((const xmlChar *)url);
    htmlParseDocument(ctxt);
    htmlDocPtr doc = ctxt->myDoc;
    ctxt->myDoc = NULL;
    if (ctxt->dictNames && doc != NULL && doc->dict == ctxt->dict) ctxt->dict = NULL;
    xmlFreeParserCtxt(ctxt);
    return doc;
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
