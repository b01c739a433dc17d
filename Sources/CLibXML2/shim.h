/* Debian's libxml2 is built with ICU, so its encoding.h includes the system's
   <unicode/ucnv.h>; Foundation carries its own ICU under the same names, and a module
   that sees both fails to build (depending on module-cache order). We never touch the
   ICU-only fields (the tail of xmlCharEncodingHandler, used through pointers only), so
   the headers are read without them. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
#include <libxml/xpath.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function-pointer variable, which Swift 6 refuses to
   read (shared mutable state); this wrapper is an ordinary function. */
static inline void policygen_xml_free(void *pointer) {
    xmlFree(pointer);
}

/* Swift cannot define a variadic C callback, so the tests that prove libxml2
   stays quiet count its generic (stderr) messages through this one instead.
   The generic handler is per thread in libxml2, so this only affects the
   calling thread. Pass NULL to restore the default handler. */
static inline void policygen_count_generic_message(void *counter, const char *msg, ...) {
    (void)msg;
    if (counter != NULL) *(int *)counter += 1;
}

static inline void policygen_count_generic_errors(int *counter) {
    xmlSetGenericErrorFunc(counter, counter != NULL ? policygen_count_generic_message : NULL);
}

/* XPath evaluation reports some errors straight to the generic handler (which
   prints to stderr) and the rest through the structured one. Both handlers are
   per thread in libxml2, so for the length of one synchronous call we swap in a
   silent generic handler and the caller's structured one, then put back
   whatever was there before. */
static inline void policygen_silent_message(void *context, const char *msg, ...) {
    (void)context;
    (void)msg;
}

typedef struct {
    xmlGenericErrorFunc generic;
    void *generic_context;
    xmlStructuredErrorFunc structured;
    void *structured_context;
} policygen_error_handlers;

static inline policygen_error_handlers policygen_capture_errors(xmlStructuredErrorFunc handler, void *context) {
    policygen_error_handlers saved = {
        xmlGenericError, xmlGenericErrorContext, xmlStructuredError, xmlStructuredErrorContext
    };
    xmlSetGenericErrorFunc(NULL, policygen_silent_message);
    xmlSetStructuredErrorFunc(context, handler);
    return saved;
}

static inline void policygen_restore_errors(policygen_error_handlers saved) {
    xmlSetGenericErrorFunc(saved.generic_context, saved.generic);
    xmlSetStructuredErrorFunc(saved.structured_context, saved.structured);
}
