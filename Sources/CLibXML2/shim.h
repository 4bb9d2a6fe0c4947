/* CLibXML2: the one header through which Swift reaches the system libxml2.
 *
 * Byline reads web pages with libxml2's lenient HTML parser, as a stream of SAX events: the
 * reader builds its own compact tree, so libxml2's tree is never made (that saves about a third
 * of the parse). The parser never touches the network and loads no external entity or DTD:
 * HTML_PARSE_NONET is set, the HTML parser knows only the HTML entity table, and the handler
 * below has no entity, DTD or external-subset callbacks at all.
 */
#ifndef BYLINE_CLIBXML2_SHIM_H
#define BYLINE_CLIBXML2_SHIM_H

#include <string.h>
#include <libxml/xmlversion.h>
/* A libxml2 built with ICU includes ICU's own headers from encoding.h, and they clash with the
 * ICU that Foundation bundles ("UErrorCode has different definitions in different modules").
 * The macro only adds two fields at the end of xmlCharEncodingHandler, a struct Byline never
 * touches (pages reach the parser as UTF-8), so the headers Swift sees are read without it. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>

/* The options every page is read with: recover from any markup, say nothing, no network, and
 * take the encoding from the caller (the bytes are always UTF-8 by then), never from a meta tag. */
static inline int byline_html_options(void) {
    return HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_IGNORE_ENC | HTML_PARSE_COMPACT;
}

/* The caller's context, from the `ctx` every SAX callback receives (the parser context). */
static inline void *byline_sax_context(void *ctx) {
    return ctx == NULL ? NULL : ((xmlParserCtxtPtr)ctx)->_private;
}

/* Parses `length` bytes of UTF-8 HTML, reporting elements and text to the callbacks; `context`
 * comes back through byline_sax_context. Returns 0, or -1 when no parser could be made. */
static inline int byline_html_sax_parse(
    const char *bytes, int length, void *context,
    startElementSAXFunc start, endElementSAXFunc end, charactersSAXFunc text, cdataBlockSAXFunc cdata
) {
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (ctxt == NULL || ctxt->sax == NULL) {
        if (ctxt != NULL) htmlFreeParserCtxt(ctxt);
        return -1;
    }
    /* Only these callbacks: no tree, no entity lookups beyond the HTML table, no DTD loading. */
    memset(ctxt->sax, 0, sizeof(*ctxt->sax));
    ctxt->sax->startElement = start;
    ctxt->sax->endElement = end;
    ctxt->sax->characters = text;
    ctxt->sax->ignorableWhitespace = text;
    ctxt->sax->cdataBlock = cdata;
    ctxt->_private = context;
    htmlDocPtr doc = htmlCtxtReadMemory(ctxt, bytes, length, NULL, "UTF-8", byline_html_options());
    if (doc != NULL) xmlFreeDoc(doc);
    htmlFreeParserCtxt(ctxt);
    return 0;
}

#endif
