/* CLibXML2: the one header through which Swift reaches the system libxml2.
 *
 * Byline reads feeds and wire copy (RSS, Atom, NewsML-G2, NITF) with libxml2's XML parser into
 * a tree (byline_xml_read, below), and web pages with its lenient HTML parser, as a stream of SAX events: the
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
#include <libxml/tree.h>

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

/* The options every XML document (feed, NewsML-G2, NITF) is read with: recover from broken
 * markup, say nothing, no network, CDATA as text. Deliberately absent: XML_PARSE_NOENT (entity
 * substitution), XML_PARSE_DTDLOAD and XML_PARSE_DTDATTR (loading the external subset),
 * XML_PARSE_HUGE (lifting the parser's own limits). */
static inline int byline_xml_options(void) {
    return XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET
        | XML_PARSE_NOCDATA | XML_PARSE_COMPACT;
}

/* Parses `length` bytes of XML into a tree (free it with xmlFreeDoc), or NULL when nothing could
 * be read; `well_formed` is set to 1 when the document parsed without an error, else 0.
 * Entity declarations are never recorded (the DOM builder's entityDecl and external-subset
 * handlers are removed), so no entity, internal or external, is ever defined, let alone
 * expanded or loaded: a reference to one is an error the parser recovers from by dropping it. */
static inline xmlDocPtr byline_xml_read(const char *bytes, int length, int *well_formed) {
    *well_formed = 0;
    xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
    if (ctxt == NULL || ctxt->sax == NULL) {
        if (ctxt != NULL) xmlFreeParserCtxt(ctxt);
        return NULL;
    }
    ctxt->sax->entityDecl = NULL;
    ctxt->sax->unparsedEntityDecl = NULL;
    ctxt->sax->externalSubset = NULL;
    ctxt->sax->resolveEntity = NULL;
    xmlDocPtr doc = xmlCtxtReadMemory(ctxt, bytes, length, NULL, NULL, byline_xml_options());
    *well_formed = ctxt->wellFormed ? 1 : 0;
    xmlFreeParserCtxt(ctxt);
    return doc;
}

#endif
